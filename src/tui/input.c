/* input.c: what a key does: the keys every mode shares, the focused
 * question's own keys (its widget's table), the navigation table, a paste
 * and the mouse.  Handlers return flags (tui-int.h) for the loop. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)

/* Reads a bracketed paste up to its end marker. */
static char *
read_paste(size_t *len)
{
	struct buf b;
	int r;
	wint_t ch;

	buf_init(&b);
	timeout(1000);
	for (;;) {
		r = term_get(&ch);
		if (r == ERR)
			break;
		if (r == KEY_CODE_YES) {
			if (ch == TUI_KEY_PASTE_END)
				break;
			if (ch == KEY_ENTER)
				buf_addc(&b, '\n');
			continue;
		}
		if (ch == '\r')
			ch = '\n';
		{
			char mb[MB_LEN_MAX];
			size_t n = typing_char_bytes(ch, mb);

			buf_add(&b, mb, n);
		}
	}
	*len = b.len;
	return buf_steal(&b, len);
}

static int
handle_paste(struct tui *t)
{
	size_t len;
	char *text = read_paste(&len);
	const struct value *f = view_field(t);

	if (!t->editing && f != NULL && view_is_text_type(view_str(f, "type")))
		nav_begin_edit(t);
	if (t->editing && (t->le.buf != NULL) && (view_is_text_type(view_str(f, "type")) || t->sub)) {
		ledit_paste(&t->le, text, len);
		t->pending = 1;
		view_message(t, 0, "pasted %zu characters (Ctrl-Z undoes)", len);
	} else
		view_message(t, 1, "paste into a text question: move to one and press Enter first");
	free(text);
	return TUI_REDRAW | TUI_DIRTY;
}

static int
input_action(struct tui *t, enum action a, wint_t ch)
{
	const struct value *f = view_field(t);

	switch (a) {
	case A_NEXT_FIELD: nav_move(t, 1); break;
	case A_PREV_FIELD: nav_move(t, -1); break;
	case A_NEXT_STEP:
		if (t->step < t->nsteps) nav_step(t, t->step + 1, 0);
		break;
	case A_PREV_STEP:
		if (t->step > 1) nav_step(t, t->step - 1, 0);
		break;
	case A_JUMP: {
		const struct value *steps = value_get(t->screen, "steps");
		size_t i;
		char want[8];

		snprintf(want, sizeof want, "%d", (int)(ch - '0'));
		for (i = 0; i < value_count(steps); i++)
			if (strcmp(view_str(value_at(steps, i), "number"), want) == 0) {
				nav_step(t, (int)i + 1, 0);	/* replaces the screen data: stop looking */
				return TUI_REDRAW;
			}
		view_message(t, 0, "there is no step %s", want);
		break;
	}
	case A_GOTO:
		t->goto_pending = 1;
		view_message(t, 0, "go to step: press its number, 0-9 (any other key carries on)");
		break;
	case A_EDIT: return nav_begin_edit(t);
	case A_SAVE:
		nav_commit(t);
		if (t->read_only)
			view_message(t, 1, "read-only: not saved (%s)", t->read_only_why);
		else if (view_saved(t))
			view_message(t, 0, "saved %s", t->path);
		else if (save_plan(t) == 0) {
			/* save.c says "saved" when the save in the background ends */
			t->save_asked = 1;
			view_message(t, 0, "saving %s...", t->path);
		}
		break;
	case A_QUIT:
		/* quit saves first; when saving fails, stay (a second ^Q quits,
		 * and the answers then go to a rescue copy) */
		nav_commit(t);
		if (t->read_only || view_saved(t) || save_now(t) == 0 || t->quit_armed)
			t->quit = 1;
		else {
			t->quit_armed = 1;
			view_message(t, 1, "%s; ^Q again quits and keeps a rescue copy", t->message);
		}
		break;
	case A_SEARCH: {
		char *q = prompt_line(t, "Search:", t->query != NULL ? t->query : "");

		if (q != NULL) {
			free(t->query);
			t->query = q;
			nav_search(t, 0);
		}
		break;
	}
	case A_SEARCH_NEXT: nav_search(t, 1); break;
	case A_HELP: page_help(t); break;
	case A_GLOSSARY: page_glossary(t); break;
	case A_EXTERNAL:
		if (f != NULL && strcmp(view_str(f, "type"), "textarea") == 0) {
			if (!t->editing)
				nav_begin_edit(t);
			if (t->editing)
				return typing_external(t);
		} else
			view_message(t, 0, "Ctrl-E edits long text in your editor; this question is not long text");
		break;
	case A_UNDO: {
		int fl = edit_undo(t);

		if (fl & TUI_CHANGED)
			view_reload(t);
		break;
	}
	case A_REDRAW: clearok(curscr, TRUE); break;
	case A_EXPORT: export_menu(t); break;
	case A_HEALTH: page_health(t); break;
	case A_RELOAD_PACK: nav_reload_pack(t); break;
	case A_SCROLL_MAIN: {
		/* half a pane at a time, so the reader keeps their place */
		int step = t->main_h / 2 > 1 ? t->main_h / 2 : 1;

		t->top += ch == CTRL('v') || ch == KEY_F(8) ? step : -step;
		if (t->top < 0)
			t->top = 0;
		t->free_scroll = 1;
		break;
	}
	case A_SCROLL_HELP:
		t->help_top += ch == ']' || ch == KEY_F(6) ? 3 : -3;
		if (t->help_top < 0)
			t->help_top = 0;
		break;
	case A_TITLE: {
		char *title;

		if (t->read_only) {
			view_message(t, 1, "read-only: %s", t->read_only_why);
			break;
		}
		nav_commit(t);	/* the question being edited keeps its text */
		title = prompt_line(t, "Plan title:", view_str(t->screen, "title"));
		if (title != NULL) {
			edit_title(t, title);
			free(title);
			view_reload(t);
		}
		break;
	}
	default: break;
	}
	return TUI_REDRAW;
}

