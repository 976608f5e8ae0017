/* test-util.c: read_file gives back exactly the file's bytes followed by a
 * NUL, whatever the size: empty, one read, past the size fstat gave, and a
 * pipe whose size is unknown.  Freshly allocated memory is filled with a
 * non-zero byte (M_PERTURB), so a missing NUL shows every time. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <errno.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static char dir[] = "/tmp/evalwiz-test-util-XXXXXX";

static char *
write_file(const char *name, const char *text, size_t len)
{
	char *path = path_join(dir, name);
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
	return path;
}

static void
check_read(const char *text, size_t len)
{
	char *path = write_file("f", text, len), *cause = NULL, *got;
	size_t got_len = 12345;

	got = read_file(path, 1u << 20, &got_len, &cause);
	assert_non_null(got);
	assert_int_equal(got_len, len);
	assert_memory_equal(got, text, len);
	assert_int_equal(got[len], '\0');
	free(got);
	unlink(path);
	free(path);
}

static void
test_sizes(void **state)
{
	char *big = malloc(10000);

	(void)state;
	check_read("", 0);
	check_read("a", 1);
	check_read("evalwiz: 1\n", 11);
	memset(big, 'x', 10000);
	check_read(big, 10000);
	free(big);
}

static void
test_pipe(void **state)
{
	int fd[2];
	char path[64], *cause = NULL, *got;
	size_t len;

	(void)state;
	assert_int_equal(pipe(fd), 0);
	assert_int_equal(write(fd[1], "piped", 5), 5);
	close(fd[1]);
	snprintf(path, sizeof path, "/dev/fd/%d", fd[0]);
	/* refused by read_file, at once; read by read_file_any */
	assert_null(read_file(path, 1u << 20, &len, &cause));
	assert_int_equal(errno, EINVAL);
	assert_non_null(strstr(cause, "is not a regular file (it is a named pipe)"));
	free(cause);
	cause = NULL;
	got = read_file_any(path, 1u << 20, &len, &cause);
	assert_non_null(got);
	assert_int_equal(len, 5);
	assert_string_equal(got, "piped");
	free(got);
	close(fd[0]);
}

static void
test_limits(void **state)
{
	char *path = write_file("big", "0123456789", 10), *cause = NULL;
	size_t len;

	(void)state;
	assert_null(read_file(path, 4, &len, &cause));
	assert_int_equal(errno, EFBIG);
	assert_non_null(strstr(cause, "is too large"));
	free(cause);
	unlink(path);
	free(path);
	cause = NULL;
	assert_null(read_file(dir, 4, &len, &cause));
	assert_int_equal(errno, EISDIR);
	free(cause);
}

/* The package named in "cannot load ..." messages (cmark-dl.c, zip-dl.c). */
static void
test_debian_package(void **state)
{
	static const char *const cases[][2] = {
		{ "libzip.so.4", "libzip4" },
		{ "libfoo2.so.3", "libfoo2-3" },
		{ "libcmark-gfm.so.0.29.0.gfm.6", "libcmark-gfm0.29.0.gfm.6" },
		{ "libplain", "libplain" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char *got = debian_package(cases[i][0]);

		assert_string_equal(got, cases[i][1]);
		free(got);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sizes),
		cmocka_unit_test(test_pipe),
		cmocka_unit_test(test_limits),
		cmocka_unit_test(test_debian_package),
	};
	int rc;

	mallopt(M_PERTURB, 0x5a);
	if (mkdtemp(dir) == NULL)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(dir);
	return rc;
}
