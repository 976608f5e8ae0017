/* cli.c: the command table and what every command shares: option
 * handling, messages, the pack, and calls into the model. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "model.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

extern const struct cmd_entry cmd_new_entry, cmd_get_entry, cmd_set_entry, cmd_check_entry,
    cmd_steps_entry, cmd_wizard_entry, cmd_calc_entry, cmd_advise_entry, cmd_glossary_entry,
    cmd_diff_entry, cmd_fill_entry, cmd_pack_entry, cmd_packs_entry, cmd_render_entry, cmd_templates_entry;

const struct cmd_entry *const cmd_table[] = {
	&cmd_new_entry,
	&cmd_get_entry,
	&cmd_set_entry,
	&cmd_check_entry,
	&cmd_steps_entry,
	&cmd_diff_entry,
	&cmd_fill_entry,
	&cmd_pack_entry,
	&cmd_packs_entry,
	&cmd_wizard_entry,
	&cmd_calc_entry,
	&cmd_advise_entry,
	&cmd_glossary_entry,
	&cmd_render_entry,
	&cmd_templates_entry,
	NULL,
};

void
cmd_error(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("evalwiz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int
cmd_usage_error(const struct cmd_entry *cmd, const char *fmt, ...)
{
	va_list ap;

	fputs("evalwiz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nUsage: evalwiz %s %s\nTry 'evalwiz %s --help'.\n", cmd->name, cmd->usage, cmd->name);
	return EX_USAGE;
}

int
cmd_help(const struct cmd_entry *cmd)
{
	printf("Usage: evalwiz %s %s\n", cmd->name, cmd->usage);
	if (cmd->summary != NULL)
		printf("%s\n", cmd->summary);
	if (cmd->help != NULL)
		printf("\n%s", cmd->help);
	return 0;
}

int
cmd_finish(int rc)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "evalwiz: cannot write the output: %s\n", strerror(errno));
		return rc == 0 ? EX_IOERR : rc;
	}
	return rc;
}

int
cmd_getopt(const struct cmd_entry *cmd, int argc, char **argv, const char *shortopts,
    const struct option *longopts, int *rc)
{
	int c;

	opterr = 0;
	c = getopt_long(argc, argv, shortopts, longopts, NULL);
	if (c == 'h') {
		*rc = cmd_help(cmd);
		return 'h';
	}
	if (c == '?' || c == ':') {
		const char *arg = optind > 0 && optind <= argc ? argv[optind - 1] : "?";
		const struct option *o;
		int needs_value = 0;

		/* --version works after every command, as GNU asks. */
		if (c == '?' && optopt == 0 && strcmp(arg, "--version") == 0) {
			printf("evalwiz %s\n", PACKAGE_VERSION);
			*rc = 0;
			return 'h';
		}

		for (o = longopts; optopt != 0 && o->name != NULL; o++)
			if (o->val == optopt && o->has_arg == required_argument)
				needs_value = 1;
		if (needs_value)
			*rc = cmd_usage_error(cmd, "option %s needs a value", arg);
		else
			*rc = cmd_usage_error(cmd, "unknown option %s", arg);
		return '?';
	}
	return c;
}

/* Allows dir and each pack in it: a pack may be a symbolic link to a
 * folder elsewhere (a researcher's checkout). */
