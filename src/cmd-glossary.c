/* cmd-glossary.c: evalwiz glossary [TERM]: the step pack's glossary. */
#include "config.h"

#include "cli.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_glossary_exec(struct cmd *);

static const struct cmd_option glossary_options[] = {
	{ "format", 'f', "FORMAT", "text (the default) or json (a list of term, aliases, definition)", "text|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_glossary_entry = {
	.name = "glossary",
	.usage = "[TERM] [--format text|json]",
	.summary = "explain the words of evaluation in plain English",
	.help =
	    "Without TERM, prints every term of the step pack's glossary in alphabetical\n"
	    "order.  With TERM, prints that one.  TERM may be a name, an abbreviation (ICC,\n"
	    "ITT, RCT, MDES) or another name for it, in any case, singular or plural; words\n"
	    "may be quoted together.\n",
	.after = "Exit status: 0 found, 1 no such term (near matches are suggested), 64 usage\n"
	    "error.\n",
	.options = glossary_options,
	.min_args = 0, .max_args = -1,
	.needs = CMD_PACK,
	.exec = cmd_glossary_exec,
};

static int
cmd_glossary_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format") != NULL ? cmd_opt(c, "format") : "text";
	struct value *term = NULL, *res = NULL, *status;
	struct buf words;
	int rc, i;

	/* "evalwiz glossary effect size" means the term "effect size". */
	buf_init(&words);
	for (i = 0; i < c->argc; i++) {
		if (i > 0)
			buf_add(&words, " ", 1);
		buf_add(&words, c->argv[i], strlen(c->argv[i]));
	}
	term = c->argc > 0 ? value_str(words.data != NULL ? words.data : "", words.len) : value_new(VAL_NIL);
	buf_free(&words);
	rc = ctx_call(c->ctx, "core.glossary", &res, 1, term);
	value_free(term);
	if (rc != 0)
		return EX_SOFTWARE;
	status = value_get(res, "status");
	if (status == NULL || status->type != VAL_INT) {
		cmd_error("the glossary gave no answer");
		value_free(res);
		return EX_SOFTWARE;
	}
	if (status->u.i != 0) {
		cmd_error("%s", value_get(res, "message")->u.str.s);
		value_free(res);
		return 1;
	}
	if (strcmp(format, "json") == 0) {
		struct buf b;

		buf_init(&b);
		value_to_json(value_get(res, "entries"), &b, 2);
		puts(b.data);
		buf_free(&b);
	} else
		fputs(value_get(res, "text")->u.str.s, stdout);
	value_free(res);
	return 0;
}
