/* recover.c: when a plan opens, the edits its recovery file holds (left by
 * a session that was killed or could not save) are offered back. */
#include "config.h"

#include "cli.h"
#include "plan/recovery.h"
#include "recover.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
recover_offer(struct ctx *ctx, const char *plan, int mode, int read_only)
{
	struct value *recs, *res = NULL;
	char *cause = NULL, *rpath = recovery_path(plan), answer[16];
	const struct value *last;
	int newer = 0, rc;

	recs = recovery_read(plan, &newer, &cause);
	if (recs == NULL) {
		if (cause != NULL) {
			fprintf(stderr, "evalwiz: warning: %s\n", cause);
			free(cause);
		}
		free(rpath);
		return 0;
	}
	if (newer == 0) {
		/* everything in it reached the plan (or the plan changed since):
		 * nothing to offer, but nothing is deleted either */
		value_free(recs);
		if (!read_only && recovery_keep_old(plan, &cause) == 0)
			fprintf(stderr, "evalwiz: note: %s held no edits newer than the plan; moved to %s.old\n",
			    rpath, rpath);
		free(cause);
		free(rpath);
		return 0;
	}
	last = value_get(value_at(recs, (size_t)newer - 1), "at");
	if (read_only) {
		fprintf(stderr, "evalwiz: note: %s holds %d unsaved edit%s (the last at %s); "
		    "open the plan without --read-only to restore them\n",
		    rpath, newer, newer == 1 ? "" : "s", last != NULL && last->type == VAL_STR ? last->u.str.s : "?");
		value_free(recs);
		free(rpath);
		return 0;
	}
	if (mode == RECOVER_ASK) {
		fprintf(stderr, "evalwiz: %s holds %d edit%s newer than %s (the last at %s), left by a session "
		    "that did not finish; restore them? [Y/n] ", rpath, newer, newer == 1 ? "" : "s", plan,
		    last != NULL && last->type == VAL_STR ? last->u.str.s : "?");
		fflush(stderr);
		if (fgets(answer, sizeof answer, stdin) == NULL ||
		    (answer[0] != '\n' && answer[0] != 'y' && answer[0] != 'Y'))
			mode = RECOVER_NO;
	}
	if (mode == RECOVER_NO) {
		if (recovery_keep_old(plan, &cause) == 0)
			fprintf(stderr, "evalwiz: not restored; the edits are kept in %s.old\n", rpath);
		else {
			fprintf(stderr, "evalwiz: not restored; %s\n", cause);
			free(cause);
		}
		value_free(recs);
		free(rpath);
		return 0;
	}
	rc = ctx_call(ctx, "ui.replay", &res, 1, recs);
	value_free(recs);
	if (rc != 0) {
		free(rpath);
		return rc;
	}
	{
		const struct value *a = value_get(res, "applied"), *s = value_get(res, "skipped");
		long na = a != NULL && a->type == VAL_INT ? (long)a->u.i : 0;
		long ns = s != NULL && s->type == VAL_INT ? (long)s->u.i : 0;

		fprintf(stderr, "evalwiz: restored %ld edit%s from %s", na, na == 1 ? "" : "s", rpath);
		if (ns > 0)
			fprintf(stderr, " (%ld left out: their questions are not in this step pack)", ns);
		fputc('\n', stderr);
	}
	value_free(res);
	if (ctx_save_plan_quiet(ctx, plan, 0, &cause) != 0) {
		fprintf(stderr, "evalwiz: the restored edits are not saved yet (%s); they stay in %s\n",
		    cause != NULL ? cause : "cannot save", rpath);
		free(cause);
		free(rpath);
		return 1;
	}
	recovery_remove(plan);
	free(rpath);
	return 0;
}
