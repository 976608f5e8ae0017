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

static int cmd_fill_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_fill_entry = {
	.name = "fill",
	.usage = "PLAN --answers FILE.yaml",
	.summary = "merge answers from another file (a partial plan)",
	.help =
	    "Reads FILE.yaml, a plan or part of one with an answers: mapping\n"
	    "(step: {field: answer}), and copies each answer into PLAN after checking\n"
	    "it against the pack as 'evalwiz set' does.  Each refused answer is reported\n"
	    "as FILE:LINE:COL: STEP.FIELD: why; the accepted ones are saved (atomically,\n"
	    "under the plan's lock) and the refused ones left out.  Empty answers in\n"
	    "FILE are skipped: fill never clears an answer.\n"
	    "Exit status: 0 all accepted, 1 some refused, 65 FILE cannot be read.\n"
	    "\n"
	    "  -a, --answers FILE   the file to take answers from\n"
	    "  -h, --help           show this help\n",
	.exec = cmd_fill_exec,
};

static int
cmd_fill_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "answers", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *file = NULL, *plan;
	struct session *s = NULL;
	struct value *doc = NULL, *pos = NULL, *name = NULL, *res = NULL;
	char *cause = NULL;
	int c, rc = 0;
	size_t i, nref;
	int64_t accepted;

	optind = 1;
	while ((c = cmd_getopt(&cmd_fill_entry, argc, argv, "a:h", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 'a')
			file = optarg;
	}
	if (optind >= argc)
		return cmd_usage_error(&cmd_fill_entry, "which plan file?");
	if (file == NULL)
		return cmd_usage_error(&cmd_fill_entry, "where from? give --answers FILE.yaml");
	if (argc - optind > 1)
		return cmd_usage_error(&cmd_fill_entry, "one plan at a time: %s is one too many", argv[optind + 1]);
	plan = argv[optind];
	doc = yaml_load_file(file, &cause);
	if (doc == NULL) {
		cmd_error("%s", cause);
		free(cause);
		return EX_DATAERR;
	}
	if ((rc = session_open(ctx, plan, &(struct session_opts){ .flags = SESSION_WRITE }, &s)) != 0)
		goto out;
	pos = value_positions(doc);
	name = value_strz(file);
	if (ctx_call(ctx, "fill.run", &res, 3, doc, pos, name) != 0) {
		rc = EX_DATAERR;
		goto close;
	}
	nref = value_count(value_get(res, "refused"));
	for (i = 0; i < nref; i++) {
		const struct value *r = value_at(value_get(res, "refused"), i);

		fprintf(stderr, "%s: %s: %s\n", value_get(r, "where")->u.str.s, value_get(r, "path")->u.str.s,
		    value_get(r, "message")->u.str.s);
	}
	accepted = value_get(res, "accepted") != NULL ? value_get(res, "accepted")->u.i : 0;
	if (accepted > 0) {
		session_changed(s, NULL);
		if ((rc = session_save_report(s)) != 0)
			goto close;
	}
	if (nref > 0)
		fprintf(stderr, "evalwiz: %s: took %lld %s from %s and refused %zu; only the accepted answers were saved\n",
		    plan, (long long)accepted, accepted == 1 ? "answer" : "answers", file, nref);
	else
		fprintf(stderr, "evalwiz: %s: took %lld %s from %s\n", plan, (long long)accepted,
		    accepted == 1 ? "answer" : "answers", file);
	rc = nref > 0 ? 1 : 0;
close:
	session_close(s);
out:
	value_free(doc);
	value_free(pos);
	value_free(name);
	value_free(res);
	return rc;
}
