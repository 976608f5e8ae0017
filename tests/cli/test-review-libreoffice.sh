#!/bin/sh
# The partner uses LibreOffice: the demo plan's Word document, marked up
# with comments and a tracked change, saved again by LibreOffice (headless)
# as .docx and as .odt; review import puts each comment and the change on
# its question from both.  LibreOffice 7 keeps a reply as a comment of its
# own (it drops the thread), on the same question.  Skipped without
# LibreOffice (not in CI: too large to install there).
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it marks up the Word file"
command -v soffice >/dev/null 2>&1 || skip_test "LibreOffice is not installed (apt-get install libreoffice-writer)"
doc="python3 $top_srcdir/tests/cli/review-doc.py"
sed 's/^meta:$/meta:\n  id: 0123456789abcdef0123456789abcdef/' "$top_srcdir/examples/demo-plan.yaml" > p.yaml
"$EVALWIZ" render p.yaml -o sent.docx 2>/dev/null
cat > spec.json <<'EOF'
{"comments": [
  {"find": "12-week group programme", "author": "Dr Ada Partner", "date": "2026-12-01T10:00:00Z",
   "text": "Is 12 weeks the manualised length?",
   "replies": [{"author": "Priya Shah", "date": "2026-12-02T09:00:00Z", "text": "Yes, per the manual."}]},
  {"find": "Around 1 in 8 children", "author": "Dr Ada Partner", "date": "2026-12-01T10:05:00Z",
   "text": "Source for this figure?"},
  {"find": "Evidence standards", "nth": 2, "author": "Dr Ada Partner", "date": "2026-12-01T10:06:00Z",
   "text": "A general remark on the structure."}],
 "changes": [
  {"find": "1,150 children", "new": "1,200 children", "author": "Dr Ada Partner", "date": "2026-12-01T11:00:00Z"}]}
EOF
$doc annotate sent.docx back.docx spec.json
mkdir lo out-docx out-odt
HOME=$dir/lo soffice --headless --convert-to odt --outdir out-odt back.docx >/dev/null 2>&1
HOME=$dir/lo soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir out-docx back.docx >/dev/null 2>&1
for f in out-odt/back.odt out-docx/back.docx; do
	test -s "$f" || fail "LibreOffice wrote no $f"
	cp p.yaml plan.yaml
	run "$EVALWIZ" review import plan.yaml "$f"
	expect_rc 0
	grep -q ": 5 items added, 0 replies added, 0 already in the plan; 1 general" out || { cat out err; fail "$f: import"; }
	"$EVALWIZ" review list plan.yaml > list
	test "$(grep -c '^#[0-9]* open comment on opening.intervention_summary' list)" = 2 || { cat list; fail "$f: comment and reply"; }
	grep -q '^  Is 12 weeks the manualised length?$' list
	grep -q '^#[0-9]* open comment on opening.intervention_summary, by Priya Shah' list
	grep -q '^#[0-9]* open comment on theory_of_change.problem, by Dr Ada Partner' list
	grep -q '^#[0-9]* open comment on general' list
	grep -q '^#[0-9]* open change on theory_of_change.prevalence' list
	grep -q '^  + Local: 1,200 children aged 3 to 7' list || { cat list; fail "$f: the proposal"; }
	run "$EVALWIZ" review import plan.yaml "$f"
	grep -q ": 0 items added, 0 replies added, 5 already in the plan" out
done
