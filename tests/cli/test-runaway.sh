#!/bin/sh
# Runaway pack code is the pack's problem, named at its own file and line,
# with the right exit status (issue 19, item 12): a when that never ends is
# a problem of its question in check (exit 1, the rest of the check goes
# on); a compute that never ends stops get (78) and render (65) naming the
# step file first, then where the template asked for it.
. "$top_srcdir/tests/cli/lib.sh"
cp -R "$top_srcdir/tests/data/packs/strict" p
sed -i 's/      default = 0.05,/      default = 0.05,\n      when = function(a) while true do end end,/' p/01-team.lua
"$EVALWIZ" --pack ./p new w.yaml --title W 2>/dev/null
"$EVALWIZ" --pack ./p set w.yaml team.meetings=2 2>/dev/null
run "$EVALWIZ" --pack ./p check w.yaml
expect_rc 1
contains out "team.alpha: its when condition failed: ./p/01-team.lua:20: stopped: this code ran for more than 25 million steps; is there a loop that never ends?"
# the check went on past it: the step's other questions were checked too
contains out "team.meetings: warning: fewer than four meetings a year"

cp -R "$top_srcdir/tests/data/packs/strict" q
sed -i 's/compute = function(a) return (1 - a.team.alpha) \* 100 end,/compute = function(a) while true do end end,/' q/01-team.lua
"$EVALWIZ" --pack ./q new c.yaml --title C 2>/dev/null
run "$EVALWIZ" --pack ./q get c.yaml team.confidence
expect_rc 78
contains err "evalwiz: team.confidence: its compute function failed: ./q/01-team.lua:26: stopped"
run "$EVALWIZ" --pack ./q render c.yaml -t answers
expect_rc 65
contains err "evalwiz: team.confidence: its compute function failed: ./q/01-team.lua:26: stopped: this code ran for more than 25 million steps; is there a loop that never ends? (asked for at templates/answers.yaml:"
