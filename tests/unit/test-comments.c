/* test-comments.c: comments in a plan file survive being written again:
 * above the node they preceded, after the value they followed, at the end
 * when their node is gone, and never inside a value. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <stdlib.h>
#include <string.h>

#include "plan/comments.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

/* What a save does: read old, emit the values of new_yaml, put old's
 * comments back. */
static char *
resave(const char *old, const char *new_yaml)
{
	struct yaml_comments *c = yaml_comments_find(old, strlen(old));
	char *cause = NULL, *text, *out;
	struct value *v = yaml_parse(new_yaml, strlen(new_yaml), "new.yaml", &cause);
	size_t len, outlen;

	if (v == NULL)
		fail_msg("parse: %s", cause);
	text = yaml_emit(v, &len, &cause);
	value_free(v);
	assert_non_null(text);
	out = yaml_comments_apply(c, text, len, &outlen);
	assert_int_equal(strlen(out), outlen);
	free(text);
	yaml_comments_free(c);
	return out;
}

static void
test_none(void **state)
{
	(void)state;
	assert_null(yaml_comments_find("a: 1\nb: [x, y]\n", 15));
	/* a '#' inside a value is not a comment */
	assert_null(yaml_comments_find("a: 'x # y'\nb: c#d\nc: \"# e\"\n", 28));
	assert_null(yaml_comments_find("a: |\n  # inside\n  text\n", 23));
	assert_null(yaml_comments_find("", 0));
}

static void
test_places(void **state)
{
	const char *old =
	    "# top\n"
	    "a: 1  # after a\n"
	    "b:\n"
	    "  # above c\n"
	    "  c: x\n"
	    "  d: |  # on the block header\n"
	    "    line one\n"
	    "    # part of the text\n"
	    "list:\n"
	    "  # above the first item\n"
	    "  - one # after one\n"
	    "  - two\n"
	    "# at the end\n";
	struct yaml_comments *c = yaml_comments_find(old, strlen(old));
	char *out;

	(void)state;
	assert_int_equal(yaml_comments_count(c), 7);
	yaml_comments_free(c);
	out = resave(old, "a: 2\nb: {c: z, d: \"line one\\n# part of the text\\n\"}\nlist: [one, two]\n");
	assert_string_equal(out,
	    "# top\n"
	    "a: 2 # after a\n"
	    "b:\n"
	    "  # above c\n"
	    "  c: z\n"
	    "  d: | # on the block header\n"
	    "    line one\n"
	    "    # part of the text\n"
	    "list:\n"
	    "# above the first item\n"
	    "- one # after one\n"
	    "- two\n"
	    "# at the end\n");
	free(out);
}

static void
test_gone_and_new(void **state)
{
	const char *old = "a: 1\n# about b\nb: 2 # two\nc: 3\n";
	char *out;

	(void)state;
	/* b removed: its comments move to the end, not lost */
	out = resave(old, "a: 1\nc: 3\nd: 4\n");
	assert_string_equal(out, "a: 1\nc: 3\nd: 4\n# about b\n# two\n");
	free(out);
	/* keys in another order: comments follow their key */
	out = resave(old, "c: 3\nb: 5\na: 1\n");
	assert_string_equal(out, "c: 3\n# about b\nb: 5 # two\na: 1\n");
	free(out);
}

static void
test_unchanged_without_comments(void **state)
{
	char *out;
	size_t len;

	(void)state;
	out = yaml_comments_apply(NULL, "a: 1\n", 5, &len);
	assert_string_equal(out, "a: 1\n");
	assert_int_equal(len, 5);
	free(out);
}

/* A comment never changes what the file means, whatever it says. */
static void
test_values_kept(void **state)
{
	const char *old = "a: x # ]: {'\nb:\n- y # - z\n# q: |\nc: \"p\"\n";
	char *out, *cause = NULL;
	struct value *v;

	(void)state;
	out = resave(old, "a: x\nb: [y]\nc: p\n");
	v = yaml_parse(out, strlen(out), "out.yaml", &cause);
	assert_non_null(v);
	assert_string_equal(value_get(v, "a")->u.str.s, "x");
	assert_string_equal(value_at(value_get(v, "b"), 0)->u.str.s, "y");
	assert_int_equal(value_count(v), 3);
	assert_non_null(strstr(out, "# ]: {'"));
	assert_non_null(strstr(out, "# q: |"));
	value_free(v);
	free(out);
}

/* libyaml counts characters, not bytes: accents, CR LF line ends, a
 * byte-order mark and Unicode line breaks must not shift the comments. */
