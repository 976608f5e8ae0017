/* extract.c: a returned .docx or .odt read for its review: the zip opened
 * with libzip, its XML parts walked once each with expat, comments and
 * tracked changes gathered with the answer anchor they sit in.  Which
 * question an anchor names, and what a change proposes, is the model's
 * business (lua/evalwiz/review.lua); this file only reports. */
#include "config.h"

#include "review/extract.h"
#include "util.h"
#include "value.h"
#include "review/expat-dl.h"
#include "zip-dl.h"

#include <expat.h>
#include <zip.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A part larger than this (uncompressed) is refused: a plan's document is
 * well under a megabyte, and a zip bomb should cost nothing. */
#define PART_MAX	(64u << 20)
#define OPEN_MAX	64	/* anchors, comment ranges open at once */

/* The namespaces we read, by URI (expat gives "URI\1local"). */
enum ns { NS_OTHER, NS_W, NS_W14, NS_W15, NS_VT, NS_CP, NS_TEXT, NS_OFFICE, NS_DC, NS_META, NS_LOEXT };

static const struct {
	const char *uri;
	enum ns ns;
} ns_table[] = {
	{ "http://schemas.openxmlformats.org/wordprocessingml/2006/main", NS_W },
	{ "http://purl.oclc.org/ooxml/wordprocessingml/main", NS_W },
	{ "http://schemas.microsoft.com/office/word/2010/wordml", NS_W14 },
	{ "http://schemas.microsoft.com/office/word/2012/wordml", NS_W15 },
	{ "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes", NS_VT },
	{ "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties", NS_CP },
	{ "urn:oasis:names:tc:opendocument:xmlns:text:1.0", NS_TEXT },
	{ "urn:oasis:names:tc:opendocument:xmlns:office:1.0", NS_OFFICE },
	{ "http://purl.org/dc/elements/1.1/", NS_DC },
	{ "urn:oasis:names:tc:opendocument:xmlns:meta:1.0", NS_META },
	{ "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0", NS_LOEXT },
};

#define NS_SEP '\x01'

/* The namespace of an expanded name, and its local part in *local. */
static enum ns
ns_of(const char *name, const char **local)
{
	const char *sep = strchr(name, NS_SEP);
	size_t i, n;

	if (sep == NULL) {
		*local = name;
		return NS_OTHER;
	}
	*local = sep + 1;
	n = (size_t)(sep - name);
	for (i = 0; i < sizeof ns_table / sizeof ns_table[0]; i++)
		if (strlen(ns_table[i].uri) == n && memcmp(ns_table[i].uri, name, n) == 0)
			return ns_table[i].ns;
	return NS_OTHER;
}

static int
is(const char *name, enum ns ns, const char *local)
{
	const char *l;

	return ns_of(name, &l) == ns && strcmp(l, local) == 0;
}

static const char *
attr(const char **atts, enum ns ns, const char *local)
{
	size_t i;

	for (i = 0; atts[i] != NULL; i += 2)
		if (is(atts[i], ns, local))
			return atts[i + 1];
	return NULL;
}

/* An answer anchor open in the body. */
struct anchor {
	char *id;		/* the bookmark's w:id (docx) or name (odt) */
	char *name;		/* ew_..., or NULL for another bookmark */
	struct buf old, nw;
	struct value *edits;
};

/* A comment's range open in the body: its quote grows. */
struct quote {
	struct value *comment;
	char *key;
	struct buf text;
};

/* An ODT tracked change, from text:tracked-changes. */
struct odt_change {
	char *id;
	int insert;		/* else a deletion (or a format change: ignored) */
	int del;
	char *author, *date;
	struct buf deleted;
};

struct part;

struct x {
	XML_Parser p;
	const struct part *pt;
	const char *part;
	char *error;
	struct value *out, *comments, *changes, *meta;
	long nanchors;

	/* character data goes to capture when it is set */
	struct buf *capture;
	struct buf cap;
	int capturing;		/* depth of the element capturing */
	int depth;

	/* the body */
	struct anchor open[OPEN_MAX];
	size_t nopen;
	struct quote quotes[OPEN_MAX];
	size_t nquotes;
	struct buf p_old, p_new;	/* the paragraph outside any anchor */
	struct value *p_edits;
	int in_text, in_deltext;	/* docx: inside w:t, w:delText */
	int in_ins, in_del;
	char *ch_author, *ch_date;
	struct buf ch_text;

	/* comments.xml (docx) or an annotation (odt) */
	struct value *comment;
	struct buf ctext;
	char *last_para;	/* w14:paraId of the comment's last paragraph */
	int in_comment_text;	/* odt: depth inside the annotation's text:p */
	int in_annotation;
	int in_creator, in_date;

