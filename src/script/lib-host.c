/* lib-host.c: what evalwiz's own Lua modules may ask of the host: compile a
 * pack or template file into a given environment, read a YAML file or a
 * pack file's text, list a folder.  Only paths below the folders the program allowed are served.
 * Pack and template code never sees this table. */
#include "config.h"

#include "plan/yaml.h"
#include "script/cache.h"
#include "script/convert.h"
#include "script/libs.h"
#include "util.h"
#include "value.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#define HOST_MAX_SOURCE (4u << 20)

/* The number of the first line of text[0..len) that Lua's pattern
 * "^%s*return%f[%W]" matches (lines split at \n, spaces as isspace, the
 * frontier wanting a byte that is not a letter or digit after the word, or
 * the end of the line), or 0 when none does. */
static long
return_line(const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	long n = 1;

	for (;;) {
		size_t left;

		while (p < end && *p != '\n' && isspace((unsigned char)*p))
			p++;
		left = (size_t)(end - p);
		/* cppcheck-suppress knownConditionTrueFalse ; it misreads the loop */
		if (left >= 6 && strncmp(p, "return", 6) == 0 && (left == 6 || !isalnum((unsigned char)p[6])))
			return n;
		p = memchr(p, '\n', (size_t)(end - p));
		if (p == NULL)
			return 0;
		p++;
		n++;
	}
}

/* host.loadfile(path, chunkname, env [, with_line]) -> function [, line] | nil, message
 * Text chunks only; env becomes the chunk's _ENV.  with_line: the number
 * of the file's first line that starts with the word return comes back too
 * (false when there is none), for pack.lua, whose `return step {...}` is a
 * tail call that loses its line, without reading the file a second time. */
static int
host_loadfile(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	const char *chunkname = luaL_checkstring(L, 2);
	int with_line = lua_toboolean(L, 4);	/* before anything is pushed */
	char *real, *text, *cause;
	size_t len;

	luaL_checktype(L, 3, LUA_TTABLE);
	real = script_resolve_allowed(L, path);
	if (real == NULL) {
		luaL_pushfail(L);
		lua_pushfstring(L, "cannot open %s: %s", path,
		    errno == EACCES ? "it lies outside the pack and template folders" : strerror(errno));
		return 2;
	}
	text = read_file(real, HOST_MAX_SOURCE, &len, &cause);
	if (text == NULL) {
		free(real);
		luaL_pushfail(L);
		lua_pushstring(L, cause);
		free(cause);
		return 2;
	}
	lua_pushfstring(L, "@%s", chunkname);
	/* the text is always read; the cache only saves compiling it again */
	if (cache_load(L, real, lua_tostring(L, -1), text, len)) {
		free(real);
	} else if (luaL_loadbufferx(L, text, len, lua_tostring(L, -1), "t") == LUA_OK) {
		cache_store(L, real, lua_tostring(L, -2), text, len);
		free(real);
	} else {
		free(real);
		free(text);
		/* Syntax errors carry "chunkname:line:"; the binary-chunk refusal does not. */
		if (strncmp(lua_tostring(L, -1), chunkname, strlen(chunkname)) != 0) {
			lua_pushfstring(L, "%s: %s", chunkname, lua_tostring(L, -1));
			lua_remove(L, -2);
		}
		luaL_pushfail(L);
		lua_insert(L, -2);
		return 2;
	}
	lua_pushvalue(L, 3);
	lua_setupvalue(L, -2, 1);
	if (with_line) {
		long line = return_line(text, len);

		if (line > 0)
			lua_pushinteger(L, line);
		else
			lua_pushboolean(L, 0);
		free(text);
		return 2;
	}
	free(text);
	return 1;
}

/* host.compile(source, chunkname, env) -> function | nil, message
 * For code evalwiz generates itself (compiled templates): text chunks only,
 * env becomes the chunk's _ENV. */
static int
host_compile(lua_State *L)
{
	size_t len;
	const char *source = luaL_checklstring(L, 1, &len);
	const char *chunkname = luaL_checkstring(L, 2);

	luaL_checktype(L, 3, LUA_TTABLE);
	luaL_argcheck(L, len <= HOST_MAX_SOURCE, 1, "the source is too long");
	lua_pushfstring(L, "=%s", chunkname);
	if (luaL_loadbufferx(L, source, len, lua_tostring(L, -1), "t") != LUA_OK) {
		luaL_pushfail(L);
		lua_insert(L, -2);
		return 2;
	}
	lua_pushvalue(L, 3);
	lua_setupvalue(L, -2, 1);
	return 1;
}

/* host.loadyaml(path, display) -> value, positions, text | nil, message
 * positions maps "key.1.key" paths to "line:col" (for messages); text is
 * the file as read (templates map errors inside block scalars with it). */
