#!/bin/sh
# Typing on a focused question that takes text goes into the answer, never
# into a command: a sentence beginning "the great..." must not open the
# title prompt (t) or the glossary (g), digits on a number question must
# not jump to steps, and n types unless it comes straight after / or n.
# The commands stay reachable by F-keys and Ctrl-G, and by their letters
# where the focus is on a question you do not type into.  80x24.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Typing test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
# on a text question the hints show the keys that still work there
wait_for "^G Step no."
wait_for "F3 Health"

# a sentence typed on the focused text question, no Enter
text "the great north group 12"
wait_for "the great north group 12"
# autosave: the field still being typed reaches the file
wait_file "$work/plan.yaml" "name: the great north group 12$" 10
# (a page such as the glossary says how to scroll it at the bottom)
if screen | grep -F -q -e "Plan title:" -e "Up/Down/PgUp/PgDn scroll"; then
  echo "FAIL: a letter typed on a text question opened a command"
  screen
  exit 1
fi
wait_for "Step 1: Basics"
grep -q "^  title: Typing test$" "$work/plan.yaml"

# digits on a number question are typed, not taken as steps
keys Tab Tab
wait_for "Children reached a year"
text "12"
keys Tab
wait_file "$work/plan.yaml" "children: 12$" 10
# still on step 1 (its title may have scrolled out of sight)
wait_for "> 1 "
# and on a date question
keys Tab Tab Tab
text "2027-01-02"
keys Tab
wait_file "$work/plan.yaml" "start: .*2027-01-02" 10
wait_for "> 1 "

# on a choice (no typing there) the letters and digits are commands
keys BTab BTab BTab BTab
wait_for "0-9 Step"
keys g
wait_for "Up/Down/PgUp/PgDn scroll"
keys q
wait_gone "Up/Down/PgUp/PgDn scroll"
keys t
wait_for "Plan title:"
keys Escape
wait_gone "Plan title:"
# on a yes/no question n answers no (there is no search going on)
keys Tab Tab
wait_for "Is consent in place?"
# the hint bar says so, in the place of Enter
wait_for "y/n Answer"
if screen | grep -F -q "Enter Edit"; then echo "FAIL: Enter Edit, not y/n, on a yes/no question"; screen; exit 1; fi
keys n
wait_file "$work/plan.yaml" "consent: false$" 10
keys 2
wait_for "Step 2: Lists and tables"
keys PgUp
wait_for "> 1 "

# from a text question, while editing: F4 changes the title keeping the
# edit, F3 is the health check, Ctrl-G then a digit goes to a step
keys Enter C-u
text "Bridges"
keys F4
wait_for "Plan title:"
keys C-u
text "Renamed plan"
keys Enter
wait_for "Renamed plan"
keys F3
wait_for "Up/Down/PgUp/PgDn scroll"
keys q
wait_gone "Up/Down/PgUp/PgDn scroll"
keys C-g
wait_for "go to step: press its number"
keys 2
wait_for "Step 2: Lists and tables"
wait_file "$work/plan.yaml" "name: Bridges$" 10
wait_file "$work/plan.yaml" "title: Renamed plan$" 10

# n after / goes to the next hit, also on text questions; after any other
# key it is typed.  "the" is in three labels of step 1, one of them a
# question hidden by its condition, which is no hit.
keys /
wait_for "Search:"
# the hints are the prompt's own keys while it is open, and come back after
wait_for "Esc Cancel"
if screen | grep -F -q -e "F1 Help" -e "Tab Next"; then echo "FAIL: hints for keys the prompt ignores"; screen; exit 1; fi
text "the"
keys Enter
wait_for "F1 Help"
wait_gone "Esc Cancel"
wait_for "> 1 "
wait_for "hit 1 of 2"
wait_for "n Next hit"
keys n
wait_for "hit 2 of 2"
# the second hit is the long-text question; Esc ends the search
keys Escape
wait_for "^G Step no."
text "no plans yet"
wait_for "no plans yet"
keys Escape
# a search that lands on the yes/no question: n is the next hit there, so
# the hints show Enter and n, not y/n; after another key y/n again, and y
# answers yes
keys /
wait_for "Search:"
text "consent"
keys Enter
wait_for "hit 1 of 1"
wait_for "n Next hit"
wait_for "Enter Edit"
if screen | grep -F -q "y/n Answer"; then echo "FAIL: y/n Answer while n is the next hit"; screen; exit 1; fi
keys Escape
wait_for "y/n Answer"
wait_gone "Enter Edit"
keys y
wait_file "$work/plan.yaml" "consent: true$" 10
keys Tab
wait_for "Enter Edit"
wait_gone "y/n Answer"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Bridges" "text answer"
expect_eq "$(answer basics.children)" "12" "number answer"
expect_eq "$(answer basics.start)" "2027-01-02" "date answer"
expect_eq "$(answer basics.consent)" "yes" "yes/no answered with y after n"
expect_eq "$(answer basics.story)" "no plans yet" "n typed after the search ended"
grep -q "^  title: Renamed plan$" "$work/plan.yaml"
echo ok
