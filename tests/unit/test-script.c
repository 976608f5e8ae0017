/* test-script.c: the sandbox pack code runs in: each forbidden global is
 * absent, the string metatable is hidden, and the instruction budget and
 * the memory cap stop runaway code with a message naming file and line. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/yaml.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

struct fixture {
	char dir[64];
	struct script *S;
};

static const char *
srcdir(void)
{
	const char *s = getenv("top_srcdir");

	return s != NULL ? s : EVALWIZ_SRCDIR;
}

static void
put(const struct fixture *f, const char *name, const char *text)
{
	char *path = path_join(f->dir, name);
	FILE *fp = fopen(path, "w");

	assert_non_null(fp);
	fputs(text, fp);
	fclose(fp);
	free(path);
}

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);
	char *lua_dir = path_join(srcdir(), "lua"), *cause = NULL;

	strcpy(f->dir, "/tmp/evalwiz-test-script-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	f->S = script_new(lua_dir, &cause);
	free(lua_dir);
	if (f->S == NULL) {
		fprintf(stderr, "%s\n", cause);
		return -1;
	}
	script_allow_root(f->S, f->dir);
	put(f, "pack.lua", "return { id = \"sb\", version = 1, steps = { \"01-a.lua\" } }\n");
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	char *p;

	script_free(f->S);
	p = path_join(f->dir, "pack.lua");
	unlink(p);
	free(p);
	p = path_join(f->dir, "01-a.lua");
	unlink(p);
	free(p);
	rmdir(f->dir);
	free(f);
	return 0;
}

/* Loads the pack with 01-a.lua as given; returns the error (allocated) or NULL. */
static char *
load(struct fixture *f, const char *step_file)
{
	struct value *dir = value_strz(f->dir), *disp = value_strz("sb");
	char *cause = NULL;
	int rc;

	put(f, "01-a.lua", step_file);
	rc = script_call(f->S, "core.load_pack", NULL, &cause, 2, dir, disp);
	value_free(dir);
	value_free(disp);
	return rc == 0 ? NULL : cause;
}

/* The title of the loaded pack's first step (step files put a probe there). */
static char *
first_title(struct fixture *f)
{
	struct value *d = NULL;
	char *cause = NULL, *title;

	if (script_call(f->S, "core.describe", &d, &cause, 0) == -1)
		fail_msg("%s", cause);
	title = xstrdup(value_get(value_at(value_get(d, "steps"), 0), "title")->u.str.s);
	value_free(d);
	return title;
}

static void
assert_load_fails(struct fixture *f, const char *step_file, const char *want)
{
	char *cause = load(f, step_file);

	if (cause == NULL)
		fail_msg("loading should have failed:\n%s", step_file);
	if (strncmp(cause, want, strlen(want)) != 0)
		fail_msg("got \"%s\", expected it to start with \"%s\"", cause, want);
	free(cause);
}

static void
test_forbidden_globals_absent(void **state)
{
	static const char *const names[] = {
		"io", "os", "package", "debug", "dofile", "loadfile", "load", "loadstring",
		"collectgarbage", "print", "host", "string.dump", "(\"\").dump", "_G.io", "_ENV.os",
	};
	struct fixture *f = *state;
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		char *text = xasprintf("return step { id = \"s\", title = type(%s), "
		    "fields = { text { id = \"a\", label = \"A\" } } }\n", names[i]);
		char *cause = load(f, text), *title;

		if (cause != NULL)
			fail_msg("%s: %s", names[i], cause);
		title = first_title(f);
		if (strcmp(title, "nil") != 0)
			fail_msg("%s is reachable from pack code (type %s)", names[i], title);
		free(title);
		free(text);
	}
}

