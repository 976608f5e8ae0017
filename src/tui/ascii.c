/* ascii.c: UTF-8 as readable ASCII for a terminal that is not UTF-8
 * (ascii.h).  A table of the characters a plan's text is likely to hold:
 * currency, typographic punctuation, arrows and bullets, fractions, and
 * the Latin letters with accents (French, German, Spanish, Welsh, Irish,
 * Polish names), each as what a person would write on a typewriter.
 * glibc's iconv //TRANSLIT does this only in a locale that knows the
 * characters, which is exactly the locale this is not for. */
#include "config.h"

#include "tui/ascii.h"

#include <stdlib.h>
#include <string.h>

struct ascii_entry {
	/* cppcheck-suppress unusedStructMember ; read by by_cp through bsearch */
	unsigned cp;
	const char *ascii;
};

static const struct ascii_entry table[] = {	/* in code point order (bsearch) */
	{ 0x00a0, " " }, { 0x00a1, "!" }, { 0x00a2, "c" }, { 0x00a3, "GBP " }, { 0x00a5, "JPY " },
	{ 0x00a7, "S" }, { 0x00a9, "(c)" }, { 0x00ab, "<<" }, { 0x00ad, "-" }, { 0x00ae, "(R)" },
	{ 0x00b0, " deg" }, { 0x00b1, "+/-" }, { 0x00b2, "2" }, { 0x00b3, "3" }, { 0x00b5, "u" },
	{ 0x00b7, "." }, { 0x00b9, "1" }, { 0x00bb, ">>" }, { 0x00bc, "1/4" }, { 0x00bd, "1/2" },
	{ 0x00be, "3/4" }, { 0x00bf, "?" },
	{ 0x00c0, "A" }, { 0x00c1, "A" }, { 0x00c2, "A" }, { 0x00c3, "A" }, { 0x00c4, "A" }, { 0x00c5, "A" },
	{ 0x00c6, "AE" }, { 0x00c7, "C" }, { 0x00c8, "E" }, { 0x00c9, "E" }, { 0x00ca, "E" }, { 0x00cb, "E" },
	{ 0x00cc, "I" }, { 0x00cd, "I" }, { 0x00ce, "I" }, { 0x00cf, "I" }, { 0x00d0, "D" }, { 0x00d1, "N" },
	{ 0x00d2, "O" }, { 0x00d3, "O" }, { 0x00d4, "O" }, { 0x00d5, "O" }, { 0x00d6, "O" }, { 0x00d7, "x" },
	{ 0x00d8, "O" }, { 0x00d9, "U" }, { 0x00da, "U" }, { 0x00db, "U" }, { 0x00dc, "U" }, { 0x00dd, "Y" },
	{ 0x00de, "Th" }, { 0x00df, "ss" },
	{ 0x00e0, "a" }, { 0x00e1, "a" }, { 0x00e2, "a" }, { 0x00e3, "a" }, { 0x00e4, "a" }, { 0x00e5, "a" },
	{ 0x00e6, "ae" }, { 0x00e7, "c" }, { 0x00e8, "e" }, { 0x00e9, "e" }, { 0x00ea, "e" }, { 0x00eb, "e" },
	{ 0x00ec, "i" }, { 0x00ed, "i" }, { 0x00ee, "i" }, { 0x00ef, "i" }, { 0x00f0, "d" }, { 0x00f1, "n" },
	{ 0x00f2, "o" }, { 0x00f3, "o" }, { 0x00f4, "o" }, { 0x00f5, "o" }, { 0x00f6, "o" }, { 0x00f7, "/" },
	{ 0x00f8, "o" }, { 0x00f9, "u" }, { 0x00fa, "u" }, { 0x00fb, "u" }, { 0x00fc, "u" }, { 0x00fd, "y" },
	{ 0x00fe, "th" }, { 0x00ff, "y" },
	{ 0x0100, "A" }, { 0x0101, "a" }, { 0x0106, "C" }, { 0x0107, "c" }, { 0x010c, "C" }, { 0x010d, "c" },
	{ 0x0112, "E" }, { 0x0113, "e" }, { 0x0118, "E" }, { 0x0119, "e" }, { 0x011a, "E" }, { 0x011b, "e" },
	{ 0x012a, "I" }, { 0x012b, "i" }, { 0x0141, "L" }, { 0x0142, "l" }, { 0x0143, "N" }, { 0x0144, "n" },
	{ 0x014c, "O" }, { 0x014d, "o" }, { 0x0152, "OE" }, { 0x0153, "oe" }, { 0x0158, "R" }, { 0x0159, "r" },
	{ 0x015a, "S" }, { 0x015b, "s" }, { 0x0160, "S" }, { 0x0161, "s" }, { 0x016a, "U" }, { 0x016b, "u" },
	{ 0x0174, "W" }, { 0x0175, "w" }, { 0x0176, "Y" }, { 0x0177, "y" }, { 0x0178, "Y" }, { 0x0179, "Z" },
	{ 0x017a, "z" }, { 0x017b, "Z" }, { 0x017c, "z" }, { 0x017d, "Z" }, { 0x017e, "z" },
	{ 0x2010, "-" }, { 0x2011, "-" }, { 0x2012, "-" }, { 0x2013, "-" }, { 0x2014, "-" }, { 0x2015, "-" },
	{ 0x2018, "'" }, { 0x2019, "'" }, { 0x201a, "'" }, { 0x201b, "'" }, { 0x201c, "\"" }, { 0x201d, "\"" },
	{ 0x201e, "\"" }, { 0x2020, "+" }, { 0x2022, "*" }, { 0x2026, "..." }, { 0x2030, "o/oo" },
	{ 0x2032, "'" }, { 0x2033, "\"" }, { 0x2039, "<" }, { 0x203a, ">" }, { 0x20ac, "EUR " },
	{ 0x2122, "(TM)" }, { 0x2190, "<-" }, { 0x2191, "^" }, { 0x2192, "->" }, { 0x2193, "v" },
	{ 0x2194, "<->" }, { 0x21d2, "=>" }, { 0x2212, "-" }, { 0x2248, "~" }, { 0x2260, "!=" },
	{ 0x2264, "<=" }, { 0x2265, ">=" }, { 0x2500, "-" }, { 0x2502, "|" }, { 0x25b8, ">" },
	{ 0x25cb, "o" }, { 0x25cf, "*" }, { 0x2713, "x" }, { 0x2717, "x" },
};

