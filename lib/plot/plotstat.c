#include <float.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fft_complex.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "stats/quantile.h"
#include "core/diag.h"
#include "plot/plotstat.h"
#include "core/xalloc.h"

/* A sorted copy of x (the caller frees it). */
static double *
sorted_copy(const double *x, size_t n)
{
	double *s = xmalloc((n ? n : 1) * sizeof(*s));

	memcpy(s, x, n * sizeof(*s));
	gsl_sort(s, 1, n);
	return s;
}

/* Type 7 quantile of a copy, leaving x alone. */
static double
quantile(const double *x, size_t n, double p)
{
	double *c = xmalloc((n ? n : 1) * sizeof(*c)), q;

	memcpy(c, x, n * sizeof(*c));
	q = quantile_at(c, n, p);
	free(c);
	return q;
}

double
plotstat_bw_nrd0(const double *x, size_t n)
{
	double hi = gsl_stats_sd(x, 1, n), lo;

	lo = fmin(hi, (quantile(x, n, .75) - quantile(x, n, .25)) / 1.34);
	/* R's fallbacks, in its order, when the spread is zero */
	if (!(lo != 0) && !((lo = hi) != 0) && !((lo = fabs(x[0])) != 0))
		lo = 1;
	return 0.9 * lo * pow((double)n, -0.2);
}

/* R's BinDist: linear binning of weight 1/n per value onto 2 * m cells. */
static void
bin_dist(const double *x, size_t n, double lo, double hi, size_t m,
    double *y)
{
	double delta = (hi - lo) / (double)(m - 1), w = 1.0 / (double)n;
	long ixmax = (long)m - 2;
	size_t i;

	memset(y, 0, 2 * m * sizeof(*y));
	for (i = 0; i < n; i++) {
		double pos = (x[i] - lo) / delta, fx;
		long ix = (long)floor(pos);

		fx = pos - (double)ix;
		if (ix >= 0 && ix <= ixmax) {
			y[ix] += w * (1 - fx);
			y[ix + 1] += w * fx;
		} else if (ix == -1)
			y[0] += w * fx;
		else if (ix == ixmax + 1)
			y[ix] += w * (1 - fx);
	}
}

int
plotstat_density(const double *x, size_t n, double bw, size_t npts,
    double *gx, double *gy, struct diag *d)
{
	double xmin = gsl_stats_min(x, 1, n), xmax = gsl_stats_max(x, 1, n);
	double from = xmin - 3 * bw, to = xmax + 3 * bw, lo, up, *y, *k, *z;
	double *ords;
	size_t m = 512, i, j;
	int rc;

	while (m < npts)	/* a power of two, as R rounds n up */
		m *= 2;
	lo = from - 4 * bw;
	up = to + 4 * bw;
	y = xmalloc(2 * m * sizeof(*y));
	k = xmalloc(4 * m * sizeof(*k));	/* complex, packed */
	z = xmalloc(4 * m * sizeof(*z));
	ords = xmalloc(m * sizeof(*ords));
	bin_dist(x, n, lo, up, m, y);
	for (i = 0; i < 2 * m; i++) {
		/* kords: 0 .. 2 (up - lo), the upper half mirrored negative */
		double t = 2 * (up - lo) * (double)i / (double)(2 * m - 1);

		if (i >= m + 1)
			t = -2 * (up - lo) * (double)(2 * m - i) /
			    (double)(2 * m - 1);
		k[2 * i] = exp(-0.5 * (t / bw) * (t / bw)) /
		    (bw * sqrt(2 * M_PI));
		k[2 * i + 1] = 0;
		z[2 * i] = y[i];
		z[2 * i + 1] = 0;
	}
	if ((rc = gsl_fft_complex_radix2_forward(z, 1, 2 * m)) != GSL_SUCCESS ||
	    (rc = gsl_fft_complex_radix2_forward(k, 1, 2 * m)) != GSL_SUCCESS)
		goto fail;
	for (i = 0; i < 2 * m; i++) {	/* z * conj(k) */
		double a = z[2 * i], b = z[2 * i + 1];
		double c = k[2 * i], e = -k[2 * i + 1];

		z[2 * i] = a * c - b * e;
		z[2 * i + 1] = a * e + b * c;
	}
	/* GSL's inverse divides by the length, as R's code does after fft */
	if ((rc = gsl_fft_complex_radix2_inverse(z, 1, 2 * m)) != GSL_SUCCESS)
		goto fail;
	for (i = 0; i < m; i++)
		ords[i] = fmax(0, z[2 * i]);
	/* approx(xords, kords, x): linear interpolation onto the user grid */
	for (i = 0; i < npts; i++) {
		double xi = npts > 1 ? from + (to - from) * (double)i /
		    (double)(npts - 1) : from, pos, f;

		if (i == npts - 1)
			xi = to;
		pos = (xi - lo) / (up - lo) * (double)(m - 1);
		j = (size_t)floor(pos);
		if (j >= m - 1)
			j = m - 2;
		f = pos - (double)j;
		gx[i] = xi;
		gy[i] = f == 0 ? ords[j] : (1 - f) * ords[j] + f * ords[j + 1];
	}
	free(y);
	free(k);
	free(z);
	free(ords);
	return 0;
fail:
	free(y);
	free(k);
	free(z);
	free(ords);
	return diag_set(d, STATUS_DATA, "density: %s", gsl_strerror(rc));
}

