/* prop: the exact binomial test and the chi-square tests of proportions. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/prop.h"

/* binom.test's two-sided p: outcomes no likelier than x, to R's relErr. */
static double
binom_two_sided(unsigned x, unsigned n, double p)
{
	const double rel = 1 + 1e-7;
	double d, m = n * p;
	unsigned i, y = 0;

	if (p == 0)
		return x == 0;
	if (p == 1)
		return x == n;
	d = gsl_ran_binomial_pdf(x, p, n);
	if (x == m)
		return 1;
	if (x < m) {
		for (i = (unsigned)ceil(m); i <= n; i++)
			y += gsl_ran_binomial_pdf(i, p, n) <= d * rel;
		return gsl_cdf_binomial_P(x, p, n) +
		    (y == 0 ? 0 : gsl_cdf_binomial_Q(n - y, p, n));
	}
	for (i = 0; i <= (unsigned)floor(m); i++)
		y += gsl_ran_binomial_pdf(i, p, n) <= d * rel;
	return (y == 0 ? 0 : gsl_cdf_binomial_P(y - 1, p, n)) +
	    gsl_cdf_binomial_Q(x - 1, p, n);
}

/* Wilson's score limits of x/n at z, continuity corrected by yates. */
static void
wilson(double x, double n, double z, double yates, double *lo, double *hi)
{
	double z22n = z * z / (2 * n), pc;

	pc = x / n + yates / n;
	*hi = pc >= 1 ? 1 : (pc + z22n + z * sqrt(pc * (1 - pc) / n + z22n /
	    (2 * n))) / (1 + 2 * z22n);
	pc = x / n - yates / n;
	*lo = pc <= 0 ? 0 : (pc + z22n - z * sqrt(pc * (1 - pc) / n + z22n /
	    (2 * n))) / (1 + 2 * z22n);
	*lo = fmax(*lo, 0);
	*hi = fmin(*hi, 1);
}

static int
binom(double x, double n, const struct prop_opts *o, struct prop_result *r)
{
	double p = o->p ? o->p[0] : 0.5, a = 1 - o->conf_level;
	unsigned xi = (unsigned)x, ni = (unsigned)n;

	snprintf(r->method, sizeof(r->method), "Exact binomial test%s",
	    o->wilson ? ", Wilson score interval" : "");
	r->estimate = x / n;
	r->statistic = x;
	r->df = NAN;
	r->null = p;
	r->p_value = o->alt == ALT_LESS ? gsl_cdf_binomial_P(xi, p, ni) :
	    o->alt == ALT_GREATER ? (xi == 0 ? 1 :
	    gsl_cdf_binomial_Q(xi - 1, p, ni)) : binom_two_sided(xi, ni, p);
	if (o->alt == ALT_TWO_SIDED)
		a /= 2;
	if (o->wilson) {
		wilson(x, n, gsl_cdf_ugaussian_Qinv(a), 0, &r->conf_low,
		    &r->conf_high);
	} else {
		r->conf_low = xi == 0 ? 0 : gsl_cdf_beta_Pinv(a, x, n - x + 1);
		r->conf_high = xi == ni ? 1 : gsl_cdf_beta_Qinv(a, x + 1, n - x);
	}
	if (o->alt == ALT_LESS)
		r->conf_low = 0;
	else if (o->alt == ALT_GREATER)
		r->conf_high = 1;
	return 0;
}

