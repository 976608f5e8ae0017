#!/bin/sh
# Resizing to 40x12, 20x6 and 200x60 and back: a "too small" notice that
# recovers, and while it shows only a resize, Ctrl-S (save) and Ctrl-Q
# (quit) act: typed letters, Tab, F-keys and a paste are dropped, never
# queued and never acted on unseen; nothing typed before is lost.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Resize test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Enter
text "Typed before resizing"
wait_for "Typed before resizing"

T resize-window -t w -x 40 -y 12
wait_for "Terminal too small (40x12)"
wait_for "other keys do nothing"
T resize-window -t w -x 20 -y 6
wait_for "(20x6)"
# typing, Tab, F4 (the title) and a paste do nothing while the notice shows
text " small"
keys Tab F4 t
printf 'pasted while small' > "$work/paste"
T load-buffer "$work/paste"
T paste-buffer -p -t w
# Ctrl-S still saves: the edit reaches the file, exactly as typed
keys C-s
wait_file "$work/plan.yaml" "name: Typed before resizing$" 10
T resize-window -t w -x 200 -y 60
wait_for "Lists and tables"
wait_for "Typed before resizing"
# wide screens put the help beside the questions
wait_for "Help"
if screen | grep -F -q -e "small" -e "Plan title:" -e "pasted"; then
  echo "FAIL: a key pressed while the terminal was too small acted"
  screen
  exit 1
fi
# still on the question, still editing it
wait_for "▸ Name of the service"
T resize-window -t w -x 80 -y 24
wait_for "Typed before resizing"
text ", and after"
keys Enter
wait_for "Typed before resizing, and after"
grep -q "^  title: Resize test$" "$work/plan.yaml" || { echo "FAIL: the title changed"; cat "$work/plan.yaml"; exit 1; }

# on a page or in a prompt too: keys typed while too small do nothing
keys Escape F1
wait_for "evalwiz: keys and help"
T resize-window -t w -x 40 -y 12
wait_for "Terminal too small"
keys q Escape
T resize-window -t w -x 80 -y 24
wait_for "evalwiz: keys and help"
keys Escape /
wait_for "Search:"
T resize-window -t w -x 40 -y 12
wait_for "Terminal too small"
text "lost"
keys Enter
T resize-window -t w -x 80 -y 24
# (the prompt's line shows while too small; its hints only when it is not)
wait_for "Esc Cancel"
if screen | grep -F -q "Search: lost"; then echo "FAIL: typed into a prompt unseen"; screen; exit 1; fi
keys Escape

# Ctrl-Q quits while too small, saving
keys Enter
text " and more"
wait_for "and more"
T resize-window -t w -x 40 -y 12
wait_for "Terminal too small (40x12)"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Typed before resizing, and after and more" "text kept across resizes"
echo ok
