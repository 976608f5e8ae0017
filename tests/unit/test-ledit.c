/* test-ledit.c: the wizard's line editor: cursor movement over wide and
 * combining characters, display widths, readline cuts, undo, horizontal
 * scrolling and word wrap. */
#include "config.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "unit.h"
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "tui/ledit.h"

/* "e" + COMBINING ACUTE, then a wide CJK character, then "x" */
#define E_ACUTE "e\xcc\x81"
#define WIDE "\xe4\xb8\xad"

static int
setup(void **state)
{
	(void)state;
	if (setlocale(LC_ALL, "C.UTF-8") == NULL && setlocale(LC_ALL, "en_US.UTF-8") == NULL)
		return -1;
	return 0;
}

static void
test_widths(void **state)
{
	int w;

	(void)state;
	assert_int_equal(ledit_width("abc", 3), 3);
	assert_int_equal(ledit_width(E_ACUTE, strlen(E_ACUTE)), 1);
	assert_int_equal(ledit_width(WIDE, strlen(WIDE)), 2);
	assert_int_equal(ledit_width(E_ACUTE WIDE "x", strlen(E_ACUTE WIDE "x")), 4);
	/* a base character carries its combining mark */
	assert_int_equal(ledit_char(E_ACUTE "x", strlen(E_ACUTE "x"), &w), 3);
	assert_int_equal(w, 1);
	/* invalid UTF-8 counts one column a byte */
	assert_int_equal(ledit_width("\xff\xfe", 2), 2);
}

static void
test_cursor(void **state)
{
	struct ledit e;

	(void)state;
	ledit_init(&e, E_ACUTE WIDE "x", 0);
	assert_int_equal(e.cur, strlen(E_ACUTE WIDE "x"));
	ledit_left(&e);
	assert_int_equal(e.cur, strlen(E_ACUTE WIDE));
	ledit_left(&e);
	assert_int_equal(e.cur, strlen(E_ACUTE));
	ledit_left(&e);
	assert_int_equal(e.cur, 0);	/* over the base and its mark at once */
	ledit_left(&e);
	assert_int_equal(e.cur, 0);
	ledit_right(&e);
	assert_int_equal(e.cur, strlen(E_ACUTE));
	assert_int_equal(ledit_backspace(&e), 1);
	assert_string_equal(e.buf, WIDE "x");
	assert_int_equal(e.cur, 0);
	ledit_end(&e);
	ledit_insert(&e, "y", 1);
	assert_string_equal(e.buf, WIDE "xy");
	ledit_home(&e);
	assert_int_equal(ledit_delete(&e), 1);
	assert_string_equal(e.buf, "xy");
	ledit_free(&e);
}

static void
test_cuts_and_undo(void **state)
{
	struct ledit e;

	(void)state;
	ledit_init(&e, "", 0);
	ledit_insert(&e, "h", 1);
	ledit_insert(&e, "i", 1);
	ledit_insert(&e, " ", 1);
	ledit_insert(&e, "y", 1);
	ledit_insert(&e, "o", 1);
	assert_string_equal(e.buf, "hi yo");
	/* one undo takes back the word typed since the space */
	assert_int_equal(ledit_undo(&e), 1);
	assert_string_equal(e.buf, "hi");
	ledit_insert(&e, " ", 1);
	ledit_insert(&e, "there", 5);
	assert_int_equal(ledit_kill_word(&e), 1);
	assert_string_equal(e.buf, "hi ");
	ledit_home(&e);
	ledit_right(&e);
	assert_int_equal(ledit_kill_end(&e), 1);
	assert_string_equal(e.buf, "h");
	assert_int_equal(ledit_kill_start(&e), 1);
	assert_string_equal(e.buf, "");
	assert_int_equal(ledit_undo(&e), 1);
	assert_string_equal(e.buf, "h");
	assert_int_equal(ledit_undo(&e), 1);
	assert_string_equal(e.buf, "hi ");
	/* a one-line field turns pasted newlines and tabs into spaces, drops controls */
	ledit_set(&e, "");
	ledit_paste(&e, "a\nb\tc\x01" "d", 7);
	assert_string_equal(e.buf, "a b cd");
	assert_int_equal(ledit_undo(&e), 1);
	assert_string_equal(e.buf, "");
	assert_int_equal(ledit_undo(&e), 0);
	ledit_free(&e);
}

/* C-W takes the word before the cursor and the blanks after it, as in a
 * shell; at the start of the text it takes nothing. */
