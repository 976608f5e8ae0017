/* cmd-glossary.c: evalwiz glossary [TERM]: the step pack's glossary. */
#include "config.h"

#include "cli.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_glossary_exec(struct ctx *, int, char **);

const struct cmd_entry cmd_glossary_entry = {
	.name = "glossary",
	.usage = "[TERM] [--format text|json]",
	.summary = "explain the words of evaluation in plain English",
	.help =
	    "Without TERM, prints every term of the step pack's glossary in alphabetical order.\n"
	    "With TERM, prints that one. TERM may be a name, an abbreviation (ICC, ITT, RCT, MDES)\n"
	    "or another name for it, in any case, singular or plural; words may be quoted together.\n"
	    "\n"
	    "  -f, --format FORMAT   text (the default) or json (a list of term, aliases, definition)\n"
	    "  -h, --help            show this help\n"
	    "\n"
	    "Exit status: 0 found, 1 no such term (near matches are suggested), 64 usage error.\n",
	.exec = cmd_glossary_exec,
};

static int
cmd_glossary_exec(struct ctx *ctx, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const char *format = "text";
	struct value *term = NULL, *res = NULL, *status;
	struct buf words;
	int c, rc = 0, i;

	optind = 1;
	while ((c = cmd_getopt(&cmd_glossary_entry, argc, argv, "f:h", opts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			return rc;
		if (c == 'f')
			format = optarg;
	}
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0)
		return cmd_usage_error(&cmd_glossary_entry, "unknown format %s: use text or json", format);
	if ((rc = ctx_load_pack(ctx)) != 0)
		return rc;
	/* "evalwiz glossary effect size" means the term "effect size". */
	buf_init(&words);
	for (i = optind; i < argc; i++) {
		if (i > optind)
			buf_add(&words, " ", 1);
		buf_add(&words, argv[i], strlen(argv[i]));
	}
	term = optind < argc ? value_str(words.data != NULL ? words.data : "", words.len) : value_new(VAL_NIL);
	buf_free(&words);
	rc = ctx_call(ctx, "core.glossary", &res, 1, term);
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
