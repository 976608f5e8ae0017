#!/bin/sh
# The .tex is a whole LaTeX document: pdflatex builds it as it is, for the
# demo plan, an empty plan and answers full of LaTeX, which print as text
# and run nothing.  Skipped without pdflatex or pdftotext (poppler-utils).
set -eu
command -v pdflatex >/dev/null 2>&1 || { echo "skipped: pdflatex is not installed (apt-get install texlive-latex-recommended lmodern)" >&2; exit 77; }
command -v pdftotext >/dev/null 2>&1 || { echo "skipped: pdftotext is not installed (apt-get install poppler-utils); it reads the PDF's text" >&2; exit 77; }
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml
data=$top_srcdir/tests/data/render

build() {
	# twice, as for any document with contents; with the shell open, so
	# that an answer's \write18 would run if it were not escaped
	for _ in 1 2; do
		if ! pdflatex -shell-escape -interaction=nonstopmode -halt-on-error "$1.tex" >"$1.stdout" 2>&1; then
			grep -A3 '^!' "$1.log" >&2 || tail -20 "$1.stdout" >&2
			fail "pdflatex could not build $1.tex"
		fi
	done
	is_pdf "$1.pdf"
}

"$EVALWIZ" new empty.yaml --title "Empty plan" 2>/dev/null
"$EVALWIZ" render "$demo" -o demo.tex 2>/dev/null
"$EVALWIZ" render empty.yaml -t protocol -o empty.tex 2>/dev/null
sed "s|PWNED|$dir/pwned|g" "$data/latex-plan.yaml" > latex.yaml
"$EVALWIZ" render latex.yaml -o latex.tex 2>/dev/null
head -n 2 demo.tex >demo.head
has_line demo.head '% A whole document, made by evalwiz: run pdflatex on it twice (for the contents).'
build demo
build empty
build latex
test ! -e "$dir/pwned" || fail "\\write18 ran"
has latex.log '^evalwiz-untypeset: U+4E2D$'
pdftotext demo.pdf demo.txt
has_line demo.txt 'Contents'
n=$(grep -c 'Family Foundations: evaluation plan 2027 to 2035' demo.txt || true)
[ "$n" -eq 1 ] || fail "demo.pdf: expected the title once, got it $n times"
pdftotext latex.pdf latex.txt
if grep -q 'root:' latex.txt; then fail "\\input{/etc/passwd} was read"; fi
has latex.txt '\\input{/etc/passwd} \\write18{touch '
has latex.txt '£250, café'
