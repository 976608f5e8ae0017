/* dl.c: opening a library with dlopen and filling a wrapper's table of
 * function pointers from it; see dl.h. */
#include "config.h"

#include "dl.h"
#include "util.h"

#include <dlfcn.h>
#include <stdlib.h>
#include <string.h>

#ifdef EVALWIZ_FAULT_INJECTION
/* "libfoo-evalwiz-test-missing.so.4" for "libfoo.so.4.2": a name that no
 * library has, so the loader fails as it would without the package. */
static char *
fault_name(const char *soname)
{
	const char *so = strstr(soname, ".so"), *ver;
	size_t n = so != NULL ? (size_t)(so - soname) : strlen(soname);

	ver = so != NULL && so[3] == '.' ? so + 4 : "0";
	return xasprintf("%.*s-evalwiz-test-missing.so.%.*s", (int)n, soname, (int)strcspn(ver, "."), ver);
}
#endif

void *
dl_bind(const char *soname, const char *fault, const struct dl_sym *syms, size_t nsyms, void *table,
    size_t table_size, char **error)
{
	const char *name = soname;
	char *fake = NULL;
	void *lib, *p;
	size_t i;

#ifdef EVALWIZ_FAULT_INJECTION
	{
		const char *want = getenv("EVALWIZ_FAULT");

		if (fault != NULL && want != NULL && strcmp(want, fault) == 0)
			name = fake = fault_name(soname);
	}
#else
	(void)fault;
#endif
	lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
	free(fake);
	if (lib == NULL) {
		const char *e = dlerror();

		*error = xstrdup(e != NULL ? e : "unknown error");
		memset(table, 0, table_size);
		return NULL;
	}
	for (i = 0; i < nsyms; i++) {
		(void)dlerror();
		if ((p = dlsym(lib, syms[i].name)) == NULL) {
			const char *e = dlerror();

			*error = e != NULL ? xstrdup(e) : xasprintf("%s: no symbol %s", soname, syms[i].name);
			memset(table, 0, table_size);
			dlclose(lib);
			return NULL;
		}
		/* POSIX: a function's address fits in a void * */
		memcpy((char *)table + syms[i].off, &p, sizeof p);
	}
	return lib;
}

char *
dl_missing(const char *what, const char *needs, const char *error, const char *packages)
{
	char *own = packages == NULL ? debian_package(what) : NULL, *msg;

	msg = xasprintf("cannot load %s, which %s: %s\n  On Debian or Ubuntu: sudo apt-get install %s", what, needs,
	    error != NULL ? error : "unknown error", packages != NULL ? packages : own);
	free(own);
	return msg;
}
