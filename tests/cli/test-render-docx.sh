#!/bin/sh
# With pandoc installed, the plan becomes a Word file and an ODT file with
# real headings (the title once, then Heading 1 and 2), real tables with
# header rows, and the logic model as a picture when dot is installed;
# Word's styles from evalwiz's reference document (tables with a grid and
# a shaded header row, an A4 page); right-to-left text marked in Word;
# hostile answers stay text.  Skipped without pandoc, unzip and python3.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v unzip >/dev/null 2>&1 || skip_test "unzip is not installed (apt-get install unzip); it opens the Word and ODT files"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it reads the Word file's XML"
demo=$top_srcdir/examples/demo-plan.yaml
data=$top_srcdir/tests/data/render

# pandoc through a stand-in that keeps what it says on standard error
real=$(command -v pandoc)
mkdir bin
printf '#!/bin/sh\n"%s" "$@" 2>>"%s/pandoc.err"\n' "$real" "$dir" > bin/pandoc
chmod +x bin/pandoc
PATH=$dir/bin:$PATH "$EVALWIZ" render "$demo" -o plan.docx 2>/dev/null
PATH=$dir/bin:$PATH "$EVALWIZ" render "$demo" -f odt -o plan.odt 2>/dev/null
if [ -s pandoc.err ]; then cat pandoc.err >&2; fail "pandoc warned"; fi
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
unzip -p plan.docx docProps/core.xml | grep -q '<dc:title>Family Foundations: evaluation plan 2027 to 2035</dc:title>'
# tables are Word tables, each with a header row (the project and participant
# timelines among them)
test "$(grep -o '<w:tbl>' doc.xml | wc -l)" -eq 19
test "$(grep -o '<w:tblHeader' doc.xml | wc -l)" -eq 19
# read back by pandoc: the title, then the same headings
pandoc plan.docx -s -t markdown 2>/dev/null > back.md
grep -qx 'title: "Family Foundations: evaluation plan 2027 to 2035"' back.md
test "$(grep -c '^# ' back.md)" -eq 13
grep -qx '## Logic model' back.md
grep -qx '## Sample size' back.md
grep -qx '# Governance' back.md
# British English for Word's spelling checker
unzip -p plan.docx word/styles.xml | grep -q 'w:val="en-GB"'

# Word's styles: every table in the Table style, which has a grid and a
# shaded bold header row; wide tables the page's width; an A4 page with
# 2 cm margins and page numbers; the picture within the margins
python3 - plan.docx <<'PY' || fail "the Word file's styles"
import sys, zipfile, xml.etree.ElementTree as ET
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
z = zipfile.ZipFile(sys.argv[1])
doc = ET.fromstring(z.read("word/document.xml"))
styles = ET.fromstring(z.read("word/styles.xml"))
def val(e, path, attr="val"):
    x = e.find(path)
    return None if x is None else x.get(W + attr)
def want(ok, what):
    if not ok:
        print("FAIL:", what, file=sys.stderr)
        sys.exit(1)
tables = doc.findall(".//" + W + "tbl")
want(len(tables) == 19, "19 tables, got %d" % len(tables))
want(all(val(t, W + "tblPr/" + W + "tblStyle") == "Table" for t in tables), "tables in the Table style")
want(all(val(t, W + "tblPr/" + W + "tblLook", "firstRow") == "1" for t in tables), "header rows in the table look")
wide = [t for t in tables if val(t, W + "tblPr/" + W + "tblW", "type") == "pct"]
want(len(wide) >= 10 and all(val(t, W + "tblPr/" + W + "tblW", "w") == "5000" for t in wide), "wide tables at 100%")
table = [s for s in styles.findall(W + "style") if s.get(W + "styleId") == "Table"]
want(len(table) == 1 and table[0].get(W + "type") == "table", "one table style named Table")
borders = table[0].find(W + "tblPr/" + W + "tblBorders")
want(borders is not None, "the Table style has borders")
for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
    want(val(borders, W + side) == "single", "a %s border" % side)
head = [p for p in table[0].findall(W + "tblStylePr") if p.get(W + "type") == "firstRow"]
want(len(head) == 1, "a header-row format")
want(val(head[0], W + "tcPr/" + W + "shd", "fill") not in (None, "auto", "FFFFFF"), "the header row shaded")
want(head[0].find(W + "rPr/" + W + "b") is not None, "the header row bold")
ids = {s.get(W + "styleId") for s in styles.findall(W + "style")}
for sid in ("Normal", "BodyText", "FirstParagraph", "Compact", "Title", "Heading1", "Heading2", "Heading3", "SourceCode", "Hyperlink"):
    want(sid in ids, "a %s style" % sid)
