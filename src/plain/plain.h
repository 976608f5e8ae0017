/* plain.h: the line-by-line front end (evalwiz --plain PLAN) for screen
 * readers, braille displays, dumb terminals and scripts. */
#ifndef EVALWIZ_PLAIN_H
#define EVALWIZ_PLAIN_H

struct ctx;

/* True when the wizard should run in plain mode: --plain among the
 * arguments, TERM=dumb, or standard input not a terminal. */
int plain_wanted(int argc, char **argv);

/* Runs plain mode; argv as the wizard gets it (argv[0] is not an argument). */
int plain_main(struct ctx *ctx, int argc, char **argv);

#endif
