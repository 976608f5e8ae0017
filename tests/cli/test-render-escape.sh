#!/bin/sh
# Hostile answers cannot change a document's structure: no raw HTML reaches
# the HTML, Markdown control characters are escaped, CSV fields are quoted,
# and long words, right-to-left and wide text pass through.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
data=$top_srcdir/tests/data/render
run() { "$EVALWIZ" --templates "$data/templates" render "$data/hostile-plan.yaml" "$@" 2>/dev/null; }

run -t echo -o "$dir/echo.md"
run -t echo -o "$dir/echo.html"
run -t echo-csv -o "$dir/echo.csv"
run -t plan -o "$dir/plan.html"
run -t plan -o "$dir/plan.tex"

# Markdown: the answers' headings, tables, lists and HTML are escaped
grep -qx '\\# Not a heading' "$dir/echo.md"
grep -qx '\\| not \\| a \\| table \\|' "$dir/echo.md"
grep -qx '1\\. not a list' "$dir/echo.md"
grep -qx '\\- not a list either' "$dir/echo.md"
grep -qx '\\---' "$dir/echo.md"
grep -qx 'indented code?' "$dir/echo.md"
grep -qx '\\<div onclick="alert(4)"\\>raw html\\</div\\>' "$dir/echo.md"
grep -qx -- '- \\# heading item' "$dir/echo.md"

# HTML: only the template's own structure: 4 sections, one table, no tags from answers
for tag in '<script' '<img' '<div' '<b>' '<!--' 'href="javascript' '<h1' '<h3' '<pre' '<code'; do
	if grep -qi -- "$tag" "$dir/echo.html"; then
		echo "raw $tag reached the HTML" >&2
		exit 1
	fi
done
test "$(grep -c '<h2 id=' "$dir/echo.html")" -eq 4
test "$(grep -c '<table>' "$dir/echo.html")" -eq 1
test "$(grep -c '<li>' "$dir/echo.html")" -eq 7	# 4 contents entries + 3 list items
grep -q '<td>&lt;script&gt;alert(1)&lt;/script&gt; | a | b | &lt;img src=x onerror=alert(2)&gt;</td>' "$dir/echo.html"
grep -q '<title>&lt;script&gt;' "$dir/echo.html"
if grep -qi '<script' "$dir/plan.html"; then echo "raw <script> in the plan HTML" >&2; exit 1; fi

# wide and right-to-left text arrive whole; bidirectional overrides do not
grep -q 'مرحبا بالعالم reversed and 日本語テキスト' "$dir/echo.html"
if grep -q "$(printf '\342\200\256')" "$dir/echo.md"; then echo "a bidi override reached the Markdown" >&2; exit 1; fi
# a very long word is kept whole (the stylesheet wraps it)
grep -q '\(Supercalifragilistic\)\{15\}' "$dir/echo.html"
grep -q 'overflow-wrap:anywhere' "$dir/echo.html"

# CSV: RFC 4180 quoting, doubled quotes, newlines inside quotes
head -n 6 "$dir/echo.csv" > "$dir/head.csv"
cat > "$dir/want.csv" <<'WANT'
field,answer
intervention,<script>alert(1)</script> | a | b | <img src=x onerror=alert(2)>
design_reason,**not bold** _not em_ `not code` <!-- comment -->
input,<b>bold</b>
input,| pipe | cell |
input,# heading item
WANT
cmp "$dir/want.csv" "$dir/head.csv"
grep -qx 'problem,"# Not a heading' "$dir/echo.csv"
grep -qx 'He said ""hi"", then left' "$dir/echo.csv"
test "$(tail -n 1 "$dir/echo.csv")" = '"'

# LaTeX: special characters in answers are escaped by cmark
if grep -q '^# Not a heading' "$dir/plan.tex"; then exit 1; fi
grep -q 'textbackslash\|\\#\|\\textless{}' "$dir/plan.tex"
