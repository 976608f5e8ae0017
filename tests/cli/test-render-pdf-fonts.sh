#!/bin/sh
# With LuaLaTeX and Debian's Noto fonts (texlive-luatex, fonts-noto-core:
# ./quickstart installs them) the PDF prints every Latin letter (Welsh,
# Polish, Vietnamese) and the symbols plans use, in fonts it embeds; a
# character no font has (Chinese) is named in a note.  When LuaLaTeX fails
# the PDF is made with pdfLaTeX and a note says why; EVALWIZ_PDF_ENGINE=
# pdflatex asks for pdfLaTeX (test-render-pdf.sh).  Skipped without pandoc,
# lualatex, pdflatex or poppler-utils.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v lualatex >/dev/null 2>&1 || skip_test "lualatex is not installed (apt-get install texlive-luatex fonts-noto-core)"
command -v pdflatex >/dev/null 2>&1 || skip_test "pdflatex is not installed (apt-get install texlive-latex-recommended lmodern)"
for tool in pdftotext pdffonts; do
	command -v $tool >/dev/null 2>&1 || skip_test "$tool is not installed (apt-get install poppler-utils); it reads the PDF"
done
unset EVALWIZ_PDF_ENGINE
plan=$top_srcdir/tests/data/render/scripts-plan.yaml

run "$EVALWIZ" render "$plan" -t summary -o s.pdf
expect_rc 0
is_pdf s.pdf
grep -q "^evalwiz: the PDF's fonts have no letters for some characters (U+4E2D, U+6587): the PDF shows empty boxes in their place; docx, odt and html show them as written\$" err ||
	fail "no note on the Chinese characters: $(cat err)"
pdftotext s.pdf s.txt
has s.txt 'Rhaglen Teuluoedd: ŵyr a ŷd, ẁ ẃ ẅ'
has s.txt 'Gmina Łódź: zażółć gęślą jaźń'
pdffonts s.pdf > fonts
has fonts 'NotoSerif-Regular'
if awk 'NR > 2 && $(NF-4) != "yes"' fonts | grep -q .; then fail "a font is not embedded: $(cat fonts)"; fi

# the full plan: the team's Vietnamese and the symbols
run "$EVALWIZ" render "$plan" -o p.pdf
expect_rc 0
pdftotext p.pdf p.txt
has p.txt 'Nhóm Tiếng Việt ở đây'
has p.txt 'Symbols ✓ ✗ \^ ~ → ≤ ≥ − £1,234.50'

# the demo plan's page 3: the list of untested assumptions stays under the
# causal links, and only the logic model's heading moves on with its figure
# (the break before the "Assumptions" label was the only good one on that
# page, which was left half empty)
run "$EVALWIZ" render "$top_srcdir/examples/demo-plan.yaml" -o demo.pdf
expect_rc 0
page_of() {
	i=1
	while [ "$i" -le "$(pdfinfo demo.pdf | sed -n 's/^Pages: *//p')" ]; do
		pdftotext -f $i -l $i demo.pdf - | grep -q "$1" && { echo $i; return; }
		i=$((i + 1))
	done
	echo none
}
causal=$(page_of 'Causal links and the evidence')
assumptions=$(page_of 'Assumptions not yet tested')
[ "$causal" = "$assumptions" ] ||
	fail "demo.pdf: the causal links are on page $causal, the assumptions under them on page $assumptions"

# a heading with a label just under it moves on with the label: the empty
# plan's "What is still missing" (heading, the draft box's rule, the label
# "Not started yet" over its list) was left at the foot of page 1
"$EVALWIZ" new e.yaml --title "Empty plan" 2>/dev/null
run "$EVALWIZ" render e.yaml -t plan -o e.pdf
expect_rc 0
label_page=none heading_page=none
i=1
while [ "$i" -le "$(pdfinfo e.pdf | sed -n 's/^Pages: *//p')" ]; do
	pdftotext -f $i -l $i e.pdf - > page.txt
	grep -qx 'Not started yet' page.txt && label_page=$i
	# the heading alone on its line (the contents line ends in its page)
	grep -qx 'What is still missing' page.txt && heading_page=$i
	i=$((i + 1))
done
[ "$label_page" != none ] && [ "$label_page" = "$heading_page" ] ||
	fail "e.pdf: the heading What is still missing is on page $heading_page, its label Not started yet on page $label_page"

# an address typed into an answer, 190 characters without a space, breaks
# at its / - _ . ? & = and stays on the page (pdftotext -bbox: every word's
# right edge inside the page's width)
cp "$top_srcdir/examples/demo-plan.yaml" url.yaml
"$EVALWIZ" set url.yaml 'theory_of_change.prevalence=Source: https://www.example.org/research/early-years/conduct-problems/prevalence-estimates-for-children-aged-three-to-seven/full-report_2025_final_version.pdf?download=true&format=pdf#section-4' ||
	fail "set the address"
run "$EVALWIZ" render url.yaml -o url.pdf
expect_rc 0
pdftotext -bbox url.pdf url.html
awk '/<page width=/ { w = $2; sub(/.*="/, "", w); sub(/".*/, "", w); w += 0 }
	/<word / { x = $0; sub(/.*xMax="/, "", x); sub(/".*/, "", x); if (x + 0 > w) { print; bad = 1 } }
	END { exit bad }' url.html >outside || fail "url.pdf: text outside the page: $(cat outside)"
has url.html 'section-4'

# LuaLaTeX failing (a font or package missing): pdfLaTeX makes the PDF
mkdir bin
printf '#!/bin/sh\necho "! Package fontspec Error: The font \\"Noto Serif\\" cannot be found."\nexit 1\n' > bin/lualatex
chmod +x bin/lualatex
PATH=$dir/bin:$PATH "$EVALWIZ" render "$plan" -t summary -o f.pdf 2>err || fail "render with a failing LuaLaTeX: $(cat err)"
is_pdf f.pdf
grep -q '^evalwiz: LuaLaTeX failed (.*), so the PDF was made with pdfLaTeX; pdfLaTeX has no letters for some characters' err ||
	fail "no note on the fallback: $(cat err)"
pdffonts f.pdf > ffonts
if grep -q Noto ffonts; then fail "pdfLaTeX used the Noto fonts?"; fi
exit 0
