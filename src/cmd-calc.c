/* cmd-calc.c: evalwiz calc: power, sample size, present values and costs
 * from the command line.  This file only turns options into numbers, text
 * and lists; lua/evalwiz/calc.lua checks them, calls the calculators and
 * writes the report. */
#include "config.h"

#include "cli.h"
#include "session.h"
#include "datadir.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmd_calc_exec(struct ctx *, int, char **);

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
	    "means a constant 3.5%.  calc cost reads value_for_money.\n"
	    "\n"
	    "  -f, --format FORMAT   text (the default) or json\n"
	    "  -h, --help            show this help\n"
	    "\n"
	    "Exit status: 0 done, 64 a missing or wrong option, 65 an input out of range\n"
	    "or a design that cannot be estimated, 66 no such plan.\n",
	.exec = cmd_calc_exec,
};

/* A rate is a number or the name of a schedule (standard, health, nice);
 * calc.lua checks the name. */
enum calc_kind { CALC_NUMBER, CALC_TEXT, CALC_LIST, CALC_RATE };

/* The options as data: the command-line name, the key calc.lua knows
 * them by, and how to read the value. */
static const struct calc_option {
	const char *name;
	const char *key;
	enum calc_kind kind;
} calc_options[] = {
	{ "design", "design", CALC_TEXT },
	{ "outcome", "outcome", CALC_TEXT },
	{ "n", "n", CALC_NUMBER },
	{ "mdes", "mdes", CALC_NUMBER },
	{ "clusters", "clusters", CALC_NUMBER },
	{ "cluster-size", "cluster_size", CALC_NUMBER },
	{ "sites", "sites", CALC_NUMBER },
	{ "site-size", "site_size", CALC_NUMBER },
	{ "block-effects", "block_effects", CALC_TEXT },
	{ "group-size", "group_size", CALC_NUMBER },
	{ "steps", "steps", CALC_NUMBER },
	{ "points-before", "points_before", CALC_NUMBER },
	{ "points-after", "points_after", CALC_NUMBER },
	{ "icc", "icc", CALC_NUMBER },
	{ "icc2", "icc2", CALC_NUMBER },
	{ "icc3", "icc3", CALC_NUMBER },
	{ "omega", "omega", CALC_NUMBER },
	{ "cv", "cv", CALC_NUMBER },
	{ "p", "p", CALC_NUMBER },
	{ "r2", "r2", CALC_NUMBER },
	{ "r2-1", "r2_1", CALC_NUMBER },
	{ "r2-2", "r2_2", CALC_NUMBER },
	{ "r2-3", "r2_3", CALC_NUMBER },
	{ "r2-t", "r2_t", CALC_NUMBER },
	{ "g", "g", CALC_NUMBER },
	{ "alpha", "alpha", CALC_NUMBER },
	{ "power", "power", CALC_NUMBER },
	{ "tails", "tails", CALC_NUMBER },
	{ "r", "r", CALC_NUMBER },
	{ "cluster-autocorrelation", "cluster_autocorrelation", CALC_NUMBER },
	{ "autocorrelation", "autocorrelation", CALC_NUMBER },
	{ "effect", "effect", CALC_TEXT },
	{ "comparison-series", "comparison_series", CALC_TEXT },
	{ "deff", "deff", CALC_NUMBER },
	{ "ess", "ess", CALC_NUMBER },
	{ "score", "score", CALC_TEXT },
	{ "p0", "p0", CALC_NUMBER },
	{ "p1", "p1", CALC_NUMBER },
	{ "rr", "rr", CALC_NUMBER },
	{ "or", "or", CALC_NUMBER },
	{ "rate0", "rate0", CALC_NUMBER },
	{ "rate1", "rate1", CALC_NUMBER },
	{ "years", "years", CALC_NUMBER },
	{ "k", "k", CALC_NUMBER },
	{ "attrition", "attrition", CALC_NUMBER },
	{ "approached", "approached", CALC_NUMBER },
	{ "recruitment", "recruitment", CALC_NUMBER },
	{ "retention", "retention", CALC_NUMBER },
	{ "confidence", "confidence", CALC_NUMBER },
	{ "margin", "margin", CALC_NUMBER },
	{ "groups", "groups", CALC_NUMBER },
	{ "rate", "rate", CALC_RATE },
	{ "health-rate", "health_rate", CALC_RATE },
	{ "flows", "flows", CALC_LIST },
	{ "costs", "costs", CALC_LIST },
	{ "benefits", "benefits", CALC_LIST },
	{ "qalys", "qalys", CALC_LIST },
	{ "benefit-per-sd", "benefit_per_sd", CALC_LIST },
	{ "amount", "amount", CALC_NUMBER },
	{ "life", "life", CALC_NUMBER },
	{ "timing", "timing", CALC_TEXT },
	{ "from-year", "from_year", CALC_NUMBER },
	{ "to-year", "to_year", CALC_NUMBER },
	{ "inflation", "inflation", CALC_NUMBER },
};
#define CALC_NOPTIONS (sizeof calc_options / sizeof calc_options[0])
#define CALC_OPTION_BASE 256

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
calc_read(struct value *opts, const struct calc_option *o, const char *arg)
{
	struct value *v;
	double d;

	if (value_get(opts, o->key) != NULL)
		return cmd_usage_error(&cmd_calc_entry, "--%s given twice", o->name);
	switch (o->kind) {
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
	value_set(opts, o->key, v);
	return 0;
}

/* The power and money calculations need evalwiz's Lua modules but no pack. */
static int
calc_start_lua(struct ctx *ctx)
{
	char *lua_dir, *cause = NULL;

	if (ctx->S != NULL)
		return 0;
	lua_dir = path_join(datadir_get(), "lua");
	ctx->S = script_new(lua_dir, &cause);
	free(lua_dir);
	if (ctx->S == NULL) {
		cmd_error("%s (is EVALWIZ_DATADIR right?)", cause);
		free(cause);
		return EX_SOFTWARE;
	}
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
cmd_calc_exec(struct ctx *ctx, int argc, char **argv)
{
	struct option longopts[CALC_NOPTIONS + 3];
	struct value *opts, *sub, *fmt, *name = NULL, *res = NULL;
	const char *format = "text", *plan = NULL;
	int c, rc = 0, nargs;
	size_t i;

	for (i = 0; i < CALC_NOPTIONS; i++) {
		longopts[i].name = calc_options[i].name;
		longopts[i].has_arg = required_argument;
		longopts[i].flag = NULL;
		longopts[i].val = CALC_OPTION_BASE + (int)i;
	}
	longopts[i++] = (struct option){ "format", required_argument, NULL, 'f' };
	longopts[i++] = (struct option){ "help", no_argument, NULL, 'h' };
	longopts[i] = (struct option){ NULL, 0, NULL, 0 };

	opts = value_new(VAL_MAP);
	optind = 1;
	while ((c = cmd_getopt(&cmd_calc_entry, argc, argv, "f:h", longopts, &rc)) != -1) {
		if (c == 'h' || c == '?')
			goto out;
		if (c == 'f')
			format = optarg;
		else if (c >= CALC_OPTION_BASE && c < CALC_OPTION_BASE + (int)CALC_NOPTIONS) {
			if ((rc = calc_read(opts, &calc_options[c - CALC_OPTION_BASE], optarg)) != 0)
				goto out;
		}
	}
	if (strcmp(format, "text") != 0 && strcmp(format, "json") != 0) {
		rc = cmd_usage_error(&cmd_calc_entry, "unknown format %s: use text or json", format);
		goto out;
	}
	if (argc - optind < 1) {
		rc = cmd_usage_error(&cmd_calc_entry, "say what to calculate: mdes, n, clusters, sites, points, pilot, npv, bcr, eac, reprice, icer, breakeven or cost");
		goto out;
	}
	if (strcmp(argv[optind], "cost") == 0) {
		if (argc - optind != 2) {
			rc = cmd_usage_error(&cmd_calc_entry, "calc cost needs one plan file");
			goto out;
		}
		plan = argv[optind + 1];
		if ((rc = session_read(ctx, plan)) != 0)
			goto out;
	} else {
		if (argc - optind != 1) {
			rc = cmd_usage_error(&cmd_calc_entry, "unexpected argument %s", argv[optind + 1]);
			goto out;
		}
		if ((rc = calc_start_lua(ctx)) != 0)
			goto out;
	}
	sub = value_strz(argv[optind]);
	fmt = value_strz(format);
	nargs = 3;
	if (plan != NULL) {
		name = value_strz(plan);
		nargs = 4;
	}
	rc = ctx_call(ctx, "calc.run", &res, nargs, sub, opts, fmt, name);
	value_free(sub);
	value_free(fmt);
	value_free(name);
	if (rc != 0)
		rc = EX_SOFTWARE;
	else
		rc = calc_print(res, strcmp(format, "json") == 0);
	value_free(res);
out:
	value_free(opts);
	return rc;
}
