/* vartest: the F test comparing two variances, as R's var.test. */
#include <math.h>
#include <stdlib.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/vartest.h"

int
vartest_test(const double *x, size_t nx, const double *y, size_t ny,
    const struct vartest_opts *o, struct vartest_result *r, struct diag *d)
{
	double vx, vy, f, b;

	if (nx < 2 || ny < 2)
		return diag_set(d, STATUS_DATA, "%zu and %zu values: each "
		    "sample needs at least 2", nx, ny);
	vx = gsl_stats_variance(x, 1, nx);
	vy = gsl_stats_variance(y, 1, ny);
	if (vy == 0)
		return diag_set(d, STATUS_DATA, "the second sample has no "
		    "spread: the ratio is undefined");
	r->n1 = nx;
	r->n2 = ny;
	r->df1 = (double)(nx - 1);
	r->df2 = (double)(ny - 1);
	r->estimate = vx / vy;
	r->statistic = f = r->estimate / o->ratio;
	b = gsl_cdf_fdist_P(f, r->df1, r->df2);
	r->p_value = o->alt == ALT_LESS ? b : o->alt == ALT_GREATER ?
	    gsl_cdf_fdist_Q(f, r->df1, r->df2) :
	    2 * fmin(b, gsl_cdf_fdist_Q(f, r->df1, r->df2));
	b = 1 - o->conf_level;
	if (o->alt == ALT_TWO_SIDED)
		b /= 2;
	r->conf_low = o->alt == ALT_LESS ? 0 :
	    r->estimate / gsl_cdf_fdist_Qinv(b, r->df1, r->df2);
	r->conf_high = o->alt == ALT_GREATER ? INFINITY :
	    r->estimate / gsl_cdf_fdist_Pinv(b, r->df1, r->df2);
	return 0;
}

/* The non-missing values of column col in rows of level k (any: lv NULL). */
static double *
sample(const struct frame *f, size_t col, const struct levels *lv, size_t k,
    size_t *n, size_t *left)
{
	double *x = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*x)), v;
	size_t i;

	for (*n = i = 0; i < f->nrows; i++) {
		if (lv != NULL && lv->of_row[i] != k)
			continue;
		if (isnan(v = f->col[col].num[i]))
			(*left)++;
		else
			x[(*n)++] = v;
	}
	return x;
}

int
vartest_frame(struct frame *f, const struct vartest_spec *sp,
    const struct vartest_opts *o, struct out_table **tp, struct diag *d)
{
	static const char *const names[] = { "method", "alternative",
	    "estimate", "statistic", "df1", "df2", "p_value", "conf_low",
	    "conf_high", "n1", "n2" };
	struct vartest_result r;
	struct levels lv;
	struct out_table *t;
	size_t nx, ny, left = 0, i;
	double *x, *y;
	int rc;

	if (frame_numeric(f, sp->x, d) != 0 ||
	    (sp->by == NULL && frame_numeric(f, sp->y, d) != 0))
		return -1;
	if (sp->by != NULL) {
		if (levels_of(f, *sp->by, sp->levels, &lv, d) != 0)
			return -1;
		if (lv.n != 2) {
			diag_set(d, STATUS_DATA, "%zu levels; the test needs "
			    "exactly 2 (pick two with --levels)", lv.n);
			diag_column(d, f->col[*sp->by].name);
			levels_free(&lv);
			return -1;
		}
		x = sample(f, sp->x, &lv, 0, &nx, &left);
		y = sample(f, sp->x, &lv, 1, &ny, &left);
		left += lv.none;
		levels_free(&lv);
	} else {
		x = sample(f, sp->x, NULL, 0, &nx, &left);
		y = sample(f, sp->y, NULL, 0, &ny, &left);
	}
	rc = vartest_test(x, nx, y, ny, o, &r, d);
	free(x);
	free(y);
	if (rc != 0)
		return -1;
	if (left)
		diag_warn("%zu missing value%s left out", left,
		    left == 1 ? "" : "s");
	t = out_new();
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		out_column(t, names[i]);
	out_row(t);
	out_text(t, 0, 0, "F test to compare two variances");
	out_text(t, 0, 1, alt_name(o->alt));
	out_num(t, 0, 2, r.estimate);
	out_num(t, 0, 3, r.statistic);
	out_num(t, 0, 4, r.df1);
	out_num(t, 0, 5, r.df2);
	out_num(t, 0, 6, r.p_value);
	out_num(t, 0, 7, r.conf_low);
	out_num(t, 0, 8, r.conf_high);
	out_num(t, 0, 9, (double)r.n1);
	out_num(t, 0, 10, (double)r.n2);
	*tp = t;
	return 0;
}
