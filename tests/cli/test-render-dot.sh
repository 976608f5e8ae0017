#!/bin/sh
# With Graphviz installed, the HTML carries the logic model as inline SVG:
# well-formed, no XML prolog, no script, no outside references, no tooltips
# with internal names, and drawn top to bottom so that it fits an A4 page
# at its own size, its text 9 points, in bands by meaning.  Skipped without dot or
# python3 (which checks the SVG is well-formed XML).
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v dot >/dev/null 2>&1 || skip_test "dot is not installed (apt-get install graphviz)"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it checks the SVG is well-formed XML"
demo=$top_srcdir/examples/demo-plan.yaml
data=$top_srcdir/tests/data/render

"$EVALWIZ" render "$demo" -o plan.html 2>/dev/null
test "$(grep -c '<svg' plan.html)" -eq 1
test "$(grep -c '</svg>' plan.html)" -eq 1
grep -q '<svg role="img" aria-label="The logic model" width="[0-9.]*pt"' plan.html
if grep -q 'language-mermaid\|<?xml\|<!DOCTYPE svg\|<pre class="diagram"' plan.html; then fail "Mermaid, a prolog or the text diagram is left"; fi
sed -n '/<svg/,/<\/svg>/p' plan.html > logic.svg
for bad in '<script' '<image' '<use' 'href=' 'url(' '<title>' 'onload=' '<foreignObject' '<style'; do
	if grep -qi -- "$bad" logic.svg; then fail "the SVG has $bad"; fi
done
grep -q '>Weekly parent</text>' logic.svg
grep -q '>Better school</text>' logic.svg
if grep -q '<script' plan.html; then fail "a script in the page"; fi
# the SVG alone is well-formed XML
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' logic.svg ||
	fail "the SVG is not well-formed XML (python's parser said why above)"
# at A4 width (17 cm, 482 points) its 10-point text stays above 6 points
w=$(sed -n 's/.*<svg [^>]*width="\([0-9]*\)[0-9.]*pt".*/\1/p' logic.svg)
test -n "$w"
test "$w" -le 453 || fail "the diagram is ${w}pt wide: its 9-point text would print smaller in 16 cm on A4"
# the bands in order down the page, each title once
bands=$(sed -n 's/.*font-weight="bold"[^>]*>\([^<]*\)<\/text>.*/\1/p' logic.svg | tr '\n' '|')
test "$bands" = "Inputs|Activities|Outputs|Short&#45;term|outcomes|Medium&#45;term|outcomes|Long&#45;term|outcomes|" ||
	fail "the bands' titles: $bands"

# answers in the diagram are text inside the SVG, never markup
"$EVALWIZ" --templates "$data/templates" render "$data/hostile-plan.yaml" -o hostile.html 2>/dev/null
test "$(grep -c '<svg' hostile.html)" -eq 1
grep -q '&lt;b&gt;bold&lt;/b&gt;' hostile.html
if grep -qi '<script\|<b>' hostile.html; then fail "an answer became markup"; fi
