/* tui.c: the wizard session: one event loop that reads a key, hands it
 * to the bindings or the widget being edited, and draws; the model calls
 * (ui.lua), saving, search, the help and glossary screens, the external
 * editor, and signals (a hang-up saves before exit). */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "datadir.h"
#include "plan/lock.h"
#include "plan/recovery.h"
#include "recover.h"
#include "script/script.h"
#include "tui/tui-int.h"
#include "tui/tui.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <limits.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define CTRL(c) ((c) & 0x1f)
#define AUTOSAVE_SECONDS 2

const char *
tui_str(const struct value *map, const char *key)
{
	const struct value *v = value_get(map, key);
	static char tmp[4][64];
	static int k;

	if (v == NULL)
		return "";
	k = (k + 1) % 4;
	return value_string(v, tmp[k], sizeof tmp[k]) != NULL ? value_string(v, tmp[k], sizeof tmp[k]) : "";
}

const struct value *
tui_field(struct tui *t)
{
	const struct value *fields = value_get(t->screen, "fields");

	if (t->focus < 0 || t->focus >= (int)value_count(fields))
		return NULL;
	return value_at(fields, (size_t)t->focus);
}

/* The focused question's glossary terms for the help pane.  A screen does
 * not carry them (working them out for every question on it was a sixth of
 * start-up): they are asked for when a question's help is first drawn and
 * kept in the screen until the next reload. */
const struct value *
tui_terms(struct tui *t, const struct value *f)
{
	struct value *idx, *id, *res = NULL;
	const struct value *have = value_get(f, "terms");
	char *cause = NULL;

	if (have != NULL)
		return have;
	idx = value_int(t->step);
	id = value_strz(tui_str(f, "id"));
	if (script_call(t->ctx->S, "ui.terms", &res, &cause, 2, idx, id) == -1 ||
	    res == NULL || res->type != VAL_SEQ) {
		/* help without its terms is still help */
		free(cause);
		value_free(res);
		res = value_new(VAL_SEQ);
	}
	value_free(idx);
	value_free(id);
	value_set((struct value *)f, "terms", res);
	return res;
}

/* Fetches the screen data for the current step again. */
/* The bytes of a typed character: its multibyte form in this locale, or
 * the raw byte when the locale cannot say (UTF-8 typed into a C locale is
 * kept, not dropped). */
static size_t
char_bytes(wint_t ch, char *out)
{
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = wcrtomb(out, (wchar_t)ch, &st);
	if (n != (size_t)-1)
		return n;
	if (ch < 256) {
		out[0] = (char)ch;
		return 1;
	}
	return 0;
}

static int
reload(struct tui *t)
{
	struct value *idx = value_int(t->step), *res = NULL;
	const struct value *fields;
	char *cause = NULL, *focus_id = NULL;
	size_t n, i;

	if (script_call(t->ctx->S, "ui.screen", &res, &cause, 1, idx) == -1) {
		value_free(idx);
		tui_message(t, 1, "%s", cause);
		free(cause);
		return -1;
	}
	value_free(idx);
	/* Questions come and go with their conditions: keep the focus (and
	 * the edit) on the same question, not the same position. */
	if (tui_field(t) != NULL && t->screen != NULL &&
	    strcmp(tui_str(value_get(t->screen, "step"), "id"), tui_str(value_get(res, "step"), "id")) == 0)
		focus_id = xstrdup(tui_str(tui_field(t), "id"));
	value_free(t->screen);
	t->screen = res;
	t->nsteps = (int)value_count(value_get(res, "steps"));
	fields = value_get(res, "fields");
	n = value_count(fields);
	if (focus_id != NULL) {
		int found = -1;

		for (i = 0; i < n; i++)
			if (strcmp(tui_str(value_at(fields, i), "id"), focus_id) == 0)
				found = (int)i;
		if (found >= 0)
			t->focus = found;
		else if (t->editing) {
			/* the question being edited was hidden: its text is in the model already */
			t->editing = 0;
			t->sub = 0;
			ledit_free(&t->le);
		}
		free(focus_id);
	}
	if (t->focus >= (int)n)
		t->focus = (int)n - 1;
	if (t->focus < 0 && n > 0)
		t->focus = 0;
	return 0;
}

/* Appends the answer step.field now holds to PLAN.recover (fsync'ed), so
 * a committed edit survives kill -9 even before the next save. */
static void
journal(struct tui *t, const char *step, const char *field)
{
	struct value *a, *b, *box = NULL;
	char *cause = NULL;

	if (t->rec == NULL || t->read_only)
		return;
	a = value_strz(step);
	b = value_strz(field);
	if (script_call(t->ctx->S, "ui.get_raw", &box, &cause, 2, a, b) == 0 &&
	    recovery_append(t->rec, step, field, value_get(box, "value"), &cause) == -1 && !t->rec_failed) {
		t->rec_failed = 1;
		tui_message(t, 1, "%s", cause);
	}
	free(cause);
	value_free(box);
	value_free(a);
	value_free(b);
}

static int
call_result(struct tui *t, const char *fn, int nargs, struct value **args)
{
	struct value *res = NULL;
	char *cause = NULL;
	int flags = TUI_CHANGED | TUI_REDRAW, i;

	if (script_callv(t->ctx->S, fn, &res, &cause, nargs, (const struct value *const *)args) == -1) {
		tui_message(t, 1, "%s", cause);
		free(cause);
		flags = TUI_REDRAW;
	} else {
		const struct value *ok = value_get(res, "ok");

		/* an autosave of a field still being edited says nothing: the
		 * message line keeps what Enter said, the field its inline mark */
		if (ok != NULL && ok->type == VAL_BOOL && !ok->u.b && !t->autosaving)
			tui_message(t, 1, "%s (kept as typed)", tui_str(res, "message"));
		t->saved = 0;
		if (nargs >= 2 && args[0]->type == VAL_STR && args[1]->type == VAL_STR)
			journal(t, args[0]->u.str.s, args[1]->u.str.s);
	}
	value_free(res);
	for (i = 0; i < nargs; i++)
		value_free(args[i]);
	return flags;
}

#define UNDO_MAX 100

/* Keeps the field's answer before a change; a text edit is one change
 * however often autosave hands its text to the model. */
static void
remember(struct tui *t, const struct value *f, int grouped)
{
	const char *step = tui_str(value_get(t->screen, "step"), "id");
	const char *field = tui_str(f, "id");
	struct value *a, *b, *old = NULL;
	struct undo_entry *u;
	char *cause = NULL;

	if (grouped && t->nhist > 0) {
		u = &t->hist[t->nhist - 1];
		if (u->session == t->session && strcmp(u->step, step) == 0 && strcmp(u->field, field) == 0)
			return;
	}
	a = value_strz(step);
	b = value_strz(field);
	if (script_call(t->ctx->S, "ui.get_raw", &old, &cause, 2, a, b) == -1) {
		free(cause);
		old = NULL;
	}
	value_free(a);
	value_free(b);
	if (old == NULL)
		return;
	if (t->nhist == UNDO_MAX) {
		free(t->hist[0].step);
		free(t->hist[0].field);
		value_free(t->hist[0].old);
		memmove(t->hist, t->hist + 1, (UNDO_MAX - 1) * sizeof *t->hist);
		t->nhist--;
	}
	t->hist = xrealloc(t->hist, (t->nhist + 1) * sizeof *t->hist);
	u = &t->hist[t->nhist++];
	u->step = xstrdup(step);
	u->field = xstrdup(field);
	u->old = old;
	u->session = t->session;
}

