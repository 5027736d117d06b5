/*
 * kstest: one- and two-sample Kolmogorov-Smirnov tests, as R's ks.test.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sort.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "stats/dist.h"
#include "stats/kstest.h"
#include "io/out.h"
#include "core/xalloc.h"

double
kstest_pkstwo(double x, double tol)
{
	double z, w, s, old, new;
	int k, kmax;

	if (x <= 0)
		return 0;
	if (x < 1) {
		/* the theta-function form, which converges fast for small x */
		kmax = (int)sqrt(2 - log(tol));
		z = -(M_PI_2 * M_PI_4) / (x * x);
		w = log(x);
		s = 0;
		for (k = 1; k < kmax; k += 2)
			s += exp(k * k * z - w);
		return s * sqrt(2 * M_PI);
	}
	z = -2 * x * x;
	s = -1;
	old = 0;
	new = 1;
	for (k = 1; fabs(old - new) > tol; k++) {
		old = new;
		new += 2 * s * exp(z * k * k);
		s = -s;
	}
	return new;
}

/*
 * Marsaglia, Tsang and Wang (2003): P(D_n < d) is an element of the n-th
 * power of an m x m matrix H, times n!/n^n.  Powers are taken by squaring,
 * with the decimal exponent kept apart to avoid overflow.
 */
static void
mat_mul(const double *a, const double *b, double *c, int m)
{
	int i, j, k;
	double s;

	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++) {
			for (s = 0, k = 0; k < m; k++)
				s += a[i * m + k] * b[k * m + j];
			c[i * m + j] = s;
		}
}

static void
mat_pow(const double *a, int ea, double *v, int *ev, int m, size_t n)
{
	double *b;
	int i;

	if (n == 1) {
		memcpy(v, a, (size_t)m * m * sizeof(*v));
		*ev = ea;
		return;
	}
	mat_pow(a, ea, v, ev, m, n / 2);
	b = xmalloc((size_t)m * m * sizeof(*b));
	mat_mul(v, v, b, m);
	if (n % 2 == 0) {
		memcpy(v, b, (size_t)m * m * sizeof(*v));
		*ev *= 2;
	} else {
		mat_mul(a, b, v, m);
		*ev = ea + 2 * *ev;
	}
	free(b);
	if (v[(m / 2) * m + m / 2] > 1e140) {
		for (i = 0; i < m * m; i++)
			v[i] *= 1e-140;
		*ev += 140;
	}
}

double
kstest_pkolmogorov(double d, size_t n)
{
	int k = (int)(n * d) + 1, m = 2 * k - 1, i, j, g, eq;
	double h = k - n * d, *hm, *q, s;
	size_t t;

	hm = xcalloc((size_t)m * m, sizeof(*hm));
	q = xmalloc((size_t)m * m * sizeof(*q));
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			hm[i * m + j] = i - j + 1 < 0 ? 0 : 1;
	for (i = 0; i < m; i++) {
		hm[i * m] -= pow(h, i + 1);
		hm[(m - 1) * m + i] -= pow(h, m - i);
	}
	hm[(m - 1) * m] += 2 * h - 1 > 0 ? pow(2 * h - 1, m) : 0;
	for (i = 0; i < m; i++)
		for (j = 0; j < m; j++)
			if (i - j + 1 > 0)
				for (g = 1; g <= i - j + 1; g++)
					hm[i * m + j] /= g;
	mat_pow(hm, 0, q, &eq, m, n);
	s = q[(k - 1) * m + k - 1];
	for (t = 1; t <= n; t++) {
		s = s * t / n;
		if (s < 1e-140) {
			s *= 1e140;
			eq -= 140;
		}
	}
	free(hm);
	free(q);
	return s * pow(10.0, eq);
}

