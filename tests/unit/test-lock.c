/* test-lock.c: PLAN.lock: taken, refused while a live process holds it,
 * taken over from a dead or zombie process of ours or one of an earlier boot,
 * never from another user or another machine, and released only by its owner. */
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
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "plan/lock.h"
#include "util.h"

/* Above any pid_max Linux allows (2^22), so surely not a live process. */
#define DEAD_PID 99999999L

struct fixture {
	char dir[64];
	char *plan, *lock;
	char host[256];
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	strcpy(f->dir, "/tmp/evalwiz-test-lock-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	f->plan = path_join(f->dir, "plan.yaml");
	f->lock = xasprintf("%s.lock", f->plan);
	if (gethostname(f->host, sizeof f->host) == -1)
		strcpy(f->host, "unknown");
	f->host[sizeof f->host - 1] = '\0';
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;

	unlink(f->lock);
	rmdir(f->dir);
	free(f->plan);
	free(f->lock);
	free(f);
	return 0;
}

static void
write_lock_file(const struct fixture *f, const char *host, long pid)
{
	FILE *fp = fopen(f->lock, "w");

	assert_non_null(fp);
	fprintf(fp, "user: someone\nhost: %s\npid: %ld\nsince: 1700000000\n", host, pid);
	fclose(fp);
}

static void
write_lock_boot(const struct fixture *f, long pid, const char *boot)
{
	FILE *fp = fopen(f->lock, "w");

	assert_non_null(fp);
	fprintf(fp, "user: someone\nhost: %s\npid: %ld\nsince: %lld\nboot: %s\n", f->host, pid,
	    (long long)time(NULL), boot);
	fclose(fp);
}

static char *
slurp(const char *path)
{
	char *cause = NULL, *text;
	size_t len;

	text = read_file(path, 1 << 16, &len, &cause);
	if (text == NULL)
		fail_msg("%s", cause);
	return text;
}

static void
test_take_and_release(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, *text, *want;
	mode_t mask = umask(022);

	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN);
	umask(mask);
	assert_null(cause);
	text = slurp(f->lock);
	want = xasprintf("host: %s\npid: %ld\n", f->host, (long)getpid());
	assert_non_null(strstr(text, want));
	assert_non_null(strstr(text, "user: "));
	assert_non_null(strstr(text, "since: "));
	free(want);
	free(text);
	/* the lock says nothing secret: readable as the umask allows, never a link followed */
	{
		struct stat st;

		assert_int_equal(lstat(f->lock, &st), 0);
		assert_true(S_ISREG(st.st_mode));
		assert_int_equal(st.st_mode & 07777, 0644 & ~(mode_t)022);
	}
	/* taking it again in the same process is fine */
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN);
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), -1);
}

static void
test_held_by_live_process(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, *who;
	pid_t child;
	int status;

	/* a live process of ours on this host: our parent (the test driver) */
	write_lock_file(f, f->host, (long)getppid());
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	assert_int_equal(o.pid, (long)getppid());
	assert_string_equal(o.user, "someone");
	assert_string_equal(o.host, f->host);
	who = lock_describe(&o);
	{
		char *want = xasprintf("someone on %s (process %ld) since ", f->host, (long)getppid());

		assert_true(strncmp(who, want, strlen(want)) == 0);
		free(want);
	}
	free(who);
	/* the holder's lock is left alone */
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), 0);

	/* and a lock of this process, seen from a child, is held too */
	unlink(f->lock);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN);
	child = fork();
	assert_true(child != -1);
	if (child == 0) {
		struct lock_owner co;
		char *cc = NULL;

		_exit(lock_acquire(f->plan, &co, &cc) == LOCK_HELD && co.pid == (long)getppid() ? 0 : 1);
	}
	assert_int_equal(waitpid(child, &status, 0), child);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	lock_release(f->plan);
}

static void
test_stale_lock_taken_over(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, *text, *want;

	write_lock_file(f, f->host, DEAD_PID);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN_OVER);
	assert_int_equal(o.pid, DEAD_PID);	/* the previous holder, for the notice */
	text = slurp(f->lock);
	want = xasprintf("pid: %ld\n", (long)getpid());
	assert_non_null(strstr(text, want));
	free(want);
	free(text);
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), -1);
}