	/* odt */
	struct odt_change *tc;
	size_t ntc;
	struct odt_change *cur_tc;
	int in_tracked;
	int odt_p;		/* depth of text:p / text:h */

	/* metadata */
	char *meta_name;

	/* docx: comment paraIds, in the order of comments */
	char **paraids;
	size_t nparaids;
};

/* Stops the parse: what is open at once is more than a document holds. */
static void
x_error(struct x *x, const char *what)
{
	if (x->error != NULL)
		return;
	x->error = xasprintf("%s: too many %s open at once", x->part, what);
	XML_StopParser(x->p, XML_FALSE);
}

/* ---- text in the body ------------------------------------------------- */

static void
body_text(struct x *x, const char *s, size_t len, int deleted)
{
	size_t i;
	int inserted = x->in_ins && !deleted;

	for (i = 0; i < x->nopen; i++) {
		if (x->open[i].name == NULL)
			continue;
		if (!inserted)
			buf_add(&x->open[i].old, s, len);
		if (!deleted)
			buf_add(&x->open[i].nw, s, len);
	}
	if (!inserted)
		buf_add(&x->p_old, s, len);
	if (!deleted)
		buf_add(&x->p_new, s, len);
	if (inserted || deleted || x->in_del)
		buf_add(&x->ch_text, s, len);
	if (!deleted)
		for (i = 0; i < x->nquotes; i++)
			buf_add(&x->quotes[i].text, s, len);
}

/* The innermost answer anchor open, or NULL. */
static struct anchor *
inner_anchor(struct x *x)
{
	size_t i;

	for (i = x->nopen; i > 0; i--)
		if (x->open[i - 1].name != NULL)
			return &x->open[i - 1];
	return NULL;
}

/* A buffer's text as a value (an empty buffer may have no data yet). */
static struct value *
bufv(const struct buf *b)
{
	return value_str(b->data != NULL ? b->data : "", b->len);
}

/* Empties a buffer, keeping its memory. */
static void
buf_clear(struct buf *b)
{
	b->len = 0;
	if (b->data != NULL)
		b->data[0] = '\0';
}

static struct value *
strv(const char *s)
{
	return value_strz(s != NULL ? s : "");
}

static void
change_start(struct x *x, int del, const char *author, const char *date)
{
	x->in_ins = !del;
	x->in_del = del;
	free(x->ch_author);
	free(x->ch_date);
	x->ch_author = xstrdup(author != NULL ? author : "");
	x->ch_date = xstrdup(date != NULL ? date : "");
	buf_clear(&x->ch_text);
}

static void
change_end(struct x *x)
{
	struct anchor *a;
	struct value *e;

	if (!x->in_ins && !x->in_del)
		return;
	if (x->ch_text.len > 0) {
		e = value_new(VAL_MAP);
		value_set(e, "type", value_strz(x->in_del ? "delete" : "insert"));
		value_set(e, "text", bufv(&x->ch_text));
		value_set(e, "author", strv(x->ch_author));
		value_set(e, "date", strv(x->ch_date));
		a = inner_anchor(x);
		if (a != NULL)
			value_push(a->edits, e);
		else
			value_push(x->p_edits, e);
	}
	x->in_ins = x->in_del = 0;
	buf_clear(&x->ch_text);
}

static void
flush_paragraph(struct x *x)
{
	size_t i;

	for (i = 0; i < x->nopen; i++)
		if (x->open[i].name != NULL) {
			buf_addc(&x->open[i].old, '\n');
			buf_addc(&x->open[i].nw, '\n');
		}
	for (i = 0; i < x->nquotes; i++)
		buf_addc(&x->quotes[i].text, '\n');
	if (value_count(x->p_edits) > 0) {
		struct value *c = value_new(VAL_MAP);

		value_set(c, "old", bufv(&x->p_old));
		value_set(c, "new", bufv(&x->p_new));
		value_set(c, "edits", x->p_edits);
		value_push(x->changes, c);
		x->p_edits = value_new(VAL_SEQ);
	}
	buf_clear(&x->p_old);
	buf_clear(&x->p_new);
}

static void anchor_close_at(struct x *x, size_t i);

static void
anchor_open(struct x *x, const char *id, const char *name)
{
	struct anchor *a;
	size_t i;

	/* Answers do not nest: an answer anchor still open when the next one
	 * starts lost its end (LibreOffice, saving a list's bookmark as .docx,
	 * can leave a start without an end) and runs to here. */
	if (name != NULL && strncmp(name, "ew_", 3) == 0)
		for (i = x->nopen; i > 0; i--)
			if (x->open[i - 1].name != NULL)
				anchor_close_at(x, i - 1);

	if (x->nopen == OPEN_MAX) {
		x_error(x, "bookmarks");
		return;
	}
	a = &x->open[x->nopen++];
	memset(a, 0, sizeof *a);
	a->id = xstrdup(id != NULL ? id : "");
	if (name != NULL && strncmp(name, "ew_", 3) == 0) {
		a->name = xstrdup(name);
		x->nanchors++;
	}
	buf_init(&a->old);
	buf_init(&a->nw);
	a->edits = value_new(VAL_SEQ);
}

