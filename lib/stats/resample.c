/* resample: the bootstrap and the two-sample permutation test. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/quantile.h"
#include "stats/resample.h"

static const char *const stat_names[] = {
	"mean", "median", "sd", "var", "trimmed", "quantile", "cor"
};
static const char *const ci_names[] = { "perc", "basic", "bca", "norm" };

int
resample_parse_stat(const char *s, struct resample_opts *o)
{
	const char *colon = strchr(s, ':');
	size_t len = colon ? (size_t)(colon - s) : strlen(s), i;

	for (i = 0; i < sizeof(stat_names) / sizeof(stat_names[0]); i++)
		if (strlen(stat_names[i]) == len &&
		    memcmp(s, stat_names[i], len) == 0)
			break;
	if (i == sizeof(stat_names) / sizeof(stat_names[0]))
		return -1;
	o->stat = (enum resample_stat)i;
	if (o->stat == RESAMPLE_TRIMMED || o->stat == RESAMPLE_QUANTILE) {
		if (colon == NULL || num_parse_opt(colon + 1, &o->arg) != 0 ||
		    !(o->arg >= 0 && o->arg <= (o->stat == RESAMPLE_TRIMMED ?
		    0.5 : 1)))
			return -1;
	} else if (colon != NULL && o->stat != RESAMPLE_COR)
		return -1;
	return 0;
}

int
resample_parse_ci(const char *s, enum resample_ci *c)
{
	size_t i;

	for (i = 0; i < sizeof(ci_names) / sizeof(ci_names[0]); i++)
		if (strcmp(s, ci_names[i]) == 0) {
			*c = (enum resample_ci)i;
			return 0;
		}
	return -1;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* Mean of v[0..n) as R's mean: the sum, then one correction pass. */
static double
mean_of(const double *v, size_t n)
{
	long double s = 0, c = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s += v[i];
	s /= n;
	for (i = 0; i < n; i++)
		c += v[i] - s;
	return (double)(s + c / n);
}

/* The statistic of the n values v (and w for cor); v is reordered. */
static double
stat_of(const struct resample_opts *o, double *v, const double *w, size_t n)
{
	double m, s = 0, mw, sw = 0, sxy = 0;
	size_t i, lo;

	switch (o->stat) {
	case RESAMPLE_MEAN:
		return mean_of(v, n);
	case RESAMPLE_MEDIAN:
		return quantile_at(v, n, 0.5);
	case RESAMPLE_QUANTILE:
		return quantile_at(v, n, o->arg);
	case RESAMPLE_TRIMMED:
		if (o->arg >= 0.5)
			return quantile_at(v, n, 0.5);
		lo = (size_t)floor(n * o->arg);
		qsort(v, n, sizeof(*v), cmp_double);
		return mean_of(v + lo, n - 2 * lo);
	case RESAMPLE_COR:
		m = mean_of(v, n);
		mw = mean_of(w, n);
		for (i = 0; i < n; i++) {
			s += (v[i] - m) * (v[i] - m);
			sw += (w[i] - mw) * (w[i] - mw);
			sxy += (v[i] - m) * (w[i] - mw);
		}
		return sxy / sqrt(s * sw);
	default:		/* sd, var */
		m = mean_of(v, n);
		for (i = 0; i < n; i++)
			s += (v[i] - m) * (v[i] - m);
		s /= (double)(n - 1);
		return o->stat == RESAMPLE_SD ? sqrt(s) : s;
	}
}

double
boot_norm_inter(const double *t, size_t r, double alpha)
{
	double rk = (r + 1.0) * alpha, k = trunc(rk), z, z1, z2;
	size_t ki = (size_t)k;

	if (k == rk && ki >= 1 && ki <= r)
		return t[ki - 1];
	if (ki == 0)
		return t[0];
	if (ki >= r)
		return t[r - 1];
	z = gsl_cdf_ugaussian_Pinv(alpha);
	z1 = gsl_cdf_ugaussian_Pinv(k / (r + 1.0));
	z2 = gsl_cdf_ugaussian_Pinv((k + 1) / (r + 1.0));
	return t[ki - 1] + (z - z1) / (z2 - z1) * (t[ki] - t[ki - 1]);
}

