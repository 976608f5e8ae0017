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
	/* every whole record, whatever its time: the model judges them by
	 * content (the file holds only what no save covered) */
	assert_int_equal(newer, 2);
	assert_int_equal(value_count(recs), 2);
	assert_string_equal(value_get(value_at(recs, 0), "field")->u.str.s, "b");
	assert_string_equal(value_get(value_at(recs, 1), "field")->u.str.s, "c");
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

/* The model's records (any mapping) are written with seq, time and at
 * first; after a save in the background, the records it holds are dropped
 * and the later ones kept, in order. */
static void
test_records_and_drop(void **state)
{
	struct recovery *r = recovery_open(plan);
	struct value *rec = value_new(VAL_MAP), *recs;
	char *cause = NULL;
	size_t mark;
	int n, i;

	(void)state;
	value_set(rec, "step", value_strz("lists"));
	value_set(rec, "field", value_strz("outcomes"));
	value_set(rec, "op", value_strz("insert"));
	value_set(rec, "row", value_int(1));
	value_set(rec, "count", value_int(0));
	value_set(rec, "value", value_strz("first"));
	for (i = 0; i < 3; i++) {
		value_set(rec, "row", value_int(i + 1));
		assert_int_equal(recovery_append_record(r, rec, &cause), 0);
	}
	mark = recovery_mark(r);
	assert_int_equal(mark, 3);
	value_set(rec, "row", value_int(4));
	assert_int_equal(recovery_append_record(r, rec, &cause), 0);
	value_set(rec, "row", value_int(5));
	assert_int_equal(recovery_append_record(r, rec, &cause), 0);
	/* a save held the first three: the last two stay, and appending goes on */
	assert_int_equal(recovery_drop(r, mark, &cause), 0);
	assert_null(cause);
	assert_int_equal(recovery_mark(r), 2);
	value_set(rec, "row", value_int(6));
	assert_int_equal(recovery_append_record(r, rec, &cause), 0);
	recs = recovery_read(plan, &n, &cause);
	assert_non_null(recs);
	assert_int_equal(n, 3);
	assert_int_equal(value_get(value_at(recs, 0), "row")->u.i, 4);
	assert_int_equal(value_get(value_at(recs, 2), "row")->u.i, 6);
	assert_string_equal(value_get(value_at(recs, 0), "op")->u.str.s, "insert");
	assert_non_null(value_get(value_at(recs, 0), "seq"));
	assert_non_null(value_get(value_at(recs, 0), "at"));
	value_free(recs);
	/* dropping all of them removes the file */
	assert_int_equal(recovery_drop(r, recovery_mark(r), &cause), 0);
	assert_int_equal(access(rpath, F_OK), -1);
	recovery_close(r, 0);
	value_free(rec);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_round_trip, setup),
		cmocka_unit_test_setup(test_torn_and_stale, setup),
		cmocka_unit_test_setup(test_records_and_drop, setup),
	};
	int rc;

	if (mkdtemp(dir) == NULL)
		return 99;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	unlink(plan);
	rmdir(dir);
	return rc;
}
