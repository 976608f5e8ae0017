/* cmd-migrate.c: evalwiz migrate PLAN: move a plan's answers to the version
 * of its pack that is installed, keeping the file as it was beside it. */
#include "config.h"

#include "cli.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_migrate_check(struct cmd *);
static int cmd_migrate_exec(struct cmd *);

static const struct cmd_option migrate_options[] = {
	{ "dry-run", 'n', NULL, "say what would move, write nothing", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

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
	    "opens an older plan migrates it the same way; this one does only that.\n",
	.after = "Exit status: 0 migrated or nothing to do, 65 a plan for a newer version of the\n"
	    "pack or for another pack, 66 no such plan, 69 its step pack is not installed,\n"
	    "73 cannot write the backup, 75 locked.\n",
	.options = migrate_options,
	.min_args = 1, .max_args = 1, .too_few = "give one plan file",
	.needs = CMD_WRITE,
	.check = cmd_migrate_check,
	.exec = cmd_migrate_exec,
};

/* --dry-run only reads the plan: no lock, no save. */
static int
cmd_migrate_check(struct cmd *c)
{
	if (cmd_flag(c, "dry-run"))
		c->needs = CMD_PLAN;
	return 0;
}

/* Opening the plan migrated it in memory and said what moved; cmd_run
 * saves it (keeping the backup) unless this refuses. */
static int
cmd_migrate_exec(struct cmd *c)
{
	struct value *res = NULL;
	const struct value *v;
	const char *plan = c->argv[0];
	char tmp[32];
	int rc = 0;

	if (ctx_call(c->ctx, "core.pack_version", &res, 0) != 0)
		return EX_SOFTWARE;
	if ((v = value_get(res, "refuse")) != NULL && v->type == VAL_STR) {
		cmd_error("%s: %s", plan, v->u.str.s);
		rc = EX_DATAERR;
	} else if (c->ctx->migrated_from == 0)
		fprintf(stderr, "evalwiz: %s: already follows version %s of the pack %s; nothing to do\n", plan,
		    value_string(value_get(res, "version"), tmp, sizeof tmp), value_get(res, "id")->u.str.s);
	else if (cmd_flag(c, "dry-run"))
		fprintf(stderr, "evalwiz: %s: nothing written (--dry-run)\n", plan);
	value_free(res);
	return rc;
}
