#!/bin/sh
# Choosing the step pack and the data: --pack DIR or ID, EVALWIZ_PACK,
# $XDG_DATA_HOME/evalwiz/packs, EVALWIZ_DATADIR, and the build tree.
# (A plan choosing its own pack on the pack path: test-packs.sh.)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

first_line() {
	head -n 1 out
}

# --pack with a folder, in both spellings, before or after the command
run "$EVALWIZ" --pack "$PACK" steps
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"
run "$EVALWIZ" steps --pack="$PACK"
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"

# the default pack, by default and by its id
run "$EVALWIZ" steps
expect_rc 0
grep -q "(eif-10-steps, version " out || fail "$(first_line)"
run "$EVALWIZ" --pack eif-10-steps steps
expect_rc 0
grep -q "(eif-10-steps, version " out || fail "$(first_line)"

# EVALWIZ_PACK, and --pack wins over it
EVALWIZ_PACK="$PACK" run "$EVALWIZ" steps
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"
EVALWIZ_PACK="$PACK" run "$EVALWIZ" --pack eif-10-steps steps
expect_rc 0
grep -q "(eif-10-steps, version " out || fail "--pack did not win: $(first_line)"
EVALWIZ_PACK= run "$EVALWIZ" steps
expect_rc 0
grep -q "(eif-10-steps, version " out || fail "empty EVALWIZ_PACK: $(first_line)"

# an id installed under $XDG_DATA_HOME/evalwiz/packs, or ~/.local/share
mkdir -p xdg/evalwiz/packs home/.local/share/evalwiz/packs
cp -R "$PACK" xdg/evalwiz/packs/mine
cp -R "$PACK" home/.local/share/evalwiz/packs/theirs
XDG_DATA_HOME="$dir/xdg" run "$EVALWIZ" --pack mine steps
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"
XDG_DATA_HOME="$dir/xdg" EVALWIZ_PACK=mine run "$EVALWIZ" new viaid.yaml
expect_rc 0
contains viaid.yaml "  id: test-pack"
HOME="$dir/home" run "$EVALWIZ" --pack theirs steps
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"
# a pack's messages name its folder
XDG_DATA_HOME="$dir/xdg" run "$EVALWIZ" --pack mine check viaid.yaml
expect_rc 0

# packs that cannot be found or loaded: an id not installed is 69 and says
# where it looked; a folder (a slash in the name) that is not there is 66
XDG_DATA_HOME="$dir/xdg" run "$EVALWIZ" --pack nosuch steps
expect_rc 69
grep -q "^evalwiz: there is no step pack nosuch installed; looked in $dir/xdg/evalwiz/packs, .*/etc/evalwiz/packs, .*; to use a folder of that name, give its path with a slash (--pack ./nosuch)\$" err ||
	fail "$(cat err)"
run "$EVALWIZ" --pack "$dir/no/such/dir" steps
expect_rc 66
expect_err "evalwiz: the step pack folder $dir/no/such/dir does not exist: give the folder that holds pack.lua"
# an id is never a folder of that name in the current folder
cp -R "$PACK" here
run "$EVALWIZ" --pack here steps
expect_rc 69
run "$EVALWIZ" --pack ./here steps
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"
run "$EVALWIZ" --pack "$top_srcdir/tests/data/packs/bad-version" steps
expect_rc 78
expect_err "evalwiz: $top_srcdir/tests/data/packs/bad-version/pack.lua:2: the pack needs a whole-number version"
run "$EVALWIZ" --pack "$top_srcdir/tests/data/packs/bad-prereq" steps
expect_rc 78
expect_err "evalwiz: $top_srcdir/tests/data/packs/bad-prereq/01-a.lua:2: step \"s\" lists the prerequisite \"nowhere\", which is not a step of this pack"
mkdir empty
run "$EVALWIZ" --pack "$dir/empty" steps
expect_rc 78
grep -q "^evalwiz: cannot open .*empty/pack.lua: No such file or directory\$" err || fail "$(cat err)"

# EVALWIZ_DATADIR: a data directory of our own, whose default pack is the test pack
mkdir data
cp -R "$top_srcdir/lua" data/lua
cp -R "$PACK" data/wizard
EVALWIZ_DATADIR="$dir/data" run "$EVALWIZ" steps
expect_rc 0
[ "$(first_line)" = "Test pack (test-pack, version 2)" ] || fail "$(first_line)"
EVALWIZ_DATADIR="$dir/nowhere" run "$EVALWIZ" steps
expect_rc 70
grep -q "^evalwiz: cannot start evalwiz's Lua modules from $dir/nowhere/lua: .* (is EVALWIZ_DATADIR right?)\$" err ||
	fail "$(cat err)"

# without EVALWIZ_DATADIR, a binary in the build tree uses the source tree
if [ "$(dirname "$EVALWIZ")" = "$top_builddir" ]; then
	env -u EVALWIZ_DATADIR "$EVALWIZ" steps >out 2>err || fail "$(cat err)"
	grep -q "(eif-10-steps, version " out || fail "$(cat out)"
fi
