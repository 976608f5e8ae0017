#!/bin/sh
# Comments a researcher writes in a plan file survive every save: by set,
# by fill, and by the wizard in plain mode; a comment whose answer is gone
# moves to the end of the file instead of vanishing.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
EW="$EVALWIZ --pack $PACK"

cat >plan.yaml <<'YAML'
# Pilot plan: reviewed by the steering group on 3 March
evalwiz: 1
pack: {id: test-pack, version: 1}
meta:
  title: Comment test   # working title
answers:
  basics:
    # the name the council uses
    name: Family Foundations
YAML
run $EW check plan.yaml
[ "$rc" -le 1 ] || { cat err; fail "the test plan does not open"; }

run $EW set plan.yaml basics.name="Family Foundations Plus"
expect_rc 0
grep -qx '# Pilot plan: reviewed by the steering group on 3 March' plan.yaml || fail "head comment lost: $(cat plan.yaml)"
grep -qx '  title: Comment test # working title' plan.yaml || fail "comment after a value lost: $(cat plan.yaml)"
# the comment is still just above the answer it described
grep -B1 '^    name: Family Foundations Plus$' plan.yaml | head -n 1 | grep -qx '    # the name the council uses' ||
	fail "comment moved away from its answer: $(cat plan.yaml)"
run $EW get plan.yaml basics.name
expect_out "Family Foundations Plus"

# saved again: nothing doubled
run $EW set plan.yaml basics.name="Family Foundations"
expect_rc 0
[ "$(grep -c 'the name the council uses' plan.yaml)" = 1 ] || fail "comment doubled: $(cat plan.yaml)"

# an answer that is no longer there: its comment goes to the end
sed 's/^    name: .*/    name: x # about x/' plan.yaml >p2.yaml
mv p2.yaml plan.yaml
run $EW set plan.yaml basics.name=
tail -n 2 plan.yaml | grep -qx '# about x' || { run $EW get plan.yaml basics.name; fail "comment of a removed answer lost: $(cat plan.yaml)"; }
grep -q '# the name the council uses' plan.yaml || fail "comment of a removed answer lost"

# a plan saved as UTF-16 by a Windows editor is written back as UTF-8 with
# its comments and its answers
printf '# Kept by the team\nevalwiz: 1\npack: {id: test-pack, version: 1}\nanswers:\n  basics:\n    name: Caf\303\251 club # the short name\n' |
	python3 -c 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("utf-16"))' >u16.yaml
run $EW set u16.yaml "more.items=[tea]"
expect_rc 0
head -n 1 u16.yaml | grep -qx '# Kept by the team' || fail "UTF-16 plan not written as UTF-8 with its head comment: $(od -c u16.yaml | head -3)"
grep -qx "    name: Caf$(printf '\303\251') club # the short name" u16.yaml || fail "comment of a UTF-16 plan lost: $(cat u16.yaml)"
