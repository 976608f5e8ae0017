#!/bin/sh
# Every answer in the Word, ODT and HTML documents carries an invisible
# anchor naming its question (ew_STEP__FIELD): a Word bookmark, an ODT
# bookmark and an HTML id around the answer's own text, each name once;
# the documents carry the plan's identity (evalwiz-plan-id, -version and
# evalwiz-pack) as Word custom properties, ODT user-defined metadata and
# HTML <meta> elements.  A plan without meta.id is known by one worked out
# from when it was made, the one it is given when next saved.  Markdown and
# PDF carry no marks.  Skipped without pandoc, unzip or python3.
set -eu
. "$top_srcdir/tests/cli/lib.sh"
command -v python3 >/dev/null 2>&1 || skip_test "python3 is not installed; it reads the documents"
command -v pandoc >/dev/null 2>&1 || skip_test "pandoc is not installed (apt-get install pandoc)"
cp "$top_srcdir/examples/demo-plan.yaml" demo.yaml
for f in html docx odt md; do
	"$EVALWIZ" render demo.yaml -f "$f" -o "plan.$f" 2>err || { cat err >&2; fail "render -f $f failed"; }
done
"$EVALWIZ" render demo.yaml -t summary -f html -o summary.html 2>/dev/null

cat > check.py <<'PY'
import re, sys, zipfile, html
from xml.etree import ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# a few answers of every kind: text within a paragraph, a list, a table
# (records), a choice, a number, and one of the cover's list items
WANT = {
    "ew_theory_of_change__problem": "Around 1 in 8 children aged 3 to 7 in Northbridge",
    "ew_theory_of_change__risk_factors": "Harsh or inconsistent discipline",
    "ew_theory_of_change__causal_links": "Child-led play and specific praise",
    "ew_theory_of_change__population_level": "indicated: early signs of the problem",
    "ew_opening__team": "Early Help and Family Support Team",
}
PLAN_ID = sys.argv[1]
fails = []

def check(fmt, spans, props):
    names = [n for n, _ in spans]
    if len(names) < 100:
        fails.append("%s: only %d anchors" % (fmt, len(names)))
    dup = sorted(set(n for n in names if names.count(n) > 1))
    if dup:
        fails.append("%s: anchors named twice: %s" % (fmt, dup[:5]))
    bad = [n for n in names if not re.fullmatch(r"ew_(h[0-9a-f]{8}|[a-z0-9_]+__[a-z0-9_]+)", n) or len(n) > 40]
    if bad:
        fails.append("%s: anchors not named ew_STEP__FIELD: %s" % (fmt, bad[:5]))
    got = dict(spans)
    for name, text in WANT.items():
        if name not in got:
            fails.append("%s: no anchor %s" % (fmt, name))
        elif text not in got[name]:
            fails.append("%s: anchor %s holds %r, not the answer %r" % (fmt, name, got[name][:80], text))
    want = {"evalwiz-plan-id": PLAN_ID, "evalwiz-pack": "eif-10-steps@1",
            "evalwiz-plan-version": "2026-11-20T16:30:00Z"}
    for k, v in want.items():
        if props.get(k) != v:
            fails.append("%s: %s is %r, not %r" % (fmt, k, props.get(k), v))

def texts_between(events):
    """events: ('start', name) / ('end', name) / ('text', s) in document
    order; the text each named range holds."""
    open_, out = {}, {}
    for kind, x in events:
        if kind == "start":
            open_[x] = []
        elif kind == "end" and x in open_:
            out.setdefault(x, "".join(open_.pop(x)))
        elif kind == "text":
            for buf in open_.values():
                buf.append(x)
    for x in open_:
        fails.append("a bookmark %s is never closed" % x)
    return list(out.items()) + [(n, "") for n in open_]

# Word: bookmarks by w:id, the text of the runs between start and end
z = zipfile.ZipFile("plan.docx")
root = ET.fromstring(z.read("word/document.xml"))
ids, events = {}, []
for el in root.iter():
    if el.tag == W + "bookmarkStart" and el.get(W + "name", "").startswith("ew_"):
        ids[el.get(W + "id")] = el.get(W + "name")
        events.append(("start", el.get(W + "name")))
    elif el.tag == W + "bookmarkEnd" and el.get(W + "id") in ids:
        events.append(("end", ids[el.get(W + "id")]))
    elif el.tag == W + "t" and el.text:
        events.append(("text", el.text))
    elif el.tag == W + "p":
        events.append(("text", " "))
