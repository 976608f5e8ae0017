#!/bin/sh
# Outside a terminal the wizard asks line by line (plain mode); its help and options.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
rc=0
printf 'My plan\nquit\n' | "$EVALWIZ" "$dir/p.yaml" >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" -eq 0
grep -q "^evalwiz plain mode: p," "$dir/out"
test "$("$EVALWIZ" get "$dir/p.yaml" opening.plan_title)" = "My plan"
"$EVALWIZ" wizard --help </dev/null | grep -q -- "--read-only"
"$EVALWIZ" wizard --help </dev/null | grep -q -- "--plain"
rc=0
"$EVALWIZ" wizard --bogus 2>"$dir/err" </dev/null || rc=$?
test "$rc" -eq 64
grep -q "unknown option --bogus" "$dir/err"
rc=0
"$EVALWIZ" wizard a.yaml b.yaml 2>"$dir/err" || rc=$?
test "$rc" -eq 64
grep -q -e "give one plan file" -e "one plan at a time" "$dir/err"
