/* draw.c: the screen: header, step list, main pane, help pane, message
 * line and key hints.  Everything is drawn into stdscr and sent with one
 * refresh, so curses sends only the cells that changed (never clear()). */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
tui_message(struct tui *t, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->message, sizeof t->message, fmt, ap);
	va_end(ap);
	t->message_error = error;
}

const char *
tui_mark(const struct tui *t, const char *status)
{
	static const char *const utf8[] = { "\xe2\x97\x8b", "\xe2\x97\x90", "\xe2\x97\x8f", "\xe2\x9c\x97" };
	static const char *const ascii[] = { ".", "~", "+", "!" };
	const char *const *m = t->utf8 ? utf8 : ascii;

	if (status == NULL || strcmp(status, "not_started") == 0)
		return m[0];
	if (strcmp(status, "in_progress") == 0)
		return m[1];
	if (strcmp(status, "complete") == 0)
		return m[2];
	return m[3];
}

int
draw_text(int y, int x, const char *s, size_t n, int width, int attr)
{
	struct buf b;
	size_t i = 0;
	int used = 0, w;

	if (width <= 0 || y < 0 || y >= LINES)
		return 0;
	buf_init(&b);
	while (i < n && s[i] != '\0') {
		size_t len = ledit_char(s + i, n - i, &w);
		unsigned char c = (unsigned char)s[i];

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
	const char *title = tui_str(t->screen, "title");
	const char *base = strrchr(t->path, '/') != NULL ? strrchr(t->path, '/') + 1 : t->path;

	/* the state first: on a narrow screen the title is what gets cut */
	snprintf(line, sizeof line, " evalwiz  [%s]%s%s  %s", base, t->saved && !t->pending ? " saved" : " unsaved",
	    t->read_only ? "  READ-ONLY" : "", *title != '\0' ? title : "(untitled plan)");
	fill(0, 0, COLS, term_attr(ROLE_HEADER));
	draw_text(0, 0, line, strlen(line), COLS, term_attr(ROLE_HEADER));
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
		const char *level = tui_str(s, "level");
		int cur = (int)i + 1 == t->step;
		int attr = term_attr(cur ? ROLE_STEP_CURRENT : ROLE_STEP);
		int y = y0 + (int)(i - first), used;

		snprintf(num, sizeof num, "%2s", tui_str(s, "number"));
		fill(y, 0, w, attr);
		line = xasprintf("%s%s", cur ? ">" : " ", num);
		used = draw_text(y, 0, line, strlen(line), w, attr);
		free(line);
		used += draw_text(y, used + 1, tui_mark(t, tui_str(s, "status")), 8, 1,
		    cur ? attr : term_attr(strcmp(tui_str(s, "status"), "complete") == 0 ? ROLE_DONE :
		    strcmp(tui_str(s, "status"), "problems") == 0 ? ROLE_PROBLEM : ROLE_STEP)) + 1;
		if (strcmp(level, "none") != 0 && w > 16) {
			draw_text(y, used + 1, tui_str(s, "short"), strlen(tui_str(s, "short")), w - used - 5, attr);
			draw_text(y, w - 3, level, strlen(level), 3, attr | (cur ? 0 : term_attr(ROLE_DIM)));
		} else
			draw_text(y, used + 1, tui_str(s, "short"), strlen(tui_str(s, "short")), w - used - 1, attr);
	}
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

	head = xasprintf("Step %s: %s", tui_str(step, "number"), tui_str(step, "title"));
	pane_add(p, head, strlen(head), term_attr(ROLE_LABEL), 0, -1);
	free(head);
	pane_wrap(p, tui_str(step, "purpose"), term_attr(ROLE_HELP), 0, -1);
	for (i = 0; i < value_count(warnings); i++) {
		char *w = xasprintf("%s %s", t->utf8 ? "\xe2\x9a\xa0" : "!", value_at(warnings, i)->u.str.s);

		pane_wrap(p, w, term_attr(ROLE_WARNING), 0, -1);
		free(w);
	}
	*focus_first = *focus_last = *cursor_line = -1;
	for (i = 0; i < value_count(fields); i++) {
		const struct value *f = value_at(fields, i);
		const char *type = tui_str(f, "type");
		const char *problem = tui_str(f, "problem");
		int focused = (int)i == t->focus;
		size_t first;
		char *label;

		pane_add(p, "", 0, 0, 0, -1);
		first = p->n;
		if (strcmp(type, "note") != 0) {
			label = xasprintf("%s %s%s", focused ? (t->utf8 ? "\xe2\x96\xb8" : ">") : " ", tui_str(f, "label"),
			    value_get(f, "required") != NULL && value_get(f, "required")->u.b ? " *" : "");
			pane_wrap(p, label, term_attr(focused ? ROLE_FOCUS : ROLE_LABEL), 0, (int)i);
			free(label);
		}
		widget_for(type)->render(t, f, p, (int)i);
		if (*problem != '\0') {
			char *m = xasprintf("%s %s", t->utf8 ? "\xe2\x9c\x97" : "!", problem);

			pane_wrap(p, m, term_attr(strcmp(tui_str(f, "problem_kind"), "warning") == 0 ?
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
		pane_wrap(p, tui_str(pn, "title"), term_attr(ROLE_PANEL) | A_BOLD, 0, -1);
		pane_wrap(p, tui_str(pn, "text"), term_attr(ROLE_PANEL), 2, -1);
	}
}

static void
draw_main(struct tui *t, int y0, int x0, int h, int w, int *cy, int *cx)
{
	struct pane p = { NULL, 0, w };
	int ff, fl, cl, i;

	build_main(t, &p, &ff, &fl, &cl);
	/* keep the focused question (and the cursor) in view */
	if (cl >= 0) {
		if (cl < t->top)
			t->top = cl;
		if (cl >= t->top + h)
			t->top = cl - h + 1;
	} else if (ff >= 0) {
		if (fl - ff + 1 <= h) {
			if (fl >= t->top + h)
				t->top = fl - h + 1;
		}
		if (ff - 1 < t->top)
			t->top = ff > 0 ? ff - 1 : 0;
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

		draw_text(y0 + i, x0 + l->indent, l->text, strlen(l->text), w - l->indent, l->attr);
		if (l->typing && l->indent >= 2)
			draw_text(y0 + i, x0 + l->indent - 2, t->utf8 ? "\xe2\x96\x8c" : "|", 3, 1,
			    term_attr(ROLE_FOCUS));
		if (l->cursor >= 0) {
			*cy = y0 + i;
			*cx = x0 + l->indent + l->cursor;
		}
	}
	if (t->top > 0)
		draw_text(y0, x0 + w - 3, t->utf8 ? "\xe2\x86\x91" : "^", 4, 1, term_attr(ROLE_DIM));
	if (t->top + h < (int)p.n)
		draw_text(y0 + h - 1, x0 + w - 3, t->utf8 ? "\xe2\x86\x93" : "v", 4, 1, term_attr(ROLE_DIM));
	pane_free(&p);
}

static void
draw_help(struct tui *t, int y0, int x0, int h, int w)
{
	const struct value *f = tui_field(t);
	struct pane p = { NULL, 0, w };
	int i;

	if (f == NULL) {
		const struct value *step = value_get(t->screen, "step");

		pane_wrap(&p, tui_str(step, "guidance"), term_attr(ROLE_HELP), 0, -1);
	} else {
		const struct value *terms = value_get(f, "terms");
		const struct value *opts = value_get(f, "options");
		size_t k;

		pane_wrap(&p, "Help", term_attr(ROLE_LABEL), 0, -1);
		if (*tui_str(f, "help") != '\0')
			pane_wrap(&p, tui_str(f, "help"), term_attr(ROLE_HELP), 0, -1);
		if (*tui_str(f, "range") != '\0') {
			char *r = xasprintf("Expects %s.", tui_str(f, "range"));

			pane_wrap(&p, r, term_attr(ROLE_HELP), 0, -1);
			free(r);
		}
		if (t->editing && opts != NULL && t->opt >= 0 && t->opt < (int)value_count(opts) &&
		    *tui_str(value_at(opts, (size_t)t->opt), "help") != '\0')
			pane_wrap(&p, tui_str(value_at(opts, (size_t)t->opt), "help"), term_attr(ROLE_ANSWER), 0, -1);
		if (*tui_str(f, "example") != '\0') {
			char *e = xasprintf("Example: %s", tui_str(f, "example"));

			pane_wrap(&p, e, term_attr(ROLE_DIM), 0, -1);
			free(e);
		}
		if (p.n == 1)
			pane_wrap(&p, "No extra help for this question.", term_attr(ROLE_DIM), 0, -1);
		for (k = 0; k < value_count(terms); k++) {
			if (k == 0)
				pane_wrap(&p, "Terms", term_attr(ROLE_LABEL), 0, -1);
			pane_wrap(&p, value_at(terms, k)->u.str.s, term_attr(ROLE_HELP), 1, -1);
		}
	}
	if (t->help_top > (int)p.n - h)
		t->help_top = (int)p.n - h > 0 ? (int)p.n - h : 0;
	for (i = 0; i < h && t->help_top + i < (int)p.n; i++) {
		struct pline *l = &p.lines[t->help_top + i];
		/* the last line leaves room for the "more" mark */
		int room = i == h - 1 && (int)p.n > h ? w - 12 : w;

		draw_text(y0 + i, x0 + l->indent, l->text, strlen(l->text), room - l->indent, l->attr);
	}
	/* more help than room: say how to see it */
	if (t->help_top + h < (int)p.n || t->help_top > 0) {
		const char *more = t->help_top + h < (int)p.n ? "more: ] [" : "top: [";
		int mw = (int)strlen(more);

		draw_text(y0 + h - 1, x0 + w - mw - 1, more, (size_t)mw, mw, term_attr(ROLE_DIM) | A_REVERSE);
	}
	pane_free(&p);
}

struct hint {
	const char *key, *what;
};

static void
draw_hints(struct tui *t, int y)
{
	/* two rows of six; narrower screens show the first five of each */
	static const struct hint nav[] = {
		{ "Enter", "Edit" }, { "Tab", "Next" }, { "PgDn", "Step+" }, { "/", "Search" },
		{ "^S", "Save" }, { "n", "Next hit" },
		{ "F1", "Help" }, { "S-Tab", "Previous" }, { "PgUp", "Step-" }, { "0-9", "Step N" },
		{ "^Q", "Quit" }, { "F2", "Glossary" },
	};
	static const struct hint edit[] = {
		{ "Esc", "Done" }, { "Tab", "Next" }, { "^Z", "Undo" }, { "^K", "Cut end" },
		{ "^S", "Save" }, { "^U", "Cut start" },
		{ "F1", "Help" }, { "S-Tab", "Previous" }, { "^E", "Editor" }, { "^W", "Cut word" },
		{ "^Q", "Quit" }, { "^A", "Home" },
	};
	static const struct hint pick[] = {
		{ "Esc", "Done" }, { "Tab", "Next" }, { "Space", "Select" }, { "a/d", "Add/Del" },
		{ "^S", "Save" }, { "Enter", "Select" },
		{ "F1", "Help" }, { "S-Tab", "Previous" }, { "Up/Dn", "Move" }, { "[/]", "Reorder" },
		{ "^Q", "Quit" }, { "Left", "Column" },
	};
	const struct hint *h = nav;
	const struct value *f = tui_field(t);
	int per = COLS / 16, cw, i, row;

	if (per > 6)
		per = 6;
	if (per < 1)
		per = 1;
	cw = COLS / per;

	if (t->editing && f != NULL) {
		const char *type = tui_str(f, "type");

		h = strcmp(type, "choice") == 0 || strcmp(type, "multi") == 0 || strcmp(type, "yesno") == 0 ||
		    ((strcmp(type, "list") == 0 || strcmp(type, "records") == 0) && !t->sub) ? pick : edit;
	}
	if (t->read_only && !t->editing)
		h = nav;
	for (row = 0; row < 2; row++) {
		move(y + row, 0);
		for (i = 0; i < per && i < 6; i++) {
			const struct hint *k = &h[row * 6 + i];
			int x = i * cw, used;

			used = draw_text(y + row, x, k->key, strlen(k->key), cw, term_attr(ROLE_HINT_KEY));
			draw_text(y + row, x + used + 1, k->what, strlen(k->what), cw - used - 1, term_attr(ROLE_HINT));
		}
	}
}

void
draw_screen(struct tui *t)
{
	int h = LINES, w = COLS, body, sw, mx, mw, help_h, help_w, cy = -1, cx = -1;

	erase();
	{
		int r;

		for (r = 0; r < 256; r++)
			t->row_field[r] = t->row_item[r] = -1;
	}
	if (term_too_small()) {
		char msg[128];

		snprintf(msg, sizeof msg, "Terminal too small (%dx%d): evalwiz needs at least 60x18. "
		    "Enlarge the window; ^Q saves and quits.", w, h);
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
	if (t->editing && cy >= 0) {
		move(cy, cx);
		curs_set(1);
	} else {
		move(h - 3, w - 1);
		curs_set(0);
	}
	refresh();
}
