#!/bin/sh
# evalwiz calc: every subcommand in text and JSON, and every kind of bad
# input with its exit status and message.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# expect CODE ARGS...: runs evalwiz calc ARGS, requires exit status CODE,
# leaves stdout in $dir/out and stderr in $dir/err
expect() {
	want=$1
	shift
	set +e
	"$EVALWIZ" calc "$@" >"$dir/out" 2>"$dir/err"
	got=$?
	set -e
	[ "$got" = "$want" ] || fail "calc $*: exit $got, wanted $want; stderr: $(cat "$dir/err")"
}
has() { grep -F -q -- "$2" "$dir/$1" || fail "$1 of the last command lacks: $2 (it was: $(cat "$dir/$1"))"; }
first_err() { [ "$(head -n 1 "$dir/err")" = "evalwiz: $1" ] || fail "wanted 'evalwiz: $1', got '$(head -n 1 "$dir/err")'"; }
# json KEY VALUE: the line "KEY": VALUE (with or without a comma) is in the output
json() { grep -E -q "^  \"$1\": $2,?\$" "$dir/out" || fail "JSON lacks \"$1\": $2 in $(cat "$dir/out")"; }

# ---- power: text reports state their numbers and assumptions -----------------
expect 0 mdes --design ira --n 200
has out "MDES                       0.398 standard deviations"
has out "degrees of freedom         198"
has out "multiplier M               2.8155"
has out "two-tailed test at alpha 0.05 with power 0.8"
has out "inputs: design = ira, n = 200, share in programme group P = 0.5, R2 = 0, covariates g = 0, alpha = 0.05, power = 0.8, tails = 2"

expect 0 mdes --design ira --n 200 --r2 0.5 --g 1 --format json
json design '"ira"'
json mdes '0.28155[0-9]*'
json df 197
json multiplier '2.8155[0-9]*'

expect 0 n --design ira --mdes 0.25 --attrition 0.2
has out "sample needed              505"
has out "recruit                    632 (so that 505 remain)"
has out "attrition 20%"
has out "504.28 individuals; PowerUpR rounds"

expect 0 n --design ira --mdes 0.25 --attrition 0.2 --format json
json n 505
json recruit 632
json df 503
grep -q '"attrition": 0.2' "$dir/out" || fail "inputs lack attrition"
grep -q '"inputs": {' "$dir/out" || fail "no inputs object"

expect 0 mdes --design matched --n 200
has out "selection bias"

expect 0 mdes --design cra2 --clusters 20 --cluster-size 4 --icc 0.2 --alpha 0.01 --format json
json design '"cra2"'
json mdes '1.0579[0-9]*'
json df 18
json clusters 20

expect 0 mdes --design cra2 --clusters 20 --cluster-size 25 --icc 0.1 --attrition 0.2
has out "MDES                       0.489 standard deviations"
has out "design effect              3.400"
has out "recruit                    640 people (32 in each of 20 clusters)"
has out "intraclass correlation 0.1"
has out "MDES if the ICC were       0.05: 0.393, 0.1: 0.489, 0.2: 0.638"

expect 0 clusters --design cra2 --mdes 0.3 --cluster-size 20 --icc 0.15 --r2-1 0 --r2-2 0 --format json
json clusters 70
json df 68
grep -q '"icc_sensitivity": \[' "$dir/out" || fail "no icc_sensitivity"

expect 0 n --design prepost --mdes 0.5
has out "pairs needed               34"
has out "power achieved             0.8078"
has out "not the programme's effect"

expect 0 n --design prepost --mdes 0.5 --tails 1 --format json
json n 27
json power_achieved '0.8[0-9]*'

expect 0 mdes --design prepost --n 40 --r 0.7 --format json
json mdes '0.351[0-9]*'
json mdes_dz '0.4542[0-9]*'
json df 39

# ---- money ---------------------------------------------------------------------
expect 0 npv --flows 1000,1000,1000,1000,1000,1000,1000,1000,1000,1000
has out "NPV                        8,607.69"
has out "3.5% a year for years 1-30"
expect 0 npv --flows -100,110 --rate 0.1 --format json
json npv '0'
json years 2
expect 0 npv --flows=-1000,300,300,300,300
has out "NPV                        101.92"

expect 0 bcr --costs 1000,200,200 --benefits 0,600,600,600
has out "benefit-cost ratio         1.22"
has out "break-even year            3"
has out "the shorter list is taken as 0"
expect 0 bcr --costs 1000,200,200 --benefits 0,600,600,600 --format json
json break_even_year 3
json bcr '1.2181[0-9]*'
json years 4

# ---- costs from a plan -------------------------------------------------------
plan="$dir/p.yaml"
cat >"$plan" <<'EOF'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Costs}
answers:
  value_for_money:
    participants: 50
    completers: 40
    cost_items:
      - {item: Practitioner time, category: staff, quantity: 100, unit_cost: 40, kind: recurrent, low: 30, high: 55}
      - {item: Training, category: training, quantity: 1, unit_cost: 2000, kind: set-up}
EOF
expect 0 cost "$plan"
has out "total                      6,000.00"
has out "set-up                     2,000.00"
has out "cost per participant       120.00"
has out "cost per completer         150.00"
has out "at 30.00 total 5,000.00 (100.00 per participant)"
expect 0 cost "$plan" --format json
json total 6000
json per_participant 120
json per_completer 150

empty="$dir/empty.yaml"
"$EVALWIZ" new "$empty" --title Empty 2>/dev/null
expect 65 cost "$empty"
first_err "$empty: the plan has no cost items yet: fill in value_for_money.cost_items (item, category, quantity, unit_cost, kind)"

