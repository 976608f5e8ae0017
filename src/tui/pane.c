/* pane.c: the lines of a scrolling pane, which widgets fill and draw.c shows. */
#include "config.h"

#include "tui/tui-int.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

static struct pline *
new_line(struct pane *p)
{
	if (p->n == p->cap) {
		p->cap = p->cap < 64 ? 64 : p->cap * 2;
		p->lines = xrealloc(p->lines, p->cap * sizeof *p->lines);
	}
	return &p->lines[p->n++];
}

void
pane_add(struct pane *p, const char *s, size_t n, int attr, int indent, int field)
{
	struct pline *l = new_line(p);

	l->text = xstrndup(s, n);
	l->lazy = NULL;
	l->attr = attr;
	l->indent = indent;
	l->field = field;
	l->cursor = -1;
	l->item = -1;
	l->typing = 0;
	l->tail = NULL;
	l->tail_attr = 0;
}

const struct pane_lazy *
pane_lazy_new(struct pane *p, char *(*make)(struct tui *t, const void *arg, int item), void *arg)
{
	struct pane_lazy *z = xcalloc(1, sizeof *z);

	z->make = make;
	z->arg = arg;
	z->next = p->lazies;
	p->lazies = z;
	return z;
}

void
pane_add_lazy(struct pane *p, const struct pane_lazy *lazy, int item, int attr, int indent, int field)
{
	struct pline *l = new_line(p);

	memset(l, 0, sizeof *l);
	l->lazy = lazy;
	l->item = item;
	l->attr = attr;
	l->indent = indent;
	l->field = field;
	l->cursor = -1;
}

const char *
pane_text(struct tui *t, struct pane *p, size_t i)
{
	struct pline *l = &p->lines[i];

	if (l->text == NULL)
		l->text = l->lazy != NULL ? l->lazy->make(t, l->lazy->arg, l->item) : xstrdup("");
	return l->text;
}

void
pane_tail(struct pane *p, const char *s, int attr)
{
	if (p->n == 0 || s == NULL || *s == '\0')
		return;
	free(p->lines[p->n - 1].tail);
	p->lines[p->n - 1].tail = xstrdup(s);
	p->lines[p->n - 1].tail_attr = attr;
}

/* Every frame draws every answer, help text and panel on the screen again;
 * wrapping them is most of a frame's work, and they rarely change between
 * frames.  So the wrapped lines of longer texts are kept, by text and
 * width, for the texts most recently drawn. */
#define WRAP_MEMO 32
#define WRAP_MEMO_MIN 48	/* shorter texts are cheaper to wrap than to look up */

static struct wrap_memo {
	char *text;
	size_t len, n;
	int width;
	struct wrap_line *lines;
	unsigned long used;
} wrap_memo[WRAP_MEMO];
static unsigned long wrap_clock;

static size_t
wrap_cached(const char *s, size_t len, int width, const struct wrap_line **lines)
{
	struct wrap_memo *m, *victim = &wrap_memo[0];
	size_t i;

	for (i = 0; i < WRAP_MEMO; i++) {
		m = &wrap_memo[i];
		if (m->text != NULL && m->width == width && m->len == len && memcmp(m->text, s, len) == 0) {
			m->used = ++wrap_clock;
			*lines = m->lines;
			return m->n;
		}
		if (m->used < victim->used)
			victim = m;
	}
	free(victim->text);
	free(victim->lines);
	victim->text = xstrndup(s, len);
	victim->len = len;
	victim->width = width;
	victim->n = wrap_text(s, len, width, &victim->lines);
	victim->used = ++wrap_clock;
	*lines = victim->lines;
	return victim->n;
}

void
pane_wrap(struct pane *p, const char *s, int attr, int indent, int field)
{
	struct wrap_line *lines;
	const struct wrap_line *kept;
	size_t n, i, len;

	if (s == NULL)
		return;
	len = strlen(s);
	if (len >= WRAP_MEMO_MIN) {
		n = wrap_cached(s, len, p->width - indent, &kept);
		for (i = 0; i < n; i++)
			pane_add(p, s + kept[i].start, kept[i].len, attr, indent, field);
		return;
	}
	n = wrap_text(s, len, p->width - indent, &lines);
	for (i = 0; i < n; i++)
		pane_add(p, s + lines[i].start, lines[i].len, attr, indent, field);
	free(lines);
}

void
pane_free(struct pane *p)
{
	struct pane_lazy *z, *next;
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->lines[i].text);
		free(p->lines[i].tail);
	}
	free(p->lines);
	for (z = p->lazies; z != NULL; z = next) {
		next = z->next;
		free(z->arg);
		free(z);
	}
}

