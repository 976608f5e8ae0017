/* cmd-review.c: evalwiz review import|list|reply|resolve|accept|decline:
 * a partner's review of the plan (comments and tracked changes in the
 * Word or OpenDocument file it was sent as, or a simple review file)
 * brought into the plan's review: section and answered there.  What the
 * items mean is review.lua's; the file is read by review/extract.c. */
#include "config.h"

#include "cli.h"
#include "export.h"
#include "plan/atomic.h"
#include "plan/filesafe.h"
#include "plan/yaml.h"
#include "review/extract.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

static int review_import(struct cmd *);
static int review_list(struct cmd *);
static int review_reply(struct cmd *);
static int review_resolve(struct cmd *);
static int review_accept(struct cmd *);
static int review_decline(struct cmd *);
static int review_send_check(struct cmd *);
static int review_send(struct cmd *);

static const struct cmd_option import_options[] = {
	{ "force", 0, NULL, "import a document made from another plan (its plan id differs)", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

static const struct cmd_option list_options[] = {
	{ "open", 0, NULL, "only the items not resolved", NULL, 0, 0 },
	{ "format", 'f', "FORMAT", "text (the default) or json", "text|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

static const struct cmd_option author_options[] = {
	{ "author", 'a', "NAME", "who answers (default: $EVALWIZ_AUTHOR, else your user name)", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

static const struct cmd_option send_options[] = {
	{ "output", 'o', "OUT", "the document to write (replaced atomically)", NULL, 0, 0 },
	{ "format", 'f', "FORMAT", "docx, odt, html, md or pdf (default: OUT's extension)", "docx|odt|html|md|pdf", 0, 0 },
	{ "template", 't', "NAME", "the template (default: the pack's own)", NULL, 0, 0 },
	{ "author", 'a', "NAME", "who sends it (default: $EVALWIZ_AUTHOR, else your user name)", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

#define EXIT_WRITE "Exit status: 0 done, 64 usage, 65 no such item (or refused), 66 no such plan,\n" \
	"69 its step pack is not installed, 73 cannot save, 75 someone else is editing it.\n"

static const struct cmd_entry cmd_review_import_entry = {
	.name = "review import",
	.usage = "PLAN FILE [--force]",
	.summary = "bring a partner's comments and tracked changes into the plan",
	.help =
	    "Reads FILE, the plan's document returned with comments and tracked\n"
	    "changes (.docx or .odt), or a simple review file (.yaml, .yml or .csv with\n"
	    "the columns question, comment, author and optionally date; question is\n"
	    "STEP.FIELD or general), and adds each comment and change to the plan's\n"
	    "review: section, on the question whose answer it sits in (by the answer's\n"
	    "anchor in the document), or general.  A tracked change in an answer\n"
	    "becomes a proposed new answer (evalwiz review accept).  Replies made in\n"
	    "Word are kept with their comment.  What is in the plan already is not\n"
	    "added again.  A document made from another plan is refused (--force takes\n"
	    "it); one without anchors is placed by matching text, and says so.\n",
	.after = "Exit status: 0 imported, 64 usage, 65 FILE is from another plan or cannot be\n"
	    "read as a review, 66 no such plan or file, 73 cannot save, 75 the plan is locked.\n",
	.options = import_options,
	.min_args = 2, .max_args = 2, .too_few = "give the plan and the returned document",
	.needs = CMD_WRITE,
	.exec = review_import,
};

static const struct cmd_entry cmd_review_list_entry = {
	.name = "review list",
	.usage = "PLAN [--open] [--format json]",
	.summary = "the plan's review items",
	.help =
	    "Prints each review item: its id, status (open, answered, resolved),\n"
	    "kind (comment or change), question, author and date, the text it is\n"
	    "on, what it says (a change: the answer before, -, and after, +), and\n"
	    "the replies.  --format json prints { \"items\": [...] }.\n",
	.after = "Exit status: 0, 64 usage, 65 the review section is not a list, 66 no such plan.\n",
	.options = list_options,
	.min_args = 1, .max_args = 1, .too_few = "which plan file?",
	.needs = CMD_PLAN,
	.exec = review_list,
};

static const struct cmd_entry cmd_review_reply_entry = {
	.name = "review reply",
	.usage = "PLAN ID TEXT [--author NAME]",
	.summary = "answer a review item",
	.help = "Adds the team's reply to review item ID; an open item becomes answered.\n",
	.after = EXIT_WRITE,
	.options = author_options,
	.min_args = 3, .max_args = 3, .too_few = "give the plan, the item's id and the reply",
	.needs = CMD_WRITE,
	.exec = review_reply,
};

static const struct cmd_entry cmd_review_resolve_entry = {
	.name = "review resolve",
	.usage = "PLAN ID [--author NAME]",
	.summary = "mark a review item resolved",
	.help = "Marks review item ID resolved: nothing more is to be done about it.\n",
	.after = EXIT_WRITE,
	.options = author_options,
	.min_args = 2, .max_args = 2, .too_few = "give the plan and the item's id",
	.needs = CMD_WRITE,
	.exec = review_resolve,
};

static const struct cmd_entry cmd_review_accept_entry = {
	.name = "review accept",
	.usage = "PLAN ID [--author NAME]",
	.summary = "make a proposed change the answer",
	.help =
	    "Makes the answer review item ID (a tracked change) proposes the answer\n"
	    "to its question, as 'evalwiz set' would: checked by the question's type\n"
	    "and the pack's validators (a refusal saves nothing), journalled.  The\n"
	    "item is then resolved.\n",
	.after = EXIT_WRITE,
	.options = author_options,
	.min_args = 2, .max_args = 2, .too_few = "give the plan and the item's id",
	.needs = CMD_WRITE,
	.exec = review_accept,
};

static const struct cmd_entry cmd_review_decline_entry = {
	.name = "review decline",
	.usage = "PLAN ID TEXT [--author NAME]",
	.summary = "decline a proposed change, saying why",
	.help = "Adds TEXT as the team's reply to review item ID and resolves it; the answer\nis left as it is.\n",
	.after = EXIT_WRITE,
	.options = author_options,
	.min_args = 3, .max_args = 3, .too_few = "give the plan, the item's id and why it is declined",
	.needs = CMD_WRITE,
	.exec = review_decline,
};

static const struct cmd_entry cmd_review_send_entry = {
	.name = "review send",
	.usage = "PLAN -o OUT [-f FORMAT] [-t TEMPLATE] [--author NAME]",
	.summary = "write the plan's document for sending, as its next version",
	.help =
	    "Renders the plan to OUT as 'evalwiz render' does, as the plan's next\n"
	    "version: meta.version goes up by one, the document carries that version\n"
	    "(evalwiz-plan-version), and the plan keeps under versions: when it was\n"
	    "sent, by whom, as what, and its answers then (only those changed since the\n"
	    "version before).  A document made after a version was sent lists the\n"
	    "changes since it, answer by answer, and the response to the review; a\n"
	    "document of version N that comes back (review import) is read against the\n"
	    "answers of version N.  Nothing is recorded unless OUT was written.\n",
	.after = "Exit status: 0 written and recorded, 64 usage, 65 bad plan or template, 66 no\n"
	    "such plan, 69 pandoc missing, 73 cannot write OUT or save the plan, 75 the plan\n"
	    "is locked.\n",
	.options = send_options,
	.min_args = 1, .max_args = 1, .too_few = "which plan file?",
	.needs = CMD_WRITE | CMD_TEMPLATES,
	.check = review_send_check,
	.exec = review_send,
};

static const struct cmd_entry *const review_subs[] = {
	&cmd_review_send_entry, &cmd_review_import_entry, &cmd_review_list_entry, &cmd_review_reply_entry,
	&cmd_review_resolve_entry, &cmd_review_accept_entry, &cmd_review_decline_entry, NULL,
};

const struct cmd_entry cmd_review_entry = {
	.name = "review",
	.usage = "send|import|list|reply|resolve|accept|decline PLAN ...",
	.summary = "bring a partner's review into the plan and answer it",
	.help =
	    "review send PLAN -o OUT [-f FORMAT] [-t TEMPLATE]\n"
	    "    Writes the plan's document for sending as its next version, and keeps\n"
	    "    what was sent (the next document lists the changes since).\n"
	    "review import PLAN FILE [--force]\n"
	    "    Adds the comments and tracked changes of the returned document FILE\n"
	    "    (.docx, .odt, or a .yaml/.csv review file) to the plan's review.\n"
	    "review list PLAN [--open] [--format json]\n"
	    "    Prints the review items.\n"
	    "review reply PLAN ID TEXT       the team's answer to an item\n"
	    "review resolve PLAN ID          nothing more to do about it\n"
	    "review accept PLAN ID           a proposed change becomes the answer\n"
	    "review decline PLAN ID TEXT     a proposed change declined, saying why\n"
	    "Each has its own --help (evalwiz review import --help).\n",
	.subs = review_subs,
};

static const char *
author(struct cmd *c)
{
	return review_author(cmd_opt(c, "author"));
}

static int
ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), m = strlen(tail);

	return n >= m && strcasecmp(s + n - m, tail) == 0;
}

/* ---- simple review files ------------------------------------------------ */

/* One CSV field from *p (RFC 4180: quotes, doubled quotes, commas and line
 * ends inside quotes); *line counts line ends.  Returns the field, with
 * *end set when it ended its row (or the text). */
static char *
csv_field(const char **p, const char *lim, unsigned *line, int *end, int *bad)
{
	struct buf b;
	const char *s = *p;

	buf_init(&b);
	buf_adds(&b, "");
	*end = 0;
	if (s < lim && *s == '"') {
		s++;
		for (;;) {
			if (s >= lim) {
				*bad = 1;
				break;
			}
			if (*s == '"') {
				if (s + 1 < lim && s[1] == '"') {
					buf_addc(&b, '"');
					s += 2;
					continue;
				}
				s++;
				break;
			}
			if (*s == '\n')
				(*line)++;
			buf_addc(&b, *s++);
		}
	} else
		while (s < lim && *s != ',' && *s != '\n' && *s != '\r')
			buf_addc(&b, *s++);
	if (s < lim && *s == '\r')
		s++;
	if (s >= lim || *s == '\n') {
		*end = 1;
		if (s < lim) {
			s++;
			(*line)++;
		}
	} else if (*s == ',')
		s++;
	else
		*bad = 1;
	*p = s;
	return buf_steal(&b, NULL);
}

/* A CSV review file as rows { question, comment, author, date, line }; a
 * header row names the columns.  NULL with *cause when it cannot be read. */
static struct value *
csv_rows(const char *text, size_t len, const char *name, char **cause)
{
	static const char *const cols[] = { "question", "comment", "author", "date", "quote" };
	const char *p = text, *lim = text + len;
	int col_of[16];
	size_t ncols = 0, i;
	unsigned line = 1;
	struct value *rows = value_new(VAL_SEQ);
	int end = 0, bad = 0, have_comment = 0;

	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)	/* a spreadsheet's byte order mark */
		p += 3;
	while (!end && p < lim) {
		char *f = csv_field(&p, lim, &line, &end, &bad);

		col_of[ncols] = -1;
		for (i = 0; i < sizeof cols / sizeof cols[0]; i++)
			if (strcasecmp(f, cols[i]) == 0)
				col_of[ncols] = (int)i;
		have_comment |= col_of[ncols] == 1;
		free(f);
		if (++ncols == sizeof col_of / sizeof col_of[0])
			break;
	}
	if (!have_comment || bad) {
		*cause = xasprintf("%s:1:1: the first line must name the columns: question,comment,author (and date if you like)", name);
		value_free(rows);
		return NULL;
	}
	while (p < lim) {
		struct value *row = value_new(VAL_MAP);
		unsigned at = line;
		size_t k = 0;
		int any = 0;

		end = 0;
		while (!end) {
			char *f = csv_field(&p, lim, &line, &end, &bad);

			if (k < ncols && col_of[k] >= 0 && value_get(row, cols[col_of[k]]) == NULL)
				value_set(row, cols[col_of[k]], value_strz(f));
			any |= f[0] != '\0';
			free(f);
			k++;
		}
		if (bad) {
			*cause = xasprintf("%s:%u:1: a quoted field is not closed (or text follows its closing quote)", name, at);
			value_free(row);
			value_free(rows);
			return NULL;
		}
		if (!any) {
			value_free(row);
			continue;
		}
		value_set(row, "line", value_int(at));
		value_push(rows, row);
	}
	return rows;
}

/* A YAML review file: a list of { question, comment, author, date }, or a
 * mapping with such a list under comments: or review:. */
static struct value *
yaml_rows(const char *text, size_t len, const char *name, char **cause)
{
	struct value *doc = yaml_parse(text, len, name, cause), *list, *rows;
	size_t i;

	if (doc == NULL)
		return NULL;
	list = doc;
	if (doc->type == VAL_MAP)
		list = value_get(doc, "comments") != NULL ? value_get(doc, "comments") : value_get(doc, "review");
	if (list == NULL || list->type != VAL_SEQ) {
		*cause = xasprintf("%s:%u:%u: a review file is a list of comments, each with question, comment and author",
		    name, doc->line ? doc->line : 1, doc->col ? doc->col : 1);
		value_free(doc);
		return NULL;
	}
	rows = value_new(VAL_SEQ);
	for (i = 0; i < value_count(list); i++) {
		struct value *r = value_copy(value_at(list, i));

		if (r->type == VAL_MAP)
			value_set(r, "line", value_int(value_at(list, i)->line));
		value_push(rows, r);
	}
	value_free(doc);
	return rows;
}

static int
review_import(struct cmd *c)
{
	const char *file = c->argv[1];
	struct value *opts = value_new(VAL_MAP), *res = NULL, *found = NULL, *rows = NULL;
	const struct value *notes;
	char *cause = NULL, *now = now_iso();
	size_t i;
	int rc;

	if (ends_with(file, ".csv") || ends_with(file, ".yaml") || ends_with(file, ".yml")) {
		size_t len;
		char *text = read_file(file, 16u << 20, &len, &cause);

		if (text != NULL)
			rows = ends_with(file, ".csv") ? csv_rows(text, len, file, &cause) : yaml_rows(text, len, file, &cause);
		free(text);
		if (rows == NULL) {
			cmd_error("%s", cause);
			free(cause);
			free(now);
			value_free(opts);
			return text == NULL && cause != NULL && access(file, F_OK) != 0 ? EX_NOINPUT : EX_DATAERR;
		}
	} else if ((found = review_extract(file, &cause)) == NULL) {
		int missing = access(file, F_OK) != 0;

		cmd_error("%s", cause);
		free(cause);
		free(now);
		value_free(opts);
		return missing ? EX_NOINPUT : review_extract_unavailable() ? EX_UNAVAILABLE : EX_DATAERR;
	}
	value_set(opts, "force", value_bool(cmd_flag(c, "force")));
	value_set(opts, "source", value_strz(file));
	value_set(opts, "now", value_strz(now));
	free(now);
	if (rows != NULL)
		rc = ctx_call(c->ctx, "review.import_rows", &res, 2, rows, opts);
	else
		rc = ctx_call(c->ctx, "review.import", &res, 2, found, opts);
	value_free(rows);
	value_free(found);
	value_free(opts);
	if (rc != 0)
		return rc;
	notes = value_get(res, "notes");
	for (i = 0; i < value_count(notes); i++)
		fprintf(stderr, "evalwiz: note: %s\n", value_at(notes, i)->u.str.s);
	printf("%s: %s\n", file, value_get(res, "text")->u.str.s);
	if (value_get(res, "added")->u.i > 0 || value_get(res, "replies")->u.i > 0)
		session_changed(c->session, NULL);
	value_free(res);
	return 0;
}

static int
review_list(struct cmd *c)
{
	const char *format = cmd_opt(c, "format");
	struct value *open = value_bool(cmd_flag(c, "open")), *res = NULL;
	int rc = ctx_call(c->ctx, "review.list", &res, 1, open);

	value_free(open);
	if (rc != 0)
		return rc;
	if (format != NULL && strcmp(format, "json") == 0) {
		struct value *out = value_new(VAL_MAP);
		struct buf b;

		value_set(out, "items", value_take(res, "items"));
		buf_init(&b);
		value_to_json(out, &b, 2);
		printf("%s\n", b.data);
		buf_free(&b);
		value_free(out);
	} else
		fputs(value_get(res, "text")->u.str.s, stdout);
	value_free(res);
	return 0;
}

/* Calls fn(id, [text,] author, now), saves, and says what became of it. */
static int
review_update(struct cmd *c, const char *fn, const char *text)
{
	struct value *id = value_strz(c->argv[1]), *who = value_strz(author(c)), *res = NULL, *tv = NULL;
	char *now = now_iso();
	struct value *when = value_strz(now);
	int rc;

	free(now);
	if (text != NULL) {
		tv = value_strz(text);
		rc = ctx_call(c->ctx, fn, &res, 4, id, tv, who, when);
	} else
		rc = ctx_call(c->ctx, fn, &res, 3, id, who, when);
	value_free(id);
	value_free(who);
	value_free(when);
	value_free(tv);
	if (rc != 0)
		return rc;
	if (value_get(res, "same") == NULL)
		session_changed(c->session, NULL);
	printf("review item %s: %s\n", c->argv[1], value_get(res, "status")->u.str.s);
	value_free(res);
	return 0;
}

static int
review_reply(struct cmd *c)
{
	return review_update(c, "review.reply", c->argv[2]);
}

static int
review_resolve(struct cmd *c)
{
	return review_update(c, "review.resolve", NULL);
}

static int
review_decline(struct cmd *c)
{
	return review_update(c, "review.decline", c->argv[2]);
}

/* The proposal typed into its question as an edit (journalled, undoable,
 * the type's check), then the pack's validators, then the item resolved. */
static int
review_accept(struct cmd *c)
{
	struct value *id = value_strz(c->argv[1]), *prop = NULL, *edit, *res = NULL, *paths, *checked = NULL;
	const struct value *acc, *errors;
	char *cause = NULL, *path;
	size_t i;
	int rc = ctx_call(c->ctx, "review.proposal", &prop, 1, id);

	value_free(id);
	if (rc != 0)
		return rc;
	edit = value_new(VAL_MAP);
	value_set(edit, "op", value_strz("text"));
	value_set(edit, "step", value_copy(value_get(prop, "step")));
	value_set(edit, "field", value_copy(value_get(prop, "field")));
	value_set(edit, "text", value_copy(value_get(prop, "text")));
	path = xasprintf("%s.%s", value_get(prop, "step")->u.str.s, value_get(prop, "field")->u.str.s);
	value_free(prop);
	if (session_edit(c->session, edit, &res, &cause) == -1) {
		cmd_error("%s", cause);
		free(cause);
		value_free(edit);
		value_free(res);
		free(path);
		return EX_DATAERR;
	}
	value_free(edit);
	acc = value_get(res, "accepted");
	if (acc == NULL || acc->type != VAL_BOOL || !acc->u.b) {
		const struct value *m = value_get(res, "message");

		cmd_error("review item %s: %s refuses the proposed answer: %s; nothing was saved", c->argv[1], path,
		    m != NULL && m->type == VAL_STR ? m->u.str.s : "it does not fit the question");
		value_free(res);
		free(path);
		return EX_DATAERR;
	}
	value_free(res);
	paths = value_new(VAL_SEQ);
	value_push(paths, value_strz(path));
	rc = ctx_call(c->ctx, "core.validate", &checked, 1, paths);
	value_free(paths);
	if (rc == 0) {
		errors = value_get(checked, "errors");
		for (i = 0; i < value_count(errors); i++)
			cmd_error("review item %s: %s: %s", c->argv[1], value_get(value_at(errors, i), "path")->u.str.s,
			    value_get(value_at(errors, i), "message")->u.str.s);
		if (value_count(errors) > 0) {
			fprintf(stderr, "evalwiz: nothing was saved; %s is unchanged\n", c->argv[0]);
			rc = EX_DATAERR;
		}
		errors = value_get(checked, "warnings");
		for (i = 0; rc == 0 && i < value_count(errors); i++)
			cmd_error("%s: warning: %s", value_get(value_at(errors, i), "path")->u.str.s,
			    value_get(value_at(errors, i), "message")->u.str.s);
	}
	value_free(checked);
	free(path);
	if (rc != 0)
		return rc;
	return review_update(c, "review.accepted", NULL);
}

/* ---- sending a version ----------------------------------------------------- */

static int
review_send_check(struct cmd *c)
{
	const char *format = cmd_opt(c, "format"), *out = cmd_opt(c, "output");

	if (out == NULL || strcmp(out, "-") == 0)
		return cmd_usage_error(c->entry, "give -o OUT: the document sent is a file the plan remembers");
	if (format == NULL && export_format_of(out) == NULL)
		return cmd_usage_error(c->entry, "cannot tell the format from the name %s: add -f docx, odt, html, md or pdf", out);
	return 0;
}

/* The document of the plan's next version rendered (carrying its number)
 * and written, then the version recorded with what was sent (which makes
 * meta.version that number).  Any failure returns before the plan is
 * changed or saved, so that nothing is recorded that was not sent. */
static int
review_send(struct cmd *c)
{
	const char *out = cmd_opt(c, "output"), *plan = c->argv[0];
	const char *format = cmd_opt(c, "format") != NULL ? cmd_opt(c, "format") : export_format_of(out);
	const char *tname = cmd_opt(c, "template") != NULL ? cmd_opt(c, "template") : "";
	struct value *next = NULL, *opts, *res = NULL, *n;
	struct export_doc doc;
	char *cause = NULL, *now;
	int rc;

	if ((rc = ctx_call(c->ctx, "versions.next", &next, 0)) != 0)
		return rc;
	switch (export_render_with(c->ctx, tname, format, 0, (long long)value_get(next, "version")->u.i, &doc, &cause)) {
	case EXPORT_OK:
		break;
	case EXPORT_REFUSED:
		rc = cmd_usage_error(c->entry, "%s", cause);
		free(cause);
		value_free(next);
		return rc;
	case EXPORT_MISSING:
		rc = EX_UNAVAILABLE;
		goto fail;
	case EXPORT_FAILED:
		rc = EX_SOFTWARE;
		goto fail;
	default:
		rc = EX_DATAERR;
		goto fail;
	}
	if (doc.note != NULL)
		cmd_error("%s", doc.note);
	if (filesafe_is_plan_file(out, plan, &cause)) {
		export_doc_free(&doc);
		rc = EX_CANTCREAT;
		goto fail;
	}
	if (atomic_write_output(out, doc.data, doc.len, 0666, plan, &cause) == -1) {
		int err = errno;

		export_doc_free(&doc);
		rc = err == EACCES || err == EPERM || err == EROFS || err == ENOENT || err == ENOTDIR ? EX_CANTCREAT : EX_IOERR;
		goto fail;
	}
	now = now_iso();
	opts = value_new(VAL_MAP);
	value_set(opts, "by", value_strz(author(c)));
	value_set(opts, "date", value_strz(now));
	value_set(opts, "file", value_strz(out));
	value_set(opts, "format", value_strz(doc.format));
	value_set(opts, "template", value_strz(tname));
	free(now);
	export_doc_free(&doc);
	n = value_copy(value_get(next, "version"));
	rc = ctx_call(c->ctx, "versions.sent", &res, 2, n, opts);
	value_free(n);
	value_free(opts);
	if (rc == 0) {
		const struct value *since = value_get(next, "since");

		session_changed(c->session, NULL);
		printf("%s: %s", out, value_get(res, "text")->u.str.s);
		if (since != NULL && since->type == VAL_INT)
			printf("; it lists the changes since version %lld", (long long)since->u.i);
		printf("\n");
	}
	value_free(res);
	value_free(next);
	return rc;
fail:
	cmd_error("%s", cause);
	free(cause);
	value_free(next);
	return rc;
}
