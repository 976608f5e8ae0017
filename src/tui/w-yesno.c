/* w-yesno.c: a yes/no question: y or n (or 1 and 2, as its options are
 * numbered), and the rest of the word typed on; any other letter says so
 * and changes nothing. */
#include "config.h"

#include "tui/tui-int.h"
#include "value.h"

void w_options_render(struct tui *t, const struct value *f, struct pane *p, int index, int multi);
int w_options_key(struct tui *t, const struct value *f, int is_key, wint_t ch, int multi);

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	w_options_render(t, f, p, index, 0);
}

static int
begin(struct tui *t, const struct value *f)
{
	const struct value *opts = value_get(f, "options");
	const struct value *yes = value_get(view_at(opts, 0), "selected");
	const struct value *no = value_get(view_at(opts, 1), "selected");

	/* nothing highlighted until it is answered: Enter alone picks nothing */
	t->opt = yes != NULL && yes->type == VAL_BOOL && yes->u.b ? 0 :
	    no != NULL && no->type == VAL_BOOL && no->u.b ? 1 : -1;
	return 1;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	/* the rest of "yes" or "no" after its y or n */
	if (!is_key && w_options_word(t, ch, 0))
		return TUI_LEAVE;
	/* y, n (and 1, 2) answer it at once */
	if (!is_key && (ch == 'y' || ch == 'Y' || ch == 'n' || ch == 'N' || ch == '1' || ch == '2')) {
		int flags;

		/* an answer, never a digit going on with letters typed before
		 * (on the question before: "level 3" Tab y) */
		t->nahead = 0;
		flags = w_options_key(t, f, 0, ch == 'y' || ch == 'Y' || ch == '1' ? '1' : '2', 0);

		t->nahead = 0;
		if (ch > '9')
			w_options_word(t, ch, 1);
		return flags | TUI_LEAVE;
	}
	/* the letters of a yes/no question are y and n only: no type-ahead */
	if (!is_key && ch > 0x20 && ch != 0x7f && !(ch >= '0' && ch <= '9')) {
		view_message(t, 1, "this is a yes/no question: press y or n");
		return TUI_LEAVE;
	}
	return w_options_key(t, f, is_key, ch, 0);
}

static int
commit(struct tui *t, const struct value *f)
{
	(void)t;
	(void)f;
	return 0;
}

/* A click on Yes or No picks it as Space would. */
static int
click(struct tui *t, const struct value *f, int item)
{
	t->opt = item;
	return w_options_key(t, f, 0, ' ', 0) | TUI_LEAVE;
}

static void
hints(struct tui *t, const struct value *f, struct hint *h)
{
	(void)f;
	hint_set(h, 1, 0, "y/n", "Answer");
	hint_set(h, 1, 1, "Enter", "Open");
	if (!t->editing)
		return;
	hint_set(h, 1, 1, "Esc", "Done");
	hint_set(h, 3, 0, "Enter", "Pick");
	hint_set(h, 4, 0, t->utf8 ? "\xe2\x86\x91\xe2\x86\x93" : "Up/Dn", "Move");
}

const struct widget w_yesno = {
	.type = "yesno", .render = render, .begin = begin, .key = key, .commit = commit, .click = click,
	.hints = hints,
};
