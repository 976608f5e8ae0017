#!/bin/sh
# evalwiz check: PLAN:LINE:COL: STEP.FIELD: message, --strict, --format json,
# and exit 0 / 1 / 65 / 66, including hostile files.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

cat > plan.yaml <<'YAML'
evalwiz: 1
pack:
  id: test-pack
  version: 2
answers:
  basics:
    name: Ada
    count: 500
    colour: purple
    code: ab1
  more:
    items: [x]
YAML
run ew check plan.yaml
expect_rc 1
expect_problems 'plan.yaml:8:12: basics.count: 500 is out of range: expected a whole number from 0 to 100
plan.yaml:9:13: basics.colour: "purple" is not one of the options: red, green, blue
plan.yaml:10:11: basics.code: a code is two capitals and a digit'
expect_err "evalwiz: plan.yaml: 3 problems, 0 questions not yet answered"

run ew check --format json plan.yaml
expect_rc 1
expect_json_problems '{
  "plan": "plan.yaml",
  "valid": false,
  "strict": false,
  "errors": 3,
  "missing": 0,
  "problems": [
    {
      "path": "basics.count",
      "line": 8,
      "column": 12,
      "kind": "error",
      "message": "500 is out of range: expected a whole number from 0 to 100"
    },
    {
      "path": "basics.colour",
      "line": 9,
      "column": 13,
      "kind": "error",
      "message": "\"purple\" is not one of the options: red, green, blue"
    },
    {
      "path": "basics.code",
      "line": 10,
      "column": 11,
      "kind": "error",
      "message": "a code is two capitals and a digit"
    }
  ]'
tail -n 1 out | grep -qx '}' || fail 'the JSON does not end with }'
[ ! -s err ] || fail "json check wrote to stderr: $(cat err)"

# missing answers are reported but are not errors, unless --strict
cat > part.yaml <<'YAML'
evalwiz: 1
answers:
  basics:
    story: begun
  unknown_step:
    whatever: 1
YAML
run ew check part.yaml
expect_rc 0
# a missing answer has no node of its own: the step's position, if it has one
expect_problems 'part.yaml:4:5: basics.name: missing: not yet answered
part.yaml: more.items: missing: not yet answered'
expect_err "evalwiz: part.yaml is valid; 2 questions not yet answered"
run ew check --strict part.yaml
expect_rc 1
expect_err "evalwiz: part.yaml: 0 problems, 2 questions not yet answered"
run ew check part.yaml --strict --format json
expect_rc 1
contains out '"valid": false,'
contains out '"strict": true,'
contains out '"kind": "missing",'

# a plan made by new is valid; so is the demo plan with the default pack
ew new fresh.yaml 2>/dev/null
run ew check fresh.yaml
expect_rc 0
run "$EVALWIZ" check "$top_srcdir/examples/demo-plan.yaml"
expect_rc 0

# not there: 66
run ew check nosuch.yaml
expect_rc 66
expect_err "evalwiz: nosuch.yaml does not exist; create it with 'evalwiz new nosuch.yaml'"

# not a readable plan: 65, with the line and column
check65() {
	run ew check "$1"
	expect_rc 65
	expect_err "$2"
}
printf 'evalwiz: 1\nanswers:\n  basics: [unclosed\n' > syntax.yaml
check65 syntax.yaml "evalwiz: syntax.yaml:4:1: did not find expected ',' or ']' while parsing a flow sequence (which starts at line 3, column 11)"
printf -- '- a\n- list\n' > list.yaml
check65 list.yaml "evalwiz: list.yaml:1:1: this is not an evalwiz plan: the file should be a mapping with evalwiz:, pack:, meta: and answers:"
printf 'title: x\n' > noversion.yaml
check65 noversion.yaml "evalwiz: noversion.yaml:1:1: this is not an evalwiz plan: the key evalwiz: (the file format version) is missing"
printf 'evalwiz: 1\nanswers:\n  basics: 3\n' > wrongtype.yaml
check65 wrongtype.yaml "evalwiz: wrongtype.yaml:3:11: answers.basics must be a mapping of field: answer"
printf 'evalwiz: 7\n' > newer.yaml
check65 newer.yaml "evalwiz: newer.yaml:1:10: this plan was written by a newer evalwiz (format 7; this one reads format 1); upgrade evalwiz"
printf 'evalwiz: 1\nanswers:\n  basics:\n    name: a\n    name: b\n' > dup.yaml
check65 dup.yaml 'evalwiz: dup.yaml:5:5: the key "name" appears twice in the same mapping; remove one of them'
printf 'evalwiz: 1\nanswers:\n  basics:\n    name: caf\351\n' > latin1.yaml
check65 latin1.yaml "evalwiz: latin1.yaml:4:14: this is not plain UTF-8 text (incomplete UTF-8 octet sequence); save the file as UTF-8"
printf 'evalwiz: 1\nanswers:\n  basics:\n    name: a\000b\n' > nul.yaml
check65 nul.yaml "evalwiz: nul.yaml:4:12: the file contains a NUL byte; it is not a text file"
p=a
{
	printf 'evalwiz: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n'
	for i in b c d e f g h; do
		printf '%s: &%s [*%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s, *%s]\n' $i $i $p $p $p $p $p $p $p $p $p $p
		p=$i
	done
} > bomb.yaml
run ew check bomb.yaml
expect_rc 65
grep -q "^evalwiz: bomb.yaml:5:[0-9]*: aliases expand to more than 10000 nodes (an alias bomb?); write the values out instead\$" err ||
	fail "$(cat err)"
{
	printf 'evalwiz: 1\nanswers: '
	i=0
	while [ $i -lt 10000 ]; do printf '['; i=$((i + 1)); done
	printf '\n'
} > deep.yaml
check65 deep.yaml "evalwiz: deep.yaml:2:73: nesting is deeper than 64 levels; a plan never needs this many"
# over 16 MB: refused at the position where the cap was reached
dd if=/dev/zero bs=1048576 count=17 2>/dev/null | tr '\000' 'x' > big.yaml
run ew check big.yaml
expect_rc 65
expect_err "evalwiz: big.yaml:1:16777217: the file is larger than 16 MB, more than any plan needs; is it the right file?"
rm -f big.yaml
# a folder is not a plan
mkdir folder.yaml
run ew check folder.yaml
expect_rc 65
expect_err "evalwiz: folder.yaml is a folder, not a file"

# usage
run ew check
expect_rc 64
run ew check a.yaml b.yaml
expect_rc 64
run ew check plan.yaml --format yaml
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: unknown format yaml: use text or json" || fail "$(cat err)"
