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
#include <sys/stat.h>

static int cmd_set_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_set_entry = {
	.name = "set",
	.usage = "PLAN STEP.FIELD=VALUE... [--file STEP.FIELD=PATH]...",
	.summary = "set answers from the command line",
	.help =
	    "Sets each answer after checking it against the field: a number field takes\n"
	    "a number, a choice one of its options, a yes/no field yes or no, a date\n"
	    "YYYY-MM-DD.  List and records fields take YAML flow syntax, for example\n"
	    "  'logic_model.inputs=[two practitioners, a venue]'.\n"
	    "An empty VALUE clears the answer.  If any value is refused nothing is saved.\n"
	    "The plan is saved atomically; the rest of it is kept as it was.\n"
	    "\n"
	    "  -f, --file STEP.FIELD=PATH   read the value from a file ('-' for standard input)\n"
	    "  -h, --help                   show this help\n",
	.exec = cmd_set_exec,
};

struct assignment {
	char *path;
	char *text;
};

static int
apply(struct ctx *ctx, const struct assignment *a)
{
	struct value *path = value_strz(a->path), *raw = value_strz(a->text), *parsed = NULL;
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
	rc = ctx_call(ctx, "core.set", NULL, 3, path, raw, parsed != NULL ? parsed : raw);
	value_free(path);
	value_free(raw);
	value_free(parsed);
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
		text = read_file(file, 4u << 20, &len, cause);
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

static int
cmd_set_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "file", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct assignment *as = NULL;
	size_t nas = 0, i;
	struct session *s;
	const char *plan;
	char *cause = NULL;
	int c, rc = 0;

	optind = 1;
	while ((c = cmd_getopt(&cmd_set_entry, argc, argv, "f:h", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			goto out;
		if (c == 'f') {
			struct assignment a;
			char *text;

			if (split_assignment(optarg, &a) == -1) {
				rc = cmd_usage_error(&cmd_set_entry, "--file takes STEP.FIELD=PATH, not %s", optarg);
				goto out;
			}
			text = read_value_file(a.text, &cause);
			if (text == NULL) {
				cmd_error("%s", cause);
				free(cause);
				free(a.path);
				free(a.text);
				rc = EX_NOINPUT;
				goto out;
			}
			free(a.text);
			a.text = text;
			as = xrealloc(as, (nas + 1) * sizeof *as);
			as[nas++] = a;
		}
	}
	if (optind >= argc) {
		rc = cmd_usage_error(&cmd_set_entry, "which plan file?");
		goto out;
	}
	plan = argv[optind++];
	for (; optind < argc; optind++) {
		struct assignment a;

		if (split_assignment(argv[optind], &a) == -1) {
			rc = cmd_usage_error(&cmd_set_entry, "%s is not STEP.FIELD=VALUE", argv[optind]);
			goto out;
		}
		as = xrealloc(as, (nas + 1) * sizeof *as);
		as[nas++] = a;
	}
	if (nas == 0) {
		rc = cmd_usage_error(&cmd_set_entry, "nothing to set: give STEP.FIELD=VALUE");
		goto out;
	}
	if ((rc = session_open(ctx, plan, &(struct session_opts){ .flags = SESSION_WRITE }, &s)) != 0)
		goto out;
	for (i = 0; rc == 0 && i < nas; i++)
		rc = apply(ctx, &as[i]);
	if (rc == 0) {
		session_changed(s, NULL);
		rc = session_save_report(s);
	} else if (rc == EX_DATAERR && i > 0)
		fprintf(stderr, "evalwiz: nothing was saved; %s is unchanged\n", plan);
	session_close(s);
out:
	for (i = 0; i < nas; i++) {
		free(as[i].path);
		free(as[i].text);
	}
	free(as);
	return rc;
}
