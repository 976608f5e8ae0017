/* cli.h: the command table, and what every command gets: its options
 * parsed from its entry, its help made from it, and the plan, the pack or
 * Lua set up as the entry says it needs (git's parse_options and RUN_SETUP,
 * tmux's command entries).
 *
 * A command is a table entry and a function:
 *
 *	static int cmd_shout_exec(struct cmd *c);
 *	static const struct cmd_option shout_options[] = {
 *		{ "format", 'f', "FORMAT", "text (the default) or json", "text|json", 0, 0 },
 *		{ "loud", 0, NULL, "say it twice", NULL, 0, 0 },
 *		{ NULL, 0, NULL, NULL, NULL, 0, 0 },
 *	};
 *	const struct cmd_entry cmd_shout_entry = {
 *		.name = "shout", .usage = "PLAN STEP.FIELD", .summary = "one line for evalwiz --help",
 *		.help = "What it does, in lines of at most 80 columns.\n",
 *		.options = shout_options,
 *		.min_args = 2, .max_args = 2, .too_few = "give a plan file and one STEP.FIELD",
 *		.needs = CMD_PLAN,
 *		.exec = cmd_shout_exec,
 *	};
 *
 * and the entry's address in cmd_table[] (cli.c; its order is evalwiz
 * --help's).  -h/--help and --version are added to every command, and
 * --help prints the usage, the help, the options (from .options: a
 * NULL help line leaves an option out of the list, for a command whose
 * help describes its options itself) and .after.  exec gets the arguments
 * left after the options in c->argv (c->argc of them, within min_args and
 * max_args, else too_few or too_many), reads options with cmd_opt, cmd_flag and
 * cmd_opt_at, and with CMD_PLAN finds c->argv[0] open in c->session.
 *
 * Porting a command written the old way (exec(ctx, argc, argv) with its
 * own getopt loop): each { "name", has_arg, NULL, 'x' } of its struct
 * option array becomes { "name", 'x', "ARG" or NULL, "the help line",
 * NULL, 0, 0 } in .options (a format's values go in the fifth field,
 * "text|json", and the "unknown format" check goes); the option lines of
 * its help text go (they are made from the table), and what follows them
 * (exit status) moves to .after; the getopt loop and its --help and
 * unknown-option handling go (cmd_run does them); each optarg becomes
 * cmd_opt(c, "name"), a repeated option's values cmd_opt_at(c, "name", i);
 * argc/argv after optind become c->argc/c->argv, and ctx becomes c->ctx.
 * A usage check that must come before the plan is opened goes in .check.
 * calc's table of options (cmd-calc.c) shows options read by kind (.data).  A command
 * that opened a plan itself declares CMD_PLAN (reading) or CMD_WRITE
 * (changing it; cmd_run saves after exec returns 0) and uses c->session.
 * A command with words under it (pack new, pack lint) lists them as
 * entries of their own in .subs. */
#ifndef EVALWIZ_CLI_H
#define EVALWIZ_CLI_H

#include <stddef.h>
#include <sysexits.h>

struct script;
struct session;
struct value;

struct ctx {
	const char *pack_spec;		/* --pack or EVALWIZ_PACK; NULL: the plan's, or the default */
	const char *templates_dir;	/* --templates; NULL for the data directory's */
	const char *lang;		/* --lang; NULL: the plan's, then the locale's (i18n.lua) */
	char *pack_dir;			/* the folder of the pack loaded */
	char *pack_id;			/* and its id */
	struct script *S;
	int migrated_from;		/* pack version the open plan was moved from, 0 if none */
};

/* One option of a command. */
struct cmd_option {
	const char *name;	/* --name */
	int short_name;		/* -x, or 0 */
	const char *arg;	/* how --help names its value ("FILE"); NULL: it takes none */
	const char *help;	/* what it does, for --help (more lines after a \n, as they
				 * are); NULL: the command's help describes it */
	const char *choices;	/* the values it takes ("text|json"), or NULL: any */
	unsigned flags;		/* CMD_OPT_ONCE */
	int data;		/* the command's own (calc: how to read the value) */
};

