#!/bin/sh
# Scripting: get for several questions, a step or the whole plan, as text,
# YAML or JSON, with computed values both unrounded and as shown; export of
# many plans at once as JSON or CSV; a compute that fails is the pack's
# error (78), not a usage error.
. "$top_srcdir/tests/cli/lib.sh"
demo="$top_srcdir/examples/demo-plan.yaml"
strict="$top_srcdir/tests/data/packs/strict"
cp "$demo" a.yaml
cp "$demo" b.yaml
"$EVALWIZ" set b.yaml impact.participants=500 opening.plan_title="Plan B" 2>/dev/null

# several questions: one line each, as a person is shown them
run "$EVALWIZ" get a.yaml impact.design impact.alpha impact.mdes opening.steps_done
expect_rc 0
expect_out "impact.design: randomised controlled trial (individuals)
impact.alpha: 0.05
impact.mdes: 0.2943
opening.steps_done: 1. Theory of change; 2. Logic model; 3. Blueprint"
# a whole step
run "$EVALWIZ" get a.yaml follow_up
expect_rc 0
contains out "follow_up.months: 18"
# JSON: the value unrounded beside the text shown, labels, visibility
run "$EVALWIZ" get a.yaml impact.mdes impact.design impact.cluster_size --format json
expect_rc 0
python3 - <<'PY'
import json
d = json.load(open("out"))
assert d["plan"] == "a.yaml" and d["pack"] == {"id": "eif-10-steps", "version": 1}, d
f = d["fields"]
assert list(f) == ["impact.mdes", "impact.design", "impact.cluster_size"], list(f)
m = f["impact.mdes"]
assert m["computed"] is True and m["shown"] == "0.2943" and abs(m["value"] - 0.294332853) < 1e-6, m
assert f["impact.design"]["value"] == "individual_rct", f["impact.design"]
assert f["impact.design"]["shown"] == "randomised controlled trial (individuals)"
c = f["impact.cluster_size"]
assert c["value"] is None and c["shown"] == "" and c["visible"] is False, c
PY
# the whole plan, as YAML
run "$EVALWIZ" get a.yaml --format yaml
expect_rc 0
contains out "  theory_of_change.problem:"
test "$(grep -c '^    type: ' out)" -gt 150 || fail "the whole plan is not there"
# a misspelt question: a usage error with the one meant
run "$EVALWIZ" get a.yaml impact.desgn --format json
expect_rc 64
contains err 'the step impact has no field "desgn" (did you mean "design"?)'

# export: many plans in one go
run "$EVALWIZ" export a.yaml b.yaml
expect_rc 0
python3 - <<'PY'
import json
d = json.load(open("out"))
assert [p["plan"] for p in d] == ["a.yaml", "b.yaml"]
assert d[1]["title"] == "Plan B"
assert d[1]["fields"]["impact.participants"]["value"] == 500
assert d[0]["fields"]["impact.mdes"]["value"] > d[1]["fields"]["impact.mdes"]["value"]
PY
run "$EVALWIZ" export a.yaml b.yaml missing.yaml --format csv
expect_rc 65
contains err "evalwiz: missing.yaml does not exist"
contains err "evalwiz: 1 of 3 plans left out"
python3 - <<'PY'
import csv
rows = list(csv.reader(open("out")))
head = rows[0]
assert head[:4] == ["plan", "pack", "version", "title"], head[:4]
assert len(rows) == 3, len(rows)
def col(r, name): return r[head.index(name)]
assert col(rows[1], "impact.design") == "individual_rct"
assert col(rows[2], "impact.participants") == "500"
assert col(rows[1], "opening.steps_done") == "theory_of_change; logic_model; blueprint"
assert col(rows[1], "theory_of_change.eligibility_score") == "yes"
assert col(rows[1], "blueprint.core_components").startswith('[{"component":')
assert float(col(rows[1], "impact.mdes")) == float(col(rows[1], "impact.mdes")) and len(col(rows[1], "impact.mdes")) > 8
PY
# a plan of another pack is left out, not read with the wrong questions
st() { "$EVALWIZ" --pack "$strict" "$@"; }
st new s.yaml --title S 2>/dev/null
run "$EVALWIZ" export a.yaml s.yaml --format csv
expect_rc 65
contains err "s.yaml: left out: the plan follows the pack strict, not eif-10-steps"

# a compute that fails is the pack's error, with its file and line
cp -R "$strict" broken
sed -i 's/compute = function(a) return (1 - a.team.alpha) \* 100 end,/compute = function(a) while true do end end,/' broken/01-team.lua
"$EVALWIZ" --pack ./broken new c.yaml --title C 2>/dev/null
run "$EVALWIZ" --pack ./broken get c.yaml team.confidence
expect_rc 78
contains err "evalwiz: team.confidence: its compute function failed: ./broken/01-team.lua:26: stopped: this code ran for more than 25 million steps"
run "$EVALWIZ" --pack ./broken get c.yaml team --format json
expect_rc 0
contains out '"error": "./broken/01-team.lua:26: stopped'
