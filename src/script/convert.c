/* convert.c: every conversion between Lua values and the plain value tree
 * happens here, so the rules (order of keys, lists versus records, what is
 * left out) live in one place. */
#include "config.h"

#include "script/convert.h"
#include "plan/yaml.h"
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

/* ---- YAML text straight into Lua ------------------------------------------ */

/* What convert_yaml works with, in a userdata so that a memory error in the
 * middle (Lua leaves by longjmp) still frees the parser and the path. */
struct yaml_lua {
	struct yaml_fast *yf;	/* the fast reader, tried first */
	struct yaml_stream *ys;	/* libyaml, when the fast reader gives up */
	struct buf path;	/* the dotted path of the node being read, for positions */
	int pos_depth;		/* positions kept down to this depth (the root is 0) */
	int pos;		/* stack index of the positions table */
	/* the size of the last list and map made at each depth: the rows of a
	 * table are alike, so a table is made its sibling's size at once
	 * instead of growing (and being rehashed) four times */
	int seq_hint[YAML_MAX_DEPTH + 1], map_hint[YAML_MAX_DEPTH + 1];
};

static int
yaml_lua_gc(lua_State *L)
{
	struct yaml_lua *y = lua_touserdata(L, 1);

	yaml_fast_free(y->yf);
	y->yf = NULL;
	yaml_stream_free(y->ys);
	y->ys = NULL;
	buf_free(&y->path);
	return 0;
}

/* The next item from the reader in use. */
static int
next_item(struct yaml_lua *y, struct yaml_item *it)
{
	return y->yf != NULL ? yaml_fast_next(y->yf, it) : yaml_stream_next(y->ys, it);
}

/* 1 when the value on top is nil or a map with nothing in it ({}). */
static int
empty_or_nil(lua_State *L)
{
	int empty;

	if (lua_isnil(L, -1))
		return 1;
	if (!lua_istable(L, -1))
		return 0;
	if (lua_getmetatable(L, -1)) {
		lua_pop(L, 1);	/* a list */
		return 0;
	}
	lua_pushnil(L);
	empty = lua_next(L, -2) == 0;
	if (!empty)
		lua_pop(L, 2);
	return empty;
}

/* Pushes the value that starts with item it, at depth level.  Returns 0, or
 * -1 (with nothing pushed) for anything yaml_parse would not give as it is
 * read here: a repeated key, a key that is not text, an empty list item
 * (session.c refuses those with the tree's positions), a null or {} in the
 * top three levels (session.c keeps those through saves), or the stream's -1. */
