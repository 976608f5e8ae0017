#!/bin/sh
# evalwiz check: the plan health check on whole plans, for the misses and
# false alarms issue 18 lists.  Each plan is the demo plan with a few
# answers changed; the JSON health list gives each pitfall's status.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
demo="$top_srcdir/examples/demo-plan.yaml"
[ -r "$demo" ] || { echo "test-health: no demo plan at $demo" >&2; exit 77; }

# plan NAME SED...: the demo plan with the impact step's lines changed
plan() {
	name=$1
	shift
	sed "$@" "$demo" >"$dir/$name.yaml"
}

# status PLAN ID WANT [PATTERN]: the health check's status for ID, and its reason
status() {
	"$EVALWIZ" check "$dir/$1.yaml" --format json >"$dir/out" 2>"$dir/err" || :
	got=$(tr -d '\n' <"$dir/out" | sed -E 's/\}[ ]*[],]/}\n/g' | grep "\"id\": \"$2\"" | grep '"kind": "health"' |
		sed 's/.*"status": "\([a-z]*\)".*/\1/' | head -n 1)
	[ "$got" = "$3" ] || fail "$1: $2 is '$got', wanted $3: $(tr -d '\n' <"$dir/out" | sed -E 's/\}[ ]*[],]/}\n/g' | grep "\"id\": \"$2\"" | head -n 1)"
	if [ $# -ge 4 ]; then
		tr -d '\n' <"$dir/out" | sed -E 's/\}[ ]*[],]/}\n/g' | grep "\"id\": \"$2\"" | grep -q -- "$4" ||
			fail "$1: the reason for $2 lacks '$4'"
	fi
}

# the demo: a group programme, its sample large enough once the groups are allowed for,
# and a waiting list offered the programme at 9 months, so its 18-month follow-up has
# no comparison group left (it does not offer it for Level 4)
cp "$demo" "$dir/demo.yaml"
for id in comparison_group attrition exclusions measures; do status demo $id pass; done
status demo sample_size pass "partially nested"
status demo follow_up warn "waiting list is offered the service at 9 months"
# the same follow-up with the waiting list kept waiting until after it passes
plan kept -e 's/^    deferral_months: 9/    deferral_months: 24/'
status kept follow_up warn "does not offer the follow-up"
plan kept-claimed -e 's/^    deferral_months: 9/    deferral_months: 24/' -e 's/^    level4_claim: false/    level4_claim: true/'
status kept-claimed follow_up pass "long enough to show a lasting effect"

# an "RCT" with randomisation set to no fails, in the question's words
plan rct-no-lottery -e 's/^    randomise: true/    randomise: false/'
status rct-no-lottery comparison_group fail "cannot decide at random who gets the service"

# difference-in-differences with no comparison group fails
plan did-none -e 's/^    design: individual_rct/    design: did/' -e 's/^    comparison: waitlist/    comparison: none/' \
	-e 's/^    randomise: true/    randomise: false/'
status did-none comparison_group fail "needs a comparison group"

# a "matched" design on an earlier cohort stays at Level 2
plan matched-historical -e 's/^    design: individual_rct/    design: matched/' -e 's/^    comparison: waitlist/    comparison: historical/' \
	-e 's/^    randomise: true/    randomise: false/'
status matched-historical comparison_group warn "earlier cohort"

# a regression discontinuity's comparison is the families below the cut-off
plan rdd -e 's/^    design: individual_rct/    design: rdd/' -e 's/^    comparison: waitlist/    comparison: below_cutoff/' \
	-e 's/^    randomise: true/    randomise: false/'
status rdd comparison_group pass "other side of the eligibility cut-off"
# and its sample carries the design effect: 320 analysed cannot detect 0.3
status rdd sample_size warn "design effect 2.75"
# with 1,200 families it can
plan rdd-big -e 's/^    design: individual_rct/    design: rdd/' -e 's/^    comparison: waitlist/    comparison: below_cutoff/' \
	-e 's/^    randomise: true/    randomise: false/' -e 's/^    participants: 400/    participants: 1200/'
status rdd-big sample_size pass

# the demo's groups of 10 are allowed for: with the 360 it planned before, too small for 0.3
plan groups -e 's/^    participants: 400/    participants: 360/'
status groups sample_size warn "partially nested"
# delivered one to one, 360 were enough
plan one-to-one -e 's/^    participants: 400/    participants: 360/' -e 's/^    delivery_mode: group/    delivery_mode: one_to_one/' -e '/^    group_size: 10/d'
status one-to-one sample_size pass "individual random assignment"

# whole clusters withdrawing
plan clusters -e 's/^    design: individual_rct/    design: cluster_rct/' -e 's/^    unit: individual/    unit: cluster/' \
	-e 's/^    r2: 0.4/    r2: 0.4\n    clusters: 40\n    cluster_size: 12\n    icc: 0.05\n    cluster_dropout: 20/'
status clusters attrition warn "of the groups may withdraw"

# a time series of routine aggregate data: no attrition or ITT alarm
plan its -e 's/^    design: individual_rct/    design: its/' -e 's/^    comparison: waitlist/    comparison: natural/' \
	-e 's/^    randomise: true/    randomise: false/' -e '/^    attrition: 20/d' -e '/^    itt: true/d' \
	-e 's/^    r2: 0.4/    r2: 0.4\n    points_after: 18\n    autocorrelation: 0.3/'
status its attrition na "recruits no one"
status its exclusions na "no one is allocated"
status its comparison_group pass
status its sample_size na "not against an effect size on children"
