/*
 * smooth: scatter-plot smoothers as R defines them, for the curves plot
 * draws through points: lowess() (Cleveland's robust locally weighted
 * line, R's clowess), loess() with one predictor and surface = "direct"
 * (local polynomials of degree 0-2, tricube weights, family gaussian),
 * and the least-squares polynomial with its confidence band
 * (predict(lm(y ~ poly(x, k)), interval = "confidence")).
 */
#ifndef SMOOTH_H
#define SMOOTH_H

#include <stddef.h>

struct diag;

/*
 * R's lowess(x, y, f, iter, delta): xs the x sorted (ties kept in input
 * order, as order()), ys the smooth at each (n values each).  delta < 0
 * is R's default, 0.01 * diff(range(x)).  0, or -1 with d set (n < 1,
 * f <= 0, iter < 0).
 */
int	smooth_lowess(const double *x, const double *y, size_t n, double f,
	    int iter, double delta, double *xs, double *ys, struct diag *d);

/*
 * R's loess(y ~ x, span, degree, family = "gaussian", surface =
 * "direct") evaluated at the nat points at into fit: at each point the
 * floor(n span) nearest x, weighted by the tricube of their distance
 * over the largest, fitted by a polynomial of the degree.  span in (0, 1],
 * degree 0, 1 or 2.  0, or -1 with d set (too few points).
 */
int	smooth_loess(const double *x, const double *y, size_t n, double span,
	    int degree, const double *at, size_t nat, double *fit,
	    struct diag *d);

/*
 * The least-squares polynomial of the degree in x, at the nat points at:
 * fit, and the level confidence band lo, hi (t quantile on n - degree - 1
 * degrees of freedom).  0, or -1 with d set (fewer than degree + 2
 * points, fewer than degree + 1 distinct x).
 */
int	smooth_poly(const double *x, const double *y, size_t n, int degree,
	    const double *at, size_t nat, double level, double *fit,
	    double *lo, double *hi, struct diag *d);

#endif
