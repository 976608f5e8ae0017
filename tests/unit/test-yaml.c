/* test-yaml.c: YAML text to values and back: scalar styles and typing,
 * nesting, UTF-8, order, round trips, and the caps on hostile input. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan/yaml.h"
#include "util.h"
#include "value.h"

static struct value *
parse_ok(const char *text)
{
	char *cause = NULL;
	struct value *v = yaml_parse(text, strlen(text), "t.yaml", &cause);

	if (v == NULL)
		fail_msg("parse failed: %s", cause);
	return v;
}

/* Parses text that must fail; returns the message (allocated). */
static char *
parse_fails(const char *text, size_t len)
{
	char *cause = NULL;
	struct value *v = yaml_parse(text, len, "t.yaml", &cause);

	if (v != NULL) {
		value_free(v);
		fail_msg("parse of %.40s... should have failed", text);
	}
	assert_non_null(cause);
	return cause;
}

static void
assert_prefix(const char *s, const char *prefix)
{
	if (strncmp(s, prefix, strlen(prefix)) != 0)
		fail_msg("\"%s\" does not start with \"%s\"", s, prefix);
}

static void
assert_contains(const char *s, const char *part)
{
	if (strstr(s, part) == NULL)
		fail_msg("\"%s\" does not contain \"%s\"", s, part);
}

static int
value_equal(const struct value *a, const struct value *b)
{
	size_t i;

	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case VAL_NIL:
		return 1;
	case VAL_BOOL:
		return a->u.b == b->u.b;
	case VAL_INT:
		return a->u.i == b->u.i;
	case VAL_NUM:
		return a->u.n == b->u.n || (isnan(a->u.n) && isnan(b->u.n));
	case VAL_STR:
		return a->u.str.len == b->u.str.len && memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
	case VAL_SEQ:
		if (a->u.list.n != b->u.list.n)
			return 0;
		for (i = 0; i < a->u.list.n; i++)
			if (!value_equal(a->u.list.items[i], b->u.list.items[i]))
				return 0;
		return 1;
	case VAL_MAP:
		if (a->u.list.n != b->u.list.n)
			return 0;
		for (i = 0; i < 2 * a->u.list.n; i++)
			if (!value_equal(a->u.list.items[i], b->u.list.items[i]))
				return 0;
		return 1;
	}
	return 0;
}

static char *
emit_ok(const struct value *v)
{
	char *cause = NULL, *text;
	size_t len;

	text = yaml_emit(v, &len, &cause);
	if (text == NULL)
		fail_msg("emit failed: %s", cause);
	assert_int_equal(strlen(text), len);
	return text;
}

/* Emits v, parses the text, and checks the result equals v. */
static void
assert_round_trip(const struct value *v)
{
	char *text = emit_ok(v);
	struct value *back = parse_ok(text);

	if (!value_equal(v, back))
		fail_msg("round trip changed the value; text was:\n%s", text);
	value_free(back);
	free(text);
}

static void
test_scalar_styles(void **state)
{
	struct value *v;

	(void)state;
	v = parse_ok("plain: hello world\n"
	    "single: 'it''s'\n"
	    "double: \"tab\\there \\u00e9\"\n"
	    "literal: |\n  line one\n  line two\n"
	    "folded: >\n  folded\n  text\n"
	    "keep: |+\n  kept\n\n"
	    "strip: |-\n  stripped\n"
	    "quoted_number: '12'\n"
	    "tagged: !!str 12\n");
	assert_string_equal(value_get(v, "plain")->u.str.s, "hello world");
	assert_string_equal(value_get(v, "single")->u.str.s, "it's");
	assert_string_equal(value_get(v, "double")->u.str.s, "tab\there \xc3\xa9");
	assert_string_equal(value_get(v, "literal")->u.str.s, "line one\nline two\n");
	assert_string_equal(value_get(v, "folded")->u.str.s, "folded text\n");
	assert_string_equal(value_get(v, "keep")->u.str.s, "kept\n\n");
	assert_string_equal(value_get(v, "strip")->u.str.s, "stripped");
	assert_int_equal(value_get(v, "quoted_number")->type, VAL_STR);
	assert_string_equal(value_get(v, "quoted_number")->u.str.s, "12");
	assert_int_equal(value_get(v, "tagged")->type, VAL_STR);
	value_free(v);
}

