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
#include "stats/state.h"
#include "stats/padjust.h"

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

/*
 * The matrix of corr_table() with the two-sided p-values of the pairs,
 * adjusted as one family (the ncols (ncols - 1) / 2 pairs) by
 * padjust_table(), in place of the coefficients; the diagonal is empty.
 */
int	corr_matrix_adjusted(struct frame *, const size_t *cols,
	    size_t ncols, enum corr_method, int complete,
	    enum padjust_method, struct out_table **, struct diag *);

/* Two independent Pearson correlations compared. */
struct corr_compare_result {
	double	r1, r2;
	size_t	n1, n2;
	double	statistic;	/* z */
	double	p_value;
	double	conf_low;	/* of r1 - r2, Zou's (2007) */
	double	conf_high;
};

/*
 * Fisher's z: z = (atanh r1 - atanh r2) / sqrt(1/(n1 - 3) + 1/(n2 - 3)),
 * its normal p-value under alt; the interval of r1 - r2 at level by Zou
 * (2007) from each r's Fisher interval (one-sided under less or greater,
 * the open end -2 or 2).  n1, n2 >= 4.
 */
void	corr_compare(double r1, size_t n1, double r2, size_t n2, enum alt,
	    double level, struct corr_compare_result *);

/*
 * Pearson's r of columns x, y (complete pairs) in the two levels of
 * column g (sorted, or the two of want, "a,b") compared by corr_compare():
 * one row x,y,level1,level2,estimate (r1 - r2),r1,r2,n1,n2,statistic,
 * p_value,conf_low,conf_high,method.  Other than two levels, or fewer
 * than 4 pairs in one, is a STATUS_DATA error.
 */
int	corr_compare_frame(struct frame *, size_t x, size_t y, size_t g,
	    const char *want, enum alt, double level, struct out_table **,
	    struct diag *);

/*
 * --partial: the mergeable state of corr_table_sided() (Pearson only, a
 * usage error else): per pair of columns n, the means and the co-moments
 * (state.h), merged by Chan et al.'s pairwise formulas.  The merged r is
 * the single process's within a relative 1e-12 on well-conditioned data
 * (not bit-identical: the single process sums in two passes).
 */
int	corr_state(struct frame *, const size_t *cols, size_t ncols,
	    enum corr_method, enum alt, int complete, int matrix,
	    double level, struct out_table **, struct diag *);

/* What statpipe corr computes: the front door's options. */
struct corr_opts {
	const size_t		*cols;		/* -c, or every numeric column */
	size_t			 ncols;
	enum corr_method	 method;
	enum alt		 alt;
	double			 conf_level;
	int			 complete;	/* --complete */
	int			 matrix;	/* --matrix */
	int			 adjust;	/* --matrix --p-adjust: an enum
						   padjust_method; -1 else */
	int			 partial;	/* --partial: the state */
	int			 compare;	/* --compare, of -c's two in the
						   levels of group */
	size_t			 group;
	const char		*levels;	/* --levels a,b, or NULL */
};

/*
 * The front door: corr_compare_frame() with compare, corr_state() with
 * partial, corr_matrix_adjusted() with adjust, corr_table_sided() else;
 * usage errors (too few columns, --alternative with --matrix) first.
 */
int	corr_frame(struct frame *, const struct corr_opts *,
	    struct out_table **, struct diag *);
/* corr_frame() with the options as a void *: a stratum's test (--by). */
int	corr_stratum(void *opts, struct frame **, struct out_table **,
	    struct diag *);

/* The merge of corr states (state.h). */
extern const struct state_ops corr_state_ops;

#endif
