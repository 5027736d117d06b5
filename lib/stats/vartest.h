/*
 * vartest: the F test comparing two variances, as R's var.test: the ratio
 * of the sample variances, its F statistic against a null ratio, and the
 * interval of the ratio from F quantiles.
 */
#ifndef VARTEST_H
#define VARTEST_H

#include <stddef.h>

#include "stats/alt.h"

struct diag;
struct frame;
struct out_table;

struct vartest_opts {
	enum alt	 alt;
	double		 ratio;		/* the null ratio, > 0 */
	double		 conf_level;
};

#define VARTEST_OPTS_INIT { ALT_TWO_SIDED, 1, 0.95 }

struct vartest_result {
	double		 estimate;	/* var(x) / var(y) */
	double		 statistic;	/* estimate / ratio */
	double		 df1, df2;
	double		 p_value, conf_low, conf_high;
	size_t		 n1, n2;
};

/*
 * x against y (no NaN).  Fewer than 2 values in a sample, or a sample
 * without spread in y, is a STATUS_DATA error.
 */
int	vartest_test(const double *x, size_t nx, const double *y, size_t ny,
	    const struct vartest_opts *, struct vartest_result *,
	    struct diag *);

/* Where the samples are: two columns, or one and a grouping column. */
struct vartest_spec {
	size_t		 x, y;		/* columns; y unused with by */
	const size_t	*by;		/* grouping column, or NULL */
	const char	*levels;	/* its two levels "a,b", or NULL */
};

/*
 * The test and its row: method, alternative, estimate, statistic, df1,
 * df2, p_value, conf_low, conf_high, n1, n2.  Missing values are left out
 * and counted in a warning.
 */
int	vartest_frame(struct frame *, const struct vartest_spec *,
	    const struct vartest_opts *, struct out_table **, struct diag *);

#endif
