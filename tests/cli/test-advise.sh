#!/bin/sh
# evalwiz advise: what-if facts and plans, text and JSON, every error and exit code;
# and the plan health check that evalwiz check prints.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect RC CMD...: runs CMD, keeps stdout in $dir/out and stderr in $dir/err.
expect() {
	want=$1; shift
	set +e
	"$@" >"$dir/out" 2>"$dir/err"
	got=$?
	set -e
	[ "$got" = "$want" ] || { cat "$dir/err" >&2; fail "$* exited $got, wanted $want"; }
}
has() { grep -qF -- "$2" "$dir/$1" || { cat "$dir/$1" >&2; fail "$1 lacks: $2"; }; }
lacks() { ! grep -qF -- "$2" "$dir/$1" || fail "$1 has: $2"; }
first_err() { head -n 1 "$dir/err"; }

# ---- what-if facts, text ------------------------------------------------------
expect 0 "$EVALWIZ" advise --fact stage=6 --fact randomise=yes --fact unit=individual --fact n=400 --fact effect=0.3
test "$(head -n 1 "$dir/out")" = "Designs that fit, best first:" || fail "heading"
test "$(sed -n 3p "$dir/out")" = "1. Individual randomised controlled trial (RCT)" || fail "first design"
test "$(sed -n 4p "$dir/out")" = "   [individual_rct] supports at most: Level 3" || fail "first design's level"
has out "Highest evidence level this plan can support: Level 3"
lacks out "Warnings:"
test ! -s "$dir/err" || fail "no messages expected"

# the same without -F spelled out, and under-powered
expect 0 "$EVALWIZ" advise -F randomise=yes -F unit=individual -F n=100 -F effect=0.3
has out "Warnings:"
has out "Under-powered: the individual randomised controlled trial can reliably"

# premature and too few clusters
expect 0 "$EVALWIZ" advise --fact stage=2 --fact randomise=yes --fact unit=cluster --fact clusters=8
test "$(sed -n 3p "$dir/out")" = "1. Feasibility study first (implementation and process study)" || fail "feasibility first"
has out "   - Premature: you are at step 2"
has out "   - Too few clusters: with 8 groups"

# ---- JSON -------------------------------------------------------------------------
expect 0 "$EVALWIZ" advise --format json --fact randomise=no --fact comparison=none
has out '"designs": ['
has out '"design": "pre_post"'
has out '"reasons": ['
has out '"threats": ['
has out '"max_level": 2,'
has out '"max_level_reason": "A before-and-after study with no comparison group can show'
has out '"warnings": []'
test "$(head -c 1 "$dir/out")" = "{" || fail "JSON object"

expect 0 "$EVALWIZ" advise -f json -F randomise=yes -F unit=cluster -F rollout=phased -F clusters=10
has out '"design": "stepped_wedge"'
has out '"id": "few_clusters"'

# ---- a plan --------------------------------------------------------------------------
plan="$dir/plan.yaml"
cat >"$plan" <<'YAML'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Parenting programme}
answers:
  opening:
    steps_done: [theory_of_change, logic_model, blueprint, process_study, pilot_outcome]
    prior_level: l3
  impact:
    randomise: true
    unit: cluster
    clusters: 12
    cluster_size: 20
    icc: 0.1
    effect_size: 0.3
    attrition: 15
    itt: true
    measures_validated: true
    design: cluster_rct
  follow_up:
    months: 18
YAML
expect 0 "$EVALWIZ" advise "$plan" --format json
has out '"design": "cluster_rct"'
has out '"max_level": 4,'
has out '"id": "few_clusters"'
has out '"id": "underpowered"'
has out '"stage": 6'
has out '"prior_level": 3'

# --fact overrides the plan's answers
expect 0 "$EVALWIZ" advise "$plan" --fact followup_months=6 --fact clusters=40 -f json
has out '"max_level": 3,'
has out 'your follow-up is 6 months'
lacks out '"id": "few_clusters"'

expect 0 "$EVALWIZ" advise "$plan"
has out "1. Cluster randomised controlled trial"

# ---- errors ---------------------------------------------------------------------------
expect 64 "$EVALWIZ" advise --fact colour=red
test "$(first_err)" = 'evalwiz: unknown fact "colour": the facts are stage, randomise, unit, comparison, cutoff, rollout, timeseries, n, clusters, cluster_size, icc, effect, followup_months, prior_level, prior_12_months, steps, sites, group_size, group_icc, cv, cutoff_share, points_after, autocorrelation, deff, r2, attrition, outcome, p0, p1' || fail "unknown fact: $(first_err)"
has err "Usage: evalwiz advise"
test ! -s "$dir/out" || fail "nothing on stdout after an error"

expect 64 "$EVALWIZ" advise --fact stage
test "$(first_err)" = 'evalwiz: a fact must be KEY=VALUE, not "stage"; the facts are stage, randomise, unit, comparison, cutoff, rollout, timeseries, n, clusters, cluster_size, icc, effect, followup_months, prior_level, prior_12_months, steps, sites, group_size, group_icc, cv, cutoff_share, points_after, autocorrelation, deff, r2, attrition, outcome, p0, p1' || fail "not KEY=VALUE: $(first_err)"

