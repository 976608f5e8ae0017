/* cli.c: the command table and what every command shares: option
 * handling, messages, and opening, checking and saving a plan. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "plan/atomic.h"
#include "plan/comments.h"
#include "plan/yaml.h"
#include "model.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

extern const struct cmd_entry cmd_new_entry, cmd_get_entry, cmd_set_entry, cmd_check_entry,
    cmd_steps_entry, cmd_wizard_entry, cmd_calc_entry, cmd_advise_entry, cmd_glossary_entry,
    cmd_diff_entry, cmd_fill_entry, cmd_pack_entry, cmd_render_entry, cmd_templates_entry;

const struct cmd_entry *const cmd_table[] = {
	&cmd_new_entry,
	&cmd_get_entry,
	&cmd_set_entry,
	&cmd_check_entry,
	&cmd_steps_entry,
	&cmd_diff_entry,
	&cmd_fill_entry,
	&cmd_pack_entry,
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
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	struct value *bases = value_new(VAL_MAP), *search = value_new(VAL_SEQ);
	char *p;

	p = path_join(datadir_get(), "wizard");
	script_allow_root(S, p);
	value_set(bases, "default", value_strz(p));
	free(p);
	if (xdg != NULL && *xdg == '/')
		p = xasprintf("%s/evalwiz/packs", xdg);
	else if (home != NULL)
		p = xasprintf("%s/.local/share/evalwiz/packs", home);
	else
		p = NULL;
	if (p != NULL) {
		allow_packs_in(S, p);
		value_push(search, value_strz(p));
		free(p);
	}
	p = path_join(datadir_get(), "packs");
	allow_packs_in(S, p);
	value_push(search, value_strz(p));
	free(p);
	value_set(bases, "search", search);
	return bases;
}

int
ctx_load_pack(struct ctx *ctx)
{
	const char *datadir = datadir_get();
	char *lua_dir, *cause = NULL, *display;
	struct value *dir, *disp, *bases;
	int rc;

	if (ctx->S != NULL)
		return 0;
	ctx->pack_dir = datadir_find_pack(ctx->pack_spec);
	if (ctx->pack_dir == NULL) {
		cmd_error("cannot find the step pack %s: give a folder that holds pack.lua, or the id of an "
		    "installed pack", ctx->pack_spec);
		return EX_NOINPUT;
	}
	lua_dir = path_join(datadir, "lua");
	ctx->S = script_new(lua_dir, &cause);
	free(lua_dir);
	if (ctx->S == NULL) {
		cmd_error("%s (is EVALWIZ_DATADIR right?)", cause);
		free(cause);
		return EX_SOFTWARE;
	}
	script_allow_root(ctx->S, ctx->pack_dir);
	if (ctx->templates_dir != NULL)
		script_allow_root(ctx->S, ctx->templates_dir);
	{
		char *t = path_join(datadir, "templates");

		script_allow_root(ctx->S, t);
		free(t);
	}
	/* Name the default pack's files as wizard/NN-name.lua in messages. */
	if (ctx->pack_spec == NULL || strcmp(ctx->pack_spec, "eif-10-steps") == 0)
		display = xstrdup("wizard");
	else
		display = xstrdup(ctx->pack_dir);
	dir = value_strz(ctx->pack_dir);
	disp = value_strz(display);
	free(display);
	bases = ctx_pack_bases(ctx->S);
	rc = model_call(ctx->S, "core.load_pack", NULL, &cause, 3, dir, disp, bases);
	value_free(dir);
	value_free(disp);
	value_free(bases);
	if (rc == -1) {
		cmd_error("%s", cause);
		free(cause);
		return EX_CONFIG;
	}
	return 0;
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

