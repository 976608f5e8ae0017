/* yaml.c: YAML text to and from the plain value tree, with caps on depth,
 * alias expansion and size so that hostile input ends in a message, not a hang. */
#include "config.h"

#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct anchor {
	char *name;
	struct value *v;
	int owned;	/* v is a private copy (scalars, which may become keys and be freed) */
};

/* The keys of an open mapping, hashed, so that finding a repeated key
 * does not take time growing with the square of the mapping's size. */
struct keyset {
	const char **slots;
	size_t cap, n;
};

struct frame {
	struct value *v;
	char *anchor;
	size_t first_node;	/* node count when the collection opened */
	struct keyset keys;
};

static size_t
key_hash(const char *s)
{
	size_t h = 14695981039346656037u;

	while (*s != '\0')
		h = (h ^ (unsigned char)*s++) * 1099511628211u;
	return h;
}

/* Adds key (owned by the map) unless present; returns 1 if it was new. */
static int
keyset_add(struct keyset *ks, const char *key)
{
	size_t i;

	if (2 * (ks->n + 1) > ks->cap) {
		struct keyset grown;
		size_t j;

		grown.cap = ks->cap < 16 ? 16 : 2 * ks->cap;
		grown.n = 0;
		grown.slots = xcalloc(grown.cap, sizeof *grown.slots);
		for (j = 0; j < ks->cap; j++)
			if (ks->slots[j] != NULL)
				keyset_add(&grown, ks->slots[j]);
		free(ks->slots);
		*ks = grown;
	}
	for (i = key_hash(key) & (ks->cap - 1); ks->slots[i] != NULL; i = (i + 1) & (ks->cap - 1))
		if (strcmp(ks->slots[i], key) == 0)
			return 0;
	ks->slots[i] = key;
	ks->n++;
	return 1;
}

struct parser {
	const char *name;
	char *cause;
	struct frame stack[YAML_MAX_DEPTH + 1];
	int depth;
	struct anchor *anchors;
	size_t nanchors;
	size_t nodes, alias_nodes, alias_bytes;
	struct value *root;
	struct value *keys[YAML_MAX_DEPTH + 1];	/* a map key waiting for its value, per depth */
};

static int
is_digits(const char *s, size_t len)
{
	size_t i;

	if (len == 0)
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

int
yaml_plain_type(const char *s, size_t len)
{
	static const char *const nulls[] = {"", "~", "null", "Null", "NULL"};
	static const char *const bools[] = {"true", "True", "TRUE", "false", "False", "FALSE"};
	/* YAML 1.1 readers (PyYAML, older tools) take these as booleans; we keep
	 * them as text but make sure they are quoted when written. */
	static const char *const bools11[] = {"yes", "Yes", "YES", "no", "No", "NO", "on", "On",
	    "ON", "off", "Off", "OFF", "y", "Y", "n", "N"};
	size_t i;
	const char *p = s;
	size_t n = len;
	int dot = 0, exp = 0, digits = 0;

	/* the words above are at most five bytes long: most scalars skip them */
	for (i = 0; len <= 5 && i < sizeof nulls / sizeof nulls[0]; i++)
		if (strlen(nulls[i]) == len && memcmp(nulls[i], s, len) == 0)
			return VAL_NIL;
	for (i = 0; len <= 5 && i < sizeof bools / sizeof bools[0]; i++)
		if (strlen(bools[i]) == len && memcmp(bools[i], s, len) == 0)
			return VAL_BOOL;
	for (i = 0; len <= 5 && i < sizeof bools11 / sizeof bools11[0]; i++)
		if (strlen(bools11[i]) == len && memcmp(bools11[i], s, len) == 0)
			return -VAL_BOOL;	/* text, but needs quoting */
	if (n > 0 && (*p == '-' || *p == '+'))
		p++, n--;
	if (is_digits(p, n))
		return VAL_INT;
	if ((n == 4 && (memcmp(p, ".inf", 4) == 0 || memcmp(p, ".Inf", 4) == 0 || memcmp(p, ".INF", 4) == 0)) ||
	    (len == 4 && (memcmp(s, ".nan", 4) == 0 || memcmp(s, ".NaN", 4) == 0 || memcmp(s, ".NAN", 4) == 0)))
		return VAL_NUM;
	if (n > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'o'))
		return -VAL_INT;	/* hex or octal in YAML: keep as text, quote when written */
	for (i = 0; i < n; i++) {
		char c = p[i];

		if (c >= '0' && c <= '9')
			digits++;
		else if (c == '.' && !dot && !exp)
			dot = 1;
		else if ((c == 'e' || c == 'E') && digits > 0 && !exp) {
			exp = 1;
			if (i + 1 < n && (p[i + 1] == '+' || p[i + 1] == '-'))
				i++;
			if (i + 1 >= n)
				return VAL_STR;
		} else
			return VAL_STR;
	}
	return digits > 0 ? VAL_NUM : VAL_STR;
}

