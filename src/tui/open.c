/* open.c: opening a plan in the wizard, through the session: the start
 * screen's choice or the plan named, the questions the session asks (in a
 * box: look read-only at a plan someone else has open? restore a recovery
 * file's edits?), and the notes printed meanwhile, caught and shown inside
 * the wizard rather than lost behind its first screen. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "session.h"
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

/* The questions the session asks while the plan opens (someone else has
 * it open; a recovery file's edits), in a box: the terminal is started for
 * the first one.  -1 when the terminal hung up before an answer. */
static int
ask_box(void *arg, const char *title, const char *question, int dflt)
{
	struct tui *t = arg;
	int yes;

	if (!t->term_started) {
		term_start(t);
		util_fatal_hook = notes_fatal;
		t->term_started = 1;
	}
	yes = dflt ? prompt_yes_no(t, title, question) : prompt_no_yes(t, title, question);
	return term_hangup ? -1 : yes;
}

int
open_plan(struct tui *t, const char *path, int read_only, int create, int *rc)
{
	struct session_opts o = {
		.flags = SESSION_WRITE | SESSION_JOURNAL | SESSION_ASK | SESSION_PERSON, .ask = ask_box, .ask_arg = t,
	};
	char *chosen = NULL;

	notes_catch();
	if (path == NULL) {
		term_start(t);
		chosen = start_screen(t, &create);
		if (chosen == NULL || term_hangup) {
			term_stop();
			free(notes_release(1));
			free(chosen);
			*rc = term_hangup ? 128 + term_hangup : 0;
			return -1;
		}
		term_stop();
		util_fatal_hook = notes_fatal;
		path = chosen;
	}
	if (read_only)
		o.flags |= SESSION_READ_ONLY;
	if (create)
		o.flags |= SESSION_CREATE;
	if (t->recover)
		o.flags |= SESSION_RECOVER;
	*rc = session_open(t->ctx, path, &o, &t->session);
	free(chosen);
	if (*rc != 0 || term_hangup) {
		/* the wizard stops before its first screen: the terminal given
		 * back, the notes printed */
		if (*rc == 0)
			*rc = 128 + term_hangup;
		session_close(t->session);
		t->session = NULL;
		term_stop();
		free(notes_release(1));
		return -1;
	}
	t->path = session_path(t->session);
	t->read_only = session_read_only(t->session);
	t->read_only_why = session_read_only_why(t->session);
	t->notes = notes_release(0);
	return 0;
}

void
open_greet(struct tui *t)
{
	t->was_complete = input_complete(t);
	if (t->read_only)
		view_message(t, 1, "read-only: %s", t->read_only_why);
	else if (t->was_complete)
		view_message(t, 0, "Every required question is answered. F9 writes the plan as a document: Word, PDF or a web page.");
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
