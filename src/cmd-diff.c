/* cmd-diff.c: evalwiz diff OLD NEW: what changed between two plans, answer by
 * answer and in the pack's words.  Exits like diff(1): 0 same, 1 different,
 * 2 trouble. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DIFF_TROUBLE 2

static int cmd_diff_exec(struct cmd *);

static const struct cmd_option diff_options[] = {
	{ "format", 'f', "FORMAT", "text (the default), json or md (Markdown)", "text|json|md", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_diff_entry = {
	.name = "diff",
	.usage = "OLD NEW [--format text|json|md]",
	.summary = "show what changed between two versions of a plan",
	.help =
	    "Compares two plans answer by answer, step by step, using the questions of\n"
	    "the pack the new plan names (or --pack's): what was added, removed or\n"
	    "changed, with the old and the new text.  Lists and records are compared item\n"
	    "by item.  Answers the pack does not know are compared too.  The timestamps\n"
	    "in meta: are ignored.\n"
	    "Exit status: 0 no differences, 1 differences, 2 trouble (like diff(1)).\n",
	.options = diff_options,
	.min_args = 2, .max_args = 2, .too_few = "give two plans: the old one and the new one",
	.usage_status = DIFF_TROUBLE,
	.exec = cmd_diff_exec,
};

static struct value *
load(const char *path, struct value **pos)
{
	struct value *doc;
	char *cause = NULL;

	doc = yaml_load_file_any(path, &cause);
	if (doc == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return NULL;
	}
	*pos = value_positions(doc);
	return doc;
}

static int
cmd_diff_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format") != NULL ? cmd_opt(c, "format") : "text";
	struct value *od = NULL, *op = NULL, *nd = NULL, *np = NULL, *on = NULL, *nn = NULL, *fmt = NULL;
	struct value *res = NULL;
	int rc = 0;

	if ((od = load(c->argv[0], &op)) == NULL || (nd = load(c->argv[1], &np)) == NULL) {
		rc = DIFF_TROUBLE;
		goto out;
	}
	/* the pack the new plan names (or --pack's) */
	if (session_pack_for(c->ctx, nd, c->argv[1]) != 0) {
		rc = DIFF_TROUBLE;
		goto out;
	}
	on = value_strz(c->argv[0]);
	nn = value_strz(c->argv[1]);
	fmt = value_strz(format);
	if (ctx_call(c->ctx, "diff.run", &res, 7, od, op, on, nd, np, nn, fmt) != 0) {
		rc = DIFF_TROUBLE;
		goto out;
	}
	{
		const struct value *notes = value_get(res, "notes");
		size_t i;

		for (i = 0; i < value_count(notes); i++)
			fprintf(stderr, "evalwiz: %s\n", value_at(notes, i)->u.str.s);
	}
	if (strcmp(format, "json") == 0) {
		struct buf b;

		buf_init(&b);
		value_to_json(value_get(res, "data"), &b, 2);
		buf_addc(&b, '\n');
		fwrite(b.data, 1, b.len, stdout);
		buf_free(&b);
	} else {
		const struct value *t = value_get(res, "text");

		if (t != NULL && t->type == VAL_STR)
			fwrite(t->u.str.s, 1, t->u.str.len, stdout);
	}
	{
		const struct value *n = value_get(res, "count");

		rc = n != NULL && n->type == VAL_INT && n->u.i > 0 ? 1 : 0;
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		rc = errno == EPIPE ? rc : DIFF_TROUBLE;
out:
	value_free(od);
	value_free(op);
	value_free(nd);
	value_free(np);
	value_free(on);
	value_free(nn);
	value_free(fmt);
	value_free(res);
	return rc;
}
