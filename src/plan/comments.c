/* comments.c: finds the comments of a YAML text and the nodes they belong
 * to, and puts them back beside the same nodes in newly written text.
 *
 * A node is named by its path: the keys and item numbers from the root.
 * libyaml's scanner gives every token's extent, so a '#' outside all tokens
 * and after white space is a comment; its parser gives every node's path and
 * place.  A comment alone on its line belongs to the node that follows it,
 * a comment after a value to the node that came last before it. */
#include "config.h"

#include "plan/comments.h"
#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

struct comment {
	char *path;	/* NULL: after the last node, kept at the end */
	int after;	/* 1: followed a value on its line; 0: had a line of its own */
	char *text;	/* from the '#' to the end of the line, trailing blanks cut */
};

struct yaml_comments {
	struct comment *v;
	size_t n, cap;
};

/* A node's path and where it is. */
struct spot {
	char *path;
	size_t start;		/* character number where the node (or its key) starts */
	size_t line;		/* 0-based line of that start */
	size_t end_line;	/* the line a comment after its value goes on */
};

struct spots {
	struct spot *v;
	size_t n, cap;
};

struct frame {
	char *path;
	int is_map;
	int want_key;	/* in a map: the next node is a key */
	char *key;	/* in a map: the key whose value comes next */
	size_t index;	/* in a sequence: the next item's number */
};

static void
spots_free(struct spots *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->v[i].path);
	free(s->v);
}

/* Records a node, or updates the last record when it is the same node
 * (a key, then its value). */
static void
spots_add(struct spots *s, char *path, const yaml_mark_t *start, size_t end_line, int update_end)
{
	struct spot *last = s->n > 0 ? &s->v[s->n - 1] : NULL;

	if (last != NULL && strcmp(last->path, path) == 0) {
		if (update_end)
			last->end_line = end_line;
		free(path);
		return;
	}
	if (s->n == s->cap) {
		s->cap = s->cap < 64 ? 64 : 2 * s->cap;
		s->v = xrealloc(s->v, s->cap * sizeof *s->v);
	}
	s->v[s->n].path = path;
	s->v[s->n].start = start->index;
	s->v[s->n].line = start->line;
	s->v[s->n].end_line = end_line;
	s->n++;
}

/* The line a comment after this node's value belongs on. */
static size_t
node_end_line(const yaml_event_t *ev)
{
	if (ev->type == YAML_SCALAR_EVENT && (ev->data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
	    ev->data.scalar.style == YAML_FOLDED_SCALAR_STYLE))
		return ev->start_mark.line;	/* the line of the | or > */
	if (ev->type == YAML_SCALAR_EVENT || ev->type == YAML_ALIAS_EVENT)
		return ev->end_mark.line;
	return ev->start_mark.line;
}

/* Walks the first document of text, recording every node's path and place.
 * Returns -1 when it does not parse. */
static int
find_spots(const char *text, size_t len, struct spots *out)
{
	yaml_parser_t p;
	yaml_event_t ev;
	struct frame stack[YAML_MAX_DEPTH + 2];
	int depth = 0, done = 0, rc = 0;

	memset(out, 0, sizeof *out);
	if (!yaml_parser_initialize(&p))
		return -1;
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	while (!done) {
		char *path = NULL;
		int is_node;

		if (!yaml_parser_parse(&p, &ev)) {
			rc = -1;
			break;
		}
		is_node = ev.type == YAML_SCALAR_EVENT || ev.type == YAML_ALIAS_EVENT ||
		    ev.type == YAML_MAPPING_START_EVENT || ev.type == YAML_SEQUENCE_START_EVENT;
		if (is_node) {
			struct frame *f = depth > 0 ? &stack[depth - 1] : NULL;
			int is_key = f != NULL && f->is_map && f->want_key;

			if (f == NULL)
				path = xstrdup("");
			else if (f->is_map && is_key) {
				free(f->key);
				f->key = ev.type == YAML_SCALAR_EVENT ?
				    xstrndup((const char *)ev.data.scalar.value, ev.data.scalar.length) :
				    xstrdup("?");
				path = xasprintf("%s\x1f%s", f->path, f->key);
				f->want_key = 0;
			} else if (f->is_map) {
				path = xasprintf("%s\x1f%s", f->path, f->key != NULL ? f->key : "?");
				f->want_key = 1;
			} else
				path = xasprintf("%s\x1e%zu", f->path, f->index++);
			if (is_key && ev.type != YAML_SCALAR_EVENT) {
				/* a collection as a key: not in plans; name its inside apart */
				free(path);
				path = xasprintf("%s\x1f?key", f->path);
			}
			spots_add(out, xstrdup(path), &ev.start_mark, node_end_line(&ev),
			    ev.type == YAML_SCALAR_EVENT || ev.type == YAML_ALIAS_EVENT);
		}
		switch (ev.type) {
		case YAML_MAPPING_START_EVENT:
		case YAML_SEQUENCE_START_EVENT:
			if (depth == YAML_MAX_DEPTH + 1) {
				rc = -1;
				done = 1;
				break;
			}
			memset(&stack[depth], 0, sizeof stack[depth]);
			stack[depth].path = path;
			path = NULL;
			stack[depth].is_map = ev.type == YAML_MAPPING_START_EVENT;
			stack[depth].want_key = 1;
			depth++;
			break;
		case YAML_MAPPING_END_EVENT:
		case YAML_SEQUENCE_END_EVENT:
			if (depth > 0) {
				depth--;
				free(stack[depth].path);
				free(stack[depth].key);
			}
			break;
		case YAML_DOCUMENT_END_EVENT:
		case YAML_STREAM_END_EVENT:
			done = 1;
			break;
		default:
			break;
		}
		free(path);
		yaml_event_delete(&ev);
	}
	while (depth > 0) {
		depth--;
		free(stack[depth].path);
		free(stack[depth].key);
	}
	yaml_parser_delete(&p);
	if (rc == -1)
		spots_free(out);
	return rc;
}

