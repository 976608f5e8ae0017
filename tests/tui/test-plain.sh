#!/bin/sh
# NO_COLOR and a non-UTF-8 locale: ASCII marks and lines, still usable;
# TERM=vt100 too.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Plain test" >/dev/null 2>&1
start 80 24 "env NO_COLOR=1 LC_ALL=C LANG=C TERM=vt100 '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
wait_for "> 1 . Basics"
wait_for "-----------"
if screen | grep -q "│"; then echo "FAIL: box lines in a C locale"; screen; exit 1; fi
keys Enter
text "Plain café"
keys Enter
wait_for "> 1 + Basics"
# no colour: the capture with escapes holds no colour codes
if T capture-pane -e -p -t w | grep -q "$(printf '\033')\[3[0-7]m"; then
  echo "FAIL: colour with NO_COLOR set"; exit 1
fi
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Plain café" "UTF-8 typed in the C locale is kept"
echo ok