static void
anchor_free(struct anchor *a)
{
	free(a->id);
	free(a->name);
	buf_free(&a->old);
	buf_free(&a->nw);
	value_free(a->edits);
}

static void
anchor_close_at(struct x *x, size_t i)
{
	struct anchor *a = &x->open[i];

	if (a->name != NULL && value_count(a->edits) > 0) {
		struct value *c = value_new(VAL_MAP);

		value_set(c, "anchor", value_strz(a->name));
		value_set(c, "old", bufv(&a->old));
		value_set(c, "new", bufv(&a->nw));
		value_set(c, "edits", a->edits);
		a->edits = NULL;
		value_push(x->changes, c);
	}
	anchor_free(a);
	memmove(&x->open[i], &x->open[i + 1], (x->nopen - i - 1) * sizeof x->open[0]);
	x->nopen--;
}

static void
anchor_close(struct x *x, const char *id)
{
	size_t i;

	if (id == NULL)
		return;
	for (i = x->nopen; i > 0; i--)
		if (strcmp(x->open[i - 1].id, id) == 0) {
			anchor_close_at(x, i - 1);
			return;
		}
}

static struct value *
comment_by_key(struct x *x, const char *key)
{
	size_t i;

	for (i = 0; key != NULL && i < value_count(x->comments); i++) {
		struct value *c = value_at(x->comments, i);

		if (strcmp(value_get(c, "key")->u.str.s, key) == 0)
			return c;
	}
	return NULL;
}

/* Where a comment sits: the innermost anchor open now. */
static void
place(struct x *x, struct value *c)
{
	struct anchor *a = inner_anchor(x);

	if (c == NULL || value_get(c, "placed") != NULL)
		return;
	value_set(c, "placed", value_bool(1));
	if (a != NULL)
		value_set(c, "anchor", value_strz(a->name));
}

static void
quote_open(struct x *x, struct value *c, const char *key)
{
	struct quote *q;

	if (c == NULL || key == NULL)
		return;
	if (x->nquotes == OPEN_MAX) {
		x_error(x, "comments");
		return;
	}
	q = &x->quotes[x->nquotes++];
	q->comment = c;
	q->key = xstrdup(key);
	buf_init(&q->text);
}

static void
quote_close(struct x *x, const char *key)
{
	size_t i;

	for (i = 0; key != NULL && i < x->nquotes; i++)
		if (strcmp(x->quotes[i].key, key) == 0) {
			struct quote *q = &x->quotes[i];

			value_set(q->comment, "quote", bufv(&q->text));
			free(q->key);
			buf_free(&q->text);
			memmove(q, q + 1, (x->nquotes - i - 1) * sizeof *q);
			x->nquotes--;
			return;
		}
}

/* Capturing the character data of the element just opened. */
static void
capture_start(struct x *x)
{
	buf_clear(&x->cap);
	x->capture = &x->cap;
	x->capturing = x->depth;
}

static char *
capture_end(struct x *x)
{
	x->capture = NULL;
	x->capturing = 0;
	return xstrndup(x->cap.data != NULL ? x->cap.data : "", x->cap.len);
}

/* ---- docx ------------------------------------------------------------- */

static void
docx_body_start(struct x *x, const char *name, const char **atts)
{
	const char *l;

	if (ns_of(name, &l) != NS_W)
		return;
	if (strcmp(l, "t") == 0)
		x->in_text = 1;
	else if (strcmp(l, "delText") == 0)
		x->in_deltext = 1;
	else if (strcmp(l, "tab") == 0 && attr(atts, NS_W, "val") == NULL)	/* not a tab stop */
		body_text(x, "\t", 1, x->in_del);
	else if (strcmp(l, "br") == 0 || strcmp(l, "cr") == 0)
		body_text(x, "\n", 1, x->in_del);
	else if (strcmp(l, "ins") == 0 || strcmp(l, "moveTo") == 0)
		change_start(x, 0, attr(atts, NS_W, "author"), attr(atts, NS_W, "date"));
	else if (strcmp(l, "del") == 0 || strcmp(l, "moveFrom") == 0)
		change_start(x, 1, attr(atts, NS_W, "author"), attr(atts, NS_W, "date"));
	else if (strcmp(l, "bookmarkStart") == 0)
		anchor_open(x, attr(atts, NS_W, "id"), attr(atts, NS_W, "name"));
	else if (strcmp(l, "bookmarkEnd") == 0)
		anchor_close(x, attr(atts, NS_W, "id"));
	else if (strcmp(l, "commentRangeStart") == 0) {
		struct value *c = comment_by_key(x, attr(atts, NS_W, "id"));

		place(x, c);
		quote_open(x, c, attr(atts, NS_W, "id"));
	} else if (strcmp(l, "commentRangeEnd") == 0)
		quote_close(x, attr(atts, NS_W, "id"));
	else if (strcmp(l, "commentReference") == 0)
		place(x, comment_by_key(x, attr(atts, NS_W, "id")));
}

