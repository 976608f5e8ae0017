/* w-records.c: a table of rows with sub-fields (outcome x measure x
 * informant x timepoint): add, edit, delete and reorder rows; the table
 * scrolls sideways to the column being edited. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

#define MIN_COL 10	/* a squeezed column keeps this many columns of text */
#define MAX_COLS 64
#define SEP 3		/* " | " after each cell */

static int
text_width(const char *s)
{
	int w = 0, cw;
	size_t i = 0, n = strlen(s);

	while (i < n) {
		i += ledit_char(s + i, n - i, &cw);
		w += cw;
	}
	return w;
}

static const char *
cell_text(const struct value *cells, size_t i, int label)
{
	const struct value *c = value_at(cells, i);

	if (c == NULL)
		return "";
	if (label)
		return value_get(c, "label") != NULL && value_get(c, "label")->type == VAL_STR ?
		    value_get(c, "label")->u.str.s : "";
	return c->type == VAL_STR ? c->u.str.s : "";
}

/* Column widths sized to their content within avail columns (each cell
 * also takes a space and a bar): narrow columns keep their width, the
 * others share what is left, none below MIN_COL; when even that does not
 * fit, the table scrolls sideways.  Returns the width the whole table
 * needs. */
static int
col_widths(const struct value *cols, const struct value *rows, int avail, int *w, int n)
{
	int fixed[MAX_COLS], left = avail, open = n, total = 0, c, changed = 1;
	size_t r;

	for (c = 0; c < n; c++) {
		w[c] = text_width(cell_text(cols, (size_t)c, 1));
		for (r = 0; r < value_count(rows); r++) {
			int cw = text_width(cell_text(value_at(rows, r), (size_t)c, 0));

			if (cw > w[c])
				w[c] = cw;
		}
		if (w[c] < 1)
			w[c] = 1;
		if (w[c] > avail - SEP)
			w[c] = avail - SEP > 1 ? avail - SEP : 1;
		fixed[c] = 0;
	}
	/* water-filling: columns narrower than a fair share keep their width */
	while (changed && open > 0) {
		int share = left / open - SEP;

		changed = 0;
		for (c = 0; c < n; c++)
			if (!fixed[c] && w[c] <= share) {
				fixed[c] = 1;
				left -= w[c] + SEP;
				open--;
				changed = 1;
			}
	}
	if (open > 0) {
		int share = left / open - SEP;

		for (c = 0; c < n; c++)
			if (!fixed[c])
				w[c] = share > MIN_COL ? share : (w[c] < MIN_COL ? w[c] : MIN_COL);
	}
	for (c = 0; c < n; c++)
		total += w[c] + SEP;
	return total;
}

