#!/bin/sh
# Layering through the CLI (extends found in $XDG_DATA_HOME) and migrating
# a version 1 plan: read-only commands say what moved, writing ones keep a backup.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
packs="$top_srcdir/tests/data/packs"
cd "$dir"
# extends = "layer-base" is found among the user's packs
mkdir -p xdg/evalwiz/packs
ln -s "$packs/layer-base" xdg/evalwiz/packs/layer-base
XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" --pack "$packs/layer-child" steps >steps.txt
grep -q "middle" steps.txt
rc=0; XDG_DATA_HOME="$dir/empty" "$EVALWIZ" --pack "$packs/layer-child" steps >/dev/null 2>err || rc=$?
test "$rc" = 78
grep -q 'extends "layer-base", but there is no such pack installed' err
# a version 1 plan
"$EVALWIZ" --pack "$packs/mig-v1" new p.yaml --title M 2>/dev/null
"$EVALWIZ" --pack "$packs/mig-v1" set p.yaml 's.design=A trial' 's.where_when=Leeds; 2027-01-05' s.old_note=gone
cp p.yaml orig.yaml
# check migrates in memory, says so, writes nothing
"$EVALWIZ" --pack "$packs/mig-v2" check p.yaml >/dev/null 2>err || true
grep -q '^evalwiz: p.yaml: note: moved the answers to version 2 of the pack mig: s.design is now s.approach; s.where_when was split into s.place and s.start; s.old_note was retired (its answer was "gone")$' err
cmp p.yaml orig.yaml
test ! -e p.yaml.v1.bak
test "$("$EVALWIZ" --pack "$packs/mig-v2" get p.yaml s.place 2>/dev/null)" = "Leeds"
# set migrates, keeps the old file as p.yaml.v1.bak, and saves version 2
"$EVALWIZ" --pack "$packs/mig-v2" set p.yaml s.place=York 2>err
grep -q "kept in p.yaml.v1.bak" err
cmp p.yaml.v1.bak orig.yaml
grep -q "version: 2" p.yaml
grep -q "approach: A trial" p.yaml
grep -q "start: 2027-01-05" p.yaml
if grep -q "old_note" p.yaml; then echo "old_note was kept"; exit 1; fi
# now at version 2: no more notes or backups
"$EVALWIZ" --pack "$packs/mig-v2" set p.yaml s.place=Hull 2>err
test ! -s err
# diff migrates an older plan before comparing: the rename is not a change
rc=0; "$EVALWIZ" --pack "$packs/mig-v2" diff p.yaml.v1.bak p.yaml >out 2>err || rc=$?
test "$rc" = 1
grep -q "^evalwiz: p.yaml.v1.bak: note: moved the answers to version 2 of the pack mig" err
grep -q "^  changed: Place (s.place)$" out
if grep -q "approach" out; then echo "the renamed answer shows as a change"; exit 1; fi

# evalwiz migrate: a version 1 plan to version 3 (renamed options of a
# choice, a multi and a records column too), with a backup
v3="$packs/mig-v3"
cat > m.yaml <<'YAML'
evalwiz: 1
pack: {id: mig, version: 1}
meta: {title: M}
answers:
  s:
    design: A trial
    where_when: Leeds; 2027-01-05
    kind: group
    audience: [mums, dads, children]
    sessions:
      - {name: First, mode: f2f}
      - {name: Second, mode: online}
