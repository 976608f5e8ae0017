/* fuzz-comments.c: libFuzzer harness for keeping comments across saves:
 * any YAML text's comments are found, the text is written again from its
 * values, and the comments are put back; the result must read back to the
 * very same values (a comment must never change or swallow an answer). */
#include "config.h"

#include "plan/comments.h"
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
	struct yaml_comments *c;
	struct value *v, *back;
	char *cause = NULL, *text, *out, *again;
	size_t len, outlen, againlen;

	v = yaml_parse((const char *)data, size, "fuzz.yaml", &cause);
	if (v == NULL) {
		free(cause);
		return 0;
	}
	text = yaml_emit(v, &len, &cause);
	value_free(v);
	if (text == NULL) {
		free(cause);
		return 0;
	}
	c = yaml_comments_find((const char *)data, size);
	out = yaml_comments_apply(c, text, len, &outlen);
	back = yaml_parse(out, outlen, "out.yaml", &cause);
	if (back == NULL) {
		fprintf(stderr, "comments made the plan unreadable: %s\n%s", cause, out);
		abort();
	}
	again = yaml_emit(back, &againlen, &cause);
	if (again == NULL || againlen != len || memcmp(again, text, len) != 0) {
		fprintf(stderr, "comments changed the values:\n%s\n---\n%s", text, out);
		abort();
	}
	free(again);
	value_free(back);
	free(out);
	free(text);
	yaml_comments_free(c);
	return 0;
}