/* One table line: cells from column first, as many as fit in width. */
static char *
table_line(struct tui *t, const struct value *cells, int first, int ncols, const int *cw, int width, int label)
{
	struct buf b;
	int used = 0, c;

	buf_init(&b);
	for (c = first; c < ncols && used + cw[c] + SEP <= width; c++) {
		const char *s = cell_text(cells, (size_t)c, label);
		size_t k = 0, len = strlen(s);
		int w = 0, chw;

		while (k < len) {
			size_t l = ledit_char(s + k, len - k, &chw);

			/* room for the mark that says the text goes on */
			if (w + chw > cw[c] || (w + chw == cw[c] && k + l < len))
				break;
			if ((unsigned char)s[k] < 0x20)
				buf_addc(&b, ' ');
			else
				buf_add(&b, s + k, l);
			w += chw;
			k += l;
		}
		if (k < len) {
			buf_adds(&b, t->utf8 ? "\xe2\x80\xa6" : "~");
			w++;
		}
		while (w < cw[c]) {
			buf_addc(&b, ' ');
			w++;
		}
		buf_adds(&b, c + 1 < ncols ? " | " : "   ");
		used += cw[c] + SEP;
	}
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

/* The first column shown: column 0, or far enough right that the
 * column being edited fits. */
static int
first_col(struct tui *t, const int *cw, int width)
{
	int first = t->col, used = cw[t->col] + SEP;

	while (first > 0 && used + cw[first - 1] + SEP <= width) {
		first--;
		used += cw[first] + SEP;
	}
	return first;
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	const struct value *cols = value_get(f, "columns"), *rows = value_get(f, "rows");
	int editing = t->editing && index == t->focus;
	int width = p->width - 2, first = 0, ncols = (int)value_count(cols), cw[MAX_COLS] = { 0 }, c, shown, x;
	size_t i, n = value_count(rows);
	char *line, more[96];

	if (ncols > MAX_COLS)
		ncols = MAX_COLS;
	if (ncols == 0)
		return;
	col_widths(cols, rows, width, cw, ncols);
	if (editing && t->col < ncols)
		first = first_col(t, cw, width);
	for (shown = 0, x = 0, c = first; c < ncols && x + cw[c] + SEP <= width; c++, shown++)
		x += cw[c] + SEP;
	line = table_line(t, cols, first, ncols, cw, width, 1);
	pane_add(p, line, strlen(line), term_attr(ROLE_LABEL), 2, index);
	free(line);
	/* columns out of sight: say how many and which way, on the header's
	 * line when there is room, else under the rows */
	*more = '\0';
	if (first > 0 || first + shown < ncols) {
		int mw;

		snprintf(more, sizeof more, "%s%d more column%s%s", first > 0 ? (t->utf8 ? "\xe2\x86\x90 " : "<- ") : "",
		    ncols - shown, ncols - shown == 1 ? "" : "s",
		    first + shown < ncols ? (t->utf8 ? " \xe2\x86\x92" : " ->") : "");
		mw = text_width(more);
		if (x + mw + SEP <= width) {
			char *tail = xasprintf("%*s%s", width - x - mw, "", more);

			pane_tail(p, tail, term_attr(ROLE_DIM));
			free(tail);
			*more = '\0';
		}
	}
	for (i = 0; i < n; i++) {
		line = table_line(t, value_at(rows, i), first, ncols, cw, width, 0);
		pane_add(p, line, strlen(line), term_attr(editing && (int)i == t->opt ? ROLE_EDIT : ROLE_ANSWER), 2,
		    index);
		if (editing && (int)i == t->opt && !t->sub) {
			int cx = 0;

			for (c = first; c < t->col; c++)
				cx += cw[c] + SEP;
			p->lines[p->n - 1].cursor = cx;
		}
		p->lines[p->n - 1].item = (int)i;
		free(line);
	}
	if (n == 0)
		pane_add(p, editing ? "(no rows: press a to add one)" : "(not answered)", editing ? 29 : 14,
		    term_attr(ROLE_DIM), 2, index);
	if (*more != '\0')
		pane_add(p, more, strlen(more), term_attr(ROLE_DIM), 2, index);
	if (editing && t->sub) {
		const struct value *col = value_at(cols, (size_t)t->col);
		char *l = xasprintf("Row %d, %s:", t->opt + 1, view_str(col, "label"));

		pane_add(p, l, strlen(l), term_attr(ROLE_LABEL), 2, index);
		free(l);
		typing_render(t, p, index, 4);
	} else if (editing && t->col < ncols) {
		/* the cell under the cursor in full: a table cell may be cut */
		const struct value *col = value_at(cols, (size_t)t->col);
		const struct value *opts = value_get(col, "options");
		const char *full = n > 0 ? cell_text(value_at(rows, (size_t)t->opt), (size_t)t->col, 0) : "";
		struct buf b;
		size_t k;

		buf_init(&b);
		if (n > 0)
			buf_addf(&b, "Row %d of %zu, ", t->opt + 1, n);
		buf_addf(&b, "column %d of %d, %s:", t->col + 1, ncols, view_str(col, "label"));
		pane_wrap(p, b.data, term_attr(ROLE_LABEL), 2, index);
		buf_free(&b);
		if (n > 0)
			pane_wrap(p, *full != '\0' ? full : "(empty)", term_attr(*full != '\0' ? ROLE_ANSWER : ROLE_DIM), 4,
			    index);
		buf_init(&b);
		for (k = 0; k < value_count(opts); k++)
			buf_addf(&b, "%s%s", k == 0 ? "(Space picks: " : ", ", view_str(value_at(opts, k), "value"));
		if (value_count(opts) > 0) {
			buf_adds(&b, ")");
			pane_wrap(p, b.data, term_attr(ROLE_DIM), 4, index);
		}
		buf_free(&b);
	}
}

static int
begin(struct tui *t, const struct value *f)
{
	(void)f;
	t->opt = 0;
	t->col = 0;
	t->sub = 0;
	return 1;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	const struct value *rows = value_get(f, "rows");
	int n = (int)value_count(rows), ncols = (int)value_count(value_get(f, "columns")), flags;

	if (t->sub) {
		if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
			/* Enter confirms a number or date cell only when it is one */
			char *why = edit_cell_refusal(t, f, t->col + 1, t->le.buf);

			if (why != NULL) {
				view_message(t, 1, "%s", why);
				free(why);
				return TUI_REDRAW;
			}
			if (t->message_error)
				*t->message = '\0';
		}
		if ((!is_key && (ch == '\r' || ch == '\n' || ch == 27)) || (is_key && ch == KEY_ENTER)) {
			flags = t->pending ? edit_records(t, f, "set", t->opt + 1, t->col + 1, t->le.buf) : TUI_REDRAW;
			ledit_free(&t->le);
			t->sub = 0;
			return flags;
		}
		return typing_key(t, is_key, ch, COLS);
	}
	if (is_key) {
		switch (ch) {
		case KEY_UP: if (t->opt > 0) t->opt--; return TUI_REDRAW;
		case KEY_DOWN: if (t->opt < n - 1) t->opt++; return TUI_REDRAW;
		case KEY_LEFT: if (t->col > 0) t->col--; return TUI_REDRAW;
		case KEY_RIGHT: if (t->col < ncols - 1) t->col++; return TUI_REDRAW;
		case KEY_ENTER: break;
		default: return TUI_UNHANDLED;
		}
	}
	switch (ch) {
	case 'a':
		flags = edit_records(t, f, "add", n == 0 ? 0 : t->opt + 1, 0, NULL);
		t->opt = n == 0 ? 0 : t->opt + 1;
		t->col = 0;
		return flags;
	case 'd': case 'x':
		if (n == 0)
			return TUI_REDRAW;
		flags = edit_records(t, f, "delete", t->opt + 1, 0, NULL);
		if (t->opt >= n - 1 && t->opt > 0)
			t->opt--;
		view_message(t, 0, "row deleted");
		return flags;
	case '[':
		if (t->opt == 0)
			return TUI_REDRAW;
		flags = edit_records(t, f, "up", t->opt + 1, 0, NULL);
		t->opt--;
		return flags;
	case ']':
		if (t->opt >= n - 1)
			return TUI_REDRAW;
		flags = edit_records(t, f, "down", t->opt + 1, 0, NULL);
		t->opt++;
		return flags;
	case ' ': {
		/* a choice column: Space steps through its options (then blank) */
		const struct value *opts = value_get(value_at(value_get(f, "columns"), (size_t)t->col), "options");
		const struct value *cell;
		size_t k, no = value_count(opts), next = 0;

		if (no == 0 || n == 0)
			return TUI_REDRAW;
		cell = value_at(value_at(rows, (size_t)t->opt), (size_t)t->col);
		for (k = 0; k < no; k++)
			if (cell != NULL && cell->type == VAL_STR &&
			    strcmp(cell->u.str.s, view_str(value_at(opts, k), "value")) == 0)
				next = k + 1;
		t->edit_group++;
		return edit_records(t, f, "set", t->opt + 1, t->col + 1,
		    next < no ? view_str(value_at(opts, next), "value") : "");
	}
	case '\r': case '\n': case 'e': case KEY_ENTER: {
		const struct value *cell;

		if (n == 0) {
			flags = edit_records(t, f, "add", 0, 0, NULL);
			t->opt = 0;
			t->col = 0;
			ledit_init(&t->le, "", 0);
			t->sub = 1;
			t->hstart = 0;
			return flags;
		}
		cell = value_at(value_at(rows, (size_t)t->opt), (size_t)t->col);
		ledit_init(&t->le, cell != NULL && cell->type == VAL_STR ? cell->u.str.s : "", 0);
		t->sub = 1;
		t->edit_group++;
		t->hstart = 0;
		return TUI_REDRAW;
	}
	}
	return TUI_UNHANDLED;
}

static int
commit(struct tui *t, const struct value *f)
{
	if (!t->sub)
		return 0;
	return edit_records(t, f, "set", t->opt + 1, t->col + 1, t->le.buf);
}

const struct widget w_records = {
	.type = "records", .render = render, .begin = begin, .key = key, .commit = commit,
};
