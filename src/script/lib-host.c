/* lib-host.c: what evalwiz's own Lua modules may ask of the host: compile a
 * pack or template file into a given environment, read a YAML file or a
 * pack file's text, list a folder.  Only paths below the folders the program allowed are served.
 * Pack and template code never sees this table. */
#include "config.h"

#include "nls.h"
#include "plan/yaml.h"
#include "render/formats.h"
#include "script/cache.h"
#include "script/convert.h"
#include "script/libs.h"
#include "util.h"
#include "value.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <lauxlib.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
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

/* host.slice(co, steps, budget, size) -> budget, size: co yields after
 * about steps VM instructions, at the first point it can; the instruction
 * budget becomes budget and size when given, and what it was is returned
 * (script_slice).  host.slice(nil, 0, budget, size) ends it and puts the
 * budget back. */
static int
host_slice(lua_State *L)
{
	long budget = (long)luaL_optinteger(L, 3, 0), size = (long)luaL_optinteger(L, 4, 0);
	lua_State *co = NULL;

	if (!lua_isnoneornil(L, 1)) {
		luaL_checktype(L, 1, LUA_TTHREAD);
		co = lua_tothread(L, 1);
	}
	script_slice(L, co, co != NULL ? (long)luaL_checkinteger(L, 2) : 0, &budget, &size);
	lua_pushinteger(L, budget);
	lua_pushinteger(L, size);
	return 2;
}

/* host.budgeted(fn, ...) -> true, results... | false, message: fn(...) with
 * a budget of its own, so that one runaway pack function (a when that never
 * ends) is reported as that function's failure while the rest of the call
 * goes on (script_subcall). */
static int
host_budgeted(lua_State *L)
{
	luaL_checktype(L, 1, LUA_TFUNCTION);
	return script_subcall(L, lua_gettop(L) - 1);
}

/* The modules whose rules decide whether a pack is valid: a stamp made
 * under other rules is not trusted. */
static const char *const stamp_modules[] = { "api.lua", "pack.lua", "plan.lua" };

