#!/bin/sh
# Two evalwiz set find the same stale lock (a dead process of ours on this
# host) at once, round after round: at most one takes it over; the other
# waits its turn or is told the plan is being edited (exit 75), and every
# set that says it saved has its answer in the plan.  Before the take-over
# was atomic both won and one answer was lost (issue 21, item 8).
# LOCK_RACE_ROUNDS sets the rounds (100 by default).
set -eu
. "$top_srcdir/tests/cli/lib.sh"

rounds=${LOCK_RACE_ROUNDS:-100}
host=$(hostname)
user=$(id -un)
sh -c 'exit 0' &
dead=$!
wait $dead || true
ew new plan.yaml 2>/dev/null
field() { case $1 in 1) echo basics.name ;; 2) echo basics.story ;; 3) echo basics.ratio ;; esac; }
value() { case $1 in 1) echo "A$i" ;; 2) echo "S$i" ;; 3) echo "$i.5" ;; esac; }
# a long tail of lines no reader needs: a reader that reads them all opens
# the stale lock long before it acts on it, which widens a racy take-over's window
awk 'BEGIN { for (i = 0; i < 2000; i++) printf "note: %0500d\n", i }' > padding
lost=0 both=0 i=0
while [ $i -lt $rounds ]; do
	i=$((i + 1))
	printf 'user: %s\nhost: %s\npid: %s\nsince: 1767225600\n' "$user" "$host" "$dead" | cat - padding > plan.yaml.lock
	# three takers at once, each its own answer
	for k in 1 2 3; do
		( set +e; ew set plan.yaml "$(field $k)=$(value $k)" 2>err.$k; echo $? > rc.$k ) &
	done
	wait
	won=0
	for k in 1 2 3; do
		r=$(cat rc.$k)
		case $r in 0|75) ;; *) cat err.$k >&2; fail "round $i: a set exited $r" ;; esac
		[ "$r" = 0 ] || continue
		grep -q -x -F "    $(field $k | sed 's/.*[.]//'): $(value $k)" plan.yaml || lost=$((lost + 1))
		! grep -q "took over" err.$k || won=$((won + 1))
	done
	[ $won -le 1 ] || both=$((both + 1))
	[ ! -e plan.yaml.lock ] || fail "round $i: a lock was left behind"
	ls plan.yaml.lock.* >/dev/null 2>&1 && fail "round $i: a lock's temporary file was left behind"
done
[ $lost -eq 0 ] || fail "$lost answers lost in $rounds rounds"
[ $both -eq 0 ] || fail "both took the lock over in $both of $rounds rounds"
echo "$rounds rounds, no answer lost"
