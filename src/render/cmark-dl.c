/* cmark-dl.c: opens cmark-gfm and its extensions with dlopen the first time
 * a document becomes HTML or LaTeX, by the sonames configure found when it
 * linked a test program against them (CMARK_SONAME, CMARK_EXT_SONAME),
 * through dl_bind. */
#include "config.h"

#define EVALWIZ_CMARK_DL_NO_NAMES 1
#include "render/cmark-dl.h"
#include "dl.h"
#include "util.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct render_cmark render_cmark;

#define SYM(name, field) { name, offsetof(struct render_cmark, field) }
static const struct dl_sym cmark_ext_syms[] = {
	SYM("cmark_gfm_core_extensions_ensure_registered", ensure_registered),
};

static const struct dl_sym cmark_syms[] = {
	SYM("cmark_parser_new", parser_new),
	SYM("cmark_parser_attach_syntax_extension", parser_attach_syntax_extension),
	SYM("cmark_parser_feed", parser_feed),
	SYM("cmark_parser_finish", parser_finish),
	SYM("cmark_parser_free", parser_free),
	SYM("cmark_find_syntax_extension", find_syntax_extension),
	SYM("cmark_get_default_mem_allocator", get_default_mem_allocator),
	SYM("cmark_llist_append", llist_append),
	SYM("cmark_llist_free", llist_free),
	SYM("cmark_render_html", render_html),
	SYM("cmark_render_latex", render_latex),
	SYM("cmark_iter_new", iter_new),
	SYM("cmark_iter_next", iter_next),
	SYM("cmark_iter_get_node", iter_get_node),
	SYM("cmark_iter_free", iter_free),
	SYM("cmark_node_get_type", node_get_type),
	SYM("cmark_node_get_heading_level", node_get_heading_level),
	SYM("cmark_node_set_heading_level", node_set_heading_level),
	SYM("cmark_node_get_fence_info", node_get_fence_info),
	SYM("cmark_node_set_fence_info", node_set_fence_info),
	SYM("cmark_node_set_literal", node_set_literal),
	SYM("cmark_node_unlink", node_unlink),
	SYM("cmark_node_free", node_free),
};
#undef SYM

static char *
cmark_missing(const char *what, const char *error)
{
	char *core = debian_package(CMARK_SONAME), *ext = debian_package(CMARK_EXT_SONAME), *both, *msg;

	both = xasprintf("%s %s", core, ext);
	msg = dl_missing(what, "HTML and LaTeX need", error, both);
	free(both);
	free(core);
	free(ext);
	return msg;
}

int
render_cmark_open(char **cause)
{
	static int opened;
	struct render_cmark ext_part;
	void *core, *ext;
	char *error = NULL;

	if (opened)
		return 0;
	/* test builds: EVALWIZ_FAULT=cmark acts out a missing library */
	core = dl_bind(CMARK_SONAME, "cmark", cmark_syms, sizeof cmark_syms / sizeof cmark_syms[0], &render_cmark,
	    sizeof render_cmark, &error);
	if (core == NULL) {
		*cause = cmark_missing("cmark-gfm", error);
		free(error);
		return -1;
	}
	ext = dl_bind(CMARK_EXT_SONAME, NULL, cmark_ext_syms, sizeof cmark_ext_syms / sizeof cmark_ext_syms[0],
	    &ext_part, sizeof ext_part, &error);
	if (ext == NULL) {
		*cause = cmark_missing("cmark-gfm's extensions", error);
		free(error);
		memset(&render_cmark, 0, sizeof render_cmark);
		dlclose(core);
		return -1;
	}
	render_cmark.ensure_registered = ext_part.ensure_registered;
	opened = 1;
	return 0;
}
