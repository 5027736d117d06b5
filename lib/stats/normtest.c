/*
 * normtest: Shapiro-Wilk, D'Agostino-Pearson, Jarque-Bera,
 * Anderson-Darling and Lilliefors tests of normality.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_erf.h>
#include <gsl/gsl_sort.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "stats/normtest.h"
#include "io/out.h"
#include "core/xalloc.h"

/* clang-format off */
static const struct {
	const char		*key;	/* option value */
	const char		*alt;	/* another accepted value */
	const char		*name;	/* printed */
	enum normtest_method	 m;
} methods[] = {
	{ "shapiro",	"sw",		"Shapiro-Wilk",		NORMTEST_SHAPIRO },
	{ "dagostino",	"k2",		"D'Agostino-Pearson",	NORMTEST_DAGOSTINO },
	{ "jb",		"jarque-bera",	"Jarque-Bera",		NORMTEST_JB },
	{ "ad",		"anderson",	"Anderson-Darling",	NORMTEST_AD },
	{ "lillie",	"lilliefors",	"Lilliefors",		NORMTEST_LILLIE },
};
/* clang-format on */

int
normtest_parse(const char *s, enum normtest_method *m)
{
	size_t i;

	for (i = 0; i < NORMTEST_NMETHODS; i++)
		if (strcmp(s, methods[i].key) == 0 ||
		    strcmp(s, methods[i].alt) == 0) {
			*m = methods[i].m;
			return 0;
		}
	return -1;
}

const char *
normtest_name(enum normtest_method m)
{
	return methods[m].name;
}

/* c[0] + c[1] x + ... + c[n-1] x^(n-1), by Horner's rule (AS 181.2). */
static double
poly(const double *c, int n, double x)
{
	double p = 0;
	int j;

	for (j = n - 1; j > 0; j--)
		p = (p + c[j]) * x;
	return c[0] + p;
}

/*
 * Royston's (1995) algorithm AS R94, as R's swilk.c: coefficients from
 * normal scores with polynomial corrections for the two extreme ones, W as
 * the squared correlation of the sorted values with the coefficients
 * (computing 1 - W directly, for W near 1), and the p-value from Royston's
 * normalising transformations of 1 - W, fitted separately for n <= 11.
 */
static void
shapiro(const double *x, size_t n, double *w, double *pw)
{
	static const double c1[6] = { 0, .221157, -.147981, -2.07119,
	    4.434685, -2.706056 };
	static const double c2[6] = { 0, .042981, -.293762, -1.752461,
	    5.682633, -3.582633 };
	static const double c3[4] = { .544, -.39978, .025054, -6.714e-4 };
	static const double c4[4] = { 1.3822, -.77857, .062767, -.0020322 };
	static const double c5[4] = { -1.5861, -.31082, -.083751, .0038915 };
	static const double c6[3] = { -.4803, -.082676, .0030302 };
	static const double g[2] = { -2.273, .459 };
	size_t nn2 = n / 2, i, first;
	double *a = xmalloc((nn2 + 1) * sizeof(*a)), *c;
	double an = (double)n, summ2 = 0, ssumm2, rsn, a1, a2, fac, range;
	double sa = 0, sx = 0, ssa = 0, ssx = 0, sax = 0, u, v, w1, y, m, s;

	/* a[1..nn2]: the coefficients of the upper half, positive */
	if (n == 3)
		a[1] = M_SQRT1_2;
	else {
		for (i = 1; i <= nn2; i++) {
			a[i] = gsl_cdf_ugaussian_Pinv((i - 0.375) /
			    (an + 0.25));
			summ2 += a[i] * a[i];
		}
		summ2 *= 2;
		ssumm2 = sqrt(summ2);
		rsn = 1 / sqrt(an);
		a1 = poly(c1, 6, rsn) - a[1] / ssumm2;
		if (n > 5) {
			first = 3;
			a2 = -a[2] / ssumm2 + poly(c2, 6, rsn);
			fac = sqrt((summ2 - 2 * a[1] * a[1] - 2 * a[2] * a[2]) /
			    (1 - 2 * a1 * a1 - 2 * a2 * a2));
			a[2] = a2;
		} else {
			first = 2;
			fac = sqrt((summ2 - 2 * a[1] * a[1]) /
			    (1 - 2 * a1 * a1));
		}
		a[1] = a1;
		for (i = first; i <= nn2; i++)
			a[i] /= -fac;
	}

	/* the coefficient of every sorted value, and the means */
	c = xmalloc(n * sizeof(*c));
	range = x[n - 1] - x[0];
	for (i = 0; i < n; i++) {
		if (i < nn2)
			c[i] = -a[i + 1];
		else if (i >= n - nn2)
			c[i] = a[n - i];
		else
			c[i] = 0;
		sa += c[i];
		sx += x[i] / range;
	}
	sa /= an;
	sx /= an;
	for (i = 0; i < n; i++) {
		u = c[i] - sa;
		v = x[i] / range - sx;
		ssa += u * u;
		ssx += v * v;
		sax += u * v;
	}
	u = sqrt(ssa * ssx);
	w1 = (u - sax) * (u + sax) / (ssa * ssx);
	*w = 1 - w1;
	free(a);
	free(c);

	if (n == 3) {	/* exact */
		*pw = 6 / M_PI * (asin(sqrt(*w)) - asin(sqrt(0.75)));
		if (*pw < 0)
			*pw = 0;
		return;
	}
	y = log(w1);
	if (n <= 11) {
		double gam = poly(g, 2, an);
		if (y >= gam) {	/* beyond the fitted range, as R */
			*pw = 1e-99;
			return;
		}
		y = -log(gam - y);
		m = poly(c3, 4, an);
		s = exp(poly(c4, 4, an));
	} else {
		m = poly(c5, 4, log(an));
		s = exp(poly(c6, 3, log(an)));
	}
	*pw = gsl_cdf_gaussian_Q(y - m, s);
}

