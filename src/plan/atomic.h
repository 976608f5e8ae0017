/* atomic.h: replacing a file so that a reader sees the old file or the new
 * one, never a mixture, and a failure leaves the old one whole. */
#ifndef EVALWIZ_PLAN_ATOMIC_H
#define EVALWIZ_PLAN_ATOMIC_H

#include <stddef.h>
#include <sys/types.h>

/* Writes data to path through a temporary file in the same folder (random
 * name, O_EXCL|O_NOFOLLOW): write, fsync, rename, fsync of the folder.  An
 * existing file keeps its permissions; a new one gets create_mode less the
 * umask.  A symbolic link at path is followed and its target replaced if the
 * link belongs to the user or root; another user's link is refused (EACCES).
 * Returns 0, or -1 with *cause saying what failed (the old file is untouched). */
int atomic_write(const char *path, const void *data, size_t len, mode_t create_mode, char **cause);

/* The same for a file that must not exist yet: fails with EEXIST (and
 * *cause) rather than replace one, even if it appears meanwhile. */
int atomic_create(const char *path, const void *data, size_t len, mode_t create_mode, char **cause);

/* atomic_write for a document made from a plan: refused (EPERM, *cause)
 * when path is plan, its recovery file or its lock, by name, through a
 * link or by device and inode (filesafe.h), checked before the write and
 * again just before the rename. */
int atomic_write_output(const char *path, const void *data, size_t len, mode_t create_mode, const char *plan,
    char **cause);

#ifdef EVALWIZ_FAULT_INJECTION
/* Test-only: EVALWIZ_FAULT names the step to fail ("write", "fsync",
 * "rename", "open", "enospc"), optionally with ":N" to fail the Nth time.
 * EVALWIZ_TEMP_SUFFIX (12 characters) is the first temp name's random part. */
int fault_should_fail(const char *what);
/* Starts counting the ":N" of EVALWIZ_FAULT afresh (for unit tests). */
void fault_reset(void);
#endif

#endif
