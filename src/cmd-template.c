/* cmd-template.c: evalwiz template lint DIR: check a folder of document
 * templates against the pack they are for (lua/evalwiz/templatelint.lua). */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "plan/yaml.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmd_template_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_template_entry = {
	.name = "template",
	.usage = "lint DIR",
	.summary = "check a folder of document templates",
	.help =
	    "template lint DIR\n"
	    "    Checks every template in DIR (NAME.yaml) and its partials/ the way a\n"
	    "    careful reviewer would: each loads and compiles; its pack: names an\n"
	    "    installed pack; every name an expression reads is defined and every\n"
	    "    \"step.field\" it names is a question of that pack (with the one meant\n"
	    "    when a name is close); and it renders, in every format it makes, on an\n"
	    "    empty plan and on the pack's demo plans.  Templates without pack: are\n"
	    "    checked against --pack (the default pack without it).  One line per\n"
	    "    problem, FILE:LINE:COL: message.\n"
	    "\n"
	    "  -h, --help   show this help\n"
	    "\n"
	    "Exit status: 0 no problems, 1 problems found, 64 usage, 66 no such folder.\n",
	.exec = cmd_template_exec,
};

static int
template_lint(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct value *dirv, *shipped, *bases, *demo, *res = NULL, *files = NULL;
	char *path, *cause = NULL;
	const char *dir;
	struct stat st;
	size_t i, n = 0;
	int c, rc = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_template_entry, argc, argv, "h", opts, &rc)) != -1)
		if (c == 'h' || c == '?')
			return rc;
	if (argc - optind != 1)
		return cmd_usage_error(&cmd_template_entry, "template lint takes one folder");
	dir = argv[optind];
	if (stat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		cmd_error("%s is not a folder; give the folder that holds the templates", dir);
		return EX_NOINPUT;
	}
	if ((rc = ctx_load_pack(ctx)) != 0)
		return rc;
	script_allow_root(ctx->S, dir);
	bases = ctx_pack_bases(ctx->S);
	/* Without the shipped demo plan, templates are tried on an empty plan only. */
	path = path_join(datadir_get(), "examples/demo-plan.yaml");
	demo = yaml_load_file(path, &cause);
	free(path);
	free(cause);
	if (demo == NULL)
		demo = value_new(VAL_NIL);
	path = path_join(datadir_get(), "templates");
	shipped = value_strz(path);
	free(path);
	dirv = value_strz(dir);
	/* one call a template, then one for the partials: each with a budget
	 * of its own, so that a runaway template stops only its own check */
	rc = ctx_call(ctx, "templatelint.files", &files, 1, dirv);
	if (rc == 0 && value_count(files) == 0) {
		printf("%s: there are no templates here (files named NAME.yaml)\n", dir);
		n++;
	}
	for (i = 0; rc == 0 && i <= value_count(files); i++) {
		struct value *file = i < value_count(files) ? value_copy(value_at(files, i)) : value_new(VAL_NIL);
		size_t j;

		rc = ctx_call(ctx, "templatelint.file", &res, 6, dirv, dirv, file, shipped, bases, demo);
		value_free(file);
		for (j = 0; rc == 0 && j < value_count(res); j++) {
			const struct value *p = value_at(res, j);

			printf("%s: %s\n", value_get(p, "where")->u.str.s, value_get(p, "message")->u.str.s);
			n++;
		}
		value_free(res);
		res = NULL;
	}
	value_free(dirv);
	value_free(shipped);
	value_free(bases);
	value_free(demo);
	value_free(files);
	if (rc != 0)
		return EX_SOFTWARE;
	if (n > 0)
		fprintf(stderr, "evalwiz: %s: %zu %s\n", dir, n, n == 1 ? "problem" : "problems");
	return cmd_finish(n > 0 ? 1 : 0);
}

static int
cmd_template_exec(struct ctx *ctx, int argc, char **argv)
{
	if (argc >= 2 && strcmp(argv[1], "lint") == 0)
		return template_lint(ctx, argc - 1, argv + 1);
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return cmd_help(&cmd_template_entry);
	return cmd_usage_error(&cmd_template_entry, argc < 2 ? "template what? lint" : "unknown template command %s",
	    argc < 2 ? "" : argv[1]);
}
