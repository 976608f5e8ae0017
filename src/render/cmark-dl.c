/* cmark-dl.c: opens cmark-gfm and its extensions with dlopen the first time
 * a document becomes HTML or LaTeX, by the sonames configure found when it
 * linked a test program against them (CMARK_SONAME, CMARK_EXT_SONAME). */
#include "config.h"

#define EVALWIZ_CMARK_DL_NO_NAMES 1
#include "render/cmark-dl.h"
#include "util.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct render_cmark render_cmark;

static const struct {
	const char *name;
	size_t off;
	int ext;	/* in the extensions library */
} cmark_syms[] = {
#define SYM(name, field, ext) { name, offsetof(struct render_cmark, field), ext }
	SYM("cmark_gfm_core_extensions_ensure_registered", ensure_registered, 1),
	SYM("cmark_parser_new", parser_new, 0),
	SYM("cmark_parser_attach_syntax_extension", parser_attach_syntax_extension, 0),
	SYM("cmark_parser_feed", parser_feed, 0),
	SYM("cmark_parser_finish", parser_finish, 0),
	SYM("cmark_parser_free", parser_free, 0),
	SYM("cmark_find_syntax_extension", find_syntax_extension, 0),
	SYM("cmark_get_default_mem_allocator", get_default_mem_allocator, 0),
	SYM("cmark_llist_append", llist_append, 0),
	SYM("cmark_llist_free", llist_free, 0),
	SYM("cmark_render_html", render_html, 0),
	SYM("cmark_render_latex", render_latex, 0),
	SYM("cmark_iter_new", iter_new, 0),
	SYM("cmark_iter_next", iter_next, 0),
	SYM("cmark_iter_get_node", iter_get_node, 0),
	SYM("cmark_iter_free", iter_free, 0),
	SYM("cmark_node_get_type", node_get_type, 0),
	SYM("cmark_node_get_heading_level", node_get_heading_level, 0),
	SYM("cmark_node_set_heading_level", node_set_heading_level, 0),
	SYM("cmark_node_get_fence_info", node_get_fence_info, 0),
	SYM("cmark_node_set_fence_info", node_set_fence_info, 0),
	SYM("cmark_node_set_literal", node_set_literal, 0),
	SYM("cmark_node_unlink", node_unlink, 0),
	SYM("cmark_node_free", node_free, 0),
#undef SYM
};

static char *
cmark_missing(const char *what, const char *error)
{
	char *core = debian_package(CMARK_SONAME), *ext = debian_package(CMARK_EXT_SONAME), *msg;

	msg = xasprintf("cannot load %s, which HTML and LaTeX need: %s\n"
	    "  On Debian or Ubuntu: sudo apt-get install %s %s", what, error, core, ext);
	free(core);
	free(ext);
	return msg;
}

int
render_cmark_open(char **cause)
{
	static int opened;
	const char *core_name = CMARK_SONAME, *ext_name = CMARK_EXT_SONAME;
	void *core, *ext, *p;
	size_t i;

	if (opened)
		return 0;
#ifdef EVALWIZ_FAULT_INJECTION
	{
		/* test builds: EVALWIZ_FAULT=cmark acts out a missing library */
		const char *fault = getenv("EVALWIZ_FAULT");

		if (fault != NULL && strcmp(fault, "cmark") == 0)
			core_name = "libcmark-gfm-evalwiz-test-missing.so.0";
	}
#endif
	/* RTLD_LOCAL: nothing else in the program sees cmark's names */
	if ((core = dlopen(core_name, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		*cause = cmark_missing("cmark-gfm", dlerror());
		return -1;
	}
	if ((ext = dlopen(ext_name, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		*cause = cmark_missing("cmark-gfm's extensions", dlerror());
		dlclose(core);
		return -1;
	}
	for (i = 0; i < sizeof cmark_syms / sizeof cmark_syms[0]; i++) {
		(void)dlerror();
		p = dlsym(cmark_syms[i].ext ? ext : core, cmark_syms[i].name);
		if (p == NULL) {
			*cause = cmark_missing(cmark_syms[i].ext ? ext_name : core_name, dlerror());
			memset(&render_cmark, 0, sizeof render_cmark);
			dlclose(ext);
			dlclose(core);
			return -1;
		}
		/* POSIX: a function's address fits in a void * */
		memcpy((char *)&render_cmark + cmark_syms[i].off, &p, sizeof p);
	}
	opened = 1;
	return 0;
}
