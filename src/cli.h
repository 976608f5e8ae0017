/* cli.h: the command table, the context every command gets, and the
 * helpers that open, check and save a plan for the commands. */
#ifndef EVALWIZ_CLI_H
#define EVALWIZ_CLI_H

#include <getopt.h>
#include <sysexits.h>

struct script;
struct value;

struct ctx {
	const char *pack_spec;		/* --pack or EVALWIZ_PACK; NULL: the plan's, or the default */
	const char *templates_dir;	/* --templates; NULL for the data directory's */
	char *pack_dir;			/* the folder of the pack loaded */
	char *pack_id;			/* and its id */
	struct script *S;
	int migrated_from;		/* pack version the open plan was moved from, 0 if none */
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

/* Where extends = "id" looks for base packs (the pack path, datadir.h), as
 * the map core.load_pack takes; each folder is allowed to the loader. */
struct value *ctx_pack_bases(struct script *S);
/* Starts Lua (evalwiz's modules, no pack yet).  Returns 0 or an exit code. */
int ctx_start_lua(struct ctx *ctx);
/* Starts Lua and loads --pack's pack, or the default one.  Returns 0 or an
 * exit code (message printed): EX_UNAVAILABLE no pack of that id is
 * installed, EX_NOINPUT no such folder, EX_CONFIG the pack does not load. */
int ctx_load_pack(struct ctx *ctx);
/* The same for the pack in dir; want_id (or NULL) is the id it must have. */
int ctx_load_pack_dir(struct ctx *ctx, const char *dir, const char *want_id);
/* Calls one of the model's entry points (model.h) and prints its error;
 * returns 0 or EX_DATAERR. */
int ctx_call(struct ctx *ctx, const char *fn, struct value **result, int nargs, ...);
void ctx_free(struct ctx *ctx);

/* The time now as ISO 8601 (UTC), or from SOURCE_DATE_EPOCH when set. */
char *now_iso(void);

#endif
