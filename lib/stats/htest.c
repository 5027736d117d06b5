/*
 * htest: t-, z- and Wilcoxon tests, following R's t.test and wilcox.test
 * step by step (same statistics, same degenerate cases, same exact
 * distributions) so that the numbers agree with R's to rounding.
 */
#include <float.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sort.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "stats/htest.h"
#include "io/out.h"
#include "stats/rank.h"
#include "stats/root.h"
#include "core/xalloc.h"

/*
 * Mean and sample variance as R's mean() and var() compute them: a long
 * double sum, the mean corrected by the mean of the residuals, then the
 * sum of squared deviations.  var is NaN for fewer than two values.
 */
static void
mean_var(const double *x, size_t n, double *mean, double *var)
{
	long double s = 0, t = 0;
	double m;
	size_t i;

	*mean = *var = NAN;
	if (n == 0)
		return;
	for (i = 0; i < n; i++)
		s += x[i];
	s /= n;
	for (i = 0; i < n; i++)
		t += x[i] - s;
	m = (double)(s + t / n);
	*mean = m;
	if (n < 2)
		return;
	for (s = 0, i = 0; i < n; i++)
		s += ((long double)x[i] - m) * ((long double)x[i] - m);
	*var = (double)(s / (n - 1));
}

/* Two-sided, less or greater p-value of a statistic with CDF P and Q. */
static double
pvalue(enum alt alt, double lower, double upper)
{
	switch (alt) {
	case ALT_LESS:
		return lower;
	case ALT_GREATER:
		return upper;
	default:
		return 2 * fmin(lower, upper);
	}
}

/*
 * The interval mu + (stat -/+ q) * se as R writes it, where q is the
 * quantile of conf (one-sided) or of 1 - alpha/2 (two-sided).
 */
static void
interval(const struct htest_opts *o, double stat, double se, double q,
    struct htest_result *r)
{
	switch (o->alt) {
	case ALT_LESS:
		r->conf_low = -INFINITY;
		r->conf_high = o->mu + (stat + q) * se;
		break;
	case ALT_GREATER:
		r->conf_low = o->mu + (stat - q) * se;
		r->conf_high = INFINITY;
		break;
	default:
		r->conf_low = o->mu + (stat - q) * se;
		r->conf_high = o->mu + (stat + q) * se;
	}
}

/* The probability of the quantile the interval needs. */
static double
conf_prob(const struct htest_opts *o)
{
	return o->alt == ALT_TWO_SIDED ? 1 - (1 - o->conf_level) / 2 :
	    o->conf_level;
}

/*
 * t and z: the statistic from the estimate and its standard error.  R's
 * t.test stops on "data are essentially constant" when se is below 10 eps
 * times the larger absolute mean; that, and an se that is NaN or 0, leaves
 * the statistic undefined.  A z-test's se comes from the known sigmas.
 */
static void
location_test(const struct htest_opts *o, double est, double se, double df,
    double scale, struct htest_result *r)
{
	double stat, q;

	if (isnan(se)) {
		r->undefined = "too few values";
		return;
	}
	if (se == 0 || (o->test == HTEST_T &&
	    se < 10 * DBL_EPSILON * scale)) {
		r->undefined = "the data are essentially constant";
		return;
	}
	stat = (est - o->mu) / se;
	r->statistic = stat;
	if (o->test == HTEST_T) {
		r->df = df;
		r->p_value = pvalue(o->alt, gsl_cdf_tdist_P(stat, df),
		    gsl_cdf_tdist_Q(stat, df));
		q = gsl_cdf_tdist_Pinv(conf_prob(o), df);
	} else {
		r->p_value = pvalue(o->alt, gsl_cdf_ugaussian_P(stat),
		    gsl_cdf_ugaussian_Q(stat));
		q = gsl_cdf_ugaussian_Pinv(conf_prob(o));
	}
	interval(o, stat, se, q, r);
}

/* R's pooled variance: NaN unless there are more values than samples. */
static double
pooled_var(size_t nx, double vx, size_t ny, double vy)
{
	double ss = 0;

	if (nx + ny <= 2)
		return NAN;
	if (nx > 1)
		ss += (nx - 1) * vx;
	if (ny > 1)
		ss += (ny - 1) * vy;
	return ss / (nx + ny - 2);
}

/* One sample, or the differences of pairs: t or z. */
static void
one_sample(const struct htest_opts *o, const struct htest_summary *x,
    struct htest_result *r)
{
	double m = x->mean, se;
	size_t n = x->n;

	r->estimate = m;
	if (o->test == HTEST_Z)
		se = n > 0 ? o->sigma1 / sqrt((double)n) : NAN;
	else
		se = sqrt(x->var / n);
	location_test(o, m, se, n > 1 ? (double)n - 1 : NAN, fabs(m), r);
}

static void
two_sample(const struct htest_opts *o, const struct htest_summary *x,
    const struct htest_summary *y, struct htest_result *r)
{
	double mx = x->mean, vx = x->var, my = y->mean, vy = y->var;
	double se = NAN, df = NAN, pooled;
	size_t nx = x->n, ny = y->n;

	pooled = pooled_var(nx, vx, ny, vy);
	r->estimate = mx - my;
	if (nx == 0 || ny == 0)
		;	/* nothing to compare */
	else if (o->test == HTEST_Z)
		se = sqrt(o->sigma1 * o->sigma1 / nx +
		    o->sigma2 * o->sigma2 / ny);
	else if (o->equal_var) {
		if (nx + ny > 2) {
			df = nx + ny - 2;
			se = sqrt(pooled * (1.0 / nx + 1.0 / ny));
		}
	} else if (nx > 1 && ny > 1) {
		double sx = sqrt(vx / nx), sy = sqrt(vy / ny);

		se = sqrt(sx * sx + sy * sy);
		df = pow(se, 4) / (pow(sx, 4) / (nx - 1) +
		    pow(sy, 4) / (ny - 1));
	}
	location_test(o, r->estimate, se, df, fmax(fabs(mx), fabs(my)), r);
}

