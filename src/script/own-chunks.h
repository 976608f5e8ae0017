/* own-chunks.h: evalwiz's own Lua modules as bytecode, made at build time
 * by lua-dump (own-chunks.c), and the loader that uses them only when the
 * module's text on disk is the text they were compiled from. */
#ifndef EVALWIZ_OWN_CHUNKS_H
#define EVALWIZ_OWN_CHUNKS_H

#include <stddef.h>
#include <stdint.h>

struct own_chunk {
	const char *name;		/* evalwiz.NAME */
	size_t text_len;		/* the source text it was compiled from */
	uint64_t text_hash;		/* FNV-1a of that text */
	const unsigned char *pre;	/* the dump up to the chunk's name */
	size_t npre;
	const unsigned char *post;	/* the dump after it */
	size_t npost;
};

/* Ends with an entry whose name is NULL. */
extern const struct own_chunk own_chunks[];

#endif
