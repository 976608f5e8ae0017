/* session.c: one plan's life (session.h): its pack, the file, the lock,
 * the recovery journal, edits, saves in the foreground or in a child
 * process, and closing.  The only code that locks, recovers and saves. */
#include "config.h"

#include "cli.h"
#include "datadir.h"
#include "model.h"
#include "plan/atomic.h"
#include "plan/comments.h"
#include "plan/lock.h"
#include "plan/recovery.h"
#include "plan/yaml.h"
#include "script/script.h"
#include "session.h"
#include "util.h"
#include "value.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct session {
	struct ctx *ctx;
	char *path;
	unsigned flags;
	int read_only;
	char *read_only_why;
	int locked;
	int created;
	int saved;		/* the file holds every edit */
	struct recovery *rec;	/* PLAN.recover, with SESSION_JOURNAL */
	int rec_failed;		/* the journal could not be written (said once) */
	unsigned long gen;	/* edits made, to know what a save in the background held */
	char *note;		/* for the person, after a save */
	char *warning;		/* the first thing that went wrong since asked, to say */

	/* the plan file as this session last read or wrote it, to see a change
	 * made on disk meanwhile (git pull, another editor) before a save */
	struct {
		int known;
		dev_t dev;
		ino_t ino;
		off_t size;
		struct timespec mtime;
		uint64_t hash;
	} disk;
	char *conflict;		/* the plan changed on disk: where this session's version went */
	/* unknown keys that held null or {} in the file (the model, in Lua,
	 * cannot hold a nil): [{path = [keys], value}], put back at each
	 * save where the model left them out, unless an edit touched them */
	struct value *kept_empty;
	struct value *touched;	/* {step = true | {field = true}} edited this session */

	/* a save in a child process */
	pid_t save_pid;
	int save_fd;		/* its end of a pipe: why it failed, or nothing */
	unsigned long save_gen;
	size_t save_mark;	/* the journal's records the save holds */
};

/* ---- small things ---------------------------------------------------------- */

char *
session_lock_message(const char *path, const char *who)
{
	return xasprintf("%s is being edited by %s", path, who);
}

/* 32 lower-case hexadecimal digits from the kernel's random source: the
 * plan's identity (meta.id), which documents carry. */
static char *
new_plan_id(void)
{
	unsigned char b[16];
	char *out = xmalloc(33);
	size_t got = 0, i;

	while (got < sizeof b) {
		ssize_t n = getrandom(b + got, sizeof b - got, 0);

		if (n == -1 && errno == EINTR)
			continue;
		if (n == -1) {
			/* a kernel without getrandom: the device */
			int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

			if (fd == -1 || read(fd, b + got, sizeof b - got) != (ssize_t)(sizeof b - got))
				fatal("cannot read random bytes for the plan's id: %s", strerror(errno));
			close(fd);
			break;
		}
		got += (size_t)n;
	}
	for (i = 0; i < sizeof b; i++)
		snprintf(out + 2 * i, 3, "%02x", b[i]);
	return out;
}

/* A new plan's title: its file name without folders or extension. */
static char *
title_from_path(const char *path)
{
	const char *base = strrchr(path, '/') != NULL ? strrchr(path, '/') + 1 : path;
	char *t = xstrdup(base), *dot = strrchr(t, '.');

	if (dot != NULL && dot != t)
		*dot = '\0';
	return t;
}

const char *
session_path(const struct session *s)
{
	return s->path;
}

int
session_read_only(const struct session *s)
{
	return s->read_only;
}

const char *
session_read_only_why(const struct session *s)
{
	return s->read_only_why != NULL ? s->read_only_why : "";
}

int
session_saved(const struct session *s)
{
	return s->saved;
}

int
session_created(const struct session *s)
{
	return s->created;
}

char *
session_take_note(struct session *s)
{
	char *n = s->note;

	s->note = NULL;
	return n;
}

char *
session_take_warning(struct session *s)
{
	char *w = s->warning;

	s->warning = NULL;
	return w;
}

/* Keeps the first warning until it is taken (nothing is printed while a
 * front end owns the terminal). */
static void
warn(struct session *s, char *why)
{
	if (s->warning == NULL)
		s->warning = why;
	else
		free(why);
}

static void
set_read_only(struct session *s, char *why)
{
	s->read_only = 1;
	free(s->read_only_why);
	s->read_only_why = why;
}

/* ---- the pack the plan names -------------------------------------------------- */

int
session_pack_for(struct ctx *ctx, const struct value *doc, const char *name)
{
	const struct value *pack = value_get(doc, "pack");
	const struct value *id = value_get(pack, "id"), *version = value_get(pack, "version");
	const char *want = id != NULL && id->type == VAL_STR && *id->u.str.s != '\0' ? id->u.str.s : NULL;
	char *dir, *looked;
	int rc;

	if (ctx->pack_dir != NULL)
		return 0;
	if (ctx->pack_spec != NULL || want == NULL) {
		/* --pack (or EVALWIZ_PACK) wins; a plan that names no pack gets the default */
		if ((rc = ctx_load_pack(ctx)) != 0)
			return rc;
		if (want != NULL && strcmp(want, ctx->pack_id) != 0)
			fprintf(stderr, "evalwiz: %s: note: the plan names the step pack %s; using %s as --pack asks "
			    "(the plan keeps naming %s)\n", name, want, ctx->pack_id, want);
		return 0;
	}
	dir = datadir_find_pack_id(want);
	if (dir == NULL) {
		looked = datadir_pack_path_text();
		if (version != NULL && version->type == VAL_INT)
			cmd_error("%s: the plan's step pack %s (version %lld) is not installed; looked in %s; put "
			    "the pack in one of them as a folder named %s, or add the folder that holds it to "
			    "EVALWIZ_PACK_PATH, or give --pack FOLDER", name, want, (long long)version->u.i, looked,
			    want);
		else
			cmd_error("%s: the plan's step pack %s is not installed; looked in %s; put the pack in one of "
			    "them as a folder named %s, or add the folder that holds it to EVALWIZ_PACK_PATH, or give "
			    "--pack FOLDER", name, want, looked, want);
		free(looked);
		return EX_UNAVAILABLE;
	}
	rc = ctx_load_pack_dir(ctx, dir, want);
	free(dir);
	return rc;
}

