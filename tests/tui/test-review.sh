#!/bin/sh
# The partner's review in the wizard: a step with open review items is
# marked in the step list, a question with them says how many, the focused
# one shows them in the help pane under Review, and F12 lists every open
# item across the plan; resolved items are not shown; Ctrl-T makes the
# focused question's proposed change its answer, and Ctrl-Z takes it back.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Review test" >/dev/null 2>&1
"$EVALWIZ" --pack "$pack" set "$work/plan.yaml" basics.name='Family Foundations' >/dev/null 2>&1
cat > "$work/review.csv" <<'CSV'
question,comment,author
basics.name,Is this the name families know?,Dr Ada Partner
basics.story,Say how many families.,Dr Ada Partner
lists.outcomes,Add a school outcome.,Dr Bo Reviewer
CSV
"$EVALWIZ" --pack "$pack" review import "$work/plan.yaml" "$work/review.csv" >/dev/null
"$EVALWIZ" --pack "$pack" review resolve "$work/plan.yaml" 2 >/dev/null
# a proposed change, as review import makes one from a tracked change
cat >> "$work/plan.yaml" <<'YAML'
- id: 4
  kind: change
  step: basics
  field: name
  status: open
  author: Dr Ada Partner
  text: inserted " Plus"
  quote: Family Foundations
  proposed: Family Foundations Plus
YAML
start 100 30 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
# the focused question (the first shown) says it has an item; the help
# pane shows it
wait_for "2 open review items (see Review, below)"
wait_for "Is this the name families know?"
screen | grep -q "#1 open comment on basics.name, by Dr Ada Partner" || { echo "FAIL: the item in the help pane"; screen; exit 1; }
# the resolved item on the story is not shown
if screen | grep -q "Say how many families"; then echo "FAIL: a resolved item shown"; screen; exit 1; fi
# both steps are marked in the step list
screen | grep -q "1 . ✎ Basics" || screen | grep -q "✎ Basics" || { echo "FAIL: step 1 not marked"; screen; exit 1; }
screen | grep -q "✎ Lists" || { echo "FAIL: step 2 not marked"; screen; exit 1; }
# F12: every open item across the plan
keys F12
wait_for "Open review items"
wait_for "#3 open comment on lists.outcomes, by Dr Bo Reviewer"
screen | grep -q "#1 open comment on basics.name" || { echo "FAIL: F12 lists item 1"; screen; exit 1; }
if screen | grep -q "#2 "; then echo "FAIL: F12 lists a resolved item"; screen; exit 1; fi
keys Escape
wait_for "Step 1: Basics"
# Ctrl-T takes the focused question's proposal: an edit, undone by Ctrl-Z
keys C-t
wait_for "review item 4 accepted"
wait_for "Family Foundations Plus"
wait_for "1 open review item (see Review, below)"
keys C-z
wait_for "undone"
keys C-s
sleep 1
expect_eq "$(answer basics.name)" "Family Foundations" "Ctrl-Z took the accepted proposal back"
keys C-t
wait_for "no proposed change to accept"
keys C-q
wait_for "EXIT=0"
# the review is still in the plan after the wizard saved it
grep -q "^review:" "$work/plan.yaml"
echo ok
