/*
 * cmh: tests of matched and stratified tables, as R computes them:
 * McNemar's test of symmetry of a square table (mcnemar.test, continuity
 * corrected on 2 x 2), and the Cochran-Mantel-Haenszel test of
 * conditional independence in I x J x K tables (mantelhaen.test: on
 * 2 x 2 x K the Mantel-Haenszel statistic, common odds ratio and its
 * Robins-Breslow-Greenland interval; otherwise the generalized statistic).
 */
#ifndef CMH_H
#define CMH_H

#include <stddef.h>

#include "stats/alt.h"

struct diag;
struct frame;
struct out_table;

struct cmh_opts {
	enum alt	 alt;		/* 2 x 2 x K only */
	double		 conf_level;
	int		 correct;	/* continuity correction */
};

#define CMH_OPTS_INIT	{ ALT_TWO_SIDED, 0.95, 1 }

struct cmh_result {
	char		 method[96];
	enum alt	 alt;
	double		 estimate;	/* common odds ratio, or NaN */
	double		 statistic, df, p_value;
	double		 conf_low, conf_high;
};

/* McNemar's test of the r x r table x (row-major counts), r >= 2. */
int	cmh_mcnemar(const double *x, size_t r, int correct,
	    struct cmh_result *, struct diag *);

/*
 * The CMH test of the I x J x K table x, x[(k * I + i) * J + j], I, J >= 2;
 * every stratum must hold at least 2 counts.
 */
int	cmh_test(const double *x, size_t ni, size_t nj, size_t nk,
	    const struct cmh_opts *, struct cmh_result *, struct diag *);

/* Where the table is in a frame. */
struct cmh_spec {
	size_t		 a, b;		/* the two classifications */
	size_t		 strata;	/* CMH_NONE: McNemar of a and b */
	size_t		 count;		/* CMH_NONE, or each row's count */
};

#define CMH_NONE	((size_t)-1)

/*
 * Cross-tabulate and test, one row: method, alternative, estimate,
 * statistic, df, p_value, conf_low, conf_high, n.  McNemar's table has
 * the levels of both columns on each side.  Rows with a missing value
 * are left out and counted in a warning; a count that is not a finite
 * number >= 0 is an error.
 */
int	cmh_frame(struct frame *, const struct cmh_spec *,
	    const struct cmh_opts *, struct out_table **, struct diag *);

#endif
