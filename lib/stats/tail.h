/*
 * tail: the tail probabilities that tests and models share, in one place,
 * so that one statistic gets one p-value whichever command prints it.
 *
 * The t and F tails come from the regularized incomplete beta function
 * directly (GSL's gsl_cdf_tdist_Q and gsl_cdf_fdist_Q lose digits far in
 * the tail: 5e-7 relative at p = 1e-25, where R's pt and pf do not).  For
 * shapes whose sum is above 1e4, where GSL's continued fraction stops
 * before it converges (beta(1e6, 1e6), an F on 1e8 degrees of freedom),
 * the incomplete beta is a continued fraction with no such cap, its
 * prefactor x^a (1-x)^b / B(a, b) in the form of DiDonato and Morris
 * (TOMS 708, brcomp) that keeps its digits for large shapes.
 */
#ifndef TAIL_H
#define TAIL_H

/*
 * I_x(a, b), the beta distribution's P(X <= x); with upper, P(X > x),
 * computed as itself (not 1 - P).  y is 1 - x, given exactly where the
 * caller knows it.
 */
double	tail_beta(double x, double y, double a, double b, int upper);

/* Two-sided p-value of t on df: P(|T| >= |t|). */
double	tail_t2(double t, double df);
/* P(F >= f) on (d1, d2), and P(F <= f). */
double	tail_f(double f, double d1, double d2);
double	tail_f_lower(double f, double d1, double d2);

#endif
