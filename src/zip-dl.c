/* zip-dl.c: opens libzip with dlopen the first time it is needed, by the
 * soname configure found when it linked a test program against it
 * (ZIP_SONAME); see zip-dl.h. */
#include "config.h"

#define EVALWIZ_ZIP_DL_NO_NAMES 1
#include "zip-dl.h"
#include "util.h"

#include <dlfcn.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

struct zip_dl zip_dl;

static const struct {
	const char *name;
	size_t off;
} zip_syms[] = {
#define ZIP_DL_SYM(ret, name, params) { "zip_" #name, offsetof(struct zip_dl, z_##name) },
	ZIP_DL_FUNCS(ZIP_DL_SYM)
#undef ZIP_DL_SYM
};

/* "cannot load libzip, which WHAT needs: ERROR", and its Debian package. */
static char *
zip_missing(const char *soname, const char *what, const char *error)
{
	char *package = debian_package(soname), *msg;

	msg = xasprintf("cannot load %s, which %s needs: %s\n  On Debian or Ubuntu: sudo apt-get install %s", soname, what,
	    error != NULL ? error : "unknown error", package);
	free(package);
	return msg;
}

int
zip_dl_open(const char *what, char **cause)
{
	static int opened;
	const char *name = ZIP_SONAME;
	void *lib, *p;
	size_t i;

	if (opened)
		return 0;
#ifdef EVALWIZ_FAULT_INJECTION
	{
		/* test builds: EVALWIZ_FAULT=zip acts out a missing library */
		const char *fault = getenv("EVALWIZ_FAULT");

		if (fault != NULL && strcmp(fault, "zip") == 0)
			name = "libzip-evalwiz-test-missing.so.4";
	}
#endif
	/* RTLD_LOCAL: nothing else in the program sees libzip's names */
	if ((lib = dlopen(name, RTLD_NOW | RTLD_LOCAL)) == NULL) {
		*cause = zip_missing(name, what, dlerror());
		return -1;
	}
	for (i = 0; i < sizeof zip_syms / sizeof zip_syms[0]; i++) {
		(void)dlerror();
		if ((p = dlsym(lib, zip_syms[i].name)) == NULL) {
			*cause = zip_missing(name, what, dlerror());
			memset(&zip_dl, 0, sizeof zip_dl);
			dlclose(lib);
			return -1;
		}
		/* POSIX: a function's address fits in a void * */
		memcpy((char *)&zip_dl + zip_syms[i].off, &p, sizeof p);
	}
	opened = 1;
	return 0;
}
