/* cmd-calc.c: evalwiz calc: power, sample size, present values and costs
 * from the command line.  This file only turns options into numbers, text
 * and lists; lua/evalwiz/calc.lua checks them, calls the calculators and
 * writes the report. */
#include "config.h"

#include "cli.h"
#include "script/libs.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_calc_exec(struct cmd *);

/* A rate is a number or the name of a schedule (standard, health, nice);
 * calc.lua checks the name. */
enum calc_kind { CALC_NUMBER, CALC_TEXT, CALC_LIST, CALC_RATE };

/* The options as data: how to read each value (.data); calc.lua knows
 * each by its name with - as _.  Described in the help above, not listed
 * one by one.  The format is the one listed. */
static const struct cmd_option calc_options[] = {
	{ "design", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "outcome", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "n", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "mdes", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "clusters", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "cluster-size", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "sites", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "site-size", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "block-effects", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "group-size", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "steps", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "points-before", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "points-after", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "icc", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "icc2", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "icc3", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "omega", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "cv", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "p", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "r2", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "r2-1", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "r2-2", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "r2-3", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "r2-t", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "g", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "alpha", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "power", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "tails", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "r", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "cluster-autocorrelation", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "autocorrelation", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "effect", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "comparison-series", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "deff", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "ess", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "score", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "p0", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "p1", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "rr", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "or", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "rate0", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "rate1", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "years", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "k", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "attrition", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "approached", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "recruitment", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "retention", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "confidence", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "margin", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "groups", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "rate", 0, "RATE", NULL, NULL, CMD_OPT_ONCE, CALC_RATE },
	{ "health-rate", 0, "RATE", NULL, NULL, CMD_OPT_ONCE, CALC_RATE },
	{ "flows", 0, "X0,X1,...", NULL, NULL, CMD_OPT_ONCE, CALC_LIST },
	{ "costs", 0, "X0,X1,...", NULL, NULL, CMD_OPT_ONCE, CALC_LIST },
	{ "benefits", 0, "X0,X1,...", NULL, NULL, CMD_OPT_ONCE, CALC_LIST },
	{ "qalys", 0, "X0,X1,...", NULL, NULL, CMD_OPT_ONCE, CALC_LIST },
	{ "benefit-per-sd", 0, "X0,X1,...", NULL, NULL, CMD_OPT_ONCE, CALC_LIST },
	{ "amount", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "life", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "timing", 0, "WORD", NULL, NULL, CMD_OPT_ONCE, CALC_TEXT },
	{ "from-year", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "to-year", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "inflation", 0, "N", NULL, NULL, CMD_OPT_ONCE, CALC_NUMBER },
	{ "format", 'f', "FORMAT", "text (the default) or json", "text|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_calc_entry = {
	.name = "calc",
	.usage = "mdes|n|clusters|sites|points|pilot|npv|bcr|eac|reprice|icer|breakeven|cost [options] [PLAN]",
	.summary = "work out effect sizes, sample sizes, present values and costs",
	.help =
	    "Power (calc mdes gives the MDES; calc n, clusters, sites or points the sample):\n"
	    "  --design ira|matched  --n N [--p 0.5] [--r2 0] [--g 0] [matched: --deff D | --ess E]\n"
	    "  --design bira2        --sites J --site-size N [--block-effects fixed|random|constant]\n"
	    "                        [--r2-1] [random: --icc2 RHO --omega W [--r2-t]]\n"
	    "  --design cra2         --clusters J --cluster-size N --icc RHO [--cv CV] [--r2-1] [--r2-2]\n"
	    "  --design cra3         --sites K --clusters J --cluster-size N --icc2 RHO2 --icc3 RHO3\n"
	    "                        [--r2-1 --r2-2 --r2-3]   (J clusters per site; sites randomised)\n"
	    "  --design bcra3        --sites K --clusters J --cluster-size N --icc2 RHO2\n"
	    "                        [--block-effects fixed|random] [random: --icc3 --omega [--r2-t]]\n"
	    "  --design pn           --n N --group-size M --icc RHO [--p] [--r2]  (group treatment)\n"
	    "  --design rdd          --n N | --clusters J --cluster-size N --icc RHO;\n"
	    "                        [--p SHARE] [--score normal|uniform]\n"
	    "  --design did          --n N [--r 0.5] | --clusters J --cluster-size N --icc RHO\n"
	    "                        [--cluster-autocorrelation 0] [--r 0]  (areas compared)\n"
	    "  --design prepost      --n N [--r 0.5]\n"
	    "  --design sw           --clusters I --steps S --cluster-size M --icc RHO\n"
	    "  --design its          --points-before T0 --points-after T1 [--autocorrelation 0]\n"
	    "                        [--effect level|slope] [--comparison-series yes|no]\n"
	    "  --outcome binary      --p0 P0 --p1 P1 (or --rr, --or) with --n N, or --design cra2\n"
	    "                        --clusters J --cluster-size N --icc RHO [--cv CV]\n"
	    "  --outcome count       --rate0 R0 --rate1 R1 (or --rr) [--years 1] with --n N, or\n"
	    "                        --design cra2 --clusters J --cluster-size N --k K\n"
	    "  For a sample give --mdes D (binary, count: --p1, --rate1) instead of the unit.\n"
	    "  All take --alpha 0.05, --power 0.8, --tails 2 and --attrition A (the share\n"
	    "  expected to drop out; adds the number to recruit).\n"
	    "Pilot:\n"
	    "  evalwiz calc pilot --n N [--retention P] [--recruitment P] [--approached A]\n"
	    "                     [--groups 1|2] [--confidence 0.95]\n"
	    "  evalwiz calc pilot --margin W --retention P | --recruitment P\n"
	    "Money:\n"
	    "  evalwiz calc npv       --flows F0,F1,... [--rate R]\n"
	    "  evalwiz calc bcr       --costs C0,C1,... --benefits B0,B1,... [--rate R]\n"
	    "  evalwiz calc eac       --amount A --life L [--rate R] [--timing start|end]\n"
	    "  evalwiz calc reprice   --amount A --from-year Y --to-year Y [--inflation I]\n"
	    "  evalwiz calc icer      --costs C0,... --qalys Q0,... [--rate R] [--health-rate R]\n"
	    "  evalwiz calc breakeven --costs C0,... --benefit-per-sd B0,B1,... [--rate R]\n"
	    "  evalwiz calc cost      PLAN\n"
	    "Lists are in years from year 0, which is not discounted.  --rate is standard (the\n"
	    "Green Book schedule, 3.5% a year to year 30, lower after; the default), health\n"
	    "(the Green Book health rate, 1.5%), nice (3.5% throughout) or a number: 0.035\n"
	    "means a constant 3.5%.  calc cost reads value_for_money.\n",
	.after = "Exit status: 0 done, 64 a missing or wrong option, 65 an input out of range\n"
	    "or a design that cannot be estimated, 66 no such plan.\n",
	.options = calc_options,
	.min_args = 1, .max_args = 2,
	.too_few = "say what to calculate: mdes, n, clusters, sites, points, pilot, npv, bcr, eac, reprice, icer, breakeven or cost",
	.too_many = "unexpected argument %s",
	.exec = cmd_calc_exec,
};

/* A whole string as one finite number (spaces around it allowed). */
static int
calc_number(const char *s, double *out)
{
	char *end;
	double d;

	errno = 0;
	d = strtod(s, &end);
	if (end == s || errno == ERANGE || !isfinite(d))
		return -1;
	while (*end == ' ')
		end++;
	if (*end != '\0')
		return -1;
	*out = d;
	return 0;
}

/* Reads one option's value into opts; returns 0 or an exit code. */
static int
calc_read(struct value *opts, const struct cmd_option *o, const char *arg)
{
	struct value *v;
	char *key, *dash;
	double d;

	switch (o->data) {
	case CALC_TEXT:
		v = value_strz(arg);
		break;
	case CALC_RATE:
		if (calc_number(arg, &d) == 0)
			v = value_num(d);
		else
			v = value_strz(arg);
		break;
	case CALC_NUMBER:
		if (calc_number(arg, &d) == -1)
			return cmd_usage_error(&cmd_calc_entry, "--%s needs a number, not '%s'", o->name, arg);
		v = value_num(d);
		break;
	case CALC_LIST: {
		char *copy = xstrdup(arg), *p = copy, *comma;

		v = value_new(VAL_SEQ);
		for (;;) {
			comma = strchr(p, ',');
			if (comma != NULL)
				*comma = '\0';
			if (calc_number(p, &d) == -1) {
				int rc = cmd_usage_error(&cmd_calc_entry,
				    "--%s needs numbers separated by commas (year 0 first), not '%s'", o->name, p);

				free(copy);
				value_free(v);
				return rc;
			}
			value_push(v, value_num(d));
			if (comma == NULL)
				break;
			p = comma + 1;
		}
		free(copy);
		break;
	}
	default:
		return EX_SOFTWARE;
	}
	/* calc.lua's name for it: cluster-size is cluster_size */
	key = xstrdup(o->name);
	while ((dash = strchr(key, '-')) != NULL)
		*dash = '_';
	value_set(opts, key, v);
	free(key);
	return 0;
}

static int
calc_print(const struct value *res, int json)
{
	struct value *v;
	const char *status;

	v = value_get(res, "status");
	status = v != NULL && v->type == VAL_STR ? v->u.str.s : "";
	if (strcmp(status, "ok") != 0) {
		const char *msg;

		v = value_get(res, "message");
		msg = v != NULL && v->type == VAL_STR ? v->u.str.s : "the calculation failed";
		if (strcmp(status, "usage") == 0)
			return cmd_usage_error(&cmd_calc_entry, "%s", msg);
		cmd_error("%s", msg);
		return EX_DATAERR;
	}
	if (json) {
		struct buf b;

		buf_init(&b);
		value_to_json(value_get(res, "json"), &b, 2);
		buf_addc(&b, '\n');
		fwrite(b.data, 1, b.len, stdout);
		buf_free(&b);
	} else {
		v = value_get(res, "output");
		if (v != NULL && v->type == VAL_STR)
			fwrite(v->u.str.s, 1, v->u.str.len, stdout);
	}
	return 0;
}

static int
cmd_calc_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format") != NULL ? cmd_opt(c, "format") : "text", *plan = NULL;
	struct value *opts, *sub, *fmt, *name = NULL, *res = NULL;
	int rc = 0, nargs;
	size_t i;

	opts = value_new(VAL_MAP);
	for (i = 0; i < c->ngiven; i++)
		if (c->given[i].opt->help == NULL && (rc = calc_read(opts, c->given[i].opt, c->given[i].value)) != 0)
			goto out;
	/* calc cost reads a plan (with the pack it names); the rest need Lua only */
	if (strcmp(c->argv[0], "cost") == 0) {
		if (c->argc != 2) {
			rc = cmd_usage_error(c->entry, "calc cost needs one plan file");
			goto out;
		}
		plan = c->argv[1];
		if ((rc = session_read(c->ctx, plan)) != 0)
			goto out;
	} else {
		if (c->argc != 1) {
			rc = cmd_usage_error(c->entry, "unexpected argument %s", c->argv[1]);
			goto out;
		}
		if ((rc = ctx_start_lua(c->ctx)) != 0)
			goto out;
	}
	sub = value_strz(c->argv[0]);
	fmt = value_strz(format);
	nargs = 3;
	if (plan != NULL) {
		name = value_strz(plan);
		nargs = 4;
	}
	rc = ctx_call(c->ctx, "calc.run", &res, nargs, sub, opts, fmt, name);
	value_free(sub);
	value_free(fmt);
	value_free(name);
	if (rc != 0)
		rc = lib_stats_unavailable() ? EX_UNAVAILABLE : EX_SOFTWARE;
	else
		rc = calc_print(res, strcmp(format, "json") == 0);
	value_free(res);
out:
	value_free(opts);
	return rc;
}
