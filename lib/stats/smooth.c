/*
 * smooth: scatter-plot smoothers as R defines them: lowess (Cleveland
 * 1979/1981, as R's C clowess), loess with one predictor (the local fits
 * of R's ehg127, interpolated over the vertices of its k-d tree as
 * ehg124/ehg128 do, or direct) with predict.loess's standard errors and
 * R's approximate deltas (ehg141), and the least-squares polynomial with
 * its confidence band.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_machine.h>
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

/* ---- loess ---- */

/* The local fit of loess at a point: its operator rows over the n points. */
struct local {
	const double	*x;
	size_t		 n, nf;		/* points, and in a neighbourhood */
	int		 degree;
	double		*dist, *sorted;	/* scratch of n */
	gsl_matrix	*X, *V;		/* nf x p, p x p */
	gsl_vector	*S, *work;	/* p */
	double		*u;		/* nf root weights */
	size_t		*who;		/* nf: their points */
};

static void
local_init(struct local *lc, const double *x, size_t n, size_t nf,
    int degree)
{
	size_t p = (size_t)degree + 1;

	lc->x = x;
	lc->n = n;
	lc->nf = nf;
	lc->degree = degree;
	lc->dist = xmalloc(n * sizeof(*lc->dist));
	lc->sorted = xmalloc(n * sizeof(*lc->sorted));
	lc->X = gsl_matrix_alloc(nf, p);
	lc->V = gsl_matrix_alloc(p, p);
	lc->S = gsl_vector_alloc(p);
	lc->work = gsl_vector_alloc(p);
	lc->u = xmalloc(nf * sizeof(*lc->u));
	lc->who = xmalloc(nf * sizeof(*lc->who));
}

static void
local_free(struct local *lc)
{
	free(lc->dist);
	free(lc->sorted);
	gsl_matrix_free(lc->X);
	gsl_matrix_free(lc->V);
	gsl_vector_free(lc->S);
	gsl_vector_free(lc->work);
	free(lc->u);
	free(lc->who);
}

/*
 * The local polynomial at q (R's ehg127): over the nf nearest points,
 * rows weighted by the root tricube of the distance over the nf-th, the
 * columns (x - q)^j / r^j equilibrated, solved by the SVD with singular
 * values under 100 eps of the largest dropped (R's pseudoinverse).  The
 * operator rows: the fit at q is sum val[i] y[i], its slope sum
 * slope[i] y[i] (slope may be NULL; 0 for degree 0).  0, or -1 with d
 * set when the nf nearest all sit at q.
 */
static int
local_rows(struct local *lc, double q, double *val, double *slope,
    struct diag *d)
{
	size_t n = lc->n, nf = lc->nf, p = (size_t)lc->degree + 1, i, j, k, m;
	double rho, r, t, norm[3], smax, v0, v1;
	gsl_error_handler_t *old;

	for (i = 0; i < n; i++)
		lc->dist[i] = lc->sorted[i] = (lc->x[i] - q) * (lc->x[i] - q);
	qsort(lc->sorted, n, sizeof(*lc->sorted), cmp_double);
	rho = lc->sorted[nf - 1];
	if (!(rho > 0))
		return diag_set(d, STATUS_DATA, "loess: the %zu nearest x all "
		    "equal %g", nf, q);
	r = sqrt(rho);
	/* a point at the radius weighs 0: leaving it out is the same */
	gsl_matrix_set_zero(lc->X);
	for (i = m = 0; i < n && m < nf; i++) {
		if (!(lc->dist[i] < rho))
			continue;
		lc->u[m] = sqrt(cube(1 - cube(sqrt(lc->dist[i] / rho))));
		t = (lc->x[i] - q) / r;
		for (j = 0; j < p; j++)
			gsl_matrix_set(lc->X, m, j, lc->u[m] * pow(t, (double)j));
		lc->who[m++] = i;
	}
	for (j = 0; j < p; j++) {
		gsl_vector_view col = gsl_matrix_column(lc->X, j);

		norm[j] = gsl_blas_dnrm2(&col.vector);
		if (norm[j] > 0)
			gsl_vector_scale(&col.vector, 1 / norm[j]);
		else
			norm[j] = 1;
	}
	old = gsl_set_error_handler_off();
	gsl_linalg_SV_decomp(lc->X, lc->V, lc->S, lc->work);
	gsl_set_error_handler(old);
	/* X = U S V': the coefficients are V S+ U' (u y) */
	memset(val, 0, n * sizeof(*val));
	if (slope != NULL)
		memset(slope, 0, n * sizeof(*slope));
	smax = gsl_vector_get(lc->S, 0);
	for (k = 0; k < p; k++) {
		double sk = gsl_vector_get(lc->S, k);

		if (!(sk > 100 * GSL_DBL_EPSILON * smax))
			continue;
		v0 = gsl_matrix_get(lc->V, 0, k) / (sk * norm[0]);
		v1 = p > 1 ? gsl_matrix_get(lc->V, 1, k) / (sk * norm[1] * r) :
		    0;
		for (i = 0; i < m; i++) {
			double uk = gsl_matrix_get(lc->X, i, k) * lc->u[i];

			val[lc->who[i]] += v0 * uk;
			if (slope != NULL)
				slope[lc->who[i]] += v1 * uk;
		}
	}
	return 0;
}

