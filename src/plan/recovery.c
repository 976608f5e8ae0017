/* recovery.c: the recovery file beside a plan: an append-only journal of
 * committed edits, one JSON line each, fsync'ed before the edit counts as
 * made, so that kill -9 or a power cut loses at most the field being typed. */
#include "config.h"

#include "plan/recovery.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <pwd.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define RECOVERY_MAX ((size_t)64 * 1024 * 1024)
/* What a recovery file may hold to be restored: far more than the edits
 * between two saves, but not a file made to exhaust memory (a 63 MB file
 * of small records once took 800 MB and a minute before failing). */
#define RECOVERY_RESTORE_BYTES ((off_t)16 * 1024 * 1024)
#define RECOVERY_RESTORE_RECORDS 20000

/* A recovery file of the user's own too big to restore: moved aside to
 * PATH.too-big (so that new edits go to a new file), never read into
 * memory; *cause says so.  Returns NULL for recovery_read_checked. */
static struct value *
too_big(const char *path, const char *what, char **cause)
{
	char *aside = xasprintf("%s.too-big", path);

	if (rename(path, aside) == 0)
		*cause = xasprintf("%s %s, more than a recovery file may hold to be restored (%lld MB, %d edits): "
		    "its edits are not restored; it is moved to %s: look at it, then remove it", path, what,
		    (long long)(RECOVERY_RESTORE_BYTES >> 20), RECOVERY_RESTORE_RECORDS, aside);
	else
		*cause = xasprintf("%s %s, more than a recovery file may hold to be restored (%lld MB, %d edits): "
		    "its edits are not restored, and it cannot be moved aside (%s): look at it, then remove it",
		    path, what, (long long)(RECOVERY_RESTORE_BYTES >> 20), RECOVERY_RESTORE_RECORDS, strerror(errno));
	free(aside);
	return NULL;
}

struct recovery {
	char *path;
	int fd;
	long seq;
	size_t lines;	/* whole records in the file */
	int have_id;	/* dev and ino: the file this session made or appended to */
	dev_t dev;
	ino_t ino;
};

/* Removes the recovery file only when it is still the one this session
 * wrote: never a file someone else put there (a pipe, another user's). */
static void
remove_own(struct recovery *r)
{
	struct stat st;

	if (r->have_id && lstat(r->path, &st) == 0 && st.st_dev == r->dev && st.st_ino == r->ino)
		unlink(r->path);
	r->have_id = 0;
}

char *
recovery_path(const char *plan)
{
	return xasprintf("%s.recover", plan);
}

struct recovery *
recovery_open(const char *plan)
{
	struct recovery *r = xcalloc(1, sizeof *r);

	r->path = recovery_path(plan);
	r->fd = -1;
	return r;
}

/* Makes the new file's name durable too: fsync of the folder. */
static void
sync_dir(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash == NULL ? xstrdup(".") : slash == path ? xstrdup("/") : xstrndup(path, (size_t)(slash - path));
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd != -1) {
		fsync(fd);
		close(fd);
	}
	free(dir);
}

static int
write_all(int fd, const char *p, size_t len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);

		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The whole records (lines) a recovery file holds now. */
static size_t
count_lines(const char *path)
{
	char *text, *cause = NULL;
	size_t len, n = 0, i;

	if ((text = read_file_nofollow(path, RECOVERY_MAX, &len, &cause)) == NULL) {
		free(cause);
		return 0;
	}
	for (i = 0; i < len; i++)
		n += text[i] == '\n';
	free(text);
	return n;
}

static int
ensure_open(struct recovery *r, char **cause)
{
	if (r->fd != -1)
		return 0;
	struct stat st;

	memset(&st, 0, sizeof st);
	/* O_NOFOLLOW: a link planted in its place is not written through;
	 * O_NONBLOCK: nor does a named pipe there hold the session */
	r->fd = open(r->path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK, 0600);
	if (r->fd == -1) {
		*cause = xasprintf("cannot open the recovery file %s: %s", r->path,
		    errno == ELOOP ? "it is a symbolic link; remove it" : strerror(errno));
		return -1;
	}
	if (fstat(r->fd, &st) == -1 || !S_ISREG(st.st_mode) || st.st_uid != geteuid()) {
		*cause = xasprintf("cannot use the recovery file %s: it is %s; remove it", r->path,
		    !S_ISREG(st.st_mode) ? "not a regular file" : "another user's file");
		close(r->fd);
		r->fd = -1;
		return -1;
	}
	r->have_id = 1;
	r->dev = st.st_dev;
	r->ino = st.st_ino;
	/* 0600 whatever the umask or an older file said: it holds the answers */
	if (fchmod(r->fd, 0600) == -1) {
		*cause = xasprintf("cannot make %s private: %s", r->path, strerror(errno));
		close(r->fd);
		r->fd = -1;
		return -1;
	}
	sync_dir(r->path);
	r->lines = count_lines(r->path);
	return 0;
}

