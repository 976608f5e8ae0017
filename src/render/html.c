/* html.c: the standalone HTML page: cmark-gfm's HTML with the stylesheet
 * (assets/html.css), a table of contents, the logic model as SVG (or the
 * text diagram), answers' anchors as ids, gaps and numbers marked for the
 * stylesheet, and the plan's identity as <meta>. */
#include "config.h"

#include "render/assets.h"
#include "render/cmark-dl.h"
#include "render/render.h"
#include "render/render-int.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

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

/* The picture that replaces Mermaid block i (from 0): SVG from dot, or the
 * text diagram (all of it in the first block).  *failed: dot drew nothing,
 * so the later blocks do not try again. */
static void
render_figure(struct buf *b, const struct render_doc *doc, int i, int *failed)
{
	char *part = *failed ? NULL : render_dot_part(doc->dot, i), *svg = NULL;
	int n = render_dot_count(doc->dot);

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
	if (strchr("abezgynmdf", *q) == NULL || *q == '\0' || q[1] != '/')
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
 * which it puts in the margin when printed.  A draft's note and its list of
 * what is still missing (paragraphs of their own d/ID and f/ID around them)
 * are a <div class="draft ID">, which it sets in a box. */
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
		if ((kind == 'b' || kind == 'e' || kind == 'd' || kind == 'f') && b.len >= 3 && memcmp(b.data + b.len - 3, "<p>", 3) == 0 &&
		    strncmp(end, "</p>", 4) == 0) {
			b.len -= 3;
			b.data[b.len] = '\0';
			p = end + 4;
			if (*p == '\n')
				p++;
			if (kind == 'b')
				buf_addf(&b, "<div class=\"answer\" id=\"%.*s\">\n", (int)idlen, id);
			else if (kind == 'd')
				buf_addf(&b, "<div class=\"draft %.*s\">\n", (int)idlen, id);
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
