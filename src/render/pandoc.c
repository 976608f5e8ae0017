/* pandoc.c: docx, odt and pdf through pandoc: the Markdown with the logic
 * model's pictures or text diagram in place (diagram.c), the filters
 * (assets/filter-*.lua), Word's reference document (refdoc.c), the TeX
 * preambles, LuaLaTeX with pdfLaTeX as the fallback, and what LaTeX could
 * not print, or why it failed, as a note or a cause. */
#include "config.h"

#include "plan/atomic.h"
#include "render/assets.h"
#include "render/formats.h"
#include "render/odt.h"
#include "render/render.h"
#include "render/render-int.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
	md = render_diagram_markdown(doc, dir, format, is_pdf ? doc->diagram_ascii : doc->diagram, &pictures, &md_len);
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
