/* w-list.c: a list of short items.
 *
 * Typing on a list starts a new item (after the one under the cursor, or
 * at the end); Enter ends it and opens the next blank item, so a list is
 * typed as lines are; Enter on a blank item, or Esc, ends the list.  On an
 * item (Up and Down move) Enter edits it, Ctrl-K or Delete cuts it,
 * Ctrl-U puts the last cut item back above the cursor, and Shift-Up or
 * Shift-Down move it.  Each of these is one change to the plan, which
 * Ctrl-Z undoes.  Pasted lines become one item each.
 *
 * The editing state: t->opt is the item under the cursor (n, one past the
 * last, is the place of a new item); t->sub is 1 while an item's text is
 * in the editor, 2 while a new item's is (it reaches the plan when it is
 * ended, or by the autosave, and is an item like the others from then). */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)
#define SUB_ITEM 1	/* editing item t->opt */
#define SUB_NEW 2	/* typing a new item, to go in at t->opt */

static int
count(const struct value *f)
{
	return (int)value_count(value_get(f, "items"));
}

static const char *
item(const struct value *f, int i)
{
	const struct value *v = view_at(value_get(f, "items"), i);

	return v != NULL && v->type == VAL_STR ? v->u.str.s : "";
}

static int
blank(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s != ' ' && *s != '\t')
			return 0;
	return 1;
}

/* The items with item i replaced (repl != NULL), removed (op 'd'),
 * inserted before (op 'i', lines of repl), or swapped with the next (op 's'). */