/* ---- opening --------------------------------------------------------------- */

/* The first list item in v that is empty (a "-" with nothing after it),
 * with the dotted path of the list in *path (allocated) and the item's
 * number in *item; NULL when there is none.  Lua cannot hold such an item
 * in a list (it would be a hole), and a save would turn the list into a
 * mapping, so such a plan is refused with the place to mend.  The walk
 * keeps the way down in a stack and spells the path out only for the item
 * found: a plan has hundreds of thousands of nodes and almost never one. */
struct item_walk {
	const struct value *in[YAML_MAX_DEPTH + 2];	/* the collection at each depth */
	size_t at[YAML_MAX_DEPTH + 2];			/* the entry taken in it */
	int depth;
};

static const struct value *
empty_item_in(const struct value *v, struct item_walk *w)
{
	const struct value *found;
	size_t i;

	if (v == NULL || (v->type != VAL_SEQ && v->type != VAL_MAP) || w->depth > YAML_MAX_DEPTH)
		return NULL;
	w->in[w->depth] = v;
	for (i = 0; i < v->u.list.n; i++) {
		const struct value *x = v->type == VAL_SEQ ? v->u.list.items[i] : v->u.list.items[2 * i + 1];

		w->at[w->depth] = i;
		if (v->type == VAL_SEQ && (x == NULL || x->type == VAL_NIL))
			return x != NULL && x->line > 0 ? x : v;
		w->depth++;
		if ((found = empty_item_in(x, w)) != NULL)
			return found;	/* the way down stays in w */
		w->depth--;
	}
	return NULL;
}

static const struct value *
empty_item(const struct value *v, char **path, size_t *item)
{
	struct item_walk w;
	const struct value *found;
	struct buf b;
	int d;

	w.depth = 0;
	if ((found = empty_item_in(v, &w)) == NULL)
		return NULL;
	buf_init(&b);
	/* in[0..depth-1] lead down to the list in[depth], whose entry at[depth] is empty */
	for (d = 0; d < w.depth; d++) {
		const struct value *c = w.in[d];

		if (c->type == VAL_SEQ)
			buf_addf(&b, "[%zu]", w.at[d] + 1);
		else {
			const struct value *k = c->u.list.items[2 * w.at[d]];

			buf_addf(&b, "%s%s", b.len > 0 ? "." : "", k != NULL && k->type == VAL_STR ? k->u.str.s : "?");
		}
	}
	*path = buf_steal(&b, NULL);
	*item = w.at[w.depth] + 1;
	return found;
}

/* ---- the plan on disk: changed since it was read? ------------------------- */

/* A hash of the file's bytes, kept only in memory to tell a changed file
 * from a touched one: eight bytes a step (byte by byte, FNV-1a took 25 M
 * instructions on the 10,000-outcome plan's 4 MB). */
static uint64_t
bytes_hash(const char *p, size_t n)
{
	uint64_t h = 14695981039346656037ULL ^ n, w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 0x9e3779b97f4a7c15ULL;
		h ^= h >> 29;
	}
	for (; n > 0; p++, n--)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	return h ^ (h >> 32);
}

/* Notes the plan file as it is now, its bytes being text (read, or just
 * written by this session: no second read of a large plan). */
static void
disk_note_text(struct session *s, const char *text, size_t len)
{
	struct stat st;

	s->disk.known = 0;
	if (stat(s->path, &st) == -1)
		return;
	s->disk.known = 1;
	s->disk.dev = st.st_dev;
	s->disk.ino = st.st_ino;
	s->disk.size = st.st_size;
	s->disk.mtime = st.st_mtim;
	s->disk.hash = bytes_hash(text, len);
}

/* Notes the plan file as it is now: device, inode, size, time and a hash
 * of its bytes.  Left unknown when it cannot be read. */
static void
disk_note(struct session *s)
{
	char *text, *why = NULL;
	size_t len;

	s->disk.known = 0;
	if ((text = read_file(s->path, YAML_MAX_FILE, &len, &why)) == NULL) {
		free(why);
		return;
	}
	disk_note_text(s, text, len);
	free(text);
}

/* Whether the plan file's bytes differ from what this session last read or
 * wrote.  A file that is only touched, or rewritten with the same bytes
 * (a git checkout of the same version), has not changed; a file that is
 * gone has not either (the save makes it again). */
static int
disk_changed(struct session *s)
{
	struct stat st;
	char *text, *why = NULL;
	size_t len;
	uint64_t h;

	if (!s->disk.known || stat(s->path, &st) == -1)
		return 0;
	if (st.st_dev == s->disk.dev && st.st_ino == s->disk.ino && st.st_size == s->disk.size &&
	    st.st_mtim.tv_sec == s->disk.mtime.tv_sec && st.st_mtim.tv_nsec == s->disk.mtime.tv_nsec)
		return 0;
	if ((text = read_file(s->path, YAML_MAX_FILE, &len, &why)) == NULL) {
		free(why);
		return 1;
	}
	h = bytes_hash(text, len);
	free(text);
	if (h != s->disk.hash)
		return 1;
	disk_note(s);
	return 0;
}

/* "PATH.KIND-YYYYMMDD-HHMMSS", a name beside the plan for one version of
 * it (allocated). */
static char *
beside_name(const struct session *s, const char *kind, int n)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL || strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm) == 0)
		snprintf(stamp, sizeof stamp, "%ld", (long)now);
	return n <= 1 ? xasprintf("%s.%s-%s", s->path, kind, stamp) : xasprintf("%s.%s-%s-%d", s->path, kind, stamp, n);
}

