#!/bin/sh
# Keys evalwiz does not know that hold null or {} are kept by every save,
# at the top, in meta, as a step of answers and as a field of a step, as
# keys holding other values always were; a known field that held null and
# was then answered and cleared is not brought back.  (issue 21, item 4)
set -eu
. "$top_srcdir/tests/cli/lib.sh"

"$EVALWIZ" --pack "$PACK" new plan.yaml >/dev/null 2>&1
id=$(sed -n 's/^  id: \([0-9a-f]*\)$/\1/p' plan.yaml)
cat >plan.yaml <<EOF2
evalwiz: 1
pack:
  id: test-pack
  version: 2
meta:
  title: plan
  id: $id
  their_null: ~
  their_map: {}
answers:
  basics:
    name: before
    story: ~
    their_null: ~
    their_map: {}
    their_list: []
  their_step:
    a: ~
    b: {}
  their_empty_step: {}
  their_null_step: ~
their_top_null: ~
their_top_map: {}
EOF2
"$EVALWIZ" --pack "$PACK" set plan.yaml basics.name=after basics.story="A story"
"$EVALWIZ" --pack "$PACK" set plan.yaml basics.story=
for want in '^  their_null: null$' '^  their_map: {}$' '^    their_null: null$' '^    their_map: {}$' \
    '^    their_list: \[\]$' '^  their_step:$' '^    a: null$' '^    b: {}$' '^  their_empty_step: {}$' \
    '^  their_null_step: null$' '^their_top_null: null$' '^their_top_map: {}$'; do
	has plan.yaml "$want"
done
lacks plan.yaml 'story'
[ "$("$EVALWIZ" --pack "$PACK" get plan.yaml basics.name)" = after ] || fail "the edit is not saved"
run "$EVALWIZ" --pack "$PACK" check plan.yaml
expect_rc 0
# the wizard's save in plain mode too
printf 'quit\n' | "$EVALWIZ" --pack "$PACK" wizard --plain plan.yaml >/dev/null 2>&1
"$EVALWIZ" --pack "$PACK" set plan.yaml basics.name=again
has plan.yaml '^    a: null$'
has plan.yaml '^their_top_null: null$'
