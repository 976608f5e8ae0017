/* draw.c: the screen: header, step list, main pane, help pane, message
 * line and key hints.  Everything is drawn into stdscr and sent with one
 * refresh, so curses sends only the cells that changed (never clear()). */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/ascii.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <langinfo.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* 1 when the terminal is not UTF-8: text is drawn as ASCII (ascii.h). */
static int ascii = -1;

int
draw_text(int y, int x, const char *s, size_t n, int width, int attr)
{
	struct buf b;
	size_t i = 0;
	int used = 0, w;

	if (width <= 0 || y < 0 || y >= LINES)
		return 0;
	if (ascii < 0) {
		const char *cs = nl_langinfo(CODESET);

		ascii = cs == NULL || (strcmp(cs, "UTF-8") != 0 && strcmp(cs, "utf8") != 0);
	}
	buf_init(&b);
	while (i < n && s[i] != '\0') {
		size_t len = ledit_char(s + i, n - i, &w);
		unsigned char c = (unsigned char)s[i];

		if (ascii && c >= 0x80) {
			/* not a UTF-8 terminal: the character as readable ASCII
			 * ("GBP 10", not "??10"); the plan keeps it as it is */
			const char *a;

			len = ascii_char(s + i, n - i, &a);
			w = (int)strlen(a);
			if (used + w > width)
				break;
			buf_adds(&b, a);
			used += w;
			i += len;
			continue;
		}
		if (used + w > width)
			break;
		if (c < 0x20 || c == 0x7f)
			buf_addc(&b, ' ');
		else if (len == 1 && c >= 0x80)
			buf_addc(&b, '?');	/* not printable in this locale */
		else
			buf_add(&b, s + i, len);
		used += w;
		i += len;
	}
	attrset(attr);
	mvaddnstr(y, x, b.data != NULL ? b.data : "", (int)b.len);
	attrset(A_NORMAL);
	buf_free(&b);
	return used;
}

static void
fill(int y, int x, int width, int attr)
{
	int i;

	attrset(attr);
	for (i = 0; i < width; i++)
		mvaddch(y, x + i, ' ');
	attrset(A_NORMAL);
}

static void
vline_at(struct tui *t, int x, int y0, int h)
{
	int i;

	for (i = 0; i < h; i++) {
		if (t->utf8)
			mvaddstr(y0 + i, x, "\xe2\x94\x82");
		else
			mvaddch(y0 + i, x, '|');
	}
}

static void
hline_at(struct tui *t, int y, int x0, int w)
{
	int i;

	for (i = 0; i < w; i++) {
		if (t->utf8)
			mvaddstr(y, x0 + i, "\xe2\x94\x80");
		else
			mvaddch(y, x0 + i, '-');
	}
}

static void
draw_header(struct tui *t)
{
	char line[1024];
	const char *title = view_str(t->screen, "title");
	const char *base = strrchr(t->path, '/') != NULL ? strrchr(t->path, '/') + 1 : t->path;

	/* the state first: on a narrow screen the title is what gets cut */
	/* "  saved" is as wide as "unsaved": flipping between them (each
	 * autosave, the next key) changes two cells, not the whole title */
	snprintf(line, sizeof line, " evalwiz  [%s] %s%s  %s", base, view_saved(t) && !t->pending ? "  saved" : "unsaved",
	    t->read_only ? "  READ-ONLY" : "", *title != '\0' ? title : "(untitled plan)");
	fill(0, 0, COLS, term_attr(ROLE_HEADER));
	draw_text(0, 0, line, strlen(line), COLS, term_attr(ROLE_HEADER));
}

/* The marks of the step list and its evidence levels, explained under it
 * when there is room (F1 explains them too). */
