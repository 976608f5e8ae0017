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

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)

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

/* The footer of a page, and the keys it takes. */
static const char page_foot[] = "Up/Down/PgUp/PgDn scroll; Esc, Enter or q goes back";

/* A scrolling page of text.  filter (may be NULL): a page that narrows
 * as you type (the glossary): printable keys go to *filter and make() is
 * asked for the text again.  No key typed here ever reaches a question:
 * keys that neither scroll nor close are dropped, and the footer says so. */
static void
page_run(struct tui *t, const char *title, const char *fixed, char *(*make)(struct tui *t, const char *filter),
    struct ledit *filter)
{
	struct page_line *lines = NULL;
	char *text = NULL;
	size_t n;
	int top = 0, dirty = 1, nudge = 0;

	for (;;) {
		int i, r, h = LINES - 3;
		enum term_wait ev;
		wint_t ch;
		const char *body;

		if (dirty && make != NULL) {
			free(text);
			text = make(t, filter != NULL ? filter->buf : "");
			top = 0;
		}
		dirty = 0;
		body = make != NULL ? text : fixed;
		free(lines);
		n = page_wrap(body, COLS > 2 ? COLS - 2 : 1, &lines);
		erase();
		if (term_too_small()) {
			draw_text(0, 0, "Terminal too small: enlarge it", 30, COLS, A_BOLD);
		} else {
			int a = term_attr(ROLE_HEADER);
			int x;

			attrset(a);
			for (x = 0; x < COLS; x++)
				mvaddch(0, x, ' ');
			attrset(A_NORMAL);
			draw_text(0, 1, title, strlen(title), COLS - 1, a);
			if (filter != NULL)
				h--;
			if (top > (int)n - h)
				top = (int)n - h > 0 ? (int)n - h : 0;
			for (i = 0; i < h && top + i < (int)n; i++)
				draw_text(1 + i, 1 + lines[top + i].indent, body + lines[top + i].start, lines[top + i].len,
				    COLS - 2 - lines[top + i].indent, A_NORMAL);
			if (filter != NULL) {
				int used = draw_text(LINES - 2, 0, "Filter (type a word): ", 22, COLS, term_attr(ROLE_LABEL));

				draw_text(LINES - 2, used, filter->buf, filter->len, COLS - used - 1, term_attr(ROLE_TYPING));
			}
			if (nudge)
				draw_text(LINES - 1, 0, filter != NULL ? "Type to filter; Esc goes back" :
				    "Nothing is typed on this page: Esc, Enter or q goes back", 60, COLS,
				    term_attr(ROLE_ERROR));
			else
				draw_text(LINES - 1, 0, filter != NULL ? "Up/Down/PgUp/PgDn scroll; Esc goes back" : page_foot,
				    60, COLS, term_attr(ROLE_HINT));
		}
		if (filter != NULL && !term_too_small()) {
			move(LINES - 2, 22 + ledit_width(filter->buf, filter->len));
			curs_set(1);
		} else
			curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			break;
		if (ev == TERM_REDRAW)
			continue;
		if (term_key_dropped(r, ch))
			continue;
		nudge = 0;
		if (r == KEY_CODE_YES && ch == TUI_KEY_PASTE_BEGIN) {
			/* a paste is read to its end, so none of it is taken as keys */
			while (term_get(&ch) != ERR && ch != TUI_KEY_PASTE_END)
				;
			continue;
		}
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
		if (r == OK && ch == CTRL('c')) {
			if (prompt_quit(t))
				break;
			continue;
		}
		if (r == OK && ch == 27)
			break;
		if ((r == OK && (ch == '\r' || ch == '\n')) || (r == KEY_CODE_YES && (ch == KEY_ENTER || ch == KEY_F(1) ||
		    ch == KEY_F(2) || ch == KEY_F(3))))
			break;
		if (filter != NULL) {
			if ((r == OK && (ch == 127 || ch == CTRL('h'))) || (r == KEY_CODE_YES && ch == KEY_BACKSPACE))
				dirty = ledit_backspace(filter);
			else if (r == OK && ch == CTRL('u'))
				dirty = ledit_kill_start(filter);
			else if (r == OK && ch >= 0x20) {
				char mb[MB_LEN_MAX];
				size_t k = typing_char_bytes(ch, mb);

				dirty = k > 0 && ledit_insert(filter, mb, k);
			}
			continue;
		}
		if (r == OK && (ch == 'q' || ch == 'Q'))
			break;
		if (r == OK && ch == ' ') {
			top += h - 1;
			if (top > (int)n - h)
				top = (int)n - h > 0 ? (int)n - h : 0;
			continue;
		}
		nudge = 1;
	}
	free(lines);
	free(text);
}

