#!/bin/sh
# Another user's files, which only root can make (skipped otherwise; CI runs
# as root): a lock left by another user is never taken over, even one naming
# our user, host and a dead process, and another user's link in place of
# the output is refused, its target left alone.  (The same user's locks and
# links: test-permissions.sh.)
set -eu
if [ "$(id -u)" -ne 0 ]; then
	echo "skipped: needs root, to make a lock and a link owned by another user" >&2
	exit 77
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fails=0
fail() {
	echo "FAIL: $*" >&2
	fails=$((fails + 1))
}

plan="$dir/plan.yaml"
"$EVALWIZ" new "$plan" --title P 2>/dev/null
mkdir "$dir/real"
"$EVALWIZ" render "$plan" -o "$dir/real/report.md" 2>/dev/null
sh -c 'exit 0' &
dead=$!
wait $dead || true

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

# Another user's link in place of OUT (say in a shared folder such as /tmp)
# could aim at any of our files: refused, and its target left alone.
ln -s real/report.md "$dir/theirs.md"
chown -h 12345:12345 "$dir/theirs.md"
before=$(cksum <"$dir/real/report.md")
rc=0
"$EVALWIZ" render "$plan" -o "$dir/theirs.md" 2>"$dir/err" || rc=$?
[ $rc -eq 73 ] || fail "another user's link as OUT: exit $rc, want 73"
grep -qxF "evalwiz: cannot write $dir/theirs.md: it is a symbolic link belonging to another user; write to the file it points at instead" "$dir/err" ||
	fail "another user's link as OUT: $(cat "$dir/err")"
[ "$(cksum <"$dir/real/report.md")" = "$before" ] || fail "another user's link as OUT: its target was changed"
[ -L "$dir/theirs.md" ] || fail "another user's link as OUT was replaced"

[ $fails -eq 0 ] || { echo "$fails failures" >&2; exit 1; }
