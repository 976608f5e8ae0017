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

static int cmd_diff_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_diff_entry = {
	.name = "diff",
	.usage = "OLD NEW [--format text|json|md]",
	.summary = "show what changed between two versions of a plan",
	.help =
	    "Compares two plans answer by answer, step by step, using the pack's\n"
	    "questions: what was added, removed or changed, with the old and the new\n"
	    "text.  Lists and records are compared item by item.  Answers the pack does\n"
	    "not know are compared too.  The timestamps in meta: are ignored.\n"
	    "Exit status: 0 no differences, 1 differences, 2 trouble (like diff(1)).\n"
	    "\n"
	    "  -f, --format FORMAT   text (the default), json or md (Markdown)\n"
	    "  -h, --help            show this help\n",
	.exec = cmd_diff_exec,
};

static struct value *
load(const char *path, struct value **pos)
{
	struct value *doc;
	char *cause = NULL;

	doc = yaml_load_file(path, &cause);
	if (doc == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return NULL;
	}
	*pos = value_positions(doc);
	return doc;
}

static int
cmd_diff_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text";
	struct value *od = NULL, *op = NULL, *nd = NULL, *np = NULL, *on = NULL, *nn = NULL, *fmt = NULL;
	struct value *res = NULL;
	int c, rc = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_diff_entry, argc, argv, "f:h", opts, &rc)) != -1) {
		if (c == 'h')
			return rc;
		if (c == '?')
			return DIFF_TROUBLE;
		if (c == 'f')
			format = optarg;
	}
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0 && strcmp(format, "md") != 0) {
		cmd_usage_error(&cmd_diff_entry, "unknown format %s: use text, json or md", format);
		return DIFF_TROUBLE;
	}
	if (argc - optind != 2) {
		cmd_usage_error(&cmd_diff_entry, "give two plans: the old one and the new one");
		return DIFF_TROUBLE;
	}
	if ((od = load(argv[optind], &op)) == NULL || (nd = load(argv[optind + 1], &np)) == NULL) {
		rc = DIFF_TROUBLE;
		goto out;
	}
	/* the pack the new plan names (or --pack's) */
	if (session_pack_for(ctx, nd, argv[optind + 1]) != 0) {
		rc = DIFF_TROUBLE;
		goto out;
	}
	on = value_strz(argv[optind]);
	nn = value_strz(argv[optind + 1]);
	fmt = value_strz(format);
	if (ctx_call(ctx, "diff.run", &res, 7, od, op, on, nd, np, nn, fmt) != 0) {
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