/* The jackknife's acceleration: L_i = (n - 1)(t0 - t_(-i)), as usual.jack. */
static double
jack_accel(const struct resample_opts *o, const double *x, const double *y,
    size_t n, double t0, double *v, double *w)
{
	long double l2 = 0, l3 = 0, l;
	size_t i, j, m;

	for (i = 0; i < n; i++) {
		for (m = j = 0; j < n; j++)
			if (j != i) {
				v[m] = x[j];
				if (y != NULL)
					w[m] = y[j];
				m++;
			}
		l = (n - 1.0L) * (t0 - stat_of(o, v, w, n - 1));
		l2 += l * l;
		l3 += l * l * l;
	}
	return (double)(l3 / (6 * powl(l2, 1.5L)));
}

int
boot_estimate(const double *x, const double *y, size_t n,
    const struct resample_opts *o, struct boot_result *r, struct diag *d)
{
	double *v = xmalloc((n + 1) * sizeof(*v)), *w = xmalloc((n + 1) *
	    sizeof(*w)), *t = xmalloc((o->reps + 1) * sizeof(*t));
	double a1 = (1 - o->conf_level) / 2, a2 = (1 + o->conf_level) / 2, s;
	double z0, za;
	gsl_rng *rng;
	size_t b, i, k, below = 0, nt = 0;

	if (n < 2 || o->reps < 2) {
		free(v);
		free(w);
		free(t);
		return diag_set(d, STATUS_DATA, "%zu value%s: the bootstrap "
		    "needs at least 2", n, n == 1 ? "" : "s");
	}
	memcpy(v, x, n * sizeof(*v));
	if (y != NULL)
		memcpy(w, y, n * sizeof(*w));
	r->t0 = stat_of(o, v, w, n);
	r->n = n;
	rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, o->seed);
	for (b = 0; b < o->reps; b++) {
		for (i = 0; i < n; i++) {
			k = gsl_rng_uniform_int(rng, n);
			v[i] = x[k];
			if (y != NULL)
				w[i] = y[k];
		}
		s = stat_of(o, v, w, n);
		if (isfinite(s))	/* boot.ci keeps finite replicates */
			t[nt++] = s;
	}
	gsl_rng_free(rng);
	for (b = 0; b < nt; b++)
		below += t[b] < r->t0;
	qsort(t, nt, sizeof(*t), cmp_double);
	r->bias = mean_of(t, nt) - r->t0;
	for (s = 0, b = 0; b < nt; b++)
		s += (t[b] - r->t0 - r->bias) * (t[b] - r->t0 - r->bias);
	r->se = sqrt(s / (nt - 1.0));
	r->accel = NAN;
	switch (o->ci) {
	case RESAMPLE_NORM:
		s = r->se * gsl_cdf_ugaussian_Pinv(a2);
		r->conf_low = r->t0 - r->bias - s;
		r->conf_high = r->t0 - r->bias + s;
		break;
	case RESAMPLE_BASIC:
		r->conf_low = 2 * r->t0 - boot_norm_inter(t, nt, a2);
		r->conf_high = 2 * r->t0 - boot_norm_inter(t, nt, a1);
		break;
	case RESAMPLE_PERC:
		r->conf_low = boot_norm_inter(t, nt, a1);
		r->conf_high = boot_norm_inter(t, nt, a2);
		break;
	case RESAMPLE_BCA:
		z0 = gsl_cdf_ugaussian_Pinv((double)below / nt);
		r->accel = jack_accel(o, x, y, n, r->t0, v, w);
		if (!isfinite(z0) || !isfinite(r->accel)) {
			free(v);
			free(w);
			free(t);
			return diag_set(d, STATUS_DATA, "BCa: the %s adjustment "
			    "is infinite (replicates all on one side of the "
			    "estimate, or no spread)", isfinite(z0) ? "a" :
			    "w");
		}
		za = gsl_cdf_ugaussian_Pinv(a1);
		r->conf_low = boot_norm_inter(t, nt, gsl_cdf_ugaussian_P(z0 +
		    (z0 + za) / (1 - r->accel * (z0 + za))));
		za = gsl_cdf_ugaussian_Pinv(a2);
		r->conf_high = boot_norm_inter(t, nt, gsl_cdf_ugaussian_P(z0 +
		    (z0 + za) / (1 - r->accel * (z0 + za))));
		break;
	}
	free(v);
	free(w);
	free(t);
	return 0;
}