int
tui_field_undo(struct tui *t)
{
	const struct value *f = tui_field(t);
	const char *step = tui_str(value_get(t->screen, "step"), "id");
	size_t i;

	if (f == NULL || t->read_only)
		return TUI_REDRAW;
	for (i = t->nhist; i-- > 0;) {
		struct undo_entry *u = &t->hist[i];
		struct value *a, *b;
		char *cause = NULL;

		if (strcmp(u->step, step) != 0 || strcmp(u->field, tui_str(f, "id")) != 0)
			continue;
		a = value_strz(u->step);
		b = value_strz(u->field);
		if (script_call(t->ctx->S, "ui.restore", NULL, &cause, 3, a, b, u->old) == -1) {
			tui_message(t, 1, "%s", cause);
			free(cause);
		}
		value_free(a);
		value_free(b);
		journal(t, u->step, u->field);
		free(u->step);
		free(u->field);
		value_free(u->old);
		memmove(t->hist + i, t->hist + i + 1, (t->nhist - i - 1) * sizeof *t->hist);
		t->nhist--;
		t->saved = 0;
		tui_message(t, 0, "undone: the last change to this question");
		return TUI_REDRAW | TUI_CHANGED;
	}
	tui_message(t, 0, "nothing to undo in this question");
	return TUI_REDRAW;
}

int
tui_set_text(struct tui *t, const struct value *f, const char *text)
{
	struct value *args[3];
	const char *type = tui_str(f, "type");

	remember(t, f, strcmp(type, "list") != 0);

	args[0] = value_strz(tui_str(value_get(t->screen, "step"), "id"));
	args[1] = value_strz(tui_str(f, "id"));
	args[2] = value_strz(text);
	t->pending = 0;
	return call_result(t, "ui.set", 3, args);
}

int
tui_toggle(struct tui *t, const struct value *f, const char *value)
{
	struct value *args[3];

	if (t->read_only)
		return TUI_REDRAW;
	remember(t, f, 0);
	args[0] = value_strz(tui_str(value_get(t->screen, "step"), "id"));
	args[1] = value_strz(tui_str(f, "id"));
	args[2] = value_strz(value);
	return call_result(t, "ui.toggle", 3, args);
}

int
tui_records(struct tui *t, const struct value *f, const char *op, int row, int col, const char *text)
{
	struct value *args[6];

	if (t->read_only)
		return TUI_REDRAW;
	/* typing in one cell is one change; adding, deleting, moving rows each are */
	remember(t, f, strcmp(op, "set") == 0);
	args[0] = value_strz(tui_str(value_get(t->screen, "step"), "id"));
	args[1] = value_strz(tui_str(f, "id"));
	args[2] = value_strz(op);
	args[3] = value_int(row);
	args[4] = value_int(col);
	args[5] = value_strz(text != NULL ? text : "");
	t->pending = 0;
	return call_result(t, "ui.records", 6, args);
}

char *
tui_refusal(struct tui *t, const struct value *f, const char *text)
{
	return tui_cell_refusal(t, f, 0, text);
}

char *
tui_cell_refusal(struct tui *t, const struct value *f, int col, const char *text)
{
	struct value *a, *b, *c, *d, *res = NULL;
	char *cause = NULL, *out = NULL;

	a = value_strz(tui_str(value_get(t->screen, "step"), "id"));
	b = value_strz(tui_str(f, "id"));
	c = value_strz(text != NULL ? text : "");
	d = col > 0 ? value_int(col) : value_new(VAL_NIL);
	if (script_call(t->ctx->S, "ui.refusal", &res, &cause, 4, a, b, c, d) == -1)
		free(cause);	/* the model checks again when the text is stored */
	else if (res != NULL && res->type == VAL_STR && *res->u.str.s != '\0')
		out = xstrdup(res->u.str.s);
	value_free(res);
	value_free(a);
	value_free(b);
	value_free(c);
	value_free(d);
	return out;
}

static int
save(struct tui *t)
{
	char *cause = NULL;

	if (t->read_only)
		return 0;
	if (ctx_save_plan_quiet(t->ctx, t->path, 0, &cause) != 0) {
		/* the edits stay in memory and in PLAN.recover; autosave tries again */
		tui_message(t, 1, "not saved (%s, will retry): %s",
		    t->rec != NULL && !t->rec_failed ? "edits kept in the recovery file" : "edits kept in memory",
		    cause != NULL ? cause : "unknown error");
		free(cause);
		return -1;
	}
	t->saved = 1;
	recovery_saved(t->rec);
	if (t->ctx->backup_note != NULL) {
		/* the first save after a migration kept the old file: say where */
		tui_message(t, 0, "%s", t->ctx->backup_note);
		free(t->ctx->backup_note);
		t->ctx->backup_note = NULL;
	}
	return 0;
}

/* Gives the model what the editor holds, without leaving the field. */
static int
commit(struct tui *t)
{
	const struct value *f = tui_field(t);
	int flags = 0;

	if (t->editing && t->pending && f != NULL && !t->read_only)
		flags = widget_for(tui_str(f, "type"))->commit(t, f);
	t->pending = 0;
	if (flags & TUI_CHANGED)
		reload(t);
	return flags;
}

static void
leave_edit(struct tui *t)
{
	commit(t);
	t->editing = 0;
	t->sub = 0;
	ledit_free(&t->le);
	reload(t);
}

static int
begin_edit(struct tui *t)
{
	const struct value *f = tui_field(t);

	if (f == NULL)
		return TUI_REDRAW;
	if (t->read_only) {
		tui_message(t, 1, "read-only: %s", t->read_only_why);
		return TUI_REDRAW;
	}
	t->opt = 0;
	t->col = 0;
	t->sub = 0;
	t->hstart = 0;
	t->session++;
	memset(&t->le, 0, sizeof t->le);
	if (!widget_for(tui_str(f, "type"))->begin(t, f)) {
		tui_message(t, 0, "this is not a question you answer: it is guidance or computed from your answers");
		return TUI_REDRAW;
	}
	t->editing = 1;
	*t->message = '\0';
	return TUI_REDRAW;
}

static void
go_step(struct tui *t, int step, int focus)
{
	if (step < 1 || step > t->nsteps)
		return;
	if (t->editing)
		leave_edit(t);
	if (step != t->step && !t->saved)
		save(t);
	t->step = step;
	t->focus = focus;
	t->top = 0;
	t->help_top = 0;
	reload(t);
}

static void
move_focus(struct tui *t, int dir)
{
	int n = (int)value_count(value_get(t->screen, "fields"));

	if (t->editing)
		leave_edit(t);
	if (t->focus + dir >= 0 && t->focus + dir < n)
		t->focus += dir;
	else if (dir > 0 && t->step < t->nsteps)
		go_step(t, t->step + 1, 0);
	else if (dir < 0 && t->step > 1) {
		go_step(t, t->step - 1, 0);
		t->focus = (int)value_count(value_get(t->screen, "fields")) - 1;
	}
	t->help_top = 0;
}

