/* render.c: Markdown to a standalone HTML page or LaTeX document with
 * cmark-gfm (tables on, raw HTML off), and to docx/odt/pdf with pandoc. */
#include "config.h"

#include "render/render.h"
#include "util.h"
#include "value.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Never CMARK_OPT_UNSAFE: raw HTML in the Markdown becomes a comment. */
#define RENDER_OPTIONS CMARK_OPT_DEFAULT

static const char render_css[] =
    "body{font-family:Georgia,'Times New Roman',serif;line-height:1.5;color:#1b1b1b;"
    "max-width:48rem;margin:2rem auto;padding:0 1rem;overflow-wrap:anywhere}\n"
    "h1,h2,h3,h4{font-family:Helvetica,Arial,sans-serif;line-height:1.2}\n"
    "h1{font-size:1.9rem;border-bottom:2px solid #1d4f73;padding-bottom:.3rem}\n"
    "h2{font-size:1.4rem;margin-top:2.2rem;color:#1d4f73}\n"
    "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}\n"
    "th,td{border:1px solid #b8c2cc;padding:.3rem .5rem;text-align:left;vertical-align:top}\n"
    "th{background:#eef2f5}\n"
    "code,pre{font-family:'DejaVu Sans Mono',Menlo,monospace;font-size:.88rem}\n"
    "pre{background:#f6f8fa;padding:.6rem;overflow-x:auto}\n"
    "nav.toc{border:1px solid #d0d7de;padding:.5rem 1.2rem;margin:1.5rem 0;background:#fbfcfd}\n"
    "nav.toc h2{margin-top:.4rem;font-size:1.1rem}\n"
    "figure.diagram{margin:1rem 0;overflow-x:auto}\n"
    "figure.diagram svg{max-width:100%;height:auto}\n"
    "em.gap{color:#a33b00;font-weight:bold}\n"
    "@media print{\n"
    "  body{max-width:none;margin:0;font-size:11pt}\n"
    "  nav.toc{page-break-after:always;border:none}\n"
    "  h2{page-break-after:avoid}\n"
    "  h2,h3{break-after:avoid}\n"
    "  table,figure,pre{page-break-inside:avoid}\n"
    "  a{color:inherit;text-decoration:none}\n"
    "  @page{size:A4;margin:2cm}\n"
    "}\n";

static cmark_node *
render_parse(const struct render_doc *doc)
{
	cmark_syntax_extension *table;
	cmark_parser *p;
	cmark_node *root;

	cmark_gfm_core_extensions_ensure_registered();
	p = cmark_parser_new(RENDER_OPTIONS);
	table = cmark_find_syntax_extension("table");
	if (table != NULL)
		cmark_parser_attach_syntax_extension(p, table);
	cmark_parser_feed(p, doc->md, doc->md_len);
	root = cmark_parser_finish(p);
	cmark_parser_free(p);
	if (root == NULL)
		fatal("cannot parse the Markdown document");
	return root;
}

static char *
render_html_body(cmark_node *root)
{
	cmark_llist *exts = NULL;
	cmark_syntax_extension *table = cmark_find_syntax_extension("table");
	cmark_mem *mem = cmark_get_default_mem_allocator();
	char *html;

	if (table != NULL)
		exts = cmark_llist_append(mem, exts, table);
	html = cmark_render_html(root, RENDER_OPTIONS, exts);
	cmark_llist_free(mem, exts);
	return html;
}

static void
add_escaped(struct buf *b, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '<': buf_adds(b, "&lt;"); break;
		case '>': buf_adds(b, "&gt;"); break;
		case '&': buf_adds(b, "&amp;"); break;
		case '"': buf_adds(b, "&quot;"); break;
		default: buf_addc(b, s[i]);
		}
	}
}

/* The table of contents from the level-2 headings, in document order;
 * each heading's inner HTML is what cmark made of it (already escaped). */
