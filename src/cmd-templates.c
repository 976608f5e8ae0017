/* cmd-templates.c: evalwiz templates: the document templates there are. */
#include "config.h"

#include "cli.h"
#include "export.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_templates_exec(struct cmd *);

const struct cmd_entry cmd_templates_entry = {
	.name = "templates",
	.usage = "",
	.summary = "list the document templates",
	.help =
	    "Lists the templates evalwiz render can use: the default ones and those in the\n"
	    "--templates folder (which replace a default of the same id), with what each\n"
	    "makes.\n",
	.min_args = 0, .max_args = 0, .too_many = "this command takes no arguments",
	.needs = CMD_PACK | CMD_TEMPLATES,
	.exec = cmd_templates_exec,
};

static const char *
templates_str(const struct value *m, const char *key)
{
	const struct value *v = value_get(m, key);

	return v != NULL && v->type == VAL_STR ? v->u.str.s : "";
}

static int
cmd_templates_exec(struct cmd *c)
{
	struct value *dirs, *res = NULL;
	size_t i;
	int rc;

	dirs = export_dirs(c->ctx);
	rc = ctx_call(c->ctx, "document.list", &res, 1, dirs);
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