static void
test_plain_typing(void **state)
{
	static const struct {
		const char *text;
		enum value_type type;
	} cases[] = {
		{ "~", VAL_NIL }, { "null", VAL_NIL }, { "Null", VAL_NIL }, { "NULL", VAL_NIL },
		{ "true", VAL_BOOL }, { "False", VAL_BOOL }, { "TRUE", VAL_BOOL },
		{ "12", VAL_INT }, { "-7", VAL_INT }, { "+3", VAL_INT }, { "012", VAL_INT },
		{ "1.5", VAL_NUM }, { "1e3", VAL_NUM }, { "-2.5E-3", VAL_NUM }, { ".5", VAL_NUM },
		{ ".inf", VAL_NUM }, { "-.inf", VAL_NUM }, { ".nan", VAL_NUM },
		/* YAML 1.1 booleans and radix numbers stay text (evalwiz reads YAML 1.2) */
		{ "yes", VAL_STR }, { "No", VAL_STR }, { "on", VAL_STR }, { "y", VAL_STR },
		{ "0x1F", VAL_STR }, { "0o17", VAL_STR },
		{ "1e", VAL_STR }, { "1.2.3", VAL_STR }, { "12abc", VAL_STR }, { "-x", VAL_STR },
		{ "2026-01-01", VAL_STR }, { "99999999999999999999", VAL_STR },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *text = xasprintf("v: %s\n", cases[i].text);
		struct value *v = parse_ok(text), *x = value_get(v, "v");

		if (x->type != cases[i].type)
			fail_msg("%s read as %s, expected %s", cases[i].text, value_type_name(x->type),
			    value_type_name(cases[i].type));
		value_free(v);
		free(text);
	}
	{
		struct value *v = parse_ok("a: 012\nb: 1e3\nc: .inf\nd: -.inf\ne: False\n");

		assert_int_equal(value_get(v, "a")->u.i, 12);
		assert_true(value_get(v, "b")->u.n == 1000.0);
		assert_true(isinf(value_get(v, "c")->u.n) && value_get(v, "c")->u.n > 0);
		assert_true(isinf(value_get(v, "d")->u.n) && value_get(v, "d")->u.n < 0);
		assert_false(value_get(v, "e")->u.b);
		value_free(v);
	}
}

/* Strings that would read back as something else are quoted; the rest are not. */
static void
test_strings_quoted_on_write(void **state)
{
	static const char *const must_quote[] = {
		"yes", "no", "on", "off", "y", "N", "true", "null", "~", "012", "12", "1e3", "-1.5",
		".inf", "0x10", "", " leading space", "trailing space ", "a: b", "# not a comment",
		"- dash", "[x]", "{x}", "*star", "&amp", "!bang", "%pct", "@at", "`tick", "'q'", "\"dq\"",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof must_quote / sizeof must_quote[0]; i++) {
		struct value *m = value_new(VAL_MAP);
		char *text, *line;

		value_set(m, "k", value_strz(must_quote[i]));
		text = emit_ok(m);
		line = xasprintf("k: %s\n", must_quote[i]);
		if (strcmp(text, line) == 0)
			fail_msg("\"%s\" was written unquoted", must_quote[i]);
		assert_round_trip(m);
		free(line);
		free(text);
		value_free(m);
	}
	{
		struct value *m = value_new(VAL_MAP);
		char *text;

		value_set(m, "k", value_strz("plain words"));
		value_set(m, "num", value_int(12));
		value_set(m, "x", value_num(1.0));
		value_set(m, "b", value_bool(1));
		value_set(m, "z", value_new(VAL_NIL));
		text = emit_ok(m);
		assert_string_equal(text, "k: plain words\nnum: 12\nx: 1.0\nb: true\nz: null\n");
		assert_round_trip(m);
		free(text);
		value_free(m);
	}
}

