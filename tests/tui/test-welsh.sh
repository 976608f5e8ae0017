#!/bin/sh
# The wizard in Welsh at 80x24 (issue 19): --lang cy shows the default
# pack's step titles and questions in Welsh, and (built with NLS) the
# program's own hint bar and step heading from po/cy.po; a plan started in
# Welsh (meta.lang: cy) opens in Welsh with no --lang.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

cp "$top_srcdir/examples/demo-plan.yaml" "$work/demo.yaml"
start 80 24 "'$EVALWIZ' --lang cy demo.yaml"
wait_for "Am y cynllun hwn"
wait_for "Beth ddylai enw'r cynllun fod?"
# the list of steps gives their short names in Welsh; the next step's title
wait_for "Model rhesymeg"
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
wait_for "Am y cynllun hwn"
keys C-q
wait_for "EXIT=0"