int
recovery_append(struct recovery *r, const char *step, const char *field, const struct value *value,
    char **cause)
{
	struct value *rec = value_new(VAL_MAP);
	int rc;

	if (step == NULL)
		value_set(rec, "title", value != NULL ? value_copy(value) : value_new(VAL_NIL));
	else {
		value_set(rec, "step", value_strz(step));
		value_set(rec, "field", value_strz(field));
		value_set(rec, "value", value != NULL ? value_copy(value) : value_new(VAL_NIL));
	}
	rc = recovery_append_record(r, rec, cause);
	value_free(rec);
	return rc;
}

int
recovery_append_record(struct recovery *r, const struct value *rec, char **cause)
{
	struct timespec ts;
	struct tm tm;
	struct buf b, body;
	char stamp[32];
	size_t done = 0;
	ssize_t n;

	if (rec == NULL || rec->type != VAL_MAP) {
		*cause = xstrdup("internal error: a recovery record must be a mapping");
		return -1;
	}
	if (ensure_open(r, cause) == -1)
		return -1;
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
	buf_init(&b);
	buf_addf(&b, "{\"seq\":%ld,\"time\":%lld.%06ld,\"at\":\"%s\"", ++r->seq, (long long)ts.tv_sec,
	    ts.tv_nsec / 1000, stamp);
	/* the record's own members after these, on the one line */
	buf_init(&body);
	value_to_json(rec, &body, 0);
	if (body.len > 2)
		buf_addf(&b, ",%.*s", (int)(body.len - 2), body.data + 1);
	buf_free(&body);
	buf_adds(&b, "}\n");
	/* one write with O_APPEND: the line lands whole or (on a crash) torn at
	 * the end, where the reader drops it */
	while (done < b.len) {
		n = write(r->fd, b.data + done, b.len - done);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			*cause = xasprintf("cannot write the recovery file %s: %s", r->path, strerror(errno));
			buf_free(&b);
			return -1;
		}
		done += (size_t)n;
	}
	buf_free(&b);
	if (fsync(r->fd) == -1) {
		*cause = xasprintf("cannot sync the recovery file %s: %s", r->path, strerror(errno));
		return -1;
	}
	r->lines++;
	return 0;
}

size_t
recovery_mark(const struct recovery *r)
{
	return r != NULL ? r->lines : 0;
}

int
recovery_drop(struct recovery *r, size_t mark, char **cause)
{
	char *text, *tmp, *p;
	size_t len, i, skip = mark;
	struct stat st;
	int fd;

	if (r == NULL || mark == 0)
		return 0;
	if (mark >= r->lines) {
		recovery_saved(r);
		return 0;
	}
	if ((text = read_file_nofollow(r->path, RECOVERY_MAX, &len, cause)) == NULL)
		return -1;
	for (i = 0, p = text; i < len && skip > 0; i++)
		if (text[i] == '\n') {
			skip--;
			p = text + i + 1;
		}
	/* the records after the mark, written beside the file and put in its
	 * place: a crash leaves one whole file or the other */
	tmp = xasprintf("%s.tmp", r->path);
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd == -1 || write_all(fd, p, (size_t)(text + len - p)) == -1 || fsync(fd) == -1 || fstat(fd, &st) == -1) {
		*cause = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		if (fd != -1)
			close(fd);
		unlink(tmp);
		free(tmp);
		free(text);
		return -1;
	}
	close(fd);
	if (rename(tmp, r->path) == -1) {
		*cause = xasprintf("cannot replace %s: %s", r->path, strerror(errno));
		unlink(tmp);
		free(tmp);
		free(text);
		return -1;
	}
	sync_dir(r->path);
	free(tmp);
	free(text);
	r->have_id = 1;
	r->dev = st.st_dev;
	r->ino = st.st_ino;
	/* appends go on in the new file */
	if (r->fd != -1)
		close(r->fd);
	r->fd = -1;
	r->lines -= mark;
	return 0;
}

