#!/bin/sh
# The demo plan is complete and valid (check --strict exits 0); the same
# plan with a short follow-up offered for Level 4 fails with the validator's
# message, and a pre-post design aiming for Level 3 is refused.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
demo="$top_srcdir/examples/demo-plan.yaml"

"$EVALWIZ" check --strict "$demo" >"$dir/out" 2>"$dir/err"
# no problem lines (PLAN:...), only the health check section
if grep -q "^$demo" "$dir/out"; then echo "FAIL: the demo plan has problems:" >&2; cat "$dir/out" >&2; exit 1; fi
grep -q "^Plan health check" "$dir/out"
grep -q "is valid; 0 questions not yet answered" "$dir/err"

cp "$demo" "$dir/p.yaml"
# set runs the validator: the short follow-up is refused, nothing saved
rc=0
"$EVALWIZ" set "$dir/p.yaml" follow_up.months=6 2>"$dir/err" || rc=$?
test "$rc" = 65
grep -q "^evalwiz: follow_up.months: a follow-up of 6 months cannot support Level 4" "$dir/err"
cmp "$dir/p.yaml" "$demo"
# written by hand, check finds it
sed -i 's/^    months: 18$/    months: 6/' "$dir/p.yaml"
rc=0
"$EVALWIZ" check --strict "$dir/p.yaml" >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" = 1
grep -q "follow_up.months: a follow-up of 6 months cannot support Level 4" "$dir/out"

cp "$demo" "$dir/q.yaml"
"$EVALWIZ" set "$dir/q.yaml" impact.design=pre_post
rc=0
"$EVALWIZ" check "$dir/q.yaml" >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" = 1
grep -q "impact.target_level: a pre-post design (one group measured before and after) can support Level 2 at most" "$dir/out"
