#!/bin/sh
# Smoke test: a plan is created, set, read back and checked.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
plan="$dir/p.yaml"
"$EVALWIZ" new "$plan" --title "Smoke" 2>/dev/null
test "$("$EVALWIZ" get "$plan" follow_up.months 2>/dev/null; echo "rc=$?")" = "rc=1"
"$EVALWIZ" set "$plan" follow_up.months=18
test "$("$EVALWIZ" get "$plan" follow_up.months)" = "18"
"$EVALWIZ" check "$plan" 2>/dev/null
