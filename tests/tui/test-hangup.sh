#!/bin/sh
# A dropped connection: killing the tmux session (SIGHUP) while text is
# being typed saves it, restores nothing on a dead terminal, and leaves no lock.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Hang-up test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Tab Enter
text "Words typed just before the line dropped"
wait_for "line dropped"
pid=$(wizard_pid || true)
T kill-session -t w
# the wizard saves and exits: wait for the file rather than sleeping
wait_file "$work/plan.yaml" "Words typed just before the line dropped" 10
i=0
while [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ "$i" -lt 200 ]; do sleep 0.05; i=$((i + 1)); done
[ ! -e "$work/plan.yaml.lock" ] || { echo "FAIL: the lock was left behind"; exit 1; }
expect_eq "$(answer basics.story)" "Words typed just before the line dropped" "saved on hang-up"

# SIGTERM (a shutdown): saves, restores the terminal, exits
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter
text "Typed before SIGTERM"
wait_for "before SIGTERM"
pid=$(wizard_pid)
kill -TERM "$pid"
wait_for "EXIT=143"
wait_gone "Step 1: Basics"
expect_eq "$(answer basics.name)" "Typed before SIGTERM" "saved on SIGTERM"
echo ok