/* A holder that has exited but not been reaped is a zombie: kill(pid, 0)
 * still succeeds, but it edits nothing, so its lock is stale. */
static void
test_zombie_holder_taken_over(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, path[64], line[512], *p;
	pid_t child;
	int status, tries;
	FILE *fp;

	child = fork();
	assert_true(child != -1);
	if (child == 0)
		_exit(0);
	/* wait until it is a zombie (not reaped: no waitpid yet) */
	snprintf(path, sizeof path, "/proc/%ld/stat", (long)child);
	for (tries = 0; tries < 500; tries++) {
		fp = fopen(path, "r");
		if (fp == NULL)
			unit_skip("no /proc, so a zombie cannot be told from a live process");
		p = fgets(line, sizeof line, fp);
		fclose(fp);
		p = p != NULL ? strrchr(line, ')') : NULL;
		if (p != NULL && p[2] == 'Z')
			break;
		usleep(10000);
	}
	assert_true(tries < 500);
	assert_int_equal(kill(child, 0), 0);	/* what used to make it look alive */
	write_lock_file(f, f->host, (long)child);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN_OVER);
	assert_null(cause);
	assert_int_equal(o.pid, (long)child);
	assert_int_equal(waitpid(child, &status, 0), child);
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), -1);
}

/* A lock from an earlier boot of this machine is stale even when its pid
 * now belongs to a live process; from this boot, that process holds it. */
static void
test_earlier_boot_taken_over(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, boot[64] = "";
	FILE *fp = fopen("/proc/sys/kernel/random/boot_id", "r");

	if (fp == NULL)
		unit_skip("no /proc/sys/kernel/random/boot_id on this system");
	assert_non_null(fgets(boot, sizeof boot, fp));
	fclose(fp);
	boot[strcspn(boot, "\n")] = '\0';
	write_lock_boot(f, (long)getppid(), boot);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	assert_string_equal(o.boot, boot);
	write_lock_boot(f, (long)getppid(), "00000000-0000-0000-0000-000000000000");
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN_OVER);
	assert_null(cause);
	assert_string_equal(o.boot, "00000000-0000-0000-0000-000000000000");
	{
		char *text = slurp(f->lock), *want = xasprintf("boot: %s\n", boot);

		assert_non_null(strstr(text, want));
		free(want);
		free(text);
	}
	lock_release(f->plan);
}

static void
test_other_host_never_taken_over(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL;

	/* we cannot tell whether a process on another machine is alive */
	write_lock_file(f, "some-other-host.example", DEAD_PID);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	assert_string_equal(o.host, "some-other-host.example");
	/* whatever its boot id says */
	{
		FILE *fp = fopen(f->lock, "a");

		assert_non_null(fp);
		fputs("boot: 00000000-0000-0000-0000-000000000000\n", fp);
		fclose(fp);
	}
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	{
		char *who = lock_describe(&o);
		char *want = xasprintf("someone on some-other-host.example (process %ld) since ", DEAD_PID);

		assert_true(strncmp(who, want, strlen(want)) == 0);
		free(want);
		free(who);
	}
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), 0);
}

/* Another user's lock is never taken over, even when its process is gone.
 * Making a file owned by another user needs root (CI runs as root). */
static void
test_other_user_never_taken_over(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL;

	if (geteuid() != 0)
		unit_skip("needs root, to make a lock file owned by another user");
	write_lock_file(f, f->host, DEAD_PID);
	assert_int_equal(chown(f->lock, 65534, 65534), 0);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	assert_int_equal(o.uid, 65534);
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), 0);
	/* nor from an earlier boot, nor when it names our own pid */
	write_lock_boot(f, DEAD_PID, "00000000-0000-0000-0000-000000000000");
	assert_int_equal(chown(f->lock, 65534, 65534), 0);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	write_lock_file(f, f->host, (long)getpid());
	assert_int_equal(chown(f->lock, 65534, 65534), 0);
	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_HELD);
	lock_release(f->plan);
	assert_int_equal(access(f->lock, F_OK), 0);
}

/* Under umask 077 the lock is the user's alone; a symbolic link planted as
 * PLAN.lock is not written through (and counts as a lock held). */
