/* prompt.c: the small questions the wizard asks in its own loop: a line
 * on the message line (search, file names, the title), yes or no in a box,
 * and a choice from a list. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CTRL(c) ((c) & 0x1f)

/* Tab in a file name: the name completed as far as the folder's entries
 * agree (a folder's with a slash when it is the only one); the ones it
 * could still be, in *shown (allocated; "" when it was completed). */
static void
complete_path(struct ledit *e, char **shown)
{
	char *dir, *prefix, *slash, *common = NULL, *single = NULL;
	struct buf list;
	DIR *d;
	struct dirent *de;
	size_t n, count = 0;

	free(*shown);
	slash = strrchr(e->buf, '/');
	dir = slash != NULL ? xstrndup(e->buf, (size_t)(slash - e->buf) + 1) : xstrdup("");
	prefix = xstrdup(slash != NULL ? slash + 1 : e->buf);
	n = strlen(prefix);
	buf_init(&list);
	if ((d = opendir(*dir != '\0' ? dir : ".")) != NULL) {
		while ((de = readdir(d)) != NULL) {
			char *full, *name;
			struct stat st;

			if (strncmp(de->d_name, prefix, n) != 0 || strcmp(de->d_name, ".") == 0 ||
			    strcmp(de->d_name, "..") == 0 || (de->d_name[0] == '.' && prefix[0] != '.'))
				continue;
			full = xasprintf("%s%s", dir, de->d_name);
			name = xasprintf("%s%s", de->d_name, stat(full, &st) == 0 && S_ISDIR(st.st_mode) ? "/" : "");
			free(full);
			buf_addf(&list, "%s%s", list.len > 0 ? "  " : "", name);
			if (count++ == 0) {
				common = xstrdup(de->d_name);
				single = name;
				continue;
			}
			{
				size_t k = 0;

				while (common[k] != '\0' && common[k] == de->d_name[k])
					k++;
				common[k] = '\0';
			}
			free(name);
		}
		closedir(d);
	}
	if (count > 0) {
		char *now = xasprintf("%s%s", dir, count == 1 ? single : common);

		ledit_set(e, now);
		free(now);
	}
	buf_adds(&list, "");
	if (count == 1)
		*shown = xstrdup("");
	else if (count == 0)
		*shown = xstrdup("(no file or folder begins so)");
	else
		*shown = xstrdup(list.data);
	buf_free(&list);
	free(single);
	free(common);
	free(prefix);
	free(dir);
}

static char *prompt_run(struct tui *t, const char *question, const char *initial, int paths);

/* A line of input on the message line (search, file names); NULL on Esc.
 * The initial text is offered as a selection, shown in reverse: typing
 * replaces it and Backspace clears it (as a selected default does in most
 * programs), while a cursor key keeps it for editing. */
char *
prompt_line(struct tui *t, const char *question, const char *initial)
{
	return prompt_run(t, question, initial, 0);
}

char *
prompt_path(struct tui *t, const char *question, const char *initial)
{
	return prompt_run(t, question, initial, 1);
}

static char *
prompt_run(struct tui *t, const char *question, const char *initial, int paths)
{
	struct ledit e;
	size_t start = 0;
	char *out = NULL, *shown = NULL;
	int fresh = initial != NULL && *initial != '\0';

	ledit_init(&e, initial, 0);
	t->prompting = 1;
	for (;;) {
		int qw, cx, r;
		enum term_wait ev;
		wint_t ch;

		if (t->screen != NULL)
			draw_screen(t);
		else
			draw_hint_bar(t);
		move(LINES - 3, 0);
		clrtoeol();
		qw = draw_text(LINES - 3, 0, question, strlen(question), COLS / 2, term_attr(ROLE_LABEL));
		cx = ledit_hscroll(&e, COLS - qw - 2, &start);
		draw_text(LINES - 3, qw + 1, e.buf + start, e.len - start, COLS - qw - 2,
		    fresh ? (int)A_REVERSE : term_attr(ROLE_TYPING));
		if (shown != NULL && *shown != '\0') {
			/* what Tab could still complete to, over the hints */
			move(LINES - 2, 0);
			clrtobot();
			draw_text(LINES - 2, 0, shown, strlen(shown), COLS, term_attr(ROLE_HINT));
		}
		move(LINES - 3, qw + 1 + cx);
		curs_set(1);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			break;
		if (ev == TERM_REDRAW)
			continue;
		if (term_key_dropped(r, ch))
			continue;
		/* the first key that types or rubs out clears the offer; it is
		 * then handled as usual below */
		if (fresh && (r == OK ? ch >= 0x20 || ch == CTRL('h') : ch == KEY_BACKSPACE)) {
			ledit_home(&e);
			ledit_kill_end(&e);
		}
		fresh = 0;
		if (paths && r == OK && ch == '\t') {
			complete_path(&e, &shown);
			continue;
		}
		free(shown);
		shown = NULL;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_LEFT) ledit_left(&e);
			else if (ch == KEY_RIGHT) ledit_right(&e);
			else if (ch == KEY_HOME) ledit_home(&e);
			else if (ch == KEY_END) ledit_end(&e);
			else if (ch == KEY_BACKSPACE) ledit_backspace(&e);
			else if (ch == KEY_DC) ledit_delete(&e);
			else if (ch == KEY_ENTER) { out = xstrdup(e.buf); break; }
			continue;
		}
		if (ch == CTRL('c')) {
			if (prompt_quit(t))
				break;
			continue;
		}
		if (ch == 27 || ch == CTRL('g'))
			break;
		if (ch == '\r' || ch == '\n') {
			out = xstrdup(e.buf);
			break;
		}
		if (ch == 127 || ch == CTRL('h'))
			ledit_backspace(&e);
		else if (ch == CTRL('a'))
			ledit_home(&e);
		else if (ch == CTRL('e'))
			ledit_end(&e);
		else if (ch == CTRL('u'))
			ledit_kill_start(&e);
		else if (ch == CTRL('k'))
			ledit_kill_end(&e);
		else if (ch == CTRL('w'))
			ledit_kill_word(&e);
		else if (ch >= 0x20) {
			char mb[MB_LEN_MAX];
			size_t n = typing_char_bytes(ch, mb);

			if (n > 0)
				ledit_insert(&e, mb, n);
		}
	}
	ledit_free(&e);
	free(shown);
	t->prompting = 0;
	curs_set(0);
	return out;
}