static int
by_cp(const void *key, const void *elem)
{
	unsigned a = *(const unsigned *)key, b = ((const struct ascii_entry *)elem)->cp;

	return a < b ? -1 : a > b;
}

/* The code point of the UTF-8 character at s and its length, or 0 when
 * s does not begin a whole, well-formed one. */
static size_t
decode(const unsigned char *s, size_t n, unsigned *cp)
{
	size_t len, i;
	unsigned c = s[0];

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xc2 && c <= 0xdf)
		len = 2, c &= 0x1f;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3, c &= 0x0f;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4, c &= 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (s[i] & 0x3f);
	}
	if ((len == 3 && c < 0x800) || (len == 4 && (c < 0x10000 || c > 0x10ffff)) || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

size_t
ascii_char(const char *s, size_t n, const char **out)
{
	static char one[2];
	unsigned cp;
	size_t len;
	const void *hit;

	if (n == 0) {
		*out = "";
		return 0;
	}
	len = decode((const unsigned char *)s, n, &cp);
	if (len == 0) {
		*out = "?";
		return 1;
	}
	if (cp < 0x80) {
		one[0] = (char)cp;
		one[1] = '\0';
		*out = one;
		return 1;
	}
	/* combining marks (an accent typed after its letter) take no room */
	if (cp >= 0x0300 && cp <= 0x036f) {
		*out = "";
		return len;
	}
	hit = bsearch(&cp, table, sizeof table / sizeof table[0], sizeof table[0], by_cp);
	if (hit != NULL) {
		const struct ascii_entry *e = hit;

		*out = e->ascii;
	} else
		*out = "?";
	return len;
}

int
ascii_width(const char *s, size_t n)
{
	size_t i = 0;
	int w = 0;

	while (i < n && s[i] != '\0') {
		const char *a;

		i += ascii_char(s + i, n - i, &a);
		w += (int)strlen(a);
	}
	return w;
}
