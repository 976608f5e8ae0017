#!/bin/sh
# evalwiz render and evalwiz templates: formats from the name or -f, -o -,
# atomic replacement, gaps and --strict, usage errors, pandoc missing,
# template mistakes named by file:line:col, a runaway template stopped.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
# want_rc N: the last command (rc=0; CMD 2>"$dir/err" || rc=$?) exited N.
want_rc() {
	[ "$rc" -eq "$1" ] || fail "expected exit $1, got $rc; stderr: $(cat "$dir/err" 2>/dev/null)"
}
# holds FILE TEXT: the file's text is TEXT (final newlines aside).
holds() {
	[ "$(cat "$1")" = "$2" ] || fail "$1: expected [$2], got [$(cat "$1")]"
}
# same FILE1 FILE2: the same bytes.
same() {
	cmp -s "$1" "$2" || { diff -u "$1" "$2" | head -n 20 >&2 || true; fail "$2 differs from $1"; }
}
demo=$top_srcdir/examples/demo-plan.yaml
hostile=$top_srcdir/tests/data/render/hostile-plan.yaml
bad=$top_srcdir/tests/data/render/bad
"$EVALWIZ" new "$dir/empty.yaml" --title "Empty" 2>/dev/null

# the format follows the extension; -f wins; -o - and no -o write to stdout
"$EVALWIZ" render "$demo" -o "$dir/p.html" 2>/dev/null
head -n 1 "$dir/p.html" >"$dir/first"; has_line "$dir/first" '<!DOCTYPE html>'
"$EVALWIZ" render "$demo" -o "$dir/p.txt.md" 2>/dev/null
head -n 1 "$dir/p.txt.md" >"$dir/first"; has "$dir/first" '^# '
"$EVALWIZ" render "$demo" -f tex -o "$dir/p.out" 2>/dev/null
head -n 1 "$dir/p.out" >"$dir/first"; has "$dir/first" '^\\documentclass'
"$EVALWIZ" render "$demo" -o - 2>/dev/null >"$dir/stdout.md"; same "$dir/p.txt.md" "$dir/stdout.md"
"$EVALWIZ" render "$demo" 2>/dev/null >"$dir/stdout.md"; same "$dir/p.txt.md" "$dir/stdout.md"
"$EVALWIZ" render "$demo" -t schedule 2>/dev/null | head -n 1 >"$dir/first"
has_line "$dir/first" 'outcome,measure,informant,timepoint,collected_by'
"$EVALWIZ" render "$demo" -t logic-model -f dot 2>/dev/null | head -n 1 >"$dir/first"
has_line "$dir/first" 'digraph diagram {'

# the file is replaced, not written into: a hard link keeps the old text
echo old > "$dir/r.md"
ln "$dir/r.md" "$dir/link.md"
"$EVALWIZ" render "$demo" -o "$dir/r.md" 2>/dev/null
expect_file "$dir/link.md" old
same "$dir/p.txt.md" "$dir/r.md"

# a device or a named pipe is written to as it is, not replaced
"$EVALWIZ" render "$demo" -f md -o /dev/null 2>/dev/null
mkfifo "$dir/pipe.md"
cat "$dir/pipe.md" >"$dir/from-pipe.md" &
"$EVALWIZ" render "$demo" -o "$dir/pipe.md" 2>/dev/null
wait
same "$dir/p.txt.md" "$dir/from-pipe.md"
[ -p "$dir/pipe.md" ] || fail "the named pipe was replaced"

# a write that fails says so, and not that the document has gaps
rc=0; "$EVALWIZ" render "$dir/empty.yaml" -o "$dir/no/such/e.md" 2>"$dir/err" || rc=$?
want_rc 73
has "$dir/err" "cannot"
lacks "$dir/err" "not yet answered"	# no gaps reported for a document not written

