/*
 * corr: correlation coefficients and their tests, as R's cor.test.
 *
 * Pearson: t on n - 2 df, Fisher-z confidence interval.  Spearman: rho
 * of the ranks (ties averaged), S = (n^3 - n)(1 - rho) / 6, the exact
 * p-value of AS 89 (enumeration for n <= 9, Edgeworth series above) when
 * there are no ties and n < 1290, else Student's t.  Kendall: tau-b; the
 * exact distribution of T (concordant pairs) when n < 50 without ties,
 * else the normal approximation with the tie-corrected variance of S.
 */
#ifndef CORR_H
#define CORR_H

#include <stddef.h>

#include "stats/alt.h"

struct diag;
struct frame;
struct out_table;

enum corr_method { CORR_PEARSON, CORR_SPEARMAN, CORR_KENDALL };

struct corr_result {
	double	estimate;	/* r, rho or tau-b */
	double	statistic;	/* t, S, T or z */
	double	df;		/* Pearson only, else NaN */
	double	p_value;	/* two-sided */
	double	conf_low;	/* Pearson with n >= 4, else NaN */
	double	conf_high;
	size_t	n;		/* pairs */
	int	ties;		/* the exact test was not possible */
};

/* "pearson", "spearman", "kendall"; 0, or -1 if unknown. */
int	corr_parse_method(const char *, enum corr_method *);

/*
 * Test the n complete pairs (x[i], y[i]).  Undefined results (n < 3, a
 * constant column) are NaN; the reason is returned in *why (or NULL).
 */
void	corr_test(const double *x, const double *y, size_t n,
	    enum corr_method, double level, struct corr_result *,
	    const char **why);

/*
 * Every pair of the ncols columns: one row per pair with
 * x,y,estimate,statistic,df,p_value,conf_low,conf_high,n,method, or with
 * matrix the correlation matrix (column, then one column per column).
 * Missing values are left out pairwise, or listwise with complete.
 * Columns must be numeric (an error names the value).
 */
int	corr_table(struct frame *, const size_t *cols, size_t ncols,
	    enum corr_method, int complete, int matrix, double level,
	    struct out_table **, struct diag *);

/*
 * Make a two-sided result of corr_test() one-sided as cor.test(alternative
 * = "less" or "greater"): the p-value of the same statistic's tail (exact
 * where the two-sided one was), and Pearson's interval one-sided at level.
 */
void	corr_sided(struct corr_result *, enum corr_method, enum alt,
	    double level);

/* corr_table() with one-sided tests (alt applies to the rows, not to
 * a matrix). */
int	corr_table_sided(struct frame *, const size_t *cols, size_t ncols,
	    enum corr_method, enum alt, int complete, int matrix,
	    double level, struct out_table **, struct diag *);

#endif
