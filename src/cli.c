/* cli.c: the command table and what every command shares: option
 * handling, messages, the pack, and calls into the model. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "model.h"
#include "session.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <stddef.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <time.h>

extern const struct cmd_entry cmd_new_entry, cmd_get_entry, cmd_set_entry, cmd_check_entry,
    cmd_steps_entry, cmd_wizard_entry, cmd_calc_entry, cmd_advise_entry, cmd_glossary_entry,
    cmd_diff_entry, cmd_fill_entry, cmd_pack_entry, cmd_packs_entry, cmd_render_entry, cmd_templates_entry,
    cmd_template_entry, cmd_migrate_entry, cmd_export_entry, cmd_review_entry;

const struct cmd_entry *const cmd_table[] = {
	&cmd_new_entry,
	&cmd_get_entry,
	&cmd_export_entry,
	&cmd_set_entry,
	&cmd_check_entry,
	&cmd_steps_entry,
	&cmd_diff_entry,
	&cmd_fill_entry,
	&cmd_migrate_entry,
	&cmd_pack_entry,
	&cmd_packs_entry,
	&cmd_wizard_entry,
	&cmd_calc_entry,
	&cmd_advise_entry,
	&cmd_glossary_entry,
	&cmd_render_entry,
	&cmd_review_entry,
	&cmd_templates_entry,
	&cmd_template_entry,
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

/* The "-f, --format FORMAT" of an option, for --help. */
static char *
option_spec(const struct cmd_option *o)
{
	if (o->short_name != 0)
		return xasprintf("-%c, --%s%s%s", o->short_name, o->name, o->arg != NULL ? " " : "",
		    o->arg != NULL ? o->arg : "");
	return xasprintf("    --%s%s%s", o->name, o->arg != NULL ? " " : "", o->arg != NULL ? o->arg : "");
}

static const struct cmd_option help_option = { "help", 'h', NULL, "show this help", NULL, 0, 0 };

/* An option's help line, in the column at indent, wrapped at 79 columns;
 * fresh: the line holds nothing yet (the option was too wide for it). */
static void
print_wrapped(const char *text, size_t len, size_t indent, int fresh)
{
	size_t col = indent, i = 0;

	if (fresh)
		printf("%*s", (int)indent, "");
	else
		printf("   ");
	while (i < len) {
		size_t w = 0;

		while (i + w < len && text[i + w] != ' ')
			w++;
		if (col > indent && col + 1 + w > 79) {
			printf("\n%*s", (int)indent, "");
			col = indent;
		} else if (col > indent) {
			putchar(' ');
			col++;
		}
		printf("%.*s", (int)w, text + i);
		col += w;
		i += w;
		while (i < len && text[i] == ' ')
			i++;
	}
	putchar('\n');
}

/* Whether value is one of choices ("text|json"); else the usage error:
 * "unknown format xml: use text or json". */
static int
check_choice(const struct cmd_entry *e, const struct cmd_option *o, const char *value)
{
	const char *p = o->choices, *bar;
	struct buf list;
	size_t len = strlen(value);
	int rc;

	for (; p != NULL; p = bar != NULL ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		if ((size_t)(bar != NULL ? bar - p : (ptrdiff_t)strlen(p)) == len && strncmp(p, value, len) == 0)
			return 0;
	}
	buf_init(&list);
	for (p = o->choices; p != NULL; p = bar != NULL ? bar + 1 : NULL) {
		bar = strchr(p, '|');
		buf_addf(&list, "%s%.*s", p == o->choices ? "" : bar == NULL ? " or " : ", ",
		    (int)(bar != NULL ? (size_t)(bar - p) : strlen(p)), p);
	}
	buf_adds(&list, "");
	rc = cmd_usage_error(e, "unknown %s %s: use %s", o->name, value, list.data);
	buf_free(&list);
	return rc;
}

