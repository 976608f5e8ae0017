/* tui.c: the wizard: the start screen or the plan named, then one loop
 * that waits for a key (saving a moment after the typing stops), hands it
 * to input.c and draws; and on the way out, nothing typed is lost. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "script/script.h"
#include "session.h"
#include "tui/tui-int.h"
#include "tui/tui.h"
#include "util.h"
#include "value.h"

#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define AUTOSAVE_SECONDS 2

static void
loop(struct tui *t)
{
	int r;
	wint_t ch;

	draw_screen(t);
	script_settled(t->ctx->S);
	while (!t->quit && !term_hangup) {
		int saving = session_save_fd(t->session) >= 0;

		/* statuses to work out: only if no key is waiting; while a save
		 * runs in the background, look often for its end */
		timeout(t->idle_work ? 0 : saving ? 50 : 500);
		r = term_get(&ch);
		if (term_hangup)
			break;
		if (term_cont || term_check_suspend()) {
			term_cont = 0;
			clearok(curscr, TRUE);
			draw_screen(t);
		}
		if (saving && save_poll(t) && r == ERR)
			draw_screen(t);
		if (r == ERR && t->idle_work) {
			if (view_idle(t))
				draw_screen(t);
			continue;
		}
		if (r == ERR) {
			/* idle: autosave a moment after the last key, in the background */
			if ((t->pending || !view_saved(t)) && !t->read_only && session_save_fd(t->session) < 0 &&
			    time(NULL) - t->last_input >= AUTOSAVE_SECONDS) {
				t->autosaving = 1;
				nav_commit(t);
				t->autosaving = 0;
				save_plan(t);
				draw_screen(t);
			}
			continue;
		}
		t->last_input = time(NULL);
		if (r == OK && ch == 27 && input_unknown_sequence())
			continue;
		input_key(t, r == KEY_CODE_YES, ch);
		draw_screen(t);
	}
}

/* path as a word for the shell: quoted when it has to be. */
static char *
shell_word(const char *path)
{
	struct buf b;
	const char *p;

	if (path[strspn(path, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/+,=@")] == '\0')
		return xstrdup(path);
	buf_init(&b);
	buf_addc(&b, '\'');
	for (p = path; *p != '\0'; p++) {
		if (*p == '\'')
			buf_adds(&b, "'\\''");
		else
			buf_addc(&b, *p);
	}
	buf_addc(&b, '\'');
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

/* After the wizard: where the plan is, and how to carry on or write it
 * as a document (the terminal is the person's again by now). */
static void
farewell(struct tui *t)
{
	char *word, *doc, *dot;
	const char *base;

	if (t->path == NULL)
		return;
	if (t->read_only) {
		printf("evalwiz: %s was opened read-only; nothing in it was changed.\n", t->path);
		return;
	}
	if (!view_saved(t))
		return;	/* the error and the rescue copy have been said */
	word = shell_word(t->path);
	base = strrchr(t->path, '/') != NULL ? strrchr(t->path, '/') + 1 : t->path;
	dot = strrchr(base, '.');
	doc = xasprintf("%.*s.docx", (int)(dot != NULL && dot != base ? (size_t)(dot - t->path) : strlen(t->path)),
	    t->path);
	printf("evalwiz: your plan is saved in %s.\n", t->path);
	printf("  To carry on with it:            evalwiz %s\n", word);
	printf("  To write it as a Word document: evalwiz render %s -o ", word);
	free(word);
	word = shell_word(doc);
	printf("%s\n", word);
	fflush(stdout);
	free(word);
	free(doc);
}

int
tui_run(struct ctx *ctx, const char *path, int flags)
{
	struct tui t;
	int rc = 0;
	const char *cs;

	memset(&t, 0, sizeof t);
	t.ctx = ctx;
	cs = nl_langinfo(CODESET);
	t.utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	t.recover = (flags & TUI_RECOVER) != 0;
	if (open_plan(&t, path, (flags & TUI_READ_ONLY) != 0, (flags & TUI_CREATE) != 0, &rc) != 0)
		return rc;
	start_remember(t.path);
	t.step = 1;
	t.last_input = time(NULL);
	/* the first screen's data before the terminal is taken over, so that
	 * the first frame comes in one piece, not a cleared screen first */
	rc = view_reload(&t) == 0 ? 0 : EX_SOFTWARE;
	if (rc == 0)
		nav_restore_place(&t);	/* where the person left off */
	term_start(&t);
	if (rc == 0) {
		open_greet(&t);
		loop(&t);
	} else {
		term_stop();
		cmd_error("%s", t.message);
	}
	/* told to end: what stopped pack code, pandoc and dot early has done
	 * its work; the save below runs in full (SIGALRM ends it if stuck) */
	util_stop_signal = 0;
	/* nothing typed is lost: the editor's text goes to the plan before exit */
	nav_commit(&t);
	if (rc == 0)
		nav_remember_place(&t);
	if (t.editing)
		ledit_free(&t.le);
	if (!t.read_only && !view_saved(&t) && save_now(&t) != 0) {
		/* the plan cannot be written: keep the answers somewhere */
		save_rescue(&t);
		if (rc == 0)
			rc = EX_IOERR;
	}
	term_stop();
	if (rc == EX_IOERR) {
		cmd_error("%s", t.message);
		if (t.rescue != NULL)
			cmd_error("your answers are kept in %s", t.rescue);
	}
	if (rc == 0 && !term_hangup)
		farewell(&t);
	/* saved: the recovery file has done its job; not saved: it keeps the
	 * edits; the lock given back */
	session_close(t.session);
	free(t.clip);
	{
		size_t i;

		for (i = 0; i < sizeof t.cells / sizeof t.cells[0]; i++)
			free(t.cells[i].key);
	}
	value_free(t.screen);
	free(t.query);
	free(t.notice);
	free(t.notice_title);
	free(t.notes);
	free(t.rescue);
	if (term_hangup)
		rc = 128 + term_hangup;
	return rc;
}