static void
docx_body_end(struct x *x, const char *name)
{
	const char *l;

	if (ns_of(name, &l) != NS_W)
		return;
	if (strcmp(l, "t") == 0)
		x->in_text = 0;
	else if (strcmp(l, "delText") == 0)
		x->in_deltext = 0;
	else if (strcmp(l, "p") == 0)
		flush_paragraph(x);
	else if (strcmp(l, "ins") == 0 || strcmp(l, "del") == 0 || strcmp(l, "moveTo") == 0 ||
	    strcmp(l, "moveFrom") == 0)
		change_end(x);
}

static void
docx_body_text(struct x *x, const char *s, size_t len)
{
	if (x->in_text)
		body_text(x, s, len, 0);
	else if (x->in_deltext)
		body_text(x, s, len, 1);
}

static void
docx_comments_start(struct x *x, const char *name, const char **atts)
{
	if (is(name, NS_W, "comment")) {
		value_free(x->comment);	/* a comment inside a comment: the outer one is dropped */
		x->comment = value_new(VAL_MAP);
		value_set(x->comment, "key", strv(attr(atts, NS_W, "id")));
		value_set(x->comment, "author", strv(attr(atts, NS_W, "author")));
		value_set(x->comment, "date", strv(attr(atts, NS_W, "date")));
		buf_clear(&x->ctext);
		free(x->last_para);
		x->last_para = NULL;
	} else if (x->comment != NULL && is(name, NS_W, "p")) {
		const char *pid = attr(atts, NS_W14, "paraId");

		free(x->last_para);
		x->last_para = pid != NULL ? xstrdup(pid) : NULL;
	} else if (x->comment != NULL && is(name, NS_W, "t"))
		x->in_text = 1;
	else if (x->comment != NULL && (is(name, NS_W, "tab")))
		buf_addc(&x->ctext, '\t');
	else if (x->comment != NULL && (is(name, NS_W, "br")))
		buf_addc(&x->ctext, '\n');
}

static void
docx_comments_end(struct x *x, const char *name)
{
	if (x->comment == NULL)
		return;
	if (is(name, NS_W, "t"))
		x->in_text = 0;
	else if (is(name, NS_W, "p"))
		buf_addc(&x->ctext, '\n');
	else if (is(name, NS_W, "comment")) {
		value_set(x->comment, "text", bufv(&x->ctext));
		value_set(x->comment, "done", value_bool(0));
		value_push(x->comments, x->comment);
		x->comment = NULL;
		x->paraids = xrealloc(x->paraids, (x->nparaids + 1) * sizeof *x->paraids);
		x->paraids[x->nparaids++] = x->last_para;
		x->last_para = NULL;
	}
}

static void
docx_comments_text(struct x *x, const char *s, size_t len)
{
	if (x->comment != NULL && x->in_text)
		buf_add(&x->ctext, s, len);
}

/* commentsExtended.xml: which comment answers which, which are done. */
static void
docx_ext_start(struct x *x, const char *name, const char **atts)
{
	const char *pid, *parent, *done;
	struct value *c = NULL, *pc = NULL;
	size_t i;

	if (!is(name, NS_W15, "commentEx"))
		return;
	pid = attr(atts, NS_W15, "paraId");
	parent = attr(atts, NS_W15, "paraIdParent");
	done = attr(atts, NS_W15, "done");
	for (i = 0; pid != NULL && i < x->nparaids && i < value_count(x->comments); i++) {
		if (x->paraids[i] != NULL && strcmp(x->paraids[i], pid) == 0)
			c = value_at(x->comments, i);
		if (parent != NULL && x->paraids[i] != NULL && strcmp(x->paraids[i], parent) == 0)
			pc = value_at(x->comments, i);
	}
	if (c == NULL)
		return;
	if (done != NULL && strcmp(done, "1") == 0)
		value_set(c, "done", value_bool(1));
	if (pc != NULL && pc != c)
		value_set(c, "parent", value_copy(value_get(pc, "key")));
}

