/* cache.h: a per-user cache of pack step files compiled from their text. */
#ifndef EVALWIZ_SCRIPT_CACHE_H
#define EVALWIZ_SCRIPT_CACHE_H

#include <lua.h>
#include <stddef.h>

/* Pushes the function compiled earlier from exactly text[0..len) under
 * chunkname (with its "@") for the file at real path, and returns 1; returns
 * 0 with nothing pushed when there is no such entry, or it cannot be trusted
 * or read (the caller then compiles the text as usual). */
int cache_load(lua_State *L, const char *real, const char *chunkname, const char *text, size_t len);

/* Writes the function at the top of the stack (just compiled from
 * text[0..len) under chunkname) to the cache for the next start; failures
 * are ignored.  Leaves the stack as it was. */
void cache_store(lua_State *L, const char *real, const char *chunkname, const char *text, size_t len);

#endif
