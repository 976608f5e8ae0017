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
