#!/bin/sh
# A plan its owner made read-only is never replaced, though the folder
# would allow a rename over it: set refuses (exit 73) and plain mode opens
# it read-only, for its owner (0444) and for a member of a shared group
# with read permission only (0640 in a group-writable folder); root too
# keeps its hands off a file nobody may write.  A save keeps the plan's
# group.  (issue 21, item 12)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
need_other_user

# the owner's own read-only plan (here root's, who could write anything)
"$EVALWIZ" new own.yaml --title P 2>/dev/null
chmod 444 own.yaml
before=$(cksum <own.yaml)
run "$EVALWIZ" set own.yaml follow_up.months=3
expect_rc 73
has err "own.yaml"
[ "$(cksum <own.yaml)" = "$before" ] || fail "set replaced a read-only plan"
printf '\n\n' > answers
run "$EVALWIZ" wizard --plain own.yaml < answers
[ "$(cksum <own.yaml)" = "$before" ] || fail "plain mode replaced a read-only plan"
[ "$(stat -c %a own.yaml)" = 444 ] || fail "the mode changed"

# another user's: its owner's read-only plan, and a group member's
mkdir shared
chgrp "$SHARED_GID" shared
chmod 2775 shared
as_other "$EVALWIZ" new shared/theirs.yaml --title T 2>/dev/null
chmod 444 shared/theirs.yaml
before=$(cksum <shared/theirs.yaml)
run as_other "$EVALWIZ" set shared/theirs.yaml follow_up.months=3
expect_rc 73
[ "$(cksum <shared/theirs.yaml)" = "$before" ] || fail "its owner's set replaced a read-only plan"

"$EVALWIZ" new shared/group.yaml --title G 2>/dev/null
chgrp "$SHARED_GID" shared/group.yaml
chmod 640 shared/group.yaml
before=$(cksum <shared/group.yaml)
run as_other "$EVALWIZ" set shared/group.yaml follow_up.months=3
expect_rc 73
run as_other "$EVALWIZ" wizard --plain shared/group.yaml < answers
[ "$(cksum <shared/group.yaml)" = "$before" ] || fail "a group member with read permission replaced the plan"
[ "$(stat -c %U:%g:%a shared/group.yaml)" = "root:$SHARED_GID:640" ] || fail "owner, group or mode changed"

# a save keeps the group: by a group member (0660), and by root
chmod 660 shared/group.yaml
run as_other "$EVALWIZ" set shared/group.yaml follow_up.months=3
expect_rc 0
[ "$(stat -c %g:%a shared/group.yaml)" = "$SHARED_GID:660" ] || fail "a member's save: $(stat -c %g:%a shared/group.yaml)"
chown "$OTHER_UID" shared/group.yaml
"$EVALWIZ" set shared/group.yaml follow_up.months=4 2>/dev/null
[ "$(stat -c %u:%g:%a shared/group.yaml)" = "$OTHER_UID:$SHARED_GID:660" ] ||
	fail "root's save changed the owner or group: $(stat -c %u:%g:%a shared/group.yaml)"
