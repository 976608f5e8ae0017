/* textout.c: stdout and stderr through one filter that shows controls as
 * escapes (textout.h), made with glibc's fopencookie. */
#include "config.h"

#include "textout.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

size_t
textout_escape(const char *s, size_t n, struct buf *out, int final)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, start = 0, len, k;
	unsigned c;

	while (i < n) {
		unsigned char b = p[i];

		if (b >= 0x20 && b < 0x7f) {
			i++;
			continue;
		}
		if (b == '\n' || b == '\t') {
			i++;
			continue;
		}
		if (b < 0x80) {
			buf_add(out, s + start, i - start);
			buf_addf(out, "\\x%02x", b);
			start = ++i;
			continue;
		}
		/* a UTF-8 sequence: its length from the lead byte */
		len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (len > 0 && i + len > n && !final) {
			for (k = 1; i + k < n && (p[i + k] & 0xc0) == 0x80; k++)
				;
			if (i + k == n) {
				/* cut at the end: kept for the next call */
				buf_add(out, s + start, i - start);
				return n - i;
			}
		}
		for (k = 1; len > 0 && k < len; k++)
			if (i + k >= n || (p[i + k] & 0xc0) != 0x80)
				len = 0;
		if (len == 0) {
			buf_add(out, s + start, i - start);
			buf_addf(out, "\\x%02x", b);
			start = ++i;
			continue;
		}
		c = len == 2 ? (unsigned)(b & 0x1f) << 6 | (p[i + 1] & 0x3f) : 0x100;
		if (c >= 0x80 && c <= 0x9f) {
			buf_add(out, s + start, i - start);
			buf_addf(out, "\\u%04x", c);
			i += len;
			start = i;
			continue;
		}
		i += len;
	}
	buf_add(out, s + start, n - start);
	return 0;
}

char *
textout_visible(const char *s)
{
	struct buf b;

	buf_init(&b);
	textout_escape(s, strlen(s), &b, 1);
	buf_adds(&b, "");
	return buf_steal(&b, NULL);
}

struct filter {
	int fd;
	char cut[4];	/* a UTF-8 sequence cut by the buffer's end */
	size_t ncut;
};

static FILE *real_stdout, *real_stderr;
static struct filter out_filter = { 1, { 0 }, 0 }, err_filter = { 2, { 0 }, 0 };

static int
write_fd(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

static ssize_t
filter_write(void *cookie, const char *data, size_t n)
{
	struct filter *f = cookie;
	struct buf b;
	char joined[8];
	size_t used = 0, left;
	int rc;

	buf_init(&b);
	/* a sequence cut by the last write, completed a byte at a time */
	while (f->ncut > 0 && used < n) {
		memcpy(joined, f->cut, f->ncut);
		joined[f->ncut] = data[used++];
		left = textout_escape(joined, f->ncut + 1, &b, 0);
		memcpy(f->cut, joined + f->ncut + 1 - left, left);
		f->ncut = left;
	}
	left = textout_escape(data + used, n - used, &b, 0);
	memcpy(f->cut + f->ncut, data + n - left, left);
	f->ncut += left;
	rc = b.len > 0 ? write_fd(f->fd, b.data, b.len) : 0;
	buf_free(&b);
	return rc == -1 ? -1 : (ssize_t)n;
}

/* At exit: what is still cut can never be completed: shown escaped. */
static void
finish(void)
{
	struct filter *fs[2] = { &out_filter, &err_filter };
	int i;

	fflush(stdout);
	fflush(stderr);
	for (i = 0; i < 2; i++)
		if (fs[i]->ncut > 0) {
			struct buf b;

			buf_init(&b);
			textout_escape(fs[i]->cut, fs[i]->ncut, &b, 1);
			(void)write_fd(fs[i]->fd, b.data, b.len);
			buf_free(&b);
			fs[i]->ncut = 0;
		}
}

static FILE *
filtered(struct filter *f, int mode)
{
	cookie_io_functions_t io = { NULL, filter_write, NULL, NULL };
	FILE *fp = fopencookie(f, "w", io);

	if (fp != NULL)
		setvbuf(fp, NULL, mode, mode == _IONBF ? 0 : BUFSIZ);
	return fp;
}

void
textout_start(void)
{
	FILE *o, *e;

	if (real_stdout != NULL)
		return;
	fflush(stdout);
	fflush(stderr);
	o = filtered(&out_filter, isatty(1) ? _IOLBF : _IOFBF);
	e = filtered(&err_filter, _IONBF);
	if (o == NULL || e == NULL) {
		if (o != NULL)
			fclose(o);
		if (e != NULL)
			fclose(e);
		return;
	}
	real_stdout = stdout;
	real_stderr = stderr;
	stdout = o;
	stderr = e;
	atexit(finish);
}

void
textout_stop_stdout(void)
{
	if (real_stdout == NULL || stdout == real_stdout)
		return;
	fflush(stdout);
	stdout = real_stdout;
}

int
textout_raw(const void *data, size_t len)
{
	if (fflush(stdout) != 0)
		return -1;
	return write_fd(1, data, len);
}

int
textout_data(const void *data, size_t len)
{
	if (!isatty(1))
		return textout_raw(data, len);
	return fwrite(data, 1, len, stdout) == len ? 0 : -1;
}