/* A line of input on the message line (search, file names); NULL on Esc.
 * The initial text is offered as a selection, shown in reverse: typing
 * replaces it and Backspace clears it (as a selected default does in most
 * programs), while a cursor key keeps it for editing. */
static char *
prompt(struct tui *t, const char *question, const char *initial)
{
	struct ledit e;
	size_t start = 0;
	char *out = NULL;
	int fresh = initial != NULL && *initial != '\0';

	ledit_init(&e, initial, 0);
	t->prompting = 1;
	for (;;) {
		int qw, cx, r;
		enum term_wait ev;
		wint_t ch;

		if (t->screen != NULL)
			draw_screen(t);
		else
			draw_hint_bar(t);
		move(LINES - 3, 0);
		clrtoeol();
		qw = draw_text(LINES - 3, 0, question, strlen(question), COLS / 2, term_attr(ROLE_LABEL));
		cx = ledit_hscroll(&e, COLS - qw - 2, &start);
		draw_text(LINES - 3, qw + 1, e.buf + start, e.len - start, COLS - qw - 2,
		    fresh ? (int)A_REVERSE : term_attr(ROLE_TYPING));
		move(LINES - 3, qw + 1 + cx);
		curs_set(1);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			break;
		if (ev == TERM_REDRAW)
			continue;
		/* the first key that types or rubs out clears the offer; it is
		 * then handled as usual below */
		if (fresh && (r == OK ? ch >= 0x20 || ch == CTRL('h') : ch == KEY_BACKSPACE)) {
			ledit_home(&e);
			ledit_kill_end(&e);
		}
		fresh = 0;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_LEFT) ledit_left(&e);
			else if (ch == KEY_RIGHT) ledit_right(&e);
			else if (ch == KEY_HOME) ledit_home(&e);
			else if (ch == KEY_END) ledit_end(&e);
			else if (ch == KEY_BACKSPACE) ledit_backspace(&e);
			else if (ch == KEY_DC) ledit_delete(&e);
			else if (ch == KEY_ENTER) { out = xstrdup(e.buf); break; }
			continue;
		}
		if (ch == 27 || ch == CTRL('c') || ch == CTRL('g'))
			break;
		if (ch == '\r' || ch == '\n') {
			out = xstrdup(e.buf);
			break;
		}
		if (ch == 127 || ch == CTRL('h'))
			ledit_backspace(&e);
		else if (ch == CTRL('a'))
			ledit_home(&e);
		else if (ch == CTRL('e'))
			ledit_end(&e);
		else if (ch == CTRL('u'))
			ledit_kill_start(&e);
		else if (ch == CTRL('k'))
			ledit_kill_end(&e);
		else if (ch == CTRL('w'))
			ledit_kill_word(&e);
		else if (ch >= 0x20) {
			char mb[MB_LEN_MAX];
			size_t n = char_bytes(ch, mb);

			if (n > 0)
				ledit_insert(&e, mb, n);
		}
	}
	ledit_free(&e);
	t->prompting = 0;
	curs_set(0);
	return out;
}

static void
search_go(struct tui *t, int next)
{
	struct value *q, *res = NULL;
	char *cause = NULL;
	size_t n;

	if (t->query == NULL || *t->query == '\0') {
		tui_message(t, 0, "no search yet: press / to search");
		return;
	}
	q = value_strz(t->query);
	if (script_call(t->ctx->S, "ui.search", &res, &cause, 1, q) == -1) {
		tui_message(t, 1, "%s", cause);
		free(cause);
		value_free(q);
		return;
	}
	value_free(q);
	n = value_count(res);
	if (n == 0) {
		tui_message(t, 1, "\"%s\" is not in any question or help", t->query);
	} else {
		const struct value *h;
		const struct value *fields;
		const char *fid;
		size_t i;

		t->hit = next ? (t->hit + 1) % (int)n : 0;
		h = value_at(res, (size_t)t->hit);
		fid = tui_str(h, "field");
		go_step(t, (int)value_get(h, "step")->u.i, 0);
		fields = value_get(t->screen, "fields");
		for (i = 0; i < value_count(fields); i++)
			if (strcmp(tui_str(value_at(fields, i), "id"), fid) == 0)
				t->focus = (int)i;
		tui_message(t, 0, "\"%s\": hit %d of %zu (n for the next)", t->query, t->hit + 1, n);
		t->search_active = 1;	/* n is the next hit until another key */
	}
	value_free(res);
}

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
static void
show_page(struct tui *t, const char *title, const char *text)
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

static void
help_screen(struct tui *t)
{
	struct buf b;
	const struct binding *k;

	buf_init(&b);
	/* the keys that work here and now first: the letters depend on the
	 * focused question */
	if (t->editing)
		buf_adds(&b, "Now: you are editing a question. Keys you type go into it; F-keys and\n"
		    "Ctrl-keys are commands (F2 glossary, F3 health, F4 title, Ctrl-G 0-9 a step).\n\n");
	else if (tui_typing_focus(t))
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
	    tui_mark(t, "not_started"), tui_mark(t, "in_progress"), tui_mark(t, "complete"), tui_mark(t, "problems"));
	show_page(t, "evalwiz help", b.data);
	buf_free(&b);
}

static void
glossary_screen(struct tui *t)
{
	struct value *res = NULL;
	char *cause = NULL;
	struct buf b;
	size_t i;

	if (script_call(t->ctx->S, "ui.glossary", &res, &cause, 0) == -1) {
		tui_message(t, 1, "%s", cause);
		free(cause);
		return;
	}
	buf_init(&b);
	for (i = 0; i < value_count(res); i++)
		buf_addf(&b, "%s\n  %s\n\n", tui_str(value_at(res, i), "term"), tui_str(value_at(res, i), "definition"));
	if (value_count(res) == 0)
		buf_adds(&b, "This pack has no glossary yet.\n");
	show_page(t, "Glossary", b.data);
	buf_free(&b);
	value_free(res);
}

