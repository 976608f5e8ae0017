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

static int template_lint(struct cmd *);

static const struct cmd_entry cmd_template_lint_entry = {
	.name = "template lint",
	.usage = "DIR",
	.summary = "check a folder of document templates",
	.help =
	    "Checks every template in DIR (NAME.yaml) and its partials/ the way a\n"
	    "careful reviewer would: each loads and compiles; its pack: names an\n"
	    "installed pack; every name an expression reads is defined and every\n"
	    "\"step.field\" it names is a question of that pack (with the one meant\n"
	    "when a name is close); and it renders, in every format it makes, on an\n"
	    "empty plan and on the pack's demo plans.  Templates without pack: are\n"
	    "checked against --pack (the default pack without it).  One line per\n"
	    "problem, FILE:LINE:COL: message.\n",
	.after = "Exit status: 0 no problems, 1 problems found, 64 usage, 66 no such folder.\n",
	.min_args = 1, .max_args = 1, .too_few = "template lint takes one folder",
	.exec = template_lint,
};

static const struct cmd_entry *const template_subs[] = { &cmd_template_lint_entry, NULL };

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
	    "Each has its own --help (evalwiz template lint --help).\n",
	.after = "Exit status: 0 no problems, 1 problems found, 64 usage, 66 no such folder.\n",
	.subs = template_subs,
};

static int
template_lint(struct cmd *c)
{
	struct ctx *ctx = c->ctx;
	struct value *dirv, *shipped, *bases, *demo, *res = NULL, *files = NULL;
	char *path, *cause = NULL;
	const char *dir;
	struct stat st;
	size_t i, n = 0;
	int rc = 0;

	dir = c->argv[0];
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