int
cmd_help(const struct cmd_entry *cmd)
{
	const struct cmd_option *o;
	size_t width = strlen("-h, --help");
	int any = 0;

	printf("Usage: evalwiz %s %s\n", cmd->name, cmd->usage);
	if (cmd->summary != NULL)
		printf("%s\n", cmd->summary);
	if (cmd->help != NULL)
		printf("\n%s", cmd->help);
	/* the options, their help lines in one column */
	for (o = cmd->options; o != NULL && o->name != NULL; o++)
		if (o->help != NULL) {
			char *spec = option_spec(o);

			if (strlen(spec) > width)
				width = strlen(spec);
			free(spec);
		}
	if (width > 30)
		width = 30;
	for (o = cmd->options; ; o++) {
		const struct cmd_option *opt = o != NULL && o->name != NULL ? o : &help_option;
		const char *nl;
		char *spec;

		if (opt->help == NULL) {
			if (o == NULL)
				break;
			continue;
		}
		if (!any)
			printf("\n");
		any = 1;
		spec = option_spec(opt);
		if (strlen(spec) > width)
			printf("  %s\n", spec);
		else
			printf("  %-*s", (int)width, spec);
		nl = strchr(opt->help, '\n');
		print_wrapped(opt->help, nl != NULL ? (size_t)(nl - opt->help) : strlen(opt->help), width + 5,
		    strlen(spec) > width);
		/* more lines of its help: as written */
		if (nl != NULL)
			printf("%s\n", nl + 1);
		free(spec);
		if (opt == &help_option || o == NULL)
			break;
	}
	if (cmd->after != NULL)
		printf("\n%s", cmd->after);
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

/* ---- options ------------------------------------------------------------------ */

const char *
cmd_opt(const struct cmd *c, const char *name)
{
	size_t i;

	for (i = c->ngiven; i-- > 0;)
		if (strcmp(c->given[i].opt->name, name) == 0)
			return c->given[i].value;
	return NULL;
}

int
cmd_flag(const struct cmd *c, const char *name)
{
	return cmd_opt(c, name) != NULL;
}

size_t
cmd_opt_count(const struct cmd *c, const char *name)
{
	size_t i, n = 0;

	for (i = 0; i < c->ngiven; i++)
		n += strcmp(c->given[i].opt->name, name) == 0;
	return n;
}

const char *
cmd_opt_at(const struct cmd *c, const char *name, size_t k)
{
	size_t i;

	for (i = 0; i < c->ngiven; i++)
		if (strcmp(c->given[i].opt->name, name) == 0 && k-- == 0)
			return c->given[i].value;
	return NULL;
}

#define OPT_BASE 256	/* getopt_long's value for options[i]: OPT_BASE + i */

/* Reads the options of argv (argv[0] the command's name) as the entry
 * declares them, into c.  Returns 0, -1 when --help or --version was
 * answered (*rc 0), or an exit code (the usage error printed). */
static int
parse_options(const struct cmd_entry *e, struct cmd *c, int argc, char **argv, int *rc)
{
	struct option *longopts;
	struct buf shortopts;
	size_t n = 0, i;
	int ch;

	for (n = 0; e->options != NULL && e->options[n].name != NULL; n++)
		;
	longopts = xcalloc(n + 2, sizeof *longopts);
	buf_init(&shortopts);
	buf_adds(&shortopts, "h");
	for (i = 0; i < n; i++) {
		const struct cmd_option *o = &e->options[i];

		longopts[i].name = o->name;
		longopts[i].has_arg = o->arg != NULL ? required_argument : no_argument;
		longopts[i].val = OPT_BASE + (int)i;
		if (o->short_name != 0)
			buf_addf(&shortopts, "%c%s", o->short_name, o->arg != NULL ? ":" : "");
	}
	longopts[n].name = "help";
	longopts[n].val = 'h';
	opterr = 0;
	optind = 1;
	*rc = 0;
	while ((ch = getopt_long(argc, argv, shortopts.data, longopts, NULL)) != -1) {
		const struct cmd_option *o = NULL;

		if (ch == 'h') {
			*rc = cmd_help(e);
			goto done;
		}
		if (ch == '?' || ch == ':') {
			const char *arg = optind > 0 && optind <= argc ? argv[optind - 1] : "?";
			int needs_value = 0;

			/* --version works after every command, as GNU asks */
			if (ch == '?' && optopt == 0 && strcmp(arg, "--version") == 0) {
				printf("evalwiz %s\n", PACKAGE_VERSION);
				*rc = 0;
				goto done;
			}
			for (i = 0; optopt != 0 && i < n; i++)
				if (e->options[i].arg != NULL &&
				    (e->options[i].short_name == optopt || OPT_BASE + (int)i == optopt))
					needs_value = 1;
			*rc = cmd_usage_error(e, needs_value ? "option %s needs a value" : "unknown option %s", arg);
			goto done;
		}
		if (ch >= OPT_BASE && ch < OPT_BASE + (int)n)
			o = &e->options[ch - OPT_BASE];
		for (i = 0; o == NULL && i < n; i++)
			if (e->options[i].short_name == ch)
				o = &e->options[i];
		if (o == NULL)
			continue;
		if ((o->flags & CMD_OPT_ONCE) && cmd_flag(c, o->name)) {
			*rc = cmd_usage_error(e, "--%s given twice", o->name);
			goto done;
		}
		if (o->choices != NULL && (*rc = check_choice(e, o, optarg)) != 0)
			goto done;
		c->given = xrealloc(c->given, (c->ngiven + 1) * sizeof *c->given);
		c->given[c->ngiven].opt = o;
		c->given[c->ngiven].value = o->arg != NULL ? optarg : "";
		c->ngiven++;
	}
	free(longopts);
	buf_free(&shortopts);
	return 0;
done:
	free(longopts);
	buf_free(&shortopts);
	return *rc == 0 ? -1 : *rc;
}

/* The words under a command (pack new): argv[1] names one. */
static int
run_sub(const struct cmd_entry *e, struct ctx *ctx, int argc, char **argv)
{
	const struct cmd_entry *const *s;
	struct buf words;
	int rc;

	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0))
		return cmd_help(e);
	if (argc >= 2 && strcmp(argv[1], "--version") == 0) {
		printf("evalwiz %s\n", PACKAGE_VERSION);
		return 0;
	}
	for (s = e->subs; argc >= 2 && *s != NULL; s++) {
		const char *word = strrchr((*s)->name, ' ');

		if (strcmp(word != NULL ? word + 1 : (*s)->name, argv[1]) == 0)
			return cmd_run(*s, ctx, argc - 1, argv + 1);
	}
	buf_init(&words);
	for (s = e->subs; *s != NULL; s++) {
		const char *word = strrchr((*s)->name, ' ');

		buf_addf(&words, "%s%s", words.len == 0 ? "" : s[1] == NULL ? " or " : ", ",
		    word != NULL ? word + 1 : (*s)->name);
	}
	buf_adds(&words, "");
	if (argc < 2)
		rc = cmd_usage_error(e, "%s what? %s", e->name, words.data);
	else if (argv[1][0] == '-')
		rc = cmd_usage_error(e, "unknown option %s", argv[1]);
	else
		rc = cmd_usage_error(e, "unknown %s command %s: use %s", e->name, argv[1], words.data);
	buf_free(&words);
	return rc;
}

