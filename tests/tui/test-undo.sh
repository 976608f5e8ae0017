#!/bin/sh
# Ctrl-Z undoes the last change to the plan wherever it was made (the
# title, an answer, a choice, a list item cut, a table cell), again and
# again, saying what it undid and taking the focus there; Ctrl-Y redoes.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Undo" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
# five changes in three places
text "Links"
keys Enter
keys Tab Tab Tab 2 Escape
keys F4
wait_for "Plan title:"
keys C-u
text "Renamed"
keys Enter
wait_for "Renamed"
keys PgDn
wait_for "▸ Short-term outcomes"
text "First"
keys Enter
text "Second"
keys Enter Enter Tab
wait_for "▸ Measures"
text "Behaviour"
keys Enter
wait_for "Behaviour |"
keys C-s
wait_file "$work/plan.yaml" "outcome: Behaviour" 10

# undo, one change at a time, newest first, each named
keys C-z
wait_for 'undone: a cell in row 1 of "Measures"'
keys C-z
wait_for 'undone: the row added to "Measures"'
keys C-z
wait_for 'undone: the item added to "Short-term outcomes"'
keys C-z
wait_for 'undone: the item added to "Short-term outcomes"'
# across steps: the title (changed on step 1, undone from step 2)
keys C-z
wait_for "undone: the plan's title"
wait_gone "Renamed"
keys C-z
wait_for 'undone: the answer to "Main setting"'
wait_for "> 1 "
wait_for "▸ Main setting"
keys C-s
wait_for "saved plan.yaml"
i=0
while grep -q "setting:\|outcomes:\|measures:" "$work/plan.yaml" && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
if grep -q "setting:\|outcomes:\|measures:" "$work/plan.yaml"; then echo "FAIL: not all undone"; cat "$work/plan.yaml"; exit 1; fi
wait_file "$work/plan.yaml" "^  title: Undo$" 10
grep -q "^  title: Undo$" "$work/plan.yaml" || { echo "FAIL: the title was not put back"; cat "$work/plan.yaml"; exit 1; }
expect_eq "$(answer basics.name)" "Links" "the change before the ones undone"

# redo brings them back, in order
keys C-y
wait_for 'redone: the answer to "Main setting"'
keys C-y
wait_for "redone: the plan's title"
wait_for "Renamed"
keys C-s
wait_file "$work/plan.yaml" "setting: home$" 10
wait_file "$work/plan.yaml" "title: Renamed$" 10
keys C-q
wait_for "EXIT=0"
echo ok
