#!/bin/sh
# Leaving and coming back: after quitting, the wizard says where the plan
# is saved and how to reopen it or write it as a Word document; opened
# again, the plan is where the person left it (the step and the question,
# kept in their own state folder, not in the plan).
set -eu
. "$top_srcdir/tests/tui/lib.sh"
KEEP_PLACE=1

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Leave" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys PgDn Tab
wait_for "▸ Measures"
keys C-q
wait_for "EXIT=0"
wait_for "evalwiz: your plan is saved in plan.yaml."
wait_for "To carry on with it:            evalwiz plan.yaml"
wait_for "To write it as a Word document: evalwiz render plan.yaml -o plan.docx"
# the place is the person's, not the plan's
if grep -q "Measures\|measures" "$work/plan.yaml"; then echo "FAIL: the place went into the plan"; cat "$work/plan.yaml"; exit 1; fi
# kept under the plan's path and its id (meta.id)
id=$(sed -n '/^meta:/,/^[a-z]/s/^  id: //p' "$work/plan.yaml")
[ -n "$id" ] || { echo "FAIL: the new plan has no meta.id"; cat "$work/plan.yaml"; exit 1; }
grep -q "plan.yaml	$id	lists	measures$" "$work/state/evalwiz/places" || { echo "FAIL: no place kept"; cat "$work/state/evalwiz/places"; exit 1; }

# back where it was left
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "▸ Measures"
wait_for "Step 2: Lists and tables"
keys C-q
wait_for "EXIT=0"

# the plan deleted and another made at the same path: it opens at the
# start, not where the one before it was left
cp "$work/plan.yaml" "$work/plan-before.yaml"
rm "$work/plan.yaml"
"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Leave again" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
if screen | grep -q "Step 2: Lists and tables"; then echo "FAIL: a new plan at the path opened at the old one's place"; screen; exit 1; fi
keys C-q
wait_for "EXIT=0"
# one line a path: the new plan's place replaced the old one's
[ "$(grep -c "plan.yaml	" "$work/state/evalwiz/places")" -eq 1 ] || { echo "FAIL: two places for one path"; cat "$work/state/evalwiz/places"; exit 1; }
mv "$work/plan-before.yaml" "$work/plan.yaml"

# a name with a space: the commands are quoted for the shell
cp "$work/plan.yaml" "$work/my plan.yaml"
start 80 24 "'$EVALWIZ' --pack '$pack' 'my plan.yaml'"
wait_for "Step 1: Basics"
keys C-q
wait_for "EXIT=0"
wait_for "To carry on with it:            evalwiz 'my plan.yaml'"
wait_for "evalwiz render 'my plan.yaml' -o 'my plan.docx'"

# read-only: nothing was changed, it says
start 80 24 "'$EVALWIZ' --pack '$pack' --read-only plan.yaml"
wait_for "READ-ONLY"
keys C-q
wait_for "EXIT=0"
wait_for "evalwiz: plan.yaml was opened read-only; nothing in it was changed."
echo ok
