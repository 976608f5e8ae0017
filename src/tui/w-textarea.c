/* w-textarea.c: long text: several lines, word wrap, paragraph breaks
 * kept; Enter is a new line, Ctrl-E hands it to an external editor. */
#include "config.h"

#include "tui/tui-int.h"
#include "value.h"

#include <string.h>

void w_line_hints(struct tui *t, const struct value *f, struct hint *h);

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	const char *text = view_str(f, "text");

	if (t->editing && index == t->focus) {
		typing_render(t, p, index, 2);
		return;
	}
	if (*text == '\0') {
		pane_add(p, "(not answered)", 14, term_attr(ROLE_DIM), 2, index);
		return;
	}
	pane_wrap(p, text, term_attr(ROLE_ANSWER), 2, index);
}

static int
begin(struct tui *t, const struct value *f)
{
	ledit_init(&t->le, view_str(f, "text"), 1);
	return 1;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	(void)f;
	/* Up/Down move by wrapped lines as last drawn */
	return typing_key(t, is_key, ch, t->wrap_width > 0 ? t->wrap_width : 60);
}

static int
commit(struct tui *t, const struct value *f)
{
	return edit_text(t, f, t->le.buf);
}

const struct widget w_textarea = {
	.type = "textarea", .render = render, .begin = begin, .key = key, .commit = commit,
	.hints = w_line_hints,
};
