/* w-number.c: a number, with its unit and range shown; text that is not
 * a number in range is kept but flagged with a message. */
#include "config.h"

#include "tui/tui-int.h"
#include "value.h"

#include <stdio.h>
#include <string.h>

void w_line_render(struct tui *t, const struct value *f, struct pane *p, int index, const char *after);
int w_checked_key(struct tui *t, const struct value *f, int is_key, wint_t ch);

void w_line_hints(struct tui *t, const struct value *f, struct hint *h);

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	w_line_render(t, f, p, index, view_str(f, "unit"));
	/* the unit and range beside the answer (not while typing: each key would redraw it) */
	if (!(t->editing && index == t->focus) && *view_str(f, "range_short") != '\0' &&
	    value_get(f, "rejected") == NULL) {
		char tail[256];

		snprintf(tail, sizeof tail, "  (%s)", view_str(f, "range_short"));
		pane_tail(p, tail, term_attr(ROLE_DIM));
	}
	if (t->editing && index == t->focus && *view_str(f, "range") != '\0') {
		char line[256];

		snprintf(line, sizeof line, "(%s)", view_str(f, "range"));
		pane_add(p, line, strlen(line), term_attr(ROLE_DIM), 2, index);
	}
}

static int
begin(struct tui *t, const struct value *f)
{
	ledit_init(&t->le, view_str(f, "text"), 0);
	return 1;
}

static int
commit(struct tui *t, const struct value *f)
{
	return edit_text(t, f, t->le.buf);
}

const struct widget w_number = {
	.type = "number", .render = render, .begin = begin, .key = w_checked_key, .commit = commit,
	.hints = w_line_hints,
};