/* What a scalar event holds: its type (VAL_NIL, VAL_BOOL, VAL_INT, VAL_NUM
 * or VAL_STR) and, for the first four, the value in *b, *i or *n.  Shared by
 * the tree (yaml_parse) and the streams (yaml_stream_next, yaml_fast_next),
 * so all read a scalar the same way. */
static int
scalar_kind(const yaml_event_t *ev, int *b, long long *i, double *n)
{
	const char *tag = (const char *)ev->data.scalar.tag;

	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || (tag != NULL && strcmp(tag, "!") == 0) ||
	    (tag != NULL && strcmp(tag, YAML_STR_TAG) == 0))
		return VAL_STR;
	return yaml_plain_value((const char *)ev->data.scalar.value, ev->data.scalar.length, b, i, n);
}

int
yaml_plain_value(const char *s, size_t len, int *b, long long *i, double *n)
{
	char tmp[64];

	switch (yaml_plain_type(s, len)) {
	case VAL_NIL:
		return VAL_NIL;
	case VAL_BOOL:
		*b = s[0] == 't' || s[0] == 'T';
		return VAL_BOOL;
	case VAL_INT:
		if (len < sizeof tmp) {
			char *end;

			memcpy(tmp, s, len);
			tmp[len] = '\0';
			errno = 0;
			*i = strtoll(tmp, &end, 10);
			if (errno == 0 && *end == '\0')
				return VAL_INT;
		}
		return VAL_STR;	/* too large for an integer: keep the digits */
	case VAL_NUM:
		if (len < sizeof tmp) {
			memcpy(tmp, s, len);
			tmp[len] = '\0';
			if (strstr(tmp, "inf") || strstr(tmp, "Inf") || strstr(tmp, "INF"))
				*n = tmp[0] == '-' ? -INFINITY : INFINITY;
			else if (strstr(tmp, "nan") || strstr(tmp, "NaN") || strstr(tmp, "NAN"))
				*n = NAN;
			else
				*n = strtod(tmp, NULL);
			return VAL_NUM;
		}
		return VAL_STR;
	default:
		return VAL_STR;
	}
}

static struct value *
scalar_value(const yaml_event_t *ev)
{
	int b = 0;
	long long i = 0;
	double n = 0;

	switch (scalar_kind(ev, &b, &i, &n)) {
	case VAL_NIL:
		return value_new(VAL_NIL);
	case VAL_BOOL:
		return value_bool(b);
	case VAL_INT:
		return value_int(i);
	case VAL_NUM:
		return value_num(n);
	default:
		return value_str((const char *)ev->data.scalar.value, ev->data.scalar.length);
	}
}

