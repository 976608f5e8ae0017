/* w-list.c: a list of short items: add, edit, delete and reorder, each an
 * edit of one item (edit_item), so a long list costs no more than a short one. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

/* The item being typed (t->opt, from 0) handed to the model: a new one
 * after the last, or the one there changed; blank text takes it out. */
static int
store(struct tui *t, const struct value *f, int n)
{
	int blank = t->le.buf == NULL || strspn(t->le.buf, " \t") == t->le.len;

	if (t->opt >= n)
		return blank ? TUI_REDRAW : edit_item(t, f, "add", n, t->le.buf);
	return edit_item(t, f, blank ? "delete" : "set", t->opt + 1, t->le.buf);
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	const struct value *items = value_get(f, "items");
	int editing = t->editing && index == t->focus;
	size_t i, n = value_count(items);

	for (i = 0; i < n; i++) {
		char *line;

		if (editing && t->sub && (int)i == t->opt) {
			typing_render(t, p, index, 4);
			continue;
		}
		line = xasprintf("%s %s", t->utf8 ? "\xe2\x80\xa2" : "-", value_at(items, i)->u.str.s);
		pane_wrap(p, line, term_attr(editing && (int)i == t->opt ? ROLE_EDIT : ROLE_ANSWER), 2, index);
		p->lines[p->n - 1].item = (int)i;
		if (editing && (int)i == t->opt && !t->sub)
			p->lines[p->n - 1].cursor = 0;
		free(line);
	}
	if (editing && t->sub && t->opt >= (int)n)
		typing_render(t, p, index, 4);
	if (n == 0 && !(editing && t->sub))
		pane_add(p, editing ? "(empty: press a to add an item)" : "(not answered)", editing ? 31 : 14,
		    term_attr(ROLE_DIM), 2, index);
}

static int
begin(struct tui *t, const struct value *f)
{
	(void)f;
	t->opt = 0;
	t->sub = 0;
	return 1;
}

static int
start_item(struct tui *t, const char *text)
{
	ledit_init(&t->le, text, 0);
	t->hstart = 0;
	t->sub = 1;
	t->edit_group++;
	return TUI_REDRAW;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	const struct value *items = value_get(f, "items");
	int n = (int)value_count(items), flags;

	if (t->sub) {
		if ((!is_key && (ch == '\r' || ch == '\n' || ch == 27)) || (is_key && ch == KEY_ENTER)) {
			flags = t->pending ? store(t, f, n) : TUI_REDRAW;
			ledit_free(&t->le);
			t->sub = 0;
			return flags;
		}
		return typing_key(t, is_key, ch, COLS);
	}
	if (is_key && ch == KEY_UP) {
		if (t->opt > 0)
			t->opt--;
		return TUI_REDRAW;
	}
	if (is_key && ch == KEY_DOWN) {
		if (t->opt < n - 1)
			t->opt++;
		return TUI_REDRAW;
	}
	if (is_key)
		return TUI_UNHANDLED;
	switch (ch) {
	case 'a': case 'i':
		t->opt = n == 0 ? 0 : n;
		if (ch == 'i' && n > 0)
			t->opt = n;
		return start_item(t, "");
	case '\r': case '\n': case 'e':
		if (n == 0 || t->opt >= n) {
			t->opt = n;
			return start_item(t, "");
		}
		return start_item(t, value_at(items, (size_t)t->opt)->u.str.s);
	case 'd': case 'x':
		if (n == 0)
			return TUI_REDRAW;
		flags = edit_item(t, f, "delete", t->opt + 1, NULL);
		if (t->opt >= n - 1 && t->opt > 0)
			t->opt--;
		view_message(t, 0, "item deleted (Ctrl-Z undoes)");
		return flags;
	case '[': case ']':
		if (n < 2 || (ch == '[' && t->opt == 0) || (ch == ']' && t->opt >= n - 1))
			return TUI_REDRAW;
		flags = edit_item(t, f, ch == '[' ? "up" : "down", t->opt + 1, NULL);
		t->opt += ch == '[' ? -1 : 1;
		return flags;
	}
	return TUI_UNHANDLED;
}

static int
commit(struct tui *t, const struct value *f)
{
	if (!t->sub)
		return 0;
	/* a new item exists once stored: further typing edits it in place */
	return store(t, f, (int)value_count(value_get(f, "items")));
}

const struct widget w_list = {
	.type = "list", .render = render, .begin = begin, .key = key, .commit = commit,
};
