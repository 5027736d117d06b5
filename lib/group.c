#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frame.h"
#include "group.h"
#include "num.h"
#include "xalloc.h"

#define MISSING	((size_t)-1)	/* key offset of a missing value */

/* The hash beside the id saves a cache miss per lookup. */
struct slot {
	uint64_t	hash;
	size_t		id1;		/* group id + 1; 0: empty */
};

struct group_table {
	size_t		 nkeys;
	size_t		 n;		/* groups */
	size_t		 cap;		/* groups allocated (in off) */
	size_t		*off;		/* per group and key: arena offset */
	char		*arena;		/* the keys, NUL-terminated */
	size_t		 arena_len, arena_cap;
	struct slot	*slot;		/* open addressing */
	size_t		 nslot;		/* a power of two */
};

struct group_table *
group_table_new(size_t nkeys)
{
	struct group_table *t = xcalloc(1, sizeof(*t));

	t->nkeys = nkeys;
	t->nslot = 64;
	t->slot = xcalloc(t->nslot, sizeof(*t->slot));
	return t;
}

void
group_table_free(struct group_table *t)
{
	if (t == NULL)
		return;
	free(t->off);
	free(t->arena);
	free(t->slot);
	free(t);
}

static uint64_t
hash_keys(size_t nkeys, const char *const *key, const size_t *len)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a */
	size_t k, i;

	for (k = 0; k < nkeys; k++) {
		if (key[k] == NULL)
			h = (h ^ 0xff) * 1099511628211ULL;
		else
			for (i = 0; i < len[k]; i++)
				h = (h ^ (unsigned char)key[k][i]) *
				    1099511628211ULL;
		h = (h ^ 0x1f) * 1099511628211ULL;	/* key separator */
	}
	return h;
}

static int
same_keys(const struct group_table *t, size_t id, const char *const *key,
    const size_t *len)
{
	const size_t *off = t->off + id * t->nkeys;
	size_t k;

	for (k = 0; k < t->nkeys; k++) {
		if (key[k] == NULL || off[k] == MISSING) {
			if ((key[k] == NULL) != (off[k] == MISSING))
				return 0;
		} else if (memcmp(t->arena + off[k], key[k], len[k]) != 0 ||
		    t->arena[off[k] + len[k]] != '\0')
			return 0;
	}
	return 1;
}

static void
rehash(struct group_table *t)
{
	struct slot *old = t->slot;
	size_t i, s, n = t->nslot;

	t->nslot *= 2;
	t->slot = xcalloc(t->nslot, sizeof(*t->slot));
	for (i = 0; i < n; i++) {
		if (old[i].id1 == 0)
			continue;
		for (s = old[i].hash & (t->nslot - 1); t->slot[s].id1 != 0;
		    s = (s + 1) & (t->nslot - 1))
			;
		t->slot[s] = old[i];
	}
	free(old);
}

size_t
group_table_id(struct group_table *t, const char *const *key,
    const size_t *len)
{
	uint64_t h = hash_keys(t->nkeys, key, len);
	size_t s, k, id;

	for (s = h & (t->nslot - 1); t->slot[s].id1 != 0;
	    s = (s + 1) & (t->nslot - 1))
		if (t->slot[s].hash == h &&
		    same_keys(t, t->slot[s].id1 - 1, key, len))
			return t->slot[s].id1 - 1;
	id = t->n++;
	t->off = xgrow(t->off, &t->cap, t->n, (t->nkeys ? t->nkeys : 1) *
	    sizeof(*t->off));
	for (k = 0; k < t->nkeys; k++) {
		if (key[k] == NULL) {
			t->off[id * t->nkeys + k] = MISSING;
			continue;
		}
		t->arena = xgrow(t->arena, &t->arena_cap,
		    t->arena_len + len[k] + 1, 1);
		memcpy(t->arena + t->arena_len, key[k], len[k]);
		t->arena[t->arena_len + len[k]] = '\0';
		t->off[id * t->nkeys + k] = t->arena_len;
		t->arena_len += len[k] + 1;
	}
	t->slot[s].hash = h;
	t->slot[s].id1 = id + 1;
	if (t->n * 2 > t->nslot)
		rehash(t);
	return id;
}