/* The cubic Hermite weights at h in [0, 1] of a cell w wide: of the
 * values at its ends (c[0], c[1]) and of the slopes there (c[2], c[3]). */
static void
hermite(double h, double w, double c[4])
{
	c[0] = (1 - h) * (1 - h) * (1 + 2 * h);
	c[1] = h * h * (3 - 2 * h);
	c[2] = h * (1 - h) * (1 - h) * w;
	c[3] = h * h * (h - 1) * w;
}

/* The cell of sorted vertices v[0..nv) that holds z, as R descends its
 * tree (z on a split goes left): its left vertex. */
static size_t
cell_of(const double *v, size_t nv, double z)
{
	size_t lo = 0, hi = nv - 1, mid;

	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (z <= v[mid])
			hi = mid;
		else
			lo = mid;
	}
	return lo;
}

/*
 * The vertices of R's k-d tree over the sorted x s[0..n) (ehg126,
 * ehg124 for one predictor): the range widened by 0.5% on each side, and
 * cells split breadth first at the median point (a neighbouring order
 * statistic when the median is tied, as R's search alternates right and
 * left) while they hold more than fc points, until R's cell and vertex
 * limits.  Into v (room for n + 2), sorted; their number.
 */
static size_t
kd_vertices(const double *s, size_t n, size_t fc, double *v)
{
	size_t cap = n > 200 ? n : 200, nc = 1, nv = 2, p, l, u, m, mm;
	size_t (*cell)[2] = xmalloc(2 * (cap + 2) * sizeof(*cell));
	double (*box)[2] = xmalloc(2 * (cap + 2) * sizeof(*box));
	double lo = s[0], hi = s[n - 1], mu;
	long off;
	int leaf;

	mu = 0.005 * fmax(hi - lo, 1e-10 * fmax(fabs(lo), fabs(hi)) + 1e-30);
	v[0] = lo - mu;
	v[1] = hi + mu;
	cell[0][0] = 1;	/* 1-based ranks l..u, as R's */
	cell[0][1] = n;
	box[0][0] = v[0];
	box[0][1] = v[1];
	for (p = 0; p < nc; p++) {
		l = cell[p][0];
		u = cell[p][1];
		leaf = u - l + 1 <= fc || !(box[p][1] - box[p][0] > 0) ||
		    cap < nc + 2 || cap < nv + 1;
		if (leaf)
			continue;
		m = (l + u) / 2;
		/* the nearest split between distinct values: m, m+1, m-1 ... */
		for (off = 0;;) {
			mm = (size_t)((long)m + off);
			if ((long)m + off < (long)l || mm >= u)
				break;
			if (s[mm - 1] != s[mm]) {
				m = mm;
				break;
			}
			off = -off;
			if (off >= 0)
				off++;
		}
		if (box[p][0] == s[m - 1] || box[p][1] == s[m - 1])
			continue;
		cell[nc][0] = l;
		cell[nc][1] = m;
		box[nc][0] = box[p][0];
		box[nc++][1] = s[m - 1];
		cell[nc][0] = m + 1;
		cell[nc][1] = u;
		box[nc][0] = s[m - 1];
		box[nc++][1] = box[p][1];
		v[nv++] = s[m - 1];
	}
	free(cell);
	free(box);
	qsort(v, nv, sizeof(*v), cmp_double);
	return nv;
}

/* R's ehg176: a fitted correction of the delta approximation, itself a
 * one-predictor loess surface: its vertices, values and slopes. */
static double
delta_correction(double z)
{
	static const double v[10] = { -0.005, 0.1204, 0.2017, 0.2815, 0.3705,
	    0.4536, 0.5591, 0.7132, 0.8751, 1.005 };
	static const double val[10] = { -9.0572e-2, 9.5807e-2, 2.6152e-2,
	    -3.1926e-2, -5.3718e-2, -6.4170e-2, -5.8387e-2, -2.0636e-2,
	    4.0172e-2, -1.0856e-2 };
	static const double slope[10] = { 4.4844, -0.7978, -0.7286, -0.4457,
	    -0.3495, 3.2813e-2, 0.1611, 0.3350, -4.1032e-2, -0.7736 };
	size_t k = cell_of(v, 10, z);
	double c[4];

	hermite((z - v[k]) / (v[k + 1] - v[k]), v[k + 1] - v[k], c);
	return c[0] * val[k] + c[1] * val[k + 1] + c[2] * slope[k] +
	    c[3] * slope[k + 1];
}

