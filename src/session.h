/* session.h: one plan's life, for the wizard, plain mode and every command
 * that reads or writes a plan: find its pack, open, lock, offer the edits a
 * recovery file holds, edit, journal, save, close.  No other file takes a
 * lock, reads or writes a recovery file, or saves a plan.
 *
 * The plan chooses its pack: its pack: {id, version} is looked up on the
 * pack path (datadir.h); --pack (ctx->pack_spec) overrides it with a notice
 * when it names another pack, and the plan keeps its own id when saved.
 *
 * Locks: a session that may write takes PLAN.lock.  When someone else
 * holds it, a person at the keys (SESSION_PERSON) is offered the plan
 * read-only; a script gets the one message and EX_TEMPFAIL (75). */
#ifndef EVALWIZ_SESSION_H
#define EVALWIZ_SESSION_H

#include <sys/types.h>

struct ctx;
struct value;
struct session;

/* How a plan is opened (session_open's flags, or'ed). */
#define SESSION_WRITE		0x01	/* it will be changed and saved: lock it */
#define SESSION_CREATE		0x02	/* it does not exist yet: make a new one (never replace a file) */
#define SESSION_MAY_CREATE	0x04	/* make a new one only when there is none */
#define SESSION_READ_ONLY	0x08	/* asked for read-only (--read-only): no lock, no save */
#define SESSION_ASK		0x10	/* questions (the recovery file's edits) go to the asker */
#define SESSION_RECOVER		0x20	/* put back a recovery file's edits without asking (--recover) */
#define SESSION_JOURNAL		0x40	/* keep PLAN.recover: every edit journalled before it counts */
#define SESSION_PERSON		0x80	/* a person is at the keys, not a script: a plan someone else
					 * has open (or that cannot be locked or written) is offered
					 * read-only through the asker, not refused */

/* A question for the person at the keys: returns 1 for yes, 0 for no, -1
 * when they could not be asked (the terminal hung up).  dflt (1 yes, 0 no)
 * is what Enter alone answers. */
typedef int (*session_ask_fn)(void *arg, const char *title, const char *question, int dflt);

struct session_opts {
	unsigned flags;
	const char *title;	/* a new plan's title; NULL: the file name without its extension */
	session_ask_fn ask;	/* with SESSION_ASK */
	void *ask_arg;
};

/* Opens path as o says: the pack the plan names (or --pack, or for a new
 * plan --pack or the default), the plan, the lock, the recovery file's
 * edits (offered, or put back with SESSION_RECOVER; never while read-only).
 * Notes (a migration, a lock taken over, a pack other than the plan's)
 * go to stderr.  Returns 0 with *out, or an exit code with the message
 * printed (EX_NOINPUT no such plan, EX_DATAERR not a plan, EX_UNAVAILABLE
 * its pack is not installed, EX_CONFIG the pack does not load,
 * EX_TEMPFAIL locked, EX_CANTCREAT a new plan cannot be made). */
int session_open(struct ctx *ctx, const char *path, const struct session_opts *o, struct session **out);

/* Finds and loads the pack that doc (a plan read from YAML, named name in
 * messages) names, unless ctx has one already: --pack's pack when given
 * (with a note when it is another), else the pack path's (EX_UNAVAILABLE
 * when it is not installed), else the default.  For commands that read
 * plans without opening them (diff).  Returns 0 or an exit code. */
int session_pack_for(struct ctx *ctx, const struct value *doc, const char *name);

/* Opens path only to read it: its pack chosen and loaded, the plan given
 * to the model; nothing stays open (no lock, no journal).  Returns 0 or an
 * exit code, as session_open. */
int session_read(struct ctx *ctx, const char *path);

/* The plan's path, as given. */
const char *session_path(const struct session *s);
/* Nothing will be saved: asked for, or the lock was held (and the person
 * chose to look), or the file cannot be written.  why says which. */
int session_read_only(const struct session *s);
const char *session_read_only_why(const struct session *s);
/* The file holds every edit. */
int session_saved(const struct session *s);
/* The plan was created by this session. */
int session_created(const struct session *s);

/* One edit through the model (ui.edit): edit is the edit's description
 * (lua/evalwiz/edit.lua), *result the model's answer (accepted, message,
 * what changed).  The journal record the model gives is appended to
 * PLAN.recover (SESSION_JOURNAL) before this returns.  Returns 0, or -1
 * with *cause when the model failed. */
int session_edit(struct session *s, const struct value *edit, struct value **result, char **cause);

/* Tells the session that the model's plan changed by other means (a
 * command's own entry point, such as fill.run): the next save writes it.
 * record, when not NULL, is journalled as session_edit would. */
void session_changed(struct session *s, const struct value *record);

/* Whether a journal record could not be written (the edits are then only
 * in memory until the next save). */
int session_journal_failed(const struct session *s);

/* A plan changed on disk since the session read or last wrote it (device,
 * inode, size and time first, then a hash of its bytes: a touch or the same
 * bytes again is no change) is never overwritten: session_save and
 * session_save_start write the session's version to PLAN.mine-STAMP
 * instead and fail (EX_TEMPFAIL, -1) with *cause saying so.
 * session_conflict: that file while the change stands, else NULL.
 * session_reload: the plan read again from disk (the session's edits being
 * in the mine file); session_keep_mine: the plan on disk copied to
 * PLAN.theirs-STAMP (*theirs, allocated), so that the next save writes the
 * session's version over it.  Both return 0 or an exit code with *cause. */
const char *session_conflict(const struct session *s);
int session_reload(struct session *s, char **cause);
int session_keep_mine(struct session *s, char **theirs, char **cause);

/* Saves a plan the model has just made, refusing to replace a file. */
int session_save_create(struct session *s, char **cause);

/* Saves now (atomically, keeping the file's comments; the first save
 * after a migration keeps the old file as PLAN.vN.bak).  Returns 0, or an
 * exit code (EX_CANTCREAT, EX_IOERR) with *cause.  A read-only session
 * saves nothing and returns 0. */
int session_save(struct session *s, char **cause);

/* session_save for the commands: why it failed, and a note (where the
 * pre-migration copy went), printed to stderr.  Returns 0 or an exit code. */
int session_save_report(struct session *s);

/* Saving without waiting (the wizard): the plan as it is now is written by
 * a child process while the session goes on.  session_save_start returns 0
 * (started, or nothing to save), or -1 with *cause.  session_save_poll
 * returns 0 while the save runs or when none is running, 1 when it has
 * just finished well, -1 (with *cause) when it failed; wait: block until
 * it ends.  A save started while another runs waits for that one first. */
int session_save_start(struct session *s, char **cause);
int session_save_poll(struct session *s, int wait, char **cause);
/* The fd to watch for a running save's end (-1 when none runs). */
int session_save_fd(const struct session *s);

/* A note for the person after a save (where the pre-migration copy went),
 * once; NULL when none. */
char *session_take_note(struct session *s);

/* The answers written to a new file in dir when the plan itself cannot be
 * saved; returns its path (allocated) or NULL. */
char *session_rescue(struct session *s, const char *dir);

/* Closes: waits for a save that runs, keeps the recovery file when edits
 * are not saved (removes it when they are), gives the lock back.  NULL is
 * fine. */
void session_close(struct session *s);

/* Something that went wrong and was not said yet (a journal record that
 * could not be written), once; NULL when nothing did. */
char *session_take_warning(struct session *s);

/* The message for a plan another session holds (allocated): "PLAN is being
 * edited by WHO". */
char *session_lock_message(const char *path, const char *who);

#endif
