/* script.c: the Lua state: chosen libraries only, an allocator with a cap,
 * an instruction budget, evalwiz's own modules, and protected calls. */
#include "config.h"

#include "script/script.h"
#include "script/convert.h"
#include "script/libs.h"
#include "script/own-chunks.h"
#include "util.h"
#include "value.h"

#include <lauxlib.h>
#include <errno.h>
#include <limits.h>
#include <lua.h>
#include <lualib.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

struct script {
	lua_State *L;
	char *lua_dir;
	size_t used, peak, limit;
	long budget;		/* instructions left in the current call */
	long budget_size;	/* the budget the current call began with, for messages */
	char where[128];	/* last Lua position the hook saw, for memory errors */
	double cpu_start;	/* CPU seconds used when the current call began */
	double cpu_limit;	/* CPU seconds one call may use */
	unsigned hooks;		/* hook calls, to read the clock only now and then */
	char pack_where[128];	/* last pack or template position the hook saw */
	int stopped;		/* the current call was stopped: pack code stops on sight */
	char stop_msg[512];	/* and hears this again */
	char **roots;
	size_t nroots;
	unsigned precompiled;	/* own modules loaded from bytecode */
	lua_State *slice_thread;	/* the coroutine that yields every slice_size steps (script_slice) */
	long slice_size, slice_left;
};

#define HOOK_EVERY 1000

/* The C libraries Lua modules may require, by name. */
static const struct {
	const char *name;
	lua_CFunction open;
} script_clibs[] = {
	{ "evalwiz.stats", lib_stats_open },
};

/* Standard libraries opened on purpose, one by one: no io, os, package or debug. */
static const luaL_Reg script_stdlibs[] = {
	{ LUA_GNAME, luaopen_base },
	{ LUA_STRLIBNAME, luaopen_string },
	{ LUA_TABLIBNAME, luaopen_table },
	{ LUA_MATHLIBNAME, luaopen_math },
	{ LUA_UTF8LIBNAME, luaopen_utf8 },
	{ LUA_COLIBNAME, luaopen_coroutine },
	{ NULL, NULL },
};

/* Base functions that reach files, compile code or the collector. */
static const char *const script_removed[] = {
	"dofile", "loadfile", "load", "collectgarbage", "print", "require",
};

static struct script *
script_of(lua_State *L)
{
	void *ud;

	lua_getallocf(L, &ud);
	return ud;
}

static void *
script_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct script *S = ud;

	if (ptr == NULL)
		osize = 0;
	if (nsize == 0) {
		free(ptr);
		S->used -= osize;
		return NULL;
	}
	if (nsize > osize && S->used + (nsize - osize) > S->limit)
		return NULL;	/* Lua raises "not enough memory" */
	ptr = realloc(ptr, nsize);
	if (ptr == NULL)
		return NULL;
	S->used = S->used - osize + nsize;
	if (S->used > S->peak)
		S->peak = S->used;
	return ptr;
}

static double
cpu_seconds(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == -1)
		return 0;
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Is the code running at this level one of evalwiz's own modules?  Only
 * a chunk script_require loaded has the name "@LUA_DIR/evalwiz/NAME.lua"
 * (NAME: letters, digits, _): pack and template code is named after its
 * own file, and a pack may not lie inside LUA_DIR (ctx_load_pack_dir), so
 * no other chunk can carry such a name; a chunk merely somewhere under
 * LUA_DIR is not trusted. */
static int
trusted_level(lua_State *L, struct script *S, lua_Debug *ar)
{
	size_t dirlen = strlen(S->lua_dir), i;
	const char *name;

	(void)L;
	if (ar->source[0] != '@' || strncmp(ar->source + 1, S->lua_dir, dirlen) != 0 ||
	    strncmp(ar->source + 1 + dirlen, "/evalwiz/", 9) != 0)
		return 0;
	name = ar->source + 1 + dirlen + 9;
	for (i = 0; name[i] != '\0' && strcmp(name + i, ".lua") != 0; i++)
		if (!((name[i] >= 'a' && name[i] <= 'z') || (name[i] >= '0' && name[i] <= '9') || name[i] == '_'))
			return 0;
	return i > 0 && name[i] != '\0';
}

