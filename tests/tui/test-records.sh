#!/bin/sh
# Tables (records): columns sized to their content within the pane, not cut
# at a fixed width; the focused cell's full text under the table; sideways
# scrolling, with a note of the columns out of sight, when the pane is narrow.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Records" >/dev/null 2>&1
long="Strengths and Difficulties Questionnaire (parent version)"
"$EVALWIZ" --pack "$pack" set "$work/plan.yaml" \
  "lists.measures=[{outcome: Fewer exclusions, measure: $long, informant: parent, timepoint: T1}]" >/dev/null
start 118 30 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys PgDn
wait_for "Step 2: Lists and tables"
# the measure column takes the room the short columns leave (not 17 characters)
wait_for "Fewer exclusions | Strengths and Difficulties Questionn"
wait_for "Outcome          | Measure"
keys Tab Right
# the focused cell in full under the table
wait_for "Row 1 of 1, column 2 of 4, Measure:"
wait_for "$long"
keys Right
wait_for "column 3 of 4, Informant:"
# a column of options shows them, numbered, when it is opened
keys Enter
wait_for " 1 (•) parent"
wait_for " 2 ( ) teacher"
keys Escape C-q
wait_for "EXIT=0"

# a narrow pane: the table scrolls sideways to the column being edited
start 60 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys PgDn
wait_for "Step 2: Lists and tables"
wait_for "more column"
wait_for "→"
# the columns in sight share the width the pane has: the first shows its
# text whole, not squeezed to ten columns ("Fewer excl…")
wait_for "Fewer exclusions |"
keys Tab Right Right Right
wait_for "column 4 of 4, Timepoint:"
wait_for "← "
wait_for "T1"
keys Escape C-q
wait_for "EXIT=0"

# 80x24 without UTF-8: the table's key hints fit their slots, not cut
# ("Lt/Rt Colu")
start 80 24 "env LANG=C LC_ALL=C TERM=vt100 '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys PgDn
wait_for "Step 2: Lists and tables"
keys Tab Right Left
wait_for "abc Type   Tab Cell+   Lt/Rt Col  ^K Cut row  Esc Done   ^Z Undo"
wait_for "Enter Edit S-Tab Cell- Up/Dn Row  S-Up Move"
keys Escape C-q
wait_for "EXIT=0"
echo ok