/* A yes/no question in a box: y is yes, n or Esc is no, Enter is enter; Ctrl-C
 * is cc (-1: ask whether to quit, as everywhere).  Returns 1 for yes, 0
 * for no, -1 when the person chose to quit. */
static int
ask_box(struct tui *t, const char *title, const char *text, const char *foot, int cc, int enter)
{
	for (;;) {
		int r;
		enum term_wait ev;
		wint_t ch;

		if (t->screen != NULL && !term_too_small())
			draw_screen(t);
		else
			erase();
		draw_box(t, title, text, foot);
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			return 0;
		if (ev == TERM_REDRAW)
			continue;
		if ((r == KEY_CODE_YES && ch == KEY_ENTER) || (r == OK && (ch == '\r' || ch == '\n')))
			return enter;
		if (r == OK && (ch == 'y' || ch == 'Y'))
			return 1;
		if (r == OK && (ch == 'n' || ch == 'N' || ch == 27))
			return 0;
		if (r == OK && ch == CTRL('c')) {
			if (cc >= 0)
				return cc;
			if (prompt_quit(t))
				return -1;
		}
	}
}

int
prompt_yes_no(struct tui *t, const char *title, const char *text)
{
	return ask_box(t, title, text, "Y or Enter: yes    N or Esc: no", 0, 1) == 1;
}

int
prompt_no_yes(struct tui *t, const char *title, const char *text)
{
	return ask_box(t, title, text, "Y: yes    N, Enter or Esc: no", 0, 0) == 1;
}

int
prompt_quit(struct tui *t)
{
	int yes;

	/* Ctrl-C twice quits: the second one answers this question */
	yes = ask_box(t, "Quit evalwiz?", t->read_only ? "The plan was opened read-only: nothing is changed." :
	    "Everything you typed is kept: the plan is saved before evalwiz stops.",
	    "Enter or Y: quit    Esc or N: carry on where you were", 1, 1) == 1;
	if (yes)
		t->quit = 1;
	return yes;
}

/* A list to choose from, one item a line (Up/Down, Enter; a digit picks
 * the item with that number; Esc goes back).  Returns the index or -1. */
int
prompt_choose(struct tui *t, const char *title, const char *const *items, int n, int initial)
{
	int cur = initial >= 0 && initial < n ? initial : 0, top = 0;

	for (;;) {
		int i, r, h = LINES - 3, a = term_attr(ROLE_HEADER), x;
		enum term_wait ev;
		wint_t ch;

		if (h < 1)
			h = 1;
		if (cur < top)
			top = cur;
		if (cur >= top + h)
			top = cur - h + 1;
		erase();
		attrset(a);
		for (x = 0; x < COLS; x++)
			mvaddch(0, x, ' ');
		attrset(A_NORMAL);
		draw_text(0, 1, title, strlen(title), COLS - 1, a);
		for (i = 0; i < h && top + i < n; i++) {
			char *line = xasprintf("%s %d. %s", top + i == cur ? ">" : " ", top + i + 1, items[top + i]);

			draw_text(1 + i, 1, line, strlen(line), COLS - 2,
			    top + i == cur ? term_attr(ROLE_FOCUS) : (int)A_NORMAL);
			free(line);
		}
		draw_text(LINES - 1, 0, "Up/Down choose, Enter takes it, Esc goes back", 46, COLS,
		    term_attr(ROLE_HINT));
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			return -1;
		if (ev == TERM_REDRAW)
			continue;
		if (term_key_dropped(r, ch))
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_UP && cur > 0)
				cur--;
			else if (ch == KEY_DOWN && cur < n - 1)
				cur++;
			else if (ch == KEY_HOME || ch == KEY_PPAGE)
				cur = ch == KEY_HOME || cur < h ? 0 : cur - h;
			else if (ch == KEY_END || ch == KEY_NPAGE)
				cur = ch == KEY_END || cur + h >= n ? n - 1 : cur + h;
			else if (ch == KEY_ENTER)
				return cur;
			continue;
		}
		if (ch == CTRL('c')) {
			if (prompt_quit(t))
				return -1;
			continue;
		}
		if (ch == 27 || ch == CTRL('g') || ch == 'q')
			return -1;
		if (ch == '\r' || ch == '\n')
			return cur;
		if (ch == 'k' && cur > 0)
			cur--;
		else if (ch == 'j' && cur < n - 1)
			cur++;
		else if (ch >= '1' && ch <= '9' && (int)(ch - '1') < n)
			return (int)(ch - '1');
	}
}
