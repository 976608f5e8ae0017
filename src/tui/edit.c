/* edit.c: the edits a question makes, handed to the model (ui.lua): text,
 * a choice, a table's cell or row, the title; each committed edit goes to
 * the recovery file at once; whole-field undo. */
#include "config.h"

#include "cli.h"
#include "plan/recovery.h"
#include "model.h"
#include "script/script.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

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
	if (model_call(t->ctx->S, "ui.get_raw", &box, &cause, 2, a, b) == 0 &&
	    recovery_append(t->rec, step, field, value_get(box, "value"), &cause) == -1 && !t->rec_failed) {
		t->rec_failed = 1;
		view_message(t, 1, "%s", cause);
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

	if (model_callv(t->ctx->S, fn, &res, &cause, nargs, (const struct value *const *)args) == -1) {
		view_message(t, 1, "%s", cause);
		free(cause);
		flags = TUI_REDRAW;
	} else {
		const struct value *ok = value_get(res, "ok");

		/* an autosave of a field still being edited says nothing: the
		 * message line keeps what Enter said, the field its inline mark */
		if (ok != NULL && ok->type == VAL_BOOL && !ok->u.b && !t->autosaving)
			view_message(t, 1, "%s (kept as typed)", view_str(res, "message"));
		else if (ok != NULL && ok->type == VAL_BOOL && ok->u.b && *view_str(res, "message") != '\0' &&
		    !t->autosaving)
			view_message(t, 0, "%s", view_str(res, "message"));	/* "read 2 hours as 120 minutes" */
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
	const char *step = view_str(value_get(t->screen, "step"), "id");
	const char *field = view_str(f, "id");
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
	if (model_call(t->ctx->S, "ui.get_raw", &old, &cause, 2, a, b) == -1) {
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
edit_undo(struct tui *t)
{
	const struct value *f = view_field(t);
	const char *step = view_str(value_get(t->screen, "step"), "id");
	size_t i;

	if (f == NULL || t->read_only)
		return TUI_REDRAW;
	for (i = t->nhist; i-- > 0;) {
		struct undo_entry *u = &t->hist[i];
		struct value *a, *b;
		char *cause = NULL;

		if (strcmp(u->step, step) != 0 || strcmp(u->field, view_str(f, "id")) != 0)
			continue;
		a = value_strz(u->step);
		b = value_strz(u->field);
		if (model_call(t->ctx->S, "ui.restore", NULL, &cause, 3, a, b, u->old) == -1) {
			view_message(t, 1, "%s", cause);
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
		view_message(t, 0, "undone: the last change to this question");
		return TUI_REDRAW | TUI_CHANGED;
	}
	view_message(t, 0, "nothing to undo in this question");
	return TUI_REDRAW;
}

int
edit_redo(struct tui *t)
{
	view_message(t, 0, "nothing to redo");
	return TUI_REDRAW;
}

int
edit_text(struct tui *t, const struct value *f, const char *text)
{
	struct value *args[3];
	const char *type = view_str(f, "type");

	remember(t, f, strcmp(type, "list") != 0);

	args[0] = value_strz(view_str(value_get(t->screen, "step"), "id"));
	args[1] = value_strz(view_str(f, "id"));
	args[2] = value_strz(text);
	t->pending = 0;
	return call_result(t, "ui.set", 3, args);
}

int
edit_toggle(struct tui *t, const struct value *f, const char *value)
{
	struct value *args[3];

	if (t->read_only)
		return TUI_REDRAW;
	remember(t, f, 0);
	args[0] = value_strz(view_str(value_get(t->screen, "step"), "id"));
	args[1] = value_strz(view_str(f, "id"));
	args[2] = value_strz(value);
	return call_result(t, "ui.toggle", 3, args);
}

int
edit_records(struct tui *t, const struct value *f, const char *op, int row, int col, const char *text)
{
	struct value *args[6];

	if (t->read_only)
		return TUI_REDRAW;
	/* typing in one cell is one change; adding, deleting, moving rows each are */
	remember(t, f, strcmp(op, "set") == 0);
	args[0] = value_strz(view_str(value_get(t->screen, "step"), "id"));
	args[1] = value_strz(view_str(f, "id"));
	args[2] = value_strz(op);
	args[3] = value_int(row);
	args[4] = value_int(col);
	args[5] = value_strz(text != NULL ? text : "");
	t->pending = 0;
	return call_result(t, "ui.records", 6, args);
}

char *
edit_refusal(struct tui *t, const struct value *f, const char *text)
{
	return edit_cell_refusal(t, f, 0, text);
}

char *
edit_cell_refusal(struct tui *t, const struct value *f, int col, const char *text)
{
	struct value *a, *b, *c, *d, *res = NULL;
	char *cause = NULL, *out = NULL;

	a = value_strz(view_str(value_get(t->screen, "step"), "id"));
	b = value_strz(view_str(f, "id"));
	c = value_strz(text != NULL ? text : "");
	d = col > 0 ? value_int(col) : value_new(VAL_NIL);
	if (model_call(t->ctx->S, "ui.refusal", &res, &cause, 4, a, b, c, d) == -1)
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

int
edit_title(struct tui *t, const char *title)
{
	struct value *arg = value_strz(title);
	char *cause = NULL;

	if (model_call(t->ctx->S, "ui.set_title", NULL, &cause, 1, arg) == -1 ||
	    (t->rec != NULL && recovery_append(t->rec, NULL, NULL, arg, &cause) == -1)) {
		view_message(t, 1, "%s", cause);
		free(cause);
	}
	value_free(arg);
	t->saved = 0;
	return TUI_REDRAW | TUI_CHANGED;
}
