#!/bin/sh
# A terminal that is not UTF-8 (LANG=C TERM=vt100, as over some SSH
# links): text with non-ASCII characters is shown as readable ASCII
# ("GBP 10", not "??10"), and the plan file keeps the real characters,
# also after the answer is edited there.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Caf$(printf '\303\251') plan" >/dev/null 2>&1
"$EVALWIZ" --pack "$pack" set "$work/plan.yaml" \
  "basics.name=Drop-in $(printf '\342\200\223') $(printf '\302\243')10 a week, $(printf '\342\200\234')caf$(printf '\303\251')$(printf '\342\200\235')" >/dev/null
start 80 24 "env LANG=C LC_ALL=C TERM=vt100 '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
wait_for 'Drop-in - GBP 10 a week, "cafe"'
wait_for "Cafe plan"
if screen | grep -q '??'; then echo "FAIL: characters shown as ??"; screen; exit 1; fi
# edited in the C locale: the file keeps the characters it had
keys Enter End
text " (weekly)"
keys Enter
wait_for '"cafe" (weekly)'
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Drop-in $(printf '\342\200\223') $(printf '\302\243')10 a week, $(printf '\342\200\234')caf$(printf '\303\251')$(printf '\342\200\235') (weekly)" "the real characters kept"
grep -q "^  title: Caf$(printf '\303\251') plan$" "$work/plan.yaml" || { echo "FAIL: the title"; cat "$work/plan.yaml"; exit 1; }
echo ok
