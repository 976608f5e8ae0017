#!/bin/sh
# The pack's consistency checks in the wizard, as a practitioner meets them
# at 80x24 with LANG=C: a plan whose waiting list gets the programme before
# the primary outcome is measured marks the impact step, F3 lists the
# contradiction with what to change, the question that needs the change
# shows it, and putting the answer right clears the mark.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

cp "$top_srcdir/examples/demo-plan.yaml" "$work/demo.yaml"
"$EVALWIZ" set "$work/demo.yaml" impact.deferral_months=6 >/dev/null 2>&1
start 80 24 "env LC_ALL=C LANG=C '$EVALWIZ' demo.yaml"
wait_for "Step 0: About this plan"
# the impact step is marked as having a problem, the others are complete
wait_for " 6 x Impact"
wait_for " 7 + Follow-up"
# F3: the consistency checks under their own heading, the failing one in full
keys F3
wait_for "Plan health check and design advice"
# the health check comes first; scroll to the consistency checks
i=0
while ! screen | grep -F -q "Consistency checks (answers that must agree):" && [ "$i" -lt 10 ]; do keys PgDn; sleep 0.1; i=$((i + 1)); done
wait_for "Consistency checks (answers that must agree):"
i=0
while ! screen | grep -F -q "fail  Comparisons come before the waiting list" && [ "$i" -lt 10 ]; do keys PgDn; sleep 0.1; i=$((i + 1)); done
wait_for "fail  Comparisons come before the waiting list gets the programme"
wait_for "offered the programme at 6 months"
keys q
wait_gone "Plan health check and design advice"
# the question to change shows the message, naming the other question by its words
keys C-g 6 Enter
wait_for "Step 6: Impact evaluation"
keys /
wait_for "Search:"
text "waiting-list families be offered"
keys Enter
wait_for "hit 1 of 1"
wait_for "by then there is no comparison group"
# 9 months: the comparison lasts until the primary outcome, and the mark goes
keys Enter C-u
text "9"
keys Enter
wait_gone "by then there is no comparison group"
wait_for " 6 + Impact"
keys C-q
wait_for "EXIT=0"
test "$("$EVALWIZ" get "$work/demo.yaml" impact.deferral_months)" = 9