static void
draw_legend(struct tui *t, int y0, int h, int w, int used)
{
	char lines[5][64];
	int i, n = 5, attr = term_attr(ROLE_DIM);

	if (w < 23 || h - used < n + 1)
		return;
	snprintf(lines[0], sizeof lines[0], "%s not started %s begun", view_mark(t, "not_started"), view_mark(t, "in_progress"));
	snprintf(lines[1], sizeof lines[1], "%s complete   %s problem", view_mark(t, "complete"), view_mark(t, "problems"));
	snprintf(lines[2], sizeof lines[2], "%s warning", view_mark(t, "warnings"));
	snprintf(lines[3], sizeof lines[3], "L1-L4: evidence level");
	snprintf(lines[4], sizeof lines[4], "the step works towards");
	for (i = 0; i < n; i++)
		draw_text(y0 + h - n + i, 1, lines[i], strlen(lines[i]), w - 1, attr);
}

static void
draw_steps(struct tui *t, int y0, int h, int w)
{
	const struct value *steps = value_get(t->screen, "steps");
	size_t i, n = value_count(steps);
	size_t first = 0;

	if ((int)n > h && t->step > h)
		first = (size_t)(t->step - h);
	t->steps_first = (int)first;
	t->steps_width = w;
	for (i = first; i < n && (int)(i - first) < h; i++) {
		const struct value *s = value_at(steps, i);
		char num[16], *line;
		const char *level = view_str(s, "level");
		int cur = (int)i + 1 == t->step;
		int attr = term_attr(cur ? ROLE_STEP_CURRENT : ROLE_STEP);
		int y = y0 + (int)(i - first), used;
		const char *status = view_str(s, "status");
		const struct value *warned = value_get(s, "warned");

		snprintf(num, sizeof num, "%2s", view_str(s, "number"));
		fill(y, 0, w, attr);
		line = xasprintf("%s%s", cur ? ">" : " ", num);
		used = draw_text(y, 0, line, strlen(line), w, attr);
		free(line);

		/* a panel's warning shows on the mark, unless there is a problem */
		if (warned != NULL && warned->type == VAL_BOOL && warned->u.b && strcmp(status, "problems") != 0)
			status = "warnings";
		used += draw_text(y, used + 1, view_mark(t, status), 8, 1,
		    cur ? attr : term_attr(strcmp(status, "complete") == 0 ? ROLE_DONE :
		    strcmp(status, "problems") == 0 ? ROLE_PROBLEM :
		    strcmp(status, "warnings") == 0 ? ROLE_WARNING : ROLE_STEP)) + 1;
		if (value_get(s, "review") != NULL && value_get(s, "review")->type == VAL_INT && w > 12) {
			/* open review items on the step's questions */
			const char *mark = t->utf8 ? "\xe2\x9c\x8e" : "#";

			used += draw_text(y, used + 1, mark, strlen(mark), 1, cur ? attr : term_attr(ROLE_WARNING)) + 1;
		}
		if (strcmp(level, "none") != 0 && w > 16) {
			draw_text(y, used + 1, view_str(s, "short"), strlen(view_str(s, "short")), w - used - 5, attr);
			draw_text(y, w - 3, level, strlen(level), 3, attr | (cur ? 0 : term_attr(ROLE_DIM)));
		} else
			draw_text(y, used + 1, view_str(s, "short"), strlen(view_str(s, "short")), w - used - 1, attr);
	}
	draw_legend(t, y0, h, w, (int)(n - first));
}

