#!/bin/sh
# What a pack declares beyond its questions (tests/data/packs/hooks): its
# checks, of kind health and consistency, in check (text and JSON); its
# facts; the answers that hold the title and the steps done; a module its
# step files share; a pack that extends it inherits all of it.  And every
# mistake in those declarations stops the load with the file and line.
. "$top_srcdir/tests/cli/lib.sh"
hooks="$top_srcdir/tests/data/packs/hooks"
hk() { "$EVALWIZ" --pack "$hooks" "$@"; }

# lint: a standalone pack whose steps have prerequisites is not blamed for
# the panel evalwiz adds to them (it read a.opening.steps_done), with or
# without a done_field
run "$EVALWIZ" pack lint "$hooks"
expect_rc 0
cp -R "$hooks" nodone
sed -i '/done_field/d' nodone/pack.lua
run "$EVALWIZ" pack lint nodone
expect_rc 0
# lint runs the checks on an empty plan: a wrong result, a misspelt answer
cp -R "$hooks" badcheck
sed -i 's/return { status = "na", reason = "No budget yet." }/return { status = "n\/a", reason = "No budget yet." }/' badcheck/health.lua
sed -i 's/local t, s = a.money.total, a.money.spent/local t, s = a.money.total, a.money.spnt/' badcheck/consistency.lua
run "$EVALWIZ" pack lint badcheck
expect_rc 1
expect_out 'badcheck/consistency.lua:3: check "within_budget" reads a.money.spnt, but the step "money" has no field "spnt"
badcheck/health.lua:2: check "reserve" is wrong on an empty plan: run returned the status "n/a"; use "pass", "warn", "fail" or "na"'

hk new p.yaml --title Plan 2>/dev/null	# (its meta holds a line more: the plan's id)
hk set p.yaml about.name=Chess money.total=100 money.spent=150
# a consistency check that fails is an error at the first question it reads
run hk check p.yaml
expect_rc 1
expect_out "p.yaml:15:12: money.spent: How much is spent so far? (150) is more than the budget (100). Raise the budget or check the figures.

Money checks:
  fail  Spending within the budget: How much is spent so far? (150) is more
        than the budget (100). Raise the budget or check the figures.

Plan health check:
  warn  A reserve: Less than 10 pounds left."
contains err "1 problem"
# the JSON has every result, and the health ones on their own as before
run hk check --format json p.yaml
expect_rc 1
contains out '"health": ['
contains out '"checks": ['
contains out '"group": "Money checks",'
contains out '"status": "fail",'
contains out '"fix": "Raise the budget or check the figures.",'
contains out '"where": "'
# warn is a warning: the plan is valid
hk set p.yaml money.spent=100
run hk check p.yaml
expect_rc 0
contains out "money.spent: warning: Everything is spent."
contains out "  warn  Spending within the budget: Everything is spent."
# pass, and the facts the health check reads
hk set p.yaml money.spent=40
run hk check p.yaml
expect_rc 0
contains out "  pass  Spending within the budget: Within the budget."
contains out "  pass  A reserve: Money left: 60."
# nothing of the default pack's: no pitfalls, no advisor
if grep -q "pitfall\|EIF" out; then fail "the default pack's checks show for another pack"; fi
run hk advise p.yaml
expect_rc 69
expect_err "evalwiz: the pack hooks has no design advisor"
# the module ran once for both step files
test "$(hk get p.yaml money.loads)" = 1 || fail "the shared module ran more than once"
# the pack's own template (its templates folder) is the default, with the
# title answer as the plan's title and the checks' results
run hk render p.yaml
expect_rc 0
expect_out "# Chess

Budget: 100; spent: 40.

## Checks

- Spending within the budget: pass
- A reserve: pass
"
# the default pack's templates do not fit: refused, naming those that do
run hk render p.yaml -t plan
expect_rc 64
contains err "evalwiz: the template plan is for the pack eif-10-steps, and this plan follows the pack hooks; the templates for it are: accounts, answers"
# the pack's own and those written for any pack
run hk templates
expect_rc 0
expect_out "accounts     markdown  Club accounts
                       The budget, what is spent, and the checks.
answers      markdown  All the answers
                       Every question and its answer, step by step, for a plan of any pack."
run hk render p.yaml -t answers
expect_rc 0
contains out "**How much is spent so far?**"

# a pack that extends it: the base pack's module and checks come too
mkdir -p xdg/evalwiz/packs
ln -s "$hooks" xdg/evalwiz/packs/hooks
child="$top_srcdir/tests/data/packs/hooks-child"
XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" --pack "$child" new c.yaml --title C 2>/dev/null
XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" --pack "$child" set c.yaml money.total=10 money.spent=20 audit.signed=no audit.depth=high
run env XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" --pack "$child" check c.yaml
expect_rc 1
contains out "money.spent: How much is spent so far? (20) is more than the budget (10)."
contains out "audit.signed: warning: The accounts are not signed."
contains out "Audit checks:"
contains out "  warn  A reserve: Less than 10 pounds left."
# and the base pack's template, its default
run env XDG_DATA_HOME="$dir/xdg" "$EVALWIZ" --pack "$child" render c.yaml
expect_rc 0
contains out "Budget: 10; spent: 20."
contains out "- Accounts signed off: warn"

