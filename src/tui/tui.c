/* tui.c: the wizard: the start screen or the plan named, then one loop
 * that waits for a key (saving a moment after the typing stops), hands it
 * to input.c and draws; and on the way out, nothing typed is lost. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
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
	while (!t->quit && !term_hangup) {
		int saving = session_save_fd(t->session) >= 0;

		/* while a save runs in the background, look often for its end */
		timeout(saving ? 50 : 500);
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
	term_start(&t);
	if (rc == 0) {
		open_greet(&t);
		loop(&t);
	} else {
		term_stop();
		cmd_error("%s", t.message);
	}
	/* nothing typed is lost: the editor's text goes to the plan before exit */
	nav_commit(&t);
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
