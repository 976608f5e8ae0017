#!/bin/sh
# A step pack lying inside evalwiz's own Lua folder (or reached through a
# link to one there) is refused at once, and only chunks named exactly as
# evalwiz's own modules are trusted: before, a chunk whose name merely
# began with that folder ran as trusted code, skipping the guard on
# patterns, so one backtracking for ever hung evalwiz.  (issue 21, item 16)
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v timeout >/dev/null || skip_test "timeout (coreutils) is not installed"

mkdir data
cp -R "$top_srcdir/lua" "$top_srcdir/wizard" "$top_srcdir/templates" data/
[ -d "$top_srcdir/examples" ] && cp -R "$top_srcdir/examples" data/
EVALWIZ_DATADIR="$dir/data"
export EVALWIZ_DATADIR
cp -R "$PACK" data/lua/evil
# a pattern that backtracks for ever inside one C call: the guard on
# patterns, which trusted code skips, is all that stops it
{ printf 'string.find(string.rep("a", 5000), string.rep("a*", 20) .. "b")\n'; cat "$PACK/pack.lua"; } > data/lua/evil/pack.lua
ln -s data/lua/evil evil-link
for p in "$dir/data/lua/evil" ./evil-link; do
	run timeout -k 2 30 "$EVALWIZ" --pack "$p" new "plan-$$.yaml"
	[ "$rc" != 124 ] && [ "$rc" != 137 ] || fail "--pack $p: the pack ran as trusted code, its pattern unguarded"
	expect_rc 78
	has err "a step pack cannot lie inside evalwiz's own Lua folder"
done
# the same pack elsewhere is pack code like any other: its pattern is refused
cp -R data/lua/evil elsewhere
run timeout -k 2 30 "$EVALWIZ" --pack ./elsewhere new plan.yaml
[ "$rc" != 124 ] && [ "$rc" != 137 ] || fail "the pattern in an ordinary pack was not stopped"
has err "could take too long"
