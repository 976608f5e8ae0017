/* lock.c: an exclusive PLAN.lock file holding user, host, pid, start time and
 * boot id.  A lock left by a dead process of the same user on this host is
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

static int
read_owner(const char *path, struct lock_owner *o)
{
	FILE *f = fopen(path, "r");
	char line[512];
	struct stat st;

	memset(o, 0, sizeof *o);
	if (f == NULL)
		return -1;
	if (fstat(fileno(f), &st) == 0)
		o->uid = st.st_uid;
	while (fgets(line, sizeof line, f) != NULL) {
		char *v = strchr(line, ':');

		if (v == NULL)
			continue;
		*v++ = '\0';
		while (*v == ' ')
			v++;
		v[strcspn(v, "\n")] = '\0';
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
	fclose(f);
	return 0;
}

static int
write_lock(const char *path, const struct lock_owner *o, char **cause)
{
	char text[512];
	int fd, n;

	fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0644);
	if (fd == -1) {
		if (errno != EEXIST)
			*cause = xasprintf("cannot create %s: %s", path, strerror(errno));
		return -1;
	}
	n = snprintf(text, sizeof text, "user: %s\nhost: %s\npid: %ld\nsince: %lld\n%s%s%s", o->user, o->host,
	    o->pid, (long long)o->since, o->boot[0] != '\0' ? "boot: " : "", o->boot, o->boot[0] != '\0' ? "\n" : "");
	if (write(fd, text, (size_t)n) != n) {
		*cause = xasprintf("cannot write %s: %s", path, strerror(errno));
		close(fd);
		unlink(path);
		return -1;
	}
	close(fd);
	return 0;
}

enum lock_result
lock_acquire(const char *plan_path, struct lock_owner *owner, char **cause)
{
	char *path = lock_path(plan_path);
	struct lock_owner self;
	int tries, took_over = 0;

	*cause = NULL;
	self_owner(&self);
	for (tries = 0; tries < 3; tries++) {
		if (write_lock(path, &self, cause) == 0) {
			free(path);
			return took_over ? LOCK_TAKEN_OVER : LOCK_TAKEN;
		}
		if (*cause != NULL) {
			free(path);
			return LOCK_ERROR;
		}
		if (read_owner(path, owner) == -1)
			continue;	/* vanished between our tries */
		if (owner->pid == self.pid && strcmp(owner->host, self.host) == 0 && owner->uid == self.uid &&
		    (owner->boot[0] == '\0' || strcmp(owner->boot, self.boot) == 0)) {
			free(path);
			return LOCK_TAKEN;	/* already ours */
		}
		/* Ours to take over only if the same user's process on this host is
		 * gone: never another user's, and never one on another machine,
		 * where we cannot see whether it still runs. */
		if (owner->uid != self.uid || strcmp(owner->host, self.host) != 0)
			break;
		if (!(owner->boot[0] != '\0' && self.boot[0] != '\0' && strcmp(owner->boot, self.boot) != 0) &&
		    process_alive(owner->pid))
			break;
		if (unlink(path) == -1 && errno != ENOENT) {
			*cause = xasprintf("cannot remove the stale lock %s: %s", path, strerror(errno));
			free(path);
			return LOCK_ERROR;
		}
		took_over = 1;	/* not when the lock merely vanished between tries */
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
