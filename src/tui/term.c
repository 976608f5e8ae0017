/* term.c: the terminal: curses set-up and tear-down (always restored, even
 * on a fatal error), colour roles with a monochrome fallback and NO_COLOR,
 * bracketed paste, and the signals a dropped SSH connection sends. */
#include "config.h"

#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>

#include "textout.h"
#include "tui/tui-int.h"
#include "util.h"

#include <signal.h>
#include <term.h>
#include <termios.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

volatile int term_hangup, term_cont, term_tstp;
static int started, colour_ok, wide_input;
static struct termios saved_tty;
static int have_saved_tty;
static char crash_reset[256];	/* what puts the terminal back, ready before any crash */
static size_t crash_reset_len;
static const char *g0_ascii = "";	/* ESC ( B once sgr0 and sgr no longer send it */

static const struct {
	short fg, bg;
	int mono;	/* attributes without colour */
	int extra;	/* attributes added to the colour */
} roles[ROLE_COUNT] = {
	[ROLE_NORMAL] = { -1, -1, A_NORMAL, 0 },
	[ROLE_HEADER] = { COLOR_WHITE, COLOR_BLUE, A_REVERSE, A_BOLD },
	[ROLE_STEP] = { -1, -1, A_NORMAL, 0 },
	[ROLE_STEP_CURRENT] = { COLOR_BLACK, COLOR_CYAN, A_REVERSE, 0 },
	[ROLE_LABEL] = { -1, -1, A_BOLD, A_BOLD },
	[ROLE_FOCUS] = { COLOR_YELLOW, -1, A_BOLD | A_UNDERLINE, A_BOLD },
	[ROLE_ANSWER] = { -1, -1, A_NORMAL, 0 },
	[ROLE_EDIT] = { COLOR_WHITE, COLOR_BLACK, A_UNDERLINE, A_BOLD },
	[ROLE_HELP] = { -1, -1, A_NORMAL, 0 },
	[ROLE_PROBLEM] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[ROLE_WARNING] = { COLOR_YELLOW, -1, A_BOLD, 0 },
	[ROLE_DONE] = { COLOR_GREEN, -1, A_NORMAL, 0 },
	[ROLE_HINT_KEY] = { -1, -1, A_REVERSE, A_REVERSE },
	[ROLE_HINT] = { -1, -1, A_NORMAL, 0 },
	[ROLE_MESSAGE] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[ROLE_ERROR] = { COLOR_RED, -1, A_BOLD | A_REVERSE, A_BOLD },
	[ROLE_PANEL] = { COLOR_MAGENTA, -1, A_NORMAL, 0 },
	[ROLE_DIM] = { -1, -1, A_DIM, A_DIM },
	/* Text being typed is in the terminal's own attributes, so a typed
	 * character costs one byte on the wire, not the thirty that setting and
	 * resetting bold colour around it would; the margin mark and the
	 * cursor show where the typing goes. */
	[ROLE_TYPING] = { -1, -1, A_NORMAL, 0 },
};

int
term_attr(enum role r)
{
	if (!colour_ok)
		return roles[r].mono;
	if (roles[r].fg == -1 && roles[r].bg == -1)
		return roles[r].extra;
	return COLOR_PAIR(r) | roles[r].extra;
}

/* 1 when the bytes at p can be written: a read() into a read-only page
 * fails with EFAULT instead of crashing. */
static int
writable(char *p)
{
	int fd[2], ok;

	if (pipe(fd) != 0)
		return 0;
	ok = write(fd[1], p, 1) == 1 && read(fd[0], p, 1) == 1;
	close(fd[0]);
	close(fd[1]);
	return ok;
}

/* xterm's sgr0 and sgr, and those of the many entries made from it, select
 * the ASCII character set (ESC ( B) at every change of attributes, so that
 * text after line drawing in the alternate set is not garbled.  evalwiz
 * never draws in the alternate set (its lines are Unicode or ASCII
 * characters), so those 3 bytes are waste in every change: 3 of sgr0's 6,
 * about 40 bytes of a step change and 20 of a move.  curses sends sgr0 and
 * sgr from the strings tigetstr returns, so they are shortened in place
 * (never lengthened, and only where they can be written: an entry compiled
 * into the library may be read-only), and the ASCII set is selected once
 * whenever evalwiz takes the terminal. */
