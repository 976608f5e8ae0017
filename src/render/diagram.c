/* diagram.c: the logic model in the documents: where the Markdown's
 * ```mermaid blocks are and what replaces them in the Markdown pandoc
 * reads, and dot's pictures of the DOT source (SVG for the HTML, PDF or
 * PNG for pandoc), with the note when dot ran past its time limit. */
#include "config.h"

#include "plan/atomic.h"
#include "render/render.h"
#include "render/render-int.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The number of parts of the logic model's DOT, and a copy of part i
 * (from 0), or NULL: document.lua puts a form feed between the parts of a
 * model too large for one figure, each the picture of one Mermaid block. */
int
render_dot_count(const char *dot)
{
	int n = 1;

	if (dot == NULL)
		return 0;
	for (; (dot = strchr(dot, '\f')) != NULL; dot++)
		n++;
	return n;
}

char *
render_dot_part(const char *dot, int i)
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

/* Finds the first ```mermaid block that starts a line at or after from:
 * [*start, *end) is the block with its closing fence and line end. */
int
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

/* Appends the picture's alternative text for the Mermaid block
 * md[start, end): "The logic model: " and the titles of its bands (its
 * subgraphs' quoted labels), letters, digits, spaces and - , ' only, so
 * that nothing in them can end the Markdown's [...]. */
static void
render_diagram_alt(struct buf *b, const char *md, size_t start, size_t end)
{
	static const char key[] = "subgraph ";
	const char *p = md + start, *stop = md + end;
	int n = 0;

	buf_adds(b, "The logic model");
	while (p < stop && (p = strstr(p, key)) != NULL && p < stop) {
		const char *q = strstr(p, "[\""), *eol = strchr(p, '\n');

		p += sizeof key - 1;
		if (q == NULL || eol == NULL || q > eol)
			continue;
		buf_adds(b, n++ == 0 ? ": " : ", ");
		for (q += 2; q < eol && *q != '"'; q++)
			if ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
			    strchr(" -,'", *q) != NULL || (unsigned char)*q >= 0x80)
				buf_addc(b, *q);
	}
}

/* The Markdown pandoc reads: Mermaid block i (source that would print as
 * it is) becomes the picture of the logic model's part i when dot draws
 * it into dir (*pictures counts them), else the text diagram (all of it in
 * the first block).  A picture of several stands under the one before. */
char *
render_diagram_markdown(const struct render_doc *doc, const char *dir, const char *format, const char *diagram,
    int *pictures, size_t *len)
{
	struct buf b;
	size_t at = 0, start, end;
	int i = 0, failed = doc->dot == NULL;

	buf_init(&b);
	*pictures = 0;
	while (render_find_mermaid(doc->md, doc->md_len, at, &start, &end)) {
		char *part = failed ? NULL : render_dot_part(doc->dot, i);
		const char *picture = part != NULL ? render_dot_picture(part, dir, format, i) : NULL;

		free(part);
		buf_add(&b, doc->md + at, start - at);
		if (picture != NULL) {
			buf_adds(&b, "![");
			render_diagram_alt(&b, doc->md, start, end);
			buf_addf(&b, "](%s)\n", picture);
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

const char *
render_dot_note(void)
{
	return dot_note;
}

void
render_dot_note_clear(void)
{
	free(dot_note);
	dot_note = NULL;
}

/* The logic model drawn by dot into dir as a picture pandoc can place:
 * PNG for Word and ODT (every version opens it), PDF for LaTeX (it stays
 * sharp in print).  Returns the file's name in dir, or NULL without dot. */
const char *
render_dot_picture(const char *dot, const char *dir, const char *format, int i)
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
