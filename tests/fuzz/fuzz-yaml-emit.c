/* fuzz-yaml-emit.c: libFuzzer harness for the YAML round trip: whatever
 * yaml_parse accepts, yaml_emit writes, and reading that back and writing
 * it again gives the same text (a value survives a save and a load). */
#include "config.h"

#include "plan/yaml.h"
#include "util.h"
#include "value.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct value *v, *again;
	char *cause = NULL, *text, *text2;
	size_t len, len2;

	v = yaml_parse((const char *)data, size, "fuzz.yaml", &cause);
	if (v == NULL) {
		free(cause);
		return 0;
	}
	text = yaml_emit(v, &len, &cause);
	value_free(v);
	if (text == NULL) {
		/* The emitter refuses some values (invalid characters): a message, never a crash. */
		free(cause);
		return 0;
	}
	again = yaml_parse(text, len, "emitted.yaml", &cause);
	if (again == NULL) {
		fprintf(stderr, "evalwiz wrote YAML it cannot read back: %s\n---\n%.*s\n", cause, (int)len, text);
		abort();
	}
	text2 = yaml_emit(again, &len2, &cause);
	if (text2 == NULL || len2 != len || memcmp(text, text2, len) != 0) {
		fprintf(stderr, "the round trip changed the text:\n---\n%.*s\n---\n%.*s\n", (int)len, text,
		    text2 != NULL ? (int)len2 : 0, text2 != NULL ? text2 : "");
		abort();
	}
	value_free(again);
	free(text);
	free(text2);
	free(cause);
	return 0;
}
