/* atomic.c: temp file in the same folder, write, fsync, rename, fsync the folder,
 * all relative to the folder opened once (openat, renameat), never by path
 * again.  The temp file has a random name and is created with
 * O_EXCL|O_NOFOLLOW, so a file or link planted under that name is never
 * written through; a link at the path itself is followed only when it is the
 * user's (or root's), checked on the very link read (O_PATH, fstat,
 * readlinkat). */
#include "config.h"

#include "plan/atomic.h"
#include "plan/filesafe.h"
#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifdef EVALWIZ_FAULT_INJECTION
static int fault_count;

void
fault_reset(void)
{
	fault_count = 0;
}

int
fault_should_fail(const char *what)
{
	const char *spec = getenv("EVALWIZ_FAULT");
	size_t n = strlen(what);
	const char *colon;

	if (spec == NULL || strncmp(spec, what, n) != 0 || (spec[n] != '\0' && spec[n] != ':'))
		return 0;
	colon = strchr(spec, ':');
	if (colon == NULL)
		return 1;
	return ++fault_count == atoi(colon + 1);
}
#define FAULT(what, err) (fault_should_fail(what) ? (errno = (err), 1) : 0)
#else
#define FAULT(what, err) 0
#endif

static ssize_t
write_all(int fd, const char *p, size_t len)
{
	size_t done = 0;
	ssize_t n;

	while (done < len) {
		if (FAULT("write", EIO) || FAULT("enospc", ENOSPC))
			return -1;
		n = write(fd, p + done, len - done);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			return -1;
		done += (size_t)n;
	}
	return (ssize_t)done;
}

/* Creates base's temp file ".BASE.XXXXXXXXXXXX" (12 random letters and
 * digits, retried on a clash) in the folder open at dfd, with
 * O_CREAT|O_EXCL|O_NOFOLLOW and mode 0600; tmp is filled in.  Returns the descriptor, or -1 with errno. */
static int
temp_open(int dfd, char *tmp)
{
	static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	size_t n = strlen(tmp), i;
	unsigned char rnd[12];
	int tries, fd;

	for (tries = 0; tries < 100; tries++) {
		if (getrandom(rnd, sizeof rnd, 0) != (ssize_t)sizeof rnd) {
			/* no entropy call: the clock and pid differ between tries and processes */
			struct timespec ts;

			clock_gettime(CLOCK_REALTIME, &ts);
			for (i = 0; i < sizeof rnd; i++)
				rnd[i] = (unsigned char)((unsigned long)ts.tv_nsec >> (i % 4 * 8) ^
				    (unsigned long)getpid() >> i ^ (unsigned long)tries * 31);
		}
		for (i = 0; i < sizeof rnd; i++)
			tmp[n - sizeof rnd + i] = letters[rnd[i] % (sizeof letters - 1)];
#ifdef EVALWIZ_FAULT_INJECTION
		/* test-only: the first name tried, so a test can plant something there */
		if (tries == 0 && getenv("EVALWIZ_TEMP_SUFFIX") != NULL &&
		    strlen(getenv("EVALWIZ_TEMP_SUFFIX")) == sizeof rnd)
			memcpy(tmp + n - sizeof rnd, getenv("EVALWIZ_TEMP_SUFFIX"), sizeof rnd);
#endif
		fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
		if (fd != -1 || errno != EEXIST)
			return fd;
	}
	errno = EEXIST;
	return -1;
}

static const char *
explain(int err)
{
	switch (err) {
	case ENOSPC:
	case EDQUOT:
		return "the disk is full; free some space and save again";
	case EROFS:
		return "the file system is read-only; save the plan somewhere else";
	case EACCES:
	case EPERM:
		return "permission denied; check you may write to this folder";
	default:
		return strerror(err);
	}
}

static int atomic_replace(const char *path, const void *data, size_t len, mode_t create_mode, int excl,
    const char *plan, char **cause);

int
atomic_write(const char *path, const void *data, size_t len, mode_t create_mode, char **cause)
{
	return atomic_replace(path, data, len, create_mode, 0, NULL, cause);
}

int
atomic_write_output(const char *path, const void *data, size_t len, mode_t create_mode, const char *plan,
    char **cause)
{
	return atomic_replace(path, data, len, create_mode, 0, plan, cause);
}

