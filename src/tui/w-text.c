/* w-text.c: a one-line text question, edited with readline keys. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

/* Shared by the one-line widgets (text, number, date): the answer, or the
 * editor while editing. */
void w_line_render(struct tui *t, const struct value *f, struct pane *p, int index, const char *after);
int w_line_key(struct tui *t, const struct value *f, int is_key, wint_t ch);
int w_checked_key(struct tui *t, const struct value *f, int is_key, wint_t ch);
void w_line_hints(struct tui *t, const struct value *f, struct hint *h);

/* The hints of the questions that take typed text: what typing does
 * (it answers), then the line editor's keys while editing. */
void
w_line_hints(struct tui *t, const struct value *f, struct hint *h)
{
	const char *type = view_str(f, "type");
	int numeric = strcmp(type, "number") == 0 || strcmp(type, "date") == 0;
	int multiline = t->le.multiline && !t->sub;

	if (!t->editing) {
		hint_set(h, 1, 0, numeric ? "0-9" : "abc", "Answer");
		hint_set(h, 1, 1, "Enter", "Edit");
		return;
	}
	hint_set(h, 1, 0, multiline ? "Esc" : "Enter", multiline ? "Done" : "OK");
	hint_set(h, 1, 1, multiline ? "^E" : "Esc", multiline ? "Editor" : "Done");
	hint_set(h, 3, 0, "^S", "Save");
	hint_set(h, 3, 1, "^Y", "Redo");
	hint_set(h, 4, 0, "^U", "Cut left");
	hint_set(h, 4, 1, "^K", "Cut rest");
	hint_set(h, 5, 0, "^A", "Home");
	if (!multiline)
		hint_set(h, 5, 1, "^E", "End");
}

void
w_line_render(struct tui *t, const struct value *f, struct pane *p, int index, const char *after)
{
	const char *text = view_str(f, "text");

	if (t->editing && index == t->focus) {
		typing_render(t, p, index, 2);
		return;
	}
	if (*text == '\0') {
		pane_add(p, "(not answered)", 14, term_attr(ROLE_DIM), 2, index);
		return;
	}
	{
		struct buf b;
		const struct value *rej = value_get(f, "rejected");

		buf_init(&b);
		buf_adds(&b, text);
		if (after != NULL && *after != '\0')
			buf_addf(&b, " %s", after);
		pane_wrap(p, b.data, term_attr(ROLE_ANSWER), 2, index);
		buf_free(&b);
		/* kept as typed but not a number or date: say so beside it */
		if (rej != NULL && rej->type == VAL_BOOL && rej->u.b)
			pane_tail(p, t->utf8 ? "  \xe2\x9c\x97 not accepted (Enter to fix)" : "  ! not accepted (Enter to fix)",
			    term_attr(ROLE_PROBLEM));
	}
}

/* Enter on a number or date: confirms only text the type accepts; other
 * text stays in the editor with a message saying what to type. */
int
w_checked_key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		char *why = edit_refusal(t, f, t->le.buf);

		if (why == NULL) {
			if (t->message_error)
				*t->message = '\0';	/* the refusal no longer applies */
			return TUI_LEAVE;
		}
		view_message(t, 1, "%s", why);
		free(why);
		return TUI_REDRAW;
	}
	return typing_key(t, is_key, ch, COLS);
}

int
w_line_key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	if ((!is_key && (ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		return TUI_LEAVE;	/* Enter confirms a one-line answer */
	}
	(void)f;
	return typing_key(t, is_key, ch, COLS);
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	w_line_render(t, f, p, index, NULL);
}

static int
begin(struct tui *t, const struct value *f)
{
	ledit_init(&t->le, view_str(f, "text"), 0);
	return 1;
}

static int
commit(struct tui *t, const struct value *f)
{
	return edit_text(t, f, t->le.buf);
}

const struct widget w_text = {
	.type = "text", .render = render, .begin = begin, .key = w_line_key, .commit = commit,
	.hints = w_line_hints,
};
