#!/bin/sh
# evalwiz steps: text, yaml and the JSON shape scripts rely on.
set -eu
. "$top_srcdir/tests/cli/lib.sh"

run ew steps
expect_rc 0
expect_out "Test pack (test-pack, version 2)

 1. Basics [basics]
    name                       text      Name (required)
    story                      textarea  Story
    count                      number    Count
    ratio                      number    Ratio
    colour                     choice    Colour
    tags                       multi     Tags
    ready                      yesno     Ready?
    start                      date      Start date
    why_blue                   text      Why blue? (conditional)
    code                       text      Code

 2. More [more]
    items                      list      Items (required)
    people                     records   People
    total                      computed  Total"

# The JSON form, exactly: {"pack": {...}, "steps": [{"id", "number", "title",
# "fields": [{"id", "type", "label", "help", "required", "conditional",
# "options"}]}]}; conditional is true when the field has a when.
run ew steps --format json
expect_rc 0
if ! cmp -s "$top_srcdir/tests/data/golden/steps-test-pack.json" out; then
	diff -u "$top_srcdir/tests/data/golden/steps-test-pack.json" out >&2 || true
	fail "steps --format json differs from tests/data/golden/steps-test-pack.json"
fi
# the shape, independent of the golden file: every field has the seven keys in order
fields=$(grep -c '^          "id": ' out)
[ "$fields" = 14 ] || fail "$fields fields"
for key in type label help required conditional options; do
	n=$(grep -c "^          \"$key\": " out)
	[ "$n" = "$fields" ] || fail "only $n of $fields fields have \"$key\""
done
contains out '"conditional": true'
run ew steps --format=json
expect_rc 0

run ew steps --format yaml
expect_rc 0
head -n 2 out > head.txt
expect_file head.txt "pack:
  id: test-pack"
contains out "- id: why_blue"
contains out "  conditional: true"

# the default pack: the ten steps of the model, after the opening
run "$EVALWIZ" steps --format json
expect_rc 0
contains out '"id": "eif-10-steps"'
for id in opening theory_of_change logic_model blueprint process_study pilot_outcome impact follow_up replication value_for_money quality_assurance; do
	grep -q "^      \"id\": \"$id\",\$" out || fail "the default pack has no step $id"
done

run ew steps extra
expect_rc 64
head -n 1 err | grep -Fqx "evalwiz: unexpected argument extra" || fail "$(cat err)"
