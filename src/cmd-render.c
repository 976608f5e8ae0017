/* cmd-render.c: evalwiz render PLAN: the plan as a document through a
 * template, in Markdown, HTML, LaTeX, Word, ODT, PDF, CSV or DOT. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "plan/atomic.h"
#include "render/render.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmd_render_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_render_entry = {
	.name = "render",
	.usage = "PLAN [-t TEMPLATE] [-f md|html|tex|docx|odt|pdf|csv|dot|txt] [-o OUT] [--strict]",
	.summary = "write the plan as a document through a template",
	.help =
	    "Writes the plan through a template (evalwiz templates lists them; plan is the default).\n"
	    "The format follows OUT's extension unless -f names it; without -o, or with -o -, the\n"
	    "document goes to standard output.  Unanswered questions are marked \"Not yet answered\"\n"
	    "and listed at the end.  docx, odt and pdf need pandoc.\n"
	    "\n"
	    "  -t, --template NAME   the template (default: plan)\n"
	    "  -f, --format FORMAT   md, html, tex, docx, odt, pdf, csv, dot or txt\n"
	    "  -o, --output OUT      the file to write (replaced atomically); - for standard output\n"
	    "  -s, --strict          refuse to render a plan with unanswered questions\n"
	    "  -h, --help            show this help\n"
	    "\n"
	    "Exit status: 0 written, 1 refused by --strict, 64 usage, 65 bad plan or template,\n"
	    "66 no such plan, 69 pandoc missing, 73 cannot write OUT.\n",
	.exec = cmd_render_exec,
};

static const struct {
	const char *ext;
	const char *format;
} render_exts[] = {
	{ ".md", "md" }, { ".markdown", "md" }, { ".html", "html" }, { ".htm", "html" },
	{ ".tex", "tex" }, { ".docx", "docx" }, { ".odt", "odt" }, { ".pdf", "pdf" },
	{ ".csv", "csv" }, { ".dot", "dot" }, { ".gv", "dot" }, { ".txt", "txt" },
};

static const char *const render_formats[] = { "md", "html", "tex", "docx", "odt", "pdf", "csv", "dot", "txt", NULL };

static const char *
render_format_of(const char *path)
{
	const char *dot = strrchr(path, '.');
	size_t i;

	if (dot == NULL || strchr(dot, '/') != NULL)
		return NULL;
	for (i = 0; i < sizeof render_exts / sizeof render_exts[0]; i++)
		if (strcasecmp(dot, render_exts[i].ext) == 0)
			return render_exts[i].format;
	return NULL;
}

static int
render_binary(const char *format)
{
	return strcmp(format, "docx") == 0 || strcmp(format, "odt") == 0 || strcmp(format, "pdf") == 0;
}

/* The template folders Lua searches: the data directory's, then --templates. */
static struct value *
render_dirs(struct ctx *ctx)
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

static int
render_write(const char *out, const char *data, size_t len)
{
	char *cause;

	if (out == NULL || strcmp(out, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len)
			return cmd_finish(EX_IOERR);
		return cmd_finish(0);
	}
	if (atomic_write(out, data, len, 0666, &cause) == -1) {
		int err = errno;

		cmd_error("%s", cause);
		free(cause);
		return err == EACCES || err == EROFS || err == ENOENT || err == ENOTDIR ? EX_CANTCREAT : EX_IOERR;
	}
	return 0;
}

static int
cmd_render_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "template", required_argument, NULL, 't' },
		{ "format", required_argument, NULL, 'f' },
		{ "output", required_argument, NULL, 'o' },
		{ "strict", no_argument, NULL, 's' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *name = "plan", *format = NULL, *out = NULL, *plan, *refuse;
	struct value *res = NULL, *v_name, *v_format, *v_dirs, *v_now, *gaps;
	char *stamp, *data = NULL, *cause = NULL;
	size_t len = 0, i;
	int c, rc = 0, strict = 0;
	struct stat st;

	optind = 1;
	while ((c = cmd_getopt(&cmd_render_entry, argc, argv, "t:f:o:sh", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 't')
			name = optarg;
		else if (c == 'f')
			format = optarg;
		else if (c == 'o')
			out = optarg;
		else if (c == 's')
			strict = 1;
	}
	if (argc - optind != 1)
		return cmd_usage_error(&cmd_render_entry, "give one plan file");
	plan = argv[optind];
	if (format != NULL) {
		for (i = 0; render_formats[i] != NULL; i++)
			if (strcmp(format, render_formats[i]) == 0)
				break;
		if (render_formats[i] == NULL)
			return cmd_usage_error(&cmd_render_entry,
			    "unknown format %s: use md, html, tex, docx, odt, pdf, csv, dot or txt", format);
	} else if (out != NULL && strcmp(out, "-") != 0 && (format = render_format_of(out)) == NULL)
		return cmd_usage_error(&cmd_render_entry,
		    "cannot tell the format from the name %s: add -f md, html, tex, docx, odt, pdf, csv, dot or txt", out);
	if (format != NULL && render_binary(format) && (out == NULL || strcmp(out, "-") == 0) && isatty(1))
		return cmd_usage_error(&cmd_render_entry, "a %s file is not for a terminal: give -o FILE", format);
	if (ctx->templates_dir != NULL) {
		if (stat(ctx->templates_dir, &st) == -1) {
			cmd_error("cannot use the template folder %s: %s", ctx->templates_dir, strerror(errno));
			return EX_NOINPUT;
		}
		if (!S_ISDIR(st.st_mode)) {
			cmd_error("cannot use the template folder %s: it is not a folder", ctx->templates_dir);
			return EX_NOINPUT;
		}
	}
	if ((rc = ctx_open_plan(ctx, plan)) != 0)
		return rc;
	v_name = value_strz(name);
	v_format = value_strz(format != NULL ? format : "");
	v_dirs = render_dirs(ctx);
	stamp = now_iso();
	v_now = value_strz(stamp);
	free(stamp);
	rc = ctx_call(ctx, "document.render", &res, 4, v_name, v_format, v_dirs, v_now);
	value_free(v_name);
	value_free(v_format);
	value_free(v_dirs);
	value_free(v_now);
	if (rc != 0)
		return rc;
	if ((refuse = value_get(res, "refuse") != NULL ? value_get(res, "refuse")->u.str.s : NULL) != NULL) {
		rc = cmd_usage_error(&cmd_render_entry, "%s", refuse);
		value_free(res);
		return rc;
	}
	format = value_get(res, "format")->u.str.s;
	gaps = value_get(res, "gaps");
	if (value_count(gaps) > 0) {
		if (strict) {
			for (i = 0; i < value_count(gaps); i++)
				fprintf(stderr, "%s: %s: not yet answered\n", plan,
				    value_get(value_at(gaps, i), "path")->u.str.s);
			cmd_error("%s: %zu question%s not yet answered; --strict renders only complete plans", plan,
			    value_count(gaps), value_count(gaps) == 1 ? "" : "s");
			value_free(res);
			return 1;
		}
		fprintf(stderr, "evalwiz: %s: %zu question%s not yet answered; marked in the document and listed at the end\n",
		    plan, value_count(gaps), value_count(gaps) == 1 ? "" : "s");
	}
	if ((c = render_convert(res, format, &data, &len, &cause)) != 0) {
		cmd_error("%s", cause);
		free(cause);
		value_free(res);
		return c == 1 ? EX_UNAVAILABLE : EX_SOFTWARE;
	}
	rc = render_write(out, data, len);
	free(data);
	value_free(res);
	return rc;
}
