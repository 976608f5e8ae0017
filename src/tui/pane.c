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
}

void
pane_wrap(struct pane *p, const char *s, int attr, int indent, int field)
{
	struct wrap_line *lines;
	size_t n, i;

	if (s == NULL)
		return;
	n = wrap_text(s, strlen(s), p->width - indent, &lines);
	for (i = 0; i < n; i++)
		pane_add(p, s + lines[i].start, lines[i].len, attr, indent, field);
	free(lines);
}

void
pane_free(struct pane *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->lines[i].text);
	free(p->lines);
}

