/* formats.h: every format a plan's document can be written in, in one
 * table: its name, the file names that ask for it, the template kind that
 * makes it, what it is called in the wizard, and how it is made.  C reads
 * it here; Lua (document.lua, ui.lua) through host.formats(). */
#ifndef EVALWIZ_RENDER_FORMATS_H
#define EVALWIZ_RENDER_FORMATS_H

#define RENDER_F_BINARY 0x01u	/* bytes, not text: not for a terminal */
#define RENDER_F_PANDOC 0x02u	/* made by pandoc from the Markdown */
#define RENDER_F_CMARK 0x04u	/* made by cmark-gfm from the Markdown */
#define RENDER_F_ANCHORS 0x08u	/* each answer carries an anchor (document.lua's marks) */
/* The gaps are marked (document.lua's gap()) for a format with anchors or
 * made by pandoc: their conversions read the marks. */
#define RENDER_F_DOT 0x10u	/* reads the logic model's DOT source (for a picture) */
#define RENDER_F_DIAGRAM 0x20u	/* reads the text diagram (no picture) */
#define RENDER_F_ASCII 0x40u	/* reads the text diagram in ASCII (LaTeX) */
#define RENDER_F_DEFAULT 0x80u	/* what a template of its kind makes when no format is asked for */

struct render_format {
	const char *id;		/* -f's name */
	const char *exts;	/* the extensions that ask for it, space-separated, the usual first */
	const char *kind;	/* the template kind that makes it; NULL: only a template's own variant */
	const char *label;	/* as people know it */
	unsigned flags;
};

/* In the order the wizard offers them: Word first, as most partners want it. */
extern const struct render_format render_formats[];
extern const unsigned render_nformats;

/* The format named id, or NULL. */
const struct render_format *render_format(const char *id);

/* The format a file name's extension asks for (any case), or NULL. */
const struct render_format *render_format_of_path(const char *path);

#endif