static void
trim_charset_resets(void)
{
	static const char sel[] = "\033(B", sgr_else[] = "%e\033(B%;";
	char *s0 = tigetstr("sgr0"), *s = tigetstr("sgr"), *at = NULL;

	if (s0 == NULL || s0 == (char *)-1 || strncmp(s0, sel, 3) != 0 || !writable(s0))
		return;
	if (s != NULL && s != (char *)-1) {
		/* %?%p9%t ESC ( 0 %e ESC ( B %;  ->  %?%p9%t ESC ( 0 %; */
		at = strstr(s, sgr_else);
		if (at == NULL || !writable(at))
			return;
		memmove(at, at + 5, strlen(at + 5) + 1);
	}
	memmove(s0, s0 + 3, strlen(s0 + 3) + 1);
	g0_ascii = sel;
}

/* Seconds a wizard told to end (SIGHUP, SIGTERM) may take to save and
 * exit before it is ended anyway: EVALWIZ_STOP_SECONDS, else this. */
#define STOP_SECONDS 10
static unsigned stop_seconds = STOP_SECONDS;

/* The wizard did not end in time after SIGHUP or SIGTERM (stuck in one C
 * call, or a save that never finishes), or a second such signal came:
 * every finished answer is in the recovery file already (flushed as it
 * was made), so put the terminal back with async-signal-safe calls and
 * exit now.  The lock stays; the next session takes it over, as its
 * holder is gone. */
static void
stop_now(int sig)
{
	if (have_saved_tty)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
	if (crash_reset_len > 0 && write(STDOUT_FILENO, crash_reset, crash_reset_len) < 0)
		crash_reset_len = 0;
	_exit(128 + (term_hangup != 0 ? term_hangup : sig));
}

static void
on_signal(int sig)
{
	if (sig == SIGCONT)
		term_cont = 1;
	else if (sig == SIGTSTP)
		term_tstp = 1;
	else if (sig == SIGALRM || term_hangup != 0)
		stop_now(sig);	/* not ended in time, or asked twice */
	else {
		term_hangup = sig;
		/* pack code, pandoc and dot see this and stop early */
		util_stop_signal = sig;
		alarm(stop_seconds);
	}
}

/* A crash (a bug): put the terminal back with async-signal-safe calls
 * only, then die of the same signal. */
static void
on_crash(int sig)
{
	if (have_saved_tty)
		tcsetattr(STDIN_FILENO, TCSANOW, &saved_tty);
	if (crash_reset_len > 0 && write(STDOUT_FILENO, crash_reset, crash_reset_len) < 0)
		crash_reset_len = 0;
	signal(sig, SIG_DFL);
	raise(sig);
}

/* Called on out-of-memory and fatal signals before evalwiz dies. */
static void
fatal_hook(void)
{
	term_stop();
}

/* Keys as xterm, the Linux console and most emulators send them, for a
 * TERM that does not describe them (vt100 has no PgUp or PgDn; a console
 * reached over SSH from an emulator sends the emulator's F-keys).  A
 * sequence the terminfo entry already names keeps its meaning. */
