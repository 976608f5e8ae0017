/* render.c: the pipeline from what document.render returned to a format's
 * bytes (render_convert): md, csv, dot and txt as they are, html
 * (html.c), tex (latex.c), and docx, odt and pdf (pandoc.c), as the table
 * of formats (formats.c) says.  What the outputs use is in assets/
 * (assets.h); what the files share, and who calls whom, in render-int.h. */
#include "config.h"

#include "render/cmark-dl.h"
#include "render/formats.h"
#include "render/render.h"
#include "render/render-int.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>

static const char *
render_field(const struct value *res, const char *key, size_t *len)
{
	const struct value *v = value_get(res, key);

	if (v == NULL || v->type != VAL_STR) {
		if (len != NULL)
			*len = 0;
		return NULL;
	}
	if (len != NULL)
		*len = v->u.str.len;
	return v->u.str.s;
}

static int
render_convert_doc(const struct render_doc *docp, const char *format, char **out, size_t *len, char **note,
    char **cause)
{
	struct render_doc doc = *docp;
	const struct render_format *f;

	f = render_format(format);
	/* cmark-gfm is loaded only now: a missing library is a missing program */
	if (f != NULL && (f->flags & RENDER_F_CMARK) != 0 && render_cmark_open(cause) == -1)
		return 1;
	if (f != NULL && strcmp(f->id, "html") == 0) {
		*out = render_html(&doc, len);
		return 0;
	}
	if (f != NULL && strcmp(f->id, "tex") == 0) {
		*out = render_latex(&doc, len);
		return 0;
	}
	/* pandoc's formats read the text, the DOT source and the text
	 * diagrams: render_pandoc puts the picture or a diagram in place of
	 * the Mermaid block (the only place the diagram is put in) */
	if (f != NULL && (f->flags & RENDER_F_PANDOC) != 0)
		return render_pandoc(&doc, format, out, len, note, cause);
	*out = xstrndup(doc.md, doc.md_len);
	*len = doc.md_len;
	return 0;
}

int
render_convert(const struct value *res, const char *format, const char *reference_docx, char **out, size_t *len,
    char **note, char **cause)
{
	struct render_doc doc;
	int rc;
	const char *title = render_field(res, "title", NULL);

	doc.md = render_field(res, "text", &doc.md_len);
	doc.title = title != NULL ? title : "Evaluation plan";
	doc.dot = render_field(res, "dot", NULL);
	doc.diagram = render_field(res, "diagram", NULL);
	doc.diagram_ascii = render_field(res, "diagram_ascii", NULL);
	doc.reference_docx = reference_docx;
	doc.plan_id = render_field(res, "plan_id", NULL);
	doc.plan_version = render_field(res, "plan_version", NULL);
	doc.pack = render_field(res, "pack_ref", NULL);
	*note = NULL;
	if (doc.md == NULL) {
		*cause = xstrdup("the template gave no text");
		return -1;
	}
	render_dot_note_clear();
	rc = render_convert_doc(&doc, format, out, len, note, cause);
	if (rc == 0 && render_dot_note() != NULL) {
		char *n = *note;

		*note = n != NULL ? xasprintf("%s; %s", render_dot_note(), n) : xstrdup(render_dot_note());
		free(n);
	}
	render_dot_note_clear();
	return rc;
}