static void
render_toc(cmark_node *root, struct buf *toc, int *count)
{
	cmark_iter *it = cmark_iter_new(root);
	cmark_event_type ev;

	*count = 0;
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		char *h, *open, *close;

		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_HEADING ||
		    cmark_node_get_heading_level(n) != 2)
			continue;
		h = cmark_render_html(n, RENDER_OPTIONS, NULL);
		open = strchr(h, '>');
		close = strstr(h, "</h2>");
		if (open != NULL && close != NULL && close > open) {
			(*count)++;
			buf_addf(toc, "<li><a href=\"#s%d\">", *count);
			buf_add(toc, open + 1, (size_t)(close - open - 1));
			buf_adds(toc, "</a></li>\n");
		}
		free(h);
	}
	cmark_iter_free(it);
}

/* The picture that replaces a ```mermaid block: SVG from dot, or the text diagram. */
static void
render_figure(struct buf *b, const struct render_doc *doc, char **svg_cache, int *tried)
{
	if (!*tried && doc->dot != NULL) {
		*svg_cache = render_dot_svg(doc->dot);
		*tried = 1;
	}
	buf_adds(b, "<figure class=\"diagram\">\n");
	if (*svg_cache != NULL)
		buf_adds(b, *svg_cache);
	else if (doc->diagram != NULL) {
		buf_adds(b, "<pre class=\"diagram\">");
		add_escaped(b, doc->diagram, strlen(doc->diagram));
		buf_adds(b, "</pre>\n");
	}
	buf_adds(b, "<figcaption>The logic model</figcaption>\n</figure>\n");
}

/* The "Not yet answered" marks get a class so the stylesheet can make them
 * stand out.  An answer with those words cannot make one: its asterisks
 * are escaped and never become <em>. */
static char *
render_gap_class(char *html)
{
	static const char from[] = "<em>Not yet answered</em>";
	static const char to[] = "<em class=\"gap\">Not yet answered</em>";
	struct buf b;
	char *p = html, *q;

	buf_init(&b);
	while ((q = strstr(p, from)) != NULL) {
		buf_add(&b, p, (size_t)(q - p));
		buf_adds(&b, to);
		p = q + strlen(from);
	}
	buf_adds(&b, p);
	free(html);
	return buf_steal(&b, NULL);
}

char *
render_html(const struct render_doc *doc, size_t *len)
{
	static const char mermaid[] = "<pre><code class=\"language-mermaid\">";
	cmark_node *root = render_parse(doc);
	char *body = render_gap_class(render_html_body(root)), *p, *svg = NULL;
	struct buf b, toc;
	int count, h2 = 0, tried = 0;

	buf_init(&b);
	buf_init(&toc);
	render_toc(root, &toc, &count);
	cmark_node_free(root);
	buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"evalwiz\">\n<title>");
	add_escaped(&b, doc->title, strlen(doc->title));
	buf_adds(&b, "</title>\n<style>\n");
	buf_adds(&b, render_css);
	buf_adds(&b, "</style>\n</head>\n<body>\n<main>\n");
	for (p = body; *p != '\0';) {
		char *h = strstr(p, "<h2>"), *m = strstr(p, mermaid), *next;

		if (h == NULL && m == NULL) {
			buf_adds(&b, p);
			break;
		}
		if (h != NULL && (m == NULL || h < m)) {
			buf_add(&b, p, (size_t)(h - p));
			if (h2 == 0 && count > 1) {
				buf_adds(&b, "<nav class=\"toc\">\n<h2>Contents</h2>\n<ol>\n");
				buf_add(&b, toc.data, toc.len);
				buf_adds(&b, "</ol>\n</nav>\n");
			}
			buf_addf(&b, "<h2 id=\"s%d\">", ++h2);
			p = h + 4;
			continue;
		}
		buf_add(&b, p, (size_t)(m - p));
		next = strstr(m, "</code></pre>");
		if (next == NULL) {
			buf_adds(&b, m);
			break;
		}
		render_figure(&b, doc, &svg, &tried);
		p = next + strlen("</code></pre>");
		if (*p == '\n')
			p++;
	}
	buf_adds(&b, "</main>\n</body>\n</html>\n");
	free(body);
	free(svg);
	buf_free(&toc);
	return buf_steal(&b, len);
}

