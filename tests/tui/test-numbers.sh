#!/bin/sh
# Number and date questions: numbers and dates as people write them are
# read and stored normalised, the message line saying so (1,250 children,
# £450, 1 Sept 2027, 01/09/2027); Enter refuses text that is not a number
# in range (or not a real date), keeps it in the editor and says what to
# type; Tab still leaves keeping the text, which is then flagged beside the
# answer, kept in the recovery file and reported by check.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Numbers" >/dev/null 2>&1
start 100 40 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
# the unit and range beside the question before any answer
wait_for "(not answered)  (range 0 to 100000 children)"

# children: Tab Tab to it (name, story, children)
keys Tab Tab Enter
text "lots"
keys Enter
wait_for "Not a number: type digits like 12 (range 0 to 100000 children); Ctrl-U clears"
# still editing: the typed text is in the editor, not stored
wait_for "▌ lots"
wait_for "Esc Done"
keys C-u
text "200000"
keys Enter
wait_for "200000 is out of range: type a number in the range 0 to 100000 children; Ctrl-U clears"
wait_for "▌ 200000"
keys C-u
text "12.5"
keys Enter
wait_for "Not a whole number: type digits like 12"
keys C-u
text "520"
keys Enter
wait_for "520 children  (range 0 to 100000 children)"
wait_gone "▌ 520"
# as people write it: a thousands comma and the unit
keys Enter C-u
text "1,250 children"
keys Enter
wait_for 'read "1,250 children" as 1250 children'
wait_for "1250 children  (range 0 to 100000 children)"
wait_file "$work/plan.yaml" "children: 1250$" 10

# Tab leaves with refused text: kept, flagged inline, in the recovery file
keys Enter C-u
text "about 40"
keys Tab
wait_for "about 40 children  ✗ not accepted (Enter to fix)"
wait_file "$work/plan.yaml.recover" '"field":"children","value":"about 40"'

# the date: not a date, then not a real date, then a good one
keys Down Down Down
wait_for "▸ Start date"
keys Enter
text "1 Sept 2027"
keys Enter
wait_for 'read "1 Sept 2027" as 2027-09-01'
wait_file "$work/plan.yaml" "start: .*2027-09-01" 10
keys Enter C-u
text "01/10/2027"
keys Enter
wait_for 'read "01/10/2027" as 2027-10-01'
wait_file "$work/plan.yaml" "start: .*2027-10-01" 10
keys Enter C-u
text "next spring"
keys Enter
wait_for "Not a date: type it like 31/03/2027, 31 March 2027 or 2027-03-31; Ctrl-U clears"
wait_for "▌ next spring"
keys C-u
text "2027-02-30"
keys Enter
wait_for "2027-02-30 is not a real date"
keys Escape
wait_for "2027-02-30  ✗ not accepted (Enter to fix)"
keys C-s
wait_for "saved plan.yaml"

# evalwiz check reports both as errors
set +e
"$EVALWIZ" --pack "$pack" check "$work/plan.yaml" > "$work/check.out" 2>&1
rc=$?
set -e
[ "$rc" -ne 0 ] || { echo "FAIL: check passed a plan with refused answers"; cat "$work/check.out"; exit 1; }
grep -q 'basics.children.*about 40' "$work/check.out" || { echo "FAIL: check did not report the number"; cat "$work/check.out"; exit 1; }
grep -q 'basics.start.*2027-02-30' "$work/check.out" || { echo "FAIL: check did not report the date"; cat "$work/check.out"; exit 1; }

# Enter on the flagged date fixes it
keys Enter C-u
text "2027-03-31"
keys Enter
wait_gone "not accepted (Enter to fix)  "
wait_for "2027-03-31"

# a number column in a table: the same check when Enter confirms the cell
keys PgDn
wait_for "Step 2: Lists and tables"
keys Tab Tab
wait_for "New row 1 of 1, column 1 of 2, Item:"
text "Venue hire"
keys Tab
text "lots"
keys Enter
wait_for "Not a number: type digits like 12 or 12.5 (range 0 to 1000000 £); Ctrl-U clears"
wait_for "Row 1 of 1, column 2 of 2, Amount:"
keys C-u
text "£450"
keys Enter
wait_for "Venue hire | 450"
keys Escape
keys C-q
wait_for "EXIT=0"
grep -q "amount: 450" "$work/plan.yaml" || { echo "FAIL: the cell"; cat "$work/plan.yaml"; exit 1; }
expect_eq "$(answer basics.start)" "2027-03-31" "date"
expect_eq "$(answer basics.children)" "about 40" "number kept as typed"
echo "ok"