static uint64_t
stamp_add(uint64_t h, const char *p, size_t n)
{
	size_t i;

	/* eight bytes a step: a pack's files are read on every start */
	for (i = 0; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		h = (h ^ w) * 1099511628211ULL;
		h ^= h >> 29;
	}
	for (; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 1099511628211ULL;
	/* the length too, so that a text cannot run into the next name */
	h ^= (uint64_t)n;
	return h * 1099511628211ULL;
}

/* host.pack_stamp(dir, files, store) -> boolean
 * The "validated" stamp of a pack, kept in the cache of compiled pack files
 * (cache.c, with its ownership and checksum rules): files are the pack's
 * Lua files relative to dir, read now and hashed with their names and with
 * evalwiz's own modules that check packs.  store false: is there a stamp
 * for exactly these texts (a load of them passed every check before)?
 * store true: write it (after such a load).  Any file that cannot be read
 * means no stamp. */
static int
host_pack_stamp(lua_State *L)
{
	const char *dir = luaL_checkstring(L, 1);
	int store = lua_toboolean(L, 3);
	uint64_t h = 1469598103934665603ULL;
	char *real, *text, *cause, *path, stamp[96];
	lua_Integer i, n;
	size_t len, k;
	int ok = 1, hit = 0;

	luaL_checktype(L, 2, LUA_TTABLE);
	n = (lua_Integer)lua_rawlen(L, 2);
	for (k = 0; ok && k < sizeof stamp_modules / sizeof stamp_modules[0]; k++) {
		path = xasprintf("%s/evalwiz/%s", script_lua_dir_of(L), stamp_modules[k]);
		text = read_file(path, HOST_MAX_SOURCE, &len, &cause);
		free(path);
		if (text == NULL) {
			free(cause);
			ok = 0;
			break;
		}
		h = stamp_add(h, text, len);
		free(text);
	}
	for (i = 1; ok && i <= n; i++) {
		const char *name;

		lua_rawgeti(L, 2, i);
		name = lua_tostring(L, -1);
		if (name == NULL) {
			lua_pop(L, 1);
			ok = 0;
			break;
		}
		h = stamp_add(h, name, strlen(name));
		path = path_join(dir, name);
		lua_pop(L, 1);
		real = script_resolve_allowed(L, path);
		free(path);
		if (real == NULL) {
			ok = 0;
			break;
		}
		text = read_file(real, HOST_MAX_SOURCE, &len, &cause);
		free(real);
		if (text == NULL) {
			free(cause);
			ok = 0;
			break;
		}
		h = stamp_add(h, text, len);
		free(text);
	}
	path = path_join(dir, "pack.lua");
	real = ok ? script_resolve_allowed(L, path) : NULL;
	free(path);
	if (real == NULL) {
		lua_pushboolean(L, 0);
		return 1;
	}
	len = (size_t)snprintf(stamp, sizeof stamp, "return \"evalwiz pack checked %016llx\"\n", (unsigned long long)h);
	if (store) {
		if (luaL_loadbufferx(L, stamp, len, "=evalwiz pack stamp", "t") == LUA_OK) {
			cache_store(L, real, "=evalwiz pack stamp", stamp, len);
			hit = 1;
		}
		lua_pop(L, 1);
	} else if (cache_load(L, real, "=evalwiz pack stamp", stamp, len)) {
		lua_pop(L, 1);
		hit = 1;
	}
	free(real);
	lua_pushboolean(L, hit);
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

/* host.plain_words(s): true when Markdown would leave s as it is because it
 * is made only of letters, digits, spaces and , ; : ' / ? (isalnum, as
 * Lua's %w, in the same locale) and neither starts nor ends with a space;
 * the same answer as string.find(s, "^[%w ,;:'/?]*$") with the edges
 * tested, which template.lua asked of every table cell of a document and
 * which the pattern matcher works out at some forty instructions a byte. */
static int
host_plain_words(lua_State *L)
{
	size_t len, i;
	const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &len);
	int plain = len == 0 || (s[0] != ' ' && s[len - 1] != ' ');

	for (i = 0; plain && i < len; i++)
		plain = isalnum(s[i]) || s[i] == ' ' || s[i] == ',' || s[i] == ';' || s[i] == ':' ||
		    s[i] == '\'' || s[i] == '/' || s[i] == '?';
	lua_pushboolean(L, plain);
	return 1;
}

/* The copy of the table at idx, pushed, as plan.lua's copy_answer makes it
 * (plain tables, no metatables, tables more than 100 deep empty), or 0
 * with nothing pushed when a table on the way has a __pairs metamethod,
 * which copy_answer must call from Lua.  Keys are set in the order next()
 * gives them, into a table not sized beforehand, as copy_answer sets them,
 * so the copy's own order of iteration is the same too. */
static int
copy_tree(lua_State *L, int idx, int depth)
{
	int base = lua_gettop(L), copy;

	if (depth > 100) {
		lua_newtable(L);
		return 1;
	}
	if (luaL_getmetafield(L, idx, "__pairs") != LUA_TNIL) {
		lua_settop(L, base);
		return 0;
	}
	luaL_checkstack(L, 8, "an answer too deep to copy");
	lua_newtable(L);
	copy = lua_gettop(L);
	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		if (lua_type(L, -1) == LUA_TTABLE) {
			if (!copy_tree(L, lua_gettop(L), depth + 1)) {
				lua_settop(L, base);
				return 0;
			}
			lua_replace(L, -2);
		}
		lua_pushvalue(L, -2);
		lua_insert(L, -2);
		lua_rawset(L, copy);
	}
	return 1;
}

/* host.copy(v [, depth]): copy_answer's copy of v made in C (a large plan's
 * answers are copied for each answer view and validator), or nil when v
 * holds a table with __pairs (a view), which copy_answer copies itself. */
