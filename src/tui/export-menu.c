/* export-menu.c: F9, the plan as a document: choose a template and a
 * format, then write the document beside the plan. */
#include "config.h"

#include "cli.h"
#include "export.h"
#include "plan/atomic.h"
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

/* The formats as people know them, in the order offered: Word first, as
 * most partners want it; a template's own formats not named here follow. */
static const struct {
	const char *format, *name;
} format_names[] = {
	{ "docx", "Word document (.docx)" },
	{ "pdf", "PDF (.pdf)" },
	{ "odt", "OpenDocument text, for LibreOffice (.odt)" },
	{ "html", "Web page (.html)" },
	{ "csv", "Spreadsheet, comma-separated (.csv)" },
	{ "txt", "Plain text (.txt)" },
	{ "md", "Markdown text (.md)" },
	{ "tex", "LaTeX source (.tex)" },
	{ "dot", "Graphviz diagram source (.dot)" },
};
#define NFORMAT_NAMES (sizeof format_names / sizeof format_names[0])

/* The template's formats in the order offered, into fmts (n of them). */
static size_t
offered_formats(const struct value *formats, const char **fmts)
{
	size_t i, k, n = 0, count = value_count(formats);

	for (k = 0; k < NFORMAT_NAMES; k++)
		for (i = 0; i < count; i++)
			if (strcmp(value_at(formats, i)->u.str.s, format_names[k].format) == 0)
				fmts[n++] = format_names[k].format;
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
	size_t k;

	for (k = 0; k < NFORMAT_NAMES; k++)
		if (strcmp(format_names[k].format, format) == 0)
			return format_names[k].name;
	return format;
}

void
export_menu(struct tui *t)
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
	items = xcalloc(n, sizeof *items);
	for (i = 0; i < n; i++) {
		tm = value_at(list, i);
		if (template_is_default(tm))
			first = (int)i;	/* the pack's own document is what most people want */
		/* the document by its title and what it is for, never its id */
		items[i] = *view_str(tm, "description") != '\0' ?
		    xasprintf("%s: %s", view_str(tm, "title"), view_str(tm, "description")) :
		    xstrdup(view_str(tm, "title"));
	}
	pick = prompt_choose(t, "Export: which document?", items, (int)n, first);
	for (i = 0; i < n; i++)
		free((char *)items[i]);
	free(items);
	if (pick < 0) {
		view_message(t, 0, "export cancelled");
		value_free(list);
		return;
	}
	tm = value_at(list, (size_t)pick);
	formats = value_get(tm, "formats");
	{
		const char **fmts = xcalloc(value_count(formats) + 1, sizeof *fmts);

		n = offered_formats(formats, fmts);
		items = xcalloc(n + 1, sizeof *items);
		for (i = 0; i < n; i++)
			items[i] = format_name(fmts[i]);
		title = xasprintf("%s: which format?", view_str(tm, "title"));
		/* the first offered is the default: Word, when the template makes it */
		fpick = n > 1 ? prompt_choose(t, title, items, (int)n, 0) : 0;
		free(title);
		format = fpick >= 0 && n > 0 ? fmts[fpick] : NULL;
		free(fmts);
		free(items);
	}
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
	/* a name ending in another of the template's formats asks for that one */
	if ((ext_format = export_format_of(out)) != NULL)
		for (i = 0; i < n; i++)
			if (strcmp(value_at(formats, i)->u.str.s, ext_format) == 0)
				format = ext_format;
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