const char *
script_lua_dir(const struct script *S)
{
	return S->lua_dir;
}

const char *
script_lua_dir_of(lua_State *L)
{
	return script_of(L)->lua_dir;
}

int
script_caller_is_own(lua_State *L, int level)
{
	lua_Debug ar;

	if (!lua_getstack(L, level, &ar) || !lua_getinfo(L, "S", &ar))
		return 0;
	return trusted_level(L, script_of(L), &ar);
}

static int hook_stop(lua_State *L, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Stops the call: "file:line: stopped: ...", naming the pack or template
 * line rather than a line of evalwiz's own modules (a guarded string
 * function, say) that it called.  From now on pack code is stopped as soon
 * as the hook sees it, so a pcall in a loop cannot keep it going. */
static int
hook_stop(lua_State *L, const char *fmt, ...)
{
	struct script *S = script_of(L);
	lua_Debug ar;
	va_list ap;
	char *msg;
	int level;

	for (level = 0; level < 50 && lua_getstack(L, level, &ar); level++) {
		if (!lua_getinfo(L, "Sl", &ar) || ar.currentline <= 0 || ar.source[0] != '@' ||
		    trusted_level(L, S, &ar))
			continue;
		snprintf(S->where, sizeof S->where, "%s:%d", ar.short_src, ar.currentline);
		break;
	}
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	if (S->where[0] != '\0')
		snprintf(S->stop_msg, sizeof S->stop_msg, "%s: %s", S->where, msg);
	else
		snprintf(S->stop_msg, sizeof S->stop_msg, "%s", msg);
	free(msg);
	S->stopped = 1;
	lua_pushstring(L, S->stop_msg);
	return lua_error(L);
}

/* Counts work done in C against the instruction budget (pattern matching:
 * one step of the bound the sandbox computed, one instruction). */
int
script_charge(lua_State *L, double steps)
{
	struct script *S = script_of(L);

	if (S->stopped) {
		lua_pushstring(L, S->stop_msg);
		return lua_error(L);
	}
	S->budget -= steps > (double)SCRIPT_BUDGET ? SCRIPT_BUDGET : (long)steps;
	if (S->budget <= 0) {
		S->budget = SCRIPT_BUDGET / 10;	/* room for evalwiz's own code to finish */
		return hook_stop(L, "stopped: this code ran for more than %d million steps; "
		    "is there a loop that never ends?", (int)(S->budget_size / 1000000));
	}
	return 0;
}

void
script_slice(lua_State *L, lua_State *co, long steps, long *budget, long *budget_size)
{
	struct script *S = script_of(L);
	long b = S->budget, size = S->budget_size;

	S->slice_thread = co;
	S->slice_size = S->slice_left = steps;
	if (*budget > 0) {
		S->budget = *budget;
		S->budget_size = *budget_size;
	}
	*budget = b;
	*budget_size = size;
}

int
script_stopped(lua_State *L)
{
	return script_of(L)->stopped;
}

const char *
script_pack_where(lua_State *L)
{
	struct script *S = script_of(L);

	return S->pack_where[0] != '\0' ? S->pack_where : NULL;
}

