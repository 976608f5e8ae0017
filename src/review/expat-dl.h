/* expat-dl.h: expat opened with dlopen the first time review import reads
 * a returned document, not linked: nothing else parses XML, so a wizard
 * session or any other command never maps it (about 90 KB of each
 * session's resident memory).  extract.c includes this after <expat.h> and
 * calls XML_* as before; the names below send each call through the table. */
#ifndef EVALWIZ_REVIEW_EXPAT_DL_H
#define EVALWIZ_REVIEW_EXPAT_DL_H

#include <expat.h>

/* X(return type, name without XML_, parameters) */
#define EXPAT_DL_FUNCS(X) \
	X(const XML_LChar *, ErrorString, (enum XML_Error)) \
	X(XML_Size, GetCurrentColumnNumber, (XML_Parser)) \
	X(XML_Size, GetCurrentLineNumber, (XML_Parser)) \
	X(enum XML_Error, GetErrorCode, (XML_Parser)) \
	X(enum XML_Status, Parse, (XML_Parser, const char *, int, int)) \
	X(XML_Parser, ParserCreateNS, (const XML_Char *, XML_Char)) \
	X(void, ParserFree, (XML_Parser)) \
	X(void, SetCharacterDataHandler, (XML_Parser, XML_CharacterDataHandler)) \
	X(void, SetElementHandler, (XML_Parser, XML_StartElementHandler, XML_EndElementHandler)) \
	X(void, SetUserData, (XML_Parser, void *)) \
	X(enum XML_Status, StopParser, (XML_Parser, XML_Bool))

struct expat_dl {
#define EXPAT_DL_MEMBER(ret, name, params) ret (*x_##name) params;	/* NOLINT(bugprone-macro-parentheses): a type and a parameter list */
	EXPAT_DL_FUNCS(EXPAT_DL_MEMBER)
#undef EXPAT_DL_MEMBER
};

/* Filled by expat_dl_open. */
extern struct expat_dl expat_dl;

/* Opens expat once: 0, or -1 with *cause saying that it could not be
 * loaded, why, and which package provides it; what: what needs it
 * ("review import"). */
int expat_dl_open(const char *what, char **cause);

#ifndef EVALWIZ_EXPAT_DL_NO_NAMES
#define XML_ErrorString expat_dl.x_ErrorString
#define XML_GetCurrentColumnNumber expat_dl.x_GetCurrentColumnNumber
#define XML_GetCurrentLineNumber expat_dl.x_GetCurrentLineNumber
#define XML_GetErrorCode expat_dl.x_GetErrorCode
#define XML_Parse expat_dl.x_Parse
#define XML_ParserCreateNS expat_dl.x_ParserCreateNS
#define XML_ParserFree expat_dl.x_ParserFree
#define XML_SetCharacterDataHandler expat_dl.x_SetCharacterDataHandler
#define XML_SetElementHandler expat_dl.x_SetElementHandler
#define XML_SetUserData expat_dl.x_SetUserData
#define XML_StopParser expat_dl.x_StopParser
#endif

#endif
