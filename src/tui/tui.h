/* tui.h: the full-screen wizard (the only part of evalwiz that uses curses). */
#ifndef EVALWIZ_TUI_H
#define EVALWIZ_TUI_H

struct ctx;

/* How tui_run opens the plan (flags, or'ed). */
#define TUI_READ_ONLY	0x01	/* look without changing anything (--read-only) */
#define TUI_CREATE	0x02	/* the plan does not exist yet and the user agreed to create it */
#define TUI_RECOVER	0x04	/* restore a recovery file's edits without asking (--recover) */

/* Runs the wizard on path (NULL: the start screen first).  Returns an
 * exit code. */
int tui_run(struct ctx *ctx, const char *path, int flags);

#endif
