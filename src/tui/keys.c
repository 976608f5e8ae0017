/* keys.c: the wizard's commands, as a table the help page lists too.
 *
 * The rule: on a focused question a printable key is always part of an
 * answer to that question, never a command.  So every command here is on
 * a key that cannot be part of an answer (an F-key, a Ctrl-key, PgUp and
 * PgDn, Tab, the arrows), except / and ?, which are commands only when
 * nothing is being edited.  What a printable key does on each type of
 * question is the widget's business (w-*.c), and the hint bar says it. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"

#define CTRL(c) ((c) & 0x1f)

const struct binding keys_nav[] = {
	{ '\t', A_NEXT_FIELD, KEYS_ALWAYS, "Tab, Down", "next question (in a table: the next cell)" },
	{ KEY_DOWN, A_NEXT_FIELD, KEYS_ALWAYS, NULL, NULL },
	{ KEY_BTAB, A_PREV_FIELD, KEYS_ALWAYS, "Shift-Tab, Up", "previous question (in a table: the cell before)" },
	{ TUI_KEY_STAB, A_PREV_FIELD, KEYS_ALWAYS, NULL, NULL },
	{ KEY_UP, A_PREV_FIELD, KEYS_ALWAYS, NULL, NULL },
	{ KEY_NPAGE, A_NEXT_STEP, KEYS_ALWAYS, "PgDn, Ctrl-N", "next step" },
	{ CTRL('n'), A_NEXT_STEP, KEYS_ALWAYS, NULL, NULL },
	{ KEY_PPAGE, A_PREV_STEP, KEYS_ALWAYS, "PgUp, Ctrl-P", "previous step" },
	{ CTRL('p'), A_PREV_STEP, KEYS_ALWAYS, NULL, NULL },
	{ CTRL('g'), A_GOTO, KEYS_ALWAYS, "Ctrl-G", "go to a step: its number (10 works) or its name's start" },
	{ '\r', A_EDIT, KEYS_IDLE, "Enter", "open the question to answer or change it" },
	{ '\n', A_EDIT, KEYS_IDLE, NULL, NULL },
	{ KEY_ENTER, A_EDIT, KEYS_IDLE, NULL, NULL },
	{ 27, A_CLEAR, KEYS_IDLE, NULL, NULL },
	{ '/', A_SEARCH, KEYS_IDLE, "/", "search every step's questions, help and glossary" },
	{ CTRL('f'), A_SEARCH_NEXT, KEYS_ALWAYS, "Ctrl-F", "the next search hit (a new search when there is none)" },
	{ '?', A_QUESTION_HELP, KEYS_IDLE, "?", "the focused question's whole help, full screen" },
	{ KEY_F(1), A_HELP, KEYS_ALWAYS, "F1", "this page: the keys" },
	{ KEY_F(2), A_GLOSSARY, KEYS_ALWAYS, "F2", "the glossary (type to filter it)" },
	{ KEY_F(3), A_HEALTH, KEYS_ALWAYS, "F3", "the plan's health check (six pitfalls) and design advice" },
	{ KEY_F(4), A_TITLE, KEYS_ALWAYS, "F4", "change the plan's title" },
	{ KEY_F(12), A_REVIEW, KEYS_ALWAYS, "F12", "answer the open review items: reply, resolve, accept" },
	{ CTRL('t'), A_REVIEW_ACCEPT, KEYS_IDLE, "Ctrl-T", "take the focused question's proposed change (review)" },
	{ KEY_F(9), A_EXPORT, KEYS_ALWAYS, "F9", "write the plan as a document (Word, PDF, web page...)" },
	{ CTRL('z'), A_UNDO, KEYS_ALWAYS, "Ctrl-Z", "undo the last change to the plan, wherever it was made" },
	{ CTRL('y'), A_REDO, KEYS_ALWAYS, "Ctrl-Y", "redo what Ctrl-Z undid" },
	{ CTRL('s'), A_SAVE, KEYS_ALWAYS, "Ctrl-S", "save now (it also saves by itself)" },
	{ CTRL('q'), A_QUIT, KEYS_ALWAYS, "Ctrl-Q", "save and quit" },
	{ CTRL('c'), A_ASK_QUIT, KEYS_ALWAYS, "Ctrl-C", "asks whether to quit: Enter saves and quits, Esc goes on" },
	{ CTRL('e'), A_EXTERNAL, KEYS_ALWAYS, "Ctrl-E", "long text: edit it in $VISUAL or $EDITOR" },
	{ CTRL('l'), A_REDRAW, KEYS_ALWAYS, "Ctrl-L", "redraw the screen" },
	{ KEY_F(8), A_SCROLL_MAIN, KEYS_ALWAYS, "F8 F7, Ctrl-V", "scroll the questions down or up (the mouse wheel too)" },
	{ KEY_F(7), A_SCROLL_MAIN, KEYS_ALWAYS, NULL, NULL },
	{ CTRL('v'), A_SCROLL_MAIN, KEYS_ALWAYS, NULL, NULL },
	{ KEY_F(6), A_SCROLL_HELP, KEYS_ALWAYS, "F6 F5", "scroll the help pane down or up" },
	{ KEY_F(5), A_SCROLL_HELP, KEYS_ALWAYS, NULL, NULL },
	{ CTRL('r'), A_RELOAD_PACK, KEYS_ALWAYS, "Ctrl-R", "reload the step pack from disk, keeping the answers" },
	{ 0, A_NONE, 0, NULL, NULL },
};

const struct binding *
keys_find(int is_key, wint_t ch, int editing)
{
	const struct binding *b;

	for (b = keys_nav; b->action != A_NONE; b++)
		if (b->key == (int)ch && (is_key ? ch >= KEY_MIN : ch < KEY_MIN) &&
		    (b->when == KEYS_ALWAYS || !editing))
			return b;
	return NULL;
}

int
keys_small_ok(enum action a)
{
	/* a terminal too small to draw on: nothing may act unseen */
	return a == A_SAVE || a == A_QUIT || a == A_ASK_QUIT || a == A_REDRAW;
}
