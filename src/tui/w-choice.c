/* w-choice.c: choice (radio buttons) and multi (check boxes), each option
 * with its help shown in the help pane while the cursor is on it.
 *
 * The keys, the same on every choice: the focused question shows its
 * options numbered; a digit 1-9 picks (or ticks) that option, letters
 * move to the option whose words begin with what was typed (type-ahead,
 * as in a file manager; once letters have begun the words, digits go on
 * with them: "Level 1" never picks option 1), Up and Down move, Enter or Space picks the one
 * highlighted.  Nothing is picked that was not highlighted or numbered:
 * an unanswered choice opens with nothing highlighted, so a bare Enter
 * picks nothing. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"
#include "value.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define AHEAD_MS 1200	/* type-ahead: a pause this long starts a new word */

/* Shared with w-yesno.c. */
void w_options_render(struct tui *t, const struct value *f, struct pane *p, int index, int multi);
int w_options_key(struct tui *t, const struct value *f, int is_key, wint_t ch, int multi);

static int
selected(const struct value *o)
{
	const struct value *sel = value_get(o, "selected");

	return sel != NULL && sel->type == VAL_BOOL && sel->u.b;
}

/* How many options a focused question shows at once: a long list (names
 * from earlier answers) shows those about the cursor, and says how many
 * more there are each way. */
#define OPTIONS_SHOWN 12

void
w_options_render(struct tui *t, const struct value *f, struct pane *p, int index, int multi)
{
	const struct value *opts = value_get(f, "options");
	int focused = index == t->focus && !t->read_only;
	int editing = t->editing && focused;
	size_t i, n = value_count(opts), lo = 0, hi = n;
	int any = 0;

	if (focused && n > OPTIONS_SHOWN) {
		/* about the cursor, or the option chosen */
		size_t at = 0;

		if (editing && t->opt >= 0)
			at = (size_t)t->opt;
		else
			for (i = 0; i < n; i++)
				if (selected(value_at(opts, i))) {
					at = i;
					break;
				}
		lo = at > OPTIONS_SHOWN / 2 ? at - OPTIONS_SHOWN / 2 : 0;
		if (lo + OPTIONS_SHOWN > n)
			lo = n - OPTIONS_SHOWN;
		hi = lo + OPTIONS_SHOWN;
	}
	if (lo > 0) {
		char *more = xasprintf("%s %zu more option%s above (Up, or type to find one)", t->utf8 ? "\xe2\x86\x91" : "^",
		    lo, lo == 1 ? "" : "s");

		pane_wrap(p, more, term_attr(ROLE_DIM), 5, index);
		free(more);
	}
	for (i = focused ? lo : 0; i < (focused ? hi : n); i++) {
		const struct value *o = value_at(opts, i);
		int on = selected(o);
		const char *box;
		char num[8], *line;
		int attr;

		/* the focused question shows its options, numbered: a digit picks
		 * one you can see */
		if (!focused && !on)
			continue;
		any = 1;
		if (multi)
			box = on ? (t->utf8 ? "[\xe2\x9c\x93]" : "[x]") : "[ ]";
		else
			box = on ? (t->utf8 ? "(\xe2\x80\xa2)" : "(*)") : "( )";
		if (i < 9)
			snprintf(num, sizeof num, "%zu", i + 1);
		else
			*num = '\0';
		if (focused)
			line = xasprintf("%2s %s %s", num, box, view_str(o, "label"));
		else
			line = xstrdup(view_str(o, "label"));
		attr = term_attr(editing && (int)i == t->opt ? ROLE_EDIT : ROLE_ANSWER);
		pane_wrap(p, line, attr, 2, index);
		p->lines[p->n - 1].item = (int)i;
		if (editing && (int)i == t->opt)
			p->lines[p->n - 1].cursor = 4;
		free(line);
	}
	if (hi < n && focused) {
		char *more = xasprintf("%s %zu more option%s below (Down, or type to find one)", t->utf8 ? "\xe2\x86\x93" : "v",
		    n - hi, n - hi == 1 ? "" : "s");

		pane_wrap(p, more, term_attr(ROLE_DIM), 5, index);
		free(more);
	}
	if (!any && !(focused && n > 0)) {
		char *none = w_options_none(f);

		pane_wrap(p, n == 0 ? none : "(not answered)", term_attr(ROLE_DIM), 2, index);
		free(none);
	}
}

/* What an empty list of options says: the pack's placeholder ("list
 * activities first"), which is never an option to pick, or the general
 * words.  Shared with w-records.c (f: a question or a table's column). */
