#!/bin/sh
# evalwiz review reply, resolve, accept and decline on items imported from
# a simple review file (YAML and CSV) and from a marked-up Word file:
# statuses move open -> answered -> resolved; accept types the proposal
# into its question (checked: a number question refuses words, and then
# nothing is saved); list --open leaves resolved items out; bad review
# files name their line.  Skipped without pandoc and python3 (the Word part).
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it marks up the Word file"
doc="python3 $top_srcdir/tests/cli/review-doc.py"
EVALWIZ_AUTHOR="Priya Shah"
export EVALWIZ_AUTHOR
sed 's/^meta:$/meta:\n  id: 0123456789abcdef0123456789abcdef/' "$top_srcdir/examples/demo-plan.yaml" > p.yaml

# a simple review file, YAML
cat > review.yaml <<'EOF'
- question: theory_of_change.problem
  comment: Where does the 1 in 8 come from?
  author: Dr Ada Partner
  date: 2026-12-01
- question: general
  comment: Please add page numbers.
  author: Dr Ada Partner
EOF
run "$EVALWIZ" review import p.yaml review.yaml
expect_rc 0
expect_out "review.yaml: 2 items added, 0 replies added, 0 already in the plan; 1 general (outside any answer)"
run "$EVALWIZ" review import p.yaml review.yaml
grep -q ": 0 items added, 0 replies added, 2 already in the plan" out
# and CSV (quotes, a comma and a line end inside a field)
printf 'question,comment,author\r\nlogic_model.inputs,"Two practitioners, or three?\nSay which.",Dr Bo Reviewer\r\n,A general point,Dr Bo Reviewer\r\n' > review.csv
run "$EVALWIZ" review import p.yaml review.csv
expect_rc 0
expect_out "review.csv: 2 items added, 0 replies added, 0 already in the plan; 1 general (outside any answer)"
"$EVALWIZ" review list p.yaml > list
grep -q '^#1 open comment on theory_of_change.problem, by Dr Ada Partner, 2026-12-01$' list || { cat list; fail "yaml row 1"; }
grep -q '^#2 open comment on general' list
grep -q '^#3 open comment on logic_model.inputs, by Dr Bo Reviewer$' list || { cat list; fail "csv row 1"; }
grep -q '^  Two practitioners, or three?$' list
grep -q '^  Say which.$' list
grep -q '^#4 open comment on general' list

# bad review files: where, and what to do
printf -- '- question: nowhere.at_all\n  comment: hm\n  author: X\n' > bad.yaml
run "$EVALWIZ" review import p.yaml bad.yaml
expect_rc 65
grep -q 'bad.yaml:1: row 1: "nowhere.at_all" is not a question of the pack eif-10-steps; give STEP.FIELD' err || { cat err; fail "bad question"; }
printf 'question,author\ngeneral,X\n' > bad.csv
run "$EVALWIZ" review import p.yaml bad.csv
expect_rc 65
grep -q 'bad.csv:1:1: the first line must name the columns: question,comment,author' err
printf 'question,comment,author\ngeneral,"never closed,X\n' > bad2.csv
run "$EVALWIZ" review import p.yaml bad2.csv
expect_rc 65
grep -q 'bad2.csv:2:1: a quoted field is not closed' err

# reply: open -> answered; resolve: -> resolved
run "$EVALWIZ" review reply p.yaml 1 "The Joint Strategic Needs Assessment, 2025."
expect_rc 0
expect_out "review item 1: answered"
run "$EVALWIZ" review resolve p.yaml 2
expect_out "review item 2: resolved"
"$EVALWIZ" review list p.yaml --open > list
grep -q '^#1 answered comment' list
grep -q '^  reply by Priya Shah, 2026-01-01T00:00:00Z: The Joint Strategic Needs Assessment, 2025.$' list || { cat list; fail "the reply"; }
if grep -q '^#2 ' list; then fail "--open lists a resolved item"; fi
run "$EVALWIZ" review reply p.yaml 99 "hello"
expect_rc 65
grep -q "no review item 99 in the plan; its items are 1, 2, 3, 4" err
run "$EVALWIZ" review accept p.yaml 1
expect_rc 65
grep -q "review item 1 is a comment, not a proposed change" err

# a tracked change from Word: accepted, the answer is the proposal
"$EVALWIZ" render p.yaml -o plain.docx 2>/dev/null
if unzip -p plain.docx 2>/dev/null | grep -q 'ew_theory_of_change__prevalence'; then
	cp plain.docx sent.docx
else
	$doc anchors plain.docx sent.docx 0123456789abcdef0123456789abcdef '{"1,150 children aged 3": "theory_of_change.prevalence", "Around 1 in 8 children": "theory_of_change.problem"}'
fi
cat > spec.json <<'EOF'
{"changes": [
  {"find": "1,150 children", "new": "1,200 children", "author": "Dr Ada Partner", "date": "2026-12-01T11:00:00Z"},
  {"find": "Around 1 in 8", "new": "About 1 in 8", "author": "Dr Ada Partner", "date": "2026-12-01T11:05:00Z"}]}
EOF
$doc annotate sent.docx back.docx spec.json
"$EVALWIZ" review import p.yaml back.docx >/dev/null
# items come in the document's order: 5 on the problem, 6 on prevalence
run "$EVALWIZ" review accept p.yaml 6
expect_rc 0
expect_out "review item 6: resolved"
"$EVALWIZ" get p.yaml theory_of_change.prevalence | grep -q '^Local: 1,200 children aged 3 to 7 (about 12%)'
"$EVALWIZ" review list p.yaml > list
grep -q '^  accepted by Priya Shah, 2026-01-01T00:00:00Z$' list
run "$EVALWIZ" review accept p.yaml 6
expect_rc 65
grep -q "review item 6 is resolved already" err
# declined: a reply saying why, resolved, the answer unchanged
run "$EVALWIZ" review decline p.yaml 5 "We quote the survey's own words." --author "Dr Sam Okafor"
expect_rc 0
"$EVALWIZ" get p.yaml theory_of_change.problem | grep -q '^Around 1 in 8 children'
"$EVALWIZ" review list p.yaml > list
grep -q "^  reply by Dr Sam Okafor, 2026-01-01T00:00:00Z: We quote the survey's own words.$" list
grep -q '^  declined by Dr Sam Okafor' list

# a proposal the question refuses: nothing saved
cat >> p.yaml <<'EOF'
- id: 7
  kind: change
  step: pilot_outcome
  field: participants
  status: open
  text: inserted "sixty-ish"
  proposed: sixty-ish families
EOF
cp p.yaml before.yaml
run "$EVALWIZ" review accept p.yaml 7
expect_rc 65
grep -q "review item 7: pilot_outcome.participants refuses the proposed answer" err || { cat err; fail "refusal"; }
cmp before.yaml p.yaml
test ! -e p.yaml.lock
