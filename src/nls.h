/* nls.h: the program's own words (the wizard's hint bar and messages) in
 * the user's language through gettext, or as written when configured with
 * --disable-nls.  A step pack's texts are translated by the pack itself
 * (lua/evalwiz/i18n.lua), not here. */
#ifndef EVALWIZ_NLS_H
#define EVALWIZ_NLS_H

#ifdef ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#endif
/* Marks a text for po/evalwiz.pot that is translated where it is used. */
#define N_(s) (s)

/* Chooses the language of messages: lang (--lang) when not NULL, else the
 * locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).  Only LC_MESSAGES is
 * set: numbers, collation and times stay in the C locale (main.c). */
void nls_init(const char *lang);

#endif
