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

# Step changes on the demo plan and the default pack, as bench/run makes
# them (issue 8: no more bytes than dialog's PgDn in a menu, 754).  A step
# change sends the new step's text and little else: answers are in the
# terminal's colour (no colour change and reset around each line), the
# hidden cursor is not parked after each frame, attribute changes do not
# select the ASCII character set each time, and nothing clears the screen.
cp "$top_srcdir/examples/demo-plan.yaml" "$work/demo.yaml"
start 80 24 "env TERM=xterm-256color LANG=C.UTF-8 '$EVALWIZ' demo.yaml"
wait_for "Step 0: About this plan"
: > "$work/steps"
T pipe-pane -o -t w "cat >> '$work/steps'"
for n in 1 2 3 4 5 6 7 8 9 10; do
  keys NPage
  wait_for "$(printf '>%2s ' "$n")"
done
wait_file "$work/steps" "Quality assurance at scale"
T pipe-pane -t w
steps=$(wc -c < "$work/steps")
esc=$(printf '\033')
# over 10,000 bytes before these were fixed, about 9,000 after
if [ "$steps" -gt 10000 ]; then
  echo "FAIL: ten step changes sent $steps bytes (at most 10000)"
  exit 1
fi
for seq in "[36m:a colour change for an answer" "(B:a character set selection" \
    "[22;80H:the hidden cursor parked" "[2J:a cleared screen"; do
  if grep -F -q -- "$esc${seq%%:*}" "$work/steps"; then
    echo "FAIL: step changes sent ${seq#*:} (ESC ${seq%%:*})"
    od -c "$work/steps" | head -40
    exit 1
  fi
done
keys C-q
wait_for "EXIT=0"
echo "ok ($bytes bytes for 8 characters, $steps for 10 step changes)"
