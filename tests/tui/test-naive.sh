#!/bin/sh
# The naive typist (tests/tui/naive.py): every question of the default
# pack, in order, typed into as a person who never read the F1 page would
# (letters, then Enter, then Tab), at 80x24 in UTF-8 and with LANG=C
# TERM=vt100; then evalwiz get must show each answer in its own question,
# whole, and nothing in any question not typed into, the title unchanged.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

command -v python3 >/dev/null 2>&1 || { echo "skipped: python3 is not installed (apt-get install python3); it drives the naive typist" >&2; exit 77; }
"$EVALWIZ" steps --format json > "$work/steps.json"

for run in utf8 ascii; do
  rm -f "$work/plan.yaml"
  "$EVALWIZ" new "$work/plan.yaml" --title "Naive typist" >/dev/null 2>&1
  if [ "$run" = utf8 ]; then
    start 80 24 "env LANG=C.UTF-8 LC_ALL=C.UTF-8 '$EVALWIZ' plan.yaml"
  else
    start 80 24 "env LANG=C LC_ALL=C TERM=vt100 '$EVALWIZ' plan.yaml"
  fi
  wait_for "Step 0: About this plan"
  python3 "$top_srcdir/tests/tui/naive.py" "$TMUX_BIN" "$sock" "$EVALWIZ" "$work/plan.yaml" "$work/steps.json"
  grep -q "^  title: Naive typist$" "$work/plan.yaml" || { echo "FAIL: the title changed ($run)"; cat "$work/plan.yaml"; exit 1; }
  T kill-server 2>/dev/null || true
done
echo ok
