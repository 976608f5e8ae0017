#!/bin/sh
# A table is a spreadsheet's grid: typing edits the cell under the
# cursor; Tab and Shift-Tab go cell by cell and on to the next row; Tab
# after the last cell goes to a new row, and Tab there, untouched, leaves
# the table; the arrows move between cells; coming back to the table puts
# the cursor on the cell last used; a column that takes several options
# keeps several (check boxes), a choice column has type-ahead and numbers;
# Ctrl-K cuts a row and Shift-Down moves one, each undone by Ctrl-Z.  80x24.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Grid" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys PgDn
wait_for "Step 2: Lists and tables"

# Tab through the first tables to the schedule: each empty table is left
# by one Tab, from its new row
keys Tab
wait_for "▸ Measures"
wait_for "New row 1 of 1, column 1 of 4, Outcome:"
wait_for "Tab Cell+"
keys Tab
wait_for "▸ Costs"
keys Tab
wait_for "▸ When is each measure taken?"
wait_for "New row 1 of 1, column 1 of 3, What:"

# typing starts the row; Tab goes to the next cell
text "Behaviour"
keys Tab
wait_for "Row 1 of 1, column 2 of 3, When:"
# a column of several options: check boxes, found by typing, ticked with
# Space; several stay ticked
keys Enter
wait_for " 1 [ ] before (baseline)"
text "bef"
keys Space
wait_for " 1 [✓] before (baseline)"
text "at"
keys Space
wait_for " 2 [✓] at the end"
keys 3
wait_for " 3 [✓] 6 months after the end"
keys Enter
wait_gone " 3 [✓] 6 months after the end"
# a choice column: type-ahead, then Enter
keys Tab
wait_for "column 3 of 3, Who:"
text "tea"
keys Enter
wait_answer lists.schedule "- what: Behaviour
  when:
  - baseline
  - end
  - m6
  who: teacher" "the first row"

# Tab after the last cell: the new row; typing there starts row 2
keys Tab
wait_for "New row 2 of 2, column 1 of 3, What:"
text "Stress"
keys Tab
wait_for "Row 2 of 2, column 2 of 3, When:"
keys 2 Enter Tab
# a number picks the option
keys 1
keys Tab
wait_for "New row 3 of 3, column 1 of 3, What:"
wait_answer lists.schedule "- what: Behaviour
  when:
  - baseline
  - end
  - m6
  who: teacher
- what: Stress
  when:
  - end
  who: parent" "the second row"

# Shift-Tab back cell by cell, over the row's start to the one before
keys BTab
wait_for "Row 2 of 2, column 3 of 3, Who:"
keys BTab BTab BTab
wait_for "Row 1 of 2, column 3 of 3, Who:"
# the arrows
keys Left Left Down
wait_for "Row 2 of 2, column 1 of 3, What:"
# typing goes into the cell under the cursor, after its text
text " levels"
keys Enter
wait_for "Stress levels"

# leave the table (and the step), come back: the cursor is on the cell
# last used
keys PgUp
wait_for "Step 1: Basics"
keys PgDn
wait_for "▸ Short-term outcomes"
keys Tab Tab Tab
wait_for "▸ When is each measure taken?"
wait_for "Row 2 of 2, column 1 of 3, What:"

# Ctrl-K cuts the row, Ctrl-Z puts it back; Shift-Up moves it
keys C-k
wait_for "row 2 cut"
wait_answer lists.schedule "- what: Behaviour
  when:
  - baseline
  - end
  - m6
  who: teacher" "row cut"
keys C-z
wait_for "undone"
keys Up
wait_for "Row 1 of 2"
keys Down S-Up
wait_answer lists.schedule "- what: Stress levels
  when:
  - end
  who: parent
- what: Behaviour
  when:
  - baseline
  - end
  - m6
  who: teacher" "row moved up"
# words typed in a choice column and Tab, no Enter: the option they found
# is picked and the cursor goes on (the typing is never dropped)
keys Down Tab Tab
wait_for "Row 2 of 2, column 3 of 3, Who:"
text "par"
keys Tab
wait_for "New row 3 of 3, column 1 of 3, What:"
wait_answer lists.schedule "- what: Stress levels
  when:
  - end
  who: parent
- what: Behaviour
  when:
  - baseline
  - end
  - m6
  who: parent" "a choice found by typing, left with Tab"
keys C-q
wait_for "EXIT=0"
grep -q "^  title: Grid$" "$work/plan.yaml" || { echo "FAIL: the title changed"; cat "$work/plan.yaml"; exit 1; }
echo ok
