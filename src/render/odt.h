/* odt.h: finishing pandoc's ODT file (odt.c). */
#ifndef RENDER_ODT_H
#define RENDER_ODT_H

#include <stddef.h>

/* Gives the ODT in *data (*len bytes, allocated) an A4 page with 2 cm
 * margins and tables with rules and a shaded header row.  Returns 0 with
 * *data and *len replaced (the old buffer freed), or -1 with *cause set
 * and *data left as it was. */
int odt_finish(char **data, size_t *len, char **cause);

#endif