/* docProps/custom.xml: <property name="evalwiz-plan-id"><vt:lpwstr>... */
static void
docx_custom_start(struct x *x, const char *name, const char **atts)
{
	if (is(name, NS_CP, "property")) {
		const char *n = attr(atts, NS_OTHER, "name");

		free(x->meta_name);
		x->meta_name = n != NULL && strncmp(n, "evalwiz-", 8) == 0 ? xstrdup(n) : NULL;
	} else if (x->meta_name != NULL && x->capture == NULL)
		capture_start(x);
}

static void
meta_end(struct x *x, const char *name)
{
	(void)name;
	if (x->capture != NULL && x->capturing == x->depth && x->meta_name != NULL) {
		char *v = capture_end(x);

		value_set(x->meta, x->meta_name, value_strz(v));
		free(v);
		free(x->meta_name);
		x->meta_name = NULL;
	}
}

/* ---- odt -------------------------------------------------------------- */

static struct odt_change *
odt_change_by_id(struct x *x, const char *id)
{
	size_t i;

	for (i = 0; id != NULL && i < x->ntc; i++)
		if (strcmp(x->tc[i].id, id) == 0)
			return &x->tc[i];
	return NULL;
}

static void
odt_start(struct x *x, const char *name, const char **atts)
{
	const char *l;
	enum ns ns = ns_of(name, &l);

	if (x->in_tracked) {
		if (ns == NS_TEXT && strcmp(l, "changed-region") == 0) {
			const char *id = attr(atts, NS_TEXT, "id");

			if (id == NULL)
				id = attr(atts, NS_OTHER, "id");	/* xml:id */
			x->tc = xrealloc(x->tc, (x->ntc + 1) * sizeof *x->tc);
			x->cur_tc = &x->tc[x->ntc++];
			memset(x->cur_tc, 0, sizeof *x->cur_tc);
			x->cur_tc->id = xstrdup(id != NULL ? id : "");
			buf_init(&x->cur_tc->deleted);
		} else if (x->cur_tc != NULL && ns == NS_TEXT && strcmp(l, "insertion") == 0)
			x->cur_tc->insert = 1;
		else if (x->cur_tc != NULL && ns == NS_TEXT && strcmp(l, "deletion") == 0)
			x->cur_tc->del = 1;
		else if (x->cur_tc != NULL && ns == NS_DC && (strcmp(l, "creator") == 0 || strcmp(l, "date") == 0))
			capture_start(x);
		else if (x->cur_tc != NULL && ns == NS_TEXT && strcmp(l, "s") == 0)
			buf_addc(&x->cur_tc->deleted, ' ');
		return;
	}
	if (x->in_annotation) {
		if (ns == NS_DC && (strcmp(l, "creator") == 0 || strcmp(l, "date") == 0))
			capture_start(x);
		else if (ns == NS_TEXT && strcmp(l, "p") == 0)
			x->in_comment_text++;
		else if (ns == NS_TEXT && strcmp(l, "s") == 0)
			buf_addc(&x->ctext, ' ');
		else if (ns == NS_TEXT && strcmp(l, "line-break") == 0)
			buf_addc(&x->ctext, '\n');
		return;
	}
	if (ns == NS_TEXT && strcmp(l, "tracked-changes") == 0)
		x->in_tracked = 1;
	else if (ns == NS_OFFICE && strcmp(l, "annotation") == 0) {
		const char *key = attr(atts, NS_OFFICE, "name"), *parent = attr(atts, NS_LOEXT, "parent-name");
		char *gen = NULL;

		x->in_annotation = x->depth;
		x->comment = value_new(VAL_MAP);
		if (key == NULL)
			key = gen = xasprintf("annotation %zu", value_count(x->comments) + 1);
		value_set(x->comment, "key", value_strz(key));
		if (parent != NULL)
			value_set(x->comment, "parent", value_strz(parent));
		value_set(x->comment, "done", value_bool(attr(atts, NS_LOEXT, "resolved") != NULL &&
		    strcmp(attr(atts, NS_LOEXT, "resolved"), "true") == 0));
		free(gen);
		buf_clear(&x->ctext);
	} else if (ns == NS_OFFICE && strcmp(l, "annotation-end") == 0)
		quote_close(x, attr(atts, NS_OFFICE, "name"));
	else if (ns == NS_TEXT && (strcmp(l, "p") == 0 || strcmp(l, "h") == 0))
		x->odt_p++;
	else if (ns == NS_TEXT && strcmp(l, "bookmark-start") == 0)
		anchor_open(x, attr(atts, NS_TEXT, "name"), attr(atts, NS_TEXT, "name"));
	else if (ns == NS_TEXT && strcmp(l, "bookmark-end") == 0)
		anchor_close(x, attr(atts, NS_TEXT, "name"));
	else if (ns == NS_TEXT && strcmp(l, "s") == 0) {
		const char *c = attr(atts, NS_TEXT, "c");
		long n = c != NULL ? strtol(c, NULL, 10) : 1, i;

		for (i = 0; i < n && i < 1000; i++)
			body_text(x, " ", 1, 0);
	} else if (ns == NS_TEXT && strcmp(l, "tab") == 0)
		body_text(x, "\t", 1, 0);
	else if (ns == NS_TEXT && strcmp(l, "line-break") == 0)
		body_text(x, "\n", 1, 0);
	else if (ns == NS_TEXT && strcmp(l, "change-start") == 0) {
		struct odt_change *tc = odt_change_by_id(x, attr(atts, NS_TEXT, "change-id"));

		if (tc != NULL && tc->insert)
			change_start(x, 0, tc->author, tc->date);
	} else if (ns == NS_TEXT && strcmp(l, "change-end") == 0)
		change_end(x);
	else if (ns == NS_TEXT && strcmp(l, "change") == 0) {
		struct odt_change *tc = odt_change_by_id(x, attr(atts, NS_TEXT, "change-id"));

		if (tc != NULL && tc->del && tc->deleted.len > 0) {
			int was_ins = x->in_ins;
			char *a = was_ins ? xstrdup(x->ch_author) : NULL, *d = was_ins ? xstrdup(x->ch_date) : NULL;

			if (was_ins)
				change_end(x);
			change_start(x, 1, tc->author, tc->date);
			/* a deleted paragraph's end is kept as its text's end */
			while (tc->deleted.len > 0 && tc->deleted.data[tc->deleted.len - 1] == '\n')
				tc->deleted.len--;
			body_text(x, tc->deleted.data, tc->deleted.len, 1);
			change_end(x);
			if (was_ins)
				change_start(x, 0, a, d);
			free(a);
			free(d);
		}
	}
}

