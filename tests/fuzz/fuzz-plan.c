/* fuzz-plan.c: libFuzzer harness for the plan loader: YAML text through
 * yaml_parse, then adopted as a plan by core.open, checked and written back
 * (core.check, core.document, yaml_emit), against the default pack.  The
 * same text is also read straight into Lua (script_stash_yaml, the way a
 * plan is opened): when that takes it, the document and its positions must
 * be what the tree gives, and the tree must have read it too; and where the
 * fast reader takes the text, its items must be libyaml's, item by item. */
#include "config.h"

#include "plan/yaml.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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

static char *
as_text(const struct value *v)
{
	char *cause = NULL, *t;
	size_t len;

	if (v == NULL)
		return xstrdup("(none)");
	t = yaml_emit(v, &len, &cause);
	if (t == NULL)
		t = cause;
	else
		free(cause);
	return t;
}

/* The stash and the tree agree on everything the stash takes; the fast
 * reader (yaml-fast.c), where it takes a text, gives libyaml's items. */
static void
compare_stash(const char *text, size_t size, const struct value *tree)
{
	struct value *pos, *lt, *lp, *sd, *sp;
	char *a, *b, *c, *d, *what = NULL;

	if (yaml_fast_compare(text, size, &what) == -1)
		fatal("fuzz-plan: the fast reader and libyaml differ: %s", what);
	if (script_stash_yaml(S, text, size, 3) == -1)
		return;
	if (tree == NULL)
		fatal("fuzz-plan: the stash took a text the tree refused");
	pos = value_positions_depth(tree, 3);
	lt = script_lua_copy(S, tree);
	lp = script_lua_copy(S, pos);
	sd = script_stash_value(S, SCRIPT_STASH_DOC);
	sp = script_stash_value(S, SCRIPT_STASH_POS);
	a = as_text(lt);
	b = as_text(sd);
	c = as_text(lp);
	d = as_text(sp);
	if (strcmp(a, b) != 0)
		fatal("fuzz-plan: the stash's document differs from the tree's:\n%s\n---\n%s", a, b);
	if (strcmp(c, d) != 0)
		fatal("fuzz-plan: the stash's positions differ from the tree's:\n%s\n---\n%s", c, d);
	free(a);
	free(b);
	free(c);
	free(d);
	value_free(pos);
	value_free(lt);
	value_free(lp);
	value_free(sd);
	value_free(sp);
	script_stash_drop(S);
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
	if (memchr(data, '\0', size) == NULL && !yaml_is_utf16((const char *)data, size))
		compare_stash((const char *)data, size, doc);
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