static void
test_forbidden_use_names_the_line(void **state)
{
	struct fixture *f = *state;

	(void)state;
	assert_load_fails(f, "local x = 1\nlocal h = io.open(\"/etc/passwd\")\n",
	    "sb/01-a.lua:2: attempt to index a nil value (global 'io')");
	assert_load_fails(f, "\n\n\nos.execute(\"true\")\n", "sb/01-a.lua:4: attempt to index a nil value (global 'os')");
	/* require finds only the pack's own modules (files in its folder) */
	assert_load_fails(f, "require(\"evalwiz.core\")\n", "sb/01-a.lua:1: require: the pack has no module \"evalwiz.core\"");
	assert_load_fails(f, "require(\"io\")\n", "sb/01-a.lua:1: require: the pack has no module \"io\"");
	assert_load_fails(f, "require(\"../../etc/passwd\")\n", "sb/01-a.lua:1: require: \"../../etc/passwd\" is not a module name");
	assert_load_fails(f, "load(\"return 1\")\n", "sb/01-a.lua:1: attempt to call a nil value (global 'load')");
	assert_load_fails(f, "dofile(\"x.lua\")\n", "sb/01-a.lua:1: attempt to call a nil value (global 'dofile')");
	assert_load_fails(f, "loadfile(\"x.lua\")\n", "sb/01-a.lua:1: attempt to call a nil value (global 'loadfile')");
	assert_load_fails(f, "collectgarbage()\n", "sb/01-a.lua:1: attempt to call a nil value (global 'collectgarbage')");
	assert_load_fails(f, "string.dump(function() end)\n", "sb/01-a.lua:1: attempt to call a nil value (field 'dump')");
	assert_load_fails(f, "local t = setmetatable({}, { __gc = function() end })\n",
	    "sb/01-a.lua:1: setmetatable: __gc is not allowed");
	/* a pack error with error() keeps the pack's line */
	assert_load_fails(f, "\nerror(\"my own mistake\")\n", "sb/01-a.lua:2: my own mistake");
	/* a syntax error names the line too */
	assert_load_fails(f, "return step {\n  id = \"s\",,\n}\n", "sb/01-a.lua:2: ");
}

static void
test_string_metatable_hidden(void **state)
{
	struct fixture *f = *state;
	char *cause, *title;

	cause = load(f, "return step { id = \"s\", title = tostring(getmetatable(\"\")), "
	    "fields = { text { id = \"a\", label = \"A\" } } }\n");
	assert_null(cause);
	title = first_title(f);
	assert_string_equal(title, "false");
	free(title);
	assert_load_fails(f, "getmetatable(\"\").__index.rep = nil\n", "sb/01-a.lua:1: attempt to index a boolean value");
	/* string methods still work, through the guarded copies */
	cause = load(f, "return step { id = \"s\", title = (\"ab\"):rep(2) .. (\"x\"):upper(), "
	    "fields = { text { id = \"a\", label = \"A\" } } }\n");
	assert_null(cause);
	title = first_title(f);
	assert_string_equal(title, "ababX");
	free(title);
}

static void
test_budget_stops_loops(void **state)
{
	struct fixture *f = *state;
	char *cause, *title;

	assert_load_fails(f, "local n = 0\nwhile true do end\n",
	    "sb/01-a.lua:2: stopped: this code ran for more than 100 million steps; is there a loop that never ends?");
	/* pcall cannot catch the stop and carry on */
	assert_load_fails(f, "local n = 0\nwhile true do pcall(function() while true do end end) end\n",
	    "sb/01-a.lua:2: stopped: this code ran for more than 100 million steps");
	/* nor can a coroutine hide the loop */
	/* (coroutine.wrap adds the line of the call in front: both name the pack file) */
	assert_load_fails(f, "\nlocal co = coroutine.wrap(function()\n  while true do end\nend)\nco()\n",
	    "sb/01-a.lua:5: sb/01-a.lua:3: stopped: this code ran for more than 100 million steps");
	/* the state is usable after a stop: the next call has a fresh budget */
	cause = load(f, "local n = 0\nfor i = 1, 1000000 do n = n + i end\n"
	    "return step { id = \"s\", title = tostring(n), fields = { text { id = \"a\", label = \"A\" } } }\n");
	assert_null(cause);
	title = first_title(f);
	assert_string_equal(title, "500000500000");
	free(title);
}

/* The processor-time backstop names the limit as it is, also a fraction
 * of a second ("1 seconds" was printed for 1.8). */
