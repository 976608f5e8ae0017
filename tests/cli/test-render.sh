#!/bin/sh
# evalwiz render and evalwiz templates: formats from the name or -f, -o -,
# atomic replacement, gaps and --strict, usage errors, pandoc missing,
# template mistakes named by file:line:col, a runaway template stopped.
set -eu
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
SOURCE_DATE_EPOCH=1767225600
export SOURCE_DATE_EPOCH
demo=$top_srcdir/examples/demo-plan.yaml
hostile=$top_srcdir/tests/data/render/hostile-plan.yaml
bad=$top_srcdir/tests/data/render/bad
"$EVALWIZ" new "$dir/empty.yaml" --title "Empty" 2>/dev/null

# the format follows the extension; -f wins; -o - and no -o write to stdout
"$EVALWIZ" render "$demo" -o "$dir/p.html" 2>/dev/null
head -n 1 "$dir/p.html" | grep -qx '<!DOCTYPE html>'
"$EVALWIZ" render "$demo" -o "$dir/p.txt.md" 2>/dev/null
head -n 1 "$dir/p.txt.md" | grep -q '^# '
"$EVALWIZ" render "$demo" -f tex -o "$dir/p.out" 2>/dev/null
head -n 1 "$dir/p.out" | grep -q '^\\documentclass'
"$EVALWIZ" render "$demo" -o - 2>/dev/null | cmp -s - "$dir/p.txt.md"
"$EVALWIZ" render "$demo" 2>/dev/null | cmp -s - "$dir/p.txt.md"
"$EVALWIZ" render "$demo" -t schedule 2>/dev/null | head -n 1 | grep -qx 'outcome,measure,informant,timepoint,collected_by'
"$EVALWIZ" render "$demo" -t logic-model -f dot 2>/dev/null | head -n 1 | grep -qx 'digraph logic_model {'

# the file is replaced, not written into: a hard link keeps the old text
echo old > "$dir/r.md"
ln "$dir/r.md" "$dir/link.md"
"$EVALWIZ" render "$demo" -o "$dir/r.md" 2>/dev/null
test "$(cat "$dir/link.md")" = old
cmp -s "$dir/r.md" "$dir/p.txt.md"

# a device or a named pipe is written to as it is, not replaced
"$EVALWIZ" render "$demo" -f md -o /dev/null 2>/dev/null
mkfifo "$dir/pipe.md"
cat "$dir/pipe.md" >"$dir/from-pipe.md" &
"$EVALWIZ" render "$demo" -o "$dir/pipe.md" 2>/dev/null
wait
cmp -s "$dir/from-pipe.md" "$dir/p.txt.md"
test -p "$dir/pipe.md"

# a write that fails says so, and not that the document has gaps
rc=0; "$EVALWIZ" render "$dir/empty.yaml" -o "$dir/no/such/e.md" 2>"$dir/err" || rc=$?
test "$rc" -eq 73
grep -q "cannot" "$dir/err"
if grep -q "not yet answered" "$dir/err"; then echo "FAIL: gaps reported for a document not written" >&2; exit 1; fi

# gaps: marked, listed at the end, counted on stderr; --strict refuses
"$EVALWIZ" render "$dir/empty.yaml" -o "$dir/e.md" 2>"$dir/err"
grep -q '^evalwiz: .*empty.yaml: [0-9]* questions\{0,1\} not yet answered; marked in the document and listed at the end$' "$dir/err"
grep -q '\*Not yet answered\*' "$dir/e.md"
grep -qx '## Not yet answered' "$dir/e.md"
grep -q '^- .*(`opening.intervention`)$' "$dir/e.md"
rc=0; "$EVALWIZ" render "$dir/empty.yaml" --strict -o "$dir/s.md" 2>"$dir/err" || rc=$?
test "$rc" -eq 1
test ! -e "$dir/s.md"
grep -q 'empty.yaml: opening.intervention: not yet answered$' "$dir/err"
grep -q '^evalwiz: .*empty.yaml: [0-9]* questions\{0,1\} not yet answered; --strict renders only complete plans$' "$dir/err"

