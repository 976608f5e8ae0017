#!/bin/sh
# The wizard's F9 never writes a document over the plan it has open, nor
# through a link to it: "not exported", the plan byte for byte as it was,
# and after Ctrl-Q every answer is still there.  (issue 21, item 2;
# render -o: tests/cli/test-output-is-plan.sh)
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" new "$work/p.yaml" --title P 2>/dev/null
"$EVALWIZ" set "$work/p.yaml" follow_up.months=8 2>/dev/null
ln -s p.yaml "$work/link.md"
before=$(cksum <"$work/p.yaml")
for out in p.yaml link.md p.yaml.recover; do
	start 100 30 "'$EVALWIZ' p.yaml"
	wait_for "Step 0"
	keys F9
	wait_for "Export: which document?"
	keys Enter
	wait_for "which format?"
	keys 5
	wait_for "Write to:"
	keys C-u
	text "$out"
	keys Enter
	wait_for "not exported: cannot write $out: it is the plan"
	keys C-q
	wait_for "EXIT=0"
	[ "$(cksum <"$work/p.yaml")" = "$before" ] || { echo "FAIL: F9 to $out changed the plan"; exit 1; }
done
[ "$("$EVALWIZ" get "$work/p.yaml" follow_up.months)" = 8 ] || { echo "FAIL: the answer is gone"; exit 1; }
[ -L "$work/link.md" ] || { echo "FAIL: the link was replaced"; exit 1; }
