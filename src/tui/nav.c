/* nav.c: moving about the plan: starting and leaving an edit (the text
 * goes to the model), the next or previous question or step, a search hit,
 * and the pack reloaded from disk with the same step in view. */
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
#include <strings.h>

/* Gives the model what the editor holds, without leaving the field. */
int
nav_commit(struct tui *t)
{
	const struct value *f = view_field(t);
	int flags = 0;

	if (t->editing && t->pending && f != NULL && !t->read_only)
		flags = widget_for(view_str(f, "type"))->commit(t, f);
	t->pending = 0;
	if (flags & TUI_CHANGED)
		view_reload(t);
	return flags;
}

void
nav_leave_edit(struct tui *t)
{
	nav_commit(t);
	t->editing = 0;
	t->sub = 0;
	ledit_free(&t->le);
	view_reload(t);
}

int
nav_begin_edit(struct tui *t)
{
	const struct value *f = view_field(t);

	if (f == NULL)
		return TUI_REDRAW;
	if (t->read_only) {
		view_message(t, 1, "read-only: %s", t->read_only_why);
		return TUI_REDRAW;
	}
	t->opt = 0;
	t->col = 0;
	t->sub = 0;
	t->hstart = 0;
	t->edit_group++;
	memset(&t->le, 0, sizeof t->le);
	*t->message = '\0';
	if (!widget_for(view_str(f, "type"))->begin(t, f))
		return TUI_REDRAW;	/* begin said why */
	t->editing = 1;
	return TUI_REDRAW;
}

void
nav_step(struct tui *t, int step, int focus)
{
	if (step < 1 || step > t->nsteps)
		return;
	if (t->editing)
		nav_leave_edit(t);
	if (step != t->step && !view_saved(t))
		save_plan(t);
	t->step = step;
	t->focus = focus;
	t->top = 0;
	t->help_top = 0;
	view_reload(t);
}

void
nav_move(struct tui *t, int dir)
{
	int n = (int)value_count(value_get(t->screen, "fields"));

	if (t->editing)
		nav_leave_edit(t);
	if (t->focus + dir >= 0 && t->focus + dir < n)
		t->focus += dir;
	else if (dir > 0 && t->step < t->nsteps)
		nav_step(t, t->step + 1, 0);
	else if (dir < 0 && t->step > 1) {
		nav_step(t, t->step - 1, 0);
		t->focus = (int)value_count(value_get(t->screen, "fields")) - 1;
	} else
		view_message(t, 0, "%s", dir > 0 ? "this is the last question of the last step" :
		    "this is the first question of the first step");
	t->help_top = 0;
}

void
nav_search(struct tui *t, int next)
{
	struct value *q, *res = NULL;
	char *cause = NULL;
	size_t n;

	if (t->query == NULL || *t->query == '\0') {
		view_message(t, 0, "no search yet: press / to search");
		return;
	}
	q = value_strz(t->query);
	if (model_call(t->ctx->S, "ui.search", &res, &cause, 1, q) == -1) {
		view_message(t, 1, "%s", cause);
		free(cause);
		value_free(q);
		return;
	}
	value_free(q);
	n = value_count(res);
	if (n == 0) {
		view_message(t, 1, "\"%s\" is not in any question or help", t->query);
	} else {
		const struct value *h;
		const struct value *fields;
		const char *fid;
		size_t i;

		t->hit = next ? (t->hit + 1) % (int)n : 0;
		h = value_at(res, (size_t)t->hit);
		fid = view_str(h, "field");
		nav_step(t, (int)value_get(h, "step")->u.i, 0);
		fields = value_get(t->screen, "fields");
		for (i = 0; i < value_count(fields); i++)
			if (strcmp(view_str(value_at(fields, i), "id"), fid) == 0)
				t->focus = (int)i;
		view_message(t, 0, "\"%s\": hit %d of %zu%s", t->query, t->hit + 1, n,
		    n > 1 ? " (Ctrl-F: the next)" : "");
		t->search_active = 1;
	}
	value_free(res);
}

/* 1 when want begins text, any case, ignoring spaces before it. */
static int
begins(const char *text, const char *want)
{
	size_t n = strlen(want);

	while (*text == ' ')
		text++;
	return n > 0 && strncasecmp(text, want, n) == 0;
}

