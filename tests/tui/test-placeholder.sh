#!/bin/sh
# A choice whose options come from earlier answers shows the pack's
# placeholder ("list activities first") as a note while those answers are
# missing: it is never numbered, highlighted or picked.  Typing into the
# empty cell once stored the placeholder's value (not_named_yet).
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" new "$work/plan.yaml" --title "Placeholder" >/dev/null 2>&1
"$EVALWIZ" set "$work/plan.yaml" \
  "blueprint.core_components=[{component: Home visits, objective: Parents read daily}]" >/dev/null
start 80 24 "'$EVALWIZ' plan.yaml"
wait_for "Step 0: About"
keys C-g 3 Enter
wait_for "Step 3: Blueprint"
keys Tab Right Right Right
wait_for "column 4 of 4, Activity:"
# the column's options: none yet, with the pack's words
keys Enter
wait_for "(no options yet: list activities first)"
keys Escape
# typing in the empty cell picks nothing
keys W e e k l y Space g r o u p Enter Escape C-s
wait_for "saved plan.yaml"
keys C-q
wait_for "EXIT=0"
got=$("$EVALWIZ" get "$work/plan.yaml" blueprint.core_components --format json)
case $got in
*not_named_yet*) echo "placeholder stored: $got" >&2; exit 1 ;;
*"Home visits"*) ;;
*) echo "row lost: $got" >&2; exit 1 ;;
esac
echo ok
