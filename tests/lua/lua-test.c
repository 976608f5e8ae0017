/* lua-test.c: runs one Lua test file from tests/lua/ in evalwiz's own Lua
 * state (with the sandbox, the stats library and the modules) and prints a
 * TAP report.  Exit 0 when every test passed. */
#include "config.h"

#include "script/script.h"
#include "util.h"
#include "value.h"

#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char **argv)
{
	const char *srcdir = getenv("top_srcdir");
	char *lua_dir, *cause, *copy;
	struct script *S;
	struct value *path, *src, *report = NULL, *lines;
	size_t i;
	long failed;

	if (argc != 2) {
		fprintf(stderr, "usage: lua-test FILE.lua\n");
		return 2;
	}
	/* A whole test file runs as one call: give it more than the 1 s of
	 * processor time a pack or template call may use. */
	setenv("EVALWIZ_SCRIPT_SECONDS", "120", 0);
	if (srcdir == NULL)
		srcdir = EVALWIZ_SRCDIR;
	lua_dir = path_join(srcdir, "lua");
	S = script_new(lua_dir, &cause);
	free(lua_dir);
	if (S == NULL) {
		fprintf(stderr, "lua-test: %s\n", cause);
		return 1;
	}
	copy = xstrdup(argv[1]);
	script_allow_root(S, dirname(copy));
	free(copy);
	script_allow_root(S, srcdir);
	path = value_strz(argv[1]);
	src = value_strz(srcdir);
	if (script_call(S, "testing.run", &report, &cause, 2, path, src) == -1) {
		fprintf(stderr, "lua-test: %s\n", cause);
		return 1;
	}
	lines = value_get(report, "lines");
	for (i = 0; i < value_count(lines); i++)
		puts(value_at(lines, i)->u.str.s);
	failed = (long)value_get(report, "failed")->u.i;
	printf("# %lld passed, %ld failed\n", (long long)value_get(report, "passed")->u.i, failed);
	value_free(report);
	value_free(path);
	value_free(src);
	script_free(S);
	return failed == 0 ? 0 : 1;
}