/*
 * R_pretty() with pretty.default's constants (high.u.bias 1.5, u5.bias
 * 2.75, f.min 2^-20, no eps correction, bounds returned).
 */
void
plotstat_pretty(double lo, double up, int ndiv, int min_n, double **breaks,
    size_t *nb)
{
	const double h = 1.5, h5 = .5 + 1.5 * h, eps = 1e-10;
	double dx = up - lo, cell, unit, base, ns, nu, U, *b;
	int i_small, k, i;

	if (dx == 0 && up == 0) {
		cell = 1;
		i_small = 1;
	} else {
		cell = fmax(fabs(lo), fabs(up));
		U = 1 + (h5 >= 1.5 * h + .5 ? 1 / (1 + h) : 1.5 / (1 + h5));
		U *= (ndiv > 1 ? ndiv : 1) * DBL_EPSILON;
		i_small = dx < cell * U * 3;
	}
	if (i_small) {
		if (cell > 10)
			cell = 9 + cell / 10;
		cell *= 0.75;
		if (min_n > 1)
			cell /= min_n;
	} else {
		cell = dx;
		if (ndiv > 1)
			cell /= ndiv;
	}
	if (cell < 20 * DBL_MIN)
		cell = 20 * DBL_MIN;
	base = pow(10.0, floor(log10(cell)));
	unit = base;
	if ((ns = 2 * base) - cell < h * (cell - unit)) {
		unit = ns;
		if ((ns = 5 * base) - cell < h5 * (cell - unit)) {
			unit = ns;
			if ((ns = 10 * base) - cell < h * (cell - unit))
				unit = ns;
		}
	}
	ns = floor(lo / unit + eps);
	nu = ceil(up / unit - eps);
	while (ns * unit > lo + eps * unit)
		ns--;
	while (nu * unit < up - eps * unit)
		nu++;
	k = (int)(0.5 + nu - ns);
	if (k < min_n) {
		k = min_n - k;
		if (ns >= 0.) {
			nu += k / 2;
			ns -= k / 2 + k % 2;
		} else {
			ns -= k / 2;
			nu += k / 2 + k % 2;
		}
		ndiv = min_n;
	} else
		ndiv = k;
	if (ns * unit < lo)
		lo = ns * unit;
	if (nu * unit > up)
		up = nu * unit;
	/* seq.int(lo, up, length.out = ndiv + 1), tiny values zapped */
	b = xmalloc((size_t)(ndiv + 1) * sizeof(*b));
	for (i = 0; i <= ndiv; i++) {
		b[i] = i == ndiv ? up : lo + (double)i * ((up - lo) / ndiv);
		if (fabs(b[i]) < 1e-14 * ((up - lo) / ndiv))
			b[i] = 0;
	}
	*breaks = b;
	*nb = (size_t)ndiv + 1;
}

/* R's signif(v, 5), through a correctly rounded decimal conversion. */
static double
signif5(double v)
{
	char buf[64];

	snprintf(buf, sizeof(buf), "%.4e", v);
	return strtod(buf, NULL);
}

#define PLOTSTAT_MAX_CLASSES	100000	/* as many as plot --bins takes */