static int
setup_short_cpu(void **state)
{
	int rc;

	unsetenv("EVALWIZ_SCRIPT_SECONDS");
	rc = setup(state);
	setenv("EVALWIZ_SCRIPT_SECONDS", "60", 1);
	if (rc == 0)
		script_allow_cpu(((struct fixture *)*state)->S, 1.25);
	return rc;
}

static void
test_cpu_limit_message(void **state)
{
	/* few VM instructions, much work in C: the time, not the count, stops it */
	assert_load_fails(*state, "local s = string.rep('x', 1000000)\nwhile true do s:find('y', 1, true) end\n",
	    "sb/01-a.lua:2: stopped: this code used more than 1.25 seconds of processor time; "
	    "is there a loop that never ends?");
}

static void
test_memory_cap(void **state)
{
	struct fixture *f = *state;
	char *cause;

	/* a table that grows without end */
	cause = load(f, "local t = {}\nwhile true do\n  t[#t + 1] = { #t }\nend\n");
	assert_non_null(cause);
	if (strncmp(cause, "sb/01-a.lua:", 12) != 0 || strstr(cause, "stopped: this code") == NULL ||
	    strstr(cause, "MB of memory") == NULL)
		fail_msg("table bomb: %s", cause);
	free(cause);
	/* string.rep asked for a huge string at once */
	assert_load_fails(f, "\nlocal s = string.rep(\"x\", 1 << 30)\n",
	    "sb/01-a.lua:2: string.rep: result would be 1024 MB; the limit is 16 MB");
	assert_load_fails(f, "local s = (\"xy\"):rep(1 << 40)\n", "sb/01-a.lua:1: string.rep: result would be");
	/* strings doubled until memory runs out */
	/* (Lua's out-of-memory error carries no line: the pack file is named) */
	assert_load_fails(f, "local s = string.rep(\"x\", 1 << 20)\nwhile true do s = s .. s end\n",
	    "sb/01-a.lua");
	/* and memory errors caught by pcall in a loop still end */
	cause = load(f, "local t = {}\nwhile true do\n  pcall(function() t[#t + 1] = string.rep(\"y\", 1 << 20) .. #t end)\nend\n");
	assert_non_null(cause);
	if (strncmp(cause, "sb/01-a.lua:3: stopped: this code", 33) != 0)
		fail_msg("pcall memory bomb: %s", cause);
	free(cause);
}

/* Arguments too big for the Lua state's memory are refused with a message,
 * never a panic outside a protected call (exit 134), and the state is
 * usable afterwards.  (issue 21, item 7) */
static void
test_push_too_big(void **state)
{
	struct fixture *f = *state;
	struct value *big = value_new(VAL_SEQ), *res = NULL, *small;
	char *mb = xmalloc((size_t)1 << 20), *cause = NULL;
	int i, rc;

	memset(mb, 'x', (size_t)1 << 20);
	for (i = 0; i < 300; i++)
		value_push(big, value_str(mb, (size_t)1 << 20));
	free(mb);
	rc = script_call(f->S, "core.get", &res, &cause, 1, big);
	value_free(big);
	assert_int_equal(rc, -1);
	assert_null(res);
	if (cause == NULL || strstr(cause, "MB of memory (to hand core.get its arguments)") == NULL)
		fail_msg("too big an argument: %s", cause != NULL ? cause : "(no message)");
	free(cause);
	/* and the state still works */
	cause = NULL;
	small = value_strz("x.y");
	rc = script_call(f->S, "core.get", &res, &cause, 1, small);
	value_free(small);
	value_free(res);
	free(cause);
	assert_true(rc == 0 || rc == -1);
	assert_true(script_memory(f->S, NULL) < ((size_t)64 << 20));
}

/* Pack functions run later, from core.check, are stopped the same way, each
 * on its own budget: the one that ran away is the problem of its field. */