static void
test_nesting_and_order(void **state)
{
	const char *text =
	    "zebra: 1\n"
	    "apple:\n"
	    "  - one\n"
	    "  - two: 2\n"
	    "    three: [a, b, {c: d}]\n"
	    "  - []\n"
	    "mango: {}\n"
	    "unknown_key: kept\n";
	struct value *v = parse_ok(text), *apple;
	char *out;

	(void)state;
	assert_string_equal(value_key_at(v, 0), "zebra");
	assert_string_equal(value_key_at(v, 1), "apple");
	assert_string_equal(value_key_at(v, 2), "mango");
	assert_string_equal(value_key_at(v, 3), "unknown_key");
	apple = value_get(v, "apple");
	assert_int_equal(apple->type, VAL_SEQ);
	assert_int_equal(value_count(apple), 3);
	assert_string_equal(value_path(value_at(apple, 1), "three")->u.list.items[2]->u.list.items[1]->u.str.s, "d");
	assert_int_equal(value_at(apple, 2)->type, VAL_SEQ);
	assert_int_equal(value_get(v, "mango")->type, VAL_MAP);
	/* positions: line and column of each node */
	assert_int_equal(value_get(v, "unknown_key")->line, 8);
	assert_int_equal(value_get(v, "unknown_key")->col, 14);
	out = emit_ok(v);
	/* block style, order kept, empty collections in flow style */
	assert_string_equal(out,
	    "zebra: 1\n"
	    "apple:\n"
	    "- one\n"
	    "- two: 2\n"
	    "  three:\n"
	    "  - a\n"
	    "  - b\n"
	    "  - c: d\n"
	    "- []\n"
	    "mango: {}\n"
	    "unknown_key: kept\n");
	assert_round_trip(v);
	free(out);
	value_free(v);
}

static void
test_utf8_kept(void **state)
{
	const char *text = "name: \"Zo\xc3\xab \xe2\x80\x94 caf\xc3\xa9 \xf0\x9f\x99\x82\"\nwelsh: Gwasanaethau \xc5\xb5\n";
	struct value *back;
	struct value *v = parse_ok(text);
	char *out;

	(void)state;
	assert_string_equal(value_get(v, "name")->u.str.s, "Zo\xc3\xab \xe2\x80\x94 caf\xc3\xa9 \xf0\x9f\x99\x82");
	out = emit_ok(v);
	/* Written as the characters, not as \u escapes.  libyaml 0.2.5 escapes
	 * characters beyond U+FFFF (emoji) as \U...; they still read back whole. */
	assert_contains(out, "Zo\xc3\xab \xe2\x80\x94 caf\xc3\xa9 ");
	assert_contains(out, "welsh: Gwasanaethau \xc5\xb5\n");
	assert_null(strstr(out, "\\u"));
	back = parse_ok(out);
	assert_true(value_equal(v, back));
	value_free(back);
	free(out);
	value_free(v);
}

static void
test_multiline_literal(void **state)
{
	struct value *m = value_new(VAL_MAP);
	char *out;

	(void)state;
	value_set(m, "problem", value_strz("First line.\nSecond line, with: a colon.\n"));
	value_set(m, "nonl", value_strz("one\ntwo"));
	out = emit_ok(m);
	assert_string_equal(out, "problem: |\n  First line.\n  Second line, with: a colon.\nnonl: |-\n  one\n  two\n");
	assert_round_trip(m);
	free(out);
	value_free(m);
}

