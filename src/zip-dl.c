/* zip-dl.c: opens libzip with dlopen the first time it is needed, by the
 * soname configure found when it linked a test program against it
 * (ZIP_SONAME), through dl_bind; see zip-dl.h. */
#include "config.h"

#define EVALWIZ_ZIP_DL_NO_NAMES 1
#include "zip-dl.h"
#include "dl.h"
#include "util.h"

#include <stddef.h>
#include <stdlib.h>

struct zip_dl zip_dl;

static const struct dl_sym zip_syms[] = {
#define ZIP_DL_SYM(ret, name, params) { "zip_" #name, offsetof(struct zip_dl, z_##name) },
	ZIP_DL_FUNCS(ZIP_DL_SYM)
#undef ZIP_DL_SYM
};

int
zip_dl_open(const char *what, char **cause)
{
	static void *lib;
	char *error = NULL, *needs;

	if (lib != NULL)
		return 0;
	/* test builds: EVALWIZ_FAULT=zip acts out a missing library */
	lib = dl_bind(ZIP_SONAME, "zip", zip_syms, sizeof zip_syms / sizeof zip_syms[0], &zip_dl, sizeof zip_dl, &error);
	if (lib == NULL) {
		needs = xasprintf("%s needs", what);
		*cause = dl_missing(ZIP_SONAME, needs, error, NULL);
		free(needs);
		free(error);
		return -1;
	}
	return 0;
}
