#!/bin/sh
# The wizard's state folder (recent plans, places) is never in a shared
# folder: with HOME unset it is the home the password database gives, and
# with no home at all there is none (before, it was /tmp/.local/state,
# where another user could make the folders first); a state folder that
# is not the user's alone is not used, and "recent" is never written
# through another user's link.  (issue 21, item 13)
set -eu
. "$top_srcdir/tests/tui/lib.sh"
[ "$(id -u)" -eq 0 ] || { echo "skipped: needs root, to act as a second user (CI runs as root)" >&2; exit 77; }
command -v setpriv >/dev/null || { echo "skipped: setpriv (util-linux) is not installed" >&2; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
chmod 755 "$work"

# another user's state folder, its "recent" a link of theirs to a file of ours
mkdir -p "$work/xdg/evalwiz"
printf 'precious\n' > "$work/victim"
ln -s "$work/victim" "$work/xdg/evalwiz/recent"
chown -R -h 12345:12345 "$work/xdg"
"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" 2>/dev/null
start 80 24 "XDG_STATE_HOME='$work/xdg' '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1"
keys C-q
wait_for "EXIT=0"
[ "$(cat "$work/victim")" = precious ] || fail "recent was written through another user's link"
[ -L "$work/xdg/evalwiz/recent" ] || fail "the other user's link was replaced"

# a user with no home at all (uid 12345 has no password entry): no state,
# and nothing made in the shared temporary folder
chmod 666 "$work/plan.yaml"
mark="$work/plan.yaml"
start 80 24 "env -u HOME -u XDG_STATE_HOME setpriv --reuid=12345 --regid=12345 --clear-groups '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1"
keys C-q
wait_for "EXIT=0"
if grep -qsF "$mark" /tmp/.local/state/evalwiz/recent /tmp/.local/state/evalwiz/places; then
	fail "the state went to /tmp/.local/state/evalwiz"
fi