long
plotstat_nclass_fd(const double *x, size_t n)
{
	double *s = xmalloc((n ? n : 1) * sizeof(*s)), h, k, al = 0.25;
	size_t i;

	for (i = 0; i < n; i++)
		s[i] = signif5(x[i]);
	gsl_sort(s, 1, n);
	h = 2 * (quantile(s, n, .75) - quantile(s, n, .25));
	while (h == 0 && (al /= 2) >= 1.0 / 512)
		h = (quantile(s, n, 1 - al) - quantile(s, n, al)) /
		    (1 - 2 * al);
	if (h == 0)
		h = 3.5 * gsl_stats_sd(x, 1, n);
	free(s);
	if (!(h > 0))
		return 1;
	k = ceil((gsl_stats_max(x, 1, n) - gsl_stats_min(x, 1, n)) / h *
	    cbrt((double)n));
	/* a far outlier: as many classes as --bins allows, not a cast of
	 * 1e111 to long (undefined) */
	if (isnan(k))
		return 1;
	return k > PLOTSTAT_MAX_CLASSES ? PLOTSTAT_MAX_CLASSES : (long)k;
}

void
plotstat_hist_breaks(const double *x, size_t n, long bins, double **breaks,
    size_t *nb)
{
	double lo = gsl_stats_min(x, 1, n), hi = gsl_stats_max(x, 1, n), *b;
	long i;

	if (bins <= 0 || lo == hi) {
		plotstat_pretty(lo, hi, bins > 0 ? (int)bins :
		    (int)plotstat_nclass_fd(x, n), 1, breaks, nb);
		return;
	}
	b = xmalloc((size_t)(bins + 1) * sizeof(*b));
	for (i = 0; i <= bins; i++)
		b[i] = i == bins ? hi :
		    lo + (hi - lo) * (double)i / (double)bins;
	*breaks = b;
	*nb = (size_t)bins + 1;
}

void
plotstat_hist_counts(const double *x, size_t n, const double *breaks,
    size_t nb, double *counts)
{
	double *fb = xmalloc(nb * sizeof(*fb)), *h, diddle;
	size_t i, lo, hi, mid;

	/* hist()'s fuzz, so that values on a break fall as R puts them */
	h = xmalloc(nb * sizeof(*h));
	for (i = 0; i + 1 < nb; i++)
		h[i] = breaks[i + 1] - breaks[i];
	if (nb > 5)
		diddle = quantile(h, nb - 1, 0.5);
	else if (nb <= 3)
		diddle = gsl_stats_max(x, 1, n) - gsl_stats_min(x, 1, n);
	else {
		diddle = HUGE_VAL;
		for (i = 0; i + 1 < nb; i++)
			if (h[i] > 0 && h[i] < diddle)
				diddle = h[i];
	}
	diddle *= 1e-7;
	for (i = 0; i < nb; i++)
		fb[i] = breaks[i] + (i == 0 ? -diddle : diddle);
	memset(counts, 0, (nb - 1) * sizeof(*counts));
	for (i = 0; i < n; i++) {	/* R's BinCount, right-closed */
		lo = 0;
		hi = nb - 1;
		if (!(fb[lo] <= x[i] && x[i] <= fb[hi]))
			continue;
		while (hi - lo >= 2) {
			mid = (hi + lo) / 2;
			if (x[i] > fb[mid])
				lo = mid;
			else
				hi = mid;
		}
		counts[lo]++;
	}
	free(fb);
	free(h);
}

void
plotstat_box(const double *x, size_t n, struct plotstat_box *b, double *out)
{
	double *s = sorted_copy(x, n), n4, d[5], st[5], iqr;
	size_t i, k;

	/* fivenum: Tukey's hinges */
	n4 = floor((double)(n + 3) / 2) / 2;
	d[0] = 1;
	d[1] = n4;
	d[2] = (double)(n + 1) / 2;
	d[3] = (double)(n + 1) - n4;
	d[4] = (double)n;
	for (k = 0; k < 5; k++)
		st[k] = 0.5 * (s[(size_t)floor(d[k]) - 1] +
		    s[(size_t)ceil(d[k]) - 1]);
	iqr = st[3] - st[1];
	b->q1 = st[1];
	b->median = st[2];
	b->q3 = st[3];
	b->lo = HUGE_VAL;
	b->hi = -HUGE_VAL;
	b->nout = 0;
	for (i = 0; i < n; i++) {
		if (x[i] < st[1] - 1.5 * iqr || x[i] > st[3] + 1.5 * iqr) {
			if (out != NULL)
				out[b->nout] = x[i];
			b->nout++;
			continue;
		}
		b->lo = fmin(b->lo, x[i]);
		b->hi = fmax(b->hi, x[i]);
	}
	if (b->nout == 0) {
		b->lo = st[0];
		b->hi = st[4];
	}
	free(s);
}

