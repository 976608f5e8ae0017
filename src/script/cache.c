/* cache.c: a per-user cache of pack step files compiled from their text, so
 * that the wizard does not compile the same 150 KB of Lua on every start
 * (a fifth of its start-up).
 *
 * Why it is safe to load bytecode from it, when Lua's binary loader is not
 * safe against crafted bytecode and pack code is untrusted:
 * - pack files are still read as text on every start, and an entry is used
 *   only when the text it was made from, which the entry holds, is byte for
 *   byte the text just read, under the same chunk name, evalwiz version, Lua
 *   release and Lua library file (path, size, time: a library updated under
 *   an installed evalwiz makes every entry stale); so the function is the one
 *   compiling that text gives;
 * - entries are made only here, by lua_dump of a function just compiled
 *   from text in mode "t"; nothing is ever loaded as bytecode from the pack
 *   folder or any place the pack names;
 * - the cache folder must be the user's own: $XDG_CACHE_HOME/evalwiz (else
 *   ~/.cache/evalwiz), opened without following a link, a folder owned by
 *   the user with no access for group or others; each entry is opened
 *   without following a link through that folder and must be a regular file
 *   owned by the user that no one else may write.  Someone who can write
 *   there is the user already.  Otherwise the cache is not used at all;
 * - a checksum over the entry catches a file damaged on disk or cut short
 *   (it is not there against tampering: the ownership checks are);
 * - entries are written under a temporary name and renamed into place, so
 *   a reader never sees half of one.
 * Any mismatch or failure means the text is compiled as before and the entry
 * written again; past CACHE_KEEP entries the oldest written are removed.  EVALWIZ_NO_CACHE (not empty) turns the cache off. */
#define _GNU_SOURCE	/* dladdr */
#include "config.h"

#include "script/cache.h"
#include "util.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <lauxlib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CACHE_MAGIC "evalwiz compiled pack chunk 1\n" PACKAGE_VERSION "\n" LUA_RELEASE "\n"
#define CACHE_MAX (16u << 20)
/* Entries are per file, so a pack edited in place keeps one each; packs
 * tried from many folders (tests, temporary copies) would add up, so after
 * a write the oldest written go once there are more than CACHE_KEEP. */
#define CACHE_KEEP 256

static int cache_dirfd = -2;	/* -2: not opened yet; -1: no cache */

/* Not cryptographic: every step is a bijection of the state for a given
 * word, so one damaged word always changes the sum. */
static uint64_t
cache_sum(const unsigned char *p, size_t n)
{
	uint64_t h = 0x243f6a8885a308d3u ^ (uint64_t)n;
	size_t i;

	for (i = 0; i + 8 <= n; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15u;
		h ^= h >> 31;
	}
	for (; i < n; i++) {
		h = (h ^ p[i]) * 0x100000001b3u;
		h ^= h >> 31;
	}
	return h ^ (h >> 29);
}

/* The entry's file name: one entry per file and chunk name, so editing a
 * pack replaces its entries instead of adding more. */
static void
cache_name(const char *real, const char *chunkname, char out[32])
{
	uint64_t h = 0xcbf29ce484222325u;
	const char *parts[2] = { real, chunkname };
	size_t k;

	for (k = 0; k < 2; k++) {
		const unsigned char *s = (const unsigned char *)parts[k];

		for (; *s != '\0'; s++)
			h = (h ^ *s) * 0x100000001b3u;
		h = (h ^ 0xff) * 0x100000001b3u;
	}
	snprintf(out, 32, "chunk-%016llx", (unsigned long long)h);
}

static int
cache_owned(int fd, int want_dir)
{
	struct stat st;

	if (fstat(fd, &st) == -1 || st.st_uid != geteuid())
		return 0;
	if (want_dir)
		return S_ISDIR(st.st_mode) && (st.st_mode & 077) == 0;
	return S_ISREG(st.st_mode) && (st.st_mode & 022) == 0 && st.st_size <= (off_t)CACHE_MAX;
}

static int
cache_dir(void)
{
	const char *off = getenv("EVALWIZ_NO_CACHE");
	const char *xdg = getenv("XDG_CACHE_HOME");
	const char *home = getenv("HOME");
	char *base, *dir;
	int fd;

	if (cache_dirfd != -2)
		return cache_dirfd;
	cache_dirfd = -1;
	if (off != NULL && *off != '\0')
		return -1;
	if (xdg != NULL && xdg[0] == '/')
		base = xstrdup(xdg);
	else if (home != NULL && home[0] == '/')
		base = xasprintf("%s/.cache", home);
	else
		return -1;
	dir = xasprintf("%s/evalwiz", base);
	fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd == -1 && errno == ENOENT) {
		/* as the XDG base directory rules say: made for the user alone */
		(void)mkdir(base, 0700);
		if (mkdir(dir, 0700) == 0 || errno == EEXIST)
			fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	}
	free(base);
	free(dir);
	if (fd == -1)
		return -1;
	if (!cache_owned(fd, 1)) {
		close(fd);
		return -1;
	}
	cache_dirfd = fd;
	return fd;
}

static void
put_u64(struct buf *b, uint64_t v)
{
	unsigned char c[8];
	int i;

	for (i = 0; i < 8; i++)
		c[i] = (unsigned char)(v >> (8 * i));
	buf_add(b, c, 8);
}

static uint64_t
get_u64(const char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = (v << 8) | (unsigned char)p[i];
	return v;
}

