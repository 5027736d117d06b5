/* group: the rows of a frame grouped by a tuple of key columns. */
#include <stdlib.h>
#include <string.h>

#include "frame/frame.h"
#include "frame/group.h"
#include "frame/group_table.h"
#include "core/xalloc.h"

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