/* The main pane's lines: the step's purpose, its questions and panels. */
static void
build_main(struct tui *t, struct pane *p, int *focus_first, int *focus_last, int *cursor_line)
{
	const struct value *step = value_get(t->screen, "step");
	const struct value *fields = value_get(t->screen, "fields");
	const struct value *warnings = value_get(t->screen, "warnings");
	const struct value *panels = value_get(t->screen, "panels");
	char *head;
	size_t i;

	head = xasprintf("Step %s: %s", view_str(step, "number"), view_str(step, "title"));
	pane_add(p, head, strlen(head), term_attr(ROLE_LABEL), 0, -1);
	free(head);
	pane_wrap(p, view_str(step, "purpose"), term_attr(ROLE_HELP), 0, -1);
	for (i = 0; i < value_count(warnings); i++) {
		char *w = xasprintf("%s %s", t->utf8 ? "\xe2\x9a\xa0" : "!", value_at(warnings, i)->u.str.s);

		pane_wrap(p, w, term_attr(ROLE_WARNING), 0, -1);
		free(w);
	}
	*focus_first = *focus_last = *cursor_line = -1;
	for (i = 0; i < value_count(fields); i++) {
		const struct value *f = value_at(fields, i);
		const char *type = view_str(f, "type");
		const char *problem = view_str(f, "problem");
		int focused = (int)i == t->focus;
		size_t first;
		char *label;

		pane_add(p, "", 0, 0, 0, -1);
		first = p->n;
		if (strcmp(type, "note") != 0) {
			/* a long label wraps under its own first letter, as the
			 * answer does, and the focus mark goes before it */
			label = xasprintf("%s%s", view_str(f, "label"),
			    value_get(f, "required") != NULL && value_get(f, "required")->u.b ? " *" : "");
			pane_wrap(p, label, term_attr(focused ? ROLE_FOCUS : ROLE_LABEL), 2, (int)i);
			free(label);
			if (p->n > first) {
				struct pline *l = &p->lines[first];

				label = xasprintf("%s %s", focused ? (t->utf8 ? "\xe2\x96\xb8" : ">") : " ", l->text);
				free(l->text);
				l->text = label;
				l->indent = 0;
			}
		}
		if (value_get(f, "review_count") != NULL && value_get(f, "review_count")->type == VAL_INT) {
			/* the partner's open review items: said under the label,
			 * shown in the help pane when the question has the focus */
			int64_t n = value_get(f, "review_count")->u.i;
			char *m = xasprintf("%s %lld open review item%s%s", t->utf8 ? "\xe2\x9c\x8e" : "#",
			    (long long)n, n == 1 ? "" : "s", focused ? " (see Review, below)" : "");

			pane_wrap(p, m, term_attr(ROLE_WARNING), 2, (int)i);
			free(m);
		}
		widget_for(type)->render(t, f, p, (int)i);
		if (strcmp(type, "note") == 0 && p->n > first) {
			/* a note has no label: the focus mark goes before its text */
			struct pline *l = &p->lines[first];

			label = xasprintf("%s %s", focused ? (t->utf8 ? "\xe2\x96\xb8" : ">") : " ", l->text);
			free(l->text);
			l->text = label;
			l->indent = 0;
		}
		if (*problem != '\0') {
			char *m = xasprintf("%s %s", t->utf8 ? "\xe2\x9c\x97" : "!", problem);

			pane_wrap(p, m, term_attr(strcmp(view_str(f, "problem_kind"), "warning") == 0 ?
			    ROLE_WARNING : ROLE_PROBLEM), 2, (int)i);
			free(m);
		}
		if (focused) {
			size_t k;

			*focus_first = (int)first;
			*focus_last = (int)p->n - 1;
			for (k = first; k < p->n; k++)
				if (p->lines[k].cursor >= 0)
					*cursor_line = (int)k;
		}
	}
	if (value_count(fields) == 0) {
		pane_add(p, "", 0, 0, 0, -1);
		pane_wrap(p, "This step has no questions in this pack.", term_attr(ROLE_DIM), 2, -1);
	}
	for (i = 0; i < value_count(panels); i++) {
		const struct value *pn = value_at(panels, i);

		pane_add(p, "", 0, 0, 0, -1);
		pane_wrap(p, view_str(pn, "title"), term_attr(ROLE_PANEL) | A_BOLD, 0, -1);
		pane_wrap(p, view_str(pn, "text"), term_attr(ROLE_PANEL), 2, -1);
	}
}

