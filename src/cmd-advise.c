/* cmd-advise.c: evalwiz advise: the design advisor, for a plan or for
 * facts given on the command line (what-if questions). */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_advise_exec(struct cmd *);

static const struct cmd_option advise_options[] = {
	{ "fact", 'F', "KEY=VALUE", "a fact (repeat it); the facts are:\n"
	    "      stage            the step the team is at (1-10): the first not yet done\n"
	    "      randomise        yes or no: can you decide by lot who gets it, or when\n"
	    "      unit             individual or cluster: who receives it\n"
	    "      comparison       none, waitlist, matched, natural, historical or\n"
	    "                       below_cutoff\n"
	    "      cutoff           yes or no: eligibility decided by a score threshold\n"
	    "      rollout          phased or all\n"
	    "      timeseries       earlier data points of the outcome (a whole number)\n"
	    "      n                participants available\n"
	    "      clusters         groups or areas available, in both arms\n"
	    "      cluster_size     participants per group\n"
	    "      icc              intraclass correlation, 0 up to 1\n"
	    "      effect           expected effect size in standard deviations\n"
	    "      followup_months  months from the end of the service to the last measure\n"
	    "      prior_level      0, 2, 3 or 4: the EIF level already reached\n"
	    "      prior_12_months  yes or no: an earlier rigorous study showed a 12-month\n"
	    "                       effect\n"
	    "      steps            steps of a stepped-wedge roll-out\n"
	    "      sites            sites in which families or groups are allocated\n"
	    "                       separately\n"
	    "      group_size       families per group, for a service delivered to groups\n"
	    "      group_icc        intraclass correlation between families in one group\n"
	    "      cv               coefficient of variation of the groups' sizes\n"
	    "      cutoff_share     share on the service side of the cut-off, 0 to 1\n"
	    "      points_after     data points of the outcome after the start\n"
	    "      autocorrelation  correlation of neighbouring points of the series\n"
	    "      deff             design effect of matching or weighting\n"
	    "      r2               share of the outcome explained by baseline measures\n"
	    "      attrition        percentage of participants expected to drop out\n"
	    "      outcome          continuous, binary or count\n"
	    "      p0               binary outcome: the share with it without the service\n"
	    "      p1               binary outcome: the share expected with the service", NULL, 0, 0 },
	{ "format", 'f', "FORMAT", "text (the default) or json", "text|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

static int cmd_advise_check(struct cmd *);

const struct cmd_entry cmd_advise_entry = {
	.name = "advise",
	.usage = "[PLAN] [--fact KEY=VALUE]... [--format text|json]",
	.summary = "rank the impact designs that fit a plan or a set of facts",
	.help =
	    "Ranks the impact designs that fit, best first, each with its reasons and\n"
	    "threats; gives the highest EIF evidence level the plan can support and why;\n"
	    "and warns when an impact study is premature, a pilot at its size, too small\n"
	    "for the expected effect, not estimable (one area against one) or has too few\n"
	    "clusters.  With PLAN the facts come from its answers; --fact adds to them or\n"
	    "overrides them.  Without PLAN, give the facts with --fact (what-if questions).\n",
	.after =
	    "JSON keys: designs (each with design, name, level, reasons, threats, mdes and\n"
	    "not_estimable), max_level, max_level_reason, warnings (each with id and\n"
	    "message), facts.\n"
	    "\n"
	    "Exit status: 0 advice given, 64 usage error or unknown fact, 65 a fact's value\n"
	    "is not allowed or the plan is not readable, 66 no such plan.\n",
	.options = advise_options,
	.min_args = 0, .max_args = 1, .too_many = "give at most one plan file",
	.check = cmd_advise_check,
	.exec = cmd_advise_exec,
};

static int
cmd_advise_check(struct cmd *c)
{
	if (c->argc == 0 && !cmd_flag(c, "fact"))
		return cmd_usage_error(c->entry, "give a plan file or at least one --fact KEY=VALUE");
	return 0;
}

/* With PLAN: its pack and its answers; else --pack's pack or the default. */
static int
cmd_advise_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format");
	struct value *facts, *with_plan = NULL, *res = NULL, *status;
	int rc, json = format != NULL && strcmp(format, "json") == 0;
	size_t i;

	if ((rc = c->argc == 1 ? session_read(c->ctx, c->argv[0]) : ctx_load_pack(c->ctx)) != 0)
		return rc;
	facts = value_new(VAL_SEQ);
	for (i = 0; i < cmd_opt_count(c, "fact"); i++)
		value_push(facts, value_strz(cmd_opt_at(c, "fact", i)));
	with_plan = value_bool(c->argc == 1);
	rc = ctx_call(c->ctx, "core.advise", &res, 2, facts, with_plan);
	value_free(facts);
	value_free(with_plan);
	if (rc != 0)
		return EX_SOFTWARE;
	status = value_get(res, "status");
	if (status == NULL || status->type != VAL_INT) {
		cmd_error("the advisor gave no answer");
		value_free(res);
		return EX_SOFTWARE;
	}
	if (status->u.i != 0) {
		rc = (int)status->u.i;
		if (rc == EX_USAGE)
			cmd_usage_error(c->entry, "%s", value_get(res, "message")->u.str.s);
		else
			cmd_error("%s", value_get(res, "message")->u.str.s);
		value_free(res);
		return rc;
	}
	if (json) {
		struct buf b;

		buf_init(&b);
		value_to_json(value_get(res, "advice"), &b, 2);
		puts(b.data);
		buf_free(&b);
	} else
		fputs(value_get(res, "text")->u.str.s, stdout);
	value_free(res);
	return 0;
}