static int write_plan(struct session *s, const char *path, int create, char **cause);

/* Before a save: when the plan changed on disk since this session read or
 * wrote it, it is never overwritten; this session's version goes to
 * PATH.mine-STAMP instead (again there while the change stands), and the
 * save fails with EX_TEMPFAIL and *cause saying so.  0: save away. */
static int
check_disk(struct session *s, char **cause)
{
	char *why = NULL, *mine = NULL;
	int n, rc = -1;

	if (!disk_changed(s))
		return 0;
	if (s->conflict != NULL)
		rc = write_plan(s, s->conflict, 0, &why);
	else {
		for (n = 1; n <= 99; n++) {
			free(mine);
			free(why);
			why = NULL;
			mine = beside_name(s, "mine", n);
			if ((rc = write_plan(s, mine, 1, &why)) == 0 || errno != EEXIST)
				break;
		}
		if (rc == 0)
			s->conflict = mine;
		else
			free(mine);
	}
	if (rc == 0)
		*cause = xasprintf("%s was changed on disk since evalwiz read it (by git pull or another program), "
		    "so it was not overwritten; your version is in %s", s->path, s->conflict);
	else {
		*cause = xasprintf("%s was changed on disk since evalwiz read it (by git pull or another program), "
		    "so it was not overwritten; your edits are in %s.recover (%s)", s->path, s->path,
		    why != NULL ? why : "cannot write a copy beside it");
	}
	free(why);
	return EX_TEMPFAIL;
}

const char *
session_conflict(const struct session *s)
{
	return s->conflict;
}

int
session_keep_mine(struct session *s, char **theirs, char **cause)
{
	char *text, *why = NULL, *path = NULL;
	size_t len;
	int n, rc = -1;

	*theirs = NULL;
	if ((text = read_file(s->path, YAML_MAX_FILE, &len, cause)) == NULL)
		return EX_IOERR;
	for (n = 1; n <= 99; n++) {
		free(path);
		free(why);
		why = NULL;
		path = beside_name(s, "theirs", n);
		if ((rc = atomic_create(path, text, len, 0666, &why)) == 0 || errno != EEXIST)
			break;
	}
	free(text);
	if (rc != 0) {
		*cause = xasprintf("cannot keep the plan on disk aside: %s", why != NULL ? why : "no free name");
		free(why);
		free(path);
		return EX_CANTCREAT;
	}
	free(why);
	/* theirs is safe: the next save may write over the plan */
	disk_note(s);
	free(s->conflict);
	s->conflict = NULL;
	s->saved = 0;
	*theirs = path;
	return 0;
}

static int read_plan(struct session *s);

int
session_reload(struct session *s, char **cause)
{
	int rc;

	*cause = NULL;
	if (s->save_pid > 0 && session_save_poll(s, 1, cause) == -1) {
		free(*cause);
		*cause = NULL;
	}
	/* read_plan prints its own message: a plan that cannot be read now
	 * leaves the session as it was */
	if ((rc = read_plan(s)) != 0) {
		*cause = xasprintf("cannot load %s from disk; your version stays open", s->path);
		return rc;
	}
	disk_note(s);
	free(s->conflict);
	s->conflict = NULL;
	s->saved = 1;
	/* what the journal held is in the version kept aside */
	recovery_saved(s->rec);
	return 0;
}

/* ---- null and {} the model cannot carry ---------------------------------- */

static int
is_empty_value(const struct value *v)
{
	return v != NULL && (v->type == VAL_NIL || (v->type == VAL_MAP && value_count(v) == 0));
}

static void
keep_one(struct session *s, const char *k1, const char *k2, const char *k3, const struct value *v)
{
	struct value *e = value_new(VAL_MAP), *path = value_new(VAL_SEQ);

	value_push(path, value_strz(k1));
	if (k2 != NULL)
		value_push(path, value_strz(k2));
	if (k3 != NULL)
		value_push(path, value_strz(k3));
	value_set(e, "path", path);
	value_set(e, "value", value_copy(v));
	value_push(s->kept_empty, e);
}

/* Notes the null and {} values of the file: top-level keys, meta's,
 * answers' steps and their fields. */
static void
note_empty(struct session *s, const struct value *doc)
{
	size_t i, j, k;

	value_free(s->kept_empty);
	s->kept_empty = value_new(VAL_SEQ);
	value_free(s->touched);
	s->touched = value_new(VAL_MAP);
	if (doc == NULL || doc->type != VAL_MAP)
		return;
	for (i = 0; i < value_count(doc); i++) {
		const char *k1 = value_key_at(doc, i);
		const struct value *v1 = value_val_at(doc, i);

		if (k1 == NULL)
			continue;
		if (is_empty_value(v1)) {
			keep_one(s, k1, NULL, NULL, v1);
			continue;
		}
		if ((strcmp(k1, "meta") != 0 && strcmp(k1, "answers") != 0) || v1->type != VAL_MAP)
			continue;
		for (j = 0; j < value_count(v1); j++) {
			const char *k2 = value_key_at(v1, j);
			const struct value *v2 = value_val_at(v1, j);

			if (k2 == NULL)
				continue;
			if (is_empty_value(v2)) {
				keep_one(s, k1, k2, NULL, v2);
				continue;
			}
			if (strcmp(k1, "answers") != 0 || v2->type != VAL_MAP)
				continue;
			for (k = 0; k < value_count(v2); k++) {
				const char *k3 = value_key_at(v2, k);

				if (k3 != NULL && is_empty_value(value_val_at(v2, k)))
					keep_one(s, k1, k2, k3, value_val_at(v2, k));
			}
		}
	}
}

