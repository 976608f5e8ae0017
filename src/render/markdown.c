/* markdown.c: the canonical Markdown read by cmark-gfm (tables on, raw HTML
 * off) into the tree html.c and latex.c write out.  The md format itself
 * is the Markdown as the template made it (render.c). */
#include "config.h"

#include "render/cmark-dl.h"
#include "render/render.h"
#include "render/render-int.h"
#include "util.h"

cmark_node *
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