static char *
join(const struct value *f, int i, char op, const char *repl)
{
	struct buf b;
	int k, n = count(f);

	buf_init(&b);
	for (k = 0; k <= n; k++) {
		if (k == i && op == 'i')
			buf_addf(&b, "%s\n", repl);
		if (k == n)
			break;
		if (k == i && op == 'd')
			continue;
		if (k == i && op == 's' && k + 1 < n) {
			buf_addf(&b, "%s\n%s\n", item(f, k + 1), item(f, k));
			k++;
			continue;
		}
		buf_addf(&b, "%s\n", k == i && op == 'r' ? repl : item(f, k));
	}
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

/* One change to the list, as the model takes it (one step of undo):
 * item i replaced by text ('r'), deleted ('d'), text put in before item i
 * ('i'), or item i swapped with the next ('s').  Text of several lines
 * (a paste) becomes that many items, in one change.  Returns flags. */
static int
change(struct tui *t, const struct value *f, int i, char op, const char *text)
{
	char *all;
	int flags;

	if (text == NULL || strchr(text, '\n') == NULL) {
		switch (op) {
		case 'r': return edit_item(t, f, "set", i + 1, text);
		case 'd': return edit_item(t, f, "delete", i + 1, NULL);
		case 'i': return edit_item(t, f, "add", i, text);
		case 's': return edit_item(t, f, "down", i + 1, NULL);
		}
	}
	all = join(f, i, op, text);
	flags = edit_text(t, f, all);
	free(all);
	return flags;
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	int editing = t->editing && index == t->focus;
	int i, n = count(f);
	const char *bullet = t->utf8 ? "\xe2\x80\xa2" : "-";

	for (i = 0; i <= n; i++) {
		char *line;

		if (editing && t->sub == SUB_NEW && i == t->opt) {
			/* the new item, where it will go */
			typing_render(t, p, index, 4);
		}
		if (i == n)
			break;
		if (editing && t->sub == SUB_ITEM && i == t->opt) {
			typing_render(t, p, index, 4);
			continue;
		}
		line = xasprintf("%s %s", bullet, item(f, i));
		pane_wrap(p, line, term_attr(editing && i == t->opt ? ROLE_EDIT : ROLE_ANSWER), 2, index);
		p->lines[p->n - 1].item = i;
		if (editing && i == t->opt && !t->sub)
			p->lines[p->n - 1].cursor = 0;
		free(line);
	}
	if (editing && !t->sub && t->opt >= n) {
		pane_add(p, "+ (type a new item here)", 24, term_attr(ROLE_DIM), 2, index);
		p->lines[p->n - 1].cursor = 0;
		p->lines[p->n - 1].item = n;
	} else if (n == 0 && !editing)
		pane_add(p, "(not answered)", 14, term_attr(ROLE_DIM), 2, index);
}

static void
start_new(struct tui *t, int at)
{
	ledit_free(&t->le);
	ledit_init(&t->le, "", 0);
	t->opt = at;
	t->hstart = 0;
	t->sub = SUB_NEW;
	t->pending = 0;
	t->edit_group++;
}

static int
begin(struct tui *t, const struct value *f)
{
	/* a new item at the end, ready for typing: Enter or a letter on a
	 * list adds to it */
	start_new(t, count(f));
	return 1;
}

/* Puts the item in the editor into the plan (a blank one: a new item is
 * dropped, an item made blank is deleted); the editor stays.  Returns flags. */
static int
store(struct tui *t, const struct value *f)
{
	int flags = TUI_REDRAW;

	if (t->sub == SUB_NEW) {
		if (!blank(t->le.buf)) {
			flags = change(t, f, t->opt, 'i', t->le.buf);
			t->sub = SUB_ITEM;	/* it is in the plan now */
		}
	} else if (t->sub == SUB_ITEM && t->pending) {
		if (blank(t->le.buf)) {
			flags = change(t, f, t->opt, 'd', NULL);
			view_message(t, 0, "the emptied item was deleted (Ctrl-Z undoes)");
			t->sub = SUB_NEW;
		} else
			flags = change(t, f, t->opt, 'r', t->le.buf);
	}
	t->pending = 0;
	return flags;
}

static void
stop_typing(struct tui *t)
{
	ledit_free(&t->le);
	t->sub = 0;
}

static int
typing(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	int flags, was_blank = blank(t->le.buf), was_new = t->sub == SUB_NEW;

	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		/* Enter on a blank new item ends the list; else the next item */
		if (was_new && was_blank) {
			stop_typing(t);
			return TUI_LEAVE;
		}
		flags = store(t, f);
		start_new(t, t->sub == SUB_NEW ? t->opt : t->opt + 1);
		return flags | TUI_REDRAW;
	}
	if (!is_key && ch == 27) {
		flags = store(t, f);
		stop_typing(t);
		return flags | TUI_LEAVE;
	}
	if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
		flags = store(t, f);
		/* a blank new item just goes away */
		if (ch == KEY_UP && t->opt > 0)
			t->opt--;
		else if (ch == KEY_DOWN && !(was_new && was_blank))
			t->opt++;
		stop_typing(t);
		return flags | TUI_REDRAW;
	}
	return typing_key(t, is_key, ch, COLS);
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	int n = count(f), flags;

	if (t->sub)
		return typing(t, f, is_key, ch);
	if (t->opt > n)
		t->opt = n;
	if (is_key) {
		switch (ch) {
		case KEY_UP: if (t->opt > 0) t->opt--; return TUI_REDRAW;
		case KEY_DOWN: if (t->opt < n) t->opt++; return TUI_REDRAW;
		case KEY_HOME: t->opt = 0; return TUI_REDRAW;
		case KEY_END: t->opt = n; return TUI_REDRAW;
		case KEY_ENTER: break;
		case KEY_DC: ch = CTRL('k'); break;
		case KEY_SR: case KEY_SF: case TUI_KEY_MOVE_UP: case TUI_KEY_MOVE_DOWN: {
			int up = ch == KEY_SR || ch == TUI_KEY_MOVE_UP, at = up ? t->opt - 1 : t->opt;

			if (t->opt >= n || at < 0 || at + 1 >= n)
				return TUI_REDRAW;
			flags = change(t, f, at, 's', NULL);
			t->opt += up ? -1 : 1;
			return flags;
		}
		default: return TUI_UNHANDLED;
		}
	}
	switch (ch) {
	case '\r': case '\n': case KEY_ENTER:
		if (t->opt >= n) {
			start_new(t, n);
			return TUI_REDRAW;
		}
		ledit_free(&t->le);
		ledit_init(&t->le, item(f, t->opt), 0);
		t->sub = SUB_ITEM;
		t->hstart = 0;
		t->edit_group++;
		return TUI_REDRAW;
	case CTRL('k'):
		if (t->opt >= n)
			return TUI_REDRAW;
		free(t->clip);
		t->clip = xstrdup(item(f, t->opt));
		flags = change(t, f, t->opt, 'd', NULL);
		view_message(t, 0, "item %d cut (Ctrl-U puts it back where the cursor is, Ctrl-Z undoes)", t->opt + 1);
		return flags;
	case CTRL('u'):
		if (t->clip == NULL) {
			view_message(t, 0, "nothing cut yet: Ctrl-K cuts the item under the cursor");
			return TUI_REDRAW;
		}
		return change(t, f, t->opt, 'i', t->clip);
	case 27:
		return TUI_LEAVE;
	}
	if (ch >= 0x20 && ch != 0x7f) {
		/* a new item after the one under the cursor */
		start_new(t, t->opt < n ? t->opt + 1 : n);
		return typing_key(t, 0, ch, COLS);
	}
	return TUI_UNHANDLED;
}

