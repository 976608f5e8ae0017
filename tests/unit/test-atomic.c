/* test-atomic.c: atomic_write and atomic_create: the mode kept, links
 * followed, and after every injected failure (open, write, disk full, fsync,
 * rename) the old file whole and no temporary file left behind.  This test
 * links its own copy of atomic.c built with EVALWIZ_FAULT_INJECTION. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plan/atomic.h"
#include "util.h"

#define OLD "old: contents\n"
#define NEW "new: contents, rather longer than the old ones\n"

struct fixture {
	char dir[64];
	char *path;
};

static int
setup(void **state)
{
	struct fixture *f = xcalloc(1, sizeof *f);

	strcpy(f->dir, "/tmp/evalwiz-test-atomic-XXXXXX");
	if (mkdtemp(f->dir) == NULL)
		return -1;
	f->path = path_join(f->dir, "plan.yaml");
	unsetenv("EVALWIZ_FAULT");
	fault_reset();
	*state = f;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *f = *state;
	DIR *d = opendir(f->dir);
	struct dirent *de;

	unsetenv("EVALWIZ_FAULT");
	unsetenv("EVALWIZ_TEMP_SUFFIX");
	while (d != NULL && (de = readdir(d)) != NULL) {
		char *p;

		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		p = path_join(f->dir, de->d_name);
		unlink(p);
		free(p);
	}
	if (d != NULL)
		closedir(d);
	chmod(f->dir, 0700);
	rmdir(f->dir);
	free(f->path);
	free(f);
	return 0;
}

static char *
slurp(const char *path)
{
	char *cause = NULL, *text;
	size_t len;

	text = read_file(path, 1 << 20, &len, &cause);
	if (text == NULL)
		fail_msg("%s", cause);
	return text;
}

static void
assert_file(const char *path, const char *want)
{
	char *got = slurp(path);

	assert_string_equal(got, want);
	free(got);
}

/* Names in the folder, for checking no temporary file was left. */
static int
count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

static void
write_old(struct fixture *f, mode_t mode)
{
	char *cause = NULL;

	if (atomic_write(f->path, OLD, strlen(OLD), 0666, &cause) == -1)
		fail_msg("%s", cause);
	assert_int_equal(chmod(f->path, mode), 0);
}

static void
test_write_new_and_replace(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;
	struct stat st;
	mode_t mask = umask(022);

	assert_int_equal(atomic_write(f->path, OLD, strlen(OLD), 0666, &cause), 0);
	assert_file(f->path, OLD);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0644);	/* create mode less the umask */
	assert_int_equal(atomic_write(f->path, NEW, strlen(NEW), 0666, &cause), 0);
	assert_file(f->path, NEW);
	assert_int_equal(count_entries(f->dir), 1);
	umask(mask);
}

static void
test_mode_kept(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;
	struct stat st;

	write_old(f, 0600);
	assert_int_equal(atomic_write(f->path, NEW, strlen(NEW), 0666, &cause), 0);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0600);
	assert_int_equal(chmod(f->path, 0640), 0);
	assert_int_equal(atomic_write(f->path, OLD, strlen(OLD), 0666, &cause), 0);
	assert_int_equal(stat(f->path, &st), 0);
	assert_int_equal(st.st_mode & 07777, 0640);
}

