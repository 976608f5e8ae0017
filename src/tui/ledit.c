/* ledit.c: a UTF-8 line and text editor with readline keys, undo, display
 * widths and word wrap; no curses here so that it can be unit tested. */
#include "config.h"

#include "tui/ledit.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#define UNDO_MAX 200

enum { OP_NONE, OP_TYPE, OP_DELETE, OP_OTHER };

static void
reserve(struct ledit *e, size_t extra)
{
	if (e->len + extra + 1 <= e->cap)
		return;
	while (e->len + extra + 1 > e->cap)
		e->cap = e->cap < 64 ? 64 : e->cap * 2;
	e->buf = xrealloc(e->buf, e->cap);
}

void
ledit_init(struct ledit *e, const char *text, int multiline)
{
	memset(e, 0, sizeof *e);
	e->multiline = multiline;
	e->want_col = -1;
	ledit_set(e, text);
}

static void
undo_clear(struct ledit *e)
{
	size_t i;

	for (i = 0; i < e->nundo; i++)
		free(e->undo[i].text);
	free(e->undo);
	e->undo = NULL;
	e->nundo = 0;
}

void
ledit_free(struct ledit *e)
{
	undo_clear(e);
	free(e->buf);
	memset(e, 0, sizeof *e);
}

void
ledit_set(struct ledit *e, const char *text)
{
	size_t n = text != NULL ? strlen(text) : 0;

	e->len = 0;
	reserve(e, n);
	if (n > 0)
		memcpy(e->buf, text, n);
	e->len = n;
	e->buf[n] = '\0';
	e->cur = n;
	e->last_op = OP_NONE;
	undo_clear(e);
}

/* Saves the text before a change, once per run of the same kind of edit
 * (typing a word is one undo step; a space starts the next one). */
static void
snapshot(struct ledit *e, int op, int force)
{
	struct ledit_snap *s;

	if (!force && op == e->last_op && op != OP_OTHER)
		return;
	e->last_op = op;
	if (e->nundo == UNDO_MAX) {
		free(e->undo[0].text);
		memmove(e->undo, e->undo + 1, (UNDO_MAX - 1) * sizeof *e->undo);
		e->nundo--;
	}
	e->undo = xrealloc(e->undo, (e->nundo + 1) * sizeof *e->undo);
	s = &e->undo[e->nundo++];
	s->text = xstrndup(e->buf, e->len);
	s->cur = e->cur;
}

int
ledit_undo(struct ledit *e)
{
	struct ledit_snap *s;
	size_t n;

	if (e->nundo == 0)
		return 0;
	s = &e->undo[--e->nundo];
	n = strlen(s->text);
	e->len = 0;
	reserve(e, n);
	memcpy(e->buf, s->text, n + 1);
	e->len = n;
	e->cur = s->cur <= n ? s->cur : n;
	free(s->text);
	e->last_op = OP_NONE;
	return 1;
}

static void
splice(struct ledit *e, size_t at, size_t del, const char *s, size_t n)
{
	reserve(e, n);
	memmove(e->buf + at + n, e->buf + at + del, e->len - at - del + 1);
	if (n > 0)
		memcpy(e->buf + at, s, n);
	e->len = e->len - del + n;
}

static int
insert_text(struct ledit *e, const char *s, size_t n)
{
	char *clean = xmalloc(n + 1);
	size_t i, m = 0;

	/* one-line fields take no control characters; a pasted newline becomes a space */
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '\r')
			c = '\n';
		if (c == '\n' && i > 0 && s[i - 1] == '\r')
			continue;
		if (c == '\t')
			c = ' ';
		if (c == '\n' && !e->multiline)
			c = ' ';
		if (c < 0x20 && c != '\n')
			continue;
		if (c == 0x7f)
			continue;
		clean[m++] = (char)c;
	}
	if (m > 0)
		splice(e, e->cur, 0, clean, m);
	e->cur += m;
	e->want_col = -1;
	free(clean);
	return m > 0;
}

int
ledit_insert(struct ledit *e, const char *s, size_t n)
{
	int word_end = n == 1 && (s[0] == ' ' || s[0] == '\n');

	snapshot(e, OP_TYPE, word_end);
	return insert_text(e, s, n);
}

int
ledit_paste(struct ledit *e, const char *s, size_t n)
{
	snapshot(e, OP_OTHER, 1);
	e->last_op = OP_NONE;
	return insert_text(e, s, n);
}

static int
is_combining_at(const char *s, size_t n)
{
	mbstate_t st;
	wchar_t wc;
	size_t r;

	memset(&st, 0, sizeof st);
	r = mbrtowc(&wc, s, n, &st);
	if (r == 0 || r == (size_t)-1 || r == (size_t)-2)
		return 0;
	return wc != 0 && wcwidth(wc) == 0;
}