/* The Lua library this process runs, by its file's path, size and time. */
static const char *
cache_lua_id(void)
{
	static char id[512];
	Dl_info info;
	struct stat st;

	if (id[0] != '\0')
		return id;
	if (dladdr((void *)lua_newstate, &info) != 0 && info.dli_fname != NULL &&
	    stat(info.dli_fname, &st) == 0)
		snprintf(id, sizeof id, "%s %lld %lld\n", info.dli_fname, (long long)st.st_size,
		    (long long)st.st_mtime);
	else
		snprintf(id, sizeof id, "unknown\n");
	return id;
}

/* The entry up to the text's first byte: what must match exactly. */
static void
cache_head(struct buf *b, const char *chunkname, size_t len)
{
	buf_adds(b, CACHE_MAGIC);
	buf_adds(b, cache_lua_id());
	put_u64(b, strlen(chunkname));
	buf_adds(b, chunkname);
	put_u64(b, len);
}

int
cache_load(lua_State *L, const char *real, const char *chunkname, const char *text, size_t len)
{
	char name[32], *data = NULL;
	struct buf head;
	size_t got = 0, off, codelen, size;
	struct stat st;
	int dfd = cache_dir(), fd, ok = 0;

	if (dfd < 0)
		return 0;
	cache_name(real, chunkname, name);
	fd = openat(dfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd == -1)
		return 0;
	if (!cache_owned(fd, 0) || fstat(fd, &st) == -1) {
		close(fd);
		return 0;
	}
	size = (size_t)st.st_size;
	data = xmalloc(size + 1);
	while (got < size) {
		ssize_t n = read(fd, data + got, size - got);

		if (n <= 0) {
			if (n == -1 && errno == EINTR)
				continue;
			break;
		}
		got += (size_t)n;
	}
	close(fd);
	buf_init(&head);
	cache_head(&head, chunkname, len);
	off = head.len;
	if (got == size && size >= off + len + 16 &&
	    memcmp(data, head.data, head.len) == 0 && memcmp(data + off, text, len) == 0 &&
	    (codelen = (size_t)get_u64(data + off + len)) == size - off - len - 16 &&
	    get_u64(data + size - 8) == cache_sum((const unsigned char *)data, size - 8)) {
		if (luaL_loadbufferx(L, data + off + len + 8, codelen, chunkname, "b") == LUA_OK)
			ok = 1;
		else
			lua_pop(L, 1);
	}
	buf_free(&head);
	free(data);
	return ok;
}

struct cache_entry {
	char name[64];
	time_t mtime;
};

static int
cache_older(const void *a, const void *b)
{
	const struct cache_entry *x = a, *y = b;

	return x->mtime < y->mtime ? -1 : x->mtime > y->mtime;
}

/* Removes the oldest written entries (and temporary files a crash left)
 * once there are more than CACHE_KEEP, down to three quarters of it; once
 * per process, after its first write. */
static void
cache_prune(int dfd)
{
	static int done;
	struct cache_entry *list = NULL;
	size_t n = 0, cap = 0, i;
	struct dirent *e;
	struct stat st;
	int fd;
	DIR *d;

	if (done)
		return;
	done = 1;
	fd = dup(dfd);
	d = fd == -1 ? NULL : fdopendir(fd);
	if (d == NULL) {
		if (fd != -1)
			close(fd);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		if (strncmp(e->d_name, "chunk-", 6) != 0 || len >= sizeof list->name ||
		    fstatat(dfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) == -1)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			list = xrealloc(list, cap * sizeof *list);
		}
		memcpy(list[n].name, e->d_name, len + 1);	/* len checked above */
		list[n].mtime = st.st_mtime;
		n++;
	}
	closedir(d);
	if (n > CACHE_KEEP) {
		qsort(list, n, sizeof *list, cache_older);
		for (i = 0; i < n - (size_t)CACHE_KEEP / 4 * 3; i++)
			(void)unlinkat(dfd, list[i].name, 0);
	}
	free(list);
}

static int
cache_writer(lua_State *L, const void *p, size_t n, void *ud)
{
	(void)L;
	buf_add(ud, p, n);
	return 0;
}

void
cache_store(lua_State *L, const char *real, const char *chunkname, const char *text, size_t len)
{
	char name[32], tmp[64];
	struct buf b;
	size_t at, codelen, done = 0;
	int dfd = cache_dir(), fd;

	if (dfd < 0 || !lua_isfunction(L, -1))
		return;
	buf_init(&b);
	cache_head(&b, chunkname, len);
	buf_add(&b, text, len);
	at = b.len;
	put_u64(&b, 0);
	/* with line information: messages and positions need it */
	if (lua_dump(L, cache_writer, &b, 0) != 0 || b.len - at - 8 > CACHE_MAX) {
		buf_free(&b);
		return;
	}
	codelen = b.len - at - 8;
	for (int i = 0; i < 8; i++)
		b.data[at + (size_t)i] = (char)(unsigned char)((uint64_t)codelen >> (8 * i));
	put_u64(&b, cache_sum((const unsigned char *)b.data, b.len));
	if (b.len > CACHE_MAX) {
		buf_free(&b);
		return;
	}
	cache_name(real, chunkname, name);
	snprintf(tmp, sizeof tmp, "%s.%ld.tmp", name, (long)getpid());
	fd = openat(dfd, tmp, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd == -1) {
		buf_free(&b);
		return;
	}
	while (done < b.len) {
		ssize_t n = write(fd, b.data + done, b.len - done);

		if (n <= 0) {
			if (n == -1 && errno == EINTR)
				continue;
			break;
		}
		done += (size_t)n;
	}
	/* no fsync: a cache; an entry cut short by a crash fails its checksum */
	if (close(fd) == -1 || done != b.len || renameat(dfd, tmp, dfd, name) == -1)
		(void)unlinkat(dfd, tmp, 0);
	else
		cache_prune(dfd);
	buf_free(&b);
}
