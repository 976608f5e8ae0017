#!/bin/sh
# The main pane's scroll marks (^ v, or arrows in UTF-8) never cover text:
# a long answer whose every line fills the pane to its last column keeps
# each line's last letters next to the marks, at 80x24, in LANG=C and in
# UTF-8.  (The marks used to be drawn three columns in from the pane's
# right edge, so "nationally?" read "nationallv?".)
set -eu
. "$top_srcdir/tests/tui/lib.sh"

# 30 lines of exactly 51 characters: at 80x24 the main pane is 53 columns
# and an answer is indented 2, so each line fills the pane to its edge
i=10
: >"$work/story.txt"
while [ "$i" -lt 40 ]; do
  printf 'row%s abcdefghijklmnopqrstuvwxyzabcdefghijk tail%sZ\n' "$i" "$i" >>"$work/story.txt"
  i=$((i + 1))
done
[ "$(head -n1 "$work/story.txt" | wc -c)" -eq 52 ] || { echo "FAIL: the test's lines are not 51 characters"; exit 1; }
"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Marks" >/dev/null 2>&1
"$EVALWIZ" --pack "$pack" set "$work/plan.yaml" --file "basics.story=$work/story.txt" >/dev/null

# row N: the screen's row N (from 1) as captured.
row() { sed -n "${1}p" "$work/screen.txt"; }
whole='row[0-9][0-9] abcdefghijklmnopqrstuvwxyzabcdefghijk tail[0-9][0-9]Z'

# check_rows UP DOWN: every line of the answer on the screen is whole; the
# main pane's first row (row 2 at 80x24) ends in the mark UP, unless UP is
# empty, and its last row (row 16) in DOWN, each in the screen's last
# column; the last row is a whole line of the answer, right before DOWN.
check_rows() {
  mark_up=$1 mark_down=$2
  screen >"$work/screen.txt"
  for n in $(grep -o 'row[0-9][0-9] ' "$work/screen.txt" | cut -c4-5); do
    grep -q -F "row$n abcdefghijklmnopqrstuvwxyzabcdefghijk tail${n}Z" "$work/screen.txt" || {
      echo "FAIL: the answer's line row$n lost letters"; cat "$work/screen.txt"; exit 1; }
  done
  if [ -n "$mark_up" ]; then
    row 2 | grep -q -- "$mark_up\$" && [ "$(row 2 | wc -m)" -eq 81 ] || {
      echo "FAIL: no $mark_up in the last column of the pane's first row"; cat "$work/screen.txt"; exit 1; }
  fi
  row 16 | grep -q -E -- "$whole$mark_down\$" && [ "$(row 16 | wc -m)" -eq 81 ] || {
    echo "FAIL: the pane's last row is not a whole line, then $mark_down in the last column"
    cat "$work/screen.txt"; exit 1; }
}

for locale in C C.UTF-8; do
  if [ "$locale" = C ]; then up='\^' down=v; else up='↑' down='↓'; fi
  start 80 24 "env LANG=$locale LC_ALL=$locale '$EVALWIZ' --pack '$pack' plan.yaml"
  wait_for "Step 1: Basics"
  wait_for "row17 "
  # the first screen: the answer runs on below the pane's last row
  check_rows "" "$down"
  # scrolled: marks at the top and the bottom
  keys C-v
  wait_gone "Step 1: Basics"
  check_rows "$up" "$down"
  # and again, so that the first row is a line of the answer too
  first=$(row 2)
  keys C-v
  wait_gone "$first"
  check_rows "$up" "$down"
  row 2 | grep -q -E -- "$whole$up\$" || { echo "FAIL: the first row is not a whole line then $up"; cat "$work/screen.txt"; exit 1; }
  keys C-q
  wait_for "EXIT=0"
done
echo ok
