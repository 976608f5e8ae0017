/* fuzz-template.c: libFuzzer harness for the template engine: the input
 * becomes a template file (fuzz.yaml) in a temporary template folder, which
 * renders the demo plan against the default pack (document.render), with
 * the built-in partials and the input's own partials/ beside it.  The first
 * byte picks the format, so variants and the csv and text kinds are reached. */
#include "config.h"

#include "plan/yaml.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct script *S;
static char folder[] = "/tmp/evalwiz-fuzz-template.XXXXXX";
static char *template_path;
static struct value *dirs;

static const char *const formats[] = { "md", "html", "tex", "csv", "txt", "dot" };

static struct value *
folder_value(const char *path, const char *display)
{
	struct value *m = value_new(VAL_MAP);

	value_set(m, "path", value_strz(path));
	value_set(m, "display", value_strz(display));
	return m;
}

static void
setup(void)
{
	struct value *dir, *disp, *doc, *pos, *name, *res = NULL;
	char *cause = NULL, *text, *partials;
	size_t len;

	if (mkdtemp(folder) == NULL)
		fatal("mkdtemp failed");
	template_path = path_join(folder, "fuzz.yaml");
	partials = path_join(folder, "partials");
	if (mkdir(partials, 0700) == -1)
		fatal("cannot make %s", partials);
	free(partials);
	S = script_new(EVALWIZ_SRCDIR "/lua", &cause);
	if (S == NULL)
		fatal("%s", cause);
	script_allow_root(S, EVALWIZ_SRCDIR "/wizard");
	script_allow_root(S, EVALWIZ_SRCDIR "/templates");
	script_allow_root(S, folder);
	dir = value_strz(EVALWIZ_SRCDIR "/wizard");
	disp = value_strz("wizard");
	if (script_call(S, "core.load_pack", NULL, &cause, 2, dir, disp) == -1)
		fatal("%s", cause);
	value_free(dir);
	value_free(disp);

	text = read_file(EVALWIZ_SRCDIR "/examples/demo-plan.yaml", 1 << 24, &len, &cause);
	if (text == NULL)
		fatal("%s", cause);
	doc = yaml_parse(text, len, "demo-plan.yaml", &cause);
	if (doc == NULL)
		fatal("%s", cause);
	free(text);
	pos = value_positions(doc);
	name = value_strz("demo-plan.yaml");
	if (script_call(S, "core.open", &res, &cause, 3, doc, pos, name) == -1)
		fatal("%s", cause);
	value_free(res);
	value_free(doc);
	value_free(pos);
	value_free(name);

	/* the default folder, then the fuzzed one (searched first) */
	dirs = value_new(VAL_SEQ);
	value_push(dirs, folder_value(EVALWIZ_SRCDIR "/templates", "templates"));
	value_push(dirs, folder_value(folder, "fuzz"));
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value *name, *format, *now, *res = NULL;
	char *cause = NULL;
	FILE *f;

	if (S == NULL)
		setup();
	if (size == 0)
		return 0;
	f = fopen(template_path, "wb");
	if (f == NULL)
		fatal("cannot write %s", template_path);
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	name = value_strz("fuzz");
	format = data[0] < 128 ? value_new(VAL_NIL) :
	    value_strz(formats[data[0] % (sizeof formats / sizeof formats[0])]);
	now = value_strz("2026-01-01T00:00:00Z");
	if (script_call(S, "document.render", &res, &cause, 4, name, format, dirs, now) == -1)
		free(cause);
	value_free(res);
	value_free(name);
	value_free(format);
	value_free(now);
	return 0;
}