static void
latex_escape(struct buf *b, const char *s)
{
	for (; *s != '\0'; s++) {
		switch (*s) {
		case '\\': buf_adds(b, "\\textbackslash{}"); break;
		case '{': case '}': case '#': case '$': case '%': case '&': case '_':
			buf_addc(b, '\\');
			buf_addc(b, *s);
			break;
		case '~': buf_adds(b, "\\textasciitilde{}"); break;
		case '^': buf_adds(b, "\\textasciicircum{}"); break;
		default: buf_addc(b, *s);
		}
	}
}

/* cmark writes tables as floating tabulars with unbreakable columns; long
 * answers would run off the page.  Make each a longtable of equal wrapping
 * columns that may break across pages, its header repeated. */
static void
latex_tables(struct buf *b, const char *body)
{
	static const char open[] = "\\begin{table}\n\\begin{tabular}{";
	static const char close[] = "\\end{tabular}\n\\end{table}";
	const char *p = body, *t, *spec, *end, *row;
	size_t n, i;

	while ((t = strstr(p, open)) != NULL) {
		spec = t + strlen(open);
		n = strspn(spec, "lcr");
		end = strstr(spec, close);
		if (n == 0 || spec[n] != '}' || end == NULL) {
			buf_add(b, p, (size_t)(spec - p));
			p = spec;
			continue;
		}
		buf_add(b, p, (size_t)(t - p));
		buf_adds(b, "\\begin{longtable}{@{}");
		for (i = 0; i < n; i++)
			buf_addf(b, ">{\\raggedright\\arraybackslash}p{\\dimexpr(\\linewidth-%zu\\tabcolsep)/%zu\\relax}", 2 * n, n);
		buf_adds(b, "@{}}\n\\toprule\n");
		p = spec + n + 2;	/* past "}\n" */
		row = strstr(p, "\\\\\n");
		if (row != NULL && row < end) {
			buf_add(b, p, (size_t)(row + 3 - p));
			buf_adds(b, "\\midrule\n\\endhead\n");
			p = row + 3;
		}
		buf_add(b, p, (size_t)(end - p));
		buf_adds(b, "\\bottomrule\n\\end{longtable}");
		p = end + strlen(close);
	}
	buf_adds(b, p);
}

char *
render_latex(const struct render_doc *doc, size_t *len)
{
	cmark_node *root = render_parse(doc);
	cmark_llist *exts = NULL;
	cmark_iter *it;
	cmark_event_type ev;
	cmark_syntax_extension *table = cmark_find_syntax_extension("table");
	cmark_mem *mem = cmark_get_default_mem_allocator();
	char *body;
	struct buf b;

	/* A Mermaid block means nothing on paper: print the text diagram. */
	it = cmark_iter_new(root);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *info;

		if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(n) != CMARK_NODE_CODE_BLOCK)
			continue;
		info = cmark_node_get_fence_info(n);
		if (info != NULL && strcmp(info, "mermaid") == 0 && doc->diagram_ascii != NULL) {
			cmark_node_set_literal(n, doc->diagram_ascii);
			cmark_node_set_fence_info(n, "");
		}
	}
	cmark_iter_free(it);
	if (table != NULL)
		exts = cmark_llist_append(mem, exts, table);
	body = cmark_render_latex(root, RENDER_OPTIONS, 0);
	cmark_llist_free(mem, exts);
	cmark_node_free(root);
	buf_init(&b);
	/* pdfLaTeX for plain text; XeLaTeX or LuaLaTeX for other scripts */
	buf_adds(&b, "\\documentclass[11pt,a4paper]{article}\n\\usepackage{iftex}\n"
	    "\\ifPDFTeX\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{lmodern}\n"
	    "\\else\n\\usepackage{fontspec}\n\\fi\n\\usepackage[margin=2cm]{geometry}\n"
	    "\\usepackage{longtable,booktabs,array}\n\\usepackage{enumitem}\n"
	    "\\usepackage{hyperref}\n\\usepackage{textcomp}\n"
	    "\\setcounter{secnumdepth}{0}\n\\title{");
	latex_escape(&b, doc->title);
	buf_adds(&b, "}\n\\date{}\n\\begin{document}\n\\tableofcontents\n\n");
	latex_tables(&b, body);
	buf_adds(&b, "\n\\end{document}\n");
	free(body);
	return buf_steal(&b, len);
}

