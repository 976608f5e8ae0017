#!/bin/sh
# Resizing to 40x12, 20x6 and 200x60 and back: a "too small" notice that
# recovers, nothing lost while editing.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Resize test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter
text "Typed before resizing"

T resize-window -t w -x 40 -y 12
wait_for "Terminal too small (40x12)"
T resize-window -t w -x 20 -y 6
wait_for "(20x6)"
# typing goes on, unseen, while the notice shows
text " small"
T resize-window -t w -x 200 -y 60
wait_for "Typed before resizing small"
wait_for "Lists and tables"
# wide screens put the help beside the questions
wait_for "Help"
T resize-window -t w -x 80 -y 24
wait_for "Typed before resizing"
text ", and after"
keys Enter
wait_for "Typed before resizing small, and after"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Typed before resizing small, and after" "text kept across resizes"
echo ok