/* ---- Wilcoxon ---- */

/*
 * Counts of the signed-rank statistic V = 0 .. n(n+1)/2 over the 2^n
 * sign patterns: subsets of 1..n by their sum.
 */
static double *
signrank_counts(size_t n, size_t *len)
{
	size_t top = n * (n + 1) / 2, j, s;
	double *c = xcalloc(top + 1, sizeof(*c));

	c[0] = 1;
	for (j = 1; j <= n; j++)
		for (s = j * (j + 1) / 2; s >= j; s--)
			c[s] += c[s - j];
	*len = top + 1;
	return c;
}

/*
 * Counts of the rank-sum statistic W = 0 .. mn over the m-subsets of the
 * ranks 1..m+n: W = sum (r_i - i) over the chosen ranks r_1 < ... < r_m,
 * so rank j chosen as the k-th adds j - k.  c[k][w] counts the k-subsets
 * of the ranks so far with that sum.  W has the same distribution for
 * (m, n) and (n, m), so the smaller sample is the one chosen.
 */
static double *
wilcox_counts(size_t m, size_t n, size_t *len)
{
	size_t top = m * n, j, k, w, t;
	double *c, *res;

	if (m > n) {
		t = m;
		m = n;
		n = t;
	}
	c = xcalloc((m + 1) * (top + 1), sizeof(*c));
	c[0] = 1;
	for (j = 1; j <= m + n; j++)
		for (k = j < m ? j : m; k >= 1 && j - k <= n; k--) {
			double *to = c + k * (top + 1);
			const double *from = c + (k - 1) * (top + 1);

			for (w = top + 1; w-- > j - k;)
				to[w] += from[w - (j - k)];
		}
	res = xmalloc((top + 1) * sizeof(*res));
	memcpy(res, c + m * (top + 1), (top + 1) * sizeof(*res));
	free(c);
	*len = top + 1;
	return res;
}

/* Exact distributions cost about this many additions at most. */
#define EXACT_WORK	1e9

/* P(S <= q), or P(S > q) with upper, from counts; q rounded as R does. */
static double
count_tail(const double *c, size_t len, double q, int upper)
{
	double total = 0, p = 0;
	size_t i;

	q = floor(q + 1e-7);
	for (i = 0; i < len; i++) {
		total += c[i];
		if (upper ? (double)i > q : (double)i <= q)
			p += c[i];
	}
	return p / total;
}

/* R's qsignrank and qwilcox: the smallest q with P(S <= q) >= p. */
static double
count_quantile(const double *c, size_t len, double x)
{
	double total = 0, p = 0;
	size_t i, q = 0;

	for (i = 0; i < len; i++)
		total += c[i];
	if (x <= 0.5) {
		x -= 10 * DBL_EPSILON;
		for (q = 0; q < len - 1; q++)
			if ((p += c[q] / total) >= x)
				break;
		return (double)q;
	}
	x = 1 - x + 10 * DBL_EPSILON;
	for (q = 0; q < len - 1; q++)
		if ((p += c[q] / total) > x)
			break;
	return (double)(len - 1 - q);
}

double
htest_psignrank(double q, size_t n)
{
	size_t len;
	double *c = signrank_counts(n, &len), p;

	p = count_tail(c, len, q, 0);
	free(c);
	return p;
}

double
htest_pwilcox(double q, size_t m, size_t n)
{
	size_t len;
	double *c = wilcox_counts(m, n, &len), p;

	p = count_tail(c, len, q, 0);
	free(c);
	return p;
}

/* The median of n sorted values. */
static double
sorted_median(const double *x, size_t n)
{
	return n % 2 ? x[n / 2] : (x[n / 2 - 1] + x[n / 2]) / 2;
}

/*
 * The Hodges-Lehmann estimate and R's exact interval: order statistics of
 * the sorted Walsh averages or differences d[0..nd), at the quantile qu
 * of the statistic's distribution (counts c).
 */
static void
exact_interval(const struct htest_opts *o, double *d, size_t nd,
    const double *c, size_t len, struct htest_result *r)
{
	double alpha = 1 - o->conf_level, qu, achieved;
	size_t top = len - 1, ql;

	gsl_sort(d, 1, nd);
	r->estimate = sorted_median(d, nd);
	qu = count_quantile(c, len, o->alt == ALT_TWO_SIDED ? alpha / 2 :
	    alpha);
	if (qu == 0)
		qu = 1;
	achieved = count_tail(c, len, qu - 1, 0);
	if (o->alt == ALT_TWO_SIDED)
		achieved *= 2;
	if (achieved - alpha > alpha / 2) {	/* R's signif(, 2) */
		char buf[32];

		snprintf(buf, sizeof(buf), "%.2g", achieved);
		r->conf_level = 1 - strtod(buf, NULL);
		r->note = "the confidence level asked for is not achievable";
	}
	ql = top - (size_t)qu;
	r->conf_low = o->alt == ALT_LESS ? -INFINITY : d[(size_t)qu - 1];
	r->conf_high = o->alt == ALT_GREATER ? INFINITY : d[ql];
}

/* The normal approximation of a rank statistic with its mean and sd. */
static void
rank_normal(const struct htest_opts *o, double stat, double mean, double sd,
    struct htest_result *r)
{
	double z = stat - mean, corr = 0;

	if (!(sd > 0)) {
		r->undefined = "all values are tied";
		return;
	}
	if (o->correct && o->alt == ALT_TWO_SIDED)
		corr = z > 0 ? 0.5 : z < 0 ? -0.5 : 0;
	else if (o->correct)
		corr = o->alt == ALT_LESS ? -0.5 : 0.5;
	z = (z - corr) / sd;
	r->p_value = pvalue(o->alt, gsl_cdf_ugaussian_P(z),
	    gsl_cdf_ugaussian_Q(z));
}