/* Mean or median of v[0..n) (reordered). */
static double
center(double *v, size_t n, enum permtest_stat s)
{
	return s == PERMTEST_MEAN_DIFF ? mean_of(v, n) :
	    quantile_at(v, n, 0.5);
}

void
permtest_test(const double *x, size_t nx, const double *y, size_t ny,
    enum permtest_stat st, size_t reps, unsigned long seed,
    struct permtest_result *r)
{
	size_t n = nx + ny, b, i, k;
	double *p = xmalloc((n + 1) * sizeof(*p)), *v = xmalloc((n + 1) *
	    sizeof(*v)), t, tol;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);

	memcpy(p, x, nx * sizeof(*p));
	memcpy(p + nx, y, ny * sizeof(*p));
	memcpy(v, p, n * sizeof(*v));
	r->statistic = center(v, nx, st) - center(v + nx, ny, st);
	tol = fabs(r->statistic) * (1 - 1e-9);
	gsl_rng_set(rng, seed);
	r->extreme = 0;
	for (b = 0; b < reps; b++) {
		for (i = n - 1; i > 0; i--) {	/* Fisher-Yates */
			k = gsl_rng_uniform_int(rng, i + 1);
			t = p[i];
			p[i] = p[k];
			p[k] = t;
		}
		memcpy(v, p, n * sizeof(*v));
		t = center(v, nx, st) - center(v + nx, ny, st);
		r->extreme += fabs(t) >= tol;
	}
	r->p_value = (r->extreme + 1.0) / (reps + 1.0);
	gsl_rng_free(rng);
	free(p);
	free(v);
}

/* The rows of level k (all: lv NULL) with x (and y) present. */
static size_t
gather(const struct frame *f, const struct resample_spec *sp, int two,
    const struct levels *lv, size_t k, double *x, double *y, size_t *left)
{
	size_t i, n = 0;

	for (i = 0; i < f->nrows; i++) {
		if (lv != NULL && lv->of_row[i] != k)
			continue;
		x[n] = f->col[sp->x].num[i];
		y[n] = two ? f->col[sp->y].num[i] : 0;
		if (isnan(x[n]) || isnan(y[n]))
			(*left)++;
		else
			n++;
	}
	return n;
}

