/* cmd-check.c: evalwiz check PLAN: validate a plan against its pack. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_check_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_check_entry = {
	.name = "check",
	.usage = "PLAN [--strict] [--format text|json]",
	.summary = "check a plan against its step pack",
	.help =
	    "Prints one line per problem: PLAN:LINE:COL: STEP.FIELD: message.\n"
	    "Unanswered questions are listed as missing; they fail the check only with --strict.\n"
	    "Then the checks the pack declares, a heading for each group: for the default pack\n"
	    "the plan health check, EIF's six common evaluation pitfalls, and the consistency\n"
	    "checks, answers in different steps that must agree; each pass, warn or n/a with\n"
	    "the reason (health checks are advice: they never change the exit status; a\n"
	    "consistency check that fails is a problem of the question it reads).\n"
	    "\n"
	    "  -s, --strict          missing answers are errors too\n"
	    "  -f, --format FORMAT   text (the default) or json\n"
	    "  -h, --help            show this help\n"
	    "\n"
	    "Exit status: 0 valid, 1 problems found, 65 not a readable plan, 66 no such file.\n",
	.exec = cmd_check_exec,
};

static int
cmd_check_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "strict", no_argument, NULL, 's' },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text", *plan;
	struct value *res = NULL, *problems, *health = NULL;
	int c, rc = 0, strict = 0, json;
	long errors, missing;
	size_t i;

	optind = 1;
	while ((c = cmd_getopt(&cmd_check_entry, argc, argv, "sf:h", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 's')
			strict = 1;
		else if (c == 'f')
			format = optarg;
	}
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
		return cmd_usage_error(&cmd_check_entry, "unknown format %s: use text or json", format);
	json = strcmp(format, "json") == 0;
	if (argc - optind != 1)
		return cmd_usage_error(&cmd_check_entry, "give one plan file");
	plan = argv[optind];
	if ((rc = session_read(ctx, plan)) != 0)
		return rc;
	if (ctx_call(ctx, "core.check", &res, 0) != 0)
		return EX_SOFTWARE;
	/* The pack's checks as a report: if it fails, the check itself still
	 * stands (core.check has their problems already). */
	if (ctx_call(ctx, "core.checks", &health, 0) != 0)
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
