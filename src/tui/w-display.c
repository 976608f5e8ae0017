/* w-display.c: computed values and notes: shown, never edited. */
#include "config.h"

#include "tui/tui-int.h"
#include "value.h"

#include <string.h>

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	const char *type = view_str(f, "type");

	(void)t;
	if (strcmp(type, "note") == 0)
		pane_wrap(p, view_str(f, "text"), term_attr(ROLE_HELP), 2, index);
	else
		pane_wrap(p, *view_str(f, "text") != '\0' ? view_str(f, "text") : "(nothing to show yet)",
		    term_attr(ROLE_PANEL), 2, index);
}

/* Nothing is typed here: a key that would answer a question says so. */
static int
begin(struct tui *t, const struct value *f)
{
	view_message(t, 0, "%s", strcmp(view_str(f, "type"), "computed") == 0 ?
	    "this is worked out from your answers: nothing is typed here (Tab goes to the next question)" :
	    "this is guidance, not a question: nothing is typed here (Tab goes to the next question)");
	return 0;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	(void)t;
	(void)f;
	(void)is_key;
	(void)ch;
	return TUI_LEAVE;
}

static int
commit(struct tui *t, const struct value *f)
{
	(void)t;
	(void)f;
	return 0;
}

const struct widget w_display = {
	.type = "computed", .render = render, .begin = begin, .key = key, .commit = commit,
	/* no hints of its own: nothing is typed here, and Tab Next is
	 * always on the bar (a second one showed "Tab Next  Tab Next") */
};
