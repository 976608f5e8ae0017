#!/bin/sh
# Tables and labels laid out for reading: in HTML a cell of a number or an
# amount keeps on one line (class num); in Word and the PDF a column of
# short cells is as wide as its longest, so an amount is never split, and a
# label before a list or table keeps with it (Word's Label style with
# keepNext; a conditional page break in LaTeX).  Skipped without pandoc,
# pdflatex, python3 or poppler-utils.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it reads the Word file"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
command -v pdflatex >/dev/null 2>&1 || skip_test "pdflatex is not installed (apt-get install texlive-latex-recommended lmodern)"
command -v pdftotext >/dev/null 2>&1 || skip_test "pdftotext is not installed (apt-get install poppler-utils)"
demo=$top_srcdir/examples/demo-plan.yaml
"$EVALWIZ" render "$demo" -o plan.html 2>/dev/null
has plan.html '<td align="right" class="num">£12,000.00</td>'
has plan.html '<td align="right" class="num">1,200</td>'
lacks plan.html '<td class="num">[^<]*[A-Za-z]'	# words are not numbers
has plan.html 'td.num{white-space:nowrap'

# an answer's table (the answers template) sets its number columns right
"$EVALWIZ" render "$demo" -t answers -o answers.md 2>/dev/null
has answers.md '^| Item | Category | Quantity | Unit cost (£) | Lowest unit cost (£) | Highest unit cost (£) | Set-up or recurrent? |$'
has answers.md '^| --- | --- | ---: | ---: | ---: | ---: | --- |$'

# the total under the cost table reads like the table's amounts (pence)
"$EVALWIZ" render "$demo" -o plan.md 2>/dev/null
has plan.md '^| \*\*Total\*\* | | | | \*\*£79,918.00\*\* | |$'
has plan.md '^\*\*Total cost:\*\* £79,918.00, or £1,331.97 for each of 60 families who start.$'
# and whole pounds when every amount is whole
sed 's/unit_cost: 0.45$/unit_cost: 1/' "$demo" > whole.yaml
"$EVALWIZ" render whole.yaml -o whole.md 2>/dev/null
has whole.md '^\*\*Total cost:\*\* £81,568, or £1,359 for each of 60 families who start.$'

"$EVALWIZ" render "$demo" -o plan.docx 2>/dev/null
cat > check.py <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile("plan.docx")
doc = z.read("word/document.xml").decode()
styles = z.read("word/styles.xml").decode()
fails = []
m = re.search(r'<w:style [^>]*w:styleId="Label".*?</w:style>', styles)
if not m or not re.search(r"<w:keepNext ?/>", m.group(0)):
    fails.append("no Label style with keepNext")  # pandoc writes <w:keepNext />
labels = re.findall(r'<w:pStyle w:val="Label" />.*?</w:p>', doc)
texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", l)) for l in labels]
for want in ("Risk factors it addresses:", "Costs:"):
    if want not in texts:
        fails.append("%r is not a Label paragraph (labels: %s)" % (want, texts[:5]))
# the cost table: the column of amounts is at least as wide as its longest
for tbl in re.findall(r"<w:tbl>.*?</w:tbl>", doc):
    if "Unit cost" not in tbl:
        continue
    cols = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', tbl)]
    page = sum(cols)
    rows = re.findall(r"<w:tr>.*?</w:tr>", tbl)
    for row in rows[1:]:
        cells = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", row)]
        for i, c in enumerate(cells):
            if re.fullmatch(r"£?[\d,.]+", c) and cols[i] < page * (len(c) + 1) / 95:
                fails.append("column %d (%d of %d) is narrower than %r" % (i, cols[i], page, c))
# the participant timeline: each column at least as wide as its header's
# longest word and a cell's padding (Word split "3 month/s" at 3 characters)
for tbl in re.findall(r"<w:tbl>.*?</w:tbl>", doc):
    if "Before allocation" not in tbl:
        continue
    cols = [int(w) for w in re.findall(r'<w:gridCol w:w="(\d+)"', tbl)]
    page = sum(cols)
    head = re.findall(r"<w:tr>.*?</w:tr>", tbl)[0]
    cells = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c)) for c in re.findall(r"<w:tc>.*?</w:tc>", head)]
    for i, c in enumerate(cells):
        word = max([len(w) for w in c.split()] or [0])
        if cols[i] < page * (word + 3.5) / 95:
            fails.append("timeline column %d (%d of %d) is narrower than its header word in %r" % (i, cols[i], page, c))
for f in fails:
    print("FAIL:", f)
sys.exit(1 if fails else 0)
PY
python3 check.py || fail "Word's layout (above)"

# an empty plan's list of unanswered questions: each step's name, bold
# words alone over its list, keeps with the list (it was left at the foot
# of a page with its questions on the next)
"$EVALWIZ" new empty.yaml --title "Empty" >/dev/null 2>&1
"$EVALWIZ" render empty.yaml --full -o empty.docx 2>/dev/null
# and the draft's: the steps not started, bold over their list
"$EVALWIZ" render empty.yaml -o draft.docx 2>/dev/null
python3 - <<'PY' || fail "an unanswered step's name is not a Label paragraph"
import re, zipfile
missing = []
# (in the draft's box of what is missing, its own Draft Label style)
for name, want in (("empty.docx", ("Pilot impact study", "Theory of change")), ("draft.docx", ("Not started yet",))):
    doc = zipfile.ZipFile(name).read("word/document.xml").decode()
    labels = re.findall(r'<w:pStyle w:val="(?:Draft)?Label" />.*?</w:p>', doc)
    texts = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", l)) for l in labels]
    missing += [w for w in want if w not in texts]
if missing:
    print("FAIL: not Label paragraphs:", missing, "labels:", texts[:8])
    raise SystemExit(1)
PY

EVALWIZ_PDF_ENGINE=pdflatex "$EVALWIZ" render "$demo" -o plan.pdf 2>/dev/null
pdftotext plan.pdf plan.txt
for amount in '£12,000' '£1,200' '£2,500' '£79,918'; do
	grep -q "$amount" plan.txt || fail "the PDF splits or loses $amount"
done
exit 0