static void
draw_main(struct tui *t, int y0, int x0, int h, int w, int *cy, int *cx)
{
	struct pane p = { NULL, 0, w };
	int ff, fl, cl, i, used;

	build_main(t, &p, &ff, &fl, &cl);
	t->main_y = y0;
	t->main_h = h;
	/* keep the focused question (and the cursor) in view, unless the
	 * user scrolled away from it to read */
	if (t->free_scroll) {
		if (t->top > (int)p.n - h)
			t->top = (int)p.n - h;
	} else if (cl >= 0) {
		if (cl < t->top)
			t->top = cl;
		if (cl >= t->top + h)
			t->top = cl - h + 1;
		/* the rest of the field too (a table's cell in full, a number's
		 * range) when it fits with the cursor */
		if (ff >= 0 && fl - ff + 1 <= h && fl >= t->top + h)
			t->top = fl - h + 1 < cl ? fl - h + 1 : cl;
	} else if (ff >= 0) {
		/* A question out of view is brought in a whole pane at a time,
		 * not a line at a time: below the view, it goes to the top of
		 * the pane (the questions after it come into view with it);
		 * above, to the bottom.  Moving on then mostly moves the
		 * highlight and does not shift, and so resend, the whole pane. */
		if (ff >= t->top + h || (fl - ff + 1 <= h && fl >= t->top + h)) {
			t->top = ff > 0 ? ff - 1 : 0;
			if (t->top > (int)p.n - h)
				t->top = (int)p.n - h > 0 ? (int)p.n - h : 0;
		} else if (ff - 1 < t->top) {
			t->top = fl - ff + 2 <= h ? fl - h + 1 : ff - 1;
			if (t->top < 0)
				t->top = 0;
		}
		/* on the last question, show the panels after it too, as far as
		 * the question's first line stays in view */
		if (t->focus == (int)value_count(value_get(t->screen, "fields")) - 1 && (int)p.n - h > t->top)
			t->top = (int)p.n - h < ff - 1 ? (int)p.n - h : ff - 1;
	}
	if (t->top > (int)p.n - 1)
		t->top = (int)p.n > 0 ? (int)p.n - 1 : 0;
	if (t->top < 0)
		t->top = 0;
	*cy = *cx = -1;
	t->main_x = x0;
	for (i = 0; i < h && t->top + i < (int)p.n; i++) {
		struct pline *l = &p.lines[t->top + i];

		if (y0 + i < 256) {
			t->row_field[y0 + i] = l->field;
			t->row_item[y0 + i] = l->item;
		}

		used = draw_text(y0 + i, x0 + l->indent, l->text, strlen(l->text), w - l->indent, l->attr);
		if (l->tail != NULL)
			draw_text(y0 + i, x0 + l->indent + used, l->tail, strlen(l->tail), w - l->indent - used,
			    l->tail_attr);
		if (l->typing && l->indent >= 2)
			draw_text(y0 + i, x0 + l->indent - 2, t->utf8 ? "\xe2\x96\x8c" : "|", 3, 1,
			    term_attr(ROLE_FOCUS));
		if (l->cursor >= 0) {
			*cy = y0 + i;
			*cx = x0 + l->indent + l->cursor;
		}
	}
	/* The scroll marks go in the blank column right of the pane (the
	 * screen's last column, or the gap before the help pane's line): the
	 * pane's text may fill every one of its w columns, and a mark inside
	 * them covered a line's last letter. */
	if (t->top > 0)
		draw_text(y0, x0 + w, t->utf8 ? "\xe2\x86\x91" : "^", 4, 1, term_attr(ROLE_DIM));
	if (t->top + h < (int)p.n)
		draw_text(y0 + h - 1, x0 + w, t->utf8 ? "\xe2\x86\x93" : "v", 4, 1, term_attr(ROLE_DIM));
	pane_free(&p);
}

