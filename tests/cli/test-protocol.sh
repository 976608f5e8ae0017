#!/bin/sh
# The protocol template: the demo plan renders a protocol whose SPIRIT 2025
# checklist has every item and none unanswered; a missing reason is a gap in
# check and in the document; an empty plan's protocol claims no evidence
# level and says what it is waiting for; a non-randomised design marks the
# randomisation items not applicable.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
SOURCE_DATE_EPOCH=1767225600
export SOURCE_DATE_EPOCH
demo="$top_srcdir/examples/demo-plan.yaml"

"$EVALWIZ" render "$demo" -t protocol -o "$dir/p.md" 2>"$dir/err"
# complete: no gaps at all, and render says so
if grep -q "Not yet answered\*:" "$dir/p.md"; then
	echo "FAIL: the demo protocol has unanswered items:" >&2
	grep "Not yet answered" "$dir/p.md" >&2
	exit 1
fi
test ! -s "$dir/err" || { cat "$dir/err" >&2; exit 1; }
# the title says protocol and names the design; the cover has the version, funder and registration
grep -qx "# Family Foundations parenting programme: protocol for a randomised controlled trial (individuals)" "$dir/p.md"
grep -qx -- "- \*\*Protocol version:\*\* 1.0, 20 November 2026" "$dir/p.md"
grep -q -- "^- \*\*Funder:\*\* .*Northern Families Research Trust" "$dir/p.md"
grep -q -- "^- \*\*Registration:\*\* to be registered with the ISRCTN registry" "$dir/p.md"
# SPIRIT 2025's sections in order
sed -n 's/^## //p' "$dir/p.md" > "$dir/sections"
printf '%s\n' "1. Administrative information" "2. Open science" "3. Introduction" "4. Methods" "5. Monitoring" \
	"6. Ethics and dissemination" "7. Personnel, timeline and risks" "8. Checks of this protocol" \
	"Appendix A: SPIRIT 2025 checklist" > "$dir/want"
cmp "$dir/sections" "$dir/want"
# every SPIRIT 2025 item, once, in order, each pointing at a section
sed -n '/^## Appendix A/,$p' "$dir/p.md" | sed -n 's/^| \([0-9][0-9]*[a-d]*\) | .*/\1/p' > "$dir/items"
printf '%s\n' 1a 1b 2 3a 3b 3c 3d 4 5 6 7a 7b 8 9a 9b 10 11 12 13 14a 14b 15a 15b 15c 15d 16 17 18 19 20 \
	21a 21b 22 23 24a 24b 24c 25a 25b 26 27a 27b 27c 27d 28a 28b 29 30 31 32a 32b 33 34 > "$dir/want"
cmp "$dir/items" "$dir/want"
sed -n '/^## Appendix A/,$p' "$dir/p.md" | grep '^| [0-9]' | grep -v -E '\| (Title|Cover, [0-9.]+|[0-9]\.[0-9]+(, [0-9]\.[0-9]+)?) \|$' > "$dir/odd" || true
test ! -s "$dir/odd" || { echo "FAIL: checklist rows without a section:" >&2; cat "$dir/odd" >&2; exit 1; }
# the participant timeline: the waiting list is offered the programme at 9 months
# (the note under the table says so in words)
grep -q "^| Comparison group: a waiting list |  | X | X | offered |  |$" "$dir/p.md"
grep -q "^| \*\*Assessments\*\* | | | | | |$" "$dir/p.md"
grep -q "^| Eyberg Child Behavior Inventory (ECBI) intensity scale (parent or carer) | X |  | X | X |  |$" "$dir/p.md"
# the sample: recruited and analysed, and the sources of the assumptions beside them
grep -q "^| Families recruited and allocated | 400 |" "$dir/p.md"
grep -q "^| Families analysed | 320 |" "$dir/p.md"
grep -q "^- \*The expected effect size (0.3):\* UK trials" "$dir/p.md"
# TIDieR's twelve items
test "$(grep -c -E '^\| (1[0-2]|[1-9])\. ' "$dir/p.md")" -eq 12

# a missing reason is a gap in check and in the document
cp "$demo" "$dir/q.yaml"
"$EVALWIZ" set "$dir/q.yaml" impact.unit_reason= 2>/dev/null
"$EVALWIZ" check "$dir/q.yaml" >"$dir/out" 2>&1 || true
grep -q "impact.unit_reason: missing: not yet answered" "$dir/out"
"$EVALWIZ" render "$dir/q.yaml" -t protocol --full -o "$dir/q.md" 2>/dev/null
grep -A2 -x "\*\*Unit of allocation:\*\* individual families" "$dir/q.md" | grep -qx "\*Why:\* \*Not yet answered\*"
grep -q "^| 12 | Trial design | \*Not yet answered\*: Why allocate that way? |$" "$dir/q.md"
# the draft leaves the reason out and lists it at the end, by its step;
# the SPIRIT checklist (draft: full) is whole, its gap marked
"$EVALWIZ" render "$dir/q.yaml" -t protocol -o "$dir/q.md" 2>/dev/null
if grep -A2 -x "\*\*Unit of allocation:\*\* individual families" "$dir/q.md" | grep -q "Why:"; then
	echo "FAIL: the draft prints the unanswered reason" >&2; exit 1
fi
grep -A3 -x "\*\*Impact evaluation\*\*" "$dir/q.md" | grep -qx -- "- Why allocate that way?"
grep -q "^| 12 | Trial design | \*Not yet answered\*: Why allocate that way? |$" "$dir/q.md"

# an empty plan: a short draft, no evidence level, every item waiting for the design or a question
printf 'evalwiz: 1\nanswers: {}\n' > "$dir/empty.yaml"
"$EVALWIZ" render "$dir/empty.yaml" -t protocol -o "$dir/e.md" 2>/dev/null
grep -q "^## What this protocol still needs$" "$dir/e.md"
if grep -q -E "can support|supports Level|aims for EIF|Evidence level sought" "$dir/e.md"; then
	echo "FAIL: the empty plan's protocol claims an evidence level" >&2; exit 1
fi
grep -q "^| 21a | Generating the allocation sequence | \*Not yet answered\*: choose the impact study's design first |$" "$dir/e.md"
grep -q "^| 2 | Protocol version and date | \*Not yet answered\*: Which version of the plan is this?; What date does this version carry? |$" "$dir/e.md"

# a non-randomised design: the randomisation items do not apply, and say why
cp "$demo" "$dir/did.yaml"
"$EVALWIZ" set "$dir/did.yaml" impact.design=did impact.randomise=no 2>/dev/null
"$EVALWIZ" render "$dir/did.yaml" -t protocol -o "$dir/d.md" 2>/dev/null
grep -q "^| 22 | Allocation concealment | not applicable: the design does not allocate families at random |$" "$dir/d.md"
grep -qx "Not applicable: the design does not allocate families at random." "$dir/d.md"

# the templates name no particular programme or place: everything comes from the answers
if grep -l -E "Family Foundations|Northbridge" "$top_srcdir"/templates/*.yaml "$top_srcdir"/templates/partials/*.yaml; then
	echo "FAIL: a template names the demo plan's programme or place" >&2; exit 1
fi
