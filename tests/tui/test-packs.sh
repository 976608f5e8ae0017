#!/bin/sh
# Packs other than the ten steps in the wizard: the maturity matrix shows
# its own steps, its profile panel and its own checks on F3 (none of the ten
# steps' pitfalls or advice), and F9 offers its own template first; the
# county pack shows its step 4a among the ten.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

cp "$top_srcdir/packs/eif-maturity-matrix/examples/demo.yaml" "$work/m.yaml"
start 80 24 "'$EVALWIZ' --pack eif-maturity-matrix m.yaml"
wait_for "About this self-assessment"
wait_for "Leadership"
wait_for "Family engagement"
# the profile step: computed values and the panel of bars
keys C-g 6 Enter
wait_for "Step 6: The profile"
wait_for "Average rating across the dimensions"
wait_for "2.2"
wait_for "Data and evidence (1.3)"
# F3: the pack's checks, nothing of the ten steps
keys F3
wait_for "Checks of the plan"
wait_for "Self-assessment checks:"
wait_for "An even system"
if screen | grep -q "pitfall\|Design advice"; then echo "FAIL: the ten steps' checks show for the matrix"; screen; exit 1; fi
keys q
wait_gone "Self-assessment checks:"
# F9: its own one-page template first
keys F9
wait_for "Export: which document?"
wait_for "> 2. Maturity profile: One page for the workshop"
keys Escape
wait_for "export cancelled"
keys C-q
wait_for "EXIT=0"

cp "$top_srcdir/examples/packs/county-ig/examples/demo-plan.yaml" "$work/c.yaml"
start 100 30 "'$EVALWIZ' --pack '$top_srcdir/examples/packs/county-ig' c.yaml"
wait_for "Process study"
# the step list: 4a between the base pack's 4 and 5
expect_eq "$(row_of " 4a ")" "$(( $(row_of "  4 ") + 1 ))" "step 4a under step 4"
expect_eq "$(row_of "  5 ")" "$(( $(row_of " 4a ") + 1 ))" "step 5 under step 4a"
keys C-q
wait_for "EXIT=0"