/* An edit record's step and field: not put back from the file any more. */
static void
note_touched(struct session *s, const struct value *rec)
{
	const struct value *step = value_get(rec, "step"), *field = value_get(rec, "field");
	struct value *fields;

	if (s->touched == NULL || step == NULL || step->type != VAL_STR)
		return;
	if (field == NULL || field->type != VAL_STR) {
		value_set(s->touched, step->u.str.s, value_bool(1));
		return;
	}
	fields = value_get(s->touched, step->u.str.s);
	if (fields == NULL) {
		value_set(s->touched, step->u.str.s, value_new(VAL_MAP));
		fields = value_get(s->touched, step->u.str.s);
	}
	if (fields->type == VAL_MAP)
		value_set(fields, field->u.str.s, value_bool(1));
}

static int
was_touched(const struct session *s, const struct value *path)
{
	const struct value *t;

	if (s->touched == NULL || value_count(path) < 2 || strcmp(value_at(path, 0)->u.str.s, "answers") != 0)
		return 0;
	t = value_get(s->touched, value_at(path, 1)->u.str.s);
	if (t == NULL)
		return 0;
	if (t->type != VAL_MAP || value_count(path) == 2)
		return 1;
	return value_get(t, value_at(path, 2)->u.str.s) != NULL;
}

/* Puts the file's null and {} values back into the model's document where
 * it left them out (their parents made again when need be). */
static void
restore_empty(const struct session *s, struct value *doc)
{
	size_t i, j;

	if (s->kept_empty == NULL || doc == NULL || doc->type != VAL_MAP)
		return;
	for (i = 0; i < value_count(s->kept_empty); i++) {
		const struct value *e = value_at(s->kept_empty, i), *path = value_get(e, "path");
		struct value *at = doc;
		size_t n = value_count(path);

		if (was_touched(s, path))
			continue;
		for (j = 0; j + 1 < n && at != NULL; j++) {
			const char *k = value_at(path, j)->u.str.s;
			struct value *next = value_get(at, k);

			if (next == NULL || next->type == VAL_NIL) {
				value_set(at, k, value_new(VAL_MAP));
				next = value_get(at, k);
			}
			at = next->type == VAL_MAP ? next : NULL;
		}
		if (at != NULL && value_get(at, value_at(path, n - 1)->u.str.s) == NULL)
			value_set(at, value_at(path, n - 1)->u.str.s, value_copy(value_get(e, "value")));
	}
}

/* Reads the plan into a value tree, for what script_stash_yaml leaves:
 * every message about a plan that cannot be read comes from here. */
static int
read_tree(struct session *s, struct value **out)
{
	struct value *doc;
	char *cause = NULL, *where = NULL;
	size_t item = 0;
	const struct value *at;
	int err;

	doc = yaml_load_file(s->path, &cause);
	if (doc == NULL) {
		/* the reason before anything prints: printing may change errno */
		err = errno;
		cmd_error("%s", cause);
		free(cause);
		return err == EACCES ? EX_NOINPUT : EX_DATAERR;
	}
	if ((at = empty_item(doc, &where, &item)) != NULL) {
		cmd_error("%s:%u:%u: item %zu of the list %s is empty (a '-' with nothing after it); write the "
		    "item, or remove that line, then open the plan again", s->path, at->line, at->col, item,
		    where);
		free(where);
		value_free(doc);
		return EX_DATAERR;
	}
	note_empty(s, doc);
	*out = doc;
	return 0;
}

/* Reads the plan (under its lock, when it has one) and gives it to the
 * model with the pack it names. */
static int
read_plan(struct session *s)
{
	struct value *doc = NULL, *pos, *name, *res = NULL, *id = NULL;
	char *cause = NULL, *newid = NULL, *text;
	struct stat st;
	int rc, stashed = 0;
	size_t i, len;

	memset(&st, 0, sizeof st);
	/* The plain case (every plan evalwiz writes) goes straight into Lua
	 * tables; anything else, errors included, is read again into a tree,
	 * which says what is wrong or copies the aliases. */
	if ((rc = ctx_start_lua(s->ctx)) != 0)
		return rc;
	if ((text = read_file(s->path, YAML_MAX_FILE, &len, &cause)) != NULL && !yaml_is_utf16(text, len) &&
	    memchr(text, '\0', len) == NULL && script_stash_yaml(s->ctx->S, text, len, 3) == 0) {
		struct value *pack = script_stash_get(s->ctx->S, "pack");

		doc = value_new(VAL_MAP);
		if (pack != NULL)
			value_set(doc, "pack", pack);
		stashed = 1;
	}
	free(text);
	free(cause);
	cause = NULL;
	if (stashed)
		note_empty(s, NULL);	/* the quick reading gave up on any null or {} */
	else if ((rc = read_tree(s, &doc)) != 0)
		return rc;
	if ((rc = session_pack_for(s->ctx, doc, s->path)) != 0) {
		if (stashed)
			script_stash_drop(s->ctx->S);
		value_free(doc);
		return rc;
	}
	/* A plan of several megabytes (thousands of outcomes) takes a check or
	 * a render more than the 1 s of processor time that stops runaway code:
	 * allow 2 s more per megabyte.  The instruction budget still applies. */
	if (stat(s->path, &st) == 0)
		script_allow_cpu(s->ctx->S, SCRIPT_CPU_SECONDS + 2.0 * (double)st.st_size / (1 << 20));
	/* Messages about an open plan name at most answers.STEP.FIELD (plan.adopt,
	 * core.check): the positions of rows and cells would only cost time and
	 * memory, a lot of both in a plan with thousands of rows. */
	pos = stashed ? NULL : value_positions_depth(doc, 3);
	name = value_strz(s->path);
	/* a plan that may be saved gets an id if it has none (written by its next save) */
	if ((s->flags & SESSION_WRITE) && !s->read_only) {
		newid = new_plan_id();
		id = value_strz(newid);
		free(newid);
	} else
		id = value_new(VAL_NIL);
	if (model_call(s->ctx->S, "core.open", &res, &cause, 4,
	    stashed ? script_stashed(SCRIPT_STASH_DOC) : doc, stashed ? script_stashed(SCRIPT_STASH_POS) : pos,
	    name, id) == -1) {
		cmd_error("%s", cause);
		free(cause);
		rc = EX_DATAERR;
	} else {
		const struct value *notes = value_get(res, "notes");
		const struct value *from = value_get(res, "migrated_from");

		s->ctx->migrated_from = from != NULL && from->type == VAL_INT ? (int)from->u.i : 0;
		for (i = 0; i < value_count(notes); i++)
			fprintf(stderr, "evalwiz: %s: note: %s\n", s->path, value_at(notes, i)->u.str.s);
		rc = 0;
	}
	if (stashed)
		script_stash_drop(s->ctx->S);
	value_free(res);
	value_free(doc);
	value_free(pos);
	value_free(name);
	value_free(id);
	return rc;
}