static void
test_round_trip_document(void **state)
{
	const char *text =
	    "evalwiz: 1\n"
	    "pack:\n  id: eif-10-steps\n  version: 1\n"
	    "meta:\n  title: 'yes'\n  created: 2026-09-01T09:00:00Z\n"
	    "answers:\n"
	    "  theory_of_change:\n"
	    "    problem: |\n      Line one.\n      Line two.\n"
	    "    outcomes:\n    - fewer exclusions\n    - '12'\n"
	    "  follow_up:\n    months: 18\n    ratio: 0.25\n    ok: false\n"
	    "  zzz_unknown:\n    x: [1, 2.5, 'null', ~]\n";
	struct value *v = parse_ok(text);
	char *once = emit_ok(v), *twice;
	struct value *back = parse_ok(once);

	(void)state;
	assert_true(value_equal(v, back));
	twice = emit_ok(back);
	assert_string_equal(once, twice);	/* stable: a second save changes nothing */
	free(once);
	free(twice);
	value_free(back);
	value_free(v);
}

static void
test_alias_bomb(void **state)
{
	struct buf b;
	char *cause;
	int i;

	(void)state;
	buf_init(&b);
	buf_adds(&b, "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
	for (i = 1; i < 10; i++)
		buf_addf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i,
		    i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1);
	cause = parse_fails(b.data, b.len);
	assert_prefix(cause, "t.yaml:");
	assert_contains(cause, "alias");
	/* the line of the alias that went over the cap */
	assert_true(strncmp(cause, "t.yaml:4:", 9) == 0 || strncmp(cause, "t.yaml:5:", 9) == 0);
	free(cause);
	buf_free(&b);
	/* a few aliases are fine, and copy the anchored value */
	{
		struct value *v = parse_ok("base: &b {x: 1}\nother: *b\nname: &n text\nsame: *n\n");

		assert_int_equal(value_path(v, "other.x")->u.i, 1);
		assert_string_equal(value_get(v, "same")->u.str.s, "text");
		value_free(v);
	}
	/* an anchored key, then an alias of it (once a use after free) */
	{
		struct value *v = parse_ok("? &k key\n: 1\nb: *k\n");

		assert_string_equal(value_get(v, "b")->u.str.s, "key");
		value_free(v);
	}
	cause = parse_fails("a: *nowhere\n", 12);
	assert_string_equal(cause, "t.yaml:1:4: the alias *nowhere names no anchor defined before it");
	free(cause);
}

static void
test_deep_nesting(void **state)
{
	struct buf b;
	char *cause;
	int i;

	(void)state;
	buf_init(&b);
	for (i = 0; i < 10000; i++)
		buf_addc(&b, '[');
	for (i = 0; i < 10000; i++)
		buf_addc(&b, ']');
	cause = parse_fails(b.data, b.len);
	assert_string_equal(cause, "t.yaml:1:65: nesting is deeper than 64 levels; a plan never needs this many");
	free(cause);
	buf_free(&b);
	/* block style too, with the line */
	buf_init(&b);
	for (i = 0; i < 100; i++)
		buf_addf(&b, "%*sk%d:\n", 2 * i, "", i);
	cause = parse_fails(b.data, b.len);
	assert_prefix(cause, "t.yaml:");
	assert_contains(cause, "nesting is deeper than 64 levels");
	free(cause);
	buf_free(&b);
}

static void
test_large_file(void **state)
{
	char path[] = "/tmp/evalwiz-test-yaml-XXXXXX";
	char *cause = NULL, *chunk;
	size_t i, size = YAML_MAX_FILE + 4096;
	FILE *f;
	int fd;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd != -1);
	f = fdopen(fd, "w");
	chunk = xmalloc(4096);
	memset(chunk, 'x', 4096);
	chunk[4095] = '\n';
	chunk[0] = '#';
	for (i = 0; i < size; i += 4096)
		assert_int_equal(fwrite(chunk, 1, 4096, f), 4096);
	fclose(f);
	free(chunk);
	assert_null(yaml_load_file(path, &cause));
	assert_non_null(cause);
	assert_prefix(cause, path);
	assert_contains(cause, "larger than 16 MB");
	/* the position where the cap was reached: line 4097, column 1 */
	{
		char *want = xasprintf("%s:4097:1: ", path);

		assert_prefix(cause, want);
		free(want);
	}
	free(cause);
	unlink(path);
}