/* Population moments: mean, m2, m3, m4 about the mean. */
static void
moments(const double *x, size_t n, double *mean, double *m2, double *m3,
    double *m4)
{
	double s = 0, d, d2;
	size_t i;

	for (i = 0; i < n; i++)
		s += x[i];
	*mean = s / n;
	*m2 = *m3 = *m4 = 0;
	for (i = 0; i < n; i++) {
		d = x[i] - *mean;
		d2 = d * d;
		*m2 += d2;
		*m3 += d2 * d;
		*m4 += d2 * d2;
	}
	*m2 /= n;
	*m3 /= n;
	*m4 /= n;
}

/*
 * D'Agostino, Belanger and D'Agostino (1990): the skewness and kurtosis
 * z-scores (D'Agostino 1970; Anscombe and Glynn 1983), K^2 = Zs^2 + Zk^2
 * on 2 degrees of freedom.
 */
static double
dagostino(double sb1, double b2, double n)
{
	double y, beta2, w2, delta, alpha, zs, eb2, vb2, z, sbeta1, a, t, zk;

	y = sb1 * sqrt((n + 1) * (n + 3) / (6 * (n - 2)));
	beta2 = 3 * (n * n + 27 * n - 70) * (n + 1) * (n + 3) /
	    ((n - 2) * (n + 5) * (n + 7) * (n + 9));
	w2 = -1 + sqrt(2 * (beta2 - 1));
	delta = 1 / sqrt(log(sqrt(w2)));
	alpha = sqrt(2 / (w2 - 1));
	zs = delta * asinh(y / alpha);

	eb2 = 3 * (n - 1) / (n + 1);
	vb2 = 24 * n * (n - 2) * (n - 3) / ((n + 1) * (n + 1) * (n + 3) *
	    (n + 5));
	z = (b2 - eb2) / sqrt(vb2);
	sbeta1 = 6 * (n * n - 5 * n + 2) / ((n + 7) * (n + 9)) *
	    sqrt(6 * (n + 3) * (n + 5) / (n * (n - 2) * (n - 3)));
	a = 6 + 8 / sbeta1 * (2 / sbeta1 + sqrt(1 + 4 / (sbeta1 * sbeta1)));
	t = (1 - 2 / a) / (1 + z * sqrt(2 / (a - 4)));
	zk = ((1 - 2 / (9 * a)) - cbrt(t)) / sqrt(2 / (9 * a));
	return zs * zs + zk * zk;
}

/* log Phi(z), accurate far into the lower tail. */
static double
log_phi(double z)
{
	return gsl_sf_log_erfc(-z / M_SQRT2) - M_LN2;
}