static void
set_cause(struct parser *p, const yaml_mark_t *mark, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
set_cause(struct parser *p, const yaml_mark_t *mark, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (p->cause != NULL)
		return;
	va_start(ap, fmt);
	msg = xvasprintf(fmt, ap);
	va_end(ap);
	p->cause = xasprintf("%s:%zu:%zu: %s", p->name, mark->line + 1, mark->column + 1, msg);
	free(msg);
}

static size_t
count_nodes(const struct value *v)
{
	size_t i, n = 1;

	if (v->type == VAL_SEQ)
		for (i = 0; i < v->u.list.n; i++)
			n += count_nodes(v->u.list.items[i]);
	else if (v->type == VAL_MAP)
		for (i = 0; i < v->u.list.n; i++)
			n += count_nodes(v->u.list.items[2 * i + 1]) + 1;
	return n;
}

/* The bytes of text (strings and keys) in v: what copying it costs. */
static size_t
count_bytes(const struct value *v)
{
	size_t i, n = 0;

	if (v->type == VAL_STR)
		n = v->u.str.len;
	else if (v->type == VAL_SEQ)
		for (i = 0; i < v->u.list.n; i++)
			n += count_bytes(v->u.list.items[i]);
	else if (v->type == VAL_MAP)
		for (i = 0; i < v->u.list.n; i++)
			n += count_bytes(v->u.list.items[2 * i]) + count_bytes(v->u.list.items[2 * i + 1]);
	return n;
}

/* A collection's node stays in the tree until the end (collections cannot be
 * keys), so the anchor points at it; a scalar may be a key, which add_node
 * frees, so the anchor keeps its own copy. */
static void
remember_anchor(struct parser *p, const char *name, struct value *v, int owned)
{
	size_t i;

	for (i = 0; i < p->nanchors; i++)
		if (strcmp(p->anchors[i].name, name) == 0) {
			if (p->anchors[i].owned)
				value_free(p->anchors[i].v);
			p->anchors[i].v = v;
			p->anchors[i].owned = owned;
			return;
		}
	p->anchors = xrealloc(p->anchors, (p->nanchors + 1) * sizeof *p->anchors);
	p->anchors[p->nanchors].name = xstrdup(name);
	p->anchors[p->nanchors].v = v;
	p->anchors[p->nanchors].owned = owned;
	p->nanchors++;
}

/* Adds a finished node to the collection on top of the stack (or makes it the root). */
static int
add_node(struct parser *p, struct value *v, const yaml_mark_t *mark)
{
	struct value *top;

	if (++p->nodes > YAML_MAX_NODES) {
		set_cause(p, mark, "the document has more than %d nodes; evalwiz refuses documents this large",
		    YAML_MAX_NODES);
		value_free(v);
		return -1;
	}
	if (p->depth == 0) {
		if (p->root == NULL)
			p->root = v;
		else
			value_free(v);
		return 0;
	}
	top = p->stack[p->depth - 1].v;	/* every open frame holds its collection */
	if (top == NULL)
		fatal("YAML parser: an open collection went missing");
	if (top->type == VAL_SEQ) {
		value_push(top, v);
		return 0;
	}
	if (p->keys[p->depth - 1] == NULL) {
		char tmp[64];

		if (v->type == VAL_SEQ || v->type == VAL_MAP || v->type == VAL_NIL) {
			set_cause(p, mark, "a key must be plain text, not a %s", v->type == VAL_NIL ? "blank" :
			    value_type_name(v->type));
			value_free(v);
			return -1;
		}
		if (v->type != VAL_STR) {
			const char *s = value_string(v, tmp, sizeof tmp);
			struct value *k = value_strz(s);

			k->line = v->line;
			k->col = v->col;
			value_free(v);
			v = k;
		}
		if (!keyset_add(&p->stack[p->depth - 1].keys, v->u.str.s)) {
			set_cause(p, mark, "the key \"%s\" appears twice in the same mapping; remove one of them",
			    v->u.str.s);
			value_free(v);
			return -1;
		}
		p->keys[p->depth - 1] = v;
		return 0;
	}
	{
		struct value *k = p->keys[p->depth - 1];

		p->keys[p->depth - 1] = NULL;
		/* The key set points at this key's text, so the map keeps the key itself. */
		value_append(top, k, v);
	}
	return 0;
}

static void
parser_cleanup(struct parser *p)
{
	size_t i;
	int d;

	for (i = 0; i < p->nanchors; i++) {
		free(p->anchors[i].name);
		if (p->anchors[i].owned)
			value_free(p->anchors[i].v);
	}
	free(p->anchors);
	for (d = 0; d < p->depth; d++) {
		value_free(p->stack[d].v);
		free(p->stack[d].anchor);
		free(p->stack[d].keys.slots);
		value_free(p->keys[d]);
	}
}

static yaml_mark_t
offset_mark(const char *text, size_t len, size_t offset)
{
	yaml_mark_t m;
	size_t i;

	memset(&m, 0, sizeof m);
	if (offset > len)
		offset = len;
	for (i = 0; i < offset; i++) {
		if (text[i] == '\n')
			m.line++, m.column = 0;
		else if (((unsigned char)text[i] & 0xc0) != 0x80)
			m.column++;	/* count characters, not continuation bytes */
	}
	m.index = offset;
	return m;
}

static const char *
parser_problem(const yaml_parser_t *yp)
{
	return yp->problem != NULL ? yp->problem : "the file is not valid YAML";
}

struct value *
yaml_parse(const char *text, size_t len, const char *name, char **cause)
{
	yaml_parser_t yp;
	yaml_event_t ev;
	struct parser p;
	int done = 0, docs = 0;

	memset(&p, 0, sizeof p);
	p.name = name;
	if (!yaml_parser_initialize(&yp))
		fatal("out of memory (YAML parser)");
	yaml_parser_set_input_string(&yp, (const unsigned char *)text, len);
	while (!done) {
		if (!yaml_parser_parse(&yp, &ev)) {
			yaml_mark_t m = yp.problem_mark;

			/* The reader (bad UTF-8, control characters) reports a byte
			 * offset, not a mark: count lines and columns up to it. */
			if (yp.error == YAML_READER_ERROR)
				m = offset_mark(text, len, yp.problem_offset);

			if (yp.error == YAML_MEMORY_ERROR)
				fatal("out of memory (YAML parser)");
			/* The reader (bad UTF-8, control characters) gives a byte
			 * offset, not a mark: work out the line and column. */
			if (yp.error == YAML_READER_ERROR)
				m = offset_mark(text, len, yp.problem_offset);
			if (yp.error == YAML_READER_ERROR) {
				set_cause(&p, &m, "this is not plain UTF-8 text (%s); save the file as UTF-8",
				    parser_problem(&yp));
				break;
			}
			if (m.index < len && text[m.index] == '\t') {
				set_cause(&p, &m, "a tab is used to indent; YAML indents with spaces only");
				break;
			}
			if (yp.context != NULL && yp.context_mark.line != m.line) {
				/* Point at where the unfinished thing began, too. */
				set_cause(&p, &m, "%s %s (which starts at line %zu, column %zu)", parser_problem(&yp),
				    yp.context, yp.context_mark.line + 1, yp.context_mark.column + 1);
				break;
			}
			set_cause(&p, &m, "%s%s%s", parser_problem(&yp),
			    yp.context != NULL ? " " : "", yp.context != NULL ? yp.context : "");
			break;
		}
		switch (ev.type) {
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		case YAML_DOCUMENT_START_EVENT:
			if (++docs > 1) {
				set_cause(&p, &ev.start_mark,
				    "the file holds more than one YAML document (a second '---'); a plan is one document");
				done = 1;
			}
			break;
		case YAML_SCALAR_EVENT: {
			struct value *v = scalar_value(&ev);

			v->line = ev.start_mark.line + 1;
			v->col = ev.start_mark.column + 1;
			if (ev.data.scalar.anchor != NULL)
				remember_anchor(&p, (const char *)ev.data.scalar.anchor, value_copy(v), 1);
			if (add_node(&p, v, &ev.start_mark) == -1)
				done = 1;
			break;
		}
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT: {
			struct value *v;
			const unsigned char *anchor = ev.type == YAML_SEQUENCE_START_EVENT ?
			    ev.data.sequence_start.anchor : ev.data.mapping_start.anchor;

			if (p.depth >= YAML_MAX_DEPTH) {
				set_cause(&p, &ev.start_mark,
				    "nesting is deeper than %d levels; a plan never needs this many", YAML_MAX_DEPTH);
				done = 1;
				break;
			}
			v = value_new(ev.type == YAML_SEQUENCE_START_EVENT ? VAL_SEQ : VAL_MAP);
			v->line = ev.start_mark.line + 1;
			v->col = ev.start_mark.column + 1;
			p.stack[p.depth].v = v;
			p.stack[p.depth].anchor = anchor != NULL ? xstrdup((const char *)anchor) : NULL;
			p.stack[p.depth].first_node = p.nodes;
			p.keys[p.depth] = NULL;
			memset(&p.stack[p.depth].keys, 0, sizeof p.stack[p.depth].keys);
			p.depth++;
			break;
		}
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT: {
			struct frame f = p.stack[--p.depth];

			free(f.keys.slots);

			if (f.anchor != NULL) {
				remember_anchor(&p, f.anchor, f.v, 0);
				free(f.anchor);
			}
			if (add_node(&p, f.v, &ev.start_mark) == -1)
				done = 1;
			break;
		}
		case YAML_ALIAS_EVENT: {
			const char *a = (const char *)ev.data.alias.anchor;
			struct value *src = NULL, *copy;
			size_t i, n;

			for (i = 0; i < p.nanchors; i++)
				if (strcmp(p.anchors[i].name, a) == 0)
					src = p.anchors[i].v;
			if (src == NULL) {
				set_cause(&p, &ev.start_mark, "the alias *%s names no anchor defined before it", a);
				done = 1;
				break;
			}
			n = count_nodes(src);
			p.alias_nodes += n;
			if (p.alias_nodes > YAML_MAX_ALIAS_NODES) {
				set_cause(&p, &ev.start_mark,
				    "aliases expand to more than %d nodes (an alias bomb?); write the values out instead",
				    YAML_MAX_ALIAS_NODES);
				done = 1;
				break;
			}
			/* the nodes are few, but each may carry a long text: the bytes
			 * copied are capped too (1 MB of aliases grew to 0.8 GB) */
			p.alias_bytes += count_bytes(src);
			if (p.alias_bytes > YAML_MAX_ALIAS_BYTES) {
				set_cause(&p, &ev.start_mark,
				    "aliases copy more than %u MB of text (an alias bomb?); write the values out instead",
				    YAML_MAX_ALIAS_BYTES >> 20);
				done = 1;
				break;
			}
			copy = value_copy(src);
			copy->line = ev.start_mark.line + 1;
			copy->col = ev.start_mark.column + 1;
			if (add_node(&p, copy, &ev.start_mark) == -1)
				done = 1;
			break;
		}
		default:
			break;
		}
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&yp);
	parser_cleanup(&p);
	if (p.cause != NULL) {
		value_free(p.root);
		*cause = p.cause;
		return NULL;
	}
	if (p.root == NULL)
		p.root = value_new(VAL_NIL);
	return p.root;
}

/* "path:line:col: too large", at the first byte past the cap. */
static char *
too_large(const char *path)
{
	FILE *f = fopen(path, "r");
	size_t n = 0, line = 1, col = 1;
	int c;

	while (f != NULL && n < YAML_MAX_FILE && (c = getc(f)) != EOF) {
		n++;
		if (c == '\n')
			line++, col = 1;
		else if ((c & 0xc0) != 0x80)
			col++;
	}
	if (f != NULL)
		fclose(f);
	return xasprintf("%s:%zu:%zu: the file is larger than %u MB, more than any plan needs; is it the right file?",
	    path, line, col, YAML_MAX_FILE >> 20);
}

int
yaml_is_utf16(const char *text, size_t len)
{
	const unsigned char *u = (const unsigned char *)text;

	return len >= 2 && ((u[0] == 0xff && u[1] == 0xfe) || (u[0] == 0xfe && u[1] == 0xff));
}

static struct value *load_file(const char *path, int any, char **cause);

struct value *
yaml_load_file(const char *path, char **cause)
{
	return load_file(path, 0, cause);
}

struct value *
yaml_load_file_any(const char *path, char **cause)
{
	return load_file(path, 1, cause);
}

static struct value *
load_file(const char *path, int any, char **cause)
{
	size_t len;
	char *text = any ? read_file_any(path, YAML_MAX_FILE, &len, cause) : read_file(path, YAML_MAX_FILE, &len, cause);
	struct value *v;

	if (text == NULL) {
		if (errno == EFBIG) {
			free(*cause);
			*cause = too_large(path);
			errno = EFBIG;
		}
		return NULL;
	}
	/* UTF-16 with its byte-order mark (Windows editors' "Unicode") is read
	 * by libyaml as it is; evalwiz writes the plan back as UTF-8 */
	if (yaml_is_utf16(text, len))
		;
	else if (memchr(text, '\0', len) != NULL) {
		const char *nul = memchr(text, '\0', len);
		size_t line = 1, col = 1;
		const char *q;

		for (q = text; q < nul; q++) {
			if (*q == '\n')
				line++, col = 1;
			else
				col++;
		}
		*cause = xasprintf("%s:%zu:%zu: the file contains a NUL byte; it is not a text file", path, line, col);
		free(text);
		return NULL;
	}
	v = yaml_parse(text, len, path, cause);
	free(text);
	return v;
}

/* The stream: the plain case of yaml_parse, item by item, with no tree.
 * It takes only what yaml_parse would take unchanged and needs no copying:
 * anything else (an error, an anchor or alias, a second document, nesting or
 * a size past the caps) ends it with -1, and the caller parses the text
 * again with yaml_parse, which says what is wrong or copies the aliases. */
struct yaml_stream {
	yaml_parser_t yp;
	yaml_event_t ev;
	int have_ev;	/* ev holds an event to delete */
	int depth, docs, ended;
	size_t nodes;
};

struct yaml_stream *
yaml_stream_new(const char *text, size_t len)
{
	struct yaml_stream *ys = xcalloc(1, sizeof *ys);

	if (!yaml_parser_initialize(&ys->yp))
		fatal("out of memory (YAML parser)");
	yaml_parser_set_input_string(&ys->yp, (const unsigned char *)text, len);
	return ys;
}

void
yaml_stream_free(struct yaml_stream *ys)
{
	if (ys == NULL)
		return;
	if (ys->have_ev)
		yaml_event_delete(&ys->ev);
	yaml_parser_delete(&ys->yp);
	free(ys);
}

int
yaml_stream_next(struct yaml_stream *ys, struct yaml_item *it)
{
	for (;;) {
		if (ys->have_ev) {
			yaml_event_delete(&ys->ev);
			ys->have_ev = 0;
		}
		if (ys->ended)
			return 0;
		if (!yaml_parser_parse(&ys->yp, &ys->ev))
			return -1;
		ys->have_ev = 1;
		memset(it, 0, sizeof *it);
		it->line = (unsigned)ys->ev.start_mark.line + 1;
		it->col = (unsigned)ys->ev.start_mark.column + 1;
		switch (ys->ev.type) {
		case YAML_STREAM_START_EVENT:
		case YAML_DOCUMENT_END_EVENT:
			continue;
		case YAML_DOCUMENT_START_EVENT:
			if (++ys->docs > 1)
				return -1;
			continue;
		case YAML_STREAM_END_EVENT:
			ys->ended = 1;
			it->kind = YAML_ITEM_DONE;
			return 1;
		case YAML_ALIAS_EVENT:
			return -1;
		case YAML_SCALAR_EVENT:
			if (ys->ev.data.scalar.anchor != NULL || ++ys->nodes > YAML_MAX_NODES)
				return -1;
			it->kind = YAML_ITEM_SCALAR;
			it->type = scalar_kind(&ys->ev, &it->b, &it->i, &it->n);
			it->s = (const char *)ys->ev.data.scalar.value;
			it->len = ys->ev.data.scalar.length;
			return 1;
		case YAML_SEQUENCE_START_EVENT:
		case YAML_MAPPING_START_EVENT:
			if ((ys->ev.type == YAML_SEQUENCE_START_EVENT ? ys->ev.data.sequence_start.anchor :
			    ys->ev.data.mapping_start.anchor) != NULL || ys->depth >= YAML_MAX_DEPTH ||
			    ++ys->nodes > YAML_MAX_NODES)
				return -1;
			ys->depth++;
			it->kind = ys->ev.type == YAML_SEQUENCE_START_EVENT ? YAML_ITEM_SEQ : YAML_ITEM_MAP;
			return 1;
		case YAML_SEQUENCE_END_EVENT:
		case YAML_MAPPING_END_EVENT:
			ys->depth--;
			it->kind = YAML_ITEM_END;
			return 1;
		default:
			return -1;
		}
	}
}

/* Emitting. */

static int
emit_handler(void *data, unsigned char *buffer, size_t size)
{
	buf_add(data, buffer, size);
	return 1;
}

static int
emit_event(yaml_emitter_t *em, yaml_event_t *ev, char **cause)
{
	if (!yaml_emitter_emit(em, ev)) {
		if (*cause == NULL)
			*cause = xasprintf("cannot write YAML: %s",
			    em->problem != NULL ? em->problem : "emitter error");
		return -1;
	}
	return 0;
}

/*
 * libyaml counts only characters of the Basic Multilingual Plane as
 * printable, so one emoji (or a rare CJK character) in an answer made it
 * write the whole answer as a double-quoted line with \U escapes, and a long
 * text lost its readable block form.  Characters above U+FFFF therefore go
 * to the emitter as a marker (U+F8FF, private use) and two private-use
 * characters holding 10 bits each, and are put back after emitting; a marker
 * in the text itself goes as two markers.
 */
#define PUA_MARK "\xef\xa3\xbf"	/* U+F8FF */

static void
put_pua(struct buf *b, unsigned v)
{
	unsigned cp = 0xe000 + v;

	buf_addc(b, (char)(0xe0 | (cp >> 12)));
	buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
	buf_addc(b, (char)(0x80 | (cp & 0x3f)));
}

/* s (valid UTF-8) with the characters libyaml would escape hidden, or NULL
 * when it has none. */
static char *
hide_astral(const char *s, size_t len, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)s;
	struct buf b;
	size_t i;

	for (i = 0; i < len; i++)
		if (u[i] >= 0xf0 || (u[i] == 0xef && i + 2 < len && u[i + 1] == 0xa3 && u[i + 2] == 0xbf))
			break;
	if (i == len)
		return NULL;
	buf_init(&b);
	buf_add(&b, s, i);
	while (i < len) {
		if (u[i] >= 0xf0 && i + 3 < len) {
			unsigned cp = ((u[i] & 0x07u) << 18) | ((u[i + 1] & 0x3fu) << 12) |
			    ((u[i + 2] & 0x3fu) << 6) | (u[i + 3] & 0x3fu);

			buf_adds(&b, PUA_MARK);
			put_pua(&b, (cp - 0x10000) >> 10);
			put_pua(&b, (cp - 0x10000) & 0x3ff);
			i += 4;
		} else if (u[i] == 0xef && i + 2 < len && u[i + 1] == 0xa3 && u[i + 2] == 0xbf) {
			buf_adds(&b, PUA_MARK PUA_MARK);
			i += 3;
		} else
			buf_addc(&b, s[i++]);
	}
	return buf_steal(&b, outlen);
}

