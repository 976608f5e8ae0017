/* recovery.h: the recovery file beside a plan (PLAN.recover): every
 * committed edit is appended as one JSON line and fsync'ed at once, so a
 * crash or kill -9 loses at most the text of the field being typed. */
#ifndef EVALWIZ_PLAN_RECOVERY_H
#define EVALWIZ_PLAN_RECOVERY_H

#include <stddef.h>

struct value;
struct recovery;

/* PLAN.recover for PLAN (allocated). */
char *recovery_path(const char *plan);

/* Opens (creating, mode 0600 whatever the umask) the recovery file of plan
 * for appending.  The file is created on the first append, not here, so a
 * session without edits leaves nothing behind.  Never fails. */
struct recovery *recovery_open(const char *plan);

/* Appends one edit: the answer at step.field is now value (NULL or nil:
 * no answer).  With step NULL, the record sets the plan's title to value.
 * The line is written whole and fsync'ed before this returns.  Returns 0,
 * or -1 with *cause (the edit is still in memory). */
int recovery_append(struct recovery *r, const char *step, const char *field, const struct value *value,
    char **cause);

/* Appends one record the model made (a mapping: step, field, value; or an
 * operation on a list's items or a table's rows; or title), with seq,
 * time and at added, the same way. */
int recovery_append_record(struct recovery *r, const struct value *rec, char **cause);

/* How many records the file holds now, for recovery_drop. */
size_t recovery_mark(const struct recovery *r);

/* After a save that holds the first mark records (a save in the
 * background, while editing went on): those are dropped, the later ones
 * kept (the file replaced atomically).  Returns 0 or -1 with *cause. */
int recovery_drop(struct recovery *r, size_t mark, char **cause);

/* After a successful save: the plan holds every edit, so the file goes. */
void recovery_saved(struct recovery *r);

/* Closes; with clean set (the plan is saved) removes the file. */
void recovery_close(struct recovery *r, int clean);

/* Reads plan's recovery file: a seq of records (maps with seq, time (epoch
 * seconds), at (ISO time), and what recovery_append wrote), in order.  A
 * torn last line (a crash during the write) and anything after it is left
 * out.  *newer counts the records: all of them, as the file holds only
 * edits no save covered; the model compares each with the plan by content.
 * Returns NULL (no *cause) when there is no file, NULL with *cause on error. */
struct value *recovery_read(const char *plan, int *newer, char **cause);

/* recovery_read, refusing a file that is not the user's (NULL with *cause:
 * another user may have planted it in a shared folder) and saying in
 * *doubt (allocated, else NULL) why one of the user's own may hold what
 * others wrote (others may write to it; it has other names), so that its
 * edits are only restored when the person says yes. */
struct value *recovery_read_checked(const char *plan, int *newer, char **doubt, char **cause);

/* Moves the recovery file aside to PLAN.recover.old (declined edits are
 * kept, never deleted).  Returns 0 or -1 with *cause. */
int recovery_keep_old(const char *plan, char **cause);

/* Removes the recovery file (after its edits were restored and saved). */
void recovery_remove(const char *plan);

#endif
