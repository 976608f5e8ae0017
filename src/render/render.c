/* render.c: Markdown to a standalone HTML page or LaTeX document with
 * cmark-gfm (tables on, raw HTML off), and to docx/odt/pdf with pandoc. */
#include "config.h"

#include "plan/atomic.h"
#include "render/assets.h"
#include "render/cmark-dl.h"
#include "render/formats.h"
#include "render/odt.h"
#include "render/render.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Never CMARK_OPT_UNSAFE: raw HTML in the Markdown becomes a comment. */
#define RENDER_OPTIONS CMARK_OPT_DEFAULT

/* Whether PDFs are made with LuaLaTeX: when lualatex is on PATH, unless
 * EVALWIZ_PDF_ENGINE says pdflatex. */
static int
render_lualatex(void)
{
	const char *engine = getenv("EVALWIZ_PDF_ENGINE"), *path = getenv("PATH"), *p, *e;

	if (engine != NULL && strcmp(engine, "pdflatex") == 0)
		return 0;
	for (p = path != NULL ? path : ""; *p != '\0'; p = *e == ':' ? e + 1 : e) {
		char *f;
		int ok;

		e = p + strcspn(p, ":");
		if (e == p)
			continue;
		f = xasprintf("%.*s/lualatex", (int)(e - p), p);
		ok = access(f, X_OK) == 0;
		free(f);
		if (ok)
			return 1;
	}
	return 0;
}

