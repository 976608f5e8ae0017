/* datadir.h: where evalwiz finds lua/, wizard/ and templates/, and the step
 * packs: the pack path. */
#ifndef EVALWIZ_DATADIR_H
#define EVALWIZ_DATADIR_H

#include <stddef.h>

/* The id of the built-in default pack, in the data directory's wizard/:
 * configure --with-default-pack (config.h, which every .c includes first). */
#define DATADIR_DEFAULT_PACK EVALWIZ_DEFAULT_PACK

/* EVALWIZ_DATADIR when set; the source tree when the binary runs from its
 * build tree; the installed data directory otherwise. */
const char *datadir_get(void);

/*
 * The pack path: the folders a pack is looked for in, by its id, in order:
 *   1. the user's: $XDG_DATA_HOME/evalwiz/packs (~/.local/share/evalwiz/packs);
 *   2. each folder of EVALWIZ_PACK_PATH (colon-separated);
 *   3. the system's: $(datadir)/evalwiz/packs, then /etc/evalwiz/packs;
 *   4. the built-in packs: the data directory's packs/, and its wizard/,
 *      which is the default pack (DATADIR_DEFAULT_PACK).
 * A pack in one of the folders is the folder named after its id, holding
 * pack.lua; the first found wins.  A folder listed twice is kept once.
 */
struct pack_dir {
	char *path;
	const char *source;	/* "yours", "EVALWIZ_PACK_PATH", "system", "built-in" */
	const char *id;		/* non-NULL: path is this one pack's folder, not a folder of packs */
};

/* The pack path; returns how many folders, *out allocated. */
size_t datadir_pack_path(struct pack_dir **out);
void datadir_pack_path_free(struct pack_dir *dirs, size_t n);

/* The folder of the pack with this id, the first on the pack path (allocated),
 * or NULL when none is installed. */
char *datadir_find_pack_id(const char *id);

/* --pack SPEC: a folder when spec contains a slash (it must hold pack.lua to
 * load), else an id looked up on the pack path (never a folder of that name
 * in the current directory).  NULL spec or "" is the default pack.  Returns
 * the folder (allocated), or NULL when there is no pack of that id. */
char *datadir_find_pack(const char *spec);

/* Where datadir_find_pack_id looked, for a message: the folders of the pack
 * path joined with ", " (allocated). */
char *datadir_pack_path_text(void);

#endif