static void
test_invalid_utf8_and_nul(void **state)
{
	char *cause;

	(void)state;
	cause = parse_fails("a: ok\nb: caf\xc3\n", 14);
	assert_prefix(cause, "t.yaml:2:");
	assert_contains(cause, "UTF-8");
	free(cause);
	cause = parse_fails("a: ok\nb: \xff\xfe\n", 12);
	assert_string_equal(cause, "t.yaml:2:4: this is not plain UTF-8 text (invalid leading UTF-8 octet); save the file as UTF-8");
	free(cause);
	cause = parse_fails("a: ok\nbb: x\0y\n", 13);
	assert_prefix(cause, "t.yaml:2:6: ");
	free(cause);
	/* yaml_load_file names the NUL byte */
	{
		char path[] = "/tmp/evalwiz-test-yaml-XXXXXX";
		int fd = mkstemp(path);

		assert_true(fd != -1);
		assert_int_equal(write(fd, "a: 1\nb: x\0\n", 11), 11);
		close(fd);
		assert_null(yaml_load_file(path, &cause));
		{
			char *want = xasprintf("%s:2:5: the file contains a NUL byte; it is not a text file", path);

			assert_string_equal(cause, want);
			free(want);
		}
		free(cause);
		unlink(path);
	}
	/* and a value that is not UTF-8 is refused when written, not emitted */
	{
		struct value *m = value_new(VAL_MAP);
		size_t len;

		value_set(m, "k", value_strz("ab\xff"));
		cause = NULL;
		assert_null(yaml_emit(m, &len, &cause));
		assert_contains(cause, "not valid UTF-8");
		free(cause);
		value_free(m);
	}
}

static void
test_duplicate_keys_and_bad_syntax(void **state)
{
	char *cause;

	(void)state;
	cause = parse_fails("a: 1\nb: 2\na: 3\n", 15);
	assert_string_equal(cause, "t.yaml:3:1: the key \"a\" appears twice in the same mapping; remove one of them");
	free(cause);
	cause = parse_fails("a:\n  x: 1\n  x: 2\n", 17);
	assert_prefix(cause, "t.yaml:3:3: ");
	free(cause);
	cause = parse_fails("a: [1, 2\nb: 3\n", 14);
	assert_prefix(cause, "t.yaml:");
	free(cause);
	cause = parse_fails("a: b: c\n", 8);
	assert_prefix(cause, "t.yaml:1:5: ");
	free(cause);
	cause = parse_fails("a: 1\n---\nb: 2\n", 14);
	assert_prefix(cause, "t.yaml:2:1: the file holds more than one YAML document");
	free(cause);
	cause = parse_fails("[1]: x\n", 7);
	assert_prefix(cause, "t.yaml:1:");
	assert_contains(cause, "a key must be plain text");
	free(cause);
}

static void
test_empty_document(void **state)
{
	struct value *v = parse_ok("");

	(void)state;
	assert_int_equal(v->type, VAL_NIL);
	value_free(v);
	v = parse_ok("# only a comment\n");
	assert_int_equal(v->type, VAL_NIL);
	value_free(v);
}

/* Characters above U+FFFF (emoji, rare CJK) are written as themselves,
 * and a long text holding one keeps its block form; the private-use
 * character evalwiz uses to carry them through libyaml survives too. */
static void
test_astral_characters(void **state)
{
	const char *multi = "line one \xf0\x9d\x94\xb8 and \xef\xa3\xbf\nline two \xf0\x9f\x98\x80\n";
	const char *one = "\xf0\x9f\x98\x80\xf0\x9f\x98\x80 \xef\xa3\xbf\xef\xa3\xbf\xee\x80\x81";
	struct value *m = value_new(VAL_MAP), *back;
	char *text;

	(void)state;
	value_set(m, "multi", value_strz(multi));
	value_set(m, "one", value_strz(one));
	value_set(m, "\xf0\x9f\x8c\x8d", value_strz("key"));
	text = emit_ok(m);
	assert_null(strstr(text, "\\U"));
	assert_non_null(strstr(text, "multi: |\n  line one \xf0\x9d\x94\xb8 and \xef\xa3\xbf\n  line two \xf0\x9f\x98\x80\n"));
	assert_non_null(strstr(text, "\xf0\x9f\x8c\x8d: key\n"));
	back = parse_ok(text);
	assert_string_equal(value_get(back, "multi")->u.str.s, multi);
	assert_string_equal(value_get(back, "one")->u.str.s, one);
	assert_non_null(value_get(back, "\xf0\x9f\x8c\x8d"));
	value_free(back);
	value_free(m);
	free(text);
}