/* Birnbaum and Tingey (1951): P(D+_n < d), as R's pkolmogorov1x. */
static double
pkolmogorov1(double d, size_t n)
{
	double s = 0, an = (double)n;
	size_t j, jmax;

	if (d <= 0)
		return 0;
	if (d >= 1)
		return 1;
	jmax = (size_t)floor(an * (1 - d));
	for (j = 0; j <= jmax; j++)
		s += exp(gsl_sf_lnchoose((unsigned)n, (unsigned)j) +
		    (an - j) * log(1 - d - j / an) +
		    (j - 1.0) * log(d + j / an));
	return 1 - d * s;
}

static double
clamp01(double p)
{
	return fmin(1, fmax(0, p));
}

int
kstest_one(const double *x0, size_t n, const struct dist *d,
    const double *par, enum alt alt, enum kstest_exact ex,
    struct kstest_result *r, struct diag *dg)
{
	double *x, f, dp = -INFINITY, dm = -INFINITY;
	size_t i;

	memset(r, 0, sizeof(*r));
	if (n < 1)
		return diag_set(dg, STATUS_DATA, "no values to test");
	x = xmalloc(n * sizeof(*x));
	memcpy(x, x0, n * sizeof(*x));
	gsl_sort(x, 1, n);
	for (i = 0; i + 1 < n; i++)
		if (x[i] == x[i + 1])
			r->ties = 1;
	for (i = 0; i < n; i++) {
		f = dist_eval(d, par, DIST_CDF, x[i]);
		dm = fmax(dm, f - (double)i / n);
		dp = fmax(dp, 1.0 / n - (f - (double)i / n));
	}
	free(x);
	r->n1 = n;
	r->statistic = alt == ALT_TWO_SIDED ? fmax(dp, dm) :
	    alt == ALT_GREATER ? dp : dm;
	r->exact = ex == KSTEST_EXACT || (ex == KSTEST_AUTO && n < 100 &&
	    !r->ties);
	/* the two-sided matrix power costs m^3 log2(n), m = 2 n D + 1 */
	if (r->exact && alt == ALT_TWO_SIDED) {
		double m = 2 * floor(n * r->statistic) + 1;

		if (m * m * m * log2((double)n + 1) > KSTEST_EXACT_MAX) {
			r->exact = 0;
			r->too_large = 1;
			diag_warn("the exact p-value would take too long (n "
			    "%zu): the asymptotic one", n);
		}
	}
	if (r->exact)
		r->p_value = 1 - (alt == ALT_TWO_SIDED ?
		    kstest_pkolmogorov(r->statistic, n) :
		    pkolmogorov1(r->statistic, n));
	else
		r->p_value = alt == ALT_TWO_SIDED ?
		    1 - kstest_pkstwo(sqrt((double)n) * r->statistic, 1e-6) :
		    exp(-2.0 * n * r->statistic * r->statistic);
	r->p_value = clamp01(r->p_value);
	return 0;
}

/*
 * P(D >= q) over the monotone lattice paths from (0, 0) to (nx, ny), all
 * equally likely, where D is u/nx - v/ny (its absolute value if
 * two-sided), checked only where the pooled sorted sample moves to a new
 * value (R's psmirnov with ties).  The walk carries the probability of
 * being at (u, v) without having reached q, and adds up the probability
 * of reaching it first at each point: a sum of positive terms, so that a
 * small p-value keeps its digits (1 - P(D < q) loses them).
 */
static double
psmirnov_upper(double q, size_t nx, size_t ny, const int *step_ok,
    int two_sided)
{
	size_t nn = nx + ny, k, u, v, lo, hi;
	double *c = xcalloc(nx + 1, sizeof(*c)), dd, left, hit = 0;

	q = (0.5 + floor(q * nx * ny - 1e-7)) / ((double)nx * ny);
	c[0] = 1;
	for (k = 1; k <= nn; k++) {
		lo = k > ny ? k - ny : 0;
		hi = k < nx ? k : nx;
		left = (double)(nn - (k - 1));	/* steps left before this */
		/* downward, so c[u - 1] is still the previous step's */
		for (u = hi + 1; u-- > lo;) {
			double by_y = u <= k - 1 && k - 1 - u <= ny ? c[u] *
			    (double)(ny - (k - 1 - u)) / left : 0;
			double by_x = u > 0 ? c[u - 1] * (double)(nx - (u - 1)) /
			    left : 0;

			c[u] = by_y + by_x;
			if (step_ok[k - 1]) {
				v = k - u;
				dd = (double)u / nx - (double)v / ny;
				if (two_sided)
					dd = fabs(dd);
				if (!(q > dd)) {
					hit += c[u];
					c[u] = 0;
				}
			}
		}
		if (lo > 0)
			c[lo - 1] = 0;
	}
	free(c);
	return hit;
}

