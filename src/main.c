/* main.c: global options, then dispatch to a command from the table. */
#include "config.h"

#include "cli.h"
#include "nls.h"
#include "textout.h"
#include "util.h"

#include <locale.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

static void
usage(FILE *f)
{
	const struct cmd_entry *const *c;

	fprintf(f,
	    "Usage: evalwiz [OPTION]... PLAN\n"
	    "       evalwiz [OPTION]... COMMAND [ARG]...\n"
	    "Walk a team through the ten-step evaluation model and write the evaluation plan.\n"
	    "\n"
	    "With a PLAN file, opens the interactive wizard on it.\n"
	    "\n"
	    "Commands:\n");
	for (c = cmd_table; *c != NULL; c++)
		if ((*c)->summary != NULL)
			fprintf(f, "  %-10s %s\n", (*c)->name, (*c)->summary);
	fprintf(f,
	    "\n"
	    "Options:\n"
	    "      --pack DIR|ID     use another step pack (also EVALWIZ_PACK)\n"
	    "      --templates DIR   use another template folder\n"
	    "      --lang LANG       the language of the pack's texts and documents (cy: Welsh);\n"
	    "                        else the plan's meta.lang, then LANGUAGE, LC_ALL, LC_MESSAGES, LANG\n"
	    "      --plain           ask one question at a time, line by line, with no cursor\n"
	    "                        movement or colour (also when TERM=dumb or not on a terminal)\n"
	    "      --read-only       open the plan in the wizard without changing it\n"
	    "      --recover         put back edits from PLAN.recover without asking\n"
	    "  -y, --yes             create PLAN without asking when it does not exist\n"
	    "  -h, --help            show this help and exit\n"
	    "  -V, --version         show the version and exit\n"
	    "\n"
	    "Run 'evalwiz COMMAND --help' for a command's options.\n"
	    "Exit status: 0 success, 1 problems found, 64 usage, 65 bad data, 66 no input,\n"
	    "73 cannot create, 74 I/O error, 75 plan locked; see evalwiz(1).\n");
}

/* Edit distance (insertions, deletions, substitutions, swaps of neighbours), capped at 3. */
static int
edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	int d[16][16];

	if (la > 14 || lb > 14)
		return 3;
	for (i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (i = 1; i <= la; i++)
		for (j = 1; j <= lb; j++) {
			int best = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);

			if (d[i - 1][j] + 1 < best)
				best = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < best)
				best = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    d[i - 2][j - 2] + 1 < best)
				best = d[i - 2][j - 2] + 1;
			d[i][j] = best;
		}
	return d[la][lb] < 3 ? d[la][lb] : 3;
}

/*
 * A word that is not a command opens the wizard on a plan of that name, so
 * "evalwiz rendr" would start a new plan called rendr.  When the word is no
 * file, has no dot or slash, and is one or two typing slips from a command,
 * it is far more likely a mistyped command: say so rather than start a plan.
 */
static const char *
mistyped_command(const char *word)
{
	const struct cmd_entry *const *c;
	const char *best = NULL;
	int best_d = 3, d;
	struct stat st;

	if (strchr(word, '.') != NULL || strchr(word, '/') != NULL || stat(word, &st) == 0)
		return NULL;
	for (c = cmd_table; *c != NULL; c++) {
		d = edit_distance(word, (*c)->name);
		if (strlen((*c)->name) <= 4 && d > 1)
			continue;
		if (d < best_d)
			best_d = d, best = (*c)->name;
	}
	return best;
}

/* Whether arg (before any command) is one of the wizard's own options,
 * "evalwiz --yes plan.yaml" as "evalwiz wizard --yes plan.yaml": its
 * option table says, so a new option needs no word here. */
static int
wizard_option(const char *arg)
{
	const struct cmd_entry *const *c;
	const struct cmd_option *o;

	for (c = cmd_table; *c != NULL && strcmp((*c)->name, "wizard") != 0; c++)
		;
	if (*c == NULL || (*c)->options == NULL)
		return 0;
	for (o = (*c)->options; o->name != NULL; o++)
		if ((arg[1] == '-' && strncmp(arg + 2, o->name, strlen(o->name)) == 0 &&
		    (arg[2 + strlen(o->name)] == '\0' || arg[2 + strlen(o->name)] == '=')) ||
		    (arg[1] != '-' && o->short_name != 0 && arg[1] == o->short_name && arg[2] == '\0'))
			return 1;
	return 0;
}

