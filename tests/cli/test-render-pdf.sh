#!/bin/sh
# With pandoc and pdfLaTeX installed, the plan becomes a PDF; answers full
# of LaTeX (\input{/etc/passwd}, \write18, $, %, #, _, {, }, ~, ^, \) are
# printed as text and run nothing, and characters pdfLaTeX has no letters
# for (Chinese, Hebrew, Arabic, emoji) do not stop it: they print as code
# points, and a note says so.  The PDF's text is read with pdftotext.
# Skipped without pandoc, pdflatex or poppler-utils.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v pdflatex >/dev/null 2>&1 || skip_test "pdflatex is not installed (apt-get install texlive-latex-recommended lmodern)"
for tool in pdftotext pdfinfo; do
	command -v $tool >/dev/null 2>&1 || skip_test "$tool is not installed (apt-get install poppler-utils); it reads the PDF"
done
demo=$top_srcdir/examples/demo-plan.yaml
data=$top_srcdir/tests/data/render
# pdfLaTeX, the engine when LuaLaTeX is missing or fails
# (test-render-pdf-fonts.sh tests LuaLaTeX)
EVALWIZ_PDF_ENGINE=pdflatex
export EVALWIZ_PDF_ENGINE

pages() {
	pdfinfo "$1" | sed -n 's/^Pages: *//p'
}

run "$EVALWIZ" render "$demo" -o plan.pdf
expect_rc 0
test ! -s err || fail "unexpected note: $(cat err)"
is_pdf plan.pdf
n=$(pages plan.pdf)
[ "$n" -ge 5 ] || fail "plan.pdf: expected 5 pages or more, got $n"
pdftotext plan.pdf plan.txt
has plan.txt 'Family Foundations: evaluation plan 2027 to 2035'
has_line plan.txt 'Contents'
has_line plan.txt 'Sample size'
has plan.txt 'Strengths and Difficulties Questionnaire'

# hostile LaTeX: a private file that \write18 would make
sed "s|PWNED|$dir/pwned|g" "$data/latex-plan.yaml" > latex.yaml
run "$EVALWIZ" render latex.yaml -o latex.pdf
expect_rc 0
is_pdf latex.pdf
test ! -e "$dir/pwned" || fail "\\write18 ran"
grep -q '^evalwiz: pdfLaTeX has no letters for some characters (U+4E2D, U+6587, U+5B57, U+7B26, U+65E5, U+672C and [0-9]* more): the PDF shows their code points in small boxes; docx, odt and html show them as written$' err ||
	fail "no note on the characters: $(cat err)"
pdftotext latex.pdf latex.txt
if grep -q 'root:' latex.txt; then fail "\\input{/etc/passwd} was read"; fi
# (pdftotext gives the circumflex as U+02C6)
has latex.txt '^Plan \\input{/etc/passwd} \$x\$ 100% #1 a_b {c} ~d .*e \\relax$'
has latex.txt 'Intervention: \\input{/etc/passwd} \\write18{touch '
has latex.txt '\$\\alpha\$ 100% #1 a_b {c} ~d .*e back\\slash'
has latex.txt '\\documentclass{article}'
has latex.txt '“Smart quotes”, ‘single’, £250, café, naïve — an em dash – an en dash'
has latex.txt 'U+4E2D'
has latex.txt ':smile:'	# not an emoji
has latex.txt 'header-includes: \\input{/etc/passwd}'	# not a YAML block
has latex.txt '\\verb|x| \\catcode`\\@=11'	# a backtick, not an opening quote
has latex.txt '<script>alert(1)</script>'

# TeX in the Markdown itself (a template's own text) is text too: pandoc
# reads no raw TeX at all, whatever escaping the answers had
run "$EVALWIZ" --templates "$data/templates" render latex.yaml -t rawtex -o raw.pdf
expect_rc 0
pdftotext raw.pdf raw.txt
if grep -q 'root:' raw.txt; then fail "raw TeX: \\input{/etc/passwd} was read"; fi
has raw.txt 'Before \\input{/etc/passwd} after\.'
has raw.txt '\\textbf{not bold}'
has raw.txt 'begin{verbatim}'

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
is_pdf fake.pdf
if grep -q 'no letters' err; then fail "an answer made the note: $(cat err)"; fi
