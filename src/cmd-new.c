/* cmd-new.c: evalwiz new PLAN [--title T]: create a plan for the current pack. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmd_new_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_new_entry = {
	.name = "new",
	.usage = "PLAN [--title TITLE]",
	.summary = "create a new plan file for the step pack",
	.help =
	    "Creates PLAN with the pack's name and version and an empty set of answers.\n"
	    "An existing file is never overwritten.\n"
	    "\n"
	    "  -t, --title TITLE   the plan's title (default: the file name)\n"
	    "  -h, --help          show this help\n",
	.exec = cmd_new_exec,
};

static int
cmd_new_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "title", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *title = NULL, *path;
	struct session *s = NULL;
	int c, rc = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_new_entry, argc, argv, "t:h", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 't')
			title = optarg;
	}
	if (optind + 1 != argc)
		return cmd_usage_error(&cmd_new_entry, optind == argc ? "which plan file should I create?" :
		    "give one plan file");
	path = argv[optind];
	rc = session_open(ctx, path, &(struct session_opts){ .flags = SESSION_CREATE, .title = title }, &s);
	if (rc == 0)
		fprintf(stderr, "evalwiz: created %s; open it with 'evalwiz %s'\n", path, path);
	session_close(s);
	return rc;
}