/* Takes --pack, --templates and --lang out of argv wherever they appear before "--". */
static int
take_globals(struct ctx *ctx, int *argc, char **argv)
{
	int i, out = 1;

	for (i = 1; i < *argc; i++) {
		const char *a = argv[i];
		const char **slot = NULL;
		const char *name = NULL;

		if (strcmp(a, "--") == 0) {
			while (i < *argc)
				argv[out++] = argv[i++];
			break;
		}
		if (strncmp(a, "--pack", 6) == 0 && (a[6] == '\0' || a[6] == '='))
			slot = &ctx->pack_spec, name = "--pack";
		else if (strncmp(a, "--templates", 11) == 0 && (a[11] == '\0' || a[11] == '='))
			slot = &ctx->templates_dir, name = "--templates";
		else if (strncmp(a, "--lang", 6) == 0 && (a[6] == '\0' || a[6] == '='))
			slot = &ctx->lang, name = "--lang";
		if (slot == NULL) {
			argv[out++] = argv[i];
			continue;
		}
		if (strchr(a, '=') != NULL)
			*slot = strchr(a, '=') + 1;
		else if (i + 1 < *argc)
			*slot = argv[++i];
		else {
			fprintf(stderr, "evalwiz: %s needs a value\nTry 'evalwiz --help'.\n", name);
			return -1;
		}
	}
	argv[out] = NULL;
	*argc = out;
	return 0;
}

int
main(int argc, char **argv)
{
	struct ctx ctx;
	const struct cmd_entry *const *c;
	const char *name;
	int rc;

	/* The character set only (wide characters, widths, the terminal's
	 * encoding).  Numbers, collation and times stay in the C locale: Lua
	 * and printf would otherwise write 1,5 for 1.5 in a German locale, and
	 * string order would change with the user's language.  Loading only
	 * LC_CTYPE also leaves eleven locale files unmapped in each session. */
	setlocale(LC_CTYPE, "");
	/* every text printed from here on shows controls as escapes: a plan,
	 * a pack or a lock written by someone else cannot drive the terminal */
	textout_start();
	memset(&ctx, 0, sizeof ctx);
	ctx.pack_spec = getenv("EVALWIZ_PACK");
	if (ctx.pack_spec != NULL && *ctx.pack_spec == '\0')
		ctx.pack_spec = NULL;
	if (take_globals(&ctx, &argc, argv) == -1)
		return EX_USAGE;
	/* messages (LC_MESSAGES) only, in --lang or the locale's language */
	nls_init(ctx.lang);
	if (argc < 2) {
		name = "wizard";
	} else if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return cmd_finish(0);
	} else if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("evalwiz %s\n", PACKAGE_VERSION);
		return cmd_finish(0);
	} else
		name = argv[1];
	for (c = cmd_table; *c != NULL; c++)
		if (strcmp((*c)->name, name) == 0)
			break;
	if (*c == NULL) {
		/* Not a command: a plan file for the wizard, or a mistake. */
		if (name[0] == '-' && strcmp(name, "-") != 0 && !wizard_option(name)) {
			fprintf(stderr, "evalwiz: unknown option %s\nTry 'evalwiz --help'.\n", name);
			return EX_USAGE;
		}
		if (name[0] != '-' && mistyped_command(name) != NULL) {
			fprintf(stderr,
			    "evalwiz: '%s' is not an evalwiz command; did you mean '%s'?\n"
			    "To open a plan file of that name, write ./%s\n"
			    "Try 'evalwiz --help' for the list of commands.\n",
			    name, mistyped_command(name), name);
			return EX_USAGE;
		}
		for (c = cmd_table; *c != NULL; c++)
			if (strcmp((*c)->name, "wizard") == 0)
				break;
		if (*c == NULL)
			fatal("the wizard command is missing from the command table");
		rc = cmd_run(*c, &ctx, argc, argv);
	} else if (argc < 2)
		rc = cmd_run(*c, &ctx, argc, argv);
	else
		rc = cmd_run(*c, &ctx, argc - 1, argv + 1);
	ctx_free(&ctx);
	return cmd_finish(rc);
}