static int
host_copy(lua_State *L)
{
	int depth = (int)luaL_optinteger(L, 2, 0);

	if (lua_type(L, 1) != LUA_TTABLE) {
		lua_settop(L, 1);
		return 1;
	}
	if (!copy_tree(L, 1, depth))
		lua_pushnil(L);
	return 1;
}

/* host.find_any(s, words): true when one of the strings of the list words
 * occurs in s (a plain search, as string.find(s, w, 1, true)). */
static int
host_find_any(lua_State *L)
{
	size_t len, wlen;
	const char *s = luaL_checklstring(L, 1, &len), *w;
	lua_Integer i, n;
	int found = 0;

	luaL_checktype(L, 2, LUA_TTABLE);
	n = (lua_Integer)lua_rawlen(L, 2);
	for (i = 1; i <= n && !found; i++) {
		if (lua_rawgeti(L, 2, i) == LUA_TSTRING) {
			w = lua_tolstring(L, -1, &wlen);
			found = wlen == 0 || memmem(s, len, w, wlen) != NULL;
		}
		lua_pop(L, 1);
	}
	lua_pushboolean(L, found);
	return 1;
}

/* Pushes the value, label, help and placeholder of the option at index o
 * as api.normalise_options reads them (an option text: the text twice and
 * two nils; a table without a metatable: value or [1], which must be
 * non-empty text, label or [2] or the value, help, placeholder) and
 * returns 1; returns 0 with nothing pushed for anything else. */
static int
option_parts(lua_State *L, int o)
{
	int base = lua_gettop(L);

	if (lua_type(L, o) == LUA_TSTRING) {
		lua_pushvalue(L, o);
		lua_pushvalue(L, o);
		lua_pushnil(L);
		lua_pushnil(L);
		return 1;
	}
	if (lua_type(L, o) != LUA_TTABLE || lua_getmetatable(L, o)) {
		lua_settop(L, base);
		return 0;
	}
	/* value = o.value or o[1] */
	if (!lua_toboolean(L, (lua_getfield(L, o, "value"), -1))) {
		lua_pop(L, 1);
		lua_rawgeti(L, o, 1);
	}
	if (lua_type(L, -1) != LUA_TSTRING || lua_rawlen(L, -1) == 0) {
		lua_settop(L, base);
		return 0;
	}
	/* label = o.label or o[2] or value */
	if (!lua_toboolean(L, (lua_getfield(L, o, "label"), -1))) {
		lua_pop(L, 1);
		if (!lua_toboolean(L, (lua_rawgeti(L, o, 2), -1))) {
			lua_pop(L, 1);
			lua_pushvalue(L, -1);
		}
	}
	lua_getfield(L, o, "help");
	lua_getfield(L, o, "placeholder");
	return 1;
}

/* Whether the options of the list at idx, normalised, would be the list
 * made before at cand (same length, each option's four parts the same
 * values), worked out without making a table. */
static int
options_same(lua_State *L, int idx, int cand)
{
	static const char *const parts[] = { "value", "label", "help", "placeholder" };
	lua_Integer i;
	int top = lua_gettop(L), same = 1, k;

	for (i = 1; same; i++) {
		int t = lua_rawgeti(L, idx, i), o = lua_gettop(L);

		if (t == LUA_TNIL) {
			same = lua_rawgeti(L, cand, i) == LUA_TNIL;
			break;
		}
		if (lua_rawgeti(L, cand, i) != LUA_TTABLE || !option_parts(L, o)) {
			same = 0;
			break;
		}
		/* stack: ... o c value label help placeholder */
		for (k = 0; k < 4 && same; k++) {
			lua_pushstring(L, parts[k]);
			lua_rawget(L, o + 1);
			same = lua_rawequal(L, -1, o + 2 + k);
			lua_pop(L, 1);
		}
		lua_settop(L, top);
	}
	lua_settop(L, top);
	return same;
}

