/* yaml.h: YAML text to and from the plain value tree.  libyaml sits behind
 * this module: yaml.c, and comments.c for comments kept across saves, are the
 * only code that includes <yaml.h>. */
#ifndef EVALWIZ_PLAN_YAML_H
#define EVALWIZ_PLAN_YAML_H

#include <stddef.h>

struct value;

#define YAML_MAX_DEPTH 64		/* nesting deeper than this is refused */
#define YAML_MAX_ALIAS_NODES 10000	/* nodes copied through aliases, in all */
#define YAML_MAX_ALIAS_BYTES (4u << 20)	/* bytes of text copied through aliases, in all */
#define YAML_MAX_NODES 500000		/* nodes in one document: a full plan has a few thousand, the
					 * benchmark's 10,000-outcome plan about 250,000 */
#define YAML_MAX_FILE (16u << 20)	/* bytes in a plan or template file */

/* Parses the first document of text.  name is used in messages.  On error
 * returns NULL and sets *cause to "name:line:col: what is wrong". An empty
 * document gives a VAL_NIL value. */
struct value *yaml_parse(const char *text, size_t len, const char *name, char **cause);

/* Reads and parses a file (at most YAML_MAX_FILE bytes). */
struct value *yaml_load_file(const char *path, char **cause);
/* yaml_load_file for a file a person names only to read it (diff's two
 * plans, which git gives as /dev/null or a pipe may give): a pipe or a
 * device is read too, waiting for it.  A plan that is opened never is. */
struct value *yaml_load_file_any(const char *path, char **cause);

/* The plain case of yaml_parse as a stream of items, for a reader that
 * builds its own values (the plan straight into Lua, script_stash_yaml).
 * yaml_stream_next gives 1 with the next item, or -1 when the text holds
 * anything but the plain case: an error, an anchor or alias, a second
 * document, nesting deeper than YAML_MAX_DEPTH or more than YAML_MAX_NODES
 * nodes.  The stream checks nothing else (repeated keys, keys that are not
 * text, empty list items are the reader's to refuse): on -1, or on anything
 * the reader refuses, yaml_parse on the same text gives the value or the
 * message.  An item's text stays valid until the next call. */
enum { YAML_ITEM_SCALAR = 1, YAML_ITEM_SEQ, YAML_ITEM_MAP, YAML_ITEM_END, YAML_ITEM_DONE };
struct yaml_item {
	int kind;		/* YAML_ITEM_* (DONE: the end of the text, after the document) */
	int type;		/* a scalar's VAL_* type */
	const char *s;		/* a scalar's text */
	size_t len;
	int b;			/* VAL_BOOL */
	long long i;		/* VAL_INT */
	double n;		/* VAL_NUM */
	unsigned line, col;	/* where it starts, from 1 */
};
struct yaml_stream;
struct yaml_stream *yaml_stream_new(const char *text, size_t len);
int yaml_stream_next(struct yaml_stream *ys, struct yaml_item *it);
void yaml_stream_free(struct yaml_stream *ys);

/* The same stream read by evalwiz's own reader (yaml-fast.c), about ten
 * times faster than libyaml on the YAML yaml_emit writes, with comments and
 * blank lines.  It gives up (-1, and from then on -1) on anything outside that
 * subset, and on anything libyaml might read otherwise; what it gives for a
 * text it reads to the end (YAML_ITEM_DONE) is what yaml_stream_next gives,
 * item by item, positions included; but columns only for items inside at
 * most pos_depth collections (0 deeper, where the caller keeps no positions:
 * counting characters costs).  The caller reads the text again with
 * yaml_stream_new when it gives up. */
struct yaml_fast;
struct yaml_fast *yaml_fast_new(const char *text, size_t len, int pos_depth);
int yaml_fast_next(struct yaml_fast *yf, struct yaml_item *it);
void yaml_fast_free(struct yaml_fast *yf);
/* For the tests and the fuzzer: reads text with both streams.  Returns 1
 * when the fast reader took it all and gave what libyaml gives, 0 when it
 * gave up, -1 when it took it and gave something else (*what says what; free
 * it). */
int yaml_fast_compare(const char *text, size_t len, char **what);

/* What a plain scalar's text means (as yaml_plain_type) and, for VAL_BOOL,
 * VAL_INT and VAL_NUM, its value in *b, *i or *n; digits too many for an
 * integer are VAL_STR. */
int yaml_plain_value(const char *s, size_t len, int *b, long long *i, double *n);

/* Writes a value as a block-style YAML document: maps in their order,
 * multi-line strings as literal blocks, strings that would read back as
 * another type quoted, UTF-8 kept as written. */
char *yaml_emit(const struct value *v, size_t *len, char **cause);

/* 1 when the text starts with a UTF-16 byte-order mark (either order), the
 * only way libyaml tells UTF-16 from UTF-8. */
int yaml_is_utf16(const char *text, size_t len);

/* What a plain (unquoted) scalar means: VAL_NIL, VAL_BOOL, VAL_INT, VAL_NUM
 * or VAL_STR, by the YAML 1.2 core schema. */
int yaml_plain_type(const char *s, size_t len);

#endif
