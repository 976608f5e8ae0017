/* textout.h: the one filter every text evalwiz prints passes through, so
 * that nothing in a plan, a pack, a template or a lock can drive the
 * terminal: C0 controls (but newline and tab), DEL, C1 controls (U+0080 to
 * U+009F) and bytes that are not UTF-8 are shown as visible escapes (\x1b,
 * \u009b) instead of being sent. */
#ifndef EVALWIZ_TEXTOUT_H
#define EVALWIZ_TEXTOUT_H

#include <stddef.h>

struct buf;

/* Appends s (n bytes) to out with every control shown as an escape.  A
 * UTF-8 sequence cut at the end of s is left out and its length returned
 * (the caller gives it again with what follows); with final set, it is
 * escaped instead and 0 returned. */
size_t textout_escape(const char *s, size_t n, struct buf *out, int final);

/* The escaped copy of a string (allocated). */
char *textout_visible(const char *s);

/* From now on stdout and stderr pass through the filter (main, before any
 * command runs).  Writes still go to descriptors 1 and 2, whatever they are
 * by then. */
void textout_start(void);

/* The real stdout again, for good: the full-screen wizard draws with the
 * terminal's own escapes. */
void textout_stop_stdout(void);

/* Writes bytes to standard output as they are (a binary document), after
 * what was printed before.  Returns 0 or -1 with errno. */
int textout_raw(const void *data, size_t len);

/* A document or data for a program (render's text formats, export's JSON
 * and CSV): as it is when standard output is a file or a pipe, through the
 * filter when it is a terminal.  Returns 0 or -1 with errno. */
int textout_data(const void *data, size_t len);

#endif
