/* tui-int.h: what the parts of the wizard share: the session, the terminal
 * layer, drawing helpers, key actions and the widget table, file by file. */
#ifndef EVALWIZ_TUI_INT_H
#define EVALWIZ_TUI_INT_H

#include "tui/ledit.h"

#include <stddef.h>
#include <time.h>
#include <wchar.h>

struct ctx;
struct session;
struct value;

/* Handler results: what the loop must do next. */
#define TUI_REDRAW	0x01	/* draw the screen again */
#define TUI_CHANGED	0x02	/* the answers changed: fetch the screen data again */
#define TUI_DIRTY	0x04	/* typed text not yet in the model: autosave later */
#define TUI_LEAVE	0x08	/* stop editing the field */
#define TUI_QUIT	0x10
#define TUI_UNHANDLED	0x20

/* Keys ncurses does not name. */
#define TUI_KEY_PASTE_BEGIN	(KEY_MAX + 1)
#define TUI_KEY_PASTE_END	(KEY_MAX + 2)
#define TUI_KEY_STAB		(KEY_MAX + 3)
#define TUI_KEY_MOVE_UP		(KEY_MAX + 4)	/* Alt- or Ctrl-Up: move the item or row up */
#define TUI_KEY_MOVE_DOWN	(KEY_MAX + 5)

/* The mouse wheel turned down: button 5, where this ncurses knows it. */
#ifdef BUTTON5_PRESSED
#define WHEEL_DOWN BUTTON5_PRESSED
#else
#define WHEEL_DOWN 0
#endif

/* Colour roles: drawn as colours, or as attributes in monochrome. */
enum role {
	ROLE_NORMAL, ROLE_HEADER, ROLE_STEP, ROLE_STEP_CURRENT, ROLE_LABEL, ROLE_FOCUS,
	ROLE_ANSWER, ROLE_EDIT, ROLE_HELP, ROLE_PROBLEM, ROLE_WARNING, ROLE_DONE, ROLE_HINT_KEY,
	ROLE_HINT, ROLE_MESSAGE, ROLE_ERROR, ROLE_PANEL, ROLE_DIM, ROLE_TYPING, ROLE_COUNT
};

enum action {
	A_NONE, A_NEXT_FIELD, A_PREV_FIELD, A_NEXT_STEP, A_PREV_STEP, A_EDIT, A_SAVE, A_QUIT,
	A_ASK_QUIT, A_SEARCH, A_SEARCH_NEXT, A_HELP, A_QUESTION_HELP, A_GLOSSARY, A_EXTERNAL,
	A_UNDO, A_REDO, A_REDRAW, A_TITLE, A_SCROLL_HELP, A_EXPORT, A_HEALTH, A_REVIEW, A_REVIEW_ACCEPT, A_RELOAD_PACK,
	A_SCROLL_MAIN, A_GOTO, A_CLEAR,
};

/* When a binding acts. */
#define KEYS_ALWAYS	0	/* editing or not */
#define KEYS_IDLE	1	/* only when nothing is being edited (/ and ?, Enter, Esc) */

struct binding {
	int key;
	enum action action;
	int when;		/* KEYS_ALWAYS or KEYS_IDLE */
	const char *name;	/* on the help page; NULL: not listed */
	const char *what;
};

extern const struct binding keys_nav[];
/* The binding of a key (is_key: a key code, else a character), or NULL;
 * editing: a question is being edited, so only KEYS_ALWAYS ones count. */
const struct binding *keys_find(int is_key, wint_t ch, int editing);
/* 1 for the actions a terminal too small to draw on still takes. */
int keys_small_ok(enum action a);

/* The wizard's state. */
struct tui {
	struct ctx *ctx;
	struct session *session;	/* the plan (session.h): lock, journal, saves */
	const char *path;	/* the session's */
	int read_only;		/* the session's */
	const char *read_only_why;
	int utf8, colour;
	time_t last_input;	/* for autosave after a pause */
	int pending;		/* the editor holds text the model has not got */
	int autosaving;		/* commit() called by the autosave, not by a key */

