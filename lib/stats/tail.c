/* tail: t, F and beta tail probabilities, accurate far out (see tail.h). */
#include <float.h>
#include <math.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

#include "stats/tail.h"

#define LARGE_SHAPES	1e4	/* a + b: GSL's continued fraction may stop */
#define CF_MAXIT	1000000	/* ~sqrt(max(a, b)) terms are needed */
#define CF_TINY		1e-300

/* lnGamma(z) - ((z - 1/2) ln z - z + ln(2 pi) / 2) for z >= 10 */
static double
stirling_rest(double z)
{
	double z2 = 1 / (z * z);

	return (1.0 / 12 - z2 * (1.0 / 360 - z2 * (1.0 / 1260 -
	    z2 / 1680))) / z;
}

/*
 * ln(x^a y^b / B(a, b)), dx = x - x0 where x0 = a / (a + b), given
 * accurately by the caller.  For large shapes as brcomp: a ln(x/x0) +
 * b ln(y/y0) + ln(ab / (2 pi (a + b))) / 2 + the Stirling remainders,
 * each logarithm a log1p of dx, so that nothing of size a cancels and x
 * and y cannot disagree.
 */
static double
log_prefactor(double x, double y, double dx, double a, double b)
{
	double s = a + b, x0 = a / s, y0 = b / s;

	if (a < 10 || b < 10)	/* the logarithms from the exact one */
		return a * (x <= y ? log(x) : log1p(-y)) + b * (x <= y ?
		    log1p(-x) : log(y)) - gsl_sf_lnbeta(a, b);
	return a * log1p(dx / x0) + b * log1p(-dx / y0) +
	    0.5 * log(a * b / (2 * M_PI * s)) + stirling_rest(s) -
	    stirling_rest(a) - stirling_rest(b);
}

/* The continued fraction of I_x(a, b) (modified Lentz); NaN if it fails. */
static double
beta_cf(double a, double b, double x)
{
	double qab = a + b, qap = a + 1, qam = a - 1, c = 1, d, h, aa, del;
	long m;

	d = 1 - qab * x / qap;
	d = 1 / (fabs(d) < CF_TINY ? CF_TINY : d);
	h = d;
	for (m = 1; m <= CF_MAXIT; m++) {
		double m2 = 2.0 * m;

		aa = m * (b - m) * x / ((qam + m2) * (a + m2));
		d = 1 + aa * d;
		d = 1 / (fabs(d) < CF_TINY ? CF_TINY : d);
		c = 1 + aa / c;
		c = fabs(c) < CF_TINY ? CF_TINY : c;
		h *= d * c;
		aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
		d = 1 + aa * d;
		d = 1 / (fabs(d) < CF_TINY ? CF_TINY : d);
		c = 1 + aa / c;
		c = fabs(c) < CF_TINY ? CF_TINY : c;
		del = d * c;
		h *= del;
		if (fabs(del - 1) <= DBL_EPSILON)
			return h;
	}
	return NAN;
}

/* I_x(a, b) or its complement by the continued fraction, dx as above */
static double
beta_large(double x, double y, double dx, double a, double b, int upper)
{
	int lower_direct = x < (a + 1) / (a + b + 2);
	double t;

	/* the smaller side is computed, the other is 1 minus it */
	t = exp(log_prefactor(x, y, dx, a, b)) * (lower_direct ?
	    beta_cf(a, b, x) / a : beta_cf(b, a, y) / b);
	return lower_direct == !upper ? t : 1 - t;
}

double
tail_beta(double x, double y, double a, double b, int upper)
{
	gsl_sf_result r;
	int rc;

	if (isnan(x) || isnan(y))
		return NAN;
	if (x <= 0)
		return upper ? 1 : 0;
	if (y <= 0)
		return upper ? 0 : 1;
	if (a + b <= LARGE_SHAPES) {
		rc = upper ? gsl_sf_beta_inc_e(b, a, y, &r) :
		    gsl_sf_beta_inc_e(a, b, x, &r);
		if (rc == GSL_SUCCESS)
			return r.val;
	}
	/* x - x0 from the smaller of x and y, the one that is exact */
	return beta_large(x, y, x <= y ? x - a / (a + b) : b / (a + b) - y,
	    a, b, upper);
}

double
tail_t2(double t, double df)
{
	double t2 = t * t;

	if (t2 > df)
		return tail_beta(df / (df + t2), t2 / (df + t2), df / 2, 0.5, 0);
	return 2 * gsl_cdf_tdist_Q(fabs(t), df);
}

/*
 * P(F > f) or P(F <= f), from the incomplete beta at x = d2 / (d2 + d1 f)
 * with shapes (d2/2, d1/2); x - x0 = d1 d2 (1 - f) / (s (d1 + d2)).
 */
static double
f_tail(double f, double d1, double d2, int upper)
{
	double s = d2 + d1 * f;

	if (isnan(f))
		return NAN;
	if (f <= 0)
		return upper ? 1 : 0;
	if (isinf(f))
		return upper ? 0 : 1;
	if (d1 + d2 <= 2 * LARGE_SHAPES)
		return tail_beta(d2 / s, d1 * f / s, d2 / 2, d1 / 2, !upper);
	return beta_large(d2 / s, d1 * f / s, d1 / s * (d2 / (d1 + d2)) *
	    (1 - f), d2 / 2, d1 / 2, !upper);
}

double
tail_f(double f, double d1, double d2)
{
	if (f * d1 > d2 || d1 + d2 > 2 * LARGE_SHAPES)
		return f_tail(f, d1, d2, 1);
	return gsl_cdf_fdist_Q(f, d1, d2);
}

double
tail_f_lower(double f, double d1, double d2)
{
	if (d1 + d2 > 2 * LARGE_SHAPES)
		return f_tail(f, d1, d2, 0);
	return gsl_cdf_fdist_P(f, d1, d2);
}
