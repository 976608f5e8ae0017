/* fuzz-plan.c: libFuzzer harness for the plan loader: YAML text through
 * yaml_parse, then adopted as a plan by core.open, checked and written back
 * (core.check, core.document, yaml_emit), against the default pack. */
#include "config.h"

#include "plan/yaml.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct script *S;

static void
setup(void)
{
	struct value *dir, *disp;
	char *cause = NULL;

	S = script_new(EVALWIZ_SRCDIR "/lua", &cause);
	if (S == NULL)
		fatal("%s", cause);
	script_allow_root(S, EVALWIZ_SRCDIR "/wizard");
	dir = value_strz(EVALWIZ_SRCDIR "/wizard");
	disp = value_strz("wizard");
	if (script_call(S, "core.load_pack", NULL, &cause, 2, dir, disp) == -1)
		fatal("%s", cause);
	value_free(dir);
	value_free(disp);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value *doc, *pos, *name, *res = NULL, *now;
	char *cause = NULL, *text;
	size_t len;

	if (S == NULL)
		setup();
	doc = yaml_parse((const char *)data, size, "fuzz.yaml", &cause);
	if (doc == NULL) {
		free(cause);
		return 0;
	}
	pos = value_positions(doc);
	name = value_strz("fuzz.yaml");
	if (script_call(S, "core.open", &res, &cause, 3, doc, pos, name) == 0) {
		value_free(res);
		res = NULL;
		if (script_call(S, "core.check", &res, &cause, 0) == -1)
			free(cause);
		value_free(res);
		res = NULL;
		now = value_strz("2026-01-01T00:00:00Z");
		if (script_call(S, "core.document", &res, &cause, 1, now) == 0) {
			text = yaml_emit(res, &len, &cause);
			free(text);
			free(cause);
		} else
			free(cause);
		value_free(now);
		value_free(res);
	} else
		free(cause);
	value_free(doc);
	value_free(pos);
	value_free(name);
	return 0;
}