# usage errors
rc=0; "$EVALWIZ" render "$demo" -f rtf 2>"$dir/err" || rc=$?
test "$rc" -eq 64
grep -qx 'evalwiz: unknown format rtf: use md, html, tex, docx, odt, pdf, csv, dot or txt' "$dir/err"
rc=0; "$EVALWIZ" render "$demo" -o "$dir/x.rtf" 2>"$dir/err" || rc=$?
test "$rc" -eq 64
grep -q '^evalwiz: cannot tell the format from the name .*x.rtf: add -f' "$dir/err"
rc=0; "$EVALWIZ" render "$demo" -t schedule -f html 2>"$dir/err" || rc=$?
test "$rc" -eq 64
grep -qx 'evalwiz: the template schedule cannot make html; it makes csv' "$dir/err"
rc=0; "$EVALWIZ" render "$demo" -t nosuch 2>"$dir/err" || rc=$?
test "$rc" -eq 65
grep -qx 'evalwiz: no template "nosuch"; the templates for the pack eif-10-steps are: answers, logic-model, plan, protocol, schedule, summary' "$dir/err"
rc=0; "$EVALWIZ" render 2>/dev/null || rc=$?
test "$rc" -eq 64
rc=0; "$EVALWIZ" render "$dir/nosuch.yaml" 2>/dev/null || rc=$?
test "$rc" -eq 66

# pandoc missing: a clear message naming the Debian package, EX_UNAVAILABLE
mkdir "$dir/nopath"
rc=0; PATH=$dir/nopath "$EVALWIZ" render "$demo" -o "$dir/p.docx" 2>"$dir/err" || rc=$?
test "$rc" -eq 69
grep -qx 'evalwiz: cannot write docx: pandoc is not installed; install the Debian package pandoc (apt-get install pandoc), or render to md, html or tex' "$dir/err"
test ! -e "$dir/p.docx"

# evalwiz templates lists the defaults, and a --templates folder adds more
"$EVALWIZ" templates > "$dir/list"
test "$(grep -c '^[a-z]' "$dir/list")" -eq 6
grep -q '^plan  *markdown  *Evaluation plan$' "$dir/list"
grep -q '^schedule  *csv  *Data collection schedule$' "$dir/list"
"$EVALWIZ" --templates "$top_srcdir/tests/data/render/templates" templates | grep -q '^echo-csv  *csv  *Echo CSV$'

# template mistakes: file:line:col and what is wrong, exit 65
check_error() {
	rc=0; "$EVALWIZ" --templates "$bad" render "$hostile" -t "$1" -o "$dir/bad.md" 2>"$dir/err" || rc=$?
	test "$rc" -eq 65
	if ! grep -qxF "evalwiz: $bad/$2" "$dir/err"; then
		echo "expected: evalwiz: $bad/$2" >&2
		cat "$dir/err" >&2
		exit 1
	fi
	test ! -e "$dir/bad.md"
}
check_error syntax "syntax.yaml:7:19: this expression is not valid Lua: unexpected symbol near ')'"
check_error runtime "runtime.yaml:7:14: attempt to index a nil value (global 'nosuch')"
check_error unclosed "unclosed.yaml:5:7: this {% if %} is never closed with {% end %}"
check_error filter 'filter.yaml:4:18: unknown filter "shout"; the filters are: capitalize, cell, count, date, default, escape, first, join, label, last, length, lower, money, number, percent, plural, trim, truncate, upper, yesno'
check_error key 'key.yaml:3:11: unknown template key "sectoins"; the keys are: description, gaps, id, kind, pack, sections, title, variants'
check_error partial 'partials/broken.yaml:3:3: the partial failed'
check_error when "when.yaml:5:11: this expression is not valid Lua: unexpected symbol near ')'"
# a runaway template is stopped by the budget
check_error runaway 'runaway.yaml:6:7: stopped: this code ran for more than 100 million steps; is there a loop that never ends?'

