/* convert.h: every conversion between Lua values and the plain value tree. */
#ifndef EVALWIZ_SCRIPT_CONVERT_H
#define EVALWIZ_SCRIPT_CONVERT_H

#include <lua.h>

struct value;

/* The registry key of the metatable that marks Lua tables that came from
 * YAML sequences, so an empty list stays a list. */
#define CONVERT_SEQ_MT "evalwiz.seq"

/* Pushes v as a Lua value (nil for NULL).  stack: +1 */
void convert_push(lua_State *L, const struct value *v);

/* Converts the value at idx (not popped).  Tables become maps whose keys
 * follow the metatable's __order list, then the remaining keys sorted;
 * sequences become lists.  Functions and userdata are left out.  Returns
 * NULL and sets *cause for cycles or nesting deeper than 100. stack: 0 */
struct value *convert_to_value(lua_State *L, int idx, char **cause);

/* Reads YAML text straight into Lua tables, with no value tree: pushes the
 * document and a table of positions ("line:col" by dotted path, down to
 * pos_depth levels, as value_positions_depth gives them) and returns 0; or
 * pushes nothing and returns -1 when the text is anything but the plain
 * case (see yaml_stream_next; also a root that is not a mapping, a repeated
 * key, a key that is not text, an empty list item): yaml_parse then reads it
 * and says what is wrong.  What it pushes is what convert_push gives for
 * yaml_parse's value.  May raise a Lua error (memory): call it protected. */
int convert_yaml(lua_State *L, const char *text, size_t len, int pos_depth);

#endif