static void
test_lock_umask_and_link(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, *target = path_join(f->dir, "target");
	mode_t mask = umask(077);
	struct stat st;

	assert_int_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN);
	umask(mask);
	assert_int_equal(stat(f->lock, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	lock_release(f->plan);
	assert_int_equal(symlink(target, f->lock), 0);
	assert_int_not_equal(lock_acquire(f->plan, &o, &cause), LOCK_TAKEN);
	free(cause);
	assert_int_equal(access(target, F_OK), -1);
	unlink(f->lock);
	free(target);
}

static void
test_lock_error(void **state)
{
	struct fixture *f = *state;
	struct lock_owner o;
	char *cause = NULL, *plan = xasprintf("%s/no/such/folder/plan.yaml", f->dir);

	assert_int_equal(lock_acquire(plan, &o, &cause), LOCK_ERROR);
	assert_non_null(cause);
	assert_non_null(strstr(cause, "cannot create"));
	assert_non_null(strstr(cause, "plan.yaml.lock"));
	free(cause);
	free(plan);
}

/* Four takers find one stale lock at the same moment, round after round:
 * whoever gets it holds it alone (a marker made with O_EXCL inside the
 * lock never meets another's).  Before the take-over was atomic, two
 * takers could both remove the stale lock and both hold a new one. */
static void
test_take_over_race(void **state)
{
	struct fixture *f = *state;
	char *inside = xasprintf("%s/inside", f->dir), *clash = xasprintf("%s/clash", f->dir);
	int round, k, holders, rounds = getenv("LOCK_RACE_ROUNDS") != NULL ? atoi(getenv("LOCK_RACE_ROUNDS")) : 200;

	for (round = 0; round < rounds; round++) {
		int gate[2];
		pid_t kids[4];

		unlink(f->lock);
		write_lock_file(f, f->host, DEAD_PID);
		{
			/* a long tail of lines no reader needs: a reader that reads
			 * them all opens the file long before it acts on it, which
			 * widens the window a racy take-over leaves */
			FILE *fp = fopen(f->lock, "a");
			int line;

			assert_non_null(fp);
			for (line = 0; line < 2000; line++)
				fprintf(fp, "note: %0500d\n", line);
			fclose(fp);
		}
		assert_int_equal(pipe(gate), 0);
		for (k = 0; k < 4; k++) {
			kids[k] = fork();
			assert_true(kids[k] != -1);
			if (kids[k] == 0) {
				struct lock_owner o;
				char *cause = NULL, c;
				enum lock_result r;
				int fd;

				close(gate[1]);
				while (read(gate[0], &c, 1) == -1)
					;
				r = lock_acquire(f->plan, &o, &cause);
				if (r != LOCK_TAKEN && r != LOCK_TAKEN_OVER)
					_exit(r == LOCK_HELD ? 0 : 2);
				fd = open(inside, O_WRONLY | O_CREAT | O_EXCL, 0600);
				if (fd == -1) {
					/* someone else holds the lock too */
					close(open(clash, O_WRONLY | O_CREAT, 0600));
					lock_release(f->plan);
					_exit(0);
				}
				close(fd);
				usleep(2000);
				unlink(inside);
				lock_release(f->plan);
				_exit(1);
			}
		}
		close(gate[0]);
		close(gate[1]);	/* all four go */
		holders = 0;
		for (k = 0; k < 4; k++) {
			int status;

			assert_int_equal(waitpid(kids[k], &status, 0), kids[k]);
			assert_true(WIFEXITED(status) && WEXITSTATUS(status) <= 1);
			holders += WEXITSTATUS(status);
		}
		assert_true(holders >= 1);
		if (access(clash, F_OK) == 0)
			fail_msg("round %d: two takers held the lock at once", round);
	}
	unlink(f->lock);
	free(inside);
	free(clash);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_take_and_release, setup, teardown),
		cmocka_unit_test_setup_teardown(test_held_by_live_process, setup, teardown),
		cmocka_unit_test_setup_teardown(test_stale_lock_taken_over, setup, teardown),
		cmocka_unit_test_setup_teardown(test_zombie_holder_taken_over, setup, teardown),
		cmocka_unit_test_setup_teardown(test_earlier_boot_taken_over, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_host_never_taken_over, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_user_never_taken_over, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_umask_and_link, setup, teardown),
		cmocka_unit_test_setup_teardown(test_lock_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_take_over_race, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