/* The private-use character at p (3 bytes, U+E000 to U+E3FF): its 10 bits,
 * or -1. */
static int
pua_bits(const unsigned char *p)
{
	unsigned cp;

	if ((p[0] & 0xf0) != 0xe0 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
		return -1;
	cp = ((p[0] & 0x0fu) << 12) | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);
	return cp >= 0xe000 && cp < 0xe400 ? (int)(cp - 0xe000) : -1;
}

/* Puts back what hide_astral hid, in place; returns the new length. */
static size_t
show_astral(char *s, size_t len)
{
	unsigned char *u = (unsigned char *)s;
	size_t i = 0, o = 0;

	while (i < len) {
		int hi, lo;

		if (i + 6 <= len && memcmp(s + i, PUA_MARK PUA_MARK, 6) == 0) {
			memmove(s + o, PUA_MARK, 3);
			o += 3, i += 6;
		} else if (i + 9 <= len && memcmp(s + i, PUA_MARK, 3) == 0 &&
		    (hi = pua_bits(u + i + 3)) >= 0 && (lo = pua_bits(u + i + 6)) >= 0) {
			unsigned cp = 0x10000 + ((unsigned)hi << 10) + (unsigned)lo;

			u[o++] = (unsigned char)(0xf0 | (cp >> 18));
			u[o++] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
			u[o++] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
			u[o++] = (unsigned char)(0x80 | (cp & 0x3f));
			i += 9;
		} else
			u[o++] = u[i++];
	}
	s[o] = '\0';
	return o;
}