/* Exact p-value of S = stat from the counts of its distribution. */
static double
exact_p(enum alt alt, double stat, const double *c, size_t len)
{
	double top = (double)(len - 1), p;

	switch (alt) {
	case ALT_LESS:
		return count_tail(c, len, stat, 0);
	case ALT_GREATER:
		return count_tail(c, len, stat - 1, 1);
	default:
		p = stat > top / 2 ? count_tail(c, len, stat - 1, 1) :
		    count_tail(c, len, stat, 0);
		return fmin(2 * p, 1);
	}
}

/*
 * The normal-approximation interval and estimate, as R's wilcox.test
 * finds them with conf.int = TRUE: the shifts d at which the corrected z
 * of the data shifted by d crosses a normal quantile, by R's uniroot (the
 * zeroin of Brent) to R's tolerance 1e-4.  The z is a step function of d,
 * so only the same search gives the same numbers.
 */
struct wfun {
	const double	*x, *y;		/* y NULL: signed rank of x - d */
	size_t		 nx, ny;
	enum alt	 alt;
	int		 correct;
	double		*buf, *rank;	/* nx + ny scratch values each */
	double		 zq;		/* the quantile subtracted */
};

static double
wfun_eval(struct wfun *w, double d)
{
	double nx, ny, z, sd, ties, corr = 0, sum = 0;
	size_t i, n = 0;

	if (w->y == NULL) {
		for (i = 0; i < w->nx; i++)
			if (w->x[i] - d != 0)
				w->buf[n++] = w->x[i] - d;
		for (i = 0; i < n; i++)
			w->rank[i] = fabs(w->buf[i]);
		memcpy(w->buf + n, w->rank, n * sizeof(*w->buf));
		ties = rank_average(w->buf + n, n, w->rank);
		for (i = 0; i < n; i++)
			if (w->buf[i] > 0)
				sum += w->rank[i];
		nx = (double)n;
		z = sum - nx * (nx + 1) / 4;
		sd = sqrt(nx * (nx + 1) * (2 * nx + 1) / 24 - ties / 48);
	} else {
		for (i = 0; i < w->nx; i++)
			w->buf[i] = w->x[i] - d;
		memcpy(w->buf + w->nx, w->y, w->ny * sizeof(*w->buf));
		ties = rank_average(w->buf, w->nx + w->ny, w->rank);
		for (i = 0; i < w->nx; i++)
			sum += w->rank[i];
		nx = (double)w->nx;
		ny = (double)w->ny;
		z = sum - nx * (nx + 1) / 2 - nx * ny / 2;
		sd = sqrt((nx * ny / 12) * ((nx + ny + 1) - ties / ((nx + ny) *
		    (nx + ny - 1))));
	}
	if (w->correct)
		corr = w->alt == ALT_LESS ? -0.5 : w->alt == ALT_GREATER ?
		    0.5 : z > 0 ? 0.5 : z < 0 ? -0.5 : 0;
	z = (z - corr) / sd - w->zq;
	if (!isfinite(z))	/* as R's zeroin2 replaces them */
		return z == -INFINITY ? -DBL_MAX : DBL_MAX;
	return z;
}

static double
wfun_root(double d, void *w)
{
	return wfun_eval(w, d);
}

#define ROOT_TOL	1e-4	/* R's tol.root */

/* uniroot of z(d) - zq over [lo, hi], given z(lo) and z(hi). */
static double
root(struct wfun *w, double lo, double hi, double zlo, double zhi, double zq)
{
	w->zq = zq;
	return root_zeroin(lo, hi, zlo - zq, zhi - zq, ROOT_TOL, wfun_root, w);
}

/* Signed rank: R's search, which widens alpha until the ends bracket. */
static int
signed_interval(const struct htest_opts *o, struct wfun *w, double lo,
    double hi, struct htest_result *r)
{
	double alpha = 1 - o->conf_level, zlo, zhi, level;

	w->zq = 0;
	zlo = wfun_eval(w, lo);
	zhi = wfun_eval(w, hi);
	if (!(fabs(zlo) < DBL_MAX) || !(fabs(zhi) < DBL_MAX)) {
		/* R: no interval, and the midrange as the estimate */
		r->conf_low = o->alt == ALT_LESS ? -INFINITY : NAN;
		r->conf_high = o->alt == ALT_GREATER ? INFINITY : NAN;
		r->estimate = (lo + hi) / 2;
		r->conf_level = 0;
		r->note = "no confidence interval: all values are tied";
		return -1;
	}
	if (o->alt == ALT_TWO_SIDED)
		while (zlo - gsl_cdf_ugaussian_Qinv(alpha / 2) < 0 ||
		    zhi - gsl_cdf_ugaussian_Pinv(alpha / 2) > 0)
			alpha *= 2;
	else if (o->alt == ALT_GREATER)
		while (zlo - gsl_cdf_ugaussian_Qinv(alpha) < 0)
			alpha *= 2;
	else	/* R compares with alpha/2 here */
		while (zhi - gsl_cdf_ugaussian_Pinv(alpha / 2) > 0)
			alpha *= 2;
	level = 1 - o->conf_level;
	if (alpha >= 1 || level < alpha * 0.75) {
		r->conf_level = 1 - fmin(1, alpha);
		r->note = "the confidence level asked for is not achievable";
	}
	if (alpha >= 1) {
		double *s = xmalloc(w->nx * sizeof(*s));

		memcpy(s, w->x, w->nx * sizeof(*s));
		gsl_sort(s, 1, w->nx);
		r->conf_low = r->conf_high = sorted_median(s, w->nx);
		free(s);
	} else if (o->alt == ALT_TWO_SIDED) {
		r->conf_low = root(w, lo, hi, zlo, zhi,
		    gsl_cdf_ugaussian_Qinv(alpha / 2));
		r->conf_high = root(w, lo, hi, zlo, zhi,
		    gsl_cdf_ugaussian_Pinv(alpha / 2));
	} else if (o->alt == ALT_GREATER)
		r->conf_low = root(w, lo, hi, zlo, zhi,
		    gsl_cdf_ugaussian_Qinv(alpha));
	else
		r->conf_high = root(w, lo, hi, zlo, zhi,
		    gsl_cdf_ugaussian_Pinv(alpha));
	if (o->alt == ALT_LESS)
		r->conf_low = -INFINITY;
	if (o->alt == ALT_GREATER)
		r->conf_high = INFINITY;
	return 0;
}