# gaps: marked, listed at the end, counted on stderr; --strict refuses
"$EVALWIZ" render "$dir/empty.yaml" -o "$dir/e.md" 2>"$dir/err"
has "$dir/err" '^evalwiz: .*empty.yaml: [0-9]* questions\{0,1\} not yet answered; listed at the end of the document$'
# a draft (test-render-draft.sh): no marks, what is missing at the end
lacks "$dir/e.md" 'Not yet answered'
has_line "$dir/e.md" '## What is still missing'
# --full: every question, the unanswered marked and listed by step, in
# the questions' own words, never their ids
"$EVALWIZ" render "$dir/empty.yaml" --full -o "$dir/e.md" 2>"$dir/err"
has "$dir/e.md" '\*Not yet answered\*'
has_line "$dir/e.md" '## Not yet answered'
has_line "$dir/e.md" '\*\*About this plan\*\*'
has_line "$dir/e.md" '- What is the intervention called?'
lacks "$dir/e.md" 'opening\.intervention'
rc=0; "$EVALWIZ" render "$dir/empty.yaml" --strict -o "$dir/s.md" 2>"$dir/err" || rc=$?
want_rc 1
[ ! -e "$dir/s.md" ] || fail ""$dir/s.md" was written"
has "$dir/err" 'empty.yaml: opening.intervention: not yet answered$'
has "$dir/err" '^evalwiz: .*empty.yaml: [0-9]* questions\{0,1\} not yet answered; --strict renders only complete plans$'
# one question unanswered is enough for --strict to refuse; a complete plan renders
cp "$demo" "$dir/one.yaml"
"$EVALWIZ" set "$dir/one.yaml" opening.team=
rc=0; "$EVALWIZ" render "$dir/one.yaml" --strict -o "$dir/one.md" 2>"$dir/err" || rc=$?
want_rc 1
[ ! -e "$dir/one.md" ] || fail "one.md was written with a question unanswered"
has_exact "$dir/err" "$dir/one.yaml: opening.team: not yet answered"
has_exact "$dir/err" "evalwiz: $dir/one.yaml: 1 question not yet answered; --strict renders only complete plans"
rc=0; "$EVALWIZ" render "$demo" --strict -o "$dir/full.md" 2>"$dir/err" || rc=$?
want_rc 0
[ -s "$dir/full.md" ] || fail "--strict did not render the complete demo plan"

# usage errors
rc=0; "$EVALWIZ" render "$demo" -f rtf 2>"$dir/err" || rc=$?
want_rc 64
has_line "$dir/err" 'evalwiz: unknown format rtf: use md, html, tex, docx, odt, pdf, csv, dot or txt'
rc=0; "$EVALWIZ" render "$demo" -o "$dir/x.rtf" 2>"$dir/err" || rc=$?
want_rc 64
has "$dir/err" '^evalwiz: cannot tell the format from the name .*x.rtf: add -f'
rc=0; "$EVALWIZ" render "$demo" -t schedule -f html 2>"$dir/err" || rc=$?
want_rc 64
has_line "$dir/err" 'evalwiz: the template schedule cannot make html; it makes csv'
rc=0; "$EVALWIZ" render "$demo" -t nosuch 2>"$dir/err" || rc=$?
want_rc 65
has_line "$dir/err" 'evalwiz: no template "nosuch"; the templates for the pack eif-10-steps are: answers, logic-model, plan, protocol, schedule, summary'
rc=0; "$EVALWIZ" render 2>/dev/null || rc=$?
want_rc 64
rc=0; "$EVALWIZ" render "$dir/nosuch.yaml" 2>/dev/null || rc=$?
want_rc 66

# pandoc missing: a clear message naming the Debian package, EX_UNAVAILABLE
mkdir "$dir/nopath"
rc=0; PATH=$dir/nopath "$EVALWIZ" render "$demo" -o "$dir/p.docx" 2>"$dir/err" || rc=$?
want_rc 69
has_line "$dir/err" 'evalwiz: cannot write docx: pandoc is not installed; install the Debian package pandoc (apt-get install pandoc), or render to md, html or tex'
[ ! -e "$dir/p.docx" ] || fail ""$dir/p.docx" was written"

# evalwiz templates lists the defaults, and a --templates folder adds more
"$EVALWIZ" templates > "$dir/list"
n=$(grep -c '^[a-z]' "$dir/list" || true)
[ "$n" -eq 6 ] || fail "evalwiz templates: expected 6 templates, got $n: $(cat "$dir/list")"
has "$dir/list" '^plan  *markdown  *Evaluation plan$'
has "$dir/list" '^schedule  *csv  *Data collection schedule$'
"$EVALWIZ" --templates "$top_srcdir/tests/data/render/templates" templates >"$dir/list"
has "$dir/list" '^echo-csv  *csv  *Echo CSV$'

