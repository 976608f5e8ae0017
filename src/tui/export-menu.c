/* export-menu.c: F9, the plan as a document: choose a template and a
 * format, then write the document beside the plan; or send it to the
 * partner as the plan's next version (what evalwiz review send does). */
#include "config.h"

#include "cli.h"
#include "export.h"
#include "plan/atomic.h"
#include "render/formats.h"
#include "model.h"
#include "script/script.h"
#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

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

/* The template's formats in the order offered, into fmts (n of them). */
static size_t
offered_formats(const struct value *formats, const char **fmts)
{
	size_t i, k, n = 0, count = value_count(formats);

	/* render_formats' order first (Word first, as most partners want
	 * it); a template's own formats not in it follow */
	for (k = 0; k < render_nformats; k++)
		for (i = 0; i < count; i++)
			if (strcmp(value_at(formats, i)->u.str.s, render_formats[k].id) == 0)
				fmts[n++] = render_formats[k].id;
	for (i = 0; i < count; i++) {
		for (k = 0; k < n && strcmp(fmts[k], value_at(formats, i)->u.str.s) != 0; k++)
			;
		if (k == n)
			fmts[n++] = value_at(formats, i)->u.str.s;
	}
	return n;
}

static const char *
format_name(const char *format)
{
	const struct render_format *f = render_format(format);

	return f != NULL ? f->label : format;
}

/* The format to write tm in, asked when it has more than one (the first
 * offered, Word when it makes it, is the default); NULL when cancelled. */
static const char *
ask_format(struct tui *t, const struct value *tm)
{
	const struct value *formats = value_get(tm, "formats");
	const char **fmts = xcalloc(value_count(formats) + 1, sizeof *fmts), **items, *format;
	char *title;
	size_t i, n;
	int fpick;

	n = offered_formats(formats, fmts);
	items = xcalloc(n + 1, sizeof *items);
	for (i = 0; i < n; i++)
		items[i] = format_name(fmts[i]);
	title = xasprintf("%s: which format?", view_str(tm, "title"));
	fpick = n > 1 ? prompt_choose(t, title, items, (int)n, 0) : 0;
	free(title);
	format = fpick >= 0 && n > 0 ? fmts[fpick] : NULL;
	free(fmts);
	free(items);
	return format;
}

/* A name ending in another of tm's formats asks for that one. */
static const char *
format_for_name(const struct value *tm, const char *out, const char *format)
{
	const struct value *formats = value_get(tm, "formats");
	const char *ext_format = export_format_of(out);
	size_t i;

	if (ext_format != NULL)
		for (i = 0; i < value_count(formats); i++)
			if (strcmp(value_at(formats, i)->u.str.s, ext_format) == 0)
				return ext_format;
	return format;
}

/* The version the plan is sent as next (versions.next, the plan
 * unchanged): { version, since, was }, NULL on failure (said). */
static struct value *
next_version(struct tui *t)
{
	struct value *res = NULL;
	char *cause = NULL;

	if (model_call(t->ctx->S, "versions.next", &res, &cause, 0) == -1) {
		view_message(t, 1, "not sent: %s", cause);
		free(cause);
		return NULL;
	}
	return res;
}

/* "Send to partner (new version)": the pack's own document (tm), in a
 * format asked, written as the plan's next version and recorded under
 * versions: through the session, as evalwiz review send does: the
 * document of version N rendered (the plan unchanged) and written, then
 * the version recorded as an edit (journalled, one step of undo, making
 * meta.version N) and the plan saved.  Nothing in the plan changes unless
 * the document was written. */