static void
test_characters(void **state)
{
	const char *old = "\xef\xbb\xbf" "a: caf\xc3\xa9 cr\xc3\xa8me # \xc3\xa9t\xc3\xa9\r\n"
	    "# \xe2\x80\x9cquoted\xe2\x80\x9d\r\n"
	    "b: 'x # not one'  # one\r\n"
	    "c: \xe6\x97\xa5\xe6\x9c\xac # wide\n";
	char *out;

	(void)state;
	out = resave(old, "a: caf\xc3\xa9 cr\xc3\xa8me\nb: 'x # not one'\nc: \xe6\x97\xa5\xe6\x9c\xac\n");
	assert_string_equal(out,
	    "a: caf\xc3\xa9 cr\xc3\xa8me # \xc3\xa9t\xc3\xa9\n"
	    "# \xe2\x80\x9cquoted\xe2\x80\x9d\n"
	    "b: 'x # not one' # one\n"
	    "c: \xe6\x97\xa5\xe6\x9c\xac # wide\n");
	free(out);
	/* many CR LF line ends before a quoted '#': still inside the value */
	out = resave("a: 1\r\nb: 2\r\nc: 3\r\nd: 4\r\ne: 5\r\nf: 6\r\ng: ' # x'\r\n",
	    "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: ' # x'\n");
	assert_string_equal(out, "a: 1\nb: 2\nc: 3\nd: 4\ne: 5\nf: 6\ng: ' # x'\n");
	free(out);
	/* text that is neither UTF-8 nor UTF-16 (Latin-1 here) is left alone */
	assert_null(yaml_comments_find("a: caf\xe9 # x\n", 13));
}

/* A UTF-16 plan (with its byte-order mark, either byte order) keeps its
 * comments when it is written back as UTF-8, also after a character that
 * takes two UTF-16 units; a broken surrogate gives no comments. */
static char *
to_utf16(const char *utf8, int big, size_t *len)
{
	const unsigned char *u = (const unsigned char *)utf8;
	char *out = malloc(strlen(utf8) * 4 + 2), *o = out;
	unsigned long c;

	*o++ = big ? '\xfe' : '\xff';
	*o++ = big ? '\xff' : '\xfe';
	while (*u) {
		if (*u < 0x80)
			c = *u++;
		else if (*u < 0xe0)
			c = (unsigned long)(*u & 0x1f) << 6 | (u[1] & 0x3f), u += 2;
		else if (*u < 0xf0)
			c = (unsigned long)(*u & 0x0f) << 12 | (unsigned long)(u[1] & 0x3f) << 6 | (u[2] & 0x3f), u += 3;
		else
			c = (unsigned long)(*u & 0x07) << 18 | (unsigned long)(u[1] & 0x3f) << 12 |
			    (unsigned long)(u[2] & 0x3f) << 6 | (u[3] & 0x3f), u += 4;
		if (c >= 0x10000) {
			unsigned long hi = 0xd800 + ((c - 0x10000) >> 10), lo = 0xdc00 + ((c - 0x10000) & 0x3ff);

			*o++ = (char)(big ? hi >> 8 : hi & 0xff);
			*o++ = (char)(big ? hi & 0xff : hi >> 8);
			c = lo;
		}
		*o++ = (char)(big ? c >> 8 : c & 0xff);
		*o++ = (char)(big ? c & 0xff : c >> 8);
	}
	*len = (size_t)(o - out);
	return out;
}

static void
test_utf16(void **state)
{
	const char *old = "# top\nname: \xf0\x9f\x98\x80 caf\xc3\xa9 # after name\nb: 1\n";
	int big;

	(void)state;
	for (big = 0; big <= 1; big++) {
		size_t len, textlen, outlen;
		char *u16 = to_utf16(old, big, &len), *cause = NULL, *text, *out;
		struct yaml_comments *c = yaml_comments_find(u16, len);
		struct value *v = yaml_parse(u16, len, "old.yaml", &cause);

		if (v == NULL)
			fail_msg("parse: %s", cause);
		assert_int_equal(yaml_comments_count(c), 2);
		text = yaml_emit(v, &textlen, &cause);
		value_free(v);
		out = yaml_comments_apply(c, text, textlen, &outlen);
		assert_string_equal(out, "# top\nname: \xf0\x9f\x98\x80 caf\xc3\xa9 # after name\nb: 1\n");
		free(out);
		free(text);
		yaml_comments_free(c);
		/* a low surrogate first: not UTF-16, nothing is found */
		u16[2 + 2 * 6 + !big] = '\xdc';
		u16[2 + 2 * 6 + big] = '\x00';
		assert_null(yaml_comments_find(u16, len));
		free(u16);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_none),
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_gone_and_new),
		cmocka_unit_test(test_unchanged_without_comments),
		cmocka_unit_test(test_values_kept),
		cmocka_unit_test(test_characters),
		cmocka_unit_test(test_utf16),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
