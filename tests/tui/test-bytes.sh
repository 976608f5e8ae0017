#!/bin/sh
# Slow links: typing a character sends a few bytes, not a redrawn screen.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Bytes test" >/dev/null 2>&1
start 80 24 "env TERM=xterm-256color '$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Tab Enter
text "x"
wait_for "Esc Done"
wait_for "▌ x"
: > "$work/out"
T pipe-pane -o -t w "cat >> '$work/out'"
typed=x
for c in a b c d e f g h; do
  text "$c"
  typed="$typed$c"
  wait_for "▌ $typed"
done
T pipe-pane -t w
bytes=$(wc -c < "$work/out")
# a redraw of the screen is over 1500 bytes; the field being typed in is
# drawn in plain attributes, so eight keys send eight bytes, plus perhaps an
# autosave repaint of the header
if [ "$bytes" -gt 200 ]; then
  echo "FAIL: eight typed characters sent $bytes bytes"
  od -c "$work/out" | head -40
  exit 1
fi
keys Escape C-q
wait_for "EXIT=0"
echo "ok ($bytes bytes for 8 characters)"
