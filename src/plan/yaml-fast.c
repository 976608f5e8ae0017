/* yaml-fast.c: a reader for the YAML evalwiz writes itself, giving the items
 * of yaml_stream_next (yaml.h) about ten times faster than libyaml.
 *
 * Why: opening the benchmark's 10,000-outcome plan spent 700 M instructions
 * in libyaml, whose scanner is general (a token queue, simple-key
 * bookkeeping, every character decoded and copied).  A plan is nearly always
 * text that yaml_emit wrote (block style, indent 2, no width limit), with the
 * comments that comments.c puts back, and reading that needs none of it.
 *
 * The subset it reads:
 *   - block mappings and block sequences at any indent, including a
 *     sequence at its key's indent ("key:\n- item") and "- key: value";
 *   - keys that are plain or quoted scalars on one line, followed by ':';
 *   - plain scalars on one line, single- and double-quoted scalars on one
 *     line (all of YAML's escapes), literal blocks ('|' with indentation
 *     and chomping indicators, read by libyaml's own rules);
 *   - flow collections of scalars on one line ([a, 'b', 1], {id: x, n: 1},
 *     [] and {}: the example plans have them), a blank value after a key;
 *   - comments on their own lines and after values, blank lines.
 * On anything else it gives up and the caller reads the text with libyaml,
 * unchanged: tabs outside quoted or literal text, anchors, aliases, tags,
 * directives, document markers (but a last "..."), flow collections over
 * more than one line or holding collections or escaped scalars, folded
 * blocks, plain or quoted scalars over more than one line, '?' keys, a
 * space before a key's ':', keys over 1,000 bytes, indents that do not
 * match, a byte order mark, carriage returns and the other line breaks of
 * YAML 1.1 (NEL, LS, PS), any character libyaml refuses (invalid UTF-8,
 * control characters, U+FFFE, U+FFFF), an empty list item, the caps of
 * yaml.h.  Giving up is always safe: every message (file:line:col) stays
 * libyaml's.  What it gives for a text it reads to the end is what libyaml's
 * stream gives, item by item and position by position (columns count
 * characters, as libyaml's do): tests/unit/test-yaml.c and the plan fuzzer
 * check it with yaml_fast_compare.
 */
#include "config.h"

#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { ST_START, ST_KEY, ST_ENTRY, ST_VALUE, ST_ITEM, ST_PENDING, ST_QUEUE, ST_ROOT_END, ST_DONE, ST_FAILED };

/* An open block collection: the column (from 0) of its keys or dashes. */
struct fframe {
	int indent;
	int seq;
	int indentless;		/* a sequence at its key's indent */
};

struct yaml_fast {
	const char *text, *p, *end;
	const char *ls;		/* the start of the line p is on */
	unsigned line;		/* p's line, from 1 */
	int state, after_pending;
	struct fframe st[YAML_MAX_DEPTH + 1];
	int depth;
	int pos_depth;		/* columns wanted down to this depth */
	const char *col_ls, *col_q;	/* the last column counted: line, place, column */
	unsigned col_c;
	size_t nodes;
	unsigned cline, ccol;	/* just after the last key's ':', where libyaml puts a blank value */
	struct yaml_item pending;
	struct yaml_item *queue;	/* a flow collection's items, given one by one */
	size_t qn, qi, qcap;
	struct buf sb;		/* a scalar's text when it is not a slice of the input */
};

/* 1 when every character is one libyaml reads as itself: valid UTF-8, no
 * control character but tab and line feed, no byte order mark, no line
 * break but line feed, nothing libyaml calls unprintable. */
