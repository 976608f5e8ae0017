/* w-yesno.c: a yes/no question: y or n, or Space/Enter on the option. */
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
	const struct value *sel = value_get(value_at(value_get(f, "options"), 1), "selected");

	t->opt = sel != NULL && sel->type == VAL_BOOL && sel->u.b ? 1 : 0;
	return 1;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	if (!is_key && (ch == 'y' || ch == 'Y' || ch == 'n' || ch == 'N')) {
		t->opt = ch == 'y' || ch == 'Y' ? 0 : 1;
		return w_options_key(t, f, 0, '\r', 0);
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
	return w_options_key(t, f, 0, ' ', 0);
}

/* y and n answer a focused yes/no question at once. */
static const wint_t answer_keys[] = { 'y', 'Y', 'n', 'N', 0 };

const struct widget w_yesno = {
	.type = "yesno", .render = render, .begin = begin, .key = key, .commit = commit, .click = click,
	.answer_keys = answer_keys,
};
