/* refdoc.c: the reference document pandoc takes Word's styles from, made
 * by evalwiz itself: tables with a grid and a shaded header row, readable
 * fonts and headings, an A4 page with 2 cm margins and page numbers. */
#include "config.h"

#include "render/render.h"
#include "util.h"

#include <string.h>

/* pandoc takes from a reference .docx its styles, its page (the last
 * w:sectPr of its body) and its headers and footers; any part it lacks
 * (settings, numbering, theme...) pandoc takes from its own.  Built in,
 * rather than a file shipped beside the templates, so that nothing can
 * drift or go missing, and no binary file is kept in the source tree. */

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define REL_NS "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define CT_NS "application/vnd.openxmlformats-officedocument.wordprocessingml."

/* the colours of the HTML stylesheet: headings, rules, the header row */
#define INK "1D4F73"
#define RULE "8C9BA8"
#define SHADE "E3EBF2"

static const char refdoc_content_types[] =
    XML_DECL
    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    "<Override PartName=\"/word/document.xml\" ContentType=\"" CT_NS "document.main+xml\"/>"
    "<Override PartName=\"/word/styles.xml\" ContentType=\"" CT_NS "styles+xml\"/>"
    "<Override PartName=\"/word/footer1.xml\" ContentType=\"" CT_NS "footer+xml\"/>"
    "</Types>\n";

static const char refdoc_rels[] =
    XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "officeDocument\" Target=\"word/document.xml\"/>"
    "</Relationships>\n";

static const char refdoc_document_rels[] =
    XML_DECL
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"" REL_NS "styles\" Target=\"styles.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"" REL_NS "footer\" Target=\"footer1.xml\"/>"
    "</Relationships>\n";

/* The page: A4, 2 cm margins all round (as the PDF and the HTML's print
 * rules), the page number in the footer. */
static const char refdoc_document[] =
    XML_DECL
    "<w:document " W_NS "><w:body>"
    "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/></w:pPr></w:p>"
    "<w:sectPr>"
    "<w:footerReference w:type=\"default\" r:id=\"rId2\"/>"
    "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
    "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" "
    "w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
    "</w:sectPr>"
    "</w:body></w:document>\n";

static const char refdoc_footer[] =
    XML_DECL
    "<w:ftr " W_NS "><w:p><w:pPr><w:pStyle w:val=\"Footer\"/><w:jc w:val=\"center\"/></w:pPr>"
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
    "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    "<w:r><w:t>1</w:t></w:r>"
    "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    "</w:p></w:ftr>\n";

/* The styles pandoc's Word writer uses, by the ids it writes; Word's own
 * (BUILTIN) by the names Word knows them by, the others marked custom.
 * Sizes are in half points, spacing in twentieths of a point.  The font
 * size is set only in the defaults and where a style differs, so that the
 * Table style's smaller text reaches the Compact paragraphs in its cells. */
#define PSTYLE(id, name, based, next) STYLE("paragraph\" w:customStyle=\"1", id, name, based, next)
#define BUILTIN(id, name, based, next) STYLE("paragraph", id, name, based, next)
#define STYLE(type, id, name, based, next) \
	"<w:style w:type=\"" type "\" w:styleId=\"" id "\"><w:name w:val=\"" name "\"/>" \
	"<w:basedOn w:val=\"" based "\"/><w:next w:val=\"" next "\"/><w:qFormat/>"
#define HEADING(n, level, before, after, size, extra) \
	"<w:style w:type=\"paragraph\" w:styleId=\"Heading" #n "\"><w:name w:val=\"Heading " #n "\"/>" \
	"<w:basedOn w:val=\"Normal\"/><w:next w:val=\"BodyText\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>" \
	"<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" #before "\" w:after=\"" #after "\"/>" \
	"<w:outlineLvl w:val=\"" #level "\"/></w:pPr>" \
	"<w:rPr><w:b/><w:bCs/>" extra "<w:sz w:val=\"" #size "\"/><w:szCs w:val=\"" #size "\"/></w:rPr></w:style>"