size_t
ledit_char(const char *s, size_t n, int *width)
{
	mbstate_t st;
	wchar_t wc;
	size_t r, used;
	int w;

	if (n == 0) {
		*width = 0;
		return 0;
	}
	/* Printable ASCII not followed by a possible combining mark is one
	 * column in every locale: most text, without mbrtowc (a callgrind
	 * profile of step changes put a tenth of all instructions there). */
	if ((unsigned char)s[0] >= 0x20 && (unsigned char)s[0] < 0x7f &&
	    (n == 1 || (unsigned char)s[1] < 0x80)) {
		*width = 1;
		return 1;
	}
	memset(&st, 0, sizeof st);
	r = mbrtowc(&wc, s, n, &st);
	if (r == (size_t)-1 || r == (size_t)-2 || r == 0) {
		*width = 1;
		return 1;
	}
	w = wcwidth(wc);
	*width = w < 0 ? 1 : w;
	used = r;
	/* a base character keeps its combining marks */
	while (used < n && is_combining_at(s + used, n - used)) {
		memset(&st, 0, sizeof st);
		used += mbrtowc(&wc, s + used, n - used, &st);
	}
	return used;
}

int
ledit_width(const char *s, size_t n)
{
	size_t i = 0;
	int w, total = 0;

	while (i < n) {
		i += ledit_char(s + i, n - i, &w);
		total += w;
	}
	return total;
}

/* The start of the character before off. */
static size_t
prev_char(const char *s, size_t off)
{
	size_t i = 0, last = 0;
	int w;

	/* walk from the line start so combining marks stay with their base */
	size_t ls = off;

	while (ls > 0 && s[ls - 1] != '\n')
		ls--;
	if (ls == off)
		return off > 0 ? off - 1 : 0;
	i = ls;
	while (i < off) {
		last = i;
		i += ledit_char(s + i, off - i, &w);
	}
	return last;
}

void
ledit_left(struct ledit *e)
{
	e->cur = prev_char(e->buf, e->cur);
	e->want_col = -1;
	e->last_op = OP_NONE;
}

void
ledit_right(struct ledit *e)
{
	int w;

	if (e->cur < e->len)
		e->cur += ledit_char(e->buf + e->cur, e->len - e->cur, &w);
	e->want_col = -1;
	e->last_op = OP_NONE;
}

static size_t
line_start(const struct ledit *e)
{
	size_t i = e->cur;

	while (i > 0 && e->buf[i - 1] != '\n')
		i--;
	return i;
}

static size_t
line_end(const struct ledit *e)
{
	size_t i = e->cur;

	while (i < e->len && e->buf[i] != '\n')
		i++;
	return i;
}

void
ledit_home(struct ledit *e)
{
	e->cur = line_start(e);
	e->want_col = -1;
	e->last_op = OP_NONE;
}

void
ledit_end(struct ledit *e)
{
	e->cur = line_end(e);
	e->want_col = -1;
	e->last_op = OP_NONE;
}

int
ledit_backspace(struct ledit *e)
{
	size_t p;

	if (e->cur == 0)
		return 0;
	snapshot(e, OP_DELETE, 0);
	p = prev_char(e->buf, e->cur);
	splice(e, p, e->cur - p, NULL, 0);
	e->cur = p;
	e->want_col = -1;
	return 1;
}

int
ledit_delete(struct ledit *e)
{
	int w;
	size_t n;

	if (e->cur >= e->len)
		return 0;
	snapshot(e, OP_DELETE, 0);
	n = ledit_char(e->buf + e->cur, e->len - e->cur, &w);
	splice(e, e->cur, n, NULL, 0);
	e->want_col = -1;
	return 1;
}

int
ledit_kill_end(struct ledit *e)
{
	size_t end = line_end(e);

	if (end == e->cur) {
		/* at the end of a line in long text, C-K joins the next line */
		if (end < e->len)
			end++;
		else
			return 0;
	}
	snapshot(e, OP_OTHER, 1);
	splice(e, e->cur, end - e->cur, NULL, 0);
	return 1;
}

int
ledit_kill_start(struct ledit *e)
{
	size_t start = line_start(e);

	if (start == e->cur)
		return 0;
	snapshot(e, OP_OTHER, 1);
	splice(e, start, e->cur - start, NULL, 0);
	e->cur = start;
	return 1;
}

int
ledit_kill_word(struct ledit *e)
{
	size_t p = e->cur;

	while (p > 0 && (e->buf[p - 1] == ' ' || e->buf[p - 1] == '\t'))
		p--;
	while (p > 0 && e->buf[p - 1] != ' ' && e->buf[p - 1] != '\t' && e->buf[p - 1] != '\n')
		p--;
	if (p == e->cur)
		return 0;
	snapshot(e, OP_OTHER, 1);
	splice(e, p, e->cur - p, NULL, 0);
	e->cur = p;
	return 1;
}

