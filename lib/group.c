#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "frame.h"
#include "group.h"
#include "xalloc.h"

static uint64_t
hash_row(const struct frame *f, const size_t *keys, size_t nkeys, size_t row)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	size_t k;

	for (k = 0; k < nkeys; k++) {
		const char *s = frame_text(f, keys[k], row);

		if (s == NULL)
			h = (h ^ 0xff) * 1099511628211ULL;
		else
			for (; *s; s++)
				h = (h ^ (unsigned char)*s) * 1099511628211ULL;
		h = (h ^ 0x1f) * 1099511628211ULL;	/* key separator */
	}
	return h;
}

static int
same_keys(const struct frame *f, const size_t *keys, size_t nkeys, size_t a,
    size_t b)
{
	size_t k;

	for (k = 0; k < nkeys; k++) {
		const char *x = frame_text(f, keys[k], a);
		const char *y = frame_text(f, keys[k], b);

		if (x == NULL || y == NULL) {
			if (x != y)
				return 0;
		} else if (strcmp(x, y) != 0)
			return 0;
	}
	return 1;
}

/* For sorting groups by key: the frame, its keys, and numeric flags. */
struct sortctx {
	struct frame	*f;
	const size_t	*keys;
	size_t		 nkeys;
	const int	*numeric;
};
static struct sortctx sctx;	/* qsort has no context argument */

static int
cmp_groups(const void *a, const void *b)
{
	size_t ra = *(const size_t *)a, rb = *(const size_t *)b, k;

	for (k = 0; k < sctx.nkeys; k++) {
		const char *x = frame_text(sctx.f, sctx.keys[k], ra);
		const char *y = frame_text(sctx.f, sctx.keys[k], rb);
		int c;

		if (x == NULL || y == NULL) {
			c = (x == NULL) - (y == NULL);	/* missing last */
		} else if (sctx.numeric[k]) {
			double u = sctx.f->col[sctx.keys[k]].num[ra];
			double v = sctx.f->col[sctx.keys[k]].num[rb];
			c = (u > v) - (u < v);
		} else
			c = strcmp(x, y);
		if (c != 0)
			return c;
	}
	return 0;
}

static void
sort_groups(struct group *g, struct frame *f, const size_t *keys,
    size_t nkeys)
{
	size_t *order = xmalloc(g->ngroups * sizeof(*order));
	size_t *rank = xmalloc(g->ngroups * sizeof(*rank));
	int *numeric = xcalloc(nkeys, sizeof(*numeric));
	struct diag d;
	size_t i, k;

	for (k = 0; k < nkeys; k++)
		numeric[k] = frame_numeric(f, keys[k], &d) == 0;
	for (i = 0; i < g->ngroups; i++)
		order[i] = g->first[i];
	sctx.f = f;
	sctx.keys = keys;
	sctx.nkeys = nkeys;
	sctx.numeric = numeric;
	qsort(order, g->ngroups, sizeof(*order), cmp_groups);
	for (i = 0; i < g->ngroups; i++) {
		rank[g->gid[order[i]]] = i;
		g->first[i] = order[i];
	}
	for (i = 0; i < f->nrows; i++)
		g->gid[i] = rank[g->gid[i]];
	free(order);
	free(rank);
	free(numeric);
}

struct group *
group_by(struct frame *f, const size_t *keys, size_t nkeys, int sort)
{
	struct group *g = xcalloc(1, sizeof(*g));
	size_t cap = 64, fcap = 0, i, *slot;	/* slot: group id + 1, 0 empty */

	g->gid = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*g->gid));
	slot = xcalloc(cap, sizeof(*slot));
	for (i = 0; i < f->nrows; i++) {
		uint64_t h = hash_row(f, keys, nkeys, i);
		size_t s = h & (cap - 1);

		while (slot[s] != 0 &&
		    !same_keys(f, keys, nkeys, g->first[slot[s] - 1], i))
			s = (s + 1) & (cap - 1);
		if (slot[s] == 0) {
			g->first = xgrow(g->first, &fcap, g->ngroups + 1,
			    sizeof(*g->first));
			g->first[g->ngroups++] = i;
			slot[s] = g->ngroups;
			if (g->ngroups * 2 > cap) {	/* rehash */
				size_t ncap = cap * 2, *ns, r;

				ns = xcalloc(ncap, sizeof(*ns));
				for (r = 0; r < cap; r++) {
					size_t t;
					if (slot[r] == 0)
						continue;
					t = hash_row(f, keys, nkeys,
					    g->first[slot[r] - 1]) & (ncap - 1);
					while (ns[t] != 0)
						t = (t + 1) & (ncap - 1);
					ns[t] = slot[r];
				}
				free(slot);
				slot = ns;
				cap = ncap;
			}
			g->gid[i] = g->ngroups - 1;
		} else
			g->gid[i] = slot[s] - 1;
	}
	free(slot);
	if (g->first == NULL)
		g->first = xcalloc(1, sizeof(*g->first));
	if (nkeys == 0)		/* all rows, even none, are one group */
		g->ngroups = 1;
	if (sort && g->ngroups > 1)
		sort_groups(g, f, keys, nkeys);
	return g;
}

void
group_free(struct group *g)
{
	if (g == NULL)
		return;
	free(g->gid);
	free(g->first);
	free(g);
}
