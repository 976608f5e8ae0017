/* tui.h: the full-screen wizard (the only part of evalwiz that uses curses). */
#ifndef EVALWIZ_TUI_H
#define EVALWIZ_TUI_H

struct ctx;

/* Set by --recover: restore a recovery file's edits without asking. */
extern int tui_recover;

/* Runs the wizard on path (NULL: the start screen first).  create: the
 * plan does not exist yet and the user agreed to create it.  Returns an
 * exit code. */
int tui_run(struct ctx *ctx, const char *path, int read_only, int create);

#endif