void
page_show(struct tui *t, const char *title, const char *text)
{
	page_run(t, title, text, NULL, NULL);
}

void
page_help(struct tui *t)
{
	struct buf b;
	const struct binding *k;

	buf_init(&b);
	buf_adds(&b, "The one rule\n"
	    "  On the question with the focus, whatever you type is part of your answer:\n"
	    "  letters, digits, spaces and punctuation never do anything else. Commands\n"
	    "  are on keys you cannot type into an answer: F-keys, Ctrl-keys, Tab, PgUp,\n"
	    "  PgDn and the arrows; / (search) and ? (this question's help) only when\n"
	    "  you are not typing. The bar at the bottom says what typing does next.\n"
	    "\nQuitting and undoing\n"
	    "  Ctrl-Q saves and quits. Ctrl-C, everywhere (on this page too), asks first:\n"
	    "  Enter quits, saving all you typed; Esc carries on where you were. (To\n"
	    "  copy text, select it with the mouse.)\n"
	    "  Ctrl-Z undoes the last change to the plan, wherever you made it (an\n"
	    "  answer, the title, a list item, a table cell, a choice), and again for\n"
	    "  the one before; the message line says what was undone. Ctrl-Y redoes.\n"
	    "  While you are typing, Ctrl-Z first takes back what you typed.\n"
	    "\nWhat typing does on each kind of question\n"
	    "  Text, long text, numbers, dates: the first key starts the answer.\n"
	    "    Enter confirms one line; in long text Enter starts a new line and Esc\n"
	    "    or Tab finishes. Numbers and dates may be written as people write them:\n"
	    "    25%, \xc2\xa3" "30, 1,250, 2 hours, 01/09/2027 (day first), 1 Sept 2027.\n"
	    "  A choice: type the start of an option (or of a word in it) to highlight\n"
	    "    it, then Enter; or press its number, 1 to 9. Nothing is picked until\n"
	    "    you pick it.\n"
	    "  Check boxes: type the start of an option to move to it; Space or its\n"
	    "    number ticks or unticks it; Enter ticks the one highlighted and closes.\n"
	    "  Yes/no: y or n (1 or 2).\n"
	    "  A list: typing starts a new item; Enter ends it and opens the next one;\n"
	    "    Enter on an empty item, or Esc, ends the list. Pasted lines become one\n"
	    "    item each. On an item: Enter edits it, Ctrl-K (or Delete) cuts it,\n"
	    "    Ctrl-U puts the last cut item back above, Shift-Up/Shift-Down move it.\n"
	    "  A table: a grid, as in a spreadsheet. Typing edits the cell under the\n"
	    "    cursor; Tab and Shift-Tab go cell by cell, row after row; Tab after the\n"
	    "    last cell starts a new row, and Tab again on that empty row leaves the\n"
	    "    table. The arrows move between cells; Ctrl-K cuts a row, Shift-Up and\n"
	    "    Shift-Down move it. A column of options shows them under the table:\n"
	    "    type to find one, or its number; check boxes take Space.\n"
	    "  Guidance and worked-out values take no typing: Tab moves on.\n"
	    "\nEvery command key\n");
	for (k = keys_nav; k->action != A_NONE; k++)
		if (k->name != NULL)
			buf_addf(&b, "  %-16s %s\n", k->name, k->what);
	buf_adds(&b, "\nWhile typing an answer\n"
	    "  Left, Right, Home, End (Ctrl-A, Ctrl-E) move; Ctrl-U and Ctrl-K cut to\n"
	    "  the start or the end of the line, Ctrl-W the word before the cursor.\n"
	    "  A number or date that cannot be read stays in the editor with a message\n"
	    "  saying what to type; Tab and Esc still leave, keeping it, marked.\n"
	    "\nThe plan is saved by itself a moment after you stop typing, when you change\n"
	    "step, and before evalwiz exits, even when the connection drops.\n"
	    "\nMarks in the step list\n");
	buf_addf(&b, "  %s not started, %s in progress, %s complete, %s has problems or warnings.\n",
	    view_mark(t, "not_started"), view_mark(t, "in_progress"), view_mark(t, "complete"), view_mark(t, "problems"));
	buf_adds(&b, "  L1 to L4 after a step's name: the evidence level that step builds\n"
	    "  towards (L1 a theory of change, L2 signs of change, L3 causal impact in\n"
	    "  one setting, L4 impact across settings and over time).\n");
	page_show(t, "evalwiz: keys and help", b.data);
	buf_free(&b);
}