/* The length of the line break at text[i] (CR LF, CR, LF, or the Unicode
 * breaks NEL, LS and PS, as YAML 1.1 and libyaml count them), or 0. */
static size_t
line_break(const char *text, size_t i, size_t len)
{
	const unsigned char *u = (const unsigned char *)text + i;

	if (u[0] == '\n')
		return 1;
	if (u[0] == '\r')
		return i + 1 < len && u[1] == '\n' ? 2 : 1;
	if (u[0] == 0xc2 && i + 1 < len && u[1] == 0x85)
		return 2;
	if (u[0] == 0xe2 && i + 2 < len && u[1] == 0x80 && (u[2] == 0xa8 || u[2] == 0xa9))
		return 3;
	return 0;
}

/* libyaml's marks count characters, not bytes: the text as characters. */
struct chars {
	size_t n;		/* characters in all */
	size_t *line_start;	/* the character number each line starts at */
	size_t nlines;
};

static void
count_chars(const char *text, size_t len, struct chars *ch)
{
	size_t i = 0, cap = 64, br;

	ch->n = 0;
	ch->nlines = 1;
	ch->line_start = xmalloc(cap * sizeof *ch->line_start);
	ch->line_start[0] = 0;
	while (i < len) {
		br = line_break(text, i, len);
		ch->n++;
		if (br == 0) {
			i++;
			while (i < len && ((unsigned char)text[i] & 0xc0) == 0x80)
				i++;
			continue;
		}
		ch->n += br == 2 && text[i] == '\r';	/* libyaml counts CR LF as two */
		i += br;
		if (ch->nlines == cap) {
			cap *= 2;
			ch->line_start = xrealloc(ch->line_start, cap * sizeof *ch->line_start);
		}
		ch->line_start[ch->nlines++] = ch->n;
	}
}

/* Marks in covered[] (one per character) the characters inside tokens,
 * where a '#' is not a comment. */
static int
mark_tokens(const char *text, size_t len, const struct chars *ch, unsigned char *covered)
{
	yaml_parser_t p;
	yaml_token_t tok;
	int done = 0, rc = 0;

	if (!yaml_parser_initialize(&p))
		return -1;
	yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
	while (!done) {
		size_t from, to;

		if (!yaml_parser_scan(&p, &tok)) {
			rc = -1;
			break;
		}
		from = tok.start_mark.index;
		to = tok.end_mark.index;
		if (tok.type == YAML_SCALAR_TOKEN && (tok.data.scalar.style == YAML_LITERAL_SCALAR_STYLE ||
		    tok.data.scalar.style == YAML_FOLDED_SCALAR_STYLE)) {
			/* the header line of a block scalar may end in a comment */
			from = tok.start_mark.line + 1 < ch->nlines ? ch->line_start[tok.start_mark.line + 1] : to;
		}
		if (tok.type == YAML_STREAM_END_TOKEN)
			done = 1;
		if (to > ch->n)
			to = ch->n;
		if (from < to)
			memset(covered + from, 1, to - from);
		yaml_token_delete(&tok);
	}
	yaml_parser_delete(&p);
	return rc;
}