/* The fast reader (yaml-fast.c) takes the text evalwiz writes and gives what
 * libyaml gives, item by item with positions; on anything else it gives up. */
static void
expect_fast(const char *text, int want)
{
	char *what = NULL;
	int r = yaml_fast_compare(text, strlen(text), &what);

	if (r != want)
		fail_msg("fast reader on \"%s\": %d, not %d (%s)", text, r, want, what != NULL ? what : "");
	free(what);
}

static void
test_fast_reader(void **state)
{
	static const char *const takes[] = {
		"a: 1\n",
		"a: 1",
		"# c\n\na: 1 # after\nb: two words  \n  # indented comment\nc: 'q''s' # c\nd: \"x\\ty\\u00e9\\U0001F600\\x41\\\\\\\"\"\n",
		"a:\n  b:\n    c: x\n  d: []\n  e: {}\nf: ~\ng: null\nh: true\ni: -12\nj: 2.5e3\nk: .inf\nl: 0x1F\nm: '12'\n",
		"s:\n- x\n- - y\n  - z\n- k: v\n  l: w\n- []\nt: 1\n",
		"s:\n  - x\n  -   - y\n      - z\n  - k: v\n    l:\n    - m\n  - n\n",
		"lit: |\n  line one\n\n  line two\nlit2: |-\n  a\n    b\nlit3: |+\n  keep\n\n\nlit4: |2-\n    two more\nz: 1\n",
		"l:\n- |\n  in a list\n- a: |-\n    in a map\n  b: 1\n",
		"e: |\nf: |-\n\ng: 1\n",
		"k: |\n  text\n# a comment after a block\nm: 2\n",
		"blank:\nafter: 1\nx:\n  deep:\n  also: 2\n",
		"caf\xc3\xa9: na\xc3\xafve \xe2\x82\xac \xf0\x9f\x98\x80 x\n",
		"\xc3\xa9\xc3\xa9: |\n  \xc3\xa9\nk: \xc3\xa9\xc3\xa9\nm:\n- \xc3\xa9: \n",
		"'quoted key': 1\n\"dq\": 2\n'': 3\n'a\\b': 'c\\n'\n",
		"url: http://example.org/a#b\nm: a:b\nn: -x\nq: ?y\nr: a [b] {c}, d\n",
		"1: one\ntrue: x\n",
		"a: 1\nb:\n- 1\n-\n  k: v\n",
		"a: |\n  x\n   # not a comment\n    y\n",
		"a: 1\n...\n", "a:\n  b:\n  - |+\n    x\n\n... # end\n\n# c\n",
		"a: [1]\nb: {c: 1, 'd': \"e\"}\nl:\n- [ x y ,  -1, 2026-01-01T00:00:00Z, '', a:b ]  # c\n- {}\n",
		"pack: {id: all-types, version: 1}\nmeta: {title: New plan, created: 2026-01-01T00:00:00Z}\n",
	};
	static const char *const gives_up[] = {
		"", "# only a comment\n", "- a\n", "just text\n", "---\na: 1\n", "a: 1\n...\nb: 2\n", "a: 1\n... x\n", "a: \"e\\'\"\n", "a:\n  b: {}\n...\nc: 5\n", "%YAML 1.1\n---\na: 1\n",
		"\xef\xbb\xbf" "a: 1\n", "a: 1\r\n", "a:\tb\n", "a:\n\tb: 1\n", "a: b\t# c\n", "a: &x 1\n", "a: *x\n",
		"a: !!str 1\n", "a: [[1]]\n", "a: [1,\n  2]\n", "a: ['x''y']\n", "a: [\"\\t\"]\n", "a: [1, ]\n",
		"a: {b}\n", "a: {b: c: d}\n", "a: [b: c]\n", "a: [?x]\n", "a: [x # c]\n", "a: [x:,y]\n", "a: >\n  folded\n", "a: multi\n  line\n", "a: 'multi\n  line'\n",
		"? a\n: b\n", "a : b\n", "a: 1\n  b: 2\n", "a:\n  b: 1\n c: 2\n", "l:\n- 1\n-\n- 3\n", "a: b: c\n",
		"a: \xc2\x85x\n", "a: \xe2\x80\xa8x\n", "a: \xff\n", "a: \x01\n", "a: \xef\xbf\xbe\n", "a: x\xef\xbb\xbfy\n",
		"a: 'x'y\n", "a: - x\n", "a: |0\n  x\n", "a: 'x'#c\n",
	};
	size_t i;
	struct value *m = value_new(VAL_MAP), *l = value_new(VAL_SEQ), *r = value_new(VAL_MAP);
	char *text;

	(void)state;
	for (i = 0; i < sizeof takes / sizeof takes[0]; i++)
		expect_fast(takes[i], 1);
	for (i = 0; i < sizeof gives_up / sizeof gives_up[0]; i++)
		expect_fast(gives_up[i], 0);
	/* what yaml_emit writes, strings of every kind among it */
	value_set(r, "outcome", value_strz("Fewer \"late\" reports: 10 % down"));
	value_set(r, "term", value_strz("short"));
	value_set(r, "notes", value_strz("two\nlines\n"));
	value_set(r, "lead", value_strz("  leading blanks\nand more"));
	value_set(r, "trail", value_strz("trailing blank \n"));
	value_set(r, "keep", value_strz("x\n\n\n"));
	value_set(r, "ctl", value_strz("bell\a tab\t"));
	value_set(r, "num", value_strz("12"));
	value_set(r, "nil", value_strz("null"));
	value_set(r, "hash", value_strz("# not a comment"));
	value_set(r, "colon", value_strz("a: b"));
	value_set(r, "dash", value_strz("- x"));
	value_set(r, "quote", value_strz("it's"));
	value_set(r, "astral", value_strz("\xf0\x9f\x98\x80 and \xc3\xa9"));
	value_set(r, "empty", value_strz(""));
	value_set(r, "sp", value_strz(" "));
	value_set(r, "n", value_num(1e100));
	value_set(r, "i", value_int(-7));
	value_set(r, "b", value_bool(0));
	value_set(r, "z", value_new(VAL_NIL));
	value_push(l, value_copy(r));
	value_push(l, value_strz("item"));
	value_push(l, value_new(VAL_SEQ));
	value_push(l, value_new(VAL_MAP));
	value_set(m, "rows", l);
	value_set(m, "row", r);
	value_set(m, "x y", value_strz("1.5"));
	text = emit_ok(m);
	expect_fast(text, 1);
	free(text);
	value_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scalar_styles),
		cmocka_unit_test(test_plain_typing),
		cmocka_unit_test(test_strings_quoted_on_write),
		cmocka_unit_test(test_nesting_and_order),
		cmocka_unit_test(test_utf8_kept),
		cmocka_unit_test(test_multiline_literal),
		cmocka_unit_test(test_round_trip_document),
		cmocka_unit_test(test_alias_bomb),
		cmocka_unit_test(test_deep_nesting),
		cmocka_unit_test(test_large_file),
		cmocka_unit_test(test_invalid_utf8_and_nul),
		cmocka_unit_test(test_duplicate_keys_and_bad_syntax),
		cmocka_unit_test(test_empty_document),
		cmocka_unit_test(test_astral_characters),
		cmocka_unit_test(test_fast_reader),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
