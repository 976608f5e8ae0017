/* cmd-get.c: evalwiz get PLAN [PATH...]: answers for people and scripts. */
#include "config.h"

#include "cli.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_get_exec(struct cmd *);

static const struct cmd_option get_options[] = {
	{ "format", 'f', "FORMAT", "text (the default), yaml or json", "text|yaml|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_get_entry = {
	.name = "get",
	.usage = "PLAN [STEP.FIELD | STEP]... [--format text|yaml|json]",
	.summary = "print answers",
	.help =
	    "With one STEP.FIELD: prints the answer, text as it is, lists and records as\n"
	    "YAML; exits 1, printing nothing, when the question is not answered yet.\n"
	    "Computed fields print their current value.\n"
	    "With several, with a STEP (all of its questions), or with none (the whole\n"
	    "plan): one line per question, STEP.FIELD: the answer as it is shown.\n"
	    "--format json (or yaml) gives, for each question, its label, type, value (as\n"
	    "stored, or computed, unrounded; null when there is none), shown (the text a\n"
	    "person sees: option labels, yes or no, numbers rounded as the wizard rounds\n"
	    "them, with their units) and visible (false when its condition hides it).\n"
	    "One process reads many answers: scripts need not call get once per field.\n",
	.after = "Exit status: 0, 1 one question not answered, 64 usage or no such question,\n"
	    "65 not a plan, 66 no such plan, 69 its step pack is not installed, 78 the\n"
	    "pack's code failed.\n",
	.options = get_options,
	.min_args = 1, .max_args = -1,
	.too_few = "give a plan file, then the questions (STEP.FIELD or STEP), or none for all",
	.needs = CMD_PLAN,
	.exec = cmd_get_exec,
};

/* The one-answer form, as get has always printed it. */
static int
get_one(struct ctx *ctx, const char *pathz)
{
	struct value *path, *res = NULL, *v;
	const struct value *failed;
	char tmp[64], *cause;
	int rc;

	path = value_strz(pathz);
	rc = ctx_call(ctx, "core.get", &res, 1, path);
	value_free(path);
	if (rc != 0)
		return EX_USAGE;
	if ((failed = value_get(res, "failed")) != NULL && failed->type == VAL_STR) {
		cmd_error("%s", failed->u.str.s);
		value_free(res);
		return EX_CONFIG;
	}
	v = value_get(res, "value");
	if (v == NULL || v->type == VAL_NIL || (v->type == VAL_STR && v->u.str.len == 0)) {
		cmd_error("%s: not answered yet", pathz);
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
		/* a string's every byte, a NUL in it too (shown as \x00 by the
		 * output filter), not only up to the first NUL */
		size_t n = v->type == VAL_STR ? v->u.str.len : strlen(s);

		if (v->type == VAL_BOOL) {
			s = v->u.b ? "yes" : "no";
			n = strlen(s);
		}
		fwrite(s, 1, n, stdout);
		if (n > 0 && s[n - 1] != '\n')
			putchar('\n');
	}
	value_free(res);
	return 0;
}

/* Every entry gets a value, null when it has none (Lua cannot hold nil in
 * a table), so that scripts find the key in every entry. */
static void
fill_nulls(struct value *fields)
{
	size_t i;

	for (i = 0; i < value_count(fields); i++) {
		struct value *e = fields->u.list.items[2 * i + 1];

		if (value_get(e, "value") == NULL)
			value_set(e, "value", value_new(VAL_NIL));
	}
}

/* Prints "PATH: shown" for each entry; lines after the first indented. */
static void
print_text(const struct value *fields)
{
	size_t i;

	for (i = 0; i < value_count(fields); i++) {
		const struct value *key = fields->u.list.items[2 * i], *e = fields->u.list.items[2 * i + 1];
		const struct value *shown = value_get(e, "shown"), *err = value_get(e, "error");
		const char *s = shown != NULL && shown->type == VAL_STR ? shown->u.str.s : "";
		size_t n = shown != NULL && shown->type == VAL_STR ? shown->u.str.len : 0, j;

		printf("%s:", key->u.str.s);
		if (err != NULL && err->type == VAL_STR)
			printf(" (cannot be worked out: %s)", err->u.str.s);
		else if (n > 0)
			putchar(' ');
		/* every byte, a NUL too (the output filter shows it as \x00) */
		for (j = 0; j < n; j++) {
			putchar(s[j]);
			if (s[j] == '\n' && j + 1 < n)
				fputs("  ", stdout);
		}
		putchar('\n');
	}
}

static int
cmd_get_exec(struct cmd *c)
{
	struct value *paths, *res = NULL, *fields;
	const char *format = cmd_opt(c, "format"), *plan = c->argv[0];
	int rc, i;

	if (format == NULL)
		format = "text";
	if (strcmp(format, "text") == 0 && c->argc == 2 && strchr(c->argv[1], '.') != NULL)
		return get_one(c->ctx, c->argv[1]);
	paths = value_new(VAL_SEQ);
	for (i = 1; i < c->argc; i++)
		value_push(paths, value_strz(c->argv[i]));
	rc = ctx_call(c->ctx, "scripting.values", &res, 1, paths);
	value_free(paths);
	if (rc != 0)
		return EX_USAGE;
	fields = value_get(res, "fields");
	fill_nulls(fields);
	if (strcmp(format, "text") == 0)
		print_text(fields);
	else {
		struct value *out = value_new(VAL_MAP);

		value_set(out, "plan", value_strz(plan));
		value_set(out, "pack", value_copy(value_get(res, "pack")));
		value_set(out, "title", value_copy(value_get(res, "title")));
		value_set(out, "fields", value_copy(fields));
		if (strcmp(format, "json") == 0) {
			struct buf b;

			buf_init(&b);
			value_to_json(out, &b, 2);
			puts(b.data);
			buf_free(&b);
		} else {
			size_t len;
			char *cause, *text = yaml_emit(out, &len, &cause);

			if (text == NULL) {
				cmd_error("%s", cause);
				free(cause);
				value_free(out);
				value_free(res);
				return EX_SOFTWARE;
			}
			fwrite(text, 1, len, stdout);
			free(text);
		}
		value_free(out);
	}
	value_free(res);
	return cmd_finish(0);
}
