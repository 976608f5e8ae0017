#!/bin/sh
# The .tex is a whole LaTeX document: pdflatex builds it as it is, for the
# demo plan, an empty plan and answers full of LaTeX, which print as text
# and run nothing.  Skipped without pdflatex.
set -eu
command -v pdflatex >/dev/null 2>&1 || { echo "pdflatex is not installed (texlive-latex-recommended): skipped"; exit 77; }
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
	test "$(head -c 5 "$1.pdf")" = %PDF-
}

"$EVALWIZ" new empty.yaml --title "Empty plan" 2>/dev/null
"$EVALWIZ" render "$demo" -o demo.tex 2>/dev/null
"$EVALWIZ" render empty.yaml -t protocol -o empty.tex 2>/dev/null
sed "s|PWNED|$dir/pwned|g" "$data/latex-plan.yaml" > latex.yaml
"$EVALWIZ" render latex.yaml -o latex.tex 2>/dev/null
head -n 2 demo.tex | grep -qx '% A whole document, made by evalwiz: run pdflatex on it twice (for the contents).'
build demo
build empty
build latex
test ! -e "$dir/pwned" || fail "\\write18 ran"
grep -q '^evalwiz-untypeset: U+4E2D$' latex.log
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext demo.pdf demo.txt
	grep -qx 'Contents' demo.txt
	test "$(grep -c 'Family Foundations: evaluation plan 2027 to 2035' demo.txt)" -eq 1	# the title, once
	pdftotext latex.pdf latex.txt
	if grep -q 'root:' latex.txt; then fail "\\input{/etc/passwd} was read"; fi
	grep -q '\\input{/etc/passwd} \\write18{touch ' latex.txt
	grep -q '£250, café' latex.txt
fi
