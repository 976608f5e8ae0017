/* cmd-wizard.c: evalwiz PLAN: the interactive wizard (the full-screen front end
 * lives in tui/; until it is built in, this says so and points at the
 * commands that work without it). */
#include "config.h"

#include "cli.h"
#include "plain/plain.h"

#include <stdio.h>

static int cmd_wizard_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_wizard_entry = {
	.name = "wizard",
	.usage = "[PLAN]",
	.summary = NULL,
	.help = NULL,
	.exec = cmd_wizard_exec,
};

static int
cmd_wizard_exec(struct ctx *ctx, int argc, char **argv)
{
	if (plain_wanted(argc, argv))
		return plain_main(ctx, argc, argv);
	(void)ctx;
	(void)argc;
	(void)argv;
	cmd_error("the interactive wizard is not in this build yet; use 'evalwiz new', 'evalwiz set' and "
	    "'evalwiz check' (see 'evalwiz --help')");
	return EX_UNAVAILABLE;
}
