/* plain.h: the line-by-line front end (evalwiz --plain PLAN) for screen
 * readers, braille displays, dumb terminals and scripts. */
#ifndef EVALWIZ_PLAIN_H
#define EVALWIZ_PLAIN_H

struct ctx;

/* True when the wizard should run in plain mode: asked (--plain), TERM=dumb,
 * or standard input not a terminal. */
int plain_wanted(int asked);

#define PLAIN_READ_ONLY	0x01	/* --read-only */
#define PLAIN_RECOVER	0x02	/* --recover */

/* Runs plain mode on path (created when it does not exist). */
int plain_main(struct ctx *ctx, const char *path, unsigned flags);

#endif
