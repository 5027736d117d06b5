#include <math.h>
#include <stddef.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_integration.h>
#include <gsl/gsl_sf_gamma.h>

#include "stats/tukey.h"

/* The Gauss-Legendre nodes and weights on [-1, 1], ascending. */
struct rule {
	double	x[16], w[16];
	size_t	n;
};

static void
rule_init(struct rule *r, size_t n)
{
	gsl_integration_glfixed_table *t;
	size_t i;

	if (r->n == n)		/* made once */
		return;
	t = gsl_integration_glfixed_table_alloc(n);
	r->n = n;
	for (i = 0; i < n; i++)
		gsl_integration_glfixed_point(-1, 1, i, &r->x[i], &r->w[i], t);
	gsl_integration_glfixed_table_free(t);
}

/*
 * P(range of k standard normal values < w), Hartley's form: the chance
 * that all lie in a window of width w centred on 0 plus the integral over
 * the smallest value's position, by 12-point rules on two or three
 * intervals up to 8.  Terms below exp(-30) are dropped as in R.
 */
static double
range_cdf(double w, double k, const struct rule *r12)
{
	double half = w * 0.5, p, step, lo, sum = 0;
	int nint, i;
	size_t j;

	if (half >= 8)
		return 1;
	p = 2 * gsl_cdf_ugaussian_P(half) - 1;
	p = p >= exp(-50 / k) ? pow(p, k) : 0;
	nint = w > 3 ? 2 : 3;
	step = (8 - half) / nint;
	lo = half;
	for (i = 0; i < nint; i++) {
		double hi = lo + step, mid = 0.5 * (hi + lo);
		double rad = 0.5 * (hi - lo), s = 0;

		for (j = 0; j < r12->n; j++) {
			double u = mid + rad * r12->x[j], d;

			if (u * u > 60)		/* exp(-u^2/2) < 1e-13 */
				break;
			d = gsl_cdf_ugaussian_P(u) - gsl_cdf_ugaussian_P(u - w);
			if (d >= exp(-30 / (k - 1)))
				s += r12->w[j] * exp(-0.5 * u * u) *
				    pow(d, k - 1);
		}
		sum += s * (2 * rad * k * 0.398942280401432677939946059934);
		lo = hi;
	}
	p += sum;
	if (p <= exp(-30))
		return 0;
	return p >= 1 ? 1 : p;
}

double
tukey_cdf(double q, double k, double df)
{
	static struct rule r12, r16;
	double f2, lead, f21, ff4, ulen, ans = 0, part = 0;
	int i;
	size_t j;

	if (isnan(q) || isnan(k) || isnan(df) || df < 2 || k < 2)
		return NAN;
	if (q <= 0)
		return 0;
	if (isinf(q))
		return 1;
	rule_init(&r12, 12);
	if (df > 25000)		/* the sd is known: the range alone */
		return range_cdf(q, k, &r12);
	rule_init(&r16, 16);
	/* integrate range_cdf(q s) over the density of s^2 ~ chisq(df)/df,
	 * in steps of ulen, until a step adds less than 1e-14 */
	f2 = df * 0.5;
	lead = f2 * log(df) - df * M_LN2 - gsl_sf_lngamma(f2);
	f21 = f2 - 1;
	ff4 = df * 0.25;
	ulen = df <= 100 ? 1 : df <= 800 ? 0.5 : df <= 5000 ? 0.25 : 0.125;
	lead += log(ulen);
	for (i = 1; i <= 50; i++) {
		double mid = (2 * i - 1) * ulen;

		part = 0;
		for (j = 0; j < r16.n; j++) {
			double u = mid + r16.x[j] * ulen;
			double t = lead + f21 * log(u) - u * ff4;

			if (t >= -30)
				part += range_cdf(q * sqrt(u * 0.5), k, &r12) *
				    r16.w[j] * exp(t);
		}
		if (i * ulen >= 1 && part <= 1e-14)
			break;
		ans += part;
	}
	return ans > 1 ? 1 : ans;
}

double
tukey_cdf_upper(double q, double k, double df)
{
	return 0.5 - tukey_cdf(q, k, df) + 0.5;
}

/* A first guess: Odeh and Evans (1974), AS 70, as R starts from. */
static double
guess(double p, double k, double df)
{
	double ps = 0.5 - 0.5 * p, y = sqrt(log(1 / (ps * ps))), t, c;

	t = y + ((((y * -0.453642210148e-04 - 0.204231210125) * y -
	    0.342242088547) * y - 1.0) * y + 0.322232421088) /
	    ((((y * 0.38560700634e-02 + 0.103537752850) * y +
	    0.531103462366) * y + 0.588581570495) * y + 0.993484626060e-01);
	if (df < 120)
		t += (t * t * t + t) / df / 4;
	c = 0.8832 - 0.2368 * t;
	if (df < 120)
		c += -1.214 / df + 1.208 * t / df;
	return t * (c * log(k - 1) + 1.4142);
}

double
tukey_quantile(double p, double k, double df)
{
	double x0, x1, v0, v1, x = 0;
	int iter;

	if (isnan(p) || isnan(k) || isnan(df) || df < 2 || k < 2 || p < 0 ||
	    p > 1)
		return NAN;
	if (p == 0)
		return 0;
	if (p == 1)
		return INFINITY;
	/* the secant method from the guess and a point 1 away */
	x0 = guess(p, k, df);
	v0 = tukey_cdf(x0, k, df) - p;
	x1 = v0 > 0 ? fmax(0, x0 - 1) : x0 + 1;
	v1 = tukey_cdf(x1, k, df) - p;
	for (iter = 1; iter < 50; iter++) {
		x = x1 - v1 * (x1 - x0) / (v1 - v0);
		v0 = v1;
		x0 = x1;
		if (x < 0)
			x = 0;
		v1 = tukey_cdf(x, k, df) - p;
		x1 = x;
		if (fabs(x1 - x0) < 0.0001)
			return x;
	}
	return x;
}
