/* input.c: what a key does: the keys every mode shares, the focused
 * question's own keys (its widget's table), the navigation table, a paste
 * and the mouse.  Handlers return flags (tui-int.h) for the loop. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "nls.h"
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

/* A paste where nothing can take it: the terminal too small, or a
 * question that takes no text. */
static int
paste_dropped(struct tui *t, const char *why)
{
	size_t len;

	free(read_paste(&len));
	if (why != NULL)
		view_message(t, 1, "%s", why);
	return TUI_REDRAW;
}

static int
handle_paste(struct tui *t)
{
	size_t len;
	char *text;
	const struct value *f = view_field(t);
	const char *type = f != NULL ? view_str(f, "type") : "";
	int flags;

	if (term_too_small())
		return paste_dropped(t, NULL);
	if (f == NULL || t->read_only)
		return paste_dropped(t, t->read_only ? "read-only: nothing was pasted" : NULL);
	if (strcmp(type, "list") == 0) {
		/* each line its own item */
		if (!t->editing)
			nav_begin_edit(t);
		text = read_paste(&len);
		flags = t->editing ? w_list_paste(t, f, text) : TUI_REDRAW;
		free(text);
		if (flags & TUI_CHANGED)
			view_reload(t);
		return flags | TUI_REDRAW;
	}
	if (!t->editing && (view_is_text_type(type) || widget_for(type)->grid))
		nav_begin_edit(t);
	if (t->editing && widget_for(type)->grid && !t->sub)
		w_records_type(t, f);
	if (!t->editing || t->le.buf == NULL)
		return paste_dropped(t, "paste into a question you type into (this one takes a choice)");
	text = read_paste(&len);
	if (!t->le.multiline) {
		/* a one-line answer: the lines joined by spaces */
		size_t i;

		while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
			len--;
		for (i = 0; i < len; i++)
			if (text[i] == '\n' || text[i] == '\r' || text[i] == '\t')
				text[i] = ' ';
	}
	ledit_paste(&t->le, text, len);
	t->pending = 1;
	view_message(t, 0, "pasted %zu characters (Ctrl-Z undoes)", len);
	free(text);
	return TUI_REDRAW | TUI_DIRTY;
}

/* Ctrl-G: a step by its number or the start of its name. */
static void
go_to_step(struct tui *t)
{
	char *want = prompt_line(t, "Go to step (its number or name):", "");

	if (want != NULL && *want != '\0')
		nav_goto(t, want);
	free(want);
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
		else view_message(t, 0, "this is the last step");
		break;
	case A_PREV_STEP:
		if (t->step > 1) nav_step(t, t->step - 1, 0);
		else view_message(t, 0, "this is the first step");
		break;
	case A_GOTO: go_to_step(t); break;
	case A_EDIT: return nav_begin_edit(t);
	case A_CLEAR: *t->message = '\0'; break;
	case A_SAVE:
		nav_commit(t);
		if (t->read_only)
			view_message(t, 1, "read-only: nothing can be saved (%s)", t->read_only_why);
		else if (view_saved(t))
			view_message(t, 0, "saved %s", t->path);
		else if (save_plan(t) == 0) {
			/* save.c says "saved" when the save in the background ends */
			t->save_asked = 1;
			view_message(t, 0, "saving %s...", t->path);
		}
		break;
	case A_ASK_QUIT:
		if (!prompt_quit(t))
			break;
		/* fall through */
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

		if (q != NULL && *q != '\0') {
			free(t->query);
			t->query = q;
			nav_search(t, 0);
		} else
			free(q);
		break;
	}
	case A_SEARCH_NEXT:
		if (t->query == NULL || *t->query == '\0')
			return input_action(t, A_SEARCH, ch);
		nav_search(t, 1);
		break;
	case A_HELP: page_help(t); break;
	case A_QUESTION_HELP: page_question(t); break;
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
	case A_UNDO:
	case A_REDO: {
		int fl;

		/* the edit under way is a change of its own: it goes to the
		 * plan first, so that undo takes back whole changes */
		if (t->editing)
			nav_leave_edit(t);
		fl = a == A_UNDO ? edit_undo(t) : edit_redo(t);
		if (fl & TUI_CHANGED)
			view_reload(t);
		break;
	}
	case A_REDRAW: clearok(curscr, TRUE); break;
	case A_EXPORT: export_menu(t); break;
	case A_HEALTH: page_health(t); break;
	case A_REVIEW: review_list(t); break;
	case A_REVIEW_ACCEPT:
		if (edit_review_accept(t) & TUI_CHANGED)
			view_reload(t);
		break;
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
		t->help_top += ch == KEY_F(6) ? 3 : -3;
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

/* A key for the question being edited: its widget first; what the widget
 * does not take is a command, or nothing. */
static int
widget_key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	const struct binding *b;
	int flags = widget_for(view_str(f, "type"))->key(t, f, is_key, ch);

	/* f may be gone now: an edit brings the screen anew */
	if (flags & TUI_LEAVE) {
		nav_leave_edit(t);
		return TUI_REDRAW;
	}
	if (flags & TUI_CHANGED)
		view_reload(t);
	if (!(flags & TUI_UNHANDLED))
		return flags;
	if ((b = keys_find(is_key, ch, 1)) != NULL)
		return input_action(t, b->action, ch);
	if (!is_key && ch == 27) {
		nav_leave_edit(t);
		return TUI_REDRAW;
	}
	return TUI_REDRAW;
}

