/* lock.c: an exclusive PLAN.lock file holding user, host, pid, start time and
 * boot id, made whole by link() of a file written beside it.  A stale lock is
 * removed under flock() and only while it is still the file judged stale, so
 * two takers never both win.  A lock left by a dead process of the same user on this host is
 * taken over (a zombie is dead; so is every process of an earlier boot);
 * another user's lock, or one taken on another machine, never is. */
#include "config.h"

#include "plan/lock.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

static char *
lock_path(const char *plan_path)
{
	return xasprintf("%s.lock", plan_path);
}

/* The kernel's id for this boot (Linux): a lock from an earlier boot is
 * stale whatever process now has its pid. */
static void
boot_id(char *buf, size_t size)
{
	FILE *f = fopen("/proc/sys/kernel/random/boot_id", "r");

	buf[0] = '\0';
	if (f == NULL)
		return;
	if (fgets(buf, (int)size, f) == NULL)
		buf[0] = '\0';
	buf[strcspn(buf, "\n")] = '\0';
	fclose(f);
}

/* Whether process pid (of ours, on this host) still runs.  kill(pid, 0)
 * succeeds for a zombie, a process that has ended but not been reaped by its
 * parent: /proc/PID/stat says Z (or X) for those.  Without /proc, alive. */
static int
process_alive(long pid)
{
	char path[64], line[512], *p;
	FILE *f;

	if (pid <= 0)
		return 0;
	if (kill((pid_t)pid, 0) == -1 && errno == ESRCH)
		return 0;
	snprintf(path, sizeof path, "/proc/%ld/stat", pid);
	if ((f = fopen(path, "r")) == NULL)
		return errno != ENOENT || access("/proc/self/stat", F_OK) != 0;
	p = fgets(line, sizeof line, f);
	fclose(f);
	/* "pid (command) S ...": the command may hold spaces and brackets */
	if (p == NULL || (p = strrchr(line, ')')) == NULL)
		return 1;
	return !(p[1] == ' ' && (p[2] == 'Z' || p[2] == 'X' || p[2] == 'x'));
}

static void
self_owner(struct lock_owner *o)
{
	struct passwd *pw = getpwuid(getuid());
	const char *user = pw != NULL ? pw->pw_name : getenv("USER");

	memset(o, 0, sizeof *o);
	snprintf(o->user, sizeof o->user, "%s", user != NULL ? user : "unknown");
	if (gethostname(o->host, sizeof o->host) == -1)
		snprintf(o->host, sizeof o->host, "unknown");
	o->host[sizeof o->host - 1] = '\0';
	o->pid = (long)getpid();
	o->since = time(NULL);
	o->uid = getuid();
	boot_id(o->boot, sizeof o->boot);
}

/* Reads an open lock file's owner: its uid from the file, the rest from
 * its text (at most one block of it). */
static void
parse_owner(int fd, const struct stat *st, struct lock_owner *o)
{
	char text[1024], *line, *next;
	ssize_t n;

	memset(o, 0, sizeof *o);
	o->uid = st->st_uid;
	do
		n = pread(fd, text, sizeof text - 1, 0);
	while (n == -1 && errno == EINTR);
	text[n > 0 ? n : 0] = '\0';
	for (line = text; line != NULL && *line != '\0'; line = next) {
		char *v;

		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		if ((v = strchr(line, ':')) == NULL)
			continue;
		*v++ = '\0';
		while (*v == ' ')
			v++;
		if (strcmp(line, "user") == 0)
			snprintf(o->user, sizeof o->user, "%s", v);
		else if (strcmp(line, "host") == 0)
			snprintf(o->host, sizeof o->host, "%s", v);
		else if (strcmp(line, "pid") == 0)
			o->pid = strtol(v, NULL, 10);
		else if (strcmp(line, "since") == 0)
			o->since = (time_t)strtoll(v, NULL, 10);
		else if (strcmp(line, "boot") == 0)
			snprintf(o->boot, sizeof o->boot, "%s", v);
	}
}

/* Opens the lock file to read it, never waiting and never through a
 * link.  Returns the descriptor (with *st), or -1 with errno. */
static int
open_lock(const char *path, struct stat *st)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd != -1 && fstat(fd, st) == -1) {
		int err = errno;

		close(fd);
		errno = err;
		return -1;
	}
	return fd;
}

static int
read_owner(const char *path, struct lock_owner *o)
{
	struct stat st;
	int fd = open_lock(path, &st);

	memset(o, 0, sizeof *o);
	if (fd == -1)
		return -1;
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	parse_owner(fd, &st, o);
	close(fd);
	return 0;
}

/* Makes the lock: its text goes to a new file beside it first, which is
 * then linked to PLAN.lock; link() fails if a lock is there, so a lock is
 * never seen without its owner written in it.  Returns 0, -1 with errno
 * EEXIST (held), or -1 with *cause. */
