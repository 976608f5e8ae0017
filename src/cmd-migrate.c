/* cmd-migrate.c: evalwiz migrate PLAN: move a plan's answers to the version
 * of its pack that is installed, keeping the file as it was beside it. */
#include "config.h"

#include "cli.h"
#include "plan/lock.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmd_migrate_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_migrate_entry = {
	.name = "migrate",
	.usage = "PLAN [--dry-run]",
	.summary = "move a plan's answers to the pack's current version",
	.help =
	    "Applies the pack's migrations to a plan written for an older version of the\n"
	    "pack (renamed, split and retired questions, renamed options), says what moved,\n"
	    "and saves it, keeping the file as it was in PLAN.vN.bak (N the old version;\n"
	    "PLAN.vN.2.bak and so on when that exists: a backup is never replaced).\n"
	    "An answer is never overwritten: one that would land on a question that has an\n"
	    "answer already stays where it was, and the note says so.  Every command that\n"
	    "opens an older plan migrates it the same way; this one does only that.\n"
	    "\n"
	    "  -n, --dry-run   say what would move, write nothing\n"
	    "  -h, --help      show this help\n"
	    "\n"
	    "Exit status: 0 migrated or nothing to do, 65 a plan for a newer version of the\n"
	    "pack or for another pack, 66 no such plan, 73 cannot write the backup, 75 locked.\n",
	.exec = cmd_migrate_exec,
};

static int
cmd_migrate_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "dry-run", no_argument, NULL, 'n' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct value *res = NULL;
	const struct value *v;
	const char *plan;
	struct stat st;
	char tmp[32];
	int c, rc = 0, dry = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_migrate_entry, argc, argv, "nh", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 'n')
			dry = 1;
	}
	if (argc - optind != 1)
		return cmd_usage_error(&cmd_migrate_entry, "give one plan file");
	plan = argv[optind];
	if (stat(plan, &st) == -1 && errno == ENOENT) {
		cmd_error("%s does not exist", plan);
		return EX_NOINPUT;
	}
	if (!dry && (rc = cmd_lock_plan(plan)) != 0)
		return rc;
	/* opening migrates the plan in memory and prints what moved */
	if ((rc = ctx_open_plan(ctx, plan)) != 0)
		goto out;
	if (ctx_call(ctx, "core.pack_version", &res, 0) != 0) {
		rc = EX_SOFTWARE;
		goto out;
	}
	if ((v = value_get(res, "refuse")) != NULL && v->type == VAL_STR) {
		cmd_error("%s: %s", plan, v->u.str.s);
		rc = EX_DATAERR;
		goto out;
	}
	if (ctx->migrated_from == 0)
		fprintf(stderr, "evalwiz: %s: already follows version %s of the pack %s; nothing to do\n", plan,
		    value_string(value_get(res, "version"), tmp, sizeof tmp), value_get(res, "id")->u.str.s);
	else if (dry)
		fprintf(stderr, "evalwiz: %s: nothing written (--dry-run)\n", plan);
	else
		rc = ctx_save_plan(ctx, plan, 0);
out:
	if (!dry)
		lock_release(plan);
	value_free(res);
	return cmd_finish(rc);
}