	struct value *screen;	/* ui.screen for the current step */
	int nsteps, step;	/* step index from 1 */
	int focus;		/* index into the step's fields */
	int top;		/* first line of the main pane shown */
	int free_scroll;	/* the user scrolled the main pane: do not follow the focus */
	int main_y, main_h;	/* where the main pane is on the screen */
	int help_x, help_y, help_h;	/* and the help pane */
	int help_top;

	/* editing */
	int editing;
	struct ledit le;
	size_t hstart;		/* horizontal scroll of a one-line editor */
	int opt;		/* option, item or row under the cursor */
	int col;		/* records: column */
	int sub;		/* list/records: editing an item or cell with le */
	int wrap_width;		/* columns the long-text editor wraps at */

	/* search */
	char *query;
	int hit;
	int search_active;	/* the last key searched or went to the next hit */
	int prompting;		/* a prompt on the message line has the keys */

	/* type-ahead in a list of options: what was typed, and when (ms) */
	char ahead[64];
	size_t nahead;
	long long ahead_ms;
	int ahead_pick;		/* the words typed began with a number that picked */
	int ahead_found;	/* the words typed found the option highlighted, which
				 * leaving the question picks (ticks) if Enter did not */
	int pick;		/* a table's column of options: the one highlighted */

	char *clip;		/* the list item Ctrl-K cut last, for Ctrl-U */
	/* the cell last used in each table, to come back to */
	struct tui_cell {
		char *key;	/* step.field */
		int row, col;
	} cells[32];

	int edit_group;		/* counts edits started, so a text edit is one step of undo */
	int save_asked;		/* Ctrl-S started the save that runs: say when it is done */
	int idle_work;		/* step statuses still to work out when no key comes */

	/* what each screen row shows, for mouse clicks */
	int row_field[256], row_item[256];
	int steps_first, steps_width, main_x;

	char *notice, *notice_title;	/* notes shown in a box until the next key */
	char message[512];
	int message_error;
	int quit, quit_armed;
	int was_complete;	/* every step was complete after the last key */
	char *rescue;		/* where the answers went when the plan could not be saved */
	int recover;		/* --recover: restore a recovery file's edits without asking */
	char *notes;		/* printed while the plan opened, to show on the screen */
	int term_started;	/* open.c started the terminal to ask something */
};

/*
 * The files of the wizard, from the bottom up.  A file calls only files
 * listed before it (tests/lua/test-tui-layers.lua checks that no two call
 * each other, directly or round a circle):
 *   term.c ledit.c ascii.c pane.c keys.c  the terminal, the line editor, ASCII
 *                                 for a terminal that is not UTF-8, pane lines, key tables
 *   view.c                        the screen data from the model, the message line
 *   state.c                       the user's state folder
 *   typing.c                      typing into a question (the line editor's keys)
 *   edit.c                        edits handed to the model, undo
 *   w-*.c widget.c                one widget per question type
 *   draw.c                        the screen
 *   save.c                        saving, the rescue copy
 *   prompt.c page.c               small questions and full-screen pages
 *   nav.c                         moving between questions and steps, editing
 *   export-menu.c start.c         F9, the start screen
 *   review-list.c                 F12, the open review items, answered
 *   input.c                       what a key does
 *   open.c                        opening a plan
 *   tui.c                         the loop (tui.h)
 */

/* term.c: terminal start/stop and signals. */
void term_start(struct tui *t);
void term_stop(void);
int term_too_small(void);
/* 1 when a key read by a page, a prompt or a menu must be dropped: the
 * terminal is too small to show what it would do (Ctrl-C still asks). */