int
boot_frame(struct frame *f, const struct resample_spec *sp,
    const struct resample_opts *o, struct out_table **tp, struct diag *d)
{
	static const char *const cols[] = { "stat", "estimate", "bias",
	    "std_error", "conf_low", "conf_high", "ci", "conf_level", "reps",
	    "n" };
	int two = o->stat == RESAMPLE_COR, rc = 0;
	struct levels lv = { 1, NULL, NULL, 0 };
	struct boot_result r;
	struct out_table *t;
	size_t k, c, n, row, left = 0, off = sp->by ? 1 : 0;
	double *x, *y;
	char name[64];

	if (frame_numeric(f, sp->x, d) != 0 ||
	    (two && frame_numeric(f, sp->y, d) != 0))
		return -1;
	if (sp->by && levels_of(f, *sp->by, NULL, &lv, d) != 0)
		return -1;
	x = xmalloc((f->nrows + 1) * sizeof(*x));
	y = xmalloc((f->nrows + 1) * sizeof(*y));
	t = out_new();
	if (sp->by)
		out_column(t, f->col[*sp->by].name);
	for (c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		out_column(t, cols[c]);
	if (o->stat == RESAMPLE_TRIMMED || o->stat == RESAMPLE_QUANTILE)
		snprintf(name, sizeof(name), "%s:%.15g", stat_names[o->stat],
		    o->arg);
	else
		snprintf(name, sizeof(name), "%s", stat_names[o->stat]);
	for (k = 0; k < lv.n && rc == 0; k++) {
		n = gather(f, sp, two, sp->by ? &lv : NULL, k, x, y, &left);
		if ((rc = boot_estimate(x, two ? y : NULL, n, o, &r, d)) != 0) {
			if (sp->by)
				diag_column(d, f->col[*sp->by].name);
			break;
		}
		row = out_row(t);
		if (sp->by)
			out_text(t, row, 0, levels_name(f, *sp->by, &lv, k));
		out_text(t, row, off, name);
		out_num(t, row, off + 1, r.t0);
		out_num(t, row, off + 2, r.bias);
		out_num(t, row, off + 3, r.se);
		out_num(t, row, off + 4, r.conf_low);
		out_num(t, row, off + 5, r.conf_high);
		out_text(t, row, off + 6, ci_names[o->ci]);
		out_num(t, row, off + 7, o->conf_level);
		out_num(t, row, off + 8, (double)o->reps);
		out_num(t, row, off + 9, (double)n);
	}
	free(x);
	free(y);
	if (sp->by)
		levels_free(&lv);
	if (rc != 0) {
		out_free(t);
		return -1;
	}
	if (left)
		diag_warn("%zu row%s with a missing value left out", left,
		    left == 1 ? "" : "s");
	*tp = t;
	return 0;
}

int
permtest_frame(struct frame *f, const struct resample_spec *sp,
    enum permtest_stat st, size_t reps, unsigned long seed,
    struct out_table **tp, struct diag *d)
{
	static const char *const cols[] = { "method", "statistic", "p_value",
	    "extreme", "reps", "n1", "n2" };
	struct permtest_result r;
	struct levels lv;
	struct out_table *t;
	size_t nx, ny, left = 0, c;
	double *x, *y, *dummy;

	if (frame_numeric(f, sp->x, d) != 0 ||
	    levels_of(f, *sp->by, sp->levels, &lv, d) != 0)
		return -1;
	if (lv.n != 2) {
		diag_set(d, STATUS_DATA, "%zu levels; the test needs exactly 2 "
		    "(pick two with --levels)", lv.n);
		diag_column(d, f->col[*sp->by].name);
		levels_free(&lv);
		return -1;
	}
	x = xmalloc((f->nrows + 1) * sizeof(*x));
	y = xmalloc((f->nrows + 1) * sizeof(*y));
	dummy = xmalloc((f->nrows + 1) * sizeof(*dummy));
	nx = gather(f, sp, 0, &lv, 0, x, dummy, &left);
	ny = gather(f, sp, 0, &lv, 1, y, dummy, &left);
	levels_free(&lv);
	free(dummy);
	if (nx == 0 || ny == 0) {
		free(x);
		free(y);
		return diag_set(d, STATUS_DATA, "a group without values");
	}
	permtest_test(x, nx, y, ny, st, reps, seed, &r);
	free(x);
	free(y);
	if (left)
		diag_warn("%zu row%s with a missing value left out", left,
		    left == 1 ? "" : "s");
	t = out_new();
	for (c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		out_column(t, cols[c]);
	out_row(t);
	out_text(t, 0, 0, st == PERMTEST_MEAN_DIFF ? "Permutation test of "
	    "the difference in means" : "Permutation test of the difference "
	    "in medians");
	out_num(t, 0, 1, r.statistic);
	out_num(t, 0, 2, r.p_value);
	out_num(t, 0, 3, (double)r.extreme);
	out_num(t, 0, 4, (double)reps);
	out_num(t, 0, 5, (double)nx);
	out_num(t, 0, 6, (double)ny);
	*tp = t;
	return 0;
}
