/* nls.c: setting up gettext for the program's own words. */
#include "config.h"

#include "datadir.h"
#include "nls.h"
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#ifdef ENABLE_NLS
/* Whether a locale name is the C locale, in which gettext ignores
 * LANGUAGE. */
static int
is_c(const char *m)
{
	return m == NULL || strcmp(m, "C") == 0 || strcmp(m, "POSIX") == 0;
}
#endif

void
nls_init(const char *lang)
{
#ifdef ENABLE_NLS
	const char *m, *ask;

	if (lang != NULL && *lang != '\0')
		setenv("LANGUAGE", lang, 1);
	m = setlocale(LC_MESSAGES, "");
	/* A language asked for through LANGUAGE (or --lang) is not ignored
	 * because the locale is C, nor is LANG=cy_GB.UTF-8 when that locale
	 * is not installed: messages need no more than a UTF-8 locale. */
	if (is_c(m)) {
		ask = getenv("LANGUAGE");
		if (ask == NULL || *ask == '\0') {
			if ((ask = getenv("LC_ALL")) == NULL || *ask == '\0')
				if ((ask = getenv("LC_MESSAGES")) == NULL || *ask == '\0')
					ask = getenv("LANG");
			if (ask != NULL && *ask != '\0' && strncmp(ask, "C", 1) != 0 && strcmp(ask, "POSIX") != 0)
				setenv("LANGUAGE", ask, 1);
		}
		ask = getenv("LANGUAGE");
		if (ask != NULL && *ask != '\0')
			setlocale(LC_MESSAGES, "C.UTF-8");
	}
	bindtextdomain(PACKAGE, datadir_localedir());
	bind_textdomain_codeset(PACKAGE, "UTF-8");
	textdomain(PACKAGE);
#else
	(void)lang;
#endif
}