size_t
group_table_count(const struct group_table *t)
{
	return t->n;
}

const char *
group_table_key(const struct group_table *t, size_t id, size_t k)
{
	size_t off = t->off[id * t->nkeys + k];

	return off == MISSING ? NULL : t->arena + off;
}

/* For sorting ids by key: the table and each key's numbers, if all are. */
static const struct group_table *stab;	/* qsort has no context argument */
static double **snum;

static int
cmp_ids(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b, k;

	for (k = 0; k < stab->nkeys; k++) {
		const char *p = group_table_key(stab, x, k);
		const char *q = group_table_key(stab, y, k);
		int c;

		if (p == NULL || q == NULL)
			c = (p == NULL) - (q == NULL);	/* missing last */
		else if (snum[k] != NULL)
			c = (snum[k][x] > snum[k][y]) - (snum[k][x] < snum[k][y]);
		else
			c = strcmp(p, q);
		if (c != 0)
			return c;
	}
	return (x > y) - (x < y);
}

size_t *
group_table_order(const struct group_table *t)
{
	size_t *order = xmalloc((t->n ? t->n : 1) * sizeof(*order));
	size_t i, k;

	snum = xcalloc(t->nkeys ? t->nkeys : 1, sizeof(*snum));
	for (k = 0; k < t->nkeys; k++) {
		snum[k] = xmalloc((t->n ? t->n : 1) * sizeof(double));
		for (i = 0; i < t->n; i++) {
			const char *s = group_table_key(t, i, k);

			if (s != NULL && num_parse(s, strlen(s), &snum[k][i],
			    NULL, NULL) != 0) {
				free(snum[k]);
				snum[k] = NULL;
				break;
			}
		}
	}
	for (i = 0; i < t->n; i++)
		order[i] = i;
	stab = t;
	qsort(order, t->n, sizeof(*order), cmp_ids);
	for (k = 0; k < t->nkeys; k++)
		free(snum[k]);
	free(snum);
	return order;
}

struct group *
group_by(struct frame *f, const size_t *keys, size_t nkeys, int sort)
{
	struct group_table *t = group_table_new(nkeys);
	struct group *g = xcalloc(1, sizeof(*g));
	const char **key = xcalloc(nkeys ? nkeys : 1, sizeof(*key));
	size_t *len = xcalloc(nkeys ? nkeys : 1, sizeof(*len));
	size_t i, k, cap = 0;

	g->gid = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*g->gid));
	for (i = 0; i < f->nrows; i++) {
		for (k = 0; k < nkeys; k++) {
			key[k] = frame_text(f, keys[k], i);
			len[k] = key[k] ? strlen(key[k]) : 0;
		}
		g->gid[i] = group_table_id(t, key, len);
		if (g->gid[i] == g->ngroups) {
			g->first = xgrow(g->first, &cap, g->ngroups + 1,
			    sizeof(*g->first));
			g->first[g->ngroups++] = i;
		}
	}
	if (g->first == NULL)
		g->first = xcalloc(1, sizeof(*g->first));
	if (nkeys == 0)		/* all rows, even none, are one group */
		g->ngroups = 1;
	if (sort && g->ngroups > 1) {
		size_t *order = group_table_order(t);
		size_t *rank = xmalloc(g->ngroups * sizeof(*rank));
		size_t *first = xmalloc(g->ngroups * sizeof(*first));

		for (i = 0; i < g->ngroups; i++) {
			rank[order[i]] = i;
			first[i] = g->first[order[i]];
		}
		for (i = 0; i < f->nrows; i++)
			g->gid[i] = rank[g->gid[i]];
		free(g->first);
		g->first = first;
		free(order);
		free(rank);
	}
	free(key);
	free(len);
	group_table_free(t);
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
