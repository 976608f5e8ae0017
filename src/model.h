/* model.h: the model's entry points, the only Lua functions C calls.
 *
 * The model (lua/evalwiz/) holds the step pack and the plan's answers; C
 * asks it for things by name, "module.function".  Every name C may call is
 * listed twice, on purpose: in model_entries[] in model.c and in ENTRIES in
 * lua/evalwiz/entry.lua, which also says what each one takes and gives.
 * tests/lua/test-entry.lua fails when the two lists differ, when a listed
 * function does not exist, or when a file of src/ calls the model other
 * than through model_call (script_call is for src/script/ and the tests).
 *
 * One result shape: the Lua side (entry.call) gives back { ok = true,
 * value = what the function returned } or { ok = false, message = why };
 * model_call turns that into 0 with the value, or -1 with the message.
 *
 * To add an entry point: write the function in its Lua module, add its name
 * and a line about it to ENTRIES in entry.lua and to model_entries[] in
 * model.c (kept in byte order), and call it with model_call. */
#ifndef EVALWIZ_MODEL_H
#define EVALWIZ_MODEL_H

struct script;
struct value;

/* At most this many arguments in one call. */
#define MODEL_MAX_ARGS 15

/* Calls the entry point name ("core.open") with nargs values.  Returns 0
 * with *result (NULL result pointer: discarded) set to the function's
 * result, or -1 with *cause (allocated) saying why: the model refused, or
 * its code failed (the message then names the pack or template file and
 * line).  A name that is not an entry point is a bug in evalwiz: fatal. */
int model_call(struct script *S, const char *name, struct value **result, char **cause, int nargs, ...);
int model_callv(struct script *S, const char *name, struct value **result, char **cause, int nargs,
    const struct value *const *args);

/* 1 when name is an entry point. */
int model_is_entry(const char *name);

/* The names, in byte order, NULL at the end (for the tests). */
extern const char *const model_entries[];

#endif