static int
emit_scalar(yaml_emitter_t *em, const char *s, size_t len, int plain_ok, char **cause)
{
	yaml_event_t ev;
	yaml_scalar_style_t style = YAML_ANY_SCALAR_STYLE;
	size_t bad = utf8_check(s, len), hidden_len = 0;
	char *hidden;
	int rc;

	/* libyaml refuses text that is not UTF-8; say so rather than fail obscurely. */

	if (bad < len) {
		if (*cause == NULL)
			*cause = xasprintf("cannot write YAML: the text \"%.*s...\" is not valid UTF-8 (byte %zu)",
			    (int)(bad < 20 ? bad : 20), s, bad + 1);
		return -1;
	}

	if (memchr(s, '\n', len) != NULL)
		style = YAML_LITERAL_SCALAR_STYLE;
	hidden = hide_astral(s, len, &hidden_len);
	if (hidden != NULL)
		s = hidden, len = hidden_len;
	if (!yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)len, plain_ok, 1, style))
		fatal("out of memory (YAML emitter)");
	rc = emit_event(em, &ev, cause);
	free(hidden);
	return rc;
}

static int
emit_value(yaml_emitter_t *em, const struct value *v, char **cause)
{
	yaml_event_t ev;
	char tmp[64];
	size_t i;

	switch (v->type) {
	case VAL_NIL:
		return emit_scalar(em, "null", 4, 1, cause);
	case VAL_BOOL:
		return emit_scalar(em, v->u.b ? "true" : "false", v->u.b ? 4 : 5, 1, cause);
	case VAL_INT:
		snprintf(tmp, sizeof tmp, "%" PRId64, v->u.i);
		return emit_scalar(em, tmp, strlen(tmp), 1, cause);
	case VAL_NUM:
		if (isnan(v->u.n))
			snprintf(tmp, sizeof tmp, ".nan");
		else if (isinf(v->u.n))
			snprintf(tmp, sizeof tmp, "%s", v->u.n < 0 ? "-.inf" : ".inf");
		else {
			snprintf(tmp, sizeof tmp, "%.15g", v->u.n);
			if (strtod(tmp, NULL) != v->u.n)
				snprintf(tmp, sizeof tmp, "%.17g", v->u.n);
			if (yaml_plain_type(tmp, strlen(tmp)) == VAL_INT) {
				size_t l = strlen(tmp);

				snprintf(tmp + l, sizeof tmp - l, ".0");
			}
		}
		return emit_scalar(em, tmp, strlen(tmp), 1, cause);
	case VAL_STR: {
		int t = yaml_plain_type(v->u.str.s, v->u.str.len);

		return emit_scalar(em, v->u.str.s, v->u.str.len, t == VAL_STR, cause);
	}
	case VAL_SEQ:
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
		    v->u.list.n == 0 ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE);
		if (emit_event(em, &ev, cause) == -1)
			return -1;
		for (i = 0; i < v->u.list.n; i++)
			if (emit_value(em, v->u.list.items[i], cause) == -1)
				return -1;
		yaml_sequence_end_event_initialize(&ev);
		return emit_event(em, &ev, cause);
	case VAL_MAP:
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
		    v->u.list.n == 0 ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
		if (emit_event(em, &ev, cause) == -1)
			return -1;
		for (i = 0; i < v->u.list.n; i++) {
			if (emit_value(em, v->u.list.items[2 * i], cause) == -1 ||
			    emit_value(em, v->u.list.items[2 * i + 1], cause) == -1)
				return -1;
		}
		yaml_mapping_end_event_initialize(&ev);
		return emit_event(em, &ev, cause);
	}
	return 0;
}

char *
yaml_emit(const struct value *v, size_t *len, char **cause)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	struct buf out;
	int ok = 0;

	*cause = NULL;
	buf_init(&out);
	if (!yaml_emitter_initialize(&em))
		fatal("out of memory (YAML emitter)");
	yaml_emitter_set_output(&em, emit_handler, &out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_emitter_set_indent(&em, 2);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	if (emit_event(&em, &ev, cause) == 0) {
		yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
		if (emit_event(&em, &ev, cause) == 0 && emit_value(&em, v, cause) == 0) {
			yaml_document_end_event_initialize(&ev, 1);
			if (emit_event(&em, &ev, cause) == 0) {
				yaml_stream_end_event_initialize(&ev);
				ok = emit_event(&em, &ev, cause) == 0;
			}
		}
	}
	yaml_emitter_delete(&em);
	if (!ok) {
		buf_free(&out);
		return NULL;
	}
	if (out.len >= 3 && memmem(out.data, out.len, PUA_MARK, 3) != NULL)
		out.len = show_astral(out.data, out.len);
	return buf_steal(&out, len);
}
