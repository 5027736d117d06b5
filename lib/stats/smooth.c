/*
 * smooth: scatter-plot smoothers as R defines them: lowess (Cleveland
 * 1979/1981, as R's C clowess), loess with one predictor computed
 * directly (R's loess(surface = "direct"): the local fits of its
 * ehg127 at every point asked), and the least-squares polynomial with
 * its confidence band.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_multifit.h>
#include <gsl/gsl_vector.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "stats/smooth.h"

static double
cube(double v)
{
	return v * v * v;
}

/* ---- lowess ---- */

/* An index sort by x, ties in input order (R's order()). */
static const double *sort_key;

static int
by_x(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	if (sort_key[i] < sort_key[j])
		return -1;
	if (sort_key[i] > sort_key[j])
		return 1;
	return i < j ? -1 : i > j;
}

/*
 * The locally weighted line at `at` over the window x[l..r] (sorted x),
 * with robustness weights rw (NULL: all 1), into *out; w is scratch of n.
 * Tied x right of r are taken in.  0 when every weight is 0.
 */
static int
local_line(const double *x, const double *y, long n, double at, long l,
    long r, const double *rw, double *w, double *out)
{
	double h = fmax(at - x[l], x[r] - at), sum = 0, mean, b, ss, dist;
	long j, end;

	for (j = l; j < n; j++) {
		dist = fabs(x[j] - at);
		if (dist > 0.999 * h) {
			w[j] = 0;
			if (x[j] > at)
				break;
			continue;
		}
		w[j] = dist <= 0.001 * h ? 1 : cube(1 - cube(dist / h));
		if (rw != NULL)
			w[j] *= rw[j];
		sum += w[j];
	}
	end = j;
	if (sum <= 0)
		return 0;
	for (j = l; j < end; j++)
		w[j] /= sum;
	if (h > 0) {	/* the slope, when the x are spread enough */
		for (mean = 0, j = l; j < end; j++)
			mean += w[j] * x[j];
		for (ss = 0, j = l; j < end; j++)
			ss += w[j] * (x[j] - mean) * (x[j] - mean);
		if (sqrt(ss) > 0.001 * (x[n - 1] - x[0])) {
			b = (at - mean) / ss;
			for (j = l; j < end; j++)
				w[j] *= b * (x[j] - mean) + 1;
		}
	}
	for (*out = 0, j = l; j < end; j++)
		*out += w[j] * y[j];
	return 1;
}

/* One pass of lowess over sorted x: the fits at points delta apart,
 * straight lines between them. */
static void
lowess_pass(const double *x, const double *y, long n, long ns, double delta,
    const double *rw, double *w, double *ys)
{
	long l = 0, r = ns - 1, i = 0, last = -1, j;
	double frac;

	for (;;) {
		/* slide the window right while that narrows it */
		if (r < n - 1 && x[i] - x[l] > x[r + 1] - x[i]) {
			l++;
			r++;
			continue;
		}
		if (!local_line(x, y, n, x[i], l, r, rw, w, &ys[i]))
			ys[i] = y[i];
		for (j = last + 1; last >= 0 && j < i; j++) {
			frac = (x[j] - x[last]) / (x[i] - x[last]);
			ys[j] = frac * ys[i] + (1 - frac) * ys[last];
		}
		last = i;
		for (i = last + 1; i < n && x[i] <= x[last] + delta; i++)
			if (x[i] == x[last]) {
				ys[i] = ys[last];
				last = i;
			}
		i = last + 1 > i - 1 ? last + 1 : i - 1;
		if (last >= n - 1)
			break;
	}
}

static int
cmp_double(const void *a, const void *b)
{
	double u = *(const double *)a, v = *(const double *)b;

	return (u > v) - (u < v);
}

/*
 * The bisquare robustness weights of the residuals into rw (6 times
 * their median absolute value as the scale); 0, or -1 when that scale is
 * effectively 0 (the fit is done).
 */
static int
robustness(const double *res, long n, double *rw, double *tmp)
{
	double sc = 0, cmad, a;
	long i, m = n / 2;

	for (i = 0; i < n; i++) {
		tmp[i] = fabs(res[i]);
		sc += tmp[i];
	}
	sc /= (double)n;
	qsort(tmp, (size_t)n, sizeof(*tmp), cmp_double);
	cmad = n % 2 == 0 ? 3 * (tmp[m] + tmp[n - m - 1]) : 6 * tmp[m];
	if (cmad < 1e-7 * sc)
		return -1;
	for (i = 0; i < n; i++) {
		a = fabs(res[i]);
		rw[i] = a <= 0.001 * cmad ? 1 : a <= 0.999 * cmad ?
		    (1 - (a / cmad) * (a / cmad)) * (1 - (a / cmad) * (a / cmad)) :
		    0;
	}
	return 0;
}