static void
odt_end(struct x *x, const char *name)
{
	const char *l;
	enum ns ns = ns_of(name, &l);

	if (x->in_tracked) {
		if (ns == NS_TEXT && strcmp(l, "tracked-changes") == 0)
			x->in_tracked = 0;
		else if (x->cur_tc != NULL && ns == NS_DC && x->capture != NULL && x->capturing == x->depth) {
			char **to = strcmp(l, "creator") == 0 ? &x->cur_tc->author : &x->cur_tc->date;

			free(*to);
			*to = capture_end(x);
		} else if (x->cur_tc != NULL && ns == NS_TEXT && strcmp(l, "p") == 0)
			buf_addc(&x->cur_tc->deleted, '\n');
		else if (ns == NS_TEXT && strcmp(l, "changed-region") == 0)
			x->cur_tc = NULL;
		return;
	}
	if (x->in_annotation) {
		if (ns == NS_DC && x->capture != NULL && x->capturing == x->depth) {
			char *v = capture_end(x);

			value_set(x->comment, strcmp(l, "creator") == 0 ? "author" : "date", value_strz(v));
			free(v);
		} else if (ns == NS_TEXT && strcmp(l, "p") == 0) {
			x->in_comment_text--;
			buf_addc(&x->ctext, '\n');
		} else if (ns == NS_OFFICE && strcmp(l, "annotation") == 0 && x->in_annotation == x->depth) {
			struct value *c = x->comment;
			const char *key = value_get(c, "key")->u.str.s;

			x->in_annotation = 0;
			x->comment = NULL;
			if (value_get(c, "author") == NULL)
				value_set(c, "author", value_strz(""));
			if (value_get(c, "date") == NULL)
				value_set(c, "date", value_strz(""));
			value_set(c, "text", bufv(&x->ctext));
			value_push(x->comments, c);
			place(x, c);
			/* a named annotation has a range, up to its annotation-end */
			if (strncmp(key, "annotation ", 11) != 0)
				quote_open(x, c, key);
		}
		return;
	}
	if (ns == NS_TEXT && (strcmp(l, "p") == 0 || strcmp(l, "h") == 0)) {
		if (x->odt_p > 0)
			x->odt_p--;
		flush_paragraph(x);
	}
}

static void
odt_text(struct x *x, const char *s, size_t len)
{
	if (x->in_tracked) {
		if (x->cur_tc != NULL && x->cur_tc->del && x->capture == NULL)
			buf_add(&x->cur_tc->deleted, s, len);
		return;
	}
	if (x->in_annotation) {
		if (x->in_comment_text > 0 && x->capture == NULL)
			buf_add(&x->ctext, s, len);
		return;
	}
	if (x->odt_p > 0)
		body_text(x, s, len, 0);
}