static cmark_node *
render_parse(const struct render_doc *doc)
{
	cmark_syntax_extension *table;
	cmark_parser *p;
	cmark_node *root;
	char *cause;

	if (render_cmark_open(&cause) == -1)
		fatal("%s", cause);	/* render_convert opens it first and says so */
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

/* The number of parts of the logic model's DOT, and a copy of part i
 * (from 0), or NULL: document.lua puts a form feed between the parts of a
 * model too large for one figure, each the picture of one Mermaid block. */
static int
dot_count(const char *dot)
{
	int n = 1;

	if (dot == NULL)
		return 0;
	for (; (dot = strchr(dot, '\f')) != NULL; dot++)
		n++;
	return n;
}

static char *
dot_part(const char *dot, int i)
{
	const char *e;

	if (dot == NULL)
		return NULL;
	for (; i > 0; i--) {
		if ((dot = strchr(dot, '\f')) == NULL)
			return NULL;
		dot++;
	}
	e = strchr(dot, '\f');
	return e != NULL ? xstrndup(dot, (size_t)(e - dot)) : xstrdup(dot);
}

/* The picture that replaces Mermaid block i (from 0): SVG from dot, or the
 * text diagram (all of it in the first block).  *failed: dot drew nothing,
 * so the later blocks do not try again. */
static void
render_figure(struct buf *b, const struct render_doc *doc, int i, int *failed)
{
	char *part = *failed ? NULL : dot_part(doc->dot, i), *svg = NULL;
	int n = dot_count(doc->dot);

	if (part != NULL && (svg = render_dot_svg(part)) == NULL)
		*failed = 1;
	free(part);
	if (svg == NULL && (i > 0 || doc->diagram == NULL))
		return;
	buf_adds(b, "<figure class=\"diagram\">\n");
	if (svg != NULL)
		buf_adds(b, svg);
	else {
		buf_adds(b, "<pre class=\"diagram\">");
		add_escaped(b, doc->diagram, strlen(doc->diagram));
		buf_adds(b, "</pre>\n");
	}
	if (svg != NULL && n > 1)
		buf_addf(b, "<figcaption>The logic model, part %d of %d</figcaption>\n</figure>\n", i + 1, n);
	else
		buf_adds(b, "<figcaption>The logic model</figcaption>\n</figure>\n");
	free(svg);
}

/* One anchor mark as cmark writes it (<a href="evalwiz:K/ID">...</a>) at
 * p: 1 with its kind, its ID (letters, digits and _) and its end. */
static int
html_anchor_at(const char *p, char *kind, const char **id, size_t *idlen, const char **end)
{
	static const char open[] = "<a href=\"" RENDER_ANCHOR_SCHEME;
	const char *q, *close;

	if (strncmp(p, open, sizeof open - 1) != 0)
		return 0;
	q = p + sizeof open - 1;
	if (strchr("abezgynm", *q) == NULL || *q == '\0' || q[1] != '/')
		return 0;
	*kind = *q;
	*id = q + 2;
	*idlen = strspn(*id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
	if (*idlen == 0 || (*id)[*idlen] != '"' || (close = strstr(*id, "</a>")) == NULL)
		return 0;
	*end = close + 4;
	return 1;
}

/* The anchor marks (RENDER_ANCHOR_SCHEME) become ids: an answer within a
 * paragraph a <span class="answer" id=ID> (closed and opened again at each
 * paragraph's end when the answer has several), a list or table a <div
 * class="answer" id=ID> around it.  A block mark that is not alone in its
 * paragraph (a template that shows a list after a label on its line)
 * leaves an empty span with the id where it was.  A gap (between g and y)
 * is <em class="gap">, which the stylesheet makes stand out; a review
 * note (between n and m, render --review) a <span class="review-note">,
 * which it puts in the margin when printed. */
static char *
render_anchors(char *html)
{
	static const char open[] = "<a href=\"" RENDER_ANCHOR_SCHEME;
	struct buf b;
	const char *p = html, *id, *end;
	size_t idlen;
	char kind;
	int in_span = 0;

	if (strstr(html, open) == NULL)
		return html;
	buf_init(&b);
	while (*p != '\0') {
		const char *m = strstr(p, open), *pc = in_span ? strstr(p, "</p>") : NULL;

		if (pc != NULL && (m == NULL || pc < m)) {
			/* an answer of several paragraphs: a span in each */
			const char *po = strstr(pc, "<p>");

			buf_add(&b, p, (size_t)(pc - p));
			buf_adds(&b, "</span></p>");
			p = pc + 4;
			if (po != NULL && (m == NULL || po < m)) {
				buf_add(&b, p, (size_t)(po - p));
				buf_adds(&b, "<p><span class=\"answer\">");
				p = po + 3;
			} else
				in_span = 0;
			continue;
		}
		if (m == NULL) {
			buf_adds(&b, p);
			break;
		}
		buf_add(&b, p, (size_t)(m - p));
		if (!html_anchor_at(m, &kind, &id, &idlen, &end)) {
			buf_add(&b, m, sizeof open - 1);
			p = m + sizeof open - 1;
			continue;
		}
		p = end;
		if ((kind == 'b' || kind == 'e') && b.len >= 3 && memcmp(b.data + b.len - 3, "<p>", 3) == 0 &&
		    strncmp(end, "</p>", 4) == 0) {
			b.len -= 3;
			b.data[b.len] = '\0';
			p = end + 4;
			if (*p == '\n')
				p++;
			if (kind == 'b')
				buf_addf(&b, "<div class=\"answer\" id=\"%.*s\">\n", (int)idlen, id);
			else
				buf_adds(&b, "</div>\n");
		} else if (kind == 'a') {
			buf_addf(&b, "<span class=\"answer\" id=\"%.*s\">", (int)idlen, id);
			in_span = 1;
		} else if (kind == 'z') {
			if (in_span)
				buf_adds(&b, "</span>");
			in_span = 0;
		} else if (kind == 'b')
			buf_addf(&b, "<span class=\"answer\" id=\"%.*s\"></span>", (int)idlen, id);
		else if (kind == 'g')
			buf_adds(&b, "<em class=\"gap\">");
		else if (kind == 'y')
			buf_adds(&b, "</em>");
		else if (kind == 'n')
			buf_adds(&b, "<span class=\"review-note\">");
		else if (kind == 'm')
			buf_adds(&b, "</span>");
	}
	free(html);
	return buf_steal(&b, NULL);
}

/* A table cell that holds only a number or an amount (digits with
 * , . % £ $ € - + and spaces, at most 24 bytes) is <td class="num">: the
 * stylesheet keeps it on one line and aligned right, so that an amount is
 * never split or misread. */
static int
html_is_number(const char *p, size_t n)
{
	size_t i;
	int digit = 0;

	if (n == 0 || n > 24)
		return 0;
	for (i = 0; i < n; i++) {
		if (p[i] >= '0' && p[i] <= '9')
			digit = 1;
		else if (strchr(",.%$-+ ", p[i]) == NULL || p[i] == '\0') {
			/* £ and € in UTF-8 */
			if (i + 1 < n && memcmp(p + i, "\xc2\xa3", 2) == 0)
				i++;
			else if (i + 2 < n && memcmp(p + i, "\xe2\x82\xac", 3) == 0)
				i += 2;
			else
				return 0;
		}
	}
	return digit;
}

static char *
render_number_cells(char *html)
{
	struct buf b;
	const char *p = html, *q, *e;

	buf_init(&b);
	while ((q = strstr(p, "<td")) != NULL) {
		const char *gt = strchr(q, '>');

		buf_add(&b, p, (size_t)(q - p));
		if (gt == NULL || (q[3] != '>' && q[3] != ' ')) {
			buf_add(&b, q, 3);
			p = q + 3;
			continue;
		}
		p = gt + 1;
		e = strstr(p, "</td>");
		/* <td> or <td align="right">, with the class added */
		buf_add(&b, q, (size_t)(gt - q));
		buf_adds(&b, e != NULL && html_is_number(p, (size_t)(e - p)) ? " class=\"num\">" : ">");
	}
	buf_adds(&b, p);
	free(html);
	return buf_steal(&b, NULL);
}

/* <meta name=NAME content=VALUE> when there is a value. */
static void
html_meta(struct buf *b, const char *name, const char *value)
{
	if (value == NULL || *value == '\0')
		return;
	buf_addf(b, "<meta name=\"%s\" content=\"", name);
	add_escaped(b, value, strlen(value));
	buf_adds(b, "\">\n");
}

char *
render_html(const struct render_doc *doc, size_t *len)
{
	static const char mermaid[] = "<pre><code class=\"language-mermaid\">";
	cmark_node *root = render_parse(doc);
	char *body = render_number_cells(render_anchors(render_html_body(root))), *p;
	struct buf b, toc;
	int count, h2 = 0, figures = 0, failed = 0;

	buf_init(&b);
	buf_init(&toc);
	render_toc(root, &toc, &count);
	cmark_node_free(root);
	buf_adds(&b, "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"evalwiz\">\n");
	html_meta(&b, "evalwiz-plan-id", doc->plan_id);
	html_meta(&b, "evalwiz-plan-version", doc->plan_version);
	html_meta(&b, "evalwiz-pack", doc->pack);
	buf_adds(&b, "<title>");
	add_escaped(&b, doc->title, strlen(doc->title));
	buf_adds(&b, "</title>\n<style>\n");
	buf_adds(&b, asset_html_css);
	if (strstr(body, "<span class=\"review-note\">") != NULL)
		buf_adds(&b, asset_html_review_css);
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
		render_figure(&b, doc, figures++, &failed);
		p = next + strlen("</code></pre>");
		if (*p == '\n')
			p++;
	}
	buf_adds(&b, "</main>\n</body>\n</html>\n");
	free(body);
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
	cmark_node *h1 = NULL;
	int sections = 0;
	char *body, *first;
	struct buf b;

	/* A Mermaid block means nothing on paper: print the text diagram.  The
	 * document's one level-1 heading is its title (\\maketitle), so the
	 * other headings move up a level: ## is a \\section. */
	it = cmark_iter_new(root);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it);
		const char *info;
		int level;

		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (cmark_node_get_type(n) == CMARK_NODE_HEADING) {
			level = cmark_node_get_heading_level(n);
			if (level == 1 && h1 == NULL)
				h1 = n;
			else if (level > 1) {
				sections += level == 2;
				cmark_node_set_heading_level(n, level - 1);
			}
			continue;
		}
		if (cmark_node_get_type(n) != CMARK_NODE_CODE_BLOCK)
			continue;
		info = cmark_node_get_fence_info(n);
		if (info != NULL && strcmp(info, "mermaid") == 0 && doc->diagram_ascii != NULL) {
			cmark_node_set_literal(n, doc->diagram_ascii);
			cmark_node_set_fence_info(n, "");
		}
	}
	cmark_iter_free(it);
	if (h1 != NULL) {
		cmark_node_unlink(h1);
		cmark_node_free(h1);
	}
	if (table != NULL)
		exts = cmark_llist_append(mem, exts, table);
	body = cmark_render_latex(root, RENDER_OPTIONS, 0);
	cmark_llist_free(mem, exts);
	cmark_node_free(root);
	buf_init(&b);
	/* A whole document for pdflatex (texlive-latex-recommended and lmodern);
	 * lualatex and xelatex work too, with system fonts for other scripts. */
	buf_adds(&b, "\\documentclass[11pt,a4paper]{article}\n"
	    "% A whole document, made by evalwiz: run pdflatex on it twice (for the contents).\n"
	    "\\usepackage{iftex}\n"
	    "\\ifPDFTeX\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{lmodern}\n");
	buf_adds(&b, asset_pdflatex_unicode_tex);
	buf_adds(&b, "\\else\n\\usepackage{fontspec}\n\\fi\n\\usepackage[margin=2cm]{geometry}\n"
	    "\\usepackage{longtable,booktabs,array}\n"
	    "\\usepackage[hidelinks]{hyperref}\n\\usepackage{textcomp}\n"
	    "\\setcounter{secnumdepth}{0}\n\\title{");
	latex_escape(&b, doc->title);
	buf_adds(&b, "}\n\\date{}\n\\begin{document}\n\\maketitle\n\n");
	/* the contents after the opening (who, what, when), before the first
	 * section, as in the HTML; an answer's \\section is escaped */
	if (sections > 1 && (first = strstr(body, "\\section{")) != NULL) {
		*first = '\0';
		latex_tables(&b, body);
		*first = '\\';
		buf_adds(&b, "\\tableofcontents\n\\bigskip\n\n");
		latex_tables(&b, first);
	} else
		latex_tables(&b, body);
	buf_adds(&b, "\n\\end{document}\n");
	free(body);
	return buf_steal(&b, len);
}

