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
 * to 10 digits or more without centring.  An ill-conditioned fit (see
 * LS_COND) is refined instead on the augmented system (Bjorck), its
 * solution and its (X'X)^-1, with residuals in double-double: 9 digits
 * or more up to a scaled condition number of 1e8, 7 up to 1e10, against
 * exact rational answers (tests/unit/test_ls.c).  Over 131072 rows the
 * QR goes by blocks of rows, then of their Rs (a TSQR), so that the
 * design is never copied whole: the same to rounding, and the same on
 * any number of threads (and not refined on the augmented system, whose
 * Q that QR does not keep).
 */
#ifndef LS_H
#define LS_H

#include <stddef.h>

/*
 * The rank tolerances on |R_aa| of the unit-norm columns.  LS_TOL, the
 * default, drops only columns collinear to working precision: a
 * full-rank design has every |R_aa| at least its smallest singular
 * value, at least 1 / (its scaled condition number), so none up to a
 * condition number of 1e10 is touched, while an exact linear
 * combination leaves a rounding remainder of about 1e-16 times the
 * square root of the rows.  LS_TOL_R is R's lm (qr(tol = 1e-7)), which
 * declares columns aliased from a condition number of about 1e7 on.
 */
#define LS_TOL		1e-11
#define LS_TOL_R	1e-7
/*
 * From this scaled condition number (estimated as |R| |R^-1|, Frobenius
 * norms) the solution and (X'X)^-1 are refined on the augmented system
 * with residuals in double-double (ls.c), up to LS_ROWS rows; below it
 * the refinement of the solution alone in long double gives 10 digits.
 * Its cost, (columns + 1) solves of a few steps each, only there.
 */
#define LS_COND		1e5

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