/* Rank sum: an end that does not bracket is the interval's end. */
static void
sum_interval(const struct htest_opts *o, struct wfun *w, double lo,
    double hi, struct htest_result *r)
{
	double alpha = 1 - o->conf_level, zlo, zhi, q;

	w->zq = 0;
	zlo = wfun_eval(w, lo);
	zhi = wfun_eval(w, hi);
	r->conf_low = -INFINITY;
	r->conf_high = INFINITY;
	if (o->alt != ALT_LESS) {
		q = gsl_cdf_ugaussian_Qinv(o->alt == ALT_TWO_SIDED ?
		    alpha / 2 : alpha);
		r->conf_low = zlo - q <= 0 ? lo : zhi - q >= 0 ? hi :
		    root(w, lo, hi, zlo, zhi, q);
	}
	if (o->alt != ALT_GREATER) {
		q = gsl_cdf_ugaussian_Pinv(o->alt == ALT_TWO_SIDED ?
		    alpha / 2 : alpha);
		r->conf_high = zlo - q <= 0 ? lo : zhi - q >= 0 ? hi :
		    root(w, lo, hi, zlo, zhi, q);
	}
}

/*
 * The interval, then the estimate: the root of the uncorrected z, as R
 * computes it (it sets correct to FALSE before the estimate).
 */
static void
approx_interval(const struct htest_opts *o, const double *x, size_t nx,
    const double *y, size_t ny, struct htest_result *r)
{
	struct wfun w = { x, y, nx, ny, o->alt, o->correct, NULL, NULL, 0 };
	double lo, hi, zlo, zhi;
	size_t i;

	if (nx == 0 || (y != NULL && ny == 0))
		return;
	w.buf = xmalloc(2 * (nx + ny) * sizeof(*w.buf));
	w.rank = xmalloc((nx + ny) * sizeof(*w.rank));
	lo = hi = x[0];
	for (i = 1; i < nx; i++) {
		lo = fmin(lo, x[i]);
		hi = fmax(hi, x[i]);
	}
	if (y != NULL) {
		double ylo = y[0], yhi = y[0];

		for (i = 1; i < ny; i++) {
			ylo = fmin(ylo, y[i]);
			yhi = fmax(yhi, y[i]);
		}
		lo -= yhi;
		hi -= ylo;
		sum_interval(o, &w, lo, hi, r);
	} else if (signed_interval(o, &w, lo, hi, r) != 0)
		goto done;
	if (lo < hi) {
		w.correct = 0;
		w.zq = 0;
		zlo = wfun_eval(&w, lo);
		zhi = wfun_eval(&w, hi);
		if (!(zlo > 0 && zhi > 0) && !(zlo < 0 && zhi < 0))
			r->estimate = root_zeroin(lo, hi, zlo, zhi, ROOT_TOL,
			    wfun_root, &w);
	}
done:
	free(w.buf);
	free(w.rank);
}

/* One sample or the differences of pairs: the signed-rank test. */
static void
signed_rank(const struct htest_opts *o, const double *x, size_t n0,
    struct htest_result *r)
{
	double *d = xmalloc((n0 ? n0 : 1) * sizeof(*d)), *a, *rank, ties, v = 0;
	size_t n = 0, i, j;
	int exact;

	for (i = 0; i < n0; i++)	/* zeros are dropped, as R does */
		if (x[i] - o->mu != 0)
			d[n++] = x[i] - o->mu;
	a = xmalloc((n ? n : 1) * sizeof(*a));
	rank = xmalloc((n ? n : 1) * sizeof(*rank));
	for (i = 0; i < n; i++)
		a[i] = fabs(d[i]);
	ties = rank_average(a, n, rank);
	for (i = 0; i < n; i++)
		if (d[i] > 0)
			v += rank[i];
	exact = o->exact < 0 ? n < 50 : o->exact;
	if (exact && ties == 0 && n == n0 &&
	    (double)n * n * (n + 1) / 2 > EXACT_WORK) {
		exact = 0;
		r->too_big = 1;
	}
	if (n == 0) {
		r->statistic = 0;
		r->undefined = "no value differs from mu";
	} else if (exact && ties == 0 && n == n0) {
		size_t len, nw = n * (n + 1) / 2, k = 0;
		double *c = signrank_counts(n, &len);
		double *w = xmalloc(nw * sizeof(*w));

		r->method = "Wilcoxon signed rank exact test";
		r->statistic = v;
		r->p_value = exact_p(o->alt, v, c, len);
		for (i = 0; i < n; i++)	/* Walsh averages, as R: (x - mu) + mu */
			for (j = i; j < n; j++)
				w[k++] = ((d[i] + o->mu) + (d[j] + o->mu)) / 2;
		exact_interval(o, w, nw, c, len, r);
		free(w);
		free(c);
	} else {
		double nn = (double)n;

		r->method = o->correct ? "Wilcoxon signed rank test with "
		    "continuity correction" : "Wilcoxon signed rank test";
		r->statistic = v;
		rank_normal(o, v, nn * (nn + 1) / 4, sqrt(nn * (nn + 1) *
		    (2 * nn + 1) / 24 - ties / 48), r);
		for (i = 0; i < n; i++)	/* as R: (x - mu) + mu */
			d[i] += o->mu;
		if (r->undefined == NULL)
			approx_interval(o, d, n, NULL, 0, r);
	}
	free(d);
	free(a);
	free(rank);
}

