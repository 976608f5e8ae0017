#!/bin/sh
# The plan template shows what an extending pack added: the youth-diversion
# pack's own step with its questions and answers, and the question it added
# to the impact step; the default pack's plan has no such section.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
SOURCE_DATE_EPOCH=1767225600
export SOURCE_DATE_EPOCH
yd=$top_srcdir/examples/packs/youth-diversion

"$EVALWIZ" --pack "$yd" render "$yd/examples/demo-plan.yaml" -o "$dir/yd.md" 2>"$dir/err"
sed -n '/^## Questions this pack adds$/,/^## Evidence standards$/p' "$dir/yd.md" > "$dir/section"
test -s "$dir/section" || { echo "FAIL: no added-questions section"; exit 1; }
grep -qx '### The diversion scheme' "$dir/section"
grep -qx '\*\*At which point are children referred to the scheme?\*\*' "$dir/section"
grep -qx 'Outcome 22 (diversionary or educational activity, prosecution deferred)' "$dir/section"
grep -qx '\*\*Youngest age accepted\*\*' "$dir/section"
grep -qx '10 years' "$dir/section"
grep -qx '### Impact evaluation (added questions)' "$dir/section"
grep -qx '\*\*Who will diverted children be compared with?\*\*' "$dir/section"
grep -qx 'Children in a neighbouring force area' "$dir/section"
# the base pack's own impact questions are not repeated there
if grep -q 'Could you decide at random' "$dir/section"; then echo "FAIL: base questions listed as added"; exit 1; fi

# an added question left unanswered is marked as a gap, like any other
sed '/force_comparison:/d' "$yd/examples/demo-plan.yaml" > "$dir/gap.yaml"
grep -q 'force_comparison' "$dir/gap.yaml" && { echo "FAIL: sed did not remove the answer"; exit 1; }
"$EVALWIZ" --pack "$yd" render "$dir/gap.yaml" --full -o "$dir/gap.md" 2>/dev/null
sed -n '/^### Impact evaluation (added questions)$/,/^## /p' "$dir/gap.md" | grep -q 'Not yet answered'

# the default pack adds nothing: no section
"$EVALWIZ" render "$top_srcdir/examples/demo-plan.yaml" -o "$dir/plain.md" 2>/dev/null
if grep -q '^## Questions this pack adds' "$dir/plain.md"; then echo "FAIL: section on the default pack"; exit 1; fi
# HTML escapes the added labels like the rest
"$EVALWIZ" --pack "$yd" render "$yd/examples/demo-plan.yaml" -o "$dir/yd.html" 2>/dev/null
grep -q 'The diversion scheme' "$dir/yd.html"
exit 0
