#!/bin/sh
# Nothing is silent (tests/data/packs/strict): set and fill run the pack's
# validators (an error refuses, a warning is printed); an empty item in a
# list is refused, never turned into a mapping; min_items and max_items are
# kept by set, check and plain mode; item_label names the items in plain
# mode; a default is what pack code sees until the question is answered;
# a validator whose result is misspelt is an error naming its line.
. "$top_srcdir/tests/cli/lib.sh"
# a copy with a short name: messages name the pack's files by it
cp -R "$top_srcdir/tests/data/packs/strict" strict
strict=./strict
st() { "$EVALWIZ" --pack "$strict" "$@"; }
st new s.yaml --title S 2>/dev/null
cp s.yaml orig.yaml

# max_items: refused by set, nothing saved
run st set s.yaml 'team.partners=[Council, University, Charity]'
expect_rc 65
expect_err "evalwiz: team.partners: expected at most 2 items, found 3
evalwiz: nothing was saved; s.yaml is unchanged"
cmp s.yaml orig.yaml
# an empty item: null, ~ (also last) or "" is refused with its number
for v in '[alpha, null, beta]' '[alpha, ~]' '[alpha, ""]'; do
	run st set s.yaml "team.partners=$v"
	expect_rc 65
	contains err "of the list is empty (null, ~ or \"\"); leave it out, or give its text"
done
cmp s.yaml orig.yaml
st set s.yaml 'team.partners=[Council, University]'
test "$(st get s.yaml team.partners)" = "- Council
- University"
# a validator's warning is printed, the answer kept
run st set s.yaml team.meetings=2
expect_rc 0
expect_err "evalwiz: team.meetings: warning: fewer than four meetings a year is too few to steer an evaluation"
test "$(st get s.yaml team.meetings)" = 2
# a validator returning a misspelt key is an error of the pack, at its line
run st set s.yaml team.chair=nobody
expect_rc 65
contains err "evalwiz: team.chair: $strict/01-team.lua:37: its validator is wrong: it returned an unknown key mesage (did you mean \"message\"?); the keys are severity and message"
# the default is what pack code sees while the question is unanswered
test "$(st get s.yaml team.confidence)" = 95
st set s.yaml team.alpha=0.01
test "$(st get s.yaml team.confidence)" = 99
st steps --format json | grep -q '"default": 0.05'

# check finds what a hand-written plan holds: too many items, too few
sed -i 's/^    - University$/    - University\n    - Charity/' s.yaml
run st check s.yaml
expect_rc 1
contains out "team.partners: expected at most 2 items, found 3"
sed -i '/^    - University$/d; /^    - Charity$/d' s.yaml
sed -i 's/^  partners:$/  partners: []/; /^    - Council$/d' s.yaml
run st check s.yaml
contains err "is valid"

# fill: the same rules, each refused answer at its line in the answers file
cat > answers.yaml <<'YAML'
answers:
  team:
    partners: [Council, ~, University]
    meetings: 1
    chair: Ann
YAML
run st fill s.yaml --answers answers.yaml
expect_rc 1
contains err "answers.yaml:3:15: team.partners: item 2 of the list is empty"
contains err "answers.yaml:4:15: team.meetings: warning: fewer than four meetings a year"
test "$(st get s.yaml team.chair)" = Ann
cat > answers.yaml <<'YAML'
answers:
  team:
    chair: nobody
YAML
run st fill s.yaml --answers answers.yaml
expect_rc 1
contains err "answers.yaml:3:12: team.chair: $strict/01-team.lua:37: its validator is wrong"
test "$(st get s.yaml team.chair)" = Ann

# plain mode: items named by item_label, max_items kept, the default and
# the computed value with its unit shown
rm -f p.yaml
printf '%s\n' 'Council' 'University' 'Charity' '' '?' '' quit | st --plain p.yaml >out 2>&1
contains out "partner 3> "
contains out "Not taken: this question takes at most 2; an empty line finishes, clear starts again."
contains out "Left unanswered, evalwiz takes it as: 0.05."
contains out "Confidence: 95%"
test "$(st get p.yaml team.partners)" = "- Council
- University"