static void
rank_sum(const struct htest_opts *o, const double *x, size_t nx,
    const double *y, size_t ny, struct htest_result *r)
{
	size_t n = nx + ny, i, j;
	double *all = xmalloc((n ? n : 1) * sizeof(*all));
	double *rank = xmalloc((n ? n : 1) * sizeof(*rank));
	double ties, w = 0, m = (double)nx, k = (double)ny;
	int exact;

	for (i = 0; i < nx; i++)
		all[i] = x[i] - o->mu;
	for (i = 0; i < ny; i++)
		all[nx + i] = y[i];
	ties = rank_average(all, n, rank);
	for (i = 0; i < nx; i++)
		w += rank[i];
	w -= m * (m + 1) / 2;
	exact = o->exact < 0 ? nx < 50 && ny < 50 : o->exact;
	if (exact && ties == 0 && m * k * fmin(m, k) * (m + k) > EXACT_WORK) {
		exact = 0;
		r->too_big = 1;
	}
	if (nx == 0 || ny == 0) {
		r->undefined = "a sample is empty";
	} else if (exact && ties == 0) {
		size_t len, nd = nx * ny;
		double *c = wilcox_counts(nx, ny, &len);
		double *d = xmalloc(nd * sizeof(*d));

		r->method = "Wilcoxon rank sum exact test";
		r->statistic = w;
		r->p_value = exact_p(o->alt, w, c, len);
		for (i = 0; i < nx; i++)
			for (j = 0; j < ny; j++)
				d[i * ny + j] = x[i] - y[j];
		exact_interval(o, d, nd, c, len, r);
		free(d);
		free(c);
	} else {
		r->method = o->correct ? "Wilcoxon rank sum test with "
		    "continuity correction" : "Wilcoxon rank sum test";
		r->statistic = w;
		rank_normal(o, w, m * k / 2, sqrt((m * k / 12) * ((m + k + 1) -
		    ties / ((m + k) * (m + k - 1)))), r);
		if (r->undefined == NULL)
			approx_interval(o, x, nx, y, ny, r);
	}
	free(all);
	free(rank);
}

/* ---- the common entry ---- */

static const char *
method_name(const struct htest_opts *o, int two)
{
	if (o->test == HTEST_Z)
		return o->paired ? "Paired z-test" : two ?
		    "Two Sample z-test" : "One Sample z-test";
	if (o->test == HTEST_RANK)
		return two && !o->paired ? "Wilcoxon rank sum test" :
		    "Wilcoxon signed rank test";
	if (o->paired)
		return "Paired t-test";
	if (!two)
		return "One Sample t-test";
	return o->equal_var ? "Two Sample t-test" : "Welch Two Sample t-test";
}

/* What every test reports of its samples: n, means, sds, Cohen's d. */
static void
describe(const struct htest_opts *o, const struct htest_summary *x,
    const struct htest_summary *y, const struct htest_summary *dif,
    struct htest_result *r)
{
	size_t nx = x->n, ny = y != NULL ? y->n : 0;

	memset(r, 0, sizeof(*r));
	r->estimate = r->statistic = r->df = r->p_value = NAN;
	r->conf_low = r->conf_high = NAN;
	r->conf_level = o->conf_level;
	r->method = method_name(o, y != NULL);
	r->n1 = nx;
	r->n2 = ny;
	r->mean1 = x->mean;
	r->mean2 = y != NULL ? y->mean : NAN;
	r->sd1 = sqrt(x->var);
	r->sd2 = y != NULL ? sqrt(y->var) : NAN;
	if (dif != NULL) {	/* pairs: a sample of differences */
		x = dif;
		y = NULL;
	}
	/* Cohen's d: the same for every test, from the samples */
	if (y == NULL)
		r->cohens_d = (x->mean - o->mu) / sqrt(x->var);
	else
		r->cohens_d = (r->mean1 - r->mean2 - o->mu) /
		    sqrt(pooled_var(nx, x->var, ny, y->var));
	if (!isfinite(r->cohens_d))
		r->cohens_d = NAN;
	if (o->effect_ci)	/* effectsize's hn and df */
		effect_cohens_d(r->cohens_d, y == NULL ? 1.0 / nx : 1.0 / nx +
		    1.0 / ny, y == NULL ? nx - 1.0 : nx + ny - 2.0, o->alt,
		    o->conf_level, &r->effect);
}

void
htest_summaries(const struct htest_opts *o, const struct htest_summary *x,
    const struct htest_summary *y, const struct htest_summary *dif,
    struct htest_result *r)
{
	describe(o, x, y, o->paired ? dif : NULL, r);
	if (o->paired && dif != NULL)
		one_sample(o, dif, r);
	else if (y == NULL)
		one_sample(o, x, r);
	else
		two_sample(o, x, y, r);
	if (isnan(r->statistic) && r->undefined == NULL)
		r->undefined = "too few values";
}

void
htest_test(const struct htest_opts *o, const double *x, size_t nx,
    const double *y, size_t ny, struct htest_result *r)
{
	struct htest_summary sx, sy, sd;
	double *d = NULL;
	size_t i;

	sx.n = nx;
	mean_var(x, nx, &sx.mean, &sx.var);
	if (y != NULL) {
		sy.n = ny;
		mean_var(y, ny, &sy.mean, &sy.var);
	}
	if (y != NULL && o->paired) {
		d = xmalloc((nx ? nx : 1) * sizeof(*d));
		for (i = 0; i < nx; i++)
			d[i] = x[i] - y[i];
		sd.n = nx;
		mean_var(d, nx, &sd.mean, &sd.var);
	}
	if (o->test != HTEST_RANK) {
		htest_summaries(o, &sx, y != NULL ? &sy : NULL, d != NULL ?
		    &sd : NULL, r);
		free(d);
		return;
	}
	describe(o, &sx, y != NULL ? &sy : NULL, d != NULL ? &sd : NULL, r);
	if (d != NULL)
		signed_rank(o, d, nx, r);
	else if (y == NULL)
		signed_rank(o, x, nx, r);
	else
		rank_sum(o, x, nx, y, ny, r);
	if (isnan(r->statistic) && r->undefined == NULL)
		r->undefined = "too few values";
	free(d);
}

