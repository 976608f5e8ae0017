/* save.c: the wizard's saves: by key, by the autosave and on the way out,
 * with what happened on the message line, and the rescue copy when the
 * plan itself cannot be written. */
#include "config.h"

#include "cli.h"
#include "plan/recovery.h"
#include "tui/tui-int.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
save_plan(struct tui *t)
{
	char *cause = NULL;

	if (t->read_only)
		return 0;
	if (ctx_save_plan_quiet(t->ctx, t->path, 0, &cause) != 0) {
		/* the edits stay in memory and in PLAN.recover; autosave tries again */
		view_message(t, 1, "not saved (%s, will retry): %s",
		    t->rec != NULL && !t->rec_failed ? "edits kept in the recovery file" : "edits kept in memory",
		    cause != NULL ? cause : "unknown error");
		free(cause);
		return -1;
	}
	t->saved = 1;
	recovery_saved(t->rec);
	if (t->ctx->backup_note != NULL) {
		/* the first save after a migration kept the old file: say where */
		view_message(t, 0, "%s", t->ctx->backup_note);
		free(t->ctx->backup_note);
		t->ctx->backup_note = NULL;
	}
	return 0;
}

void
save_rescue(struct tui *t)
{
	char *dir = state_dir(), *base = strrchr(t->path, '/'), *rescue, *cause = NULL;

	state_mkdirs(dir);
	rescue = xasprintf("%s/rescue-%ld-%s", dir, (long)getpid(), base != NULL ? base + 1 : t->path);
	if (ctx_save_plan_quiet(t->ctx, rescue, 1, &cause) == 0)
		snprintf(t->rescue, sizeof t->rescue, "%s", rescue);
	free(cause);
	free(rescue);
	free(dir);
}
