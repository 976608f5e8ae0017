/* test-value.c: the value tree keeps map order, replaces keys in place and copies deeply. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <string.h>

#include "util.h"
#include "value.h"

static void
test_map_order_and_replace(void **state)
{
	struct value *m = value_new(VAL_MAP);

	(void)state;
	value_set(m, "b", value_int(1));
	value_set(m, "a", value_int(2));
	value_set(m, "b", value_int(3));
	assert_int_equal(value_count(m), 2);
	assert_string_equal(value_key_at(m, 0), "b");
	assert_int_equal(value_val_at(m, 0)->u.i, 3);
	assert_string_equal(value_key_at(m, 1), "a");
	value_free(m);
}

static void
test_copy_and_path(void **state)
{
	struct value *m = value_new(VAL_MAP), *inner = value_new(VAL_MAP), *c;

	(void)state;
	value_set(inner, "x", value_strz("hello"));
	value_set(m, "a", inner);
	c = value_copy(m);
	value_free(m);
	assert_string_equal(value_path(c, "a.x")->u.str.s, "hello");
	assert_null(value_path(c, "a.y"));
	value_free(c);
}

static void
test_json_escapes(void **state)
{
	struct value *m = value_new(VAL_MAP);
	struct buf b;

	(void)state;
	value_set(m, "k", value_strz("a\"b\n\x01"));
	buf_init(&b);
	value_to_json(m, &b, 0);
	assert_string_equal(b.data, "{\"k\":\"a\\\"b\\n\\u0001\"}");
	buf_free(&b);
	value_free(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_map_order_and_replace),
		cmocka_unit_test(test_copy_and_path),
		cmocka_unit_test(test_json_escapes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
