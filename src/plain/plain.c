/* plain.c: the line-by-line front end: prints what lua/evalwiz/plain.lua
 * says, reads a line, hands it back, and saves after every answer
 * (atomically, under the plan's lock).  No cursor movement, no colour. */
#include "config.h"

#include "cli.h"
#include "plain/plain.h"
#include "plan/lock.h"
#include "plan/recovery.h"
#include "recover.h"
#include "model.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int
plain_wanted(int argc, char **argv)
{
	const char *term = getenv("TERM");
	int i;

	for (i = 1; i < argc; i++)
		if (strcmp(argv[i], "--plain") == 0)
			return 1;
	return (term != NULL && strcmp(term, "dumb") == 0) || !isatty(STDIN_FILENO);
}

static const char *
str_of(const struct value *r, const char *key)
{
	const struct value *v = value_get(r, key);

	return v != NULL && v->type == VAL_STR ? v->u.str.s : "";
}

static int
flag_of(const struct value *r, const char *key)
{
	const struct value *v = value_get(r, key);

	return v != NULL && v->type == VAL_BOOL && v->u.b;
}

static int
take_lock(const char *plan)
{
	struct lock_owner owner;
	char *cause = NULL, *who;

	switch (lock_acquire(plan, &owner, &cause)) {
	case LOCK_HELD:
		who = lock_describe(&owner);
		cmd_error("%s is being edited by %s; open it with --read-only, or try again when they have finished",
		    plan, who);
		free(who);
		return EX_TEMPFAIL;
	case LOCK_ERROR:
		cmd_error("%s", cause);
		free(cause);
		return EX_CANTCREAT;
	case LOCK_TAKEN_OVER:
		who = lock_describe(&owner);
		fprintf(stderr, "evalwiz: note: took over the lock left by %s (that process has ended)\n", who);
		free(who);
		break;
	case LOCK_TAKEN:
		break;
	}
	return 0;
}

/* A plan that does not exist yet is created, titled after its file name. */
static int
create_plan(struct ctx *ctx, const char *path)
{
	struct value *title, *now;
	char *stamp = now_iso();
	int rc;

	if ((rc = ctx_load_pack(ctx)) != 0) {
		free(stamp);
		return rc;
	}
	title = value_strz(strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path);
	now = value_strz(stamp);
	free(stamp);
	rc = ctx_call(ctx, "core.new_plan", NULL, 2, title, now);
	value_free(title);
	value_free(now);
	if (rc == 0 && (rc = ctx_save_plan(ctx, path, 1)) == 0)
		printf("Created %s.\n", path);
	return rc;
}

/* Appends each answer the reply says changed to PLAN.recover (fsync'ed)
 * before the save, so a save that fails or a kill loses nothing. */
static void
journal(struct ctx *ctx, struct recovery *rec, const struct value *res)
{
	const struct value *changed = value_get(res, "changed");
	size_t i;

	for (i = 0; i < value_count(changed); i++) {
		const struct value *c = value_at(changed, i);
		struct value *a = value_strz(str_of(c, "step")), *b = value_strz(str_of(c, "field")), *box = NULL;
		char *cause = NULL;

		if (model_call(ctx->S, "ui.get_raw", &box, &cause, 2, a, b) == 0 &&
		    recovery_append(rec, str_of(c, "step"), str_of(c, "field"), value_get(box, "value"), &cause) == -1)
			fprintf(stderr, "evalwiz: warning: %s\n", cause);
		free(cause);
		value_free(box);
		value_free(a);
		value_free(b);
	}
}

static int
loop(struct ctx *ctx, const char *path, int read_only)
{
	struct recovery *rec = read_only ? NULL : recovery_open(path);
	struct value *res = NULL, *lv;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc, interactive = isatty(STDIN_FILENO);

	if ((rc = ctx_call(ctx, "plain.start", &res, 0)) != 0)
		return rc;
	for (;;) {
		fputs(str_of(res, "out"), stdout);
		if (rec != NULL)
			journal(ctx, rec, res);
		if (flag_of(res, "save") && !read_only) {
			if ((rc = ctx_save_plan(ctx, path, 0)) != 0) {
				fprintf(stderr, "evalwiz: your answers are kept in %s.recover; "
				    "open the plan again to restore them\n", path);
				break;
			}
			recovery_saved(rec);
		}
		if (flag_of(res, "quit"))
			break;
		fputs(str_of(res, "prompt"), stdout);
		fflush(stdout);
		if ((n = getline(&line, &cap, stdin)) == -1) {
			/* End of input: every answer is already saved. */
			if (interactive)
				fputc('\n', stdout);
			break;
		}
		if (n > 0 && line[n - 1] == '\n')
			line[--n] = '\0';
		/* A terminal echoes the line and its newline; from a pipe, end the
		 * prompt's line ourselves so that what follows starts a line. */
		if (!interactive)
			fputc('\n', stdout);
		value_free(res);
		res = NULL;
		lv = value_str(line, (size_t)n);
		rc = ctx_call(ctx, "plain.input", &res, 1, lv);
		value_free(lv);
		if (rc != 0)
			break;
	}
	if (read_only)
		printf("Read-only: nothing was saved.\n");
	/* every answer saved: the recovery file goes; else it keeps them */
	recovery_close(rec, rc == 0);
	free(line);
	value_free(res);
	return rc;
}

int
plain_main(struct ctx *ctx, int argc, char **argv)
{
	const char *path = NULL;
	struct stat st;
	int i, rc, read_only = 0, recover = 0;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--plain") == 0)
			continue;
		if (strcmp(argv[i], "--recover") == 0) {
			recover = 1;
			continue;
		}
		if (strcmp(argv[i], "--read-only") == 0) {
			read_only = 1;
			continue;
		}
		if (argv[i][0] == '-' && argv[i][1] != '\0') {
			fprintf(stderr, "evalwiz: unknown option %s\nTry 'evalwiz --help'.\n", argv[i]);
			return EX_USAGE;
		}
		if (path != NULL) {
			fprintf(stderr, "evalwiz: one plan at a time: %s is one too many\n", argv[i]);
			return EX_USAGE;
		}
		path = argv[i];
	}
	if (path == NULL) {
		fprintf(stderr, "evalwiz: which plan file?\nUsage: evalwiz [--plain] PLAN\nTry 'evalwiz --help'.\n");
		return EX_USAGE;
	}
	if (!read_only && (rc = take_lock(path)) != 0)
		return rc;
	if (stat(path, &st) == -1 && !read_only)
		rc = create_plan(ctx, path);
	else
		rc = ctx_open_plan(ctx, path);
	if (rc == 0) {
		int saved = recover_offer(ctx, path, recover ? RECOVER_YES : RECOVER_ASK, read_only);

		if (saved == 1 || saved == 0)
			rc = loop(ctx, path, read_only);
		else
			rc = saved;
	}
	if (!read_only)
		lock_release(path);
	return rc;
}