static void
send_version(struct tui *t, const struct value *tm)
{
	const char *format = ask_format(t, tm);
	const char *slash = strrchr(t->path, '/'), *base = slash != NULL ? slash + 1 : t->path, *dot;
	struct value *st;
	struct export_doc doc;
	char *offer, *out, *cause = NULL, *title;
	int64_t n;
	size_t stem;
	int rc;

	if (format == NULL) {
		view_message(t, 0, "not sent");
		return;
	}
	/* the version it will be, for the name offered */
	if ((st = next_version(t)) == NULL)
		return;
	n = value_get(st, "version")->u.i;
	dot = strrchr(base, '.');
	stem = dot != NULL && dot != base ? (size_t)(dot - t->path) : strlen(t->path);
	offer = xasprintf("%.*s-v%lld.%s", (int)stem, t->path, (long long)n, format);
	title = xasprintf("Send as version %lld, write to:", (long long)n);
	out = prompt_line(t, title, offer);
	free(title);
	free(offer);
	if (out == NULL || *out == '\0') {
		free(out);
		value_free(st);
		view_message(t, 0, "not sent");
		return;
	}
	format = format_for_name(tm, out, format);
	rc = export_render_with(t->ctx, "", format, 0, (long long)n, &doc, &cause);
	if (rc != EXPORT_OK || atomic_write_output(out, doc.data, doc.len, 0666, t->path, &cause) == -1) {
		view_message(t, 1, "not sent: %s", cause);
		free(cause);
	} else if (edit_version_sent(t, n, value_get(st, "was"), out, doc.format) == 0 && save_plan(t) == 0) {
		/* (a refusal by the model, or a failed save, has been said) */
		const struct value *since = value_get(st, "since");

		if (since != NULL && since->type == VAL_INT)
			view_message(t, 0, "sent %s as version %lld (%s); it lists the changes since version %lld", out,
			    (long long)value_get(st, "version")->u.i, format_name(doc.format), (long long)since->u.i);
		else
			view_message(t, 0, "sent %s as version %lld (%s)", out, (long long)value_get(st, "version")->u.i,
			    format_name(doc.format));
	}
	if (rc == EXPORT_OK)
		export_doc_free(&doc);
	value_free(st);
	free(out);
}

void
export_menu(struct tui *t)
{
	struct value *dirs, *list = NULL;
	const struct value *tm;
	const char **items;
	char *cause = NULL, *out;
	struct export_doc doc;
	size_t n, i;
	int pick, rc, first = 0;
	const char *format;

	/* never lose typing: the plan is saved before anything else */
	nav_commit(t);
	if (!t->read_only && !view_saved(t) && save_plan(t) != 0)
		return;	/* save_plan said why */
	dirs = export_dirs(t->ctx);
	if (model_call(t->ctx->S, "ui.templates", &list, &cause, 1, dirs) == -1) {
		value_free(dirs);
		view_message(t, 1, "cannot list the templates: %s", cause);
		free(cause);
		return;
	}
	value_free(dirs);
	n = value_count(list);
	if (n == 0) {
		view_message(t, 1, "there are no templates to export with");
		value_free(list);
		return;
	}
	items = xcalloc(n + 1, sizeof *items);
	for (i = 0; i < n; i++) {
		tm = value_at(list, i);
		if (template_is_default(tm))
			first = (int)i;	/* the pack's own document is what most people want */
		/* the document by its title and what it is for, never its id */
		items[i] = *view_str(tm, "description") != '\0' ?
		    xasprintf("%s: %s", view_str(tm, "title"), view_str(tm, "description")) :
		    xstrdup(view_str(tm, "title"));
	}
	/* last: the pack's own document sent as the plan's next version (not
	 * offered read-only: it records the version in the plan) */
	if (!t->read_only)
		items[n] = xstrdup("Send to partner (new version): the plan's document, recorded as its next version");
	pick = prompt_choose(t, "Export: which document?", items, (int)n + !t->read_only, first);
	for (i = 0; i < n + !t->read_only; i++)
		free((char *)items[i]);
	free(items);
	if (pick < 0) {
		view_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	if ((size_t)pick == n) {
		send_version(t, value_at(list, (size_t)first));
		value_free(list);
		return;
	}
	tm = value_at(list, (size_t)pick);
	format = ask_format(t, tm);
	if (format == NULL) {
		view_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	{
		char *offer = proposed_name(t->path, view_str(tm, "id"), template_is_default(tm), format);

		out = prompt_line(t, "Write to:", offer);
		free(offer);
	}
	if (out == NULL || *out == '\0') {
		free(out);
		view_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	format = format_for_name(tm, out, format);
	rc = export_render(t->ctx, view_str(tm, "id"), format, &doc, &cause);
	if (rc != EXPORT_OK || atomic_write_output(out, doc.data, doc.len, 0666, t->path, &cause) == -1) {
		view_message(t, 1, "not exported: %s", cause);
		free(cause);
	} else if (value_count(doc.gaps) > 0)
		view_message(t, 0, "wrote %s (%s); %zu question%s not yet answered, marked in it", out,
		    format_name(doc.format), value_count(doc.gaps), value_count(doc.gaps) == 1 ? "" : "s");
	else
		view_message(t, 0, "wrote %s (%s)", out, format_name(doc.format));
	if (rc == EXPORT_OK)
		export_doc_free(&doc);
	free(out);
	value_free(list);
}
