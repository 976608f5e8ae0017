/* pane.c: the lines of a scrolling pane, which widgets fill and draw.c shows. */
#include "config.h"

#include "tui/tui-int.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

void
pane_add(struct pane *p, const char *s, size_t n, int attr, int indent, int field)
{
	struct pline *l;

	p->lines = xrealloc(p->lines, (p->n + 1) * sizeof *p->lines);
	l = &p->lines[p->n++];
	l->text = xstrndup(s, n);
	l->attr = attr;
	l->indent = indent;
	l->field = field;
	l->cursor = -1;
	l->item = -1;
	l->typing = 0;
	l->tail = NULL;
	l->tail_attr = 0;
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
	size_t i;

	for (i = 0; i < p->n; i++) {
		free(p->lines[i].text);
		free(p->lines[i].tail);
	}
	free(p->lines);
}

