/* value.c: the plain value tree shared by the plan store, the Lua bridge and the front ends. */
#include "config.h"

#include "value.h"
#include "util.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct value *
value_new(enum value_type type)
{
	struct value *v = xcalloc(1, sizeof *v);

	v->type = type;
	return v;
}

/* A string node and its text are one allocation (a plan is mostly short
 * strings: half the calls to malloc and free); value_free knows the text
 * by its address just after the node. */
struct value *
value_str(const char *s, size_t len)
{
	struct value *v;

	if (len > SIZE_MAX - sizeof *v - 1)
		fatal("value_str: string too long");
	v = xmalloc(sizeof *v + len + 1);
	memset(v, 0, sizeof *v);
	v->type = VAL_STR;
	v->u.str.s = (char *)(v + 1);
	memcpy(v->u.str.s, s, len);
	v->u.str.s[len] = '\0';
	v->u.str.len = len;
	return v;
}

struct value *
value_strz(const char *s)
{
	return value_str(s, strlen(s));
}

struct value *
value_int(int64_t i)
{
	struct value *v = value_new(VAL_INT);

	v->u.i = i;
	return v;
}

struct value *
value_num(double n)
{
	struct value *v = value_new(VAL_NUM);

	v->u.n = n;
	return v;
}

struct value *
value_bool(int b)
{
	struct value *v = value_new(VAL_BOOL);

	v->u.b = b != 0;
	return v;
}

void
value_free(struct value *v)
{
	size_t i, n;

	if (v == NULL)
		return;
	switch (v->type) {
	case VAL_STR:
		if (v->u.str.s != (char *)(v + 1))
			free(v->u.str.s);
		break;
	case VAL_SEQ:
	case VAL_MAP:
		n = v->type == VAL_MAP ? v->u.list.n * 2 : v->u.list.n;
		for (i = 0; i < n; i++)
			value_free(v->u.list.items[i]);
		free(v->u.list.items);
		break;
	default:
		break;
	}
	free(v);
}

struct value *
value_copy(const struct value *v)
{
	struct value *c;
	size_t i, n;

	if (v == NULL)
		return NULL;
	if (v->type == VAL_STR) {
		c = value_str(v->u.str.s, v->u.str.len);
		c->line = v->line;
		c->col = v->col;
		return c;
	}
	c = value_new(v->type);
	c->line = v->line;
	c->col = v->col;
	switch (v->type) {
	case VAL_SEQ:
	case VAL_MAP:
		n = v->type == VAL_MAP ? v->u.list.n * 2 : v->u.list.n;
		c->u.list.items = xcalloc(n, sizeof *c->u.list.items);	/* NOLINT(bugprone-sizeof-expression): an array of pointers */
		c->u.list.n = v->u.list.n;
		c->u.list.cap = n;
		for (i = 0; i < n; i++)
			c->u.list.items[i] = value_copy(v->u.list.items[i]);
		break;
	default:
		c->u = v->u;
		break;
	}
	return c;
}

static void
list_reserve(struct value *v, size_t slots)
{
	if (slots > v->u.list.cap) {
		v->u.list.cap = v->u.list.cap < 8 ? 8 : v->u.list.cap;
		while (v->u.list.cap < slots)
			v->u.list.cap *= 2;
		v->u.list.items = xrealloc(v->u.list.items, v->u.list.cap * sizeof *v->u.list.items);	/* NOLINT(bugprone-sizeof-expression): an array of pointers */
	}
}

void
value_push(struct value *seq, struct value *item)
{
	list_reserve(seq, seq->u.list.n + 1);
	seq->u.list.items[seq->u.list.n++] = item;
}

void
value_append(struct value *map, struct value *key, struct value *val)
{
	list_reserve(map, 2 * map->u.list.n + 2);
	map->u.list.items[2 * map->u.list.n] = key;
	map->u.list.items[2 * map->u.list.n + 1] = val;
	map->u.list.n++;
}

