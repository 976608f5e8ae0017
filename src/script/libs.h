/* libs.h: the C libraries evalwiz offers to its Lua code, opened by script.c. */
#ifndef EVALWIZ_SCRIPT_LIBS_H
#define EVALWIZ_SCRIPT_LIBS_H

#include <lua.h>

struct script;

/* evalwiz.stats: distributions from R's standalone math library, opened
 * with dlopen when a distribution is first asked for; a missing library is
 * a Lua error naming its Debian package. */
int lib_stats_open(lua_State *L);

/* Whether a distribution was asked for and libRmath could not be loaded
 * (a command then exits 69, EX_UNAVAILABLE). */
int lib_stats_unavailable(void);

/* The host table for evalwiz's own modules (never for packs): loading
 * chunks and YAML files from the allowed folders. */
int lib_host_open(lua_State *L);

/* Checks that path lies below one of the folders the program allowed;
 * used by lib-host.c.  Returns the resolved path (allocated) or NULL. */
char *script_resolve_allowed(lua_State *L, const char *path);
/* The folder evalwiz's own Lua modules are read from (LUA_DIR). */
const char *script_lua_dir_of(lua_State *L);

/* Work in slices: the coroutine co (NULL: none) yields back to whoever
 * resumed it after about steps VM instructions, at the first point where it
 * can.  Set only around one resume (ui.idle), so that no other coroutine
 * ever yields from under its own code.  The instruction budget is carried
 * from slice to slice, so that work in slices is stopped where the same work
 * in one call would be: the budget becomes *budget and *budget_size (when
 * *budget > 0), and they are set to what it was. */
void script_slice(lua_State *L, lua_State *co, long steps, long *budget, long *budget_size);

/* True once the current call has been stopped (budget, time or memory):
 * the sandbox's pcall then passes the error on instead of catching it. */
int script_stopped(lua_State *L);
/* Counts steps of work done in C against the current call's budget;
 * raises the stop when it runs out. */
int script_charge(lua_State *L, double steps);
/* "file:line" of the pack or template code the hook last saw, or NULL: for
 * messages that carry no position (running out of memory). */
const char *script_pack_where(lua_State *L);
/* Calls the function below its nargs arguments apart from the rest of the
 * current call: with a budget of its own (SCRIPT_SUB_BUDGET, or what the
 * current call has left when that is less; what it uses counts against the
 * current call too), and a stop for running too long or out of memory that
 * ends only it.  A stop for processor time ends the whole call, as the
 * limit is the whole call's.  Replaces the function and arguments with true
 * and its results, or false and the message; refused (false, the stop's
 * message) when the current call is stopped already.  Returns the number
 * of values pushed. */
int script_subcall(lua_State *L, int nargs);
/* Whether the function at stack level (as lua_getstack counts) is one of
 * evalwiz's own modules. */
int script_caller_is_own(lua_State *L, int level);

#endif
