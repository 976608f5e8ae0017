/* extract.h: what a returned Word (.docx) or OpenDocument (.odt) file
 * holds for a review: its comments and tracked changes, each with the
 * answer anchor (ew_STEP__FIELD bookmark) it sits in, and the document's
 * evalwiz metadata.  The only code that includes zip.h and expat.h (with
 * zip-dl.h and review/expat-dl.h, which open them when first needed). */
#ifndef EVALWIZ_REVIEW_EXTRACT_H
#define EVALWIZ_REVIEW_EXTRACT_H

#include <stddef.h>

struct value;

/* Reads the document at path (name used in messages).  Returns a map:
 *   format: "docx" | "odt"
 *   meta: { evalwiz-plan-id, evalwiz-plan-version, evalwiz-pack } (those found)
 *   anchors: how many answer anchors (bookmarks named ew_...) it has
 *   comments: [ { key, author, date, text, quote, anchor?, parent?, done } ]
 *     key: the comment's own id in the file; parent: the key of the comment
 *     it answers (a reply); done: marked resolved in Word
 *   changes: [ { anchor?, old, new, edits: [ { type: insert|delete, text,
 *     author, date } ] } ]: one per answer anchor holding tracked changes
 *     (old: its text before them, new: after; paragraphs end in "\n"), and
 *     one per paragraph outside any anchor that holds some
 * or NULL with *cause (allocated): not a zip, not a Word or OpenDocument
 * text file, broken XML (naming the part, line and column), too large. */
struct value *review_extract(const char *path, char **cause);

/* The same for a document in memory (the fuzz harness). */
struct value *review_extract_buffer(const void *data, size_t len, const char *name, char **cause);

/* Whether the last call failed because libzip or expat could not be
 * loaded (the command then exits 69, EX_UNAVAILABLE). */
int review_extract_unavailable(void);

#endif
