/* sortkey: sort keys parsed from a list, and the orders they compare by. */
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "wrangle/sortkey.h"

/* A modifier after a colon: 1 if known (and applied to k). */
static int
modifier(const char *m, size_t len, struct sortkey *k)
{
	static const struct {
		const char		*name;
		enum sortkey_type	 type;
	} types[] = {
		{ "n", SORTKEY_NUM }, { "t", SORTKEY_NATURAL },
		{ "x", SORTKEY_BYTES }
	};
	size_t i;

	if (len == 4 && memcmp(m, "desc", 4) == 0) {
		k->desc = 1;
		return 1;
	}
	if (len == 3 && memcmp(m, "asc", 3) == 0) {
		k->desc = 0;
		return 1;
	}
	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (len == 1 && *m == *types[i].name) {
			k->type = types[i].type;
			return 1;
		}
	return 0;
}

/* Resolve one column (no commas) to its index. */
static int
one_column(const char *item, char *const *names, size_t ncols,
    size_t *col, struct diag *d)
{
	size_t *idx, n;

	if (cols_parse(item, names, ncols, &idx, &n, d) != 0)
		return -1;
	if (n != 1) {
		free(idx);
		return diag_set(d, STATUS_USAGE, "key \"%s\" is not one column",
		    item);
	}
	*col = idx[0];
	free(idx);
	return 0;
}

static int
has_name(const char *s, char *const *names, size_t ncols)
{
	size_t j;

	for (j = 0; j < ncols; j++)
		if (strcmp(names[j], s) == 0)
			return 1;
	return 0;
}

/* One item "col[:mod...]" into k. */
static int
parse_item(char *item, char *const *names, size_t ncols, struct sortkey *k,
    struct diag *d)
{
	char *colon;

	memset(k, 0, sizeof(*k));
	/* strip known modifiers from the right while the rest is no name */
	while (!has_name(item, names, ncols) &&
	    (colon = strrchr(item, ':')) != NULL) {
		if (!modifier(colon + 1, strlen(colon + 1), k))
			return diag_set(d, STATUS_USAGE, "key \"%s\": unknown "
			    "modifier \"%s\" (known: desc, asc, n, t, x)",
			    item, colon + 1);
		*colon = '\0';
	}
	return one_column(item, names, ncols, &k->col, d);
}

int
sortkey_parse(const char *spec, char *const *names, size_t ncols,
    struct sortkey **keys, size_t *n, struct diag *d)
{
	char *copy = xstrdup(spec), *item, *save = NULL;
	size_t cap = 0;

	*keys = NULL;
	*n = 0;
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		*keys = xgrow(*keys, &cap, *n + 1, sizeof(**keys));
		if (parse_item(item, names, ncols, &(*keys)[*n], d) != 0) {
			free(copy);
			free(*keys);
			*keys = NULL;
			*n = 0;
			return -1;
		}
		(*keys)[*n].numeric = (*keys)[*n].type == SORTKEY_NUM;
		(*n)++;
	}
	free(copy);
	if (*n == 0)
		return diag_set(d, STATUS_USAGE, "no key in \"%s\"", spec);
	return 0;
}

int
sortkey_bytes_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return (alen > blen) - (alen < blen);
}

static int
isdig(char c)
{
	return c >= '0' && c <= '9';
}

int
sortkey_natural_cmp(const char *a, size_t alen, const char *b, size_t blen)
{
	size_t i = 0, j = 0, za = 0, zb = 0;

	while (i < alen && j < blen) {
		if (isdig(a[i]) && isdig(b[j])) {
			size_t si, sj, la, lb;
			int c;

			/* leading zeros do not count, but break final ties */
			for (si = i; si < alen && a[si] == '0'; si++)
				;
			for (sj = j; sj < blen && b[sj] == '0'; sj++)
				;
			if (!za && !zb && si - i != sj - j)
				za = si - i + 1, zb = sj - j + 1;
			for (i = si; i < alen && isdig(a[i]); i++)
				;
			for (j = sj; j < blen && isdig(b[j]); j++)
				;
			la = i - si;
			lb = j - sj;
			if (la != lb)
				return la < lb ? -1 : 1;
			if ((c = memcmp(a + si, b + sj, la)) != 0)
				return c;
			continue;
		}
		if (a[i] != b[j])
			return (unsigned char)a[i] < (unsigned char)b[j] ?
			    -1 : 1;
		i++;
		j++;
	}
	if (i < alen || j < blen)
		return i < alen ? 1 : -1;
	if (za != zb)
		return za < zb ? -1 : 1;
	return 0;
}

int
sortkey_cmp(const struct sortkey *keys, size_t nkeys,
    const struct sortkey_val *a, const struct sortkey_val *b, int na_first)
{
	size_t k;
	int c;

	for (k = 0; k < nkeys; k++) {
		if (a[k].na || b[k].na) {
			if (a[k].na && b[k].na)
				continue;
			/* missing last (or first), whatever the direction */
			return (a[k].na ? 1 : -1) * (na_first ? -1 : 1);
		}
		if (keys[k].numeric)
			c = (a[k].x > b[k].x) - (a[k].x < b[k].x);
		else if (keys[k].type == SORTKEY_NATURAL)
			c = sortkey_natural_cmp(a[k].s, a[k].len, b[k].s,
			    b[k].len);
		else
			c = sortkey_bytes_cmp(a[k].s, a[k].len, b[k].s,
			    b[k].len);
		if (c != 0)
			return keys[k].desc ? -c : c;
	}
	return 0;
}

unsigned long long
sortkey_radix(double x)
{
	unsigned long long u;

	if (x == 0)
		x = 0;		/* -0 as 0 */
	memcpy(&u, &x, sizeof(u));
	/* negative: all bits flipped; positive: the sign bit set */
	return u >> 63 ? ~u : u | 1ULL << 63;
}