# outside programs, by stand-ins on PATH: dot's SVG replaces the Mermaid
# block in HTML; pandoc gets the Markdown on its input and the format asked
mkdir "$dir/bin"
cat > "$dir/bin/dot" <<'DOT'
#!/bin/sh
cat > "${0%/*}/dot.in"
printf '<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg id="fake">drawn</svg>\n'
DOT
cat > "$dir/bin/pandoc" <<'PANDOC'
#!/bin/sh
echo "$@" > "${0%/*}/pandoc.args"
cat > "${0%/*}/pandoc.in"
out=
while [ $# -gt 0 ]; do
	case $1 in
	--output) out=$2 ;;
	--reference-doc=*) cp "${1#*=}" "${0%/*}/reference.docx" ;;
	--lua-filter=*) cp "${1#*=}" "${0%/*}/filter.lua" ;;
	esac
	shift
done
if [ "$out" = - ]; then printf 'PK-fake'; else printf '%%PDF-fake' > "$out"; fi
PANDOC
chmod +x "$dir/bin/dot" "$dir/bin/pandoc"
cat > "$dir/lm.yaml" <<'PLAN'
evalwiz: 1
pack: {id: eif-10-steps, version: 1}
meta: {title: Diagram}
answers:
  logic_model:
    inputs: [Staff, "Venue \"A\""]
