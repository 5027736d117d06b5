/*
 * pairwise: every pair of levels of a grouping column compared, the
 * p-values adjusted together: R's pairwise.t.test (pooled sd by default,
 * or Welch's tests; paired), pairwise.wilcox.test, pairwise.prop.test,
 * and, as the R package rstatix defines them, dunn_test (Dunn's z on the
 * mean ranks of all values, ties corrected) and games_howell_test (Welch's
 * t referred to the studentized range; its p-values are family-wise
 * already and are not adjusted again).
 */
#ifndef PAIRWISE_H
#define PAIRWISE_H

#include <stddef.h>

#include "stats/alt.h"
#include "stats/padjust.h"

struct diag;
struct frame;
struct out_table;

enum pairwise_test {
	PAIRWISE_T, PAIRWISE_WILCOX, PAIRWISE_PROP, PAIRWISE_DUNN,
	PAIRWISE_GAMES_HOWELL
};

struct pairwise_opts {
	enum pairwise_test	test;
	enum alt		alt;		/* t and wilcox */
	int			pool_sd;	/* t: one sd of all groups */
	int			paired;		/* t and wilcox */
	int			correct;	/* wilcox and prop: continuity */
	enum padjust_method	adjust;
};

#define PAIRWISE_OPTS_INIT { PAIRWISE_T, ALT_TWO_SIDED, 1, 0, 1, \
	PADJUST_HOLM }

/* "t", "wilcox", "prop", "dunn", "games-howell"; 0 or -1. */
int	pairwise_parse_test(const char *, enum pairwise_test *);

/*
 * The pair (a, b), a < b, of row r of the results: rows run (0,1), (0,2)
 * ... (0,k-1), (1,2) ... as R's pairwise tables read column by column.
 */
void	pairwise_pair(size_t r, size_t k, size_t *a, size_t *b);

/*
 * Compare the k groups of the n values x[] (group of x[i]: g[i] < k; for
 * prop, x[i] is 1 for a success and 0 otherwise), every group at least
 * one value.  For each pair (a, b): est[] is the mean (prop: proportion;
 * dunn: mean rank; wilcox: Hodges-Lehmann location shift) of b minus
 * that of a, stat[] the t, W (of b), X-squared or z statistic, p[] the
 * p-value and adj[] the adjusted one.  A pair whose test is undefined
 * gets NaNs.  Returns 0, or -1 with d set (paired groups of unequal
 * sizes, fewer than 2 groups).
 */
int	pairwise_tests(const double *x, const size_t *g, size_t n, size_t k,
	    const struct pairwise_opts *, double *est, double *stat,
	    double *p, double *adj, struct diag *d);

/* Where the values are in a frame. */
struct pairwise_spec {
	size_t		 y;		/* the response */
	size_t		 g;		/* the grouping column */
	const char	*levels;	/* levels to compare, or NULL: all */
	const char	*success;	/* prop: the value that is a success */
};

/*
 * The table `group1,group2,estimate,statistic,p_value,p_adj`, one row per
 * pair.  Rows with a missing response or group are left out and counted
 * in a warning.
 */
int	pairwise_frame(struct frame *, const struct pairwise_spec *,
	    const struct pairwise_opts *, struct out_table **,
	    struct diag *);

#endif
