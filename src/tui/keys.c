/* keys.c: the key bindings outside editing, as a table the help screen
 * lists too.  Every command has a key that cannot be typed (an F-key or a
 * Ctrl-key): on a question that takes typed text the printable keys start
 * editing it (tui.c handle_key), so the letters and digits below work only
 * when the focus is elsewhere. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"

#define CTRL(c) ((c) & 0x1f)

const struct binding keys_nav[] = {
	{ '\t', A_NEXT_FIELD, "Tab, Down", "next question" },
	{ KEY_DOWN, A_NEXT_FIELD, NULL, NULL },
	{ KEY_BTAB, A_PREV_FIELD, "Shift-Tab, Up", "previous question" },
	{ TUI_KEY_STAB, A_PREV_FIELD, NULL, NULL },
	{ KEY_UP, A_PREV_FIELD, NULL, NULL },
	{ KEY_NPAGE, A_NEXT_STEP, "PgDn, Ctrl-N", "next step (saves)" },
	{ CTRL('n'), A_NEXT_STEP, NULL, NULL },
	{ KEY_PPAGE, A_PREV_STEP, "PgUp, Ctrl-P", "previous step (saves)" },
	{ CTRL('p'), A_PREV_STEP, NULL, NULL },
	{ '0', A_JUMP, "0-9", "go to that step (off a question you type into)" },
	{ CTRL('g'), A_GOTO, "Ctrl-G, 0-9", "go to that step from anywhere, even while editing" },
	{ '\r', A_EDIT, "Enter", "edit the question; in one-line text Enter confirms" },
	{ '\n', A_EDIT, NULL, NULL },
	{ KEY_ENTER, A_EDIT, NULL, NULL },
	{ CTRL('s'), A_SAVE, "Ctrl-S", "save now (it also saves by itself)" },
	{ CTRL('q'), A_QUIT, "Ctrl-Q", "save and quit" },
	{ CTRL('c'), A_QUIT, NULL, NULL },
	{ '/', A_SEARCH, "/", "search questions and help in every step" },
	{ 'n', A_SEARCH_NEXT, "n", "next search hit (on a text question: right after / or n)" },
	{ KEY_F(1), A_HELP, "F1, ?", "this help" },
	{ '?', A_HELP, NULL, NULL },
	{ KEY_F(2), A_GLOSSARY, "F2, g", "the glossary" },
	{ 'g', A_GLOSSARY, NULL, NULL },
	{ KEY_F(9), A_EXPORT, "F9", "export the plan document: choose a template and a format" },
	{ KEY_F(3), A_HEALTH, "F3, H", "the plan's health check (six pitfalls) and design advice" },
	{ 'H', A_HEALTH, NULL, NULL },
	{ CTRL('r'), A_RELOAD_PACK, "Ctrl-R", "reload the step pack from disk, keeping the answers" },
	{ CTRL('e'), A_EXTERNAL, "Ctrl-E", "edit long text in $VISUAL or $EDITOR" },
	{ CTRL('z'), A_UNDO, "Ctrl-Z", "undo the last change in the field" },
	{ CTRL('l'), A_REDRAW, "Ctrl-L", "redraw the screen" },
	{ KEY_F(4), A_TITLE, "F4, t", "change the plan's title" },
	{ 't', A_TITLE, NULL, NULL },
	{ CTRL('v'), A_SCROLL_MAIN, "Ctrl-V, Ctrl-Y", "scroll the questions down or up (F8, F7, the mouse wheel)" },
	{ CTRL('y'), A_SCROLL_MAIN, NULL, NULL },
	{ KEY_F(8), A_SCROLL_MAIN, NULL, NULL },
	{ KEY_F(7), A_SCROLL_MAIN, NULL, NULL },
	{ KEY_F(6), A_SCROLL_HELP, "F6 F5, ] [", "scroll the help pane down or up" },
	{ KEY_F(5), A_SCROLL_HELP, NULL, NULL },
	{ ']', A_SCROLL_HELP, NULL, NULL },
	{ '[', A_SCROLL_HELP, NULL, NULL },
	{ 0, A_NONE, NULL, NULL },
};
