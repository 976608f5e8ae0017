#!/bin/sh
# The main pane scrolls freely at 80x24 (F8/F7, Ctrl-V, the mouse wheel),
# also while a question is being edited; moving the focus brings the
# question back; the hint bar fits 80 columns and names F9, F3 and Ctrl-Z.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Scroll test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
# the key hints of the first screen, all of them within 80 columns
wait_for "F9 Export"
wait_for "F3 Health"
wait_for "^Z Undo"
wait_for "F2 Glossary"
# the summary panel is below the questions, out of sight
screen | grep -q "Service: (no name yet)" && { echo "FAIL: the panel is in view already"; screen; exit 1; }
keys C-v
wait_gone "Step 1: Basics"
keys C-v C-v C-v
wait_for "Service: (no name yet)"
keys F7 F7 F7 F7 F7
wait_for "Step 1: Basics"
wait_for "One question of each simple type."
keys F8 F8 F8 F8
wait_for "Service: (no name yet)"
keys F7 F7 F7 F7 F7
wait_for "Step 1: Basics"

# the wheel (button 5 down, button 4 up, as an xterm sends them) over the main pane
wheel() { T send-keys -t w -l "$(printf '\033[M%b%b%b' "\\0$(printf %o $((32 + $1)))" "\\0$(printf %o $((33 + 40)))" "\\0$(printf %o $((33 + 5)))")"; }
for i in 1 2 3 4 5 6 7 8; do wheel 65; done
wait_for "Service: (no name yet)"
for i in 1 2 3 4 5 6 7 8 9 10; do wheel 64; done
wait_for "Step 1: Basics"

# while editing: scroll away to read, typing brings the field back
keys Enter
text "Sure Start"
wait_for "Esc Done"
keys C-v C-v C-v C-v
wait_for "Service: (no name yet)"
wait_gone "▌ Sure Start"
text " Plus"
wait_for "▌ Sure Start Plus"
keys Enter
wait_for "Enter Edit"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Sure Start Plus" "typed after scrolling"
echo ok
