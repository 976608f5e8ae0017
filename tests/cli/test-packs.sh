#!/bin/sh
# A plan chooses its pack: its pack: {id} is looked up on the pack path (the
# user's folder, EVALWIZ_PACK_PATH, the system's, the built-in ones) with
# nothing passed but the plan; --pack overrides it with a note; no command
# rewrites the plan's pack id; a pack that is not installed is exit 69,
# naming where evalwiz looked; evalwiz packs lists what is installed.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

mkdir -p xdg/evalwiz/packs extra
cp -R "$PACK" xdg/evalwiz/packs/test-pack
XDG_DATA_HOME="$dir/xdg"
export XDG_DATA_HOME
unset EVALWIZ_PACK_PATH || true

# a plan made for test-pack, then used with nothing but the plan
run "$EVALWIZ" --pack test-pack new p.yaml
expect_rc 0
contains p.yaml "  id: test-pack"
run "$EVALWIZ" set p.yaml basics.name=Ada basics.count=3
expect_rc 0
[ ! -s err ] || fail "set said: $(cat err)"
run "$EVALWIZ" get p.yaml basics.name
expect_rc 0
expect_out "Ada"
run "$EVALWIZ" check p.yaml
expect_rc 0
run "$EVALWIZ" check --format json p.yaml
grep -q '"path": "basics.colour"' out && fail "checked against another pack: $(cat out)"
contains p.yaml "  id: test-pack"

# printf answers into plain mode: the plan's pack asks the questions
printf 'quit\n' | "$EVALWIZ" --plain p.yaml >out 2>err
grep -q "questions in 2 steps" out || fail "plain mode: $(cat out err)"

# --pack overrides, with a note, and the plan keeps naming its own pack
run "$EVALWIZ" --pack eif-10-steps get p.yaml basics.name
expect_rc 64
grep -q "^evalwiz: p.yaml: note: the plan names the step pack test-pack; using eif-10-steps as --pack asks (the plan keeps naming test-pack)\$" err ||
	fail "no note: $(cat err)"
run "$EVALWIZ" --pack eif-10-steps set p.yaml theory_of_change.problem=Costly
expect_rc 0
contains p.yaml "  id: test-pack"
contains p.yaml "  version: 2"
run "$EVALWIZ" get p.yaml basics.name
expect_rc 0
expect_out "Ada"

# the pack is not installed: 69, saying where evalwiz looked and what to do
mv xdg/evalwiz/packs/test-pack extra/test-pack
run "$EVALWIZ" check p.yaml
expect_rc 69
grep -q "^evalwiz: p.yaml: the plan's step pack test-pack (version 2) is not installed; looked in $dir/xdg/evalwiz/packs, .*/etc/evalwiz/packs, .*; put the pack in one of them as a folder named test-pack, or add the folder that holds it to EVALWIZ_PACK_PATH, or give --pack FOLDER\$" err ||
	fail "$(cat err)"
run "$EVALWIZ" set p.yaml basics.name=Bob
expect_rc 69
run "$EVALWIZ" get p.yaml basics.name
expect_rc 69

# EVALWIZ_PACK_PATH: folders of packs, colon-separated
EVALWIZ_PACK_PATH="$dir/nowhere:$dir/extra" run "$EVALWIZ" get p.yaml basics.name
expect_rc 0
expect_out "Ada"

# the user's folder comes first: a pack there hides one of the same id later
# on the path; evalwiz packs says which one a plan gets
cp -R extra/test-pack xdg/evalwiz/packs/test-pack
sed -i 's/title = "[^"]*"/title = "Mine, first"/' xdg/evalwiz/packs/test-pack/pack.lua
EVALWIZ_PACK_PATH="$dir/extra" run "$EVALWIZ" packs
expect_rc 0
grep -q "^test-pack        2    Mine, first\$" out || fail "$(cat out)"
grep -q "^ *$dir/xdg/evalwiz/packs/test-pack (yours)\$" out || fail "$(cat out)"
grep -q "^ *$dir/extra/test-pack (EVALWIZ_PACK_PATH)\$" out || fail "$(cat out)"
grep -q "^ *hidden: plans get the one in $dir/xdg/evalwiz/packs/test-pack\$" out || fail "$(cat out)"
grep -q "^eif-10-steps " out || fail "the built-in pack is not listed: $(cat out)"
grep -q "(built-in)\$" out || fail "$(cat out)"
EVALWIZ_PACK_PATH="$dir/extra" run "$EVALWIZ" packs --format json
expect_rc 0
grep -q '"hidden_by": "'"$dir"'/xdg/evalwiz/packs/test-pack"' out || fail "$(cat out)"
grep -q '"source": "EVALWIZ_PACK_PATH"' out || fail "$(cat out)"
grep -q '"id": "eif-10-steps"' out || fail "$(cat out)"

# a pack that does not load, and a folder whose pack has another id, say so
mkdir -p extra/broken extra/misnamed
printf 'return {\n' > extra/broken/pack.lua
cp -R "$PACK"/. extra/misnamed/
EVALWIZ_PACK_PATH="$dir/extra" run "$EVALWIZ" packs
expect_rc 0
grep -q "^ *does not load: .*broken/pack.lua" out || fail "$(cat out)"
grep -q "^ *its pack.lua says id test-pack: plans naming test-pack do not find it here\$" out || fail "$(cat out)"
# a plan naming the folder finds it, and is told the pack is another
sed 's/^  id: test-pack$/  id: misnamed/' p.yaml > m.yaml
EVALWIZ_PACK_PATH="$dir/extra" run "$EVALWIZ" get m.yaml basics.name
expect_rc 78
grep -q "holds the step pack test-pack, not misnamed" err || fail "$(cat err)"

# a plan that names no pack gets the default one
printf 'evalwiz: 1\nanswers:\n  theory_of_change:\n    problem: Costly\n' > nopack.yaml
run "$EVALWIZ" get nopack.yaml theory_of_change.problem
expect_rc 0
expect_out "Costly"