/* A printable key on the focused question when nothing is being edited:
 * it is the start of an answer (text), a pick (choices, yes/no), a new
 * item (lists) or a cell (tables); on guidance, a word on the message line. */
static int
answer_key(struct tui *t, int is_key, wint_t ch)
{
	if (t->read_only) {
		view_message(t, 1, "read-only: %s", t->read_only_why);
		return TUI_REDRAW;
	}
	nav_begin_edit(t);
	if (!t->editing)
		return TUI_REDRAW;	/* nav_begin_edit said why */
	return widget_key(t, view_field(t), is_key, ch);
}

static int
small_key(struct tui *t, int is_key, wint_t ch)
{
	const struct binding *b = keys_find(is_key, ch, 0);

	/* nothing acts unseen; a paste is read to its end and dropped */
	if (is_key && ch == TUI_KEY_PASTE_BEGIN)
		return paste_dropped(t, NULL);
	if (b != NULL && keys_small_ok(b->action))
		return input_action(t, b->action, ch);
	return TUI_REDRAW;
}

static int
mouse_key(struct tui *t)
{
	MEVENT ev;
	const struct value *f;
	int flags;

	if (getmouse(&ev) != OK || ev.y < 1 || ev.y >= 256)
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

			if (w->click != NULL) {
				flags = w->click(t, f, item);
				if (flags & TUI_LEAVE)
					nav_leave_edit(t);
				else if (flags & TUI_CHANGED)
					view_reload(t);
			} else
				t->opt = item;
		}
	}
	return TUI_REDRAW;
}

/* Keys that a grid (a table) takes when it has the focus, editing or not. */
static int
grid_key(int is_key, wint_t ch)
{
	if (!is_key)
		return ch == '\t' || ch == '\r' || ch == '\n' || ch == CTRL('k');
	return ch == KEY_BTAB || ch == TUI_KEY_STAB || ch == KEY_UP || ch == KEY_DOWN || ch == KEY_LEFT ||
	    ch == KEY_RIGHT || ch == KEY_ENTER || ch == KEY_HOME || ch == KEY_END || ch == KEY_DC || ch == KEY_SR ||
	    ch == KEY_SF || ch == TUI_KEY_MOVE_UP || ch == TUI_KEY_MOVE_DOWN;
}

static int
dispatch(struct tui *t, int is_key, wint_t ch)
{
	const struct binding *b;
	const struct value *f = view_field(t);

	if (is_key && ch == KEY_RESIZE)
		return TUI_REDRAW;
	t->search_active = 0;
	if (term_too_small())
		return small_key(t, is_key, ch);
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
	b = keys_find(is_key, ch, t->editing);
	if (b != NULL && b->action == A_SCROLL_MAIN)
		return input_action(t, A_SCROLL_MAIN, ch);
	if (!(is_key && ch == KEY_MOUSE) && !(b != NULL && b->action == A_SCROLL_HELP))
		t->free_scroll = 0;
	if (is_key && ch == TUI_KEY_PASTE_BEGIN)
		return handle_paste(t);
	if (is_key && ch == KEY_MOUSE)
		return mouse_key(t);
	if (t->editing && f != NULL)
		return widget_key(t, f, is_key, ch);
	/* Nothing is being edited.  A printable key answers the focused
	 * question (the rule: never a command), except / and ?, which an
	 * answer seldom begins with; a table takes its moving keys too. */
	if (f != NULL && ((!is_key && ch >= 0x20 && ch != 0x7f && ch != '/' && ch != '?') ||
	    (widget_for(view_str(f, "type"))->grid && !t->read_only && grid_key(is_key, ch))))
		return answer_key(t, is_key, ch);
	if (b != NULL)
		return input_action(t, b->action, ch);
	return TUI_REDRAW;
}

int
input_complete(const struct tui *t)
{
	const struct value *steps = value_get(t->screen, "steps");
	size_t i;

	for (i = 0; i < value_count(steps); i++)
		if (strcmp(view_str(value_at(steps, i), "status"), "complete") != 0)
			return 0;
	return value_count(steps) > 0;
}

int
input_key(struct tui *t, int is_key, wint_t ch)
{
	char before[sizeof t->message];
	int step = t->step, focus = t->focus, flags, done;

	memcpy(before, t->message, sizeof before);
	flags = dispatch(t, is_key, ch);
	/* a message lasts until the person moves on to another question or
	 * step, unless the move itself said something */
	if ((t->step != step || t->focus != focus) && strcmp(before, t->message) == 0)
		*t->message = '\0';
	/* the answer that completes the plan: say so, and what comes next */
	done = input_complete(t);
	if (done && !t->was_complete && !t->read_only)
		view_message(t, 0, _("Every required question is answered. F9 writes the plan as a document: Word, PDF or a web page."));
	t->was_complete = done;
	return flags;
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