int
prop_test(const double *x, const double *n, size_t k,
    const struct prop_opts *o, struct prop_result *r, struct diag *d)
{
	double yates = o->correct && k <= 2 ? 0.5 : 0, z, pool, sx = 0, sn = 0;
	double e, delta = 0, w, sinv = 0, stat = 0;
	size_t i;

	r->k = k;
	r->alt = k > 2 || (k == 2 && o->p) ? ALT_TWO_SIDED : o->alt;
	r->conf_low = r->conf_high = r->estimate = r->null = NAN;
	r->small = 0;
	if (k == 0)
		return diag_set(d, STATUS_DATA, "no groups to test");
	if (o->p && o->np != k)
		return diag_set(d, STATUS_USAGE, "--p: %zu null proportions "
		    "for %zu groups", o->np, k);
	for (i = 0; i < k; i++) {
		if (!(n[i] >= 1) || n[i] != floor(n[i]) || n[i] > 1e9)
			return diag_set(d, STATUS_USAGE, "trials %g: not a "
			    "positive whole number", n[i]);
		if (!(x[i] >= 0) || x[i] != floor(x[i]) || x[i] > n[i])
			return diag_set(d, STATUS_USAGE, "successes %g: not a "
			    "whole number from 0 to the trials, %g", x[i], n[i]);
		if (o->p && !(o->binom ? o->p[i] >= 0 && o->p[i] <= 1 :
		    o->p[i] > 0 && o->p[i] < 1))
			return diag_set(d, STATUS_USAGE, "null proportion %g "
			    "is not in %s", o->p[i], o->binom ? "[0, 1]" :
			    "(0, 1)");
		sx += x[i];
		sn += n[i];
		sinv += 1 / n[i];
	}
	if (o->binom) {
		if (k != 1)
			return diag_set(d, STATUS_USAGE, "the exact binomial "
			    "test takes one group, not %zu", k);
		r->alt = o->alt;
		return binom(x[0], n[0], o, r);
	}
	z = gsl_cdf_ugaussian_Pinv(r->alt == ALT_TWO_SIDED ?
	    (1 + o->conf_level) / 2 : o->conf_level);
	if (k == 1) {
		r->null = o->p ? o->p[0] : 0.5;
		r->estimate = x[0] / n[0];
		yates = fmin(yates, fabs(x[0] - n[0] * r->null));
		wilson(x[0], n[0], z, yates, &r->conf_low, &r->conf_high);
	} else if (k == 2 && o->p == NULL) {
		r->estimate = delta = x[0] / n[0] - x[1] / n[1];
		yates = fmin(yates, fabs(delta) / sinv);
		w = z * sqrt(x[0] / n[0] * (1 - x[0] / n[0]) / n[0] +
		    x[1] / n[1] * (1 - x[1] / n[1]) / n[1]) + yates * sinv;
		r->conf_low = fmax(delta - w, -1);
		r->conf_high = fmin(delta + w, 1);
	}
	if (r->alt == ALT_LESS)
		r->conf_low = k == 1 ? 0 : -1;
	else if (r->alt == ALT_GREATER)
		r->conf_high = 1;
	if (k == 1)
		snprintf(r->method, sizeof(r->method), "1-sample proportions "
		    "test %s continuity correction", yates ? "with" : "without");
	else
		snprintf(r->method, sizeof(r->method), "%zu-sample test for %s "
		    "proportions %s continuity correction", k, o->p ? "given" :
		    "equality of", yates ? "with" : "without");
	pool = sx / sn;
	for (i = 0; i < k; i++) {
		double p = k == 1 ? r->null : o->p ? o->p[i] : pool;

		e = n[i] * p;
		stat += pow(fabs(x[i] - e) - yates, 2) / e;
		r->small |= e < 5;
		e = n[i] * (1 - p);
		stat += pow(fabs(n[i] - x[i] - e) - yates, 2) / e;
		r->small |= e < 5;
	}
	r->statistic = stat;
	r->df = k == 1 || o->p ? (double)k : (double)(k - 1);
	if (isnan(stat))
		r->p_value = NAN;
	else if (r->alt == ALT_TWO_SIDED)
		r->p_value = gsl_cdf_chisq_Q(stat, r->df);
	else {
		w = k == 1 ? r->estimate - r->null : delta;
		z = (w > 0) - (w < 0);
		z *= sqrt(stat);
		r->p_value = r->alt == ALT_LESS ? gsl_cdf_ugaussian_P(z) :
		    gsl_cdf_ugaussian_Q(z);
	}
	return 0;
}