props = {}
cp = ET.fromstring(z.read("docProps/custom.xml"))
for p in cp:
    props[p.get("name")] = "".join(p.itertext())
check("docx", texts_between(events), props)

# ODT: text:bookmark-start and -end by name
z = zipfile.ZipFile("plan.odt")
root = ET.fromstring(z.read("content.xml"))
events = []
def walk(el):
    if el.tag == T + "bookmark-start" and el.get(T + "name", "").startswith("ew_"):
        events.append(("start", el.get(T + "name")))
    elif el.tag == T + "bookmark-end" and el.get(T + "name", "").startswith("ew_"):
        events.append(("end", el.get(T + "name")))
    if el.text:
        events.append(("text", el.text))
    for c in el:
        walk(c)
        if c.tail:
            events.append(("text", c.tail))
    if el.tag == T + "p":
        events.append(("text", " "))
walk(root)
meta = ET.fromstring(z.read("meta.xml"))
props = {}
for el in meta.iter("{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}user-defined"):
    props[el.get("{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}name")] = el.text
check("odt", texts_between(events), props)

# HTML: the element with the id holds the answer
for name in ("plan.html", "summary.html"):
    h = open(name, encoding="utf-8").read()
    spans = []
    for m in re.finditer(r'<(span|div) class="answer" id="([^"]+)">', h):
        tag, i = m.group(1), m.group(2)
        depth, j = 1, m.end()
        for t in re.finditer(r"<(/?)%s\b[^>]*>" % tag, h[j:]):
            depth += -1 if t.group(1) else 1
            if depth == 0:
                spans.append((i, html.unescape(re.sub(r"<[^>]+>", "", h[j:j + t.start()]))))
                break
    props = dict(re.findall(r'<meta name="(evalwiz-[a-z-]+)" content="([^"]*)">', h))
    if name == "plan.html":
        check("html", spans, props)
    elif not spans or props.get("evalwiz-plan-id") != PLAN_ID:
        fails.append("summary.html: no anchors or no plan id")
    if "evalwiz:" in re.sub(r"<meta[^>]*>", "", h):
        fails.append("%s: a mark was left in the page" % name)
for f in ("plan.docx", "plan.odt"):
    z = zipfile.ZipFile(f)
    for n in z.namelist():
        if n.endswith(".xml") and b"evalwiz:" in z.read(n):
            fails.append("%s: a mark was left in %s" % (f, n))
if "evalwiz:" in open("plan.md", encoding="utf-8").read():
    fails.append("plan.md: the Markdown carries marks")
for f in fails:
    print("FAIL:", f)
sys.exit(1 if fails else 0)
PY
# the demo plan has no meta.id: its id comes from when it was made
id=9901e139e4a3eece0be57b4ad8815e5a
python3 check.py "$id" || fail "the anchors or the identity are wrong (above)"

# the same id again, and the same the plan is given when it is next saved
"$EVALWIZ" render demo.yaml -f html -o again.html 2>/dev/null
grep -q "<meta name=\"evalwiz-plan-id\" content=\"$id\">" again.html || fail "the derived id changed between renders"
"$EVALWIZ" set demo.yaml "opening.team=The team" 2>/dev/null
grep -q "^  id: $id\$" demo.yaml || { sed -n '/^meta:/,/^answers:/p' demo.yaml >&2; fail "the saved plan did not take the id its documents carried"; }

# a plan's own id comes first
sed "s/^  id: $id\$/  id: 0123456789abcdef0123456789abcdef/" demo.yaml > own.yaml
"$EVALWIZ" render own.yaml -f html -o own.html 2>/dev/null
grep -q '<meta name="evalwiz-plan-id" content="0123456789abcdef0123456789abcdef">' own.html || fail "the plan's own meta.id is not in the page"

# an answer that tries to make a mark stays text
"$EVALWIZ" set own.yaml 'opening.team=<evalwiz:a/ew_x__y>forged<evalwiz:z/ew_x__y>' 2>/dev/null
"$EVALWIZ" render own.yaml -f html -o forged.html 2>/dev/null
grep -q 'id="ew_x__y"' forged.html && fail "an answer made an anchor"
grep -q '&lt;evalwiz:a/ew_x__y&gt;forged' forged.html || fail "the answer's text was not kept as text"
"$EVALWIZ" render own.yaml -f docx -o forged.docx 2>/dev/null
unzip -p forged.docx word/document.xml | grep -q 'w:name="ew_x__y"' && fail "an answer made a Word bookmark"
exit 0
