/* datadir.c: finding the data directory and packs, in the build tree and
 * installed; the pack path (datadir.h). */
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

/* Whether this binary is the one in the build tree. */
static int
in_build_tree(void)
{
	char *exe = realpath("/proc/self/exe", NULL), *build = realpath(EVALWIZ_BUILDDIR, NULL);
	int yes = exe != NULL && build != NULL && strcmp(dirname(exe), build) == 0;

	free(exe);
	free(build);
	return yes;
}

const char *
datadir_localedir(void)
{
	static const char *dir;

	if (dir == NULL)
		dir = in_build_tree() ? EVALWIZ_BUILDDIR "/locale" : EVALWIZ_LOCALEDIR;
	return dir;
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

/* Appends a folder to the path unless it is there already (by its real
 * path when it exists, else by its name). */
static void
add_dir(struct pack_dir **dirs, size_t *n, char *path, const char *source, const char *id)
{
	char *real = realpath(path, NULL);
	size_t i;

	for (i = 0; i < *n; i++) {
		char *other = realpath((*dirs)[i].path, NULL);
		int same = (real != NULL && other != NULL && strcmp(real, other) == 0) ||
		    strcmp(path, (*dirs)[i].path) == 0;

		free(other);
		if (same && (*dirs)[i].id == NULL && id == NULL) {
			free(real);
			free(path);
			return;
		}
	}
	free(real);
	*dirs = xrealloc(*dirs, (*n + 1) * sizeof **dirs);
	(*dirs)[*n].path = path;
	(*dirs)[*n].source = source;
	(*dirs)[*n].id = id;
	(*n)++;
}

size_t
datadir_pack_path(struct pack_dir **out)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	const char *env = getenv("EVALWIZ_PACK_PATH");
	struct pack_dir *dirs = NULL;
	size_t n = 0;

	if (xdg != NULL && *xdg == '/')
		add_dir(&dirs, &n, xasprintf("%s/evalwiz/packs", xdg), "yours", NULL);
	else if (home != NULL && *home == '/')
		add_dir(&dirs, &n, xasprintf("%s/.local/share/evalwiz/packs", home), "yours", NULL);
	if (env != NULL) {
		const char *p = env;

		while (*p != '\0') {
			size_t len = strcspn(p, ":");

			/* an empty entry means nothing, as it would be ambiguous */
			if (len > 0)
				add_dir(&dirs, &n, xstrndup(p, len), "EVALWIZ_PACK_PATH", NULL);
			p += len;
			if (*p == ':')
				p++;
		}
	}
	add_dir(&dirs, &n, path_join(EVALWIZ_PKGDATADIR, "packs"), "system", NULL);
	add_dir(&dirs, &n, xstrdup("/etc/evalwiz/packs"), "system", NULL);
	add_dir(&dirs, &n, path_join(datadir_get(), "packs"), "built-in", NULL);
	add_dir(&dirs, &n, path_join(datadir_get(), "wizard"), "built-in", DATADIR_DEFAULT_PACK);
	*out = dirs;
	return n;
}

void
datadir_pack_path_free(struct pack_dir *dirs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(dirs[i].path);
	free(dirs);
}

/* An id is a folder's name: no slash, not . or .., nothing hidden. */
static int
good_id(const char *id)
{
	return *id != '\0' && *id != '.' && strchr(id, '/') == NULL;
}

char *
datadir_find_pack_id(const char *id)
{
	struct pack_dir *dirs;
	size_t n = datadir_pack_path(&dirs), i;
	char *found = NULL;

	for (i = 0; found == NULL && good_id(id) && i < n; i++) {
		char *p, *lua;
		struct stat st;

		if (dirs[i].id != NULL) {
			if (strcmp(dirs[i].id, id) == 0 && is_dir(dirs[i].path))
				found = xstrdup(dirs[i].path);
			continue;
		}
		p = path_join(dirs[i].path, id);
		lua = path_join(p, "pack.lua");
		if (stat(lua, &st) == 0)
			found = p;
		else
			free(p);
		free(lua);
	}
	datadir_pack_path_free(dirs, n);
	return found;
}

char *
datadir_find_pack(const char *spec)
{
	if (spec == NULL || *spec == '\0')
		spec = DATADIR_DEFAULT_PACK;
	if (strchr(spec, '/') != NULL)
		return is_dir(spec) ? xstrdup(spec) : NULL;
	return datadir_find_pack_id(spec);
}

char *
datadir_pack_path_text(void)
{
	struct pack_dir *dirs;
	size_t n = datadir_pack_path(&dirs), i;
	struct buf b;

	buf_init(&b);
	for (i = 0; i < n; i++)
		if (dirs[i].id == NULL)
			buf_addf(&b, "%s%s", b.len > 0 ? ", " : "", dirs[i].path);
	buf_adds(&b, "");
	datadir_pack_path_free(dirs, n);
	return buf_steal(&b, NULL);
}
