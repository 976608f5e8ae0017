/* typing.c: typing into a question: the line editor's keys and drawing for
 * the widgets that take text, a typed character's bytes, and long text
 * handed to the user's own editor. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "tui/tui-int.h"
#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define CTRL(c) ((c) & 0x1f)

/* The bytes of a typed character: its multibyte form in this locale, or
 * the raw byte when the locale cannot say (UTF-8 typed into a C locale is
 * kept, not dropped). */
size_t
typing_char_bytes(wint_t ch, char *out)
{
	mbstate_t st;
	size_t n;

	memset(&st, 0, sizeof st);
	n = wcrtomb(out, (wchar_t)ch, &st);
	if (n != (size_t)-1)
		return n;
	if (ch < 256) {
		out[0] = (char)ch;
		return 1;
	}
	return 0;
}

int
typing_external(struct tui *t)
{
	const char *ed = getenv("VISUAL");
	char tmpl[] = "/tmp/evalwiz-edit-XXXXXX";
	char *text, *cause = NULL, *cmd;
	size_t len;
	int fd, status;
	FILE *fp;

	if (ed == NULL || *ed == '\0')
		ed = getenv("EDITOR");
	fd = mkstemp(tmpl);
	if (fd == -1 || (fp = fdopen(fd, "w")) == NULL) {
		view_message(t, 1, "cannot make a file to edit: %s", strerror(errno));
		return TUI_REDRAW;
	}
	fputs(t->le.buf, fp);
	if (t->le.len > 0 && t->le.buf[t->le.len - 1] != '\n')
		fputc('\n', fp);
	fclose(fp);
	if (ed != NULL && *ed != '\0')
		cmd = xasprintf("%s \"$1\"", ed);
	else
		cmd = xstrdup("if command -v nano >/dev/null 2>&1; then nano \"$1\"; else vi \"$1\"; fi");
	term_suspend();
	{
		pid_t pid = fork();

		if (pid == 0) {
			execl("/bin/sh", "sh", "-c", cmd, "sh", tmpl, (char *)NULL);
			_exit(127);
		}
		status = -1;
		while (pid > 0 && waitpid(pid, &status, 0) == -1 && errno == EINTR)
			;
	}
	term_resume();
	free(cmd);
	text = read_file(tmpl, 16 << 20, &len, &cause);
	unlink(tmpl);
	if (text == NULL) {
		view_message(t, 1, "cannot read the edited text back: %s", cause);
		free(cause);
		return TUI_REDRAW;
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		view_message(t, 1, "the editor did not finish cleanly; its text was kept anyway (Ctrl-Z undoes)");
	else
		view_message(t, 0, "text taken back from the editor (Ctrl-Z undoes)");
	while (len > 0 && text[len - 1] == '\n')
		text[--len] = '\0';
	ledit_paste(&t->le, "", 0);	/* an undo point before the whole change */
	t->le.len = 0;
	t->le.cur = 0;
	t->le.buf[0] = '\0';
	ledit_paste(&t->le, text, len);
	free(t->le.undo[--t->le.nundo].text);	/* the two snapshots above are one change */
	free(text);
	t->pending = 1;
	return TUI_REDRAW | TUI_DIRTY;
}

int
typing_key(struct tui *t, int is_key, wint_t ch, int width)
{
	struct ledit *e = &t->le;
	int changed = 0;

	if (is_key) {
		switch (ch) {
		case KEY_LEFT: ledit_left(e); break;
		case KEY_RIGHT: ledit_right(e); break;
		case KEY_HOME: ledit_home(e); break;
		case KEY_END: ledit_end(e); break;
		case KEY_BACKSPACE: changed = ledit_backspace(e); break;
		case KEY_DC: changed = ledit_delete(e); break;
		case KEY_UP:
			if (!e->multiline)
				return TUI_UNHANDLED;
			ledit_up(e, width);
			break;
		case KEY_DOWN:
			if (!e->multiline)
				return TUI_UNHANDLED;
			ledit_down(e, width);
			break;
		default:
			return TUI_UNHANDLED;
		}
	} else {
		switch (ch) {
		case CTRL('a'): ledit_home(e); break;
		case CTRL('e'):
			if (e->multiline)
				return typing_external(t);
			ledit_end(e);
			break;
		case CTRL('b'): ledit_left(e); break;
		case CTRL('k'): changed = ledit_kill_end(e); break;
		case CTRL('u'): changed = ledit_kill_start(e); break;
		case CTRL('w'): changed = ledit_kill_word(e); break;
		case CTRL('d'): changed = ledit_delete(e); break;
		case CTRL('h'): case 127: changed = ledit_backspace(e); break;
		case CTRL('z'):
			/* what was typed first; then the plan's own undo (input.c) */
			if (!ledit_undo(e))
				return TUI_UNHANDLED;
			changed = 1;
			break;
		case '\r': case '\n':
			if (!e->multiline)
				return TUI_UNHANDLED;
			changed = ledit_insert(e, "\n", 1);
			break;
		default:
			if (ch < 0x20)
				return TUI_UNHANDLED;
			{
				char mb[MB_LEN_MAX];
				size_t n = typing_char_bytes(ch, mb);

				if (n == 0)
					return TUI_REDRAW;
				changed = ledit_insert(e, mb, n);
			}
		}
	}
	if (changed) {
		t->pending = 1;
		return TUI_REDRAW | TUI_DIRTY;
	}
	return TUI_REDRAW;
}

void
typing_render(struct tui *t, struct pane *p, int index, int indent)
{
	struct ledit *e = &t->le;
	int width = p->width - indent;

	if (!e->multiline) {
		int cx = ledit_hscroll(e, width, &t->hstart);
		size_t end = t->hstart, i;
		int w = 0, cw;

		for (i = t->hstart; i < e->len; i += ledit_char(e->buf + i, e->len - i, &cw)) {
			ledit_char(e->buf + i, e->len - i, &cw);
			if (w + cw > width)
				break;
			w += cw;
			end = i + ledit_char(e->buf + i, e->len - i, &cw);
		}
		pane_add(p, e->buf + t->hstart, end - t->hstart, term_attr(ROLE_TYPING), indent, index);
		p->lines[p->n - 1].cursor = cx;
		p->lines[p->n - 1].typing = 1;
	} else {
		struct wrap_line *lines;
		size_t n = wrap_text(e->buf, e->len, width - 1, &lines), i, line;
		int col;

		t->wrap_width = width - 1;

		wrap_locate(lines, n, e->buf, e->cur, &line, &col);
		for (i = 0; i < n; i++) {
			pane_add(p, e->buf + lines[i].start, lines[i].len, term_attr(ROLE_TYPING), indent, index);
			p->lines[p->n - 1].typing = 1;
			if (i == line)
				p->lines[p->n - 1].cursor = col;
		}
		free(lines);
	}
}