static void
draw_help(struct tui *t, int y0, int x0, int h, int w)
{
	const struct value *f = view_field(t);
	struct pane p = { NULL, 0, w };
	int i;

	if (f == NULL) {
		const struct value *step = value_get(t->screen, "step");

		pane_wrap(&p, view_str(step, "guidance"), term_attr(ROLE_HELP), 0, -1);
	} else {
		const struct value *terms;
		const struct value *opts = value_get(f, "options");
		const struct value *review = value_get(f, "review");
		size_t k, help_first;

		if (review != NULL && value_count(review) > 0) {
			pane_wrap(&p, "Review", term_attr(ROLE_LABEL), 0, -1);
			for (k = 0; k < value_count(review); k++)
				if (value_at(review, k)->type == VAL_STR)
					pane_wrap(&p, value_at(review, k)->u.str.s, term_attr(k == 0 ||
					    value_at(review, k)->u.str.s[0] == '#' ? ROLE_WARNING : ROLE_HELP), 0, -1);
			pane_add(&p, "", 0, 0, 0, -1);
		}
		help_first = p.n;
		pane_wrap(&p, "Help", term_attr(ROLE_LABEL), 0, -1);
		if (*view_str(f, "help") != '\0')
			pane_wrap(&p, view_str(f, "help"), term_attr(ROLE_HELP), 0, -1);
		if (*view_str(f, "range") != '\0') {
			char *r = xasprintf("Expects %s.", view_str(f, "range"));

			pane_wrap(&p, r, term_attr(ROLE_HELP), 0, -1);
			free(r);
		}
		if (t->editing && opts != NULL && t->opt >= 0 && t->opt < (int)value_count(opts) &&
		    *view_str(view_at(opts, t->opt), "help") != '\0')
			pane_wrap(&p, view_str(view_at(opts, t->opt), "help"), term_attr(ROLE_ANSWER), 0, -1);
		if (*view_str(f, "example") != '\0') {
			char *e = xasprintf("Example: %s", view_str(f, "example"));

			pane_wrap(&p, e, term_attr(ROLE_DIM), 0, -1);
			free(e);
		}
		if (p.n == help_first + 1)
			pane_wrap(&p, "No extra help for this question.", term_attr(ROLE_DIM), 0, -1);
		/* The terms come last: while the help above them fills the pane
		 * and more (the "more" note shows either way) they cannot be seen,
		 * so they are worked out only when the pane is scrolled to them;
		 * the first frame seldom needs the glossary. */
		terms = (int)p.n > t->help_top + h ? NULL : view_terms(t, f);
		for (k = 0; k < value_count(terms); k++) {
			if (k == 0)
				pane_wrap(&p, "Terms", term_attr(ROLE_LABEL), 0, -1);
			pane_wrap(&p, value_at(terms, k)->u.str.s, term_attr(ROLE_HELP), 1, -1);
		}
	}
	t->help_x = x0;
	t->help_y = y0;
	t->help_h = h;
	if (t->help_top > (int)p.n - h)
		t->help_top = (int)p.n - h > 0 ? (int)p.n - h : 0;
	for (i = 0; i < h && t->help_top + i < (int)p.n; i++) {
		struct pline *l = &p.lines[t->help_top + i];
		/* the last line leaves room for the "more" mark */
		int room = i == h - 1 && (int)p.n > h ? w - 14 : w;
		size_t len = strlen(l->text);

		/* and is cut at a word, not inside one ("Avo") */
		if (room < w) {
			struct wrap_line *cut;

			if (wrap_text(l->text, len, room - l->indent, &cut) > 1)
				len = cut[0].start + cut[0].len;
			free(cut);
		}
		draw_text(y0 + i, x0 + l->indent, l->text, len, room - l->indent, l->attr);
	}
	/* more help than room: say how to see it */
	if (t->help_top + h < (int)p.n || t->help_top > 0) {
		/* F6 and F5 scroll it everywhere; ] and [ only where they are not typed */
		const char *more = t->help_top + h < (int)p.n ? "more: F6 F5" : "back: F5";
		int mw = (int)strlen(more);

		draw_text(y0 + h - 1, x0 + w - mw - 1, more, (size_t)mw, mw, term_attr(ROLE_DIM) | A_REVERSE);
	}
	pane_free(&p);
}

/* The key hints, nano style: two rows of seven slots, each a key and what
 * it does, for the keys that matter in the current mode.  The slots are
 * fixed columns and the keys common to all modes keep their slot, so a
 * change of mode sends only the hints that change (a slow link feels
 * every byte).  Slot 1 is the focused question's: what the next
 * printable key does there (the widget says).  Narrow screens drop slots
 * from the right. */
