#!/bin/sh
# Creates a plan in the wizard and fills one question of every type,
# moving between steps; checks what the file holds.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

start 100 50 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "create a new plan there? [Y/n]"
keys Enter
wait_for "Step 1: Basics"
wait_for "saved"

# text: typing on a text question starts editing it
text "Family Links"
wait_for "Family Links"
keys Enter
wait_for "Enter Edit"

# textarea: Enter edits, Enter is a new line, Esc keeps the text
keys Tab Enter
text "First line"
keys Enter
text "Second line"
keys Escape
wait_for "Second line"

# number: Enter refuses text that is not a number, a good number is stored
keys Tab Enter
text "lots"
keys Enter
wait_for "Not a number"
keys C-u
text "520"
keys Enter
wait_for "520 children"

# choice: the conditional question appears when Home visits is chosen
# (Enter opens it with nothing highlighted: Down goes to the first option)
keys Tab Enter Down Down Enter
wait_for "Why home visits?"

# multi: two boxes ticked by their numbers
keys Tab 1 3 Escape
wait_for "education"

# yesno and date
keys Tab y
keys Tab Enter
text "2027-02-30"
keys Enter
wait_for "2027-02-30 is not a real date"
keys C-u
text "2027-03-31"
keys Enter
wait_gone "is not a real date"

# next step: list and records
keys PgDn
wait_for "Step 2: Lists and tables"
# a list: typing starts an item, Enter the next, Enter on a blank one ends it
text "Fewer exclusions"
keys Enter
text "Calmer homes"
keys Enter Enter
# Enter opens it again (a new blank item), Up goes to the last item, and
# Shift-Up moves it up
keys Enter Up S-Up Escape
# a table: typing fills the cell, Tab goes to the next
keys Tab
text "Exclusions"
keys Tab
text "School records"
keys Tab
wait_for "Row 1 of 1, column 3 of 4, Informant:"
# a column of options: type-ahead then Enter
text "te"
keys Enter
wait_for "teacher"
keys Escape
wait_for "School records"
keys C-s
wait_for "saved plan.yaml"
keys C-q
wait_for "EXIT=0"

expect_eq "$(answer basics.name)" "Family Links" "text"
expect_eq "$(answer basics.story)" "First line
Second line" "textarea"
expect_eq "$(answer basics.children)" "520" "number"
expect_eq "$(answer basics.setting)" "home" "choice"
expect_eq "$(answer basics.agencies)" "- police
- education" "multi"
expect_eq "$(answer basics.consent)" "yes" "yesno"
expect_eq "$(answer basics.start)" "2027-03-31" "date"
expect_eq "$(answer lists.outcomes)" "- Calmer homes
- Fewer exclusions" "list"
grep -q "measure: School records" "$work/plan.yaml" || { echo "FAIL: records"; cat "$work/plan.yaml"; exit 1; }
grep -q "informant: teacher" "$work/plan.yaml" || { echo "FAIL: records choice"; cat "$work/plan.yaml"; exit 1; }
[ ! -e "$work/plan.yaml.lock" ] || { echo "FAIL: the lock was left behind"; exit 1; }
echo "ok"
