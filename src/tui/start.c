/* start.c: the start screen (a new plan, an existing one, recent plans,
 * the demo plan) and the list of recent plans it offers. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "cli.h"
#include "datadir.h"
#include "nls.h"
#include "plan/atomic.h"
#include "tui/tui-int.h"
#include "util.h"

#include <dirent.h>
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
	char *dir = state_dir_ready(), *file, *abs, *old, *cause = NULL;
	char real[4096];
	struct buf b;
	size_t len;
	int kept = 0;

	if (dir == NULL)
		return;
	file = path_join(dir, "recent");
	abs = realpath(path, real) != NULL ? real : (char *)path;
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
	/* never through a link someone else made */
	if (atomic_write(file, b.data, b.len, 0600, &cause) == -1)
		free(cause);
	buf_free(&b);
	free(file);
	free(dir);
}

/* A new plan's name with .yaml added when it has no extension (allocated;
 * name is freed). */
static char *
with_yaml(char *name)
{
	const char *base = strrchr(name, '/') != NULL ? strrchr(name, '/') + 1 : name;
	char *out;

	if (strchr(base, '.') != NULL && base[0] != '.')
		return name;
	out = xasprintf("%s.yaml", name);
	free(name);
	return out;
}

/* 1 when the file at path looks like a plan: "evalwiz:" at the start of a
 * line near its top, as every plan begins. */
static int
looks_like_plan(const char *path)
{
	char head[512];
	FILE *fp = fopen(path, "r");
	size_t n;

	if (fp == NULL)
		return 0;
	n = fread(head, 1, sizeof head - 1, fp);
	fclose(fp);
	head[n] = '\0';
	return strncmp(head, "evalwiz:", 8) == 0 || strstr(head, "\nevalwiz:") != NULL;
}