#define MONO "<w:rFonts w:ascii=\"Consolas\" w:hAnsi=\"Consolas\" w:cs=\"Consolas\"/>"
#define BORDER(side) "<w:" side " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"" RULE "\"/>"

static const char refdoc_styles[] =
    XML_DECL
    "<w:styles " W_NS ">"
    "<w:docDefaults>"
    "<w:rPrDefault><w:rPr>"
    "<w:rFonts w:ascii=\"Calibri\" w:eastAsia=\"Calibri\" w:hAnsi=\"Calibri\" w:cs=\"Arial\"/>"
    "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>"
    "<w:lang w:val=\"en-GB\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
    "</w:rPr></w:rPrDefault>"
    "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
    "</w:docDefaults>"

    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/>"
    "</w:style>"
    BUILTIN("BodyText", "Body Text", "Normal", "BodyText")
    "<w:pPr><w:spacing w:before=\"0\" w:after=\"120\"/></w:pPr></w:style>"
    PSTYLE("FirstParagraph", "First Paragraph", "BodyText", "BodyText") "</w:style>"
    PSTYLE("Compact", "Compact", "BodyText", "Compact")
    "<w:pPr><w:spacing w:before=\"36\" w:after=\"36\"/></w:pPr></w:style>"
    /* a label before a list or table stays with it */
    PSTYLE("Label", "Label", "BodyText", "BodyText") "<w:pPr><w:keepNext/></w:pPr></w:style>"

    BUILTIN("Title", "Title", "Normal", "BodyText")
    "<w:pPr><w:keepNext/><w:keepLines/>"
    "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"" INK "\"/></w:pBdr>"
    "<w:spacing w:before=\"0\" w:after=\"360\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/><w:color w:val=\"" INK "\"/><w:kern w:val=\"28\"/>"
    "<w:sz w:val=\"48\"/><w:szCs w:val=\"48\"/></w:rPr></w:style>"
    BUILTIN("Subtitle", "Subtitle", "Normal", "BodyText")
    "<w:pPr><w:keepNext/><w:spacing w:before=\"0\" w:after=\"240\"/></w:pPr>"
    "<w:rPr><w:color w:val=\"" INK "\"/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/></w:rPr></w:style>"
    PSTYLE("Author", "Author", "Normal", "BodyText") "<w:pPr><w:keepNext/></w:pPr></w:style>"
    BUILTIN("Date", "Date", "Normal", "BodyText") "<w:pPr><w:keepNext/></w:pPr></w:style>"
    PSTYLE("Abstract", "Abstract", "Normal", "BodyText")
    "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"240\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
    BUILTIN("Bibliography", "Bibliography", "Normal", "Bibliography") "</w:style>"

    HEADING(1, 0, 480, 120, 32, "<w:color w:val=\"" INK "\"/>")
    HEADING(2, 1, 320, 80, 26, "<w:color w:val=\"" INK "\"/>")
    HEADING(3, 2, 240, 60, 23, "")
    HEADING(4, 3, 200, 40, 22, "<w:i/><w:iCs/>")
    HEADING(5, 4, 200, 40, 22, "<w:i/><w:iCs/>")
    HEADING(6, 5, 200, 40, 22, "<w:i/><w:iCs/>")
    HEADING(7, 6, 200, 40, 22, "<w:i/><w:iCs/>")
    HEADING(8, 7, 200, 40, 22, "<w:i/><w:iCs/>")
    HEADING(9, 8, 200, 40, 22, "<w:i/><w:iCs/>")

    BUILTIN("BlockText", "Block Text", "BodyText", "BodyText")
    "<w:pPr><w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"8\" w:color=\"" RULE "\"/></w:pBdr>"
    "<w:ind w:left=\"454\" w:right=\"454\"/></w:pPr>"
    "<w:rPr><w:color w:val=\"404040\"/></w:rPr></w:style>"
    BUILTIN("FootnoteText", "Footnote Text", "Normal", "FootnoteText")
    "<w:pPr><w:spacing w:after=\"60\"/></w:pPr><w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
    BUILTIN("Footer", "Footer", "Normal", "Footer")
    "<w:pPr><w:spacing w:after=\"0\"/></w:pPr>"
    "<w:rPr><w:color w:val=\"5A5A5A\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
    PSTYLE("DefinitionTerm", "Definition Term", "Normal", "Definition")
    "<w:pPr><w:keepNext/><w:spacing w:after=\"0\"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>"
    PSTYLE("Definition", "Definition", "Normal", "Definition") "<w:pPr><w:ind w:left=\"454\"/></w:pPr></w:style>"
    BUILTIN("Caption", "Caption", "Normal", "Caption")
    "<w:pPr><w:spacing w:before=\"60\" w:after=\"200\"/></w:pPr>"
    "<w:rPr><w:i/><w:iCs/><w:color w:val=\"4A4A4A\"/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
    PSTYLE("TableCaption", "Table Caption", "Caption", "Caption") "<w:pPr><w:keepNext/></w:pPr></w:style>"
    PSTYLE("ImageCaption", "Image Caption", "Caption", "Caption") "</w:style>"
    PSTYLE("Figure", "Figure", "Normal", "Figure") "<w:pPr><w:keepNext/></w:pPr></w:style>"
    PSTYLE("CaptionedFigure", "Captioned Figure", "Figure", "CaptionedFigure") "</w:style>"
    /* the contents' heading looks like Heading 1 but is not one (based on
     * Normal, as a reader such as pandoc would count it as a section) */
    BUILTIN("TOCHeading", "TOC Heading", "Normal", "BodyText")
    "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"480\" w:after=\"120\"/></w:pPr>"
    "<w:rPr><w:b/><w:bCs/><w:color w:val=\"" INK "\"/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/></w:rPr></w:style>"
    BUILTIN("TOC1", "toc 1", "Normal", "Normal") "<w:pPr><w:spacing w:before=\"60\" w:after=\"20\"/></w:pPr></w:style>"
    BUILTIN("TOC2", "toc 2", "Normal", "Normal")
    "<w:pPr><w:spacing w:before=\"0\" w:after=\"20\"/><w:ind w:left=\"284\"/></w:pPr>"
    "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
    /* the text diagram, drawn with box-drawing characters: a font that has
     * them, and lines that never wrap */
    PSTYLE("SourceCode", "Source Code", "Normal", "SourceCode")
    "<w:pPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F6F8FA\"/><w:wordWrap w:val=\"0\"/>"
    "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr>"
    "<w:rPr>" MONO "<w:sz w:val=\"17\"/><w:szCs w:val=\"17\"/></w:rPr></w:style>"

    "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">"
    "<w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>"
    "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"BodyTextChar\"><w:name w:val=\"Body Text Char\"/>"
    "<w:basedOn w:val=\"DefaultParagraphFont\"/></w:style>"
    "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"VerbatimChar\"><w:name w:val=\"Verbatim Char\"/>"
    "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr>" MONO "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr></w:style>"
    "<w:style w:type=\"character\" w:customStyle=\"1\" w:styleId=\"SectionNumber\"><w:name w:val=\"Section Number\"/>"
    "<w:basedOn w:val=\"DefaultParagraphFont\"/></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"FootnoteReference\"><w:name w:val=\"Footnote Reference\"/>"
    "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>"
    "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
    "<w:basedOn w:val=\"DefaultParagraphFont\"/><w:rPr><w:color w:val=\"" INK "\"/><w:u w:val=\"single\"/></w:rPr></w:style>"

    "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
    "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>"
    "<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/>"
    "<w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
    "</w:tblCellMar></w:tblPr></w:style>"
    /* every table of the plan: a grid of thin rules, text a point smaller,
     * the header row bold on a pale shade, kept with the row after it */
    "<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"Table\"><w:name w:val=\"Table\"/>"
    "<w:basedOn w:val=\"TableNormal\"/><w:qFormat/>"
    "<w:rPr><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/></w:rPr>"
    "<w:tblPr><w:tblBorders>" BORDER("top") BORDER("left") BORDER("bottom") BORDER("right")
    BORDER("insideH") BORDER("insideV") "</w:tblBorders>"
    "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
    "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr>"
    "<w:tcPr><w:vAlign w:val=\"top\"/></w:tcPr>"
    "<w:tblStylePr w:type=\"firstRow\"><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>"
    "<w:tblPr/><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
    "<w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" SHADE "\"/></w:tcPr></w:tblStylePr>"
    "</w:style>"
    "</w:styles>\n";

