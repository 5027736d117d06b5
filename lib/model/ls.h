/*
 * ls: weighted least squares, the engine of lm and of IRLS.
 *
 * A Householder QR decomposition of the weighted design with unit-norm
 * columns (GSL), never the normal equations.  As R's dqrdc2, a column
 * whose part not explained by the columns before it is below tol of its
 * norm is aliased (pivoted out, estimate NaN).  The solution then gets
 * up to three steps of iterative refinement (no more after one that
 * changes nothing), on residuals summed in long double: every NIST StRD
 * linear-regression set, Longley and Wampler1-3 included, comes out right
 * to 10 digits or more without centring.  Over 131072 rows the QR goes by
 * blocks of rows, then of their Rs (a TSQR), so that the design is never
 * copied whole: the same to rounding, and the same on any number of
 * threads.
 */
#ifndef LS_H
#define LS_H

#include <stddef.h>

struct diag;

/* A weighted least-squares solution: the engine of lm and IRLS. */
struct ls {
	size_t	 rank;
	int	*aliased;	/* p */
	double	*coef;		/* p, NaN if aliased */
	double	*cov;		/* p * p unscaled */
	double	*effects;	/* p: Q'(sqrt(w) y) by column, NaN if aliased */
	double	*hat;		/* n */
};

/*
 * Least squares of y on the n x p x (by columns) with weights w (NULL: 1;
 * rows of weight 0 left out).  Columns are scaled to unit norm; one whose
 * remainder after the columns before it is below tol is aliased, and the
 * QR done again without it (R's limited pivoting).  Over LS_ROWS rows
 * the QR is of the blocks' Rs (ls_blocks()), not of a copy of the whole
 * design: the same to rounding, in a fraction of the memory.  The
 * leverages (s->hat) only with hat, for they cost as much as the rest.
 * The loops over rows are shared by threads (formula_chunks()) as far as
 * each row is computed alone; the sums over rows add them in order, in
 * one thread.
 */
int	ls_fit(const double *x, const double *y, const double *w, size_t n,
	    size_t p, double tol, int hat, int threads, struct ls *s,
	    struct diag *d);
/* Free what s holds (not s). */
void	ls_free(struct ls *s);

#endif
