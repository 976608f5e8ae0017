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

# ---- the designs of issue 18, as the issue specifies their options ---------------
# cra3: PowerUpR mdes.cra3r3(rho3=.06, rho2=.17, n=15, J=3, K=60) = 0.269108
expect 0 mdes --design cra3 --sites 60 --clusters 3 --cluster-size 15 --icc2 0.17 --icc3 0.06 --format json
json design '"cra3"'
json mdes '0.26910837[0-9]*'
json df 58
json sites 60
expect 0 sites --design cra3 --mdes 0.25 --clusters 3 --cluster-size 15 --icc2 0.17 --icc3 0.06 --format json
json sites 70
expect 0 mdes --design cra3 --sites 60 --clusters 3 --cluster-size 15 --icc2 0.17 --icc3 0.06
has out "MDES                       0.269 standard deviations"
has out "PowerUpR mdes.cra3r3"

# binary: R's power.prop.test(p1=.3, p2=.2, power=.8)$n = 293.15, so 294 a group
expect 0 n --outcome binary --p0 0.3 --p1 0.2 --format json
json n_per_arm 294
json n 588
expect 0 n --outcome binary --p0 0.3 --p1 0.2 --attrition 0.2
has out "people in each group       294"
has out "recruit                    735 (so that 588 remain)"
has out "as R's power.prop.test"
expect 0 clusters --outcome binary --design cra2 --p0 0.3 --rr 0.6667 --cluster-size 20 --icc 0.05 --format json
json clusters_per_arm 29
expect 0 mdes --outcome binary --n 300 --p0 0.3
has out "smallest detectable fall   16.4%"
expect 64 n --outcome binary --p0 0.3
first_err "calc n --outcome binary needs --p1 (or --rr, or --or)"
expect 64 n --outcome binary --design sw --p0 0.3 --p1 0.2
first_err "a binary outcome is worked out for --design ira or cra2, not sw"
expect 65 n --outcome binary --p0 0.3 --p1 0.2 --rr 0.5
first_err "give one of p1, rr and or: they say the same thing"
expect 0 n --outcome count --rate0 2 --rate1 1.5 --format json
json n_per_arm 110

# stepped wedge: Hussey & Hughes, 12 clusters in 4 steps of 3, 6 per cluster per period
expect 0 mdes --design sw --clusters 12 --steps 4 --cluster-size 6 --icc 0.05 --format json
json mdes '0.4684427[0-9]*'
json periods 5
json parallel_mdes '0.462237[0-9]*'
expect 0 clusters --design sw --mdes 0.3 --steps 4 --cluster-size 20 --icc 0.05 --format json
json clusters 12
expect 0 mdes --design sw --clusters 12 --steps 4 --cluster-size 6 --icc 0.05 --attrition 0.2
has out "recruit                    480 people (8 in each of 12 clusters in each of 5 periods)"
expect 64 mdes --design sw --clusters 12 --cluster-size 6 --icc 0.05
first_err "calc mdes --design sw needs --steps"

# the rest, in the same style
expect 0 mdes --design bira2 --sites 3 --site-size 55 --format json
json mdes '0.4388996[0-9]*'
json df 159
expect 0 mdes --design bira2 --sites 480 --site-size 83 --block-effects random --icc2 0.35 --omega 0.1 --attrition 0.1
has out "recruit                    44640 people (93 in each of 480 sites)"
expect 0 mdes --design bcra3 --sites 5 --clusters 44 --cluster-size 20 --icc2 0.1 --format json
json mdes '0.1445202[0-9]*'
expect 0 mdes --design pn --n 120 --group-size 8 --icc 0.1 --format json
json mdes '0.6336656[0-9]*'
expect 0 n --design pn --mdes 0.4 --group-size 8 --icc 0.1 --format json
json n 279
expect 0 mdes --design rdd --n 800
has out "discontinuity design effect 2.752"
has out "MDES                       0.329 standard deviations"
expect 0 mdes --design did --clusters 20 --cluster-size 50 --icc 0.05 --cluster-autocorrelation 0.7 --format json
json mdes '0.3455387[0-9]*'
expect 65 mdes --design did --clusters 2 --cluster-size 400 --icc 0.05
first_err "not estimable: with 1 area(s) with the programme and 1 without, the effect cannot be told apart from a change that hit one area alone; at least 2 areas in each group are needed, and many more for a useful estimate"
expect 0 mdes --design matched --n 200 --deff 1.5 --format json
json mdes '0.4888814[0-9]*'
json design_effect 1.5
expect 0 mdes --design cra2 --clusters 20 --cluster-size 25 --icc 0.1 --cv 0.5 --format json
json mdes '0.5316860[0-9]*'
expect 0 mdes --design its --points-before 12 --points-after 12 --format json
json mdes '2.4179225[0-9]*'
expect 0 points --design its --mdes 0.2 --points-before 24 --autocorrelation 0.3 --effect slope --format json
json points_after 19
expect 0 mdes --design its --points-before 12 --points-after 12
has out "SD of the series' noise"
expect 64 mdes --design its --points-before 12 --points-after 12 --attrition 0.1
first_err "--attrition does not apply to an interrupted time series"
expect 64 n --design cra3 --mdes 0.25 --clusters 3 --cluster-size 15 --icc2 0.1 --icc3 0.1
first_err "for --design cra3 use calc sites"
expect 64 mdes --design ira --n 4 --block-effects fixed
first_err "--block-effects does not apply to calc mdes --design ira"
# with few degrees of freedom the exact figure is shown
expect 0 mdes --design ira --n 4
has out "exact MDES (noncentral t)  5.653"
has out "understates the MDES"

