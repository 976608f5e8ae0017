#!/bin/sh
# The pages and prompts that wait for a key (help, the export chooser, a
# search prompt, the start screen) all wait the same way: a resize draws
# them again at the new size and changes nothing else (an offered search
# stays offered), SIGTSTP stops evalwiz there too and fg brings it back,
# and a hang-up there saves what was typed and exits.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/waitkey.yaml" --title "Wait test" >/dev/null 2>&1
wizard_pid() { pgrep -n -f "evalwiz --pack $pack waitkey.yaml" || true; }
gone() {
  i=0
  while kill -0 "$1" 2>/dev/null && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
  ! kill -0 "$1" 2>/dev/null || { echo "FAIL: evalwiz did not exit"; screen; exit 1; }
}
plan_has() { wait_file "$work/waitkey.yaml" "$1" 10; }

start 80 24 "'$EVALWIZ' --pack '$pack' waitkey.yaml"
wait_for "Step 1: Basics"
# the help page, resized: drawn again with its key line on the new last row
keys F1
wait_for "Up/Down/PgUp/PgDn scroll"
expect_eq "$(row_of "Up/Down/PgUp/PgDn scroll")" 23 "the help page's last row at 80x24"
T resize-window -t w -x 100 -y 30
wait_for "evalwiz: keys and help"
i=0
while [ "$(row_of "Up/Down/PgUp/PgDn scroll")" != 29 ] && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
expect_eq "$(row_of "Up/Down/PgUp/PgDn scroll")" 29 "the help page's last row at 100x30"
keys q
wait_for "Step 1: Basics"
# the export chooser, resized both ways, then left with Esc
keys F9
wait_for "Up/Down choose, Enter takes it, Esc goes back"
T resize-window -t w -x 80 -y 24
i=0
while [ "$(row_of "Up/Down choose")" != 23 ] && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
expect_eq "$(row_of "Up/Down choose")" 23 "the chooser's last row at 80x24"
keys Escape
wait_for "Step 1: Basics"

# a search prompt offers the last search; a resize keeps it offered, so
# typing still replaces it (it used to be appended to after a resize)
keys /
wait_for "Search:"
text "consent"
keys Enter
wait_for "hit 1 of 1"
keys /
wait_for "Search: consent"
T resize-window -t w -x 90 -y 26
wait_for "Search: consent"
T resize-window -t w -x 80 -y 24
wait_for "Search: consent"
text "Describe"
wait_for "Search: Describe"
keys Enter
wait_for "\"Describe\": hit 1 of 1"

# SIGTSTP in a prompt stops evalwiz (it used to wait on until the prompt
# closed) and gives the terminal back to the shell; fg brings it back,
# drawn again, with the prompt and the text typed before.  An interactive
# shell in the pane does the job control, as a login shell would.
keys C-q
wait_for "EXIT=0"
start 80 24 "PS1='sh> ' sh -i"
wait_for "sh>"
text "'$EVALWIZ' --pack '$pack' waitkey.yaml"
keys Enter
wait_for "Step 1: Basics"
keys Enter C-u
text "Typed before a stop"
wait_for "Typed before a stop"
keys F4
wait_for "Plan title:"
pid=$(wizard_pid)
kill -TSTP "$pid"
i=0
while [ "$(ps -o stat= -p "$pid" | cut -c1)" != T ] && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
[ "$(ps -o stat= -p "$pid" | cut -c1)" = T ] || { echo "FAIL: SIGTSTP in a prompt did not stop evalwiz"; screen; exit 1; }
wait_gone "Plan title:"
wait_for "sh>"
text "fg"
keys Enter
wait_for "Plan title: Wait test"
wait_for "Typed before a stop"
text "Renamed after a stop"
keys Enter
wait_for "Renamed after a stop"
keys C-q
gone "$pid"
plan_has "name: Typed before a stop$"
plan_has "title: Renamed after a stop$"
[ ! -e "$work/waitkey.yaml.lock" ] || { echo "FAIL: the lock was left behind"; exit 1; }

# a hang-up while the help page is shown saves the field being typed
start 80 24 "'$EVALWIZ' --pack '$pack' waitkey.yaml"
wait_for "Step 1: Basics"
keys Enter C-u
text "Typed before the help page"
wait_for "Typed before the help page"
keys F1
wait_for "Up/Down/PgUp/PgDn scroll"
pid=$(wizard_pid)
T kill-server
gone "$pid"
plan_has "name: Typed before the help page$"

# and at the start screen's prompt: hang-up ends evalwiz without a plan
start 80 24 "'$EVALWIZ' --pack '$pack'"
wait_for "Choose with Up/Down and Enter"
keys n
wait_for "New plan file:"
pid=$(pgrep -n -f "evalwiz --pack $pack\$" || true)
[ -n "$pid" ] || { echo "FAIL: no start screen process"; exit 1; }
T kill-server
gone "$pid"
[ ! -e "$work/plan.yaml" ] || { echo "FAIL: a hang-up at the prompt created a plan"; exit 1; }
echo ok