static int
text_ok(const unsigned char *s, size_t len)
{
	size_t i = 0;

	while (i < len) {
		unsigned c, cp;
		uint64_t w;

		/* eight printable ASCII bytes at a time: none has its top bit, none
		 * is below 0x20 (x - 0x20 borrows), none is 0x7f (x + 1 carries) */
		while (i + 8 <= len) {
			memcpy(&w, s + i, 8);
			if (((w | (w - 0x2020202020202020u) | (w + 0x0101010101010101u)) & 0x8080808080808080u) != 0)
				break;
			i += 8;
		}
		if (i >= len)
			break;
		c = s[i];
		if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\t') {
			i++;
			continue;
		}
		if (c < 0xc2 || c > 0xf4)
			return 0;
		if (c < 0xe0) {
			if (i + 1 >= len || (s[i + 1] & 0xc0) != 0x80)
				return 0;
			cp = ((c & 0x1fu) << 6) | (s[i + 1] & 0x3fu);
			if (cp < 0xa0)	/* C1 controls, NEL among them */
				return 0;
			i += 2;
		} else if (c < 0xf0) {
			if (i + 2 >= len || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80)
				return 0;
			cp = ((c & 0x0fu) << 12) | ((s[i + 1] & 0x3fu) << 6) | (s[i + 2] & 0x3fu);
			if (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000) || cp == 0x2028 || cp == 0x2029 ||
			    cp == 0xfeff || cp >= 0xfffe)
				return 0;
			i += 3;
		} else {
			if (i + 3 >= len || (s[i + 1] & 0xc0) != 0x80 || (s[i + 2] & 0xc0) != 0x80 ||
			    (s[i + 3] & 0xc0) != 0x80)
				return 0;
			cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3fu) << 12) | ((s[i + 2] & 0x3fu) << 6) |
			    (s[i + 3] & 0x3fu);
			if (cp < 0x10000 || cp > 0x10ffff)
				return 0;
			i += 4;
		}
	}
	return 1;
}

struct yaml_fast *
yaml_fast_new(const char *text, size_t len, int pos_depth)
{
	struct yaml_fast *yf = xcalloc(1, sizeof *yf);

	yf->pos_depth = pos_depth;
	yf->text = yf->p = yf->ls = text;
	yf->end = text + len;
	yf->line = 1;
	buf_init(&yf->sb);
	yf->state = text_ok((const unsigned char *)text, len) ? ST_START : ST_FAILED;
	return yf;
}

void
yaml_fast_free(struct yaml_fast *yf)
{
	if (yf == NULL)
		return;
	buf_free(&yf->sb);
	free(yf->queue);
	free(yf);
}

/* The column (from 1, in characters) of q on the current line, for an item
 * inside level collections; 0 deeper than the caller wants positions. */
static unsigned
col_at(struct yaml_fast *yf, const char *q, int level)
{
	unsigned c = 1;
	const char *s = yf->ls;

	if (level > yf->pos_depth)
		return 0;
	/* on from the last column counted on this line: a flow collection of
	 * many items on one line is not counted again for each */
	if (yf->col_ls == yf->ls && yf->col_q <= q)
		s = yf->col_q, c = yf->col_c;
	for (; s < q; s++)
		c += ((unsigned char)*s & 0xc0) != 0x80;
	yf->col_ls = yf->ls;
	yf->col_q = q;
	yf->col_c = c;
	return c;
}

static int
blankz(const struct yaml_fast *yf, const char *q)
{
	return q >= yf->end || *q == ' ' || *q == '\n' || *q == '\t';
}

/* A sequence entry's dash at q. */
static int
is_entry(const struct yaml_fast *yf, const char *q)
{
	return q < yf->end && *q == '-' && blankz(yf, q + 1);
}

/* From the start of a line, passes blank lines and lines holding only a
 * comment.  Returns the indent of the next line with content (p at its
 * start), -1 at the end of the text, -2 for a tab in the indent. */
static int
next_line(struct yaml_fast *yf)
{
	const char *r = yf->p, *end = yf->end;

	for (;;) {
		const char *q = r;

		while (q < end && *q == ' ')
			q++;
		if (q >= end) {
			yf->p = yf->ls = end;
			return -1;
		}
		if (*q == '#') {
			q = memchr(q, '\n', (size_t)(end - q));
			if (q == NULL) {
				yf->p = yf->ls = end;
				return -1;
			}
		}
		if (*q == '\n') {
			r = q + 1;
			yf->line++;
			continue;
		}
		if (*q == '\t')
			return -2;
		yf->p = yf->ls = r;
		return (int)(q - r);
	}
}

/* The state that reads the next line of the innermost collection. */
static int
line_state(const struct yaml_fast *yf)
{
	if (yf->depth == 0)
		return ST_ROOT_END;
	return yf->st[yf->depth - 1].seq ? ST_ENTRY : ST_KEY;
}

