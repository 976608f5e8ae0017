/* cmd-export.c: evalwiz export PLAN...: many plans' answers at once, as JSON
 * or CSV, for batch work (lua/evalwiz/scripting.lua). */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "textout.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_export_exec(struct cmd *);

static const struct cmd_option export_options[] = {
	{ "format", 'f', "FORMAT", "json (the default) or csv", "json|csv", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_export_entry = {
	.name = "export",
	.usage = "PLAN... [--format json|csv]",
	.summary = "every answer of many plans, as JSON or CSV",
	.help =
	    "Reads every plan and writes their answers to standard output in one go.\n"
	    "json: a list with one object per plan, as 'evalwiz get PLAN --format json'\n"
	    "gives it: for each question its label, type, value (as stored or computed;\n"
	    "null when there is none), shown (as a person sees it) and visible.\n"
	    "csv: a header (plan, pack, version, title, then every question's STEP.FIELD),\n"
	    "then a row per plan: option values rather than labels, numbers unrounded,\n"
	    "lists joined with \"; \", a table's rows as JSON.  A CSV holds plans of one pack.\n"
	    "A plan that cannot be read is reported and left out; the others are written.\n",
	.after = "Exit status: 0 every plan written, 64 usage, 65 some plans left out.\n",
	.options = export_options,
	.min_args = 1, .max_args = -1, .too_few = "give the plan files to export",
	.exec = cmd_export_exec,
};

/* The id of the pack the open plan was read with, for the CSV's one-pack
 * rule; NULL (said why) when the plan names another pack or a newer
 * version of it, whose answers that pack cannot read. */
static char *
open_pack_id(struct ctx *ctx, const char *plan)
{
	struct value *res = NULL;
	const struct value *refuse;
	char *id = NULL;

	if (ctx_call(ctx, "core.pack_version", &res, 0) == 0) {
		if ((refuse = value_get(res, "refuse")) != NULL && refuse->type == VAL_STR)
			cmd_error("%s: left out: %s", plan, refuse->u.str.s);
		else
			id = xstrdup(value_get(res, "id")->u.str.s);
	}
	value_free(res);
	return id;
}

static int
cmd_export_exec(struct cmd *c)
{
	struct ctx *ctx = c->ctx;
	const char *format = cmd_opt(c, "format");
	struct value *list = value_new(VAL_SEQ), *none = value_new(VAL_SEQ), *res;
	char *pack_id = NULL;
	int rc = 0, csv, failed = 0, i;

	csv = format != NULL && strcmp(format, "csv") == 0;
	for (i = 0; i < c->argc; i++) {
		struct session_opts o = { .flags = 0 };
		struct session *s = NULL;
		struct value *name;
		char *id;

		res = NULL;
		/* the first plan's pack (or --pack's) reads them all */
		if (session_open(ctx, c->argv[i], &o, &s) != 0) {	/* it said why */
			failed++;
			continue;
		}
		session_close(s);
		if ((id = open_pack_id(ctx, c->argv[i])) == NULL) {
			failed++;
			continue;
		}
		if (csv && pack_id != NULL && strcmp(id, pack_id) != 0) {
			cmd_error("%s: left out: it follows the pack %s, and a CSV holds plans of one pack (%s)", c->argv[i],
			    id, pack_id);
			free(id);
			failed++;
			continue;
		}
		if (csv && pack_id == NULL) {
			pack_id = id;
			id = NULL;
			if (ctx_call(ctx, "scripting.csv_header", &res, 0) != 0) {
				rc = EX_SOFTWARE;
				goto out;
			}
			textout_data(res->u.str.s, strlen(res->u.str.s));
			value_free(res);
			res = NULL;
		}
		free(id);
		name = value_strz(c->argv[i]);
		if (csv) {
			if (ctx_call(ctx, "scripting.csv_row", &res, 1, name) == 0)
				textout_data(res->u.str.s, strlen(res->u.str.s));
			else
				failed++;
		} else if (ctx_call(ctx, "scripting.values", &res, 1, none) == 0) {
			struct value *item = value_new(VAL_MAP), *fields = value_copy(value_get(res, "fields"));
			size_t k;

			for (k = 0; k < value_count(fields); k++)
				if (value_get(fields->u.list.items[2 * k + 1], "value") == NULL)
					value_set(fields->u.list.items[2 * k + 1], "value", value_new(VAL_NIL));
			value_set(item, "plan", value_strz(c->argv[i]));
			value_set(item, "pack", value_copy(value_get(res, "pack")));
			value_set(item, "title", value_copy(value_get(res, "title")));
			value_set(item, "fields", fields);
			value_push(list, item);
		} else
			failed++;
		value_free(name);
		value_free(res);
	}
	if (!csv) {
		struct buf b;

		buf_init(&b);
		value_to_json(list, &b, 2);
		puts(b.data);
		buf_free(&b);
	}
	if (failed > 0)
		cmd_error("%d of %d plans left out", failed, c->argc);
	rc = cmd_finish(failed > 0 ? EX_DATAERR : 0);
out:
	free(pack_id);
	value_free(list);
	value_free(none);
	return rc;
}
