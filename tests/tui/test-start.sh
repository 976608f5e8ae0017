#!/bin/sh
# The start screen (demo plan, recent plans, a new plan), --read-only, and
# a plan another session holds opening read-only with who and since when.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

start 80 24 "'$EVALWIZ'"
wait_for "Try the demo plan"
keys d
# the header shows the title the plan gives itself (opening.plan_title)
wait_for "Family Foundations: evaluation plan 2027"
keys C-q
wait_for "EXIT=0"
demo="$XDG_STATE_HOME/evalwiz/demo-plan.yaml"
[ -f "$demo" ] || { echo "FAIL: no demo copy at $demo"; exit 1; }
T kill-server

# the demo plan is now a recent plan; n makes a new one
start 80 24 "'$EVALWIZ' --pack '$pack'"
wait_for "Recent plans:"
wait_for "demo-plan.yaml"
keys n
wait_for "New plan file:"
# the hints under the prompt are its own keys (F1 and ^Q do nothing there)
wait_for "Esc Cancel"
wait_for "^U Cut left"
if screen | grep -F -q -e "F1 Help" -e "^Q Quit"; then echo "FAIL: hints for keys a prompt ignores"; screen; exit 1; fi
keys C-u
text "fresh.yaml"
keys Enter
wait_for "Step 1: Basics"
wait_for "[fresh.yaml]"

# a second session on the same plan is offered it read-only, saying who has
# it; yes opens it read-only, no leaves with the lock's message (exit 75)
T new-window -t w "cd '$work' && '$EVALWIZ' --pack '$pack' fresh.yaml; echo EXIT=\$?; sleep 600"
wait_for "Someone else has this plan open"
wait_for "fresh.yaml is being edited by"
wait_for "since"
wait_for "Open it read-only, to look without changing it? [Y/n]"
keys Enter
wait_for "READ-ONLY"
wait_for "read-only: fresh.yaml is being edited by"
keys Enter
wait_for "read-only:"
keys C-q
wait_for "EXIT=0"
T kill-window -t w
T new-window -t w "cd '$work' && '$EVALWIZ' --pack '$pack' fresh.yaml; echo EXIT=\$?; sleep 600"
wait_for "Open it read-only, to look without changing it? [Y/n]"
keys n
wait_for "EXIT=75"
wait_for "fresh.yaml is being edited by"
wait_for "try again when they have finished, or open it with --read-only"
T kill-window -t w
wait_for "[fresh.yaml]"
keys C-q
wait_for "EXIT=0"
[ -f "$work/fresh.yaml" ] || { echo "FAIL: fresh.yaml was not created"; exit 1; }
[ ! -e "$work/fresh.yaml.lock" ] || { echo "FAIL: lock left behind"; exit 1; }
T kill-server

# the offered name is replaced by what is typed, not added to
start 80 24 "'$EVALWIZ' --pack '$pack'"
wait_for "Recent plans:"
keys n
wait_for "New plan file: plan.yaml"
text "second.yaml"
keys Enter
wait_for "[second.yaml]"
keys C-q
wait_for "EXIT=0"
[ -f "$work/second.yaml" ] || { echo "FAIL: second.yaml was not created: $(ls "$work")"; exit 1; }
T kill-server

# a new plan's name gets .yaml when it has no extension
start 80 24 "'$EVALWIZ' --pack '$pack'"
wait_for "New plan"
keys n
wait_for "New plan file: plan.yaml"
text "third"
keys Enter
wait_for "[third.yaml]"
keys C-q
wait_for "EXIT=0"
[ -f "$work/third.yaml" ] || { echo "FAIL: third.yaml was not created: $(ls "$work")"; exit 1; }
T kill-server

# a plan named without its .yaml on the command line: that plan, or a new one with .yaml
start 80 24 "'$EVALWIZ' --pack '$pack' third"
wait_for "[third.yaml]"
keys C-q
wait_for "EXIT=0"
start 80 24 "'$EVALWIZ' --pack '$pack' fourth"
wait_for "fourth.yaml does not exist; create a new plan there? [Y/n]"
keys Enter
wait_for "[fourth.yaml]"
keys C-q
wait_for "EXIT=0"
[ -f "$work/fourth.yaml" ] && [ ! -e "$work/fourth" ] || { echo "FAIL: fourth.yaml: $(ls "$work")"; exit 1; }
rm "$work/fourth.yaml"

# Open a plan lists the plans in this folder, newest first, with their
# titles, then the recent ones elsewhere (the demo), then a line to type a
# name, where Tab completes it
start 80 24 "'$EVALWIZ' --pack '$pack'"
wait_for "Open a plan"
keys o
wait_for "Open a plan: the plans here first, then recent ones"
wait_for "third.yaml  (third)"
wait_for "second.yaml  (second)"
wait_for "fresh.yaml  (fresh)"
wait_for "demo-plan.yaml  (Family Foundations"
wait_for "Another file: type its name (Tab completes it)"
keys End Enter
wait_for "Open plan file:"
text "sec"
keys Tab
wait_for "Open plan file: second.yaml"
keys C-u
text "f"
keys Tab
# more than one name begins so: they are shown
wait_for "fresh.yaml"
keys C-u
text "fresh"
keys Enter
wait_for "[fresh.yaml]"
keys C-q
wait_for "EXIT=0"
T kill-server

# --read-only changes nothing
cp "$work/fresh.yaml" "$work/before.yaml"
start 80 24 "'$EVALWIZ' --pack '$pack' --read-only fresh.yaml"
wait_for "READ-ONLY"
# no Save is offered, and typing changes nothing
if screen | grep -F -q -e "^S Save" -e "^Z Undo"; then echo "FAIL: read-only offers Save or Undo"; screen; exit 1; fi
text "Hello"
wait_for "read-only:"
keys C-s
wait_for "read-only: nothing can be saved"
keys C-q
wait_for "EXIT=0"
cmp -s "$work/fresh.yaml" "$work/before.yaml" || { echo "FAIL: --read-only changed the file"; exit 1; }
echo ok
