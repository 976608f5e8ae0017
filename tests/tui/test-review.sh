#!/bin/sh
# The partner's review in the wizard: a step with open review items is
# marked in the step list, a question with them says how many, the focused
# one shows them in the help pane under Review, and F12 lists every open
# item across the plan; resolved items are not shown; Ctrl-T makes the
# focused question's proposed change its answer, and Ctrl-Z takes it back
# and opens the item again.  From F12 an item is replied to or resolved
# (Ctrl-Z takes that back too); a reply survives kill -9 (the recovery
# journal holds it).
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
# F12: every open item across the plan, the focused question's chosen
keys F12
wait_for "Open review items: Enter answers one"
wait_for "#3 open comment on lists.outcomes, by Dr Bo Reviewer"
screen | grep -q "> 1. #1 open comment on basics.name" || { echo "FAIL: F12 lists item 1, chosen"; screen; exit 1; }
if screen | grep -q "#2 "; then echo "FAIL: F12 lists a resolved item"; screen; exit 1; fi
keys Escape
wait_for "Step 1: Basics"
# Ctrl-T takes the focused question's proposal: an edit, undone by Ctrl-Z,
# which opens the item again
keys C-t
wait_for "review item 4 accepted"
wait_for "Family Foundations Plus"
wait_for "1 open review item (see Review, below)"
keys C-z
wait_for "undone"
wait_for "2 open review items (see Review, below)"
keys C-s
sleep 1
expect_eq "$(answer basics.name)" "Family Foundations" "Ctrl-Z took the accepted proposal back"
"$EVALWIZ" --pack "$pack" review list "$work/plan.yaml" | grep -q "^#4 open change" || { echo "FAIL: item 4 not open again"; exit 1; }
# F12, item 1: resolved, then Ctrl-Z opens it again
keys F12
wait_for "Open review items: Enter answers one"
keys 1
wait_for "Resolve: nothing more to do about it"
keys Down Enter
wait_for "Open review items: Enter answers one"
if screen | grep -q "#1 open"; then echo "FAIL: the resolved item is still listed"; screen; exit 1; fi
keys Escape
wait_for "review item 1 resolved"
keys C-z
wait_for "undone: the resolution of review item 1"
wait_for "2 open review items (see Review, below)"
# F12, the second item (#3): a reply typed, the item answered
keys F12
wait_for "Open review items: Enter answers one"
keys 2
wait_for "Reply (the item is then answered)"
keys Enter
wait_for "Reply:"
text "A school outcome is added."
keys Enter
wait_for "#3 answered comment on lists.outcomes"
keys Escape
wait_for "review item 3 answered"
# kill -9 now: the reply is in the plan or its recovery journal, and
# --recover puts it back
pid=$(wizard_pid)
kill -9 "$pid"
wait_for "EXIT="
grep -l "A school outcome is added." "$work/plan.yaml" "$work/plan.yaml.recover" || { echo "FAIL: the reply is lost"; exit 1; }
"$EVALWIZ" --pack "$pack" wizard --plain --recover "$work/plan.yaml" </dev/null >/dev/null 2>&1 || true
"$EVALWIZ" --pack "$pack" review list "$work/plan.yaml" > "$work/list"
grep -q "^#3 answered comment on lists.outcomes" "$work/list" || { echo "FAIL: the reply not recovered"; cat "$work/list"; exit 1; }
grep -q "^  reply by .*: A school outcome is added.$" "$work/list" || { echo "FAIL: the reply's text"; cat "$work/list"; exit 1; }
grep -q "^#1 open comment" "$work/list" || { echo "FAIL: item 1 should be open (its resolution undone)"; cat "$work/list"; exit 1; }
# the review is still in the plan after all that
grep -q "^review:" "$work/plan.yaml"
echo ok
