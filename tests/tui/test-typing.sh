#!/bin/sh
# The rule: on the focused question a printable key is always part of an
# answer to that question, never a command.  On every type of question the
# letters once bound to commands (g glossary, H health, t title, n next
# hit) and the digits (once a step) answer it instead: typed text, a
# choice's type-ahead and numbers, check boxes, y/n.  Commands stay on keys
# that cannot be typed (F-keys, Ctrl-G, Ctrl-F) and / and ? when nothing is
# being edited.  The title never changes.  80x24.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

"$EVALWIZ" --pack "$pack" new "$work/plan.yaml" --title "Typing test" >/dev/null 2>&1
start 80 24 "'$EVALWIZ' --pack '$pack' plan.yaml"
wait_for "Step 1: Basics"
# on a text question the hint bar says typing answers it
wait_for "abc Answer"
wait_for "^G Step no."
wait_for "F3 Health"

no_command() {
  # (a page says how to go back at the bottom; the prompts name themselves)
  if screen | grep -F -q -e "Plan title:" -e "Esc, Enter or q goes back" -e "Type to filter" -e "Search:"; then
    echo "FAIL: $1 opened a command"
    screen
    exit 1
  fi
}

# a sentence typed on the focused text question, no Enter
text "the great north group 12"
wait_for "the great north group 12"
# autosave: the field still being typed reaches the file
wait_file "$work/plan.yaml" "name: the great north group 12$" 10
no_command "a letter typed on a text question"
keys Enter

# digits on a number question are typed, not taken as steps
keys Tab Tab
wait_for "Children reached a year"
wait_for "0-9 Answer"
text "12"
keys Tab
wait_file "$work/plan.yaml" "children: 12$" 10
wait_for "> 1 "

# a choice: the options are shown numbered; letters find an option
# (type-ahead), Enter picks it; nothing is picked before
wait_for "▸ Main setting"
wait_for " 2 ( ) Home visits"
wait_for "1-3 Pick"
wait_for "abc Find"
text "ho"
no_command "type-ahead on a choice"
keys Enter
wait_file "$work/plan.yaml" "setting: home$" 10
# a digit picks that option at once
text "3"
wait_file "$work/plan.yaml" "setting: clinic$" 10
# g (once the glossary) finds no option: it says so and does nothing else
text "g"
wait_for 'no option begins with "g"'
no_command "g on a choice"
keys Escape

# check boxes: type-ahead moves, Space ticks, a digit ticks
keys Tab
wait_for "▸ Agencies involved"
wait_for "1-3 Tick"
text "ed"
keys Space
wait_for " 3 [✓] education"
text "1"
wait_for " 1 [✓] police"
keys Escape
wait_file "$work/plan.yaml" "- education" 10

# yes/no: words typed on the question before and Tab, then n at once: the
# n answers no (it does not go on the letters typed there as a digit)
text "pol"
keys Tab
text "n"
wait_file "$work/plan.yaml" "consent: false$" 10
wait_for "▸ Is consent in place?"
wait_for "y/n Answer"
# another letter says so and changes nothing; y answers yes
text "t"
wait_for "this is a yes/no question: press y or n"
no_command "t on a yes/no question"
text "y"
wait_file "$work/plan.yaml" "consent: true$" 10

# a date as people write it
keys Tab
text "2/1/2027"
keys Tab
wait_file "$work/plan.yaml" "start: .*2027-01-02" 10
wait_for "> 1 "

# guidance takes no typing: it says so, and nothing moves
wait_for "Notes like this one are guidance only."
wait_for "▸ Notes like"
text "H"
wait_for "this is guidance, not a question"
no_command "H on guidance"
# the key bar offers Tab once (guidance had a second "Tab Next" of its own)
n=$(screen | grep -o "Tab Next" | wc -l)
[ "$n" -eq 1 ] || { echo "FAIL: 'Tab Next' $n times on guidance's key bar"; screen; exit 1; }

# Ctrl-G: a step's number (two digits work) or the start of its name
keys C-g
wait_for "Go to step (its number or name):"
text "2"
keys Enter
wait_for "Step 2: Lists and tables"
keys C-g
text "bas"
keys Enter
wait_for "Step 1: Basics"
keys C-g
text "12"
keys Enter
wait_for "there is no step 12: the steps are numbered 1 to 2"
keys C-g
text "zzz"
keys Enter
wait_for 'no step is called "zzz"'

# a search: Enter jumps to the first hit, typing there answers it (n is a
# letter like any other), Ctrl-F goes to the next hit.  "the" is in three
# labels of step 1, one of them a question hidden by its condition, which
# is no hit.
keys /
wait_for "Search:"
# the hints are the prompt's own keys while it is open, and come back after
wait_for "Esc Cancel"
if screen | grep -F -q -e "F1 Help" -e "Tab Next"; then echo "FAIL: hints for keys the prompt ignores"; screen; exit 1; fi
text "describe the"
keys Enter
wait_for "F1 Help"
wait_gone "Esc Cancel"
wait_for "hit 1 of 1"
wait_for "^F Next hit"
wait_for "▸ Describe the problem"
text "no clear data yet"
wait_for "no clear data yet"
keys Escape
wait_file "$work/plan.yaml" "story: no clear data yet" 10
keys /
wait_for "Search:"
text "the"
keys Enter
wait_for "hit 1 of 2"
keys C-f
wait_for "hit 2 of 2"
keys C-f
wait_for "hit 1 of 2"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "the great north group 12" "text answer"
expect_eq "$(answer basics.children)" "12" "number answer"
expect_eq "$(answer basics.setting)" "clinic" "choice answer"
expect_eq "$(answer basics.agencies)" "- police
- education" "multi answer"
expect_eq "$(answer basics.start)" "2027-01-02" "date answer"
expect_eq "$(answer basics.consent)" "yes" "yes/no answer"
expect_eq "$(answer basics.story)" "no clear data yet" "typed on a search hit"
grep -q "^  title: Typing test$" "$work/plan.yaml" || { echo "FAIL: the title changed"; cat "$work/plan.yaml"; exit 1; }
echo ok