/* meta.xml: <meta:user-defined meta:name="evalwiz-plan-id">... */
static void
odt_meta_start(struct x *x, const char *name, const char **atts)
{
	if (is(name, NS_META, "user-defined")) {
		const char *n = attr(atts, NS_META, "name");

		free(x->meta_name);
		x->meta_name = n != NULL && strncmp(n, "evalwiz-", 8) == 0 ? xstrdup(n) : NULL;
		if (x->meta_name != NULL)
			capture_start(x);
	}
}

/* ---- the parts -------------------------------------------------------- */

struct part {
	const char *name;
	int required;
	void (*start)(struct x *, const char *, const char **);
	void (*end)(struct x *, const char *);
	void (*text)(struct x *, const char *, size_t);
};

static const struct part docx_parts[] = {
	{ "docProps/custom.xml", 0, docx_custom_start, meta_end, NULL },
	{ "word/comments.xml", 0, docx_comments_start, docx_comments_end, docx_comments_text },
	{ "word/commentsExtended.xml", 0, docx_ext_start, NULL, NULL },
	{ "word/document.xml", 1, docx_body_start, docx_body_end, docx_body_text },
	{ NULL, 0, NULL, NULL, NULL },
};

static const struct part odt_parts[] = {
	{ "meta.xml", 0, odt_meta_start, meta_end, NULL },
	{ "content.xml", 1, odt_start, odt_end, odt_text },
	{ NULL, 0, NULL, NULL, NULL },
};

static void XMLCALL
on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct x *x = ud;

	x->depth++;
	if (x->pt->start != NULL)
		x->pt->start(x, name, atts);
}

static void XMLCALL
on_end(void *ud, const XML_Char *name)
{
	struct x *x = ud;

	if (x->pt->end != NULL)
		x->pt->end(x, name);
	x->depth--;
}

static void XMLCALL
on_text(void *ud, const XML_Char *s, int len)
{
	struct x *x = ud;

	if (len <= 0)
		return;
	if (x->capture != NULL)
		buf_add(x->capture, s, (size_t)len);
	else if (x->pt->text != NULL)
		x->pt->text(x, s, (size_t)len);
}

/* Reads one part of the zip whole; NULL when it is not there (*cause
 * stays NULL) or cannot be read (*cause set). */
static char *
read_part(zip_t *z, const char *name, const char *docname, size_t *len, char **cause)
{
	zip_stat_t st;
	zip_file_t *f;
	char *data;
	zip_int64_t n;

	*cause = NULL;
	zip_stat_init(&st);
	if (zip_stat(z, name, 0, &st) != 0)
		return NULL;
	if (!(st.valid & ZIP_STAT_SIZE) || st.size > PART_MAX) {
		*cause = xasprintf("%s: %s is too large (over %u MB) for a plan's document", docname, name, PART_MAX >> 20);
		return NULL;
	}
	f = zip_fopen(z, name, 0);
	if (f == NULL) {
		*cause = xasprintf("%s: cannot read %s: %s", docname, name, zip_strerror(z));
		return NULL;
	}
	data = xmalloc((size_t)st.size + 1);
	n = zip_fread(f, data, st.size);
	zip_fclose(f);
	if (n < 0 || (zip_uint64_t)n != st.size) {
		*cause = xasprintf("%s: cannot read %s: the zip is damaged", docname, name);
		free(data);
		return NULL;
	}
	data[n] = '\0';
	*len = (size_t)n;
	return data;
}

static int
parse_part(struct x *x, zip_t *z, const struct part *pt, const char *docname, char **cause)
{
	size_t len = 0;
	char *data = read_part(z, pt->name, docname, &len, cause);
	int ok;

	if (data == NULL) {
		if (*cause == NULL && pt->required)
			*cause = xasprintf("%s: %s is missing; the file is damaged", docname, pt->name);
		return *cause == NULL ? 0 : -1;
	}
	x->p = XML_ParserCreateNS(NULL, NS_SEP);
	if (x->p == NULL)
		fatal("out of memory");
	XML_SetUserData(x->p, x);
	XML_SetElementHandler(x->p, on_start, on_end);
	XML_SetCharacterDataHandler(x->p, on_text);
	x->pt = pt;
	x->part = pt->name;
	x->depth = 0;
	x->capture = NULL;
	x->in_text = x->in_deltext = 0;
	ok = XML_Parse(x->p, data, (int)len, XML_TRUE) == XML_STATUS_OK;
	if (!ok && x->error == NULL)
		*cause = xasprintf("%s: %s:%lu:%lu: %s; the file is damaged, save it again from the word processor",
		    docname, pt->name, (unsigned long)XML_GetCurrentLineNumber(x->p),
		    (unsigned long)XML_GetCurrentColumnNumber(x->p) + 1, XML_ErrorString(XML_GetErrorCode(x->p)));
	else if (x->error != NULL) {
		*cause = xasprintf("%s: %s", docname, x->error);
		ok = 0;
	}
	XML_ParserFree(x->p);
	x->p = NULL;
	free(data);
	return ok ? 0 : -1;
}