/* Is ch one of the keys that answer the widget's question at once? */
static int
answer_key(const struct widget *w, wint_t ch)
{
	const wint_t *k;

	for (k = w->answer_keys; k != NULL && *k != 0; k++)
		if (*k == ch)
			return 1;
	return 0;
}

int
input_key(struct tui *t, int is_key, wint_t ch)
{
	const struct binding *b;
	const struct value *f = view_field(t);
	int flags, searching, go;

	if (is_key && ch == KEY_RESIZE)
		return TUI_REDRAW;
	/* n is the next hit only straight after / or n, as in less and vi;
	 * Ctrl-G waits for one key, a step's number */
	searching = t->search_active;
	t->search_active = 0;
	go = t->goto_pending;
	t->goto_pending = 0;
	if (go) {
		*t->message = '\0';
		if (!is_key && ch >= '0' && ch <= '9')
			return input_action(t, A_JUMP, ch);	/* leaves the edit, keeping it */
		if (!is_key && (ch == 27 || ch == CTRL('g')))
			return TUI_REDRAW;
		/* anything else does what it does: nothing typed is dropped */
	}
	if (t->notice != NULL && !(is_key && ch == KEY_MOUSE)) {
		/* the notes shown on opening go at the next key; Space and Esc only close them */
		free(t->notice);
		free(t->notice_title);
		t->notice = t->notice_title = NULL;
		if (!is_key && (ch == ' ' || ch == 27))
			return TUI_REDRAW;
	}
	/* scrolling the main pane works while editing too; any other key
	 * brings the focused question (and the cursor) back into view */
	if ((!is_key && (ch == CTRL('v') || ch == CTRL('y'))) || (is_key && (ch == KEY_F(7) || ch == KEY_F(8))))
		return input_action(t, A_SCROLL_MAIN, ch);
	if (!(is_key && ch == KEY_MOUSE) && !(is_key && ch >= KEY_F(1) && ch <= KEY_F(6)))
		t->free_scroll = 0;
	if (is_key && ch == TUI_KEY_PASTE_BEGIN)
		return handle_paste(t);
	if (is_key && ch == KEY_MOUSE) {
		MEVENT ev;

		if (getmouse(&ev) != OK || term_too_small() || ev.y < 1 || ev.y >= 256)
			return TUI_REDRAW;
		if (ev.bstate & (BUTTON4_PRESSED | WHEEL_DOWN)) {
			/* the wheel scrolls the pane under the pointer, three lines a notch */
			int dir = (ev.bstate & BUTTON4_PRESSED) ? -3 : 3;

			if (ev.x >= t->help_x && ev.y >= t->help_y && ev.y < t->help_y + t->help_h) {
				t->help_top += dir;
				if (t->help_top < 0)
					t->help_top = 0;
			} else if (ev.x >= t->main_x) {
				t->top += dir;
				if (t->top < 0)
					t->top = 0;
				t->free_scroll = 1;
			}
			return TUI_REDRAW;
		}
		if (!(ev.bstate & BUTTON1_PRESSED))
			return TUI_REDRAW;
		if (ev.x < t->steps_width && ev.y < LINES - 3) {
			/* a step in the list */
			int step = t->steps_first + ev.y;

			if (step >= 1 && step <= t->nsteps)
				nav_step(t, step, 0);
		} else if (ev.x >= t->main_x && t->row_field[ev.y] >= 0) {
			/* a question, or an option, item or row of one */
			int field = t->row_field[ev.y], item = t->row_item[ev.y];
			const char *type;

			if (field != t->focus) {
				if (t->editing)
					nav_leave_edit(t);
				t->focus = field;
				t->help_top = 0;
			}
			f = view_field(t);
			if (f == NULL || t->read_only)
				return TUI_REDRAW;
			type = view_str(f, "type");
			if (!t->editing && strcmp(type, "note") != 0 && strcmp(type, "computed") != 0)
				nav_begin_edit(t);
			if (t->editing && item >= 0 && !t->sub) {
				const struct widget *w = widget_for(type);

				t->opt = item;
				if (w->click != NULL) {
					flags = w->click(t, f, item);
					if (flags & TUI_LEAVE)
						nav_leave_edit(t);
					else if (flags & TUI_CHANGED)
						view_reload(t);
				}
			}
		}
		return TUI_REDRAW;
	}
	/* Keys still work while the terminal is too small to draw: what was
	 * typed just before or during a resize must not be dropped. */
	if (!is_key && (ch == CTRL('s') || ch == CTRL('q')))
		return input_action(t, ch == CTRL('s') ? A_SAVE : A_QUIT, ch);
	if (is_key && (ch == KEY_F(1) || ch == KEY_F(2)))
		return input_action(t, ch == KEY_F(1) ? A_HELP : A_GLOSSARY, ch);
	if ((is_key && ch == KEY_F(9)) || (!is_key && ch == CTRL('r')))
		return input_action(t, ch == CTRL('r') ? A_RELOAD_PACK : A_EXPORT, ch);
	/* the keys for commands that letters also give elsewhere work
	 * everywhere, while editing too (the edit is kept) */
	if (is_key && ch >= KEY_F(3) && ch <= KEY_F(6))
		return input_action(t, ch == KEY_F(3) ? A_HEALTH : ch == KEY_F(4) ? A_TITLE : A_SCROLL_HELP, ch);
	if (!is_key && ch == CTRL('g'))
		return input_action(t, A_GOTO, ch);
	if (t->editing && f != NULL) {
		/* these always leave the field, keeping the edit */
		if ((!is_key && (ch == '\t' || ch == CTRL('n') || ch == CTRL('p'))) ||
		    (is_key && (ch == KEY_BTAB || ch == KEY_NPAGE || ch == KEY_PPAGE))) {
			nav_leave_edit(t);
			for (b = keys_nav; b->action != A_NONE; b++)
				if (b->key == (int)ch)
					return input_action(t, b->action, ch);
			return TUI_REDRAW;
		}
		flags = widget_for(view_str(f, "type"))->key(t, f, is_key, ch);
		if (flags & TUI_LEAVE) {
			nav_leave_edit(t);
			return TUI_REDRAW;
		}
		if (flags & TUI_CHANGED)
			view_reload(t);
		if (!(flags & TUI_UNHANDLED))
			return flags;
		if (!is_key && ch == 27) {
			nav_leave_edit(t);
			return TUI_REDRAW;
		}
		if (!is_key && ch == CTRL('z')) {
			flags = edit_undo(t);
			if (flags & TUI_CHANGED)
				view_reload(t);
			return flags;
		}
		if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
			nav_move(t, ch == KEY_UP ? -1 : 1);
			return TUI_REDRAW;
		}
		return TUI_REDRAW;
	}
	if (!is_key && ch == 27) {
		*t->message = '\0';
		return TUI_REDRAW;
	}
	/* The focused question's own keys, from its widget (widget.c): a
	 * question that takes text starts editing with any printable key, so
	 * no letter, digit or punctuation is a command there (a sentence
	 * beginning "the great..." must not open the title and the glossary),
	 * except / and ? (an answer seldom begins with them); a yes/no question
	 * takes y and n at once.  n straight after a search is the next hit. */
	if (!is_key && f != NULL && !t->read_only && ch >= 0x20 && !(ch == 'n' && searching)) {
		const struct widget *w = widget_for(view_str(f, "type"));

		if (w->typing && ch != '/' && ch != '?') {
			nav_begin_edit(t);
			if (t->editing)
				return typing_key(t, 0, ch, COLS);
			return TUI_REDRAW;
		}
		if (answer_key(w, ch)) {
			nav_begin_edit(t);
			if (t->editing) {
				flags = w->key(t, f, 0, ch);
				if (flags & TUI_LEAVE)
					nav_leave_edit(t);
				else if (flags & TUI_CHANGED)
					view_reload(t);
			}
			return TUI_REDRAW;
		}
	}
	if (!is_key && ch >= '0' && ch <= '9')
		return input_action(t, A_JUMP, ch);
	for (b = keys_nav; b->action != A_NONE; b++)
		if (b->key == (int)ch && (is_key ? ch >= KEY_MIN : ch < KEY_MIN))
			return input_action(t, b->action, ch);
	return TUI_REDRAW;
}

/* After Esc: swallows the rest of an escape sequence curses did not know
 * (a key this TERM does not describe), so it is never typed as text.
 * Returns 1 when it did; 0 for a plain Esc (the next key is put back). */
int
input_unknown_sequence(void)
{
	wint_t ch;
	int r, n = 0;

	timeout(0);
	r = term_get(&ch);
	if (r != OK || (ch != '[' && ch != 'O')) {
		if (r == OK)
			unget_wch((wchar_t)ch);
		else if (r == KEY_CODE_YES)
			ungetch((int)ch);
		return 0;
	}
	/* parameters and intermediates, then one final byte */
	while (n++ < 32 && term_get(&ch) == OK)
		if (ch >= 0x40 && ch <= 0x7e && !(n == 1 && ch == '['))
			break;
	return 1;
}
