/*
 * tukey: the distribution of the studentized range, which GSL lacks.
 *
 * The range of k independent standard normal values divided by an
 * independent estimate of their sd on df degrees of freedom.  The
 * integrals are those of Copenhaver and Holland (1988), with the same
 * Gauss-Legendre rules, cut-offs and secant search as R's ptukey and
 * qtukey, so that Tukey's intervals agree with R's TukeyHSD to the last
 * digits (qtukey stops its search at a step below 1e-4, and so does
 * tukey_quantile).
 */
#ifndef TUKEY_H
#define TUKEY_H

/* P(Q <= q) for k means (k >= 2) and df >= 2; NaN outside the domain. */
double	tukey_cdf(double q, double k, double df);
/* P(Q > q), computed as R's ptukey(lower.tail = FALSE) does. */
double	tukey_cdf_upper(double q, double k, double df);
/* The q with tukey_cdf(q) = p, 0 < p < 1; NaN outside the domain. */
double	tukey_quantile(double p, double k, double df);

#endif
