/* cmd-render.c: evalwiz render PLAN: the plan as a document through a
 * template, in Markdown, HTML, LaTeX, Word, ODT, PDF, CSV or DOT. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "export.h"
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
	    "Writes the plan through a template (evalwiz templates lists those that fit the plan's\n"
	    "pack; the pack names its default: plan for the default pack).\n"
	    "The format follows OUT's extension unless -f names it; without -o, or with -o -, the\n"
	    "document goes to standard output.  Unanswered questions are marked \"Not yet answered\"\n"
	    "and listed at the end.  docx, odt and pdf need pandoc, pdf also pdfLaTeX; Graphviz dot\n"
	    "draws the logic model as a picture (a text diagram without it).\n"
	    "\n"
	    "  -t, --template NAME   the template (default: the pack's own)\n"
	    "  -f, --format FORMAT   md, html, tex, docx, odt, pdf, csv, dot or txt\n"
	    "  -o, --output OUT      the file to write (replaced atomically); - for standard output\n"
	    "  -s, --strict          refuse to render a plan with unanswered questions\n"
	    "  -h, --help            show this help\n"
	    "\n"
	    "Exit status: 0 written, 1 refused by --strict, 64 usage, 65 bad plan or template,\n"
	    "66 no such plan, 69 pandoc or pdfLaTeX missing, 73 cannot write OUT.\n",
	.exec = cmd_render_exec,
};

static const char *const render_formats[] = { "md", "html", "tex", "docx", "odt", "pdf", "csv", "dot", "txt", NULL };

static int
render_binary(const char *format)
{
	return strcmp(format, "docx") == 0 || strcmp(format, "odt") == 0 || strcmp(format, "pdf") == 0;
}

static int
render_write(const char *out, const char *data, size_t len)
{
	char *cause;

	struct stat st;

	if (out == NULL || strcmp(out, "-") == 0) {
		if (fwrite(data, 1, len, stdout) != len)
			return cmd_finish(EX_IOERR);
		return cmd_finish(0);
	}
	/* A device or a pipe (/dev/null, a named pipe a script reads) is not a
	 * file to replace: write to it as it is. */
	if (stat(out, &st) == 0 && (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
		FILE *f = fopen(out, "w");

		if (f == NULL || fwrite(data, 1, len, f) != len || fclose(f) != 0) {
			cmd_error("cannot write %s: %s", out, strerror(errno));
			return EX_IOERR;
		}
		return 0;
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
	const char *name = "", *format = NULL, *out = NULL, *plan;
	const struct value *gaps;
	struct export_doc doc;
	char *cause = NULL;
	size_t i;
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
	} else if (out != NULL && strcmp(out, "-") != 0 && (format = export_format_of(out)) == NULL)
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
	if ((rc = session_read(ctx, plan)) != 0)
		return rc;
	/* the same code as the wizard's F9 */
	switch (export_render(ctx, name, format, &doc, &cause)) {
	case EXPORT_OK:
		break;
	case EXPORT_REFUSED:
		rc = cmd_usage_error(&cmd_render_entry, "%s", cause);
		free(cause);
		return rc;
	case EXPORT_MISSING:
		cmd_error("%s", cause);
		free(cause);
		return EX_UNAVAILABLE;
	default:
		cmd_error("%s", cause);
		free(cause);
		return EX_DATAERR;
	case EXPORT_FAILED:
		cmd_error("%s", cause);
		free(cause);
		return EX_SOFTWARE;
	}
	gaps = doc.gaps;
	if (doc.note != NULL)
		cmd_error("%s", doc.note);
	if (value_count(gaps) > 0) {
		if (strict) {
			for (i = 0; i < value_count(gaps); i++)
				fprintf(stderr, "%s: %s: not yet answered\n", plan,
				    value_get(value_at(gaps, i), "path")->u.str.s);
			cmd_error("%s: %zu question%s not yet answered; --strict renders only complete plans", plan,
			    value_count(gaps), value_count(gaps) == 1 ? "" : "s");
			export_doc_free(&doc);
			return 1;
		}
	}
	rc = render_write(out, doc.data, doc.len);
	/* the gaps are news only once the document holding them is written */
	if (rc == 0 && value_count(gaps) > 0)
		fprintf(stderr, "evalwiz: %s: %zu question%s not yet answered; marked in the document and listed at the end\n",
		    plan, value_count(gaps), value_count(gaps) == 1 ? "" : "s");
	export_doc_free(&doc);
	return rc;
}
