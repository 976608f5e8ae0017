/* lib-stats.c: evalwiz.stats, distributions from R's standalone math
 * library (libRmath) so that results agree with R.  libRmath is opened with
 * dlopen the first time a distribution is asked for, not linked: only the
 * power calculators use it, so a process that never works out a power or
 * a sample size never maps it (and the parts of libm it uses). */
#include "config.h"

#include "script/libs.h"
#include "dl.h"

#include <lauxlib.h>
#include <stddef.h>
#include <stdlib.h>

/* R's functions by their names in the library (Rmath.h's qnorm is
 * qnorm5); each takes R's lower_tail and log_p last. */
struct rmath_dl {
	double (*qt)(double, double, int, int);
	double (*pt)(double, double, int, int);
	double (*pnt)(double, double, double, int, int);
	double (*qnt)(double, double, double, int, int);
	double (*qnorm)(double, double, double, int, int);
	double (*pnorm)(double, double, double, int, int);
	double (*qf)(double, double, double, int, int);
	double (*qchisq)(double, double, int, int);
};

static struct rmath_dl rmath;
static int rmath_missing;

static const struct dl_sym rmath_syms[] = {
#define SYM(name, field) { name, offsetof(struct rmath_dl, field) }
	SYM("qt", qt),
	SYM("pt", pt),
	SYM("pnt", pnt),
	SYM("qnt", qnt),
	SYM("qnorm5", qnorm),
	SYM("pnorm5", pnorm),
	SYM("qf", qf),
	SYM("qchisq", qchisq),
#undef SYM
};

/* Opens libRmath the first time; a missing library is a Lua error that
 * names the Debian package. */
static void
rmath_open(lua_State *L)
{
	static void *lib;
	char *error = NULL, *msg;

	if (lib != NULL)
		return;
	/* test builds: EVALWIZ_FAULT=rmath acts out a missing library */
	lib = dl_bind(RMATH_SONAME, "rmath", rmath_syms, sizeof rmath_syms / sizeof rmath_syms[0], &rmath,
	    sizeof rmath, &error);
	if (lib != NULL)
		return;
	rmath_missing = 1;
	msg = dl_missing(RMATH_SONAME, "the power and sample size calculators need", error, "r-mathlib");
	free(error);
	lua_pushstring(L, msg);
	free(msg);
	lua_error(L);
}

static double
check_prob(lua_State *L, int arg)
{
	double p = luaL_checknumber(L, arg);

	luaL_argcheck(L, p >= 0 && p <= 1, arg, "probability must be between 0 and 1");
	return p;
}

static double
check_df(lua_State *L, int arg)
{
	double df = luaL_checknumber(L, arg);

	luaL_argcheck(L, df > 0, arg, "degrees of freedom must be above 0");
	return df;
}

/* Each function follows R's argument order; lower_tail defaults to true. */
static int
stats_qt(lua_State *L)
{
	double p = check_prob(L, 1), df = check_df(L, 2);

	rmath_open(L);
	lua_pushnumber(L, rmath.qt(p, df, lua_isnoneornil(L, 3) ? 1 : lua_toboolean(L, 3), 0));
	return 1;
}

static int
stats_pt(lua_State *L)
{
	double x = luaL_checknumber(L, 1), df = check_df(L, 2);

	rmath_open(L);
	lua_pushnumber(L, rmath.pt(x, df, lua_isnoneornil(L, 3) ? 1 : lua_toboolean(L, 3), 0));
	return 1;
}

/* pnt(x, df, ncp[, lower]) the noncentral t distribution function. */
static int
stats_pnt(lua_State *L)
{
	double x = luaL_checknumber(L, 1), df = check_df(L, 2), ncp = luaL_checknumber(L, 3);

	rmath_open(L);
	lua_pushnumber(L, rmath.pnt(x, df, ncp, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qnt(lua_State *L)
{
	double p = check_prob(L, 1), df = check_df(L, 2), ncp = luaL_checknumber(L, 3);

	rmath_open(L);
	lua_pushnumber(L, rmath.qnt(p, df, ncp, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qnorm(lua_State *L)
{
	double p = check_prob(L, 1);
	double mu = luaL_optnumber(L, 2, 0), sd = luaL_optnumber(L, 3, 1);

	rmath_open(L);
	lua_pushnumber(L, rmath.qnorm(p, mu, sd, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_pnorm(lua_State *L)
{
	double x = luaL_checknumber(L, 1);
	double mu = luaL_optnumber(L, 2, 0), sd = luaL_optnumber(L, 3, 1);

	rmath_open(L);
	lua_pushnumber(L, rmath.pnorm(x, mu, sd, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qf(lua_State *L)
{
	double p = check_prob(L, 1), df1 = check_df(L, 2), df2 = check_df(L, 3);

	rmath_open(L);
	lua_pushnumber(L, rmath.qf(p, df1, df2, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qchisq(lua_State *L)
{
	double p = check_prob(L, 1), df = check_df(L, 2);

	rmath_open(L);
	lua_pushnumber(L, rmath.qchisq(p, df, lua_isnoneornil(L, 3) ? 1 : lua_toboolean(L, 3), 0));
	return 1;
}

static const luaL_Reg stats_funcs[] = {
	{ "qt", stats_qt },
	{ "pt", stats_pt },
	{ "pnt", stats_pnt },
	{ "qnt", stats_qnt },
	{ "qnorm", stats_qnorm },
	{ "pnorm", stats_pnorm },
	{ "qf", stats_qf },
	{ "qchisq", stats_qchisq },
	{ NULL, NULL },
};

int
lib_stats_unavailable(void)
{
	return rmath_missing;
}

int
lib_stats_open(lua_State *L)
{
	luaL_newlib(L, stats_funcs);
	return 1;
}
