/* cmd-check.c: evalwiz check PLAN: validate a plan against its pack. */
#include "config.h"

#include "cli.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_check_exec(struct cmd *);

static const struct cmd_option check_options[] = {
	{ "strict", 's', NULL, "missing answers are errors too", NULL, 0, 0 },
	{ "format", 'f', "FORMAT", "text (the default) or json", "text|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.usage = "PLAN [--strict] [--format text|json]",
	.summary = "check a plan against its step pack",
	.help =
	    "Prints one line per problem: PLAN:LINE:COL: STEP.FIELD: message.  Unanswered\n"
	    "questions are listed as missing; they fail the check only with --strict.\n"
	    "Then the checks the pack declares, a heading for each group: for the default\n"
	    "pack the plan health check, EIF's six common evaluation pitfalls, and the\n"
	    "consistency checks, answers in different steps that must agree; each pass,\n"
	    "warn or n/a with the reason (health checks are advice: they never change the\n"
	    "exit status; a consistency check that fails is a problem of the question it\n"
	    "reads).  The plan is checked against the step pack it names (see evalwiz packs).\n",
	.after = "Exit status: 0 valid, 1 problems found, 65 not a readable plan, 66 no such file,\n"
	    "69 its step pack is not installed.\n",
	.options = check_options,
	.min_args = 1, .max_args = 1, .too_few = "give one plan file",
	.needs = CMD_PLAN,
	.exec = cmd_check_exec,
};

static int
cmd_check_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format"), *plan = c->argv[0];
	struct value *res = NULL, *problems, *health = NULL;
	int rc = 0, strict = cmd_flag(c, "strict"), json;
	long errors, missing;
	size_t i;

	json = format != NULL && strcmp(format, "json") == 0;
	if (ctx_call(c->ctx, "core.check", &res, 0) != 0)
		return EX_SOFTWARE;
	/* The pack's checks as a report: if it fails, the check itself still
	 * stands (core.check has their problems already). */
	if (ctx_call(c->ctx, "core.checks", &health, 0) != 0)
		health = NULL;
	problems = value_get(res, "problems");
	errors = value_get(res, "errors")->u.i;
	missing = value_get(res, "missing")->u.i;
	rc = errors > 0 || (strict && missing > 0) ? 1 : 0;
	if (json) {
		struct value *out = value_new(VAL_MAP), *list = value_new(VAL_SEQ);
		struct buf b;

		for (i = 0; i < value_count(problems); i++) {
			struct value *p = value_at(problems, i), *item = value_new(VAL_MAP);
			struct value *where = value_get(p, "where");
			const char *kind = value_get(p, "kind")->u.str.s;

			value_set(item, "path", value_copy(value_get(p, "path")));
			if (where != NULL && where->type == VAL_STR) {
				char *end;
				unsigned long line = strtoul(where->u.str.s, &end, 10), col = 0;

				if (*end == ':')
					col = strtoul(end + 1, NULL, 10);
				value_set(item, "line", value_int((int64_t)line));
				value_set(item, "column", value_int((int64_t)col));
			}
			value_set(item, "kind", value_strz(kind));
			value_set(item, "message", value_copy(value_get(p, "message")));
			value_push(list, item);
		}
		value_set(out, "plan", value_strz(plan));
		value_set(out, "valid", value_bool(rc == 0));
		value_set(out, "strict", value_bool(strict));
		value_set(out, "errors", value_int(errors));
		value_set(out, "missing", value_int(missing));
		value_set(out, "problems", list);
		if (health != NULL) {
			value_set(out, "health", value_copy(value_get(health, "health")));
			value_set(out, "checks", value_copy(value_get(health, "items")));
		}
		buf_init(&b);
		value_to_json(out, &b, 2);
		puts(b.data);
		buf_free(&b);
		value_free(out);
	} else {
		for (i = 0; i < value_count(problems); i++) {
			struct value *p = value_at(problems, i);
			struct value *where = value_get(p, "where");
			const char *kind = value_get(p, "kind")->u.str.s;
			const char *label = strcmp(kind, "missing") == 0 ? "missing: " :
			    strcmp(kind, "warning") == 0 ? "warning: " : "";

			if (where != NULL && where->type == VAL_STR)
				printf("%s:%s: ", plan, where->u.str.s);
			else
				printf("%s: ", plan);
			printf("%s: %s%s\n", value_get(p, "path")->u.str.s, label, value_get(p, "message")->u.str.s);
		}
		if (health != NULL && value_get(health, "text")->u.str.len > 0)
			printf("%s%s", value_count(problems) > 0 ? "\n" : "", value_get(health, "text")->u.str.s);
		if (rc == 0)
			fprintf(stderr, "evalwiz: %s is valid; %ld question%s not yet answered\n", plan,
			    missing, missing == 1 ? "" : "s");
		else
			fprintf(stderr, "evalwiz: %s: %ld problem%s, %ld question%s not yet answered\n", plan, errors,
			    errors == 1 ? "" : "s", missing, missing == 1 ? "" : "s");
	}
	value_free(res);
	value_free(health);
	return rc;
}