/* ?: everything the help pane has about the focused question, full
 * screen: its help, what it expects, each option's help, the example and
 * the glossary terms it uses. */
void
page_question(struct tui *t)
{
	const struct value *f = view_field(t);
	const struct value *opts, *terms;
	struct buf b;
	char *title;
	size_t i;

	if (f == NULL) {
		page_show(t, "Help", view_str(value_get(t->screen, "step"), "guidance"));
		return;
	}
	buf_init(&b);
	buf_addf(&b, "%s\n\n", view_str(f, "label"));
	if (*view_str(f, "help") != '\0')
		buf_addf(&b, "%s\n\n", view_str(f, "help"));
	if (*view_str(f, "range") != '\0')
		buf_addf(&b, "Expects %s.\n\n", view_str(f, "range"));
	opts = value_get(f, "options");
	for (i = 0; i < value_count(opts); i++) {
		const struct value *o = value_at(opts, i);

		if (i == 0)
			buf_adds(&b, "Options\n");
		buf_addf(&b, "  %zu. %s\n", i + 1, view_str(o, "label"));
		if (*view_str(o, "help") != '\0')
			buf_addf(&b, "     %s\n", view_str(o, "help"));
	}
	if (value_count(opts) > 0)
		buf_adds(&b, "\n");
	if (*view_str(f, "example") != '\0')
		buf_addf(&b, "Example: %s\n\n", view_str(f, "example"));
	terms = view_terms(t, f);
	for (i = 0; i < value_count(terms); i++)
		buf_addf(&b, "%s  %s\n", i == 0 ? "Words used here\n" : "", value_at(terms, i)->u.str.s);
	title = xasprintf("Help: %s", view_str(f, "label"));
	page_show(t, title, b.data);
	free(title);
	buf_free(&b);
}

/* The glossary's entries whose term, other names or definition hold
 * filter (any case); all of them for an empty filter. */
static char *
glossary_text(struct tui *t, const char *filter)
{
	struct value *res = NULL, *q = value_strz(filter);
	char *cause = NULL;
	struct buf b;
	size_t i;

	buf_init(&b);
	if (model_call(t->ctx->S, "ui.glossary", &res, &cause, 1, q) == -1) {
		buf_addf(&b, "%s\n", cause);
		free(cause);
	} else {
		for (i = 0; i < value_count(res); i++)
			buf_addf(&b, "%s\n  %s\n\n", view_str(value_at(res, i), "term"),
			    view_str(value_at(res, i), "definition"));
		if (value_count(res) == 0)
			buf_adds(&b, *filter != '\0' ? "No term or definition holds that: Backspace to widen.\n" :
			    "This pack has no glossary yet.\n");
	}
	value_free(res);
	value_free(q);
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

void
page_glossary(struct tui *t)
{
	struct ledit filter;

	ledit_init(&filter, "", 0);
	page_run(t, "Glossary", NULL, glossary_text, &filter);
	ledit_free(&filter);
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
