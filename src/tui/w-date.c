/* w-date.c: a date written YYYY-MM-DD (checked by the model). */
#include "config.h"

#include "tui/tui-int.h"
#include "value.h"

#include <string.h>

void w_line_render(struct tui *t, const struct value *f, struct pane *p, int index, const char *after);
int w_checked_key(struct tui *t, const struct value *f, int is_key, wint_t ch);

void w_line_hints(struct tui *t, const struct value *f, struct hint *h);

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	w_line_render(t, f, p, index, NULL);
	if (t->editing && index == t->focus)
		pane_add(p, "(a date, like 31/03/2027 or 31 March 2027)", 41, term_attr(ROLE_DIM), 2, index);
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

const struct widget w_date = {
	.type = "date", .render = render, .begin = begin, .key = w_checked_key, .commit = commit,
	.hints = w_line_hints,
};
