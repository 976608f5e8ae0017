/* latex.c: the standalone LaTeX document (-f tex): cmark-gfm's LaTeX with
 * a preamble (assets/pdflatex-unicode.tex for pdfLaTeX), tables that
 * break across pages and the text diagram in ASCII. */
#include "config.h"

#include "render/assets.h"
#include "render/cmark-dl.h"
#include "render/render.h"
#include "render/render-int.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

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
