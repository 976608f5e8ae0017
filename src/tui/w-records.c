/* w-records.c: a table of rows with sub-fields (outcome x measure x
 * informant x timepoint), as a spreadsheet's grid.
 *
 * When the table has the focus its keys are the grid's: typing edits the
 * cell under the cursor; Tab and Shift-Tab go cell by cell and on to the
 * next or previous row; Tab after the last cell goes to a new row, which
 * exists once something is typed in it (Tab again there leaves the
 * table); the arrows move between cells, and Up from the first row or
 * Down from the new row leave it.  A column of options shows them under
 * the table: type-ahead and digits as on a choice question, Space ticks
 * in a column that takes several.  Ctrl-K cuts a row, Shift-Up and
 * Shift-Down move it.  Coming back to a table puts the cursor on the cell
 * last used there.
 *
 * The state: t->opt is the row (count = the new row), t->col the column;
 * t->sub is SUB_TYPING while a cell's text is in the editor, SUB_OPTIONS
 * while a column's options are open (t->pick highlighted). */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)
#define MIN_COL 10	/* a squeezed column keeps this many columns of text */
#define MAX_COLS 64
#define SEP 3		/* " | " after each cell */
#define SUB_TYPING 1
#define SUB_OPTIONS 2

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

static const struct value *
column(const struct value *f, int c)
{
	return view_at(value_get(f, "columns"), c);
}

static int
nrows(const struct value *f)
{
	return (int)value_count(value_get(f, "rows"));
}

static int
ncols(const struct value *f)
{
	int n = (int)value_count(value_get(f, "columns"));

	return n > MAX_COLS ? MAX_COLS : n;
}

/* The stored text of a cell ("" for the new row or an empty cell). */
static const char *
cell(const struct value *f, int row, int c)
{
	const struct value *v = view_at(view_at(value_get(f, "rows"), row), c);

	return v != NULL && v->type == VAL_STR ? v->u.str.s : "";
}

static int
is_multi(const struct value *col)
{
	return strcmp(view_str(col, "type"), "multi") == 0;
}

static int
has_options(const struct value *col)
{
	return value_get(col, "options") != NULL && value_get(col, "options")->type == VAL_SEQ;
}

/* A column's options by value, for cell_shown: a column may have
 * thousands (every outcome named so far), and every cell drawn looks its
 * value up.  Kept while the screen data stays the same (view_generation). */
#define OPT_INDEX_MIN 16	/* fewer options: looked through one by one */
#define OPT_INDEXES 4

static struct opt_index {
	const struct value *opts;
	unsigned long gen;
	size_t cap;		/* slots, a power of two, at least twice the options */
	const struct value **slot;
} opt_index[OPT_INDEXES];
static unsigned opt_index_next;