int
kstest_two(const double *x0, size_t nx, const double *y0, size_t ny,
    enum alt alt, enum kstest_exact ex, struct kstest_result *r,
    struct diag *dg)
{
	double *x, *y, *w, z, zmax = -INFINITY, zmin = INFINITY, n, v;
	size_t i = 0, j = 0, k, nn = nx + ny;
	int *step_ok;

	memset(r, 0, sizeof(*r));
	if (nx < 1 || ny < 1)
		return diag_set(dg, STATUS_DATA, "a sample has no values "
		    "(%zu and %zu)", nx, ny);
	x = xmalloc(nx * sizeof(*x));
	y = xmalloc(ny * sizeof(*y));
	w = xmalloc(nn * sizeof(*w));
	step_ok = xmalloc(nn * sizeof(*step_ok));
	memcpy(x, x0, nx * sizeof(*x));
	memcpy(y, y0, ny * sizeof(*y));
	gsl_sort(x, 1, nx);
	gsl_sort(y, 1, ny);
	memcpy(w, x, nx * sizeof(*w));
	memcpy(w + nx, y, ny * sizeof(*w));
	gsl_sort(w, 1, nn);
	for (k = 0; k < nn; k++) {
		step_ok[k] = k + 1 == nn || w[k] != w[k + 1];
		if (!step_ok[k])
			r->ties = 1;
	}
	/* the ECDF difference after each distinct value */
	while (i < nx || j < ny) {
		v = j == ny || (i < nx && x[i] <= y[j]) ? x[i] : y[j];
		while (i < nx && x[i] == v)
			i++;
		while (j < ny && y[j] == v)
			j++;
		z = (double)i / nx - (double)j / ny;
		zmax = fmax(zmax, z);
		zmin = fmin(zmin, z);
	}
	r->n1 = nx;
	r->n2 = ny;
	r->statistic = alt == ALT_TWO_SIDED ? fmax(zmax, -zmin) :
	    alt == ALT_GREATER ? zmax : -zmin;
	r->exact = ex == KSTEST_EXACT || (ex == KSTEST_AUTO &&
	    (double)nx * ny < 10000);
	/* the walk costs (m + n) min(m, n) steps */
	if (r->exact && (double)nn * (double)(nx < ny ? nx : ny) >
	    KSTEST_EXACT_MAX) {
		r->exact = 0;
		r->too_large = 1;
		diag_warn("the exact p-value would take too long (%zu and "
		    "%zu values): the asymptotic one", nx, ny);
	}
	n = (double)nx * ny / nn;
	if (r->exact)
		r->p_value = psmirnov_upper(r->statistic, nx, ny, step_ok,
		    alt == ALT_TWO_SIDED);
	else if (alt == ALT_TWO_SIDED)
		r->p_value = r->statistic < 2.220446049250313e-16 ? 1 :
		    1 - kstest_pkstwo(sqrt(n) * r->statistic, 1e-6);
	else
		r->p_value = exp(-2 * n * r->statistic * r->statistic);
	r->p_value = clamp01(r->p_value);
	free(x);
	free(y);
	free(w);
	free(step_ok);
	return 0;
}

