#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/suggest.h"
#include "core/xalloc.h"

/* A whole positive decimal number in s[0..len), or 0. */
static size_t
number(const char *s, size_t len)
{
	size_t v = 0, i;

	if (len == 0 || len > 9)
		return 0;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int
unknown(struct diag *d, const char *s, size_t len, char *const *names,
    size_t ncols)
{
	const char *near = suggest(s, len, (const char *const *)names, ncols);
	size_t j, n;

	diag_set(d, STATUS_USAGE, "unknown column \"%.*s\"%s%s%s (columns: ",
	    (int)len, s, near ? "; did you mean \"" : "", near ? near : "",
	    near ? "\"?" : "");
	n = strlen(d->msg);
	for (j = 0; j < ncols && n < sizeof(d->msg) - 1; j++)
		n += snprintf(d->msg + n, sizeof(d->msg) - n, "%s%s",
		    j ? ", " : "", names[j]);
	if (n < sizeof(d->msg) - 1)
		snprintf(d->msg + n, sizeof(d->msg) - n, ")");
	else
		strcpy(d->msg + sizeof(d->msg) - 5, "...)");
	return -1;
}

int
cols_parse(const char *spec, char *const *names, size_t ncols, size_t **idx,
    size_t *n, struct diag *d)
{
	size_t cap = 0, cnt = 0, *out = NULL;
	const char *p = spec, *q;

	for (;; p = q + 1) {
		size_t len, j, lo = 0, hi = 0, found = (size_t)-1;
		const char *dash;

		q = strchr(p, ',');
		if (q == NULL)
			q = p + strlen(p);
		len = q - p;
		if (len == 0) {
			free(out);
			return diag_set(d, STATUS_USAGE,
			    "empty column name in \"%s\"", spec);
		}
		for (j = 0; j < ncols; j++)
			if (strlen(names[j]) == len &&
			    memcmp(names[j], p, len) == 0) {
				found = j;
				break;
			}
		if (found != (size_t)-1) {
			lo = hi = found + 1;
		} else if ((lo = hi = number(p, len)) == 0 &&
		    (dash = memchr(p, '-', len)) != NULL) {
			lo = number(p, dash - p);
			hi = number(dash + 1, q - dash - 1);
		}
		if (lo == 0 || hi == 0 || lo > ncols || hi > ncols || lo > hi) {
			free(out);
			return unknown(d, p, len, names, ncols);
		}
		for (j = lo; j <= hi; j++) {
			out = xgrow(out, &cap, cnt + 1, sizeof(*out));
			out[cnt++] = j - 1;
		}
		if (*q == '\0')
			break;
	}
	*idx = out;
	*n = cnt;
	return 0;
}
