/* cmd-fill.c: evalwiz fill PLAN --answers FILE: merge answers from a partial
 * plan, each checked against the pack; what is refused is reported with its
 * place in FILE and left out, what is accepted is saved under the lock. */
#include "config.h"

#include "cli.h"
#include "plan/yaml.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_fill_check(struct cmd *);
static int cmd_fill_exec(struct cmd *);
static void cmd_fill_done(struct cmd *);

static const struct cmd_option fill_options[] = {
	{ "answers", 'a', "FILE", "the file to take answers from", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_fill_entry = {
	.name = "fill",
	.usage = "PLAN --answers FILE.yaml",
	.summary = "merge answers from another file (a partial plan)",
	.help =
	    "Reads FILE.yaml, a plan or part of one with an answers: mapping\n"
	    "(step: {field: answer}), and copies each answer into PLAN after checking\n"
	    "it against the pack as 'evalwiz set' does, validators included (their\n"
	    "warnings are printed).  Each refused answer is reported\n"
	    "as FILE:LINE:COL: STEP.FIELD: why; the accepted ones are saved (atomically,\n"
	    "under the plan's lock) and the refused ones left out.  Empty answers in\n"
	    "FILE are skipped: fill never clears an answer.\n"
	    "Exit status: 0 all accepted, 1 some refused, 65 FILE cannot be read.\n",
	.options = fill_options,
	.min_args = 1, .max_args = 1,
	.too_few = "which plan file?", .too_many = "one plan at a time: %s is one too many",
	.needs = CMD_WRITE,
	.check = cmd_fill_check,
	.exec = cmd_fill_exec,
	.done = cmd_fill_done,
};

/* The answers file, read before the plan is locked. */
static int
cmd_fill_check(struct cmd *c)
{
	const char *file = cmd_opt(c, "answers");
	char *cause = NULL;

	if (file == NULL)
		return cmd_usage_error(c->entry, "where from? give --answers FILE.yaml");
	if ((c->data = yaml_load_file(file, &cause)) == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EX_DATAERR;
	}
	return 0;
}

static void
cmd_fill_done(struct cmd *c)
{
	value_free(c->data);
}

static int
cmd_fill_exec(struct cmd *c)
{
	const char *file = cmd_opt(c, "answers"), *plan = c->argv[0];
	struct value *doc = c->data, *pos, *name, *res = NULL;
	int rc;
	size_t i, nref;
	int64_t accepted;

	pos = value_positions(doc);
	name = value_strz(file);
	rc = ctx_call(c->ctx, "fill.run", &res, 3, doc, pos, name);
	value_free(pos);
	value_free(name);
	if (rc != 0) {
		value_free(res);
		return EX_DATAERR;
	}
	nref = value_count(value_get(res, "refused"));
	for (i = 0; i < nref; i++) {
		const struct value *r = value_at(value_get(res, "refused"), i);

		fprintf(stderr, "%s: %s: %s\n", value_get(r, "where")->u.str.s, value_get(r, "path")->u.str.s,
		    value_get(r, "message")->u.str.s);
	}
	for (i = 0; i < value_count(value_get(res, "warnings")); i++) {
		const struct value *w = value_at(value_get(res, "warnings"), i);

		fprintf(stderr, "%s: %s: warning: %s\n", value_get(w, "where")->u.str.s, value_get(w, "path")->u.str.s,
		    value_get(w, "message")->u.str.s);
	}
	accepted = value_get(res, "accepted") != NULL ? value_get(res, "accepted")->u.i : 0;
	value_free(res);
	/* the accepted answers are saved even when some were refused */
	if (accepted > 0) {
		session_changed(c->session, NULL);
		if ((rc = session_save_report(c->session)) != 0)
			return rc;
	}
	if (nref > 0)
		fprintf(stderr, "evalwiz: %s: took %lld %s from %s and refused %zu; only the accepted answers were saved\n",
		    plan, (long long)accepted, accepted == 1 ? "answer" : "answers", file, nref);
	else
		fprintf(stderr, "evalwiz: %s: took %lld %s from %s\n", plan, (long long)accepted,
		    accepted == 1 ? "answer" : "answers", file);
	return nref > 0 ? 1 : 0;
}
