/* start.c: the start screen (a new plan, an existing one, recent plans,
 * the demo plan) and the list of recent plans it offers. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "datadir.h"
#include "tui/tui-int.h"
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CTRL(c) ((c) & 0x1f)

void
start_remember(const char *path)
{
	char *dir = state_dir(), *file = path_join(dir, "recent"), *abs, *old, *cause = NULL;
	char real[4096];
	struct buf b;
	size_t len;
	int kept = 0;

	abs = realpath(path, real) != NULL ? real : (char *)path;
	state_mkdirs(dir);
	buf_init(&b);
	buf_addf(&b, "%s\n", abs);
	old = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	if (old != NULL) {
		char *line, *rest = NULL;

		for (line = strtok_r(old, "\n", &rest); line != NULL && kept < 9; line = strtok_r(NULL, "\n", &rest))
			if (strcmp(line, abs) != 0) {
				buf_addf(&b, "%s\n", line);
				kept++;
			}
		free(old);
	}
	{
		FILE *fp = fopen(file, "w");

		if (fp != NULL) {
			fputs(b.data, fp);
			fclose(fp);
		}
	}
	buf_free(&b);
	free(file);
	free(dir);
}

/* The start screen: returns the plan to open (allocated) and whether to
 * create it, or NULL to quit. */
char *
start_screen(struct tui *t, int *create)
{
	char *dir = state_dir(), *file = path_join(dir, "recent"), *recent, *cause = NULL;
	char *items[16];
	size_t len;
	int n = 0, sel = 0, i;
	char *out = NULL;

	recent = read_file(file, 1 << 20, &len, &cause);
	free(cause);
	if (recent != NULL) {
		char *line, *rest = NULL;

		for (line = strtok_r(recent, "\n", &rest); line != NULL && n < 9; line = strtok_r(NULL, "\n", &rest))
			if (access(line, R_OK) == 0)
				items[n++] = line;
	}
	*create = 0;
	for (;;) {
		int r, y, total = n + 4;
		enum term_wait ev;
		wint_t ch;
		static const char *const fixed[] = { "New plan", "Open a plan", "Try the demo plan", "Quit" };

		erase();
		{
			int x;

			attrset(term_attr(ROLE_HEADER));
			for (x = 0; x < COLS; x++)
				mvaddch(0, x, ' ');
			attrset(A_NORMAL);
		}
		draw_text(0, 1, "evalwiz: plan an evaluation, step by step", 60, COLS - 1, term_attr(ROLE_HEADER));
		draw_text(2, 2, "Choose with Up/Down and Enter, or press the letter.", 60, COLS - 2, A_NORMAL);
		y = 4;
		for (i = 0; i < total; i++) {
			char line[4200];
			int attr = i == sel ? A_REVERSE : A_NORMAL;

			if (i < 3)
				snprintf(line, sizeof line, " %c  %s ", "nod"[i], fixed[i]);
			else if (i < 3 + n)
				snprintf(line, sizeof line, " %d  %s ", i - 2, items[i - 3]);
			else
				snprintf(line, sizeof line, " q  %s ", fixed[3]);
			if (i == 3 && n > 0)
				draw_text(y++, 2, "Recent plans:", 13, COLS - 2, term_attr(ROLE_LABEL));
			draw_text(y++, 2, line, strlen(line), COLS - 4, attr);
			if (i == 2)
				y++;
		}
		if (*t->message != '\0')
			draw_text(LINES - 1, 0, t->message, strlen(t->message), COLS, term_attr(ROLE_ERROR));
		curs_set(0);
		refresh();
		if ((ev = term_wait_key(&r, &ch)) == TERM_HANGUP)
			break;
		if (ev == TERM_REDRAW)
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_UP && sel > 0) sel--;
			else if (ch == KEY_DOWN && sel < total - 1) sel++;
			else if (ch == KEY_ENTER) goto choose;
			continue;
		}
		if (ch == 'q' || ch == CTRL('q') || ch == 27)
			break;
		if (ch == 'n') sel = 0;
		else if (ch == 'o') sel = 1;
		else if (ch == 'd' || ch == 'D') sel = 2;
		else if (ch >= '1' && ch <= '9' && (int)ch - (int)'1' < n) sel = 3 + (int)(ch - '1');
		else if (ch != '\r' && ch != '\n') continue;
choose:
		*t->message = '\0';
		if (sel == 0 || sel == 1) {
			char *p = prompt_line(t, sel == 0 ? "New plan file:" : "Open plan file:", sel == 0 ? "plan.yaml" : "");
			struct stat st;

			if (p == NULL || *p == '\0') {
				free(p);
				continue;
			}
			if (sel == 0 && stat(p, &st) == 0) {
				view_message(t, 1, "%s already exists: choose Open a plan for it", p);
				free(p);
				continue;
			}
			if (sel == 1 && stat(p, &st) != 0) {
				view_message(t, 1, "%s: %s", p, strerror(errno));
				free(p);
				continue;
			}
			*create = sel == 0;
			out = p;
			break;
		}
		if (sel == 2) {
			/* a copy of the demo plan in the state folder, so it can be changed freely */
			char *demo = path_join(dir, "demo-plan.yaml");
			struct stat st;

			if (stat(demo, &st) != 0) {
				char *src = xasprintf("%s/examples/demo-plan.yaml", datadir_get()), *text;

				state_mkdirs(dir);
				text = read_file(src, 16 << 20, &len, &cause);
				if (text == NULL) {
					view_message(t, 1, "%s", cause);
					free(cause);
					free(src);
					free(demo);
					continue;
				}
				{
					FILE *fp = fopen(demo, "w");

					if (fp != NULL) {
						fwrite(text, 1, len, fp);
						fclose(fp);
					}
				}
				free(text);
				free(src);
			}
			out = demo;
			break;
		}
		if (sel >= 3 && sel < 3 + n) {
			out = xstrdup(items[sel - 3]);
			break;
		}
		break;
	}
	free(recent);
	free(file);
	free(dir);
	return out;
}