/* The key a normalised list is kept under in host.options's cache: the
 * list's length and its first and last options' values (a list that only
 * shares them is told apart by options_same), or nil. */
static void
options_key(lua_State *L, int idx, lua_Integer n)
{
	int top = lua_gettop(L);
	luaL_Buffer b;
	lua_Integer ends[2] = { 1, n };
	int k;

	for (k = 0; k < 2; k++) {
		lua_rawgeti(L, idx, ends[k]);
		if (!option_parts(L, lua_gettop(L))) {
			lua_settop(L, top);
			lua_pushnil(L);
			return;
		}
		lua_pop(L, 3);	/* the value stays */
	}
	/* stack: ... first v1 last v2 */
	luaL_buffinit(L, &b);
	lua_pushfstring(L, "%I:", n);
	luaL_addvalue(&b);
	lua_pushvalue(L, top + 2);
	luaL_addvalue(&b);
	luaL_addchar(&b, '\n');
	lua_pushvalue(L, top + 4);
	luaL_addvalue(&b);
	luaL_pushresult(&b);
	lua_replace(L, top + 1);
	lua_settop(L, top + 1);
}

/* host.options(list [, cache]): api.normalise_options's list for a list
 * that needs no message: each option text, or a table without a metatable
 * whose value (value or [1]) is non-empty text, labelled by label or [2] or
 * the value, with its help and whether it is a placeholder; no value twice.
 * nil for anything else (a list with a metatable, an empty list, an option
 * the Lua code would refuse), which normalise_options then deals with.
 * Tables are made as its constructors make them (the same sizes, the
 * fields set in the same order), and a large plan's choices of outcomes
 * are lists of thousands.  cache (a table with weak values): a list that
 * normalises to one made before and still kept there gets that one, not a
 * copy, so the choices of every question that lists the same outcomes
 * share one list; callers never change the lists they are given. */
static int
host_options(lua_State *L)
{
	lua_Integer i, n;
	int out, seen, o, key;

	if (lua_type(L, 1) != LUA_TTABLE || lua_getmetatable(L, 1))
		return lua_pushnil(L), 1;
	n = (lua_Integer)lua_rawlen(L, 1);
	if (n == 0)
		return lua_pushnil(L), 1;
	lua_settop(L, 2);
	if (lua_type(L, 2) == LUA_TTABLE)
		options_key(L, 1, n);
	else
		lua_pushnil(L);
	key = lua_gettop(L);
	if (!lua_isnil(L, key)) {
		lua_pushvalue(L, key);
		if (lua_rawget(L, 2) == LUA_TTABLE && options_same(L, 1, key + 1))
			return 1;
		lua_pop(L, 1);
	}
	lua_newtable(L);
	out = lua_gettop(L);
	lua_createtable(L, 0, n > INT_MAX ? INT_MAX : (int)n);
	seen = lua_gettop(L);
	for (i = 1;; i++) {
		int t = lua_rawgeti(L, 1, i);

		o = lua_gettop(L);
		if (t == LUA_TNIL)
			break;
		if (!option_parts(L, o))
			return lua_pushnil(L), 1;
		/* stack: ... o value label help placeholder */
		lua_createtable(L, 0, t == LUA_TSTRING ? 2 : 4);
		lua_pushvalue(L, o + 1);
		lua_setfield(L, -2, "value");
		lua_pushvalue(L, o + 2);
		lua_setfield(L, -2, "label");
		if (t != LUA_TSTRING) {
			lua_pushvalue(L, o + 3);
			lua_setfield(L, -2, "help");
			lua_pushvalue(L, o + 4);
			lua_setfield(L, -2, "placeholder");
		}
		/* opt.value must not have been seen */
		lua_pushvalue(L, o + 1);
		if (lua_rawget(L, seen) != LUA_TNIL)
			return lua_pushnil(L), 1;
		lua_pop(L, 1);
		lua_pushvalue(L, o + 1);
		lua_pushboolean(L, 1);
		lua_rawset(L, seen);
		lua_rawseti(L, out, i);
		lua_settop(L, seen);
	}
	lua_settop(L, out);
	if (!lua_isnil(L, key)) {
		lua_pushvalue(L, key);
		lua_pushvalue(L, out);
		lua_rawset(L, 2);
	}
	return 1;
}

