/*
 * prop: tests of proportions, as R's binom.test (the exact binomial test,
 * Clopper-Pearson interval, two-sided p-value by likelihood ordering) and
 * prop.test (one proportion, or k groups: the chi-square test of equal or
 * given proportions, Yates' correction when k <= 2, Wilson's score
 * interval for one proportion, Newcombe's Wald interval for a difference).
 */
#ifndef PROP_H
#define PROP_H

#include <stddef.h>

#include "stats/alt.h"

struct diag;
struct frame;
struct out_table;

struct prop_opts {
	int		 binom;		/* binom.test, not prop.test */
	enum alt	 alt;
	double		 conf_level;
	const double	*p;		/* null proportions, or NULL */
	size_t		 np;		/* how many: must be k */
	int		 correct;	/* prop.test: Yates (k <= 2) */
	int		 wilson;	/* binom: Wilson's score interval */
};

#define PROP_OPTS_INIT	{ 0, ALT_TWO_SIDED, 0.95, NULL, 0, 1, 0 }

struct prop_result {
	char		 method[128];
	enum alt	 alt;		/* k > 2 or given p: two-sided, as R */
	size_t		 k;
	double		 estimate;	/* x/n (k 1), p1 - p2 (k 2), else NaN */
	double		 statistic;	/* X-squared, or successes (binom) */
	double		 df;		/* NaN for binom */
	double		 p_value;
	double		 conf_low, conf_high;	/* NaN for k > 2 */
	double		 null;		/* k 1: the null proportion */
	int		 small;		/* an expected count below 5 */
};

/*
 * Test the k groups of x[i] successes in n[i] trials (integers, 0 <= x
 * <= n, n >= 1; binom: k 1).  Bad counts or null proportions are
 * STATUS_USAGE errors (they come from options).
 */
int	prop_test(const double *x, const double *n, size_t k,
	    const struct prop_opts *, struct prop_result *, struct diag *);

/*
 * prop_test() and the result table in *tp; warns, as R, when an expected
 * count is below 5 and when the statistic is undefined.
 */
int	prop_counts(const double *x, const double *n, size_t k,
	    const struct prop_opts *, struct out_table **tp, struct diag *);

/* Where the successes are in a frame. */
struct prop_spec {
	size_t		 col;		/* the outcome column */
	const char	*success;	/* its value that is a success */
	const size_t	*by;		/* grouping column, or NULL */
	const char	*levels;	/* levels of by to compare, or NULL */
};

/*
 * Count successes and trials (rows with a missing outcome or group are
 * left out and counted in a warning) and test them.  A success value that
 * the column does not hold is a STATUS_USAGE error.
 */
int	prop_frame(struct frame *, const struct prop_spec *,
	    const struct prop_opts *, struct out_table **, struct diag *);

/*
 * The result row: method, alternative, estimate, statistic, df, p_value,
 * conf_low, conf_high, then null, x and n (k 1) or prop1 .. propk.
 */
struct out_table *prop_table(const struct prop_result *, const double *x,
	    const double *n);

#endif
