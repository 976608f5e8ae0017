/* unit.h: makes a cmocka test program speak TAP, one line per test, so
 * that automake's TAP driver counts every test: a test that cannot run is
 * a SKIP with its reason, never a PASS (cmocka's own summary counts a
 * skipped test as passed, and its TAP output calls it "not ok").
 *
 * Include it after <cmocka.h>.  Then:
 *   - unit_skip("why") skips the running test; the reason goes to the TAP
 *     line and to stderr.  cmocka's skip() has no reason and is refused at
 *     compile time.
 *   - cmocka_run_group_tests(tests, setup, teardown) prints the TAP plan
 *     and one result line per test, and returns 1 if any test failed, else
 *     0.  Each test runs as a group of its own, so a group setup and
 *     teardown run around every test (they must not depend on running once).
 * cmocka's own lines ("[ RUN ]", "[  FAILED  ]" and its messages) still go
 * to stdout and stderr for the log; the TAP driver ignores them. */
#ifndef UNIT_H
#define UNIT_H

#include <stdio.h>
#include <stdlib.h>

/* The reason the running test gave for skipping, or NULL. */
static inline const char **
unit_skip_reason(void)
{
	static const char *reason;

	return &reason;
}

#define unit_skip(why) do {						\
	*unit_skip_reason() = (why);					\
	fprintf(stderr, "skipped: %s: %s\n", __func__, (why));		\
	_skip(__FILE__, __LINE__);					\
} while (0)

#undef skip
/* cmocka's skip() has no reason: write unit_skip("why") instead. */
#define skip() unit_skip_needs_a_reason

static inline int
unit_run_tests(const struct CMUnitTest *tests, size_t n, CMFixtureFunction setup,
    CMFixtureFunction teardown)
{
	size_t i;
	int failed = 0;

	printf("1..%zu\n", n);
	fflush(stdout);
	for (i = 0; i < n; i++) {
		const char *reason;
		int rc;

		*unit_skip_reason() = NULL;
		rc = _cmocka_run_group_tests(tests[i].name, &tests[i], 1, setup, teardown);
		reason = *unit_skip_reason();
		fflush(stderr);
		if (rc != 0) {
			printf("not ok %zu - %s\n", i + 1, tests[i].name);
			failed = 1;
		} else if (reason != NULL)
			printf("ok %zu - %s # SKIP %s\n", i + 1, tests[i].name, reason);
		else
			printf("ok %zu - %s\n", i + 1, tests[i].name);
		fflush(stdout);
	}
	return failed;
}

#undef cmocka_run_group_tests
#define cmocka_run_group_tests(tests, setup, teardown) \
	unit_run_tests((tests), sizeof(tests) / sizeof((tests)[0]), (setup), (teardown))

#endif