/* host.formats(): the formats a document can be written in
 * (src/render/formats.c), as [{id, exts = {...}, kind, label, binary,
 * anchors, marks, default, extras = {dot, diagram, diagram_ascii}}] in the
 * wizard's order; default: the format a template of its kind makes when
 * none is asked for. */
static int
host_formats(lua_State *L)
{
	unsigned i;

	lua_createtable(L, (int)render_nformats, 0);
	for (i = 0; i < render_nformats; i++) {
		const struct render_format *f = &render_formats[i];
		const char *e;
		int k = 0;

		lua_createtable(L, 0, 9);
		lua_pushstring(L, f->id);
		lua_setfield(L, -2, "id");
		lua_newtable(L);
		for (e = f->exts; *e != '\0'; e += strcspn(e, " "), e += *e == ' ') {
			lua_pushlstring(L, e, strcspn(e, " "));
			lua_rawseti(L, -2, ++k);
		}
		lua_setfield(L, -2, "exts");
		if (f->kind != NULL) {
			lua_pushstring(L, f->kind);
			lua_setfield(L, -2, "kind");
		}
		lua_pushstring(L, f->label);
		lua_setfield(L, -2, "label");
		lua_pushboolean(L, (f->flags & RENDER_F_BINARY) != 0);
		lua_setfield(L, -2, "binary");
		lua_pushboolean(L, (f->flags & RENDER_F_ANCHORS) != 0);
		lua_setfield(L, -2, "anchors");
		lua_pushboolean(L, (f->flags & (RENDER_F_ANCHORS | RENDER_F_PANDOC)) != 0);
		lua_setfield(L, -2, "marks");
		lua_pushboolean(L, (f->flags & RENDER_F_DEFAULT) != 0);
		lua_setfield(L, -2, "default");
		lua_createtable(L, 0, 3);
		lua_pushboolean(L, (f->flags & RENDER_F_DOT) != 0);
		lua_setfield(L, -2, "dot");
		lua_pushboolean(L, (f->flags & RENDER_F_DIAGRAM) != 0);
		lua_setfield(L, -2, "diagram");
		lua_pushboolean(L, (f->flags & RENDER_F_ASCII) != 0);
		lua_setfield(L, -2, "diagram_ascii");
		lua_setfield(L, -2, "extras");
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* host.gettext(s): the program's own text s in the language of messages
 * (po/LANG.po), or s itself; plain mode's words go through it, marked
 * _("...") in lua/evalwiz/plain.lua for make update-po.  The empty text
 * is its own translation (gettext would return the catalogue's header). */
static int
host_gettext(lua_State *L)
{
	const char *s = luaL_checkstring(L, 1);

	lua_pushstring(L, *s == '\0' ? s : _(s));
	return 1;
}

static const luaL_Reg host_funcs[] = {
	{ "gettext", host_gettext },
	{ "formats", host_formats },
	{ "options", host_options },
	{ "copy", host_copy },
	{ "find_any", host_find_any },
	{ "charge", host_charge },
	{ "plain_words", host_plain_words },
	{ "trusted_caller", host_trusted_caller },
	{ "where", host_where },
	{ "position", host_position },
	{ "stopped", host_stopped },
	{ "budgeted", host_budgeted },
	{ "slice", host_slice },
	{ "readtext", host_readtext },
	{ "loadfile", host_loadfile },
	{ "pack_stamp", host_pack_stamp },
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
