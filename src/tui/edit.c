/* edit.c: the edits a question makes, each one trip to the model through
 * the session (session_edit, lua/evalwiz/edit.lua): typed text, a choice,
 * a list's item, a table's cell or row, the title, undo and redo.  The
 * model's answer says whether the edit was taken and brings the step's
 * screen as it now is; the session has journalled the edit by then. */
#include "config.h"

#include "cli.h"
#include "model.h"
#include "session.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

/* A new edit of kind op on the focused step's question f (NULL: none). */
static struct value *
edit_new(struct tui *t, const char *op, const struct value *f)
{
	struct value *e = value_new(VAL_MAP);

	value_set(e, "op", value_strz(op));
	if (f != NULL) {
		value_set(e, "step", value_strz(view_str(value_get(t->screen, "step"), "id")));
		value_set(e, "field", value_strz(view_str(f, "id")));
	}
	return e;
}

static int edit_trip(struct tui *, struct value *, int *);

/* Sends the edit (freed here), asking for the current step's screen in the
 * same trip, and takes the answer: the screen, the message.  Returns flags. */
static int
edit_send(struct tui *t, struct value *e)
{
	int accepted;

	return edit_trip(t, e, &accepted);
}

/* edit_send, saying in *took whether the model took the edit. */
static int
edit_trip(struct tui *t, struct value *e, int *took)
{
	struct value *res = NULL, *scr;
	const struct value *accepted, *changed, *msg;
	char *cause = NULL, *warn;
	const char *op = view_str(e, "op");
	int undo = strcmp(op, "undo") == 0 || strcmp(op, "redo") == 0;

	*took = 0;
	if (t->read_only) {
		value_free(e);
		view_message(t, 1, "read-only: %s", t->read_only_why);
		return TUI_REDRAW;
	}
	value_set(e, "screen", value_int(t->step));
	if (session_edit(t->session, e, &res, &cause) == -1) {
		value_free(e);
		view_message(t, 1, "%s", cause);
		free(cause);
		return TUI_REDRAW;
	}
	value_free(e);
	t->pending = 0;
	accepted = value_get(res, "accepted");
	*took = accepted != NULL && accepted->type == VAL_BOOL && accepted->u.b;
	changed = value_get(res, "changed");
	msg = value_get(res, "message");
	if (undo)
		view_message(t, 0, "%s", view_str(res, "message"));
	else if (accepted != NULL && accepted->type == VAL_BOOL && !accepted->u.b && !t->autosaving &&
	    msg != NULL && msg->type == VAL_STR)
		/* an autosave of a field still being edited says nothing: the
		 * message line keeps what Enter said, the field its inline mark */
		view_message(t, 1, "%s%s", msg->u.str.s,
		    changed != NULL && changed->type == VAL_BOOL && changed->u.b ? " (kept as typed)" : "");
	else if (accepted != NULL && accepted->type == VAL_BOOL && accepted->u.b && !t->autosaving &&
	    msg != NULL && msg->type == VAL_STR && *msg->u.str.s != '\0')
		view_message(t, 0, "%s", msg->u.str.s);	/* "read \"2 hours\" as 120 minutes" */
	if ((warn = session_take_warning(t->session)) != NULL) {
		view_message(t, 1, "%s", warn);
		free(warn);
	}
	if ((scr = value_get(res, "screen")) != NULL && scr->type == VAL_MAP) {
		/* the screen taken out of the answer: it is kept, not copied */
		view_set_screen(t, value_take(res, "screen"));
	} else if (value_get(res, "screen_error") != NULL)
		view_message(t, 1, "%s", view_str(res, "screen_error"));
	if (undo)
		edit_show_change(t, value_get(res, "where"));
	value_free(res);
	return TUI_REDRAW;
}

