/* zip-dl.h: libzip opened with dlopen the first time an ODT is finished or a
 * returned document is read (review import), not linked: libzip brings
 * libcrypto, libbz2 and libz with it, about 1.7 MB of every session's
 * resident memory and the dynamic linker's work at every start.  odt.c and
 * extract.c include this after <zip.h> and call zip_* as before; the names
 * below send each call through the table. */
#ifndef EVALWIZ_ZIP_DL_H
#define EVALWIZ_ZIP_DL_H

#include <zip.h>

/* X(return type, name without zip_, parameters) */
#define ZIP_DL_FUNCS(X) \
	X(int, close, (zip_t *)) \
	X(void, discard, (zip_t *)) \
	X(void, error_fini, (zip_error_t *)) \
	X(void, error_init, (zip_error_t *)) \
	X(const char *, error_strerror, (zip_error_t *)) \
	X(int, fclose, (zip_file_t *)) \
	X(int, file_replace, (zip_t *, zip_uint64_t, zip_source_t *, zip_flags_t)) \
	X(zip_file_t *, fopen, (zip_t *, const char *, zip_flags_t)) \
	X(zip_file_t *, fopen_index, (zip_t *, zip_uint64_t, zip_flags_t)) \
	X(zip_int64_t, fread, (zip_file_t *, void *, zip_uint64_t)) \
	X(zip_int64_t, name_locate, (zip_t *, const char *, zip_flags_t)) \
	X(zip_t *, open_from_source, (zip_source_t *, int, zip_error_t *)) \
	X(zip_source_t *, source_buffer, (zip_t *, const void *, zip_uint64_t, int)) \
	X(zip_source_t *, source_buffer_create, (const void *, zip_uint64_t, int, zip_error_t *)) \
	X(int, source_close, (zip_source_t *)) \
	X(void, source_free, (zip_source_t *)) \
	X(void, source_keep, (zip_source_t *)) \
	X(int, source_open, (zip_source_t *)) \
	X(zip_int64_t, source_read, (zip_source_t *, void *, zip_uint64_t)) \
	X(int, source_stat, (zip_source_t *, zip_stat_t *)) \
	X(int, stat, (zip_t *, const char *, zip_flags_t, zip_stat_t *)) \
	X(int, stat_index, (zip_t *, zip_uint64_t, zip_flags_t, zip_stat_t *)) \
	X(void, stat_init, (zip_stat_t *)) \
	X(const char *, strerror, (zip_t *))

struct zip_dl {
#define ZIP_DL_MEMBER(ret, name, params) ret (*z_##name) params;	/* NOLINT(bugprone-macro-parentheses): a type and a parameter list */
	ZIP_DL_FUNCS(ZIP_DL_MEMBER)
#undef ZIP_DL_MEMBER
};

/* Filled by zip_dl_open. */
extern struct zip_dl zip_dl;

/* Opens libzip once: 0, or -1 with *cause saying that it could not be
 * loaded, why, and which package provides it; what: what needs it ("the
 * ODT", "review import"). */
int zip_dl_open(const char *what, char **cause);

#ifndef EVALWIZ_ZIP_DL_NO_NAMES
#define zip_close zip_dl.z_close
#define zip_discard zip_dl.z_discard
#define zip_error_fini zip_dl.z_error_fini
#define zip_error_init zip_dl.z_error_init
#define zip_error_strerror zip_dl.z_error_strerror
#define zip_fclose zip_dl.z_fclose
#define zip_file_replace zip_dl.z_file_replace
#define zip_fopen zip_dl.z_fopen
#define zip_fopen_index zip_dl.z_fopen_index
#define zip_fread zip_dl.z_fread
#define zip_name_locate zip_dl.z_name_locate
#define zip_open_from_source zip_dl.z_open_from_source
#define zip_source_buffer zip_dl.z_source_buffer
#define zip_source_buffer_create zip_dl.z_source_buffer_create
#define zip_source_close zip_dl.z_source_close
#define zip_source_free zip_dl.z_source_free
#define zip_source_keep zip_dl.z_source_keep
#define zip_source_open zip_dl.z_source_open
#define zip_source_read zip_dl.z_source_read
#define zip_source_stat zip_dl.z_source_stat
#define zip_stat zip_dl.z_stat
#define zip_stat_index zip_dl.z_stat_index
#define zip_stat_init zip_dl.z_stat_init
#define zip_strerror zip_dl.z_strerror
#endif

#endif
