/* no-cmocka.c: stands in for each C unit test when ./configure found no
 * cmocka, so that make check fails naming the missing library instead of
 * leaving the C unit tests out without a word.  Speaks TAP, as the real
 * tests do (tests/unit/unit.h). */
#include "config.h"

#include <stdio.h>
#include <string.h>

int
main(int argc, char **argv)
{
	const char *name = argc > 0 ? strrchr(argv[0], '/') : NULL;

	name = name != NULL ? name + 1 : argc > 0 ? argv[0] : "unit test";
	fprintf(stderr, "%s: cannot run: ./configure did not find cmocka; "
	    "install it (apt-get install libcmocka-dev), then run ./configure again\n", name);
	printf("1..1\nnot ok 1 - %s cannot run without cmocka\n", name);
	return 1;
}
