/* expat-dl.c: opens expat with dlopen the first time review import reads a
 * document, by the soname configure found when it linked a test program
 * against it (EXPAT_SONAME), through dl_bind; see expat-dl.h. */
#include "config.h"

#define EVALWIZ_EXPAT_DL_NO_NAMES 1
#include "review/expat-dl.h"
#include "dl.h"
#include "util.h"

#include <stddef.h>
#include <stdlib.h>

struct expat_dl expat_dl;

static const struct dl_sym expat_syms[] = {
#define EXPAT_DL_SYM(ret, name, params) { "XML_" #name, offsetof(struct expat_dl, x_##name) },
	EXPAT_DL_FUNCS(EXPAT_DL_SYM)
#undef EXPAT_DL_SYM
};

int
expat_dl_open(const char *what, char **cause)
{
	static void *lib;
	char *error = NULL, *needs;

	if (lib != NULL)
		return 0;
	/* test builds: EVALWIZ_FAULT=expat acts out a missing library */
	lib = dl_bind(EXPAT_SONAME, "expat", expat_syms, sizeof expat_syms / sizeof expat_syms[0], &expat_dl,
	    sizeof expat_dl, &error);
	if (lib == NULL) {
		needs = xasprintf("%s needs", what);
		*cause = dl_missing(EXPAT_SONAME, needs, error, NULL);
		free(needs);
		free(error);
		return -1;
	}
	return 0;
}