# template mistakes: file:line:col and what is wrong, exit 65
check_error() {
	rc=0; "$EVALWIZ" --templates "$bad" render "$hostile" -t "$1" -o "$dir/bad.md" 2>"$dir/err" || rc=$?
	want_rc 65
	has_exact "$dir/err" "evalwiz: $bad/$2"
	[ ! -e "$dir/bad.md" ] || fail "template $1: bad.md was written"
}
check_error syntax "syntax.yaml:7:19: this expression is not valid Lua: unexpected symbol near ')'"
check_error runtime "runtime.yaml:7:14: nosuch is not defined"
check_error unclosed "unclosed.yaml:5:7: this {% if %} is never closed with {% end %}"
check_error filter 'filter.yaml:4:18: unknown filter "shout"; the filters are: capitalize, cell, count, date, default, escape, first, join, label, last, length, lower, money, number, percent, plural, trim, truncate, upper, yesno'
check_error key 'key.yaml:3:11: unknown template key "sectoins" (did you mean "sections"?); the keys are: description, gaps, id, kind, pack, sections, title, variants'
# a misspelt name, question or computed value is an error with the one meant
check_error typo-var 'typo-var.yaml:5:17: titel is not defined (did you mean "title"?)'
check_error typo-field 'typo-field.yaml:6:7: the pack eif-10-steps has no question theory_of_change.probem (did you mean "theory_of_change.problem"?)'
check_error typo-computed 'typo-computed.yaml:5:13: the pack eif-10-steps has no question impact.mdse (did you mean "impact.mdes"?)'
check_error partial 'partials/broken.yaml:3:3: the partial failed'
check_error when "when.yaml:5:11: this expression is not valid Lua: unexpected symbol near ')'"
# a runaway template is stopped by the budget of steps or, on a busy or slow
# machine, by the processor-time backstop that may come first: either way
# at the template's line, saying why
check_stopped() {
	rc=0; "$EVALWIZ" --templates "$bad" render "$hostile" -t "$1" -o "$dir/bad.md" 2>"$dir/err" || rc=$?
	want_rc 65
	grep -q -x -F "evalwiz: $bad/$2: stopped: this code ran for more than 100 million steps; is there a loop that never ends?" "$dir/err" ||
		grep -q -x -E "evalwiz: $bad/$2: stopped: this code used more than [0-9]+ seconds? of processor time; is there a loop that never ends\?" "$dir/err" ||
		fail "template $1: expected a stop at $2, got: $(cat "$dir/err")"
	[ ! -e "$dir/bad.md" ] || fail "template $1: bad.md was written"
}
check_stopped runaway 'runaway.yaml:6:7'

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
has_line "$dir/lm.html" '<svg role="img" aria-label="The logic model" id="fake">drawn</svg>'
lacks "$dir/lm.html" 'language-mermaid\|<?xml\|DOCTYPE svg'	# no Mermaid block or SVG prolog left
has_line "$dir/bin/dot.in" '  in2 \[label="Venue \\"A\\"", fillcolor="#f4f6f8"\];'
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$demo" -o "$dir/p2.docx" 2>/dev/null
holds "$dir/p2.docx" PK-fake
# CommonMark with tables and nothing else: no raw HTML or TeX, no YAML
# metadata blocks; the level-1 heading becomes the title; Word's styles
# from evalwiz's own reference document, right-to-left text marked; the
# answers' anchors as bookmarks and the plan's identity (test-render-anchors.sh)
has_line "$dir/bin/pandoc.args" '--from=commonmark+pipe_tables+gfm_auto_identifiers-raw_html-raw_tex --standalone --shift-heading-level-by=-1 --metadata=lang:en-GB --resource-path=[^ ]*/evalwiz-pandoc\.[^ ]* --lua-filter=[^ ]*/evalwiz-pandoc\.[^ ]*/marks\.lua --lua-filter=[^ ]*/evalwiz-pandoc\.[^ ]*/filter\.lua --metadata=evalwiz-plan-id:[0-9a-f]\{32\} --metadata=evalwiz-plan-version:[^ ]* --metadata=evalwiz-pack:eif-10-steps@1 --to docx --reference-doc=[^ ]*/evalwiz-pandoc\.[^ ]*/reference\.docx --output -'
has "$dir/bin/filter.lua" '^function Table(t)$'
has "$dir/bin/filter.lua" '^local function strong(c)$'
# the reference document is a zip, the same bytes at every run
[ "$(head -c 4 "$dir/bin/reference.docx")" = "$(printf 'PK\003\004')" ] ||
	fail "reference.docx: expected a zip file (PK\\003\\004), got: $(head -c 4 "$dir/bin/reference.docx" | od -c | head -n 1)"
