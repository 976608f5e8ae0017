/* fuzz-pack.c: libFuzzer harness for the pack loader: the input becomes a
 * step file (01-step.lua) of a pack in a temporary folder, which is then
 * loaded in the sandbox and described (core.load_pack, core.describe). */
#include "config.h"

#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct script *S;
static char folder[] = "/tmp/evalwiz-fuzz-pack.XXXXXX";
static char *step_path;

static void
setup(void)
{
	char *cause = NULL, *pack_path;
	FILE *f;

	if (mkdtemp(folder) == NULL)
		fatal("mkdtemp failed");
	pack_path = path_join(folder, "pack.lua");
	f = fopen(pack_path, "w");
	if (f == NULL)
		fatal("cannot write %s", pack_path);
	fputs("return { id = \"fuzz\", version = 1, steps = { \"01-step.lua\" } }\n", f);
	fclose(f);
	free(pack_path);
	step_path = path_join(folder, "01-step.lua");
	S = script_new(EVALWIZ_SRCDIR "/lua", &cause);
	if (S == NULL)
		fatal("%s", cause);
	script_allow_root(S, folder);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value *dir, *disp, *res = NULL;
	char *cause = NULL;
	FILE *f;

	if (S == NULL)
		setup();
	f = fopen(step_path, "wb");
	if (f == NULL)
		fatal("cannot write %s", step_path);
	fwrite(data, 1, size, f);
	fclose(f);
	dir = value_strz(folder);
	disp = value_strz("fuzz");
	if (script_call(S, "core.load_pack", NULL, &cause, 2, dir, disp) == 0) {
		if (script_call(S, "core.describe", &res, &cause, 0) == -1)
			free(cause);
		value_free(res);
	} else
		free(cause);
	value_free(dir);
	value_free(disp);
	return 0;
}