static void
test_validator_budget(void **state)
{
	struct fixture *f = *state;
	struct value *doc, *answers, *step, *pos, *name, *res = NULL;
	char *cause;

	cause = load(f, "return step { id = \"s\", title = \"S\", fields = {\n"
	    "  text { id = \"a\", label = \"A\",\n"
	    "    validate = function(v)\n"
	    "      while true do end\n"
	    "    end },\n"
	    "} }\n");
	assert_null(cause);
	doc = value_new(VAL_MAP);
	value_set(doc, "evalwiz", value_int(1));
	answers = value_new(VAL_MAP);
	step = value_new(VAL_MAP);
	value_set(step, "a", value_strz("x"));
	value_set(answers, "s", step);
	value_set(doc, "answers", answers);
	pos = value_new(VAL_MAP);
	name = value_strz("p.yaml");
	assert_int_equal(script_call(f->S, "core.open", &res, &cause, 3, doc, pos, name), 0);
	value_free(res);
	res = NULL;
	/* the runaway validator is a problem of its field, at its line; the
	 * check itself goes on and ends */
	assert_int_equal(script_call(f->S, "core.check", &res, &cause, 0), 0);
	assert_int_equal(value_get(res, "errors")->u.i, 1);
	assert_string_equal(value_get(value_at(value_get(res, "problems"), 0), "message")->u.str.s,
	    "its validator failed: sb/01-a.lua:4: stopped: this code ran for more than 25 million steps; "
	    "is there a loop that never ends?");
	value_free(res);
	value_free(doc);
	value_free(pos);
	value_free(name);
}

/* A value as YAML text, for comparing two values (NULL: "(none)"). */
static char *
as_text(const struct value *v)
{
	char *cause = NULL, *t;
	size_t len;

	if (v == NULL)
		return xstrdup("(none)");
	t = yaml_emit(v, &len, &cause);
	assert_non_null(t);
	return t;
}

/* A plan read straight into Lua (script_stash_yaml) is what the value tree
 * gives once in Lua, positions included; anything but the plain case is
 * left to the tree (-1), which then reads it or says what is wrong. */
static void
test_stash_same_as_tree(void **state)
{
	static const char *const same[] = {
		"a: 1\n",
		"evalwiz: 1\nmeta:\n  title: T\nanswers:\n  s:\n    f: text\n    n: 3\n    x: 2.5\n"
		"    b: true\n    q: '12'\n    big: 123456789012345678901234567890\n    e: []\n    m: {k: {}, n: ~}\n"
		"    rows:\n      - {a: 1, b: two}\n      - [1, [2, 3], {c: ~}]\n",
		"k: |\n  line one\n  line two\nl: >-\n  folded\n  text\ninf: .inf\nninf: -.Inf\nnan: .nan\n"
		"y: yes\nhex: 0x1F\nt: !!str 5\nu: \"caf\\u00e9 \\t\"\n",
		"a.b: 1\na:\n  b: 2\n  c:\n    d:\n      e: deep\n",	/* two nodes with one dotted path */
		"# comment\n---\nx: [a, 'b', \"c\"]\n...\n",
		"s:\n  - x\n  - - y\n    - z\n  -\n    k: v\n",
		/* what evalwiz writes, which the fast reader (yaml-fast.c) takes */
		"evalwiz: 1\npack: {id: eif, version: 1}\nmeta:\n  title: 'T: t'\nanswers:\n  s:\n    f: text # c\n"
		"    l:\n    - a\n    - b: 1\n      c: |-\n        two\n        lines\n    - [x, 'y', 3]\n    e: []\n"
		"    d: \"\\u00e9\\t\"\n  t:\n    rows:\n    - k: v\n      blank:\n      n: ~\n",
	};
	static const char *const tree[] = {
		"",			/* empty: a nil document */
		"- a\n- b\n",		/* not a mapping */
		"just text\n",
		"a: 1\na: 2\n",		/* a repeated key: the tree says where */
		"a:\na:\n",		/* a repeated key with blank values */
		"a: 1\nb:\na: 2\n",
		"1: one\n",		/* a key that is not text: the tree makes it text */
		"true: x\n",
		"a: &x 1\nb: *x\n",	/* aliases: the tree copies them under its caps */
		"a: &x [1]\n",
		"l:\n  - 1\n  -\n  - 3\n",	/* an empty list item: refused with its place */
		"l: [1, ~]\n",
		"a:\nb:\nc: 1\n",	/* null and {} in the top three levels: session.c keeps them */
		"meta:\n  notes:\n",
		"answers:\n  s:\n    m: {}\n",
		"a: 1\n---\nb: 2\n",	/* two documents */
		"a: [1\n",		/* not YAML */
		"a:\n\tb: 1\n",
		"a: 1\n  b: 2\n",
	};
	struct fixture *f = *state;
	size_t i;

	for (i = 0; i < sizeof same / sizeof same[0]; i++) {
		char *cause = NULL, *a, *b;
		struct value *t = yaml_parse(same[i], strlen(same[i]), "t.yaml", &cause);
		struct value *lt, *lp, *pos, *sd, *sp;

		assert_non_null(t);
		/* the third reading: the fast reader's items, where it takes the text, are libyaml's */
		assert_int_not_equal(yaml_fast_compare(same[i], strlen(same[i]), &cause), -1);
		assert_int_equal(script_stash_yaml(f->S, same[i], strlen(same[i]), 3), 0);
		lt = script_lua_copy(f->S, t);
		pos = value_positions_depth(t, 3);
		lp = script_lua_copy(f->S, pos);
		sd = script_stash_value(f->S, SCRIPT_STASH_DOC);
		sp = script_stash_value(f->S, SCRIPT_STASH_POS);
		a = as_text(lt);
		b = as_text(sd);
		assert_string_equal(a, b);
		free(a);
		free(b);
		a = as_text(lp);
		b = as_text(sp);
		assert_string_equal(a, b);
		free(a);
		free(b);
		script_stash_drop(f->S);
		assert_null(script_stash_value(f->S, SCRIPT_STASH_DOC));
		value_free(t);
		value_free(lt);
		value_free(pos);
		value_free(lp);
		value_free(sd);
		value_free(sp);
	}
	{
		char *what = NULL;
		const char *own = same[sizeof same / sizeof same[0] - 1];

		assert_int_equal(yaml_fast_compare(own, strlen(own), &what), 1);
	}
	for (i = 0; i < sizeof tree / sizeof tree[0]; i++) {
		char *cause = NULL;

		assert_int_not_equal(yaml_fast_compare(tree[i], strlen(tree[i]), &cause), -1);
		assert_int_equal(script_stash_yaml(f->S, tree[i], strlen(tree[i]), 3), -1);
		assert_null(script_stash_value(f->S, SCRIPT_STASH_DOC));
	}
}