int
render_pandoc(const struct render_doc *doc, const char *format, char **out, size_t *len, char **cause)
{
	const char *argv[] = { "pandoc", "--from=gfm-raw_html", "--standalone", "--metadata", NULL,
		"--to", format, "--output", "-", NULL };
	const char *tmp = getenv("TMPDIR");
	char *title = xasprintf("title=%s", doc->title), *why = NULL, *pdf = NULL, *sink = NULL;
	size_t sink_len;
	int rc, fd;

	argv[4] = title;
	if (strcmp(format, "pdf") == 0) {
		/* pandoc makes a PDF only into a file named .pdf (through LaTeX) */
		pdf = xasprintf("%s/evalwiz-pdf.XXXXXX.pdf", tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
		if ((fd = mkstemps(pdf, 4)) == -1) {
			*cause = xasprintf("cannot make a temporary file: %s", strerror(errno));
			free(title);
			free(pdf);
			return -1;
		}
		close(fd);
		argv[5] = "--output";
		argv[6] = pdf;
		argv[7] = NULL;
	}
	rc = render_run(argv, doc->md, doc->md_len, pdf != NULL ? &sink : out, pdf != NULL ? &sink_len : len, &why);
	free(title);
	free(sink);
	if (rc == -1 && errno == ENOENT) {
		free(why);
		if (pdf != NULL) {
			unlink(pdf);
			free(pdf);
		}
		*cause = xasprintf("cannot write %s: pandoc is not installed; install the Debian package "
		    "pandoc (apt-get install pandoc), or render to md, html or tex", format);
		return 1;
	}
	if (rc == 1 && pdf != NULL && why != NULL && strstr(why, "(exit 47)") != NULL) {
		/* pandoc's "PDF engine not found" */
		free(why);
		unlink(pdf);
		free(pdf);
		*cause = xasprintf("cannot write pdf: pandoc needs LaTeX to make a PDF; install the Debian "
		    "package texlive-latex-recommended (apt-get install texlive-latex-recommended), "
		    "or render to html and print it");
		return 1;
	}
	if (rc == 0 && pdf != NULL) {
		*out = read_file(pdf, 256u << 20, len, &why);
		rc = *out == NULL ? -1 : 0;
	}
	if (pdf != NULL) {
		unlink(pdf);
		free(pdf);
	}
	if (rc != 0) {
		*cause = why;
		return -1;
	}
	return 0;
}

char *
render_dot_svg(const char *dot)
{
	const char *argv[] = { "dot", "-Tsvg", NULL };
	char *out = NULL, *cause = NULL, *svg;
	size_t len;

	if (render_run(argv, dot, strlen(dot), &out, &len, &cause) != 0) {
		free(cause);
		return NULL;
	}
	svg = strstr(out, "<svg");
	svg = svg != NULL ? xstrdup(svg) : NULL;
	free(out);
	return svg;
}

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

int
render_convert(const struct value *res, const char *format, char **out, size_t *len, char **cause)
{
	struct render_doc doc;
	const char *title = render_field(res, "title", NULL);

	doc.md = render_field(res, "text", &doc.md_len);
	doc.title = title != NULL ? title : "Evaluation plan";
	doc.dot = render_field(res, "dot", NULL);
	doc.diagram = render_field(res, "diagram", NULL);
	doc.diagram_ascii = render_field(res, "diagram_ascii", NULL);
	if (doc.md == NULL) {
		*cause = xstrdup("the template gave no text");
		return -1;
	}
	if (strcmp(format, "html") == 0) {
		*out = render_html(&doc, len);
		return 0;
	}
	if (strcmp(format, "tex") == 0) {
		*out = render_latex(&doc, len);
		return 0;
	}
	if (strcmp(format, "docx") == 0 || strcmp(format, "odt") == 0 || strcmp(format, "pdf") == 0) {
		/* the text diagram, not Mermaid source; ASCII for LaTeX's sake */
		const char *md = render_field(res, strcmp(format, "pdf") == 0 ? "text_ascii" : "text_boxes", &doc.md_len);

		if (md != NULL)
			doc.md = md;
		else
			doc.md_len = strlen(doc.md);
		return render_pandoc(&doc, format, out, len, cause);
	}
	*out = xstrndup(doc.md, doc.md_len);
	*len = doc.md_len;
	return 0;
}
