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

#define COL_WIDTH 18

/* One table line: cells from column first, each COL_WIDTH wide. */
static char *
table_line(const struct value *cells, int first, int width, int label)
{
	struct buf b;
	size_t i, n = value_count(cells);
	int used = 0;

	buf_init(&b);
	for (i = (size_t)first; i < n && used + 2 <= width; i++) {
		const struct value *c = value_at(cells, i);
		const char *s = label ? value_get(c, "label") != NULL ? value_get(c, "label")->u.str.s : "" :
		    c->type == VAL_STR ? c->u.str.s : "";
		size_t k = 0, len = strlen(s);
		int w = 0, cw;

		while (k < len) {
			size_t l = ledit_char(s + k, len - k, &cw);

			if (w + cw > COL_WIDTH - 2)
				break;
			if ((unsigned char)s[k] < 0x20)
				buf_addc(&b, ' ');
			else
				buf_add(&b, s + k, l);
			w += cw;
			k += l;
		}
		if (k < len && w > 0) {
			buf_adds(&b, "~");
			w++;
		}
		while (w < COL_WIDTH - 1) {
			buf_addc(&b, ' ');
			w++;
		}
		buf_adds(&b, "|");
		used += COL_WIDTH;
	}
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

static int
first_col(struct tui *t, int width)
{
	int shown = width / COL_WIDTH;

	if (shown < 1)
		shown = 1;
	return t->col >= shown ? t->col - shown + 1 : 0;
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	const struct value *cols = value_get(f, "columns"), *rows = value_get(f, "rows");
	int editing = t->editing && index == t->focus;
	int width = p->width - 2, first = editing ? first_col(t, width) : 0;
	size_t i, n = value_count(rows);
	char *line;

	line = table_line(cols, first, width, 1);
	pane_add(p, line, strlen(line), term_attr(ROLE_LABEL), 2, index);
	free(line);
	for (i = 0; i < n; i++) {
		line = table_line(value_at(rows, i), first, width, 0);
		pane_add(p, line, strlen(line), term_attr(editing && (int)i == t->opt ? ROLE_EDIT : ROLE_ANSWER), 2,
		    index);
		if (editing && (int)i == t->opt && !t->sub)
			p->lines[p->n - 1].cursor = (t->col - first) * COL_WIDTH;
		p->lines[p->n - 1].item = (int)i;
		free(line);
	}
	if (n == 0)
		pane_add(p, editing ? "(no rows: press a to add one)" : "(not answered)", editing ? 29 : 14,
		    term_attr(ROLE_DIM), 2, index);
	if (editing && t->sub) {
		const struct value *c = value_at(cols, (size_t)t->col);
		char *l = xasprintf("Row %d, %s:", t->opt + 1, tui_str(c, "label"));

		pane_add(p, l, strlen(l), term_attr(ROLE_LABEL), 2, index);
		free(l);
		tui_ledit_render(t, p, index, 4);
	} else if (editing && (size_t)t->col < value_count(cols)) {
		const struct value *c = value_at(cols, (size_t)t->col);
		const struct value *opts = value_get(c, "options");
		struct buf b;
		size_t k;

		buf_init(&b);
		buf_addf(&b, "Column %d of %zu: %s", t->col + 1, value_count(cols), tui_str(c, "label"));
		for (k = 0; k < value_count(opts); k++)
			buf_addf(&b, "%s%s", k == 0 ? " (Space picks: " : ", ", tui_str(value_at(opts, k), "value"));
		if (value_count(opts) > 0)
			buf_adds(&b, ")");
		pane_wrap(p, b.data, term_attr(ROLE_DIM), 2, index);
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
		if ((!is_key && (ch == '\r' || ch == '\n' || ch == 27)) || (is_key && ch == KEY_ENTER)) {
			flags = t->pending ? tui_records(t, f, "set", t->opt + 1, t->col + 1, t->le.buf) : TUI_REDRAW;
			ledit_free(&t->le);
			t->sub = 0;
			return flags;
		}
		return tui_ledit_key(t, is_key, ch, COLS);
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
		flags = tui_records(t, f, "add", n == 0 ? 0 : t->opt + 1, 0, NULL);
		t->opt = n == 0 ? 0 : t->opt + 1;
		t->col = 0;
		return flags;
	case 'd': case 'x':
		if (n == 0)
			return TUI_REDRAW;
		flags = tui_records(t, f, "delete", t->opt + 1, 0, NULL);
		if (t->opt >= n - 1 && t->opt > 0)
			t->opt--;
		tui_message(t, 0, "row deleted");
		return flags;
	case '[':
		if (t->opt == 0)
			return TUI_REDRAW;
		flags = tui_records(t, f, "up", t->opt + 1, 0, NULL);
		t->opt--;
		return flags;
	case ']':
		if (t->opt >= n - 1)
			return TUI_REDRAW;
		flags = tui_records(t, f, "down", t->opt + 1, 0, NULL);
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
			    strcmp(cell->u.str.s, tui_str(value_at(opts, k), "value")) == 0)
				next = k + 1;
		t->session++;
		return tui_records(t, f, "set", t->opt + 1, t->col + 1,
		    next < no ? tui_str(value_at(opts, next), "value") : "");
	}
	case '\r': case '\n': case 'e': case KEY_ENTER: {
		const struct value *cell;

		if (n == 0) {
			flags = tui_records(t, f, "add", 0, 0, NULL);
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
		t->session++;
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
	return tui_records(t, f, "set", t->opt + 1, t->col + 1, t->le.buf);
}

const struct widget w_records = { "records", render, begin, key, commit };
