/* cmd-render.c: evalwiz render PLAN: the plan as a document through a
 * template, in Markdown, HTML, LaTeX, Word, ODT, PDF, CSV or DOT. */
#include "config.h"

#include "cli.h"
#include "export.h"
#include "plan/atomic.h"
#include "plan/filesafe.h"
#include "render/formats.h"
#include "render/render.h"
#include "textout.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int cmd_render_check(struct cmd *);
static int cmd_render_exec(struct cmd *);

static const struct cmd_option render_options[] = {
	{ "template", 't', "NAME", "the template (default: the pack's own)", NULL, 0, 0 },
	{ "format", 'f', "FORMAT", "md, html, tex, docx, odt, pdf, csv, dot or txt", "md|html|tex|docx|odt|pdf|csv|dot|txt", 0, 0 },
	{ "output", 'o', "OUT", "the file to write (replaced atomically); - for standard output", NULL, 0, 0 },
	{ "strict", 's', NULL, "refuse to render a plan with unanswered questions", NULL, 0, 0 },
	{ "review", 0, NULL, "show the review items not yet resolved beside their answers (html)", NULL, 0, 0 },
	{ "full", 0, NULL, "show every question, an unanswered one marked, rather than a short draft", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_render_entry = {
	.name = "render",
	.usage = "PLAN [-t TEMPLATE] [-f md|html|tex|docx|odt|pdf|csv|dot|txt] [-o OUT] [--strict] [--review] [--full]",
	.summary = "write the plan as a document through a template",
	.help =
	    "Writes the plan through a template (evalwiz templates lists those that fit the\n"
	    "plan's pack; the pack names its default: plan for the default pack).  The\n"
	    "format follows OUT's extension unless -f names it; without -o, or with -o -,\n"
	    "the document goes to standard output.  A plan with questions not yet answered\n"
	    "makes a short draft: a note at the top, the answers given, a section with none\n"
	    "as one line, and what is still missing listed at the end by step; --full shows\n"
	    "every question instead, an unanswered one marked \"Not yet answered\".  docx, odt\n"
	    "and pdf need pandoc, pdf also LuaLaTeX with the Noto fonts (every Latin letter)\n"
	    "or else pdfLaTeX (Western European letters only); Graphviz dot draws the logic\n"
	    "model as a picture (a text diagram without it).  --review (HTML) shows each\n"
	    "review item not yet resolved beside the question it is on, as a note in the\n"
	    "margin when printed, and every question, as --full does.\n",
	.after = "Exit status: 0 written, 1 refused by --strict, 64 usage, 65 bad plan or\n"
	    "template, 66 no such plan, 69 pandoc or pdfLaTeX missing (or the plan's step\n"
	    "pack), 73 cannot write OUT.\n",
	.options = render_options,
	.min_args = 1, .max_args = 1, .too_few = "give one plan file",
	.needs = CMD_PLAN | CMD_TEMPLATES,
	.check = cmd_render_check,
	.exec = cmd_render_exec,
};

static int
render_binary(const char *format)
{
	const struct render_format *f = render_format(format);

	return f != NULL && (f->flags & RENDER_F_BINARY) != 0;
}

static int
render_write(const char *out, const char *plan, const char *data, size_t len, int binary)
{
	char *cause;

	struct stat st;

	if (out == NULL || strcmp(out, "-") == 0) {
		/* a binary document goes out as it is; text too, unless it is
		 * for a terminal: then through the filter (textout.h) */
		if ((binary ? textout_raw(data, len) : textout_data(data, len)) != 0)
			return cmd_finish(EX_IOERR);
		return cmd_finish(0);
	}
	/* never over the plan, its recovery file or its lock (a link to one, another name for one) */
	if (filesafe_is_plan_file(out, plan, &cause)) {
		cmd_error("%s", cause);
		free(cause);
		return EX_CANTCREAT;
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
	if (atomic_write_output(out, data, len, 0666, plan, &cause) == -1) {
		int err = errno;

		cmd_error("%s", cause);
		free(cause);
		return err == EACCES || err == EPERM || err == EROFS || err == ENOENT || err == ENOTDIR ? EX_CANTCREAT : EX_IOERR;
	}
	return 0;
}

/* The format: -f's, else the one OUT's name says; a binary one is not for
 * a terminal.  Before the plan opens. */
static int
cmd_render_check(struct cmd *c)
{
	const char *format = cmd_opt(c, "format"), *out = cmd_opt(c, "output");

	if (format == NULL && out != NULL && strcmp(out, "-") != 0 && (format = export_format_of(out)) == NULL)
		return cmd_usage_error(c->entry,
		    "cannot tell the format from the name %s: add -f md, html, tex, docx, odt, pdf, csv, dot or txt", out);
	if (format != NULL && render_binary(format) && (out == NULL || strcmp(out, "-") == 0) && isatty(1))
		return cmd_usage_error(c->entry, "a %s file is not for a terminal: give -o FILE", format);
	if (cmd_flag(c, "review") && (format == NULL || strcmp(format, "html") != 0))
		return cmd_usage_error(c->entry, "--review puts the review items beside their answers in HTML only: add -f html");
	return 0;
}

static int
cmd_render_exec(struct cmd *c)
{
	const char *name = cmd_opt(c, "template") != NULL ? cmd_opt(c, "template") : "";
	const char *format = cmd_opt(c, "format"), *out = cmd_opt(c, "output"), *plan = c->argv[0];
	const struct value *gaps;
	struct export_doc doc;
	char *cause = NULL;
	size_t i;
	int rc, strict = cmd_flag(c, "strict");

	if (format == NULL && out != NULL && strcmp(out, "-") != 0)
		format = export_format_of(out);
	/* the same code as the wizard's F9 */
	rc = export_render_with(c->ctx, name, format,
	    (cmd_flag(c, "review") ? EXPORT_REVIEW : 0) | (cmd_flag(c, "full") ? EXPORT_FULL : 0), 0, &doc, &cause);
	/* ^C or SIGTERM while pandoc or dot ran: they are ended and their
	 * files removed; now evalwiz ends as the signal asks */
	util_die_if_stopped();
	switch (rc) {
	case EXPORT_OK:
		break;
	case EXPORT_REFUSED:
		rc = cmd_usage_error(c->entry, "%s", cause);
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
	case EXPORT_TIMEOUT:
		cmd_error("%s", cause);
		free(cause);
		return EX_TEMPFAIL;
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
	rc = render_write(out, plan, doc.data, doc.len, render_binary(doc.format));
	/* the gaps are news only once the document holding them is written */
	if (rc == 0 && value_count(gaps) > 0)
		fprintf(stderr, "evalwiz: %s: %zu question%s not yet answered; listed at the end of the document\n",
		    plan, value_count(gaps), value_count(gaps) == 1 ? "" : "s");
	export_doc_free(&doc);
	return rc;
}
