#!/bin/sh
# Hostile answers cannot change a document's structure: no raw HTML reaches
# the HTML, Markdown control characters are escaped, CSV fields are quoted,
# LaTeX's special characters are escaped, and long words, right-to-left
# and wide text pass through.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
data=$top_srcdir/tests/data/render
render() {
	"$EVALWIZ" --templates "$data/templates" render "$data/hostile-plan.yaml" "$@" 2>render.err ||
		fail "render $*: exit $?: $(cat render.err)"
}
# count FILE REGEX N: N lines of the file match.
count() {
	n=$(grep -c -e "$2" "$1" || true)
	[ "$n" -eq "$3" ] || fail "$1: expected $3 lines matching $2, got $n"
}

render -t echo -o echo.md
render -t echo -o echo.html
render -t echo-csv -o echo.csv
render -t plan -o plan.html
render -t plan -o plan.tex

# Markdown: the answers' headings, tables, lists and HTML are escaped
has_line echo.md '\\# Not a heading'
has_line echo.md '\\| not \\| a \\| table \\|'
has_line echo.md '1\\. not a list'
has_line echo.md '\\- not a list either'
has_line echo.md '\\---'
has_line echo.md 'indented code?'
has_line echo.md '\\<div onclick="alert(4)"\\>raw html\\</div\\>'
has_line echo.md '- \\# heading item'

# HTML: only the template's own structure: 4 sections, one table, no tags from answers
for tag in '<script' '<img' '<div' '<b>' '<!--' 'href="javascript' '<h1' '<h3' '<pre' '<code'; do
	if grep -qi -- "$tag" echo.html; then
		grep -n -i -- "$tag" echo.html | head -n 5 >&2
		fail "echo.html: raw $tag from an answer reached the HTML"
	fi
done
count echo.html '<h2 id=' 4
count echo.html '<table>' 1
count echo.html '<li>' 7	# 4 contents entries + 3 list items
has echo.html '<td>&lt;script&gt;alert(1)&lt;/script&gt; | a | b | &lt;img src=x onerror=alert(2)&gt;</td>'
has echo.html '<title>&lt;script&gt;'
lacks plan.html '<script'

# wide and right-to-left text arrive whole; bidirectional overrides do not
has echo.html 'مرحبا بالعالم reversed and 日本語テキスト'
lacks echo.md "$(printf '\342\200\256')"
# a very long word is kept whole (the stylesheet wraps it)
has echo.html '\(Supercalifragilistic\)\{15\}'
has echo.html 'overflow-wrap:break-word'	# a long word breaks only where it would overflow

# CSV: RFC 4180 quoting, doubled quotes, newlines inside quotes
head -n 6 echo.csv >head.csv
cat >want.csv <<'WANT'
field,answer
intervention,<script>alert(1)</script> | a | b | <img src=x onerror=alert(2)>
design_reason,**not bold** _not em_ `not code` <!-- comment -->
input,<b>bold</b>
input,| pipe | cell |
input,# heading item
WANT
cmp -s want.csv head.csv || { diff -u want.csv head.csv >&2 || true; fail "echo.csv: the first six lines differ"; }
has_line echo.csv 'problem,"# Not a heading'
has_line echo.csv 'He said ""hi"", then left'
[ "$(tail -n 1 echo.csv)" = '"' ] || fail "echo.csv: expected the last line to close the quoted field (\"), got: $(tail -n 1 echo.csv)"

# LaTeX: each special character of an answer is escaped where the answer
# is, and no answer became a heading, a list or a table
has_line plan.tex '\\textbf{The problem:} \\# Not a heading'
has_line plan.tex '\\textbar{} not \\textbar{} a \\textbar{} table \\textbar{}'
has_line plan.tex '\\textbar{} -{}-{}- \\textbar{} -{}-{}- \\textbar{} -{}-{}- \\textbar{}'
has_line plan.tex '{\[}link{\]}(javascript:alert(3)) !{\[}img{\]}(http://example.com/x.png) \\&amp; \\&lt;b\\&gt;'
has_line plan.tex '\\textless{}div onclick=\\textquotedbl{}alert(4)\\textquotedbl{}\\textgreater{}raw html\\textless{}/div\\textgreater{}'
has plan.tex '\\textbf{Intervention:} \\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\textbar{} a \\textbar{} b \\textbar{} \\textless{}img src=x onerror=alert(2)\\textgreater{}$'
has_line plan.tex '\\item \\# heading item'
lacks plan.tex '^# Not a heading'
lacks plan.tex '\\section\*\{0,1\}{Not a heading}'
lacks plan.tex 'Not a heading}'
