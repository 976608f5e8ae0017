#!/bin/sh
# Ctrl-C does one thing everywhere: it asks whether to quit.  Esc carries
# on exactly where it was (the text being typed, a page, a prompt with its
# text); Enter quits, saving everything typed.  Ctrl-C twice quits too.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Ctrl-C" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"

# while typing an answer
text "Half typed"
keys C-c
wait_for "Quit evalwiz?"
wait_for "Everything you typed is kept"
keys Escape
wait_gone "Quit evalwiz?"
text " and more"
wait_for "▌ Half typed and more"

# on the help page: Esc goes back to the page, not past it
keys F1
wait_for "evalwiz: keys and help"
wait_for "Ctrl-C"
keys C-c
wait_for "Quit evalwiz?"
keys Escape
wait_for "evalwiz: keys and help"
keys Escape
wait_gone "evalwiz: keys and help"
wait_for "▌ Half typed and more"

# in the search prompt: its text is still there
keys Escape /
wait_for "Search:"
text "problem"
keys C-c
wait_for "Quit evalwiz?"
keys n
wait_for "Search: problem"
keys Escape

# Enter quits, and what was typed is saved
keys Enter End
text " still"
keys C-c
wait_for "Quit evalwiz?"
keys Enter
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Half typed and more still" "typed text kept on Ctrl-C"

# Ctrl-C twice quits as well
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys C-c C-c
wait_for "EXIT=0"
echo ok
