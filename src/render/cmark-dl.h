/* cmark-dl.h: cmark-gfm opened with dlopen when a document is first turned
 * into HTML or LaTeX, not linked: a wizard session or a headless command
 * then never maps it (about 210 KB of each session's resident memory).
 * markdown.c, html.c, latex.c and render.c include this after cmark's own
 * headers and call cmark_* as before; the names below send each call
 * through the table. */
#ifndef EVALWIZ_RENDER_CMARK_DL_H
#define EVALWIZ_RENDER_CMARK_DL_H

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

struct render_cmark {
	void (*ensure_registered)(void);
	cmark_parser *(*parser_new)(int);
	int (*parser_attach_syntax_extension)(cmark_parser *, cmark_syntax_extension *);
	void (*parser_feed)(cmark_parser *, const char *, size_t);
	cmark_node *(*parser_finish)(cmark_parser *);
	void (*parser_free)(cmark_parser *);
	cmark_syntax_extension *(*find_syntax_extension)(const char *);
	cmark_mem *(*get_default_mem_allocator)(void);
	cmark_llist *(*llist_append)(cmark_mem *, cmark_llist *, void *);
	void (*llist_free)(cmark_mem *, cmark_llist *);
	char *(*render_html)(cmark_node *, int, cmark_llist *);
	char *(*render_latex)(cmark_node *, int, int);
	cmark_iter *(*iter_new)(cmark_node *);
	cmark_event_type (*iter_next)(cmark_iter *);
	cmark_node *(*iter_get_node)(cmark_iter *);
	void (*iter_free)(cmark_iter *);
	cmark_node_type (*node_get_type)(cmark_node *);
	int (*node_get_heading_level)(cmark_node *);
	int (*node_set_heading_level)(cmark_node *, int);
	const char *(*node_get_fence_info)(cmark_node *);
	int (*node_set_fence_info)(cmark_node *, const char *);
	int (*node_set_literal)(cmark_node *, const char *);
	void (*node_unlink)(cmark_node *);
	void (*node_free)(cmark_node *);
};

/* Filled by render_cmark_open. */
extern struct render_cmark render_cmark;

/* Opens cmark-gfm and its extensions once: 0, or -1 with *cause saying
 * which library could not be loaded and which packages provide it. */
int render_cmark_open(char **cause);

#ifndef EVALWIZ_CMARK_DL_NO_NAMES
#define cmark_gfm_core_extensions_ensure_registered render_cmark.ensure_registered
#define cmark_parser_new render_cmark.parser_new
#define cmark_parser_attach_syntax_extension render_cmark.parser_attach_syntax_extension
#define cmark_parser_feed render_cmark.parser_feed
#define cmark_parser_finish render_cmark.parser_finish
#define cmark_parser_free render_cmark.parser_free
#define cmark_find_syntax_extension render_cmark.find_syntax_extension
#define cmark_get_default_mem_allocator render_cmark.get_default_mem_allocator
#define cmark_llist_append render_cmark.llist_append
#define cmark_llist_free render_cmark.llist_free
#define cmark_render_html render_cmark.render_html
#define cmark_render_latex render_cmark.render_latex
#define cmark_iter_new render_cmark.iter_new
#define cmark_iter_next render_cmark.iter_next
#define cmark_iter_get_node render_cmark.iter_get_node
#define cmark_iter_free render_cmark.iter_free
#define cmark_node_get_type render_cmark.node_get_type
#define cmark_node_get_heading_level render_cmark.node_get_heading_level
#define cmark_node_set_heading_level render_cmark.node_set_heading_level
#define cmark_node_get_fence_info render_cmark.node_get_fence_info
#define cmark_node_set_fence_info render_cmark.node_set_fence_info
#define cmark_node_set_literal render_cmark.node_set_literal
#define cmark_node_unlink render_cmark.node_unlink
#define cmark_node_free render_cmark.node_free
#endif

#endif