void
recovery_saved(struct recovery *r)
{
	if (r == NULL)
		return;
	if (r->fd != -1) {
		close(r->fd);
		r->fd = -1;
	}
	remove_own(r);
	r->lines = 0;
}

void
recovery_close(struct recovery *r, int clean)
{
	if (r == NULL)
		return;
	if (clean)
		recovery_saved(r);
	else if (r->fd != -1)
		close(r->fd);
	free(r->path);
	free(r);
}

struct value *
recovery_read(const char *plan, int *newer, char **cause)
{
	char *doubt = NULL;
	struct value *v = recovery_read_checked(plan, newer, &doubt, cause);

	free(doubt);
	return v;
}

/* Why a recovery file of ours may hold what others wrote (allocated), or
 * NULL when only we could have written it. */
static char *
doubt_of(const struct stat *st)
{
	if (st->st_mode & 022)
		return xasprintf("others may write to it (its mode is %04o)", (unsigned)(st->st_mode & 07777));
	if (st->st_nlink > 1)
		return xasprintf("it has %lu names (hard links), which evalwiz never makes", (unsigned long)st->st_nlink);
	return NULL;
}

struct value *
recovery_read_checked(const char *plan, int *newer, char **doubt, char **cause)
{
	char *path = recovery_path(plan), *text, *p, *nl;
	struct value *out;
	struct stat st, lst;
	size_t len;

	*newer = 0;
	*doubt = NULL;
	if (lstat(path, &lst) != 0) {
		free(path);
		return NULL;
	}
	if (S_ISREG(lst.st_mode) && lst.st_uid == geteuid() && lst.st_size > RECOVERY_RESTORE_BYTES) {
		char *what = xasprintf("is %lld MB", (long long)(lst.st_size >> 20));

		too_big(path, what, cause);
		free(what);
		free(path);
		return NULL;
	}
	memset(&st, 0, sizeof st);
	if ((text = read_file_nofollow_stat(path, RECOVERY_MAX, &len, &st, cause)) == NULL) {
		free(path);
		return NULL;
	}
	/* someone else's: whatever it holds, it is not what we typed */
	if (st.st_uid != geteuid()) {
		struct passwd *pw = getpwuid(st.st_uid);

		if (pw != NULL)
			*cause = xasprintf("%s belongs to another user (%s), not you: its edits are never restored; look "
			    "at it, then remove it", path, pw->pw_name);
		else
			*cause = xasprintf("%s belongs to another user (uid %lu), not you: its edits are never "
			    "restored; look at it, then remove it", path, (unsigned long)st.st_uid);
		free(text);
		free(path);
		return NULL;
	}
	{
		size_t lines = 0, i;

		for (i = 0; i < len; i++)
			lines += text[i] == '\n';
		if (lines > RECOVERY_RESTORE_RECORDS) {
			char *what = xasprintf("holds %zu edits", lines);

			free(text);
			too_big(path, what, cause);
			free(what);
			free(path);
			return NULL;
		}
	}
	*doubt = doubt_of(&st);
	out = value_new(VAL_SEQ);
	for (p = text; p < text + len && (nl = memchr(p, '\n', (size_t)(text + len - p))) != NULL; p = nl + 1) {
		char *err = NULL;
		struct value *rec = yaml_parse(p, (size_t)(nl - p), path, &err);
		const struct value *t = value_get(rec, "time");

		if (rec == NULL || rec->type != VAL_MAP || t == NULL || (t->type != VAL_NUM && t->type != VAL_INT)) {
			/* a torn line: the crash came while it was written */
			free(err);
			value_free(rec);
			break;
		}
		/* Every record: the file holds only what was not saved when it was
		 * written (a save drops the records it covers), and the model
		 * judges each one by content, skipping what the plan already has. */
		value_push(out, rec);
		(*newer)++;
	}
	free(text);
	free(path);
	return out;
}

int
recovery_keep_old(const char *plan, char **cause)
{
	char *path = recovery_path(plan), *old = xasprintf("%s.old", path);
	int rc = 0;

	if (rename(path, old) == -1) {
		*cause = xasprintf("cannot move %s to %s: %s", path, old, strerror(errno));
		rc = -1;
	}
	free(path);
	free(old);
	return rc;
}

void
recovery_remove(const char *plan)
{
	char *path = recovery_path(plan);

	unlink(path);
	free(path);
}
