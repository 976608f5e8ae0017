/* recover.h: offering the edits a recovery file holds when a plan opens
 * (the wizard and plain mode share this). */
#ifndef EVALWIZ_RECOVER_H
#define EVALWIZ_RECOVER_H

struct ctx;

#define RECOVER_ASK	0	/* ask on the terminal */
#define RECOVER_YES	1	/* --recover: restore without asking */
#define RECOVER_NO	2	/* the caller asked, and the answer was no */

/* Called once the plan is open (and locked, unless read_only).  When
 * PLAN.recover holds edits newer than the plan, asks (or with RECOVER_YES
 * does not) and replays them into the open plan, then saves it.  Declined
 * edits are kept in PLAN.recover.old.  Returns 0 (nothing to do, or
 * restored and saved), 1 (restored but the plan could not be saved: the
 * edits are in memory and still in PLAN.recover), or an exit code. */
int recover_offer(struct ctx *ctx, const char *plan, int mode, int read_only);

#endif
