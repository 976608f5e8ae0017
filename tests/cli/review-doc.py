#!/usr/bin/env python3
"""review-doc.py: plays the partner for the review tests: marks up a Word
(.docx) or OpenDocument (.odt) file evalwiz rendered, writing comments,
replies and tracked changes into its XML as Word and LibreOffice do.

  review-doc.py annotate IN OUT SPEC.json
      SPEC: {"comments": [{"find", "author", "date", "text",
                            "done"?, "replies"?: [{"author", "date", "text"}]}],
             "changes":  [{"find", "new", "author", "date"}]}
      Each "find" is text of one run (docx) or paragraph (odt) of the
      document; the comment is anchored to it, the change deletes it and
      inserts "new".
  review-doc.py anchors IN OUT PLAN_ID '{"find": "step.field", ...}'
      Puts answer anchors (bookmarks ew_STEP__FIELD) round the paragraphs
      holding each "find" text and the plan id in the metadata, as
      evalwiz's documents carry them (for documents made before they did).
  review-doc.py strip IN OUT
      Takes every ew_ anchor and the plan id out (a document that lost them).
  review-doc.py setid IN OUT PLAN_ID
      Gives the document another plan id (a foreign document).
"""
import html
import json
import re
import sys
import zipfile

W_NS = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def esc(s):
    return html.escape(s, quote=True)


def read_zip(path):
    with zipfile.ZipFile(path) as z:
        return [(i, z.read(i.filename)) for i in z.infolist()]


def write_zip(path, parts):
    with zipfile.ZipFile(path, 'w') as z:
        for info, data in parts:
            # the ODT mimetype stays first and stored, as the format asks
            comp = zipfile.ZIP_STORED if info.filename == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), data, compress_type=comp)


def get(parts, name):
    for info, data in parts:
        if info.filename == name:
            return data.decode('utf-8')
    return None


def put(parts, name, text):
    data = text.encode('utf-8')
    for i, (info, _) in enumerate(parts):
        if info.filename == name:
            parts[i] = (info, data)
            return
    parts.append((zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0)), data))


def fnv1a(s):
    h = 0x811c9dc5
    for b in s.encode('utf-8'):
        h = ((h ^ b) * 0x01000193) & 0xffffffff
    return '%08x' % h


def anchor_name(path):
    step, field = path.split('.')
    name = 'ew_%s__%s' % (step, field)
    return name if len(name) <= 40 else 'ew_h' + fnv1a(step + '.' + field)


# ---- docx -----------------------------------------------------------------

RUN = re.compile(r'<w:r(?:\s[^>]*)?>(?:(?!</w:r>).)*?</w:r>', re.S)


def find_run(doc, find, start=0):
    """The first run at or after start whose text holds find: (m, rpr, text)."""
    for m in RUN.finditer(doc, start):
        t = re.search(r'<w:t(?:\s[^>]*)?>(.*?)</w:t>', m.group(0), re.S)
        if t and find in html.unescape(t.group(1)):
            rpr = re.search(r'<w:rPr>.*?</w:rPr>', m.group(0), re.S)
            return m, rpr.group(0) if rpr else '', html.unescape(t.group(1))
    sys.exit('review-doc.py: no run holds %r' % find)


def run(rpr, text, tag='w:t'):
    return '<w:r>%s<%s xml:space="preserve">%s</%s></w:r>' % (rpr, tag, esc(text), tag) if text else ''