# mistakes in the declarations, each where it was made
# bad SED_EXPR... EXPECTED: a copy of the pack changed by the commands,
# then the message of loading it
bad() {
	want=$1
	shift
	rm -rf c2
	cp -R "$hooks" c2
	for cmd in "$@"; do sh -c "$cmd"; done
	run "$EVALWIZ" --pack ./c2 steps
	expect_rc 78
	expect_err "evalwiz: $want"
}
bad './c2/consistency.lua:3: check "within_budget": unknown setting titel (did you mean "title"?)' \
	"sed -i 's/    title = \"Spending/    titel = \"Spending/' c2/consistency.lua"
bad './c2/consistency.lua:3: check "within_budget" reads money.totl, but the step "money" has no field "totl" (did you mean "total"?)' \
	"sed -i 's/\"money.total\" }/\"money.totl\" }/' c2/consistency.lua"
bad './c2/health.lua:1: a checks file must return a list of check { ... } (with title = "..." for the group, if you like)' \
	"echo 'return 42' > c2/health.lua"
bad './c2/health.lua:1: item 1 was not made with check { ... }' "echo 'return { 1 }' > c2/health.lua"
bad './c2/health.lua:1: unknown setting titel in the list of checks (only title and the checks)' \
	"echo 'return { titel = \"x\" }' > c2/health.lua"
bad './c2/health.lua:2: check id "within_budget" is already used by ./c2/consistency.lua:3' \
	"sed -i 's/id = \"reserve\"/id = \"within_budget\"/' c2/health.lua"
bad './c2/health.lua:2: check "reserve": kind must be a short id such as "health" or "consistency"' \
	"sed -i 's/kind = \"health\"/kind = \"Health check\"/' c2/health.lua"
bad './c2/pack.lua:9: title_field must name a text field; money.total is a number' \
	"sed -i 's/\"about.name\"/\"money.total\"/' c2/pack.lua"
bad './c2/pack.lua:9: title_field names about.nmae, but the step "about" has no field "nmae" (did you mean "name"?)' \
	"sed -i 's/about.name/about.nmae/' c2/pack.lua"
bad './c2/pack.lua:10: done_field names abut.done, but there is no step "abut" (did you mean "about"?)' \
	"sed -i 's/about.done/abut.done/' c2/pack.lua"
bad './c2/pack.lua:8: unknown setting chekcs (did you mean "checks"?)' "sed -i 's/checks = /chekcs = /' c2/pack.lua"
bad './c2/pack.lua:7: cannot load the facts file fact.lua: cannot open ./c2/fact.lua: No such file or directory' \
	"sed -i 's/\"facts.lua\"/\"fact.lua\"/' c2/pack.lua"
bad './c2/facts.lua: the facts file must return a table with from_plan = function(a) ... end' "echo 'return {}' > c2/facts.lua"
bad './c2/pack.lua:7: facts must be the name of a Lua file in the pack folder, like "facts.lua"' \
	"sed -i 's/\"facts.lua\"/\"..\\/facts.lua\"/' c2/pack.lua"
bad './c2/01-about.lua:1: require: the pack has no module "lib.levles" (a file lib/levles.lua in ./c2); its modules are: consistency, facts, health, lib.levels' \
	"sed -i 's/lib.levels/lib.levles/' c2/01-about.lua"
bad './c2/lib/b.lua:1: require: modules require each other in a loop: lib/a.lua -> lib/b.lua -> lib/a.lua' \
	"echo 'return require(\"lib.b\")' > c2/lib/a.lua" "echo 'return require(\"lib.a\")' > c2/lib/b.lua" \
	"sed -i 's/lib.levels/lib.a/' c2/01-about.lua"
bad './c2/01-about.lua:1: require: 02-money.lua is a step file of the pack, not a module' \
	"sed -i 's/lib.levels/02-money/' c2/01-about.lua"
bad './c2/01-about.lua:1: require: "lib/levels" is not a module name: use the file name without .lua, like require("levels")' \
	"sed -i 's/lib.levels/lib\\/levels/' c2/01-about.lua"
bad './c2/lib/levels.lua:4: an error in the module' "echo 'local x = 1' > c2/lib/levels.lua" \
	"printf '\\n\\nerror(\"an error in the module\")\\n' >> c2/lib/levels.lua"

# a check that returns the wrong shape is an error of the check, named
rm -rf c2
cp -R "$hooks" c2
sed -i 's/return { status = "pass", reason = "Within the budget." }/return { status = "ok", reason = "x" }/' c2/consistency.lua
"$EVALWIZ" --pack ./c2 new q.yaml --title Q 2>/dev/null
"$EVALWIZ" --pack ./c2 set q.yaml money.total=100 money.spent=1
run "$EVALWIZ" --pack ./c2 check q.yaml
expect_rc 1
contains out 'money.spent: ./c2/consistency.lua:3: the check "Spending within the budget" is wrong: run returned the status "ok"; use "pass", "warn", "fail" or "na"'
sed -i 's/return { status = "ok", reason = "x" }/return { status = "warn", mesage = "x" }/' c2/consistency.lua
run "$EVALWIZ" --pack ./c2 check q.yaml
expect_rc 1
contains out 'run returned an unknown key mesage; a result has status, reason and fix'
sed -i 's/return { status = "warn", mesage = "x" }/return { status = "warn" }/' c2/consistency.lua
run "$EVALWIZ" --pack ./c2 check q.yaml
contains out 'a "warn" result needs a reason, saying in plain words what is wrong'
# a check that raises an error names its line
sed -i 's/return { status = "warn" }/error("broken check")/' c2/consistency.lua
run "$EVALWIZ" --pack ./c2 check q.yaml
expect_rc 1
contains out 'the check "Spending within the budget" failed: ./c2/consistency.lua:'
contains out ': broken check'