int
ledit_hscroll(const struct ledit *e, int width, size_t *start)
{
	size_t ls = line_start(e), s = *start;
	int w, half;

	if (width < 2)
		width = 2;
	/* The view moves in jumps of half its width, so that most keys change
	 * one cell of the terminal rather than repaint the whole line. */
	half = width / 2;
	if (s < ls)
		s = ls;
	if (s > e->cur) {
		/* the cursor went left of the view: put it half a view in */
		s = e->cur;
		while (s > ls && ledit_width(e->buf + s, e->cur - s) < half) {
			s--;
			while (s > ls && ((unsigned char)e->buf[s] & 0xc0) == 0x80)
				s--;
		}
	}
	/* the whole line fits: no scrolling */
	if (ledit_width(e->buf + ls, line_end(e) - ls) <= width - 1)
		s = ls;
	/* the cursor went past the right edge (keeping a column for it after
	 * the text): jump so it is half a view in */
	if (ledit_width(e->buf + s, e->cur - s) > width - 1)
		while (ledit_width(e->buf + s, e->cur - s) > half)
			s += ledit_char(e->buf + s, e->cur - s, &w);
	*start = s;
	return ledit_width(e->buf + s, e->cur - s);
}

size_t
wrap_text(const char *s, size_t n, int width, struct wrap_line **lines)
{
	struct wrap_line *out = NULL;
	size_t nout = 0, i = 0;

	if (width < 1)
		width = 1;
	for (;;) {
		size_t start = i, brk = 0, j = i;
		int col = 0, w;

		/* one wrapped line */
		while (j < n && s[j] != '\n') {
			size_t len = ledit_char(s + j, n - j, &w);

			if (col + w > width && j > start)
				break;
			col += w;
			j += len;
			if (s[j - len] == ' ')
				brk = j;
		}
		if (j < n && s[j] != '\n' && brk > start)
			j = brk;
		out = xrealloc(out, (nout + 1) * sizeof *out);
		out[nout].start = start;
		out[nout].len = j - start;
		nout++;
		if (j >= n)
			break;
		i = s[j] == '\n' ? j + 1 : j;
		if (s[j] == '\n' && i == n) {
			/* text ending in a newline has an empty last line */
			out = xrealloc(out, (nout + 1) * sizeof *out);
			out[nout].start = n;
			out[nout].len = 0;
			nout++;
			break;
		}
	}
	*lines = out;
	return nout;
}

void
wrap_locate(const struct wrap_line *lines, size_t nlines, const char *s, size_t off, size_t *line, int *col)
{
	size_t i, l = 0;
	size_t end;

	for (i = 0; i < nlines; i++)
		if (lines[i].start <= off)
			l = i;
	end = lines[l].start + lines[l].len;
	*line = l;
	*col = ledit_width(s + lines[l].start, (off < end ? off : end) - lines[l].start);
}

size_t
wrap_offset(const struct wrap_line *lines, size_t nlines, const char *s, size_t line, int col)
{
	size_t i, end;
	int c = 0, w;

	if (line >= nlines)
		line = nlines - 1;
	i = lines[line].start;
	end = i + lines[line].len;
	while (i < end) {
		size_t len = ledit_char(s + i, end - i, &w);

		if (c + w > col)
			break;
		c += w;
		i += len;
	}
	/* at a soft wrap, the end of the line is the start of the next: stay before a trailing space */
	if (i == end && line + 1 < nlines && lines[line + 1].start == end && end > lines[line].start)
		i = prev_char(s, end);
	return i;
}

static void
move_line(struct ledit *e, int width, int dir)
{
	struct wrap_line *lines;
	size_t n = wrap_text(e->buf, e->len, width, &lines), line;
	int col;

	wrap_locate(lines, n, e->buf, e->cur, &line, &col);
	if (e->want_col < 0)
		e->want_col = col;
	if (dir < 0 && line > 0)
		e->cur = wrap_offset(lines, n, e->buf, line - 1, e->want_col);
	else if (dir > 0 && line + 1 < n)
		e->cur = wrap_offset(lines, n, e->buf, line + 1, e->want_col);
	else if (dir < 0)
		e->cur = 0;
	else
		e->cur = e->len;
	e->last_op = OP_NONE;
	free(lines);
}

void
ledit_up(struct ledit *e, int width)
{
	move_line(e, width, -1);
}

void
ledit_down(struct ledit *e, int width)
{
	move_line(e, width, 1);
}