void
nav_goto(struct tui *t, const char *want)
{
	const struct value *steps = value_get(t->screen, "steps");
	size_t i, n = value_count(steps);
	char *w = xstrdup(want), *p = w, *end;
	int found = -1, pass;

	while (*p == ' ')
		p++;
	for (end = p + strlen(p); end > p && end[-1] == ' '; end--)
		end[-1] = '\0';
	/* "Step 10", "10", "10." */
	if (strncasecmp(p, "step ", 5) == 0)
		p += 5;
	if (*p >= '0' && *p <= '9') {
		char *rest;
		long num = strtol(p, &rest, 10);

		if (*rest == '\0' || strcmp(rest, ".") == 0) {
			for (i = 0; i < n; i++)
				if (value_get(value_at(steps, i), "number") != NULL &&
				    strtol(view_str(value_at(steps, i), "number"), NULL, 10) == num)
					found = (int)i;
			if (found < 0) {
				view_message(t, 1, "there is no step %ld: the steps are numbered %s to %s", num,
				    view_str(value_at(steps, 0), "number"), view_str(value_at(steps, n - 1), "number"));
				free(w);
				return;
			}
		}
	}
	/* the start of a step's name, then of a word in it */
	for (pass = 0; found < 0 && pass < 2; pass++)
		for (i = 0; i < n && found < 0; i++) {
			const struct value *st = value_at(steps, i);
			const char *title = view_str(st, "title"), *s;

			if (begins(view_str(st, "short"), p) || begins(title, p))
				found = (int)i;
			for (s = title; pass == 1 && found < 0 && (s = strchr(s, ' ')) != NULL; s++)
				if (begins(s, p))
					found = (int)i;
		}
	if (found < 0)
		view_message(t, 1, "no step is called \"%s\": type its number, or the start of its name", p);
	else {
		nav_step(t, found + 1, 0);
		*t->message = '\0';
	}
	free(w);
}

void
nav_restore_place(struct tui *t)
{
	char *step = NULL, *field = NULL;
	const struct value *steps = value_get(t->screen, "steps"), *fields;
	size_t i;

	if (t->screen == NULL || !state_place_get(t->path, view_str(t->screen, "plan_id"), &step, &field))
		return;
	for (i = 0; i < value_count(steps); i++)
		if (strcmp(view_str(value_at(steps, i), "id"), step) == 0) {
			nav_step(t, (int)i + 1, 0);
			fields = value_get(t->screen, "fields");
			for (i = 0; i < value_count(fields); i++)
				if (strcmp(view_str(value_at(fields, i), "id"), field) == 0)
					t->focus = (int)i;
			break;
		}
	free(step);
	free(field);
}

void
nav_remember_place(struct tui *t)
{
	const struct value *f = view_field(t);

	if (t->screen != NULL && t->path != NULL)
		state_place_set(t->path, view_str(t->screen, "plan_id"), view_str(value_get(t->screen, "step"), "id"),
		    f != NULL ? view_str(f, "id") : "");
}

/* Ctrl-R: the pack again from disk, the answers kept.  A mistake in the
 * pack leaves the old one loaded and says what is wrong. */
void
nav_reload_pack(struct tui *t)
{
	struct value *res = NULL;
	char *cause = NULL, *step_id;
	const struct value *steps;
	size_t i;

	nav_commit(t);
	step_id = xstrdup(view_str(value_get(t->screen, "step"), "id"));
	if (model_call(t->ctx->S, "core.reload_pack", &res, &cause, 0) == -1) {
		view_message(t, 1, "pack not reloaded: %s", cause);
		free(cause);
		free(step_id);
		return;
	}
	nav_leave_edit(t);
	/* stay on the same step when it is still there */
	if (view_reload(t) != 0) {
		t->step = 1;
		t->focus = 0;
	}
	if (t->step == 1 || view_reload(t) == 0) {
		steps = value_get(t->screen, "steps");
		for (i = 0; i < value_count(steps); i++)
			if (strcmp(view_str(value_at(steps, i), "id"), step_id) == 0)
				break;
		t->step = i < value_count(steps) ? (int)i + 1 : (t->step > t->nsteps ? t->nsteps : t->step);
		if (t->step < 1)
			t->step = 1;
		t->top = 0;
		view_reload(t);
		view_message(t, 0, "reloaded the pack %s: %s steps", view_str(res, "id"), view_str(res, "steps"));
	}
	clearok(curscr, TRUE);
	free(step_id);
	value_free(res);
}
