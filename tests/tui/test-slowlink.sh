#!/bin/sh
# Over a slow link (output throttled to 9600 baud by tests/tui/slowpty.py)
# with TERM=vt100 and TERM=linux in the C locale at 80x24: the keys the
# hint bar names work even when the terminfo entry does not describe what
# the terminal sends (vt100 has no PgDn; the console's F1 differs from an
# emulator's), the screen is ASCII, and typing reaches the plan.  No timing
# is asserted: slowpty.py --log records the bytes for measuring by hand.
set -eu
. "$top_srcdir/tests/tui/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "skipped: python3 is not installed; it relays the terminal slowly (tests/tui/slowpty.py)" >&2; exit 77; }

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Slow link" >/dev/null 2>&1
relay="python3 '$top_srcdir/tests/tui/slowpty.py' --baud 9600"

for term in vt100 linux; do
  start 80 24 "LANG=C LC_ALL=C $relay env TERM=$term '$EVALWIZ' --pack '$pack' plan.yaml"
  wait_for "Step 1: Basics" 30
  # ASCII marks and lines in the C locale
  wait_for "Basics         L1 |"
  wait_for "-----------"
  keys PageDown
  wait_for "Step 2: Lists and tables" 30
  keys PageUp
  wait_for "Step 1: Basics" 30
  keys F1
  wait_for "evalwiz: keys and help" 30
  keys q
  wait_gone "evalwiz: keys and help" 30
  keys Enter C-u
  text "Typed over $term"
  keys Enter
  wait_for "Typed over $term" 30
  keys Tab Tab
  keys F9
  wait_for "Export: which document?" 30
  keys Escape
  wait_for "export cancelled" 30
  keys C-q
  wait_for "EXIT=0" 30
  expect_eq "$(answer basics.name)" "Typed over $term" "typed with TERM=$term"
done
echo ok
