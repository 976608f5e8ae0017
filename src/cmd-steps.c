/* cmd-steps.c: evalwiz steps: list the pack's steps and fields. */
#include "config.h"

#include "cli.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_steps_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_steps_entry = {
	.name = "steps",
	.usage = "[--format text|yaml|json]",
	.summary = "list the step pack's steps and questions",
	.help =
	    "Lists the steps of the pack and, under each, its fields: id, type and label.\n"
	    "The JSON form is {\"pack\": {...}, \"steps\": [{\"id\", \"number\", \"title\",\n"
	    "\"fields\": [{\"id\", \"type\", \"label\", \"help\", \"required\", \"conditional\",\n"
	    "\"options\"}]}]}; conditional is true when the field has a when condition.\n"
	    "\n"
	    "  -f, --format FORMAT   text (the default), yaml or json\n"
	    "  -h, --help            show this help\n",
	.exec = cmd_steps_exec,
};

static int
cmd_steps_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text";
	struct value *d = NULL, *steps;
	size_t i, j;
	int c, rc = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_steps_entry, argc, argv, "f:h", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 'f')
			format = optarg;
	}
	if (strcmp(format, "text") != 0 && strcmp(format, "yaml") != 0 && strcmp(format, "json") != 0)
		return cmd_usage_error(&cmd_steps_entry, "unknown format %s: use text, yaml or json", format);
	if (optind != argc)
		return cmd_usage_error(&cmd_steps_entry, "unexpected argument %s", argv[optind]);
	if ((rc = ctx_load_pack(ctx)) != 0)
		return rc;
	if (ctx_call(ctx, "core.describe", &d, 0) != 0)
		return EX_SOFTWARE;
	if (strcmp(format, "json") == 0) {
		struct buf b;

		buf_init(&b);
		value_to_json(d, &b, 2);
		puts(b.data);
		buf_free(&b);
	} else if (strcmp(format, "yaml") == 0) {
		char *cause, *text;
		size_t len;

		text = yaml_emit(d, &len, &cause);
		if (text == NULL) {
			cmd_error("%s", cause);
			free(cause);
			value_free(d);
			return EX_SOFTWARE;
		}
		fwrite(text, 1, len, stdout);
		free(text);
	} else {
		struct value *pack = value_get(d, "pack");
		char tmp[64];

		printf("%s (%s, version %s)\n", value_get(pack, "title")->u.str.s, value_get(pack, "id")->u.str.s,
		    value_string(value_get(pack, "version"), tmp, sizeof tmp));
		steps = value_get(d, "steps");
		for (i = 0; i < value_count(steps); i++) {
			struct value *s = value_at(steps, i), *fields = value_get(s, "fields");

			printf("\n%2s. %s [%s]\n", value_string(value_get(s, "number"), tmp, sizeof tmp),
			    value_get(s, "title")->u.str.s, value_get(s, "id")->u.str.s);
			for (j = 0; j < value_count(fields); j++) {
				struct value *f = value_at(fields, j);
				const char *type = value_get(f, "type")->u.str.s;

				if (strcmp(type, "note") == 0)
					continue;
				const struct value *hidden = value_get(f, "hidden");

				printf("    %-26s %-9s %s%s%s%s\n", value_get(f, "id")->u.str.s, type,
				    value_get(f, "label")->u.str.s,
				    value_get(f, "required")->u.b ? " (required)" : "",
				    value_get(f, "conditional")->u.b ? " (conditional)" : "",
				    hidden != NULL && hidden->type == VAL_BOOL && hidden->u.b ? " (hidden by the pack)" : "");
			}
		}
	}
	value_free(d);
	return 0;
}
