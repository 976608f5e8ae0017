/* extra.c: the wizard's screens beyond the questions: F9 export (choose a
 * template and a format, write the document beside the plan), H the plan's
 * health check and design advice, Ctrl-R reload the pack from disk. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "export.h"
#include "plan/atomic.h"
#include "script/script.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define CTRL(c) ((c) & 0x1f)

/* A list to choose from, one item a line (Up/Down, Enter; a digit picks
 * the item with that number; Esc goes back).  Returns the index or -1. */
static int
choose(struct tui *t, const char *title, const char *const *items, int n, int initial)
{
	int cur = initial >= 0 && initial < n ? initial : 0, top = 0;

	for (;;) {
		int i, r, h = LINES - 3, a = term_attr(ROLE_HEADER), x;
		enum term_wait ev;
		wint_t ch;

		if (h < 1)
			h = 1;
		if (cur < top)
			top = cur;
		if (cur >= top + h)
			top = cur - h + 1;
		erase();
		attrset(a);
		for (x = 0; x < COLS; x++)
			mvaddch(0, x, ' ');
		attrset(A_NORMAL);
		draw_text(0, 1, title, strlen(title), COLS - 1, a);
		for (i = 0; i < h && top + i < n; i++) {
			char *line = xasprintf("%s %d. %s", top + i == cur ? ">" : " ", top + i + 1, items[top + i]);

			draw_text(1 + i, 1, line, strlen(line), COLS - 2,
			    top + i == cur ? term_attr(ROLE_FOCUS) : (int)A_NORMAL);
			free(line);
		}
		draw_text(LINES - 1, 0, "Up/Down choose, Enter takes it, Esc goes back", 46, COLS,
		    term_attr(ROLE_HINT));
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			return -1;
		if (ev == TERM_REDRAW)
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_UP && cur > 0)
				cur--;
			else if (ch == KEY_DOWN && cur < n - 1)
				cur++;
			else if (ch == KEY_ENTER)
				return cur;
			continue;
		}
		if (ch == 27 || ch == CTRL('c') || ch == CTRL('g') || ch == 'q')
			return -1;
		if (ch == '\r' || ch == '\n')
			return cur;
		if (ch == 'k' && cur > 0)
			cur--;
		else if (ch == 'j' && cur < n - 1)
			cur++;
		else if (ch >= '1' && ch <= '9' && (int)(ch - '1') < n)
			return (int)(ch - '1');
	}
}

/* Whether ui.templates marked the template as the pack's default. */
static int
template_is_default(const struct value *tm)
{
	const struct value *v = value_get(tm, "default");

	return v != NULL && v->type == VAL_BOOL && v->u.b;
}

/* The file name offered: beside the plan, its stem, the template unless
 * it is the pack's default (the plan itself), the format's extension. */
static char *
proposed_name(const char *plan, const char *tmpl, int is_default, const char *format)
{
	const char *slash = strrchr(plan, '/'), *base = slash != NULL ? slash + 1 : plan;
	const char *dot = strrchr(base, '.');
	size_t stem = dot != NULL && dot != base ? (size_t)(dot - plan) : strlen(plan);

	if (is_default)
		return xasprintf("%.*s.%s", (int)stem, plan, format);
	return xasprintf("%.*s-%s.%s", (int)stem, plan, tmpl, format);
}

