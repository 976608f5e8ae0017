/* value.h: a small tree of plain values (the shape of a YAML document or a
 * JSON object), the common currency between the plan store, the Lua bridge
 * and the front ends.  Maps keep their keys in order. */
#ifndef EVALWIZ_VALUE_H
#define EVALWIZ_VALUE_H

#include <stddef.h>
#include <stdint.h>

enum value_type {
	VAL_NIL,
	VAL_BOOL,
	VAL_INT,
	VAL_NUM,
	VAL_STR,
	VAL_SEQ,
	VAL_MAP,
};

struct value {
	enum value_type type;
	unsigned line, col;	/* 1-based position in the source, 0 if none */
	union {
		int b;
		int64_t i;
		double n;
		struct {
			char *s;
			size_t len;
		} str;
		struct {
			struct value **items;	/* VAL_SEQ: n items; VAL_MAP: 2n, key then value */
			size_t n, cap;
		} list;
	} u;
};

struct value *value_new(enum value_type type);
struct value *value_str(const char *s, size_t len);
struct value *value_strz(const char *s);
struct value *value_int(int64_t i);
struct value *value_num(double n);
struct value *value_bool(int b);
void value_free(struct value *v);
struct value *value_copy(const struct value *v);

/* Appends to a sequence; takes ownership. */
void value_push(struct value *seq, struct value *item);
/* Sets a key in a map (replacing an existing one in place); takes ownership of val. */
void value_set(struct value *map, const char *key, struct value *val);
/* Appends a key (a VAL_STR, kept with its position) and a value to a map
 * without looking for the key: the caller knows it is new.  Takes ownership. */
void value_append(struct value *map, struct value *key, struct value *val);
/* Takes map[key] out of the map, leaving a nil in its place: the caller
 * owns the value returned (NULL when absent or not a map). */
struct value *value_take(struct value *map, const char *key);
/* Looks a key up in a map; NULL when absent or not a map. */
struct value *value_get(const struct value *map, const char *key);
/* Follows a dotted path of map keys ("answers.step.field"). */
struct value *value_path(const struct value *root, const char *path);

size_t value_count(const struct value *v);		/* items in a seq, pairs in a map */
struct value *value_at(const struct value *seq, size_t i);
const char *value_key_at(const struct value *map, size_t i);
struct value *value_val_at(const struct value *map, size_t i);

/* The string form of a scalar, or NULL for collections and nil. */
const char *value_string(const struct value *v, char *tmp, size_t tmplen);

const char *value_type_name(enum value_type t);

/* Writes the value as JSON (UTF-8 kept, control characters escaped). */
struct buf;
void value_to_json(const struct value *v, struct buf *out, int indent);



/* A map from dotted paths ("answers.step.field", list items numbered from 1)
 * to "line:col" for every node of v that has a position. */
struct value *value_positions(const struct value *v);
/* The same, for the nodes at most depth levels below v (the root is level 0):
 * a caller that only names paths that short need not pay for every node. */
struct value *value_positions_depth(const struct value *v, int depth);
#endif