/* A new plan, for --pack's pack or the default, created (never replacing
 * a file). */
static int
create_plan(struct session *s, const char *title)
{
	struct value *t, *now, *id, *doc = NULL;
	char *stamp, *own = NULL, *newid, *cause = NULL;
	int rc;

	if ((rc = ctx_load_pack(s->ctx)) != 0)
		return rc;
	if (title == NULL)
		title = own = title_from_path(s->path);
	t = value_strz(title);
	free(own);
	stamp = now_iso();
	now = value_strz(stamp);
	free(stamp);
	newid = new_plan_id();
	id = value_strz(newid);
	free(newid);
	rc = model_call(s->ctx->S, "core.new_plan", &doc, &cause, 3, t, now, id);
	value_free(t);
	value_free(now);
	value_free(id);
	value_free(doc);
	if (rc == -1) {
		cmd_error("%s", cause);
		free(cause);
		return EX_SOFTWARE;
	}
	s->saved = 0;
	rc = session_save_create(s, &cause);
	if (rc != 0) {
		cmd_error("%s", cause != NULL ? cause : "cannot create the plan");
		free(cause);
		return rc;
	}
	s->created = 1;
	return 0;
}

/* Takes the lock.  Held by someone else: a person at the keys may look
 * read-only; anyone else gets the message and 75. */
static int
take_lock(struct session *s, const struct session_opts *o)
{
	struct lock_owner owner;
	char *cause = NULL, *who, *msg;
	int answer;

	switch (lock_acquire(s->path, &owner, &cause)) {
	case LOCK_TAKEN:
		s->locked = 1;
		return 0;
	case LOCK_TAKEN_OVER:
		s->locked = 1;
		who = lock_describe(&owner);
		fprintf(stderr, "evalwiz: note: took over the lock left by %s (that process has ended)\n", who);
		free(who);
		return 0;
	case LOCK_HELD:
		who = lock_describe(&owner);
		msg = session_lock_message(s->path, who);
		free(who);
		if (o->flags & SESSION_PERSON) {
			char *q = xasprintf("%s.\n\nOpen it read-only, to look without changing it? [Y/n]\n\n"
			    "No leaves evalwiz: try again when they have finished.", msg);

			answer = o->ask(o->ask_arg, "Someone else has this plan open", q, 1);
			free(q);
			if (answer == 1) {
				set_read_only(s, msg);
				return 0;
			}
		}
		cmd_error("%s; try again when they have finished%s", msg,
		    (o->flags & SESSION_PERSON) ? ", or open it with --read-only" : "");
		free(msg);
		return EX_TEMPFAIL;
	case LOCK_ERROR:
		if (o->flags & SESSION_PERSON) {
			set_read_only(s, xasprintf("cannot lock the plan: %s", cause));
			free(cause);
			return 0;
		}
		cmd_error("%s", cause);
		free(cause);
		return EX_CANTCREAT;
	}
	return EX_SOFTWARE;
}

/* The edits a recovery file holds, offered back (or put back with
 * SESSION_RECOVER): judged by the model against the plan by content,
 * replayed, saved.  Read-only, they are only mentioned. */