char *
w_options_none(const struct value *f)
{
	const char *note = view_str(f, "options_note");

	if (*note == '\0')
		return xstrdup("(no options yet: they depend on earlier answers)");
	if (*note == '(')
		return xasprintf("(no options yet: %.*s)", (int)strlen(note) - 2, note + 1);
	return xasprintf("(no options yet: %s)", note);
}

static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* 1 when the first n bytes of want begin s, ignoring ASCII case. */
static int
starts(const char *s, const char *want, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '\0' || tolower((unsigned char)s[i]) != tolower((unsigned char)want[i]))
			return 0;
	return 1;
}

/* 1 when label, or a word in it, begins with want (words: after a space,
 * a bracket, a slash or a hyphen); word 0: the label's start only. */
static int
label_matches(const char *label, const char *want, size_t n, int words)
{
	const char *s;

	if (starts(label, want, n))
		return 1;
	for (s = label; words && *s != '\0'; s++)
		if ((*s == ' ' || *s == '(' || *s == '/' || *s == '-') && starts(s + 1, want, n))
			return 1;
	return 0;
}

/* The first option after from (wrapping round; from itself last) whose
 * label matches, the label's start before a word's; -1 none. */
static int
find_option(const struct value *opts, int from, const char *want, size_t n)
{
	int count = (int)value_count(opts), words, k;

	for (words = 0; words < 2; words++)
		for (k = 1; k <= count; k++) {
			int i = ((from < 0 ? -1 : from) + k) % count;

			if (label_matches(view_str(value_at(opts, (size_t)i), "label"), want, n, words))
				return i;
		}
	return -1;
}

int
w_options_ahead(struct tui *t, const struct value *opts, int *opt, wint_t ch)
{
	char mb[MB_LEN_MAX];
	size_t k = typing_char_bytes(ch, mb), i;
	long long now = now_ms();
	int at, same = 1;

	if (k == 0 || value_count(opts) == 0)
		return 0;
	if (now - t->ahead_ms > AHEAD_MS || t->nahead + k >= sizeof t->ahead)
		t->nahead = t->ahead_pick = 0;
	t->ahead_ms = now;
	memcpy(t->ahead + t->nahead, mb, k);
	t->nahead += k;
	t->ahead[t->nahead] = '\0';
	for (i = 1; i < t->nahead; i++)
		if (t->ahead[i] != t->ahead[0])
			same = 0;
	/* the words typed so far, from the option highlighted (so that more
	 * letters keep it while they match); the same letter again goes on
	 * to the next option that begins with it */
	if (t->nahead > 1 && same)
		at = find_option(opts, *opt, t->ahead, 1);
	else
		at = find_option(opts, *opt - (t->nahead > 1 ? 1 : 0), t->ahead, t->nahead);
	if (at < 0 && t->nahead > k) {
		/* no option goes on like that: a new word */
		t->ahead_pick = 0;
		memmove(t->ahead, mb, k);
		t->nahead = k;
		t->ahead[k] = '\0';
		at = find_option(opts, *opt, t->ahead, k);
	}
	if (at < 0) {
		view_message(t, 1, "no option begins with \"%s\": type the start of one, or its number", t->ahead);
		t->nahead = 0;
		t->ahead_found = 0;
		return 0;
	}
	*opt = at;
	t->ahead_found = 1;
	if (t->message_error)
		*t->message = '\0';
	return 1;
}

int
w_options_ahead_goes_on(struct tui *t, const struct value *opts, wint_t ch)
{
	char mb[MB_LEN_MAX], want[sizeof t->ahead];
	size_t k = typing_char_bytes(ch, mb);

	if (t->nahead == 0 || now_ms() - t->ahead_ms > AHEAD_MS || k == 0 || t->nahead + k >= sizeof want)
		return 0;
	memcpy(want, t->ahead, t->nahead);
	memcpy(want + t->nahead, mb, k);
	return find_option(opts, -1, want, t->nahead + k) >= 0;
}

/* A yes/no question's answer typed as a word: y or n picks at once and
 * begins the word (begin 1); the rest of "yes" or "no" typed on without a
 * pause goes on it (returns 1) and changes nothing. */
