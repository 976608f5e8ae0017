/* odt.c: what pandoc's ODT writer cannot do, done to its file (odt.h):
 * an A4 page with 2 cm margins (pandoc's default reference is US Letter
 * with 1 inch), and tables with rules, a shaded header row, some room in
 * each cell and 10-point text (pandoc writes its cells with no border, in
 * the body's 12 points), the Draft paragraph style of a draft's note
 * and list of what is missing (assets/filter-marks.lua), and a landscape
 * page for a table too wide for a portrait one (assets/filter-odt.lua
 * marks where it starts and ends). */
#include "config.h"

#include "render/odt.h"

#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "util.h"
#include "zip-dl.h"

#define ODT_RULE "0.5pt solid #8a96a3"

/* Replaces, in the element that starts at the first match of 'where' at or
 * after 'from' (up to its '>'), each attribute value named in 'names' by
 * the value beside it.  Returns the new text (s is freed), or s unchanged. */
static char *
odt_set_attrs(char *s, const char *where, const char *const names[][2])
{
	char *at = strstr(s, where), *end, *out;
	struct buf b;
	size_t i;

	if (at == NULL || (end = strchr(at, '>')) == NULL)
		return s;
	buf_init(&b);
	buf_add(&b, s, (size_t)(at - s));
	while (at < end) {
		for (i = 0; names[i][0] != NULL; i++) {
			size_t n = strlen(names[i][0]);

			if (strncmp(at, names[i][0], n) == 0 && at[n] == '=' && at[n + 1] == '"') {
				const char *close = strchr(at + n + 2, '"');

				if (close != NULL && close < end) {
					buf_addf(&b, "%s=\"%s\"", names[i][0], names[i][1]);
					at = (char *)close + 1;
					break;
				}
			}
		}
		if (names[i][0] == NULL)
			buf_add(&b, at++, 1);
	}
	buf_adds(&b, end);
	free(s);
	out = buf_steal(&b, NULL);
	return out;
}

/* The cell style named 'name': its properties in place of fo:border="none". */
static char *
odt_cell_style(char *s, const char *name, const char *props)
{
	char *key = xasprintf("style:name=\"%s\" style:family=\"table-cell\"", name), *at, *none;
	const char *old = "<style:table-cell-properties fo:border=\"none\" />";
	struct buf b;

	at = strstr(s, key);
	free(key);
	if (at == NULL || (none = strstr(at, old)) == NULL || none - at > 200)
		return s;
	buf_init(&b);
	buf_add(&b, s, (size_t)(none - s));
	buf_addf(&b, "<style:table-cell-properties %s />", props);
	buf_adds(&b, none + strlen(old));
	free(s);
	return buf_steal(&b, NULL);
}

/* The paragraph style of table cells at 10 points, as Word's tables: the
 * column widths (assets/filter-widths.lua) count on it. */
static char *
odt_table_text(char *s)
{
	const char *props = "<style:text-properties fo:font-size=\"10pt\" style:font-size-asian=\"10pt\" "
	    "style:font-size-complex=\"10pt\"/>";
	char *at = strstr(s, "style:name=\"Table_20_Contents\""), *end;
	struct buf b;

	if (at == NULL || (end = strstr(at, "</style:style>")) == NULL)
		return s;
	buf_init(&b);
	buf_add(&b, s, (size_t)(end - s));
	buf_adds(&b, props);
	buf_adds(&b, end);
	free(s);
	return buf_steal(&b, NULL);
}

/* s with text put before the first 'marker' (s freed), or s unchanged
 * when there is none. */
static char *
odt_insert(char *s, const char *marker, const char *text)
{
	char *at = strstr(s, marker);
	struct buf b;

	if (at == NULL)
		return s;
	buf_init(&b);
	buf_add(&b, s, (size_t)(at - s));
	buf_adds(&b, text);
	buf_adds(&b, at);
	free(s);
	return buf_steal(&b, NULL);
}