/* A step's status worked out while the keyboard is idle comes in slices
 * (ui.idle gives { more = true } and no step list until it is done), and
 * the instruction budget goes on from slice to slice: a runaway validator
 * there is stopped as in one call and becomes its field's problem, instead
 * of running a slice at a time for ever. */
static void
test_idle_slices_keep_the_budget(void **state)
{
	struct fixture *f = *state;
	struct value *doc, *answers, *step, *pos, *name, *res = NULL, *idx, *entry;
	const struct value *steps = NULL;
	char *cause, *p;
	int calls, slices = 0;

	put(f, "pack.lua", "return { id = \"sb\", version = 1, steps = { \"01-a.lua\", \"02-b.lua\" } }\n");
	put(f, "02-b.lua", "return step { id = \"b\", title = \"B\", fields = {\n"
	    "  text { id = \"x\", label = \"X\",\n"
	    "    validate = function(v)\n"
	    "      while true do end\n"
	    "    end },\n"
	    "} }\n");
	cause = load(f, "return step { id = \"a\", title = \"A\", fields = { text { id = \"y\", label = \"Y\" } } }\n");
	assert_null(cause);
	doc = value_new(VAL_MAP);
	value_set(doc, "evalwiz", value_int(1));
	answers = value_new(VAL_MAP);
	step = value_new(VAL_MAP);
	value_set(step, "x", value_strz("v"));
	value_set(answers, "b", step);
	value_set(doc, "answers", answers);
	pos = value_new(VAL_MAP);
	name = value_strz("p.yaml");
	idx = value_int(1);
	entry = value_strz("ui.idle");
	assert_int_equal(script_call(f->S, "core.open", &res, &cause, 3, doc, pos, name), 0);
	value_free(res);
	res = NULL;
	assert_int_equal(script_call(f->S, "ui.screen", &res, &cause, 1, idx), 0);
	value_free(res);
	res = NULL;
	for (calls = 0; calls < 100000; calls++) {
		const struct value *more;

		if (script_call(f->S, "entry.call", &res, &cause, 2, entry, idx) == -1)
			fail_msg("%s", cause);
		more = value_get(value_get(res, "value"), "more");
		if ((steps = value_get(value_get(res, "value"), "steps")) == NULL)
			slices++;
		if (more == NULL || !more->u.b)
			break;
		value_free(res);
		res = NULL;
	}
	assert_true(slices > 10);
	assert_non_null(steps);
	assert_string_equal(value_get(value_at(steps, 1), "status")->u.str.s, "problems");
	value_free(res);
	value_free(doc);
	value_free(pos);
	value_free(name);
	value_free(idx);
	value_free(entry);
	p = path_join(f->dir, "02-b.lua");
	unlink(p);
	free(p);
}

