/* lock.h: PLAN.lock names who is editing a plan, so two processes never edit one file. */
#ifndef EVALWIZ_PLAN_LOCK_H
#define EVALWIZ_PLAN_LOCK_H

#include <sys/types.h>
#include <time.h>

struct lock_owner {
	char user[64];
	char host[256];
	long pid;
	time_t since;
	uid_t uid;
	char boot[40];		/* the kernel's boot id when the lock was taken ("" if unknown) */
};

enum lock_result {
	LOCK_TAKEN,		/* we hold it */
	LOCK_TAKEN_OVER,	/* a stale lock of ours was replaced: its process on this host has
				 * ended, is a zombie, or the machine has restarted since */
	LOCK_HELD,		/* someone else holds it: see *owner */
	LOCK_ERROR,		/* could not create it: see *cause */
};

/* Takes the lock for plan_path.  On LOCK_TAKEN_OVER and LOCK_HELD, *owner
 * describes the previous or current holder. */
enum lock_result lock_acquire(const char *plan_path, struct lock_owner *owner, char **cause);
/* Removes the lock if it is ours. */
void lock_release(const char *plan_path);
/* "alice on server1 (process 1234) since 2026-11-23 10:04" */
char *lock_describe(const struct lock_owner *owner);

#endif
