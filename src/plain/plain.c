/* plain.c: the line-by-line front end: prints what lua/evalwiz/plain.lua
 * says, reads a line, hands it back, and saves after every answer (through
 * the session: journalled, atomically, under the plan's lock).  No cursor
 * movement, no colour. */
#include "config.h"

#include "cli.h"
#include "plain/plain.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int
plain_wanted(int asked)
{
	const char *term = getenv("TERM");

	return asked || (term != NULL && strcmp(term, "dumb") == 0) || !isatty(STDIN_FILENO);
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

/* The questions plain mode asks before it starts (a plan someone else has
 * open, a recovery file's edits), on standard error, answered on a line. */
static int
ask_line(void *arg, const char *title, const char *question, int dflt)
{
	char answer[64], *q = xstrdup(question), *p;

	(void)arg;
	(void)title;
	/* one line: the box's paragraphs joined */
	for (p = q; *p != '\0'; p++)
		if (*p == '\n')
			*p = ' ';
	fprintf(stderr, "evalwiz: %s ", q);
	free(q);
	fflush(stderr);
	if (fgets(answer, sizeof answer, stdin) == NULL)
		return 0;
	return answer[0] == '\n' ? dflt : answer[0] == 'y' || answer[0] == 'Y';
}

static int
loop(struct ctx *ctx, struct session *s)
{
	struct value *res = NULL, *lv;
	char *line = NULL, *cause = NULL;
	size_t cap = 0;
	ssize_t n;
	int rc, interactive = isatty(STDIN_FILENO), read_only = session_read_only(s);

	if ((rc = ctx_call(ctx, "plain.start", &res, 0)) != 0)
		return rc;
	for (;;) {
		const struct value *journal = value_get(res, "journal");

		fputs(str_of(res, "out"), stdout);
		/* each answer in PLAN.recover (fsync'ed) before the save, so a save
		 * that fails or a kill loses nothing */
		if (journal != NULL && !read_only) {
			char *warn;

			session_changed(s, journal);
			if ((warn = session_take_warning(s)) != NULL) {
				fprintf(stderr, "evalwiz: warning: %s\n", warn);
				free(warn);
			}
		}
		if (flag_of(res, "save") && !read_only) {
			if ((rc = session_save(s, &cause)) != 0) {
				cmd_error("%s", cause != NULL ? cause : "cannot save the plan");
				free(cause);
				if (session_conflict(s) == NULL)
					fprintf(stderr, "evalwiz: your answers are kept in %s.recover; "
					    "open the plan again to restore them\n", session_path(s));
				break;
			}
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
		{
			/* who and when, should the line answer a review item */
			char *now = now_iso();
			struct value *who = value_strz(review_author(NULL)), *when = value_strz(now);

			rc = ctx_call(ctx, "plain.input", &res, 3, lv, who, when);
			value_free(who);
			value_free(when);
			free(now);
		}
		value_free(lv);
		if (rc != 0)
			break;
	}
	if (read_only)
		printf("Read-only: nothing was saved.\n");
	free(line);
	value_free(res);
	return rc;
}

int
plain_main(struct ctx *ctx, const char *path, unsigned flags)
{
	struct session_opts o = {
		.flags = SESSION_WRITE | SESSION_JOURNAL | SESSION_MAY_CREATE | SESSION_ASK, .ask = ask_line,
	};
	struct session *s;
	int rc;

	if (flags & PLAIN_RECOVER)
		o.flags |= SESSION_RECOVER;
	if (flags & PLAIN_READ_ONLY)
		o.flags = (o.flags | SESSION_READ_ONLY) & ~(unsigned)SESSION_MAY_CREATE;
	/* a person at the keys may look at a plan someone else has open; a
	 * script (a pipe) is told it is locked */
	if (isatty(STDIN_FILENO))
		o.flags |= SESSION_PERSON;
	if ((rc = session_open(ctx, path, &o, &s)) != 0)
		return rc;
	if (session_created(s))
		printf("Created %s.\n", path);
	rc = loop(ctx, s);
	session_close(s);
	return rc;
}
