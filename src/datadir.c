/* datadir.c: finding the data directory and packs, in the build tree and installed. */
#include "config.h"

#include "datadir.h"
#include "util.h"

#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int
is_dir(const char *p)
{
	struct stat st;

	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

static int
has_core(const char *dir)
{
	char *p = xasprintf("%s/lua/evalwiz/core.lua", dir);
	struct stat st;
	int ok = stat(p, &st) == 0;

	free(p);
	return ok;
}

const char *
datadir_get(void)
{
	static char *dir;
	const char *env = getenv("EVALWIZ_DATADIR");
	char *exe, *exedir;

	if (dir != NULL)
		return dir;
	if (env != NULL && *env != '\0') {
		dir = xstrdup(env);
		return dir;
	}
	/* A binary in the build tree uses the source tree's files. */
	exe = realpath("/proc/self/exe", NULL);
	if (exe != NULL) {
		char *build = realpath(EVALWIZ_BUILDDIR, NULL);

		exedir = dirname(exe);
		if (build != NULL && strcmp(exedir, build) == 0 && has_core(EVALWIZ_SRCDIR))
			dir = xstrdup(EVALWIZ_SRCDIR);
		free(build);
		free(exe);
		if (dir != NULL)
			return dir;
	}
	dir = xstrdup(EVALWIZ_PKGDATADIR);
	return dir;
}

char *
datadir_find_pack(const char *spec)
{
	const char *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	char *p;

	if (spec == NULL || *spec == '\0' || strcmp(spec, "eif-10-steps") == 0)
		return path_join(datadir_get(), "wizard");
	if (is_dir(spec))
		return xstrdup(spec);
	if (strchr(spec, '/') != NULL)
		return NULL;
	if (xdg != NULL && *xdg == '/')
		p = xasprintf("%s/evalwiz/packs/%s", xdg, spec);
	else if (home != NULL)
		p = xasprintf("%s/.local/share/evalwiz/packs/%s", home, spec);
	else
		p = NULL;
	if (p != NULL && is_dir(p))
		return p;
	free(p);
	p = xasprintf("%s/packs/%s", datadir_get(), spec);
	if (is_dir(p))
		return p;
	free(p);
	return NULL;
}
