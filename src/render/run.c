/* run.c: running an outside program (pandoc, dot) on a text: the input
 * and output go through private temporary files, which cannot deadlock on
 * full pipes.  The program runs in a process group of its own (pandoc's
 * LaTeX with it) under a time limit, and a signal that ends evalwiz ends
 * the whole group first. */
#include "config.h"

#include "render/render.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

#define RUN_MAX_OUTPUT (256u << 20)
/* seconds a program may run: a Word document or a PDF of a very large
 * plan takes pandoc a minute or two; dot draws a logic model in under one */
#define RUN_PANDOC_SECONDS 300
#define RUN_DOT_SECONDS 60

/* a signal that came while a program ran, in a command that had left
 * SIGINT, SIGTERM and SIGHUP to their default */
static volatile sig_atomic_t run_signal;

static void
run_on_signal(int sig)
{
	run_signal = sig;
}

static const int run_signals[] = { SIGINT, SIGTERM, SIGHUP };
#define RUN_NSIGNALS (sizeof run_signals / sizeof run_signals[0])

/* The time limit for argv[0]: EVALWIZ_DOT_TIMEOUT or EVALWIZ_PANDOC_TIMEOUT
 * (seconds; tests set a short one), else the default.  Sets *knob. */
static double
run_limit(const char *prog, const char **knob)
{
	char *copy = xstrdup(prog);
	int dot = strcmp(basename(copy), "dot") == 0;
	const char *e;
	double secs;
	char *end;

	free(copy);
	*knob = dot ? "EVALWIZ_DOT_TIMEOUT" : "EVALWIZ_PANDOC_TIMEOUT";
	e = getenv(*knob);
	if (e != NULL && *e != '\0') {
		errno = 0;
		secs = strtod(e, &end);
		if (errno == 0 && *end == '\0' && secs > 0 && secs < 1e6)
			return secs;
	}
	return dot ? RUN_DOT_SECONDS : RUN_PANDOC_SECONDS;
}

static double
now_seconds(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void
nap(long ns)
{
	struct timespec ts = { 0, ns };

	nanosleep(&ts, NULL);
}

/* Ends the program's process group: SIGTERM, a second to go, then
 * SIGKILL; reaps the program. */
static void
stop_group(pid_t pid)
{
	int status, i;

	kill(-pid, SIGTERM);
	for (i = 0; i < 100; i++) {
		if (waitpid(pid, &status, WNOHANG) == pid) {
			kill(-pid, SIGKILL);	/* what it left running */
			return;
		}
		nap(10000000L);
	}
	kill(-pid, SIGKILL);
	while (waitpid(pid, &status, 0) == -1 && errno == EINTR)
		;
}

/* Waits for the program: 0 with *status, or -1 with *cause when it ran
 * past its limit (errno ETIMEDOUT) or a signal asked evalwiz to end
 * (EINTR); the program's group is ended then. */
static int
wait_program(pid_t pid, const char *prog, int *status, char **cause)
{
	const char *knob;
	double limit = run_limit(prog, &knob), deadline = now_seconds() + limit;
	long ns = 1000000L;	/* 1 ms, doubling to 50 ms: a quick program is not kept waiting */

	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG);

		if (r == pid)
			return 0;
		if (r == -1 && errno != EINTR) {
			*cause = xasprintf("cannot wait for %s: %s", prog, strerror(errno));
			return -1;
		}
		if (run_signal != 0 || util_stop_signal != 0) {
			stop_group(pid);
			*cause = xasprintf("%s was stopped: evalwiz was asked to end (signal %d)", prog,
			    run_signal != 0 ? (int)run_signal : util_stop_signal);
			errno = EINTR;
			return -1;
		}
		if (now_seconds() > deadline) {
			stop_group(pid);
			*cause = xasprintf("%s did not finish within %.3g second%s and was stopped; a very large "
			    "plan may need longer: set %s=SECONDS%s", prog, limit, limit == 1 ? "" : "s", knob,
			    strcmp(knob, "EVALWIZ_PANDOC_TIMEOUT") == 0 ? ", or render to html or md, which need no pandoc" : "");
			errno = ETIMEDOUT;
			return -1;
		}
		nap(ns);
		if (ns < 50000000L)
			ns *= 2;
	}
}

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
	posix_spawnattr_t attr;
	struct sigaction old[RUN_NSIGNALS], sa;
	int ours[RUN_NSIGNALS] = { 0 };
	size_t i;
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
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP);
	posix_spawnattr_setpgroup(&attr, 0);
	/* ^C at the terminal reaches evalwiz alone now: a command that left
	 * the signals to their default catches them while the program runs,
	 * ends its group, cleans up, and then dies of the signal as before
	 * (util_die_if_stopped) */
	run_signal = 0;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = run_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < RUN_NSIGNALS; i++)
		if (sigaction(run_signals[i], NULL, &old[i]) == 0 && old[i].sa_handler == SIG_DFL)
			ours[i] = sigaction(run_signals[i], &sa, NULL) == 0;
	e = posix_spawnp(&pid, argv[0], &fa, &attr, (char *const *)argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	if (e != 0) {
		*cause = xasprintf("cannot run %s: %s", argv[0], strerror(e));
		errno = e;
		goto out;
	}
	if (wait_program(pid, argv[0], &status, cause) == -1)
		goto out;
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
	e = errno;
	for (i = 0; i < RUN_NSIGNALS; i++)
		if (ours[i])
			sigaction(run_signals[i], &old[i], NULL);
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
	/* the command dies of the signal once it has cleaned up (util_die_if_stopped) */
	if (run_signal != 0 && util_stop_signal == 0)
		util_stop_signal = run_signal;
	errno = e;
	return rc;
}