/* The plan's title as its file says it (meta: title:), or "". */
static char *
plan_title_of(const char *path)
{
	char line[512];
	FILE *fp = fopen(path, "r");
	int in_meta = 0;
	char *out = NULL;

	if (fp == NULL)
		return xstrdup("");
	while (out == NULL && fgets(line, sizeof line, fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (strcmp(line, "meta:") == 0)
			in_meta = 1;
		else if (line[0] != ' ' && line[0] != '#')
			in_meta = 0;
		else if (in_meta && strncmp(line, "  title: ", 9) == 0)
			out = xstrdup(line + 9);
	}
	fclose(fp);
	return out != NULL ? out : xstrdup("");
}

struct found_plan {
	char *path, *label;
	struct timespec mtime;
};

static int
newest_first(const void *a, const void *b)
{
	const struct found_plan *x = a, *y = b;

	if (x->mtime.tv_sec != y->mtime.tv_sec)
		return x->mtime.tv_sec < y->mtime.tv_sec ? 1 : -1;
	if (x->mtime.tv_nsec != y->mtime.tv_nsec)
		return x->mtime.tv_nsec < y->mtime.tv_nsec ? 1 : -1;
	return strcmp(x->path, y->path);
}

/* "Open a plan": the plans in this folder (newest first) and the recent
 * ones elsewhere, each with its title, then a line to type a file name
 * (Tab completes it).  Returns the one chosen (allocated), or NULL. */
static char *
open_chooser(struct tui *t, char *const *recent, int nrecent)
{
	struct found_plan *found = NULL;
	size_t nfound = 0, i;
	const char **items;
	char *out = NULL, cwd[4096];
	DIR *d;
	struct dirent *de;
	int pick, k;

	if (getcwd(cwd, sizeof cwd) == NULL)
		snprintf(cwd, sizeof cwd, ".");
	if ((d = opendir(".")) != NULL) {
		while ((de = readdir(d)) != NULL) {
			size_t len = strlen(de->d_name);
			struct stat st;

			if (de->d_name[0] == '.' || len < 5 || (strcmp(de->d_name + len - 5, ".yaml") != 0 &&
			    strcmp(de->d_name + len - 4, ".yml") != 0) || stat(de->d_name, &st) != 0 ||
			    !S_ISREG(st.st_mode) || !looks_like_plan(de->d_name))
				continue;
			found = xrealloc(found, (nfound + 1) * sizeof *found);
			found[nfound].path = xstrdup(de->d_name);
			found[nfound].mtime = st.st_mtim;
			nfound++;
		}
		closedir(d);
	}
	if (nfound > 1)
		qsort(found, nfound, sizeof *found, newest_first);
	/* the recent plans not already listed from this folder */
	for (k = 0; k < nrecent; k++) {
		char *slash = strrchr(recent[k], '/');

		if (slash != NULL && (size_t)(slash - recent[k]) == strlen(cwd) && strncmp(recent[k], cwd, strlen(cwd)) == 0)
			continue;
		found = xrealloc(found, (nfound + 1) * sizeof *found);
		found[nfound].path = xstrdup(recent[k]);
		found[nfound].mtime.tv_sec = 0;
		found[nfound].mtime.tv_nsec = 0;
		nfound++;
	}
	items = xcalloc(nfound + 1, sizeof *items);
	for (i = 0; i < nfound; i++) {
		char *title = plan_title_of(found[i].path);

		found[i].label = *title != '\0' ? xasprintf("%s  (%s)", found[i].path, title) : xstrdup(found[i].path);
		items[i] = found[i].label;
		free(title);
	}
	items[nfound] = "Another file: type its name (Tab completes it)";
	pick = prompt_choose(t, nfound > 0 ? "Open a plan: the plans here first, then recent ones" :
	    "Open a plan: no plans in this folder", items, (int)nfound + 1, 0);
	if (pick >= 0 && (size_t)pick < nfound)
		out = xstrdup(found[pick].path);
	else if ((size_t)pick == nfound) {
		struct stat st;

		out = prompt_path(t, "Open plan file:", "");
		if (out != NULL && *out != '\0' && stat(out, &st) != 0) {
			/* the name without its extension, as people often type it */
			char *y = xasprintf("%s.yaml", out);

			if (stat(y, &st) == 0) {
				free(out);
				out = y;
			} else {
				view_message(t, 1, "%s: %s", out, strerror(errno));
				free(y);
				free(out);
				out = NULL;
			}
		} else if (out != NULL && *out == '\0') {
			free(out);
			out = NULL;
		}
	}
	for (i = 0; i < nfound; i++) {
		free(found[i].path);
		free(found[i].label);
	}
	free(found);
	free(items);
	return out;
}

/* The start screen: returns the plan to open (allocated) and whether to
 * create it, or NULL to quit. */
char *
start_screen(struct tui *t, int *create)
{
	char *dir = state_dir_ready(), *file = dir != NULL ? path_join(dir, "recent") : NULL, *recent, *cause = NULL;
	char *items[16];
	size_t len;
	int n = 0, sel = 0, i;
	char *out = NULL;

	recent = file != NULL ? read_file(file, 1 << 20, &len, &cause) : NULL;
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
		static const char *const fixed[] = { N_("New plan"), N_("Open a plan"), N_("Try the demo plan"), N_("Quit") };
		const char *head = _("evalwiz: plan an evaluation, step by step"),
		    *how = _("Choose with Up/Down and Enter, or press the letter."), *recent_head = _("Recent plans:");

		erase();
		{
			int x;

			attrset(term_attr(ROLE_HEADER));
			for (x = 0; x < COLS; x++)
				mvaddch(0, x, ' ');
			attrset(A_NORMAL);
		}
		draw_text(0, 1, head, strlen(head), COLS - 1, term_attr(ROLE_HEADER));
		draw_text(2, 2, how, strlen(how), COLS - 2, A_NORMAL);
		y = 4;
		for (i = 0; i < total; i++) {
			char line[4200];
			int attr = i == sel ? A_REVERSE : A_NORMAL;

			if (i < 3)
				snprintf(line, sizeof line, " %c  %s ", "nod"[i], _(fixed[i]));
			else if (i < 3 + n)
				snprintf(line, sizeof line, " %d  %s ", i - 2, items[i - 3]);
			else
				snprintf(line, sizeof line, " q  %s ", _(fixed[3]));
			if (i == 3 && n > 0)
				draw_text(y++, 2, recent_head, strlen(recent_head), COLS - 2, term_attr(ROLE_LABEL));
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
		if (term_key_dropped(r, ch))
			continue;
		if (r == KEY_CODE_YES) {
			if (ch == KEY_UP && sel > 0) sel--;
			else if (ch == KEY_DOWN && sel < total - 1) sel++;
			else if (ch == KEY_ENTER) goto choose;
			continue;
		}
		if (ch == CTRL('c')) {
			if (prompt_quit(t))
				break;
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
		if (sel == 0) {
			char *p = prompt_path(t, "New plan file:", "plan.yaml");
			struct stat st;

			if (p == NULL || *p == '\0') {
				free(p);
				if (t->quit)
					break;
				continue;
			}
			p = with_yaml(p);
			if (stat(p, &st) == 0) {
				view_message(t, 1, "%s already exists: choose Open a plan for it", p);
				free(p);
				continue;
			}
			*create = 1;
			out = p;
			break;
		}
		if (sel == 1) {
			out = open_chooser(t, items, n);
			if (out != NULL || t->quit)
				break;
			continue;
		}
		if (sel == 2) {
			/* a copy of the demo plan in the state folder, so it can be changed freely */
			char *demo;
			struct stat st;

			if (dir == NULL) {
				view_message(t, 1, "no folder of your own to keep the demo plan in: set HOME");
				continue;
			}
			demo = path_join(dir, "demo-plan.yaml");
			if (lstat(demo, &st) != 0) {
				char *src = xasprintf("%s/examples/demo-plan.yaml", datadir_get()), *text;

				text = read_file(src, 16 << 20, &len, &cause);
				if (text == NULL) {
					view_message(t, 1, "%s", cause);
					free(cause);
					free(src);
					free(demo);
					continue;
				}
				if (atomic_create(demo, text, len, 0600, &cause) == -1) {
					view_message(t, 1, "%s", cause);
					free(cause);
					free(text);
					free(src);
					free(demo);
					continue;
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
