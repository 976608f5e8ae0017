/* test-recovery.c: the recovery file: records round-trip in order with
 * their values, the file is 0600 under any umask, a torn last line is
 * dropped, records older than the plan are not counted, and a save or a
 * declined restore removes or keeps it. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/recovery.h"
#include "util.h"
#include "value.h"

static char dir[] = "/tmp/evalwiz-recovery.XXXXXX";
static char plan[256], rpath[300];

static int
setup(void **state)
{
	FILE *f;

	(void)state;
	snprintf(plan, sizeof plan, "%s/plan.yaml", dir);
	snprintf(rpath, sizeof rpath, "%s.recover", plan);
	unlink(rpath);
	f = fopen(plan, "w");
	fputs("evalwiz: 1\n", f);
	fclose(f);
	/* the plan was last changed well before the edits below */
	{
		struct timespec ts[2] = { { 1000, 0 }, { 1000, 0 } };

		utimensat(AT_FDCWD, plan, ts, 0);
	}
	return 0;
}

static void
test_round_trip(void **state)
{
	struct recovery *r;
	struct value *list = value_new(VAL_SEQ), *recs, *title = value_strz("New title");
	struct value *name = value_strz("Ünïcode name");
	char *cause = NULL;
	struct stat st;
	mode_t old = umask(0);
	int newer;

	(void)state;
	r = recovery_open(plan);
	assert_int_equal(access(rpath, F_OK), -1);	/* nothing until the first edit */
	value_push(list, value_strz("one \"quoted\"\nline"));
	value_push(list, value_int(42));
	assert_int_equal(recovery_append(r, "basics", "name", name, &cause), 0);
	assert_int_equal(recovery_append(r, "lists", "outcomes", list, &cause), 0);
	assert_int_equal(recovery_append(r, "basics", "story", NULL, &cause), 0);
	assert_int_equal(recovery_append(r, NULL, NULL, title, &cause), 0);
	umask(old);
	assert_int_equal(stat(rpath, &st), 0);
	assert_int_equal(st.st_mode & 0777, 0600);
	recs = recovery_read(plan, &newer, &cause);
	assert_non_null(recs);
	assert_int_equal(newer, 4);
	assert_int_equal(value_count(recs), 4);
	assert_string_equal(value_get(value_at(recs, 0), "field")->u.str.s, "name");
	assert_string_equal(value_get(value_at(recs, 0), "value")->u.str.s, "Ünïcode name");
	assert_string_equal(value_path(value_at(recs, 1), "value")->u.list.items[0]->u.str.s, "one \"quoted\"\nline");
	assert_int_equal(value_path(value_at(recs, 1), "value")->u.list.items[1]->u.i, 42);
	assert_int_equal(value_get(value_at(recs, 2), "value")->type, VAL_NIL);
	assert_string_equal(value_get(value_at(recs, 3), "title")->u.str.s, "New title");
	assert_int_equal(value_get(value_at(recs, 3), "seq")->u.i, 4);
	value_free(recs);
	/* a save removes the file; the next edit starts a new one */
	recovery_saved(r);
	assert_int_equal(access(rpath, F_OK), -1);
	assert_int_equal(recovery_append(r, "basics", "name", title, &cause), 0);
	assert_int_equal(access(rpath, F_OK), 0);
	recovery_close(r, 1);
	assert_int_equal(access(rpath, F_OK), -1);
	value_free(list);
	value_free(title);
	value_free(name);
}

static void
test_torn_and_stale(void **state)
{
	FILE *f = fopen(rpath, "w");
	struct value *recs;
	char *cause = NULL, old[320];
	int newer;

	(void)state;
	fputs("{\"seq\":1,\"time\":500.5,\"step\":\"a\",\"field\":\"b\",\"value\":1}\n", f);
	fputs("{\"seq\":2,\"time\":2000.25,\"step\":\"a\",\"field\":\"c\",\"value\":\"x\"}\n", f);
	fputs("{\"seq\":3,\"time\":2001,\"step\":\"a\",\"fi", f);	/* torn by a crash */
	fclose(f);
	recs = recovery_read(plan, &newer, &cause);
	assert_null(cause);
	assert_int_equal(newer, 1);	/* the first is older than the plan */
	assert_int_equal(value_count(recs), 1);
	assert_string_equal(value_get(value_at(recs, 0), "field")->u.str.s, "c");
	value_free(recs);
	/* declined: kept as .old, not deleted */
	assert_int_equal(recovery_keep_old(plan, &cause), 0);
	snprintf(old, sizeof old, "%s.old", rpath);
	assert_int_equal(access(old, F_OK), 0);
	assert_int_equal(access(rpath, F_OK), -1);
	assert_null(recovery_read(plan, &newer, &cause));
	assert_null(cause);
	unlink(old);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_round_trip, setup),
		cmocka_unit_test_setup(test_torn_and_stale, setup),
	};
	int rc;

	if (mkdtemp(dir) == NULL)
		return 99;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	unlink(plan);
	rmdir(dir);
	return rc;
}
