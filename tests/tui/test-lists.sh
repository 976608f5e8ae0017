#!/bin/sh
# A list: typing on it starts a new item (no key to press first, so no
# letter is eaten: "Parental stress" stays whole); Enter ends the item and
# opens the next; Enter on a blank item ends the list; pasted lines become
# one item each; Ctrl-K cuts an item, Ctrl-U puts it back, Shift-Up moves
# one, and Ctrl-Z undoes each of these.  80x24.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Lists" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys PgDn
wait_for "▸ Short-term outcomes"
# the hint bar says what typing does here
wait_for "abc Add"

# typing starts the first item; its first letters are kept
text "Parental stress"
keys Enter
wait_for "Enter Add"
text "Low income"
keys Enter
# Enter on the blank item ends the list
keys Enter
wait_for "abc Add"
wait_answer lists.outcomes "- Parental stress
- Low income" "items typed without a key first"

# a letter on the list again (once it did nothing, unopened): a new item at the end
text "a third item"
keys Enter Escape
wait_file "$work/plan.yaml" "- a third item" 10

# three pasted lines are three items
printf 'Isolation\nDebt\nPoor housing\n' > "$work/paste"
T load-buffer "$work/paste"
T paste-buffer -p -t w
wait_for "pasted 3 lines as items of their own"
keys Escape
wait_answer lists.outcomes "- Parental stress
- Low income
- a third item
- Isolation
- Debt
- Poor housing" "pasted lines"

# cut the second item, then undo; then move the last one up, and undo
keys Enter Up Home Down
wait_for "^K Cut item"
keys C-k
wait_for "item 2 cut"
wait_answer lists.outcomes "- Parental stress
- a third item
- Isolation
- Debt
- Poor housing" "item cut"
keys C-z
wait_for "undone"
wait_answer lists.outcomes "- Parental stress
- Low income
- a third item
- Isolation
- Debt
- Poor housing" "cut undone"
keys Enter Up S-Up
wait_answer lists.outcomes "- Parental stress
- Low income
- a third item
- Isolation
- Poor housing
- Debt" "item moved up"
keys Escape C-z
wait_for "undone"
wait_answer lists.outcomes "- Parental stress
- Low income
- a third item
- Isolation
- Debt
- Poor housing" "move undone"

# an item edited: Enter on it puts its text in the editor
keys Enter Up Home
keys Enter
text " (high)"
keys Enter Escape
wait_answer lists.outcomes "- Parental stress (high)
- Low income
- a third item
- Isolation
- Debt
- Poor housing" "an item edited"
# Ctrl-U puts back a cut item where the cursor is
keys Enter Up Home C-k
wait_for "item 1 cut"
keys End C-u Escape
wait_answer lists.outcomes "- Low income
- a third item
- Isolation
- Debt
- Poor housing
- Parental stress (high)" "cut item put back at the end"
keys C-q
wait_for "EXIT=0"
grep -q "^  title: Lists$" "$work/plan.yaml" || { echo "FAIL: the title changed"; cat "$work/plan.yaml"; exit 1; }
echo ok