/*
 * R's ehg141 for one predictor: delta1 and delta2 (the traces of
 * (I - L)'(I - L) and of its square) from the trace of L, by Cleveland's
 * fitted formula for a local polynomial of the degree; k is R's tau.
 */
static void
delta_approx(double trl, size_t n, int degree, double k, double *d1,
    double *d2)
{
	/* R's table, for one predictor: c1, c2, c3 of delta1 and delta2 */
	static const double c[2][2][3] = {
		{ { .2971620, .3802660, .5886043 },
		  { .2848308, .2254512, .2914126 } },
		{ { .1611761, .3091323, .4401023 },
		  { .2075670, .2822574, .2369957 } },
	};
	double corx = sqrt(k / (double)n), z, c4;
	int g = degree >= 2;

	z = (sqrt(k / trl) - corx) / (1 - corx);
	z = fmin(1, fmax(0, z));
	c4 = exp(delta_correction(z));
	*d1 = (double)n - trl * exp(c[g][0][0] * pow(z, c[g][0][1]) *
	    pow(1 - z, c[g][0][2]) * c4);
	*d2 = (double)n - trl * exp(c[g][1][0] * pow(z, c[g][1][1]) *
	    pow(1 - z, c[g][1][2]) * c4);
}

/* A loess surface: the operator row of the fit at any point. */
struct surface {
	struct local	 lc;
	enum smooth_surface kind;
	size_t		 nv;
	double		*v;		/* interpolate: nv vertices */
	double		*val, *slope;	/* their operator rows, nv x n */
	double		*vy, *sy;	/* their values and slopes */
};

/* The operator row at z into row (n); 0, or -1 with d set. */
static int
surface_row(struct surface *sf, double z, double *row, struct diag *d)
{
	size_t n = sf->lc.n, k, i;
	double c[4], *a, *b, *sa, *sb;

	if (sf->kind == SMOOTH_DIRECT)
		return local_rows(&sf->lc, z, row, NULL, d);
	k = cell_of(sf->v, sf->nv, z);
	hermite((z - sf->v[k]) / (sf->v[k + 1] - sf->v[k]),
	    sf->v[k + 1] - sf->v[k], c);
	a = sf->val + k * n;
	b = a + n;
	sa = sf->slope + k * n;
	sb = sa + n;
	for (i = 0; i < n; i++)
		row[i] = c[0] * a[i] + c[1] * b[i] + c[2] * sa[i] +
		    c[3] * sb[i];
	return 0;
}

/* The fit at z and, at a data point i (else SIZE_MAX), L[i][i]. */
static int
surface_at(struct surface *sf, const double *y, double z, size_t i,
    double *row, double *fit, double *lii, struct diag *d)
{
	size_t n = sf->lc.n, k, j;
	double c[4];

	if (sf->kind == SMOOTH_DIRECT) {
		if (local_rows(&sf->lc, z, row, NULL, d) != 0)
			return -1;
		for (*fit = 0, j = 0; j < n; j++)
			*fit += row[j] * y[j];
		if (i != SIZE_MAX)
			*lii = row[i];
		return 0;
	}
	k = cell_of(sf->v, sf->nv, z);
	hermite((z - sf->v[k]) / (sf->v[k + 1] - sf->v[k]),
	    sf->v[k + 1] - sf->v[k], c);
	*fit = c[0] * sf->vy[k] + c[1] * sf->vy[k + 1] + c[2] * sf->sy[k] +
	    c[3] * sf->sy[k + 1];
	if (i != SIZE_MAX)
		*lii = c[0] * sf->val[k * n + i] + c[1] * sf->val[(k + 1) * n +
		    i] + c[2] * sf->slope[k * n + i] + c[3] *
		    sf->slope[(k + 1) * n + i];
	return 0;
}

static void
surface_free(struct surface *sf)
{
	local_free(&sf->lc);
	free(sf->v);
	free(sf->val);
	free(sf->slope);
	free(sf->vy);
	free(sf->sy);
}

/* Build the surface: for interpolate, the tree's vertices and the local
 * fit's rows, value and slope at each.  0, or -1 with d set. */
static int
surface_make(struct surface *sf, const double *x, const double *y, size_t n,
    size_t nf, double span, int degree, enum smooth_surface kind,
    struct diag *d)
{
	double *s;
	size_t k, i;

