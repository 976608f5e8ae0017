#!/bin/sh
# With pandoc and pdfLaTeX installed, the plan becomes a PDF; answers full
# of LaTeX (\input{/etc/passwd}, \write18, $, %, #, _, {, }, ~, ^, \) are
# printed as text and run nothing, and characters pdfLaTeX has no letters
# for (Chinese, Hebrew, Arabic, emoji) do not stop it: they print as code
# points, and a note says so.  Skipped without pandoc or pdflatex.
set -eu
command -v pandoc >/dev/null 2>&1 || { echo "pandoc is not installed: skipped"; exit 77; }
command -v pdflatex >/dev/null 2>&1 || { echo "pdflatex is not installed (texlive-latex-recommended): skipped"; exit 77; }
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml
data=$top_srcdir/tests/data/render

pages() {
	if command -v pdfinfo >/dev/null 2>&1; then
		pdfinfo "$1" | sed -n 's/^Pages: *//p'
	else
		grep -a -c '/Type */Page[^s]' "$1"
	fi
}

run "$EVALWIZ" render "$demo" -o plan.pdf
expect_rc 0
test ! -s err || fail "unexpected note: $(cat err)"
test "$(head -c 5 plan.pdf)" = %PDF-
test "$(pages plan.pdf)" -ge 5
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext plan.pdf plan.txt
	grep -q 'Family Foundations: evaluation plan 2027 to 2035' plan.txt
	grep -qx 'Contents' plan.txt
	grep -qx 'Sample size' plan.txt
	grep -q 'Strengths and Difficulties Questionnaire' plan.txt
fi

# hostile LaTeX: a private file that \write18 would make
sed "s|PWNED|$dir/pwned|g" "$data/latex-plan.yaml" > latex.yaml
run "$EVALWIZ" render latex.yaml -o latex.pdf
expect_rc 0
test "$(head -c 5 latex.pdf)" = %PDF-
test ! -e "$dir/pwned" || fail "\\write18 ran"
grep -q '^evalwiz: pdfLaTeX has no letters for some characters (U+4E2D, U+6587, U+5B57, U+7B26, U+65E5, U+672C and [0-9]* more): the PDF shows their code points in small boxes; docx, odt and html show them as written$' err ||
	fail "no note on the characters: $(cat err)"
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext latex.pdf latex.txt
	if grep -q 'root:' latex.txt; then fail "\\input{/etc/passwd} was read"; fi
	# (pdftotext gives the circumflex as U+02C6)
	grep -q '^Plan \\input{/etc/passwd} \$x\$ 100% #1 a_b {c} ~d .*e \\relax$' latex.txt
	grep -q 'Intervention: \\input{/etc/passwd} \\write18{touch ' latex.txt
	grep -q '\$\\alpha\$ 100% #1 a_b {c} ~d .*e back\\slash' latex.txt
	grep -q '\\documentclass{article}' latex.txt
	grep -q '“Smart quotes”, ‘single’, £250, café, naïve — an em dash – an en dash' latex.txt
	grep -q 'U+4E2D' latex.txt
	grep -q ':smile:' latex.txt	# not an emoji
	grep -q 'header-includes: \\input{/etc/passwd}' latex.txt	# not a YAML block
	grep -q '\\verb|x| \\catcode`\\@=11' latex.txt	# a backtick, not an opening quote
	grep -q '<script>alert(1)</script>' latex.txt
fi

# TeX in the Markdown itself (a template's own text) is text too: pandoc
# reads no raw TeX at all, whatever escaping the answers had
run "$EVALWIZ" --templates "$data/templates" render latex.yaml -t rawtex -o raw.pdf
expect_rc 0
if command -v pdftotext >/dev/null 2>&1; then
	pdftotext raw.pdf raw.txt
	if grep -q 'root:' raw.txt; then fail "raw TeX: \\input{/etc/passwd} was read"; fi
	grep -q 'Before \\input{/etc/passwd} after\.' raw.txt
	grep -q '\\textbf{not bold}' raw.txt
	grep -q 'begin{verbatim}' raw.txt
else
	# without pdftotext: the file is not much bigger than the same page without /etc/passwd
	test "$(wc -c < raw.pdf)" -lt 60000
fi

# an answer that looks like the log line the note comes from makes no note
cat > fake.yaml <<'PLAN'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Fake note}
answers:
  opening:
    intervention: "evalwiz-untypeset: U+0041"
PLAN
run "$EVALWIZ" render fake.yaml -t summary -o fake.pdf
expect_rc 0
if grep -q 'no letters' err; then fail "an answer made the note: $(cat err)"; fi