#define CMD_OPT_ONCE	0x01	/* given twice is a usage error (else the last counts) */

/* What a command needs set up before it runs (cmd_entry.needs). */
#define CMD_LUA		0x01	/* evalwiz's Lua modules, no pack */
#define CMD_PACK	0x02	/* the pack: --pack's, or the default */
#define CMD_PLAN	0x04	/* argv[0] is a plan, opened to read with the pack it names */
#define CMD_WRITE	0x08	/* ... and locked to change it: saved when exec returns 0 and
				 * the plan changed (session_changed), then closed */
#define CMD_TEMPLATES	0x10	/* it uses the --templates folder: that must be a folder */

/* What exec gets. */
struct cmd {
	const struct cmd_entry *entry;
	struct ctx *ctx;
	struct session *session;	/* with CMD_PLAN: c->argv[0], open */
	int argc;			/* the arguments after the options */
	char **argv;
	struct cmd_given {
		const struct cmd_option *opt;
		const char *value;	/* "" for an option that takes none */
	} *given;			/* the options, in the order given */
	size_t ngiven;
	unsigned needs;			/* the entry's needs; its check may drop CMD_WRITE
					 * (migrate --dry-run only reads) */
	void *data;			/* the command's own, from its check to its exec */
	int ran;			/* exec was called */
};

struct cmd_entry {
	const char *name;
	const char *usage;	/* after "evalwiz NAME " */
	const char *summary;	/* one line for evalwiz --help (NULL: not listed) */
	const char *help;	/* what the command does */
	const char *after;	/* after the options in --help (exit status, JSON keys) */
	const struct cmd_option *options;	/* ends with { NULL } */
	int min_args, max_args;	/* plain arguments; max_args -1: any number */
	const char *too_few;	/* the usage error for too few of them */
	const char *too_many;	/* and for too many (NULL: too_few's); "%s" is the first extra */
	int usage_status;	/* the exit status of a usage error, when not EX_USAGE (diff: 2) */
	unsigned needs;
	/* before the needs are set up (the plan opened, locked): its
	 * arguments checked, so that a usage error comes first; 0 or an exit
	 * code; NULL: none */
	int (*check)(struct cmd *c);
	int (*exec)(struct cmd *c);
	/* after exec, whatever it returned: what check or exec kept in
	 * c->data given back; NULL: none */
	void (*done)(struct cmd *c);
	const struct cmd_entry *const *subs;	/* the words under it (pack new), NULL-ended */
};

extern const struct cmd_entry *const cmd_table[];

/* Runs a command: argv[0] is its name (or a word before it), then its
 * options and arguments in any order ("--" ends the options).  Handles
 * --help, --version, unknown options, the count of arguments and the
 * entry's needs; returns exec's exit code, or the usage error's. */
int cmd_run(const struct cmd_entry *cmd, struct ctx *ctx, int argc, char **argv);

/* The value of option name (the last given), "" for one without a value,
 * or NULL when it was not given. */
const char *cmd_opt(const struct cmd *c, const char *name);
/* Whether option name was given. */
int cmd_flag(const struct cmd *c, const char *name);
/* How many times option name was given, and the i-th value (from 0). */
size_t cmd_opt_count(const struct cmd *c, const char *name);
const char *cmd_opt_at(const struct cmd *c, const char *name, size_t i);

/* Prints "evalwiz: message" and a pointer to --help; returns EX_USAGE. */
int cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Prints the command's usage, help and options to stdout; returns 0. */
int cmd_help(const struct cmd_entry *cmd);
/* Prints "evalwiz: message" to stderr. */
void cmd_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Flushes stdout and turns a write error into EX_IOERR (else rc). */
int cmd_finish(int rc);

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

/* Who signs a reply to a partner's review: given (--author) when not empty,
 * else $EVALWIZ_AUTHOR, else the user's login name, else "the team". */
const char *review_author(const char *given);

#endif
