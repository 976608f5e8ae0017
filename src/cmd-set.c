/* cmd-set.c: evalwiz set PLAN STEP.FIELD=VALUE...: set answers, checked
 * against the pack; all or nothing, saved atomically under the plan's lock. */
#include "config.h"

#include "cli.h"
#include "plan/yaml.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_set_check(struct cmd *);
static int cmd_set_exec(struct cmd *);
static void cmd_set_done(struct cmd *);

static const struct cmd_option set_options[] = {
	{ "file", 'f', "STEP.FIELD=PATH", "read the value from a file ('-' for standard input)", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_set_entry = {
	.name = "set",
	.usage = "PLAN STEP.FIELD=VALUE... [--file STEP.FIELD=PATH]...",
	.summary = "set answers from the command line",
	.help =
	    "Sets each answer after checking it against the field: a number field takes\n"
	    "a number, a choice one of its options, a yes/no field yes or no, a date\n"
	    "YYYY-MM-DD.  List and records fields take YAML flow syntax, for example\n"
	    "  'step.list_field=[two practitioners, a venue]'.\n"
	    "An empty VALUE clears the answer.  Then the pack's validators run on the new\n"
	    "answers: an error refuses them, a warning is printed.  If any value is refused\n"
	    "nothing is saved.  An empty item in a list (null, ~ or \"\") is refused.\n"
	    "The plan is saved atomically, under its lock; the rest of it is kept as it was.\n",
	.after = "Exit status: 0 set, 64 usage, 65 a value refused (nothing saved), 66 no such\n"
	    "plan or file, 69 its step pack is not installed, 73 cannot save, 75 someone else\n"
	    "is editing the plan.\n",
	.options = set_options,
	.min_args = 1, .max_args = -1, .too_few = "which plan file?",
	.needs = CMD_WRITE,
	.check = cmd_set_check,
	.exec = cmd_set_exec,
	.done = cmd_set_done,
};

struct assignment {
	char *path;
	char *text;
};

/* The answers to set, from the arguments and --file, in c->data. */
struct assignments {
	struct assignment *as;
	size_t n;
};

static int
apply(struct ctx *ctx, const struct assignment *a)
{
	struct value *path = value_strz(a->path), *raw = value_strz(a->text), *parsed = NULL, *count;
	char *cause = NULL;
	size_t len = strlen(a->text), bad = utf8_check(a->text, len);
	int rc;

	if (bad < len) {
		cmd_error("%s: the value is not valid UTF-8 text (byte %zu)", a->path, bad + 1);
		value_free(path);
		value_free(raw);
		return EX_DATAERR;
	}
	/* The same text read as YAML, for list and records fields. */
	parsed = yaml_parse(a->text, strlen(a->text), "value", &cause);
	free(cause);
	count = value_int(parsed != NULL && parsed->type == VAL_SEQ ? (int64_t)value_count(parsed) : 0);
	rc = ctx_call(ctx, "core.set", NULL, 4, path, raw, parsed != NULL ? parsed : raw, count);
	value_free(path);
	value_free(raw);
	value_free(parsed);
	value_free(count);
	return rc;
}

/* Runs the pack's validators on the answers just set: errors are printed
 * and refuse the lot (EX_DATAERR), warnings are printed.  Returns 0 or an
 * exit code. */
static int
validate(struct ctx *ctx, const struct assignment *as, size_t nas)
{
	struct value *paths = value_new(VAL_SEQ), *res = NULL;
	const struct value *errors, *warnings;
	size_t i;
	int rc;

	for (i = 0; i < nas; i++)
		value_push(paths, value_strz(as[i].path));
	rc = ctx_call(ctx, "core.validate", &res, 1, paths);
	value_free(paths);
	if (rc != 0)
		return rc;
	errors = value_get(res, "errors");
	warnings = value_get(res, "warnings");
	for (i = 0; i < value_count(errors); i++)
		cmd_error("%s: %s", value_get(value_at(errors, i), "path")->u.str.s,
		    value_get(value_at(errors, i), "message")->u.str.s);
	for (i = 0; i < value_count(warnings); i++)
		cmd_error("%s: warning: %s", value_get(value_at(warnings, i), "path")->u.str.s,
		    value_get(value_at(warnings, i), "message")->u.str.s);
	rc = value_count(errors) > 0 ? EX_DATAERR : 0;
	value_free(res);
	return rc;
}

static char *
read_value_file(const char *file, char **cause)
{
	size_t len;
	char *text;

	if (strcmp(file, "-") == 0) {
		struct buf b;
		char chunk[4096];
		size_t n;

		buf_init(&b);
		while ((n = fread(chunk, 1, sizeof chunk, stdin)) > 0) {
			buf_add(&b, chunk, n);
			if (b.len > 4u << 20) {
				*cause = xasprintf("standard input is too large (over 4 MB) for one answer");
				buf_free(&b);
				return NULL;
			}
		}
		if (ferror(stdin)) {
			*cause = xasprintf("cannot read standard input: %s", strerror(errno));
			buf_free(&b);
			return NULL;
		}
		text = buf_steal(&b, &len);
		file = "standard input";
	} else
		text = read_file_any(file, 4u << 20, &len, cause);
	if (text != NULL && memchr(text, '\0', len) != NULL) {
		*cause = xasprintf("%s contains a NUL byte; it is not a text file", file);
		free(text);
		return NULL;
	}
	return text;
}

static int
split_assignment(const char *arg, struct assignment *a)
{
	const char *eq = strchr(arg, '=');

	if (eq == NULL || eq == arg)
		return -1;
	a->path = xstrndup(arg, (size_t)(eq - arg));
	a->text = xstrdup(eq + 1);
	return 0;
}

static void
add(struct assignments *all, struct assignment a)
{
	all->as = xrealloc(all->as, (all->n + 1) * sizeof *all->as);
	all->as[all->n++] = a;
}

/* Every assignment read (the files too) before the plan is locked. */
static int
cmd_set_check(struct cmd *c)
{
	struct assignments *all = xcalloc(1, sizeof *all);
	char *cause = NULL;
	size_t i;
	int k;

	c->data = all;
	for (i = 0; i < cmd_opt_count(c, "file"); i++) {
		const char *arg = cmd_opt_at(c, "file", i);
		struct assignment a;
		char *text;

		if (split_assignment(arg, &a) == -1)
			return cmd_usage_error(c->entry, "--file takes STEP.FIELD=PATH, not %s", arg);
		text = read_value_file(a.text, &cause);
		if (text == NULL) {
			cmd_error("%s", cause);
			free(cause);
			free(a.path);
			free(a.text);
			return EX_NOINPUT;
		}
		free(a.text);
		a.text = text;
		add(all, a);
	}
	for (k = 1; k < c->argc; k++) {
		struct assignment a;

		if (split_assignment(c->argv[k], &a) == -1)
			return cmd_usage_error(c->entry, "%s is not STEP.FIELD=VALUE", c->argv[k]);
		add(all, a);
	}
	if (all->n == 0)
		return cmd_usage_error(c->entry, "nothing to set: give STEP.FIELD=VALUE");
	return 0;
}

static int
cmd_set_exec(struct cmd *c)
{
	struct assignments *all = c->data;
	size_t i;
	int rc = 0;

	for (i = 0; rc == 0 && i < all->n; i++)
		rc = apply(c->ctx, &all->as[i]);
	/* the validators see every new answer, so the order of the
	 * assignments does not matter */
	if (rc == 0)
		rc = validate(c->ctx, all->as, all->n);
	if (rc == 0)
		session_changed(c->session, NULL);
	else if (rc == EX_DATAERR && i > 0)
		fprintf(stderr, "evalwiz: nothing was saved; %s is unchanged\n", c->argv[0]);
	return rc;
}

static void
cmd_set_done(struct cmd *c)
{
	struct assignments *all = c->data;
	size_t i;

	if (all == NULL)
		return;
	for (i = 0; i < all->n; i++) {
		free(all->as[i].path);
		free(all->as[i].text);
	}
	free(all->as);
	free(all);
}