PLAN
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$dir/lm.yaml" -o "$dir/lm.html" 2>/dev/null
grep -qx '<svg role="img" aria-label="The logic model" id="fake">drawn</svg>' "$dir/lm.html"
if grep -q 'language-mermaid\|<?xml\|DOCTYPE svg' "$dir/lm.html"; then echo "the Mermaid block or the SVG prolog is left" >&2; exit 1; fi
grep -qx '  in2 \[label="Venue \\"A\\""\];' "$dir/bin/dot.in"
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$demo" -o "$dir/p2.docx" 2>/dev/null
test "$(cat "$dir/p2.docx")" = PK-fake
# CommonMark with tables and nothing else: no raw HTML or TeX, no YAML
# metadata blocks; the level-1 heading becomes the title; Word's styles
# from evalwiz's own reference document, right-to-left text marked
grep -qx -- '--from=commonmark+pipe_tables+gfm_auto_identifiers-raw_html-raw_tex --standalone --shift-heading-level-by=-1 --metadata=lang:en-GB --resource-path=[^ ]*/evalwiz-pandoc\.[^ ]* --lua-filter=[^ ]*/evalwiz-pandoc\.[^ ]*/filter\.lua --to docx --reference-doc=[^ ]*/evalwiz-pandoc\.[^ ]*/reference\.docx --output -' "$dir/bin/pandoc.args"
grep -q '^function Table(t)$' "$dir/bin/filter.lua"
grep -q '^local function strong(c)$' "$dir/bin/filter.lua"
# the reference document is a zip, the same bytes at every run
test "$(head -c 4 "$dir/bin/reference.docx")" = "$(printf 'PK\003\004')"
mv "$dir/bin/reference.docx" "$dir/ref1.docx"
# pandoc gets the Markdown document (with the box diagram in place of Mermaid)
head -n 1 "$dir/bin/pandoc.in" | grep -q '^# '
if grep -q mermaid "$dir/bin/pandoc.in"; then echo "pandoc got the Mermaid block" >&2; exit 1; fi
# Word gets the box diagram and PDF the ASCII one, not the Mermaid source
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$dir/lm.yaml" -o "$dir/lm.docx" 2>/dev/null
grep -qx '│ • Staff  *│' "$dir/bin/pandoc.in"
cmp "$dir/ref1.docx" "$dir/bin/reference.docx"
# a house style: reference.docx in the --templates folder, as it is
mkdir "$dir/house"
printf 'PK-house' > "$dir/house/reference.docx"
PATH="$dir/bin:$PATH" "$EVALWIZ" --templates "$dir/house" render "$dir/lm.yaml" -o "$dir/lm.docx" 2>/dev/null
grep -q -- " --reference-doc=$dir/house/reference.docx --output -\$" "$dir/bin/pandoc.args"
test "$(cat "$dir/bin/reference.docx")" = PK-house
# only for Word
PATH="$dir/bin:$PATH" "$EVALWIZ" --templates "$dir/house" render "$dir/lm.yaml" -f odt -o "$dir/lm.odt" 2>/dev/null
if grep -q -- --reference-doc "$dir/bin/pandoc.args"; then echo "odt got the Word reference" >&2; exit 1; fi
if grep -q mermaid "$dir/bin/pandoc.in"; then echo "pandoc got the Mermaid block" >&2; exit 1; fi
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$dir/lm.yaml" -o "$dir/p2.pdf" 2>/dev/null
test "$(cat "$dir/p2.pdf")" = '%PDF-fake'
# the PDF's filter: table widths, no right-to-left marks (pdfLaTeX has no such letters)
grep -q '^function Table(t)$' "$dir/bin/filter.lua"
grep -q '^function Pandoc(doc)$' "$dir/bin/filter.lua"
if grep -q 'strong' "$dir/bin/filter.lua"; then echo "the PDF got the Word filter" >&2; exit 1; fi
grep -qx '| \* Staff  *|' "$dir/bin/pandoc.in"
# pandoc without LaTeX (its exit 47): name the package that brings LaTeX
cat > "$dir/bin/pandoc" <<'PANDOC'
#!/bin/sh
echo "pdflatex not found. Please select a different --pdf-engine or install pdflatex" >&2
exit 47
PANDOC
rc=0; PATH="$dir/bin:$PATH" "$EVALWIZ" render "$demo" -o "$dir/p3.pdf" 2>"$dir/err" || rc=$?
test "$rc" -eq 69
grep -qx 'evalwiz: cannot write pdf: pandoc needs pdfLaTeX to make a PDF; install the Debian packages texlive-latex-recommended and lmodern (apt-get install --no-install-recommends texlive-latex-recommended lmodern), or render to html and print it' "$dir/err"
test ! -e "$dir/p3.pdf"

# a --templates folder replaces a default template and a default partial
mkdir -p "$dir/mine/partials"
cat > "$dir/mine/plan.yaml" <<'TPL'
id: plan
title: My plan
description: Replaces the default.
gaps: none
sections:
  - body: |
      Mine: {{ title }}
      {% include "cover" %}
TPL
printf 'body: "my cover"\n' > "$dir/mine/partials/cover.yaml"
test "$("$EVALWIZ" --templates "$dir/mine" render "$demo" 2>/dev/null)" = "Mine: Family Foundations: evaluation plan 2027 to 2035
my cover"
"$EVALWIZ" --templates "$dir/mine" templates | grep -q '^plan  *markdown  *My plan$'
# a folder that does not exist is an error, not silently ignored
rc=0; "$EVALWIZ" --templates "$dir/nosuch" render "$demo" 2>"$dir/err" >/dev/null || rc=$?
test "$rc" -eq 66
grep -qx "evalwiz: cannot use the template folder $dir/nosuch: No such file or directory" "$dir/err"
rc=0; "$EVALWIZ" --templates "$demo" templates 2>"$dir/err" >/dev/null || rc=$?
test "$rc" -eq 66
grep -qx "evalwiz: cannot use the template folder $demo: it is not a folder" "$dir/err"
# ... even when the template catches errors with pcall
check_error pcall 'pcall.yaml:5:7: stopped: this code ran for more than 100 million steps; is there a loop that never ends?'
