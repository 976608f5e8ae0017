#!/bin/sh
# The wizard outside a terminal refuses plainly; its help and options.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
rc=0
"$EVALWIZ" "$dir/p.yaml" </dev/null >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" -eq 64
test "$(cat "$dir/err")" = "evalwiz: the wizard needs a terminal; use 'evalwiz new', 'evalwiz set' and 'evalwiz check' in scripts"
test ! -e "$dir/p.yaml"
"$EVALWIZ" wizard --help | grep -q -- "--read-only"
rc=0
"$EVALWIZ" wizard --bogus 2>"$dir/err" || rc=$?
test "$rc" -eq 64
grep -q "unknown option --bogus" "$dir/err"
rc=0
"$EVALWIZ" wizard a.yaml b.yaml 2>"$dir/err" || rc=$?
test "$rc" -eq 64
grep -q "give one plan file" "$dir/err"