static int
offer_recovery(struct session *s, const struct session_opts *o)
{
	struct value *recs, *res = NULL, *dry;
	char *cause = NULL, *rpath = recovery_path(s->path), *doubt = NULL;
	const struct value *last;
	long apply, unknown, conflict;
	int newer = 0, yes;

	recs = recovery_read_checked(s->path, &newer, &doubt, &cause);
	if (recs == NULL) {
		if (cause != NULL) {
			fprintf(stderr, "evalwiz: warning: %s\n", cause);
			free(cause);
		}
		free(rpath);
		return 0;
	}
	dry = value_bool(1);
	if (model_call(s->ctx->S, "edit.replay", &res, &cause, 2, recs, dry) == -1) {
		fprintf(stderr, "evalwiz: warning: %s: %s\n", rpath, cause);
		free(cause);
		value_free(dry);
		value_free(recs);
		free(rpath);
		return 0;
	}
	value_free(dry);
	apply = value_get(res, "applied") != NULL ? (long)value_get(res, "applied")->u.i : 0;
	conflict = value_get(res, "conflict") != NULL ? (long)value_get(res, "conflict")->u.i : 0;
	last = value_get(res, "last");
	if (apply == 0) {
		/* everything in it is in the plan already, or its answers changed
		 * since (another session saved them): nothing to offer, but
		 * nothing is deleted either */
		if (!s->read_only && recovery_keep_old(s->path, &cause) == 0) {
			if (conflict > 0)
				fprintf(stderr, "evalwiz: note: %s held edits to answers that have changed since; moved "
				    "to %s.old\n", rpath, rpath);
			else
				fprintf(stderr, "evalwiz: note: %s held no edits the plan does not have; moved to "
				    "%s.old\n", rpath, rpath);
		}
		free(cause);
		goto done;
	}
	if (s->read_only) {
		fprintf(stderr, "evalwiz: note: %s holds %ld unsaved edit%s (the last at %s); "
		    "open the plan without --read-only to restore them\n",
		    rpath, apply, apply == 1 ? "" : "s", last != NULL && last->type == VAL_STR ? last->u.str.s : "?");
		goto done;
	}
	/* --recover takes only what surely is ours: a file others may have
	 * written to is asked about, and Enter alone says no */
	yes = (o->flags & SESSION_RECOVER) != 0 && doubt == NULL;
	if ((o->flags & SESSION_RECOVER) && doubt != NULL && !(o->flags & SESSION_ASK))
		fprintf(stderr, "evalwiz: warning: %s: %s; --recover does not restore its edits: look at it, then "
		    "restore them in the wizard\n", rpath, doubt);
	if (!yes && (o->flags & SESSION_ASK)) {
		char *q = doubt == NULL ?
		    xasprintf("%s holds %ld edit%s that %s does not have (the last at %s), left by a session "
		    "that did not finish.\n\nShall evalwiz restore them? [Y/n]\n\nNo keeps them in %s.old, never "
		    "deleted.", rpath, apply, apply == 1 ? "" : "s", s->path,
		    last != NULL && last->type == VAL_STR ? last->u.str.s : "?", rpath) :
		    xasprintf("%s holds %ld edit%s that %s does not have (the last at %s), but %s: someone else "
		    "may have written them.\n\nRestore them all the same? [y/N]\n\nNo keeps them in %s.old, never "
		    "deleted.", rpath, apply, apply == 1 ? "" : "s", s->path,
		    last != NULL && last->type == VAL_STR ? last->u.str.s : "?", doubt, rpath);

		yes = o->ask(o->ask_arg, "Unsaved edits from an earlier session", q, doubt == NULL);
		free(q);
		if (yes == -1) {
			/* nothing decided: the next start asks again */
			value_free(res);
			value_free(recs);
			free(rpath);
			free(doubt);
			return -1;
		}
	} else if (!yes) {
		/* a command, not a person: the file stays for the next time the
		 * plan is opened where someone can be asked */
		fprintf(stderr, "evalwiz: note: %s holds %ld edit%s from a session that did not finish; they are "
		    "kept there: open the plan in the wizard to restore them\n", rpath, apply, apply == 1 ? "" : "s");
		goto done;
	}
	if (!yes) {
		if (recovery_keep_old(s->path, &cause) == 0)
			fprintf(stderr, "evalwiz: not restored; the edits are kept in %s.old\n", rpath);
		else {
			fprintf(stderr, "evalwiz: not restored; %s\n", cause);
			free(cause);
		}
		goto done;
	}
	value_free(res);
	res = NULL;
	if (model_call(s->ctx->S, "edit.replay", &res, &cause, 1, recs) == -1) {
		fprintf(stderr, "evalwiz: cannot restore the edits in %s: %s; they stay there\n", rpath, cause);
		free(cause);
		goto done;
	}
	apply = value_get(res, "applied") != NULL ? (long)value_get(res, "applied")->u.i : 0;
	unknown = value_get(res, "unknown") != NULL ? (long)value_get(res, "unknown")->u.i : 0;
	conflict = value_get(res, "conflict") != NULL ? (long)value_get(res, "conflict")->u.i : 0;
	fprintf(stderr, "evalwiz: restored %ld edit%s from %s", apply, apply == 1 ? "" : "s", rpath);
	if (unknown > 0)
		fprintf(stderr, " (%ld left out: their questions are not in this step pack)", unknown);
	if (conflict > 0)
		fprintf(stderr, " (%ld left out: the plan changed there since)", conflict);
	fputc('\n', stderr);
	s->gen++;
	if (session_save(s, &cause) != 0) {
		fprintf(stderr, "evalwiz: the restored edits are not saved yet (%s); they stay in %s\n",
		    cause != NULL ? cause : "cannot save", rpath);
		free(cause);
	} else if (unknown + conflict > 0) {
		/* what was left out stays readable beside the plan */
		if (recovery_keep_old(s->path, &cause) == 0)
			fprintf(stderr, "evalwiz: note: the recovery file is kept as %s.old\n", rpath);
		free(cause);
	} else
		recovery_remove(s->path);
done:
	value_free(res);
	value_free(recs);
	free(rpath);
	free(doubt);
	return 0;
}

int
session_open(struct ctx *ctx, const char *path, const struct session_opts *o, struct session **out)
{
	struct session *s = xcalloc(1, sizeof *s);
	struct stat st;
	int exists, create, rc;

	*out = NULL;
	s->ctx = ctx;
	s->path = xstrdup(path);
	s->flags = o->flags;
	s->save_fd = -1;
	s->saved = 1;
	exists = lstat(path, &st) == 0;
	create = (o->flags & SESSION_CREATE) || ((o->flags & SESSION_MAY_CREATE) && !exists);
	if ((o->flags & SESSION_CREATE) && exists) {
		cmd_error("%s already exists; 'evalwiz new' never overwrites a plan (open it with 'evalwiz %s')",
		    path, path);
		rc = EX_CANTCREAT;
		goto fail;
	}
	if (!create && !exists) {
		cmd_error("%s does not exist; create it with 'evalwiz new %s'", path, path);
		rc = EX_NOINPUT;
		goto fail;
	}
	if (o->flags & SESSION_READ_ONLY)
		set_read_only(s, xstrdup("opened with --read-only"));
	if (create) {
		if ((rc = create_plan(s, o->title)) != 0)
			goto fail;
	}
	if ((o->flags & SESSION_WRITE) && !s->read_only) {
		/* the plan's own permissions first: evalwiz never replaces a file
		 * its owner made read-only for you */
		if (access(path, W_OK) != 0) {
			if (!(o->flags & SESSION_PERSON)) {
				cmd_error("cannot change %s: %s; nothing was saved", path, strerror(errno));
				rc = EX_CANTCREAT;
				goto fail;
			}
			set_read_only(s, xasprintf("you cannot write to %s", path));
		} else if ((rc = take_lock(s, o)) != 0)
			goto fail;
	}
	if (!create && (rc = read_plan(s)) != 0)
		goto fail;
	/* what a later save compares the file with (a session that never
	 * saves need not read it twice) */
	if ((o->flags & SESSION_WRITE) && !s->read_only)
		disk_note(s);
	/* a plan moved to the pack's new version is not what the file holds:
	 * the next save writes it (keeping the old file beside it) */
	if (s->ctx->migrated_from > 0 && (o->flags & SESSION_WRITE) && !s->read_only)
		s->saved = 0;
	if (o->flags & (SESSION_JOURNAL | SESSION_ASK)) {
		if (offer_recovery(s, o) == -1) {
			rc = 128 + SIGHUP;
			goto fail;
		}
	}
	if ((o->flags & SESSION_JOURNAL) && !s->read_only)
		s->rec = recovery_open(path);
	*out = s;
	return 0;
fail:
	session_close(s);
	return rc;
}