static int
host_loadyaml(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	const char *display = luaL_optstring(L, 2, path);
	char *real, *cause = NULL, *text;
	struct value *v, *pos;
	size_t len;

	real = script_resolve_allowed(L, path);
	if (real == NULL) {
		luaL_pushfail(L);
		lua_pushfstring(L, "cannot open %s: %s", display,
		    errno == EACCES ? "it lies outside the pack and template folders" : strerror(errno));
		return 2;
	}
	text = read_file(real, YAML_MAX_FILE, &len, &cause);
	free(real);
	if (text == NULL) {
		luaL_pushfail(L);
		lua_pushstring(L, cause);
		free(cause);
		return 2;
	}
	v = yaml_parse(text, len, display, &cause);
	if (v == NULL) {
		free(text);
		luaL_pushfail(L);
		lua_pushstring(L, cause);
		free(cause);
		return 2;
	}
	convert_push(L, v);
	pos = value_positions(v);
	convert_push(L, pos);
	lua_pushlstring(L, text, len);
	/* stack: value positions text */
	value_free(pos);
	value_free(v);
	free(text);
	return 3;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* host.listdir(path) -> sorted list of names (no dot files) | nil, message */
static int
host_listdir(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char *real = script_resolve_allowed(L, path);
	char **names = NULL;
	size_t n = 0, i;
	struct dirent *de;
	DIR *d;

	if (real == NULL || (d = opendir(real)) == NULL) {
		free(real);
		luaL_pushfail(L);
		lua_pushfstring(L, "cannot list %s: %s", path, strerror(errno));
		return 2;
	}
	free(real);
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof *names);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof *names, name_cmp);
	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		lua_pushstring(L, names[i]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
		free(names[i]);
	}
	free(names);
	return 1;
}

/* host.readtext(path) -> text | nil, message: a pack or template file's
 * source, for pointing messages at a line the error position lost. */
static int
host_readtext(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char *real, *text, *cause;
	size_t len;

	real = script_resolve_allowed(L, path);
	if (real == NULL) {
		luaL_pushfail(L);
		lua_pushfstring(L, "cannot open %s: %s", path,
		    errno == EACCES ? "it lies outside the pack and template folders" : strerror(errno));
		return 2;
	}
	text = read_file(real, HOST_MAX_SOURCE, &len, &cause);
	free(real);
	if (text == NULL) {
		luaL_pushfail(L);
		lua_pushstring(L, cause);
		free(cause);
		return 2;
	}
	lua_pushlstring(L, text, len);
	free(text);
	return 1;
}

/* host.stopped() -> boolean: has the current call been stopped? */
static int
host_stopped(lua_State *L)
{
	lua_pushboolean(L, script_stopped(L));
	return 1;
}

/* host.where() -> "file:line" | nil: where pack code was last seen running. */
static int
host_where(lua_State *L)
{
	const char *w = script_pack_where(L);

	if (w == NULL)
		return 0;
	lua_pushstring(L, w);
	return 1;
}

/* host.position(level) -> "file:line" | nil: where the function level
 * calls up from the caller of this one is running, as error(msg, level + 1)
 * would name it, without raising and catching an error to find out. */
static int
host_position(lua_State *L)
{
	lua_Debug ar;
	lua_Integer level = luaL_checkinteger(L, 1);

	if (level < 0 || level > 1000 || !lua_getstack(L, (int)level, &ar) || !lua_getinfo(L, "Sl", &ar) ||
	    ar.currentline <= 0)
		return 0;
	lua_pushfstring(L, "%s:%d", ar.short_src, ar.currentline);
	return 1;
}

/* host.trusted_caller() -> whether the function that called the caller of
 * this one is one of evalwiz's own modules (the string guards let evalwiz's
 * own code match long texts, such as a pack file it reads for positions). */
static int
host_trusted_caller(lua_State *L)
{
	lua_pushboolean(L, script_caller_is_own(L, 2));
	return 1;
}

/* host.realpath(path) -> the path with every link resolved | nil, message:
 * for checking that a file stays inside one folder (template partials). */
static int
host_realpath(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	char *real = script_resolve_allowed(L, path);

	if (real == NULL) {
		luaL_pushfail(L);
		lua_pushfstring(L, "cannot open %s: %s", path,
		    errno == EACCES ? "it lies outside the pack and template folders" : strerror(errno));
		return 2;
	}
	lua_pushstring(L, real);
	free(real);
	return 1;
}

/* host.charge(steps): count work done in C (pattern matching) against the budget. */
static int
host_charge(lua_State *L)
{
	script_charge(L, luaL_checknumber(L, 1));
	return 0;
}

static const luaL_Reg host_funcs[] = {
	{ "charge", host_charge },
	{ "trusted_caller", host_trusted_caller },
	{ "where", host_where },
	{ "position", host_position },
	{ "stopped", host_stopped },
	{ "readtext", host_readtext },
	{ "loadfile", host_loadfile },
	{ "loadyaml", host_loadyaml },
	{ "compile", host_compile },
	{ "listdir", host_listdir },
	{ "realpath", host_realpath },
	{ NULL, NULL },
};

int
lib_host_open(lua_State *L)
{
	luaL_newlib(L, host_funcs);
	return 1;
}
