#!/bin/sh
# Text that wraps in the panes keeps its shape at 80x24 (LANG=C, vt100):
# a question's label that runs onto a second line goes on under its first
# letter, not under the focus mark; the help pane's last line, shortened to
# make room for its "more" note, ends at a word, not inside one; the help
# page (F1) has no line too long for 80 columns, which would wrap ragged;
# a glossary definition (F2) that wraps goes on at its indent.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" new "$work/plan.yaml" --title "Wrapping" >/dev/null 2>&1
start 80 24 "env LANG=C LC_ALL=C TERM=vt100 '$EVALWIZ' plan.yaml"
wait_for "Step 0: About this plan"
keys PgDn
wait_for "Step 1: Theory of change"
# the first question's help, "... and why it matters for children's
# development. Avoid describing the service here; ...", is cut after
# "development.", where "Avoid" does not fit beside the note
wait_for "more: F6 F5"
screen | grep -q -E "\| matters for children's development\. +more: F6 F5\$" || {
  echo "FAIL: the help pane's last line is not cut at a word"; screen; exit 1; }
# F6 shows the rest, from the word that was left out
keys F6
wait_for "development. Avoid describing"
# the label is 55 columns with its mark and star: the star wraps, under
# the label's first letter
keys Tab
wait_for "> How common is the problem, locally and nationally?"
row=$(row_of "> How common is the problem, locally and nationally?")
line=$(screen | sed -n "$((row + 2))p")
expect_eq "$line" "                        |   *" "the label's second line"
# the glossary: terms at the edge, definitions indented under them, all
# their lines (a definition's second line used to run back to the edge)
keys F2
wait_for "Up/Down/PgUp/PgDn scroll"
wait_for "Acceptability"
if screen | grep -q '^ [a-z]'; then echo "FAIL: a definition's line at the page's edge"; screen; exit 1; fi
screen | grep -q '^   [a-z]' || { echo "FAIL: no definition went on to a second line"; screen; exit 1; }
keys Escape
wait_gone "Up/Down/PgUp/PgDn scroll"
keys C-q
wait_for "EXIT=0"

# the help page, tall enough to show it whole, at 80 and at 160 columns:
# the same lines, so none wrapped at 80 (the page uses 78 of them); in
# UTF-8 and LANG=C, as its marks differ
for locale in C C.UTF-8; do
  for width in 80 160; do
    start "$width" 120 "env LANG=$locale LC_ALL=$locale '$EVALWIZ' plan.yaml"
    wait_for "Step 0: About this plan"
    keys F1
    wait_for "Up/Down/PgUp/PgDn scroll"
    wait_for "over time)."
    screen | sed 's/ *$//' >"$work/help-$width.txt"
    keys q
    wait_gone "Up/Down/PgUp/PgDn scroll"
    keys C-q
    wait_for "EXIT=0"
  done
  if ! cmp -s "$work/help-80.txt" "$work/help-160.txt"; then
    echo "FAIL: the help page wraps at 80 columns ($locale)"
    diff "$work/help-160.txt" "$work/help-80.txt" || true
    exit 1
  fi
done
echo ok
