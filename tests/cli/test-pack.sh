#!/bin/sh
# evalwiz pack new and pack lint: a new pack (alone and extending the
# default) passes lint and works; a broken pack gives one line per problem;
# the shipped youth-diversion example passes.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
packs="$top_srcdir/tests/data/packs"
cd "$dir"
"$EVALWIZ" pack new mine 2>err
grep -q "wrote mine/pack.lua and mine/01-partners.lua" err
"$EVALWIZ" pack lint mine
# the new pack works: its validator and its conditional question
"$EVALWIZ" --pack ./mine new p.yaml 2>/dev/null
rc=0; "$EVALWIZ" --pack ./mine set p.yaml partners.lead_agency=Council partners.meetings_a_year=1 2>out || rc=$?
test "$rc" = 65
grep -q "^evalwiz: partners.meetings_a_year: meet at least twice a year" out
"$EVALWIZ" --pack ./mine set p.yaml partners.lead_agency=Council partners.meetings_a_year=4
sed -i 's/meetings_a_year: 4/meetings_a_year: 1/' p.yaml
rc=0; "$EVALWIZ" --pack ./mine check p.yaml >out 2>&1 || rc=$?
test "$rc" = 1
grep -q "partners.meetings_a_year: meet at least twice a year" out
"$EVALWIZ" --pack ./mine steps | grep -q "academic_partner .*(conditional)"
# refuses to write over a pack
rc=0; "$EVALWIZ" pack new mine 2>/dev/null || rc=$?
test "$rc" = 73
# extending the default pack
"$EVALWIZ" pack new ext --extends eif-10-steps 2>/dev/null
grep -q 'extends = "eif-10-steps"' ext/pack.lua
"$EVALWIZ" pack lint ext
"$EVALWIZ" --pack ./ext steps | grep -q "partners"
rc=0; "$EVALWIZ" pack new other --extends no-such-pack 2>/dev/null || rc=$?
test "$rc" = 66
# a broken pack: every problem on its own line with file and line
cd "$packs"
rc=0; "$EVALWIZ" pack lint lint-broken >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" = 1
diff -u "$top_srcdir/tests/golden/lint/lint-broken.txt" "$dir/out"
test "$(cat "$dir/err")" = "evalwiz: lint-broken: 14 problems"
# a pack that does not load: one problem, where the loader stopped
mkdir -p "$dir/xdg/evalwiz/packs"
ln -s "$packs/layer-base" "$dir/xdg/evalwiz/packs/layer-base"
rc=0; XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" pack lint layer-broken >"$dir/out" 2>/dev/null || rc=$?
test "$rc" = 1
grep -q '^layer-broken/bad.lua:1: extend_step "alpha": remove "nope", but the step has no such field' "$dir/out"
test "$(wc -l <"$dir/out")" -eq 1
# the shipped example that extends the default pack, and the default pack itself
"$EVALWIZ" pack lint "$top_srcdir/examples/packs/youth-diversion"
"$EVALWIZ" pack lint "$top_srcdir/wizard"
rc=0; "$EVALWIZ" pack lint "$dir/nothing-here" 2>/dev/null || rc=$?
test "$rc" = 66
# the example pack's demo answers fill a plan made with the pack
yd="$top_srcdir/examples/packs/youth-diversion"
cd "$dir"
"$EVALWIZ" --pack "$yd" new yd.yaml 2>/dev/null
"$EVALWIZ" --pack "$yd" fill yd.yaml --answers "$yd/examples/demo-plan.yaml" 2>err
test "$(cat err)" = "evalwiz: yd.yaml: took 13 answers from $yd/examples/demo-plan.yaml"
test "$("$EVALWIZ" --pack "$yd" get yd.yaml impact.force_comparison)" = "neighbouring_force"
# its validator works: the oldest age below the youngest is refused by set
rc=0; "$EVALWIZ" --pack "$yd" set yd.yaml diversion.min_age=14 diversion.max_age=12 2>out || rc=$?
test "$rc" = 65
grep -q "^evalwiz: diversion.max_age: the oldest age (12) is below the youngest (14)" out
# and found by check in a plan written by hand
"$EVALWIZ" --pack "$yd" set yd.yaml diversion.min_age=14 diversion.max_age=16
sed -i 's/max_age: 16/max_age: 12/' yd.yaml
rc=0; "$EVALWIZ" --pack "$yd" check yd.yaml >out 2>&1 || rc=$?
test "$rc" = 1
grep -q "diversion.max_age: the oldest age (12) is below the youngest (14)" out
# an example that does not fit the pack's questions is a lint problem
cp -R "$yd" ydcopy
sed 's/reoffending_source: pnc/reoffending_source: interpol/' "$yd/examples/demo-plan.yaml" >ydcopy/examples/demo-plan.yaml
rc=0; "$EVALWIZ" pack lint ydcopy >out 2>/dev/null || rc=$?
test "$rc" = 1
test "$(cat out)" = 'ydcopy/examples/demo-plan.yaml:1: diversion.reoffending_source: "interpol" is not one of the options: pnc, force_records, yjs_records'
