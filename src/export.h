/* export.h: the open plan as a document through a template, shared by
 * `evalwiz render` and the wizard's F9 so that both make the same bytes. */
#ifndef EVALWIZ_EXPORT_H
#define EVALWIZ_EXPORT_H

#include <stddef.h>

struct ctx;
struct value;

struct export_doc {
	char *data;		/* the document's bytes */
	size_t len;
	char *format;		/* the format made (the template's own when none was asked) */
	struct value *gaps;	/* the unanswered questions: [{path, step, label}] */
	char *note;		/* a warning about the document for the user, or NULL */
};

enum {
	EXPORT_OK = 0,
	EXPORT_ERROR = -1,	/* a template or plan mistake: *cause */
	EXPORT_FAILED = -2,	/* converting to the format failed: *cause */
	EXPORT_TIMEOUT = -3,	/* pandoc ran past its time limit (or was stopped by a signal): *cause */
	EXPORT_MISSING = 1,	/* a program the format needs is missing: *cause names it */
	EXPORT_REFUSED = 2,	/* the template cannot make that format: *cause says which it can */
};

/* The template folders: the data directory's, then --templates. */
struct value *export_dirs(struct ctx *ctx);

/* The templates there are: [{id, title, description, kind, file}], or NULL with *cause. */
struct value *export_templates(struct ctx *ctx, char **cause);

/* Renders the open plan with template name in format ("" or NULL: the
 * template's own).  Returns EXPORT_OK with *doc filled (free with
 * export_doc_free), or another EXPORT_ value with *cause allocated. */
int export_render(struct ctx *ctx, const char *name, const char *format, struct export_doc *doc, char **cause);

/* export_render with flags: EXPORT_REVIEW puts the plan's review items
 * not yet resolved beside their answers (HTML: notes in the margin when
 * printed); version > 0 renders the document of the version about to be
 * sent (versions.next), the open plan unchanged. */
#define EXPORT_REVIEW 0x01
/* EXPORT_FULL: every question shown, an unanswered one marked, rather than
 * the short draft of a plan with gaps (document.lua). */
#define EXPORT_FULL 0x02
int export_render_with(struct ctx *ctx, const char *name, const char *format, unsigned flags, long long version,
    struct export_doc *doc, char **cause);

void export_doc_free(struct export_doc *doc);

/* The format a file name's extension asks for, or NULL. */
const char *export_format_of(const char *path);

#endif
