/* refdoc.c: the reference document pandoc takes Word's styles from, made
 * by evalwiz itself: tables with a grid and a shaded header row, readable
 * fonts and headings, an A4 page with 2 cm margins and page numbers. */
#include "config.h"

#include "render/assets.h"
#include "render/render.h"
#include "util.h"

#include <string.h>

/* pandoc takes from a reference .docx its styles, its page (the last
 * w:sectPr of its body) and its headers and footers; any part it lacks
 * (settings, numbering, theme...) pandoc takes from its own.  Built in,
 * rather than a file shipped beside the templates, so that nothing can
 * drift or go missing, and no binary file is kept in the source tree: the
 * parts are the files assets/refdoc-*.xml (the styles, the A4 page, the
 * footer's page number), embedded at build time, zipped here. */
static const struct {
	const char *name;
	const char *text;
	const size_t *len;
} refdoc_parts[] = {
	{ "[Content_Types].xml", asset_refdoc_content_types_xml, &asset_refdoc_content_types_xml_len },
	{ "_rels/.rels", asset_refdoc_rels_xml, &asset_refdoc_rels_xml_len },
	{ "word/document.xml", asset_refdoc_document_xml, &asset_refdoc_document_xml_len },
	{ "word/_rels/document.xml.rels", asset_refdoc_document_rels_xml, &asset_refdoc_document_rels_xml_len },
	{ "word/styles.xml", asset_refdoc_styles_xml, &asset_refdoc_styles_xml_len },
	{ "word/footer1.xml", asset_refdoc_footer_xml, &asset_refdoc_footer_xml_len },
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
		size[i] = *refdoc_parts[i].len;
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
