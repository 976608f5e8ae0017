/* state.c: the user's state folder (recent plans, the demo copy, rescue
 * copies, where each plan was left): $XDG_STATE_HOME/evalwiz or
 * ~/.local/state/evalwiz (the home from the password database when $HOME
 * is unset), used only when it is the user's alone. */
#include "config.h"

#include "plan/atomic.h"
#include "tui/tui-int.h"
#include "util.h"

#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The user's home: $HOME when it is an absolute path, else the one the
 * password database gives; NULL when there is neither.  Never a shared
 * folder such as /tmp, where another user could have made the folders
 * first. */
static const char *
home_dir(void)
{
	const char *home = getenv("HOME");
	struct passwd *pw;

	if (home != NULL && home[0] == '/')
		return home;
	pw = getpwuid(getuid());
	return pw != NULL && pw->pw_dir != NULL && pw->pw_dir[0] == '/' ? pw->pw_dir : NULL;
}

/* Where recent plans and places are remembered; NULL when the user has no
 * home. */
char *
state_dir(void)
{
	const char *x = getenv("XDG_STATE_HOME");
	const char *home;

	if (x != NULL && *x == '/')
		return path_join(x, "evalwiz");
	if ((home = home_dir()) == NULL)
		return NULL;
	return xasprintf("%s/.local/state/evalwiz", home);
}

void
state_mkdirs(const char *dir)
{
	char *d = xstrdup(dir), *p;

	for (p = d + 1; *p != '\0'; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(d, 0700);
			*p = '/';
		}
	mkdir(d, 0700);
	free(d);
}

char *
state_dir_ready(void)
{
	char *dir = state_dir();
	struct stat st;

	if (dir == NULL)
		return NULL;
	state_mkdirs(dir);
	/* ours alone: a folder (not a link), owned by us, no one else may write */
	if (lstat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != geteuid() || (st.st_mode & 022) != 0) {
		free(dir);
		return NULL;
	}
	return dir;
}

#define PLACES_MAX 100	/* plans whose place is kept; the oldest goes */

/* The "places" file: one line a plan, newest first: its real path, a
 * tab, the plan's id (meta.id), a tab, the step's id, a tab, the
 * question's id.  The id tells a plan made again at the same path from the
 * one that was there (a line of the older three-field form, which had no
 * id, matches no plan). */
static char *
places_file(void)
{
	char *dir = state_dir_ready(), *file = dir != NULL ? path_join(dir, "places") : NULL;

	free(dir);
	return file;
}

static char *
real_path(const char *path)
{
	char real[PATH_MAX];

	return xstrdup(realpath(path, real) != NULL ? real : path);
}

int
state_place_get(const char *path, const char *plan_id, char **step, char **field)
{
	char *file = places_file(), *abs = real_path(path), *text, *line, *rest = NULL, *cause = NULL;
	size_t len, n = strlen(abs), idn = strlen(plan_id);
	int found = 0;

	text = file != NULL ? read_file(file, 1 << 20, &len, &cause) : NULL;
	free(cause);
	for (line = text != NULL ? strtok_r(text, "\n", &rest) : NULL; line != NULL && !found;
	    line = strtok_r(NULL, "\n", &rest)) {
		char *id, *tab, *tab2;

		if (strncmp(line, abs, n) != 0 || line[n] != '\t')
			continue;
		id = line + n + 1;
		if (strncmp(id, plan_id, idn) != 0 || id[idn] != '\t')
			continue;	/* another plan that was at this path */
		tab = id + idn;
		if ((tab2 = strchr(tab + 1, '\t')) == NULL)
			continue;
		*step = xstrndup(tab + 1, (size_t)(tab2 - tab - 1));
		*field = xstrdup(tab2 + 1);
		found = 1;
	}
	free(text);
	free(abs);
	free(file);
	return found;
}

void
state_place_set(const char *path, const char *plan_id, const char *step, const char *field)
{
	char *file = places_file(), *abs, *text, *line, *rest = NULL;
	char *cause = NULL;
	size_t len, n;
	int kept = 0;
	struct buf b;

	if (file == NULL)
		return;
	abs = real_path(path);
	n = strlen(abs);
	buf_init(&b);
	/* one line a path: the plan there now replaces any before it */
	buf_addf(&b, "%s\t%s\t%s\t%s\n", abs, plan_id, step, field);
	text = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	for (line = text != NULL ? strtok_r(text, "\n", &rest) : NULL; line != NULL && kept < PLACES_MAX - 1;
	    line = strtok_r(NULL, "\n", &rest))
		if (!(strncmp(line, abs, n) == 0 && line[n] == '\t')) {
			buf_addf(&b, "%s\n", line);
			kept++;
		}
	/* replaced whole, so a second wizard writing at the same moment
	 * leaves one list or the other, never a mixture; never through a link
	 * someone else made */
	if (atomic_write(file, b.data, b.len, 0600, &cause) == -1)
		free(cause);
	free(text);
	buf_free(&b);
	free(abs);
	free(file);
}
