#!/bin/sh
# The mouse: clicks on steps, questions and options (nothing needs it).
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Mouse test" >/dev/null 2>&1
start 100 50 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
click 40 "$(row_of "Main setting")"
wait_for "( ) Home visits"
click 40 "$(row_of "Home visits")"
wait_for "Home visits" 
wait_for "Why home visits?"
click 5 "$(row_of "Lists and tables")"
wait_for "Step 2: Lists and tables"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.setting)" "home" "choice by click"
echo ok