int
tui_external_editor(struct tui *t)
{
	const char *ed = getenv("VISUAL");
	char tmpl[] = "/tmp/evalwiz-edit-XXXXXX";
	char *text, *cause = NULL, *cmd;
	size_t len;
	int fd, status;
	FILE *fp;

	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	fd = mkstemp(tmpl);
	if (fd == -1 || (fp = fdopen(fd, "w")) == NULL) {
		tui_message(t, 1, "cannot make a file to edit: %s", strerror(errno));
		return TUI_REDRAW;
	}
	fputs(t->le.buf, fp);
	if (t->le.len > 0 && t->le.buf[t->le.len - 1] != '\n')
		fputc('\n', fp);
	fclose(fp);
	if (ed != NULL && *ed != '\0')
		cmd = xasprintf("%s \"$1\"", ed);
	else
		cmd = xstrdup("if command -v nano >/dev/null 2>&1; then nano \"$1\"; else vi \"$1\"; fi");
	term_suspend();
	{
		pid_t pid = fork();

		if (pid == 0) {
			execl("/bin/sh", "sh", "-c", cmd, "sh", tmpl, (char *)NULL);
			_exit(127);
		}
		status = -1;
		while (pid > 0 && waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
	}
	term_resume();
	free(cmd);
	text = read_file(tmpl, 16 << 20, &len, &cause);
	unlink(tmpl);
	if (text == NULL) {
		tui_message(t, 1, "cannot read the edited text back: %s", cause);
		free(cause);
		return TUI_REDRAW;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		tui_message(t, 1, "the editor did not finish cleanly; its text was kept anyway (Ctrl-Z undoes)");
	else
		tui_message(t, 0, "text taken back from the editor (Ctrl-Z undoes)");
	while (len > 0 && text[len - 1] == '\n')
		text[--len] = '\0';
	ledit_paste(&t->le, "", 0);	/* an undo point before the whole change */
	t->le.len = 0;
	t->le.cur = 0;
	t->le.buf[0] = '\0';
	ledit_paste(&t->le, text, len);
	free(t->le.undo[--t->le.nundo].text);	/* the two snapshots above are one change */
	free(text);
	t->pending = 1;
	return TUI_REDRAW | TUI_DIRTY;
}

int
tui_ledit_key(struct tui *t, int is_key, wint_t ch, int width)
{
	struct ledit *e = &t->le;
	int changed = 0;

	if (is_key) {
		switch (ch) {
		case KEY_LEFT: ledit_left(e); break;
		case KEY_RIGHT: ledit_right(e); break;
		case KEY_HOME: ledit_home(e); break;
		case KEY_END: ledit_end(e); break;
		case KEY_BACKSPACE: changed = ledit_backspace(e); break;
		case KEY_DC: changed = ledit_delete(e); break;
		case KEY_UP:
			if (!e->multiline)
				return TUI_UNHANDLED;
			ledit_up(e, width);
			break;
		case KEY_DOWN:
			if (!e->multiline)
				return TUI_UNHANDLED;
			ledit_down(e, width);
			break;
		default:
			return TUI_UNHANDLED;
		}
	} else {
		switch (ch) {
		case CTRL('a'): ledit_home(e); break;
		case CTRL('e'):
			if (e->multiline)
				return tui_external_editor(t);
			ledit_end(e);
			break;
		case CTRL('b'): ledit_left(e); break;
		case CTRL('f'): ledit_right(e); break;
		case CTRL('k'): changed = ledit_kill_end(e); break;
		case CTRL('u'): changed = ledit_kill_start(e); break;
		case CTRL('w'): changed = ledit_kill_word(e); break;
		case CTRL('d'): changed = ledit_delete(e); break;
		case CTRL('h'): case 127: changed = ledit_backspace(e); break;
		case CTRL('z'):
			changed = ledit_undo(e);
			if (!changed)
				tui_message(t, 0, "nothing more to undo in this edit (after Esc, Ctrl-Z undoes the whole edit)");
			break;
		case '\r': case '\n':
			if (!e->multiline)
				return TUI_UNHANDLED;
			changed = ledit_insert(e, "\n", 1);
			break;
		default:
			if (ch < 0x20)
				return TUI_UNHANDLED;
			{
				char mb[MB_LEN_MAX];
				size_t n = char_bytes(ch, mb);

				if (n == 0)
					return TUI_REDRAW;
				changed = ledit_insert(e, mb, n);
			}
		}
	}
	if (changed) {
		t->pending = 1;
		return TUI_REDRAW | TUI_DIRTY;
	}
	return TUI_REDRAW;
}

void
tui_ledit_render(struct tui *t, struct pane *p, int index, int indent)
{
	struct ledit *e = &t->le;
	int width = p->width - indent;

	if (!e->multiline) {
		int cx = ledit_hscroll(e, width, &t->hstart);
		size_t end = t->hstart, i;
		int w = 0, cw;

		for (i = t->hstart; i < e->len; i += ledit_char(e->buf + i, e->len - i, &cw)) {
			ledit_char(e->buf + i, e->len - i, &cw);
			if (w + cw > width)
				break;
			w += cw;
			end = i + ledit_char(e->buf + i, e->len - i, &cw);
		}
		pane_add(p, e->buf + t->hstart, end - t->hstart, term_attr(ROLE_TYPING), indent, index);
		p->lines[p->n - 1].cursor = cx;
		p->lines[p->n - 1].typing = 1;
	} else {
		struct wrap_line *lines;
		size_t n = wrap_text(e->buf, e->len, width - 1, &lines), i, line;
		int col;

		t->wrap_width = width - 1;

		wrap_locate(lines, n, e->buf, e->cur, &line, &col);
		for (i = 0; i < n; i++) {
			pane_add(p, e->buf + lines[i].start, lines[i].len, term_attr(ROLE_TYPING), indent, index);
			p->lines[p->n - 1].typing = 1;
			if (i == line)
				p->lines[p->n - 1].cursor = col;
		}
		free(lines);
	}
}

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
			size_t n = char_bytes(ch, mb);

			buf_add(&b, mb, n);
		}
	}
	*len = b.len;
	return buf_steal(&b, len);
}

static int
is_text_type(const char *type)
{
	return strcmp(type, "text") == 0 || strcmp(type, "textarea") == 0 || strcmp(type, "number") == 0 ||
	    strcmp(type, "date") == 0;
}

static int
handle_paste(struct tui *t)
{
	size_t len;
	char *text = read_paste(&len);
	const struct value *f = tui_field(t);

	if (!t->editing && f != NULL && is_text_type(tui_str(f, "type")))
		begin_edit(t);
	if (t->editing && (t->le.buf != NULL) && (is_text_type(tui_str(f, "type")) || t->sub)) {
		ledit_paste(&t->le, text, len);
		t->pending = 1;
		tui_message(t, 0, "pasted %zu characters (Ctrl-Z undoes)", len);
	} else
		tui_message(t, 1, "paste into a text question: move to one and press Enter first");
	free(text);
	return TUI_REDRAW | TUI_DIRTY;
}