void
plotstat_qqnorm(const double *y, size_t n, double *qx, double *qy)
{
	double a = n <= 10 ? 3.0 / 8 : 0.5;
	size_t i;

	memcpy(qy, y, n * sizeof(*qy));
	gsl_sort(qy, 1, n);
	for (i = 0; i < n; i++)	/* ppoints(n) */
		qx[i] = gsl_cdf_ugaussian_Pinv(((double)(i + 1) - a) /
		    ((double)n + 1 - 2 * a));
}

void
plotstat_qqline(const double *y, size_t n, double *icpt, double *slope)
{
	double y1 = quantile(y, n, .25), y2 = quantile(y, n, .75);
	double x1 = gsl_cdf_ugaussian_Pinv(.25);
	double x2 = gsl_cdf_ugaussian_Pinv(.75);

	*slope = (y2 - y1) / (x2 - x1);
	*icpt = y1 - *slope * x1;
}

void
plotstat_ecdf(const double *x, size_t n, double *sx, double *sp)
{
	size_t i;

	memcpy(sx, x, n * sizeof(*sx));
	gsl_sort(sx, 1, n);
	for (i = 0; i < n; i++)
		sp[i] = (double)(i + 1) / (double)n;
}

/* Does a mark at (x, y) overlap the placed mark j? */
static int
swarm_hits(const double *y, const double *off, size_t j, double x, double yv,
    double dx, double dy)
{
	double u = (x - off[j]) / dx, v = (yv - y[j]) / dy;

	return u * u + v * v < 1 - 1e-9;
}

size_t
plotstat_swarm(const double *y, size_t n, double dx, double dy, double half,
    double *off)
{
	size_t *ord = xmalloc((n ? n : 1) * sizeof(*ord)), i, j, k, s, t;
	size_t nclamp = 0;
	double best, cand, v;
	int ok;

	gsl_sort_index(ord, y, 1, n);
	for (k = 0; k < n; k++) {
		i = ord[k];
		/* the placed marks within reach: the last ones, less than dy
		 * below */
		for (s = k; s > 0 && y[i] - y[ord[s - 1]] < dy; s--)
			;
		/* candidates: the centre, and each side of every mark within
		 * reach, touching it */
		best = HUGE_VAL;
		for (t = 0; t <= 2 * (k - s); t++) {
			if (t == 0)
				cand = 0;
			else {
				j = ord[s + (t - 1) / 2];
				if (fabs(off[j]) >= half)
					continue;	/* clamped: overlaps */
				v = (y[i] - y[j]) / dy;
				cand = off[j] + ((t % 2) ? 1 : -1) * dx *
				    sqrt(1 - v * v);
			}
			if (fabs(cand) >= fabs(best))
				continue;
			for (ok = 1, j = s; j < k && ok; j++)
				ok = fabs(off[ord[j]]) >= half ||
				    !swarm_hits(y, off, ord[j], cand, y[i], dx,
				    dy);
			if (ok)
				best = cand;
		}
		if (fabs(best) > half) {
			best = best < 0 ? -half : half;
			nclamp++;
		}
		off[i] = best;
	}
	free(ord);
	return nclamp;
}

void
plotstat_mean_ci(const double *x, size_t n, double level, double *mean,
    double *lo, double *hi)
{
	double m = n ? gsl_stats_mean(x, 1, n) : NAN, half;

	*mean = m;
	if (n < 2) {
		*lo = *hi = NAN;
		return;
	}
	half = gsl_cdf_tdist_Qinv((1 - level) / 2, (double)(n - 1)) *
	    gsl_stats_sd_m(x, 1, n, m) / sqrt((double)n);
	*lo = m - half;
	*hi = m + half;
}