int term_key_dropped(int r, wint_t ch);
/* Reads a key: OK with a character, KEY_CODE_YES with a key code, or ERR. */
int term_get(wint_t *ch);
/* What term_wait_key saw. */
enum term_wait {
	TERM_KEY,	/* a key: *r is OK (a character) or KEY_CODE_YES (a key code), in *ch */
	TERM_REDRAW,	/* no key: the size changed, or evalwiz was stopped and went on
			 * (the whole screen must be sent); draw again, then wait again */
	TERM_HANGUP,	/* the terminal hung up or evalwiz was told to stop: give up at once */
};
/* Waits as long as it takes for a key, for the pages and questions that
 * have nothing to do until one comes (the main loop has its own wait, for
 * the autosave).  A stop (SIGTSTP) is handled inside: the terminal is given
 * back, and TERM_REDRAW comes when evalwiz goes on. */
enum term_wait term_wait_key(int *r, wint_t *ch);
extern volatile int term_hangup, term_cont, term_tstp;
/* After SIGTSTP: gives the terminal back, stops, and on SIGCONT takes it
 * again; returns 1 when the screen must be drawn anew. */
int term_check_suspend(void);
/* Suspends curses to run another program in the terminal. */
void term_suspend(void);
void term_resume(void);
int term_attr(enum role r);

/* The lines of the main pane: widgets append to this. */
struct pline {
	char *text;
	int attr;
	int indent;
	int field;		/* field index, -1 none */
	int cursor;		/* column of the cursor on this line, -1 none */
	int item;		/* option, item or row shown on this line, -1 none */
	int typing;		/* text being typed: drawn plain, marked in the margin */
	char *tail;		/* drawn after text in tail_attr (a unit, a flag), or NULL */
	int tail_attr;
	const struct pane_lazy *lazy;	/* text NULL: made by lazy for item when drawn */
};
/* A line's text made only when the line is drawn (pane_text): a table of
 * 10,000 rows adds 10,000 lines to the pane, of which a screenful is seen. */
struct pane_lazy {
	char *(*make)(struct tui *t, const void *arg, int item);
	void *arg;		/* freed with the pane */
	struct pane_lazy *next;
};
struct pane {
	struct pline *lines;
	size_t n;
	int width;
	size_t cap;
	struct pane_lazy *lazies;
};
/* pane.c */
void pane_add(struct pane *p, const char *s, size_t n, int attr, int indent, int field);
/* Adds text word-wrapped to the pane's width less indent. */
void pane_wrap(struct pane *p, const char *s, int attr, int indent, int field);
void pane_free(struct pane *p);
/* A maker of lines for pane_add_lazy; arg (allocated) is the pane's now. */
const struct pane_lazy *pane_lazy_new(struct pane *p, char *(*make)(struct tui *t, const void *arg, int item),
    void *arg);
/* A line whose text lazy makes for item when the line is drawn. */
void pane_add_lazy(struct pane *p, const struct pane_lazy *lazy, int item, int attr, int indent, int field);
/* Line i's text, made now if it was added lazily. */
const char *pane_text(struct tui *t, struct pane *p, size_t i);
/* Gives the last line a tail: more text after it in another attribute. */
void pane_tail(struct pane *p, const char *s, int attr);

/* view.c: the current step's screen data (ui.screen) and what is focused. */
/* The focused question's data, or NULL. */
const struct value *view_field(struct tui *t);
/* The focused question's glossary terms, asked for when first needed. */
const struct value *view_terms(struct tui *t, const struct value *f);
/* seq[i], or NULL when seq is none or i is not one of its places. */
const struct value *view_at(const struct value *seq, int i);
/* map[key] as text ("" when absent). */
const char *view_str(const struct value *map, const char *key);
/* The screen data for the current step again; -1 with a message. */
int view_reload(struct tui *t);
/* Takes screen (ui.screen's answer) as the current step's, keeping the
 * focus on the same question when it is still shown. */
void view_set_screen(struct tui *t, struct value *screen);
/* The plan file holds every edit (the header's "saved"). */
int view_saved(const struct tui *t);
/* The entries of the focused question's long list (a table's rows, a
 * list's items, its options) within lines of the cursor, made real before
 * a frame: ui.screen carries a part of each, the rest stand in as blanks. */