void
value_set(struct value *map, const char *key, struct value *val)
{
	size_t i;

	for (i = 0; i < map->u.list.n; i++) {
		struct value *k = map->u.list.items[2 * i];

		if (k->type == VAL_STR && strcmp(k->u.str.s, key) == 0) {
			value_free(map->u.list.items[2 * i + 1]);
			map->u.list.items[2 * i + 1] = val;
			return;
		}
	}
	list_reserve(map, 2 * map->u.list.n + 2);
	map->u.list.items[2 * map->u.list.n] = value_strz(key);
	map->u.list.items[2 * map->u.list.n + 1] = val;
	map->u.list.n++;
}

struct value *
value_take(struct value *map, const char *key)
{
	size_t i;

	if (map == NULL || map->type != VAL_MAP)
		return NULL;
	for (i = 0; i < map->u.list.n; i++) {
		struct value *k = map->u.list.items[2 * i];

		/* the slot is swapped, not the node: a string node holds its
		 * text in its own allocation */
		if (k->type == VAL_STR && strcmp(k->u.str.s, key) == 0) {
			struct value *v = map->u.list.items[2 * i + 1];

			map->u.list.items[2 * i + 1] = value_new(VAL_NIL);
			return v;
		}
	}
	return NULL;
}

struct value *
value_get(const struct value *map, const char *key)
{
	size_t i;

	if (map == NULL || map->type != VAL_MAP)
		return NULL;
	for (i = 0; i < map->u.list.n; i++) {
		struct value *k = map->u.list.items[2 * i];
		char tmp[64];
		const char *ks = value_string(k, tmp, sizeof tmp);

		if (ks != NULL && strcmp(ks, key) == 0)
			return map->u.list.items[2 * i + 1];
	}
	return NULL;
}

struct value *
value_path(const struct value *root, const char *path)
{
	const struct value *v = root;
	const char *p = path, *dot;
	char key[256];
	size_t n;

	while (v != NULL && *p != '\0') {
		dot = strchr(p, '.');
		n = dot != NULL ? (size_t)(dot - p) : strlen(p);
		if (n >= sizeof key)
			return NULL;
		memcpy(key, p, n);
		key[n] = '\0';
		v = value_get(v, key);
		p += n;
		if (*p == '.')
			p++;
	}
	return (struct value *)v;
}

size_t
value_count(const struct value *v)
{
	if (v == NULL || (v->type != VAL_SEQ && v->type != VAL_MAP))
		return 0;
	return v->u.list.n;
}

struct value *
value_at(const struct value *seq, size_t i)
{
	return seq->u.list.items[i];
}

const char *
value_key_at(const struct value *map, size_t i)
{
	struct value *k = map->u.list.items[2 * i];

	return k->type == VAL_STR ? k->u.str.s : "";
}

struct value *
value_val_at(const struct value *map, size_t i)
{
	return map->u.list.items[2 * i + 1];
}

const char *
value_string(const struct value *v, char *tmp, size_t tmplen)
{
	if (v == NULL)
		return NULL;
	switch (v->type) {
	case VAL_STR:
		return v->u.str.s;
	case VAL_BOOL:
		return v->u.b ? "true" : "false";
	case VAL_INT:
		snprintf(tmp, tmplen, "%" PRId64, v->u.i);
		return tmp;
	case VAL_NUM:
		snprintf(tmp, tmplen, "%.15g", v->u.n);
		return tmp;
	default:
		return NULL;
	}
}

const char *
value_type_name(enum value_type t)
{
	static const char *const names[] = {
		[VAL_NIL] = "nothing", [VAL_BOOL] = "yes/no", [VAL_INT] = "whole number",
		[VAL_NUM] = "number", [VAL_STR] = "text", [VAL_SEQ] = "list", [VAL_MAP] = "record",
	};
	return names[t];
}

static void
json_string(struct buf *out, const char *s, size_t len)
{
	size_t i;

	buf_addc(out, '"');
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		switch (c) {
		case '"': buf_adds(out, "\\\""); break;
		case '\\': buf_adds(out, "\\\\"); break;
		case '\n': buf_adds(out, "\\n"); break;
		case '\r': buf_adds(out, "\\r"); break;
		case '\t': buf_adds(out, "\\t"); break;
		default:
			if (c < 0x20 || c == 0x7f)
				buf_addf(out, "\\u%04x", c);
			else
				buf_addc(out, (char)c);
		}
	}
	buf_addc(out, '"');
}

