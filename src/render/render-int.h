/* render-int.h: what the files of src/render share among themselves and
 * nothing else uses (each is described where it is defined).  Who calls
 * whom, never both ways: render.c (the pipeline) calls html.c, latex.c
 * and pandoc.c; those call markdown.c (cmark-gfm's parse) and diagram.c
 * (the logic model); diagram.c calls run.c; all may use util.c and
 * assets.h.  Include after render/render.h (and cmark-dl.h for
 * markdown.c's). */
#ifndef EVALWIZ_RENDER_INT_H
#define EVALWIZ_RENDER_INT_H

#include <stddef.h>

/* Never CMARK_OPT_UNSAFE: raw HTML in the Markdown becomes a comment. */
#define RENDER_OPTIONS CMARK_OPT_DEFAULT

#ifdef EVALWIZ_RENDER_CMARK_DL_H
/* markdown.c */
cmark_node *render_parse(const struct render_doc *doc);
#endif

/* diagram.c: the logic model.  The Markdown carries it as ```mermaid
 * blocks, which each output replaces: the HTML with dot's SVG, the LaTeX
 * with the ASCII diagram, pandoc's formats by render_diagram_markdown. */
int render_dot_count(const char *dot);
char *render_dot_part(const char *dot, int i);
int render_find_mermaid(const char *md, size_t len, size_t from, size_t *start, size_t *end);
char *render_diagram_markdown(const struct render_doc *doc, const char *dir, const char *format, const char *diagram,
    int *pictures, size_t *len);
const char *render_dot_note(void);
void render_dot_note_clear(void);
const char *render_dot_picture(const char *dot, const char *dir, const char *format, int i);

#endif
