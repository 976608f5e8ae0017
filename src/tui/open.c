/* open.c: opening a plan in the wizard: the pack, the plan (or a new one),
 * the lock (read-only when someone else has it), the edits a recovery file
 * holds (asked in a box), and the notes printed meanwhile, caught and shown
 * inside the wizard rather than lost behind its first screen. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "plan/lock.h"
#include "plan/recovery.h"
#include "recover.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Notes printed while a plan opens (migrations, recovery, locks, warnings)
 * would go to the terminal just before the screen covers it.  They are
 * caught in a temporary file instead and shown inside the wizard;
 * standard error that is not a terminal (a log) gets them as well, and a
 * failure before the screen starts prints them as before. */
static FILE *notes_file;
static int notes_fd = -1;

/* A fatal error while notes are caught: the terminal back, then the notes
 * and the error where they can be read. */
static void
notes_fatal(void)
{
	char chunk[1024];
	size_t n;

	util_fatal_hook = NULL;
	term_stop();
	if (notes_file == NULL)
		return;
	/* no allocation here: this may be running out of memory */
	fflush(stderr);
	dup2(notes_fd, STDERR_FILENO);
	rewind(notes_file);
	while ((n = fread(chunk, 1, sizeof chunk, notes_file)) > 0)
		fwrite(chunk, 1, n, stderr);
	notes_file = NULL;
}

static void
notes_catch(void)
{
	fflush(stderr);
	util_fatal_hook = notes_fatal;
	if ((notes_file = tmpfile()) == NULL)
		return;
	notes_fd = dup(STDERR_FILENO);
	if (notes_fd == -1 || dup2(fileno(notes_file), STDERR_FILENO) == -1) {
		if (notes_fd != -1)
			close(notes_fd);
		notes_fd = -1;
		fclose(notes_file);
		notes_file = NULL;
	}
}

/* Stops catching and returns what was caught (allocated); echo: write it
 * to standard error too. */
static char *
notes_release(int echo)
{
	struct buf b;
	char chunk[4096];
	size_t n;

	buf_init(&b);
	buf_adds(&b, "");
	if (notes_file == NULL)
		return buf_steal(&b, NULL);
	fflush(stderr);
	dup2(notes_fd, STDERR_FILENO);
	close(notes_fd);
	notes_fd = -1;
	rewind(notes_file);
	while ((n = fread(chunk, 1, sizeof chunk, notes_file)) > 0)
		buf_add(&b, chunk, n);
	fclose(notes_file);
	notes_file = NULL;
	if (b.len > 0 && (echo || !isatty(STDERR_FILENO))) {
		fwrite(b.data, 1, b.len, stderr);
		fflush(stderr);
	}
	return buf_steal(&b, NULL);
}

/* Shows the caught notes: one short note on the message line, more in a
 * box that any key closes.  Returns 1 when it used the message line. */
static int
show_notes(struct tui *t, const char *notes)
{
	struct buf b;
	const char *p = notes, *nl;
	int count = 0, error = 0;
	char *first = NULL;

	buf_init(&b);
	for (; *p != '\0'; p = *nl != '\0' ? nl + 1 : nl) {
		size_t len;

		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		len = (size_t)(nl - p);
		if (len >= 9 && strncmp(p, "evalwiz: ", 9) == 0) {
			p += 9;
			len -= 9;
		}
		if (len == 0)
			continue;
		if (memmem(p, len, "warning", 7) != NULL || memmem(p, len, "error", 5) != NULL)
			error = 1;
		if (count++ == 0)
			first = xstrndup(p, len);
		buf_addf(&b, "%s%.*s", b.len > 0 ? "\n\n" : "", (int)len, p);
	}
	if (count == 0) {
		buf_free(&b);
		return 0;
	}
	if (count == 1 && (int)strlen(first) <= COLS) {
		view_message(t, error, "%s", first);
		free(first);
		buf_free(&b);
		return 1;
	}
	/* shown over the screen until the next key, which then works as
	 * usual: keys typed ahead on a slow link are not swallowed */
	free(t->notice_title);
	free(t->notice);
	t->notice_title = xasprintf("Opening %s", t->path);
	t->notice = buf_steal(&b, NULL);
	free(first);
	return 0;
}

/* Whether opening the plan will ask about a recovery file's edits. */
static int
recovery_question(const char *path, char **question)
{
	int newer = 0;
	char *cause = NULL, *rpath;
	struct value *recs = recovery_read(path, &newer, &cause);
	const struct value *last;

	free(cause);
	if (recs == NULL || newer == 0) {
		value_free(recs);
		return 0;
	}
	last = value_get(value_at(recs, (size_t)newer - 1), "at");
	rpath = recovery_path(path);
	*question = xasprintf("%s holds %d edit%s newer than %s (the last at %s), left by a session that did not "
	    "finish.\n\nShall evalwiz restore them? [Y/n]\n\nNo keeps them in %s.old, never deleted.", rpath, newer, newer == 1 ? "" : "s", path,
	    last != NULL && last->type == VAL_STR ? last->u.str.s : "?", rpath);
	free(rpath);
	value_free(recs);
	return 1;
}

