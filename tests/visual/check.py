#!/usr/bin/env python3
# check.py OUTDIR: the automatic checks on the renders run.sh wrote there
# (OUTDIR/PLAN-TEMPLATE.FORMAT, LibreOffice's PDFs in OUTDIR/lo): no text
# outside a PDF's page; no number or amount split across lines or run into
# the next cell; no amount with one figure of pence (£27.2); no table's head
# alone at the top of a page; every font embedded; every character of the hard plan in
# its answers document (a PDF may leave out the characters evalwiz's note
# names); no field id (step.field) or answer anchor in any document's text;
# the logic model's text at least 9 pt: every picture in a Word or ODT file
# placed at no less than its own size (dot draws 9-point text, 192 pixels an
# inch), and in the logic-model PDFs every word of the figure as tall as
# dot's 9-point words (measured on a picture dot draws here); no word split
# across lines in LibreOffice's PDFs of the Word and ODT files; the hard
# plan's cost table on a landscape page in Word, ODT and PDF.
# Prints one FAIL line a problem; exits 1 when there is one.
import glob, html, json, os, re, shutil, struct, subprocess, sys, tempfile, zipfile

out = sys.argv[1]
fails = []


def fail(name, what):
    fails.append("FAIL: %s: %s" % (name, what))


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True).stdout.decode("utf-8", "replace")


