/* cmd-new.c: evalwiz new PLAN [--title T]: create a plan for the pack
 * (--pack's, or the default). */
#include "config.h"

#include "cli.h"
#include "session.h"

#include <stdio.h>

static int cmd_new_exec(struct cmd *);

static const struct cmd_option new_options[] = {
	{ "title", 't', "TITLE", "the plan's title (default: the file name without its extension)", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_new_entry = {
	.name = "new",
	.usage = "PLAN [--title TITLE]",
	.summary = "create a new plan file for the step pack",
	.help =
	    "Creates PLAN with the pack's name and version, a random id and an empty set\n"
	    "of answers.  An existing file is never overwritten.\n",
	.options = new_options,
	.min_args = 1, .max_args = 1,
	.too_few = "which plan file should I create?", .too_many = "give one plan file",
	.exec = cmd_new_exec,
};

static int
cmd_new_exec(struct cmd *c)
{
	const char *path = c->argv[0];
	struct session_opts o = { .flags = SESSION_CREATE, .title = cmd_opt(c, "title") };
	struct session *s = NULL;
	int rc;

	rc = session_open(c->ctx, path, &o, &s);
	if (rc == 0)
		fprintf(stderr, "evalwiz: created %s; open it with 'evalwiz %s'\n", path, path);
	session_close(s);
	return rc;
}