static void
script_hook(lua_State *L, lua_Debug *ar)
{
	struct script *S = script_of(L);
	int trusted;

	if (!lua_getinfo(L, "Sl", ar))
		return;
	if (ar->currentline > 0)
		snprintf(S->where, sizeof S->where, "%s:%d", ar->short_src, ar->currentline);
	trusted = trusted_level(L, S, ar);
	if (!trusted && ar->currentline > 0)
		memcpy(S->pack_where, S->where, sizeof S->where);
	if (S->stopped && !trusted) {
		lua_pushstring(L, S->stop_msg);
		lua_error(L);
	}
	/* the wizard was told to end (SIGHUP, SIGTERM): pack code running now
	 * stops, so that the wizard saves and exits at once */
	if (util_stop_signal != 0 && !trusted && S->cpu_start > 0)
		hook_stop(L, "stopped: evalwiz was asked to end (signal %d)", util_stop_signal);
	/* The instruction count misses work done inside C (coroutine switches,
	 * big string and table operations), so the CPU time is watched too. */
	if ((++S->hooks & 7) == 0 && S->cpu_start > 0 && cpu_seconds() - S->cpu_start > S->cpu_limit) {
		S->cpu_start = 0;	/* once: evalwiz's own code may finish */
		hook_stop(L, "stopped: this code used more than %.3g second%s of processor time; "
		    "is there a loop that never ends?", S->cpu_limit, S->cpu_limit >= 0.9995 && S->cpu_limit < 1.0005 ? "" : "s");	/* as %.3g shows it */
	}
	S->budget -= HOOK_EVERY;
	if (S->budget <= 0) {
		S->budget = SCRIPT_BUDGET / 10;	/* room for evalwiz's own code to finish */
		if (S->stopped)
			S->budget = 0;
		hook_stop(L, "stopped: this code ran for more than %d million steps; "
		    "is there a loop that never ends?", (int)(S->budget_size / 1000000));
	}
	if (S->used > S->limit / 10 * 9)
		hook_stop(L, "stopped: this code used more than %d MB of memory", (int)(S->limit >> 20));
	/* work done in slices (ui.idle): its coroutine gives the keyboard a
	 * turn, where it can (not inside a C function that called Lua) */
	if (L == S->slice_thread && (S->slice_left -= HOOK_EVERY) <= 0 && lua_isyieldable(L)) {
		S->slice_left = S->slice_size;
		lua_yield(L, 0);
	}
}

/* What script_subcall keeps while its function runs, in a userdata below
 * the function: the function may yield (work in slices, script_slice), and
 * the rest is done by subcall_done when it ends. */
struct subcall_saved {
	long outer, given, outer_size;
	double cpu_start;
};

static int
subcall_done(lua_State *L, int rc, lua_KContext ctx)
{
	struct script *S = script_of(L);
	int base = (int)ctx;
	struct subcall_saved sv = *(struct subcall_saved *)lua_touserdata(L, base + 1);
	long used;

	lua_remove(L, base + 1);
	if (rc == LUA_YIELD)
		rc = LUA_OK;	/* it yielded, was resumed and ended */
	used = S->stopped ? sv.given : sv.given - S->budget;
	S->budget = sv.outer - used;
	S->budget_size = sv.outer_size;
	/* the processor time is the whole call's: its stop stands */
	if (S->stopped && !(sv.cpu_start > 0 && S->cpu_start == 0))
		S->stopped = 0;
	if (rc != LUA_OK) {
		/* stack: base error */
		lua_pushboolean(L, 0);
		lua_insert(L, -2);
		/* what a stopped function built is garbage now */
		if (rc == LUA_ERRMEM || S->used > S->limit / 10 * 9)
			lua_gc(L, LUA_GCCOLLECT);
		return 2;
	}
	lua_pushboolean(L, 1);
	lua_insert(L, base + 1);
	return lua_gettop(L) - base;
}

int
script_subcall(lua_State *L, int nargs)
{
	struct script *S = script_of(L);
	struct subcall_saved *sv;
	int base = lua_gettop(L) - nargs - 1, rc;

	if (S->stopped) {
		lua_settop(L, base);
		lua_pushboolean(L, 0);
		lua_pushstring(L, S->stop_msg);
		return 2;
	}
	sv = lua_newuserdatauv(L, sizeof *sv, 0);
	sv->outer = S->budget;
	sv->outer_size = S->budget_size;
	sv->cpu_start = S->cpu_start;
	/* at least one instruction, so that a spent budget stops at once */
	sv->given = sv->outer < 1 ? 1 : sv->outer < SCRIPT_SUB_BUDGET ? sv->outer : SCRIPT_SUB_BUDGET;
	lua_insert(L, base + 1);
	/* stack: base saved fn args */
	S->budget = S->budget_size = sv->given;
	rc = lua_pcallk(L, nargs, LUA_MULTRET, 0, (lua_KContext)base, subcall_done);
	return subcall_done(L, rc, (lua_KContext)base);
}

