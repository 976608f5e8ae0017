#!/bin/sh
# New plans respect the umask; a save keeps the plan's mode; a lock left by
# another user (needs root to make one: skipped otherwise) or taken on
# another machine is never taken over, while the same user's stale lock is.
# (Lock and recovery file modes: tests/unit/test-lock.c, test-recovery.c.)
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
[ "$(cat "$dir/err")" = "evalwiz: $plan is being edited by alice on far-away.example (process $dead) since 1970-01-01 00:00; try again when they have finished" ] ||
	fail "another machine's lock: $(cat "$dir/err")"
[ "$(cksum <"$plan")" = "$before" ] || fail "another machine's lock: the plan was changed"
grep -q '^host: far-away.example$' "$plan.lock" || fail "another machine's lock was replaced"
rm -f "$plan.lock"

if [ "$(id -u)" -ne 0 ]; then
	echo "SKIP: the other-user lock test needs root (to chown a lock file)"
	[ $fails -eq 0 ] || exit 1
	exit 0
fi

# Another user's lock, even one naming our user, host and a dead process:
# the file's owner decides, and it is never taken over.
before=$(cksum <"$plan")
printf 'user: %s\nhost: %s\npid: %s\nsince: 1\n' "$(id -un)" "$(hostname)" "$dead" >"$plan.lock"
chown 12345:12345 "$plan.lock"
lockbefore=$(cksum <"$plan.lock")
rc=0
"$EVALWIZ" set "$plan" follow_up.months=8 2>"$dir/err" || rc=$?
[ $rc -eq 75 ] || fail "another user's lock: exit $rc, want 75: $(cat "$dir/err")"
grep -q "^evalwiz: $plan is being edited by " "$dir/err" || fail "another user's lock: $(cat "$dir/err")"
[ "$(cksum <"$plan")" = "$before" ] || fail "another user's lock: the plan was changed"
[ -e "$plan.lock" ] && [ "$(stat -c %u "$plan.lock")" = 12345 ] && [ "$(cksum <"$plan.lock")" = "$lockbefore" ] ||
	fail "another user's lock was removed or replaced"
rm -f "$plan.lock"

[ $fails -eq 0 ] || { echo "$fails failures" >&2; exit 1; }