/* The wizard stops before its first screen (a hang-up at the recovery
 * question, a recovery file that cannot be read): the terminal and the lock
 * given back, the notes printed, rc returned. */
static int
opening_abandoned(struct tui *t, int locked, int rc)
{
	term_stop();
	free(notes_release(1));
	if (locked)
		lock_release(t->path);
	free(t->read_only_why);
	free(t->path);
	return rc;
}

/* Where a person is at the keys, a plan someone else is editing opens
 * read-only (they can look, but not change it), as can one they cannot
 * write to. */
static void
take_lock(struct tui *t)
{
	struct lock_owner owner;
	char *cause = NULL;

	if (access(t->path, W_OK) != 0) {
		t->read_only = 1;
		free(t->read_only_why);
		t->read_only_why = xasprintf("you cannot write to %s", t->path);
		return;
	}
	switch (lock_acquire(t->path, &owner, &cause)) {
	case LOCK_TAKEN:
		t->locked = 1;
		break;
	case LOCK_TAKEN_OVER: {
		char *who = lock_describe(&owner);

		t->locked = 1;
		fprintf(stderr, "evalwiz: note: took over the lock of a session that ended: %s\n", who);
		free(who);
		break;
	}
	case LOCK_HELD: {
		char *who = lock_describe(&owner);

		t->read_only = 1;
		free(t->read_only_why);
		t->read_only_why = xasprintf("%s has this plan open", who);
		free(who);
		break;
	}
	case LOCK_ERROR:
		t->read_only = 1;
		free(t->read_only_why);
		t->read_only_why = xasprintf("cannot lock the plan: %s", cause);
		free(cause);
		break;
	}
}

/* A new plan, titled after its file name without the extension. */
static int
create_plan(struct tui *t)
{
	struct value *title, *now, *res = NULL;
	char *stamp = now_iso();
	const char *base = strrchr(t->path, '/') != NULL ? strrchr(t->path, '/') + 1 : t->path;
	char *stem = xstrdup(base), *dot = strrchr(stem, '.');
	int rc;

	if (dot != NULL && dot != stem)
		*dot = '\0';
	title = value_strz(stem);
	now = value_strz(stamp);
	free(stamp);
	free(stem);
	rc = ctx_call(t->ctx, "core.new_plan", &res, 2, title, now);
	value_free(title);
	value_free(now);
	value_free(res);
	if (rc == 0)
		rc = ctx_save_plan(t->ctx, t->path, 1);
	return rc;
}

int
open_plan(struct tui *t, const char *path, int read_only, int create, int *rc)
{
	int mode;

	notes_catch();
	if ((*rc = ctx_load_pack(t->ctx)) != 0) {
		free(notes_release(1));
		return -1;
	}
	if (path == NULL) {
		term_start(t);
		t->path = start_screen(t, &create);
		if (t->path == NULL || term_hangup) {
			term_stop();
			free(notes_release(1));
			free(t->path);
			*rc = 0;
			return -1;
		}
		term_stop();
		util_fatal_hook = notes_fatal;
	} else
		t->path = xstrdup(path);
	if ((*rc = create ? create_plan(t) : ctx_open_plan(t->ctx, t->path)) != 0) {
		free(notes_release(1));
		free(t->path);
		return -1;
	}
	t->read_only = read_only;
	t->read_only_why = xstrdup("opened with --read-only");
	if (!read_only)
		take_lock(t);
	/* edits a killed session left in PLAN.recover: offer them back first,
	 * asking on the screen */
	{
		char *question = NULL;

		mode = t->recover ? RECOVER_YES : RECOVER_ASK;
		if (mode == RECOVER_ASK && !t->read_only && recovery_question(t->path, &question)) {
			term_start(t);
			util_fatal_hook = notes_fatal;
			mode = prompt_yes_no(t, "Unsaved edits from an earlier session", question) ? RECOVER_YES :
			    RECOVER_NO;
			free(question);
			if (term_hangup)
				mode = RECOVER_NO;	/* nothing decided: the next start asks again */
		}
	}
	if (term_hangup) {
		*rc = opening_abandoned(t, t->locked, 128 + term_hangup);
		return -1;
	}
	switch (recover_offer(t->ctx, t->path, mode, t->read_only)) {
	case 0:
		t->saved = 1;
		break;
	case 1:
		t->saved = 0;
		break;
	default:
		*rc = opening_abandoned(t, t->locked, EX_DATAERR);
		return -1;
	}
	t->notes = notes_release(0);
	if (!t->read_only)
		t->rec = recovery_open(t->path);
	*rc = 0;
	return 0;
}

void
open_greet(struct tui *t)
{
	if (t->read_only)
		view_message(t, 1, "read-only: %s", t->read_only_why);
	else
		view_message(t, 0, "F1 or ? shows every key.  The plan saves itself as you go.");
	if (*t->notes != '\0') {
		char *ro = t->read_only ? xstrdup(t->message) : NULL;

		if (show_notes(t, t->notes) && ro != NULL) {
			/* read-only matters more than any note: keep it on the message line */
			view_message(t, 1, "%s", ro);
		}
		free(ro);
	}
}
