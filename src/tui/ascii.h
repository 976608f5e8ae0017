/* ascii.h: UTF-8 text shown on a terminal that is not UTF-8 (LANG=C over
 * SSH, an old console): each character as readable ASCII ("GBP 10", not
 * "??10"), for the screen only; the plan keeps the real characters. */
#ifndef EVALWIZ_TUI_ASCII_H
#define EVALWIZ_TUI_ASCII_H

#include <stddef.h>

/* The character at s (at most n bytes) as ASCII: returns the bytes it
 * takes in s (at least 1) and sets *out to its ASCII form (NUL-terminated,
 * static; "?" for a character without one, the byte itself for ASCII and
 * for a byte that does not begin a UTF-8 character: "?"). */
size_t ascii_char(const char *s, size_t n, const char **out);

/* The columns the ASCII form of n bytes of UTF-8 takes. */
int ascii_width(const char *s, size_t n);

#endif
