/* convert.c: every conversion between Lua values and the plain value tree
 * happens here, so the rules (order of keys, lists versus records, what is
 * left out) live in one place. */
#include "config.h"

#include "script/convert.h"
#include "util.h"
#include "value.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <string.h>

#define CONVERT_MAX_DEPTH 100

void
convert_push(lua_State *L, const struct value *v)
{
	size_t i;

	if (v == NULL) {
		lua_pushnil(L);
		return;
	}
	luaL_checkstack(L, 4, "value too deep");
	switch (v->type) {
	case VAL_NIL:
		lua_pushnil(L);
		break;
	case VAL_BOOL:
		lua_pushboolean(L, v->u.b);
		break;
	case VAL_INT:
		lua_pushinteger(L, (lua_Integer)v->u.i);
		break;
	case VAL_NUM:
		lua_pushnumber(L, v->u.n);
		break;
	case VAL_STR:
		lua_pushlstring(L, v->u.str.s, v->u.str.len);
		break;
	case VAL_SEQ:
		lua_createtable(L, (int)v->u.list.n, 0);
		for (i = 0; i < v->u.list.n; i++) {
			convert_push(L, v->u.list.items[i]);
			lua_rawseti(L, -2, (lua_Integer)i + 1);
		}
		luaL_setmetatable(L, CONVERT_SEQ_MT);
		break;
	case VAL_MAP:
		lua_createtable(L, 0, (int)v->u.list.n);
		for (i = 0; i < v->u.list.n; i++) {
			convert_push(L, v->u.list.items[2 * i]);
			convert_push(L, v->u.list.items[2 * i + 1]);
			/* stack: map key val */
			if (lua_isnil(L, -2))
				lua_pop(L, 2);
			else
				lua_rawset(L, -3);
		}
		break;
	}
}

static int
is_sequence(lua_State *L, int idx, size_t *n)
{
	lua_Integer count = 0;

	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		lua_pop(L, 1);
		if (!lua_isinteger(L, -1) || lua_tointeger(L, -1) < 1) {
			lua_pop(L, 1);
			return 0;
		}
		count++;
	}
	*n = (size_t)count;
	if (count == 0) {
		/* empty: a list only when marked as one */
		int seq = 0;

		if (lua_getmetatable(L, idx)) {
			luaL_getmetatable(L, CONVERT_SEQ_MT);
			seq = lua_rawequal(L, -1, -2);
			if (!seq) {
				lua_pop(L, 1);
				seq = lua_getfield(L, -1, "__kind") == LUA_TSTRING &&
				    strcmp(lua_tostring(L, -1), "seq") == 0;
			}
			lua_pop(L, 2);
		}
		return seq;
	}
	return (lua_Integer)lua_rawlen(L, idx) == count;
}

static int
key_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static struct value *to_value(lua_State *L, int idx, int depth, char **cause);

static struct value *
map_to_value(lua_State *L, int idx, int depth, char **cause)
{
	struct value *map = value_new(VAL_MAP);
	char **keys = NULL;
	size_t nkeys = 0, i;

	int t;

	/* First the keys the metatable's __order names, in that order. */
	t = luaL_getmetafield(L, idx, "__order");
	if (t == LUA_TTABLE) {
		lua_Integer k, n = (lua_Integer)lua_rawlen(L, -1);

		for (k = 1; k <= n; k++) {
			if (lua_rawgeti(L, -1, k) == LUA_TSTRING) {
				const char *key = lua_tostring(L, -1);

				if (lua_getfield(L, idx, key) != LUA_TNIL && value_get(map, key) == NULL) {
					struct value *v = to_value(L, lua_gettop(L), depth + 1, cause);

					if (v == NULL && *cause != NULL) {
						lua_pop(L, 3);
						value_free(map);
						return NULL;
					}
					if (v != NULL)
						value_set(map, key, v);
				}
				lua_pop(L, 1);
			}
			lua_pop(L, 1);
		}
		lua_pop(L, 1);
	} else if (t != LUA_TNIL)
		lua_pop(L, 1);
	/* stack: as on entry */
	lua_pushnil(L);
	while (lua_next(L, idx) != 0) {
		const char *key;
		char numkey[32];

		lua_pop(L, 1);
		if (lua_type(L, -1) == LUA_TSTRING)
			key = lua_tostring(L, -1);
		else if (lua_isinteger(L, -1)) {
			snprintf(numkey, sizeof numkey, "%lld", (long long)lua_tointeger(L, -1));
			key = numkey;
		} else
			continue;
		if (value_get(map, key) != NULL)
			continue;
		keys = xrealloc(keys, (nkeys + 1) * sizeof *keys);
		keys[nkeys++] = xstrdup(key);
	}
	if (nkeys > 0)	/* qsort(NULL, 0, ...) is undefined */
		qsort(keys, nkeys, sizeof *keys, key_cmp);
	for (i = 0; i < nkeys; i++) {
		struct value *v;

		lua_pushstring(L, keys[i]);
		if (lua_rawget(L, idx) == LUA_TNIL) {
			/* an integer key that we turned into text */
			lua_pop(L, 1);
			lua_rawgeti(L, idx, strtoll(keys[i], NULL, 10));
		}
		v = to_value(L, lua_gettop(L), depth + 1, cause);
		lua_pop(L, 1);
		if (v == NULL && *cause != NULL) {
			for (; i < nkeys; i++)
				free(keys[i]);
			free(keys);
			value_free(map);
			return NULL;
		}
		if (v != NULL)
			value_set(map, keys[i], v);
		free(keys[i]);
	}
	free(keys);
	return map;
}

static struct value *
to_value(lua_State *L, int idx, int depth, char **cause)
{
	size_t len, n, i;
	const char *s;
	struct value *seq;

	if (depth > CONVERT_MAX_DEPTH) {
		*cause = xasprintf("value nested deeper than %d levels (a table that contains itself?)",
		    CONVERT_MAX_DEPTH);
		return NULL;
	}
	luaL_checkstack(L, 6, "value too deep");
	switch (lua_type(L, idx)) {
	case LUA_TNIL:
		return value_new(VAL_NIL);
	case LUA_TBOOLEAN:
		return value_bool(lua_toboolean(L, idx));
	case LUA_TNUMBER:
		if (lua_isinteger(L, idx))
			return value_int((int64_t)lua_tointeger(L, idx));
		return value_num(lua_tonumber(L, idx));
	case LUA_TSTRING:
		s = lua_tolstring(L, idx, &len);
		return value_str(s, len);
	case LUA_TTABLE:
		if (!is_sequence(L, idx, &n))
			return map_to_value(L, idx, depth, cause);
		seq = value_new(VAL_SEQ);
		for (i = 1; i <= n; i++) {
			struct value *v;

			lua_rawgeti(L, idx, (lua_Integer)i);
			v = to_value(L, lua_gettop(L), depth + 1, cause);
			lua_pop(L, 1);
			if (v == NULL && *cause != NULL) {
				value_free(seq);
				return NULL;
			}
			value_push(seq, v != NULL ? v : value_new(VAL_NIL));
		}
		return seq;
	default:
		return NULL;	/* functions, userdata, threads: left out */
	}
}

struct value *
convert_to_value(lua_State *L, int idx, char **cause)
{
	*cause = NULL;
	return to_value(L, lua_absindex(L, idx), 0, cause);
}
