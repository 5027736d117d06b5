/*
 * smooth: scatter-plot smoothers as R defines them, for the curves plot
 * draws through points: lowess() (Cleveland's robust locally weighted
 * line, R's clowess), loess() with one predictor, interpolated over R's
 * k-d tree or direct (local polynomials of degree 0-2, tricube weights,
 * family gaussian) with predict.loess's confidence band,
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
 * loess's surface: R's default, a k-d tree over x whose vertices get the
 * local fit's value and slope, cubic Hermite interpolation between them
 * (surface = "interpolate", cell = 0.2); or the local fit at every point
 * asked (surface = "direct").
 */
enum smooth_surface { SMOOTH_INTERPOLATE, SMOOTH_DIRECT };

/* What R's loess object says of a fit beside its curve. */
struct smooth_loess_stats {
	double	trace;		/* trace.hat: the trace of the operator */
	double	delta1;		/* one.delta, two.delta: R's approximation */
	double	delta2;		/* (statistics = "approximate", lowesa) */
	double	s;		/* residual standard error, sqrt(RSS / delta1) */
	double	df;		/* the band's degrees of freedom, delta1^2 /
				   delta2 (predict.loess's df) */
	size_t	nv;		/* vertices of the k-d tree; 0 if direct */
};

/*
 * R's loess(y ~ x, span, degree, family = "gaussian", surface) evaluated
 * at the nat points at into fit: the local polynomial of the degree over
 * the floor(n span) nearest x, weighted by the tricube of their distance
 * over the largest, at each point (direct) or at the tree's vertices
 * (interpolate; points outside the range of x are extrapolated from the
 * outer cells, where R gives NA).  With lo and hi (else NULL), the level
 * confidence band of predict(se = TRUE): fit -+ qt(level, df) se.fit;
 * with st (else NULL), the fit's statistics.  span in (0, 1], degree 0,
 * 1 or 2 (the band 1 or 2).  0, or -1 with d set (too few points).
 */
int	smooth_loess(const double *x, const double *y, size_t n, double span,
	    int degree, enum smooth_surface surface, const double *at,
	    size_t nat, double level, double *fit, double *lo, double *hi,
	    struct smooth_loess_stats *st, struct diag *d);

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
