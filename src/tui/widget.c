/* widget.c: which widget draws and edits each field type. */
#include "config.h"

#include "tui/tui-int.h"

#include <string.h>

const struct widget *
widget_for(const char *type)
{
	static const struct widget *const all[] = {
		&w_text, &w_textarea, &w_number, &w_choice, &w_yesno, &w_date, &w_list, &w_records, NULL,
	};
	size_t i;

	if (strcmp(type, "multi") == 0)
		return &w_choice;
	for (i = 0; all[i] != NULL; i++)
		if (strcmp(all[i]->type, type) == 0)
			return all[i];
	return &w_display;	/* computed, note, and any type this build does not know */
}