/* nortest::ad.test: A, and Stephens' (1986) p-value for estimated mean, sd. */
static void
anderson(const double *x, size_t n, double mean, double sd, double *a,
    double *pw)
{
	double h = 0, an = (double)n, aa;
	size_t i;

	for (i = 0; i < n; i++)
		h += (2.0 * i + 1) * (log_phi((x[i] - mean) / sd) +
		    log_phi(-(x[n - 1 - i] - mean) / sd));
	*a = -an - h / an;
	aa = (1 + 0.75 / an + 2.25 / (an * an)) * *a;
	if (aa < 0.2)
		*pw = 1 - exp(-13.436 + 101.14 * aa - 223.73 * aa * aa);
	else if (aa < 0.34)
		*pw = 1 - exp(-8.318 + 42.796 * aa - 59.938 * aa * aa);
	else if (aa < 0.6)
		*pw = exp(0.9177 - 4.279 * aa - 1.38 * aa * aa);
	else if (aa < 10)
		*pw = exp(1.2937 - 5.709 * aa + 0.0186 * aa * aa);
	else
		*pw = 3.7e-24;
}

/*
 * nortest::lillie.test: the KS distance to the normal with estimated mean
 * and sd, the p-value of Dallal and Wilkinson (1986) and, above 0.1,
 * Stephens' (1974) modified statistic.
 */
static void
lilliefors(const double *x, size_t n, double mean, double sd, double *d,
    double *pw)
{
	double an = (double)n, p, dp = -INFINITY, dm = -INFINITY, kd, nd, kk;
	size_t i;

	for (i = 0; i < n; i++) {
		p = gsl_cdf_ugaussian_P((x[i] - mean) / sd);
		dp = fmax(dp, (i + 1) / an - p);
		dm = fmax(dm, p - i / an);
	}
	*d = fmax(dp, dm);
	if (n <= 100) {
		kd = *d;
		nd = an;
	} else {
		kd = *d * pow(an / 100, 0.49);
		nd = 100;
	}
	*pw = exp(-7.01256 * kd * kd * (nd + 2.78019) + 2.99587 * kd *
	    sqrt(nd + 2.78019) - 0.122119 + 0.974598 / sqrt(nd) +
	    1.67997 / nd);
	if (*pw <= 0.1)
		return;
	kk = (sqrt(an) - 0.01 + 0.85 / sqrt(an)) * *d;
	if (kk <= 0.302)
		*pw = 1;
	else if (kk <= 0.5)
		*pw = 2.76773 - 19.828315 * kk + 80.709644 * kk * kk -
		    138.55152 * kk * kk * kk + 81.218052 * pow(kk, 4);
	else if (kk <= 0.9)
		*pw = -4.901232 + 40.662806 * kk - 97.490286 * kk * kk +
		    94.029866 * kk * kk * kk - 32.355711 * pow(kk, 4);
	else if (kk <= 1.31)
		*pw = 6.198765 - 19.558097 * kk + 23.186922 * kk * kk -
		    12.234627 * kk * kk * kk + 2.423045 * pow(kk, 4);
	else
		*pw = 0;
}

int
normtest_test(enum normtest_method m, const double *x0, size_t n,
    struct normtest_result *r, struct diag *d)
{
	static const size_t minn[NORMTEST_NMETHODS] = { 3, 8, 2, 8, 5 };
	double *x, mean, m2, m3, m4, sd;

	r->n = n;
	r->statistic = r->p_value = r->skewness = r->kurtosis = NAN;
	if (n < minn[m])
		return diag_set(d, STATUS_DATA, "%s needs at least %zu values, "
		    "not %zu", methods[m].name, minn[m], n);
	if (m == NORMTEST_SHAPIRO && n > 5000)
		return diag_set(d, STATUS_DATA, "Shapiro-Wilk takes at most "
		    "5000 values, not %zu", n);
	x = xmalloc(n * sizeof(*x));
	memcpy(x, x0, n * sizeof(*x));
	gsl_sort(x, 1, n);
	if (!(x[n - 1] > x[0])) {
		free(x);
		return diag_set(d, STATUS_DATA, "all %zu values are equal", n);
	}
	moments(x, n, &mean, &m2, &m3, &m4);
	r->skewness = m3 / pow(m2, 1.5);
	r->kurtosis = m4 / (m2 * m2);
	sd = sqrt(m2 * n / (n - 1.0));
	switch (m) {
	case NORMTEST_SHAPIRO:
		shapiro(x, n, &r->statistic, &r->p_value);
		break;
	case NORMTEST_DAGOSTINO:
		r->statistic = dagostino(r->skewness, r->kurtosis, (double)n);
		r->p_value = gsl_cdf_chisq_Q(r->statistic, 2);
		break;
	case NORMTEST_JB:
		r->statistic = n / 6.0 * (r->skewness * r->skewness +
		    (r->kurtosis - 3) * (r->kurtosis - 3) / 4);
		r->p_value = gsl_cdf_chisq_Q(r->statistic, 2);
		break;
	case NORMTEST_AD:
		anderson(x, n, mean, sd, &r->statistic, &r->p_value);
		break;
	default:
		lilliefors(x, n, mean, sd, &r->statistic, &r->p_value);
	}
	free(x);
	return 0;
}