/* ---- samples from a frame ---- */

struct sample {
	double	*v;		/* values, NaN where missing */
	size_t	 n, cap;
};

static void
push(struct sample *s, double x)
{
	s->v = xgrow(s->v, &s->cap, s->n + 1, sizeof(*s->v));
	s->v[s->n++] = x;
}

/* Keep the values that are not missing; returns how many were dropped. */
static size_t
drop_missing(struct sample *s)
{
	size_t i, k = 0;

	for (i = 0; i < s->n; i++)
		if (!isnan(s->v[i]))
			s->v[k++] = s->v[i];
	i = s->n - k;
	s->n = k;
	return i;
}

/* Keep the pairs that are complete; returns how many were dropped. */
static size_t
drop_pairs(struct sample *x, struct sample *y)
{
	size_t i, k = 0;

	for (i = 0; i < x->n; i++)
		if (!isnan(x->v[i]) && !isnan(y->v[i])) {
			x->v[k] = x->v[i];
			y->v[k++] = y->v[i];
		}
	i = x->n - k;
	x->n = y->n = k;
	return i;
}

/* "a, b, c" (at most about size bytes) into buf. */
static void
level_list(const struct frame *f, size_t col, const struct group *g,
    char *buf, size_t size)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < g->ngroups && n + 8 < size; i++) {
		const char *s = frame_text(f, col, g->first[i]);

		if (s == NULL)
			continue;
		if (n + strlen(s) + 8 >= size) {
			snprintf(buf + n, size - n, "%s...", n ? ", " : "");
			return;
		}
		n += snprintf(buf + n, size - n, "%s%s", n ? ", " : "", s);
	}
}

/*
 * --ref COL=LEVEL on the two levels of column by in R's order: LEVEL first
 * (R's relevel()), the other second.
 */
static int
ref_level(const struct frame *f, size_t by, const struct group *g,
    const char *ref, size_t lev[2], struct diag *d)
{
	const char *name = f->col[by].name, *s;
	size_t len = strlen(name), t;

	if (strncmp(ref, name, len) != 0 || ref[len] != '=')
		return diag_set(d, STATUS_USAGE, "--ref \"%s\": expected "
		    "%s=LEVEL (the -g column)", ref, name);
	s = frame_text(f, by, g->first[lev[1]]);
	if (strcmp(s, ref + len + 1) == 0) {
		t = lev[0];
		lev[0] = lev[1];
		lev[1] = t;
	} else if (strcmp(frame_text(f, by, g->first[lev[0]]),
	    ref + len + 1) != 0)
		return diag_set(d, STATUS_USAGE, "--ref: \"%s\" is not a "
		    "level of column \"%s\"", ref + len + 1, name);
	return 0;
}

/* The group ids of the two levels of the grouping column. */
static int
find_levels(const struct frame *f, size_t by, const struct group *g,
    const char *want, size_t lev[2], struct diag *d)
{
	const char *name = f->col[by].name;
	char list[300];
	size_t i, n = 0;

	level_list(f, by, g, list, sizeof(list));
	if (want != NULL) {
		const char *comma = strchr(want, ',');
		int k;

		if (comma == NULL || strchr(comma + 1, ',') != NULL)
			return diag_set(d, STATUS_USAGE, "--levels: \"%s\" is "
			    "not two levels such as a,b", want);
		for (k = 0; k < 2; k++) {
			const char *w = k ? comma + 1 : want;
			size_t len = k ? strlen(w) : (size_t)(comma - want);

			for (i = 0; i < g->ngroups; i++) {
				const char *s = frame_text(f, by, g->first[i]);
				if (s != NULL && strlen(s) == len &&
				    memcmp(s, w, len) == 0)
					break;
			}
			if (i == g->ngroups)
				return diag_set(d, STATUS_USAGE, "--levels: "
				    "\"%.*s\" is not a level of column \"%s\" "
				    "(levels: %s)", (int)len, w, name, list);
			lev[k] = i;
		}
		if (lev[0] == lev[1])
			return diag_set(d, STATUS_USAGE, "--levels: \"%s\" "
			    "names one level twice", want);
		return 0;
	}
	for (i = 0; i < g->ngroups; i++)
		if (frame_text(f, by, g->first[i]) != NULL) {
			if (n < 2)
				lev[n] = i;
			n++;
		}
	if (n != 2) {
		diag_set(d, STATUS_DATA, "%zu level%s (%s); a two-sample test "
		    "needs exactly 2 (pick two with --levels)", n,
		    n == 1 ? "" : "s", list);
		return diag_at(d, NULL, 0, name);
	}
	return 0;
}

/* clang-format off */
static const char *const result_cols[] = {
	"method", "alternative", "mu", "estimate", "statistic", "df",
	"p_value", "conf_low", "conf_high", "n1", "n2", "mean1", "mean2",
	"sd1", "sd2", "cohens_d"
};
/* clang-format on */
#define NRESULT	(sizeof(result_cols) / sizeof(result_cols[0]))
static const char *const effect_cols[] = { "cohens_d_low", "cohens_d_high",
	"hedges_g", "hedges_g_low", "hedges_g_high" };

struct out_table *
htest_table_new(char *const *keys, size_t nkey, int has_col, int group,
    const struct htest_opts *o)
{
	struct out_table *t = out_new();
	size_t k;

	for (k = 0; k < nkey; k++)
		out_column(t, keys[k]);
	if (has_col)
		out_column(t, "column");
	for (k = 0; k < NRESULT; k++) {
		/* with -g, the two levels the sample numbers 1 and 2 are */
		if (group && strcmp(result_cols[k], "n1") == 0) {
			out_column(t, "group1");
			out_column(t, "group2");
		}
		out_column(t, result_cols[k]);
	}
	for (k = 0; o->effect_ci && k < 5; k++)
		out_column(t, effect_cols[k]);
	return t;
}

