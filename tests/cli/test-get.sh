#!/bin/sh
# evalwiz get: raw text for scalars, YAML for lists and records, exit codes.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

cat > plan.yaml <<'YAML'
evalwiz: 1
pack:
  id: test-pack
  version: 2
answers:
  basics:
    name: Ada Lovelace
    story: |
      First line.
      Second line.
    count: 12
    ratio: 2.5
    ready: false
    colour: 'yes'
  more:
    items: [one, two]
    people:
    - {age: 40, who: Ann, lead: true}
  newer_step:
    something: kept
YAML

run ew get plan.yaml basics.name
expect_rc 0
expect_out "Ada Lovelace"
run ew get plan.yaml basics.story
expect_rc 0
expect_out "First line.
Second line."
run ew get plan.yaml basics.count
expect_out "12"
run ew get plan.yaml basics.ratio
expect_out "2.5"
run ew get plan.yaml basics.ready
expect_out "no"
run ew get plan.yaml basics.colour
expect_out "yes"
run ew get plan.yaml more.items
expect_rc 0
expect_out "- one
- two"
run ew get plan.yaml more.people
expect_rc 0
expect_out "- who: Ann
  age: 40
  lead: true"
# computed fields print their value now
run ew get plan.yaml more.total
expect_rc 0
expect_out "2"

# not answered: exit 1, nothing on stdout
run ew get plan.yaml basics.start
expect_rc 1
[ ! -s out ] || fail "printed something: $(cat out)"
expect_err "evalwiz: basics.start: not answered yet"

# what is not in the pack
run ew get plan.yaml nosuch.field
expect_rc 64
expect_err 'evalwiz: nosuch.field: no step "nosuch" in the pack test-pack; the steps are: basics, more'
run ew get plan.yaml basics.nosuch
expect_rc 64
expect_err 'evalwiz: basics.nosuch: the step basics has no field "nosuch"; its fields are: name, story, count, ratio, colour, tags, ready, start, why_blue, code'
# a step alone: each of its questions, a line each, as they are shown
run ew get plan.yaml basics
expect_rc 0
contains out "basics.name: Ada Lovelace"
contains out "basics.ready: no"
run ew get plan.yaml basics.nosuch.more
expect_rc 64
expect_err 'evalwiz: "basics.nosuch.more" is not of the form STEP.FIELD (for example basics.name)'

# usage, missing and unreadable plans
run ew get
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: give a plan file, then the questions (STEP.FIELD or STEP), or none for all" || fail "$(cat err)"
run ew get missing.yaml basics.name
expect_rc 66
expect_err "evalwiz: missing.yaml does not exist; create it with 'evalwiz new missing.yaml'"
printf 'evalwiz: 1\nanswers: [unclosed\n' > broken.yaml
run ew get broken.yaml basics.name
expect_rc 65
grep -q "^evalwiz: broken.yaml:3:1: " err || fail "$(cat err)"
