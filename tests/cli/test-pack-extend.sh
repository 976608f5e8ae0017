#!/bin/sh
# Extending the default pack without copying it (examples/packs/county-ig):
# a step placed among the ten and numbered 4a, base questions hidden (their
# answers kept), one relabelled (the plan template prints the new words),
# one shown under another condition, a check and a module of its own; lint
# passes it and finds duplicate step numbers; plain mode, set, check and
# render all follow it; a whole base step can be hidden.
. "$top_srcdir/tests/cli/lib.sh"
county="$top_srcdir/examples/packs/county-ig"
cy() { "$EVALWIZ" --pack "$county" "$@"; }

# lint: the pack and its example plan (a when that reads shared(a) first
# is not "never shown"; the new step's number is its own)
run "$EVALWIZ" pack lint "$county"
expect_rc 0
run cy steps
expect_rc 0
contains out "4a. Data sharing and information governance [ig]"
contains out " 5. Pilot impact study [pilot_outcome]"
contains out "    lawful_basis               choice    What is the lawful basis for using families' personal data? (required) (hidden by the pack)"
contains out "    evaluator                  text      Which evaluator has the council commissioned?"

# the issue's example: set runs the new step's validators
cp "$county/examples/demo-plan.yaml" c.yaml
cp c.yaml before.yaml
run cy set c.yaml ig.lawful_basis=legitimate_interests ig.retention_months=6
expect_rc 65
contains err "evalwiz: ig.lawful_basis: a public authority cannot rely on legitimate interests for its public tasks"
contains err "evalwiz: ig.retention_months: the data would be deleted before the follow-up ends: keep them at least 24 months (the follow-up at 18 months, plus 6)"
cmp c.yaml before.yaml
# its check: a warning at the first question it reads, and in its group
run cy check c.yaml
expect_rc 0
contains out "ig.sharing_agreements: warning: The agreement with University of Northbridge is not signed yet."
contains out "Information governance (Northbridge County):"
# hidden questions keep their answers through a save
cy set c.yaml ig.dpia_done=yes ig.dpia_reviewer="Jo Marsh"
grep -q "^    lawful_basis: public_task" c.yaml || fail "the hidden impact.lawful_basis answer was lost"
# the plan template: the new step, the relabelled question, no hidden one
run cy render c.yaml
expect_rc 0
contains out "| 4a | Data sharing and information governance |"
contains out "**Which evaluator has the council commissioned?** Centre for Child and Family Research"
contains out "### Data sharing and information governance"
contains out "**Who reviewed the sharing in the DPIA?**"
if grep -q "Lawful basis for processing" out; then fail "a hidden question was printed"; fi

# plain mode: the step's number, its questions, none of the hidden ones
rm -f p.yaml
printf '%s\n' 'search lawful' quit | cy --plain p.yaml >out 2>&1
contains out ". What is the lawful basis for using families' personal data? (Data sharing and information governance)"
if grep -q "What is the lawful basis for using families' personal data? (Impact evaluation)" out; then fail "search found a hidden question"; fi
n=$(sed -n "s/^  \([0-9]*\)\. What is the lawful basis .*(Data sharing and information governance)$/\1/p" out)
printf '%s\n' "goto $n" quit | cy --plain p.yaml >out 2>&1
contains out "Step 4a: Data sharing and information governance (step 6 of 12)"
contains out "Question $n of "
contains out ": What is the lawful basis for using families' personal data? (required)"

# a step without a number of its own takes its place: lint says so
cp -R "$county" c2
sed -i '/^  number = "4a",$/d' c2/ig.lua
run "$EVALWIZ" pack lint c2
expect_rc 1
contains out 'c2/ig.lua:7: step "ig" is numbered 5, like the step "pilot_outcome" (it has no number, so it takes its place in the pack); give it a number of its own (number = ...), such as "3a" for a step between 3 and 4, or renumber'
# and so does a renumbering that collides
cp -R "$county" c3
cat > c3/renumber.lua <<'LUA'
return extend_step { id = "impact", number = 7 }
LUA
sed -i 's/"impact-changes.lua",/"impact-changes.lua", "renumber.lua",/' c3/pack.lua
run "$EVALWIZ" pack lint c3
expect_rc 1
contains out 'step "impact" is numbered 7, like the step "follow_up"'

# mistakes in an extension, each at its file with what the step has
bad() {
	want=$1
	shift
	rm -rf c4
	cp -R "$county" c4
	sh -c "$1"
	run "$EVALWIZ" --pack ./c4 steps
	expect_rc 78
	contains err "$want"
}
bad 'extend_step "impact": hide "lawfull_basis", but the step has no such field (did you mean "lawful_basis"?)' \
	"sed -i 's/hide = { \"lawful_basis\"/hide = { \"lawfull_basis\"/' c4/impact-changes.lua"
bad 'extend_step "impact": when must map field ids to functions of the answers' \
	"sed -i 's/ethics_body = function(a) return a.impact.ethics ~= nil end,/ethics_body = false,/' c4/impact-changes.lua"
bad 'step "ig": number must be a whole number, or a short label such as "3a"' \
	"sed -i 's/number = \"4a\"/number = \"four\"/' c4/ig.lua"
bad 'extend_step "impact": unknown setting hidden (did you mean "hide"?)' \
	"sed -i 's/  hide = {/  hidden = {/' c4/impact-changes.lua"

# a whole step of the base pack hidden: gone from the pack, answers kept
cp -R "$county" c5
cat > c5/no-replication.lua <<'LUA'
return extend_step { id = "replication", hide = true }
LUA
sed -i 's/"impact-changes.lua",/"impact-changes.lua", "no-replication.lua",/' c5/pack.lua
run "$EVALWIZ" --pack ./c5 steps
expect_rc 0
if grep -q "\[replication\]" out; then fail "the hidden step is listed"; fi
cp "$county/examples/demo-plan.yaml" d.yaml
"$EVALWIZ" --pack ./c5 set d.yaml ig.dpia_done=no
grep -q "^  replication:" d.yaml || fail "the hidden step's answers were lost"
run "$EVALWIZ" --pack ./c5 render d.yaml
expect_rc 0
if grep -q "Replication" out; then fail "the hidden step was printed"; fi

# a plan written for the county pack's first version moves on
cat > v1.yaml <<'YAML'
evalwiz: 1
pack: {id: county-ig, version: 1}
meta: {title: Old}
answers:
  ig:
    lawful_basis: task
    sharing: yes
YAML
cp v1.yaml v1-orig.yaml
run cy migrate v1.yaml
expect_rc 0
contains err "note: moved the answers to version 2 of the pack county-ig: ig.sharing is now ig.data_shared; the options of ig.lawful_basis were renamed"
contains err "kept in v1.yaml.v1.bak"
cmp v1.yaml.v1.bak v1-orig.yaml
test "$(cy get v1.yaml ig.lawful_basis)" = public_task
test "$(cy get v1.yaml ig.data_shared)" = yes
