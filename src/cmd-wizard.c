/* cmd-wizard.c: evalwiz [PLAN]: the interactive wizard (the full-screen
 * front end lives in tui/, the line-by-line one in plain/); asks before
 * creating a plan that does not exist. */
#include "config.h"

#include "cli.h"
#include "plain/plain.h"
#include "tui/tui.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmd_wizard_exec(struct cmd *);

static const struct cmd_option wizard_options[] = {
	{ "read-only", 0, NULL, "look without changing anything", NULL, 0, 0 },
	{ "plain", 0, NULL, "ask the questions one at a time on standard input and output (also chosen "
	    "when TERM=dumb or standard input is not a terminal)", NULL, 0, 0 },
	{ "recover", 0, NULL, "restore the edits PLAN.recover holds without asking", NULL, 0, 0 },
	{ "yes", 'y', NULL, "create PLAN without asking when it does not exist", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_wizard_entry = {
	.name = "wizard",
	.usage = "[--read-only] [--plain] [--recover] [PLAN]",
	.summary = "open the interactive wizard on PLAN (the start screen without one)",
	.help =
	    "Without PLAN, a start screen offers a new plan, an existing one, recent plans\n"
	    "and the demo plan; PLAN without an extension is PLAN.yaml.  The plan is saved\n"
	    "as you go and before exit, also when the connection drops, and opens again\n"
	    "where you left it.  When someone else has the plan open, the wizard offers it\n"
	    "read-only.\n"
	    "\n"
	    "In the wizard, whatever you type answers the question with the focus: letters\n"
	    "and digits are never commands.  Commands are on F-keys and Ctrl-keys (F1 lists\n"
	    "them all; Ctrl-Z undoes, Ctrl-Q saves and quits, Ctrl-C asks first).\n",
	.options = wizard_options,
	.min_args = 0, .max_args = 1, .too_many = "give one plan file",
	.exec = cmd_wizard_exec,
};

static int
cmd_wizard_exec(struct cmd *c)
{
	const char *path = c->argc > 0 ? c->argv[0] : NULL;
	int read_only = cmd_flag(c, "read-only"), create = 0;
	struct stat st;
	char with_yaml[4096];

	if (path != NULL && stat(path, &st) == -1 && errno == ENOENT) {
		const char *base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;

		/* a plan's name without its .yaml, as people type it, in both modes: the plan
		 * with it, or a new plan with it added */
		if (strchr(base, '.') == NULL &&
		    snprintf(with_yaml, sizeof with_yaml, "%s.yaml", path) < (int)sizeof with_yaml)
			path = with_yaml;
	}

	/* Screen readers, dumb terminals and pipes get the line-by-line mode. */
	if (plain_wanted(cmd_flag(c, "plain"))) {
		if (path == NULL)
			return cmd_usage_error(c->entry, "which plan file?");
		return plain_main(c->ctx, path, (read_only ? PLAIN_READ_ONLY : 0) |
		    (cmd_flag(c, "recover") ? PLAIN_RECOVER : 0));
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cmd_error("the wizard needs a terminal; use 'evalwiz new', 'evalwiz set' and 'evalwiz check' "
		    "in scripts");
		return EX_USAGE;
	}
	if (path != NULL && stat(path, &st) == -1 && errno == ENOENT) {
		char answer[16];

		if (read_only) {
			cmd_error("%s does not exist", path);
			return EX_NOINPUT;
		}
		if (!cmd_flag(c, "yes")) {
			fprintf(stderr, "evalwiz: %s does not exist; create a new plan there? [Y/n] ", path);
			fflush(stderr);
			if (fgets(answer, sizeof answer, stdin) == NULL ||
			    (answer[0] != '\n' && answer[0] != 'y' && answer[0] != 'Y')) {
				fprintf(stderr, "evalwiz: nothing created\n");
				return 0;
			}
		}
		create = 1;
	}
	return tui_run(c->ctx, path, (read_only ? TUI_READ_ONLY : 0) | (create ? TUI_CREATE : 0) |
	    (cmd_flag(c, "recover") ? TUI_RECOVER : 0));
}
