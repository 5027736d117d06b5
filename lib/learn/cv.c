/* cv: k-fold cross-validation of the learners (cv.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/forest.h"
#include "learn/metrics.h"
#include "learn/split.h"
#include "learn/tree.h"
#include "learn/xy.h"
#include "model/formula.h"
#include "model/model.h"

static const char *const class_names[] = { "accuracy",
	"balanced_accuracy", "kappa" };
/* of metrics_number_names: rmse, mae, r_squared */
static const size_t number_pick[] = { 1, 2, 4 };

int
cv_score(cv_fit_fn fit, void *arg, const double *y, size_t n, size_t nclass,
    size_t k, uint64_t seed, struct out_table **out, struct diag *d)
{
	uint32_t *g = xcalloc(n + 1, sizeof(*g)), *fold = xmalloc((n + 1) *
	    sizeof(*fold)), *in = xmalloc((n + 1) * sizeof(*in));
	double *pred = xmalloc((n + 1) * sizeof(*pred)), *val, v[METRICS_NUMBERS];
	double *yy = xmalloc((n + 1) * sizeof(*yy)), *conf, s, mean;
	size_t f, i, j, m, r, nzero;
	struct out_table *o;
	int rc = -1;

	if (k > n) {
		free(g);
		free(fold);
		free(in);
		free(pred);
		free(yy);
		return diag_set(d, STATUS_USAGE, "--cv: %zu folds of %zu rows",
		    k, n);
	}
	for (i = 0; i < n && nclass; i++)
		g[i] = (uint32_t)y[i];
	split_folds_codes(g, nclass ? nclass : 1, n, k, seed, fold);
	val = xcalloc(3 * k, sizeof(*val));
	conf = xcalloc(nclass * nclass + 1, sizeof(*conf));
	for (f = 0; f < k; f++) {
		for (i = 0; i < n; i++)
			in[i] = fold[i] != f + 1;
		if (fit(arg, in, pred, d) != 0)
			goto fail;
		memset(conf, 0, nclass * nclass * sizeof(*conf));
		for (i = m = 0; i < n; i++) {
			if (in[i])
				continue;
			if (nclass)
				conf[(size_t)y[i] * nclass + (size_t)pred[i]]++;
			else {
				yy[m] = y[i];
				pred[m++] = pred[i];
			}
		}
		if (nclass)
			metrics_agreement(conf, nclass, val + 3 * f);
		else {
			metrics_numbers(yy, pred, m, v, &nzero);
			for (j = 0; j < 3; j++)
				val[3 * f + j] = v[number_pick[j]];
		}
	}
	o = out_new();
	out_column(o, "metric");
	out_column(o, "estimate");
	out_column(o, "sd");
	out_column(o, "folds");
	for (j = 0; j < 3; j++) {
		for (f = 0, mean = 0; f < k; f++)
			mean += val[3 * f + j];
		mean /= (double)k;
		for (f = 0, s = 0; f < k; f++)
			s += (val[3 * f + j] - mean) * (val[3 * f + j] - mean);
		r = out_row(o);
		out_text(o, r, 0, nclass ? class_names[j] :
		    metrics_number_names[number_pick[j]]);
		out_num(o, r, 1, mean);
		out_num(o, r, 2, sqrt(s / (double)(k - 1)));
		out_num(o, r, 3, (double)k);
	}
	*out = o;
	rc = 0;
fail:
	free(g);
	free(fold);
	free(in);
	free(pred);
	free(yy);
	free(val);
	free(conf);
	return rc;
}

struct learner {
	const struct xy		*xy;
	const struct tree_opts	*to;
	const struct forest_opts *fo;
	size_t			**sorted;
};

static int
fit_tree(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	struct learner *l = arg;
	struct tree *t;
	size_t i;

	if (tree_fit(l->xy, in, l->sorted, l->to, &t, d) != 0)
		return -1;
	for (i = 0; i < l->xy->n; i++)
		if (!in[i])
			pred[i] = t->node[tree_leaf(t, l->xy->x, i)].yval;
	tree_free(t);
	return 0;
}

int
cv_tree(const struct xy *xy, const struct tree_opts *o, size_t k,
    uint64_t seed, struct out_table **out, struct diag *d)
{
	struct learner l = { xy, o, NULL, tree_sorted(xy) };
	int rc = cv_score(fit_tree, &l, xy->y, xy->n, xy->nclass, k, seed, out,
	    d);

	tree_sorted_free(xy, l.sorted);
	return rc;
}

static int
fit_forest(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	struct learner *l = arg;
	struct xy *sub = xy_subset(l->xy, in);
	struct forest *f;
	double *prob = xcalloc(l->xy->nclass + 1, sizeof(*prob));
	size_t i;
	int rc = forest_fit(sub, l->fo, &f, d);

	if (rc == 0) {
		for (i = 0; i < l->xy->n; i++)
			if (!in[i])
				forest_predict_rows(f, l->xy->x, i, i + 1,
				    &pred[i], prob);
		forest_free(f);
	}
	free(prob);
	xy_free(sub);
	return rc;
}

int
cv_forest(const struct xy *xy, const struct forest_opts *o, size_t k,
    uint64_t seed, struct out_table **out, struct diag *d)
{
	struct learner l = { xy, NULL, o, NULL };

	return cv_score(fit_forest, &l, xy->y, xy->n, xy->nclass, k, seed, out,
	    d);
}

struct regress {
	struct formula_design	*ds;
	double			*w;	/* the design's own weights */
	int			 binomial;
};

/* the fold's rows get weight 0: out of the fit, with fitted values */
static int
fit_regress(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	struct regress *r = arg;
	struct formula_design *ds = r->ds;
	struct model_fit *mf;
	size_t i;
	int rc;

	for (i = 0; i < ds->n; i++)
		ds->w[i] = in[i] ? (r->w != NULL ? r->w[i] : 1) : 0;
	rc = r->binomial ? model_logit(ds, MODEL_ROWS, &mf, d) :
	    model_lm(ds, MODEL_ROWS, &mf, d);
	if (rc != 0)
		return -1;
	for (i = 0; i < ds->n; i++)
		if (!in[i])
			pred[i] = r->binomial ? mf->fitted[i] >= 0.5 :
			    mf->fitted[i];
	model_fit_free(mf);
	return 0;
}

int
cv_regress(struct formula_design *ds, int binomial, size_t k, uint64_t seed,
    struct out_table **out, struct diag *d)
{
	struct regress r = { ds, ds->w, binomial };
	int rc;

	ds->w = xmalloc((ds->n + 1) * sizeof(double));
	rc = cv_score(fit_regress, &r, ds->y, ds->n, binomial ? 2 : 0, k, seed,
	    out, d);
	free(ds->w);
	ds->w = r.w;
	return rc;
}