YAML
cp m.yaml m-orig.yaml
"$EVALWIZ" --pack "$v3" migrate m.yaml 2>err
grep -q '^evalwiz: m.yaml: note: moved the answers to version 2 of the pack mig: s.design is now s.approach; s.where_when was split into s.place and s.start$' err
grep -q '^evalwiz: m.yaml: note: moved the answers to version 3 of the pack mig: s.place is now s.venue; the options of s.audience were renamed; the options of s.kind were renamed; the options of s.sessions.mode were renamed$' err
grep -q "^evalwiz: m.yaml: note: the plan as it was before the migration is kept in m.yaml.v1.bak$" err
cmp m.yaml.v1.bak m-orig.yaml
test "$("$EVALWIZ" --pack "$v3" get m.yaml s.kind)" = group_based
test "$("$EVALWIZ" --pack "$v3" get m.yaml s.audience)" = "- parents
- children"
test "$("$EVALWIZ" --pack "$v3" get m.yaml s.venue)" = Leeds
grep -q "mode: in_person" m.yaml
"$EVALWIZ" --pack "$v3" check m.yaml 2>/dev/null
# again: nothing to do
"$EVALWIZ" --pack "$v3" migrate m.yaml 2>err
test "$(cat err)" = "evalwiz: m.yaml: already follows version 3 of the pack mig; nothing to do"
# a second migration never replaces the first backup
cp m-orig.yaml m.yaml
"$EVALWIZ" --pack "$v3" migrate m.yaml 2>err
grep -q "kept in m.yaml.v1.2.bak$" err
cmp m.yaml.v1.bak m-orig.yaml
cmp m.yaml.v1.2.bak m-orig.yaml
# --dry-run says what would move and writes nothing
cp m-orig.yaml d.yaml
"$EVALWIZ" --pack "$v3" migrate --dry-run d.yaml 2>err
grep -q "note: moved the answers to version 2" err
grep -q "^evalwiz: d.yaml: nothing written (--dry-run)$" err
cmp d.yaml m-orig.yaml
test ! -e d.yaml.v1.bak
# a rename never overwrites an answer: both are kept, and the note says so
sed 's/^    design: A trial$/    design: A trial\n    approach: Already written/' m-orig.yaml > o.yaml
"$EVALWIZ" --pack "$v3" migrate o.yaml 2>err
grep -q "s.design was not moved to s.approach, which has an answer already; both are kept" err
grep -q "^    approach: Already written$" o.yaml
grep -q "^    design: A trial$" o.yaml
# a plan for a newer version, or for another pack, is refused
sed 's/version: 1}/version: 4}/' m-orig.yaml > n.yaml
rc=0; "$EVALWIZ" --pack "$v3" migrate n.yaml 2>err || rc=$?
test "$rc" = 65
grep -q "the plan was written for version 4 of the pack mig, newer than the one installed (3); install the newer pack" err
sed 's/{id: mig,/{id: other,/' m-orig.yaml > x.yaml
rc=0; "$EVALWIZ" --pack "$v3" migrate x.yaml 2>err || rc=$?
test "$rc" = 65
grep -q "the plan follows the pack other, not mig" err

# lint: a version without its migration, a stranded rename, a retired
# question still asked, a renamed option that is no option
cp -R "$v3" lv
sed -i 's/version = 3,/version = 4,/; s/\["s.place"\] = "s.venue"/["s.place"] = "s.venu"/; s/one = "one_to_one"/one = "one_on_one"/' lv/pack.lua
sed -i 's/retire = { "s.old_note" },/retire = { "s.old_note", "s.kind" },/' lv/pack.lua
rc=0; "$EVALWIZ" pack lint lv >out 2>/dev/null || rc=$?
test "$rc" = 1
grep -q '^lv/pack.lua:[0-9]*: version 4 has no migration: add migrations\[4\] = { ... } saying how answers move to it, or {} when none do$' out
grep -q 'migrations\[3\] renames s.place to s.venu, which is not a question of the pack (did you mean "s.venue"?): the answer would be stranded$' out
grep -q 'migrations\[2\] retires s.kind, but the pack still asks it: its answers would be lost$' out
grep -q 'migrations\[3\] renames the option "one" of s.kind to "one_on_one", which is not one of its options (did you mean "one_to_one"?)$' out
# two answers moved onto one question stop the pack loading
cp -R "$v3" dup
sed -i 's/rename = { \["s.place"\] = "s.venue" },/rename = { ["s.place"] = "s.venue", ["s.start"] = "s.venue" },/' dup/pack.lua
rc=0; "$EVALWIZ" --pack ./dup steps 2>err >/dev/null || rc=$?
test "$rc" = 78
grep -q "rename moves both s.place and s.start to s.venue; one answer would overwrite the other" err