int
smooth_lowess(const double *x, const double *y, size_t n, double f, int iter,
    double delta, double *xs, double *ys, struct diag *d)
{
	size_t *idx, i;
	double *sy, *rw, *w, *res;
	long ns, nn = (long)n;
	int it;

	if (n < 1)
		return diag_set(d, STATUS_DATA, "lowess: no points");
	if (!(f > 0) || !isfinite(f) || iter < 0)
		return diag_set(d, STATUS_USAGE, "lowess: f must be > 0 and "
		    "iter >= 0");
	idx = xmalloc(n * sizeof(*idx));
	for (i = 0; i < n; i++)
		idx[i] = i;
	sort_key = x;
	qsort(idx, n, sizeof(*idx), by_x);
	sy = xmalloc(n * sizeof(*sy));
	for (i = 0; i < n; i++) {
		xs[i] = x[idx[i]];
		sy[i] = y[idx[i]];
	}
	free(idx);
	if (n < 2) {
		ys[0] = sy[0];
		free(sy);
		return 0;
	}
	if (delta < 0)
		delta = 0.01 * (xs[n - 1] - xs[0]);
	/* at least two points, at most n, in each window */
	ns = (long)(f * (double)n + 1e-7);
	ns = ns > nn ? nn : ns < 2 ? 2 : ns;
	rw = xmalloc(n * sizeof(*rw));
	w = xmalloc(n * sizeof(*w));
	res = xmalloc(n * sizeof(*res));
	for (it = 0; it <= iter; it++) {
		lowess_pass(xs, sy, nn, ns, delta, it > 0 ? rw : NULL, w, ys);
		if (it == iter)
			break;
		for (i = 0; i < n; i++)
			res[i] = sy[i] - ys[i];
		if (robustness(res, nn, rw, w) != 0)
			break;
	}
	free(sy);
	free(rw);
	free(w);
	free(res);
	return 0;
}

/* ---- loess and the polynomial: least squares through GSL ---- */

/* Solve the (weighted) system X c = v by GSL's SVD least squares;
 * 0, or -1 with d set. */
static int
lsq(gsl_matrix *X, gsl_vector *v, gsl_vector *coef, gsl_matrix *cov,
    double *chisq, struct diag *d)
{
	gsl_multifit_linear_workspace *ws =
	    gsl_multifit_linear_alloc(X->size1, X->size2);
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	int rc = gsl_multifit_linear(X, v, coef, cov, chisq, ws);

	gsl_set_error_handler(old);
	gsl_multifit_linear_free(ws);
	if (rc != 0)
		return diag_set(d, STATUS_DATA, "least squares failed: %s",
		    gsl_strerror(rc));
	return 0;
}