static const struct {
	const char *name;
	const char *text;
} refdoc_parts[] = {
	{ "[Content_Types].xml", refdoc_content_types },
	{ "_rels/.rels", refdoc_rels },
	{ "word/document.xml", refdoc_document },
	{ "word/_rels/document.xml.rels", refdoc_document_rels },
	{ "word/styles.xml", refdoc_styles },
	{ "word/footer1.xml", refdoc_footer },
};

unsigned long
render_crc32(const void *data, size_t n)
{
	const unsigned char *p = data;
	unsigned long c = 0xffffffffUL;
	size_t i;
	int k;

	for (i = 0; i < n; i++) {
		c ^= p[i];
		for (k = 0; k < 8; k++)
			c = c & 1 ? 0xedb88320UL ^ (c >> 1) : c >> 1;
	}
	return c ^ 0xffffffffUL;
}

static void
put16(struct buf *b, unsigned long v)
{
	buf_addc(b, (char)(v & 0xff));
	buf_addc(b, (char)(v >> 8 & 0xff));
}

static void
put32(struct buf *b, unsigned long v)
{
	put16(b, v & 0xffff);
	put16(b, v >> 16 & 0xffff);
}

/* One zip header: the local one (central 0) or the central directory's,
 * for a stored (uncompressed) part dated 1980-01-01, so the bytes are
 * the same at every run. */
