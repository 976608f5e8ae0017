#!/bin/sh
# evalwiz review import: the demo plan rendered to Word and ODT, marked up
# by tests/cli/review-doc.py as Word and LibreOffice write comments,
# replies and tracked changes; each lands on its question (or general), a
# change becomes the proposed answer; the same import twice adds nothing;
# a document of another plan is refused (65) unless --force; one without
# anchors is placed by matching text and says so; the rest of the plan
# (its comments too) is kept.  Skipped without pandoc and python3.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it marks up the Word file"
doc="python3 $top_srcdir/tests/cli/review-doc.py"

# the demo plan with an identity and a comment of its own
sed 's/^meta:$/meta:\n  id: 0123456789abcdef0123456789abcdef/; s/^answers:$/# the team'"'"'s own note\nanswers:/' \
	"$top_srcdir/examples/demo-plan.yaml" > p.yaml
grep -q '^  id: 0123' p.yaml
cat > spec.json <<'EOF'
{"comments": [
  {"find": "12-week group programme", "author": "Dr Ada Partner", "date": "2026-12-01T10:00:00Z",
   "text": "Is 12 weeks the manualised length?",
   "replies": [{"author": "Priya Shah", "date": "2026-12-02T09:00:00Z", "text": "Yes, per the manual."}]},
  {"find": "Around 1 in 8 children", "author": "Dr Ada Partner", "date": "2026-12-01T10:05:00Z",
   "text": "Source for this figure?\nPlease cite it."},
  {"find": "Evidence standards", "nth": NTH, "author": "Dr Ada Partner", "date": "2026-12-01T10:06:00Z",
   "text": "A general remark on the structure."}],
 "changes": [
  {"find": "1,150 children", "new": "1,200 children", "author": "Dr Ada Partner", "date": "2026-12-01T11:00:00Z"}]}
EOF

for fmt in docx odt; do
	cp p.yaml plan-$fmt.yaml
	"$EVALWIZ" render plan-$fmt.yaml -f $fmt -o plain.$fmt 2>/dev/null
	# every answer carries its anchor, and the document its plan's id
	$doc has plain.$fmt ew_theory_of_change__problem || fail "$fmt: no answer anchors"
	cp plain.$fmt sent.$fmt
	# the heading, not its line in the table of contents (Word's and ODT's)
	nth=2
	sed "s/NTH/$nth/" spec.json > spec-$fmt.json
	$doc annotate sent.$fmt back.$fmt spec-$fmt.json

	run "$EVALWIZ" review import plan-$fmt.yaml back.$fmt
	expect_rc 0
	case $fmt in
	docx) expect_out "back.docx: 4 items added, 1 reply added, 0 already in the plan; 1 general (outside any answer)" ;;
	odt) expect_out "back.odt: 4 items added, 0 replies added, 0 already in the plan; 1 general (outside any answer)" ;;
	esac
	"$EVALWIZ" review list plan-$fmt.yaml > list
	grep -q '^#1 open comment on opening.intervention_summary, by Dr Ada Partner, 2026-12-01T10:00:00Z$' list || { cat list; fail "$fmt: comment 1"; }
	grep -q '^  on "12-week group programme"$' list || { cat list; fail "$fmt: quote 1"; }
	grep -q '^#2 open comment on theory_of_change.problem' list || { cat list; fail "$fmt: comment 2"; }
	grep -q '^  Please cite it.$' list || { cat list; fail "$fmt: comment 2's second line"; }
	grep -q '^#3 open comment on general' list || { cat list; fail "$fmt: comment 3 is general"; }
	grep -q '^#4 open change on theory_of_change.prevalence' list || { cat list; fail "$fmt: the change"; }
	grep -q '^  deleted "1,150 children"; inserted "1,200 children"$' list || { cat list; fail "$fmt: the change's edits"; }
	if [ $fmt = docx ]; then
		grep -q '^  reply by Priya Shah, 2026-12-02T09:00:00Z: Yes, per the manual.$' list || { cat list; fail "docx: the reply"; }
	fi
	# the proposal is the answer with the change made, nothing round it
	"$EVALWIZ" review list plan-$fmt.yaml --format json > list.json
	python3 - plan-$fmt.yaml list.json <<'EOF'
