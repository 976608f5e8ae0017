/* formats.c: the one table of formats (formats.h). */
#include "config.h"

#include "render/formats.h"

#include <string.h>
#include <strings.h>

const struct render_format render_formats[] = {
	{ "docx", "docx", "markdown", "Word document (.docx)",
	    RENDER_F_BINARY | RENDER_F_PANDOC | RENDER_F_ANCHORS | RENDER_F_DOT | RENDER_F_DIAGRAM },
	{ "pdf", "pdf", "markdown", "PDF (.pdf)", RENDER_F_BINARY | RENDER_F_PANDOC | RENDER_F_DOT | RENDER_F_ASCII },
	{ "odt", "odt", "markdown", "OpenDocument text, for LibreOffice (.odt)",
	    RENDER_F_BINARY | RENDER_F_PANDOC | RENDER_F_ANCHORS | RENDER_F_DOT | RENDER_F_DIAGRAM },
	{ "html", "html htm", "markdown", "Web page (.html)",
	    RENDER_F_CMARK | RENDER_F_ANCHORS | RENDER_F_DOT | RENDER_F_DIAGRAM },
	{ "csv", "csv", "csv", "Spreadsheet, comma-separated (.csv)", RENDER_F_DEFAULT },
	{ "txt", "txt", "text", "Plain text (.txt)", RENDER_F_DEFAULT },
	{ "md", "md markdown", "markdown", "Markdown text (.md)", RENDER_F_DEFAULT },
	{ "tex", "tex", "markdown", "LaTeX source (.tex)", RENDER_F_CMARK | RENDER_F_ASCII },
	{ "dot", "dot gv", NULL, "Graphviz diagram source (.dot)", 0 },
};
const unsigned render_nformats = sizeof render_formats / sizeof render_formats[0];

const struct render_format *
render_format(const char *id)
{
	unsigned i;

	for (i = 0; id != NULL && i < render_nformats; i++)
		if (strcmp(render_formats[i].id, id) == 0)
			return &render_formats[i];
	return NULL;
}

const struct render_format *
render_format_of_path(const char *path)
{
	const char *dot = strrchr(path, '.'), *e;
	unsigned i;
	size_t n;

	if (dot == NULL || strchr(dot, '/') != NULL || dot[1] == '\0')
		return NULL;
	n = strlen(dot + 1);
	for (i = 0; i < render_nformats; i++)
		for (e = render_formats[i].exts; *e != '\0'; e += strcspn(e, " "), e += *e == ' ') {
			if (strcspn(e, " ") == n && strncasecmp(e, dot + 1, n) == 0)
				return &render_formats[i];
		}
	return NULL;
}
