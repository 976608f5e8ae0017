/* dl.h: libraries opened with dlopen the first time they are needed, not
 * linked, so that a process that never needs one never maps it (cmark-gfm,
 * libzip, expat, libRmath).  Each wrapper keeps a table of function
 * pointers and a list of the symbols that fill it; dl_bind opens the
 * library and fills the table, dl_missing words the message. */
#ifndef EVALWIZ_DL_H
#define EVALWIZ_DL_H

#include <stddef.h>

/* A symbol and where its address goes in the wrapper's table. */
struct dl_sym {
	const char *name;
	size_t off;
};

/* Opens the library soname (RTLD_NOW | RTLD_LOCAL: nothing else in the
 * program sees its names) and stores the address of each of syms[0..nsyms)
 * at its offset in table, of table_size bytes.  Returns the handle, or NULL
 * with *error set to what the loader said (free it) and table all zeros.
 * Test builds (--enable-fault-injection): EVALWIZ_FAULT=fault asks the
 * loader for a name no library has instead, SONAME's stem with
 * "-evalwiz-test-missing" and its first version number
 * ("libzip-evalwiz-test-missing.so.4" for "libzip.so.4"), acting out a
 * library that is not installed. */
void *dl_bind(const char *soname, const char *fault, const struct dl_sym *syms, size_t nsyms, void *table,
    size_t table_size, char **error);

/* "cannot load WHAT, which NEEDS: ERROR" and a second line naming the
 * Debian packages to install: packages if not NULL, else the one
 * debian_package gives for what (a soname). */
char *dl_missing(const char *what, const char *needs, const char *error, const char *packages);

#endif