mv "$dir/bin/reference.docx" "$dir/ref1.docx"
# pandoc gets the Markdown document (with the box diagram in place of Mermaid)
head -n 1 "$dir/bin/pandoc.in" >"$dir/first"; has "$dir/first" '^# '
lacks "$dir/bin/pandoc.in" mermaid
# Word gets the box diagram and PDF the ASCII one, not the Mermaid source
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$dir/lm.yaml" -o "$dir/lm.docx" 2>/dev/null
has_line "$dir/bin/pandoc.in" '│ • Staff  *│'
same "$dir/ref1.docx" "$dir/bin/reference.docx"
# a house style: reference.docx in the --templates folder, as it is
mkdir "$dir/house"
printf 'PK-house' > "$dir/house/reference.docx"
PATH="$dir/bin:$PATH" "$EVALWIZ" --templates "$dir/house" render "$dir/lm.yaml" -o "$dir/lm.docx" 2>/dev/null
has "$dir/bin/pandoc.args" " --reference-doc=$dir/house/reference.docx --output -\$"
holds "$dir/bin/reference.docx" PK-house
# only for Word
PATH="$dir/bin:$PATH" "$EVALWIZ" --templates "$dir/house" render "$dir/lm.yaml" -f odt -o "$dir/lm.odt" 2>/dev/null
lacks "$dir/bin/pandoc.args" --reference-doc	# odt gets no Word reference
lacks "$dir/bin/pandoc.in" mermaid
PATH="$dir/bin:$PATH" "$EVALWIZ" render "$dir/lm.yaml" -o "$dir/p2.pdf" 2>/dev/null
holds "$dir/p2.pdf" '%PDF-fake'
# the PDF's filter: table widths, no right-to-left marks (pdfLaTeX has no such letters)
has "$dir/bin/filter.lua" '^function Table(t)$'
has "$dir/bin/filter.lua" '^function Pandoc(doc)$'
lacks "$dir/bin/filter.lua" 'strong'	# the PDF gets no Word filter
has_line "$dir/bin/pandoc.in" '| \* Staff  *|'
# pandoc without LaTeX (its exit 47): name the package that brings LaTeX
cat > "$dir/bin/pandoc" <<'PANDOC'
#!/bin/sh
echo "pdflatex not found. Please select a different --pdf-engine or install pdflatex" >&2
exit 47
PANDOC
rc=0; PATH="$dir/bin:$PATH" "$EVALWIZ" render "$demo" -o "$dir/p3.pdf" 2>"$dir/err" || rc=$?
want_rc 69
has_line "$dir/err" 'evalwiz: cannot write pdf: pandoc needs pdfLaTeX to make a PDF; install the Debian packages texlive-latex-recommended and lmodern (apt-get install --no-install-recommends texlive-latex-recommended lmodern), or render to html and print it'
[ ! -e "$dir/p3.pdf" ] || fail ""$dir/p3.pdf" was written"

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
"$EVALWIZ" --templates "$dir/mine" render "$demo" 2>/dev/null >"$dir/mine.md"
holds "$dir/mine.md" "Mine: Family Foundations: evaluation plan 2027 to 2035
my cover"
"$EVALWIZ" --templates "$dir/mine" templates >"$dir/list"
has "$dir/list" '^plan  *markdown  *My plan$'
# a folder that does not exist is an error, not silently ignored
rc=0; "$EVALWIZ" --templates "$dir/nosuch" render "$demo" 2>"$dir/err" >/dev/null || rc=$?
want_rc 66
has_exact "$dir/err" "evalwiz: cannot use the template folder $dir/nosuch: No such file or directory"
rc=0; "$EVALWIZ" --templates "$demo" templates 2>"$dir/err" >/dev/null || rc=$?
want_rc 66
has_exact "$dir/err" "evalwiz: cannot use the template folder $demo: it is not a folder"
# ... even when the template catches errors with pcall
check_stopped pcall 'pcall.yaml:5:7'