/* After a value that ends at r: blanks and a comment to the end of the
 * line, p to the next line's start.  -1 for anything else on the line. */
static int
finish_line(struct yaml_fast *yf, const char *r)
{
	const char *q = r;

	while (q < yf->end && *q == ' ')
		q++;
	if (q < yf->end && *q == '#' && q > r)
		q = memchr(q, '\n', (size_t)(yf->end - q));
	if (q == NULL || q >= yf->end) {
		yf->p = yf->ls = yf->end;
	} else if (*q == '\n') {
		yf->p = yf->ls = q + 1;
		yf->line++;
	} else
		return -1;
	yf->state = line_state(yf);
	return 0;
}

/* A plain scalar may start at q (libyaml's test, out of flow context). */
static int
plain_start(const struct yaml_fast *yf, const char *q)
{
	if (q >= yf->end)
		return 0;
	switch (*q) {
	case '-':
	case '?':
	case ':':
		return !blankz(yf, q + 1);
	case ',': case '[': case ']': case '{': case '}': case '#': case '&': case '*': case '!':
	case '|': case '>': case '\'': case '"': case '%': case '@': case '`':
	case ' ': case '\t': case '\n':
		return 0;
	default:
		return 1;
	}
}

/* A plain scalar on one line from q: returns the end of its text (trailing
 * blanks cut) and sets *stop where it stopped (a ':' that ends a key, the
 * '#' of a comment, the line's end); NULL for a tab. */
static const char *
plain_end(const struct yaml_fast *yf, const char *q, const char **stop)
{
	const char *start = q, *end = yf->end;

	for (;;) {
		/* the bytes that need a look: \t \n # : (and the end) */
		while (q < end && *q != '\n' && *q != ':' && *q != '#' && *q != '\t')
			q++;
		if (q >= end || *q == '\n')
			break;
		if (*q == '\t')
			return NULL;
		if (*q == ':' && (q + 1 == end || q[1] == ' ' || q[1] == '\n'))
			break;
		if (*q == '#' && q[-1] == ' ')
			break;
		q++;
	}
	*stop = q;
	while (q > start && q[-1] == ' ')
		q--;
	return q;
}

static void
sb_start(struct yaml_fast *yf)
{
	yf->sb.len = 0;
	if (yf->sb.data != NULL)
		yf->sb.data[0] = '\0';
}

