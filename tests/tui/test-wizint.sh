#!/bin/sh
# The wizard with the real modules: the plan title in the header, glossary
# terms in the help pane and the F2 screen, the design-advice panel and the
# F3 health check, gating warnings; F9 export through the same code as
# evalwiz render (saving first, a missing pandoc named); Ctrl-R reloading an
# edited pack with the answers kept, and a broken pack not losing the session.
set -eu
. "$top_srcdir/tests/tui/lib.sh"

# ---- the demo plan on the default pack
cp "$top_srcdir/examples/demo-plan.yaml" "$work/demo.yaml"
mkdir "$work/nobin"
# no pandoc on PATH, whatever the machine has
start 100 40 "env PATH='$work/nobin' '$EVALWIZ' demo.yaml"
wait_for "Step 0: About this plan"
# the header has opening.plan_title, not meta.title
wait_for "Family Foundations: evaluation plan 2027 to 2035"
# the focus is on a text question, where a digit is typed: Ctrl-G then
# the step's number goes there
keys C-g 6 Enter
wait_for "Step 6: Impact evaluation"
# help-pane terms come from the pack glossary
wait_for "Terms"
wait_for "Outcome: A change in children"
# Ctrl-G takes two digits: step 10
keys C-g
text "10"
keys Enter
wait_for ">10 "
wait_for "Step 10: Quality assurance at scale"
# a search finds the questions that use a glossary term's other name:
# "control group" finds those that say "comparison group"
keys Escape /
wait_for "Search:"
text "control group"
keys Enter
wait_for '"control group": hit 1 of'
keys C-g 6 Enter
wait_for "Step 6: Impact evaluation"
# the advisor's summary is a panel on the impact step, after its last
# question: Shift-Tab from step 7's first question goes there
keys C-g 7 Enter
wait_for "Step 7: Long-term follow-up"
keys BTab
wait_for "> 6 "
wait_for "Design advice (F3 for the health check)"
keys F3
wait_for "Plan health check and design advice"
wait_for "Plan health check (EIF's six common pitfalls):"
wait_for "pass  A robust comparison group"
keys q
wait_gone "Plan health check and design advice"
keys F2
wait_for "Glossary"
wait_for "Acceptability"
# the glossary filters as you type; Esc goes back
text "icc"
wait_for "Filter (type a word): icc"
wait_for "Intraclass correlation"
wait_gone "Acceptability"
keys Escape
wait_gone "Filter (type a word)"

# F9 while typing: the typing is saved first, then the plan exported
keys C-g 0 Enter
wait_for "Step 0: About this plan"
keys Enter End
text " (draft)"
keys F9
wait_for "Export: which document?"
# documents by their titles, never their ids; the pack's own is offered first
wait_for ". Evaluation plan: The full plan for academic partners"
wait_file "$work/demo.yaml" "plan_title: .*2035 (draft)" 10
keys Enter
# formats as people know them, Word first and the default
wait_for "Evaluation plan: which format?"
wait_for "> 1. Word document (.docx)"
wait_for "4. Web page (.html)"
wait_for "5. Markdown text (.md)"
keys 5
wait_for "Write to: demo.md"
keys Enter
wait_for "wrote demo.md (Markdown text (.md))"
# the same bytes as evalwiz render (apart from the time it was made)
"$EVALWIZ" render "$work/demo.yaml" -o "$work/cli.md" 2>/dev/null
grep -v -e '[0-9][0-9]:[0-9][0-9]' "$work/demo.md" > "$work/a"
grep -v -e '[0-9][0-9]:[0-9][0-9]' "$work/cli.md" > "$work/b"
cmp "$work/a" "$work/b"
grep -q "^# Family Foundations: evaluation plan 2027 to 2035 (draft)" "$work/demo.md"
# a CSV template offers CSV; the name can be changed
keys F9
wait_for "Export: which document?"
keys 5
wait_for "Write to: demo-schedule.csv"
keys C-u
text "sched.csv"
keys Enter
wait_for "wrote sched.csv (Spreadsheet, comma-separated (.csv))"
head -1 "$work/sched.csv" | grep -q ","
# Word without pandoc: a clear message naming the package; nothing written
keys F9
wait_for "Export: which document?"
keys Enter
wait_for "Evaluation plan: which format?"
keys Enter
wait_for "Write to: demo.docx"
keys Enter
wait_for "not exported: cannot write docx: pandoc is not installed; install the Debian package pandoc"
test ! -e "$work/demo.docx"
# Esc cancels
keys F9
wait_for "Export: which document?"
keys Escape
wait_for "export cancelled"
keys C-q
wait_for "EXIT=0"

# ---- gating: the impact step of a new plan names the steps not done
"$EVALWIZ" new "$work/fresh.yaml" --title "Fresh" >/dev/null 2>&1
start 100 40 "'$EVALWIZ' fresh.yaml"
wait_for "Step 0: About this plan"
wait_for "Fresh"
keys C-g 6 Enter
wait_for "Step 6: Impact evaluation"
wait_for "builds on earlier steps that are"
keys C-q
wait_for "EXIT=0"

# ---- terms below a small help pane: worked out when it is scrolled to them
# (at 80x24 the academic partner's help and example fill the pane, so its
# term is not drawn, nor worked out, until F6 scrolls down to it)
cp "$top_srcdir/examples/demo-plan.yaml" "$work/small.yaml"
start 80 24 "'$EVALWIZ' small.yaml"
wait_for "Step 0: About this plan"
keys Down Down Down Down
wait_for "evaluator you are working with"
wait_for "more: F6 F5"
if screen | grep -F -q "Terms"; then echo "FAIL: terms drawn before scrolling"; screen; exit 1; fi
i=0
while ! screen | grep -F -q "Independent evaluation:" && [ "$i" -lt 5 ]; do keys F6; sleep 0.2; i=$((i + 1)); done
wait_for "Terms"
wait_for "Independent evaluation: An evaluation"
keys C-q
wait_for "EXIT=0"

# ---- Ctrl-R: a copy of a small pack edited while the wizard runs
cp -R "$pack" "$work/mypack"
"$EVALWIZ" --pack "$work/mypack" new "$work/plan.yaml" --title "Reload test" >/dev/null 2>&1
start 100 40 "'$EVALWIZ' --pack '$work/mypack' plan.yaml"
wait_for "Step 1: Basics"
wait_for "Name of the service"
keys Enter
text "Links"
keys Enter
sed 's/Name of the service/Name of the scheme/' "$work/mypack/01-basics.lua" > "$work/b.lua"
mv "$work/b.lua" "$work/mypack/01-basics.lua"
keys C-r
wait_for "reloaded the pack tui-test: 2 steps"
wait_for "Name of the scheme"
wait_for "Links"
wait_file "$work/plan.yaml" "name: Links$" 10
# a mistake in the pack: said on the message line, the session carries on
cp "$work/mypack/01-basics.lua" "$work/good.lua"
printf 'return step {\n  id = \n' > "$work/mypack/01-basics.lua"
keys C-r
wait_for "pack not reloaded:"
wait_for "01-basics.lua"
wait_for "Name of the scheme"
keys PageDown
wait_for "Step 2: Lists and tables"
# mended: the next Ctrl-R keeps the step it is on
cp "$work/good.lua" "$work/mypack/01-basics.lua"
keys C-r
wait_for "reloaded the pack tui-test"
wait_for "Step 2: Lists and tables"
keys C-q
wait_for "EXIT=0"
expect_eq "$(answer basics.name)" "Links" "the answer kept over reloads"
