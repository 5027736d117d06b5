/* rank: ranks with ties averaged, as R's rank(). */
#include <stdlib.h>

#include "stats/rank.h"
#include "core/xalloc.h"

static int
cmp_index(const void *a, const void *b, void *ctx)
{
	const double *x = ctx;
	double u = x[*(const size_t *)a], v = x[*(const size_t *)b];

	return (u > v) - (u < v);
}

double
rank_average(const double *x, size_t n, double *rank)
{
	size_t *idx = xmalloc((n ? n : 1) * sizeof(*idx)), i, j, k;
	double ties = 0;

	for (i = 0; i < n; i++)
		idx[i] = i;
	qsort_r(idx, n, sizeof(*idx), cmp_index, (void *)x);
	for (i = 0; i < n; i = j) {
		double t;

		for (j = i + 1; j < n && x[idx[j]] == x[idx[i]]; j++)
			;
		t = (double)(j - i);
		for (k = i; k < j; k++)
			rank[idx[k]] = (double)(i + 1 + j) / 2;
		ties += t * t * t - t;
	}
	free(idx);
	return ties;
}