struct out_table *
kstest_table(const struct kstest_result *r, enum alt alt)
{
	struct out_table *t = out_new();
	char method[128];

	snprintf(method, sizeof(method), "%s %s-sample Kolmogorov-Smirnov "
	    "test%s", r->exact ? "Exact" : "Asymptotic", r->n2 ? "two" : "one",
	    r->too_large ? " (too large for the exact p-value)" : "");
	out_column(t, "method");
	out_column(t, "alternative");
	out_column(t, "statistic");
	out_column(t, "p_value");
	out_column(t, "n1");
	out_column(t, "n2");
	out_row(t);
	out_text(t, 0, 0, method);
	out_text(t, 0, 1, alt_name(alt));
	out_num(t, 0, 2, r->statistic);
	out_num(t, 0, 3, r->p_value);
	out_num(t, 0, 4, (double)r->n1);
	out_num(t, 0, 5, r->n2 ? (double)r->n2 : NAN);
	return t;
}

/* The non-missing values of column col in rows of group gid (all if g NULL). */
static double *
values(const struct frame *f, size_t col, const struct group *g, size_t gid,
    size_t *n)
{
	double *x = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*x)), v;
	size_t i;

	for (*n = i = 0; i < f->nrows; i++)
		if ((g == NULL || g->gid[i] == gid) &&
		    !isnan(v = f->col[col].num[i]))
			x[(*n)++] = v;
	return x;
}

/* The two samples of s: two columns, or the two groups of one. */
static int
two_samples(struct frame *f, const struct kstest_spec *s,
    struct kstest_result *r, struct diag *d)
{
	struct group *g = NULL;
	double *x, *y;
	size_t nx, ny;
	int rc;

	if (s->group != NULL) {
		if (s->ncols != 1)
			return diag_set(d, STATUS_USAGE, "-c: name one column "
			    "with -g");
		if (s->ngroup != 1)
			return diag_set(d, STATUS_USAGE, "-g: name one column");
		g = group_by(f, s->group, 1, 1);
		if (g->ngroups != 2) {
			diag_set(d, STATUS_DATA, "-g needs exactly two groups, "
			    "not %zu", g->ngroups);
			diag_column(d, f->col[s->group[0]].name);
			group_free(g);
			return -1;
		}
	} else if (s->ncols != 2)
		return diag_set(d, STATUS_USAGE, "-c: name two columns, or one "
		    "with --dist or -g");
	x = values(f, s->cols[0], g, 0, &nx);
	y = g ? values(f, s->cols[0], g, 1, &ny) :
	    values(f, s->cols[1], NULL, 0, &ny);
	rc = kstest_two(x, nx, y, ny, s->alt, s->exact, r, d);
	free(x);
	free(y);
	group_free(g);
	return rc;
}

int
kstest_stratum(void *spec, struct frame **f, struct out_table **tp,
    struct diag *d)
{
	return kstest_frame(*f, spec, tp, d);
}

int
kstest_frame(struct frame *f, const struct kstest_spec *s,
    struct out_table **tp, struct diag *d)
{
	struct kstest_result r = { 0 };
	double *x;
	size_t i, nx;
	int rc;

	for (i = 0; i < s->ncols; i++)
		if (frame_numeric(f, s->cols[i], d) != 0)
			return -1;
	if (s->dist != NULL) {
		if (s->ncols != 1)
			return diag_set(d, STATUS_USAGE, "-c: name one column "
			    "to test against --dist");
		x = values(f, s->cols[0], NULL, 0, &nx);
		rc = kstest_one(x, nx, s->dist, s->par, s->alt, s->exact, &r,
		    d);
		free(x);
		if (rc != 0) {
			diag_column(d, f->col[s->cols[0]].name);
			return -1;
		}
	} else if (two_samples(f, s, &r, d) != 0)
		return -1;
	if (r.ties && s->dist != NULL)
		diag_warn("ties should not be present for the "
		    "Kolmogorov-Smirnov test");
	else if (r.ties && !r.exact)
		diag_warn("p-value will be approximate in the presence of ties");
	*tp = kstest_table(&r, s->alt);
	return 0;
}
