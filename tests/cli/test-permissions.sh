#!/bin/sh
# New plans respect the umask; a save keeps the plan's mode; a lock taken
# on another machine is never taken over, while the same user's stale lock
# is.  Output through the user's own link is written through.  (Another
# user's lock and link, which need root to make: test-permissions-root.sh.)  (Lock and recovery file modes, and a link planted as the temp
# file: tests/unit/test-lock.c, test-recovery.c, test-atomic.c.)
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0
fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}
mode() {
	stat -c %a "$1"
}

for case in 077:600 027:640 022:644 002:664; do
	mask=${case%:*} want=${case#*:}
	(umask "$mask" && "$EVALWIZ" new "$dir/u$mask.yaml" --title U) 2>/dev/null
	[ "$(mode "$dir/u$mask.yaml")" = "$want" ] || fail "umask $mask: mode $(mode "$dir/u$mask.yaml"), want $want"
done

# A save keeps the mode the user gave the file, whatever the umask.
plan="$dir/plan.yaml"
"$EVALWIZ" new "$plan" --title P 2>/dev/null
chmod 600 "$plan"
(umask 000 && "$EVALWIZ" set "$plan" follow_up.months=6)
[ "$(mode "$plan")" = 600 ] || fail "set changed the mode to $(mode "$plan")"

# The same user's lock from a process that has ended is taken over.
sh -c 'exit 0' &
dead=$!
wait $dead || true
printf 'user: %s\nhost: %s\npid: %s\nsince: 1\n' "$(id -un)" "$(hostname)" "$dead" >"$plan.lock"
rc=0
"$EVALWIZ" set "$plan" follow_up.months=7 2>"$dir/err" || rc=$?
[ $rc -eq 0 ] || fail "a stale lock of our own was not taken over: exit $rc: $(cat "$dir/err")"
grep -q "took over the lock" "$dir/err" || fail "no note about the stale lock: $(cat "$dir/err")"
[ ! -e "$plan.lock" ] || fail "the lock was left behind"

# A lock taken on another machine is never taken over (we cannot see its
# process); the message says who holds it and where.
before=$(cksum <"$plan")
printf 'user: alice\nhost: far-away.example\npid: %s\nsince: 1\nboot: 00000000-0000-0000-0000-000000000000\n' "$dead" >"$plan.lock"
rc=0
TZ=UTC "$EVALWIZ" set "$plan" follow_up.months=9 2>"$dir/err" || rc=$?
[ $rc -eq 75 ] || fail "another machine's lock: exit $rc, want 75: $(cat "$dir/err")"
[ "$(cat "$dir/err")" = "evalwiz: $plan is being edited by $(id -un) on far-away.example (process $dead) since 1970-01-01 00:00; try again when they have finished" ] ||
	fail "another machine's lock: $(cat "$dir/err")"
[ "$(cksum <"$plan")" = "$before" ] || fail "another machine's lock: the plan was changed"
grep -q '^host: far-away.example$' "$plan.lock" || fail "another machine's lock was replaced"
rm -f "$plan.lock"

# Output through a symbolic link of the user's own: written through to its
# target (as editors do), and the link stays a link.  The same for a plan.
mkdir "$dir/real"
"$EVALWIZ" render "$plan" -o "$dir/real/report.md" 2>/dev/null
ln -s real/report.md "$dir/report.md"
"$EVALWIZ" set "$plan" opening.intervention="Through a link"
"$EVALWIZ" render "$plan" -o "$dir/report.md" 2>/dev/null
[ -L "$dir/report.md" ] || fail "render -o replaced the link with a file"
grep -q "Through a link" "$dir/real/report.md" || fail "render -o did not write through the link"
ln -s plan.yaml "$dir/plan-link.yaml"
"$EVALWIZ" set "$dir/plan-link.yaml" follow_up.months=11
[ -L "$dir/plan-link.yaml" ] || fail "set replaced the plan's link with a file"
grep -q "months: 11" "$plan" || fail "set did not write through the plan's link"
ls -a "$dir" "$dir/real" | grep -q '^\.[a-z-]*\.\(md\|yaml\)\.' && fail "a temporary file was left: $(ls -a "$dir" "$dir/real")"

[ $fails -eq 0 ] || { echo "$fails failures" >&2; exit 1; }
