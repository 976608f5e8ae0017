#!/bin/sh
# Plain mode driven through a pipe: every field type, the commands, saving
# after every answer, and how it is selected (--plain, TERM=dumb, no terminal).
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
pack="$top_srcdir/tests/data/packs/all-types"
cd "$dir"
ew() { "$EVALWIZ" --pack "$pack" "$@"; }

# 1. every field type, in order; a refused number is asked again;
#    consent is yes so its follow-up question is asked
printf '%s\n' 'Family Foundations' 'A group programme' 'for parents.' '' \
	'lots' '120' '2' '1, 3' 'yes' 'At the first visit.' '2027-04-01' \
	'fewer exclusions' 'better attendance' '' \
	'SDQ' '25' '1' 'Attendance' '' '3' '' quit | ew --plain p.yaml >out 2>err
grep -q '^Created p.yaml.$' out
# a name without an extension is NAME.yaml, as in the wizard: a mistyped
# command word must not leave a plan file without one beside the plans
echo quit | ew noext >out2 2>err2
grep -q '^Created noext.yaml.$' out2
test -f noext.yaml && test ! -e noext
grep -q '^Question 3 of 10: Families a year$' out
grep -q 'Not taken: expected a whole number from 0 to 10000, got "lots". Try again' out
grep -q '^  2. A matched comparison$' out
test "$(ew get p.yaml basics.name)" = "Family Foundations"
test "$(ew get p.yaml basics.summary)" = "A group programme
for parents."
test "$(ew get p.yaml basics.families)" = "120"
test "$(ew get p.yaml basics.design)" = "qed"
test "$(ew get p.yaml basics.sources)" = "- admin
- interviews"
test "$(ew get p.yaml basics.consent)" = "yes"
test "$(ew get p.yaml basics.consent_how)" = "At the first visit."
test "$(ew get p.yaml basics.start)" = "2027-04-01"
test "$(ew get p.yaml lists.outcomes)" = "- fewer exclusions
- better attendance"
# the plan file keeps the columns in the pack's order
sed -n '/^    measures:$/,$p' p.yaml >m
cat >want <<'WANT'
    measures:
    - name: SDQ
      items: 25
      who: parent
    - name: Attendance
      who: teacher
WANT
diff -u want m
grep -q 'Every required question is answered' out
grep -q '^Step 2: Lists and tables (step 2 of 2)$' out
# no escape sequences: no cursor movement, no colour
esc=$(printf '\033')
if grep -q "$esc" out; then echo "plain mode wrote an escape sequence"; exit 1; fi
test ! -e p.yaml.lock
test ! -s err || { cat err; exit 1; }

# 2. commands: goto, back, skip, clear, search, ?, save, an escaped word;
#    end of input without quit keeps what was saved
printf '%s\n' 'goto 6' 'no' 'back' '' 'search comparison' '?' 'goto 1' '\skip' 'clear' \
	'goto 9' 'clear' 'only one' '' '' save | ew --plain p.yaml >out
grep -q '^Questions that mention "comparison" (type goto N):$' out
grep -q '^  4. Design (Basics)$' out
grep -q '^Stored as basics.start.$' out
grep -q '^That was the last question.$' out
test "$(ew get p.yaml basics.consent)" = "no"
test "$(ew get p.yaml basics.name)" = "skip"
rc=0; ew get p.yaml basics.summary >/dev/null 2>&1 || rc=$?
test "$rc" = 1
test "$(ew get p.yaml lists.outcomes)" = "- only one"
# with consent no, the follow-up question is not asked and goto refuses it
printf 'goto 7\nquit\n' | ew --plain p.yaml >out
grep -q '^Question 7 is not asked with your current answers.$' out
# it starts at the first unanswered question
printf 'quit\n' | ew --plain p.yaml >out
grep -q '^Question 2 of 10: Summary$' out

# 3. selected by TERM=dumb and by a pipe, without --plain; the lock is respected
printf 'quit\n' | TERM=dumb ew p.yaml >out
grep -q '^evalwiz plain mode: p, 10 questions in 2 steps.$' out
printf 'quit\n' | TERM=xterm ew p.yaml >out
grep -q 'plain mode' out
printf 'user: someone\nhost: elsewhere.example\npid: 1\nsince: 1700000000\n' >p.yaml.lock
rc=0; printf 'quit\n' | ew --plain p.yaml >/dev/null 2>err || rc=$?
rm -f p.yaml.lock
grep -q "p.yaml is being edited by $(id -un) on elsewhere.example" err
test "$rc" = 75 || { cat err; exit 1; }
# no plan given
rc=0; ew --plain </dev/null >/dev/null 2>&1 || rc=$?
test "$rc" = 64

# 4. a validator's message is shown after the answer is saved; goto takes
#    STEP.FIELD too; --read-only saves nothing
yd="$top_srcdir/examples/packs/youth-diversion"
"$EVALWIZ" --pack "$yd" new yd.yaml 2>/dev/null
"$EVALWIZ" --pack "$yd" set yd.yaml diversion.min_age=14
printf 'goto diversion.max_age\n12\nquit\n' | "$EVALWIZ" --pack "$yd" --plain yd.yaml >out
grep -q '^Saved, but note: the oldest age (12) is below the youngest (14)$' out
test "$("$EVALWIZ" --pack "$yd" get yd.yaml diversion.max_age)" = "12"
cp yd.yaml before.yaml
printf 'goto diversion.max_age\n15\nquit\n' | "$EVALWIZ" --pack "$yd" --plain --read-only yd.yaml >out
grep -q '^Read-only: nothing was saved.$' out
cmp yd.yaml before.yaml