import json, sys
items = json.load(open(sys.argv[2]))["items"]
ch = [i for i in items if i["kind"] == "change"][0]
assert ch["proposed"].startswith("Local: 1,200 children aged 3 to 7"), ch["proposed"]
assert ch["proposed"].endswith("England survey)."), ch["proposed"]
assert ch["status"] == "open" and ch["author"] == "Dr Ada Partner", ch
assert all(i["status"] == "open" for i in items)
assert [i["id"] for i in items] == [1, 2, 3, 4], items
EOF
	# the rest of the plan is as it was: the answers, the file's comments
	run "$EVALWIZ" diff p.yaml plan-$fmt.yaml
	expect_rc 0
	grep -q "^# the team's own note$" plan-$fmt.yaml
	grep -q "^  id: 0123456789abcdef0123456789abcdef$" plan-$fmt.yaml
	# the same document again adds nothing, and leaves the file alone
	cp plan-$fmt.yaml before.yaml
	run "$EVALWIZ" review import plan-$fmt.yaml back.$fmt
	expect_rc 0
	grep -q ": 0 items added, 0 replies added, [45] already in the plan" out || { cat out; fail "$fmt: imported twice"; }
	cmp before.yaml plan-$fmt.yaml
	# a document of another plan is refused, and nothing changes
	$doc setid back.$fmt foreign.$fmt ffffffffffffffffffffffffffffffff
	run "$EVALWIZ" review import plan-$fmt.yaml foreign.$fmt
	expect_rc 65
	grep -q "foreign.$fmt was made from another plan (its plan id is ffffffffffffffffffffffffffffffff, this plan's is 0123456789abcdef0123456789abcdef); nothing imported" err \
		|| { cat err; fail "$fmt: the foreign document's message"; }
	cmp before.yaml plan-$fmt.yaml
	# ... unless --force (the same items: still nothing twice)
	run "$EVALWIZ" review import --force plan-$fmt.yaml foreign.$fmt
	expect_rc 0
	grep -q "imported anyway (--force)" err
	grep -q ": 0 items added" out

	# anchors lost: placed by matching the text, and said so
	cp p.yaml lost-$fmt.yaml
	$doc strip back.$fmt stripped.$fmt
	run "$EVALWIZ" review import lost-$fmt.yaml stripped.$fmt
	expect_rc 0
	grep -q "stripped.$fmt has no answer anchors" err || { cat err; fail "$fmt: no word about the lost anchors"; }
	grep -q "carries no evalwiz plan id" err
	grep -q "3 placed by matching text" out || { cat out; fail "$fmt: matched by text"; }
	"$EVALWIZ" review list lost-$fmt.yaml > list
	grep -q '^#2 open comment on theory_of_change.problem' list
	grep -q '^  (placed by matching its text: the document had no anchor for it)$' list
done

# an anchor that lost its end (LibreOffice can) runs to the next one
cp p.yaml split.yaml
$doc dropend sent.docx split-sent.docx ew_theory_of_change__problem
printf '%s\n' '{"comments": [' \
	'{"find": "Around 1 in 8", "author": "A", "date": "2026-12-01", "text": "on the problem"},' \
	'{"find": "1,150 children", "author": "A", "date": "2026-12-01", "text": "on prevalence"}]}' > split.json
$doc annotate split-sent.docx split-back.docx split.json
"$EVALWIZ" review import split.yaml split-back.docx >/dev/null
"$EVALWIZ" review list split.yaml > list
grep -q '^#1 open comment on theory_of_change.problem' list || { cat list; fail "split anchor: 1"; }
grep -q '^#2 open comment on theory_of_change.prevalence' list || { cat list; fail "split anchor: 2"; }

# the review survives the commands that rewrite the plan
sed -n '/^review:$/,$p' plan-docx.yaml > review-before
"$EVALWIZ" set plan-docx.yaml opening.team='A new team name'
printf 'answers:\n  opening:\n    funder: Someone else\n' > ans.yaml
"$EVALWIZ" fill plan-docx.yaml --answers ans.yaml 2>/dev/null
sed -n '/^review:$/,$p' plan-docx.yaml > review-after
diff -u review-before review-after
run "$EVALWIZ" diff p.yaml plan-docx.yaml
grep -q "team" out

# not a document at all
printf 'not a zip' > junk.docx
run "$EVALWIZ" review import plan-docx.yaml junk.docx
expect_rc 65
grep -q "junk.docx: not a Word or OpenDocument file" err
run "$EVALWIZ" review import plan-docx.yaml missing.docx
expect_rc 66
