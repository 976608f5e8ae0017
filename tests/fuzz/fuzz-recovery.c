/* fuzz-recovery.c: libFuzzer harness for the recovery file: the input is
 * written as PLAN.recover (0600) beside a small plan in a temporary folder,
 * read back as the session reads it (recovery_read_checked: owner, size and
 * record limits, torn lines), and its records judged and then replayed by
 * the model (edit.replay, dry and for real) against the default pack. */
#include "config.h"

#include "plan/recovery.h"
#include "plan/yaml.h"
#include "script/script.h"
#include "util.h"
#include "value.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct script *S;
static char dir[64], *plan, *rec;

static const char plan_text[] =
    "evalwiz: 1\n"
    "pack:\n  id: eif-10-steps\n  version: 1\n"
    "meta:\n  title: fuzz\n  id: 0123456789abcdef0123456789abcdef\n"
    "answers:\n  opening:\n    plan_title: Fuzz\n    team: A team\n"
    "  theory_of_change:\n    risk_factors:\n    - poverty\n    - ''\n";

static void
setup(void)
{
	struct value *d, *disp;
	char *cause = NULL;

	S = script_new(EVALWIZ_SRCDIR "/lua", &cause);
	if (S == NULL)
		fatal("%s", cause);
	script_allow_root(S, EVALWIZ_SRCDIR "/wizard");
	d = value_strz(EVALWIZ_SRCDIR "/wizard");
	disp = value_strz("wizard");
	if (script_call(S, "core.load_pack", NULL, &cause, 2, d, disp) == -1)
		fatal("%s", cause);
	value_free(d);
	value_free(disp);
	strcpy(dir, "/tmp/evalwiz-fuzz-recovery-XXXXXX");
	if (mkdtemp(dir) == NULL)
		fatal("cannot make a temporary folder");
	plan = path_join(dir, "p.yaml");
	rec = path_join(dir, "p.yaml.recover");
}

static void
write_all(const char *path, const void *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd == -1)
		fatal("cannot write %s", path);
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w <= 0)
			fatal("cannot write %s", path);
		p = (const char *)p + w;
		n -= (size_t)w;
	}
	close(fd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value *doc, *pos, *name, *res = NULL, *recs, *yes;
	char *cause = NULL, *doubt = NULL;
	int newer = 0, pass;

	if (S == NULL)
		setup();
	write_all(plan, plan_text, sizeof plan_text - 1);
	write_all(rec, data, size);
	doc = yaml_parse(plan_text, sizeof plan_text - 1, "p.yaml", &cause);
	if (doc == NULL)
		fatal("the harness's plan: %s", cause);
	pos = value_positions(doc);
	name = value_strz("p.yaml");
	if (script_call(S, "core.open", &res, &cause, 3, doc, pos, name) == -1)
		fatal("the harness's plan: %s", cause);
	value_free(res);
	res = NULL;
	recs = recovery_read_checked(plan, &newer, &doubt, &cause);
	free(cause);
	cause = NULL;
	free(doubt);
	for (pass = 0; recs != NULL && pass < 2; pass++) {
		/* as the session: judged first (dry), then put back */
		yes = value_bool(pass == 0);
		if (script_call(S, "edit.replay", &res, &cause, 2, recs, yes) == -1) {
			free(cause);
			cause = NULL;
		}
		value_free(res);
		res = NULL;
		value_free(yes);
	}
	value_free(recs);
	value_free(doc);
	value_free(pos);
	value_free(name);
	unlink(rec);
	/* a file too big was moved aside */
	{
		char *aside = xasprintf("%s.too-big", rec);

		unlink(aside);
		free(aside);
	}
	return 0;
}
