/* util.c: allocation that never returns NULL, growable buffers, file reading. */
#include "config.h"

#include "util.h"

#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void (*util_fatal_hook)(void);
volatile int util_stop_signal;

void
util_die_if_stopped(void)
{
	int sig = util_stop_signal;

	if (sig == 0)
		return;
	fflush(NULL);
	signal(sig, SIG_DFL);
	raise(sig);
}

void
fatal(const char *fmt, ...)
{
	va_list ap;

	if (util_fatal_hook != NULL)
		util_fatal_hook();
	fputs("evalwiz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size == 0 ? 1 : size);

	if (p == NULL)
		fatal("out of memory (%zu bytes)", size);
	return p;
}

void *
xcalloc(size_t n, size_t size)
{
	void *p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size);

	if (p == NULL)
		fatal("out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *
xrealloc(void *ptr, size_t size)
{
	void *p = realloc(ptr, size == 0 ? 1 : size);

	if (p == NULL)
		fatal("out of memory (%zu bytes)", size);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *
xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *
xvasprintf(const char *fmt, va_list ap)
{
	va_list ap2;
	int n;
	char *p;

	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		fatal("bad format string");
	p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	return p;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = xvasprintf(fmt, ap);
	va_end(ap);
	return p;
}

void
buf_init(struct buf *b)
{
	b->data = NULL;
	b->len = 0;
	b->cap = 0;
}

void
buf_free(struct buf *b)
{
	free(b->data);
	buf_init(b);
}

static void
buf_grow(struct buf *b, size_t need)
{
	size_t cap = b->cap == 0 ? 64 : b->cap;

	if (b->len + need + 1 <= b->cap)
		return;
	while (cap < b->len + need + 1)
		cap *= 2;
	b->data = xrealloc(b->data, cap);
	b->cap = cap;
}

void
buf_add(struct buf *b, const void *p, size_t n)
{
	buf_grow(b, n);
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_addf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	buf_adds(b, s);
	free(s);
}

char *
buf_steal(struct buf *b, size_t *len)
{
	char *p;

	if (b->data == NULL)
		buf_grow(b, 0), b->data[0] = '\0';
	p = b->data;
	if (len != NULL)
		*len = b->len;
	buf_init(b);
	return p;
}

#define READ_ANY 0x1		/* a pipe or a device too (waiting for it) */
#define READ_NOFOLLOW 0x2	/* not through a symbolic link */

/* Reads straight into the buffer it returns, sized from fstat for a regular
 * file: a 64 KB chunk on the stack here left its pages in every session's
 * resident memory for good (the stack never shrinks), and cost a copy. */
static char *
read_file_how(const char *path, size_t max, size_t *len, char **cause, unsigned how, struct stat *out_st)
{
	struct stat st;
	struct buf b;
	size_t want;
	ssize_t n;
	int fd, saved;

	/* O_NONBLOCK: a named pipe planted in a file's place must not hold
	 * evalwiz on the open; it is refused below */
	fd = open(path, O_RDONLY | O_CLOEXEC | ((how & READ_ANY) ? 0 : O_NONBLOCK) |
	    ((how & READ_NOFOLLOW) ? O_NOFOLLOW : 0));
	if (fd == -1) {
		saved = errno;
		if (saved == ELOOP && (how & READ_NOFOLLOW))
			*cause = xasprintf("cannot open %s: it is a symbolic link, and evalwiz does not follow one "
			    "there; remove it", path);
		else
			*cause = xasprintf("cannot open %s: %s", path, strerror(errno));
		errno = saved;
		return NULL;
	}
	if (fstat(fd, &st) == -1) {
		saved = errno;
		*cause = xasprintf("cannot open %s: %s", path, strerror(errno));
		close(fd);
		errno = saved;
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		*cause = xasprintf("%s is a folder, not a file", path);
		errno = EISDIR;
		return NULL;
	}
	if (out_st != NULL)
		*out_st = st;
	if (!(how & READ_ANY) && !S_ISREG(st.st_mode)) {
		close(fd);
		*cause = xasprintf("%s is not a regular file (it is a %s); evalwiz reads only ordinary files there",
		    path, S_ISFIFO(st.st_mode) ? "named pipe" : S_ISSOCK(st.st_mode) ? "socket" :
		    S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "device" : "special file");
		errno = EINVAL;
		return NULL;
	}
	buf_init(&b);
	/* one read more than the size, to see the end (or a file that grew) */
	want = S_ISREG(st.st_mode) && st.st_size > 0 && (uintmax_t)st.st_size < max ?
	    (size_t)st.st_size + 1 : 4096;
	for (;;) {
		buf_grow(&b, want);
		n = read(fd, b.data + b.len, b.cap - b.len - 1);
		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			saved = errno;
			*cause = xasprintf("cannot read %s: %s", path, strerror(errno));
			close(fd);
			buf_free(&b);
			errno = saved;
			return NULL;
		}
		if (n == 0)
			break;
		if (b.len + (size_t)n > max) {
			*cause = xasprintf("%s is too large (over %zu MB); evalwiz reads files of up to %zu MB",
			    path, max >> 20, max >> 20);
			close(fd);
			buf_free(&b);
			errno = EFBIG;
			return NULL;
		}
		b.len += (size_t)n;
		b.data[b.len] = '\0';
		want = b.cap - b.len - 1 > 0 ? 1 : 4096;
	}
	close(fd);
	b.data[b.len] = '\0';	/* also for an empty file, where no read added one */
	return buf_steal(&b, len);
}

char *
read_file(const char *path, size_t max, size_t *len, char **cause)
{
	return read_file_how(path, max, len, cause, 0, NULL);
}

char *
read_file_nofollow(const char *path, size_t max, size_t *len, char **cause)
{
	return read_file_how(path, max, len, cause, READ_NOFOLLOW, NULL);
}

char *
read_file_nofollow_stat(const char *path, size_t max, size_t *len, struct stat *st, char **cause)
{
	return read_file_how(path, max, len, cause, READ_NOFOLLOW, st);
}

char *
read_file_any(const char *path, size_t max, size_t *len, char **cause)
{
	return read_file_how(path, max, len, cause, READ_ANY, NULL);
}

char *
path_join(const char *dir, const char *name)
{
	size_t n = strlen(dir);

	if (n > 0 && dir[n - 1] == '/')
		return xasprintf("%s%s", dir, name);
	return xasprintf("%s/%s", dir, name);
}

size_t
utf8_check(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, k;
	uint32_t c;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((p[i] & 0xe0) == 0xc0)
			n = 2, c = p[i] & 0x1f;
		else if ((p[i] & 0xf0) == 0xe0)
			n = 3, c = p[i] & 0x0f;
		else if ((p[i] & 0xf8) == 0xf0)
			n = 4, c = p[i] & 0x07;
		else
			return i;
		if (i + n > len)
			return i;
		for (k = 1; k < n; k++) {
			if ((p[i + k] & 0xc0) != 0x80)
				return i;
			c = (c << 6) | (p[i + k] & 0x3f);
		}
		if ((n == 2 && c < 0x80) || (n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
		    c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
			return i;
		i += n;
	}
	return len;
}

char *
debian_package(const char *soname)
{
	const char *so = strstr(soname, ".so.");
	size_t n = so != NULL ? (size_t)(so - soname) : strlen(soname);

	if (so == NULL)
		return xstrdup(soname);
	return xasprintf("%.*s%s%s", (int)n, soname, n > 0 && soname[n - 1] >= '0' && soname[n - 1] <= '9' ? "-" : "",
	    so + 4);
}