# ---- pilot precision ------------------------------------------------------------
expect 0 pilot --n 30 --retention 0.8
has out "retention                  80.0% of 30: 62.7% to 90.5% (plus or minus 13.9 points)"
has out "not judged by a minimum detectable effect"
expect 0 pilot --margin 0.1 --retention 0.8 --format json
json n 60
expect 64 pilot --retention 0.8
first_err "calc pilot needs --n (the pilot's size) or --margin (the precision wanted)"
expect 65 pilot --n 30 --approached 20
first_err "--approached (20) must be at least n (30)"

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

# --rate takes a schedule's name as well as a number, everywhere
expect 0 npv --flows 100,100 --rate health
has out "NPV                        198.52"
has out "health discount rate"
expect 0 npv --flows 100,100 --rate nice --format json
json npv '196.618357[0-9]*'
expect 0 bcr --costs 100 --benefits 0,120 --rate health --format json
json bcr '1.1822660[0-9]*'
expect 65 npv --flows 100,100 --rate low
first_err "--rate must be a number or one of standard, health, nice, not low"
expect 0 eac --amount 9600 --life 5
has out "equivalent annual cost     2,054.32"
expect 0 eac --amount 9600 --life 5 --timing end --format json
json eac '2126.2211[0-9]*'
expect 0 reprice --amount 100 --from-year 2015 --to-year 2024 --format json
json value '133.0608[0-9]*'
expect 65 reprice --amount 100 --from-year 2015 --to-year 2027
first_err "the GDP deflator series ends in 2024 (HM Treasury, GDP deflators at market prices, and money GDP, December 2025 (Quarterly National Accounts), calendar years, 2024 = 100); give an assumed inflation rate for the years after it, such as the OBR's forecast"
expect 0 reprice --amount 100 --from-year 2024 --to-year 2027 --inflation 0.02 --format json
json value '106.1208'
expect 0 icer --costs 1000 --qalys 0.05,0.05,0.05
has out "cost per QALY gained       6,766.17"
has out "Green Book health discount rate"
expect 0 icer --costs 1000 --qalys 0.05,0.05,0.05 --health-rate nice --format json
json icer '6897.278[0-9]*'
expect 0 icer --costs -100 --qalys 0.1
has out "the programme is           dominant"
expect 0 breakeven --costs 1171.97 --benefit-per-sd 500,500,500,500,500 --format json
json effect '0.50158[0-9]*'

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

econ="$dir/econ.yaml"
cat >"$econ" <<'EOF'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Economics}
answers:
  value_for_money:
    participants: 60
    horizon_years: 5
    comparator: usual_support
    usual_support_cost: 300
    qaly_gain: 0.02
    qaly_years: 3
    health_discount: green_book
    benefit_per_sd: 800
    benefit_years: 4
    cost_items:
      - {item: Practitioner time, category: staff, quantity: 1200, unit_cost: 34, kind: recurrent, low: 28, high: 40}
      - {item: Training, category: training, quantity: 8, unit_cost: 1200, kind: setup}
EOF
expect 0 cost "$econ"
has out "cost per participant       840.00"
has out "per participant, running   680.00"
has out "set-up, a year             2,054.32 (spread over 5 years)"
has out "per participant, steady    714.24"
has out "extra over usual support   414.24"
has out "range of the total         43,200.00 to 57,600.00"
expect 0 cost "$econ" --format json
json per_participant_steady '714.238[0-9]*'
json incremental_per_participant '414.238[0-9]*'
json icer '7[0-9.]*'
json break_even_effect '0.1[0-9]*'

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
first_err "say what to calculate: mdes, n, clusters, sites, points, pilot, npv, bcr, eac, reprice, icer, breakeven or cost"
has err "Try 'evalwiz calc --help'."
expect 64 frob
first_err "unknown calculation frob: use mdes, n, clusters, sites, points, pilot, npv, bcr, eac, reprice, icer, breakeven or cost"
expect 64 mdes
first_err "calc mdes needs --design (ira, matched, bira2, cra2, cra3, bcra3, pn, rdd, did, prepost, sw or its)"
expect 64 mdes --design frob --n 100
first_err "--design must be ira, matched, bira2, cra2, cra3, bcra3, pn, rdd, did, prepost, sw or its, not frob"
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
first_err "calc clusters does not apply to --design ira; use calc n"
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
has out "Usage: evalwiz calc mdes|n|clusters|sites|points|pilot|npv|bcr|eac|reprice|icer|breakeven|cost [options] [PLAN]"
has out "--attrition A"