static size_t
opt_hash(const char *s)
{
	uint32_t h = 2166136261u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static const struct opt_index *
options_index(const struct value *opts)
{
	struct opt_index *x;
	size_t k, n = value_count(opts), i;

	for (k = 0; k < OPT_INDEXES; k++)
		if (opt_index[k].opts == opts && opt_index[k].gen == view_generation)
			return &opt_index[k];
	x = &opt_index[opt_index_next++ % OPT_INDEXES];
	free(x->slot);
	x->opts = opts;
	x->gen = view_generation;
	for (x->cap = 64; x->cap < 2 * n; x->cap *= 2)
		;
	x->slot = xcalloc(x->cap, sizeof(const struct value *));
	/* in order, a later option of the same value in place of an earlier */
	for (k = 0; k < n; k++) {
		const struct value *o = value_at(opts, k);
		const char *v = view_str(o, "value");

		for (i = opt_hash(v) & (x->cap - 1); x->slot[i] != NULL; i = (i + 1) & (x->cap - 1))
			if (strcmp(view_str(x->slot[i], "value"), v) == 0)
				break;
		x->slot[i] = o;
	}
	return x;
}

/* The label of the option whose value is part, or NULL. */
static const char *
option_label(const struct value *opts, const char *part)
{
	size_t k, n = value_count(opts);
	const char *label = NULL;

	if (n >= OPT_INDEX_MIN) {
		const struct opt_index *x = options_index(opts);

		for (k = opt_hash(part) & (x->cap - 1); x->slot[k] != NULL; k = (k + 1) & (x->cap - 1))
			if (strcmp(view_str(x->slot[k], "value"), part) == 0)
				return view_str(x->slot[k], "label");
		return NULL;
	}
	for (k = 0; k < n; k++)
		if (strcmp(view_str(value_at(opts, k), "value"), part) == 0)
			label = view_str(value_at(opts, k), "label");
	return label;
}

/* A cell as shown: an option's value as its label (a column of several:
 * each, by commas). */
static char *
cell_shown(const struct value *col, const char *text)
{
	const struct value *opts = value_get(col, "options");
	struct buf b;
	char *copy, *part, *rest = NULL;

	if (!has_options(col) || *text == '\0')
		return xstrdup(text);
	buf_init(&b);
	copy = xstrdup(text);
	for (part = strtok_r(copy, ",", &rest); part != NULL; part = strtok_r(NULL, ",", &rest)) {
		const char *label;

		while (*part == ' ')
			part++;
		label = option_label(opts, part);
		buf_addf(&b, "%s%s", b.len > 0 ? ", " : "", label != NULL ? label : part);
	}
	free(copy);
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

/* Which rows' cells are here: a long table's rows not yet asked for
 * (view.c) are blanks and add nothing to a column's width.  NULL: all;
 * else a '1' for each row that is here. */
static const char *
rows_here(const struct value *f)
{
	const struct value *loaded = value_get(f, "rows_loaded");

	return loaded != NULL && loaded->type == VAL_STR && loaded->u.str.len >= (size_t)nrows(f) ?
	    loaded->u.str.s : NULL;
}

/* Is value among the comma-separated values of text? */
static int
holds(const char *text, const char *value)
{
	size_t n = strlen(value);
	const char *p = text;

	while (*p != '\0') {
		while (*p == ' ' || *p == ',')
			p++;
		if (strncmp(p, value, n) == 0 && (p[n] == '\0' || p[n] == ',' || p[n] == ' '))
			return 1;
		p += strcspn(p, ",");
	}
	return 0;
}

/* The widest text of column c: its label or a cell. */
static int
natural_width(const struct value *f, int c)
{
	int w = text_width(view_str(column(f, c), "label")), r, rows = nrows(f);
	const char *here = rows_here(f);

	for (r = 0; r < rows; r++) {
		char *shown;
		int cw;

		if (here != NULL && here[r] != '1')
			continue;
		shown = cell_shown(column(f, c), cell(f, r, c));
		cw = text_width(shown);
		free(shown);
		if (cw > w)
			w = cw;
	}
	return w;
}

/* Column widths sized to their content within avail columns (each cell
 * also takes a space and a bar): narrow columns keep their width, the
 * others share what is left, none below MIN_COL; when even that does not
 * fit, the table scrolls sideways. */
static void
col_widths(const struct value *f, int avail, int *w, int n)
{
	int fixed[MAX_COLS], left = avail, open = n, c, changed = 1;

	for (c = 0; c < n; c++) {
		w[c] = natural_width(f, c);
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
		/* the columns that want more share what is left, the last one
		 * taking the remainder, so the table fills the width it has */
		int share = left / open - SEP, last = -1;

		for (c = 0; c < n; c++)
			if (!fixed[c]) {
				w[c] = share > MIN_COL ? share : (w[c] < MIN_COL ? w[c] : MIN_COL);
				last = c;
			}
		if (share > MIN_COL && last >= 0)
			w[last] += left - open * (share + SEP);
	}
}

/* A table scrolled sideways uses the whole width: the room the columns in
 * sight leave goes to those of them whose text is cut, then to the last.
 * Returns the width now used. */
static int
widen(const struct value *f, int *cw, int first, int shown, int width, int used)
{
	int extra = width - used, c, pass;

	for (pass = 0; pass < 2 && extra > 0; pass++)
		for (c = first; c < first + shown && extra > 0; c++) {
			int want = pass == 0 ? natural_width(f, c) - cw[c] : extra;
			int give = want < extra / (first + shown - c) + 1 ? want : extra / (first + shown - c) + 1;

			if (pass == 1)
				give = c == first + shown - 1 ? extra : 0;
			if (give > extra)
				give = extra;
			if (give > 0) {
				cw[c] += give;
				extra -= give;
			}
		}
	return width - extra;
}

/* One table line: cells from column first, as many as fit in width; row
 * -1 is the header. */
static char *
table_line(struct tui *t, const struct value *f, int row, int first, const int *cw, int width)
{
	struct buf b;
	int used = 0, c, n = ncols(f);

	buf_init(&b);
	for (c = first; c < n && used + cw[c] + SEP <= width; c++) {
		char *s = row < 0 ? xstrdup(view_str(column(f, c), "label")) : cell_shown(column(f, c), cell(f, row, c));
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
		buf_adds(&b, c + 1 < n ? " | " : "   ");
		used += cw[c] + SEP;
		free(s);
	}
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

/* What a table's row lines are made from when they are drawn. */
struct rows_lazy {
	const struct value *f;
	int first, width;
	int cw[MAX_COLS];
};

static char *
row_line(struct tui *t, const void *arg, int row)
{
	const struct rows_lazy *z = arg;

	return table_line(t, z->f, row, z->first, z->cw, z->width);
}

/* The first column shown: column 0, or far enough right that column col fits. */
static int
first_col(int col, const int *cw, int width)
{
	int first = col, used = cw[col] + SEP;

	while (first > 0 && used + cw[first - 1] + SEP <= width) {
		first--;
		used += cw[first] + SEP;
	}
	return first;
}

/* The cell last used in this table (0, 0 the first time). */
static struct tui_cell *
memory(struct tui *t, const struct value *f)
{
	char *name = xasprintf("%s.%s", view_str(value_get(t->screen, "step"), "id"), view_str(f, "id"));
	size_t i, n = sizeof t->cells / sizeof t->cells[0];
	struct tui_cell *free_slot = NULL;

	for (i = 0; i < n; i++) {
		if (t->cells[i].key != NULL && strcmp(t->cells[i].key, name) == 0) {
			free(name);
			return &t->cells[i];
		}
		if (t->cells[i].key == NULL && free_slot == NULL)
			free_slot = &t->cells[i];
	}
	if (free_slot == NULL) {
		/* full: the oldest goes */
		free(t->cells[0].key);
		memmove(t->cells, t->cells + 1, (n - 1) * sizeof t->cells[0]);
		free_slot = &t->cells[n - 1];
	}
	free_slot->key = name;
	free_slot->row = free_slot->col = 0;
	return free_slot;
}

static void
remember(struct tui *t, const struct value *f)
{
	struct tui_cell *m = memory(t, f);

	m->row = t->opt;
	m->col = t->col;
}

/* The options of the column under the cursor, numbered, for a cell being picked. */
static void
render_options(struct tui *t, const struct value *col, const char *text, struct pane *p, int index)
{
	const struct value *opts = value_get(col, "options");
	size_t k, n = value_count(opts);
	int multi = is_multi(col);

	for (k = 0; k < n; k++) {
		const struct value *o = value_at(opts, k);
		int on = holds(text, view_str(o, "value"));
		const char *box = multi ? (on ? (t->utf8 ? "[\xe2\x9c\x93]" : "[x]") : "[ ]") :
		    (on ? (t->utf8 ? "(\xe2\x80\xa2)" : "(*)") : "( )");
		char num[8], *line;

		if (k < 9)
			snprintf(num, sizeof num, "%zu", k + 1);
		else
			*num = '\0';
		line = xasprintf("%2s %s %s", num, box, view_str(o, "label"));
		pane_wrap(p, line, term_attr((int)k == t->pick ? ROLE_EDIT : ROLE_ANSWER), 4, index);
		if ((int)k == t->pick)
			p->lines[p->n - 1].cursor = 4;
		free(line);
	}
	if (n == 0) {
		char *none = w_options_none(col);

		pane_wrap(p, none, term_attr(ROLE_DIM), 4, index);
		free(none);
	}
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	int focused = index == t->focus && !t->read_only;
	int editing = t->editing && focused;
	int width = p->width - 2, first = 0, n = ncols(f), cw[MAX_COLS] = { 0 }, c, shown, x, row, col, i;
	int rows = nrows(f);
	char *line, more[96];
	struct rows_lazy *z;
	const struct pane_lazy *lazy;

	if (n == 0)
		return;
	/* the grid's cursor shows whenever the table has the focus */
	row = editing ? t->opt : memory(t, f)->row;
	col = editing ? t->col : memory(t, f)->col;
	if (row > rows)
		row = rows;
	if (col >= n)
		col = n - 1;
	col_widths(f, width, cw, n);
	if (focused)
		first = first_col(col, cw, width);
	for (shown = 0, x = 0, c = first; c < n && x + cw[c] + SEP <= width; c++, shown++)
		x += cw[c] + SEP;
	if (first > 0 || first + shown < n)
		x = widen(f, cw, first, shown, width, x);
	line = table_line(t, f, -1, first, cw, width);
	pane_add(p, line, strlen(line), term_attr(ROLE_LABEL), 2, index);
	free(line);
	/* columns out of sight: say how many and which way, on the header's
	 * line when there is room, else under the rows */
	*more = '\0';
	if (first > 0 || first + shown < n) {
		int mw;

		snprintf(more, sizeof more, "%s%d more column%s%s", first > 0 ? (t->utf8 ? "\xe2\x86\x90 " : "<- ") : "",
		    n - shown, n - shown == 1 ? "" : "s", first + shown < n ? (t->utf8 ? " \xe2\x86\x92" : " ->") : "");
		mw = text_width(more);
		if (x + mw + SEP <= width) {
			char *tail = xasprintf("%*s%s", width - x - mw, "", more);

			pane_tail(p, tail, term_attr(ROLE_DIM));
			free(tail);
			*more = '\0';
		}
	}
	/* the rows' text is made only for the lines drawn */
	z = xcalloc(1, sizeof *z);
	z->f = f;
	z->first = first;
	z->width = width;
	memcpy(z->cw, cw, sizeof z->cw);
	lazy = pane_lazy_new(p, row_line, z);
	for (i = 0; i < rows + (focused ? 1 : 0); i++) {
		int cx = 0;
		int attr = term_attr(i == rows ? ROLE_DIM : focused && i == row ? ROLE_EDIT : ROLE_ANSWER);

		if (i < rows)
			pane_add_lazy(p, lazy, i, attr, 2, index);
		else
			pane_add(p, "+ (new row: type to start it)", 29, attr, 2, index);
		p->lines[p->n - 1].item = i;
		if (focused && i == row && !(editing && t->sub)) {
			for (c = first; c < col && i < rows; c++)
				cx += cw[c] + SEP;
			p->lines[p->n - 1].cursor = cx;
		}
	}
	if (rows == 0 && !focused)
		pane_add(p, "(not answered)", 14, term_attr(ROLE_DIM), 2, index);
	if (*more != '\0')
		pane_add(p, more, strlen(more), term_attr(ROLE_DIM), 2, index);
	if (!focused)
		return;
	{
		/* the cell under the cursor in full (a table's cell may be cut),
		 * or its editor, or its options */
		const struct value *cc = column(f, col);
		char *full = cell_shown(cc, row < rows ? cell(f, row, col) : "");
		struct buf b;

		buf_init(&b);
		buf_addf(&b, "%s %d of %d, column %d of %d, %s:", row < rows ? "Row" : "New row", row + 1,
		    row < rows ? rows : rows + 1, col + 1, n, view_str(cc, "label"));
		pane_wrap(p, b.data, term_attr(ROLE_LABEL), 2, index);
		buf_free(&b);
		if (editing && t->sub == SUB_TYPING)
			typing_render(t, p, index, 4);
		else if (editing && t->sub == SUB_OPTIONS)
			render_options(t, cc, row < rows ? cell(f, row, col) : "", p, index);
		else
			pane_wrap(p, *full != '\0' ? full : "(empty)", term_attr(*full != '\0' ? ROLE_ANSWER : ROLE_DIM), 4,
			    index);
		free(full);
	}
}

static int
begin(struct tui *t, const struct value *f)
{
	struct tui_cell *m = memory(t, f);

	t->opt = m->row <= nrows(f) ? m->row : nrows(f);
	t->col = m->col < ncols(f) ? m->col : 0;
	t->sub = 0;
	return ncols(f) > 0;
}

/* Puts text into the cell under the cursor, adding the row first when it
 * is the new one (nothing is added for nothing typed).  Returns flags. */
static int
put_cell(struct tui *t, const struct value *f, const char *text)
{
	int rows = nrows(f), row = t->opt, col = t->col, flags = TUI_REDRAW;

	if (row >= rows) {
		if (*text == '\0')
			return TUI_REDRAW;
		flags = edit_records(t, f, "add", rows, 0, NULL);
		row = rows;
	}
	/* f may be gone: the cell is named by its place */
	return flags | edit_records(t, view_field(t), "set", row + 1, col + 1, text);
}

static void
stop(struct tui *t)
{
	if (t->sub == SUB_TYPING)
		ledit_free(&t->le);
	t->sub = 0;
	t->pending = 0;
}

/* Ends the typing or the options, keeping the cell.  Returns flags. */
static int
finish(struct tui *t, const struct value *f)
{
	int flags = TUI_REDRAW;

	if (t->sub == SUB_TYPING && t->pending)
		flags = put_cell(t, f, t->le.buf);
	stop(t);
	/* the rows as they are now, for the move that may follow */
	if (flags & TUI_CHANGED) {
		view_reload(t);
		flags &= ~TUI_CHANGED;
	}
	return flags;
}

/* Moves the grid's cursor for a key (Tab, Shift-Tab, an arrow, Home,
 * End): TUI_UNHANDLED when it leaves the table, else TUI_REDRAW;
 * -1 for a key that is not a move. */
static int
grid_move(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	int rows = nrows(f), n = ncols(f);

	if (!is_key && ch == '\t') {
		if (t->opt >= rows)
			return TUI_UNHANDLED;	/* Tab on the new row, untouched: on to the next question */
		if (++t->col >= n) {
			t->col = 0;
			t->opt++;
		}
	} else if (is_key && (ch == KEY_BTAB || ch == TUI_KEY_STAB)) {
		if (t->opt >= rows && t->col > 0)
			t->col = 0;
		if (t->col > 0 && t->opt < rows)
			t->col--;
		else if (t->opt == 0)
			return TUI_UNHANDLED;
		else {
			t->opt = (t->opt > rows ? rows : t->opt) - 1;
			t->col = n - 1;
		}
	} else if (is_key && ch == KEY_UP) {
		if (t->opt == 0)
			return TUI_UNHANDLED;
		t->opt--;
	} else if (is_key && ch == KEY_DOWN) {
		if (t->opt >= rows)
			return TUI_UNHANDLED;
		t->opt++;
	} else if (is_key && ch == KEY_LEFT) {
		if (t->col > 0)
			t->col--;
	} else if (is_key && ch == KEY_RIGHT) {
		if (t->col < n - 1)
			t->col++;
	} else if (is_key && ch == KEY_HOME)
		t->col = 0;
	else if (is_key && ch == KEY_END)
		t->col = n - 1;
	else
		return -1;
	remember(t, f);
	return TUI_REDRAW;
}

/* Opens the cell under the cursor: its text in the editor, or its
 * column's options. */
static void
open_cell(struct tui *t, const struct value *f)
{
	const struct value *col = column(f, t->col);
	const char *text = t->opt < nrows(f) ? cell(f, t->opt, t->col) : "";

	t->edit_group++;
	if (has_options(col)) {
		const struct value *opts = value_get(col, "options");
		size_t k;

		t->sub = SUB_OPTIONS;
		t->pick = -1;
		t->nahead = 0;
		for (k = 0; k < value_count(opts) && !is_multi(col); k++)
			if (strcmp(view_str(value_at(opts, k), "value"), text) == 0)
				t->pick = (int)k;
		return;
	}
	ledit_free(&t->le);
	ledit_init(&t->le, text, 0);
	t->sub = SUB_TYPING;
	t->hstart = 0;
}

void
w_records_type(struct tui *t, const struct value *f)
{
	if (!has_options(column(f, t->col)))
		open_cell(t, f);
}

/* A key while the column's options are open. */
static int
options_key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	const struct value *col = column(f, t->col);
	const struct value *opts = value_get(col, "options");
	int n = (int)value_count(opts), multi = is_multi(col), flags;
	const char *text = t->opt < nrows(f) ? cell(f, t->opt, t->col) : "";
	int enter = (!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER);
	int want = -1, tab_pick = 0;

	if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
		t->nahead = 0;
		if (ch == KEY_DOWN)
			t->pick = t->pick < n - 1 ? t->pick + 1 : t->pick;
		else
			t->pick = t->pick > 0 ? t->pick - 1 : 0;
		return TUI_REDRAW;
	}
	if (!is_key && ch == 27) {
		stop(t);
		return TUI_REDRAW;
	}
	if (!is_key && ((ch >= '0' && ch <= '9') || (ch == ' ' && !multi)) && w_options_ahead_goes_on(t, opts, ch)) {
		w_options_ahead(t, opts, &t->pick, ch);
		return TUI_REDRAW;
	}
	if (!is_key && ch >= '0' && ch <= '9') {
		want = (int)(ch - '1');
		if (want < 0 || want >= n) {
			view_message(t, 1, "there is no option %c: press a number from 1 to %d", (char)ch, n < 9 ? n : 9);
			return TUI_REDRAW;
		}
		t->pick = want;
	} else if (enter || (!is_key && ch == ' ')) {
		if (t->pick < 0 || t->pick >= n) {
			if (enter) {
				stop(t);
				return TUI_REDRAW;
			}
			view_message(t, 1, "nothing is highlighted: type the start of an option or its number");
			return TUI_REDRAW;
		}
		want = t->pick;
	} else if (!is_key && ch > 0x20 && ch != 0x7f) {
		w_options_ahead(t, opts, &t->pick, ch);
		return TUI_REDRAW;
	} else if (((!is_key && ch == '\t') || (is_key && (ch == KEY_BTAB || ch == TUI_KEY_STAB))) &&
	    t->ahead_found && t->nahead > 0 && t->pick >= 0 && t->pick < n &&
	    !holds(text, view_str(value_at(opts, (size_t)t->pick), "value"))) {
		/* the words typed found an option and Tab leaves the cell: it is
		 * picked (ticked), as on a choice question, and Tab goes on */
		tab_pick = 1;
	} else
		return TUI_UNHANDLED;
	t->ahead_found = 0;
	if (tab_pick) {
		const char *value = view_str(value_at(opts, (size_t)t->pick), "value");
		struct buf b;

		t->nahead = 0;
		buf_init(&b);
		if (multi && *text != '\0')
			buf_addf(&b, "%s, %s", text, value);
		else
			buf_adds(&b, value);
		flags = put_cell(t, f, b.data);
		buf_free(&b);
		return flags | TUI_UNHANDLED;
	}
	t->nahead = 0;
	{
		const char *value = view_str(value_at(opts, (size_t)want), "value");
		int on = holds(text, value);
		struct buf b;

		buf_init(&b);
		if (!multi)
			buf_adds(&b, on && ch == ' ' ? "" : value);
		else if (on && enter) {
			/* Enter ticks; it never unticks */
			buf_adds(&b, text);
		} else {
			/* the column's values in its options' order, value ticked or not */
			size_t k;

			for (k = 0; k < (size_t)n; k++) {
				const char *v = view_str(value_at(opts, k), "value");

				if ((int)k == want ? !on : holds(text, v))
					buf_addf(&b, "%s%s", b.len > 0 ? ", " : "", v);
			}
			buf_adds(&b, "");
		}
		flags = strcmp(b.data, text) != 0 ? put_cell(t, f, b.data) : TUI_REDRAW;
		buf_free(&b);
	}
	/* a radio column closes on a pick, check boxes on Enter */
	if (!multi || enter)
		stop(t);
	return flags;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	int rows = nrows(f), flags, moved;
	int enter = (!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER);

	if (t->opt > rows)
		t->opt = rows;
	if (t->sub == SUB_OPTIONS) {
		flags = options_key(t, f, is_key, ch);
		if (!(flags & TUI_UNHANDLED))
			return flags;
		stop(t);	/* Tab and the rest: the options close */
		if (flags & ~TUI_UNHANDLED) {
			/* Tab picked the option the words typed found: the table
			 * changed (f may be gone), then the cursor moves */
			f = view_field(t);
			moved = grid_move(t, f, is_key, ch);
			return moved == TUI_UNHANDLED ? TUI_UNHANDLED : (flags & ~TUI_UNHANDLED) | TUI_REDRAW;
		}
	} else if (t->sub == SUB_TYPING) {
		if (enter) {
			/* Enter confirms a number or date cell only when it is one */
			char *why = edit_cell_refusal(t, f, t->col + 1, t->le.buf);

			if (why != NULL) {
				view_message(t, 1, "%s", why);
				free(why);
				return TUI_REDRAW;
			}
			if (t->message_error)
				*t->message = '\0';
			return finish(t, f);
		}
		if (!is_key && ch == 27)
			return finish(t, f);
		if (!(!is_key && ch == '\t') && !(is_key && (ch == KEY_BTAB || ch == TUI_KEY_STAB || ch == KEY_UP ||
		    ch == KEY_DOWN)))
			return typing_key(t, is_key, ch, COLS);
		/* Tab, Shift-Tab, Up, Down: the cell is done, the cursor moves */
		flags = finish(t, f);
		f = view_field(t);
		moved = grid_move(t, f, is_key, ch);
		return moved == TUI_UNHANDLED ? TUI_UNHANDLED : flags | TUI_REDRAW;
	}
	moved = grid_move(t, f, is_key, ch);
	if (moved >= 0)
		return moved;
	if (is_key) {
		switch (ch) {
		case KEY_SR: case KEY_SF: case TUI_KEY_MOVE_UP: case TUI_KEY_MOVE_DOWN: {
			int up = ch == KEY_SR || ch == TUI_KEY_MOVE_UP;

			if (t->opt >= rows || (up && t->opt == 0) || (!up && t->opt >= rows - 1))
				return TUI_REDRAW;
			flags = edit_records(t, f, up ? "up" : "down", t->opt + 1, 0, NULL);
			t->opt += up ? -1 : 1;
			remember(t, view_field(t));
			return flags;
		}
		case KEY_DC: ch = CTRL('k'); break;
		case KEY_ENTER: break;
		default: return TUI_UNHANDLED;
		}
	}
	if (enter) {
		open_cell(t, f);
		return TUI_REDRAW;
	}
	if (ch == CTRL('k')) {
		if (t->opt >= rows)
			return TUI_REDRAW;
		flags = edit_records(t, f, "delete", t->opt + 1, 0, NULL);
		view_message(t, 0, "row %d cut (Ctrl-Z undoes)", t->opt + 1);
		return flags;
	}
	if (ch == 27)
		return TUI_LEAVE;
	if (ch >= 0x20 && ch != 0x7f) {
		/* typing: into the cell, or to its options */
		open_cell(t, f);
		if (t->sub == SUB_OPTIONS)
			return options_key(t, f, 0, ch);
		return typing_key(t, 0, ch, COLS);
	}
	return TUI_UNHANDLED;
}

static int
commit(struct tui *t, const struct value *f)
{
	int flags;

	if (t->sub != SUB_TYPING)
		return 0;
	flags = t->opt < nrows(f) || *t->le.buf != '\0' ? put_cell(t, f, t->le.buf) : 0;
	/* a new row typed into exists now: the editor goes on in it */
	return flags;
}

static int
click(struct tui *t, const struct value *f, int item)
{
	if (t->sub)
		finish(t, f);
	t->opt = item;
	remember(t, view_field(t));
	return TUI_REDRAW;
}

static void
hints(struct tui *t, const struct value *f, struct hint *h)
{
	const struct value *col = column(f, t->editing ? t->col : memory(t, f)->col);
	const char *updown = t->utf8 ? "\xe2\x86\x91\xe2\x86\x93" : "Up/Dn";

	/* in a table Tab goes cell by cell */
	hint_set(h, 2, 0, "Tab", "Cell+");
	hint_set(h, 2, 1, "S-Tab", "Cell-");
	if (t->editing && t->sub == SUB_TYPING) {
		hint_set(h, 1, 0, "Enter", "OK");
		hint_set(h, 1, 1, "Esc", "Done");
		hint_set(h, 3, 0, updown, "Row");
		hint_set(h, 4, 0, "^U", "Cut left");
		hint_set(h, 4, 1, "^K", "Cut rest");
		return;
	}
	if (t->editing && t->sub == SUB_OPTIONS) {
		hint_set(h, 1, 0, "1-9", is_multi(col) ? "Tick" : "Pick");
		hint_set(h, 1, 1, "abc", "Find");
		hint_set(h, 3, 0, is_multi(col) ? "Space" : "Enter", is_multi(col) ? "Tick" : "Pick");
		hint_set(h, 3, 1, is_multi(col) ? "Enter" : "Esc", "Done");
		hint_set(h, 4, 0, updown, "Move");
		return;
	}
	hint_set(h, 1, 0, "abc", has_options(col) ? "Pick" : "Type");
	hint_set(h, 1, 1, "Enter", "Edit cell");
	if (!t->editing)
		return;
	hint_set(h, 3, 0, t->utf8 ? "\xe2\x86\x90\xe2\x86\x92" : "Lt/Rt", t->utf8 ? "Column" : "Col");
	hint_set(h, 3, 1, updown, "Row");
	hint_set(h, 4, 0, "^K", "Cut row");
	hint_set(h, 4, 1, t->utf8 ? "S-\xe2\x86\x91\xe2\x86\x93" : "S-Up", "Move");
	hint_set(h, 5, 0, "Esc", "Done");
}

const struct widget w_records = {
	.type = "records", .render = render, .begin = begin, .key = key, .commit = commit, .click = click,
	.hints = hints, .grid = 1,
};