/* One test's row; with -g, the names of its two levels too. */
void
htest_put_result(struct out_table *t, size_t row, size_t c,
    const struct htest_opts *o, const struct htest_result *r, int two,
    const char *const names[2])
{
	out_text(t, row, c++, r->method);
	out_text(t, row, c++, alt_name(o->alt));
	out_num(t, row, c++, o->mu);
	out_num(t, row, c++, r->estimate);
	out_num(t, row, c++, r->statistic);
	out_num(t, row, c++, r->df);
	out_num(t, row, c++, r->p_value);
	out_num(t, row, c++, r->conf_low);
	out_num(t, row, c++, r->conf_high);
	if (names[0] != NULL) {
		out_text(t, row, c++, names[0]);
		out_text(t, row, c++, names[1]);
	}
	out_num(t, row, c++, (double)r->n1);
	out_num(t, row, c++, two ? (double)r->n2 : NAN);
	out_num(t, row, c++, r->mean1);
	out_num(t, row, c++, r->mean2);
	out_num(t, row, c++, r->sd1);
	out_num(t, row, c++, r->sd2);
	out_num(t, row, c++, r->cohens_d);
	if (o->effect_ci) {
		out_num(t, row, c++, r->effect.d_low);
		out_num(t, row, c++, r->effect.d_high);
		out_num(t, row, c++, r->effect.g);
		out_num(t, row, c++, r->effect.g_low);
		out_num(t, row, c, r->effect.g_high);
	}
}

/* Where a test was, for warnings: `column "len"` and the stratum. */
static void
test_label(const struct frame *f, const struct htest_spec *sp, size_t col,
    size_t row, char *buf, size_t size)
{
	size_t k, n;

	n = (size_t)snprintf(buf, size, "column \"%s\"", f->col[col].name);
	for (k = 0; k < sp->nby && n < size; k++) {
		const char *s = frame_text(f, sp->by[k], row);

		n += (size_t)snprintf(buf + n, size - n, "%s%s=%s",
		    k ? ", " : " at ", f->col[sp->by[k]].name,
		    s ? s : "NA");
	}
}

/* The warnings about one test: why it is empty, what it changed. */
static void
warn_result(const struct frame *f, const struct htest_spec *sp,
    const struct htest_opts *o, const struct htest_result *r, size_t col,
    size_t row)
{
	char label[512], what[64] = "";

	/* when the test itself ran, the descriptive columns may not have */
	if (r->undefined == NULL) {
		if (isnan(r->sd1))
			strcat(what, ", sd1");
		if (r->n2 > 0 && isnan(r->sd2))
			strcat(what, ", sd2");
		if (isnan(r->cohens_d))
			strcat(what, ", cohens_d");
	}
	if (diag_warner == NULL || (r->undefined == NULL && !r->too_big &&
	    r->note == NULL && what[0] == '\0'))
		return;
	test_label(f, sp, col, row, label, sizeof(label));
	if (r->undefined != NULL)
		diag_warn("%s: test undefined: %s", label, r->undefined);
	if (what[0] != '\0')
		diag_warn("%s: undefined (too few values, or no spread): %s",
		    label, what + 2);
	if (r->too_big)
		diag_warn("%s: too many values for the exact distribution: "
		    "normal approximation used", label);
	if (r->note != NULL && r->conf_level > 0 &&
	    r->conf_level != o->conf_level)
		diag_warn("%s: %s (the interval is at level %g)", label,
		    r->note, r->conf_level);
	else if (r->note != NULL)
		diag_warn("%s: %s", label, r->note);
}

/*
 * Gather the samples of one test from the rows of a stratum: x (and y)
 * with missing values dropped, or pairs with incomplete pairs dropped.
 */
static int
gather(const struct frame *f, const struct htest_spec *sp,
    const struct htest_opts *o, const struct group *gb, const size_t lev[2],
    size_t col, const size_t *rows, size_t nrows, struct sample *x,
    struct sample *y, size_t *dropped, struct diag *d)
{
	const double *v = f->col[col].num;
	size_t i;

	x->n = y->n = 0;
	for (i = 0; i < nrows; i++) {
		size_t r = rows[i];

		if (sp->group == NULL) {
			push(x, v[r]);
			if (sp->ncols == 2)
				push(y, f->col[sp->cols[1]].num[r]);
		} else if (gb->gid[r] == lev[0])
			push(x, v[r]);
		else if (gb->gid[r] == lev[1])
			push(y, v[r]);
	}
	if (!o->paired) {
		drop_missing(x);
		drop_missing(y);
		return 0;
	}
	if (x->n != y->n) {
		diag_set(d, STATUS_DATA, "--paired: %zu row%s at level \"%s\" "
		    "but %zu at level \"%s\"; pairs need as many of each",
		    x->n, x->n == 1 ? "" : "s",
		    frame_text(f, *sp->group, gb->first[lev[0]]), y->n,
		    frame_text(f, *sp->group, gb->first[lev[1]]));
		return diag_at(d, NULL, 0, f->col[*sp->group].name);
	}
	*dropped += drop_pairs(x, y);
	return 0;
}