int
w_options_word(struct tui *t, wint_t ch, int begin)
{
	static const char *const words[] = { "yes", "no" };
	size_t i;

	if (ch >= 'A' && ch <= 'Z')
		ch += 'a' - 'A';
	if (begin) {
		t->ahead[0] = (char)ch;
		t->ahead[1] = '\0';
		t->nahead = 1;
		t->ahead_ms = now_ms();
		t->ahead_pick = 1;
		return 1;
	}
	if (t->nahead == 0 || !t->ahead_pick || now_ms() - t->ahead_ms > AHEAD_MS || ch > 0x7f ||
	    t->nahead + 1 >= sizeof t->ahead)
		return 0;
	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) > t->nahead && strncmp(words[i], t->ahead, t->nahead) == 0 &&
		    words[i][t->nahead] == (char)ch) {
			t->ahead[t->nahead++] = (char)ch;
			t->ahead[t->nahead] = '\0';
			t->ahead_ms = now_ms();
			return 1;
		}
	return 0;
}

/* After type-ahead that began with a number's pick: what it now finds is
 * the pick, so that "2:1" typed whole is answered 2:1. */
static int
ahead_repick(struct tui *t, const struct value *f, int multi)
{
	const struct value *o = view_at(value_get(f, "options"), t->opt);

	if (multi || !t->ahead_pick || t->nahead == 0 || o == NULL || selected(o))
		return TUI_REDRAW;
	return edit_toggle(t, f, view_str(o, "value"));
}

/* Whether words typed to find an option are under way and began with a
 * letter (not with a number's pick, which a digit may still follow). */
static int
searching(const struct tui *t)
{
	return t->nahead > 0 && !t->ahead_pick && now_ms() - t->ahead_ms <= AHEAD_MS;
}

int
w_options_key(struct tui *t, const struct value *f, int is_key, wint_t ch, int multi)
{
	const struct value *opts = value_get(f, "options");
	int n = (int)value_count(opts), flags;

	/* in the middle of a word typed to find an option, a digit (and, on a
	 * radio choice, a space) that goes on matching one is part of it:
	 * "pre post", "6 months" */
	if (!is_key && ((ch >= '0' && ch <= '9') || (ch == ' ' && !multi)) && w_options_ahead_goes_on(t, opts, ch)) {
		t->pending |= w_options_ahead(t, opts, &t->opt, ch);
		return ahead_repick(t, f, multi);
	}

	/* words begun with a letter make a digit part of them, matching or
	 * not: "Level 1" is looked for as words, never option 1 by its number
	 * (a number alone, after a pause, picks by number) */
	if (!is_key && ch >= '0' && ch <= '9' && searching(t)) {
		if (w_options_ahead_goes_on(t, opts, ch)) {
			t->pending |= w_options_ahead(t, opts, &t->opt, ch);
			return TUI_REDRAW;
		}
		if (t->nahead + 1 < sizeof t->ahead) {
			t->ahead[t->nahead++] = (char)ch;
			t->ahead[t->nahead] = '\0';
		}
		t->ahead_ms = now_ms();
		t->ahead_found = 0;
		view_message(t, 1, "no option begins with \"%s\": type the start of one, or pause and press its number",
		    t->ahead);
		return TUI_REDRAW;
	}

	if (is_key && (ch == KEY_UP || ch == KEY_DOWN)) {
		t->nahead = 0;
		if (ch == KEY_DOWN)
			t->opt = t->opt < n - 1 ? t->opt + 1 : t->opt;
		else
			t->opt = t->opt > 0 ? t->opt - 1 : (t->opt < 0 ? n - 1 : 0);
		return TUI_REDRAW;
	}
	if (is_key && (ch == KEY_HOME || ch == KEY_END)) {
		t->nahead = 0;
		t->opt = ch == KEY_HOME ? 0 : n - 1;
		return TUI_REDRAW;
	}
	if ((!is_key && (ch == ' ' || ch == '\r' || ch == '\n')) || (is_key && ch == KEY_ENTER)) {
		int on;

		t->nahead = 0;
		if (t->opt < 0 || t->opt >= n) {
			if (multi && ch != ' ')
				return TUI_LEAVE;	/* Enter: done */
			view_message(t, 1, "nothing is highlighted: type the start of an option or its number, or use Up/Down");
			return TUI_REDRAW;
		}
		on = selected(value_at(opts, (size_t)t->opt));
		/* Enter picks (a check box: ticks) and closes; it never takes a
		 * pick back.  Space picks or unpicks, and leaves check boxes open. */
		if (ch != ' ' && on)
			return TUI_LEAVE;
		flags = edit_toggle(t, f, view_str(value_at(opts, (size_t)t->opt), "value"));
		if (!multi || ch != ' ')
			return flags | TUI_LEAVE;
		return flags;
	}
	if (!is_key && ch >= '0' && ch <= '9') {
		int want = (int)(ch - '0') - 1;

		t->nahead = 0;
		if (want < 0 || want >= n) {
			view_message(t, 1, "there is no option %c: press a number from 1 to %d", (char)ch, n < 9 ? n : 9);
			return TUI_REDRAW;
		}
		t->opt = want;
		/* a check box's number ticks or unticks it; a radio choice's
		 * picks it (again: keeps it), and is also the start of words
		 * typed to find an option, for labels that begin with a digit:
		 * "2:1" picks 2, then finds "2:1" (not 1 by its number) */
		flags = multi || !selected(value_at(opts, (size_t)want)) ?
		    edit_toggle(t, f, view_str(value_at(opts, (size_t)want), "value")) : TUI_REDRAW;
		if (!multi) {
			t->ahead[0] = (char)ch;
			t->ahead[1] = '\0';
			t->nahead = 1;
			t->ahead_ms = now_ms();
			t->ahead_pick = 1;
		}
		return flags;
	}
	if (!is_key && ch > 0x20 && ch != 0x7f) {
		t->pending |= w_options_ahead(t, opts, &t->opt, ch);
		return ahead_repick(t, f, multi);
	}
	if (!is_key && ch == 27)
		return TUI_LEAVE;
	return TUI_UNHANDLED;
}