/* Message handler: keeps the message, turning non-strings into text. */
static int
script_msgh(lua_State *L)
{
	if (lua_type(L, 1) != LUA_TSTRING) {
		if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
			return 1;
		lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
	}
	return 1;
}

static uint64_t
text_hash(const char *p, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

/* Each module's bytecode is read once, when it is loaded: its pages are then
 * given back (they stay in the page cache, shared by every evalwiz), so that
 * the 330 KB of it do not stay in each session's resident memory.  Only the
 * pages wholly inside the bytecode arrays are given back; they are read-only
 * data from the program file, so a later read just maps them again. */
static void
own_chunks_release(void)
{
#ifdef MADV_DONTNEED
	static uintptr_t lo, hi;
	const struct own_chunk *c;

	if (lo == 0) {
		uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);

		lo = UINTPTR_MAX;
		for (c = own_chunks; c->name != NULL; c++) {
			uintptr_t a = (uintptr_t)c->pre, b = (uintptr_t)c->post;

			if (a < lo)
				lo = a;
			if (b < lo)
				lo = b;
			if (a + c->npre > hi)
				hi = a + c->npre;
			if (b + c->npost > hi)
				hi = b + c->npost;
		}
		lo = (lo + page - 1) & ~(page - 1);
		hi &= ~(page - 1);
	}
	if (hi > lo)
		(void)madvise((void *)lo, hi - lo, MADV_DONTNEED);
#endif
}

/* Loads module name (evalwiz.NAME) from the bytecode made at build time,
 * with chunkname (the "@path" it has when compiled from text) put back as
 * its source, when text is exactly the text it was made from; pushes the
 * function and returns 0, or returns -1 (nothing pushed) and the caller
 * compiles the text.  Only evalwiz's own modules come here: pack and
 * template code is always compiled from text ("t"). */
