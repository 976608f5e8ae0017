/* script.h: the Lua bridge: one sandboxed Lua state holding the model (the
 * step pack and the plan's answers), and protected calls into it.  Only
 * src/script/ includes lua.h. */
#ifndef EVALWIZ_SCRIPT_H
#define EVALWIZ_SCRIPT_H

#include <stddef.h>

struct value;
struct script;

/* Limits that stop a runaway or hostile pack or template. */
#define SCRIPT_MEMORY_LIMIT ((size_t)256 << 20)	/* bytes the whole Lua state may hold */
#define SCRIPT_BUDGET 100000000L		/* VM instructions per call from C */
#define SCRIPT_CPU_SECONDS 1.0			/* processor time per call from C */
#define SCRIPT_SUB_BUDGET 25000000L		/* VM instructions of one pack function run apart (host.budgeted) */

/* Creates the state and loads evalwiz's own Lua modules from lua_dir (the
 * folder that holds the evalwiz module files).  Returns NULL with *cause on failure. */
struct script *script_new(const char *lua_dir, char **cause);
void script_free(struct script *S);

/* Lets Lua code read files below dir (packs and templates) through the
 * host loader.  Paths are checked after resolving symbolic links. */
void script_allow_root(struct script *S, const char *dir);

/* Raises the processor time one call may use to at least seconds (never
 * lowers it): the backstop is for runaway code, and a very large plan
 * needs more than the default for an honest check or render. */
void script_allow_cpu(struct script *S, double seconds);

/* Calls a function of one of evalwiz's Lua modules, named "module.function"
 * ("plan.check" calls require("evalwiz.plan").check), with the budget and
 * the memory cap in force.  The first result is converted to a value (functions are left out;
 * NULL result pointer discards it).  Returns 0, or -1 with *cause set to
 * the error message (which names file and line when Lua code failed).
 * The rest of evalwiz calls the model through model_call (src/model.h),
 * which comes here through entry.call; script_call itself is for the
 * tests' runner.  At most 16 arguments. */
int script_call(struct script *S, const char *fn, struct value **result, char **cause,
    int nargs, ...);
int script_callv(struct script *S, const char *fn, struct value **result, char **cause,
    int nargs, const struct value *const *args);

/* A plan's YAML text read straight into Lua tables, with no value tree in
 * between (a plan of 10,000 rows is a quarter of a million nodes): the
 * document and its positions down to pos_depth levels are kept in the state
 * until script_stash_drop, and script_stashed(SCRIPT_STASH_DOC) and
 * script_stashed(SCRIPT_STASH_POS) stand for them among script_callv's (and
 * model_call's) arguments.  Returns 0, or -1 (nothing kept) for any text
 * but the plain case: yaml_parse then reads it, and says what is wrong (see
 * convert_yaml).  script_stash_get converts one top-level entry of the kept
 * document (NULL when there is none). */
enum { SCRIPT_STASH_DOC, SCRIPT_STASH_POS };
int script_stash_yaml(struct script *S, const char *text, size_t len, int pos_depth);
const struct value *script_stashed(int which);
struct value *script_stash_get(struct script *S, const char *key);
void script_stash_drop(struct script *S);
/* For the tests and the fuzzer: the whole kept document or positions as a
 * value (NULL when none), and a value taken through Lua and back, which
 * puts a map's keys in the order script_stash_value gives them. */
struct value *script_stash_value(struct script *S, int which);
struct value *script_lua_copy(struct script *S, const struct value *v);

/* How many of evalwiz's own modules were loaded from the bytecode made at
 * build time rather than compiled from their text (for the tests). */
unsigned script_precompiled(const struct script *S);
/* Peak and current bytes used by the Lua state (for benchmarks). */
size_t script_memory(const struct script *S, size_t *peak);

/* The loading is over (the wizard's first frame is drawn): the collector
 * starts a cycle sooner from now on; see script.c for the figures. */
void script_settled(struct script *S);

/* The folder of evalwiz's own Lua modules, as given to script_new. */
const char *script_lua_dir(const struct script *S);

#endif
