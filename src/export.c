/* export.c: the open plan as a document through a template (document.render
 * in Lua, then render_convert), for `evalwiz render` and the wizard's F9. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "export.h"
#include "render/formats.h"
#include "render/render.h"
#include "model.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char *
export_format_of(const char *path)
{
	const struct render_format *f = render_format_of_path(path);

	return f != NULL ? f->id : NULL;
}

struct value *
export_dirs(struct ctx *ctx)
{
	struct value *dirs = value_new(VAL_SEQ), *d;
	char *t = path_join(datadir_get(), "templates");

	d = value_new(VAL_MAP);
	value_set(d, "path", value_strz(t));
	value_set(d, "display", value_strz("templates"));
	value_push(dirs, d);
	free(t);
	if (ctx->templates_dir != NULL) {
		d = value_new(VAL_MAP);
		value_set(d, "path", value_strz(ctx->templates_dir));
		value_set(d, "display", value_strz(ctx->templates_dir));
		value_push(dirs, d);
	}
	return dirs;
}

struct value *
export_templates(struct ctx *ctx, char **cause)
{
	struct value *dirs = export_dirs(ctx), *res = NULL;
	int rc = model_call(ctx->S, "document.list", &res, cause, 1, dirs);

	value_free(dirs);
	return rc == -1 ? NULL : res;
}

/* A house style for Word: reference.docx in the --templates folder, taken
 * in place of evalwiz's own styles (render_reference_docx).  Only from the
 * folder the user named, never from the plan's. */
static char *
export_reference_docx(struct ctx *ctx)
{
	char *path;

	if (ctx->templates_dir == NULL)
		return NULL;
	path = path_join(ctx->templates_dir, "reference.docx");
	if (access(path, R_OK) == 0)
		return path;
	free(path);
	return NULL;
}

int
export_render(struct ctx *ctx, const char *name, const char *format, struct export_doc *doc, char **cause)
{
	return export_render_with(ctx, name, format, 0, 0, doc, cause);
}

int
export_render_with(struct ctx *ctx, const char *name, const char *format, unsigned flags, long long version,
    struct export_doc *doc, char **cause)
{
	struct value *res = NULL, *v_name, *v_format, *v_dirs, *v_now, *v_opts, *gaps;
	const struct value *refuse, *fmt;
	char *stamp, *reference;
	int rc;

	memset(doc, 0, sizeof *doc);
	v_name = value_strz(name);
	v_format = value_strz(format != NULL ? format : "");
	v_dirs = export_dirs(ctx);
	stamp = now_iso();
	v_now = value_strz(stamp);
	free(stamp);
	v_opts = value_new(VAL_MAP);
	value_set(v_opts, "review", value_bool((flags & EXPORT_REVIEW) != 0));
	if (version > 0)
		value_set(v_opts, "version", value_int((int64_t)version));
	value_set(v_opts, "full", value_bool((flags & EXPORT_FULL) != 0));
	rc = model_call(ctx->S, "document.render", &res, cause, 5, v_name, v_format, v_dirs, v_now, v_opts);
	value_free(v_opts);
	value_free(v_name);
	value_free(v_format);
	value_free(v_dirs);
	value_free(v_now);
	if (rc == -1)
		return EXPORT_ERROR;
	if ((refuse = value_get(res, "refuse")) != NULL && refuse->type == VAL_STR) {
		*cause = xstrdup(refuse->u.str.s);
		value_free(res);
		return EXPORT_REFUSED;
	}
	fmt = value_get(res, "format");
	doc->format = xstrdup(fmt != NULL && fmt->type == VAL_STR ? fmt->u.str.s : "md");
	reference = strcmp(doc->format, "docx") == 0 ? export_reference_docx(ctx) : NULL;
	rc = render_convert(res, doc->format, reference, &doc->data, &doc->len, &doc->note, cause);
	free(reference);
	if (rc != 0) {
		free(doc->format);
		doc->format = NULL;
		value_free(res);
		return rc == 1 ? EXPORT_MISSING : rc == 2 ? EXPORT_TIMEOUT : EXPORT_FAILED;
	}
	gaps = value_get(res, "gaps");
	doc->gaps = gaps != NULL ? value_copy(gaps) : value_new(VAL_SEQ);
	value_free(res);
	return EXPORT_OK;
}

void
export_doc_free(struct export_doc *doc)
{
	free(doc->data);
	free(doc->format);
	value_free(doc->gaps);
	free(doc->note);
	memset(doc, 0, sizeof *doc);
}
