/* filesafe.c: the files that belong to a plan, recognised by device and
 * inode (through links and other names) and by name in their folder. */
#include "config.h"

#include "plan/filesafe.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The folder part of path ("." when none) and its last part, both allocated. */
static void
split(const char *path, char **dir, char **base)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL) {
		*dir = xstrdup(".");
		*base = xstrdup(path);
	} else {
		*dir = slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
		*base = xstrdup(slash + 1);
	}
}

/* path with every link on the way followed, as far as it exists: a link
 * to a file not made yet gives the name it would make. */
static char *
resolve(const char *path)
{
	char *full = realpath(path, NULL), *dir, *base, *rdir, *out;
	char link[PATH_MAX];
	ssize_t n;
	int hops;

	if (full != NULL)
		return full;
	/* a dangling link: follow it by hand (a few hops) to the name it makes */
	out = xstrdup(path);
	for (hops = 0; hops < 8 && (n = readlink(out, link, sizeof link - 1)) > 0; hops++) {
		link[n] = '\0';
		if (link[0] == '/') {
			free(out);
			out = xstrdup(link);
		} else {
			split(out, &dir, &base);
			free(out);
			out = xasprintf("%s/%s", dir, link);
			free(dir);
			free(base);
		}
	}
	split(out, &dir, &base);
	rdir = realpath(dir, NULL);
	if (rdir != NULL) {
		free(out);
		out = xasprintf("%s/%s", strcmp(rdir, "/") == 0 ? "" : rdir, base);
	}
	free(rdir);
	free(dir);
	free(base);
	return out;
}

static int
same_inode(const struct stat *a, const char *path)
{
	struct stat b;

	return stat(path, &b) == 0 && a->st_dev == b.st_dev && a->st_ino == b.st_ino;
}

int
filesafe_is_plan_file(const char *out, const char *plan, char **cause)
{
	static const char *const what[] = { "the plan itself", "the plan's recovery file", "the plan's lock" };
	static const char *const suffix[] = { "", ".recover", ".lock" };
	char *own[3], *odir, *obase, *pdir, *pbase, *rout;
	struct stat ost, dst, pst;
	int i, hit = -1, have_out;

	*cause = NULL;
	if (out == NULL || plan == NULL)
		return 0;
	for (i = 0; i < 3; i++)
		own[i] = xasprintf("%s%s", plan, suffix[i]);
	have_out = stat(out, &ost) == 0;
	for (i = 0; i < 3 && hit < 0; i++)
		if (have_out && same_inode(&ost, own[i]))
			hit = i;
	if (hit < 0) {
		/* by name: the output (its links followed) lands in the plan's
		 * folder under one of the plan's names */
		rout = resolve(out);
		split(rout, &odir, &obase);
		split(plan, &pdir, &pbase);
		if (stat(odir, &dst) == 0 && stat(pdir, &pst) == 0 && dst.st_dev == pst.st_dev &&
		    dst.st_ino == pst.st_ino)
			for (i = 0; i < 3 && hit < 0; i++) {
				size_t n = strlen(pbase);

				if (strncmp(obase, pbase, n) == 0 && strcmp(obase + n, suffix[i]) == 0)
					hit = i;
			}
		free(rout);
		free(odir);
		free(obase);
		free(pdir);
		free(pbase);
	}
	if (hit >= 0)
		*cause = xasprintf("cannot write %s: it is %s (%s); give another file name", out, what[hit], own[hit]);
	for (i = 0; i < 3; i++)
		free(own[i]);
	return hit >= 0;
}