static void
known_keys(void)
{
	static const struct {
		const char *seq;
		int key;
	} extra[] = {
		{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE },
		{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
		{ "\033[H", KEY_HOME }, { "\033[F", KEY_END }, { "\033OH", KEY_HOME }, { "\033OF", KEY_END },
		{ "\033[2~", KEY_IC }, { "\033[3~", KEY_DC }, { "\033[Z", KEY_BTAB },
		{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
		{ "\033OA", KEY_UP }, { "\033OB", KEY_DOWN }, { "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
		{ "\033OP", KEY_F(1) }, { "\033OQ", KEY_F(2) }, { "\033OR", KEY_F(3) }, { "\033OS", KEY_F(4) },
		{ "\033[11~", KEY_F(1) }, { "\033[12~", KEY_F(2) }, { "\033[13~", KEY_F(3) }, { "\033[14~", KEY_F(4) },
		{ "\033[[A", KEY_F(1) }, { "\033[[B", KEY_F(2) }, { "\033[[C", KEY_F(3) }, { "\033[[D", KEY_F(4) },
		{ "\033[[E", KEY_F(5) }, { "\033[15~", KEY_F(5) }, { "\033[17~", KEY_F(6) }, { "\033[18~", KEY_F(7) },
		{ "\033[19~", KEY_F(8) }, { "\033[20~", KEY_F(9) }, { "\033[21~", KEY_F(10) },
	};
	/* Shift-, Alt- and Ctrl-Up/Down move a list's item or a table's row:
	 * xterm's names for them, whatever this TERM calls them */
	static const struct {
		const char *seq;
		int key;
	} moves[] = {
		{ "\033[1;2A", KEY_SR }, { "\033[1;2B", KEY_SF },
		{ "\033[1;3A", TUI_KEY_MOVE_UP }, { "\033[1;3B", TUI_KEY_MOVE_DOWN },
		{ "\033[1;5A", TUI_KEY_MOVE_UP }, { "\033[1;5B", TUI_KEY_MOVE_DOWN },
	};
	size_t i;

	for (i = 0; i < sizeof extra / sizeof extra[0]; i++)
		if (key_defined(extra[i].seq) == 0)
			define_key(extra[i].seq, extra[i].key);
	for (i = 0; i < sizeof moves / sizeof moves[0]; i++) {
		if (key_defined(moves[i].seq) > 0)
			define_key(moves[i].seq, 0);	/* this TERM's own code for it goes */
		define_key(moves[i].seq, moves[i].key);
	}
}

void
term_start(struct tui *t)
{
	struct sigaction sa;
	const char *nc = getenv("NO_COLOR");
	int i;

	if (started) {
		refresh();
		return;
	}
	started = 1;
	have_saved_tty = tcgetattr(STDIN_FILENO, &saved_tty) == 0;
	util_fatal_hook = fatal_hook;
	/* long enough that an arrow key split by a slow link is not read as Esc */
	set_escdelay(100);
	/* the screen is drawn with the terminal's own escapes */
	textout_stop_stdout();
	if (initscr() == NULL)
		fatal("cannot start the terminal (is TERM right?)");
	raw();			/* ^S, ^Q, ^Z and ^C come to us as keys */
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	intrflush(stdscr, FALSE);
	trim_charset_resets();
	colour_ok = 0;
	if ((nc == NULL || *nc == '\0') && has_colors() && start_color() == OK) {
		use_default_colors();
		for (i = 1; i < ROLE_COUNT; i++)
			if (roles[i].fg != -1 || roles[i].bg != -1)
				init_pair((short)i, roles[i].fg, roles[i].bg);
		colour_ok = 1;
	}
	t->colour = colour_ok;
	wide_input = t->utf8;
	/* bracketed paste: the terminal marks pasted text so it is never taken as keys */
	define_key("\033[200~", TUI_KEY_PASTE_BEGIN);
	define_key("\033[201~", TUI_KEY_PASTE_END);
	known_keys();
	printf("\033[?2004h%s", g0_ascii);
	fflush(stdout);
	/* clicks, and the wheel where the terminal sends it (buttons 4 and 5) */
	mousemask(BUTTON1_PRESSED | BUTTON4_PRESSED | WHEEL_DOWN, NULL);
	mouseinterval(0);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = 0;	/* no SA_RESTART: the wait for a key returns at once */
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	/* raw() makes ^C and ^Z keys; these come from kill(1) or a parent */
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTSTP, &sa, NULL);
	sigaction(SIGCONT, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	{
		const char *e = getenv("EVALWIZ_STOP_SECONDS");
		long n = e != NULL ? strtol(e, NULL, 10) : 0;

		if (n > 0 && n < 3600)
			stop_seconds = (unsigned)n;
	}
	{
		const char *rmcup = tigetstr("rmcup");
		int n;

		n = snprintf(crash_reset, sizeof crash_reset, "\033[?1000l\033[?2004l%s\033[?25h\r\n",
		    rmcup != NULL && rmcup != (char *)-1 ? rmcup : "");
		crash_reset_len = n > 0 && (size_t)n < sizeof crash_reset ? (size_t)n : 0;
	}
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	sigaction(SIGFPE, &sa, NULL);
	sigaction(SIGILL, &sa, NULL);
	sigaction(SIGABRT, &sa, NULL);
}

void
term_stop(void)
{
	if (!started)
		return;
	started = 0;
	signal(SIGSEGV, SIG_DFL);
	signal(SIGBUS, SIG_DFL);
	signal(SIGFPE, SIG_DFL);
	signal(SIGILL, SIG_DFL);
	signal(SIGABRT, SIG_DFL);
	/* outside the screen (a question on the plain terminal), ^C and ^Z act as usual */
	signal(SIGINT, SIG_DFL);
	signal(SIGTSTP, SIG_DFL);
	printf("\033[?2004l");
	fflush(stdout);
	endwin();
	util_fatal_hook = NULL;
}

int
term_check_suspend(void)
{
	struct sigaction sa, old;

	if (!term_tstp)
		return 0;
	term_tstp = 0;
	term_suspend();
	/* stop for real with the default action, then take the terminal back */
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = SIG_DFL;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTSTP, &sa, &old);
	raise(SIGTSTP);
	sigaction(SIGTSTP, &old, NULL);
	term_resume();
	term_cont = 0;
	return 1;
}

void
term_suspend(void)
{
	printf("\033[?2004l");
	fflush(stdout);
	def_prog_mode();
	endwin();
}

void
term_resume(void)
{
	reset_prog_mode();
	printf("\033[?2004h%s", g0_ascii);
	fflush(stdout);
	clearok(curscr, TRUE);
	refresh();
}

int
term_get(wint_t *ch)
{
	int c;

	/* In a single-byte locale, get_wch would wait forever for the rest of
	 * a UTF-8 sequence it cannot decode; read bytes there instead. */
	if (wide_input)
		return get_wch(ch);
	c = getch();
	if (c == ERR)
		return ERR;
	*ch = (wint_t)c;
	return c >= KEY_MIN ? KEY_CODE_YES : OK;
}

enum term_wait
term_wait_key(int *r, wint_t *ch)
{
	for (;;) {
		int got;

		/* once the terminal has hung up (or evalwiz was told to stop) no
		 * key counts: the caller gives up and the main loop saves */
		if (term_hangup)
			return TERM_HANGUP;
		if (term_cont || term_check_suspend()) {
			term_cont = 0;
			clearok(curscr, TRUE);
			return TERM_REDRAW;
		}
		/* not forever: a signal that lands just before the wait begins
		 * does not cut it short, and is seen a second later */
		timeout(1000);
		got = term_get(ch);
		if (got == KEY_CODE_YES && *ch == KEY_RESIZE)
			return TERM_REDRAW;
		if (got != ERR && !term_hangup) {
			*r = got;
			return TERM_KEY;
		}
		/* no key: the second passed, or a signal, seen above */
	}
}

int
term_key_dropped(int r, wint_t ch)
{
	if (!term_too_small() || (r == OK && ch == 0x03))
		return 0;
	if (r == KEY_CODE_YES && ch == TUI_KEY_PASTE_BEGIN) {
		wint_t c;

		/* a paste is read to its end: none of it may act later */
		timeout(1000);
		while (term_get(&c) != ERR && c != TUI_KEY_PASTE_END)
			;
	}
	return 1;
}

int
term_too_small(void)
{
	return COLS < 60 || LINES < 18;
}