static void
put_utf8(struct buf *b, unsigned cp)
{
	if (cp < 0x80)
		buf_addc(b, (char)cp);
	else if (cp < 0x800) {
		buf_addc(b, (char)(0xc0 | (cp >> 6)));
		buf_addc(b, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		buf_addc(b, (char)(0xe0 | (cp >> 12)));
		buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
		buf_addc(b, (char)(0x80 | (cp & 0x3f)));
	} else {
		buf_addc(b, (char)(0xf0 | (cp >> 18)));
		buf_addc(b, (char)(0x80 | ((cp >> 12) & 0x3f)));
		buf_addc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
		buf_addc(b, (char)(0x80 | (cp & 0x3f)));
	}
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* A quoted scalar that starts at q (its quote) and ends on the same line:
 * its text in *s and *len (a slice of the input, or yf->sb when it has
 * escapes); returns the byte after the closing quote, or NULL. */
static const char *
quoted(struct yaml_fast *yf, const char *q, const char **s, size_t *len)
{
	const char *a = q + 1, *r = a, *end = yf->end;
	char quote = *q;
	int copied = 0;

	for (;;) {
		if (r >= end || *r == '\n')
			return NULL;
		if (*r == quote && !(quote == '\'' && r + 1 < end && r[1] == '\''))
			break;
		if (*r != (quote == '\'' ? '\'' : '\\')) {	/* '' in single quotes, \ in double */
			r++;
			continue;
		}
		if (!copied) {
			sb_start(yf);
			copied = 1;
		}
		buf_add(&yf->sb, a, (size_t)(r - a));
		if (r + 1 >= end)
			return NULL;
		if (quote == '\'') {	/* '' */
			buf_addc(&yf->sb, '\'');
			r += 2;
		} else {
			unsigned cp = 0;
			int k, digits = 0;

			switch (r[1]) {
			case '0': buf_addc(&yf->sb, '\0'); break;
			case 'a': buf_addc(&yf->sb, '\a'); break;
			case 'b': buf_addc(&yf->sb, '\b'); break;
			case 't': case '\t': buf_addc(&yf->sb, '\t'); break;
			case 'n': buf_addc(&yf->sb, '\n'); break;
			case 'v': buf_addc(&yf->sb, '\v'); break;
			case 'f': buf_addc(&yf->sb, '\f'); break;
			case 'r': buf_addc(&yf->sb, '\r'); break;
			case 'e': buf_addc(&yf->sb, '\x1b'); break;
			case ' ': case '"': case '/': case '\\': buf_addc(&yf->sb, r[1]); break;
			case 'N': put_utf8(&yf->sb, 0x85); break;
			case '_': put_utf8(&yf->sb, 0xa0); break;
			case 'L': put_utf8(&yf->sb, 0x2028); break;
			case 'P': put_utf8(&yf->sb, 0x2029); break;
			case 'x': digits = 2; break;
			case 'u': digits = 4; break;
			case 'U': digits = 8; break;
			default:
				return NULL;
			}
			if (digits > 0) {
				if (end - (r + 2) < digits)
					return NULL;
				for (k = 0; k < digits; k++) {
					int h = hexval(r[2 + k]);

					if (h < 0)
						return NULL;
					cp = (cp << 4) | (unsigned)h;
				}
				if ((cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff)
					return NULL;
				put_utf8(&yf->sb, cp);
			}
			r += 2 + digits;
		}
		a = r;
	}
	if (copied) {
		buf_add(&yf->sb, a, (size_t)(r - a));
		*s = yf->sb.data;
		*len = yf->sb.len;
	} else {
		*s = a;
		*len = (size_t)(r - a);
	}
	return r + 1;
}

static void
set_scalar(struct yaml_item *it, const char *s, size_t len, int plain, unsigned line, unsigned col)
{
	memset(it, 0, sizeof *it);
	it->kind = YAML_ITEM_SCALAR;
	/* past five bytes, a plain scalar that starts with a letter is text
	 * (the words null, true, false are shorter; numbers start otherwise) */
	if (!plain || (len > 5 && ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z'))))
		it->type = VAL_STR;
	else
		it->type = yaml_plain_value(s, len, &it->b, &it->i, &it->n);
	it->s = s;
	it->len = len;
	it->line = line;
	it->col = col;
}

/* One more node; 0 past the cap. */
static int
count(struct yaml_fast *yf)
{
	return ++yf->nodes <= YAML_MAX_NODES;
}

/* Opens a block collection whose first key or dash is at q (column indent)
 * and gives its item.  -1 past the caps. */
static int
open_block(struct yaml_fast *yf, struct yaml_item *it, int seq, int indentless, const char *q, int state)
{
	struct fframe *f;

	if (yf->depth >= YAML_MAX_DEPTH || !count(yf))
		return -1;
	f = &yf->st[yf->depth++];
	f->indent = (int)(q - yf->ls);
	f->seq = seq;
	f->indentless = indentless;
	memset(it, 0, sizeof *it);
	it->kind = seq ? YAML_ITEM_SEQ : YAML_ITEM_MAP;
	it->line = yf->line;
	it->col = col_at(yf, q, yf->depth - 1);
	yf->state = state;
	return 0;
}

/* A literal block scalar whose '|' is at q, read by libyaml's rules
 * (yaml_parser_scan_block_scalar): -1 to give up. */
static int
literal(struct yaml_fast *yf, struct yaml_item *it, const char *q)
{
	const char *r = q + 1, *end = yf->end;
	unsigned line = yf->line, col = col_at(yf, q, yf->depth);
	int chomp = 0, inc = 0, indent = 0, max_indent = 0, pind = yf->st[yf->depth - 1].indent;
	size_t trailing = 0, leading = 0;

	if (r < end && (*r == '+' || *r == '-')) {
		chomp = *r++ == '+' ? 1 : -1;
		if (r < end && *r >= '1' && *r <= '9')
			inc = *r++ - '0';
	} else if (r < end && *r >= '1' && *r <= '9') {
		inc = *r++ - '0';
		if (r < end && (*r == '+' || *r == '-'))
			chomp = *r++ == '+' ? 1 : -1;
	}
	if (r < end && *r != ' ' && *r != '\n')
		return -1;
	while (r < end && *r == ' ')
		r++;
	if (r < end && *r == '#' && r[-1] == ' ')
		r = memchr(r, '\n', (size_t)(end - r));
	if (r == NULL)
		r = end;
	if (r < end && *r != '\n')
		return -1;
	if (r < end) {
		r++;
		yf->line++;
	}
	yf->ls = r;
	if (inc)
		indent = pind + inc;
	sb_start(yf);
	/* the leading blank lines (yaml_parser_scan_block_scalar_breaks) */
	for (;;) {
		int c = 0;

		while ((!indent || c < indent) && r < end && *r == ' ')
			r++, c++;
		if (c > max_indent)
			max_indent = c;
		if ((!indent || c < indent) && r < end && *r == '\t')
			return -1;
		if (r >= end || *r != '\n') {
			if (!indent) {
				indent = max_indent;
				if (indent < pind + 1)
					indent = pind + 1;
				if (indent < 1)
					indent = 1;
			}
			/* the lines of text, each followed by its blank lines */
			if (c != indent || r >= end)
				break;
			while (leading + trailing > 0) {
				buf_addc(&yf->sb, '\n');
				if (leading > 0)
					leading--;
				else
					trailing--;
			}
			{
				const char *e = memchr(r, '\n', (size_t)(end - r));

				if (e == NULL)
					e = end;
				buf_add(&yf->sb, r, (size_t)(e - r));
				r = e;
			}
			leading = 0;
			if (r < end) {
				leading = 1;
				r++;
				yf->line++;
			}
			yf->ls = r;
			continue;
		}
		trailing++;
		r++;
		yf->line++;
		yf->ls = r;
	}
	if (chomp != -1)
		while (leading-- > 0)
			buf_addc(&yf->sb, '\n');
	if (chomp == 1)
		while (trailing-- > 0)
			buf_addc(&yf->sb, '\n');
	if (!count(yf))
		return -1;
	memset(it, 0, sizeof *it);
	it->kind = YAML_ITEM_SCALAR;
	it->type = VAL_STR;
	it->s = yf->sb.data != NULL ? yf->sb.data : "";
	it->len = yf->sb.len;
	it->line = line;
	it->col = col;
	yf->p = yf->ls;
	yf->state = line_state(yf);
	return 0;
}

/* The value of a key or list item whose line ends after it (blanks, a
 * comment): a collection on the lines below or, for a key, a blank value. */
static int
below(struct yaml_fast *yf, struct yaml_item *it, int item)
{
	int indent = yf->st[yf->depth - 1].indent, n;
	const char *c;

	if (finish_line(yf, yf->p) == -1)
		return -1;
	n = next_line(yf);
	if (n == -2)
		return -1;
	c = yf->p + n;
	if (n > indent)
		return open_block(yf, it, is_entry(yf, c), 0, c, is_entry(yf, c) ? ST_ENTRY : ST_KEY);
	if (n == indent && !item && is_entry(yf, c))
		return open_block(yf, it, 1, 1, c, ST_ENTRY);
	if (item || !count(yf))
		return -1;	/* an empty list item: libyaml's stream gives it, the tree refuses it */
	memset(it, 0, sizeof *it);
	it->kind = YAML_ITEM_SCALAR;
	it->type = VAL_NIL;
	it->s = "";
	it->line = yf->cline;
	it->col = yf->ccol;
	yf->state = line_state(yf);
	return 0;
}

static struct yaml_item *
queue_add(struct yaml_fast *yf, int kind, unsigned line, unsigned col)
{
	struct yaml_item *it;

	if (yf->qn == yf->qcap) {
		yf->qcap = yf->qcap ? 2 * yf->qcap : 16;
		yf->queue = xrealloc(yf->queue, yf->qcap * sizeof *yf->queue);
	}
	it = &yf->queue[yf->qn++];
	memset(it, 0, sizeof *it);
	it->kind = kind;
	it->line = line;
	it->col = col;
	return it;
}

/* A scalar inside a flow collection at q: quoted without escapes, or plain
 * by the flow context's rules (ended by , [ ] { } and ": "); queued.  Returns
 * the byte after it, or NULL. */
static const char *
flow_scalar(struct yaml_fast *yf, const char *q)
{
	const char *r, *last, *end = yf->end;
	struct yaml_item *it;
	int plain = 0;

	if (q >= end || !count(yf))
		return NULL;
	if (*q == '\'' || *q == '"') {
		for (r = q + 1; r < end && *r != *q && *r != '\n' && *r != '\\'; r++)
			;
		if (r >= end || *r != *q || (*q == '\'' && r + 1 < end && r[1] == '\''))
			return NULL;	/* escapes, a '' or another line: libyaml's */
		last = r++;
		q++;
	} else {
		if (!plain_start(yf, q) || *q == '?' || *q == ':')
			return NULL;
		last = q;
		for (r = q; r < end; r++) {
			char c = *r;

			if (c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '\n')
				break;
			if (c == ':' && r + 1 < end) {
				if (r[1] == ' ' || r[1] == '\n')
					break;
				if (strchr(",?[]{}", r[1]) != NULL)
					return NULL;
			}
			if (c == '\t' || c == '#')
				return NULL;
			if (c != ' ')
				last = r + 1;
		}
		plain = 1;
		r = last;
	}
	it = queue_add(yf, YAML_ITEM_SCALAR, yf->line, col_at(yf, q - !plain, yf->depth + 1));
	set_scalar(it, q, (size_t)(last - q), plain, it->line, it->col);
	return r;
}

/* A flow collection on one line at q holding only scalars:
 * "[a, 'b', 1]", "{id: x, version: 1}", "[]", "{}".  Its items are queued. */
static int
flow(struct yaml_fast *yf, struct yaml_item *it, const char *q)
{
	const char *r = q + 1, *end = yf->end;
	int map = *q == '{';
	char close = map ? '}' : ']';

	if (yf->depth >= YAML_MAX_DEPTH || !count(yf))
		return -1;
	yf->qn = yf->qi = 0;
	memset(it, 0, sizeof *it);
	it->kind = map ? YAML_ITEM_MAP : YAML_ITEM_SEQ;
	it->line = yf->line;
	it->col = col_at(yf, q, yf->depth);
	while (r < end && *r == ' ')
		r++;
	if (r < end && *r != close) {
		for (;;) {
			if ((r = flow_scalar(yf, r)) == NULL)
				return -1;
			if (map) {
				if (r + 1 >= end || *r != ':' || r[1] != ' ')
					return -1;
				r += 2;
				while (r < end && *r == ' ')
					r++;
				if ((r = flow_scalar(yf, r)) == NULL)
					return -1;
			}
			while (r < end && *r == ' ')
				r++;
			if (r < end && *r == ',') {
				r++;
				while (r < end && *r == ' ')
					r++;
				if (r < end && *r == close)
					return -1;
				continue;
			}
			break;
		}
	}
	if (r >= end || *r != close)
		return -1;
	queue_add(yf, YAML_ITEM_END, yf->line, 0);
	if (finish_line(yf, r + 1) == -1)
		return -1;
	yf->after_pending = yf->state;
	yf->state = ST_QUEUE;
	return 0;
}

/* A value that starts at q on the line of its key or dash. */
static int
inline_node(struct yaml_fast *yf, struct yaml_item *it, const char *q, int item)
{
	const char *s, *r, *stop = NULL, *end = yf->end;
	size_t len;
	int plain = 0;

	switch (*q) {
	case '|':
		return literal(yf, it, q);
	case '[':
	case '{':
		return flow(yf, it, q);
	case '\'':
	case '"':
		r = quoted(yf, q, &s, &len);
		if (r == NULL)
			return -1;
		break;
	default:
		if (!plain_start(yf, q) || (r = plain_end(yf, q, &stop)) == NULL)
			return -1;
		s = q;
		len = (size_t)(r - q);
		plain = 1;
		r = stop;
		break;
	}
	if (r < end && *r == ':' && blankz(yf, r + 1)) {
		/* "- key: value": a mapping in the list item */
		unsigned line = yf->line, col;

		if (!item || r - q > 1000 || (plain && s + len != r) || !count(yf))
			return -1;
		col = col_at(yf, q, yf->depth + 1);
		if (open_block(yf, it, 0, 0, q, ST_PENDING) == -1)
			return -1;
		set_scalar(&yf->pending, s, len, plain, line, col);
		yf->cline = line;
		yf->ccol = col_at(yf, r + 1, yf->depth);
		yf->p = r + 1;
		yf->after_pending = ST_VALUE;
		return 0;
	}
	if (!count(yf))
		return -1;
	set_scalar(it, s, len, plain, yf->line, col_at(yf, q, yf->depth));
	return finish_line(yf, plain ? s + len : r);
}

/* A key at q, at the start of its line's text. */
static int
key(struct yaml_fast *yf, struct yaml_item *it, const char *q)
{
	const char *s, *r, *stop, *end = yf->end;
	size_t len;
	int plain = 0;

	if (*q == '\'' || *q == '"') {
		r = quoted(yf, q, &s, &len);
		if (r == NULL)
			return -1;
	} else {
		if (!plain_start(yf, q) || (r = plain_end(yf, q, &stop)) == NULL || r != stop)
			return -1;
		s = q;
		len = (size_t)(r - q);
		plain = 1;
	}
	if (r >= end || *r != ':' || !blankz(yf, r + 1) || r - q > 1000 || !count(yf))
		return -1;
	set_scalar(it, s, len, plain, yf->line, col_at(yf, q, yf->depth));
	yf->cline = yf->line;
	yf->ccol = col_at(yf, r + 1, yf->depth);
	yf->p = r + 1;
	yf->state = ST_VALUE;
	return 0;
}

/* A document end marker ("...") at q, at the start of a line, with nothing
 * but blank lines and comments after it (yaml_emit writes one after a
 * literal block kept with its trailing newlines, |+): p goes to the end. */
static int
doc_end(struct yaml_fast *yf, const char *q)
{
	const char *r = q + 3;

	if (q + 3 > yf->end || memcmp(q, "...", 3) != 0 || !blankz(yf, r))
		return 0;
	while (r < yf->end && *r == ' ')
		r++;
	if (r < yf->end && *r == '#' && r[-1] == ' ')
		r = memchr(r, '\n', (size_t)(yf->end - r));
	if (r == NULL || r >= yf->end) {
		yf->p = yf->ls = yf->end;
		return 1;
	}
	if (*r != '\n')
		return 0;
	{
		const char *p = yf->p, *ls = yf->ls;
		unsigned line = yf->line;

		yf->p = yf->ls = r + 1;
		yf->line++;
		if (next_line(yf) == -1)
			return 1;
		yf->p = p;	/* a second document: libyaml's to refuse */
		yf->ls = ls;
		yf->line = line;
		return 0;
	}
}

static int
step(struct yaml_fast *yf, struct yaml_item *it)
{
	struct fframe *f;
	const char *q;
	int n;

	for (;;) {
		switch (yf->state) {
		case ST_START:
			n = next_line(yf);
			q = yf->p;
			if (n != 0 || (q + 3 <= yf->end && (memcmp(q, "---", 3) == 0 || memcmp(q, "...", 3) == 0)) ||
			    *q == '%' || is_entry(yf, q))
				return -1;
			return open_block(yf, it, 0, 0, q, ST_KEY);
		case ST_KEY:
		case ST_ENTRY:
			f = &yf->st[yf->depth - 1];
			n = next_line(yf);
			if (n == -2 || n > f->indent)
				return -1;
			q = yf->p + (n > 0 ? n : 0);
			if (n == 0 && doc_end(yf, q))
				n = -1;
			if (n < f->indent || (yf->state == ST_ENTRY && f->indentless && !is_entry(yf, q))) {
				yf->depth--;
				memset(it, 0, sizeof *it);
				it->kind = YAML_ITEM_END;
				it->line = yf->line;
				it->col = (unsigned)n + 1;
				yf->state = line_state(yf);
				return 0;
			}
			if (n == 0 && (*q == '%' || (q + 3 <= yf->end && (memcmp(q, "---", 3) == 0 ||
			    memcmp(q, "...", 3) == 0))))
				return -1;
			if (yf->state == ST_KEY)
				return is_entry(yf, q) ? -1 : key(yf, it, q);
			if (!is_entry(yf, q))
				return -1;
			yf->p = q + 1;
			yf->state = ST_ITEM;
			continue;
		case ST_VALUE:
		case ST_ITEM:
			q = yf->p;
			while (q < yf->end && *q == ' ')
				q++;
			if (q < yf->end && *q == '\t')
				return -1;
			if (q >= yf->end || *q == '\n' || *q == '#')
				return below(yf, it, yf->state == ST_ITEM);
			if (yf->state == ST_ITEM && is_entry(yf, q)) {
				/* "- - item": a list in the list item */
				if (open_block(yf, it, 1, 0, q, ST_ITEM) == -1)
					return -1;
				yf->p = q + 1;
				return 0;
			}
			return inline_node(yf, it, q, yf->state == ST_ITEM);
		case ST_PENDING:
			*it = yf->pending;
			yf->state = yf->after_pending;
			return 0;
		case ST_QUEUE:
			*it = yf->queue[yf->qi++];
			if (yf->qi == yf->qn)
				yf->state = yf->after_pending;
			return 0;
		case ST_ROOT_END:
			if (next_line(yf) != -1)
				return -1;
			memset(it, 0, sizeof *it);
			it->kind = YAML_ITEM_DONE;
			yf->state = ST_DONE;
			return 0;
		default:
			return -1;
		}
	}
}

int
yaml_fast_next(struct yaml_fast *yf, struct yaml_item *it)
{
	if (yf->state == ST_DONE)
		return 0;
	if (yf->state == ST_FAILED || step(yf, it) == -1) {
		yf->state = ST_FAILED;
		return -1;
	}
	return 1;
}

/* ---- checking it against libyaml ---------------------------------------- */

static int
same_item(const struct yaml_item *a, const struct yaml_item *b)
{
	if (a->kind != b->kind)
		return 0;
	if (a->kind == YAML_ITEM_END || a->kind == YAML_ITEM_DONE)
		return 1;
	if (a->line != b->line || a->col != b->col)
		return 0;
	if (a->kind != YAML_ITEM_SCALAR)
		return 1;
	if (a->type != b->type)
		return 0;
	switch (a->type) {
	case VAL_BOOL:
		return a->b == b->b;
	case VAL_INT:
		return a->i == b->i;
	case VAL_NUM:
		return (isnan(a->n) && isnan(b->n)) || a->n == b->n;
	case VAL_STR:
		return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
	default:
		return 1;
	}
}

int
yaml_fast_compare(const char *text, size_t len, char **what)
{
	struct yaml_fast *yf = yaml_fast_new(text, len, INT_MAX);
	struct yaml_stream *ys = yaml_stream_new(text, len);
	struct yaml_item a, b;
	size_t k;
	int r = 1, ra, rb;

	*what = NULL;
	/* the fast reader alone first: only a text it takes is compared */
	while ((ra = yaml_fast_next(yf, &a)) == 1 && a.kind != YAML_ITEM_DONE)
		;
	yaml_fast_free(yf);
	if (ra != 1) {
		yaml_stream_free(ys);
		return 0;
	}
	yf = yaml_fast_new(text, len, INT_MAX);
	for (k = 1;; k++) {
		ra = yaml_fast_next(yf, &a);
		rb = yaml_stream_next(ys, &b);
		if (rb != 1) {
			*what = xasprintf("item %zu: libyaml refuses the text the fast reader takes", k);
			r = -1;
			break;
		}
		if (ra != 1 || !same_item(&a, &b)) {
			*what = xasprintf("item %zu: the fast reader gives kind %d type %d at %u:%u \"%.*s\", "
			    "libyaml kind %d type %d at %u:%u \"%.*s\"", k,
			    a.kind, a.type, a.line, a.col, a.type == VAL_STR ? (int)a.len : 0, a.s != NULL ? a.s : "",
			    b.kind, b.type, b.line, b.col, b.type == VAL_STR ? (int)b.len : 0, b.s != NULL ? b.s : "");
			r = -1;
			break;
		}
		if (a.kind == YAML_ITEM_DONE)
			break;
	}
	yaml_fast_free(yf);
	yaml_stream_free(ys);
	return r;
}