static void
allow_packs_in(struct script *S, const char *dir)
{
	struct dirent *de;
	DIR *d;

	script_allow_root(S, dir);
	if ((d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		char *p;

		if (de->d_name[0] == '.')
			continue;
		p = path_join(dir, de->d_name);
		script_allow_root(S, p);
		free(p);
	}
	closedir(d);
}

struct value *
ctx_pack_bases(struct script *S)
{
	struct value *bases = value_new(VAL_MAP), *search = value_new(VAL_SEQ);
	struct pack_dir *dirs;
	size_t n = datadir_pack_path(&dirs), i;

	for (i = 0; i < n; i++) {
		if (dirs[i].id != NULL) {
			script_allow_root(S, dirs[i].path);
			value_set(bases, "default", value_strz(dirs[i].path));
			continue;
		}
		allow_packs_in(S, dirs[i].path);
		value_push(search, value_strz(dirs[i].path));
	}
	datadir_pack_path_free(dirs, n);
	value_set(bases, "search", search);
	return bases;
}

int
ctx_start_lua(struct ctx *ctx)
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

int
ctx_load_pack_dir(struct ctx *ctx, const char *dir, const char *want_id)
{
	const char *datadir = datadir_get();
	char *cause = NULL, *display, *wizard, *real_dir, *real_wizard;
	struct value *dirv, *disp, *bases, *res = NULL;
	const struct value *id;
	int rc;

	if (ctx->pack_dir != NULL)
		return 0;
	if ((rc = ctx_start_lua(ctx)) != 0)
		return rc;
	ctx->pack_dir = xstrdup(dir);
	script_allow_root(ctx->S, ctx->pack_dir);
	if (ctx->templates_dir != NULL)
		script_allow_root(ctx->S, ctx->templates_dir);
	{
		char *t = path_join(datadir, "templates");

		script_allow_root(ctx->S, t);
		free(t);
	}
	/* Name the default pack's files as wizard/NN-name.lua in messages. */
	wizard = path_join(datadir, "wizard");
	real_dir = realpath(dir, NULL);
	real_wizard = realpath(wizard, NULL);
	if (real_dir != NULL && real_wizard != NULL && strcmp(real_dir, real_wizard) == 0)
		display = xstrdup("wizard");
	else
		display = xstrdup(ctx->pack_dir);
	free(wizard);
	free(real_dir);
	free(real_wizard);
	dirv = value_strz(ctx->pack_dir);
	disp = value_strz(display);
	free(display);
	bases = ctx_pack_bases(ctx->S);
	rc = model_call(ctx->S, "core.load_pack", &res, &cause, 3, dirv, disp, bases);
	value_free(dirv);
	value_free(disp);
	value_free(bases);
	if (rc == -1) {
		cmd_error("%s", cause);
		free(cause);
		return EX_CONFIG;
	}
	id = value_get(res, "id");
	ctx->pack_id = xstrdup(id != NULL && id->type == VAL_STR ? id->u.str.s : "");
	value_free(res);
	if (want_id != NULL && strcmp(want_id, ctx->pack_id) != 0) {
		cmd_error("%s holds the step pack %s, not %s: a pack on the pack path is the folder named after "
		    "its id; rename the folder %s", dir, ctx->pack_id, want_id, ctx->pack_id);
		return EX_CONFIG;
	}
	return 0;
}

int
ctx_load_pack(struct ctx *ctx)
{
	const char *spec = ctx->pack_spec;
	char *dir, *looked;
	int rc;

	if (ctx->pack_dir != NULL)
		return 0;
	dir = datadir_find_pack(spec);
	/* the default pack missing means the data directory is wrong: the
	 * load says so (is EVALWIZ_DATADIR right?) */
	if (dir == NULL && spec == NULL)
		dir = path_join(datadir_get(), "wizard");
	if (dir == NULL && spec != NULL && strchr(spec, '/') != NULL) {
		cmd_error("the step pack folder %s does not exist: give the folder that holds pack.lua", spec);
		return EX_NOINPUT;
	}
	if (dir == NULL) {
		looked = datadir_pack_path_text();
		cmd_error("there is no step pack %s installed; looked in %s; to use a folder of that name, give its "
		    "path with a slash (--pack ./%s)", spec != NULL ? spec : DATADIR_DEFAULT_PACK, looked,
		    spec != NULL ? spec : DATADIR_DEFAULT_PACK);
		free(looked);
		return EX_UNAVAILABLE;
	}
	/* --pack NAME is the folder of that name on the pack path, whatever id
	 * its pack.lua gives (a plan finds its pack by the id, session.c) */
	rc = ctx_load_pack_dir(ctx, dir, NULL);
	free(dir);
	return rc;
}

int
ctx_call(struct ctx *ctx, const char *fn, struct value **result, int nargs, ...)
{
	const struct value *args[MODEL_MAX_ARGS];
	char *cause;
	va_list ap;
	int i;

	/* never more arguments than the array holds, whatever nargs says */
	if (nargs < 0 || nargs > MODEL_MAX_ARGS)
		fatal("internal error: %s called with %d arguments; at most %d", fn, nargs, MODEL_MAX_ARGS);
	va_start(ap, nargs);
	for (i = 0; i < nargs; i++)
		args[i] = va_arg(ap, const struct value *);
	va_end(ap);
	if (model_callv(ctx->S, fn, result, &cause, nargs, args) == -1) {
		cmd_error("%s", cause);
		free(cause);
		return EX_DATAERR;
	}
	return 0;
}

void
ctx_free(struct ctx *ctx)
{
	script_free(ctx->S);
	ctx->S = NULL;
	free(ctx->pack_dir);
	ctx->pack_dir = NULL;
	free(ctx->pack_id);
	ctx->pack_id = NULL;
}

char *
now_iso(void)
{
	const char *sde = getenv("SOURCE_DATE_EPOCH");
	time_t t = sde != NULL && *sde != '\0' ? (time_t)strtoll(sde, NULL, 10) : time(NULL);
	struct tm tm;
	char out[32];

	gmtime_r(&t, &tm);
	strftime(out, sizeof out, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return xstrdup(out);
}
