/* save.c: the wizard's saves, through the session: in the background (a
 * child process writes the plan while keys keep coming: a save of a large
 * plan never stands between a key and its echo), and on the way out in the
 * foreground; what happened goes on the message line; and the rescue copy
 * when the plan itself cannot be written. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "tui/tui-int.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The first save after a migration kept the old file: say where. */
static void
say_note(struct tui *t)
{
	char *note = session_take_note(t->session);

	if (note != NULL) {
		view_message(t, 0, "%s", note);
		free(note);
	}
}

static void
say_failure(struct tui *t, const char *cause)
{
	/* the edits stay in memory and in PLAN.recover; autosave tries again */
	view_message(t, 1, "not saved (%s, will retry): %s",
	    !session_journal_failed(t->session) ? "edits kept in the recovery file" : "edits kept in memory",
	    cause != NULL ? cause : "unknown error");
}

/* The plan changed on disk since it was opened (a git pull) and this
 * session's version went to a file beside it instead: load the plan from
 * disk, or keep both, the one on disk beside the plan and this one saved
 * over it.  Nothing is asked once the terminal has hung up.  Returns 1
 * when the person chose and the message says what became of it, else -1. */
static int
resolve_conflict(struct tui *t)
{
	const char *items[2];
	char *mine, *cause = NULL, *theirs = NULL, *load;
	int pick, rc = -1;

	if (session_conflict(t->session) == NULL || term_hangup)
		return -1;
	mine = xstrdup(session_conflict(t->session));
	load = xasprintf("Load the plan as it is on disk now (your version stays in %s)", mine);
	items[0] = load;
	items[1] = "Keep yours: save it over the plan, keeping the one on disk beside it";
	pick = prompt_choose(t, "The plan was changed on disk since you opened it", items, 2, 0);
	if (pick == 0) {
		if (session_reload(t->session, &cause) != 0)
			view_message(t, 1, "%s", cause != NULL ? cause : "cannot load the plan");
		else {
			view_reload(t);
			view_message(t, 0, "loaded %s from disk; your version is in %s", t->path, mine);
			rc = 1;
		}
	} else if (session_keep_mine(t->session, &theirs, &cause) != 0)
		view_message(t, 1, "%s", cause != NULL ? cause : "cannot keep the plan on disk aside");
	else {
		char *why = NULL;

		if (session_save_start(t->session, &why) == -1) {
			say_failure(t, why);
			free(why);
		} else {
			view_message(t, 0, "the plan as it was on disk is kept in %s; yours is saved over it", theirs);
			rc = 1;
		}
	}
	free(cause);
	free(theirs);
	free(load);
	free(mine);
	return rc;
}

int
save_plan(struct tui *t)
{
	char *cause = NULL;

	/* one save at a time; the idle loop starts the next when it ends */
	if (t->read_only || t->session == NULL || session_save_fd(t->session) >= 0)
		return 0;
	if (session_save_start(t->session, &cause) == -1) {
		say_failure(t, cause);
		free(cause);
		return resolve_conflict(t);
	}
	return 0;
}

int
save_poll(struct tui *t)
{
	char *cause = NULL;

	if (t->session == NULL)
		return 0;
	switch (session_save_poll(t->session, 0, &cause)) {
	case 1:
		if (t->save_asked && view_saved(t))
			view_message(t, 0, "saved %s", t->path);
		t->save_asked = 0;
		/* (a note says more: where the pre-migration copy went) */
		say_note(t);
		return 1;
	case -1:
		t->save_asked = 0;
		say_failure(t, cause);
		free(cause);
		return 1;
	default:
		return 0;
	}
}

int
save_now(struct tui *t)
{
	char *cause = NULL;

	if (t->read_only || t->session == NULL)
		return 0;
	if (session_save(t->session, &cause) != 0) {
		say_failure(t, cause);
		free(cause);
		return -1;
	}
	say_note(t);
	return 0;
}

void
save_rescue(struct tui *t)
{
	char *dir = state_dir_ready();

	free(t->rescue);
	t->rescue = dir != NULL ? session_rescue(t->session, dir) : NULL;
	free(dir);
}
