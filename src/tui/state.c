/* state.c: the user's state folder (recent plans, the demo copy, rescue
 * copies): $XDG_STATE_HOME/evalwiz or ~/.local/state/evalwiz. */
#include "config.h"

#include "tui/tui-int.h"
#include "util.h"

#include <stdlib.h>
#include <sys/stat.h>

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
