/* lua-dump.c: a build tool: compiles evalwiz's own Lua modules (every .lua file in DIR)
 * to bytecode and writes them as a C file for the program to link, so that
 * start-up loads them instead of compiling them.  Pack and template code is
 * never precompiled: only script_require loads these, and only when the
 * module's text on disk is the text compiled here (see own_chunk_load).
 *
 * Usage: lua-dump DIR OUT.c
 *
 * Each chunk is compiled under a placeholder name and dumped with its line
 * information; the placeholder (the chunk's source name, stored once, for
 * the main function) is cut out, so that the loader can put the real path
 * in its place and error messages, the hook and the trusted-module checks
 * see exactly what they see for a module compiled from text. */
#include <dirent.h>
#include <lauxlib.h>
#include <lua.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PLACEHOLDER "@\x01evalwiz-own-chunk\x01"

struct buf {
	unsigned char *p;
	size_t n, cap;
};

/* A build tool: out of memory ends it with a message. */
static void *
need(void *p)
{
	if (p == NULL) {
		fputs("lua-dump: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static int
buf_writer(lua_State *L, const void *p, size_t sz, void *ud)
{
	struct buf *b = ud;

	(void)L;
	if (b->n + sz > b->cap) {
		b->cap = (b->n + sz) * 2;
		b->p = need(realloc(b->p, b->cap));
	}
	memcpy(b->p + b->n, p, sz);
	b->n += sz;
	return 0;
}

static uint64_t
fnv1a(const unsigned char *p, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return h;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
emit_bytes(FILE *out, const unsigned char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		fprintf(out, "%s%u,", i % 20 == 0 ? "\n\t" : "", p[i]);
	if (n == 0)
		fprintf(out, "0");
	fprintf(out, "\n");
}

struct meta {
	size_t tlen, npre, npost;
	uint64_t hash;
};

int
main(int argc, char **argv)
{
	struct meta *meta;
	DIR *d;
	struct dirent *de;
	char **names = NULL, path[4096];
	size_t nnames = 0, i;
	FILE *out;
	lua_State *L;

	if (argc != 3) {
		fprintf(stderr, "usage: lua-dump DIR OUT.c\n");
		return 2;
	}
	if ((d = opendir(argv[1])) == NULL) {
		perror(argv[1]);
		return 1;
	}
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (len > 4 && strcmp(de->d_name + len - 4, ".lua") == 0 && de->d_name[0] != '.') {
			char **grown = need(realloc(names, (nnames + 1) * sizeof *names));

			names = grown;
			names[nnames] = need(malloc(len - 3));
			memcpy(names[nnames], de->d_name, len - 4);
			names[nnames++][len - 4] = '\0';
		}
	}
	closedir(d);
	if (nnames == 0) {
		fprintf(stderr, "lua-dump: no .lua files in %s\n", argv[1]);
		return 1;
	}
	qsort(names, nnames, sizeof *names, by_name);
	if ((out = fopen(argv[2], "w")) == NULL) {
		perror(argv[2]);
		return 1;
	}
	fprintf(out, "/* own-chunks.c: made by lua-dump from %s; do not edit. */\n"
	    "#include \"script/own-chunks.h\"\n\n", argv[1]);
	meta = need(calloc(nnames + 1, sizeof *meta));
	L = luaL_newstate();
	for (i = 0; i < nnames; i++) {
		FILE *f;
		struct buf text = { 0 }, code = { 0 };
		unsigned char chunk[8192];
		size_t got, at = 0, plen = strlen(PLACEHOLDER), j, found = 0, skip;

		snprintf(path, sizeof path, "%s/%s.lua", argv[1], names[i]);
		if ((f = fopen(path, "rb")) == NULL) {
			perror(path);
			exit(1);
		}
		while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
			buf_writer(NULL, chunk, got, &text);
		fclose(f);
		if (luaL_loadbufferx(L, (const char *)text.p, text.n, PLACEHOLDER, "t") != LUA_OK) {
			fprintf(stderr, "lua-dump: %s\n", lua_tostring(L, -1));
			exit(1);
		}
		if (lua_dump(L, buf_writer, &code, 0) != 0) {
			fprintf(stderr, "lua-dump: cannot dump %s\n", path);
			exit(1);
		}
		lua_pop(L, 1);
		/* the source name appears once, after its length (a 7-bit
		 * group with the top bit set: plen + 1 is below 128) */
		for (j = 1; j + plen <= code.n; j++)
			if (memcmp(code.p + j, &PLACEHOLDER[1], plen - 1) == 0 && code.p[j - 1] == '@') {
				found++;
				at = j - 1;
			}
		if (found != 1 || at < 1 || code.p[at - 1] != (unsigned char)(0x80 | (plen + 1))) {
			fprintf(stderr, "lua-dump: %s: cannot find the chunk name in the dump\n", path);
			exit(1);
		}
		skip = plen + 1;	/* the length byte and the name */
		fprintf(out, "static const unsigned char pre_%zu[] = {", i);
		emit_bytes(out, code.p, at - 1);
		fprintf(out, "};\nstatic const unsigned char post_%zu[] = {", i);
		emit_bytes(out, code.p + at - 1 + skip, code.n - (at - 1 + skip));
		fprintf(out, "};\n");
		meta[i].tlen = text.n;
		meta[i].npre = at - 1;
		meta[i].npost = code.n - (at - 1 + skip);
		meta[i].hash = fnv1a(text.p, text.n);
		free(text.p);
		free(code.p);
	}
	fprintf(out, "\nconst struct own_chunk own_chunks[] = {\n");
	for (i = 0; i < nnames; i++)
		fprintf(out, "\t{ \"evalwiz.%s\", %zuu, 0x%016llxull, pre_%zu, %zuu, post_%zu, %zuu },\n",
		    names[i], meta[i].tlen, (unsigned long long)meta[i].hash, i, meta[i].npre, i,
		    meta[i].npost);
	fprintf(out, "\t{ NULL, 0, 0, NULL, 0, NULL, 0 },\n};\n");
	lua_close(L);
	free(meta);
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	if (fclose(out) != 0) {
		perror(argv[2]);
		return 1;
	}
	return 0;
}