/* After undo or redo: the focus on the question that changed, wherever it is. */
void
edit_show_change(struct tui *t, const struct value *where)
{
	const struct value *step = value_get(where, "step"), *fields;
	const char *field = view_str(where, "field");
	size_t i;

	if (step == NULL || step->type != VAL_INT)
		return;
	if ((int)step->u.i != t->step) {
		t->step = (int)step->u.i;
		t->top = 0;
		t->help_top = 0;
		view_reload(t);
	}
	fields = value_get(t->screen, "fields");
	for (i = 0; i < value_count(fields); i++)
		if (strcmp(view_str(value_at(fields, i), "id"), field) == 0)
			t->focus = (int)i;
}

int
edit_undo(struct tui *t)
{
	return edit_send(t, edit_new(t, "undo", NULL));
}

int
edit_redo(struct tui *t)
{
	return edit_send(t, edit_new(t, "redo", NULL));
}

int
edit_text(struct tui *t, const struct value *f, const char *text)
{
	struct value *e = edit_new(t, "text", f);

	value_set(e, "text", value_strz(text));
	/* one editing of a question is one step of undo, however often the
	 * autosave hands its text over */
	value_set(e, "group", value_int(t->edit_group));
	return edit_send(t, e);
}

int
edit_review_accept(struct tui *t)
{
	const struct value *f = view_field(t);
	struct value *e;
	char *now;

	if (f == NULL) {
		view_message(t, 0, "Ctrl-T takes a question's proposed change: move to the question first");
		return TUI_REDRAW;
	}
	e = edit_new(t, "review_accept", f);
	now = now_iso();
	value_set(e, "author", value_strz(review_author(NULL)));
	value_set(e, "now", value_strz(now));
	free(now);
	return edit_send(t, e);
}

int
edit_review(struct tui *t, const char *action, long long id, const char *text)
{
	int accept = strcmp(action, "accept") == 0;
	struct value *e = edit_new(t, accept ? "review_accept" : "review", NULL);
	char *now = now_iso();

	if (!accept)
		value_set(e, "action", value_strz(action));
	value_set(e, "id", value_int(id));
	if (text != NULL)
		value_set(e, "text", value_strz(text));
	value_set(e, "author", value_strz(review_author(NULL)));
	value_set(e, "now", value_strz(now));
	free(now);
	return edit_send(t, e);
}

int
edit_version_sent(struct tui *t, long long version, const struct value *was, const char *file, const char *format)
{
	struct value *e = edit_new(t, "send", NULL);
	char *now = now_iso();
	int took;

	value_set(e, "version", value_int((int64_t)version));
	if (was != NULL)
		value_set(e, "was", value_copy(was));
	value_set(e, "by", value_strz(review_author(NULL)));
	value_set(e, "date", value_strz(now));
	value_set(e, "file", value_strz(file));
	value_set(e, "format", value_strz(format));
	value_set(e, "template", value_strz(""));
	free(now);
	edit_trip(t, e, &took);
	return took ? 0 : -1;
}

int
edit_toggle(struct tui *t, const struct value *f, const char *value)
{
	struct value *e = edit_new(t, "toggle", f);

	value_set(e, "value", value_strz(value));
	return edit_send(t, e);
}

/* A table's rows (records) or a list's items: op "row" or "item". */
static int
edit_rows(struct tui *t, const char *op, const struct value *f, const char *action, int row, int col,
    const char *text)
{
	struct value *e = edit_new(t, op, f);

	value_set(e, "action", value_strz(action));
	value_set(e, "row", value_int(row));
	if (col > 0)
		value_set(e, "col", value_int(col));
	if (text != NULL)
		value_set(e, "text", value_strz(text));
	/* typing in one cell is one change; adding, deleting, moving rows each are */
	if (strcmp(action, "set") == 0)
		value_set(e, "group", value_int(t->edit_group));
	return edit_send(t, e);
}

int
edit_records(struct tui *t, const struct value *f, const char *action, int row, int col, const char *text)
{
	return edit_rows(t, "row", f, action, row, col, text);
}

int
edit_item(struct tui *t, const struct value *f, const char *action, int item, const char *text)
{
	return edit_rows(t, "item", f, action, item, 0, text);
}

int
edit_title(struct tui *t, const char *title)
{
	struct value *e = edit_new(t, "title", NULL);

	value_set(e, "text", value_strz(title));
	return edit_send(t, e);
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