static void
hints_for(struct tui *t, struct hint *h)
{
	const struct value *f = view_field(t);
	const struct widget *w = f != NULL ? widget_for(view_str(f, "type")) : NULL;

	memset(h, 0, sizeof *h * 2 * HINT_SLOTS);
	if (t->prompting) {
		/* a prompt takes only its own keys: F1, Tab and the rest do
		 * nothing there, so no hint offers them */
		hint_set(h, 1, 0, "Enter", "OK");
		hint_set(h, 1, 1, "Esc", "Cancel");
		hint_set(h, 4, 0, "^U", "Cut left");
		hint_set(h, 4, 1, "^K", "Cut rest");
		hint_set(h, 5, 0, "^A", "Home");
		hint_set(h, 5, 1, "^E", "End");
		return;
	}
	hint_set(h, 0, 0, "F1", "Help");
	hint_set(h, 0, 1, "^Q", "Quit");
	hint_set(h, 2, 0, "Tab", "Next");
	hint_set(h, 2, 1, "S-Tab", "Prev");
	/* read-only: nothing to undo or save, so neither is offered */
	hint_set(h, 6, 0, t->read_only ? NULL : "^Z", t->read_only ? NULL : "Undo");
	hint_set(h, 6, 1, "F2", "Glossary");
	if (!t->editing || f == NULL) {
		hint_set(h, 3, 0, "PgDn", "Step+");
		hint_set(h, 3, 1, "PgUp", "Step-");
		hint_set(h, 4, 0, "/", "Search");
		if (t->query != NULL && *t->query != '\0')
			hint_set(h, 4, 1, "^F", "Next hit");
		else
			hint_set(h, 4, 1, "^G", "Step no.");
		hint_set(h, 5, 0, "F9", "Export");
		hint_set(h, 5, 1, "F3", "Health");
		if (t->read_only)
			hint_set(h, 1, 0, "Enter", "Look");
		else if (w != NULL && w->hints != NULL)
			w->hints(t, f, h);
		return;
	}
	if (w->hints != NULL)
		w->hints(t, f, h);
}

static void
draw_hints(struct tui *t, int y)
{
	struct hint h[2 * HINT_SLOTS];
	int ncol = COLS / 11, c, r;

	if (ncol > HINT_SLOTS)
		ncol = HINT_SLOTS;
	if (ncol < 1)
		ncol = 1;
	hints_for(t, h);
	for (c = 0; c < ncol; c++) {
		int x = c * COLS / ncol, w = (c + 1) * COLS / ncol - x - 1;

		for (r = 0; r < 2; r++) {
			const struct hint *k = &h[2 * c + r];
			int used;

			if (k->key == NULL)
				continue;
			used = draw_text(y + r, x, k->key, strlen(k->key), w, term_attr(ROLE_HINT_KEY));
			draw_text(y + r, x + used + 1, k->what, strlen(k->what), w - used - 1, term_attr(ROLE_HINT));
		}
	}
}

void
draw_hint_bar(struct tui *t)
{
	if (LINES < 2)
		return;
	move(LINES - 2, 0);
	clrtobot();
	draw_hints(t, LINES - 2);
}

void
draw_box(struct tui *t, const char *title, const char *text, const char *foot)
{
	struct wrap_line *lines = NULL;
	int bw = COLS - 4, bh, x0, y0, i, x;
	size_t n;

	if (bw > 76)
		bw = 76;
	if (bw < 20)
		bw = COLS > 2 ? COLS - 2 : 1;
	n = wrap_text(text, strlen(text), bw - 4 > 1 ? bw - 4 : 1, &lines);
	bh = (int)n + 4;
	if (bh > LINES - 2)
		bh = LINES - 2 > 5 ? LINES - 2 : 5;
	x0 = (COLS - bw) / 2;
	y0 = (LINES - bh) / 2;
	attrset(A_NORMAL);
	for (i = 0; i < bh; i++) {
		move(y0 + i, x0);
		for (x = 0; x < bw; x++) {
			const char *c = " ";
			int edge_y = i == 0 || i == bh - 1, edge_x = x == 0 || x == bw - 1;

			if (edge_y && edge_x)
				c = t->utf8 ? (i == 0 ? (x == 0 ? "\xe2\x94\x8c" : "\xe2\x94\x90") :
				    (x == 0 ? "\xe2\x94\x94" : "\xe2\x94\x98")) : "+";
			else if (edge_y)
				c = t->utf8 ? "\xe2\x94\x80" : "-";
			else if (edge_x)
				c = t->utf8 ? "\xe2\x94\x82" : "|";
			addstr(c);
		}
	}
	draw_text(y0, x0 + 1, " ", 1, 1, A_NORMAL);
	x = draw_text(y0, x0 + 2, title, strlen(title), bw - 5, term_attr(ROLE_LABEL));
	draw_text(y0, x0 + 2 + x, " ", 1, 1, A_NORMAL);
	for (i = 0; i < (int)n && i < bh - 4; i++)
		draw_text(y0 + 2 + i, x0 + 2, text + lines[i].start, lines[i].len, bw - 4, A_NORMAL);
	if ((int)n > bh - 4)
		draw_text(y0 + bh - 2, x0 + 2, "(more: enlarge the terminal)", 28, bw - 4, term_attr(ROLE_DIM));
	draw_text(y0 + bh - 1, x0 + 1, " ", 1, 1, A_NORMAL);
	x = draw_text(y0 + bh - 1, x0 + 2, foot, strlen(foot), bw - 5, term_attr(ROLE_HINT));
	draw_text(y0 + bh - 1, x0 + 2 + x, " ", 1, 1, A_NORMAL);
	free(lines);
}