static int
do_action(struct tui *t, enum action a, wint_t ch)
{
	const struct value *f = tui_field(t);

	switch (a) {
	case A_NEXT_FIELD: move_focus(t, 1); break;
	case A_PREV_FIELD: move_focus(t, -1); break;
	case A_NEXT_STEP:
		if (t->step < t->nsteps) go_step(t, t->step + 1, 0);
		break;
	case A_PREV_STEP:
		if (t->step > 1) go_step(t, t->step - 1, 0);
		break;
	case A_JUMP: {
		const struct value *steps = value_get(t->screen, "steps");
		size_t i;
		char want[8];

		snprintf(want, sizeof want, "%d", (int)(ch - '0'));
		for (i = 0; i < value_count(steps); i++)
			if (strcmp(tui_str(value_at(steps, i), "number"), want) == 0) {
				go_step(t, (int)i + 1, 0);	/* replaces the screen data: stop looking */
				return TUI_REDRAW;
			}
		tui_message(t, 0, "there is no step %s", want);
		break;
	}
	case A_GOTO:
		t->goto_pending = 1;
		tui_message(t, 0, "go to step: press its number, 0-9 (any other key carries on)");
		break;
	case A_EDIT: return begin_edit(t);
	case A_SAVE: {
		int note = t->ctx->backup_note != NULL || t->ctx->migrated_from > 0;

		commit(t);
		if (t->read_only)
			tui_message(t, 1, "read-only: not saved (%s)", t->read_only_why);
		else if (save(t) == 0 && !note)	/* else the message says where the old file went */
			tui_message(t, 0, "saved %s", t->path);
		break;
	}
	case A_QUIT:
		/* quit saves first; when saving fails, stay (a second ^Q quits,
		 * and the answers then go to a rescue copy) */
		commit(t);
		if (t->read_only || t->saved || save(t) == 0 || t->quit_armed)
			t->quit = 1;
		else {
			t->quit_armed = 1;
			tui_message(t, 1, "%s; ^Q again quits and keeps a rescue copy", t->message);
		}
		break;
	case A_SEARCH: {
		char *q = prompt(t, "Search:", t->query != NULL ? t->query : "");

		if (q != NULL) {
			free(t->query);
			t->query = q;
			search_go(t, 0);
		}
		break;
	}
	case A_SEARCH_NEXT: search_go(t, 1); break;
	case A_HELP: help_screen(t); break;
	case A_GLOSSARY: glossary_screen(t); break;
	case A_EXTERNAL:
		if (f != NULL && strcmp(tui_str(f, "type"), "textarea") == 0) {
			if (!t->editing)
				begin_edit(t);
			if (t->editing)
				return tui_external_editor(t);
		} else
			tui_message(t, 0, "Ctrl-E edits long text in your editor; this question is not long text");
		break;
	case A_UNDO: {
		int fl = tui_field_undo(t);

		if (fl & TUI_CHANGED)
			reload(t);
		break;
	}
	case A_REDRAW: clearok(curscr, TRUE); break;
	case A_EXPORT: tui_export(t); break;
	case A_HEALTH: tui_health(t); break;
	case A_RELOAD_PACK: tui_reload_pack(t); break;
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
			tui_message(t, 1, "read-only: %s", t->read_only_why);
			break;
		}
		commit(t);	/* the question being edited keeps its text */
		title = prompt(t, "Plan title:", tui_str(t->screen, "title"));
		if (title != NULL) {
			struct value *arg = value_strz(title);

			char *cause = NULL;

			if (script_call(t->ctx->S, "ui.set_title", NULL, &cause, 1, arg) == -1 ||
			    (t->rec != NULL && recovery_append(t->rec, NULL, NULL, arg, &cause) == -1)) {
				tui_message(t, 1, "%s", cause);
				free(cause);
			}
			value_free(arg);
			free(title);
			t->saved = 0;
			reload(t);
		}
		break;
	}
	default: break;
	}
	return TUI_REDRAW;
}

int w_options_key(struct tui *t, const struct value *f, int is_key, wint_t ch, int multi);

/* A click on an option selects it as Space would. */
static int
w_options_key_click(struct tui *t, const struct value *f)
{
	return w_options_key(t, f, 0, ' ', strcmp(tui_str(f, "type"), "multi") == 0);
}

int
tui_typing_focus(struct tui *t)
{
	const struct value *f = tui_field(t);

	return f != NULL && !t->read_only && is_text_type(tui_str(f, "type"));
}

static int
handle_key(struct tui *t, int is_key, wint_t ch)
{
	const struct binding *b;
	const struct value *f = tui_field(t);
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
			return do_action(t, A_JUMP, ch);	/* leaves the edit, keeping it */
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
		return do_action(t, A_SCROLL_MAIN, ch);
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
				go_step(t, step, 0);
		} else if (ev.x >= t->main_x && t->row_field[ev.y] >= 0) {
			/* a question, or an option, item or row of one */
			int field = t->row_field[ev.y], item = t->row_item[ev.y];
			const char *type;

			if (field != t->focus) {
				if (t->editing)
					leave_edit(t);
				t->focus = field;
				t->help_top = 0;
			}
			f = tui_field(t);
			if (f == NULL || t->read_only)
				return TUI_REDRAW;
			type = tui_str(f, "type");
			if (!t->editing && strcmp(type, "note") != 0 && strcmp(type, "computed") != 0)
				begin_edit(t);
			if (t->editing && item >= 0 && !t->sub) {
				t->opt = item;
				if (strcmp(type, "choice") == 0 || strcmp(type, "multi") == 0 || strcmp(type, "yesno") == 0) {
					flags = w_options_key_click(t, f);
					if (flags & TUI_LEAVE)
						leave_edit(t);
					else if (flags & TUI_CHANGED)
						reload(t);
				}
			}
		}
		return TUI_REDRAW;
	}
	/* Keys still work while the terminal is too small to draw: what was
	 * typed just before or during a resize must not be dropped. */
	if (!is_key && (ch == CTRL('s') || ch == CTRL('q')))
		return do_action(t, ch == CTRL('s') ? A_SAVE : A_QUIT, ch);
	if (is_key && (ch == KEY_F(1) || ch == KEY_F(2)))
		return do_action(t, ch == KEY_F(1) ? A_HELP : A_GLOSSARY, ch);
	if ((is_key && ch == KEY_F(9)) || (!is_key && ch == CTRL('r')))
		return do_action(t, ch == CTRL('r') ? A_RELOAD_PACK : A_EXPORT, ch);
	/* the keys for commands that letters also give elsewhere work
	 * everywhere, while editing too (the edit is kept) */
	if (is_key && ch >= KEY_F(3) && ch <= KEY_F(6))
		return do_action(t, ch == KEY_F(3) ? A_HEALTH : ch == KEY_F(4) ? A_TITLE : A_SCROLL_HELP, ch);
	if (!is_key && ch == CTRL('g'))
		return do_action(t, A_GOTO, ch);
	if (t->editing && f != NULL) {
		/* these always leave the field, keeping the edit */
		if ((!is_key && (ch == '\t' || ch == CTRL('n') || ch == CTRL('p'))) ||
		    (is_key && (ch == KEY_BTAB || ch == KEY_NPAGE || ch == KEY_PPAGE))) {
			leave_edit(t);
			for (b = keys_nav; b->action != A_NONE; b++)
				if (b->key == (int)ch)
					return do_action(t, b->action, ch);
			return TUI_REDRAW;
		}
		flags = widget_for(tui_str(f, "type"))->key(t, f, is_key, ch);
		if (flags & TUI_LEAVE) {
			leave_edit(t);
			return TUI_REDRAW;
		}
		if (flags & TUI_CHANGED)
			reload(t);
		if (!(flags & TUI_UNHANDLED))
			return flags;
		if (!is_key && ch == 27) {
			leave_edit(t);
			return TUI_REDRAW;
		}
		if (!is_key && ch == CTRL('z')) {
			flags = tui_field_undo(t);
			if (flags & TUI_CHANGED)
				reload(t);
			return flags;
		}
		if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
			move_focus(t, ch == KEY_UP ? -1 : 1);
			return TUI_REDRAW;
		}
		return TUI_REDRAW;
	}
	if (!is_key && ch == 27) {
		*t->message = '\0';
		return TUI_REDRAW;
	}
	/* y and n answer a focused yes/no question at once (n is the next
	 * search hit only straight after / or n) */
	if (!is_key && f != NULL && !t->read_only && strcmp(tui_str(f, "type"), "yesno") == 0 &&
	    (ch == 'y' || ch == 'Y' || ch == 'N' || (ch == 'n' && !searching))) {
		begin_edit(t);
		if (t->editing) {
			flags = widget_for("yesno")->key(t, f, 0, ch);
			if (flags & TUI_LEAVE)
				leave_edit(t);
			else if (flags & TUI_CHANGED)
				reload(t);
		}
		return TUI_REDRAW;
	}
	/* Typing on a question that takes text starts editing it with that
	 * character: there no letter, digit or punctuation is a command (a
	 * sentence beginning "the great..." must not open the title and the
	 * glossary), except / and ? (an answer seldom begins with them) and
	 * n straight after a search.  The commands have F-keys and Ctrl-keys. */
	if (!is_key && ch >= 0x20 && tui_typing_focus(t) && ch != '/' && ch != '?' && !(ch == 'n' && searching)) {
		begin_edit(t);
		if (t->editing)
			return tui_ledit_key(t, 0, ch, COLS);
		return TUI_REDRAW;
	}
	if (!is_key && ch >= '0' && ch <= '9')
		return do_action(t, A_JUMP, ch);
	for (b = keys_nav; b->action != A_NONE; b++)
		if (b->key == (int)ch && (is_key ? ch >= KEY_MIN : ch < KEY_MIN))
			return do_action(t, b->action, ch);
	return TUI_REDRAW;
}

