/* cmd-wizard.c: evalwiz [PLAN]: the interactive wizard (the full-screen
 * front end lives in tui/); asks before creating a plan that does not exist. */
#include "config.h"

#include "cli.h"
#include "plain/plain.h"
#include "tui/tui.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmd_wizard_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_wizard_entry = {
	.name = "wizard",
	.usage = "[--read-only] [--recover] [PLAN]",
	.summary = "open the interactive wizard on PLAN (the start screen without one)",
	.help =
	    "Options:\n"
	    "      --read-only   look without changing anything\n"
	    "      --plain       ask the questions one at a time on standard input and output\n"
	    "                    (also chosen when TERM=dumb or standard input is not a terminal)\n"
	    "      --recover     restore the edits PLAN.recover holds without asking\n"
	    "  -y, --yes         create PLAN without asking when it does not exist\n"
	    "  -h, --help        show this help and exit\n"
	    "\n"
	    "Without PLAN, a start screen offers a new plan, an existing one, recent plans\n"
	    "and the demo plan; PLAN without an extension is PLAN.yaml.  The plan is saved\n"
	    "as you go and before exit, also when the connection drops, and opens again\n"
	    "where you left it.\n"
	    "\n"
	    "In the wizard, whatever you type answers the question with the focus: letters\n"
	    "and digits are never commands.  Commands are on F-keys and Ctrl-keys (F1 lists\n"
	    "them all; Ctrl-Z undoes, Ctrl-Q saves and quits, Ctrl-C asks first).\n",
	.exec = cmd_wizard_exec,
};

static int
cmd_wizard_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "read-only", no_argument, NULL, 'r' },
		{ "recover", no_argument, NULL, 'R' },
		{ "yes", no_argument, NULL, 'y' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *path = NULL;
	int c, rc = 0, read_only = 0, yes = 0, create = 0, recover = 0;
	struct stat st;
	char with_yaml[4096];

	for (c = 1; c < argc && strcmp(argv[c], "--") != 0; c++)
		if (strcmp(argv[c], "--help") == 0 || strcmp(argv[c], "-h") == 0)
			return cmd_help(&cmd_wizard_entry);
	/* Screen readers, dumb terminals and pipes get the line-by-line mode. */
	if (plain_wanted(argc, argv))
		return plain_main(ctx, argc, argv);
	optind = 1;
	while ((c = cmd_getopt(&cmd_wizard_entry, argc, argv, "hy", longopts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 'r')
			read_only = 1;
		else if (c == 'y')
			yes = 1;
		else if (c == 'R')
			recover = 1;
	}
	if (argc - optind > 1)
		return cmd_usage_error(&cmd_wizard_entry, "give one plan file");
	if (optind < argc)
		path = argv[optind];
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cmd_error("the wizard needs a terminal; use 'evalwiz new', 'evalwiz set' and 'evalwiz check' "
		    "in scripts");
		return EX_USAGE;
	}
	if (path != NULL && stat(path, &st) == -1 && errno == ENOENT) {
		const char *base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;

		/* a plan's name without its .yaml, as people type it: the plan
		 * with it, or a new plan with it added */
		if (strchr(base, '.') == NULL &&
		    snprintf(with_yaml, sizeof with_yaml, "%s.yaml", path) < (int)sizeof with_yaml)
			path = with_yaml;
	}
	if (path != NULL && stat(path, &st) == -1 && errno == ENOENT) {
		char answer[16];

		if (read_only) {
			cmd_error("%s does not exist", path);
			return EX_NOINPUT;
		}
		if (!yes) {
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
	return tui_run(ctx, path, (read_only ? TUI_READ_ONLY : 0) | (create ? TUI_CREATE : 0) |
	    (recover ? TUI_RECOVER : 0));
}