def pdf_words(path):
    """[(page width, page height, [(xmin, ymin, xmax, ymax, word)])] from pdftotext -bbox."""
    pages = []
    for m in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', run("pdftotext", "-bbox", path, "-"), re.S):
        words = [(float(a), float(b), float(c), float(d), html.unescape(w)) for a, b, c, d, w in re.findall(
            r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)</word>', m.group(3))]
        pages.append((float(m.group(1)), float(m.group(2)), words))
    return pages


def xml_text(z, member):
    x = z.read(member).decode()
    x = re.sub(r"</(w:p|text:p|text:h)>", "\n", x)
    x = re.sub(r"<text:tab/>|<w:tab/>", "\t", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


def text_of(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        return run("pdftotext", path, "-")
    if ext == "docx":
        return xml_text(zipfile.ZipFile(path), "word/document.xml")
    if ext == "odt":
        return xml_text(zipfile.ZipFile(path), "content.xml")
    s = open(path, encoding="utf-8").read()
    if ext == "html":
        s = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return s


WIDE = "£156,250.62"	# in the hard plan's cost table, too wide for a portrait page
AMOUNT = re.compile(r"£\d[\d,]*(?:\.\d+)?|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def check_split_words(name, path, vocabulary):
    """No word split across lines (LibreOffice's PDF of a Word or ODT file): two words one
    after the other, the second on a lower line, that are no words of the document
    alone but one together ("programm" "e")."""
    strip = re.compile(r"^[\W_]+|[\W_]+$")
    for n, (_, _, words) in enumerate(pdf_words(path), 1):
        for a, b in zip(words, words[1:]):
            wa, wb = strip.sub("", a[4]), strip.sub("", b[4])
            if not wa.isalpha() or not wb.isalpha() or b[1] <= a[1] + 1:
                continue
            if wa + wb in vocabulary and wa not in vocabulary:
                fail(name, "page %d: %r is split across lines (%s/%s)" % (n, wa + wb, wa, wb))


def rotations(path):
    """{page: degrees} of the pages a PDF turns (pdflscape's landscape pages)."""
    return {int(a): int(b) for a, b in re.findall(r"Page +(\d+) rot: +(\d+)", run("pdfinfo", "-f", "1", "-l", "9999", path))}


def check_pdf(name, path, amounts):
    rot = rotations(path)
    for n, (w, h, words) in enumerate(pdf_words(path), 1):
        if rot.get(n, 0) in (90, 270):	# pdftotext gives a turned page's words as they read
            w, h = h, w
        # landscape: a page pdflscape turns, or one LibreOffice makes wider than tall
        if WIDE in " ".join(wd[4] for wd in words) and not w > h:
            fail(name, "page %d: the cost table (%s) is not on a landscape page" % (n, WIDE))
        for x0, y0, x1, y1, word in words:
            if x0 < -0.5 or y0 < -0.5 or x1 > w + 0.5 or y1 > h + 0.5:
                fail(name, "page %d: %r is outside the page (%.0f,%.0f to %.0f,%.0f on %.0f x %.0f)" % (n, word, x0, y0, x1, y1, w, h))
            if re.search(r"\d£", word):
                fail(name, "page %d: amounts run together: %r" % (n, word))
    # a table's head alone at the top of a page: its first two lines again
    # further down the same page (longtable's head above the heading it follows)
    for n, page in enumerate(run("pdftotext", "-layout", path, "-").split("\f"), 1):
        lines = [" ".join(l.split()) for l in page.splitlines() if l.strip()]
        if len(lines) > 3 and any(lines[k:k + 2] == lines[:2] for k in range(2, len(lines) - 1)):
            fail(name, "page %d: a table's head alone at the top (%r)" % (n, lines[0]))
    words = [wd[4] for _, _, ws in pdf_words(path) for wd in ws]
    for a in sorted(amounts):
        if not any(a in wd for wd in words):
            fail(name, "%s is split across lines or lost" % a)
    fonts = run("pdffonts", path).splitlines()[2:]
    for line in fonts:
        cols = line.split()
        if len(cols) >= 5 and cols[-5] != "yes":
            fail(name, "a font is not embedded: %s" % line)


def png_width(data):
    return struct.unpack(">I", data[16:20])[0] if data[1:4] == b"PNG" else None


def check_pictures(name, path):
    """Every picture at no less than its own size: dot's 9-point text stays 9 points."""
    z = zipfile.ZipFile(path)
    placed = []	# (member, width in inches)
    if path.endswith(".docx"):
        rels = dict(re.findall(r'Id="([^"]+)"[^>]*Target="([^"]+)"', z.read("word/_rels/document.xml.rels").decode()))
        for cx, rid in re.findall(r'<wp:extent cx="(\d+)"[^>]*/>.*?r:embed="([^"]+)"', z.read("word/document.xml").decode(), re.S):
            if rid in rels:
                placed.append(("word/" + rels[rid], int(cx) / 914400))
    else:
        for w, href in re.findall(r'<draw:frame[^>]*svg:width="([\d.]+)pt"[^>]*>\s*<draw:image[^>]*xlink:href="([^"]+)"', z.read("content.xml").decode()):
            placed.append((href, float(w) / 72))
    for member, inches in placed:
        px = png_width(z.read(member))
        if px and inches < px / 192 * 0.985:
            fail(name, "the logic model's picture %s is shrunk to %.0f%% (its text %.1f pt)" % (member, 100 * inches * 192 / px, 9 * inches * 192 / px))


def check_landscape(name, path):
    """The hard plan's cost table (its widest amount) on a landscape page in Word and ODT:
    in Word the section that holds it (the next w:sectPr) is landscape, in ODT the last
    page-changing paragraph before it starts the landscape page."""
    z = zipfile.ZipFile(path)
    x = z.read("word/document.xml" if path.endswith(".docx") else "content.xml").decode()
    at = x.find(WIDE)
    if at < 0:
        return
    if path.endswith(".docx"):
        sect = re.search(r"<w:sectPr\b.*?</w:sectPr>", x[at:], re.S)
        ok = sect is not None and 'w:orient="landscape"' in sect.group(0)
    else:
        marks = re.findall(r'text:style-name="(EW_Landscape|EW_Portrait)"', x[:at])
        ok = bool(marks) and marks[-1] == "EW_Landscape"
    if not ok:
        fail(name, "the cost table (%s) is not on a landscape page" % WIDE)


def dot_nine_point_height():
    """The height pdftotext gives a 9-point word in dot's PDF, or None without dot."""
    if shutil.which("dot") is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        pdf = os.path.join(d, "nine.pdf")
        subprocess.run(["dot", "-Tpdf", "-o", pdf], input=b'digraph { node [shape=box, fontname="Helvetica", fontsize=9]; a [label="Nine point"]; }', check=True)
        hs = [w[3] - w[1] for _, _, ws in pdf_words(pdf) for w in ws]
    return min(hs) if hs else None


def check_figure_text(name, path, md, nine):
    """Every word of the figure's boxes (the Mermaid labels, less the words of the rest of the
    document and those without two letters, such as page numbers) at 9 pt or more."""
    text = open(md, encoding="utf-8").read()
    labels = set()
    for block in re.findall(r"```mermaid\n(.*?)```", text, re.S):
        for lab in re.findall(r'\["([^"]*)"\]', block):
            labels |= set(html.unescape(re.sub(r"#(\d+);", lambda m: chr(int(m.group(1))), lab)).split())
    # the list of the boxes' text under the figure ("**Inputs:** ...") is not the figure
    rest = set(re.sub(r"(?m)^\*\*[^*\n]+:\*\* .*$", "", re.sub(r"```mermaid\n.*?```", "", text, flags=re.S)).split())
    pages = pdf_words(path)
    # the list of the boxes' text under the figure ("The boxes of the figure, band by
    # band") is text, not the figure: only the words above it count
    end = (len(pages) + 1, 0)
    for n, (_, _, ws) in enumerate(pages, 1):
        for k in range(len(ws) - 3):
            if [w[4] for w in ws[k:k + 4]] == ["The", "boxes", "of", "the"] and end[0] > len(pages):
                end = (n, ws[k][1])
    small = [(n, wd[4], wd[3] - wd[1]) for n, (_, _, ws) in enumerate(pages, 1) for wd in ws
             if (n, wd[1]) < end and wd[4] in labels - rest and re.search(r"[^\W\d_]{2}", wd[4]) and wd[3] - wd[1] < nine - 0.05]
    for n, word, h in small[:3]:
        fail(name, "page %d: the logic model's %r prints at %.1f pt" % (n, word, 9 * h / nine))


steps = json.load(open(os.path.join(out, "steps.json")))
ids = set()
for s in steps["steps"]:
    for f in s.get("fields", []):
        ids.add("%s.%s" % (s["id"], f["id"]))
FIELD = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True)))
ANCHOR = re.compile(r"\bew_[a-z0-9_]+")

special = set("<>&$%#_{}\\^~")
hard_chars = set()
hp = os.path.join(out, "plans", "hard.yaml")
if os.path.exists(hp):	# every character of its values: the keys and comments are ASCII
    text = "".join(l for l in open(hp, encoding="utf-8") if not l.lstrip().startswith("#"))
    hard_chars = {c for c in text if ord(c) > 127 and not c.isspace() and ord(c) not in (0x200e, 0x200f)}
    hard_chars |= special	# all in the hard plan's title

nine = dot_nine_point_height()
checked = 0
for path in sorted(glob.glob(os.path.join(out, "*.*"))):
    name = os.path.basename(path)
    ext = name.rsplit(".", 1)[1]
    if ext not in ("md", "html", "tex", "txt", "docx", "odt", "pdf", "csv"):
        continue
    checked += 1
    base = name.rsplit(".", 1)[0]
    text = text_of(path)
    if ext != "tex":	# LaTeX's own labels are not text a reader sees
        for m in set(FIELD.findall(text)):
            fail(name, "shows the field id %s" % m)
        for m in set(ANCHOR.findall(text)):
            fail(name, "shows the anchor %s" % m)
    for m in sorted(set(re.findall(r"£\d[\d,]*\.\d(?!\d)", text))):
        fail(name, "shows the amount %s with one figure of pence" % m)
    amounts = set()
    md = os.path.join(out, base + ".md")
    if os.path.exists(md):
        amounts = set(AMOUNT.findall(open(md, encoding="utf-8").read()))
    if ext == "pdf":
        check_pdf(name, path, amounts)
        if base.endswith("-logic-model") and os.path.exists(md) and nine is not None:
            check_figure_text(name, path, md, nine)
    if ext in ("docx", "odt"):
        check_pictures(name, path)
        check_landscape(name, path)
        lo = os.path.join(out, "lo", "%s-%s.pdf" % (base, ext))
        if os.path.exists(lo):
            check_pdf(name + " (LibreOffice's PDF)", lo, amounts)
            if os.path.exists(md):
                vocabulary = set(re.findall(r"[^\W\d_]+", open(md, encoding="utf-8").read()))
                check_split_words(name + " (LibreOffice's PDF)", lo, vocabulary)
    if base == "hard-answers" and ext in ("html", "docx", "odt", "pdf", "md", "txt"):
        missing = hard_chars - set(text)
        if ext == "pdf":	# the note names the characters no font has
            note = open(os.path.join(out, "err", name + ".err"), encoding="utf-8").read()
            missing -= {chr(int(h, 16)) for h in re.findall(r"U\+([0-9A-F]{4,6})", note)}
        if ext == "txt":
            missing -= special	# plain text may write the symbols its own way
        if missing:
            fail(name, "characters of the plan missing: %s" % " ".join("%s (U+%04X)" % (c, ord(c)) for c in sorted(missing)))

for f in fails:
    print(f)
print("check.py: %d documents checked, %d problems" % (checked, len(fails)))
sys.exit(1 if fails else 0)