static void
test_symlink_followed(void **state)
{
	struct fixture *f = *state;
	char *link = path_join(f->dir, "link.yaml"), *cause = NULL;
	struct stat st;

	write_old(f, 0644);
	assert_int_equal(symlink("plan.yaml", link), 0);
	assert_int_equal(atomic_write(link, NEW, strlen(NEW), 0666, &cause), 0);
	/* the link is still a link, and its target has the new text */
	assert_int_equal(lstat(link, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_file(f->path, NEW);
	assert_int_equal(count_entries(f->dir), 2);
	free(link);
}

/* A link planted under the temp file's name (which a test may fix with
 * EVALWIZ_TEMP_SUFFIX; otherwise it is random) is not written through: the
 * temp file is opened with O_EXCL|O_NOFOLLOW and another name is tried. */
static void
test_planted_temp_link(void **state)
{
	struct fixture *f = *state;
	char *victim = path_join(f->dir, "victim"), *planted = path_join(f->dir, ".plan.yaml.AAAAAAAAAAAA");
	char *dangling = path_join(f->dir, "nothing-yet"), *cause = NULL;
	struct stat st;
	FILE *fp;

	write_old(f, 0644);
	fp = fopen(victim, "w");
	assert_non_null(fp);
	fputs("victim\n", fp);
	fclose(fp);
	setenv("EVALWIZ_TEMP_SUFFIX", "AAAAAAAAAAAA", 1);
	/* a link to an existing file of ours */
	assert_int_equal(symlink(victim, planted), 0);
	assert_int_equal(atomic_write(f->path, NEW, strlen(NEW), 0666, &cause), 0);
	assert_null(cause);
	assert_file(f->path, NEW);
	assert_file(victim, "victim\n");
	assert_int_equal(lstat(planted, &st), 0);
	assert_true(S_ISLNK(st.st_mode));
	assert_int_equal(count_entries(f->dir), 3);
	/* a dangling link: it must not be created through */
	assert_int_equal(unlink(planted), 0);
	assert_int_equal(symlink(dangling, planted), 0);
	assert_int_equal(atomic_write(f->path, OLD, strlen(OLD), 0666, &cause), 0);
	assert_file(f->path, OLD);
	assert_int_equal(access(dangling, F_OK), -1);
	/* and the same for a new file made with atomic_create */
	{
		char *fresh = path_join(f->dir, "fresh.yaml"), *planted2 = path_join(f->dir, ".fresh.yaml.AAAAAAAAAAAA");

		assert_int_equal(symlink(victim, planted2), 0);
		assert_int_equal(atomic_create(fresh, NEW, strlen(NEW), 0666, &cause), 0);
		assert_file(fresh, NEW);
		assert_file(victim, "victim\n");
		free(fresh);
		free(planted2);
	}
	unsetenv("EVALWIZ_TEMP_SUFFIX");
	free(victim);
	free(planted);
	free(dangling);
}

/* Someone else's link at the path is refused: it could aim at any of our
 * files.  Making a link owned by another user needs root (CI runs as root). */
static void
test_other_users_link_refused(void **state)
{
	struct fixture *f = *state;
	char *link = path_join(f->dir, "out.md"), *cause = NULL, *want;

	if (geteuid() != 0)
		unit_skip("needs root, to make a link owned by another user");
	write_old(f, 0644);
	assert_int_equal(symlink("plan.yaml", link), 0);
	assert_int_equal(lchown(link, 12345, 12345), 0);
	errno = 0;
	assert_int_equal(atomic_write(link, NEW, strlen(NEW), 0666, &cause), -1);
	assert_int_equal(errno, EACCES);
	want = xasprintf("cannot write %s: it is a symbolic link belonging to another user; "
	    "write to the file it points at instead", link);
	assert_string_equal(cause, want);
	assert_file(f->path, OLD);
	assert_int_equal(count_entries(f->dir), 2);
	free(want);
	free(cause);
	free(link);
}

static void
test_create_refuses_existing(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL, *want;
	char *link = path_join(f->dir, "dangling.yaml");

	assert_int_equal(atomic_create(f->path, OLD, strlen(OLD), 0666, &cause), 0);
	assert_file(f->path, OLD);
	errno = 0;
	assert_int_equal(atomic_create(f->path, NEW, strlen(NEW), 0666, &cause), -1);
	assert_int_equal(errno, EEXIST);
	want = xasprintf("%s already exists", f->path);
	assert_string_equal(cause, want);
	free(want);
	free(cause);
	assert_file(f->path, OLD);
	/* even a dangling link counts as existing */
	assert_int_equal(symlink("nowhere", link), 0);
	cause = NULL;
	assert_int_equal(atomic_create(link, NEW, strlen(NEW), 0666, &cause), -1);
	free(cause);
	free(link);
	assert_int_equal(count_entries(f->dir), 2);
}

static void
test_not_a_regular_file(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;

	assert_int_equal(mkdir(f->path, 0700), 0);
	assert_int_equal(atomic_write(f->path, NEW, strlen(NEW), 0666, &cause), -1);
	assert_non_null(strstr(cause, "not a regular file"));
	free(cause);
	rmdir(f->path);
}

/* Every injected failure leaves the old file whole and nothing else behind. */
static void
test_injected_failures(void **state)
{
	static const struct {
		const char *fault;
		const char *message;
		int err;
	} cases[] = {
		{ "open", "cannot create a file in", EACCES },
		{ "write", "Input/output error", EIO },
		{ "write:1", "Input/output error", EIO },	/* the first write, counted */
		{ "enospc", "the disk is full; free some space and save again", ENOSPC },
		{ "fsync", "flushing to disk failed", EIO },
		{ "rename", "renaming the new copy into place failed", EIO },
	};
	struct fixture *f = *state;
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *cause = NULL, *data;
		size_t len;
		struct stat st;
		int rc;

		write_old(f, 0640);
		len = 1 << 20;
		data = xmalloc(len);
		memset(data, 'x', len);
		setenv("EVALWIZ_FAULT", cases[i].fault, 1);
		fault_reset();
		errno = 0;
		rc = atomic_write(f->path, data, len, 0666, &cause);
		unsetenv("EVALWIZ_FAULT");
		free(data);
		if (rc != -1)
			fail_msg("EVALWIZ_FAULT=%s: the save succeeded", cases[i].fault);
		assert_int_equal(errno, cases[i].err);
		assert_non_null(cause);
		if (strncmp(cause, "cannot save ", 12) != 0 || strstr(cause, f->path) == NULL ||
		    strstr(cause, cases[i].message) == NULL)
			fail_msg("EVALWIZ_FAULT=%s: message \"%s\"", cases[i].fault, cause);
		free(cause);
		assert_file(f->path, OLD);
		assert_int_equal(stat(f->path, &st), 0);
		assert_int_equal(st.st_mode & 07777, 0640);
		if (count_entries(f->dir) != 1)
			fail_msg("EVALWIZ_FAULT=%s left a temporary file", cases[i].fault);
	}
}

static void
test_injected_failure_on_create(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;

	setenv("EVALWIZ_FAULT", "rename", 1);
	fault_reset();
	assert_int_equal(atomic_create(f->path, NEW, strlen(NEW), 0666, &cause), -1);
	unsetenv("EVALWIZ_FAULT");
	assert_non_null(strstr(cause, "cannot create"));
	free(cause);
	assert_int_equal(access(f->path, F_OK), -1);
	assert_int_equal(count_entries(f->dir), 0);
}

/* A real failure, not an injected one: a folder we may not write to.
 * Permissions do not bind root, so as root the write is made by a child
 * that has become the user nobody (65534), which tells its result back
 * through a pipe: the return value, then the message. */
static int
write_as_nobody(const char *path, char **cause)
{
	int fds[2], status, rc = -1;
	char buf[512];
	ssize_t n;
	pid_t child;

	assert_int_equal(pipe(fds), 0);
	fflush(stdout);
	fflush(stderr);
	child = fork();
	assert_true(child != -1);
	if (child == 0) {
		char *why = NULL;
		int r;

		close(fds[0]);
		if (setgid(65534) == -1 || setuid(65534) == -1)
			_exit(2);
		r = atomic_write(path, NEW, strlen(NEW), 0666, &why);
		if (write(fds[1], &r, sizeof r) != sizeof r ||
		    (why != NULL && write(fds[1], why, strlen(why)) == -1))
			_exit(3);
		_exit(0);
	}
	close(fds[1]);
	assert_int_equal(read(fds[0], &rc, sizeof rc), sizeof rc);
	n = read(fds[0], buf, sizeof buf - 1);
	close(fds[0]);
	assert_int_equal(waitpid(child, &status, 0), child);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	buf[n > 0 ? n : 0] = '\0';
	*cause = xstrdup(buf);
	return rc;
}

static void
test_read_only_folder(void **state)
{
	struct fixture *f = *state;
	char *cause = NULL;
	int rc;

	/* the file itself writable by whoever saves: the folder is what refuses */
	write_old(f, geteuid() == 0 ? 0666 : 0644);
	if (geteuid() == 0) {
		/* nobody may enter the folder and read the plan, not write */
		assert_int_equal(chmod(f->dir, 0555), 0);
		rc = write_as_nobody(f->path, &cause);
	} else {
		assert_int_equal(chmod(f->dir, 0500), 0);
		rc = atomic_write(f->path, NEW, strlen(NEW), 0666, &cause);
	}
	chmod(f->dir, 0700);
	assert_int_equal(rc, -1);
	assert_non_null(cause);
	if (strstr(cause, "permission denied") == NULL)
		fail_msg("expected a message saying permission denied, got: %s", cause);
	free(cause);
	assert_file(f->path, OLD);
	assert_int_equal(count_entries(f->dir), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_write_new_and_replace, setup, teardown),
		cmocka_unit_test_setup_teardown(test_mode_kept, setup, teardown),
		cmocka_unit_test_setup_teardown(test_symlink_followed, setup, teardown),
		cmocka_unit_test_setup_teardown(test_planted_temp_link, setup, teardown),
		cmocka_unit_test_setup_teardown(test_other_users_link_refused, setup, teardown),
		cmocka_unit_test_setup_teardown(test_create_refuses_existing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_not_a_regular_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_injected_failures, setup, teardown),
		cmocka_unit_test_setup_teardown(test_injected_failure_on_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_read_only_folder, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
