#!/bin/sh
# A whole plan by keyboard, as a new user would: from the start screen
# (evalwiz alone, a fresh HOME) to a new plan on the default pack, one
# question or more in every step, each with its own widget (text, textarea,
# number, choice, multi, yesno, date, list, records), on to the last step;
# Ctrl-Q, then the saved YAML is read back with evalwiz get.  80x24.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

start 80 24 "'$EVALWIZ'"
wait_for "Try the demo plan"
keys n
wait_for "New plan file: plan.yaml"
keys Enter
wait_for "Step 0: About this plan"
wait_for "[plan.yaml]"

# step 0: text (typing starts editing), textarea, multi, choice
keys Enter
text "Whole plan by keyboard"
keys Enter
wait_for "Whole plan by keyboard"
keys Tab Enter
text "Northbridge Council"
keys Enter
keys Tab Tab Tab Tab Tab Enter
wait_for "Esc Done"
text "Weekly groups for parents."
keys Enter
text "Run by the early help team."
keys Escape
wait_for "Run by the early help team."
# check boxes by their numbers; a choice opened with Enter has nothing
# highlighted: Down goes to the first option, Enter picks it
keys Tab 1 2 Escape
keys Tab Enter Down Enter
wait_file "$work/plan.yaml" "prior_level:" 10

# step 1: textarea, yesno, list
keys PgDn
wait_for "Step 1: Theory of change"
keys Enter
text "Harsh parenting in families with toddlers."
keys Escape
wait_for "Harsh parenting in families with toddlers."
keys Tab Tab Tab Tab Tab Tab Enter y
keys Tab
wait_for "What is the score and the cut-off?"
# a list: typing starts an item, Enter opens the next, Esc ends it
keys Tab
text "Parental stress"
keys Enter
text "Social isolation"
keys Enter Escape
wait_for "Social isolation"

# step 2: list, records
keys PgDn
wait_for "Step 2: Logic model"
text "Two trained practitioners"
keys Enter Escape
# records: typing starts the first row in its first cell; the third
# column (a text) by Right; the focused cell is shown in full under the table
keys Tab Tab
wait_for "New row 1 of 1, column 1 of 4, Output:"
text "Group sessions run"
keys Enter
wait_for "Row 1 of 1, column 1 of 4, Output:"
wait_for "    Group sessions run"
keys Right Right Enter
text "Sessions held each term"
keys Enter
wait_for "    Sessions held each term"
keys Escape
wait_file "$work/plan.yaml" "indicator: Sessions held each term" 10

# step 3: number, with a refused word first
keys PgDn
wait_for "Step 3: Blueprint"
keys Tab Tab Enter
text "twelve"
keys Enter
wait_for "Not a number"
keys C-u
text "12"
keys Enter
wait_for "Enter Edit"

# step 4: multi
keys PgDn
wait_for "Step 4: Implementation and process study"
keys Tab 1 Escape
wait_file "$work/plan.yaml" "components:" 10

# step 5: choice
keys PgDn
wait_for "Step 5: Pilot impact study"
keys Tab Enter Down Enter
wait_file "$work/plan.yaml" "design: " 10

# step 6: a date, found with search
keys PgDn
wait_for "Step 6: Impact evaluation"
keys /
wait_for "Search:"
text "When will recruitment start"
keys Enter
wait_for "hit 1 of 1"
keys Enter
text "2027-09-01"
keys Enter
wait_for "2027-09-01"

# step 7: number
keys PgDn
wait_for "Step 7: Long-term follow-up"
keys Enter
text "24"
keys Enter
wait_for "24 months"

# step 8: text at the end of the step
keys PgDn
wait_for "Step 8: Replication and effectiveness"
keys Enter
text "A second study in two other boroughs."
keys Escape
keys Tab Enter Down Enter
wait_file "$work/plan.yaml" "study_type: " 10

# step 9: number
keys PgDn
wait_for "Step 9: Value for money"
keys Tab Tab Tab Enter
text "5"
keys Enter
wait_for "5 years"

# step 10, the last: text
keys PgDn
wait_for ">10 "
wait_for "How will you monitor fidelity in routine delivery?"
# a long warning pushes the step's title out of sight: F7 shows it
keys F7
wait_for "Step 10: Quality assurance at scale"
keys Tab Enter
text "EIF fidelity checklist"
keys Enter
wait_for "EIF fidelity checklist"
keys C-q
wait_for "EXIT=0"

g() { "$EVALWIZ" get "$work/plan.yaml" "$1"; }
expect_eq "$(g opening.plan_title)" "Whole plan by keyboard" "step 0 text"
expect_eq "$(g opening.organisation)" "Northbridge Council" "step 0 text"
expect_eq "$(g opening.intervention_summary)" "Weekly groups for parents.
Run by the early help team." "step 0 textarea"
[ -n "$(g opening.steps_done)" ] || { echo "FAIL: step 0 multi"; exit 1; }
[ -n "$(g opening.prior_level)" ] || { echo "FAIL: step 0 choice"; exit 1; }
expect_eq "$(g theory_of_change.problem)" "Harsh parenting in families with toddlers." "step 1 textarea"
expect_eq "$(g theory_of_change.eligibility_score)" "yes" "step 1 yesno"
expect_eq "$(g theory_of_change.risk_factors)" "- Parental stress
- Social isolation" "step 1 list"
expect_eq "$(g logic_model.inputs)" "- Two trained practitioners" "step 2 list"
grep -q "output: Group sessions run" "$work/plan.yaml" || { echo "FAIL: step 2 records"; cat "$work/plan.yaml"; exit 1; }
grep -q "indicator: Sessions held each term" "$work/plan.yaml" || { echo "FAIL: step 2 records"; cat "$work/plan.yaml"; exit 1; }
expect_eq "$(g blueprint.sessions)" "12" "step 3 number"
[ -n "$(g process_study.components)" ] || { echo "FAIL: step 4 multi"; exit 1; }
[ -n "$(g pilot_outcome.design)" ] || { echo "FAIL: step 5 choice"; exit 1; }
expect_eq "$(g impact.start_date)" "2027-09-01" "step 6 date"
expect_eq "$(g follow_up.months)" "24" "step 7 number"
expect_eq "$(g replication.plan)" "A second study in two other boroughs." "step 8 textarea"
[ -n "$(g replication.study_type)" ] || { echo "FAIL: step 8 choice"; exit 1; }
expect_eq "$(g value_for_money.horizon_years)" "5" "step 9 number"
expect_eq "$(g quality_assurance.fidelity_tool)" "EIF fidelity checklist" "step 10 text"
[ ! -e "$work/plan.yaml.lock" ] || { echo "FAIL: the lock was left behind"; exit 1; }
[ ! -e "$work/plan.yaml.recover" ] || { echo "FAIL: the recovery file was left behind"; exit 1; }
echo ok