int
session_read(struct ctx *ctx, const char *path)
{
	struct session *s;
	struct session_opts o = { 0 };
	int rc = session_open(ctx, path, &o, &s);

	session_close(s);
	return rc;
}

/* ---- edits ----------------------------------------------------------------- */

/* Appends the model's journal records to PLAN.recover, fsync'ed, before the
 * edit counts as made; a record that cannot be written is said once (the
 * edit is still in memory). */
static void
journal(struct session *s, const struct value *records)
{
	size_t i;

	for (i = 0; i < value_count(records); i++)
		note_touched(s, value_at(records, i));
	if (s->rec == NULL || s->read_only)
		return;
	for (i = 0; i < value_count(records); i++) {
		char *cause = NULL;

		if (recovery_append_record(s->rec, value_at(records, i), &cause) == -1) {
			/* said once: the edits are in memory until the next save */
			if (!s->rec_failed)
				warn(s, cause);
			else
				free(cause);
			s->rec_failed = 1;
		} else
			free(cause);
	}
}

int
session_journal_failed(const struct session *s)
{
	return s->rec_failed;
}

int
session_edit(struct session *s, const struct value *edit, struct value **result, char **cause)
{
	const struct value *changed;

	*result = NULL;
	if (s->read_only) {
		*cause = xasprintf("read-only: %s", session_read_only_why(s));
		return -1;
	}
	if (model_call(s->ctx->S, "ui.edit", result, cause, 1, edit) == -1)
		return -1;
	journal(s, value_get(*result, "journal"));
	changed = value_get(*result, "changed");
	if (changed != NULL && changed->type == VAL_BOOL && changed->u.b) {
		s->saved = 0;
		s->gen++;
	}
	return 0;
}

void
session_changed(struct session *s, const struct value *record)
{
	if (record != NULL && record->type == VAL_SEQ)
		journal(s, record);
	else if (record != NULL) {
		struct value *one = value_new(VAL_SEQ);

		value_push(one, value_copy(record));
		journal(s, one);
		value_free(one);
	}
	s->saved = 0;
	s->gen++;
}

/* ---- saving ------------------------------------------------------------------ */

/* Keeps the plan as it was before a migration, as PATH.vN.bak; an earlier
 * backup is never replaced: the next free PATH.vN.2.bak, .3.bak, ... is
 * used instead. */