badplan="$dir/bad.yaml"
sed 's/unit_cost: 2000/unit_cost: lots/' "$plan" >"$badplan"
expect 65 cost "$badplan"
first_err "$badplan: value_for_money: cost item 2 (Training): unit_cost must be a number"

expect 66 cost "$dir/none.yaml"
first_err "$dir/none.yaml does not exist; create it with 'evalwiz new $dir/none.yaml'"

# ---- usage errors: 64 ----------------------------------------------------------
expect 64
first_err "say what to calculate: mdes, n, clusters, npv, bcr or cost"
has err "Try 'evalwiz calc --help'."
expect 64 frob
first_err "unknown calculation frob: use mdes, n, clusters, npv, bcr or cost"
expect 64 mdes
first_err "calc mdes needs --design (ira, matched, cra2 or prepost)"
expect 64 mdes --design rdd --n 100
first_err "--design must be ira, matched, cra2 or prepost, not rdd"
expect 64 mdes --design ira
first_err "calc mdes --design ira needs --n"
expect 64 mdes --design ira --n abc
first_err "--n needs a number, not 'abc'"
expect 64 mdes --design ira --n 100 --n 200
first_err "--n given twice"
expect 64 mdes --design ira --n
first_err "option --n needs a value"
expect 64 mdes --design ira --n 100 --colour red
first_err "unknown option --colour"
expect 64 mdes --design ira --n 100 --icc 0.1
first_err "--icc does not apply to calc mdes --design ira"
expect 64 mdes --design ira --n 100 --format xml
first_err "unknown format xml: use text or json"
expect 64 mdes --design ira --n 100 extra
first_err "unexpected argument extra"
expect 64 mdes --design cra2 --clusters 20 --cluster-size 25
first_err "calc mdes --design cra2 needs --icc"
expect 64 mdes --design cra2 --clusters 20 --icc 0.1
first_err "calc mdes --design cra2 needs --cluster-size"
expect 64 n --design cra2 --mdes 0.3 --cluster-size 20 --icc 0.1
first_err "for --design cra2 use calc clusters"
expect 64 clusters --design ira --mdes 0.3
first_err "calc clusters is for --design cra2; use calc n for ira"
expect 64 n --design ira --n 100 --mdes 0.3
first_err "--n does not apply to calc n --design ira"
expect 64 n --design prepost
first_err "calc n --design prepost needs --mdes"
expect 64 npv
first_err "calc npv needs --flows"
expect 64 npv --flows 1,,2
first_err "--flows needs numbers separated by commas (year 0 first), not ''"
expect 64 npv --flows 1,2 --design ira
first_err "--design does not apply to calc npv"
expect 64 bcr --costs 1
first_err "calc bcr needs --benefits"
expect 64 bcr --costs 1,x --benefits 1
first_err "--costs needs numbers separated by commas (year 0 first), not 'x'"
expect 64 cost
first_err "calc cost needs one plan file"
expect 64 cost "$plan" --rate 0.03
first_err "--rate does not apply to calc cost"

# ---- input errors: 65, naming the input ------------------------------------------
expect 65 mdes --design ira --n 2
first_err "--n is too small: with 0 covariate(s) the design needs at least 3 individuals"
expect 65 mdes --design ira --n 100.5
first_err "--n must be a whole number"
expect 65 mdes --design ira --n 100 --p 1
first_err "--p must be at least 0 and below 1"
expect 65 mdes --design ira --n 100 --r2 1
first_err "--r2 must be at least 0 and below 1"
expect 65 mdes --design ira --n 100 --alpha 0
first_err "--alpha must be between 0 and 1"
expect 65 mdes --design ira --n 100 --power 0.01
first_err "--power must be above alpha (0.05)"
expect 65 mdes --design ira --n 100 --tails 3
first_err "--tails must be 1 or 2"
expect 65 mdes --design ira --n 100 --g -1
first_err "--g must be at least 0"
expect 65 mdes --design cra2 --clusters 20 --cluster-size 25 --icc 1.5
first_err "--icc must be between 0 and 1"
expect 65 mdes --design cra2 --clusters 2 --cluster-size 25 --icc 0.1
first_err "--clusters is too small: with 0 cluster-level covariate(s) the design needs at least 3 clusters"
expect 65 mdes --design cra2 --clusters 20 --cluster-size 0 --icc 0.1
first_err "--cluster-size must be at least 1"
expect 65 mdes --design cra2 --clusters 20 --cluster-size 20 --icc 0.1 --r2-2 1
first_err "--r2-2 must be at least 0 and below 1"
expect 65 mdes --design prepost --n 40 --r 1
first_err "--r must be above -1 and below 1"
expect 65 n --design ira --mdes 0
first_err "--mdes must be above 0"
expect 65 n --design ira --mdes 0.0001
first_err "--mdes is too small: more than 10000000 individuals would be needed"
expect 65 n --design ira --mdes 0.3 --attrition 1
first_err "--attrition must be at least 0 and below 1"
expect 65 npv --flows 1,2 --rate 3.5
first_err "--rate must be above -1 and at most 1 (0.035 means 3.5%)"
expect 65 bcr --costs -5 --benefits 1
first_err "--costs: the amount for year 0 is negative; enter savings as benefits"

# ---- help --------------------------------------------------------------------------
expect 0 --help
has out "Usage: evalwiz calc mdes|n|clusters|npv|bcr|cost [options] [PLAN]"
has out "--attrition A"
