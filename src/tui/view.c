/* view.c: what every part of the wizard reads: the current step's screen
 * data from the model (ui.screen), the focused question, the message line
 * and the status marks.  The bottom of src/tui/: it calls no other file here. */
#include "config.h"

#include "cli.h"
#include "model.h"
#include "session.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

unsigned long view_generation;

const char *
view_str(const struct value *map, const char *key)
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
view_at(const struct value *seq, int i)
{
	if (seq == NULL || seq->type != VAL_SEQ || i < 0 || (size_t)i >= value_count(seq))
		return NULL;
	return value_at(seq, (size_t)i);
}

const struct value *
view_field(struct tui *t)
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
view_terms(struct tui *t, const struct value *f)
{
	struct value *idx, *id, *res = NULL;
	const struct value *have = value_get(f, "terms");
	char *cause = NULL;

	if (have != NULL)
		return have;
	idx = value_int(t->step);
	id = value_strz(view_str(f, "id"));
	if (model_call(t->ctx->S, "ui.terms", &res, &cause, 2, idx, id) == -1 ||
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

/* Whether a step's status is still to be worked out (ui.idle). */
static int
steps_pending(const struct tui *t)
{
	const struct value *steps = value_get(t->screen, "steps");
	size_t i;

	for (i = 0; i < value_count(steps); i++) {
		const struct value *p = value_get(value_at(steps, i), "pending");

		if (p != NULL && p->type == VAL_BOOL && p->u.b)
			return 1;
	}
	return 0;
}

/* Fetches the screen data for the current step again. */
int
view_reload(struct tui *t)
{
	struct value *idx = value_int(t->step), *res = NULL;
	char *cause = NULL;

	if (model_call(t->ctx->S, "ui.screen", &res, &cause, 1, idx) == -1) {
		value_free(idx);
		view_message(t, 1, "%s", cause);
		free(cause);
		return -1;
	}
	value_free(idx);
	view_set_screen(t, res);
	return 0;
}

int
view_saved(const struct tui *t)
{
	return t->session != NULL && session_saved(t->session);
}

static void expand_field(struct value *f);

void
view_set_screen(struct tui *t, struct value *res)
{
	const struct value *fields;
	char *focus_id = NULL;
	size_t n, i;

	/* Questions come and go with their conditions: keep the focus (and
	 * the edit) on the same question, not the same position. */
	if (view_field(t) != NULL && t->screen != NULL &&
	    strcmp(view_str(value_get(t->screen, "step"), "id"), view_str(value_get(res, "step"), "id")) == 0)
		focus_id = xstrdup(view_str(view_field(t), "id"));
	value_free(t->screen);
	t->screen = res;
	view_generation++;
	t->nsteps = (int)value_count(value_get(res, "steps"));
	fields = value_get(res, "fields");
	n = value_count(fields);
	for (i = 0; i < n; i++)
		expand_field(value_at(fields, i));
	if (focus_id != NULL) {
		int found = -1;

		for (i = 0; i < n; i++)
			if (strcmp(view_str(value_at(fields, i), "id"), focus_id) == 0)
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
	t->idle_work = steps_pending(t);
}

int
view_idle(struct tui *t)
{
	struct value *idx = value_int(t->step), *res = NULL, *steps;
	const struct value *more;
	char *cause = NULL;
	int changed = 0;

	if (model_call(t->ctx->S, "ui.idle", &res, &cause, 1, idx) == -1) {
		/* the statuses stay as they are: a pack error shows on the step */
		free(cause);
		t->idle_work = 0;
		value_free(idx);
		return 0;
	}
	value_free(idx);
	if ((steps = value_take(res, "steps")) != NULL && steps->type == VAL_SEQ) {
		value_set(t->screen, "steps", steps);
		changed = 1;
	} else
		value_free(steps);
	more = value_get(res, "more");
	t->idle_work = more != NULL && more->type == VAL_BOOL && more->u.b;
	value_free(res);
	return changed;
}

/* ---- long lists ----------------------------------------------------------- */

/* A table's rows, a list's items and a question's options come a part at
 * a time (ui.screen carries at most ui.WINDOW of each, from KIND_first,
 * with KIND_total the whole's length).  Here each list is made as long as
 * the whole, the entries not carried standing in as blanks (a row of nils,
 * an empty item, an option with no value), so that the widgets count and
 * index the whole list as they always did; KIND_loaded holds a '1' for
 * each entry that is real.  Before each frame the entries about the
 * cursor are made real (ui.window): a step with 10,000 rows costs a key no
 * more than one with 200. */
#define VIEW_WINDOW 200

static const char *const long_kinds[] = { "rows", "items", "options" };

static size_t
size_of(const struct value *m, const char *key, size_t dflt)
{
	const struct value *v = value_get(m, key);

	return v != NULL && v->type == VAL_INT && v->u.i >= 0 ? (size_t)v->u.i : dflt;
}

/* A stand-in: one allocation each, since a long table has 10,000 of them
 * made and freed with every screen.  A row with no cells reads as empty
 * cells (view_at gives NULL past its end). */
static struct value *
blank(const char *kind)
{
	if (strcmp(kind, "rows") == 0)
		return value_new(VAL_SEQ);
	if (strcmp(kind, "items") == 0)
		return value_strz("");
	return value_new(VAL_MAP);
}

/* holder[kind], carried from KIND_first for its length, made as long as
 * KIND_total with blanks. */
static void
expand(struct value *holder, const char *kind)
{
	struct value *part = value_get(holder, kind), *whole;
	char key[32], *marks;
	size_t first, total, n, i;

	if (part == NULL || part->type != VAL_SEQ)
		return;
	snprintf(key, sizeof key, "%s_first", kind);
	first = size_of(holder, key, 1);
	first = first > 0 ? first - 1 : 0;
	n = value_count(part);
	snprintf(key, sizeof key, "%s_total", kind);
	total = size_of(holder, key, first + n);
	if (first == 0 && n >= total)
		return;		/* all of it is here */
	if (first + n > total)
		total = first + n;
	part = value_take(holder, kind);
	whole = value_new(VAL_SEQ);
	marks = xmalloc(total + 1);
	for (i = 0; i < total; i++) {
		int real = i >= first && i < first + n;

		value_push(whole, real ? part->u.list.items[i - first] : blank(kind));
		marks[i] = real ? '1' : '0';
	}
	part->u.list.n = 0;	/* its items are whole's now */
	value_free(part);
	value_set(holder, kind, whole);
	snprintf(key, sizeof key, "%s_loaded", kind);
	value_set(holder, key, value_str(marks, total));
	free(marks);
}

static void
expand_field(struct value *f)
{
	struct value *cols = value_get(f, "columns");
	size_t k, c, ncols = value_count(cols);

	for (k = 0; k < sizeof long_kinds / sizeof long_kinds[0]; k++)
		expand(f, long_kinds[k]);
	for (c = 0; cols != NULL && cols->type == VAL_SEQ && c < ncols; c++)
		expand(value_at(cols, c), "options");
}

/* Makes entries lo..hi-1 of f's list of kind real, asking the model for
 * the part about them.  Returns -1 when the model could not give it (said
 * on the message line). */
static int
load(struct tui *t, struct value *f, const char *kind, size_t lo, size_t hi)
{
	struct value *list = value_get(f, kind), *loaded, *res = NULL, *args[6], *part;
	size_t total = value_count(list), from, i, n;
	char key[32], *cause = NULL;
	int k, rc;

	snprintf(key, sizeof key, "%s_loaded", kind);
	loaded = value_get(f, key);
	if (list == NULL || loaded == NULL || loaded->type != VAL_STR || loaded->u.str.len != total)
		return 0;	/* all of it is here */
	if (hi > total)
		hi = total;
	for (i = lo; i < hi && loaded->u.str.s[i] == '1'; i++)
		;
	if (i >= hi)
		return 0;
	/* the part about the middle of lo..hi */
	from = (lo + hi) / 2 > VIEW_WINDOW / 2 ? (lo + hi) / 2 - VIEW_WINDOW / 2 : 0;
	args[0] = value_int(t->step);
	args[1] = value_strz(view_str(f, "id"));
	args[2] = value_strz(kind);
	args[3] = value_int((int64_t)from + 1);
	args[4] = value_int(VIEW_WINDOW);
	args[5] = value_new(VAL_NIL);
	rc = model_callv(t->ctx->S, "ui.window", &res, &cause, 6, (const struct value *const *)args);
	for (k = 0; k < 6; k++)
		value_free(args[k]);
	if (rc == -1) {
		view_message(t, 1, "%s", cause);
		free(cause);
		return -1;
	}
	part = value_get(res, "list");
	n = value_count(part);
	for (i = 0; i < n && from + i < total; i++) {
		if (loaded->u.str.s[from + i] == '1')
			continue;
		value_free(list->u.list.items[from + i]);
		list->u.list.items[from + i] = part->u.list.items[i];
		part->u.list.items[i] = value_new(VAL_NIL);	/* freed with res */
		loaded->u.str.s[from + i] = '1';
	}
	view_generation++;
	value_free(res);
	return 0;
}

void
view_window(struct tui *t, int lines)
{
	struct value *f = (struct value *)view_field(t);
	size_t k, at, lo, reach = (size_t)(lines > 0 ? lines : 24) + 10;

	if (f == NULL || t->opt < 0)
		return;
	at = (size_t)t->opt;
	lo = at > reach ? at - reach : 0;
	for (k = 0; k < sizeof long_kinds / sizeof long_kinds[0]; k++)
		if (load(t, f, long_kinds[k], lo, at + reach) == -1)
			return;
}

int
view_is_text_type(const char *type)
{
	return strcmp(type, "text") == 0 || strcmp(type, "textarea") == 0 || strcmp(type, "number") == 0 ||
	    strcmp(type, "date") == 0;
}

int
view_typing_focus(struct tui *t)
{
	const struct value *f = view_field(t);

	return f != NULL && !t->read_only && view_is_text_type(view_str(f, "type"));
}

void
view_message(struct tui *t, int error, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(t->message, sizeof t->message, fmt, ap);
	va_end(ap);
	t->message_error = error;
}

const char *
view_mark(const struct tui *t, const char *status)
{
	static const char *const utf8[] = { "\xe2\x97\x8b", "\xe2\x97\x90", "\xe2\x97\x8f", "\xe2\x9c\x97",
		"\xc2\xb7", "!" };
	static const char *const ascii[] = { ".", "~", "+", "x", " ", "!" };
	const char *const *m = t->utf8 ? utf8 : ascii;

	if (status != NULL && strcmp(status, "pending") == 0)
		return m[4];	/* not worked out yet: in a moment */
	if (status == NULL || strcmp(status, "not_started") == 0)
		return m[0];
	if (strcmp(status, "in_progress") == 0)
		return m[1];
	if (strcmp(status, "complete") == 0)
		return m[2];
	if (strcmp(status, "warnings") == 0)
		return m[5];
	return m[3];
}