static void
comments_add(struct yaml_comments *c, char *path, int after, const char *text, size_t n)
{
	while (n > 0 && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\r'))
		n--;
	if (c->n == c->cap) {
		c->cap = c->cap < 16 ? 16 : 2 * c->cap;
		c->v = xrealloc(c->v, c->cap * sizeof *c->v);
	}
	c->v[c->n].path = path;
	c->v[c->n].after = after;
	c->v[c->n].text = xstrndup(text, n);
	c->n++;
}

/* The first spot starting after offset at, or s->n. */
static size_t
spot_after(const struct spots *s, size_t at)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->v[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* UTF-16 text with its byte-order mark (the only way libyaml tells it
 * from UTF-8) as UTF-8 without the mark; NULL when it is not well formed.
 * libyaml counts characters, not bytes, so the marks it gives for the UTF-8
 * text are the same as for the original. */
static char *
utf16_to_utf8(const char *text, size_t len, size_t *outlen)
{
	const unsigned char *u = (const unsigned char *)text;
	int big = u[0] == 0xfe;
	char *out, *o;
	size_t i;

	if (len % 2 != 0)
		return NULL;
	o = out = xmalloc(len / 2 * 3 + 1);
	for (i = 2; i < len; i += 2) {
		unsigned long c = big ? (u[i] << 8 | u[i + 1]) : (u[i + 1] << 8 | u[i]);

		if (c >= 0xdc00 && c <= 0xdfff)
			goto bad;
		if (c >= 0xd800 && c <= 0xdbff) {
			unsigned long lo;

			if (i + 3 >= len)
				goto bad;
			i += 2;
			lo = big ? (u[i] << 8 | u[i + 1]) : (u[i + 1] << 8 | u[i]);
			if (lo < 0xdc00 || lo > 0xdfff)
				goto bad;
			c = 0x10000 + ((c - 0xd800) << 10) + (lo - 0xdc00);
		}
		if (c < 0x80) {
			*o++ = (char)c;
		} else if (c < 0x800) {
			*o++ = (char)(0xc0 | c >> 6);
			*o++ = (char)(0x80 | (c & 0x3f));
		} else if (c < 0x10000) {
			*o++ = (char)(0xe0 | c >> 12);
			*o++ = (char)(0x80 | (c >> 6 & 0x3f));
			*o++ = (char)(0x80 | (c & 0x3f));
		} else {
			*o++ = (char)(0xf0 | c >> 18);
			*o++ = (char)(0x80 | (c >> 12 & 0x3f));
			*o++ = (char)(0x80 | (c >> 6 & 0x3f));
			*o++ = (char)(0x80 | (c & 0x3f));
		}
	}
	*o = '\0';
	*outlen = (size_t)(o - out);
	return out;
bad:
	free(out);
	return NULL;
}

struct yaml_comments *
yaml_comments_find(const char *text, size_t len)
{
	struct yaml_comments *c;
	struct spots s;
	struct chars ch;
	unsigned char *covered;
	size_t i, ci = 0, br;
	int content_before = 0;

	/* A UTF-16 plan is written back as UTF-8 (all evalwiz writes), so its
	 * comments are found in the same text in UTF-8. */
	if (yaml_is_utf16(text, len)) {
		size_t n;
		char *utf8 = utf16_to_utf8(text, len, &n);

		if (utf8 == NULL)
			return NULL;
		c = yaml_comments_find(utf8, n);
		free(utf8);
		return c;
	}
	/* libyaml skips a UTF-8 byte-order mark without counting it */
	if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
		text += 3, len -= 3;
	if (len == 0 || memchr(text, '#', len) == NULL || utf8_check(text, len) != len)
		return NULL;
	count_chars(text, len, &ch);
	covered = xcalloc(ch.n + 1, 1);
	if (mark_tokens(text, len, &ch, covered) == -1 || find_spots(text, len, &s) == -1) {
		free(ch.line_start);
		free(covered);
		return NULL;
	}
	c = xcalloc(1, sizeof *c);
	for (i = 0; i < len; ci++) {
		if ((br = line_break(text, i, len)) > 0) {
			ci += br == 2 && text[i] == '\r';
			i += br;
			content_before = 0;
			continue;
		}
		if (text[i] == '#' && !covered[ci] &&
		    (!content_before || text[i - 1] == ' ' || text[i - 1] == '\t')) {
			size_t end = i, k;
			char *path;

			while (end < len && line_break(text, end, len) == 0)
				end++;
			k = spot_after(&s, ci);
			if (content_before)
				path = k > 0 ? xstrdup(s.v[k - 1].path) : NULL;
			else
				path = k < s.n ? xstrdup(s.v[k].path) : NULL;
			comments_add(c, path, content_before && path != NULL, text + i, end - i);
			/* count the comment's characters and go on at the line break */
			for (i++; i < end; i++)
				ci += ((unsigned char)text[i] & 0xc0) != 0x80;
			continue;
		}
		if (text[i] != ' ' && text[i] != '\t')
			content_before = 1;
		for (i++; i < len && ((unsigned char)text[i] & 0xc0) == 0x80; i++)
			;
	}
	free(ch.line_start);
	free(covered);
	spots_free(&s);
	if (c->n == 0) {
		yaml_comments_free(c);
		return NULL;
	}
	return c;
}

size_t
yaml_comments_count(const struct yaml_comments *c)
{
	return c != NULL ? c->n : 0;
}

void
yaml_comments_free(struct yaml_comments *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		free(c->v[i].path);
		free(c->v[i].text);
	}
	free(c->v);
	free(c);
}

static int
spot_cmp(const void *a, const void *b)
{
	return strcmp(((const struct spot *)a)->path, ((const struct spot *)b)->path);
}

/* 1 when out reads back to the same values as text. */
static int
same_values(const char *text, size_t len, const char *out, size_t outlen)
{
	struct value *v;
	char *again, *cause = NULL;
	size_t againlen;
	int same;

	v = yaml_parse(out, outlen, "comments", &cause);
	if (v == NULL) {
		free(cause);
		return 0;
	}
	again = yaml_emit(v, &againlen, &cause);
	value_free(v);
	if (again == NULL) {
		free(cause);
		return 0;
	}
	same = againlen == len && memcmp(again, text, len) == 0;
	free(again);
	return same;
}

/* text, then every comment at the end. */
static char *
all_at_end(const struct yaml_comments *c, const char *text, size_t len, size_t *outlen)
{
	struct buf b;
	size_t i;

	buf_init(&b);
	buf_add(&b, text, len);
	if (len > 0 && text[len - 1] != '\n')
		buf_addc(&b, '\n');
	for (i = 0; i < c->n; i++) {
		buf_adds(&b, c->v[i].text);
		buf_addc(&b, '\n');
	}
	return buf_steal(&b, outlen);
}

/* A comment and the line of the new text it goes on. */
struct placed {
	size_t line;
	size_t idx;	/* its place among the comments, to keep their order */
};

static int
placed_cmp(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

char *
yaml_comments_apply(const struct yaml_comments *c, const char *text, size_t len, size_t *outlen)
{
	struct spots s;
	struct buf b;
	struct placed *heads, *afters;
	unsigned char *placed;
	size_t nheads = 0, nafters = 0, h = 0, a = 0, i, line, pos;
	char *out;

	if (c == NULL || c->n == 0) {
		*outlen = len;
		return xstrndup(text, len);
	}
	if (find_spots(text, len, &s) == -1)
		return all_at_end(c, text, len, outlen);
	if (s.n > 0)
		qsort(s.v, s.n, sizeof *s.v, spot_cmp);
	heads = xcalloc(c->n, sizeof *heads);
	afters = xcalloc(c->n, sizeof *afters);
	placed = xcalloc(c->n, 1);
	buf_init(&b);
	for (i = 0; i < c->n; i++) {
		struct spot key = { 0 }, *hit = NULL;

		if (c->v[i].path != NULL && s.n > 0) {
			key.path = c->v[i].path;
			hit = bsearch(&key, s.v, s.n, sizeof *s.v, spot_cmp);
		}
		if (hit == NULL)
			continue;
		if (c->v[i].after)
			afters[nafters].line = hit->end_line, afters[nafters++].idx = i;
		else
			heads[nheads].line = hit->line, heads[nheads++].idx = i;
	}
	qsort(heads, nheads, sizeof *heads, placed_cmp);
	qsort(afters, nafters, sizeof *afters, placed_cmp);

	for (line = 0, pos = 0; pos < len; line++) {
		size_t end = pos, indent = 0;

		while (end < len && text[end] != '\n')
			end++;
		while (pos + indent < end && text[pos + indent] == ' ')
			indent++;
		for (; h < nheads && heads[h].line == line; h++) {
			buf_add(&b, text + pos, indent);
			buf_adds(&b, c->v[heads[h].idx].text);
			buf_addc(&b, '\n');
			placed[heads[h].idx] = 1;
		}
		buf_add(&b, text + pos, end - pos);
		for (; a < nafters && afters[a].line == line; a++) {
			buf_addc(&b, ' ');
			buf_adds(&b, c->v[afters[a].idx].text);
			placed[afters[a].idx] = 1;
		}
		buf_addc(&b, '\n');
		pos = end + 1;
	}
	/* whatever found no line: nodes no longer in the plan, or after them all */
	for (i = 0; i < c->n; i++)
		if (!placed[i]) {
			buf_adds(&b, c->v[i].text);
			buf_addc(&b, '\n');
		}
	free(placed);
	free(heads);
	free(afters);
	spots_free(&s);
	out = buf_steal(&b, outlen);
	if (!same_values(text, len, out, *outlen)) {
		free(out);
		return all_at_end(c, text, len, outlen);
	}
	return out;
}