/* The Draft paragraph style, shaded and ruled in the gaps' colour as in
 * Word (refdoc-styles.xml): pandoc names the style a Div asks for but does
 * not define it.  Paragraphs that follow each other in it share one box. */
static char *
odt_draft_style(char *s)
{
	static const char style[] =
	    "<style:style style:name=\"Draft\" style:family=\"paragraph\" style:parent-style-name=\"Text_20_body\">"
	    "<style:paragraph-properties fo:background-color=\"#fff4ec\" fo:border=\"0.5pt solid #a33b00\" "
	    "fo:border-left=\"3pt solid #a33b00\" fo:padding=\"0.1cm\" fo:margin-top=\"0cm\" "
	    "fo:margin-bottom=\"0cm\" style:join-border=\"true\"/></style:style>";
	char *end = strstr(s, "</office:styles>");
	struct buf b;

	if (end == NULL || strstr(s, "style:name=\"Draft\"") != NULL)
		return s;
	buf_init(&b);
	buf_add(&b, s, (size_t)(end - s));
	buf_adds(&b, style);
	buf_adds(&b, end);
	free(s);
	return buf_steal(&b, NULL);
}

/* The landscape page: a page layout and master page (with the page number
 * in the footer, as pandoc's Standard page) in styles.xml, and in
 * content.xml the two paragraph styles filter-odt.lua's empty paragraphs
 * have, which start a landscape page and a portrait one again. */
static void
odt_landscape(char **content, char **styles)
{
	static const char layout[] = "<style:page-layout style:name=\"EW_pm_landscape\">"
	    "<style:page-layout-properties style:num-format=\"1\" style:print-orientation=\"landscape\" "
	    "fo:page-width=\"29.7cm\" fo:page-height=\"21cm\" fo:margin-top=\"2cm\" fo:margin-bottom=\"2cm\" "
	    "fo:margin-left=\"2cm\" fo:margin-right=\"2cm\"/><style:footer-style>"
	    "<style:header-footer-properties style:dynamic-spacing=\"false\" fo:margin-top=\"0.2in\" "
	    "fo:min-height=\"0.4in\"/></style:footer-style></style:page-layout>";
	static const char master[] = "<style:master-page style:name=\"EW_Landscape\" "
	    "style:page-layout-name=\"EW_pm_landscape\"><style:footer><text:p text:style-name=\"MP1\">"
	    "<text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer>"
	    "</style:master-page>";
	static const char paras[] = "<style:style style:name=\"EW_Landscape\" style:family=\"paragraph\" "
	    "style:parent-style-name=\"Standard\" style:master-page-name=\"EW_Landscape\">"
	    "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/>"
	    "<style:text-properties fo:font-size=\"2pt\"/></style:style>"
	    "<style:style style:name=\"EW_Portrait\" style:family=\"paragraph\" "
	    "style:parent-style-name=\"Standard\" style:master-page-name=\"Standard\">"
	    "<style:paragraph-properties fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"/>"
	    "<style:text-properties fo:font-size=\"2pt\"/></style:style>";
	char *at;

	if (strstr(*content, "text:style-name=\"EW_Landscape\"") == NULL)
		return;
	*styles = odt_insert(*styles, "</office:automatic-styles>", layout);
	*styles = odt_insert(*styles, "</office:master-styles>", master);
	if ((at = strstr(*content, "<office:automatic-styles")) != NULL && (at = strchr(at, '>')) != NULL &&
	    at[-1] != '/')
		*content = odt_insert(*content, "</office:automatic-styles>", paras);
}

