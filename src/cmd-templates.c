/* cmd-templates.c: evalwiz templates: the document templates there are. */
#include "config.h"

#include "cli.h"
#include "export.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmd_templates_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_templates_entry = {
	.name = "templates",
	.usage = "",
	.summary = "list the document templates",
	.help =
	    "Lists the templates evalwiz render can use: the default ones and those in the\n"
	    "--templates folder (which replace a default of the same id), with what each makes.\n"
	    "\n"
	    "  -h, --help            show this help\n",
	.exec = cmd_templates_exec,
};

static const char *
templates_str(const struct value *m, const char *key)
{
	const struct value *v = value_get(m, key);

	return v != NULL && v->type == VAL_STR ? v->u.str.s : "";
}

static int
cmd_templates_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct value *dirs, *res = NULL;
	size_t i;
	int c, rc = 0;
	struct stat st;

	optind = 1;
	while ((c = cmd_getopt(&cmd_templates_entry, argc, argv, "h", opts, &rc)) != -1)
		if (c == 'h' || c == '?')
			return rc;
	if (optind != argc)
		return cmd_usage_error(&cmd_templates_entry, "this command takes no arguments");
	if (ctx->templates_dir != NULL) {
		if (stat(ctx->templates_dir, &st) == -1) {
			cmd_error("cannot use the template folder %s: %s", ctx->templates_dir, strerror(errno));
			return EX_NOINPUT;
		}
		if (!S_ISDIR(st.st_mode)) {
			cmd_error("cannot use the template folder %s: it is not a folder", ctx->templates_dir);
			return EX_NOINPUT;
		}
	}
	if ((rc = ctx_load_pack(ctx)) != 0)
		return rc;
	dirs = export_dirs(ctx);
	rc = ctx_call(ctx, "document.list", &res, 1, dirs);
	value_free(dirs);
	if (rc != 0)
		return rc;
	for (i = 0; i < value_count(res); i++) {
		const struct value *m = value_at(res, i);

		printf("%-12s %-9s %s\n", templates_str(m, "id"), templates_str(m, "kind"), templates_str(m, "title"));
		if (*templates_str(m, "description") != '\0')
			printf("%-22s %s\n", "", templates_str(m, "description"));
	}
	value_free(res);
	return cmd_finish(0);
}
