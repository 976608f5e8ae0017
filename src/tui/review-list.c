/* review-list.c: F12, the partner's open review items across the plan:
 * one is chosen, then answered there (a reply, resolved, a proposed change
 * accepted or declined) or its question shown.  Each answer is an edit
 * (edit.c), so it is journalled and Ctrl-Z takes it back. */
#include "config.h"

#include "cli.h"
#include "model.h"
#include "nls.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

/* What can be done to an item; the changes' only for one with a proposal. */
enum review_do { DO_REPLY, DO_RESOLVE, DO_ACCEPT, DO_DECLINE, DO_SHOW };

static const struct review_action {
	const char *label;
	enum review_do what;
	int change;		/* only for a proposed change */
} review_actions[] = {
	{ N_("Reply (the item is then answered)"), DO_REPLY, 0 },
	{ N_("Resolve: nothing more to do about it"), DO_RESOLVE, 0 },
	{ N_("Accept the proposed change: it becomes the answer"), DO_ACCEPT, 1 },
	{ N_("Decline the proposed change, saying why"), DO_DECLINE, 1 },
	{ N_("Go to its question (the help pane shows it in full)"), DO_SHOW, 0 },
};

/* What an item is, by its status and kind, as the list says it: whole
 * phrases, so that a language can put the words in its own order. */
static const struct item_what {
	const char *status, *kind, *words;
} item_whats[] = {
	{ "open", "comment", N_("open comment") },
	{ "open", "change", N_("open proposed change") },
	{ "answered", "comment", N_("answered comment") },
	{ "answered", "change", N_("answered proposed change") },
	{ "resolved", "comment", N_("resolved comment") },
	{ "resolved", "change", N_("resolved proposed change") },
};

/* One line for item it: "#3 open comment on step.field, by Ada: text". */
static char *
item_line(const struct value *it)
{
	const struct value *id = value_get(it, "id");
	const char *text = view_str(it, "text"), *nl = strchr(text, '\n');
	const char *field = view_str(it, "field"), *status = view_str(it, "status"), *kind = view_str(it, "kind");
	char *what = NULL, *line;
	size_t i;

	for (i = 0; i < sizeof item_whats / sizeof item_whats[0] && what == NULL; i++)
		if (strcmp(item_whats[i].status, status) == 0 && strcmp(item_whats[i].kind, kind) == 0)
			what = xstrdup(_(item_whats[i].words));
	if (what == NULL)
		what = xasprintf("%s %s", status, kind);
	/* TRANSLATORS: #ID WHAT on STEP.FIELD, by AUTHOR: the comment's first
	 * line (and " ..." when it has more) */
	line = xasprintf(_("#%lld %s on %s%s%s, by %s: %.*s%s"), id != NULL && id->type == VAL_INT ? (long long)id->u.i : 0LL,
	    what, view_str(it, "step"), *field != '\0' ? "." : "", field,
	    *view_str(it, "author") != '\0' ? view_str(it, "author") : _("someone"),
	    (int)(nl != NULL ? (size_t)(nl - text) : strlen(text)), text, nl != NULL ? " ..." : "");
	free(what);
	return line;
}

/* Moves the focus to step_id.field (nothing when it is general). */
static void
show_question(struct tui *t, const char *step_id, const char *field)
{
	const struct value *steps = value_get(t->screen, "steps");
	size_t i;

	for (i = 0; i < value_count(steps); i++)
		if (strcmp(view_str(value_at(steps, i), "id"), step_id) == 0) {
			struct value *where = value_new(VAL_MAP);

			value_set(where, "step", value_copy(value_get(value_at(steps, i), "index")));
			value_set(where, "field", value_strz(field));
			edit_show_change(t, where);
			value_free(where);
			return;
		}
	view_message(t, 0, "%s", _("that item is on the plan in general, not on one question"));
}

/* The action chosen for item it; 0 to go back to the list, 1 when done. */
static int
act(struct tui *t, const struct value *it)
{
	const char *labels[sizeof review_actions / sizeof review_actions[0]];
	enum review_do whats[sizeof review_actions / sizeof review_actions[0]];
	int proposal = value_get(it, "proposed") != NULL && strcmp(view_str(it, "kind"), "change") == 0;
	const struct value *id = value_get(it, "id");
	char *title = item_line(it), *text = NULL;
	size_t i;
	int n = 0, k;

	for (i = 0; i < sizeof review_actions / sizeof review_actions[0]; i++)
		if (!review_actions[i].change || proposal) {
			labels[n] = _(review_actions[i].label);
			whats[n++] = review_actions[i].what;
		}
	k = prompt_choose(t, title, labels, n, 0);
	free(title);
	if (k < 0 || id == NULL || id->type != VAL_INT)
		return 0;
	switch (whats[k]) {
	case DO_SHOW:
		show_question(t, view_str(it, "step"), view_str(it, "field"));
		return 1;
	case DO_REPLY:
	case DO_DECLINE:
		text = prompt_line(t, whats[k] == DO_REPLY ? _("Reply:") : _("Why not:"), "");
		if (text == NULL || *text == '\0') {
			free(text);
			return 0;
		}
		break;
	default:
		break;
	}
	edit_review(t, whats[k] == DO_REPLY ? "reply" : whats[k] == DO_RESOLVE ? "resolve" :
	    whats[k] == DO_DECLINE ? "decline" : "accept", id->u.i, text);
	free(text);
	return 0;
}

void
review_list(struct tui *t)
{
	const struct value *f;
	int initial = -1;

	nav_commit(t);
	f = view_field(t);
	for (;;) {
		struct value *res = NULL, *open = value_bool(1);
		const struct value *items;
		char **lines;
		char *cause = NULL;
		int n, i, k, done;

		if (model_call(t->ctx->S, "review.list", &res, &cause, 1, open) == -1) {
			value_free(open);
			view_message(t, 1, "%s", cause);
			free(cause);
			return;
		}
		value_free(open);
		items = value_get(res, "items");
		if ((n = (int)value_count(items)) == 0) {
			view_message(t, 0, "%s", _("no open review items (evalwiz review import brings a partner's comments in)"));
			value_free(res);
			return;
		}
		lines = xcalloc((size_t)n, sizeof *lines);
		for (i = 0; i < n; i++) {
			const struct value *it = value_at(items, i);

			lines[i] = item_line(it);
			/* first time round: the focused question's first item */
			if (initial < 0 && f != NULL && t->screen != NULL &&
			    strcmp(view_str(it, "step"), view_str(value_get(t->screen, "step"), "id")) == 0 &&
			    strcmp(view_str(it, "field"), view_str(f, "id")) == 0)
				initial = i;
		}
		if (initial < 0)
			initial = 0;
		k = prompt_choose(t, _("Open review items: Enter answers one, Esc goes back"), (const char *const *)lines, n, initial);
		for (i = 0; i < n; i++)
			free(lines[i]);
		free(lines);
		done = k < 0 || act(t, value_at(items, k));
		initial = k;
		value_free(res);
		if (done)
			return;
	}
}
