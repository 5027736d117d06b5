/* fuzz_cols: column lists.  The first line is the list, the others the
 * column names. */
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xmalloc(size + 1), *p, **names = NULL, *spec;
	size_t n = 0, cap = 0, *idx = NULL, nidx, i;
	struct diag d;

	fuzz_init();
	memcpy(s, data, size);
	s[size] = '\0';
	spec = s;
	p = strchr(s, '\n');
	while (p != NULL) {
		*p++ = '\0';
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			names = xrealloc(names, cap * sizeof(*names));
		}
		names[n++] = p;
		p = strchr(p, '\n');
	}
	if (cols_parse(spec, names, n, &idx, &nidx, &d) == 0) {
		for (i = 0; i < nidx; i++)
			if (idx[i] >= n)
				abort();
		free(idx);
	}
	free(names);
	free(s);
	return 0;
}
