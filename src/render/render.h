/* render.h: the plan document in other formats: Markdown to HTML and LaTeX
 * (cmark-gfm, the only code that includes its headers), and the outside
 * programs pandoc (docx, odt, pdf) and Graphviz dot (the diagram as SVG). */
#ifndef EVALWIZ_RENDER_H
#define EVALWIZ_RENDER_H

#include <stddef.h>

struct render_doc {
	const char *md;		/* the canonical Markdown */
	size_t md_len;
	const char *title;	/* the document title (plain text) */
	const char *dot;	/* the logic model in Graphviz DOT, or NULL */
	const char *diagram;	/* the logic model as a text diagram, or NULL */
	const char *diagram_ascii; /* the same in ASCII only (for LaTeX), or NULL */
	const char *reference_docx; /* a .docx to take Word's styles from, or NULL: evalwiz's own */
	/* the plan's identity, which html, docx and odt carry as metadata
	 * (evalwiz-plan-id, evalwiz-plan-version, evalwiz-pack); NULL: none */
	const char *plan_id;
	const char *plan_version;
	const char *pack;
};

/* The marks document.lua puts around each answer for the formats that
 * carry anchors: autolinks <evalwiz:K/ID> (K is a and z around an answer
 * within a paragraph, b and e in paragraphs of their own around a list or
 * table), which an answer's escaped text can never make; and g and y
 * around a gap (template.GAP_TEXT), in pandoc's formats too.  The HTML
 * turns them into ids, pandoc's formats into bookmarks
 * (assets/filter-marks.lua). */
#define RENDER_ANCHOR_SCHEME "evalwiz:"

/* A standalone HTML page: print stylesheet, table of contents, and each
 * ```mermaid block drawn as inline SVG when dot is installed (else the text
 * diagram).  Raw HTML in the Markdown is never passed through. */
char *render_html(const struct render_doc *doc, size_t *len);

/* A standalone LaTeX document for pdflatex (or lualatex/xelatex). */
char *render_latex(const struct render_doc *doc, size_t *len);

/* docx, odt or pdf through pandoc (pdf through LuaLaTeX, else pdfLaTeX), with the logic
 * model as a picture when dot is installed (else the text diagram).
 * Returns 0 with *out set and perhaps *note (something the reader should
 * know, such as characters the PDF cannot show), -1 with *cause set, 1
 * when pandoc or LaTeX is not installed (*cause names the Debian packages),
 * or 2 when pandoc ran past its time limit or evalwiz was asked to end
 * (render_run; *cause says which). */
int render_pandoc(const struct render_doc *doc, const char *format, char **out, size_t *len, char **note,
    char **cause);

/* The reference .docx pandoc takes Word's styles and page from (refdoc.c):
 * its bytes, the same at every call. */
char *render_reference_docx(size_t *len);

/* The CRC-32 of zip files and PNG chunks. */
unsigned long render_crc32(const void *data, size_t n);

/* The DOT text as SVG (no XML prolog), or NULL when dot is not installed or fails. */
char *render_dot_svg(const char *dot);

struct value;

/* Turns what document.render returned (text, title, dot, diagram, ...) into
 * the bytes of a format: md, csv, dot and txt as they are, html, tex, and
 * docx/odt/pdf through pandoc.  Returns 0 with *out set (and *note, or
 * NULL: a warning for the user, such as a dot that ran past its time
 * limit), -1 with *cause, 1 when a program the format needs is missing
 * (*cause says what to install), or 2 when pandoc ran past its time limit.
 * reference_docx is a house style for Word (NULL: evalwiz's own).
 * For the render command and the wizard's F9. */
int render_convert(const struct value *res, const char *format, const char *reference_docx, char **out, size_t *len,
    char **note, char **cause);

/* Runs argv (looked up in PATH) with in as its standard input; returns 0
 * with its standard output in *out, -1 with *cause (errno ENOENT when
 * the program is missing, ETIMEDOUT when it ran past its time limit,
 * EVALWIZ_PANDOC_TIMEOUT or EVALWIZ_DOT_TIMEOUT seconds, EINTR when a
 * signal asked evalwiz to end: its process group is ended then), or 1 when
 * it exited with a failure. */
int render_run(const char *const argv[], const char *in, size_t inlen, char **out, size_t *outlen, char **cause);

/* The same, with the program's standard error in *err (allocated) when it
 * ran at all, success or not; a failure's *cause then leaves it out.
 * out may be NULL when the program writes its own file. */
int render_run_err(const char *const argv[], const char *in, size_t inlen, char **out, size_t *outlen, char **err,
    char **cause);

#endif
