/* test-ascii.c: UTF-8 shown as readable ASCII on a terminal that is not
 * UTF-8: currency, punctuation, accented letters, combining marks, and
 * bytes that are not UTF-8 at all. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <stdlib.h>
#include <string.h>

#include "tui/ascii.h"

/* The whole of s as ASCII. */
static char *
shown(const char *s)
{
	static char out[256];
	size_t i = 0, n = strlen(s), k = 0;

	while (i < n) {
		const char *a;

		i += ascii_char(s + i, n - i, &a);
		memcpy(out + k, a, strlen(a));
		k += strlen(a);
	}
	out[k] = '\0';
	return out;
}

static void
test_currency(void **state)
{
	(void)state;
	assert_string_equal(shown("\xc2\xa3" "10"), "GBP 10");
	assert_string_equal(shown("\xe2\x82\xac" "5"), "EUR 5");
	assert_string_equal(shown("cost: \xc2\xa3" "1,250"), "cost: GBP 1,250");
	assert_int_equal(ascii_width("\xc2\xa3" "10", 4), 6);
}

static void
test_punctuation(void **state)
{
	(void)state;
	assert_string_equal(shown("\xe2\x80\x9cquoted\xe2\x80\x9d \xe2\x80\x93 it\xe2\x80\x99s"), "\"quoted\" - it's");
	assert_string_equal(shown("wait\xe2\x80\xa6"), "wait...");
	assert_string_equal(shown("\xe2\x80\xa2 item"), "* item");
	assert_string_equal(shown("a \xe2\x86\x92 b, \xe2\x89\xa5 5"), "a -> b, >= 5");
	assert_string_equal(shown("\xc2\xbd hour"), "1/2 hour");
}

static void
test_letters(void **state)
{
	(void)state;
	assert_string_equal(shown("caf\xc3\xa9 na\xc3\xafve"), "cafe naive");
	assert_string_equal(shown("Stra\xc3\x9f" "e"), "Strasse");
	/* Welsh: w and y with a circumflex */
	assert_string_equal(shown("T\xc5\xb5" "r \xc5\xb7"), "Twr y");
	/* an accent typed as a combining mark after its letter takes no room */
	assert_string_equal(shown("e\xcc\x81t\xc3\xa9"), "ete");
}

static void
test_not_utf8(void **state)
{
	const char *a;

	(void)state;
	/* Latin-1, a lone continuation byte, a cut sequence: one ? a byte */
	assert_string_equal(shown("caf\xe9"), "caf?");
	assert_string_equal(shown("\x80x"), "?x");
	assert_int_equal(ascii_char("\xe2\x82", 2, &a), 1);
	assert_string_equal(a, "?");
	/* an overlong form and a surrogate are not characters */
	assert_string_equal(shown("\xc0\xaf"), "??");
	assert_string_equal(shown("\xed\xa0\x80"), "???");
	/* a character without an ASCII form */
	assert_string_equal(shown("\xe4\xb8\xad"), "?");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_currency),
		cmocka_unit_test(test_punctuation),
		cmocka_unit_test(test_letters),
		cmocka_unit_test(test_not_utf8),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