int
atomic_create(const char *path, const void *data, size_t len, mode_t create_mode, char **cause)
{
	return atomic_replace(path, data, len, create_mode, 1, NULL, cause);
}

/* The folder part of path ("." when none) and its last part, allocated. */
static void
split(const char *path, char **dir, char **base)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL) {
		*dir = xstrdup(".");
		*base = xstrdup(path);
	} else {
		*dir = slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
		*base = xstrdup(slash + 1);
	}
}

/* Where path's file really is: the folder holding it, opened (*dfd; its
 * path in *dir for messages), and its name there (*base).  A symbolic link
 * is followed only when it is the user's (or root's), and by descriptors:
 * the link itself is opened (O_PATH|O_NOFOLLOW), its owner taken from
 * fstat and its text from readlinkat on that same descriptor, and the
 * folder it names opened from the folder that holds it.  A link swapped
 * meanwhile (another member of a shared folder's group, renaming in a
 * loop) is never followed on an owner's word it did not have.  Returns 0,
 * or -1 with *cause and errno. */
static int
resolve_at(const char *path, int *dfd, char **dir, char **base, char **cause)
{
	char text[PATH_MAX], *ldir, *lbase;
	struct stat st;
	int fd, lfd, nfd, hops, err;
	ssize_t n;

	split(path, dir, base);
	if ((fd = open(*dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		err = errno;
		*cause = xasprintf("cannot save %s: cannot create a file in %s: %s", path, *dir, explain(err));
		goto fail;
	}
	for (hops = 0;; hops++) {
		lfd = openat(fd, *base, O_PATH | O_NOFOLLOW | O_CLOEXEC);
		if (lfd == -1 && errno == ENOENT && hops == 0)
			break;	/* a new file */
		if (lfd == -1) {
			err = errno;
			*cause = hops > 0 ? xasprintf("cannot follow the link %s: %s", path, strerror(err)) :
			    xasprintf("cannot save %s: %s", path, strerror(err));
			goto fail;
		}
		if (fstat(lfd, &st) == -1 || !S_ISLNK(st.st_mode)) {
			close(lfd);
			break;
		}
		/* Replace the file a link points at, not the link, as editors
		 * do; but only a link of the user's (or root's): one planted by
		 * someone else, say in a shared folder like /tmp, could aim at any
		 * of our files. */
		if (st.st_uid != geteuid() && st.st_uid != 0) {
			close(lfd);
			*cause = xasprintf("cannot write %s: it is a symbolic link belonging to another user; "
			    "write to the file it points at instead", path);
			err = EACCES;
			goto fail;
		}
		n = hops < 16 ? readlinkat(lfd, "", text, sizeof text - 1) : -1;
		err = hops < 16 ? errno : ELOOP;
		close(lfd);
		if (n <= 0) {
			*cause = xasprintf("cannot follow the link %s: %s", path, strerror(n == 0 ? ENOENT : err));
			err = n == 0 ? ENOENT : err;
			goto fail;
		}
		text[n] = '\0';
		split(text, &ldir, &lbase);
		nfd = openat(fd, ldir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (nfd == -1) {
			err = errno;
			*cause = xasprintf("cannot follow the link %s: %s", path, strerror(err));
			free(ldir);
			free(lbase);
			goto fail;
		}
		close(fd);
		fd = nfd;
		free(*base);
		*base = lbase;
		if (text[0] == '/')
			free(*dir), *dir = ldir;
		else {
			char *joined = xasprintf("%s/%s", *dir, ldir);

			free(*dir);
			free(ldir);
			*dir = joined;
		}
		/* a link to nothing: as before, not a new file made through it */
		if (faccessat(fd, *base, F_OK, AT_SYMLINK_NOFOLLOW) != 0) {
			err = errno;
			*cause = xasprintf("cannot follow the link %s: %s", path, strerror(err));
			goto fail;
		}
	}
	*dfd = fd;
	return 0;
fail:
	if (fd != -1)
		close(fd);
	free(*dir);
	free(*base);
	*dir = *base = NULL;
	errno = err;
	return -1;
}

static int
atomic_replace(const char *path, const void *data, size_t len, mode_t create_mode, int excl, const char *plan,
    char **cause)
{
	struct stat st;
	char *dir = NULL, *base = NULL, *tmp = NULL;
	int fd = -1, dfd = -1, have_old, saved;
	mode_t mask;

	*cause = NULL;
	if (filesafe_is_plan_file(path, plan, cause)) {
		errno = EPERM;
		return -1;
	}
	if (excl && lstat(path, &st) == 0) {
		*cause = xasprintf("%s already exists", path);
		errno = EEXIST;
		return -1;
	}
	if (resolve_at(path, &dfd, &dir, &base, cause) == -1)
		return -1;
	have_old = fstatat(dfd, base, &st, AT_SYMLINK_NOFOLLOW) == 0;
	if (have_old && !S_ISREG(st.st_mode)) {
		*cause = xasprintf("cannot write %s: it is not a regular file", path);
		saved = EINVAL;
		goto fail_nounlink;
	}
	/* A file its owner made read-only (for us, or for everyone when we are
	 * root) is never replaced, though the folder would let us rename over it. */
	if (have_old && (geteuid() == 0 ? (st.st_mode & 0222) == 0 : faccessat(dfd, base, W_OK, AT_EACCESS) != 0)) {
		*cause = xasprintf("cannot save %s: the file is read-only for you; nothing was changed", path);
		saved = EACCES;
		goto fail_nounlink;
	}
	tmp = xasprintf(".%s.XXXXXXXXXXXX", base);

	if (FAULT("open", EACCES) || FAULT("readonly", EROFS) || (fd = temp_open(dfd, tmp)) == -1) {
		saved = errno;
		*cause = xasprintf("cannot save %s: cannot create a file in %s: %s", path, dir, explain(saved));
		goto fail_nounlink;
	}
	if (have_old) {
		/* the old file's group (a shared group folder's plan stays the
		 * group's), and as root its owner too; then its mode */
		if (fchown(fd, geteuid() == 0 ? st.st_uid : (uid_t)-1, st.st_gid) == -1 && geteuid() == 0) {
			/* the group alone then; if that fails too, the file keeps ours
			 * (a variable: glibc's fortified fchown warns on a (void) cast) */
			int again = fchown(fd, (uid_t)-1, st.st_gid);

			(void)again;
		}
		fchmod(fd, st.st_mode & 07777);
	} else {
		mask = umask(0);
		umask(mask);
		fchmod(fd, create_mode & ~mask);
	}
	if (write_all(fd, data, len) == -1) {
		saved = errno;
		*cause = xasprintf("cannot save %s: %s", path, explain(saved));
		goto fail;
	}
	if (FAULT("fsync", EIO) || fsync(fd) == -1) {
		saved = errno;
		*cause = xasprintf("cannot save %s: flushing to disk failed: %s", path, explain(saved));
		goto fail;
	}
	if (close(fd) == -1) {
		fd = -1;
		saved = errno;
		*cause = xasprintf("cannot save %s: %s", path, explain(saved));
		goto fail;
	}
	fd = -1;
	if (excl) {
		/* linkat() fails if the name appeared meanwhile; a rename would replace it. */
		if (FAULT("rename", EIO) || linkat(dfd, tmp, dfd, base, 0) == -1) {
			saved = errno;
			*cause = saved == EEXIST ? xasprintf("%s already exists", path) :
			    xasprintf("cannot create %s: %s", path, explain(saved));
			goto fail;
		}
		unlinkat(dfd, tmp, 0);
	} else if (filesafe_is_plan_file(path, plan, cause)) {
		/* the name was made to point at the plan while we wrote */
		saved = EPERM;
		goto fail;
	} else if (FAULT("rename", EIO) || renameat(dfd, tmp, dfd, base) == -1) {
		saved = errno;
		*cause = xasprintf("cannot save %s: renaming the new copy into place failed: %s", path,
		    explain(saved));
		goto fail;
	}
	fsync(dfd);
	close(dfd);
	free(dir);
	free(base);
	free(tmp);
	return 0;

fail:
	if (fd != -1)
		close(fd);
	unlinkat(dfd, tmp, 0);
fail_nounlink:
	close(dfd);
	free(dir);
	free(base);
	free(tmp);
	errno = saved;
	return -1;
}
