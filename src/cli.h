/* cli.h: the command table, the context every command gets, and the
 * helpers that open, check and save a plan for the commands. */
#ifndef EVALWIZ_CLI_H
#define EVALWIZ_CLI_H

#include <getopt.h>
#include <sysexits.h>

struct script;
struct value;

struct ctx {
	const char *pack_spec;		/* --pack or EVALWIZ_PACK; NULL for the default */
	const char *templates_dir;	/* --templates; NULL for the data directory's */
	char *pack_dir;			/* resolved by ctx_load_pack */
	struct script *S;
	int migrated_from;		/* pack version the open plan was moved from, 0 if none */
	char *backup_note;		/* where the pre-migration copy went, to tell the user */
};

struct cmd_entry {
	const char *name;
	const char *usage;	/* after "evalwiz NAME " */
	const char *summary;	/* one line for evalwiz --help */
	const char *help;	/* the options and what the command does */
	int (*exec)(struct ctx *ctx, int argc, char **argv);
};

extern const struct cmd_entry *const cmd_table[];

/* Prints "evalwiz: message" and a pointer to --help; returns EX_USAGE. */
int cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints the command's usage and help to stdout; returns 0. */
int cmd_help(const struct cmd_entry *cmd);
/* Prints "evalwiz: message" to stderr. */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Flushes stdout and turns a write error into EX_IOERR (else rc). */
int cmd_finish(int rc);

/* Handles -h/--help and unknown options the same way in every command.
 * Returns the option character, -1 at the end, or 'h' / '?' already
 * handled: the caller returns *rc then. */
int cmd_getopt(const struct cmd_entry *cmd, int argc, char **argv, const char *shortopts,
    const struct option *longopts, int *rc);

/* Where extends = "id" looks for base packs (the folders --pack searches),
 * as the map core.load_pack takes; each folder is allowed to the loader. */
struct value *ctx_pack_bases(struct script *S);
/* Starts Lua and loads the pack.  Returns 0 or an exit code (message printed). */
int ctx_load_pack(struct ctx *ctx);
/* Loads the plan at path into the model.  Returns 0 or an exit code:
 * EX_NOINPUT when it does not exist, EX_DATAERR when it is not a plan. */
int ctx_open_plan(struct ctx *ctx, const char *path);
/* Writes the model's plan to path atomically (create: refuse to replace).
 * When opening migrated the plan, the file as it was is first kept as
 * PATH.vN.bak (N the old pack version). 
 * Returns 0 or an exit code (message printed). */
int ctx_save_plan(struct ctx *ctx, const char *path, int create);
/* The same without printing: *cause (allocated) says why it failed. */
int ctx_save_plan_quiet(struct ctx *ctx, const char *path, int create, char **cause);
/* Calls one of the model's entry points (model.h) and prints its error;
 * returns 0 or EX_DATAERR. */
int ctx_call(struct ctx *ctx, const char *fn, struct value **result, int nargs, ...);
void ctx_free(struct ctx *ctx);

/* The time now as ISO 8601 (UTC), or from SOURCE_DATE_EPOCH when set. */
char *now_iso(void);

#endif
