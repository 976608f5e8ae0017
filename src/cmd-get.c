/* cmd-get.c: evalwiz get PLAN STEP.FIELD: print one answer. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_get_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_get_entry = {
	.name = "get",
	.usage = "PLAN STEP.FIELD",
	.summary = "print one answer",
	.help =
	    "Prints the answer to STEP.FIELD: text as it is, lists and records as YAML.\n"
	    "Exits 1, printing nothing, when the question is not answered yet.\n"
	    "Computed fields print their current value.\n"
	    "\n"
	    "  -h, --help   show this help\n",
	.exec = cmd_get_exec,
};

static int
cmd_get_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct value *path, *res = NULL, *v;
	char tmp[64], *cause;
	int c, rc = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_get_entry, argc, argv, "h", opts, &rc)) != -1)
		if (c == 'h' || c == '?')
			return rc;
	if (argc - optind != 2)
		return cmd_usage_error(&cmd_get_entry, "give a plan file and one STEP.FIELD");
	if ((rc = session_read(ctx, argv[optind])) != 0)
		return rc;
	path = value_strz(argv[optind + 1]);
	rc = ctx_call(ctx, "core.get", &res, 1, path);
	value_free(path);
	if (rc != 0)
		return EX_USAGE;
	v = value_get(res, "value");
	if (v == NULL || v->type == VAL_NIL || (v->type == VAL_STR && v->u.str.len == 0)) {
		cmd_error("%s: not answered yet", argv[optind + 1]);
		value_free(res);
		return 1;
	}
	if (v->type == VAL_SEQ || v->type == VAL_MAP) {
		size_t len;
		char *text = yaml_emit(v, &len, &cause);

		if (text == NULL) {
			cmd_error("%s", cause);
			free(cause);
			value_free(res);
			return EX_SOFTWARE;
		}
		fwrite(text, 1, len, stdout);
		free(text);
	} else {
		const char *s = value_string(v, tmp, sizeof tmp);

		if (v->type == VAL_BOOL)
			s = v->u.b ? "yes" : "no";
		fputs(s, stdout);
		if (*s != '\0' && s[strlen(s) - 1] != '\n')
			putchar('\n');
	}
	value_free(res);
	return 0;
}
