/* lib-stats.c: evalwiz.stats, distributions from R's standalone math
 * library (libRmath) so that results agree with R. */
#include "config.h"

#include "script/libs.h"

#include <lauxlib.h>
#include <math.h>

#define MATHLIB_STANDALONE
#include <Rmath.h>

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

	lua_pushnumber(L, qt(p, df, lua_isnoneornil(L, 3) ? 1 : lua_toboolean(L, 3), 0));
	return 1;
}

static int
stats_pt(lua_State *L)
{
	double x = luaL_checknumber(L, 1), df = check_df(L, 2);

	lua_pushnumber(L, pt(x, df, lua_isnoneornil(L, 3) ? 1 : lua_toboolean(L, 3), 0));
	return 1;
}

/* pnt(x, df, ncp[, lower]) the noncentral t distribution function. */
static int
stats_pnt(lua_State *L)
{
	double x = luaL_checknumber(L, 1), df = check_df(L, 2), ncp = luaL_checknumber(L, 3);

	lua_pushnumber(L, pnt(x, df, ncp, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qnt(lua_State *L)
{
	double p = check_prob(L, 1), df = check_df(L, 2), ncp = luaL_checknumber(L, 3);

	lua_pushnumber(L, qnt(p, df, ncp, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qnorm(lua_State *L)
{
	double p = check_prob(L, 1);
	double mu = luaL_optnumber(L, 2, 0), sd = luaL_optnumber(L, 3, 1);

	lua_pushnumber(L, qnorm(p, mu, sd, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_pnorm(lua_State *L)
{
	double x = luaL_checknumber(L, 1);
	double mu = luaL_optnumber(L, 2, 0), sd = luaL_optnumber(L, 3, 1);

	lua_pushnumber(L, pnorm(x, mu, sd, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qf(lua_State *L)
{
	double p = check_prob(L, 1), df1 = check_df(L, 2), df2 = check_df(L, 3);

	lua_pushnumber(L, qf(p, df1, df2, lua_isnoneornil(L, 4) ? 1 : lua_toboolean(L, 4), 0));
	return 1;
}

static int
stats_qchisq(lua_State *L)
{
	double p = check_prob(L, 1), df = check_df(L, 2);

	lua_pushnumber(L, qchisq(p, df, lua_isnoneornil(L, 3) ? 1 : lua_toboolean(L, 3), 0));
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
lib_stats_open(lua_State *L)
{
	luaL_newlib(L, stats_funcs);
	return 1;
}
