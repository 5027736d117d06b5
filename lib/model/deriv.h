/*
 * deriv: the right side of a nonlinear model (nls) as a tree over columns
 * and parameters, and its exact first derivatives by the parameters,
 * made by differentiating the tree (the rules of calculus, as R's deriv()),
 * never by finite differences.
 *
 * The trees are simplified as they are built (x + 0 is x, 2 * 3 is 6) and
 * evaluated row by row in long double, so that a residual sum of squares
 * of a fit to many digits (NIST's Lanczos1) keeps its own digits.
 */
#ifndef DERIV_H
#define DERIV_H

#include <stddef.h>

struct diag;
struct formula_fx;

struct deriv;

/*
 * Compile e: a name is a column if it is one of cols[0..ncols), else a
 * parameter if it is one of par[0..npar), else pi; anything else is a
 * STATUS_USAGE error naming it.  The functions: exp, log, log2, log10,
 * sqrt, sin, cos, atan, pnorm and I(); arithmetic + - * / ^.  On success
 * *dp owns the value's tree, one derivative tree per parameter and one
 * second derivative per pair.
 */
int	deriv_compile(const struct formula_fx *e, char *const *cols,
	    size_t ncols, char *const *par, size_t npar, struct deriv **dp,
	    struct diag *);
void	deriv_free(struct deriv *);

/* Mark use[j] = 1 for the columns the expression reads. */
void	deriv_columns(const struct deriv *, unsigned char *use, size_t ncols);

/*
 * The value (k == DERIV_VALUE) or the derivative by parameter k at row i:
 * x[j] is column j's values, exact to long double (only the columns deriv_columns() marks are
 * read), par the parameters' values.
 */
#define DERIV_VALUE	((size_t)-1)
long double deriv_eval(const struct deriv *, size_t k,
	    const long double *const *x, size_t i, const double *par);

/* d2 value / d par[j] d par[k] at row i (the solver's acceleration) */
long double deriv_eval2(const struct deriv *, size_t j, size_t k,
	    const long double *const *x, size_t i, const double *par);

/* A tree deparsed, for tests: "b1 * exp(-(b2 * x))"; free(). */
char	*deriv_text(const struct deriv *, size_t k, char *const *cols,
	    char *const *par);

#endif