/* evalwiz's own modules are loaded from the bytecode made at build time,
 * under their real file names (errors, the hook and the string guards see
 * the same as for text); a module whose text on disk is not the text that
 * was compiled is compiled from its text. */
static void
test_own_modules_precompiled(void **state)
{
	struct fixture *f = *state;
	struct value *a = value_strz("x");
	char *cause = NULL, *want, *text, *dir, *sub, *path, *orig;
	struct script *S;
	size_t len;
	FILE *fp;

	assert_true(script_precompiled(f->S) > 0);
	assert_int_equal(script_call(f->S, "ui.screen", NULL, &cause, 1, a), -1);
	/* Lua shortens a long source name from the left ("...k/main/..."), as
	 * in a distcheck's deep build folder: compare the end of the path */
	want = xasprintf("%s/lua/evalwiz/ui.lua:", srcdir());
	if ((strncmp(cause, want, strlen(want)) != 0 &&
	    (strncmp(cause, "...", 3) != 0 || strstr(cause, "/lua/evalwiz/ui.lua:") == NULL)) ||
	    strstr(cause, ": no pack loaded") == NULL)
		fail_msg("got \"%s\", expected \"%s...: no pack loaded\"", cause, want);
	free(want);
	free(cause);
	value_free(a);

	dir = path_join(f->dir, "lua");
	sub = path_join(dir, "evalwiz");
	assert_int_equal(mkdir(dir, 0700), 0);
	assert_int_equal(mkdir(sub, 0700), 0);
	orig = xasprintf("%s/lua/evalwiz/sandbox.lua", srcdir());
	text = read_file(orig, 1u << 20, &len, &cause);
	assert_non_null(text);
	path = path_join(sub, "sandbox.lua");
	fp = fopen(path, "w");
	assert_non_null(fp);
	fwrite(text, 1, len, fp);
	fputs("-- changed after the build\n", fp);
	fclose(fp);
	S = script_new(dir, &cause);
	assert_non_null(S);
	assert_int_equal(script_precompiled(S), 0);
	script_free(S);
	unlink(path);
	rmdir(sub);
	rmdir(dir);
	free(path);
	free(orig);
	free(text);
	free(sub);
	free(dir);
}

int
main(void)
{
	/* The limits under test are the instruction budget and the memory cap;
	 * keep the processor-time limit out of the way on a loaded machine. */
	setenv("EVALWIZ_SCRIPT_SECONDS", "60", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_forbidden_globals_absent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_forbidden_use_names_the_line, setup, teardown),
		cmocka_unit_test_setup_teardown(test_string_metatable_hidden, setup, teardown),
		cmocka_unit_test_setup_teardown(test_budget_stops_loops, setup, teardown),
		cmocka_unit_test_setup_teardown(test_memory_cap, setup, teardown),
		cmocka_unit_test_setup_teardown(test_push_too_big, setup, teardown),
		cmocka_unit_test_setup_teardown(test_cpu_limit_message, setup_short_cpu, teardown),
		cmocka_unit_test_setup_teardown(test_validator_budget, setup, teardown),
		cmocka_unit_test_setup_teardown(test_own_modules_precompiled, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stash_same_as_tree, setup, teardown),
		cmocka_unit_test_setup_teardown(test_idle_slices_keep_the_budget, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