/* After Esc: swallows the rest of an escape sequence curses did not know
 * (a key this TERM does not describe), so it is never typed as text.
 * Returns 1 when it did; 0 for a plain Esc (the next key is put back). */
static int
unknown_sequence(void)
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

static void
loop(struct tui *t)
{
	int r;
	wint_t ch;

	draw_screen(t);
	while (!t->quit && !term_hangup) {
		timeout(500);
		r = term_get(&ch);
		if (term_hangup)
			break;
		if (term_cont || term_check_suspend()) {
			term_cont = 0;
			clearok(curscr, TRUE);
			draw_screen(t);
		}
		if (r == ERR) {
			/* idle: autosave a moment after the last key */
			if ((t->pending || !t->saved) && !t->read_only &&
			    time(NULL) - t->last_input >= AUTOSAVE_SECONDS) {
				t->autosaving = 1;
				commit(t);
				t->autosaving = 0;
				if (save(t) == 0)
					draw_screen(t);
			}
			continue;
		}
		t->last_input = time(NULL);
		if (r == OK && ch == 27 && unknown_sequence())
			continue;
		handle_key(t, r == KEY_CODE_YES, ch);
		draw_screen(t);
	}
}

/* Who else has the plan, and where recent plans are remembered. */
static char *
state_dir(void)
{
	const char *x = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");

	if (x != NULL && *x == '/')
		return path_join(x, "evalwiz");
	return xasprintf("%s/.local/state/evalwiz", home != NULL ? home : "/tmp");
}

static void
mkdirs(const char *dir)
{
	char *d = xstrdup(dir), *p;

	for (p = d + 1; *p != '\0'; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(d, 0700);
			*p = '/';
		}
	mkdir(d, 0700);
	free(d);
}

static void
remember_recent(const char *path)
{
	char *dir = state_dir(), *file = path_join(dir, "recent"), *abs, *old, *cause = NULL;
	char real[4096];
	struct buf b;
	size_t len;
	int kept = 0;

	abs = realpath(path, real) != NULL ? real : (char *)path;
	mkdirs(dir);
	buf_init(&b);
	buf_addf(&b, "%s\n", abs);
	old = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	if (old != NULL) {
		char *line, *rest = NULL;

		for (line = strtok_r(old, "\n", &rest); line != NULL && kept < 9; line = strtok_r(NULL, "\n", &rest))
			if (strcmp(line, abs) != 0) {
				buf_addf(&b, "%s\n", line);
				kept++;
			}
		free(old);
	}
	{
		FILE *fp = fopen(file, "w");

		if (fp != NULL) {
			fputs(b.data, fp);
			fclose(fp);
		}
	}
	buf_free(&b);
	free(file);
	free(dir);
}

/* The start screen: returns the plan to open (allocated) and whether to
 * create it, or NULL to quit. */
static char *
start_screen(struct tui *t, int *create)
{
	char *dir = state_dir(), *file = path_join(dir, "recent"), *recent, *cause = NULL;
	char *items[16];
	size_t len;
	int n = 0, sel = 0, i;
	char *out = NULL;

	recent = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	if (recent != NULL) {
		char *line, *rest = NULL;

		for (line = strtok_r(recent, "\n", &rest); line != NULL && n < 9; line = strtok_r(NULL, "\n", &rest))
			if (access(line, R_OK) == 0)
				items[n++] = line;
	}
	*create = 0;
	for (;;) {
		int r, y, total = n + 4;
		enum term_wait ev;
		wint_t ch;
		static const char *const fixed[] = { "New plan", "Open a plan", "Try the demo plan", "Quit" };

		erase();
		{
			int x;

			attrset(term_attr(ROLE_HEADER));
			for (x = 0; x < COLS; x++)
				mvaddch(0, x, ' ');
			attrset(A_NORMAL);
		}
		draw_text(0, 1, "evalwiz: plan an evaluation, step by step", 60, COLS - 1, term_attr(ROLE_HEADER));
		draw_text(2, 2, "Choose with Up/Down and Enter, or press the letter.", 60, COLS - 2, A_NORMAL);
		y = 4;
		for (i = 0; i < total; i++) {
			char line[4200];
			int attr = i == sel ? A_REVERSE : A_NORMAL;

			if (i < 3)
				snprintf(line, sizeof line, " %c  %s ", "nod"[i], fixed[i]);
			else if (i < 3 + n)
				snprintf(line, sizeof line, " %d  %s ", i - 2, items[i - 3]);
			else
				snprintf(line, sizeof line, " q  %s ", fixed[3]);
			if (i == 3 && n > 0)
				draw_text(y++, 2, "Recent plans:", 13, COLS - 2, term_attr(ROLE_LABEL));
			draw_text(y++, 2, line, strlen(line), COLS - 4, attr);
			if (i == 2)
				y++;
		}
		if (*t->message != '\0')
			draw_text(LINES - 1, 0, t->message, strlen(t->message), COLS, term_attr(ROLE_ERROR));
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			break;
		if (ev == TERM_REDRAW)
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_UP && sel > 0) sel--;
			else if (ch == KEY_DOWN && sel < total - 1) sel++;
			else if (ch == KEY_ENTER) goto choose;
			continue;
		}
		if (ch == 'q' || ch == CTRL('q') || ch == 27)
			break;
		if (ch == 'n') sel = 0;
		else if (ch == 'o') sel = 1;
		else if (ch == 'd' || ch == 'D') sel = 2;
		else if (ch >= '1' && ch <= '9' && (int)ch - (int)'1' < n) sel = 3 + (int)(ch - '1');
		else if (ch != '\r' && ch != '\n') continue;