int
prop_counts(const double *x, const double *n, size_t k,
    const struct prop_opts *o, struct out_table **tp, struct diag *d)
{
	struct prop_result r;

	if (prop_test(x, n, k, o, &r, d) != 0)
		return -1;
	if (isnan(r.statistic))
		diag_warn("no successes or no failures at all: the statistic "
		    "is undefined");
	else if (r.small)
		diag_warn("Chi-squared approximation may be incorrect");
	*tp = prop_table(&r, x, n);
	return 0;
}

int
prop_frame(struct frame *f, const struct prop_spec *sp,
    const struct prop_opts *o, struct out_table **tp, struct diag *d)
{
	struct levels lv = { 1, NULL, NULL, 0 };
	size_t i, k, left = 0;
	double *x, *n;
	const char *s;
	int seen = 0;

	if (sp->by && levels_of(f, *sp->by, sp->levels, &lv, d) != 0)
		return -1;
	x = xcalloc(lv.n ? lv.n : 1, sizeof(*x));
	n = xcalloc(lv.n ? lv.n : 1, sizeof(*n));
	for (i = 0; i < f->nrows; i++) {
		k = sp->by ? lv.of_row[i] : 0;
		s = frame_text(f, sp->col, i);
		if (s == NULL || k == LEVELS_NONE) {
			left += s == NULL || (sp->by &&
			    frame_text(f, *sp->by, i) == NULL);
			continue;
		}
		n[k]++;
		if (strcmp(s, sp->success) == 0) {
			x[k]++;
			seen = 1;
		}
	}
	if (!seen) {
		diag_set(d, STATUS_USAGE, "--success: no row has \"%s\"",
		    sp->success);
		diag_column(d, f->col[sp->col].name);
	} else
		for (k = 0; k < lv.n; k++)
			if (n[k] == 0) {
				diag_set(d, STATUS_DATA, "level \"%s\" has no "
				    "outcome", sp->by ? levels_name(f, *sp->by,
				    &lv, k) : "(all)");
				diag_column(d, f->col[sp->col].name);
				seen = 0;
			}
	if (seen && left)
		diag_warn("%zu row%s with a missing value left out", left,
		    left == 1 ? "" : "s");
	if (seen && prop_counts(x, n, lv.n, o, tp, d) != 0)
		seen = 0;
	free(x);
	free(n);
	if (sp->by)
		levels_free(&lv);
	return seen ? 0 : -1;
}

struct out_table *
prop_table(const struct prop_result *r, const double *x, const double *n)
{
	static const char *const names[] = { "method", "alternative",
	    "estimate", "statistic", "df", "p_value", "conf_low", "conf_high" };
	struct out_table *t = out_new();
	char name[32];
	size_t i, nc = sizeof(names) / sizeof(names[0]);

	for (i = 0; i < nc; i++)
		out_column(t, names[i]);
	if (r->k == 1) {
		out_column(t, "null");
		out_column(t, "x");
		out_column(t, "n");
	} else
		for (i = 0; i < r->k; i++) {
			snprintf(name, sizeof(name), "prop%zu", i + 1);
			out_column(t, name);
		}
	out_row(t);
	out_text(t, 0, 0, r->method);
	out_text(t, 0, 1, alt_name(r->alt));
	out_num(t, 0, 2, r->estimate);
	out_num(t, 0, 3, r->statistic);
	out_num(t, 0, 4, r->df);
	out_num(t, 0, 5, r->p_value);
	out_num(t, 0, 6, r->conf_low);
	out_num(t, 0, 7, r->conf_high);
	if (r->k == 1) {
		out_num(t, 0, nc, r->null);
		out_num(t, 0, nc + 1, x[0]);
		out_num(t, 0, nc + 2, n[0]);
	} else
		for (i = 0; i < r->k; i++)
			out_num(t, 0, nc + i, x[i] / n[i]);
	return t;
}