/* Append the group's keys to the message: "... (group Species=setosa)". */
static void
name_group(const struct frame *f, const size_t *keys, size_t nkeys,
    size_t row, struct diag *d)
{
	size_t len = strlen(d->msg), k;
	const char *v;

	for (k = 0; k < nkeys && len < sizeof(d->msg); k++) {
		v = frame_text(f, keys[k], row);
		len += snprintf(d->msg + len, sizeof(d->msg) - len, "%s%s=%s",
		    k ? ", " : " (group ", f->col[keys[k]].name,
		    v ? v : "");
	}
	if (len < sizeof(d->msg))
		snprintf(d->msg + len, sizeof(d->msg) - len, ")");
}

int
normtest_table(struct frame *f, const size_t *cols, size_t ncols,
    const size_t *keys, size_t nkeys, const enum normtest_method *ms,
    size_t nms, int lenient, struct out_table **tp, struct diag *d)
{
	struct normtest_result r;
	struct out_table *t;
	struct group *g;
	size_t gi, c, k, i, n, row, base;
	double *x, v;
	int moment = 0;

	for (c = 0; c < ncols; c++)
		if (frame_numeric(f, cols[c], d) != 0)
			return -1;
	for (k = 0; k < nms; k++)
		if (ms[k] == NORMTEST_DAGOSTINO || ms[k] == NORMTEST_JB)
			moment = 1;
	g = group_by(f, keys, nkeys, 0);
	t = out_new();
	for (k = 0; k < nkeys; k++)
		out_column(t, f->col[keys[k]].name);
	out_column(t, "column");
	out_column(t, "method");
	out_column(t, "statistic");
	out_column(t, "p_value");
	out_column(t, "n");
	if (moment) {
		out_column(t, "skewness");
		out_column(t, "kurtosis");
	}
	base = nkeys;
	x = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*x));
	for (gi = 0; gi < g->ngroups; gi++) {
		for (c = 0; c < ncols; c++) {
			for (n = i = 0; i < f->nrows; i++) {
				if (g->gid[i] != gi ||
				    isnan(v = f->col[cols[c]].num[i]))
					continue;
				if (!isfinite(v)) {
					diag_set(d, STATUS_DATA, "\"%s\" is not "
					    "a finite value",
					    frame_text(f, cols[c], i));
					frame_where(f, i, d);
					goto fail;
				}
				x[n++] = v;
			}
			for (k = 0; k < nms; k++) {
				if (normtest_test(ms[k], x, n, &r, d) != 0) {
					if (nkeys > 0)
						name_group(f, keys, nkeys,
						    g->first[gi], d);
					if (!lenient)
						goto fail;
					diag_warn("column \"%s\": %s",
					    f->col[cols[c]].name, d->msg);
				}
				row = out_row(t);
				for (i = 0; i < nkeys; i++)
					out_text(t, row, i, frame_text(f,
					    keys[i], g->first[gi]));
				out_text(t, row, base, f->col[cols[c]].name);
				out_text(t, row, base + 1,
				    normtest_name(ms[k]));
				out_num(t, row, base + 2, r.statistic);
				out_num(t, row, base + 3, r.p_value);
				out_num(t, row, base + 4, (double)r.n);
				if (moment) {
					out_num(t, row, base + 5, r.skewness);
					out_num(t, row, base + 6, r.kurtosis);
				}
			}
		}
	}
	free(x);
	group_free(g);
	*tp = t;
	return 0;
fail:
	d->column = f->col[cols[c]].name;
	free(x);
	group_free(g);
	out_free(t);
	return -1;
}