want(val(styles, W + "docDefaults/" + W + "rPrDefault/" + W + "rPr/" + W + "sz") == "22", "11 pt text")
sect = doc.find(W + "body/" + W + "sectPr")
want(sect is not None, "the page set")
want((val(sect, W + "pgSz", "w"), val(sect, W + "pgSz", "h")) == ("11906", "16838"), "an A4 page")
want(all(val(sect, W + "pgMar", m) == "1134" for m in ("top", "right", "bottom", "left")), "2 cm margins")
want(sect.find(W + "footerReference") is not None, "a footer")
want(any(b"PAGE" in z.read(n) for n in z.namelist() if n.startswith("word/footer")), "page numbers in the footer")
# the contents after the opening: Word's TOC field with an entry, a link
# to the heading's bookmark, for each Heading 1 and 2
blocks = list(doc.find(W + "body"))
sdts = [i for i, b in enumerate(blocks) if b.tag == W + "sdt"]
want(len(sdts) == 1, "one table of contents")
toc = blocks[sdts[0]]
def style(p):
    return val(p, W + "pPr/" + W + "pStyle")
levels = [style(p) for p in toc.iter(W + "p")]
# 13 sections with 12 subsections are more than fit on the first page
# beside the opening: the sections alone
want(levels.count("TOC1") == 13 and levels.count("TOC2") == 0, "13 entries: %s" % levels)
want('TOC \\o "1-1"' in "".join(t.text or "" for t in toc.iter(W + "instrText")), "a TOC field")
marks = {b.get(W + "name") for b in doc.iter(W + "bookmarkStart")}
for h in toc.iter(W + "hyperlink"):
    want(h.get(W + "anchor") in marks, "a bookmark for %s" % h.get(W + "anchor"))
first = min(i for i, b in enumerate(blocks) if b.tag == W + "p" and style(b) == "Heading1")
want(sdts[0] < first and style(blocks[0]) == "Title" and sdts[0] > 3, "the contents after the opening")
# the first section starts on the first page, under the contents
after = [b for b in blocks[sdts[0] + 1:] if b.tag == W + "p"][0]
want(style(after) == "Heading1" and not any(b.get(W + "type") == "page" for b in after.iter(W + "br")),
     "the first section right after the contents")
A = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
for e in doc.iter(A + "extent"):
    want(int(e.get("cx")) <= 6120000, "the picture within the 17 cm between the margins")
PY

# a house style: reference.docx in the --templates folder replaces
# evalwiz's styles (here pandoc's own, which has no shaded header row)
mkdir house
pandoc -o house/reference.docx --print-default-data-file reference.docx
PATH=$dir/bin:$PATH "$EVALWIZ" --templates house render "$demo" -o house.docx 2>/dev/null
unzip -p house.docx word/styles.xml > house.xml
grep -q 'w:styleId="Table"' house.xml
if grep -q 'E3EBF2' house.xml; then fail "the house style was not used"; fi
unzip -p plan.docx word/styles.xml | grep -q 'E3EBF2' || fail "evalwiz's own styles were not used"

# right to left: paragraphs, cells and list items whose first letter is
# Arabic or Hebrew are marked (w:bidi, runs w:rtl), their English words
# not; an Arabic or Hebrew word in an English paragraph is marked alone
PATH=$dir/bin:$PATH "$EVALWIZ" --templates "$data/templates" render "$data/rtl-plan.yaml" -t echo -o rtl.docx 2>/dev/null
if [ -s pandoc.err ]; then cat pandoc.err >&2; fail "pandoc warned"; fi
python3 - rtl.docx <<'PY' || fail "right-to-left marks"
import sys, zipfile, xml.etree.ElementTree as ET
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
doc = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))
def text(p):
    return "".join(t.text or "" for t in p.iter(W + "t"))
def rtl_runs(p):
    return [text(r) for r in p.findall(W + "r") if r.find(W + "rPr/" + W + "rtl") is not None]
paras = {text(p): p for p in doc.iter(W + "p")}
bidi = sorted(t for t, p in paras.items() if p.find(W + "pPr/" + W + "bidi") is not None)
want = sorted([
    "العائلات في Leeds تحتاج إلى دعم مبكر.",
    "שלום לכולם, זו תוכנית הערכה.",
    "برنامج الأسر",
    "العائلات في Leeds تحتاج إلى دعم مبكر. שלום לכולם, זו תוכנית הערכה. An English paragraph with one Hebrew word, שלום, in it.",
    "موظفون مدربون (FTE 2.5)",
    "2027: مقر",
    "خطة التقييم",
])
if bidi != want:
    print("FAIL: right-to-left paragraphs:", bidi, file=sys.stderr)
    sys.exit(1)