static int
is_multi(const struct value *f)
{
	return strcmp(view_str(f, "type"), "multi") == 0;
}

static void
render(struct tui *t, const struct value *f, struct pane *p, int index)
{
	w_options_render(t, f, p, index, is_multi(f));
}

static int
begin(struct tui *t, const struct value *f)
{
	const struct value *opts = value_get(f, "options");
	size_t i;

	/* on the option chosen, if any: nothing for Enter to take unasked */
	t->opt = -1;
	t->nahead = 0;
	t->ahead_found = 0;
	for (i = 0; i < value_count(opts); i++)
		if (selected(value_at(opts, i))) {
			t->opt = (int)i;
			break;
		}
	if (value_count(opts) == 0) {
		char *none = w_options_none(f);

		/* without its brackets, as a message */
		none[strlen(none) - 1] = '\0';
		view_message(t, 1, "%s", none + 1);
		free(none);
		return 0;
	}
	return 1;
}

static int
key(struct tui *t, const struct value *f, int is_key, wint_t ch)
{
	return w_options_key(t, f, is_key, ch, is_multi(f));
}

/* Every pick goes to the model at once; what is left is an option found
 * by typing its words and not yet picked: "Level 2" then Tab picks Level 2
 * (ticks it, on check boxes), as words typed on a text question answer it.
 * After Up, Down, Home or End the highlight is only a place (nahead 0). */
static int
commit(struct tui *t, const struct value *f)
{
	const struct value *o = view_at(value_get(f, "options"), t->opt);
	int found = t->ahead_found && t->nahead > 0;

	t->ahead_found = 0;
	if (!found || o == NULL || selected(o))
		return 0;
	return edit_toggle(t, f, view_str(o, "value"));
}

/* A click on an option selects it as Space would. */
static int
click(struct tui *t, const struct value *f, int item)
{
	int multi = is_multi(f);	/* f is gone once the edit brings the screen anew */

	t->opt = item;
	return key(t, f, 0, ' ') | (multi ? 0 : TUI_LEAVE);
}

static void
hints(struct tui *t, const struct value *f, struct hint *h)
{
	static char digits[2][16];
	int n = (int)value_count(value_get(f, "options")), multi = is_multi(f);
	char *d = digits[multi];

	snprintf(d, sizeof digits[0], "1-%d", n < 9 ? n : 9);
	hint_set(h, 1, 0, n == 1 ? "1" : d, multi ? "Tick" : "Pick");
	hint_set(h, 1, 1, "abc", "Find");
	if (!t->editing)
		return;
	hint_set(h, 3, 0, multi ? "Space" : "Enter", multi ? "Tick" : "Pick");
	hint_set(h, 3, 1, multi ? "Enter" : "Esc", "Done");
	hint_set(h, 4, 0, t->utf8 ? "\xe2\x86\x91\xe2\x86\x93" : "Up/Dn", "Move");
}

const struct widget w_choice = {
	.type = "choice", .render = render, .begin = begin, .key = key, .commit = commit, .click = click,
	.hints = hints,
};
