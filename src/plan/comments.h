/* comments.h: keeping the comments of a YAML plan across saves.
 *
 * libyaml drops comments, and evalwiz writes a plan from its values, so a
 * comment a researcher wrote in the file would vanish at the first save.
 * yaml_comments_find() notes each comment and the node it belongs to (by
 * the path of keys and item numbers); yaml_comments_apply() puts them back
 * beside the same nodes in newly written text.  A comment whose node is gone
 * is kept at the end of the file, never dropped. */
#ifndef EVALWIZ_PLAN_COMMENTS_H
#define EVALWIZ_PLAN_COMMENTS_H

#include <stddef.h>

struct yaml_comments;

/* The comments of text, or NULL when it has none or does not scan. */
struct yaml_comments *yaml_comments_find(const char *text, size_t len);

/* How many comment lines were found. */
size_t yaml_comments_count(const struct yaml_comments *c);

/* text (as yaml_emit wrote it) with the comments put back: a comment on its
 * own line goes above the node it preceded, at that node's indentation; a
 * comment after a value goes after the same value.  Returns a new string
 * (length in *outlen).  The result reads back to the same values as text;
 * if it would not, every comment is put at the end instead. */
char *yaml_comments_apply(const struct yaml_comments *c, const char *text, size_t len, size_t *outlen);

void yaml_comments_free(struct yaml_comments *c);

#endif