static void
test_kill_word(void **state)
{
	struct ledit e;

	(void)state;
	ledit_init(&e, "", 0);
	ledit_set(&e, "hi there  ");
	ledit_end(&e);
	assert_int_equal(ledit_kill_word(&e), 1);
	assert_string_equal(e.buf, "hi ");
	assert_int_equal(e.cur, 3);
	ledit_set(&e, "one\ttwo");
	ledit_end(&e);
	assert_int_equal(ledit_kill_word(&e), 1);
	assert_string_equal(e.buf, "one\t");
	/* blanks only before the cursor: they go with the word before them */
	ledit_set(&e, "word \t ");
	ledit_end(&e);
	assert_int_equal(ledit_kill_word(&e), 1);
	assert_string_equal(e.buf, "");
	assert_int_equal(ledit_kill_word(&e), 0);
	/* from the middle: only what is before the cursor */
	ledit_set(&e, "alpha beta");
	ledit_home(&e);
	ledit_right(&e);
	ledit_right(&e);
	assert_int_equal(ledit_kill_word(&e), 1);
	assert_string_equal(e.buf, "pha beta");
	assert_int_equal(e.cur, 0);
	ledit_free(&e);
}

static void
test_multiline(void **state)
{
	struct ledit e;

	(void)state;
	ledit_init(&e, "", 1);
	ledit_paste(&e, "one\r\ntwo\n", 9);
	assert_string_equal(e.buf, "one\ntwo\n");
	ledit_up(&e, 40);
	assert_int_equal(e.cur, 4);	/* start of "two" */
	ledit_end(&e);
	assert_int_equal(e.cur, 7);
	ledit_up(&e, 40);
	assert_int_equal(e.cur, 3);	/* the column is kept, clipped to the line */
	ledit_down(&e, 40);
	assert_int_equal(e.cur, 7);
	ledit_free(&e);
}

static void
test_hscroll(void **state)
{
	struct ledit e;
	size_t start = 0;
	int col;

	(void)state;
	ledit_init(&e, "abcdefghij", 0);
	col = ledit_hscroll(&e, 6, &start);
	/* the cursor past the edge: the view jumps so it is half a view in */
	assert_int_equal(start, 7);
	assert_int_equal(col, 3);
	/* typing then appends without moving the view until the edge */
	ledit_insert(&e, "k", 1);
	col = ledit_hscroll(&e, 6, &start);
	assert_int_equal(start, 7);
	assert_int_equal(col, 4);
	ledit_insert(&e, "l", 1);
	col = ledit_hscroll(&e, 6, &start);
	assert_int_equal(start, 7);
	assert_int_equal(col, 5);
	ledit_insert(&e, "m", 1);
	col = ledit_hscroll(&e, 6, &start);
	assert_int_equal(start, 10);
	assert_int_equal(col, 3);
	ledit_home(&e);
	col = ledit_hscroll(&e, 6, &start);
	assert_int_equal(start, 0);
	assert_int_equal(col, 0);
	/* wide characters count two columns */
	ledit_set(&e, WIDE WIDE WIDE WIDE);
	col = ledit_hscroll(&e, 6, &start);
	assert_true(col <= 5);
	assert_int_equal(ledit_width(e.buf + start, e.cur - start), col);
	ledit_free(&e);
}

static void
test_wrap(void **state)
{
	struct wrap_line *l;
	const char *s = "the quick brown fox\n\njumps";
	size_t n, line;
	int col;

	(void)state;
	n = wrap_text(s, strlen(s), 10, &l);
	assert_int_equal(n, 4);
	assert_int_equal(l[0].len, 10);	/* "the quick " breaks after the space */
	assert_memory_equal(s + l[1].start, "brown fox", 9);
	assert_int_equal(l[2].len, 0);	/* the paragraph break is kept */
	assert_memory_equal(s + l[3].start, "jumps", 5);
	wrap_locate(l, n, s, 12, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 2);
	assert_int_equal(wrap_offset(l, n, s, 3, 2), strlen("the quick brown fox\n\nju"));
	free(l);
	/* a word longer than the line is cut */
	n = wrap_text("abcdefghijkl", 12, 5, &l);
	assert_int_equal(n, 3);
	assert_int_equal(l[2].len, 2);
	free(l);
	/* wide characters never overflow the width */
	n = wrap_text(WIDE WIDE WIDE, 9, 5, &l);
	assert_int_equal(n, 2);
	assert_int_equal(l[0].len, 6);
	free(l);
	/* the empty text is one empty line; a final newline adds one */
	n = wrap_text("", 0, 5, &l);
	assert_int_equal(n, 1);
	free(l);
	n = wrap_text("a\n", 2, 5, &l);
	assert_int_equal(n, 2);
	free(l);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_cursor),
		cmocka_unit_test(test_cuts_and_undo),
		cmocka_unit_test(test_kill_word),
		cmocka_unit_test(test_multiline),
		cmocka_unit_test(test_hscroll),
		cmocka_unit_test(test_wrap),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