static void
refdoc_header(struct buf *b, int central, const char *name, unsigned long crc, unsigned long size,
    unsigned long offset)
{
	put32(b, central ? 0x02014b50UL : 0x04034b50UL);
	if (central)
		put16(b, 20);	/* made by: MS-DOS, zip 2.0 */
	put16(b, 10);		/* needs zip 1.0: stored */
	put16(b, 0);		/* no flags */
	put16(b, 0);		/* stored */
	put16(b, 0);		/* 00:00:00 */
	put16(b, 0x21);		/* 1980-01-01 */
	put32(b, crc);
	put32(b, size);
	put32(b, size);
	put16(b, strlen(name));
	put16(b, 0);		/* no extra field */
	if (central) {
		put16(b, 0);	/* no comment */
		put16(b, 0);	/* disk 0 */
		put16(b, 0);	/* internal attributes */
		put32(b, 0);	/* external attributes */
		put32(b, offset);
	}
	buf_adds(b, name);
}

char *
render_reference_docx(size_t *len)
{
	enum { N = sizeof refdoc_parts / sizeof refdoc_parts[0] };
	unsigned long offset[N], crc[N], size[N], dir_at;
	struct buf b, dir;
	size_t i;

	buf_init(&b);
	buf_init(&dir);
	for (i = 0; i < N; i++) {
		size[i] = strlen(refdoc_parts[i].text);
		crc[i] = render_crc32(refdoc_parts[i].text, size[i]);
		offset[i] = b.len;
		refdoc_header(&b, 0, refdoc_parts[i].name, crc[i], size[i], 0);
		buf_add(&b, refdoc_parts[i].text, size[i]);
	}
	dir_at = b.len;
	for (i = 0; i < N; i++)
		refdoc_header(&dir, 1, refdoc_parts[i].name, crc[i], size[i], offset[i]);
	buf_add(&b, dir.data, dir.len);
	put32(&b, 0x06054b50UL);	/* the end of the central directory */
	put16(&b, 0);
	put16(&b, 0);
	put16(&b, N);
	put16(&b, N);
	put32(&b, dir.len);
	put32(&b, dir_at);
	put16(&b, 0);
	buf_free(&dir);
	return buf_steal(&b, len);
}
