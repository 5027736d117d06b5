/*
 * kstest: Kolmogorov-Smirnov tests as R's ks.test: one sample against a
 * distribution of lib/stats/dist.h, two samples; exact p-values where R uses
 * them, the limiting distribution otherwise.
 */
#ifndef KSTEST_H
#define KSTEST_H

#include <stddef.h>

#include "stats/alt.h"

struct diag;
struct dist;
struct frame;
struct out_table;

enum kstest_exact {
	KSTEST_AUTO,		/* as R: exact for small samples without ties */
	KSTEST_EXACT,
	KSTEST_ASYMPTOTIC
};

struct kstest_result {
	double		 statistic;	/* D, D^+ or D^- */
	double		 p_value;
	int		 exact;		/* the p-value is exact */
	int		 ties;		/* the samples had ties */
	int		 too_large;	/* exact asked, too costly: asymptotic */
	size_t		 n1, n2;	/* sample sizes; n2 0: one sample */
};

/*
 * The exact p-value is computed only while its cost, (m + n) min(m, n)
 * steps for two samples and m^3 log2(n) (m = 2 n D + 1) for one sample
 * two-sided, is at most this; above it the p-value is asymptotic, and the
 * method says so.
 */
#define KSTEST_EXACT_MAX	2e8

/*
 * One sample of n >= 1 values against the distribution d with parameters
 * par (checked).  Exact (Marsaglia, Tsang and Wang 2003 for two-sided;
 * Birnbaum and Tingey 1951 for one-sided) by default when n < 100 and there
 * are no ties, as R.
 */
int	kstest_one(const double *x, size_t n, const struct dist *d,
	    const double *par, enum alt, enum kstest_exact,
	    struct kstest_result *, struct diag *);

/*
 * Two samples.  Exact by default when nx * ny < 10000, counting lattice
 * paths as R's psmirnov (which allows for ties); asymptotic otherwise.
 */
int	kstest_two(const double *x, size_t nx, const double *y, size_t ny,
	    enum alt, enum kstest_exact, struct kstest_result *,
	    struct diag *);

/* P(D_n < d) for the two-sided one-sample statistic (exact). */
double	kstest_pkolmogorov(double d, size_t n);
/* Kolmogorov's limiting P(sqrt(n) D < x), summed as R to tolerance tol. */
double	kstest_pkstwo(double x, double tol);

/* What kstest_frame() tests. */
struct kstest_spec {
	const size_t	*cols;		/* the columns: one, or two compared */
	size_t		 ncols;
	const size_t	*group;		/* -g: its groups compared, or NULL */
	size_t		 ngroup;	/* columns named by -g (must be 1) */
	const struct dist *dist;	/* one sample against it, or NULL */
	const double	*par;		/* its parameters, checked */
	enum alt	 alt;
	enum kstest_exact exact;
};

/*
 * The test the spec asks for: one column against s->dist, the two groups
 * of one column by s->group, or two columns.  Missing values are left
 * out; a wrong count of columns is a STATUS_USAGE error, a group count
 * other than two a STATUS_DATA one.  Warns about ties as R does.  On
 * success *tp owns kstest_table()'s table.
 */
int	kstest_frame(struct frame *, const struct kstest_spec *,
	    struct out_table **tp, struct diag *);
/* kstest_frame() with the spec as a void *: a stratum's test (--strata). */
int	kstest_stratum(void *spec, struct frame **, struct out_table **,
	    struct diag *);

/*
 * The result row: `method,alternative,statistic,p_value,n1,n2`, n2 empty
 * for one sample.
 */
struct out_table *kstest_table(const struct kstest_result *, enum alt);

#endif
