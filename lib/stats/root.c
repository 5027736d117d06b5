/*
 * root: Brent's root finder with R's stopping rule (R_zeroin2 in R's
 * src/library/stats/src/zeroin.c), so that roots agree with R's uniroot()
 * to rounding.  GSL's Brent solver stops by another rule, and R's default
 * tolerance (eps^0.25, about 1e-4) leaves roots that differ from GSL's in
 * the fifth digit; fisher.test's odds ratio and wilcox.test's estimate
 * are such roots.  The algorithm is R. P. Brent's, Algorithms for
 * Minimization without Derivatives, 1973, as netlib's zeroin.
 */
#include <float.h>
#include <math.h>

#include "stats/root.h"

double
root_zeroin(double ax, double bx, double fa, double fb, double tol,
    double (*f)(double, void *), void *ctx)
{
	double a = ax, b = bx, c = a, fc = fa;
	int maxit = 1000 + 1;

	if (fa == 0)
		return a;
	if (fb == 0)
		return b;
	while (maxit--) {
		double prev = b - a, tol_act, p, q, step;

		if (fabs(fc) < fabs(fb)) {	/* b is the best guess */
			a = b;
			b = c;
			c = a;
			fa = fb;
			fb = fc;
			fc = fa;
		}
		tol_act = 2 * DBL_EPSILON * fabs(b) + tol / 2;
		step = (c - b) / 2;
		if (fabs(step) <= tol_act || fb == 0)
			return b;
		if (fabs(prev) >= tol_act && fabs(fa) > fabs(fb)) {
			double t1, t2, cb = c - b;

			if (a == c) {		/* secant */
				t1 = fb / fa;
				p = cb * t1;
				q = 1.0 - t1;
			} else {		/* inverse quadratic */
				q = fa / fc;
				t1 = fb / fc;
				t2 = fb / fa;
				p = t2 * (cb * q * (q - t1) - (b - a) *
				    (t1 - 1.0));
				q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
			}
			if (p > 0)
				q = -q;
			else
				p = -p;
			if (p < (0.75 * cb * q - fabs(tol_act * q) / 2) &&
			    p < fabs(prev * q / 2))
				step = p / q;
		}
		if (fabs(step) < tol_act)
			step = step > 0 ? tol_act : -tol_act;
		a = b;
		fa = fb;
		b += step;
		fb = f(b, ctx);
		if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
			c = a;
			fc = fa;
		}
	}
	return b;
}