def check(ok, what):
    if not ok:
        print("FAIL:", what, file=sys.stderr)
        sys.exit(1)
first = paras["العائلات في Leeds تحتاج إلى دعم مبكر."]
check("Leeds" not in rtl_runs(first) and "العائلات في" in rtl_runs(first), "an English word in an Arabic paragraph")
check(paras["العائلات في Leeds تحتاج إلى دعم مبكر."].find(W + "pPr/" + W + "pStyle").get(W + "val") == "BodyText",
      "a right-to-left paragraph keeps the Body Text style")
mixed = paras["An English paragraph with one Hebrew word, שלום, in it."]
check(rtl_runs(mixed) == ["שלום,"], "one Hebrew word in an English paragraph: %s" % rtl_runs(mixed))
check(rtl_runs(paras["Trained staff"]) == [], "an English list item")
inline = paras["Inline: برنامج الأسر and 2027 מחקר."]
check(rtl_runs(inline) == ["برنامج", "الأسر", "מחקר."], "words in an English line: %s" % rtl_runs(inline))
PY

# ODT: headings are text:h with outline levels, tables are table:table
test "$(grep -o '<text:h [^>]*text:outline-level="1"' content.xml | wc -l)" -eq 13
test "$(grep -o '<table:table ' content.xml | wc -l)" -eq 19
test "$(grep -o '<table:table-header-rows>' content.xml | wc -l)" -eq 19
# ruled tables with a shaded header row, an A4 page with 2 cm margins, and
# the contents (the 13 sections, linked to their headings) after the opening
tr -d '\n' < content.xml > content1.xml
has content1.xml '<style:style style:name="TableHeaderRowCell" style:family="table-cell"> *<style:table-cell-properties fo:border="0.5pt solid #8a96a3" fo:background-color="#e8eef4"'
has content1.xml '<style:style style:name="TableRowCell" style:family="table-cell"> *<style:table-cell-properties fo:border="0.5pt solid #8a96a3"'
unzip -p plan.odt styles.xml > styles.xml
tr -d '\n' < styles.xml | grep -q 'style:name="Table_20_Contents"[^>]*>[^<]*<style:paragraph-properties [^>]*/>[^<]*<style:text-properties fo:font-size="10pt"' ||
	fail "the ODT's table text is not 10 points"
grep -q '<style:page-layout-properties [^>]*fo:margin-left="2cm"[^>]*fo:page-height="29.7cm" fo:page-width="21cm"' styles.xml ||
	fail "the ODT's page is not A4 with 2 cm margins: $(grep -o '<style:page-layout-properties [^>]*>' styles.xml)"
test "$(grep -o '<text:p text:style-name="Contents_20_1"><text:a xlink:type="simple" xlink:href="#' content.xml | wc -l)" -eq 13
grep -q 'xlink:href="#intervention-summary">Intervention summary</text:a>' content.xml
grep -q '<text:bookmark-start text:name="intervention-summary" */>' content.xml
unzip -l plan.odt | awk 'NR == 4 { exit $4 != "mimetype" }' || fail "the ODT's first entry is not its mimetype"

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
PATH=$dir/bin:$PATH "$EVALWIZ" --templates "$data/templates" render "$data/hostile-plan.yaml" -t echo -o echo.docx 2>/dev/null
if [ -s pandoc.err ]; then cat pandoc.err >&2; fail "pandoc warned"; fi
unzip -p echo.docx word/document.xml > echo.xml
s=$(styles echo.xml)
case "$s" in *"Heading1=4 "*) ;; *) fail "the answers changed the headings: $s" ;; esac
test "$(grep -o '<w:tbl>' echo.xml | wc -l)" -eq 1
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' echo.xml
grep -q '# Not a heading' echo.xml
# (the only links are the table of contents' links to the headings)
if grep -o '<w:hyperlink [^>]*>' echo.xml | grep -v '^<w:hyperlink w:anchor="[a-z]*" w:history="1">$'; then
	fail "an answer made a link"
fi
pandoc echo.docx -t commonmark 2>/dev/null > echo.md
test "$(grep -c '^#' echo.md)" -eq 4

