/* model.c: calling the model's entry points (model.h): the list of names C
 * may call, and the one result shape turned into 0 or -1 with a message. */
#include "config.h"

#include "model.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* In byte order (bsearch); the same names as ENTRIES in lua/evalwiz/entry.lua. */
const char *const model_entries[] = {
	"calc.run",
	"core.advise",
	"core.check",
	"core.checks",
	"core.describe",
	"core.document",
	"core.get",
	"core.glossary",
	"core.health",
	"core.language",
	"core.load_pack",
	"core.new_plan",
	"core.open",
	"core.pack_info",
	"core.pack_version",
	"core.reload_pack",
	"core.set",
	"core.set_lang",
	"core.validate",
	"diff.run",
	"document.list",
	"document.render",
	"edit.replay",
	"fill.run",
	"lint.run",
	"plain.input",
	"plain.start",
	"review.accepted",
	"review.decline",
	"review.import",
	"review.import_rows",
	"review.list",
	"review.on",
	"review.proposal",
	"review.reply",
	"review.resolve",
	"scripting.csv_header",
	"scripting.csv_row",
	"scripting.values",
	"templatelint.file",
	"templatelint.files",
	"ui.edit",
	"ui.glossary",
	"ui.health",
	"ui.health_title",
	"ui.idle",
	"ui.refusal",
	"ui.screen",
	"ui.search",
	"ui.templates",
	"ui.terms",
	"ui.window",
	"versions.next",
	"versions.sent",
	NULL,
};

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int
model_is_entry(const char *name)
{
	size_t n = sizeof model_entries / sizeof model_entries[0] - 1;

	return bsearch(&name, model_entries, n, sizeof model_entries[0], by_name) != NULL;
}

int
model_callv(struct script *S, const char *name, struct value **result, char **cause, int nargs,
    const struct value *const *args)
{
	const struct value *all[MODEL_MAX_ARGS + 1];
	struct value *fn, *res = NULL;
	const struct value *ok, *v;
	int i, rc;

	if (result != NULL)
		*result = NULL;
	*cause = NULL;
	if (!model_is_entry(name))
		fatal("internal error: %s is not one of the model's entry points (src/model.c)", name);
	if (nargs < 0 || nargs > MODEL_MAX_ARGS)
		fatal("internal error: %s called with %d arguments; at most %d", name, nargs, MODEL_MAX_ARGS);
	fn = value_strz(name);
	all[0] = fn;
	for (i = 0; i < nargs; i++)
		all[i + 1] = args[i];
	rc = script_callv(S, "entry.call", &res, cause, nargs + 1, all);
	value_free(fn);
	if (rc == -1)
		return -1;
	ok = value_get(res, "ok");
	if (ok == NULL || ok->type != VAL_BOOL || !ok->u.b) {
		v = value_get(res, "message");
		*cause = xstrdup(v != NULL && v->type == VAL_STR ? v->u.str.s : "the model refused without saying why");
		value_free(res);
		return -1;
	}
	if (result != NULL) {
		/* the payload, taken out of the result so that it is not copied */
		*result = value_take(res, "value");
		if (*result == NULL)
			*result = value_new(VAL_NIL);
	}
	value_free(res);
	return 0;
}

int
model_call(struct script *S, const char *name, struct value **result, char **cause, int nargs, ...)
{
	const struct value *args[MODEL_MAX_ARGS];
	va_list ap;
	int i;

	if (nargs < 0 || nargs > MODEL_MAX_ARGS)
		fatal("internal error: %s called with %d arguments; at most %d", name, nargs, MODEL_MAX_ARGS);
	va_start(ap, nargs);
	for (i = 0; i < nargs; i++)
		args[i] = va_arg(ap, const struct value *);
	va_end(ap);
	return model_callv(S, name, result, cause, nargs, args);
}