def docx_annotate(parts, spec):
    doc = get(parts, 'word/document.xml')
    comments, extended = [], []
    next_id = [100]

    def new_id():
        next_id[0] += 1
        return next_id[0]

    def comment_xml(cid, c, para):
        return ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p w14:paraId="%s">'
                '<w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                '<w:annotationRef/></w:r>%s</w:p></w:comment>') % (
            cid, esc(c['author']), esc(c['date']), esc(c['author'][:2]), para,
            ''.join(run('', line) + ('<w:r><w:br/></w:r>' if i + 1 < len(c['text'].split('\n')) else '')
                    for i, line in enumerate(c['text'].split('\n'))))

    for c in spec.get('comments', []):
        m, rpr, text = find_run(doc, c['find'])
        i = text.index(c['find'])
        ids = [new_id()]
        para = '%08X' % (0x10000000 + ids[0])
        comments.append(comment_xml(ids[0], c, para))
        extended.append('<w15:commentEx w15:paraId="%s" w15:done="%d"/>' % (para, 1 if c.get('done') else 0))
        for r in c.get('replies', []):
            rid = new_id()
            rpara = '%08X' % (0x10000000 + rid)
            ids.append(rid)
            comments.append(comment_xml(rid, r, rpara))
            extended.append('<w15:commentEx w15:paraId="%s" w15:paraIdParent="%s" w15:done="0"/>' % (rpara, para))
        new = (run(rpr, text[:i])
               + ''.join('<w:commentRangeStart w:id="%d"/>' % k for k in ids)
               + run(rpr, c['find'])
               + ''.join('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                         '<w:commentReference w:id="%d"/></w:r>' % (k, k) for k in ids)
               + run(rpr, text[i + len(c['find']):]))
        doc = doc[:m.start()] + new + doc[m.end():]
    for ch in spec.get('changes', []):
        m, rpr, text = find_run(doc, ch['find'])
        i = text.index(ch['find'])
        new = (run(rpr, text[:i])
               + '<w:del w:id="%d" w:author="%s" w:date="%s">%s</w:del>' % (
                   new_id(), esc(ch['author']), esc(ch['date']), run(rpr, ch['find'], 'w:delText'))
               + ('<w:ins w:id="%d" w:author="%s" w:date="%s">%s</w:ins>' % (
                   new_id(), esc(ch['author']), esc(ch['date']), run(rpr, ch['new'])) if ch['new'] else '')
               + run(rpr, text[i + len(ch['find']):]))
        doc = doc[:m.start()] + new + doc[m.end():]
    put(parts, 'word/document.xml', doc)
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" %s>' % W_NS)
    put(parts, 'word/comments.xml', head + ''.join(comments) + '</w:comments>')
    put(parts, 'word/commentsExtended.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml">'
        + ''.join(extended) + '</w15:commentsEx>')
    ct = get(parts, '[Content_Types].xml')
    for part, typ in (('/word/comments.xml', 'wordprocessingml.comments+xml'),
                      ('/word/commentsExtended.xml', 'wordprocessingml.commentsExtended+xml')):
        if part not in ct:
            ct = ct.replace('</Types>', '<Override PartName="%s" ContentType="application/'
                            'vnd.openxmlformats-officedocument.%s"/></Types>' % (part, typ))
    put(parts, '[Content_Types].xml', ct)
    rels = get(parts, 'word/_rels/document.xml.rels')
    for target, typ in (('comments.xml', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments'),
                        ('commentsExtended.xml', 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended')):
        if 'Target="%s"' % target not in rels:
            rels = rels.replace('</Relationships>', '<Relationship Id="rIdReview%s" Type="%s" Target="%s"/></Relationships>'
                                % (target.split('.')[0], typ, target))
    put(parts, 'word/_rels/document.xml.rels', rels)


def docx_custom(parts, props):
    body = ''.join('<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>'
                   % (i + 2, esc(k), esc(v)) for i, (k, v) in enumerate(props.items()))
    put(parts, 'docProps/custom.xml',
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' + body + '</Properties>')


def docx_anchors(parts, plan_id, finds):
    doc = get(parts, 'word/document.xml')
    n = 9000
    for find, path in finds.items():
        m, _, _ = find_run(doc, find)
        p0 = doc.rfind('<w:p>', 0, m.start())
        p1 = doc.rfind('<w:p ', 0, m.start())
        p = max(p0, p1)
        e = doc.index('</w:p>', m.end()) + len('</w:p>')
        n += 1
        doc = (doc[:p] + '<w:bookmarkStart w:id="%d" w:name="%s"/>' % (n, anchor_name(path))
               + doc[p:e] + '<w:bookmarkEnd w:id="%d"/>' % n + doc[e:])
    put(parts, 'word/document.xml', doc)
    docx_custom(parts, {'evalwiz-plan-id': plan_id, 'evalwiz-plan-version': '1', 'evalwiz-pack': 'eif-10-steps'})


# ---- odt ------------------------------------------------------------------

def odt_find(doc, find):
    """Where find's text sits in content.xml (escaped as the file has it)."""
    for cand in (esc(find), find.replace('&', '&amp;'), find.replace("'", '&apos;')):
        i = doc.find(cand, doc.find('<office:text'))
        if i >= 0:
            return i, len(cand)
    sys.exit('review-doc.py: no paragraph holds %r' % find)


def odt_annotate(parts, spec):
    doc = get(parts, 'content.xml')
    regions = []
    n = [0]

    def new_id():
        n[0] += 1
        return n[0]

    def info(who):
        return '<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>' % (
            esc(who['author']), esc(who['date']))

    for c in spec.get('comments', []):
        i, k = odt_find(doc, c['find'])
        name = '__Annotation__%d' % new_id()
        ann = '<office:annotation office:name="%s"><dc:creator>%s</dc:creator><dc:date>%s</dc:date>%s</office:annotation>' % (
            name, esc(c['author']), esc(c['date']), ''.join('<text:p>%s</text:p>' % esc(line) for line in c['text'].split('\n')))
        doc = doc[:i] + ann + doc[i:i + k] + '<office:annotation-end office:name="%s"/>' % name + doc[i + k:]
    for ch in spec.get('changes', []):
        i, k = odt_find(doc, ch['find'])
        d, a = 'ct%d' % new_id(), 'ct%d' % new_id()
        regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:deletion>%s<text:p>%s</text:p></text:deletion></text:changed-region>'
                       % (d, d, info(ch), esc(ch['find'])))
        ins = ''
        if ch['new']:
            regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:insertion>%s</text:insertion></text:changed-region>'
                           % (a, a, info(ch)))
            ins = '<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>' % (a, esc(ch['new']), a)
        doc = doc[:i] + '<text:change text:change-id="%s"/>' % d + ins + doc[i + k:]
    if regions:
        m = re.search(r'<office:text(\s[^>]*)?>', doc)
        doc = doc[:m.end()] + '<text:tracked-changes>' + ''.join(regions) + '</text:tracked-changes>' + doc[m.end():]
    put(parts, 'content.xml', doc)


def odt_meta(parts, props):
    meta = get(parts, 'meta.xml')
    meta = re.sub(r'<meta:user-defined meta:name="evalwiz-[^"]*"[^>]*>[^<]*</meta:user-defined>', '', meta)
    add = ''.join('<meta:user-defined meta:name="%s">%s</meta:user-defined>' % (esc(k), esc(v)) for k, v in props.items())
    if '</office:meta>' in meta:
        meta = meta.replace('</office:meta>', add + '</office:meta>')
    else:
        meta = meta.replace('<office:meta/>', '<office:meta>' + add + '</office:meta>')
    put(parts, 'meta.xml', meta)


def odt_anchors(parts, plan_id, finds):
    doc = get(parts, 'content.xml')
    for find, path in finds.items():
        i, _ = odt_find(doc, find)
        p = max(doc.rfind('<text:p>', 0, i), doc.rfind('<text:p ', 0, i))
        p = doc.index('>', p) + 1
        e = doc.index('</text:p>', i)
        name = anchor_name(path)
        doc = (doc[:p] + '<text:bookmark-start text:name="%s"/>' % name + doc[p:e]
               + '<text:bookmark-end text:name="%s"/>' % name + doc[e:])
    put(parts, 'content.xml', doc)
    odt_meta(parts, {'evalwiz-plan-id': plan_id, 'evalwiz-plan-version': '1', 'evalwiz-pack': 'eif-10-steps'})


# ---- commands ---------------------------------------------------------------

def is_odt(parts):
    return get(parts, 'content.xml') is not None


def main(argv):
    cmd, src, out = argv[1], argv[2], argv[3]
    parts = read_zip(src)
    odt = is_odt(parts)
    if cmd == 'annotate':
        with open(argv[4]) as f:
            spec = json.load(f)
        (odt_annotate if odt else docx_annotate)(parts, spec)
    elif cmd == 'anchors':
        (odt_anchors if odt else docx_anchors)(parts, argv[4], json.loads(argv[5]))
    elif cmd == 'setid':
        if odt:
            odt_meta(parts, {'evalwiz-plan-id': argv[4]})
        else:
            docx_custom(parts, {'evalwiz-plan-id': argv[4]})
    elif cmd == 'strip':
        if odt:
            doc = re.sub(r'<text:bookmark-(start|end) text:name="ew_[^"]*"/>', '', get(parts, 'content.xml'))
            put(parts, 'content.xml', doc)
            odt_meta(parts, {})
        else:
            doc = get(parts, 'word/document.xml')
            ids = re.findall(r'<w:bookmarkStart w:id="(\d+)" w:name="ew_[^"]*"\s*/>', doc)
            doc = re.sub(r'<w:bookmarkStart w:id="\d+" w:name="ew_[^"]*"\s*/>', '', doc)
            for i in ids:
                doc = re.sub(r'<w:bookmarkEnd w:id="%s"\s*/>' % i, '', doc)
            put(parts, 'word/document.xml', doc)
            parts = [(i, d) for i, d in parts if i.filename != 'docProps/custom.xml']
    else:
        sys.exit('review-doc.py: unknown command ' + cmd)
    write_zip(out, parts)


if __name__ == '__main__':
    main(sys.argv)