static void
json_indent(struct buf *out, int indent, int depth)
{
	int i;

	if (indent <= 0)
		return;
	buf_addc(out, '\n');
	for (i = 0; i < indent * depth; i++)
		buf_addc(out, ' ');
}

static void
json_value(const struct value *v, struct buf *out, int indent, int depth)
{
	size_t i;

	if (v == NULL) {
		buf_adds(out, "null");
		return;
	}
	switch (v->type) {
	case VAL_NIL: buf_adds(out, "null"); break;
	case VAL_BOOL: buf_adds(out, v->u.b ? "true" : "false"); break;
	case VAL_INT: buf_addf(out, "%" PRId64, v->u.i); break;
	case VAL_NUM:
		if (isfinite(v->u.n))
			buf_addf(out, "%.15g", v->u.n);
		else
			buf_adds(out, "null");
		break;
	case VAL_STR: json_string(out, v->u.str.s, v->u.str.len); break;
	case VAL_SEQ:
		buf_addc(out, '[');
		for (i = 0; i < v->u.list.n; i++) {
			if (i > 0)
				buf_addc(out, ',');
			json_indent(out, indent, depth + 1);
			json_value(v->u.list.items[i], out, indent, depth + 1);
		}
		if (v->u.list.n > 0)
			json_indent(out, indent, depth);
		buf_addc(out, ']');
		break;
	case VAL_MAP:
		buf_addc(out, '{');
		for (i = 0; i < v->u.list.n; i++) {
			char tmp[64];
			const char *k = value_string(v->u.list.items[2 * i], tmp, sizeof tmp);

			if (i > 0)
				buf_addc(out, ',');
			json_indent(out, indent, depth + 1);
			json_string(out, k != NULL ? k : "", k != NULL ? strlen(k) : 0);
			buf_adds(out, indent > 0 ? ": " : ":");
			json_value(v->u.list.items[2 * i + 1], out, indent, depth + 1);
		}
		if (v->u.list.n > 0)
			json_indent(out, indent, depth);
		buf_addc(out, '}');
		break;
	}
}

void
value_to_json(const struct value *v, struct buf *out, int indent)
{
	json_value(v, out, indent, 0);
}

static void
positions_walk(struct value *out, const struct value *v, struct buf *path, int depth)
{
	size_t i, mark = path->len;
	char pos[32];

	if (v->line > 0) {
		snprintf(pos, sizeof pos, "%u:%u", v->line, v->col);
		value_push(out, value_str(path->data, path->len));
		value_push(out, value_strz(pos));
	}
	if (depth == 0)
		return;
	for (i = 0; i < value_count(v); i++) {
		if (path->len > 0)
			buf_addc(path, '.');
		if (v->type == VAL_MAP) {
			const struct value *k = v->u.list.items[2 * i];
			char tmp[64];
			const char *ks = value_string(k, tmp, sizeof tmp);

			buf_adds(path, ks != NULL ? ks : "");
			positions_walk(out, v->u.list.items[2 * i + 1], path, depth - 1);
		} else {
			buf_addf(path, "%zu", i + 1);
			positions_walk(out, v->u.list.items[i], path, depth - 1);
		}
		path->len = mark;
		path->data[mark] = '\0';
	}
}

struct value *
value_positions(const struct value *v)
{
	return value_positions_depth(v, -1);
}

struct value *
value_positions_depth(const struct value *v, int depth)
{
	struct value *out = value_new(VAL_MAP);
	struct buf path;

	buf_init(&path);
	buf_add(&path, "", 0);
	if (v != NULL) {
		/* collect as a flat key/value sequence, then adopt it as the map's items */
		struct value *flat = value_new(VAL_SEQ);

		positions_walk(flat, v, &path, depth);
		out->u.list.items = flat->u.list.items;
		out->u.list.n = flat->u.list.n / 2;
		out->u.list.cap = flat->u.list.cap;
		free(flat);
	}
	buf_free(&path);
	return out;
}