/* The --templates folder, when given, must be a folder. */
static int
templates_folder(const struct ctx *ctx)
{
	struct stat st;

	if (ctx->templates_dir == NULL)
		return 0;
	if (stat(ctx->templates_dir, &st) == -1) {
		cmd_error("cannot use the template folder %s: %s", ctx->templates_dir, strerror(errno));
		return EX_NOINPUT;
	}
	if (!S_ISDIR(st.st_mode)) {
		cmd_error("cannot use the template folder %s: it is not a folder", ctx->templates_dir);
		return EX_NOINPUT;
	}
	return 0;
}

int
cmd_run(const struct cmd_entry *e, struct ctx *ctx, int argc, char **argv)
{
	struct cmd c;
	int rc;

	if (e->subs != NULL)
		return run_sub(e, ctx, argc, argv);
	memset(&c, 0, sizeof c);
	c.entry = e;
	c.ctx = ctx;
	c.needs = e->needs;
	if (parse_options(e, &c, argc, argv, &rc) != 0)
		goto out;
	c.argc = argc - optind;
	c.argv = argv + optind;
	if (c.argc < e->min_args) {
		rc = cmd_usage_error(e, "%s", e->too_few != NULL ? e->too_few : "an argument is missing");
		goto out;
	}
	if (e->max_args >= 0 && c.argc > e->max_args) {
		const char *msg = e->too_many != NULL ? e->too_many : e->too_few, *at;

		if (msg == NULL)
			msg = "too many arguments";
		/* "%s" in the message is the first argument too many */
		if ((at = strstr(msg, "%s")) != NULL)
			rc = cmd_usage_error(e, "%.*s%s%s", (int)(at - msg), msg, c.argv[e->max_args], at + 2);
		else
			rc = cmd_usage_error(e, "%s", msg);
		goto out;
	}
	if ((c.needs & CMD_TEMPLATES) && (rc = templates_folder(ctx)) != 0)
		goto out;
	if (e->check != NULL && (rc = e->check(&c)) != 0)
		goto out;
	/* what the entry says it needs, set up (RUN_SETUP) */
	rc = 0;
	if (c.needs & (CMD_PLAN | CMD_WRITE)) {
		struct session_opts o = { .flags = (c.needs & CMD_WRITE) ? SESSION_WRITE : 0 };

		rc = session_open(ctx, c.argv[0], &o, &c.session);
	} else if (c.needs & CMD_PACK)
		rc = ctx_load_pack(ctx);
	else if (c.needs & CMD_LUA)
		rc = ctx_start_lua(ctx);
	if (rc != 0)
		goto out;
	c.ran = 1;
	rc = e->exec(&c);
	if (rc == 0 && (c.needs & CMD_WRITE) && !session_saved(c.session))
		rc = session_save_report(c.session);
	session_close(c.session);
out:
	if (e->done != NULL)
		e->done(&c);
	free(c.given);
	/* a usage error before exec, in the command's own terms (diff: 2) */
	if (rc == EX_USAGE && !c.ran && e->usage_status != 0)
		rc = e->usage_status;
	return rc;
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
			value_set(bases, "default_id", value_strz(dirs[i].id));
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

/* Tells the model the language asked for (--lang) and the locale's
 * variables, which it reads to choose the pack's language (i18n.lua). */
static int
ctx_set_lang(struct ctx *ctx)
{
	static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", NULL };
	struct value *asked, *env;
	const char *const *v;
	char *cause = NULL;
	int rc;

	asked = ctx->lang != NULL ? value_strz(ctx->lang) : value_new(VAL_NIL);
	env = value_new(VAL_MAP);
	for (v = vars; *v != NULL; v++)
		if (getenv(*v) != NULL)
			value_set(env, *v, value_strz(getenv(*v)));
	rc = model_call(ctx->S, "core.set_lang", NULL, &cause, 2, asked, env);
	value_free(asked);
	value_free(env);
	if (rc == -1) {
		cmd_error("%s", cause);
		free(cause);
	}
	return rc;
}

int
ctx_load_pack_dir(struct ctx *ctx, const char *dir, const char *want_id)
{
	const char *datadir = datadir_get();
	char *cause = NULL, *display, *wizard, *real_dir, *real_wizard;
	struct value *dirv, *disp, *bases, *res = NULL;
	const struct value *id, *note;
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
	if (ctx_set_lang(ctx) == -1) {
		value_free(dirv);
		value_free(disp);
		value_free(bases);
		return EX_SOFTWARE;
	}
	rc = model_call(ctx->S, "core.load_pack", &res, &cause, 3, dirv, disp, bases);
	value_free(dirv);
	value_free(disp);
	value_free(bases);
	if (rc == -1) {
		cmd_error("%s", cause);
		free(cause);
		return EX_CONFIG;
	}
	note = value_get(res, "lang_note");
	if (note != NULL && note->type == VAL_STR)
		fprintf(stderr, "evalwiz: warning: %s\n", note->u.str.s);
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

const char *
review_author(const char *given)
{
	const char *a;
	const struct passwd *pw;

	if (given != NULL && *given != '\0')
		return given;
	if ((a = getenv("EVALWIZ_AUTHOR")) != NULL && *a != '\0')
		return a;
	if ((pw = getpwuid(getuid())) != NULL && pw->pw_name != NULL && pw->pw_name[0] != '\0')
		return pw->pw_name;
	if ((a = getenv("USER")) != NULL && *a != '\0')
		return a;
	return "the team";
}
