/* util.h: allocation that never returns NULL, growable buffers, small string helpers. */
#ifndef EVALWIZ_UTIL_H
#define EVALWIZ_UTIL_H

#include <stdarg.h>
#include <stddef.h>

/* Called before aborting on out-of-memory or a fatal signal; the TUI sets
 * it so the terminal is restored first.  May be NULL. */
extern void (*util_fatal_hook)(void);

/* The signal (SIGHUP, SIGTERM, SIGINT) that asked evalwiz to end, set by
 * the wizard's handler: long work (pack code, pandoc, dot) stops early
 * when it sees it, so the wizard saves and exits.  0 while none came. */
extern volatile int util_stop_signal;
/* A command whose signals were caught only while a program ran (render_run)
 * dies of the one that came, now that it has cleaned up. */
void util_die_if_stopped(void);

void *xmalloc(size_t size);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *ptr, size_t size);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* A growable byte buffer; data is always NUL-terminated. */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};
void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_add(struct buf *b, const void *p, size_t n);
void buf_adds(struct buf *b, const char *s);
void buf_addc(struct buf *b, char c);
void buf_addf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Hands the data to the caller and leaves the buffer empty. */
char *buf_steal(struct buf *b, size_t *len);

/* Reads a whole file, refusing files larger than max bytes.  Returns NULL and
 * sets *cause (allocated) on failure; errno is kept for the caller.  Only an
 * ordinary file is read: a named pipe, a device or a socket (which another
 * user may plant in a shared folder) is refused (EINVAL) without waiting. */
char *read_file(const char *path, size_t max, size_t *len, char **cause);
/* read_file, refusing a symbolic link (ELOOP): for the files evalwiz makes
 * itself beside a plan (PLAN.recover). */
char *read_file_nofollow(const char *path, size_t max, size_t *len, char **cause);
/* read_file_nofollow, also giving the fstat of the very file it read (its
 * owner and mode, to decide whether to trust what it says). */
struct stat;
char *read_file_nofollow_stat(const char *path, size_t max, size_t *len, struct stat *st, char **cause);
/* read_file for what a person names to read from, which may be a pipe
 * (set FIELD=@FILE with a shell's <(...)): waits for it. */
char *read_file_any(const char *path, size_t max, size_t *len, char **cause);

/* The offset of the first byte of s that is not part of valid UTF-8
 * (overlong forms and surrogates refused), or len when all of it is. */
size_t utf8_check(const char *s, size_t len);

/* Joins a directory and a relative name with one slash. */
char *path_join(const char *dir, const char *name);
/* The Debian package that holds a library, by Debian's naming rule:
 * libfoo.so.1 is in libfoo1, libfoo2.so.3 in libfoo2-3 (newly allocated). */
char *debian_package(const char *soname);

#endif
