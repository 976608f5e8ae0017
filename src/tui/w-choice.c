/* w-choice.c: choice (radio buttons) and multi (check boxes), each option
 * with its help shown in the help pane while the cursor is on it. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

/* Shared with w-yesno.c. */
void w_options_render(struct tui *t, const struct value *f, struct pane *p, int index, int multi);
int w_options_key(struct tui *t, const struct value *f, int is_key, wint_t ch, int multi);

void
w_options_render(struct tui *t, const struct value *f, struct pane *p, int index, int multi)
{
	const struct value *opts = value_get(f, "options");
	int editing = t->editing && index == t->focus;
	size_t i, n = value_count(opts);
	int any = 0;

	for (i = 0; i < n; i++) {
		const struct value *o = value_at(opts, i);
		const struct value *sel = value_get(o, "selected");
		int on = sel != NULL && sel->type == VAL_BOOL && sel->u.b;
		const char *box;
		char *line;
		int attr;

		if (!editing && !on)
			continue;
		any = 1;
		if (multi)
			box = on ? (t->utf8 ? "[\xe2\x9c\x93]" : "[x]") : "[ ]";
		else
			box = on ? (t->utf8 ? "(\xe2\x80\xa2)" : "(*)") : "( )";
		line = xasprintf("%s %s", editing ? box : "", view_str(o, "label"));
		attr = term_attr(editing && (int)i == t->opt ? ROLE_EDIT : ROLE_ANSWER);
		pane_wrap(p, editing ? line : line + 1, attr, 2, index);
		p->lines[p->n - 1].item = (int)i;
		if (editing && (int)i == t->opt)
			p->lines[p->n - 1].cursor = 1;
		free(line);
	}
	if (!any)
		pane_add(p, n == 0 ? "(no options yet: they depend on earlier answers)" : "(not answered)",
		    n == 0 ? 48 : 14, term_attr(ROLE_DIM), 2, index);
}

int
w_options_key(struct tui *t, const struct value *f, int is_key, wint_t ch, int multi)
{
	const struct value *opts = value_get(f, "options");
	int n = (int)value_count(opts);

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
	if (!is_key && (ch == ' ' || ch == '\r' || ch == '\n' || ch == 'x')) {
		int flags;

		if (t->opt < 0 || t->opt >= n)
			return TUI_REDRAW;
		flags = edit_toggle(t, f, view_str(value_at(opts, (size_t)t->opt), "value"));
		/* a radio choice is made with one key; check boxes stay open */
		if (!multi && ch != ' ')
			return flags | TUI_LEAVE;
		return flags;
	}
	if (!is_key && ch == 0x1a)
		return edit_undo(t);
	return TUI_UNHANDLED;
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	w_options_render(t, f, p, index, strcmp(view_str(f, "type"), "multi") == 0);
}

static int
begin(struct tui *t, const struct value *f)
{
	const struct value *opts = value_get(f, "options");
	size_t i;

	t->opt = 0;
	for (i = 0; i < value_count(opts); i++) {
		const struct value *sel = value_get(value_at(opts, i), "selected");

		if (sel != NULL && sel->type == VAL_BOOL && sel->u.b) {
			t->opt = (int)i;
			break;
		}
	}
	return 1;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	return w_options_key(t, f, is_key, ch, strcmp(view_str(f, "type"), "multi") == 0);
}

static int
commit(struct tui *t, const struct value *f)
{
	(void)t;
	(void)f;
	return 0;	/* every selection goes to the model at once */
}

/* A click on an option selects it as Space would. */
static int
click(struct tui *t, const struct value *f, int item)
{
	t->opt = item;
	return key(t, f, 0, ' ');
}

const struct widget w_choice = {
	.type = "choice", .render = render, .begin = begin, .key = key, .commit = commit, .click = click,
};
