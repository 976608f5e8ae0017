#!/bin/sh
# The wizard in Welsh at 80x24 (issue 19): --lang cy shows the default
# pack's step titles and questions in Welsh, and (built with NLS) the
# program's own hint bar and step heading from po/cy.po; a plan started in
# Welsh (meta.lang: cy) opens in Welsh with no --lang.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

cp "$top_srcdir/examples/demo-plan.yaml" "$work/demo.yaml"
start 80 24 "'$EVALWIZ' --lang cy demo.yaml"
wait_for "Am y cynllun hwn" 30
wait_for "Beth ddylai enw'r cynllun fod?"
# the list of steps gives their short names in Welsh; the next step's title
wait_for "Model rhesymeg"
# the steps' statuses are worked out after the plan opens: the move below
# says the plan is complete only once they are (on a busy machine they
# may still be pending when the key arrives)
wait_for "10 ● Ansawdd" 30
keys NPage
wait_for "Theori newid"
wait_for "Pa broblem mae'r gwasanaeth yn mynd i'r afael"
if grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h"; then
  wait_for "Cam 1: Theori newid"
  wait_for "^Q Gadael"
  wait_for "F1 Cymorth"
  wait_for "Mae pob cwestiwn gorfodol"
fi
keys C-q
wait_for "EXIT=0"
T kill-server

# the start screen (the program's own words)
if grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h"; then
  start 80 24 "'$EVALWIZ' --lang cy"
  wait_for "Rhoi cynnig ar y cynllun enghreifftiol"
  wait_for "Cynlluniau diweddar:"
  keys q
  wait_for "EXIT=0"
  T kill-server
fi

"$EVALWIZ" --lang cy new "$work/cy.yaml" --title Cynllun 2>/dev/null
start 80 24 "'$EVALWIZ' cy.yaml"
wait_for "Am y cynllun hwn" 30
keys C-q
wait_for "EXIT=0"
T kill-server

# F12, the open review items, in the program's words (po/cy.po)
if grep -q '^#define ENABLE_NLS 1' "$top_builddir/config.h"; then
  printf -- '- question: theory_of_change.problem\n  comment: O ble daw 1 o bob 8?\n  author: Dr Ada Partner\n' > "$work/review.yaml"
  "$EVALWIZ" review import "$work/demo.yaml" "$work/review.yaml" >/dev/null 2>&1
  start 80 24 "'$EVALWIZ' --lang cy demo.yaml"
  wait_for "Am y cynllun hwn" 30
  keys F12
  wait_for "Eitemau adolygu agored: mae Enter yn ateb un"
  wait_for "#1 sylw agored ar theory_of_change.problem, gan Dr Ada Partner"
  keys Enter
  wait_for "Ateb (yna mae'r eitem wedi'i hateb)"
  wait_for "Mynd at ei gwestiwn"
  keys Escape
  keys Escape
  keys C-q
  wait_for "EXIT=0"
fi
