/* suggest: the nearest known name to a mistyped one (see suggest.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/suggest.h"
#include "core/xalloc.h"

#define LEN_MAX	64	/* longer names are not compared */

/* Optimal string alignment distance, or SUGGEST_MAX + 1 when farther. */
static size_t
distance(const char *a, size_t na, const char *b, size_t nb)
{
	size_t d[LEN_MAX + 1][LEN_MAX + 1];
	size_t i, j, c, v;

	if (na > LEN_MAX || nb > LEN_MAX ||
	    (na > nb ? na - nb : nb - na) > SUGGEST_MAX)
		return SUGGEST_MAX + 1;
	for (i = 0; i <= na; i++)
		d[i][0] = i;
	for (j = 0; j <= nb; j++)
		d[0][j] = j;
	for (i = 1; i <= na; i++)
		for (j = 1; j <= nb; j++) {
			c = a[i - 1] != b[j - 1];
			v = d[i - 1][j - 1] + c;
			if (d[i - 1][j] + 1 < v)
				v = d[i - 1][j] + 1;
			if (d[i][j - 1] + 1 < v)
				v = d[i][j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && d[i - 2][j - 2] + 1 < v)
				v = d[i - 2][j - 2] + 1;
			d[i][j] = v;
		}
	return d[na][nb];
}

const char *
suggest(const char *s, size_t len, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t i, dist, bestd;

	/* a short word is near too many names to suggest one far from it */
	bestd = len < 4 ? 2 : SUGGEST_MAX + 1;
	for (i = 0; i < n; i++) {
		dist = distance(s, len, names[i], strlen(names[i]));
		if (dist > 0 && dist < bestd) {
			bestd = dist;
			best = names[i];
		}
	}
	return best;
}

const char *
suggest_hint(const char *s, const char *list, char *buf, size_t size)
{
	const char *names[256], *near;
	char *copy = xstrdup(list), *tok, *save = NULL;
	size_t n = 0;

	for (tok = strtok_r(copy, ", |", &save); tok != NULL && n < 256;
	    tok = strtok_r(NULL, ", |", &save))
		names[n++] = tok;
	near = suggest(s, strlen(s), names, n);
	if (near != NULL)
		snprintf(buf, size, "; did you mean \"%s\"?", near);
	else if (size > 0)
		buf[0] = '\0';
	free(copy);
	return buf;
}
