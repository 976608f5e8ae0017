/* datadir.h: where evalwiz finds lua/, wizard/ and templates/. */
#ifndef EVALWIZ_DATADIR_H
#define EVALWIZ_DATADIR_H

/* EVALWIZ_DATADIR when set; the source tree when the binary runs from its
 * build tree; the installed data directory otherwise. */
const char *datadir_get(void);

/* Resolves --pack: a folder, or the id of an installed pack looked up in
 * $XDG_DATA_HOME/evalwiz/packs, then the data directory's packs/ (the id
 * eif-10-steps is the default pack in wizard/).  NULL if not found. */
char *datadir_find_pack(const char *spec);

#endif