static void
x_free(struct x *x)
{
	size_t i;

	/* what is still open is dropped, not reported (the parse failed) */
	for (i = 0; i < x->nopen; i++)
		anchor_free(&x->open[i]);
	for (i = 0; i < x->nquotes; i++) {
		free(x->quotes[i].key);
		buf_free(&x->quotes[i].text);
	}
	for (i = 0; i < x->ntc; i++) {
		free(x->tc[i].id);
		free(x->tc[i].author);
		free(x->tc[i].date);
		buf_free(&x->tc[i].deleted);
	}
	free(x->tc);
	for (i = 0; i < x->nparaids; i++)
		free(x->paraids[i]);
	free(x->paraids);
	buf_free(&x->cap);
	buf_free(&x->p_old);
	buf_free(&x->p_new);
	buf_free(&x->ch_text);
	buf_free(&x->ctext);
	value_free(x->p_edits);
	value_free(x->comment);
	free(x->ch_author);
	free(x->ch_date);
	free(x->last_para);
	free(x->meta_name);
}

static struct value *
extract_zip(zip_t *z, const char *docname, char **cause)
{
	struct x x;
	const struct part *parts, *pt;
	const char *format;
	struct value *out = NULL;
	size_t i;

	if (zip_name_locate(z, "word/document.xml", 0) >= 0) {
		parts = docx_parts;
		format = "docx";
	} else if (zip_name_locate(z, "content.xml", 0) >= 0) {
		parts = odt_parts;
		format = "odt";
	} else {
		*cause = xasprintf("%s: neither a Word (.docx) nor an OpenDocument (.odt) text document", docname);
		return NULL;
	}
	memset(&x, 0, sizeof x);
	buf_init(&x.cap);
	buf_init(&x.p_old);
	buf_init(&x.p_new);
	buf_init(&x.ch_text);
	buf_init(&x.ctext);
	x.p_edits = value_new(VAL_SEQ);
	x.comments = value_new(VAL_SEQ);
	x.changes = value_new(VAL_SEQ);
	x.meta = value_new(VAL_MAP);
	for (pt = parts; pt->name != NULL; pt++)
		if (parse_part(&x, z, pt, docname, cause) == -1)
			goto out;
	/* anchors and a paragraph never closed: what they hold counts */
	while (x.nopen > 0)
		anchor_close_at(&x, x.nopen - 1);
	change_end(&x);
	flush_paragraph(&x);
	for (i = 0; i < x.nquotes; i++)
		value_set(x.quotes[i].comment, "quote", bufv(&x.quotes[i].text));
	for (i = 0; i < value_count(x.comments); i++)
		value_free(value_take(value_at(x.comments, i), "placed"));
	out = value_new(VAL_MAP);
	value_set(out, "format", value_strz(format));
	value_set(out, "meta", x.meta);
	value_set(out, "anchors", value_int(x.nanchors));
	value_set(out, "comments", x.comments);
	value_set(out, "changes", x.changes);
	x.meta = x.comments = x.changes = NULL;
out:
	value_free(x.meta);
	value_free(x.comments);
	value_free(x.changes);
	x_free(&x);
	return out;
}

static int libs_missing;

int
review_extract_unavailable(void)
{
	return libs_missing;
}

struct value *
review_extract_buffer(const void *data, size_t len, const char *name, char **cause)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z;
	struct value *out;

	libs_missing = 0;
	if (zip_dl_open("review import", cause) != 0 || expat_dl_open("review import", cause) != 0) {
		libs_missing = 1;
		return NULL;
	}
	zip_error_init(&ze);
	src = zip_source_buffer_create(data, len, 0, &ze);
	if (src == NULL) {
		*cause = xasprintf("%s: %s", name, zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return NULL;
	}
	z = zip_open_from_source(src, ZIP_RDONLY, &ze);
	if (z == NULL) {
		*cause = xasprintf("%s: not a Word or OpenDocument file (%s)", name, zip_error_strerror(&ze));
		zip_source_free(src);
		zip_error_fini(&ze);
		return NULL;
	}
	zip_error_fini(&ze);
	out = extract_zip(z, name, cause);
	zip_discard(z);
	return out;
}

struct value *
review_extract(const char *path, char **cause)
{
	size_t len;
	char *data = read_file(path, 256u << 20, &len, cause);
	struct value *out;

	libs_missing = 0;
	if (data == NULL)
		return NULL;
	out = review_extract_buffer(data, len, path, cause);
	free(data);
	return out;
}
