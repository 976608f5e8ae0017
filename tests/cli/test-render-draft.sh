#!/bin/sh
# A plan with questions not yet answered renders as a short draft (issue
# 17): a note at the top, the answers given and nothing of the questions
# not answered, the sections with nothing answered as one line each, and
# what is still missing at the end, by step, in the questions' own words.
# A complete plan says nothing of gaps; --full keeps every question.
# Markdown and HTML only (no pandoc), so it takes a second.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
SOURCE_DATE_EPOCH=1767225600	# 2026-01-01
export SOURCE_DATE_EPOCH
demo="$top_srcdir/examples/demo-plan.yaml"
ids='\b\(opening\|theory_of_change\|logic_model\|blueprint\|process_study\|pilot_outcome\|impact\|follow_up\|replication\|value_for_money\|quality_assurance\)\.[a-z_]'

# an empty plan: short, no marks, no field ids
"$EVALWIZ" new e.yaml --title "Empty plan" 2>/dev/null
"$EVALWIZ" render e.yaml -t plan -o e.md 2>/dev/null
lines=$(wc -l < e.md)
[ "$lines" -le 80 ] || fail "the empty plan's draft has $lines lines (at most 80)"
lacks e.md 'Not yet answered'
lacks e.md "$ids"
has_exact e.md '**Draft** — 0 of 104 questions answered so far, 1 January 2026; what is still missing is listed at the end.'
has_exact e.md '**Not started yet (see “What is still missing”):**'
has_exact e.md '- Impact evaluation'
has_exact e.md '## What is still missing'
has_exact e.md '- Theory of change (9 questions)'
lacks e.md '^#.*Theory of change'

# a half-finished plan: its answers, and what is missing by step; an
# unanswered question's label is not in the body, and only answers carry
# anchors
cp e.yaml p.yaml
"$EVALWIZ" set p.yaml "theory_of_change.problem=Children start school unable to read." \
    "opening.organisation=Acme Trust" "impact.design=individual_rct" \
    "impact.attrition_plan=Reminders and vouchers." 2>/dev/null
"$EVALWIZ" render p.yaml -t plan -o p.md 2>/dev/null
has_exact p.md '**The problem:** Children start school unable to read.'
has_exact p.md '**Design:** randomised controlled trial (individuals)'
has_exact p.md '| Families drop out before the outcome is measured | Reminders and vouchers. |'
has_exact p.md '- **Organisation:** Acme Trust'
lacks p.md 'How common it is\|Missing data bias\|^\*Why:\*'
lacks p.md "$ids"
# the list: a started step's missing questions under its name, not the
# answered ones; a step not started as one line
sed -n '/^## What is still missing$/,$p' p.md > missing.md
has_exact missing.md '**Theory of change**'
has_exact missing.md '- How common is the problem, locally and nationally?'
lacks missing.md 'What problem does the service address?'
has_exact missing.md '- Logic model (4 questions)'
# each section not started is one line, in a list under a label
has_exact p.md '- Process evaluation'
lacks p.md '^## Process evaluation'
"$EVALWIZ" render p.yaml -t plan -o p.html 2>/dev/null
contains p.html 'id="ew_theory_of_change__problem"'
lacks p.html 'ew_theory_of_change__prevalence\|the diagram needs'
contains p.html '<div class="draft note">'
contains p.html '<div class="draft missing">'
# a row half answered keeps its gap, marked
contains p.html '<td><em class="gap">Not yet answered</em></td>'

# Word (with pandoc): the review round trip copes with a draft: a comment
# on an answer lands on its question, one on the list of what is missing
# (no answer's anchor) is general
if command -v pandoc >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1 && command -v unzip >/dev/null 2>&1; then
	"$EVALWIZ" render p.yaml -o p.docx 2>/dev/null
	cat > spec.json <<'EOF2'
{"comments": [{"find": "Children start school unable to read.", "author": "Ann", "date": "2026-01-02T10:00:00Z", "text": "Say which age."},
              {"find": "How common is the problem, locally and nationally?", "author": "Ann", "date": "2026-01-02T10:01:00Z", "text": "We have figures."}]}
EOF2
	python3 "$top_srcdir/tests/cli/review-doc.py" annotate p.docx back.docx spec.json
	"$EVALWIZ" review import p.yaml back.docx > out 2>&1
	contains out '2 items added'
	contains out '1 general (outside any answer)'
	"$EVALWIZ" review list p.yaml > list
	contains list 'open comment on theory_of_change.problem, by Ann'
	contains list 'open comment on general, by Ann'
	# the note and the list in Word's Draft style, and in ODT's (which
	# pandoc names but src/render/odt.c defines)
	unzip -p p.docx word/document.xml > doc.xml
	contains doc.xml '<w:pStyle w:val="Draft" />'
	unzip -p p.docx word/styles.xml > styles.xml
	contains styles.xml 'w:styleId="Draft"'
	"$EVALWIZ" render p.yaml -o p.odt 2>/dev/null
	unzip -p p.odt content.xml > content.xml
	contains content.xml 'text:style-name="Draft"'
	unzip -p p.odt styles.xml > styles.xml
	contains styles.xml 'style:name="Draft" style:family="paragraph"'
fi

# --full: the old layout, every question with its mark
"$EVALWIZ" render p.yaml -t plan --full -o f.md 2>/dev/null
has_exact f.md '**How common it is:** *Not yet answered*'
has_exact f.md '## Not yet answered'
lacks f.md 'Draft\|still missing'

# --review: a note on a question not yet answered keeps its place beside
# it (the review document shows every question, as --full does)
cp p.yaml r.yaml
printf -- '- question: theory_of_change.prevalence\n  comment: How many families locally?\n  author: Dr Ada Partner\n' > notes.yaml
"$EVALWIZ" review import r.yaml notes.yaml >/dev/null
"$EVALWIZ" render r.yaml -t plan -o r.html --review 2>/dev/null
contains r.html 'id="ew_theory_of_change__prevalence"'
grep -q 'id="ew_theory_of_change__prevalence"><em class="gap">Not yet answered</em></span><span class="review-note"><strong>Review #[0-9]*</strong> (Dr Ada Partner): How many families locally?' r.html ||
	fail "the note on a question not yet answered is not beside it in the --review HTML"

# a complete plan: no draft and no word of gaps, in any template
for t in plan protocol summary logic-model answers; do
	for f in md html; do
		"$EVALWIZ" render "$demo" -t "$t" -o "demo-$t.$f" 2>err
		lacks "demo-$t.$f" 'Not yet answered\|[Ss]till missing\|[Nn]ot started yet\|Draft\|still to be given\|class="gap"'
		lacks err 'not yet answered'
	done
done
exit 0
