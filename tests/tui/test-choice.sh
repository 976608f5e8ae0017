#!/bin/sh
# Choices pick nothing the person did not see highlighted and choose: an
# unanswered choice opens with nothing highlighted, so Enter then Enter
# picks nothing (it once recorded a trial as "already registered"); a digit
# picks the option with that number, and one with no such option says so,
# except after letters typed to find one, which it goes on with;
# Enter on an answered choice keeps it; the same for yes/no and check boxes;
# an option found by typing its words is picked on leaving with Tab; "yes"
# and "no" may be typed whole.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Choices" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
keys Tab Tab Tab
wait_for "▸ Main setting"

# ? shows the question's whole help, full screen: its options with theirs
keys ?
wait_for "Help: Main setting"
wait_for "1. School"
wait_for "Delivered in schools."
wait_for "2. Home visits"
keys Escape
wait_gone "Help: Main setting"

# Enter, Enter: nothing picked, and the message says how to pick
keys Enter Enter
wait_for "nothing is highlighted: type the start of an option or its number"
keys Escape C-s
wait_for "saved plan.yaml"
if grep -q "setting:" "$work/plan.yaml"; then echo "FAIL: Enter Enter picked an option"; cat "$work/plan.yaml"; exit 1; fi

# a digit past the options says so; a digit in range picks
keys 7
wait_for "there is no option 7: press a number from 1 to 3"
keys 2
wait_file "$work/plan.yaml" "setting: home$" 10
# the choice stays open after a number (it may be the start of a label
# like "2:1"); Esc closes it
keys Escape
# Enter on the answered choice opens on the option chosen; Enter keeps it
keys Enter Enter C-s
wait_for "saved plan.yaml"
grep -q "setting: home$" "$work/plan.yaml" || { echo "FAIL: Enter Enter on an answered choice changed it"; cat "$work/plan.yaml"; exit 1; }
# Down then Enter picks the next one: what is highlighted is what is picked
keys Enter Down Enter
wait_file "$work/plan.yaml" "setting: clinic$" 10
# letters begin words to find an option, and digits go on with them: "Ho1"
# finds no option (it is not option 1 by its number, School), says so, and
# leaves Home visits highlighted, which Enter picks
keys Enter
text "Ho1"
wait_for 'no option begins with "Ho1"'
keys Enter
wait_file "$work/plan.yaml" "setting: home$" 10
keys Enter Down Enter
wait_file "$work/plan.yaml" "setting: clinic$" 10
# words typed to find an option, then Tab rather than Enter: the option
# found is picked, as words typed on a text question answer it; words that
# find none pick nothing (what is still highlighted is only a place)
text "Home"
keys Tab
wait_for "▸ Agencies involved"
wait_file "$work/plan.yaml" "setting: home$" 10
keys BTab
wait_for "▸ Main setting"
text "Sch9"
wait_for 'no option begins with "Sch9"'
keys Tab
wait_for "▸ Agencies involved"
keys C-s
wait_for "saved plan.yaml"
grep -q "setting: home$" "$work/plan.yaml" || { echo "FAIL: words that found no option picked one"; cat "$work/plan.yaml"; exit 1; }
keys BTab
wait_for "▸ Main setting"
keys Enter Down Enter
wait_file "$work/plan.yaml" "setting: clinic$" 10

# check boxes: Enter, Enter ticks nothing
keys Tab
wait_for "▸ Agencies involved"
keys Enter Enter C-s
wait_for "saved plan.yaml"
if grep -q "agencies:" "$work/plan.yaml"; then echo "FAIL: Enter Enter ticked a box"; cat "$work/plan.yaml"; exit 1; fi
# Enter ticks the option highlighted (and never unticks it)
keys Enter Down Down Enter
wait_file "$work/plan.yaml" "- health" 10
keys Enter Down Down Enter C-s
wait_for "saved plan.yaml"
grep -q -- "- health" "$work/plan.yaml" || { echo "FAIL: Enter unticked a box"; cat "$work/plan.yaml"; exit 1; }
# a check box's words typed, then Tab: the box found is ticked
text "pol"
keys Tab
wait_for "▸ Is consent in place?"
wait_file "$work/plan.yaml" "- police" 10
keys BTab
wait_for "▸ Agencies involved"

# yes/no: Enter, Enter answers nothing; y and n do
keys Tab
wait_for "▸ Is consent in place?"
keys Enter Enter
wait_for "nothing is highlighted"
keys Escape C-s
wait_for "saved plan.yaml"
if grep -q "consent:" "$work/plan.yaml"; then echo "FAIL: Enter Enter answered yes/no"; cat "$work/plan.yaml"; exit 1; fi
# "yes" typed whole: y answers it, and the rest of the word is taken
# without a word of complaint ("this is a yes/no question" was said to e)
text "yes"
wait_file "$work/plan.yaml" "consent: true$" 10
if screen | grep -q "press y or n"; then echo "FAIL: typing yes was told off"; screen; exit 1; fi
text "no"
wait_file "$work/plan.yaml" "consent: false$" 10
if screen | grep -q "press y or n"; then echo "FAIL: typing no was told off"; screen; exit 1; fi
keys C-q
wait_for "EXIT=0"
echo ok
