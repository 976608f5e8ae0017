/* run.c: running an outside program (pandoc, dot) on a text: the input
 * and output go through private temporary files, which needs no polling
 * and cannot deadlock on full pipes. */
#include "config.h"

#include "render/render.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define RUN_MAX_OUTPUT (256u << 20)

static int
temp_file(char *tmpl, const char *in, size_t inlen)
{
	int fd = mkstemp(tmpl);
	size_t off = 0;

	if (fd == -1)
		return -1;
	while (off < inlen) {
		ssize_t n = write(fd, in + off, inlen - off);

		if (n == -1) {
			if (errno == EINTR)
				continue;
			close(fd);
			unlink(tmpl);
			return -1;
		}
		off += (size_t)n;
	}
	if (lseek(fd, 0, SEEK_SET) == -1) {
		close(fd);
		unlink(tmpl);
		return -1;
	}
	return fd;
}

int
render_run(const char *const argv[], const char *in, size_t inlen, char **out, size_t *outlen, char **cause)
{
	return render_run_err(argv, in, inlen, out, outlen, NULL, cause);
}

int
render_run_err(const char *const argv[], const char *in, size_t inlen, char **out, size_t *outlen, char **err,
    char **cause)
{
	const char *tmp = getenv("TMPDIR");
	char *in_path, *out_path, *err_path, *errtext;
	int in_fd, out_fd, err_fd, status, rc = -1, e;
	posix_spawn_file_actions_t fa;
	pid_t pid;

	if (tmp == NULL || *tmp == '\0')
		tmp = "/tmp";
	in_path = xasprintf("%s/evalwiz-in.XXXXXX", tmp);
	out_path = xasprintf("%s/evalwiz-out.XXXXXX", tmp);
	err_path = xasprintf("%s/evalwiz-err.XXXXXX", tmp);
	in_fd = temp_file(in_path, in, inlen);
	out_fd = temp_file(out_path, "", 0);
	err_fd = temp_file(err_path, "", 0);
	if (in_fd == -1 || out_fd == -1 || err_fd == -1) {
		e = errno;
		*cause = xasprintf("cannot make a temporary file in %s: %s", tmp, strerror(e));
		goto out;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in_fd, 0);
	posix_spawn_file_actions_adddup2(&fa, out_fd, 1);
	posix_spawn_file_actions_adddup2(&fa, err_fd, 2);
	e = posix_spawnp(&pid, argv[0], &fa, NULL, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	if (e != 0) {
		*cause = xasprintf("cannot run %s: %s", argv[0], strerror(e));
		errno = e;
		goto out;
	}
	while (waitpid(pid, &status, 0) == -1) {
		if (errno != EINTR) {
			*cause = xasprintf("cannot wait for %s: %s", argv[0], strerror(errno));
			goto out;
		}
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
		/* 127: the shell's "not found"; posix_spawnp may report it so */
		if (WIFEXITED(status)) {
			*cause = xasprintf("cannot run %s", argv[0]);
			errno = ENOENT;
			goto out;
		}
		*cause = xasprintf("%s was stopped by signal %d", argv[0], WTERMSIG(status));
		errno = EIO;
		goto out;
	}
	if (err != NULL) {
		/* the caller reads it, whether or not the program succeeded */
		size_t n;

		if ((*err = read_file(err_path, RUN_MAX_OUTPUT, &n, cause)) == NULL)
			goto out;
	}
	if (WEXITSTATUS(status) != 0 && err != NULL) {
		*cause = xasprintf("%s failed (exit %d)", argv[0], WEXITSTATUS(status));
		rc = 1;
		goto out;
	}
	if (WEXITSTATUS(status) != 0) {
		size_t n;

		errtext = read_file(err_path, (size_t)64 * 1024, &n, cause);
		if (errtext != NULL) {
			while (n > 0 && (errtext[n - 1] == '\n' || errtext[n - 1] == '\r'))
				errtext[--n] = '\0';
			*cause = xasprintf("%s failed (exit %d)%s%s", argv[0], WEXITSTATUS(status),
			    n > 0 ? ": " : "", errtext);
			free(errtext);
		}
		rc = 1;
		goto out;
	}
	if (out == NULL || (*out = read_file(out_path, RUN_MAX_OUTPUT, outlen, cause)) != NULL)
		rc = 0;
	else if (err != NULL) {
		free(*err);
		*err = NULL;
	}
out:
	if (in_fd != -1)
		close(in_fd);
	if (out_fd != -1)
		close(out_fd);
	if (err_fd != -1)
		close(err_fd);
	unlink(in_path);
	unlink(out_path);
	unlink(err_path);
	free(in_path);
	free(out_path);
	free(err_path);
	return rc;
}
