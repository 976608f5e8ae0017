/* ledit.h: the text editing behind every typed field, kept free of curses
 * so that cursor, width and wrapping logic can be unit tested: a UTF-8
 * buffer with a cursor, readline-style operations, undo, display widths
 * (wide and combining characters) and word wrap. */
#ifndef EVALWIZ_TUI_LEDIT_H
#define EVALWIZ_TUI_LEDIT_H

#include <stddef.h>

struct ledit_snap {
	char *text;
	size_t cur;
};

struct ledit {
	char *buf;		/* always NUL-terminated UTF-8 */
	size_t len, cap;
	size_t cur;		/* byte offset of the cursor, on a character boundary */
	int multiline;		/* Enter inserts a newline */
	int want_col;		/* display column kept across Up/Down, -1 none */
	int last_op;		/* groups typing into one undo step */
	struct ledit_snap *undo;
	size_t nundo;
};

void ledit_init(struct ledit *e, const char *text, int multiline);
void ledit_free(struct ledit *e);
void ledit_set(struct ledit *e, const char *text);

/* Editing; each returns 1 when the text changed. */
int ledit_insert(struct ledit *e, const char *s, size_t n);
int ledit_paste(struct ledit *e, const char *s, size_t n);	/* one undo step */
int ledit_backspace(struct ledit *e);
int ledit_delete(struct ledit *e);
int ledit_kill_end(struct ledit *e);	/* C-K: to the end of the line */
int ledit_kill_start(struct ledit *e);	/* C-U: to the start of the line */
int ledit_kill_word(struct ledit *e);	/* C-W: the word before the cursor */
int ledit_undo(struct ledit *e);

/* Cursor movement over whole characters (a base and its combining marks). */
void ledit_left(struct ledit *e);
void ledit_right(struct ledit *e);
void ledit_home(struct ledit *e);	/* start of the current line */
void ledit_end(struct ledit *e);	/* end of the current line */

/* Display width of n bytes of UTF-8 (invalid bytes count 1, controls 1). */
int ledit_width(const char *s, size_t n);
/* Bytes of the character at s (with following combining marks) and its width. */
size_t ledit_char(const char *s, size_t n, int *width);

/* Horizontal scrolling for a one-line view width columns wide: the byte
 * where the visible part starts (kept in *start between calls) and the
 * cursor's column within the view. */
int ledit_hscroll(const struct ledit *e, int width, size_t *start);

/* Word wrap: lines of at most width columns, breaking after spaces where
 * possible; a newline always ends a line (paragraph breaks kept). */
struct wrap_line {
	size_t start, len;	/* bytes of the source, without the newline */
};
size_t wrap_text(const char *s, size_t n, int width, struct wrap_line **lines);
/* The wrapped line and column of byte offset off. */
void wrap_locate(const struct wrap_line *lines, size_t nlines, const char *s, size_t off,
    size_t *line, int *col);
/* The byte offset at display column col of wrapped line line. */
size_t wrap_offset(const struct wrap_line *lines, size_t nlines, const char *s, size_t line, int col);

/* Up/Down in a multi-line editor wrapped at width. */
void ledit_up(struct ledit *e, int width);
void ledit_down(struct ledit *e, int width);

#endif
