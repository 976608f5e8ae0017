/* cmd-packs.c: evalwiz packs: the step packs installed on the pack path, in
 * the order a plan's pack id is looked for, with what each is and where. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "model.h"
#include "util.h"
#include "value.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmd_packs_exec(struct cmd *);

static const struct cmd_option packs_options[] = {
	{ "format", 'f', "FORMAT", "text (the default) or json", "text|json", 0, 0 },
	{ NULL, 0, NULL, NULL, NULL, 0, 0 },
};

const struct cmd_entry cmd_packs_entry = {
	.name = "packs",
	.usage = "[--format text|json]",
	.summary = "list the step packs installed, and where",
	.help =
	    "Lists every step pack on the pack path, in the order a plan's pack is looked\n"
	    "for: your own ($XDG_DATA_HOME/evalwiz/packs, or ~/.local/share/evalwiz/packs),\n"
	    "the folders in EVALWIZ_PACK_PATH, the system's, then the built-in ones.  A pack\n"
	    "is a folder named after its id, holding pack.lua; a plan names its pack by id\n"
	    "(pack: {id: ...}) and gets the first of that id.  Each pack is shown with its\n"
	    "version, title and folder; a pack hidden by one of the same id earlier on the\n"
	    "path, or one that does not load, says so.\n",
	.after = "JSON: a list of { id, version, title, extends, path, source (yours,\n"
	    "EVALWIZ_PACK_PATH, system or built-in), hidden_by, declared_id, error }.\n",
	.options = packs_options,
	.min_args = 0, .max_args = 0, .too_many = "this command takes no arguments",
	.needs = CMD_LUA,
	.exec = cmd_packs_exec,
};

static const char *
str_of(const struct value *m, const char *key)
{
	const struct value *v = value_get(m, key);

	return v != NULL && v->type == VAL_STR ? v->u.str.s : "";
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The pack folders in dir (those holding pack.lua), sorted. */
static size_t
packs_in(const char *dir, char ***out)
{
	struct dirent *de;
	char **names = NULL;
	size_t n = 0;
	DIR *d;

	*out = NULL;
	if ((d = opendir(dir)) == NULL)
		return 0;
	while ((de = readdir(d)) != NULL) {
		char *lua;
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		lua = xasprintf("%s/%s/pack.lua", dir, de->d_name);
		if (stat(lua, &st) == 0 && S_ISREG(st.st_mode)) {
			names = xrealloc(names, (n + 1) * sizeof *names);
			names[n++] = xstrdup(de->d_name);
		}
		free(lua);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof *names, by_name);
	*out = names;
	return n;
}

/* What one pack is: core.pack_info, with its folder, where it comes from,
 * and whether a pack of the same id came earlier. */
static struct value *
describe(struct ctx *ctx, const char *folder, const char *name, const char *source, struct value *seen,
    struct value *bases)
{
	struct value *dir = value_strz(folder), *info = NULL, *out = value_new(VAL_MAP);
	char *cause = NULL;
	const struct value *id, *earlier;

	if (model_call(ctx->S, "core.pack_info", &info, &cause, 3, dir, dir, bases) == -1) {
		info = value_new(VAL_MAP);
		value_set(info, "error", value_strz(cause));
		free(cause);
	}
	value_free(dir);
	id = value_get(info, "id");
	/* a plan finds a pack by its folder's name: that is its id on the path */
	value_set(out, "id", value_strz(name));
	if (id != NULL && id->type == VAL_STR && strcmp(id->u.str.s, name) != 0)
		value_set(out, "declared_id", value_copy(id));
	value_set(out, "version", value_get(info, "version") != NULL ? value_copy(value_get(info, "version")) :
	    value_new(VAL_NIL));
	value_set(out, "title", value_strz(str_of(info, "title")));
	if (*str_of(info, "extends") != '\0')
		value_set(out, "extends", value_strz(str_of(info, "extends")));
	value_set(out, "path", value_strz(folder));
	value_set(out, "source", value_strz(source));
	if ((earlier = value_get(seen, name)) != NULL)
		value_set(out, "hidden_by", value_copy(earlier));
	else
		value_set(seen, name, value_strz(folder));
	if (value_get(info, "error") != NULL)
		value_set(out, "error", value_copy(value_get(info, "error")));
	value_free(info);
	return out;
}

static int
cmd_packs_exec(struct cmd *c)
{
	const char *format = cmd_opt(c, "format") != NULL ? cmd_opt(c, "format") : "text";
	struct ctx *ctx = c->ctx;
	struct value *list, *seen, *bases;
	struct pack_dir *dirs;
	size_t n, i, k;

	list = value_new(VAL_SEQ);
	seen = value_new(VAL_MAP);
	bases = ctx_pack_bases(ctx->S);
	n = datadir_pack_path(&dirs);
	for (i = 0; i < n; i++) {
		char **names;
		size_t m;

		if (dirs[i].id != NULL) {
			value_push(list, describe(ctx, dirs[i].path, dirs[i].id, dirs[i].source, seen, bases));
			continue;
		}
		m = packs_in(dirs[i].path, &names);
		for (k = 0; k < m; k++) {
			char *folder = path_join(dirs[i].path, names[k]);

			value_push(list, describe(ctx, folder, names[k], dirs[i].source, seen, bases));
			free(folder);
			free(names[k]);
		}
		free(names);
	}
	datadir_pack_path_free(dirs, n);
	if (strcmp(format, "json") == 0) {
		struct buf b;

		buf_init(&b);
		value_to_json(list, &b, 2);
		puts(b.data);
		buf_free(&b);
	} else {
		for (i = 0; i < value_count(list); i++) {
			const struct value *p = value_at(list, i);
			const struct value *v = value_get(p, "version");
			char version[32];

			snprintf(version, sizeof version, "%lld", v != NULL && v->type == VAL_INT ? (long long)v->u.i : 0);
			printf("%-16s %-4s %s\n", str_of(p, "id"), v != NULL && v->type == VAL_INT ? version : "?",
			    *str_of(p, "title") != '\0' ? str_of(p, "title") : "(no title)");
			printf("%-21s %s (%s)\n", "", str_of(p, "path"), str_of(p, "source"));
			if (value_get(p, "hidden_by") != NULL)
				printf("%-21s hidden: plans get the one in %s\n", "", str_of(p, "hidden_by"));
			if (value_get(p, "declared_id") != NULL)
				printf("%-21s its pack.lua says id %s: plans naming %s do not find it here\n", "",
				    str_of(p, "declared_id"), str_of(p, "declared_id"));
			if (value_get(p, "error") != NULL)
				printf("%-21s does not load: %s\n", "", str_of(p, "error"));
		}
		if (value_count(list) == 0)
			printf("No step packs installed.\n");
	}
	value_free(list);
	value_free(seen);
	value_free(bases);
	return cmd_finish(0);
}
