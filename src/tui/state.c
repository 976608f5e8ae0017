/* state.c: the user's state folder (recent plans, the demo copy, rescue
 * copies, where each plan was left): $XDG_STATE_HOME/evalwiz or
 * ~/.local/state/evalwiz. */
#include "config.h"

#include "tui/tui-int.h"
#include "util.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Who else has the plan, and where recent plans are remembered. */
char *
state_dir(void)
{
	const char *x = getenv("XDG_STATE_HOME");
	const char *home = getenv("HOME");

	if (x != NULL && *x == '/')
		return path_join(x, "evalwiz");
	return xasprintf("%s/.local/state/evalwiz", home != NULL ? home : "/tmp");
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

#define PLACES_MAX 100	/* plans whose place is kept; the oldest goes */

/* The "places" file: one line a plan, newest first: its real path, a
 * tab, the step's id, a tab, the question's id. */
static char *
places_file(void)
{
	char *dir = state_dir(), *file = path_join(dir, "places");

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
state_place_get(const char *path, char **step, char **field)
{
	char *file = places_file(), *abs = real_path(path), *text, *line, *rest = NULL, *cause = NULL;
	size_t len, n = strlen(abs);
	int found = 0;

	text = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	for (line = text != NULL ? strtok_r(text, "\n", &rest) : NULL; line != NULL && !found;
	    line = strtok_r(NULL, "\n", &rest)) {
		char *tab = strchr(line + (strlen(line) > n ? n : 0), '\t'), *tab2;

		if (strncmp(line, abs, n) != 0 || line[n] != '\t' || tab == NULL || (tab2 = strchr(tab + 1, '\t')) == NULL)
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
state_place_set(const char *path, const char *step, const char *field)
{
	char *dir = state_dir(), *file = places_file(), *abs = real_path(path), *text, *line, *rest = NULL;
	char *cause = NULL, *tmp;
	size_t len, n = strlen(abs);
	int kept = 0;
	struct buf b;
	FILE *fp;

	state_mkdirs(dir);
	buf_init(&b);
	buf_addf(&b, "%s\t%s\t%s\n", abs, step, field);
	text = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	for (line = text != NULL ? strtok_r(text, "\n", &rest) : NULL; line != NULL && kept < PLACES_MAX - 1;
	    line = strtok_r(NULL, "\n", &rest))
		if (!(strncmp(line, abs, n) == 0 && line[n] == '\t')) {
			buf_addf(&b, "%s\n", line);
			kept++;
		}
	/* replaced whole, so a second wizard writing at the same moment
	 * leaves one list or the other, never a mixture */
	tmp = xasprintf("%s.%ld", file, (long)getpid());
	if ((fp = fopen(tmp, "w")) != NULL) {
		int ok = fwrite(b.data, 1, b.len, fp) == b.len;

		if (fclose(fp) == 0 && ok)
			rename(tmp, file);
		else
			unlink(tmp);
	}
	free(tmp);
	free(text);
	buf_free(&b);
	free(abs);
	free(file);
	free(dir);
}
