#!/bin/sh
# With pandoc installed, the plan becomes a Word file and an ODT file with
# real headings (the title once, then Heading 1 and 2), real tables with
# header rows, and the logic model as a picture when dot is installed;
# hostile answers stay text.  Skipped without pandoc and unzip.
set -eu
command -v pandoc >/dev/null 2>&1 || { echo "pandoc is not installed: skipped"; exit 77; }
command -v unzip >/dev/null 2>&1 || { echo "unzip is not installed: skipped"; exit 77; }
. "$top_srcdir/tests/cli/lib.sh"
demo=$top_srcdir/examples/demo-plan.yaml
data=$top_srcdir/tests/data/render

"$EVALWIZ" render "$demo" -o plan.docx 2>/dev/null
"$EVALWIZ" render "$demo" -f odt -o plan.odt 2>/dev/null
test "$(head -c 2 plan.docx)" = PK
test "$(head -c 2 plan.odt)" = PK
unzip -p plan.docx word/document.xml > doc.xml
unzip -p plan.odt content.xml > content.xml

# Word: one Title (the plan's name, not repeated as a heading), the 13
# sections as Heading 1 and their parts as Heading 2
styles() { grep -o '<w:pStyle w:val="[A-Za-z0-9]*"' "$1" | sed 's/.*val="//; s/"//' | sort | uniq -c | awk '{print $2 "=" $1}' | tr '\n' ' '; }
s=$(styles doc.xml)
case "$s" in *"Title=1 "*) ;; *) fail "want one Title paragraph: $s" ;; esac
case "$s" in *"Heading1=13 "*) ;; *) fail "want 13 Heading1 paragraphs: $s" ;; esac
case "$s" in *"Heading2=12 "*) ;; *) fail "want 12 Heading2 paragraphs: $s" ;; esac
unzip -p plan.docx docProps/core.xml | grep -q '<dc:title>Family Foundations: evaluation plan 2027 to 2031</dc:title>'
# tables are Word tables, each with a header row
test "$(grep -o '<w:tbl>' doc.xml | wc -l)" -eq 16
test "$(grep -o '<w:tblHeader' doc.xml | wc -l)" -eq 16
# read back by pandoc: the title, then the same headings
pandoc plan.docx -s -t markdown 2>/dev/null > back.md
grep -qx 'title: "Family Foundations: evaluation plan 2027 to 2031"' back.md
test "$(grep -c '^# ' back.md)" -eq 13
grep -qx '## Logic model' back.md
grep -qx '## Sample size' back.md
grep -qx '# Governance' back.md
# British English for Word's spelling checker
unzip -p plan.docx word/styles.xml | grep -q 'w:val="en-GB"'

# ODT: headings are text:h with outline levels, tables are table:table
test "$(grep -o '<text:h [^>]*text:outline-level="1"' content.xml | wc -l)" -eq 13
test "$(grep -o '<table:table ' content.xml | wc -l)" -eq 16
test "$(grep -o '<table:table-header-rows>' content.xml | wc -l)" -eq 16

# the logic model: a picture that fits the page when dot is installed, the
# box diagram otherwise
if command -v dot >/dev/null 2>&1; then
	unzip -l plan.docx | grep -q 'word/media/.*\.png$' || fail "no picture in the Word file"
	grep -q '<pic:pic' doc.xml
	unzip -l plan.odt | grep -q 'Pictures/.*\.png$' || fail "no picture in the ODT file"
	w=$(grep -o '<draw:frame [^>]*svg:width="[0-9.]*pt"' content.xml | sed 's/.*svg:width="//; s/\..*//; s/pt"//')
	test "$w" -le 460 || fail "the ODT picture is ${w}pt wide, wider than the page"
else
	grep -q '┌' doc.xml
fi

# hostile answers: no heading, list or table from an answer, no raw HTML
"$EVALWIZ" --templates "$data/templates" render "$data/hostile-plan.yaml" -t echo -o echo.docx 2>/dev/null
unzip -p echo.docx word/document.xml > echo.xml
s=$(styles echo.xml)
case "$s" in *"Heading1=4 "*) ;; *) fail "the answers changed the headings: $s" ;; esac
test "$(grep -o '<w:tbl>' echo.xml | wc -l)" -eq 1
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' echo.xml
grep -q '# Not a heading' echo.xml
if grep -q '<w:hyperlink' echo.xml; then fail "an answer made a link"; fi
pandoc echo.docx -t commonmark 2>/dev/null > echo.md
test "$(grep -c '^#' echo.md)" -eq 4