static int
yaml_lua_value(lua_State *L, struct yaml_lua *y, const struct yaml_item *it, int level)
{
	struct yaml_item sub;
	size_t mark = y->path.len;
	lua_Integer n = 0;
	int r;

	luaL_checkstack(L, 8, "YAML too deep");
	if (level <= y->pos_depth) {
		lua_pushlstring(L, y->path.data != NULL ? y->path.data : "", y->path.len);
		lua_pushfstring(L, "%d:%d", (int)it->line, (int)it->col);
		lua_rawset(L, y->pos);
	}
	switch (it->kind) {
	case YAML_ITEM_SCALAR:
		switch (it->type) {
		case VAL_NIL:
			lua_pushnil(L);
			break;
		case VAL_BOOL:
			lua_pushboolean(L, it->b);
			break;
		case VAL_INT:
			lua_pushinteger(L, (lua_Integer)it->i);
			break;
		case VAL_NUM:
			lua_pushnumber(L, it->n);
			break;
		default:
			lua_pushlstring(L, it->s, it->len);
			break;
		}
		return 0;
	case YAML_ITEM_SEQ:
		lua_createtable(L, level <= YAML_MAX_DEPTH ? y->seq_hint[level] : 0, 0);
		while ((r = next_item(y, &sub)) == 1 && sub.kind != YAML_ITEM_END) {
			n++;
			if (level < y->pos_depth) {
				if (y->path.len > 0)
					buf_addc(&y->path, '.');
				buf_addf(&y->path, "%lld", (long long)n);
			}
			r = yaml_lua_value(L, y, &sub, level + 1);
			y->path.len = mark;
			if (y->path.data != NULL)
				y->path.data[mark] = '\0';
			if (r == -1 || lua_isnil(L, -1)) {
				lua_pop(L, r == -1 ? 1 : 2);
				return -1;
			}
			lua_rawseti(L, -2, n);
		}
		if (r != 1) {
			lua_pop(L, 1);
			return -1;
		}
		if (level <= YAML_MAX_DEPTH)
			y->seq_hint[level] = n < 64 ? (int)n : 0;
		luaL_setmetatable(L, CONVERT_SEQ_MT);
		return 0;
	case YAML_ITEM_MAP: {
		/* map at m; the keys given a blank value, once one comes, at nl */
		int m, nl = 0, ok = 0, dup, keys = 0;

		lua_createtable(L, 0, level <= YAML_MAX_DEPTH ? y->map_hint[level] : 0);
		m = lua_gettop(L);
		for (;;) {
			if (next_item(y, &sub) != 1)
				break;
			if (sub.kind == YAML_ITEM_END) {
				ok = 1;
				break;
			}
			if (sub.kind != YAML_ITEM_SCALAR || sub.type != VAL_STR)
				break;	/* a key that is not text: yaml_parse's to turn into text or refuse */
			lua_pushlstring(L, sub.s, sub.len);
			lua_pushvalue(L, -1);
			dup = lua_rawget(L, m) != LUA_TNIL;
			lua_pop(L, 1);
			if (!dup && nl != 0) {
				lua_pushvalue(L, -1);
				dup = lua_rawget(L, nl) != LUA_TNIL;
				lua_pop(L, 1);
			}
			if (dup) {
				lua_pop(L, 1);
				break;	/* a repeated key: yaml_parse says where */
			}
			if (level < y->pos_depth) {
				if (y->path.len > 0)
					buf_addc(&y->path, '.');
				buf_add(&y->path, sub.s, sub.len);
			}
			r = next_item(y, &sub) == 1 ? yaml_lua_value(L, y, &sub, level + 1) : -1;
			y->path.len = mark;
			if (y->path.data != NULL)
				y->path.data[mark] = '\0';
			if (r == -1) {
				lua_pop(L, 1);
				break;
			}
			if (level < 3 && empty_or_nil(L)) {
				lua_pop(L, 2);
				break;	/* a null or {} of the plan's top three levels: the tree's reading keeps it (session.c) */
			}
			/* stack: ... key value */
			if (!lua_isnil(L, -1)) {
				lua_rawset(L, m);
				keys++;
				continue;
			}
			lua_pop(L, 1);
			if (nl == 0) {
				lua_newtable(L);
				lua_insert(L, -2);
				nl = lua_gettop(L) - 1;
			}
			lua_pushboolean(L, 1);
			lua_rawset(L, nl);
		}
		lua_settop(L, m);
		if (!ok) {
			lua_pop(L, 1);
			return -1;
		}
		if (level <= YAML_MAX_DEPTH)
			y->map_hint[level] = keys < 64 ? keys : 0;
		return 0;
	}
	default:
		return -1;
	}
}

/* Reads the document with the reader in y (pos at stack index pos): pushes
 * it, or returns -1 with nothing pushed. */
static int
read_doc(lua_State *L, struct yaml_lua *y)
{
	struct yaml_item it;

	if (next_item(y, &it) != 1 || it.kind != YAML_ITEM_MAP || yaml_lua_value(L, y, &it, 0) == -1)
		return -1;
	/* the rest must be the end: a second document or an error is yaml_parse's to tell */
	if (next_item(y, &it) != 1 || it.kind != YAML_ITEM_DONE) {
		lua_pop(L, 1);
		return -1;
	}
	return 0;
}

int
convert_yaml(lua_State *L, const char *text, size_t len, int pos_depth)
{
	struct yaml_lua *y;
	struct yaml_item it;
	int top = lua_gettop(L), r;

	y = lua_newuserdatauv(L, sizeof *y, 0);
	memset(y, 0, sizeof *y);
	buf_init(&y->path);
	lua_newtable(L);	/* the metatable, for __gc */
	lua_pushcfunction(L, yaml_lua_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	y->yf = yaml_fast_new(text, len, pos_depth);
	y->pos_depth = pos_depth;
	lua_newtable(L);
	y->pos = lua_gettop(L);
	/* stack: ud pos */
	r = read_doc(L, y);
	if (r == -1 && yaml_fast_next(y->yf, &it) == -1) {
		/* the fast reader gave up (it says so again): libyaml reads it all
		 * again; a text it read and the reading here refused is the tree's */
		yaml_fast_free(y->yf);
		y->yf = NULL;
		lua_settop(L, y->pos);
		lua_newtable(L);
		lua_replace(L, y->pos);
		y->path.len = 0;
		if (y->path.data != NULL)
			y->path.data[0] = '\0';
		y->ys = yaml_stream_new(text, len);
		r = read_doc(L, y);
	}
	yaml_fast_free(y->yf);
	y->yf = NULL;
	yaml_stream_free(y->ys);
	y->ys = NULL;
	buf_free(&y->path);
	if (r == -1) {
		lua_settop(L, top);
		return -1;
	}
	/* stack: ud pos doc */
	lua_insert(L, -2);
	lua_remove(L, top + 1);
	return 0;
}
