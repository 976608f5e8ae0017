/* assets.h: the files under src/render/assets, built into the program by
 * src/render/embed.sh (the rule is in Makefile.am), each as a string and
 * its length in bytes.  To change the CSS, a TeX preamble or a filter,
 * edit the file and rebuild; nothing is looked up at run time.  A new
 * file is added to RENDER_ASSETS in Makefile.am and declared here. */
#ifndef EVALWIZ_RENDER_ASSETS_H
#define EVALWIZ_RENDER_ASSETS_H

#include <stddef.h>

/* html.css: the HTML page's stylesheet, on screen and printed (A4).
 * unicode-bidi:plaintext is dir="auto" for each paragraph, heading, list
 * item and cell: one whose first letter is Arabic or Hebrew reads right to
 * left and is aligned right, without touching what cmark-gfm writes. */
extern const char asset_html_css[];
extern const size_t asset_html_css_len;

/* html-review.css: the review notes (render --review), only in a page
 * that has them: after their answer on screen, in the right-hand margin
 * when printed. */
extern const char asset_html_review_css[];
extern const size_t asset_html_review_css_len;

/* pdflatex-unicode.tex: for pdfLaTeX (which knows only the characters its
 * fonts have), in the LaTeX document and pandoc's PDF: the symbols plans
 * use that it lacks, made from maths; and any other character (Chinese,
 * Arabic, Hebrew, emoji...) printed as its code point in a small box, and
 * named in the log ("evalwiz-untypeset: "), instead of stopping the build. */
extern const char asset_pdflatex_unicode_tex[];
extern const size_t asset_pdflatex_unicode_tex_len;

/* lualatex-fonts.tex: for LuaLaTeX, which sets any character its fonts
 * have: the fonts and their fallbacks. */
extern const char asset_lualatex_fonts_tex[];
extern const size_t asset_lualatex_fonts_tex_len;

/* pandoc Lua filters.  filter-widths.lua: widths for CommonMark's tables
 * (pdf, docx, odt); one of the next three is appended to it.
 * filter-pdf.lua: the table of contents after the opening, backticks as
 * backticks.  filter-docx.lua: right-to-left text marked as such, the
 * table of contents.  filter-odt.lua: the table of contents.
 * filter-marks.lua, a filter of its own, run first: the marks
 * document.lua puts in the Markdown (render.h), anchors as bookmarks,
 * gaps made to stand out. */
extern const char asset_filter_widths_lua[];
extern const size_t asset_filter_widths_lua_len;
extern const char asset_filter_pdf_lua[];
extern const size_t asset_filter_pdf_lua_len;
extern const char asset_filter_docx_lua[];
extern const size_t asset_filter_docx_lua_len;
extern const char asset_filter_odt_lua[];
extern const size_t asset_filter_odt_lua_len;
extern const char asset_filter_marks_lua[];
extern const size_t asset_filter_marks_lua_len;

/* refdoc-*.xml: the parts of the reference .docx pandoc takes Word's
 * styles, page and footer from (refdoc.c zips them): [Content_Types].xml,
 * _rels/.rels, word/document.xml (the page), its rels, word/styles.xml
 * and word/footer1.xml (the page number).  Written one element a line;
 * embedded as one line (embed.sh). */
extern const char asset_refdoc_content_types_xml[];
extern const size_t asset_refdoc_content_types_xml_len;
extern const char asset_refdoc_rels_xml[];
extern const size_t asset_refdoc_rels_xml_len;
extern const char asset_refdoc_document_xml[];
extern const size_t asset_refdoc_document_xml_len;
extern const char asset_refdoc_document_rels_xml[];
extern const size_t asset_refdoc_document_rels_xml_len;
extern const char asset_refdoc_styles_xml[];
extern const size_t asset_refdoc_styles_xml_len;
extern const char asset_refdoc_footer_xml[];
extern const size_t asset_refdoc_footer_xml_len;

#endif