void view_window(struct tui *t, int lines);
/* Counts every change to the screen data (a new screen, a part of a long
 * list loaded): what is worked out from it in C is kept until it moves. */
extern unsigned long view_generation;
/* An idle moment's work (ui.idle): a step's status worked out; returns 1
 * when the step list changed.  t->idle_work says whether more is to do. */
int view_idle(struct tui *t);
/* 1 for the question types that take typed text (text, textarea, number, date). */
int view_is_text_type(const char *type);
/* 1 when the focus is on a question that takes typed text (text, textarea,
 * number, date) and the plan can be changed: there printable keys start
 * editing and only F-keys, Ctrl-keys, / and ? are commands. */
int view_typing_focus(struct tui *t);
void view_message(struct tui *t, int error, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The step list's mark for a status. */
const char *view_mark(const struct tui *t, const char *status);

/* state.c: the user's state folder (allocated path), made with its parents. */
char *state_dir(void);
void state_mkdirs(const char *dir);
/* The state folder, made if need be, when it is the user's alone (a
 * folder, not a link, that no one else may write); NULL otherwise. */
char *state_dir_ready(void);
/* Where the person was in the plan at path when they last left it (this
 * user's state, not the plan's): its step and question ids, allocated;
 * 0 when not known, or when the place was kept for another plan (another
 * plan_id, meta.id) that was at the same path. */
int state_place_get(const char *path, const char *plan_id, char **step, char **field);
void state_place_set(const char *path, const char *plan_id, const char *step, const char *field);

/* typing.c */
/* The bytes of a typed character in this locale (the raw byte when the
 * locale cannot say); returns how many, 0 for none. */
size_t typing_char_bytes(wint_t ch, char *out);
/* Shared editing of the line editor: readline keys; returns flags or TUI_UNHANDLED. */
int typing_key(struct tui *t, int is_key, wint_t ch, int width);
/* Renders the line editor into the pane (one line scrolled, or wrapped). */
void typing_render(struct tui *t, struct pane *p, int index, int indent);
/* Long text in $VISUAL or $EDITOR; returns flags. */
int typing_external(struct tui *t);

/* edit.c: the edits widgets make, each one trip to the model; each
 * returns flags and has put the step's new screen in place. */
int edit_text(struct tui *t, const struct value *f, const char *text);
/* Ctrl-T: the focused question's first open proposed change (review) made its answer. */
int edit_review_accept(struct tui *t);
/* Review item id answered: action reply, resolve, decline (text: the
 * reply or why) or accept; journalled, one step of undo. */
int edit_review(struct tui *t, const char *action, long long id, const char *text);
int edit_toggle(struct tui *t, const struct value *f, const char *value);
/* action: "set" (a cell, row and col from 1), "add" (a row after row; 0:
 * first), "delete", "up", "down". */
int edit_records(struct tui *t, const struct value *f, const char *action, int row, int col, const char *text);
/* The same for a list's items (item from 1). */
int edit_item(struct tui *t, const struct value *f, const char *action, int item, const char *text);
int edit_title(struct tui *t, const char *title);
/* The document of version (versions.stamp made meta.version that; was:
 * meta.version before it, NULL for none) was written to file as format:
 * recorded under versions:, journalled, one step of undo.  Returns 0 when
 * the model took it, -1 (the message says why) when not. */
int edit_version_sent(struct tui *t, long long version, const struct value *was, const char *file,
    const char *format);
/* Why text would be refused for a number or date question (allocated,
 * saying what to type instead), or NULL when it would be accepted. */
char *edit_refusal(struct tui *t, const struct value *f, const char *text);
/* The same for a table's cell in column col (from 1). */
char *edit_cell_refusal(struct tui *t, const struct value *f, int col, const char *text);
/* Undoes (redoes) the last change to the plan, wherever it was made; the
 * message says what, and the focus goes there. */
int edit_undo(struct tui *t);
int edit_redo(struct tui *t);
/* The focus on the question an undo's where names. */
void edit_show_change(struct tui *t, const struct value *where);

/* The key hints at the bottom of the screen, nano style: two rows of
 * HINT_SLOTS slots, each a key and what it does (draw.c).  A widget fills
 * the slots about its own question's keys (hint_set). */
#define HINT_SLOTS 7
struct hint {
	const char *key, *what;
};
static inline void
hint_set(struct hint *h, int slot, int row, const char *key, const char *what)
{
	h[2 * slot + row].key = key;
	h[2 * slot + row].what = what;
}

/* Widgets: one per field type (w-*.c), found by widget_for (widget.c).
 * A printable key on the focused question always answers it: when
 * nothing is being edited, input.c starts the edit (begin) and hands the
 * key to key(), so each widget decides what a letter or a digit does on
 * its type of question, the same on every question of that type. */
struct widget {
	const char *type;
	/* appends the field's lines (editing or not) */
	void (*render)(struct tui *t, const struct value *f, struct pane *p, int index);
	/* starts editing; returns 0 when the field cannot be edited */
	int (*begin)(struct tui *t, const struct value *f);
	/* a key while editing; ch is the character for plain keys (is_key 0);
	 * TUI_UNHANDLED: a command key the loop looks up (keys.c) */
	int (*key)(struct tui *t, const struct value *f, int is_key, wint_t ch);
	/* puts the editor's text into the model; returns flags */
	int (*commit)(struct tui *t, const struct value *f);
	/* a click on item (an option) while editing, or NULL; returns flags */
	int (*click)(struct tui *t, const struct value *f, int item);
	/* fills the hint slots about this question's keys: slot 1 when
	 * nothing is being edited (what a printable key does), slots 1, 3, 4
	 * and 5 while editing */
	void (*hints)(struct tui *t, const struct value *f, struct hint *h);
	/* 1: a grid (a table): when the question is focused, Tab, Shift-Tab,
	 * Enter and the arrows go to key() too, starting the edit; key()
	 * gives back TUI_UNHANDLED when the cursor leaves the grid */
	int grid;
};
const struct widget *widget_for(const char *type);
/* w-list.c: pasted text into a list, each line an item of its own. */
int w_list_paste(struct tui *t, const struct value *f, const char *text);
/* w-records.c: starts typing into the focused cell, keeping its text. */
void w_records_type(struct tui *t, const struct value *f);
/* w-choice.c: type-ahead: moves *opt to the next option of opts whose
 * label (or a word in it) begins with what was typed within the last
 * moment, ch added; returns 0 (with a message) when none does. */
int w_options_ahead(struct tui *t, const struct value *opts, int *opt, wint_t ch);
/* "(no options yet: ...)" for a question or column without options (free it) */
char *w_options_none(const struct value *f);
/* 1 when ch, typed now, goes on with the word being typed to find an
 * option (a digit or a space inside it), rather than picking. */
int w_options_ahead_goes_on(struct tui *t, const struct value *opts, wint_t ch);
int w_options_word(struct tui *t, wint_t ch, int begin);
extern const struct widget w_text, w_textarea, w_number, w_choice, w_yesno, w_date, w_list, w_records,
    w_display;

/* draw.c */
void draw_screen(struct tui *t);
/* A framed box in the middle of the screen with a title, wrapped text and
 * a footer line. */
void draw_box(struct tui *t, const char *title, const char *text, const char *foot);
/* The two lines of key hints at the bottom of the screen, alone (for a
 * prompt where there is no plan's screen behind it). */
void draw_hint_bar(struct tui *t);
/* Prints s clipped to width columns at y, x; returns the columns used. */
int draw_text(int y, int x, const char *s, size_t n, int width, int attr);

/* save.c */
/* Starts saving the plan in the background (nothing in read-only mode or
 * when it is saved): 0, or -1 with a message.  A plan changed on disk since
 * it was opened is never overwritten: a box offers to load it from disk or
 * keep both (1 when the person chose; the message says what was done). */
int save_plan(struct tui *t);
/* A background save that has ended: its news on the message line.
 * Returns 1 when the screen changed. */
int save_poll(struct tui *t);
/* Saves now and waits (on the way out): 0, or -1 with a message. */
int save_now(struct tui *t);
/* The answers to a copy in the state folder, when the plan cannot be
 * written on the way out; t->rescue names it. */
void save_rescue(struct tui *t);

/* prompt.c */
/* A line of input on the message line (search, file names); NULL on Esc.
 * The initial text is offered as a selection. */
char *prompt_line(struct tui *t, const char *question, const char *initial);
/* The same for a file name: Tab completes it from the folder's entries. */
char *prompt_path(struct tui *t, const char *question, const char *initial);
/* A yes/no question in a box: Enter or y is yes, n or Esc is no.  Returns 1 for yes. */
int prompt_yes_no(struct tui *t, const char *title, const char *text);
/* The same where Enter alone says no (a question whose safe answer is no). */
int prompt_no_yes(struct tui *t, const char *title, const char *text);
/* A list to choose from; returns the index or -1. */
int prompt_choose(struct tui *t, const char *title, const char *const *items, int n, int initial);
/* Ctrl-C, wherever it is pressed: asks in a box whether to quit (Enter or
 * y: yes; Esc or n: carry on where you were).  Returns 1 to quit. */
int prompt_quit(struct tui *t);

/* page.c */
/* A scrolling page of text; any other key closes it. */
void page_show(struct tui *t, const char *title, const char *text);
void page_help(struct tui *t);
/* ?: the focused question's whole help (options, example, terms). */
void page_question(struct tui *t);
void page_glossary(struct tui *t);
void page_health(struct tui *t);
/* F12: the partner's open review items across the plan (evalwiz review). */

/* nav.c */
int nav_commit(struct tui *t);		/* the editor's text to the model */
void nav_leave_edit(struct tui *t);	/* stop editing, keeping the edit */
int nav_begin_edit(struct tui *t);
void nav_step(struct tui *t, int step, int focus);
void nav_move(struct tui *t, int dir);
void nav_search(struct tui *t, int next);
/* Goes to the step numbered want, or whose name begins with it. */
void nav_goto(struct tui *t, const char *want);
/* Back where the person left this plan last time, if that is known; and
 * remembering where they are now, for next time. */
void nav_restore_place(struct tui *t);
void nav_remember_place(struct tui *t);
void nav_reload_pack(struct tui *t);	/* Ctrl-R: the pack again from disk */

/* export-menu.c: F9. */
void export_menu(struct tui *t);

/* review-list.c */
/* F12: the open review items; one chosen is answered (reply, resolve,
 * accept, decline) as an edit, or its question shown. */
void review_list(struct tui *t);

/* start.c */
/* The start screen: the plan to open (allocated) and whether to create
 * it, or NULL to quit. */
char *start_screen(struct tui *t, int *create);
/* Puts path first in the list of recent plans. */
void start_remember(const char *path);

/* input.c */
/* Handles one key (is_key: a key code, else a character); returns flags. */
int input_key(struct tui *t, int is_key, wint_t ch);
/* 1 when every step is complete: every required question answered. */
int input_complete(const struct tui *t);
/* After Esc: swallows the rest of an escape sequence curses did not know.
 * Returns 1 when it did; 0 for a plain Esc (the next key is put back). */
int input_unknown_sequence(void);

/* open.c */
/* Opens the plan (or the start screen's choice when path is NULL): 0 when
 * the wizard can run, -1 when it stops here with *rc (0: the start screen
 * was left). */
int open_plan(struct tui *t, const char *path, int read_only, int create, int *rc);
/* The first message and the notes caught while opening. */
void open_greet(struct tui *t);

#endif
