/* cmd-steps.c: evalwiz steps: list the pack's steps and fields. */
#include "config.h"

#include "cli.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_steps_exec(struct cmd *);

static const struct cmd_option steps_options[] = {
	{ "format", 'f', "FORMAT", "text (the default), yaml or json", "text|yaml|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_steps_entry = {
	.name = "steps",
	.usage = "[--format text|yaml|json]",
	.summary = "list the step pack's steps and questions",
	.help =
	    "Lists the steps of the pack and, under each, its fields: id, type and label.\n"
	    "The JSON form is {\"pack\": {...}, \"steps\": [{\"id\", \"number\", \"title\",\n"
	    "\"fields\": [{\"id\", \"type\", \"label\", \"help\", \"required\", \"conditional\",\n"
	    "\"options\"}]}]}; conditional is true when the field has a when condition.\n"
	    "A number field also has min, max, unit and integer (true for whole numbers)\n"
	    "when the pack gives them.\n",
	.options = steps_options,
	.min_args = 0, .max_args = 0, .too_many = "unexpected argument %s",
	.needs = CMD_PACK,
	.exec = cmd_steps_exec,
};

static int
cmd_steps_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format") != NULL ? cmd_opt(c, "format") : "text";
	struct value *d = NULL, *steps;
	size_t i, j;

	if (ctx_call(c->ctx, "core.describe", &d, 0) != 0)
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