static int
commit(struct tui *t, const struct value *f)
{
	return t->sub ? store(t, f) : 0;
}

int
w_list_paste(struct tui *t, const struct value *f, const char *text)
{
	struct buf b;
	const char *p = text;
	int at, lines = 0, flags;

	/* the lines typed so far in an item come first */
	buf_init(&b);
	if (t->sub && !blank(t->le.buf))
		buf_addf(&b, "%s", t->le.buf);
	for (;;) {
		const char *nl = strpbrk(p, "\r\n");
		size_t len = nl != NULL ? (size_t)(nl - p) : strlen(p);
		char *line = xstrndup(p, len);

		if (!blank(line)) {
			buf_addf(&b, "%s%s", b.len > 0 ? "\n" : "", line);
			lines++;
		}
		free(line);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	buf_adds(&b, "");
	if (b.len == 0) {
		buf_free(&b);
		return TUI_REDRAW;
	}
	/* one change: the new items go in where the item being typed was
	 * (replacing it), or after the one under the cursor */
	at = t->sub == SUB_ITEM ? t->opt : t->sub == SUB_NEW ? t->opt : t->opt < count(f) ? t->opt + 1 : count(f);
	{
		char *all = join(f, at, t->sub == SUB_ITEM ? 'r' : 'i', b.data);

		flags = edit_text(t, f, all);
		free(all);
	}
	stop_typing(t);
	t->pending = 0;
	t->opt = at;
	view_message(t, 0, "pasted %d line%s as %s (Ctrl-Z undoes)", lines, lines == 1 ? "" : "s",
	    lines == 1 ? "an item" : "items of their own");
	buf_free(&b);
	return flags;
}

static void
hints(struct tui *t, const struct value *f, struct hint *h)
{
	(void)f;
	if (!t->editing) {
		hint_set(h, 1, 0, "abc", "Add");
		hint_set(h, 1, 1, "Enter", "Open");
		return;
	}
	if (t->sub) {
		hint_set(h, 1, 0, "Enter", "Add");
		hint_set(h, 1, 1, "Esc", "Done");
		hint_set(h, 3, 0, t->utf8 ? "\xe2\x86\x91\xe2\x86\x93" : "Up/Dn", "Item");
		hint_set(h, 4, 0, "^U", "Cut left");
		hint_set(h, 4, 1, "^K", "Cut rest");
		return;
	}
	hint_set(h, 1, 0, "abc", "Add");
	hint_set(h, 1, 1, "Esc", "Done");
	hint_set(h, 3, 0, "Enter", "Edit");
	hint_set(h, 3, 1, t->utf8 ? "\xe2\x86\x91\xe2\x86\x93" : "Up/Dn", "Item");
	hint_set(h, 4, 0, "^K", "Cut item");
	hint_set(h, 4, 1, "^U", "Put back");
	hint_set(h, 5, 0, t->utf8 ? "S-\xe2\x86\x91\xe2\x86\x93" : "S-Up", "Move");
}

const struct widget w_list = {
	.type = "list", .render = render, .begin = begin, .key = key, .commit = commit, .hints = hints,
};