/* Finds the first ```mermaid block that starts a line at or after from:
 * [*start, *end) is the block with its closing fence and line end. */
static int
render_find_mermaid(const char *md, size_t len, size_t from, size_t *start, size_t *end)
{
	static const char open[] = "```mermaid\n";
	size_t i, j;

	for (i = from; i + sizeof open - 1 <= len; i++) {
		if ((i > 0 && md[i - 1] != '\n') || memcmp(md + i, open, sizeof open - 1) != 0)
			continue;
		for (j = i + sizeof open - 1; j + 3 <= len; j++) {
			if (memcmp(md + j, "```", 3) == 0 && md[j - 1] == '\n' && (j + 3 == len || md[j + 3] == '\n')) {
				*start = i;
				*end = j + 3 < len ? j + 4 : j + 3;
				return 1;
			}
		}
		return 0;
	}
	return 0;
}

static const char *pandoc_picture(const char *dot, const char *dir, const char *format, int i);

/* The Markdown pandoc reads: Mermaid block i (source that would print as
 * it is) becomes the picture of the logic model's part i when dot draws
 * it into dir (*pictures counts them), else the text diagram (all of it in
 * the first block).  A picture of several stands under the one before. */
static char *
pandoc_markdown(const struct render_doc *doc, const char *dir, const char *format, const char *diagram,
    int *pictures, size_t *len)
{
	struct buf b;
	size_t at = 0, start, end;
	int i = 0, failed = doc->dot == NULL;

	buf_init(&b);
	*pictures = 0;
	while (render_find_mermaid(doc->md, doc->md_len, at, &start, &end)) {
		char *part = failed ? NULL : dot_part(doc->dot, i);
		const char *picture = part != NULL ? pandoc_picture(part, dir, format, i) : NULL;

		free(part);
		buf_add(&b, doc->md + at, start - at);
		if (picture != NULL) {
			buf_addf(&b, "![The logic model](%s)\n", picture);
			*pictures = i + 1;
		} else if (i == 0 && diagram != NULL) {
			failed = 1;
			buf_adds(&b, "```\n");
			buf_adds(&b, diagram);
			if (*diagram != '\0' && diagram[strlen(diagram) - 1] != '\n')
				buf_addc(&b, '\n');
			buf_adds(&b, "```\n");
		}
		at = end;
		i++;
	}
	buf_add(&b, doc->md + at, doc->md_len - at);
	return buf_steal(&b, len);
}

