#!/bin/sh
# F9's "Send to partner (new version)" does what evalwiz review send does:
# the plan's document written as its next version, meta.version stamped
# and the version kept under versions:, through the session: saved at
# once, one step of undo (Ctrl-Z takes the version back, meta.version as
# it was), and a name the document cannot be written to records nothing.
set -eu
. "$top_srcdir/tests/tui/lib.sh"
fail() { echo "FAIL: $*"; exit 1; }
EVALWIZ_AUTHOR="Priya Shah"
export EVALWIZ_AUTHOR

"$EVALWIZ" new "$work/p.yaml" --title P 2>/dev/null
"$EVALWIZ" set "$work/p.yaml" follow_up.months=8 2>/dev/null
# send NAME: F9, Send to partner, Markdown, written to NAME (the name
# offered when NAME is empty)
send() {
	keys F9
	wait_for "Send to partner (new version)"
	keys End Enter
	wait_for "which format?"
	keys 5
	wait_for "Send as version 1, write to: p-v1.md"
	if [ -n "$1" ]; then keys C-u; text "$1"; fi
	keys Enter
}

before=$(cksum <"$work/p.yaml")
start 100 30 "'$EVALWIZ' p.yaml"
wait_for "Step 0"
# a name that cannot be written: not sent, nothing recorded
send nowhere/p-v1.md
wait_for "not sent: "
[ "$(cksum <"$work/p.yaml")" = "$before" ] || fail "a failed send changed the plan"
# sent: written, stamped, recorded and saved
send ""
wait_for "sent p-v1.md as version 1 (Markdown"
[ -s "$work/p-v1.md" ] || fail "no document written"
sed -n '/^meta:/,/^[a-z]/p' "$work/p.yaml" | grep -q '^  version: 1$' || { cat "$work/p.yaml"; fail "meta.version is not 1 on disk"; }
grep -q '^- version: 1$' "$work/p.yaml" || fail "no versions: entry on disk"
grep -q '^  by: Priya Shah$' "$work/p.yaml" || fail "the entry does not say who sent it"
grep -q '^  file: p-v1.md$' "$work/p.yaml" || fail "the entry does not name the document"
# undo takes the version back
keys C-z
wait_for "undone: sending version 1"
keys C-q
wait_for "EXIT=0"
if grep -q '^versions:' "$work/p.yaml"; then fail "undo left the version in the plan"; fi
if sed -n '/^meta:/,/^[a-z]/p' "$work/p.yaml" | grep -q '^  version:'; then fail "undo left meta.version"; fi
[ "$("$EVALWIZ" get "$work/p.yaml" follow_up.months)" = 8 ] || fail "the answer is gone"
echo ok