expect 65 "$EVALWIZ" advise --fact randomise=maybe
test "$(cat "$dir/err")" = 'evalwiz: randomise: "maybe" is not allowed; use yes or no' || fail "bad choice: $(cat "$dir/err")"

expect 65 "$EVALWIZ" advise --fact comparison=other
test "$(cat "$dir/err")" = 'evalwiz: comparison: "other" is not allowed; use none, waitlist, matched, natural, historical or below_cutoff' || fail "bad comparison"

expect 65 "$EVALWIZ" advise --fact icc=1.5
test "$(cat "$dir/err")" = 'evalwiz: icc: "1.5" is not allowed; use a number from 0 and below 1' || fail "bad icc: $(cat "$dir/err")"

expect 65 "$EVALWIZ" advise --fact stage=0
test "$(cat "$dir/err")" = 'evalwiz: stage: "0" is not allowed; use a whole number from 1 to 10' || fail "bad stage"

expect 65 "$EVALWIZ" advise --fact n=many
has err 'n: "many" is not allowed; use a whole number of at least 2'

expect 65 "$EVALWIZ" advise "$plan" --fact prior_level=1
has err 'prior_level: "1" is not allowed; use 0, 2, 3 or 4'

expect 64 "$EVALWIZ" advise
test "$(first_err)" = "evalwiz: give a plan file or at least one --fact KEY=VALUE" || fail "no arguments"

expect 64 "$EVALWIZ" advise "$plan" "$plan"
test "$(first_err)" = "evalwiz: give at most one plan file" || fail "two plans"

expect 64 "$EVALWIZ" advise --format yaml --fact n=10
test "$(first_err)" = "evalwiz: unknown format yaml: use text or json" || fail "bad format"

expect 64 "$EVALWIZ" advise --fact
test "$(first_err)" = "evalwiz: option --fact needs a value" || fail "--fact without a value: $(first_err)"

expect 64 "$EVALWIZ" advise --nosuch
test "$(first_err)" = "evalwiz: unknown option --nosuch" || fail "unknown option"

expect 66 "$EVALWIZ" advise "$dir/none.yaml"
test "$(cat "$dir/err")" = "evalwiz: $dir/none.yaml does not exist; create it with 'evalwiz new $dir/none.yaml'" || fail "missing plan"

printf 'just: [text\n' >"$dir/bad.yaml"
expect 65 "$EVALWIZ" advise "$dir/bad.yaml"

expect 0 "$EVALWIZ" advise --help
has out "Usage: evalwiz advise [PLAN] [--fact KEY=VALUE]... [--format text|json]"
# every fact the advisor takes is in the help (the help is written out by hand)
"$EVALWIZ" advise --fact colour=red 2>&1 | head -n 1 | sed 's/.*the facts are //' | tr ',' '\n' | sed 's/^ *//' >"$dir/facts"
[ "$(wc -l <"$dir/facts")" -ge 20 ] || fail "the list of facts is short: $(cat "$dir/facts")"
while read -r fact; do
	grep -E -q "^      $fact " "$dir/out" || fail "advise --help lacks the fact $fact"
done <"$dir/facts"
has out "followup_months"

# ---- the health check in evalwiz check --------------------------------------------------
# A small plan that is valid (not strict): the health check follows on stdout,
# and the exit status is still check's own.
small="$dir/small.yaml"
cat >"$small" <<'YAML'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Small}
answers:
  follow_up:
    months: 18
YAML
expect 0 "$EVALWIZ" check "$small"
has out "Plan health check (EIF's six common pitfalls):"
has out "  warn  A robust comparison group: No design or comparison group chosen yet:"
has out "  pass  Long-term follow-up: Outcomes are measured 18 months after the"
has err "is valid"
test "$(grep -c '^  \(pass\|warn\|n/a \)  ' "$dir/out")" = 6 || fail "six pitfalls"

expect 1 "$EVALWIZ" check --strict "$small"
has out "missing: not yet answered"
has out "Plan health check"

expect 1 "$EVALWIZ" check --strict --format json "$small"
has out '"health": ['
has out '"id": "comparison_group",'
has out '"status": "warn",'
has out '"id": "follow_up",'
has out '"status": "pass",'

# a plan with an error: exit 1, and the health check still follows a blank line
cat >"$dir/broken.yaml" <<'YAML'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Broken}
answers:
  follow_up:
    months: soon
YAML
expect 1 "$EVALWIZ" check "$dir/broken.yaml"
has out "follow_up.months: "
has out "Plan health check"
test "$(grep -B 1 '^Plan health check' "$dir/out" | head -n 1)" = "" || fail "a blank line before the health check"

# the big plan: its health check judges the chosen cluster design
set +e
"$EVALWIZ" check "$plan" >"$dir/out" 2>"$dir/err"
set -e
has out "  pass  A robust comparison group: The comparison comes from random allocation"
has out "  warn  Sample large enough: With 12 groups, chance alone can leave the"