void
tui_export(struct tui *t)
{
	struct value *dirs, *list = NULL;
	const struct value *tm, *formats;
	const char **items;
	char *cause = NULL, *out, *title;
	struct export_doc doc;
	size_t n, i;
	int pick, fpick, rc, first = 0;
	const char *format, *ext_format;

	/* never lose typing: the plan is saved before anything else */
	tui_commit(t);
	if (!t->read_only && !t->saved && tui_save(t) != 0)
		return;	/* tui_save said why */
	dirs = export_dirs(t->ctx);
	if (script_call(t->ctx->S, "ui.templates", &list, &cause, 1, dirs) == -1) {
		value_free(dirs);
		tui_message(t, 1, "cannot list the templates: %s", cause);
		free(cause);
		return;
	}
	value_free(dirs);
	n = value_count(list);
	if (n == 0) {
		tui_message(t, 1, "there are no templates to export with");
		value_free(list);
		return;
	}
	items = xcalloc(n, sizeof *items);
	for (i = 0; i < n; i++) {
		tm = value_at(list, i);
		if (template_is_default(tm))
			first = (int)i;	/* the pack's own document is what most people want */
		items[i] = xasprintf("%-12s %s", tui_str(tm, "id"), tui_str(tm, "title"));
	}
	pick = choose(t, "Export: which document?", items, (int)n, first);
	for (i = 0; i < n; i++)
		free((char *)items[i]);
	free(items);
	if (pick < 0) {
		tui_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	tm = value_at(list, (size_t)pick);
	formats = value_get(tm, "formats");
	n = value_count(formats);
	items = xcalloc(n + 1, sizeof *items);
	for (i = 0; i < n; i++)
		items[i] = value_at(formats, i)->u.str.s;
	title = xasprintf("Export %s: which format?", tui_str(tm, "id"));
	fpick = n > 1 ? choose(t, title, items, (int)n, 0) : 0;
	free(title);
	if (fpick < 0 || n == 0) {
		free(items);
		tui_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	format = items[fpick];
	free(items);
	{
		char *offer = proposed_name(t->path, tui_str(tm, "id"), template_is_default(tm), format);

		out = tui_prompt(t, "Write to:", offer);
		free(offer);
	}
	if (out == NULL || *out == '\0') {
		free(out);
		tui_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	/* a name ending in another of the template's formats asks for that one */
	if ((ext_format = export_format_of(out)) != NULL)
		for (i = 0; i < n; i++)
			if (strcmp(value_at(formats, i)->u.str.s, ext_format) == 0)
				format = ext_format;
	rc = export_render(t->ctx, tui_str(tm, "id"), format, &doc, &cause);
	if (rc != EXPORT_OK || atomic_write(out, doc.data, doc.len, 0666, &cause) == -1) {
		tui_message(t, 1, "not exported: %s", cause);
		free(cause);
	} else if (value_count(doc.gaps) > 0)
		tui_message(t, 0, "wrote %s (%s); %zu question%s not yet answered, marked in it", out, doc.format,
		    value_count(doc.gaps), value_count(doc.gaps) == 1 ? "" : "s");
	else
		tui_message(t, 0, "wrote %s (%s)", out, doc.format);
	if (rc == EXPORT_OK)
		export_doc_free(&doc);
	free(out);
	value_free(list);
}

void
tui_health(struct tui *t)
{
	struct value *res = NULL, *title = NULL;
	char *cause = NULL;

	tui_commit(t);
	if (script_call(t->ctx->S, "ui.health", &res, &cause, 0) == -1) {
		tui_message(t, 1, "%s", cause);
		free(cause);
		return;
	}
	/* the page's title says what the pack declares (checks, an advisor) */
	if (script_call(t->ctx->S, "ui.health_title", &title, &cause, 0) == -1) {
		free(cause);
		title = NULL;
	}
	tui_page(t, title != NULL && title->type == VAL_STR ? title->u.str.s : "Checks of the plan",
	    res->type == VAL_STR ? res->u.str.s : "");
	value_free(title);
	value_free(res);
}

/* Ctrl-R: the pack again from disk, the answers kept.  A mistake in the
 * pack leaves the old one loaded and says what is wrong. */
void
tui_reload_pack(struct tui *t)
{
	struct value *res = NULL;
	char *cause = NULL, *step_id;
	const struct value *steps;
	size_t i;

	tui_commit(t);
	step_id = xstrdup(tui_str(value_get(t->screen, "step"), "id"));
	if (script_call(t->ctx->S, "core.reload_pack", &res, &cause, 0) == -1) {
		tui_message(t, 1, "pack not reloaded: %s", cause);
		free(cause);
		free(step_id);
		return;
	}
	tui_leave_edit(t);
	/* stay on the same step when it is still there */
	if (tui_reload(t) != 0) {
		t->step = 1;
		t->focus = 0;
	}
	if (t->step == 1 || tui_reload(t) == 0) {
		steps = value_get(t->screen, "steps");
		for (i = 0; i < value_count(steps); i++)
			if (strcmp(tui_str(value_at(steps, i), "id"), step_id) == 0)
				break;
		t->step = i < value_count(steps) ? (int)i + 1 : (t->step > t->nsteps ? t->nsteps : t->step);
		if (t->step < 1)
			t->step = 1;
		t->top = 0;
		tui_reload(t);
		tui_message(t, 0, "reloaded the pack %s: %s steps", tui_str(res, "id"), tui_str(res, "steps"));
	}
	clearok(curscr, TRUE);
	free(step_id);
	value_free(res);
}
