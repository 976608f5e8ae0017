/* page.c: full-screen pages of text: the help (F1), the glossary (F2) and
 * the plan's health check and design advice (F3). */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "model.h"
#include "script/script.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

struct page_line {
	size_t start, len;
	int indent;
};

/* Wraps a page's text to width columns.  A line that begins with spaces
 * goes on at the same indent when it wraps (a glossary definition, an
 * entry in a list), so that it does not run back to the left edge. */
static size_t
page_wrap(const char *text, int width, struct page_line **out)
{
	struct page_line *pl = NULL;
	size_t n = 0;
	const char *p = text;

	for (;;) {
		const char *nl = strchr(p, '\n');
		size_t len = nl != NULL ? (size_t)(nl - p) : strlen(p), ind = 0, k, m;
		struct wrap_line *w;

		if (nl == NULL && len == 0)
			break;
		while (ind < len && p[ind] == ' ' && (int)ind < width / 3)
			ind++;
		m = wrap_text(p + ind, len - ind, width - (int)ind, &w);
		if (m == 0) {
			/* an empty line stays a line */
			free(w);
			w = xmalloc(sizeof *w);
			w->start = w->len = 0;
			m = 1;
		}
		pl = xrealloc(pl, (n + m) * sizeof *pl);
		for (k = 0; k < m; k++) {
			pl[n].start = (size_t)(p - text) + ind + w[k].start;
			pl[n].len = w[k].len;
			pl[n].indent = (int)ind;
			n++;
		}
		free(w);
		if (nl == NULL)
			break;
		p = nl + 1;
	}
	*out = pl;
	return n;
}

/* A scrolling page of text (help, glossary); any other key closes it. */
void
page_show(struct tui *t, const char *title, const char *text)
{
	struct page_line *lines = NULL;
	size_t n;
	int top = 0;

	for (;;) {
		int i, r, h = LINES - 3;
		enum term_wait ev;
		wint_t ch;

		free(lines);
		n = page_wrap(text, COLS > 2 ? COLS - 2 : 1, &lines);
		erase();
		move(0, 0);
		{
			int a = term_attr(ROLE_HEADER);
			int x;

			attrset(a);
			for (x = 0; x < COLS; x++)
				mvaddch(0, x, ' ');
			attrset(A_NORMAL);
			draw_text(0, 1, title, strlen(title), COLS - 1, a);
		}
		for (i = 0; i < h && top + i < (int)n; i++)
			draw_text(1 + i, 1 + lines[top + i].indent, text + lines[top + i].start, lines[top + i].len,
			    COLS - 2 - lines[top + i].indent, A_NORMAL);
		draw_text(LINES - 1, 0, "Up/Down/PgUp/PgDn scroll; any other key goes back", 60, COLS,
		    term_attr(ROLE_HINT));
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			break;
		if (ev == TERM_REDRAW)
			continue;
		if (r == KEY_CODE_YES && (ch == KEY_DOWN || ch == KEY_NPAGE)) {
			top += ch == KEY_DOWN ? 1 : h - 1;
			if (top > (int)n - h)
				top = (int)n - h > 0 ? (int)n - h : 0;
			continue;
		}
		if (r == KEY_CODE_YES && (ch == KEY_UP || ch == KEY_PPAGE)) {
			top -= ch == KEY_UP ? 1 : h - 1;
			if (top < 0)
				top = 0;
			continue;
		}
		break;
	}
	free(lines);
}

