#!/bin/sh
# A plan changed on disk while the wizard has it open (a git pull) is never
# overwritten by the next save: the wizard's version goes to
# PLAN.mine-STAMP and a box offers to load the plan from disk or to keep
# yours (saved over it, the one from disk kept as PLAN.theirs-STAMP).
# (issue 21, item 11; plain mode and set: tests/cli/test-changed-on-disk.sh)
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" new "$work/plan.yaml" --title "" 2>/dev/null
title() { "$EVALWIZ" get "$1" opening.plan_title 2>/dev/null || true; }
# pull TEXT: the plan replaced on disk, as git does (a new file renamed
# into place), with TEXT as its title
pull() {
	sed "s/^\(    plan_title:\).*/\1 $1/" "$work/plan.yaml" >"$work/pulled.yaml"
	grep -q "plan_title: $1" "$work/pulled.yaml" || { echo "FAIL: the test could not edit the plan"; cat "$work/plan.yaml"; exit 1; }
	mv "$work/pulled.yaml" "$work/plan.yaml"
}

start 120 30 "'$EVALWIZ' plan.yaml"
wait_for "Step 0"
keys Enter
text "Mine"
keys Enter C-s
i=0
while [ "$(title "$work/plan.yaml")" != "Mine" ] && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
expect_eq "$(title "$work/plan.yaml")" "Mine" "the first save"

# changed on disk; an edit, and the save finds the change: load from disk
pull "Theirs"
keys Enter
text " again"
keys Enter C-s
wait_for "The plan was changed on disk since you opened it"
mine=$(ls "$work"/plan.yaml.mine-*)
expect_eq "$(title "$mine")" "Mine again" "the wizard's version beside the plan"
expect_eq "$(title "$work/plan.yaml")" "Theirs" "the plan from disk, untouched"
keys Enter
wait_for "loaded plan.yaml from disk; your version is in plan.yaml.mine-"
wait_for "Theirs"
sleep 2.5	# past the autosave's delay: nothing is written over the plan now
expect_eq "$(title "$work/plan.yaml")" "Theirs" "the plan from disk, loaded"

# changed again; this time keep yours
pull "Theirs too"
keys Enter
text " and mine"
keys Enter C-s
wait_for "The plan was changed on disk since you opened it"
keys Down Enter
wait_for "the plan as it was on disk is kept in plan.yaml.theirs-"
theirs=$(ls "$work"/plan.yaml.theirs-*)
expect_eq "$(title "$theirs")" "Theirs too" "the version from disk beside the plan"
i=0
while [ "$(title "$work/plan.yaml")" != "Theirs and mine" ] && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
expect_eq "$(title "$work/plan.yaml")" "Theirs and mine" "yours saved over it"
keys C-q
wait_for "EXIT=0"
[ ! -e "$work/plan.yaml.lock" ] || { echo "FAIL: the lock was left"; exit 1; }
echo ok