static void
png_put32(unsigned char *p, unsigned long v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* dot's PNG says nothing of its size on paper, so pandoc takes a pixel for
 * a point and ODT prints the picture far wider than the page.  Give it a
 * pHYs chunk (pixels a metre) that makes it at most 16 cm wide and 23 cm
 * tall, and no less dense than 96 pixels an inch.  Returns 1 when done. */
static int
png_fit(const char *path)
{
	char *png, *cause = NULL;
	unsigned char chunk[21];
	const unsigned char *u;
	unsigned long w, h, ppm;
	size_t n;
	struct buf b;
	int ok;

	if ((png = read_file(path, 64u << 20, &n, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	u = (const unsigned char *)png;
	if (n < 33 || memcmp(png + 1, "PNG", 3) != 0 || memcmp(png + 12, "IHDR", 4) != 0) {
		free(png);
		return 0;
	}
	w = (unsigned long)u[16] << 24 | (unsigned long)u[17] << 16 | (unsigned long)u[18] << 8 | u[19];
	h = (unsigned long)u[20] << 24 | (unsigned long)u[21] << 16 | (unsigned long)u[22] << 8 | u[23];
	ppm = w * 100 / 16 + 1;
	if (h * 100 / 23 + 1 > ppm)
		ppm = h * 100 / 23 + 1;
	if (ppm < 3780)
		ppm = 3780;
	png_put32(chunk, 9);
	memcpy(chunk + 4, "pHYs", 4);	/* NOLINT(bugprone-not-null-terminated-result): a PNG chunk type */
	png_put32(chunk + 8, ppm);
	png_put32(chunk + 12, ppm);
	chunk[16] = 1;	/* the unit is the metre */
	png_put32(chunk + 17, render_crc32(chunk + 4, 13));
	buf_init(&b);
	buf_add(&b, png, 33);	/* the signature and IHDR */
	buf_add(&b, chunk, sizeof chunk);
	buf_add(&b, png + 33, n - 33);
	free(png);
	ok = atomic_write(path, b.data, b.len, 0600, &cause) == 0;
	free(cause);
	buf_free(&b);
	return ok;
}

static int render_convert_doc(const struct render_doc *docp, const char *format, char **out, size_t *len,
    char **note, char **cause);

/* Why dot drew no picture, when it ran past its time limit (the text
 * diagram stands in; render_convert gives this as its note). */
static char *dot_note;

static void
dot_failed(int rc, char *cause)
{
	if (rc != 0 && errno == ETIMEDOUT && cause != NULL) {
		free(dot_note);
		dot_note = xasprintf("the logic model is a text diagram: %s", cause);
	}
	free(cause);
}

/* The logic model drawn by dot into dir as a picture pandoc can place:
 * PNG for Word and ODT (every version opens it), PDF for LaTeX (it stays
 * sharp in print).  Returns the file's name in dir, or NULL without dot. */
static const char *
pandoc_picture(const char *dot, const char *dir, const char *format, int i)
{
	static char name[32];
	int rc, is_pdf = strcmp(format, "pdf") == 0;
	char *path, *out_opt, *cause = NULL;
	const char *argv[] = { "dot", is_pdf ? "-Tpdf" : "-Tpng", NULL, NULL, NULL };

	snprintf(name, sizeof name, "logic-model-%d.%s", i + 1, is_pdf ? "pdf" : "png");
	path = path_join(dir, name);
	out_opt = xasprintf("-o%s", path);
	argv[2] = out_opt;
	/* PNG at 192 pixels an inch (png_fit says so); a PDF at its own size:
	 * -Gdpi made it larger and LaTeX shrank it to the line's width, so its
	 * text took whatever size the figure's width gave */
	if (!is_pdf)
		argv[3] = "-Gdpi=192";
	rc = render_run(argv, dot, strlen(dot), NULL, NULL, &cause);
	dot_failed(rc, cause);
	free(out_opt);
	if (rc == 0 && is_pdf && access(path, R_OK) == 0) {
		free(path);
		return name;
	}
	if (rc == 0 && png_fit(path)) {
		free(path);
		return name;
	}
	unlink(path);
	free(path);
	return NULL;
}

/* The characters LaTeX said it could not print, for a note: "U+4E2D,
 * U+6587" and how many there were, or NULL.  mark: what starts each of
 * its lines about one ("evalwiz-untypeset: " from
 * assets/pdflatex-unicode.tex for pdfLaTeX, LuaTeX's own "Missing
 * character: There is no "); the code
 * point follows as U+XXXX on the same line. */
static char *
pandoc_untypeset(const char *log, const char *mark)
{
	struct buf b, seen;
	const char *p = strstr(log, "[makePDF] Run #");
	size_t n = 0;

	/* pandoc --verbose shows the LaTeX source first, answers and all:
	 * read only what LaTeX said */
	if (p == NULL)
		p = log;

	buf_init(&b);
	buf_init(&seen);
	buf_addc(&seen, ' ');
	while ((p = strstr(p, mark)) != NULL) {
		char cp[16];
		const char *u = strstr(p, "U+"), *eol = strchr(p, '\n');
		size_t k;

		p += strlen(mark);
		if (u == NULL || (eol != NULL && u > eol))
			continue;
		p = u + 2;
		k = strspn(p, "0123456789ABCDEF");
		if (k == 0 || k > 8)
			continue;
		snprintf(cp, sizeof cp, " U+%.*s ", (int)k, p);
		if (strstr(seen.data, cp) != NULL)
			continue;	/* the second LaTeX run, or the same character again */
		buf_adds(&seen, cp + 1);
		if (n < 6)
			buf_addf(&b, "%s%.*s", n > 0 ? ", " : "", (int)strlen(cp) - 2, cp + 1);
		n++;
	}
	buf_free(&seen);
	if (n == 0) {
		buf_free(&b);
		return NULL;
	}
	if (n > 6)
		buf_addf(&b, " and %zu more", n - 6);
	return buf_steal(&b, NULL);
}

/* The useful part of a failed pdfLaTeX run from pandoc --verbose's output:
 * from pandoc's "Error producing PDF." on, a few lines. */
static char *
pandoc_pdf_error(const char *log)
{
	const char *p = strstr(log, "Error producing PDF.");
	size_t n, lines = 0;

	if (p == NULL) {
		/* the last lines, whatever they are */
		p = log + strlen(log);
		while (p > log && lines < 8)
			if (*--p == '\n')
				lines++;
		if (*p == '\n')
			p++;
	}
	for (n = 0, lines = 0; p[n] != '\0' && lines < 8; n++)
		if (p[n] == '\n')
			lines++;
	while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == ' '))
		n--;
	return xstrndup(p, n);
}

/* --metadata=NAME:VALUE, or NULL when there is no value (pandoc keeps
 * the value as text, but "true" and "false" would be yes and no). */
static char *
pandoc_meta(const char *name, const char *value)
{
	struct buf b;

	if (value == NULL || *value == '\0')
		return NULL;
	buf_init(&b);
	buf_addf(&b, "--metadata=%s:", name);
	for (; *value != '\0'; value++)
		if ((unsigned char)*value >= ' ')
			buf_addc(&b, *value);
	return buf_steal(&b, NULL);
}

#define RENDER_TEX_PACKAGES "texlive-latex-recommended and lmodern " \
	"(apt-get install --no-install-recommends texlive-latex-recommended lmodern)"

int
render_pandoc(const struct render_doc *doc, const char *format, char **out, size_t *len, char **note, char **cause)
{
	/* CommonMark with tables, as cmark-gfm reads it for HTML and LaTeX:
	 * no raw HTML or TeX, no YAML metadata blocks, emoji, footnotes or
	 * bare links, so an answer is only ever text. */
	const char *argv[32] = { "pandoc",
		"--from=commonmark+pipe_tables+gfm_auto_identifiers-raw_html-raw_tex",
		"--standalone", "--shift-heading-level-by=-1", "--metadata=lang:en-GB" };
	const char *tmp = getenv("TMPDIR");
	int pictures = 0;
	char *marks = NULL, *marks_opt = NULL, *meta_opt[3] = { NULL, NULL, NULL };
	char *dir, *md, *res = NULL, *header = NULL, *filter = NULL, *refdoc = NULL, *pdf = NULL, *err = NULL, *why = NULL, *sink = NULL, *lua_opt = NULL, *ref_opt = NULL, *s;
	size_t md_len, sink_len;
	struct buf lua;
	int rc, i, argc = 5, is_pdf = strcmp(format, "pdf") == 0, engine_at, lua_engine = is_pdf && render_lualatex();
	char *fonts = NULL, *lua_s = NULL, *fallback = NULL;

	*note = NULL;
	dir = xasprintf("%s/evalwiz-pandoc.XXXXXX", tmp != NULL && *tmp != '\0' ? tmp : "/tmp");
	if (mkdtemp(dir) == NULL) {
		*cause = xasprintf("cannot make a temporary folder: %s", strerror(errno));
		free(dir);
		return -1;
	}
	md = pandoc_markdown(doc, dir, format, is_pdf ? doc->diagram_ascii : doc->diagram, &pictures, &md_len);
	res = xasprintf("--resource-path=%s", dir);
	argv[argc++] = res;
	/* the marks first, before the other filter measures the cells' text */
	marks = path_join(dir, "marks.lua");
	if ((rc = atomic_create(marks, asset_filter_marks_lua, asset_filter_marks_lua_len, 0600, cause)) == -1)
		goto done;
	marks_opt = xasprintf("--lua-filter=%s", marks);
	argv[argc++] = marks_opt;
	filter = path_join(dir, "filter.lua");
	buf_init(&lua);
	buf_adds(&lua, asset_filter_widths_lua);
	buf_adds(&lua, is_pdf ? asset_filter_pdf_lua : strcmp(format, "docx") == 0 ? asset_filter_docx_lua :
	    strcmp(format, "odt") == 0 ? asset_filter_odt_lua : "");
	rc = atomic_create(filter, lua.data, lua.len, 0600, cause);
	buf_free(&lua);
	if (rc == -1)
		goto done;
	lua_opt = xasprintf("--lua-filter=%s", filter);
	argv[argc++] = lua_opt;
	/* the plan's identity as the file's own properties (Word's custom
	 * properties, ODT's user-defined metadata) */
	if (render_format(format) != NULL && (render_format(format)->flags & RENDER_F_ANCHORS) != 0) {
		meta_opt[0] = pandoc_meta("evalwiz-plan-id", doc->plan_id);
		meta_opt[1] = pandoc_meta("evalwiz-plan-version", doc->plan_version);
		meta_opt[2] = pandoc_meta("evalwiz-pack", doc->pack);
		for (i = 0; i < 3; i++)
			if (meta_opt[i] != NULL)
				argv[argc++] = meta_opt[i];
	}
	argv[argc++] = "--to";
	argv[argc++] = is_pdf ? "latex" : format;
	if (is_pdf) {
		/* pandoc makes a PDF only into a file (through pdfLaTeX); --verbose
		 * puts LaTeX's log on standard error, where the note comes from */
		pdf = path_join(dir, "plan.pdf");
		header = path_join(dir, "unicode.tex");
		if (atomic_create(header, asset_pdflatex_unicode_tex, asset_pdflatex_unicode_tex_len, 0600, cause) == -1) {
			rc = -1;
			goto done;
		}
		s = xasprintf("--include-in-header=%s", header);
		argv[argc++] = s;
		engine_at = argc;
		argv[argc++] = "--pdf-engine=pdflatex";
		argv[argc++] = "--pdf-engine-opt=-no-shell-escape";
		argv[argc++] = "--variable=papersize:a4";
		argv[argc++] = "--variable=geometry:margin=2cm";
		argv[argc++] = "--variable=colorlinks";
		argv[argc++] = "--verbose";
		argv[argc++] = "--output";
		argv[argc++] = pdf;
		argv[argc] = NULL;
		if (lua_engine) {
			/* LuaLaTeX with Unicode fonts first; pdfLaTeX when that fails
			 * (a font or package missing), saying why */
			fonts = path_join(dir, "fonts.tex");
			if (atomic_create(fonts, asset_lualatex_fonts_tex, asset_lualatex_fonts_tex_len, 0600, cause) == -1) {
				rc = -1;
				goto done;
			}
			lua_s = xasprintf("--include-in-header=%s", fonts);
			argv[engine_at - 1] = lua_s;
			argv[engine_at] = "--pdf-engine=lualatex";
			rc = render_run_err(argv, md, md_len, &sink, &sink_len, &err, &why);
			/* a time limit or a signal is no reason to try pdfLaTeX */
			if (rc != 0 && !(rc == -1 && (errno == ENOENT || errno == ETIMEDOUT || errno == EINTR))) {
				char *e = err != NULL ? pandoc_pdf_error(err) : xstrdup(why != NULL ? why : ""), *c;
				const char *r = e;

				/* on one line, without pandoc's own words */
				if (strncmp(r, "Error producing PDF.", 20) == 0)
					r += 20;
				r += strspn(r, "\n ");
				for (c = e; *c != '\0'; c++)
					if (*c == '\n')
						*c = ' ';
				fallback = xasprintf("LuaLaTeX failed (%s), so the PDF was made with pdfLaTeX", r);
				free(e);
				free(err);
				free(why);
				free(sink);
				err = why = sink = NULL;
				argv[engine_at - 1] = s;
				argv[engine_at] = "--pdf-engine=pdflatex";
				lua_engine = 0;
				rc = render_run_err(argv, md, md_len, &sink, &sink_len, &err, &why);
			}
		} else
			rc = render_run_err(argv, md, md_len, &sink, &sink_len, &err, &why);
		free(s);
	} else {
		if (strcmp(format, "docx") == 0 && doc->reference_docx != NULL) {
			ref_opt = xasprintf("--reference-doc=%s", doc->reference_docx);
			argv[argc++] = ref_opt;
		} else if (strcmp(format, "docx") == 0) {
			/* Word's styles and page from evalwiz's own reference document */
			size_t ref_len;
			char *ref = render_reference_docx(&ref_len);

			refdoc = path_join(dir, "reference.docx");
			rc = atomic_create(refdoc, ref, ref_len, 0600, cause);
			free(ref);
			if (rc == -1)
				goto done;
			ref_opt = xasprintf("--reference-doc=%s", refdoc);
			argv[argc++] = ref_opt;
		}
		argv[argc++] = "--output";
		argv[argc++] = "-";
		argv[argc] = NULL;
		rc = render_run(argv, md, md_len, out, len, &why);
		if (rc == 0 && strcmp(format, "odt") == 0) {
			char *c = NULL;

			/* without it the file still opens: say so, keep pandoc's */
			if (odt_finish(out, len, &c) == -1) {
				*note = xasprintf("%s; the ODT is as pandoc wrote it (US Letter, tables without rules)", c);
				free(c);
			}
		}
	}
	if (rc == -1 && errno == ENOENT) {
		*cause = xasprintf("cannot write %s: pandoc is not installed; install the Debian package "
		    "pandoc (apt-get install pandoc), or render to md, html or tex", format);
		rc = 1;
	} else if (rc == 1 && is_pdf && why != NULL && strstr(why, "(exit 47)") != NULL) {
		/* pandoc's "pdflatex not found" */
		*cause = xstrdup("cannot write pdf: pandoc needs pdfLaTeX to make a PDF; install the Debian packages "
		    RENDER_TEX_PACKAGES ", or render to html and print it");
	} else if (rc == 1 && is_pdf && err != NULL && strstr(err, ".sty' not found") != NULL) {
		const char *f = strstr(err, "! LaTeX Error: File `");
		char *e = pandoc_pdf_error(f != NULL ? f : err);

		*cause = xasprintf("cannot write pdf: LaTeX lacks a package (%s); install the Debian packages "
		    RENDER_TEX_PACKAGES, e);
		free(e);
	} else if (rc == 1 && is_pdf && err != NULL) {
		char *e = pandoc_pdf_error(err);

		*cause = xasprintf("cannot write pdf: pdfLaTeX failed: %s", e);
		free(e);
		rc = -1;
	} else if (rc == -1 && (errno == ETIMEDOUT || errno == EINTR)) {
		/* past its time limit, or evalwiz is ending */
		*cause = why;
		why = NULL;
		rc = 2;
	} else if (rc != 0) {
		*cause = why;
		why = NULL;
		rc = -1;
	} else if (is_pdf) {
		if ((*out = read_file(pdf, 256u << 20, len, cause)) == NULL)
			rc = -1;
		else if (lua_engine && (s = pandoc_untypeset(err, "Missing character: There is no ")) != NULL) {
			*note = xasprintf("the PDF's fonts have no letters for some characters (%s): the PDF shows "
			    "empty boxes in their place; docx, odt and html show them as written", s);
			free(s);
		} else if (!lua_engine && (s = pandoc_untypeset(err, "evalwiz-untypeset: ")) != NULL) {
			*note = xasprintf("pdfLaTeX has no letters for some characters (%s): the PDF shows their "
			    "code points in small boxes; docx, odt and html show them as written", s);
			free(s);
		}
		if (rc == 0 && fallback != NULL) {
			s = *note;
			*note = s != NULL ? xasprintf("%s; %s", fallback, s) : xstrdup(fallback);
			free(s);
		}
	}
done:
	for (i = 0; i < 3; i++)
		free(meta_opt[i]);
	free(lua_s);
	free(fallback);
	if (fonts != NULL)
		unlink(fonts);
	free(fonts);
	free(marks_opt);
	if (marks != NULL)
		unlink(marks);
	free(marks);
	free(why);
	free(err);
	free(sink);
	free(md);
	free(res);
	free(lua_opt);
	free(ref_opt);
	if (header != NULL)
		unlink(header);
	free(header);
	if (filter != NULL)
		unlink(filter);
	free(filter);
	if (refdoc != NULL)
		unlink(refdoc);
	free(refdoc);
	if (pdf != NULL)
		unlink(pdf);
	free(pdf);
	for (i = 1; i <= pictures; i++) {
		s = xasprintf("%s/logic-model-%d.%s", dir, i, is_pdf ? "pdf" : "png");
		unlink(s);
		free(s);
	}
	rmdir(dir);
	free(dir);
	return rc;
}

char *
render_dot_svg(const char *dot)
{
	const char *argv[] = { "dot", "-Tsvg", NULL };
	char *out = NULL, *cause = NULL, *svg, *p, *t, *e;
	struct buf b;
	size_t len;

	if (render_run(argv, dot, strlen(dot), &out, &len, &cause) != 0) {
		dot_failed(-1, cause);
		return NULL;
	}
	svg = strstr(out, "<svg");
	if (svg == NULL) {
		free(out);
		return NULL;
	}
	/* dot gives each box a <title> with its internal name (in1, act2...),
	 * which a browser shows as a tooltip and a screen reader reads out:
	 * drop them, and name the whole picture instead */
	buf_init(&b);
	buf_adds(&b, "<svg role=\"img\" aria-label=\"The logic model\"");
	for (p = svg + 4; (t = strstr(p, "<title>")) != NULL && (e = strstr(t, "</title>")) != NULL;) {
		buf_add(&b, p, (size_t)(t - p));
		p = e + strlen("</title>");
		if (*p == '\n')
			p++;
	}
	buf_adds(&b, p);
	free(out);
	return buf_steal(&b, NULL);
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
	free(dot_note);
	dot_note = NULL;
	rc = render_convert_doc(&doc, format, out, len, note, cause);
	if (rc == 0 && dot_note != NULL) {
		char *n = *note;

		*note = n != NULL ? xasprintf("%s; %s", dot_note, n) : xstrdup(dot_note);
		free(n);
	}
	free(dot_note);
	dot_note = NULL;
	return rc;
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
