/* alt: the alternative hypothesis of a test, read and named. */
#include <string.h>

#include "stats/alt.h"

static const char *const names[] = { "two-sided", "less", "greater",
	"one-sided" };
static const char *const r_names[] = { "two.sided", "less", "greater",
	"one.sided" };

int
alt_parse(const char *s, enum alt *a)
{
	int i;

	for (i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0 || strcmp(s, r_names[i]) == 0) {
			*a = (enum alt)i;
			return 0;
		}
	return -1;
}

const char *
alt_name(enum alt a)
{
	return names[a];
}
