/* filesafe.h: the checks every file evalwiz reads or writes beside a plan
 * shares, so that no command repeats them: which files belong to a plan
 * (the plan, PLAN.recover, PLAN.lock), and whether an output path is one
 * of them. */
#ifndef EVALWIZ_PLAN_FILESAFE_H
#define EVALWIZ_PLAN_FILESAFE_H

/* Whether writing to out would replace plan, its recovery file or its
 * lock: out (through links, or through another name for the same file)
 * has the same device and inode as one of them, or names one of them in
 * the same folder (even one that does not exist yet).  Returns 1 with
 * *cause (allocated: what out is and what to do), else 0.  plan NULL: 0. */
int filesafe_is_plan_file(const char *out, const char *plan, char **cause);

#endif
