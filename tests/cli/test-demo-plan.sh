#!/bin/sh
# The demo plan is complete and valid (check --strict exits 0); the same
# plan with a short follow-up offered for Level 4 fails with the validator's
# message, and a pre-post design aiming for Level 3 is refused.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
demo="$top_srcdir/examples/demo-plan.yaml"

"$EVALWIZ" check --strict "$demo" >"$dir/out" 2>"$dir/err"
# no problem lines (PLAN:...), only the health check section
if grep -q "^$demo" "$dir/out"; then echo "FAIL: the demo plan has problems:" >&2; cat "$dir/out" >&2; exit 1; fi
grep -q "^Plan health check" "$dir/out"
grep -q "is valid; 0 questions not yet answered" "$dir/err"

cp "$demo" "$dir/p.yaml"
# set runs the validator: a short follow-up offered for Level 4 is refused,
# nothing saved (both answers are checked together, whatever their order)
rc=0
"$EVALWIZ" set "$dir/p.yaml" follow_up.months=6 follow_up.level4_claim=yes 2>"$dir/err" || rc=$?
test "$rc" = 65
grep -q "^evalwiz: follow_up.months: a follow-up of 6 months cannot support Level 4" "$dir/err"
cmp "$dir/p.yaml" "$demo"
# written by hand, check finds it
sed -i 's/^    months: 18$/    months: 6/; s/^    level4_claim: false$/    level4_claim: true/' "$dir/p.yaml"
rc=0
"$EVALWIZ" check --strict "$dir/p.yaml" >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" = 1
grep -q "follow_up.months: a follow-up of 6 months cannot support Level 4" "$dir/out"

cp "$demo" "$dir/q.yaml"
"$EVALWIZ" set "$dir/q.yaml" impact.design=pre_post
rc=0
"$EVALWIZ" check "$dir/q.yaml" >"$dir/out" 2>"$dir/err" || rc=$?
test "$rc" = 1
grep -q "impact.target_level: a pre-post design (one group measured before and after) can support Level 2 at most" "$dir/out"

# every consistency check passes for the demo plan, in text and in JSON
"$EVALWIZ" check --strict "$demo" >"$dir/out" 2>"$dir/err"
grep -qx "Consistency checks (answers that must agree):" "$dir/out"
test "$(sed -n '/^Consistency checks/,$p' "$dir/out" | grep -c '^  pass  ')" -eq 12
"$EVALWIZ" check --format json "$demo" >"$dir/json" 2>/dev/null
python3 - "$dir/json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
c = [x for x in d["checks"] if x["kind"] == "consistency"]
assert len(c) == 12, len(c)
assert all(x["status"] == "pass" for x in c), [x for x in c if x["status"] != "pass"]
PY

# each committing plan of tests/data/consistency fails or warns at the
# question to change, in words that name the other questions, never an id
for plan in "$top_srcdir"/tests/data/consistency/*-commit.yaml; do
	id=$(basename "$plan" -commit.yaml)
	rc=0
	"$EVALWIZ" check --format json "$plan" >"$dir/json" 2>/dev/null || rc=$?
	python3 - "$dir/json" "$id" "$rc" <<'PY'
import json, re, sys
d = json.load(open(sys.argv[1]))
cid, rc = sys.argv[2], int(sys.argv[3])
c = [x for x in d["checks"] if x["id"] == cid]
assert len(c) == 1 and c[0]["status"] in ("fail", "warn"), (cid, c)
if c[0]["status"] == "fail":
    assert rc == 1, (cid, "a contradiction makes check exit 1, got %d" % rc)
p = [x for x in d["problems"] if x["kind"] in ("error", "warning") and c[0]["reason"] in x["message"]]
assert len(p) == 1, (cid, "reported at one question", p)
assert not re.search(r"\b[a-z]+\.[a-z]+_[a-z_]+\b", p[0]["message"]), (cid, p[0]["message"])
PY
done
