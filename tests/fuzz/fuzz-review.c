/* fuzz-review.c: libFuzzer harness for reading a returned document
 * (review_extract_buffer): the input is the XML of a document's parts,
 * separated by NUL bytes, put in a zip as a Word file (first byte even:
 * word/document.xml, word/comments.xml, word/commentsExtended.xml,
 * docProps/custom.xml) or an OpenDocument file (odd: content.xml,
 * meta.xml); whatever the XML, the reader must return a result or a
 * message, never crash or leak.  The zip is made here with libzip, so that
 * the fuzzer spends its time on the XML rather than on zip headers. */
#include "config.h"

#include "review/extract.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const docx_parts[] = {
	"word/document.xml", "word/comments.xml", "word/commentsExtended.xml", "docProps/custom.xml", NULL,
};
static const char *const odt_parts[] = { "content.xml", "meta.xml", NULL };

/* The parts as a zip in memory (allocated, *len bytes), or NULL. */
static void *
make_zip(const uint8_t *data, size_t size, size_t *len)
{
	const char *const *names = size > 0 && (data[0] & 1) ? odt_parts : docx_parts;
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z;
	zip_stat_t st;
	void *out = NULL;
	size_t at = 1, i;

	zip_error_init(&ze);
	if ((src = zip_source_buffer_create(NULL, 0, 0, &ze)) == NULL)
		return NULL;
	if ((z = zip_open_from_source(src, ZIP_TRUNCATE, &ze)) == NULL) {
		zip_source_free(src);
		return NULL;
	}
	zip_source_keep(src);
	for (i = 0; names[i] != NULL && at <= size; i++) {
		const uint8_t *end = at < size ? memchr(data + at, 0, size - at) : NULL;
		size_t n = end != NULL ? (size_t)(end - (data + at)) : size - at;
		zip_source_t *part = zip_source_buffer(z, data + at, n, 0);

		if (part == NULL || zip_file_add(z, names[i], part, ZIP_FL_OVERWRITE) < 0)
			zip_source_free(part);
		at += n + 1;
	}
	if (zip_close(z) < 0) {
		zip_discard(z);
		zip_source_free(src);
		return NULL;
	}
	if (zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && zip_source_open(src) == 0) {
		out = xmalloc(st.size + 1);
		if (zip_source_read(src, out, st.size) != (zip_int64_t)st.size) {
			free(out);
			out = NULL;
		}
		*len = st.size;
		zip_source_close(src);
	}
	zip_source_free(src);
	zip_error_fini(&ze);
	return out;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t len = 0;
	void *zip = make_zip(data, size, &len);
	char *cause = NULL;
	struct value *v;

	if (zip == NULL)
		return 0;
	v = review_extract_buffer(zip, len, "fuzz.docx", &cause);
	if (v == NULL && cause == NULL)
		abort();	/* a failure always says why */
	value_free(v);
	free(cause);
	free(zip);
	return 0;
}
