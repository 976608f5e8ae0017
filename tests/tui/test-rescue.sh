#!/bin/sh
# When the plan cannot be written, ^Q stays and says so; a second ^Q quits
# and the answers go to a rescue copy, never lost.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Rescue test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml 2>'$work/err'"
wait_for "Step 1: Basics"
# the plan's name now belongs to a folder: every save fails
rm "$work/plan.yaml"
mkdir "$work/plan.yaml"
keys Enter
text "Typed where it cannot be saved"
keys Enter
keys C-q
wait_for "^Q again quits"
keys C-q
wait_for "EXIT=74"
grep -q "your answers are kept in $XDG_STATE_HOME/evalwiz/rescue-" "$work/err" || {
  echo "FAIL: no rescue message"; cat "$work/err"; exit 1; }
grep -l "Typed where it cannot be saved" "$XDG_STATE_HOME"/evalwiz/rescue-*plan.yaml >/dev/null || {
  echo "FAIL: the rescue copy lacks the text"; exit 1; }
echo ok
