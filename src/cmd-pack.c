/* cmd-pack.c: evalwiz pack new|lint: start a step pack from a small working
 * example, and check one the way a careful reviewer would (lua/evalwiz/lint.lua). */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "plan/atomic.h"
#include "plan/yaml.h"
#include "model.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int pack_new(struct cmd *);
static int pack_lint(struct cmd *);

static const struct cmd_option pack_new_options[] = {
	{ "extends", 'e', "ID", "the pack to build on (an installed pack's id, like " DATADIR_DEFAULT_PACK ")", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

static const struct cmd_entry cmd_pack_new_entry = {
	.name = "pack new",
	.usage = "DIR [--extends ID]",
	.summary = "start a step pack",
	.help =
	    "Writes a small working pack in DIR (which must not exist or be empty):\n"
	    "pack.lua and one step with a conditional question and a validator.\n"
	    "With --extends ID (an installed pack, such as the default " DATADIR_DEFAULT_PACK ")\n"
	    "the pack adds its step after that pack's steps instead of standing\n"
	    "alone.  See evalwiz-pack(5).\n",
	.options = pack_new_options,
	.min_args = 1, .max_args = 1, .too_few = "pack new takes one folder",
	.exec = pack_new,
};

static const struct cmd_option pack_lint_options[] = {
	{ "untranslated", 'u', "LANG", "also list the pack's texts that have no translation into LANG (cy, ...)", NULL, 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

static const struct cmd_entry cmd_pack_lint_entry = {
	.name = "pack lint",
	.usage = "DIR [--untranslated LANG]",
	.summary = "check a step pack",
	.help =
	    "Checks the pack in DIR: ids, help, options; every when, validate,\n"
	    "options, compute and panel function run on an empty plan and on a demo\n"
	    "plan (DIR/examples/*.yaml, or the default demo plan for packs that extend\n"
	    "the default); that the answers they read exist; that no question is\n"
	    "always hidden.  One line per problem, FILE:LINE: message; exit 1 when\n"
	    "there are problems.  With --untranslated LANG, each text (a title, a\n"
	    "label, help, an option, a glossary entry) with no translation into LANG\n"
	    "is one of them.\n",
	.options = pack_lint_options,
	.min_args = 1, .max_args = 1, .too_few = "pack lint takes one folder",
	.exec = pack_lint,
};

static const struct cmd_entry *const pack_subs[] = { &cmd_pack_new_entry, &cmd_pack_lint_entry, NULL };

const struct cmd_entry cmd_pack_entry = {
	.name = "pack",
	.usage = "new DIR [--extends ID] | lint DIR [--untranslated LANG]",
	.summary = "start a step pack, or check one",
	.help =
	    "pack new DIR [--extends ID]\n"
	    "    Writes a small working pack in DIR (which must not exist or be empty):\n"
	    "    pack.lua and one step with a conditional question and a validator.\n"
	    "    With --extends ID (an installed pack, such as the default " DATADIR_DEFAULT_PACK ")\n"
	    "    the pack adds its step after that pack's steps instead of standing\n"
	    "    alone.  See evalwiz-pack(5).\n"
	    "pack lint DIR [--untranslated LANG]\n"
	    "    Checks the pack in DIR: ids, help, options; every when, validate,\n"
	    "    options, compute and panel function run on an empty plan and on a demo\n"
	    "    plan (DIR/examples/*.yaml, or the default demo plan for packs that extend\n"
	    "    the default); that the answers they read exist; that no question is\n"
	    "    always hidden.  One line per problem, FILE:LINE: message; exit 1 when\n"
	    "    there are problems.  --untranslated LANG also lists the texts with no\n"
	    "    translation into LANG.\n"
	    "Each has its own --help (evalwiz pack new --help).\n",
	.subs = pack_subs,
};

static const char pack_alone[] =
    "-- %s: a step pack for evalwiz (see evalwiz-pack(5) and doc/step-packs.md).\n"
    "-- The id and the step and field ids are stored in plans: choose them once.\n"
    "return {\n"
    "  id = \"%s\",\n"
    "  version = 1,\n"
    "  title = \"%s\",\n"
    "  description = \"Say in a sentence who this pack is for.\",\n"
    "%s"
    "  steps = { \"01-partners.lua\" },\n"
    "}\n";

static const char step_file[] =
    "-- One step: who the team works with.  Edit the questions, then run\n"
    "-- 'evalwiz pack lint .' and try it with 'evalwiz --pack . plan.yaml'.\n"
    "return step {\n"
    "  id = \"partners\",\n"
    "%s"
    "  title = \"Partners\",\n"
    "%s"
    "  purpose = \"Who you work with to deliver and evaluate the service.\",\n"
    "  fields = {\n"
    "    text {\n"
    "      id = \"lead_agency\",\n"
    "      label = \"Which agency leads the service?\",\n"
    "      help = \"The organisation that employs the staff who deliver it.\",\n"
    "      example = \"Northbridge Borough Council, Early Help\",\n"
    "      required = true,\n"
    "    },\n"
    "    yesno {\n"
    "      id = \"has_academic_partner\",\n"
    "      label = \"Do you have an academic partner?\",\n"
    "      help = \"A university or research team that will help design or run the evaluation.\",\n"
    "    },\n"
    "    text {\n"
    "      id = \"academic_partner\",\n"
    "      label = \"Who is your academic partner?\",\n"
    "      help = \"The team and the person you talk to.\",\n"
    "      -- asked only when the answer above is yes\n"
    "      when = function(a) return a.partners.has_academic_partner == true end,\n"
    "    },\n"
    "    number {\n"
    "      id = \"meetings_a_year\",\n"
    "      label = \"How often will the partners meet each year?\",\n"
    "      help = \"Regular meetings keep an evaluation on track; four a year is common.\",\n"
    "      integer = true,\n"
    "      min = 0,\n"
    "      -- a validator returns nil when all is well, or a message\n"
    "      validate = function(v)\n"
    "        if v < 2 then return \"meet at least twice a year, or the evaluation will drift\" end\n"
    "      end,\n"
    "    },\n"
    "  },\n"
    "}\n";

static int
write_new(const char *dir, const char *name, const char *text)
{
	char *path = path_join(dir, name), *cause = NULL;
	int rc = 0;

	if (atomic_create(path, text, strlen(text), 0666, &cause) == -1) {
		cmd_error("%s", cause);
		free(cause);
		rc = EX_CANTCREAT;
	}
	free(path);
	return rc;
}

/* The number a step added at the end of the pack ID would take: one more
 * than its last step's (read by loading it), or NULL when it cannot be
 * loaded or its last step's number is not a whole number. */
static char *
next_step_number(struct ctx *ctx, const char *dir)
{
	struct value *d = NULL, *dirv, *bases, *steps;
	const struct value *last;
	char *cause = NULL, *out = NULL;

	if (ctx_start_lua(ctx) != 0)
		return NULL;
	script_allow_root(ctx->S, dir);
	bases = ctx_pack_bases(ctx->S);
	dirv = value_strz(dir);
	if (model_call(ctx->S, "core.load_pack", NULL, &cause, 3, dirv, dirv, bases) == 0 &&
	    model_call(ctx->S, "core.describe", &d, &cause, 0) == 0) {
		steps = value_get(d, "steps");
		last = value_count(steps) > 0 ? value_get(value_at(steps, value_count(steps) - 1), "number") : NULL;
		if (last != NULL && last->type == VAL_INT)
			out = xasprintf("%lld", (long long)last->u.i + 1);
	}
	free(cause);
	value_free(d);
	value_free(dirv);
	value_free(bases);
	return out;
}

static int
pack_new(struct cmd *c)
{
	const char *extends = cmd_opt(c, "extends"), *dir = c->argv[0], *base;
	char *id, *p, *extends_line, *after_line, *text, *number = NULL;
	int rc;

	if (extends != NULL) {
		char *found = datadir_find_pack(extends);

		if (found == NULL || strchr(extends, '/') != NULL) {
			free(found);
			cmd_error("cannot find the pack %s to extend: give the id of an installed pack ('evalwiz packs' lists them)",
			    extends);
			return EX_NOINPUT;
		}
		number = next_step_number(c->ctx, found);
		free(found);
	}
	if (mkdir(dir, 0777) == -1 && errno != EEXIST) {
		cmd_error("cannot create %s: %s", dir, strerror(errno));
		return EX_CANTCREAT;
	}
	/* The id from the folder's name, made into lower-case letters and dashes. */
	base = strrchr(dir, '/') != NULL && strrchr(dir, '/')[1] != '\0' ? strrchr(dir, '/') + 1 : dir;
	id = xstrdup(base);
	for (p = id; *p != '\0'; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
		else if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')))
			*p = '-';
	}
	extends_line = extends != NULL ? xasprintf("  extends = \"%s\",\n", extends) : xstrdup("");
	/* An added step goes after the base pack's last, numbered on from it;
	 * the comment says how to put it elsewhere. */
	after_line = number != NULL ?
	    xasprintf("  -- after the base pack's steps; to put it elsewhere, give after = \"step_id\"\n"
		"  -- and a number such as \"3a\" for a step between steps 3 and 4\n"
		"  number = %s,\n", number) :
	    xstrdup("  -- to place it among the base pack's steps: after = \"step_id\", and a number\n");
	text = xasprintf(pack_alone, id, id, id, extends_line);
	rc = write_new(dir, "pack.lua", text);
	free(text);
	if (rc == 0) {
		/* A step added to another pack takes its number from its place. */
		text = xasprintf(step_file, extends != NULL ? "" : "  number = 1,\n", after_line);
		rc = write_new(dir, "01-partners.lua", text);
		free(text);
	}
	if (rc == 0)
		fprintf(stderr, "evalwiz: wrote %s/pack.lua and %s/01-partners.lua; check them with 'evalwiz pack lint %s' "
		    "and try them with 'evalwiz --pack %s plan.yaml'\n", dir, dir, dir, dir);
	free(id);
	free(extends_line);
	free(after_line);
	free(number);
	return rc;
}

static int
pack_lint(struct cmd *c)
{
	struct value *dirv, *dispv, *bases, *demo = NULL, *res = NULL, *langv;
	char *demo_path, *cause = NULL;
	const char *dir = c->argv[0];
	size_t i, n;
	int rc = 0;
	struct stat st;

	if (stat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		cmd_error("%s is not a folder; give the folder that holds pack.lua", dir);
		return EX_NOINPUT;
	}
	if ((rc = ctx_start_lua(c->ctx)) != 0)
		return rc;
	script_allow_root(c->ctx->S, dir);
	bases = ctx_pack_bases(c->ctx->S);
	demo_path = path_join(datadir_get(), "examples/demo-plan.yaml");
	/* Without the default demo plan, lint runs on an empty plan only. */
	demo = yaml_load_file(demo_path, &cause);
	free(demo_path);
	free(cause);
	cause = NULL;
	if (demo == NULL)
		demo = value_new(VAL_NIL);
	dirv = value_strz(dir);
	dispv = value_strz(dir);
	langv = cmd_opt(c, "untranslated") != NULL ? value_strz(cmd_opt(c, "untranslated")) : value_new(VAL_NIL);
	if (model_call(c->ctx->S, "lint.run", &res, &cause, 5, dirv, dispv, bases, demo, langv) == -1) {
		cmd_error("%s", cause);
		free(cause);
		rc = EX_SOFTWARE;
		goto out;
	}
	n = value_count(res);
	for (i = 0; i < n; i++) {
		const struct value *p = value_at(res, i);

		printf("%s: %s\n", value_get(p, "where")->u.str.s, value_get(p, "message")->u.str.s);
	}
	if (n > 0)
		fprintf(stderr, "evalwiz: %s: %zu %s\n", dir, n, n == 1 ? "problem" : "problems");
	rc = n > 0 ? 1 : 0;
out:
	value_free(dirv);
	value_free(dispv);
	value_free(langv);
	value_free(bases);
	value_free(demo);
	value_free(res);
	return rc;
}
