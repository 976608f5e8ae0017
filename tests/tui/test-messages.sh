#!/bin/sh
# What the wizard says, and for how long: a message goes when the person
# moves on to another question; when the last required question is
# answered it says so, and how to write the document; a panel's warning
# (the pilot too small for the change expected) is a line at the top of
# its step and a mark in the step list, not only below the last question.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

# a one-step pack: two questions, one required
mkdir "$work/tiny"
cat > "$work/tiny/pack.lua" <<'EOP'
return { id = "tiny", version = 1, title = "Tiny", steps = { "01-one.lua" } }
EOP
cat > "$work/tiny/01-one.lua" <<'EOP'
return step {
  id = "one", number = 1, title = "One",
  fields = {
    text { id = "name", label = "Name", required = true },
    number { id = "count", label = "How many?", min = 0, max = 10 },
  },
}
EOP
"$EVALWIZ" --pack "$work/tiny" new "$work/plan.yaml" --title "Tiny" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$work/tiny' plan.yaml"
wait_for "Step 1: One"
# a refusal stays while the person is on the question, and goes when they move on
keys Tab
text "lots"
keys Enter
wait_for "Not a number"
keys C-u BTab
wait_gone "Not a number"
wait_for "▸ Name"
# the last required answer: the wizard says the plan is complete, and what next
text "Sure Start"
keys Enter
wait_for "Every required question is answered. F9 writes the plan as a document"
# Tab on the last question says so
keys Tab Tab
wait_for "this is the last question of the last step"
keys C-q
wait_for "EXIT=0"
# opened again complete, it says so at once
start 80 24 "'$EVALWIZ' --pack '$work/tiny' plan.yaml"
wait_for "Every required question is answered"
keys C-q
wait_for "EXIT=0"

# the default pack: a pilot too small for the change expected
"$EVALWIZ" new "$work/pilot.yaml" --title "Pilot" >/dev/null 2>&1
"$EVALWIZ" set "$work/pilot.yaml" pilot_outcome.participants=20 pilot_outcome.expected_change=0.1 >/dev/null
start 80 24 "env LANG=C LC_ALL=C '$EVALWIZ' pilot.yaml"
wait_for "Step 0: About this plan"
keys C-g 5 Enter
wait_for "> 5 "
# at the top of the step, before its questions
wait_for "! What the pilot can detect: the pilot is too small"
wait_for "to detect the 0.10 you expect (it can detect"
row=$(row_of "What the pilot can detect: the pilot is too small")
qrow=$(row_of "> Which outcomes will you measure")
[ -n "$row" ] && [ -n "$qrow" ] && [ "$row" -lt "$qrow" ] || { echo "FAIL: the warning is not above the questions"; screen; exit 1; }
# and on the step's mark, with the legend that says what the mark means
wait_for "> 5 ! Pilot"
wait_for "! warning"
wait_for "L1-L4: evidence level"
keys C-q
wait_for "EXIT=0"
echo ok