static int
write_lock(const char *path, const struct lock_owner *o, char **cause)
{
	char text[512], *tmp;
	unsigned rnd = 0;
	int fd = -1, n, tries, err;

	n = snprintf(text, sizeof text, "user: %s\nhost: %s\npid: %ld\nsince: %lld\n%s%s%s", o->user, o->host,
	    o->pid, (long long)o->since, o->boot[0] != '\0' ? "boot: " : "", o->boot, o->boot[0] != '\0' ? "\n" : "");
	tmp = NULL;
	for (tries = 0; tries < 100 && fd == -1; tries++) {
		if (getrandom(&rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd)
			rnd = (unsigned)time(NULL) ^ (unsigned)tries * 2654435761u;
		free(tmp);
		tmp = xasprintf("%s.%ld.%08x", path, o->pid, rnd);
		fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
		if (fd == -1 && errno != EEXIST)
			break;
	}
	if (fd == -1) {
		*cause = xasprintf("cannot create %s: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	if (write(fd, text, (size_t)n) != n) {
		*cause = xasprintf("cannot write %s: %s", path, strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		return -1;
	}
	close(fd);
	if (link(tmp, path) == -1) {
		err = errno;
		if (err != EEXIST)
			*cause = xasprintf("cannot create %s: %s", path, strerror(err));
		unlink(tmp);
		free(tmp);
		errno = err;
		return -1;
	}
	unlink(tmp);
	free(tmp);
	return 0;
}

/* Removes the stale lock open at fd, the one whose owner was just judged
 * gone: under flock(), and only when PLAN.lock is still that very file
 * (another taker may have removed it and made its own meanwhile; that one
 * is never removed).  Returns 1 removed, 0 not (look again), -1 with
 * *cause. */
static int
remove_stale(const char *path, int fd, const struct stat *st, char **cause)
{
	struct stat now;
	int rc = 0;

	while (flock(fd, LOCK_EX) == -1)
		if (errno != EINTR) {
			*cause = xasprintf("cannot lock %s: %s", path, strerror(errno));
			return -1;
		}
	if (lstat(path, &now) == 0 && now.st_dev == st->st_dev && now.st_ino == st->st_ino) {
		if (unlink(path) == -1) {
			*cause = xasprintf("cannot remove the stale lock %s: %s", path, strerror(errno));
			rc = -1;
		} else
			rc = 1;
	}
	flock(fd, LOCK_UN);
	return rc;
}

enum lock_result
lock_acquire(const char *plan_path, struct lock_owner *owner, char **cause)
{
	char *path = lock_path(plan_path);
	struct lock_owner self;
	struct stat st;
	int tries, took_over = 0, fd, rc;

	*cause = NULL;
	self_owner(&self);
	for (tries = 0; tries < 20; tries++) {
		if (write_lock(path, &self, cause) == 0) {
			free(path);
			return took_over ? LOCK_TAKEN_OVER : LOCK_TAKEN;
		}
		if (*cause != NULL) {
			free(path);
			return LOCK_ERROR;
		}
		if ((fd = open_lock(path, &st)) == -1) {
			if (errno == ENOENT)
				continue;	/* vanished between our tries */
			*cause = errno == ELOOP ? xasprintf("%s is a symbolic link, not a lock evalwiz made; remove "
			    "it if no one is editing the plan", path) :
			    xasprintf("cannot read the lock %s: %s", path, strerror(errno));
			free(path);
			return LOCK_ERROR;
		}
		if (!S_ISREG(st.st_mode)) {
			/* a pipe or a device planted there: never read (it could block
			 * or never end), never taken over */
			*cause = xasprintf("%s is not a regular file, not a lock evalwiz made; remove it if no one "
			    "is editing the plan", path);
			close(fd);
			free(path);
			return LOCK_ERROR;
		}
		parse_owner(fd, &st, owner);
		if (owner->pid == self.pid && strcmp(owner->host, self.host) == 0 && owner->uid == self.uid &&
		    (owner->boot[0] == '\0' || strcmp(owner->boot, self.boot) == 0)) {
			close(fd);
			free(path);
			return LOCK_TAKEN;	/* already ours */
		}
		/* Ours to take over only if the same user's process on this host is
		 * gone: never another user's, and never one on another machine,
		 * where we cannot see whether it still runs. */
		if (owner->uid != self.uid || strcmp(owner->host, self.host) != 0 ||
		    (!(owner->boot[0] != '\0' && self.boot[0] != '\0' && strcmp(owner->boot, self.boot) != 0) &&
		    process_alive(owner->pid))) {
			close(fd);
			break;
		}
		rc = remove_stale(path, fd, &st, cause);
		close(fd);
		if (rc == -1) {
			free(path);
			return LOCK_ERROR;
		}
		took_over |= rc;	/* not when another taker was first */
	}
	free(path);
	return LOCK_HELD;
}

void
lock_release(const char *plan_path)
{
	char *path = lock_path(plan_path);
	struct lock_owner o, self;

	self_owner(&self);
	if (read_owner(path, &o) == 0 && o.pid == self.pid && strcmp(o.host, self.host) == 0 && o.uid == self.uid)
		unlink(path);
	free(path);
}

char *
lock_describe(const struct lock_owner *o)
{
	char when[64] = "an unknown time";
	struct tm tm;

	if (o->since > 0 && localtime_r(&o->since, &tm) != NULL)
		strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
	return xasprintf("%s on %s (process %ld) since %s", o->user[0] != '\0' ? o->user : "someone",
	    o->host[0] != '\0' ? o->host : "another machine", o->pid, when);
}