int
smooth_loess(const double *x, const double *y, size_t n, double span,
    int degree, const double *at, size_t nat, double *fit, struct diag *d)
{
	size_t q = (size_t)floor((double)n * span), i, k, m, p;
	double *dist, *sorted, rho, u, chisq;
	gsl_matrix *X, *cov;
	gsl_vector *v, *coef;
	int rc = 0;

	if (q > n)
		q = n;
	p = (size_t)degree + 1;
	if (!(span > 0 && span <= 1) || degree < 0 || degree > 2)
		return diag_set(d, STATUS_USAGE, "loess: span in (0, 1] and "
		    "degree 0, 1 or 2");
	if (q < p + 1)
		return diag_set(d, STATUS_DATA, "loess: %zu point%s, %zu in a "
		    "neighbourhood (span %g), need at least %zu there", n,
		    n == 1 ? "" : "s", q, span, p + 1);
	dist = xmalloc(n * sizeof(*dist));
	sorted = xmalloc(n * sizeof(*sorted));
	X = gsl_matrix_alloc(q, p);
	v = gsl_vector_alloc(q);
	coef = gsl_vector_alloc(p);
	cov = gsl_matrix_alloc(p, p);
	for (k = 0; k < nat && rc == 0; k++) {
		/* the radius: the q-th smallest squared distance */
		for (i = 0; i < n; i++)
			dist[i] = sorted[i] = (x[i] - at[k]) * (x[i] - at[k]);
		qsort(sorted, n, sizeof(*sorted), cmp_double);
		rho = sorted[q - 1];
		if (!(rho > 0)) {
			rc = diag_set(d, STATUS_DATA, "loess: the %zu nearest "
			    "x all equal %g", q, at[k]);
			break;
		}
		/* the points inside, rows weighted by the root tricube
		 * (a point at the radius weighs 0: leaving it out is the same) */
		gsl_matrix_set_zero(X);
		gsl_vector_set_zero(v);
		for (i = m = 0; i < n && m < q; i++) {
			if (!(dist[i] < rho))
				continue;
			u = sqrt(cube(1 - cube(sqrt(dist[i] / rho))));
			gsl_matrix_set(X, m, 0, u);
			if (degree >= 1)
				gsl_matrix_set(X, m, 1, u * (x[i] - at[k]));
			if (degree >= 2)
				gsl_matrix_set(X, m, 2, u * (x[i] - at[k]) *
				    (x[i] - at[k]));
			gsl_vector_set(v, m++, u * y[i]);
		}
		/* centred at the point: the fit there is the intercept */
		if ((rc = lsq(X, v, coef, cov, &chisq, d)) == 0)
			fit[k] = gsl_vector_get(coef, 0);
	}
	gsl_matrix_free(X);
	gsl_matrix_free(cov);
	gsl_vector_free(v);
	gsl_vector_free(coef);
	free(dist);
	free(sorted);
	return rc;
}

int
smooth_poly(const double *x, const double *y, size_t n, int degree,
    const double *at, size_t nat, double level, double *fit, double *lo,
    double *hi, struct diag *d)
{
	size_t p = (size_t)degree + 1, i, j, distinct;
	double mean = 0, sd = 0, *s, chisq, yh, se, t, z;
	gsl_matrix *X, *cov;
	gsl_vector *v, *coef, *row;
	int rc;

	if (degree < 1 || n < p + 1)
		return diag_set(d, STATUS_DATA, "a polynomial of degree %d "
		    "needs at least %zu points, have %zu", degree, p + 1, n);
	s = xmalloc(n * sizeof(*s));
	memcpy(s, x, n * sizeof(*s));
	qsort(s, n, sizeof(*s), cmp_double);
	for (distinct = i = 0; i < n; i++)
		distinct += i == 0 || s[i] != s[i - 1];
	free(s);
	if (distinct < p)
		return diag_set(d, STATUS_DATA, "a polynomial of degree %d "
		    "needs %zu distinct x, have %zu", degree, p, distinct);
	/* powers of the standardized x: the fit is the same, the system
	 * far better conditioned */
	for (i = 0; i < n; i++)
		mean += x[i];
	mean /= (double)n;
	for (i = 0; i < n; i++)
		sd += (x[i] - mean) * (x[i] - mean);
	sd = sqrt(sd / (double)(n - 1));
	X = gsl_matrix_alloc(n, p);
	v = gsl_vector_alloc(n);
	coef = gsl_vector_alloc(p);
	cov = gsl_matrix_alloc(p, p);
	row = gsl_vector_alloc(p);
	for (i = 0; i < n; i++) {
		z = (x[i] - mean) / sd;
		for (j = 0; j < p; j++)
			gsl_matrix_set(X, i, j, pow(z, (double)j));
		gsl_vector_set(v, i, y[i]);
	}
	rc = lsq(X, v, coef, cov, &chisq, d);
	/* cov is chisq / (n - p) (X'X)^-1: predict()'s standard errors */
	t = gsl_cdf_tdist_Pinv(0.5 + level / 2, (double)(n - p));
	for (i = 0; i < nat && rc == 0; i++) {
		z = (at[i] - mean) / sd;
		for (j = 0; j < p; j++)
			gsl_vector_set(row, j, pow(z, (double)j));
		gsl_multifit_linear_est(row, coef, cov, &yh, &se);
		fit[i] = yh;
		lo[i] = yh - t * se;
		hi[i] = yh + t * se;
	}
	gsl_matrix_free(X);
	gsl_matrix_free(cov);
	gsl_vector_free(v);
	gsl_vector_free(coef);
	gsl_vector_free(row);
	return rc;
}
