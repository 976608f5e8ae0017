#!/bin/sh
# The second built-in pack, eif-maturity-matrix (packs/): found by its id,
# written only with the public API; its ratings, evidence and profile
# through set, check (its own checks, none of the ten steps'), get, render
# (its own one-page template, the default), plain mode and migrate.
. "$top_srcdir/tests/cli/lib.sh"
mm() { "$EVALWIZ" --pack eif-maturity-matrix "$@"; }
demo="$top_srcdir/packs/eif-maturity-matrix/examples/demo.yaml"

run "$EVALWIZ" pack lint "$top_srcdir/packs/eif-maturity-matrix"
expect_rc 0
run mm template lint "$top_srcdir/packs/eif-maturity-matrix/templates"
expect_rc 0
run mm steps
contains out "Early intervention maturity matrix (self-assessment) (eif-maturity-matrix, version 1)"
contains out " 3. Data and evidence [data_and_evidence]"
contains out " 6. The profile [profile]"

# the worked example: valid, its checks, nothing of the ten steps'
cp "$demo" m.yaml
run mm check m.yaml
expect_rc 0
contains out "Self-assessment checks:"
contains out "  warn  An even system: Data and evidence (1.3) is far behind Leadership"
if grep -q "pitfall\|comparison group" out; then fail "the ten steps' health check shows for the matrix"; fi
run mm check --format json m.yaml
python3 - <<'PY'
import json
d = json.load(open("out"))
assert d["valid"] is True
ids = [c["id"] for c in d["checks"]]
assert "evenness" in ids and "all_rated" in ids and "comparison_group" not in ids, ids
assert [c["id"] for c in d["health"]] == ["all_rated", "evenness"], d["health"]
PY
run mm advise m.yaml
expect_rc 69
# the profile: computed from the ratings, with one decimal
run mm get m.yaml profile --format json
python3 - <<'PY'
import json
f = json.load(open("out"))["fields"]
assert abs(f["profile.average"]["value"] - 2.2) < 0.05, f["profile.average"]
assert f["profile.average"]["shown"] == "2.2", f["profile.average"]
assert f["profile.weakest"]["value"] == "Data and evidence (1.3)", f["profile.weakest"]
assert f["profile.strongest"]["value"] == "Leadership (3.3)"
assert f["profile.overall_level"]["value"] == "2. Developing"
PY
# one question alone prints the value as it is; with others, as it is shown
test "$(mm get m.yaml workforce.score)" = 1.66666666666667
run mm get m.yaml workforce.score workforce.skills
expect_out "workforce.score: 1.7
workforce.skills: 2. Developing"
# set: a rating is one of the four levels; at most five actions
run mm set m.yaml leadership.shared_vision=excellent
expect_rc 65
contains err '"excellent" is not one of the options: basic, developing, established, mature'
run mm set m.yaml 'commissioning.actions=[a, b, c, d, e, f]'
expect_rc 65
contains err "commissioning.actions: expected at most 5 items, found 6"
mm set m.yaml data_and_evidence.shared_data=established data_and_evidence.evaluation=developing
test "$(mm get m.yaml profile.weakest)" = "Workforce (1.7)"
# a rating without its evidence is a warning at the question
mm set m.yaml commissioning.evidence=
run mm check m.yaml
expect_rc 0
contains out "commissioning.evidence: warning: 3 of the commissioning ratings have no evidence written down."
contains err "1 question not yet answered"

# render: the pack's own template is the default; the ten steps' are refused
run mm render m.yaml
expect_rc 0
contains out "# Northbridge early help partnership: maturity self-assessment 2027"
contains out "| Workforce | 1.7 | 2\. Developing | \`=======.........\` |"
contains out "**Weakest:** Workforce (1.7). **Strongest:** Leadership (3.3)."
contains out "**Workforce (the weakest: start here)**"
run mm render m.yaml -t plan
expect_rc 64
contains err "the template plan is for the pack eif-10-steps, and this plan follows the pack eif-maturity-matrix; the templates for it are: answers, profile"
run mm render "$demo" -o p.html
expect_rc 0
grep -q "Maturity profile\|maturity self-assessment" p.html

# a new assessment in plain mode, answered through a pipe
printf '%s\n' '' 'Eastvale partnership' 'Head of Early Help' '' '2027-05-01' '1' \
	'2' '3' '1' 'Strategy signed by the council only.' '' '' quit | mm --plain new.yaml >out 2>&1
contains out "Created new.yaml."
contains out "Step 1: Leadership"
contains out "  2. 2. Developing"
test "$(mm get new.yaml leadership.shared_vision)" = developing
test "$(mm get new.yaml leadership.senior_owner)" = established
run mm get new.yaml leadership.score leadership.evidence
expect_out "leadership.score: 2.0
leadership.evidence: Strategy signed by the council only."
# migrate: the pack is at its first version, nothing to move
run mm migrate m.yaml
expect_rc 0
expect_err "evalwiz: m.yaml: already follows version 1 of the pack eif-maturity-matrix; nothing to do"