	memset(sf, 0, sizeof(*sf));
	local_init(&sf->lc, x, n, nf, degree);
	sf->kind = kind;
	if (kind == SMOOTH_DIRECT)
		return 0;
	s = xmalloc(n * sizeof(*s));
	memcpy(s, x, n * sizeof(*s));
	qsort(s, n, sizeof(*s), cmp_double);
	sf->v = xmalloc((n + 2) * sizeof(*sf->v));
	sf->nv = kd_vertices(s, n, (size_t)floor((double)n * (span * 0.2)),
	    sf->v);
	free(s);
	sf->val = xmalloc(sf->nv * n * sizeof(*sf->val));
	sf->slope = xmalloc(sf->nv * n * sizeof(*sf->slope));
	sf->vy = xcalloc(sf->nv, sizeof(*sf->vy));
	sf->sy = xcalloc(sf->nv, sizeof(*sf->sy));
	for (k = 0; k < sf->nv; k++) {
		if (local_rows(&sf->lc, sf->v[k], sf->val + k * n,
		    sf->slope + k * n, d) != 0)
			return -1;
		for (i = 0; i < n; i++) {
			sf->vy[k] += sf->val[k * n + i] * y[i];
			sf->sy[k] += sf->slope[k * n + i] * y[i];
		}
	}
	return 0;
}

/* The statistics of the fit (simpleLoess's): the trace of L over the data,
 * the residuals' sum of squares, R's delta approximation. */
static int
surface_stats(struct surface *sf, const double *x, const double *y,
    int degree, struct smooth_loess_stats *st, struct diag *d)
{
	size_t n = sf->lc.n, i;
	double *row = xmalloc(n * sizeof(*row)), fit, lii, rss = 0;
	double tau = degree >= 2 ? 3 : 2;
	int rc = 0;

	st->trace = 0;
	for (i = 0; i < n; i++) {
		if ((rc = surface_at(sf, y, x[i], i, row, &fit, &lii, d)) != 0)
			break;
		st->trace += lii;
		rss += (y[i] - fit) * (y[i] - fit);
	}
	free(row);
	if (rc != 0)
		return -1;
	/* R's lowesa: between the formulas of degree 1 and 2 by tau */
	delta_approx(st->trace, n, degree >= 2 ? 2 : 1, tau, &st->delta1,
	    &st->delta2);
	st->s = sqrt(rss / st->delta1);
	st->df = st->delta1 * st->delta1 / st->delta2;
	st->nv = sf->nv;
	return 0;
}

int
smooth_loess(const double *x, const double *y, size_t n, double span,
    int degree, enum smooth_surface surface, const double *at, size_t nat,
    double level, double *fit, double *lo, double *hi,
    struct smooth_loess_stats *st, struct diag *d)
{
	size_t q = (size_t)floor((double)n * span), p = (size_t)degree + 1, k,
	    i;
	struct smooth_loess_stats own;
	struct surface sf;
	double *row, se, t, lii;
	int rc;

	if (q > n)
		q = n;
	if (!(span > 0 && span <= 1) || degree < 0 || degree > 2 ||
	    (lo != NULL && degree < 1))
		return diag_set(d, STATUS_USAGE, "loess: span in (0, 1] and "
		    "degree 0, 1 or 2 (1 or 2 for a band)");
	if (q < p + 1)
		return diag_set(d, STATUS_DATA, "loess: %zu point%s, %zu in a "
		    "neighbourhood (span %g), need at least %zu there", n,
		    n == 1 ? "" : "s", q, span, p + 1);
	if (st == NULL)
		st = &own;
	memset(st, 0, sizeof(*st));
	row = xmalloc(n * sizeof(*row));
	rc = surface_make(&sf, x, y, n, q, span, degree, surface, d);
	if (rc == 0 && (lo != NULL || st != &own))
		rc = surface_stats(&sf, x, y, degree, st, d);
	t = lo != NULL && rc == 0 ? gsl_cdf_tdist_Pinv(0.5 + level / 2,
	    st->df) : 0;
	for (k = 0; k < nat && rc == 0; k++) {
		rc = surface_at(&sf, y, at[k], SIZE_MAX, row, &fit[k], &lii,
		    d);
		if (rc != 0 || lo == NULL)
			continue;
		/* predict.loess: se.fit = s sqrt(sum L[k][j]^2) */
		if ((rc = surface_row(&sf, at[k], row, d)) != 0)
			break;
		for (se = 0, i = 0; i < n; i++)
			se += row[i] * row[i];
		se = st->s * sqrt(se);
		lo[k] = fit[k] - t * se;
		hi[k] = fit[k] + t * se;
	}
	free(row);
	surface_free(&sf);
	return rc == 0 ? 0 : -1;
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