void
draw_screen(struct tui *t)
{
	int h = LINES, w = COLS, body, sw, mx, mw, help_h, help_w, cy = -1, cx = -1;

	view_window(t, h);
	erase();
	{
		int r;

		for (r = 0; r < 256; r++)
			t->row_field[r] = t->row_item[r] = -1;
	}
	if (term_too_small()) {
		char msg[256];

		snprintf(msg, sizeof msg, "Terminal too small (%dx%d): evalwiz needs at least 60x18. "
		    "Enlarge the window. Meanwhile ^S saves, ^Q saves and quits, and other keys do nothing.", w, h);
		attrset(A_BOLD);
		{
			struct wrap_line *lines;
			size_t n = wrap_text(msg, strlen(msg), w > 1 ? w - 1 : 1, &lines), i;

			for (i = 0; i < n && (int)i < h; i++)
				draw_text((int)i, 0, msg + lines[i].start, lines[i].len, w, A_BOLD);
			free(lines);
		}
		curs_set(0);
		refresh();
		return;
	}
	body = h - 4;
	sw = w >= 100 ? 30 : w >= 80 ? 24 : 18;
	draw_header(t);
	draw_steps(t, 1, body, sw);
	vline_at(t, sw, 1, body);
	mx = sw + 2;
	mw = w - mx - 1;
	if (w >= 120) {
		help_w = 38;
		mw -= help_w + 2;
		vline_at(t, mx + mw + 1, 1, body);
		draw_help(t, 1, mx + mw + 3, body, help_w);
		draw_main(t, 1, mx, body, mw, &cy, &cx);
	} else {
		help_h = body / 4 < 5 ? 5 : body / 4 > 9 ? 9 : body / 4;
		draw_main(t, 1, mx, body - help_h, mw, &cy, &cx);
		hline_at(t, body - help_h + 1, sw + 1, w - sw - 1);
		draw_help(t, body - help_h + 2, mx, help_h - 1, mw);
	}
	if (*t->message != '\0')
		draw_text(h - 3, 0, t->message, strlen(t->message), w, term_attr(t->message_error ? ROLE_ERROR :
		    ROLE_MESSAGE));
	draw_hints(t, h - 2);
	if (t->notice != NULL) {
		draw_box(t, t->notice_title, t->notice, "Space or Esc closes; other keys work as usual");
		cy = -1;
	}
	if (t->editing && cy >= 0) {
		move(cy, cx);
		curs_set(1);
	} else {
		move(h - 3, w - 1);
		/* A hidden cursor is left where the frame's last change put it:
		 * parking it costs a move (8 bytes) every frame.  A terminal that
		 * cannot hide it (vt100) still gets it parked out of the way. */
		if (curs_set(0) != ERR) {
			leaveok(stdscr, TRUE);
			refresh();
			leaveok(stdscr, FALSE);
			return;
		}
	}
	refresh();
}