int
htest_frame(struct frame *f, const struct htest_spec *sp,
    const struct htest_opts *o, struct out_table **tp, struct diag *d)
{
	struct group *gb = NULL, *gs = NULL;
	struct out_table *t = NULL;
	struct sample x = { 0 }, y = { 0 };
	size_t lev[2] = { 0, 0 }, *start = NULL, *rows = NULL, *pos = NULL;
	size_t ntest, s, i, j, k, dropped = 0, nokey = 0;
	const char *names[2] = { NULL, NULL };
	int has_col, two, rc = -1;
	double none = 0;

	if (sp->group == NULL && (sp->levels != NULL || sp->ref != NULL))
		return diag_set(d, STATUS_USAGE, "--%s needs -g",
		    sp->levels != NULL ? "levels" : "ref");
	if (sp->levels != NULL && sp->ref != NULL)
		return diag_set(d, STATUS_USAGE, "--ref: not with --levels "
		    "(which sets the order)");
	if (sp->group == NULL && sp->ncols > 2)
		return diag_set(d, STATUS_USAGE, "-c names %zu columns; give "
		    "one (one sample), two (two samples or pairs), or -g",
		    sp->ncols);
	if (sp->group == NULL && sp->ncols == 1 && o->paired)
		return diag_set(d, STATUS_USAGE, "--paired needs two columns "
		    "or -g");
	for (j = 0; j < sp->ncols; j++)
		if (frame_numeric(f, sp->cols[j], d) != 0)
			return -1;
	if (sp->group != NULL) {
		/* the levels as R orders them, whatever --sort says */
		gb = group_by(f, sp->group, 1, 1);
		if (find_levels(f, *sp->group, gb, sp->levels, lev, d) != 0 ||
		    (sp->ref != NULL && ref_level(f, *sp->group, gb, sp->ref,
		    lev, d) != 0))
			goto done;
		for (i = 0; i < f->nrows; i++)
			nokey += frame_text(f, *sp->group, i) == NULL;
		names[0] = frame_text(f, *sp->group, gb->first[lev[0]]);
		names[1] = frame_text(f, *sp->group, gb->first[lev[1]]);
	}
	/* the rows of each stratum together: a counting sort */
	gs = group_by(f, sp->by, sp->nby, sp->sort);
	start = xcalloc(gs->ngroups + 1, sizeof(*start));
	pos = xcalloc(gs->ngroups + 1, sizeof(*pos));
	rows = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*rows));
	for (i = 0; i < f->nrows; i++)
		start[gs->gid[i] + 1]++;
	for (s = 0; s < gs->ngroups; s++) {
		start[s + 1] += start[s];
		pos[s] = start[s];
	}
	for (i = 0; i < f->nrows; i++)
		rows[pos[gs->gid[i]]++] = i;

	two = sp->group != NULL || sp->ncols == 2;
	ntest = sp->group != NULL ? sp->ncols : 1;
	has_col = ntest > 1;
	{
		char **keys = xcalloc(sp->nby + 1, sizeof(*keys));

		for (k = 0; k < sp->nby; k++)
			keys[k] = f->col[sp->by[k]].name;
		t = htest_table_new(keys, sp->nby, has_col, sp->group != NULL,
		    o);
		free(keys);
	}
	for (s = 0; s < gs->ngroups; s++)
		for (j = 0; j < ntest; j++) {
			struct htest_result r;
			size_t row, c = 0;

			if (gather(f, sp, o, gb, lev, sp->cols[j],
			    rows + start[s], start[s + 1] - start[s], &x, &y,
			    &dropped, d) != 0)
				goto done;
			/* an empty second sample is still a second sample */
			htest_test(o, x.v ? x.v : &none, x.n,
			    two ? (y.v ? y.v : &none) : NULL, y.n, &r);
			row = out_row(t);
			for (k = 0; k < sp->nby; k++)
				out_text(t, row, c++, frame_text(f, sp->by[k],
				    gs->first[s]));
			if (has_col)
				out_text(t, row, c++, f->col[sp->cols[j]].name);
			htest_put_result(t, row, c, o, &r, two, names);
			warn_result(f, sp, o, &r, sp->cols[j], gs->first[s]);
		}
	if (nokey > 0)
		diag_warn("%zu row%s with a missing \"%s\" left out", nokey,
		    nokey == 1 ? "" : "s", f->col[*sp->group].name);
	if (dropped > 0)
		diag_warn("%zu pair%s with a missing value left out", dropped,
		    dropped == 1 ? "" : "s");
	*tp = t;
	t = NULL;
	rc = 0;
done:
	out_free(t);
	free(x.v);
	free(y.v);
	free(start);
	free(pos);
	free(rows);
	group_free(gb);
	group_free(gs);
	return rc;
}

int
htest_parse_sigma(const char *arg, struct htest_opts *o)
{
	double *v;
	size_t n;
	char bad[64];
	int ok;

	if (num_parse_list(arg, &v, &n, bad, sizeof(bad)) != 0)
		return -1;
	ok = n <= 2 && v[0] > 0 && v[n - 1] > 0;
	if (ok) {
		o->sigma1 = v[0];
		o->sigma2 = v[n - 1];
	}
	free(v);
	return ok ? 0 : -1;
}

int
htest_check(const struct htest_opts *o, struct diag *d)
{
	static const char *const cmd[] = { "ttest", "ztest", "ranktest" };
	static const struct {
		enum htest_kind test;
		const char *opt;
	} owner[] = {
		{ HTEST_T, "--equal-var" }, { HTEST_T, "--effect-ci" },
		{ HTEST_Z, "--sigma" }, { HTEST_RANK, "--exact" },
		{ HTEST_RANK, "--approx" }, { HTEST_RANK, "--no-correction" },
	};
	const int given[] = { o->equal_var, o->effect_ci, o->sigma1 != 0,
	    o->exact == 1, o->exact == 0, !o->correct };
	size_t i;

	for (i = 0; i < sizeof(owner) / sizeof(owner[0]); i++)
		if (given[i] && owner[i].test != o->test)
			return diag_set(d, STATUS_USAGE, "%s is an option of "
			    "statpipe %s", owner[i].opt, cmd[owner[i].test]);
	if (o->test == HTEST_Z && o->sigma1 == 0)
		return diag_set(d, STATUS_USAGE, "--sigma is required");
	return 0;
}