choose:
		*t->message = '\0';
		if (sel == 0 || sel == 1) {
			char *p = prompt(t, sel == 0 ? "New plan file:" : "Open plan file:", sel == 0 ? "plan.yaml" : "");
			struct stat st;

			if (p == NULL || *p == '\0') {
				free(p);
				continue;
			}
			if (sel == 0 && stat(p, &st) == 0) {
				tui_message(t, 1, "%s already exists: choose Open a plan for it", p);
				free(p);
				continue;
			}
			if (sel == 1 && stat(p, &st) != 0) {
				tui_message(t, 1, "%s: %s", p, strerror(errno));
				free(p);
				continue;
			}
			*create = sel == 0;
			out = p;
			break;
		}
		if (sel == 2) {
			/* a copy of the demo plan in the state folder, so it can be changed freely */
			char *demo = path_join(dir, "demo-plan.yaml");
			struct stat st;

			if (stat(demo, &st) != 0) {
				char *src = xasprintf("%s/examples/demo-plan.yaml", datadir_get()), *text;

				mkdirs(dir);
				text = read_file(src, 16 << 20, &len, &cause);
				if (text == NULL) {
					tui_message(t, 1, "%s", cause);
					free(cause);
					free(src);
					free(demo);
					continue;
				}
				{
					FILE *fp = fopen(demo, "w");

					if (fp != NULL) {
						fwrite(text, 1, len, fp);
						fclose(fp);
					}
				}
				free(text);
				free(src);
			}
			out = demo;
			break;
		}
		if (sel >= 3 && sel < 3 + n) {
			out = xstrdup(items[sel - 3]);
			break;
		}
		break;
	}
	free(recent);
	free(file);
	free(dir);
	return out;
}

int tui_recover;

/* Notes printed while a plan opens (migrations, recovery, locks, warnings)
 * would go to the terminal just before the screen covers it.  They are
 * caught in a temporary file instead and shown inside the wizard;
 * standard error that is not a terminal (a log) gets them as well, and a
 * failure before the screen starts prints them as before. */
static FILE *notes_file;
static int notes_fd = -1;

/* A fatal error while notes are caught: the terminal back, then the notes
 * and the error where they can be read. */
static void
notes_fatal(void)
{
	char chunk[1024];
	size_t n;

	util_fatal_hook = NULL;
	term_stop();
	if (notes_file == NULL)
		return;
	/* no allocation here: this may be running out of memory */
	fflush(stderr);
	dup2(notes_fd, STDERR_FILENO);
	rewind(notes_file);
	while ((n = fread(chunk, 1, sizeof chunk, notes_file)) > 0)
		fwrite(chunk, 1, n, stderr);
	notes_file = NULL;
}

static void
notes_catch(void)
{
	fflush(stderr);
	util_fatal_hook = notes_fatal;
	if ((notes_file = tmpfile()) == NULL)
		return;
	notes_fd = dup(STDERR_FILENO);
	if (notes_fd == -1 || dup2(fileno(notes_file), STDERR_FILENO) == -1) {
		if (notes_fd != -1)
			close(notes_fd);
		notes_fd = -1;
		fclose(notes_file);
		notes_file = NULL;
	}
}

/* Stops catching and returns what was caught (allocated); echo: write it
 * to standard error too. */
static char *
notes_release(int echo)
{
	struct buf b;
	char chunk[4096];
	size_t n;

	buf_init(&b);
	buf_adds(&b, "");
	if (notes_file == NULL)
		return buf_steal(&b, NULL);
	fflush(stderr);
	dup2(notes_fd, STDERR_FILENO);
	close(notes_fd);
	notes_fd = -1;
	rewind(notes_file);
	while ((n = fread(chunk, 1, sizeof chunk, notes_file)) > 0)
		buf_add(&b, chunk, n);
	fclose(notes_file);
	notes_file = NULL;
	if (b.len > 0 && (echo || !isatty(STDERR_FILENO))) {
		fwrite(b.data, 1, b.len, stderr);
		fflush(stderr);
	}
	return buf_steal(&b, NULL);
}

/* A yes/no question in a box (before the plan's screen exists): Enter or
 * y is yes, n or Esc is no.  Returns 1 for yes. */
static int
ask_box(struct tui *t, const char *title, const char *text)
{
	for (;;) {
		int r;
		enum term_wait ev;
		wint_t ch;

		if (t->screen != NULL && !term_too_small())
			draw_screen(t);
		else
			erase();
		draw_box(t, title, text, "Y or Enter: yes    N or Esc: no");
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			return 0;
		if (ev == TERM_REDRAW)
			continue;
		if ((r == KEY_CODE_YES && ch == KEY_ENTER) || (r == OK && (ch == '\r' || ch == '\n' || ch == 'y' ||
		    ch == 'Y')))
			return 1;
		if (r == OK && (ch == 'n' || ch == 'N' || ch == 27 || ch == CTRL('c')))
			return 0;
	}
}

/* Shows the caught notes: one short note on the message line, more in a
 * box that any key closes.  Returns 1 when it used the message line. */
static int
show_notes(struct tui *t, const char *notes)
{
	struct buf b;
	const char *p = notes, *nl;
	int count = 0, error = 0;
	char *first = NULL;

	buf_init(&b);
	for (; *p != '\0'; p = *nl != '\0' ? nl + 1 : nl) {
		size_t len;

		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = p + strlen(p);
		len = (size_t)(nl - p);
		if (len >= 9 && strncmp(p, "evalwiz: ", 9) == 0) {
			p += 9;
			len -= 9;
		}
		if (len == 0)
			continue;
		if (memmem(p, len, "warning", 7) != NULL || memmem(p, len, "error", 5) != NULL)
			error = 1;
		if (count++ == 0)
			first = xstrndup(p, len);
		buf_addf(&b, "%s%.*s", b.len > 0 ? "\n\n" : "", (int)len, p);
	}
	if (count == 0) {
		buf_free(&b);
		return 0;
	}
	if (count == 1 && (int)strlen(first) <= COLS) {
		tui_message(t, error, "%s", first);
		free(first);
		buf_free(&b);
		return 1;
	}
	/* shown over the screen until the next key, which then works as
	 * usual: keys typed ahead on a slow link are not swallowed */
	free(t->notice_title);
	free(t->notice);
	t->notice_title = xasprintf("Opening %s", t->path);
	t->notice = buf_steal(&b, NULL);
	free(first);
	return 0;
}

/* Whether opening the plan will ask about a recovery file's edits. */
static int
recovery_question(const char *path, char **question)
{
	int newer = 0;
	char *cause = NULL, *rpath;
	struct value *recs = recovery_read(path, &newer, &cause);
	const struct value *last;

	free(cause);
	if (recs == NULL || newer == 0) {
		value_free(recs);
		return 0;
	}
	last = value_get(value_at(recs, (size_t)newer - 1), "at");
	rpath = recovery_path(path);
	*question = xasprintf("%s holds %d edit%s newer than %s (the last at %s), left by a session that did not "
	    "finish.\n\nShall evalwiz restore them? [Y/n]\n\nNo keeps them in %s.old, never deleted.", rpath, newer, newer == 1 ? "" : "s", path,
	    last != NULL && last->type == VAL_STR ? last->u.str.s : "?", rpath);
	free(rpath);
	value_free(recs);
	return 1;
}

/* The wizard stops before its first screen (a hang-up at the recovery
 * question, a recovery file that cannot be read): the terminal and the lock
 * given back, the notes printed, rc returned. */