static int
keep_backup(struct session *s, char **cause)
{
	char *bak = NULL, *text, *why = NULL;
	size_t len;
	int n, rc = -1;

	text = read_file(s->path, YAML_MAX_FILE, &len, &why);
	for (n = 1; text != NULL && n <= 999; n++) {
		free(bak);
		bak = n == 1 ? xasprintf("%s.v%d.bak", s->path, s->ctx->migrated_from) :
		    xasprintf("%s.v%d.%d.bak", s->path, s->ctx->migrated_from, n);
		free(why);
		why = NULL;
		if ((rc = atomic_create(bak, text, len, 0666, &why)) == 0 || errno != EEXIST)
			break;
	}
	if (text == NULL || rc == -1) {
		*cause = xasprintf("%s; the plan was not saved, so nothing is lost", why);
		free(why);
		free(text);
		free(bak);
		return EX_CANTCREAT;
	}
	free(s->note);
	s->note = xasprintf("the plan as it was before the migration is kept in %s", bak);
	free(text);
	free(bak);
	s->ctx->migrated_from = 0;
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

/* Writes the model's plan to path (create: refuse to replace a file).
 * Returns 0 or an exit code with *cause. */
static int
write_plan(struct session *s, const char *path, int create, char **cause)
{
	struct value *doc = NULL, *now;
	char *text, *stamp = now_iso();
	size_t len;
	int rc, err;

	now = value_strz(stamp);
	free(stamp);
	rc = model_call(s->ctx->S, "core.document", &doc, cause, 1, now);
	value_free(now);
	if (rc != 0)
		return EX_SOFTWARE;
	restore_empty(s, doc);
	text = yaml_emit(doc, &len, cause);
	value_free(doc);
	if (text == NULL)
		return EX_SOFTWARE;
	if (!create)
		text = keep_comments(path, text, &len);
	if (!create && path == s->path && s->ctx->migrated_from > 0 && (rc = keep_backup(s, cause)) != 0) {
		free(text);
		return rc;
	}
	rc = create ? atomic_create(path, text, len, 0666, cause) : atomic_write(path, text, len, 0666, cause);
	err = errno;
	if (rc == 0 && path == s->path)
		disk_note_text(s, text, len);	/* what is on disk now, for check_disk */
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
session_save_create(struct session *s, char **cause)
{
	int rc = write_plan(s, s->path, 1, cause);

	if (rc == 0)
		s->saved = 1;	/* write_plan noted the file */
	return rc;
}

int
session_save(struct session *s, char **cause)
{
	int rc;

	*cause = NULL;
	if (s->read_only)
		return 0;
	/* a save in the background first: its file would land after this one */
	if (s->save_pid > 0 && session_save_poll(s, 1, cause) == -1) {
		free(*cause);
		*cause = NULL;
	}
	if ((rc = check_disk(s, cause)) != 0)
		return rc;
	if ((rc = write_plan(s, s->path, 0, cause)) != 0)
		return rc;
	s->saved = 1;	/* write_plan noted the file */
	recovery_saved(s->rec);
	return 0;
}

int
session_save_report(struct session *s)
{
	char *cause = NULL, *note;
	int rc = session_save(s, &cause);

	if (rc != 0) {
		cmd_error("%s", cause != NULL ? cause : "cannot save the plan");
		free(cause);
	}
	if ((note = session_take_note(s)) != NULL) {
		fprintf(stderr, "evalwiz: %s: note: %s\n", s->path, note);
		free(note);
	}
	return rc;
}

int
session_save_fd(const struct session *s)
{
	return s->save_pid > 0 ? s->save_fd : -1;
}

int
session_save_start(struct session *s, char **cause)
{
	int fds[2];
	pid_t pid;

	*cause = NULL;
	if (s->read_only || s->saved)
		return 0;
	if (s->save_pid > 0) {
		if (session_save_poll(s, 1, cause) == -1)
			return -1;
		if (s->saved)
			return 0;
	}
	{
		int rc = check_disk(s, cause);

		if (rc != 0)
			return -1;
	}
	if (pipe(fds) == -1) {
		*cause = xasprintf("cannot save in the background: %s", strerror(errno));
		return -1;
	}
	fflush(NULL);
	pid = fork();
	if (pid == -1) {
		*cause = xasprintf("cannot save in the background: %s", strerror(errno));
		close(fds[0]);
		close(fds[1]);
		return -1;
	}
	if (pid == 0) {
		/* the child: the plan as it was at the fork, written; nothing of
		 * the terminal, the lock or the journal is touched here */
		char *why = NULL;
		int rc;

		signal(SIGHUP, SIG_IGN);
		signal(SIGINT, SIG_IGN);
		signal(SIGTSTP, SIG_IGN);
		signal(SIGTERM, SIG_DFL);
		close(fds[0]);
		rc = write_plan(s, s->path, 0, &why);
		if (rc == 0 && s->note != NULL)
			why = xasprintf("note: %s", s->note);
		if (why != NULL) {
			size_t n = strlen(why), done = 0;

			while (done < n) {
				ssize_t w = write(fds[1], why + done, n - done);

				if (w <= 0 && errno != EINTR)
					break;
				if (w > 0)
					done += (size_t)w;
			}
		}
		_exit(rc == 0 ? 0 : rc);
	}
	close(fds[1]);
	fcntl(fds[0], F_SETFD, FD_CLOEXEC);
	s->save_pid = pid;
	s->save_fd = fds[0];
	s->save_gen = s->gen;
	s->save_mark = recovery_mark(s->rec);
	return 0;
}

int
session_save_poll(struct session *s, int wait, char **cause)
{
	struct buf b;
	char chunk[512];
	int status;
	pid_t r;
	ssize_t n;

	*cause = NULL;
	if (s->save_pid <= 0)
		return 0;
	do
		r = waitpid(s->save_pid, &status, wait ? 0 : WNOHANG);
	while (r == -1 && errno == EINTR);
	if (r == 0)
		return 0;
	buf_init(&b);
	while ((n = read(s->save_fd, chunk, sizeof chunk)) > 0 || (n == -1 && errno == EINTR))
		if (n > 0)
			buf_add(&b, chunk, (size_t)n);
	buf_adds(&b, "");
	close(s->save_fd);
	s->save_fd = -1;
	s->save_pid = 0;
	if (r == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		*cause = b.len > 0 ? buf_steal(&b, NULL) :
		    xstrdup(r == -1 ? strerror(errno) : "the save stopped before it finished");
		if (b.data != NULL)
			buf_free(&b);
		return -1;
	}
	if (strncmp(b.data, "note: ", 6) == 0) {
		/* the first save after a migration kept the old file */
		free(s->note);
		s->note = xstrdup(b.data + 6);
		s->ctx->migrated_from = 0;
	}
	buf_free(&b);
	disk_note(s);
	if (s->gen == s->save_gen) {
		s->saved = 1;
		recovery_saved(s->rec);
	} else {
		/* edits came after the fork: they stay in the journal */
		char *why = NULL;

		if (recovery_drop(s->rec, s->save_mark, &why) == -1)
			warn(s, why);
	}
	return 1;
}

char *
session_rescue(struct session *s, const char *dir)
{
	const char *base = strrchr(s->path, '/');
	char *rescue, *cause = NULL;

	rescue = xasprintf("%s/rescue-%ld-%s", dir, (long)getpid(), base != NULL ? base + 1 : s->path);
	if (write_plan(s, rescue, 1, &cause) != 0) {
		free(cause);
		free(rescue);
		return NULL;
	}
	return rescue;
}

void
session_close(struct session *s)
{
	char *cause = NULL;

	if (s == NULL)
		return;
	if (s->save_pid > 0 && session_save_poll(s, 1, &cause) == -1)
		free(cause);
	/* saved: the recovery file has done its job; not saved: it keeps the edits */
	recovery_close(s->rec, s->saved);
	if (s->locked)
		lock_release(s->path);
	free(s->read_only_why);
	free(s->note);
	free(s->warning);
	free(s->conflict);
	value_free(s->kept_empty);
	value_free(s->touched);
	free(s->path);
	free(s);
}
