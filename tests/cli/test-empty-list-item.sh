#!/bin/sh
# A list with an empty item (a "-" with nothing after it, or a null in
# brackets) is never turned into a mapping by a save: the plan is refused
# with the item's file:line:col, the list's path and what to do, by check,
# get, set and plain mode alike (exit 65), and the file is left as it was.
# An item that is an empty string ('') is an item like any other and stays
# in its list.  (issue 21, item 4)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

"$EVALWIZ" new p.yaml 2>/dev/null
cp p.yaml base.yaml
printf '  theory_of_change:\n    risk_factors:\n      -\n      - poverty\n' > tail
sed 's/^answers: {}$/answers:/' base.yaml > p.yaml
cat tail >> p.yaml
line=$(grep -n '^      -$' p.yaml | cut -d: -f1)
cp p.yaml before.yaml
msg="evalwiz: p.yaml:$line:8: item 1 of the list answers.theory_of_change.risk_factors is empty (a '-' with nothing after it); write the item, or remove that line, then open the plan again"
for cmd in "check p.yaml" "get p.yaml theory_of_change.risk_factors" "set p.yaml follow_up.months=8"; do
	# shellcheck disable=SC2086
	run "$EVALWIZ" $cmd
	expect_rc 65
	expect_err "$msg"
	cmp -s p.yaml before.yaml || fail "$cmd changed the plan"
done
run "$EVALWIZ" wizard --plain p.yaml </dev/null
expect_rc 65
cmp -s p.yaml before.yaml || fail "plain mode changed the plan"

# in brackets, deeper down (a row's cell)
sed 's/^answers: {}$/answers:/' base.yaml > p.yaml
printf '  mystery:\n    rows:\n      - cells: [a, ~, c]\n' >> p.yaml
run "$EVALWIZ" check p.yaml
expect_rc 65
has err "item 2 of the list answers.mystery.rows\[1\].cells is empty"

# an empty string is an item: kept, and the list stays a list
sed 's/^answers: {}$/answers:/' base.yaml > p.yaml
printf "  theory_of_change:\n    risk_factors:\n      - ''\n      - poverty\n" >> p.yaml
run "$EVALWIZ" set p.yaml follow_up.months=8
expect_rc 0
has_line p.yaml "    - ''"
has_line p.yaml "    - poverty"
lacks p.yaml "'2'"
run "$EVALWIZ" check p.yaml
expect_rc 0