static int
opening_abandoned(struct tui *t, int locked, int rc)
{
	term_stop();
	free(notes_release(1));
	if (locked)
		lock_release(t->path);
	free(t->read_only_why);
	free(t->path);
	return rc;
}

int
tui_run(struct ctx *ctx, const char *path, int read_only, int create)
{
	struct tui t;
	struct lock_owner owner;
	char *cause = NULL, *notes = NULL;
	int rc = 0, locked = 0, mode;
	const char *cs;

	memset(&t, 0, sizeof t);
	t.ctx = ctx;
	cs = nl_langinfo(CODESET);
	t.utf8 = cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
	notes_catch();
	if ((rc = ctx_load_pack(ctx)) != 0) {
		free(notes_release(1));
		return rc;
	}
	if (path == NULL) {
		term_start(&t);
		t.path = start_screen(&t, &create);
		if (t.path == NULL || term_hangup) {
			term_stop();
			free(notes_release(1));
			free(t.path);
			return 0;
		}
		term_stop();
		util_fatal_hook = notes_fatal;
	} else
		t.path = xstrdup(path);
	if (create) {
		struct value *title, *now, *res = NULL;
		char *stamp = now_iso();
		const char *base = strrchr(t.path, '/') != NULL ? strrchr(t.path, '/') + 1 : t.path;
		char *stem = xstrdup(base), *dot = strrchr(stem, '.');

		if (dot != NULL && dot != stem)
			*dot = '\0';
		title = value_strz(stem);
		now = value_strz(stamp);
		free(stamp);
		free(stem);
		rc = ctx_call(ctx, "core.new_plan", &res, 2, title, now);
		value_free(title);
		value_free(now);
		value_free(res);
		if (rc == 0)
			rc = ctx_save_plan(ctx, t.path, 1);
		if (rc != 0) {
			free(notes_release(1));
			free(t.path);
			return rc;
		}
	} else if ((rc = ctx_open_plan(ctx, t.path)) != 0) {
		free(notes_release(1));
		free(t.path);
		return rc;
	}
	t.read_only = read_only;
	t.read_only_why = xstrdup("opened with --read-only");
	if (!read_only) {
		if (access(t.path, W_OK) != 0) {
			t.read_only = 1;
			free(t.read_only_why);
			t.read_only_why = xasprintf("you cannot write to %s", t.path);
		} else {
			switch (lock_acquire(t.path, &owner, &cause)) {
			case LOCK_TAKEN:
				locked = 1;
				break;
			case LOCK_TAKEN_OVER: {
				char *who = lock_describe(&owner);

				locked = 1;
				fprintf(stderr, "evalwiz: note: took over the lock of a session that ended: %s\n", who);
				free(who);
				break;
			}
			case LOCK_HELD: {
				char *who = lock_describe(&owner);

				t.read_only = 1;
				free(t.read_only_why);
				t.read_only_why = xasprintf("%s has this plan open", who);
				free(who);
				break;
			}
			case LOCK_ERROR:
				t.read_only = 1;
				free(t.read_only_why);
				t.read_only_why = xasprintf("cannot lock the plan: %s", cause);
				free(cause);
				break;
			}
		}
	}
	/* edits a killed session left in PLAN.recover: offer them back first,
	 * asking on the screen */
	{
		char *question = NULL;

		mode = tui_recover ? RECOVER_YES : RECOVER_ASK;
		if (mode == RECOVER_ASK && !t.read_only && recovery_question(t.path, &question)) {
			term_start(&t);
			util_fatal_hook = notes_fatal;
			mode = ask_box(&t, "Unsaved edits from an earlier session", question) ? RECOVER_YES :
			    RECOVER_NO;
			free(question);
			if (term_hangup)
				mode = RECOVER_NO;	/* nothing decided: the next start asks again */
		}
	}
	if (term_hangup)
		return opening_abandoned(&t, locked, 128 + term_hangup);
	switch (recover_offer(ctx, t.path, mode, t.read_only)) {
	case 0:
		t.saved = 1;
		break;
	case 1:
		t.saved = 0;
		break;
	default:
		return opening_abandoned(&t, locked, EX_DATAERR);
	}
	notes = notes_release(0);
	if (!t.read_only)
		t.rec = recovery_open(t.path);
	remember_recent(t.path);
	t.step = 1;
	t.last_input = time(NULL);
	/* the first screen's data before the terminal is taken over, so that
	 * the first frame comes in one piece, not a cleared screen first */
	rc = reload(&t) == 0 ? 0 : EX_SOFTWARE;
	term_start(&t);
	if (rc == 0) {
		if (t.read_only)
			tui_message(&t, 1, "read-only: %s", t.read_only_why);
		else
			tui_message(&t, 0, "F1 or ? shows every key.  The plan saves itself as you go.");
		if (*notes != '\0') {
			char *ro = t.read_only ? xstrdup(t.message) : NULL;

			if (show_notes(&t, notes) && ro != NULL) {
				/* read-only matters more than any note: keep it on the message line */
				tui_message(&t, 1, "%s", ro);
			}
			free(ro);
		}
		loop(&t);
	} else {
		term_stop();
		cmd_error("%s", t.message);
	}
	/* nothing typed is lost: the editor's text goes to the plan before exit */
	commit(&t);
	if (t.editing)
		ledit_free(&t.le);
	if (!t.read_only && !t.saved && save(&t) != 0) {
		/* the plan cannot be written: keep the answers somewhere */
		char *dir = state_dir(), *base = strrchr(t.path, '/'), *rescue, *cause2 = NULL;

		mkdirs(dir);
		rescue = xasprintf("%s/rescue-%ld-%s", dir, (long)getpid(), base != NULL ? base + 1 : t.path);
		if (ctx_save_plan_quiet(ctx, rescue, 1, &cause2) == 0)
			snprintf(t.rescue, sizeof t.rescue, "%s", rescue);
		free(cause2);
		free(rescue);
		free(dir);
		if (rc == 0)
			rc = EX_IOERR;
	}
	term_stop();
	/* saved: the recovery file has done its job; not saved: it keeps the edits */
	recovery_close(t.rec, t.saved);
	if (rc == EX_IOERR) {
		cmd_error("%s", t.message);
		if (*t.rescue != '\0')
			cmd_error("your answers are kept in %s", t.rescue);
	}
	if (locked)
		lock_release(t.path);
	while (t.nhist > 0) {
		t.nhist--;
		free(t.hist[t.nhist].step);
		free(t.hist[t.nhist].field);
		value_free(t.hist[t.nhist].old);
	}
	free(t.hist);
	value_free(t.screen);
	free(t.query);
	free(t.read_only_why);
	free(t.path);
	free(t.notice);
	free(t.notice_title);
	free(notes);
	if (term_hangup)
		rc = 128 + term_hangup;
	return rc;
}

/* For extra.c (export, health check, pack reload): the steps above. */
int tui_reload(struct tui *t) { return reload(t); }
int tui_commit(struct tui *t) { return commit(t); }
void tui_leave_edit(struct tui *t) { leave_edit(t); }
int tui_save(struct tui *t) { return save(t); }
char *tui_prompt(struct tui *t, const char *question, const char *initial) { return prompt(t, question, initial); }
void tui_page(struct tui *t, const char *title, const char *text) { show_page(t, title, text); }
