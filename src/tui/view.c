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
	t->nsteps = (int)value_count(value_get(res, "steps"));
	fields = value_get(res, "fields");
	n = value_count(fields);
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
	static const char *const utf8[] = { "\xe2\x97\x8b", "\xe2\x97\x90", "\xe2\x97\x8f", "\xe2\x9c\x97", "!" };
	static const char *const ascii[] = { ".", "~", "+", "x", "!" };
	const char *const *m = t->utf8 ? utf8 : ascii;

	if (status == NULL || strcmp(status, "not_started") == 0)
		return m[0];
	if (strcmp(status, "in_progress") == 0)
		return m[1];
	if (strcmp(status, "complete") == 0)
		return m[2];
	if (strcmp(status, "warnings") == 0)
		return m[4];
	return m[3];
}