void
page_help(struct tui *t)
{
	struct buf b;
	const struct binding *k;

	buf_init(&b);
	/* the keys that work here and now first: the letters depend on the
	 * focused question */
	if (t->editing)
		buf_adds(&b, "Now: you are editing a question. Keys you type go into it; F-keys and\n"
		    "Ctrl-keys are commands (F2 glossary, F3 health, F4 title, Ctrl-G 0-9 a step).\n\n");
	else if (view_typing_focus(t))
		buf_adds(&b, "Now: the focus is on a question you type into. Letters, digits and\n"
		    "punctuation start its answer; use F2 glossary, F3 health, F4 title,\n"
		    "F6/F5 help pane, Ctrl-G 0-9 a step. / and ? work; n only right after / or n.\n\n");
	else
		buf_adds(&b, "Now: the focus is not on a question you type into, so the letter keys\n"
		    "(g, H, t, n, [, ]) and the digits below are commands as well as the F-keys.\n\n");
	buf_adds(&b, "Moving around\n");
	for (k = keys_nav; k->key != 0 || k->action != A_NONE; k++)
		if (k->name != NULL)
			buf_addf(&b, "  %-16s %s\n", k->name, k->what);
	buf_adds(&b, "\nTyping on a question\n"
	    "  On a text, long-text, number or date question, typing a letter, digit or\n"
	    "  punctuation starts editing it with that character, so nothing you type is\n"
	    "  taken as a command: there g, H, t, [, ] and 0-9 are typed, and the F-keys\n"
	    "  and Ctrl-G do those jobs. / searches and ? is this help everywhere; n is\n"
	    "  the next hit right after / or n, and is typed after any other key.\n"
	    "  On a yes/no question y and n answer it (n after / or n: the next hit).\n"
	    "  On other questions (choices, lists, tables, notes) the letters are commands.\n");
	buf_adds(&b, "\nEditing a question (Enter starts editing)\n"
	    "  Esc              stop editing, keeping what you typed\n"
	    "  Tab, Shift-Tab   keep the edit and go to the next or previous question\n"
	    "  Enter            one-line text: confirm; long text: a new line\n"
	    "                   numbers and dates: confirm only a number in range or a\n"
	    "                   real YYYY-MM-DD date; otherwise the message line says\n"
	    "                   what to type (Tab and Esc still leave, keeping the text,\n"
	    "                   marked not accepted)\n"
	    "  Ctrl-A, Ctrl-E   start or end of the line (Home, End too)\n"
	    "  Ctrl-K, Ctrl-U   cut to the end or the start of the line\n"
	    "  Ctrl-W           cut the word before the cursor\n"
	    "  Ctrl-Z           undo the last change\n"
	    "  Ctrl-E           (long text) edit in $VISUAL or $EDITOR, else nano, else vi\n"
	    "  Space, Enter     choices and check boxes: select the option under the cursor\n"
	    "  y, n             yes/no questions\n"
	    "  a, d, [, ]       lists and tables: add, delete, move up, move down;\n"
	    "                   Enter edits\n"
	    "  Left, Right      tables: choose the column; Space steps a choice column;\n"
	    "                   the cell under the cursor is shown in full under the table\n"
	    "  Ctrl-V, Ctrl-Y   scroll the questions, also while editing (F8, F7, wheel)\n"
	    "\nNotes about the plan when it opens (a migration, a recovery file) are shown in\n"
	    "a box until the next key; Space or Esc only closes it.\n"
	    "\nThe plan is saved by itself a moment after you stop typing, when you change\n"
	    "step, and before evalwiz exits, even when the connection drops.\n"
	    "Marks in the step list:\n");
	buf_addf(&b, "  %s not started, %s in progress, %s complete, %s has problems.\n",
	    view_mark(t, "not_started"), view_mark(t, "in_progress"), view_mark(t, "complete"), view_mark(t, "problems"));
	page_show(t, "evalwiz help", b.data);
	buf_free(&b);
}

void
page_glossary(struct tui *t)
{
	struct value *res = NULL;
	char *cause = NULL;
	struct buf b;
	size_t i;

	if (model_call(t->ctx->S, "ui.glossary", &res, &cause, 0) == -1) {
		view_message(t, 1, "%s", cause);
		free(cause);
		return;
	}
	buf_init(&b);
	for (i = 0; i < value_count(res); i++)
		buf_addf(&b, "%s\n  %s\n\n", view_str(value_at(res, i), "term"), view_str(value_at(res, i), "definition"));
	if (value_count(res) == 0)
		buf_adds(&b, "This pack has no glossary yet.\n");
	page_show(t, "Glossary", b.data);
	buf_free(&b);
	value_free(res);
}

void
page_health(struct tui *t)
{
	struct value *res = NULL, *title = NULL;
	char *cause = NULL;

	nav_commit(t);
	if (model_call(t->ctx->S, "ui.health", &res, &cause, 0) == -1) {
		view_message(t, 1, "%s", cause);
		free(cause);
		return;
	}
	/* the page's title says what the pack declares (checks, an advisor) */
	if (model_call(t->ctx->S, "ui.health_title", &title, &cause, 0) == -1) {
		free(cause);
		title = NULL;
	}
	page_show(t, title != NULL && title->type == VAL_STR ? title->u.str.s : "Checks of the plan",
	    res->type == VAL_STR ? res->u.str.s : "");
	value_free(title);
	value_free(res);
}