static int
own_chunk_load(lua_State *L, const char *name, const char *text, size_t len, const char *chunkname)
{
	const struct own_chunk *c;
	unsigned char sz[16], *buf;
	size_t srclen = strlen(chunkname), x, n = 0, total;
	int k = (int)sizeof sz, rc;

	for (c = own_chunks; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			break;
	if (c->name == NULL || c->text_len != len || c->text_hash != text_hash(text, len))
		return -1;
	/* the name's length as Lua 5.4 dumps sizes: 7 bits a byte, most
	 * significant first, the top bit marking the last byte */
	x = srclen + 1;
	do {
		sz[--k] = x & 0x7f;
		x >>= 7;
	} while (x != 0 && k > 0);
	sz[sizeof sz - 1] |= 0x80;
	n = sizeof sz - (size_t)k;
	total = c->npre + n + srclen + c->npost;
	buf = xmalloc(total);
	memcpy(buf, c->pre, c->npre);
	memcpy(buf + c->npre, sz + k, n);
	memcpy(buf + c->npre + n, chunkname, srclen);	/* NOLINT(bugprone-not-null-terminated-result): bytes, not a string */
	memcpy(buf + c->npre + n + srclen, c->post, c->npost);
	rc = luaL_loadbufferx(L, (const char *)buf, total, chunkname, "b");
	free(buf);
	own_chunks_release();
	if (rc != LUA_OK) {
		lua_pop(L, 1);	/* another Lua than the one it was made with: use the text */
		return -1;
	}
	script_of(L)->precompiled++;
	return 0;
}

/* require for evalwiz's own modules: C libraries first, then
 * lua_dir/evalwiz/NAME.lua run with the trusted globals. */
static int
script_require(lua_State *L)
{
	struct script *S = script_of(L);
	const char *name = luaL_checkstring(L, 1);
	char *path, *cause, *text;
	size_t i, len;

	lua_getfield(L, LUA_REGISTRYINDEX, "evalwiz.loaded");
	if (lua_getfield(L, -1, name) != LUA_TNIL)
		return 1;
	lua_pop(L, 1);
	/* stack: name loaded */
	for (i = 0; i < sizeof script_clibs / sizeof script_clibs[0]; i++) {
		if (strcmp(script_clibs[i].name, name) == 0) {
			lua_pushcfunction(L, script_clibs[i].open);
			lua_call(L, 0, 1);
			lua_pushvalue(L, -1);
			lua_setfield(L, -3, name);
			return 1;
		}
	}
	if (strncmp(name, "evalwiz.", 8) != 0 || strchr(name + 8, '.') != NULL ||
	    strchr(name, '/') != NULL || name[8] == '\0')
		return luaL_error(L, "module '%s' not found: only evalwiz.NAME modules can be required", name);
	path = xasprintf("%s/evalwiz/%s.lua", S->lua_dir, name + 8);
	text = read_file(path, 4u << 20, &len, &cause);
	if (text == NULL) {
		lua_pushstring(L, cause);
		free(cause);
		free(path);
		return lua_error(L);
	}
	lua_pushfstring(L, "@%s", path);
	free(path);
	if (own_chunk_load(L, name, text, len, lua_tostring(L, -1)) != 0 &&
	    luaL_loadbufferx(L, text, len, lua_tostring(L, -1), "t") != LUA_OK) {
		free(text);
		return lua_error(L);
	}
	free(text);
	lua_pushstring(L, name);
	lua_call(L, 1, 1);
	if (lua_isnil(L, -1)) {
		lua_pop(L, 1);
		lua_pushboolean(L, 1);
	}
	lua_pushvalue(L, -1);
	lua_setfield(L, 2, name);
	return 1;
}

char *
script_resolve_allowed(lua_State *L, const char *path)
{
	struct script *S = script_of(L);
	char *real = realpath(path, NULL);
	size_t i, n;

	if (real == NULL)
		return NULL;
	for (i = 0; i < S->nroots; i++) {
		n = strlen(S->roots[i]);
		if (strncmp(real, S->roots[i], n) == 0 && (real[n] == '/' || real[n] == '\0'))
			return real;
	}
	free(real);
	errno = EACCES;
	return NULL;
}

void
script_allow_root(struct script *S, const char *dir)
{
	char *real = realpath(dir, NULL);

	if (real == NULL)
		return;
	S->roots = xrealloc(S->roots, (S->nroots + 1) * sizeof *S->roots);
	S->roots[S->nroots++] = real;
}

static int
script_setup(lua_State *L)
{
	const luaL_Reg *lib;
	size_t i;

	for (lib = script_stdlibs; lib->func != NULL; lib++) {
		luaL_requiref(L, lib->name, lib->func, 1);
		lua_pop(L, 1);
	}
	for (i = 0; i < sizeof script_removed / sizeof script_removed[0]; i++) {
		lua_pushnil(L);
		lua_setglobal(L, script_removed[i]);
	}
	/* No bytecode from Lua code, and the string metatable stays hidden. */
	lua_getglobal(L, "string");
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_pop(L, 1);
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_pushboolean(L, 0);
	lua_setfield(L, -2, "__metatable");
	lua_pop(L, 2);

	luaL_newmetatable(L, CONVERT_SEQ_MT);
	lua_pushliteral(L, "seq");
	lua_setfield(L, -2, "__kind");
	lua_pop(L, 1);

	lua_newtable(L);
	lua_setfield(L, LUA_REGISTRYINDEX, "evalwiz.loaded");
	lua_pushcfunction(L, script_require);
	lua_setglobal(L, "require");
	luaL_requiref(L, "host", lib_host_open, 0);
	lua_setglobal(L, "host");

	/* String methods ("x"):rep() use the guarded copies too. */
	lua_pushcfunction(L, script_require);
	lua_pushliteral(L, "evalwiz.sandbox");
	lua_call(L, 1, 1);
	lua_pushliteral(L, "");
	lua_getmetatable(L, -1);
	lua_getfield(L, -3, "safe_string");
	lua_setfield(L, -2, "__index");
	lua_pop(L, 3);
	return 0;
}

void
script_allow_cpu(struct script *S, double seconds)
{
	if (seconds > S->cpu_limit)
		S->cpu_limit = seconds;
}

struct script *
script_new(const char *lua_dir, char **cause)
{
	struct script *S = xcalloc(1, sizeof *S);
	int rc;

	S->limit = SCRIPT_MEMORY_LIMIT;
	S->cpu_limit = SCRIPT_CPU_SECONDS;
	{
		/* Slow runs (valgrind) may allow more; never less than the default. */
		const char *e = getenv("EVALWIZ_SCRIPT_SECONDS");

		double secs = e != NULL ? strtod(e, NULL) : 0;

		if (secs > S->cpu_limit)
			S->cpu_limit = secs;
	}
	S->lua_dir = xstrdup(lua_dir);
	S->L = lua_newstate(script_alloc, S);
	if (S->L == NULL)
		fatal("out of memory (Lua state)");
	/* A collection cycle starts when the heap reaches 1.5 times what the
	 * last one kept, not Lua's default of twice: a wizard session's peak
	 * heap is about 400 KB smaller for under 1 % more instructions (a
	 * pause of 130 saves little more and costs 8 %). */
	lua_gc(S->L, LUA_GCINC, 150, 0, 0);
	lua_sethook(S->L, script_hook, LUA_MASKCOUNT, HOOK_EVERY);
	S->budget = S->budget_size = SCRIPT_BUDGET;
	lua_pushcfunction(S->L, script_msgh);
	lua_pushcfunction(S->L, script_setup);
	rc = lua_pcall(S->L, 0, 0, 1);
	if (rc != LUA_OK) {
		*cause = xasprintf("cannot start evalwiz's Lua modules from %s: %s", lua_dir,
		    lua_tostring(S->L, -1));
		script_free(S);
		return NULL;
	}
	lua_pop(S->L, 1);
	return S;
}

/* A pause of 120 from the start would make the collector walk the growing
 * pack again and again while it loads (a pause of 100 there took 3.6 G
 * instructions instead of 0.9 G); once it is loaded, what a session
 * allocates is mostly short-lived (screens, statuses), and 120 keeps the
 * demo session's peak about 350 KB lower for no measurable time (bench/run's
 * scale session: 8.53 -> 8.18 MB, processor time 16 -> 17 ticks; a pause of
 * 100 saves little more and takes three times the processor time). */
void
script_settled(struct script *S)
{
	lua_gc(S->L, LUA_GCINC, 120, 0, 0);
}

void
script_free(struct script *S)
{
	size_t i;

	if (S == NULL)
		return;
	if (S->L != NULL)
		lua_close(S->L);
	for (i = 0; i < S->nroots; i++)
		free(S->roots[i]);
	free(S->roots);
	free(S->lua_dir);
	free(S);
}

/* ---- a plan read straight into Lua ---------------------------------------- */

#define STASH_DOC "evalwiz.stash.doc"
#define STASH_POS "evalwiz.stash.pos"

/* Stand-ins a caller passes to script_callv for what is in the stash; only
 * their addresses matter. */
static const struct value stash_doc, stash_pos;

const struct value *
script_stashed(int which)
{
	return which == SCRIPT_STASH_POS ? &stash_pos : &stash_doc;
}

struct stash_args {
	const char *text;
	size_t len;
	int depth;
	int done;
};

static int
stash_run(lua_State *L)
{
	struct stash_args *a = lua_touserdata(L, 1);
	int r;

	/* nothing made here is garbage until it is all made: a collection
	 * cycle would only walk the growing document again and again */
	lua_gc(L, LUA_GCSTOP);
	r = convert_yaml(L, a->text, a->len, a->depth);
	lua_gc(L, LUA_GCRESTART);
	if (r == -1)
		return 0;
	lua_setfield(L, LUA_REGISTRYINDEX, STASH_POS);
	lua_setfield(L, LUA_REGISTRYINDEX, STASH_DOC);
	a->done = 1;
	return 0;
}

int
script_stash_yaml(struct script *S, const char *text, size_t len, int pos_depth)
{
	lua_State *L = S->L;
	struct stash_args a;
	int base = lua_gettop(L);

	a.text = text;
	a.len = len;
	a.depth = pos_depth;
	a.done = 0;
	script_stash_drop(S);
	lua_pushcfunction(L, stash_run);
	lua_pushlightuserdata(L, &a);
	if (lua_pcall(L, 1, 0, 0) != LUA_OK) {
		/* out of memory under the cap: the tree's way says so in its words */
		lua_gc(L, LUA_GCRESTART);
		lua_settop(L, base);
		script_stash_drop(S);
		lua_gc(L, LUA_GCCOLLECT);
		return -1;
	}
	lua_settop(L, base);
	return a.done ? 0 : -1;
}

struct value *
script_stash_get(struct script *S, const char *key)
{
	lua_State *L = S->L;
	struct value *v = NULL;
	char *cause = NULL;

	if (lua_getfield(L, LUA_REGISTRYINDEX, STASH_DOC) == LUA_TTABLE) {
		lua_getfield(L, -1, key);
		v = convert_to_value(L, -1, &cause);
		free(cause);
		lua_pop(L, 1);
	}
	lua_pop(L, 1);
	return v;
}

struct value *
script_stash_value(struct script *S, int which)
{
	lua_State *L = S->L;
	struct value *v = NULL;
	char *cause = NULL;

	if (lua_getfield(L, LUA_REGISTRYINDEX, which == SCRIPT_STASH_POS ? STASH_POS : STASH_DOC) == LUA_TTABLE)
		v = convert_to_value(L, -1, &cause);
	free(cause);
	lua_pop(L, 1);
	return v;
}

struct value *
script_lua_copy(struct script *S, const struct value *v)
{
	struct value *out;
	char *cause = NULL;

	convert_push(S->L, v);
	out = convert_to_value(S->L, -1, &cause);
	free(cause);
	lua_pop(S->L, 1);
	return out;
}

void
script_stash_drop(struct script *S)
{
	lua_pushnil(S->L);
	lua_setfield(S->L, LUA_REGISTRYINDEX, STASH_DOC);
	lua_pushnil(S->L);
	lua_setfield(S->L, LUA_REGISTRYINDEX, STASH_POS);
}

/* What script_callv hands to the protected calls that set a call up and
 * take its result apart: every Lua allocation happens inside a protected
 * call, so running out of Lua memory (a plan whose aliases copy too much,
 * say) is an error with a message, never a panic outside one. */
struct callv {
	const char *fn, *dot;
	int nargs;
	const struct value *const *args;
	struct value *result;
	char *cause;
};

/* Pushes the function module.fn and the arguments. */
static int
callv_setup(lua_State *L)
{
	struct callv *c = lua_touserdata(L, 1);
	int i;

	lua_settop(L, 0);
	lua_pushcfunction(L, script_require);
	lua_pushlstring(L, c->fn, (size_t)(c->dot - c->fn));
	lua_pushfstring(L, "evalwiz.%s", lua_tostring(L, -1));
	lua_remove(L, -2);
	lua_call(L, 1, 1);
	if (lua_getfield(L, -1, c->dot + 1) != LUA_TFUNCTION)
		return luaL_error(L, "internal error: cannot find %s: no such function", c->fn);
	lua_remove(L, -2);
	luaL_checkstack(L, c->nargs + 4, "too many arguments");
	for (i = 0; i < c->nargs; i++)
		if (c->args[i] == &stash_doc || c->args[i] == &stash_pos)
			lua_getfield(L, LUA_REGISTRYINDEX, c->args[i] == &stash_doc ? STASH_DOC : STASH_POS);
		else
			convert_push(L, c->args[i]);
	return c->nargs + 1;
}

/* The value at index 2 as a struct value, into c->result. */
static int
callv_result(lua_State *L)
{
	struct callv *c = lua_touserdata(L, 1);

	c->result = convert_to_value(L, 2, &c->cause);
	return 0;
}

int
script_callv(struct script *S, const char *fn, struct value **result, char **cause,
    int nargs, const struct value *const *args)
{
	lua_State *L = S->L;
	int base = lua_gettop(L), rc;
	struct callv c;

	*cause = NULL;
	if (result != NULL)
		*result = NULL;
	if (!lua_checkstack(L, 8))
		fatal("Lua stack overflow");
	memset(&c, 0, sizeof c);
	c.fn = fn;
	c.dot = strchr(fn, '.');
	c.nargs = nargs;
	c.args = args;
	if (c.dot == NULL || c.dot - fn > 60)
		fatal("script_call: %s is not module.function", fn);
	lua_pushcfunction(L, script_msgh);
	/* stack: msgh */
	lua_pushcfunction(L, callv_setup);
	lua_pushlightuserdata(L, &c);
	S->budget = SCRIPT_BUDGET;
	rc = lua_pcall(L, 1, LUA_MULTRET, base + 1);
	if (rc != LUA_OK) {
		if (rc == LUA_ERRMEM)
			*cause = xasprintf("stopped: the Lua code needed more than %d MB of memory (to hand %s its "
			    "arguments)", (int)(S->limit >> 20), fn);
		else
			*cause = xstrdup(lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "unknown error");
		lua_settop(L, base);
		lua_gc(L, LUA_GCCOLLECT);
		return -1;
	}
	/* stack: msgh fn args... */
	S->budget = S->budget_size = SCRIPT_BUDGET;
	S->where[0] = '\0';
	S->stopped = 0;
	S->pack_where[0] = '\0';
	S->cpu_start = cpu_seconds();
	rc = lua_pcall(L, nargs, 1, base + 1);
	S->cpu_start = 0;
	if (rc != LUA_OK) {
		if (rc == LUA_ERRMEM)
			*cause = xasprintf("stopped: the Lua code needed more than %d MB of memory%s%s",
			    (int)(S->limit >> 20), S->where[0] != '\0' ? " (near " : "",
			    S->where[0] != '\0' ? S->where : "");
		else
			*cause = xstrdup(lua_tostring(L, -1) != NULL ? lua_tostring(L, -1) : "unknown error");
		if (rc == LUA_ERRMEM && S->where[0] != '\0') {
			char *e = xasprintf("%s)", *cause);

			free(*cause);
			*cause = e;
		}
		lua_settop(L, base);
		/* What the failed code built is garbage now; free it, or the
		 * next call would start near the memory cap. */
		lua_gc(L, LUA_GCCOLLECT);
		return -1;
	}
	if (result != NULL) {
		/* stack: msgh result */
		lua_pushcfunction(L, callv_result);
		lua_pushlightuserdata(L, &c);
		lua_pushvalue(L, -3);
		rc = lua_pcall(L, 2, 0, base + 1);
		if (rc != LUA_OK || (c.result == NULL && c.cause != NULL)) {
			if (rc != LUA_OK) {
				free(c.cause);
				value_free(c.result);
				c.cause = rc == LUA_ERRMEM ? xasprintf("stopped: the Lua code needed more than %d MB of "
				    "memory (to hand back what %s returned)", (int)(S->limit >> 20), fn) :
				    xstrdup(lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "unknown error");
			}
			*cause = c.cause;
			lua_settop(L, base);
			lua_gc(L, LUA_GCCOLLECT);
			return -1;
		}
		*result = c.result;
	}
	lua_settop(L, base);
	return 0;
}

int
script_call(struct script *S, const char *fn, struct value **result, char **cause, int nargs, ...)
{
	const struct value *args[16];
	va_list ap;
	int i;

	if (nargs > 16)
		fatal("script_call: %s with %d arguments, more than 16", fn, nargs);
	va_start(ap, nargs);
	for (i = 0; i < nargs; i++)
		args[i] = va_arg(ap, const struct value *);
	va_end(ap);
	return script_callv(S, fn, result, cause, nargs, args);
}

size_t
script_memory(const struct script *S, size_t *peak)
{
	if (peak != NULL)
		*peak = S->peak;
	return S->used;
}

unsigned
script_precompiled(const struct script *S)
{
	return S->precompiled;
}