int
ctx_open_plan(struct ctx *ctx, const char *path)
{
	struct value *doc, *pos, *name, *res = NULL;
	char *cause = NULL;
	struct stat st;
	int rc;
	size_t i;

	if ((rc = ctx_load_pack(ctx)) != 0)
		return rc;
	memset(&st, 0, sizeof st);
	if (stat(path, &st) == -1 && errno == ENOENT) {
		cmd_error("%s does not exist; create it with 'evalwiz new %s'", path, path);
		return EX_NOINPUT;
	}
	doc = yaml_load_file(path, &cause);
	if (doc == NULL) {
		cmd_error("%s", cause);
		rc = errno == EACCES ? EX_NOINPUT : EX_DATAERR;
		free(cause);
		return rc;
	}
	/* A plan of several megabytes (thousands of outcomes) takes a check or
	 * a render more than the 1 s of processor time that stops runaway code:
	 * allow 2 s more per megabyte.  The instruction budget still applies. */
	script_allow_cpu(ctx->S, SCRIPT_CPU_SECONDS + 2.0 * (double)st.st_size / (1 << 20));
	/* Messages about an open plan name at most answers.STEP.FIELD (plan.adopt,
	 * core.check): the positions of rows and cells would only cost time and
	 * memory, a lot of both in a plan with thousands of rows. */
	pos = value_positions_depth(doc, 3);
	name = value_strz(path);
	if (model_call(ctx->S, "core.open", &res, &cause, 3, doc, pos, name) == -1) {
		cmd_error("%s", cause);
		free(cause);
		rc = EX_DATAERR;
	} else {
		struct value *notes = value_get(res, "notes");
		struct value *from = value_get(res, "migrated_from");

		ctx->migrated_from = from != NULL && from->type == VAL_INT ? (int)from->u.i : 0;
		for (i = 0; i < value_count(notes); i++)
			fprintf(stderr, "evalwiz: %s: note: %s\n", path, value_at(notes, i)->u.str.s);
		rc = 0;
	}
	value_free(res);
	value_free(doc);
	value_free(pos);
	value_free(name);
	return rc;
}

/* Keeps the plan as it was before a migration, once, as PATH.vN.bak. */
static int
keep_backup(struct ctx *ctx, const char *path, char **cause)
{
	char *bak = xasprintf("%s.v%d.bak", path, ctx->migrated_from), *text, *why = NULL;
	size_t len;

	text = read_file(path, YAML_MAX_FILE, &len, &why);
	if (text == NULL || atomic_write(bak, text, len, 0666, &why) == -1) {
		*cause = xasprintf("%s; the plan was not saved, so nothing is lost", why);
		free(why);
		free(text);
		free(bak);
		return EX_CANTCREAT;
	}
	free(ctx->backup_note);
	ctx->backup_note = xasprintf("the plan as it was before the migration is kept in %s", bak);
	free(text);
	free(bak);
	ctx->migrated_from = 0;
	return 0;
}

/* The new text with the comments of the plan on disk put back, so that a
 * researcher's notes in the file survive every save. */
static char *
keep_comments(const char *path, char *text, size_t *len)
{
	struct yaml_comments *c;
	char *old, *why = NULL, *out;
	size_t oldlen;

	old = read_file(path, YAML_MAX_FILE, &oldlen, &why);
	free(why);
	if (old == NULL)
		return text;
	c = yaml_comments_find(old, oldlen);
	free(old);
	if (c == NULL)
		return text;
	out = yaml_comments_apply(c, text, *len, len);
	yaml_comments_free(c);
	free(text);
	return out;
}

int
ctx_save_plan_quiet(struct ctx *ctx, const char *path, int create, char **cause)
{
	struct value *doc = NULL, *now;
	char *text, *stamp = now_iso();
	size_t len;
	int rc, err;

	now = value_strz(stamp);
	free(stamp);
	rc = model_call(ctx->S, "core.document", &doc, cause, 1, now);
	value_free(now);
	if (rc != 0)
		return EX_SOFTWARE;
	text = yaml_emit(doc, &len, cause);
	value_free(doc);
	if (text == NULL)
		return EX_SOFTWARE;
	if (!create)
		text = keep_comments(path, text, &len);
	if (!create && ctx->migrated_from > 0 && (rc = keep_backup(ctx, path, cause)) != 0) {
		free(text);
		return rc;
	}
	rc = create ? atomic_create(path, text, len, 0666, cause) : atomic_write(path, text, len, 0666, cause);
	err = errno;
	free(text);
	if (rc == -1) {
		errno = err;
		/* Could not make the file at all: 73; failed while writing it: 74. */
		switch (err) {
		case EEXIST:
		case EACCES:
		case EPERM:
		case EROFS:
		case ENOENT:
		case ENOTDIR:
			return EX_CANTCREAT;
		default:
			return EX_IOERR;
		}
	}
	return 0;
}

int
ctx_save_plan(struct ctx *ctx, const char *path, int create)
{
	char *cause = NULL;
	int rc = ctx_save_plan_quiet(ctx, path, create, &cause);

	if (rc != 0) {
		cmd_error("%s", cause != NULL ? cause : "cannot save the plan");
		free(cause);
	}
	if (ctx->backup_note != NULL) {
		fprintf(stderr, "evalwiz: %s: note: %s\n", path, ctx->backup_note);
		free(ctx->backup_note);
		ctx->backup_note = NULL;
	}
	return rc;
}

void
ctx_free(struct ctx *ctx)
{
	script_free(ctx->S);
	ctx->S = NULL;
	free(ctx->pack_dir);
	ctx->pack_dir = NULL;
	free(ctx->backup_note);
	ctx->backup_note = NULL;
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