static char *
odt_read(zip_t *z, const char *name, zip_int64_t *idx)
{
	zip_stat_t st;
	zip_file_t *f;
	zip_int64_t n;
	char *data;

	zip_stat_init(&st);
	if ((*idx = zip_name_locate(z, name, 0)) < 0 || zip_stat_index(z, (zip_uint64_t)*idx, 0, &st) != 0 ||
	    st.size > (64u << 20) || (f = zip_fopen_index(z, (zip_uint64_t)*idx, 0)) == NULL)
		return NULL;
	data = xmalloc((size_t)st.size + 1);
	n = zip_fread(f, data, st.size);
	zip_fclose(f);
	if (n < 0 || (zip_uint64_t)n != st.size) {
		free(data);
		return NULL;
	}
	data[n] = '\0';
	return data;
}

static int
odt_replace(zip_t *z, zip_int64_t idx, char *text)
{
	zip_source_t *s = zip_source_buffer(z, text, strlen(text), 1);

	if (s == NULL) {
		free(text);
		return -1;
	}
	if (zip_file_replace(z, (zip_uint64_t)idx, s, 0) != 0) {
		zip_source_free(s);
		return -1;
	}
	return 0;
}

int
odt_finish(char **data, size_t *len, char **cause)
{
	static const char *const page[][2] = {
		{ "fo:page-width", "21cm" }, { "fo:page-height", "29.7cm" },
		{ "fo:margin-top", "2cm" }, { "fo:margin-bottom", "2cm" },
		{ "fo:margin-left", "2cm" }, { "fo:margin-right", "2cm" },
		{ NULL, NULL },
	};
	zip_error_t ze;
	zip_source_t *src;
	zip_stat_t st;
	zip_t *z;
	zip_int64_t ci, si;
	char *content, *styles, *out;
	zip_int64_t n;

	if (zip_dl_open("the ODT", cause) != 0)
		return -1;
	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(*data, *len, 0, &ze)) == NULL)
		goto fail;
	if ((z = zip_open_from_source(src, 0, &ze)) == NULL) {
		zip_source_free(src);
		goto fail;
	}
	zip_source_keep(src);	/* to read the new archive after zip_close */
	content = odt_read(z, "content.xml", &ci);
	styles = odt_read(z, "styles.xml", &si);
	if (content == NULL || styles == NULL) {
		free(content);
		free(styles);
		zip_discard(z);
		zip_source_free(src);
		*cause = xstrdup("cannot finish the ODT: pandoc's file has no content.xml or styles.xml");
		return -1;
	}
	content = odt_cell_style(content, "TableHeaderRowCell",
	    "fo:border=\"" ODT_RULE "\" fo:background-color=\"#e8eef4\" fo:padding=\"0.06cm\"");
	content = odt_cell_style(content, "TableRowCell", "fo:border=\"" ODT_RULE "\" fo:padding=\"0.06cm\"");
	styles = odt_set_attrs(styles, "<style:page-layout-properties ", page);
	styles = odt_table_text(styles);
	styles = odt_draft_style(styles);
	odt_landscape(&content, &styles);
	if (odt_replace(z, ci, content) != 0) {
		free(styles);
		styles = NULL;
	}
	if (styles == NULL || odt_replace(z, si, styles) != 0 || zip_close(z) != 0) {
		*cause = xasprintf("cannot finish the ODT: %s", zip_strerror(z));
		zip_discard(z);
		zip_source_free(src);
		return -1;
	}
	/* the buffer source now holds the new archive */
	zip_stat_init(&st);
	if (zip_source_stat(src, &st) != 0 || zip_source_open(src) != 0) {
		zip_source_free(src);
		*cause = xstrdup("cannot finish the ODT: cannot read the new archive");
		return -1;
	}
	out = xmalloc((size_t)st.size + 1);
	n = zip_source_read(src, out, st.size);
	zip_source_close(src);
	zip_source_free(src);
	if (n < 0 || (zip_uint64_t)n != st.size) {
		free(out);
		*cause = xstrdup("cannot finish the ODT: cannot read the new archive");
		return -1;
	}
	free(*data);
	*data = out;
	*len = (size_t)n;
	return 0;
fail:
	*cause = xasprintf("cannot finish the ODT: %s", zip_error_strerror(&ze));
	zip_error_fini(&ze);
	return -1;
}
