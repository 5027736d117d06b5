/* nbayes: naive Bayes classifiers as e1071::naiveBayes (nbayes.h). */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "io/json.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/lmodel.h"
#include "learn/nbayes.h"
#include "learn/xy.h"

/* 0.5 * log(2 pi) */
#define LN_SQRT_2PI	0.918938533204672741780329736406

static struct nbayes *
nb_new(const struct xy *xy)
{
	struct nbayes *nb = xcalloc(1, sizeof(*nb));
	size_t j, k = xy->nclass, size = 0;

	nb->p = xy->p;
	nb->nclass = k;
	nb->count = xcalloc(k, sizeof(double));
	nb->prior = xcalloc(k, sizeof(double));
	nb->nlevel = xcalloc(xy->p + 1, sizeof(size_t));
	nb->off = xcalloc(xy->p + 1, sizeof(size_t));
	for (j = 0; j < xy->p; j++) {
		nb->nlevel[j] = xy->nlevel[j];
		nb->off[j] = size;
		size += k * (xy->nlevel[j] ? xy->nlevel[j] : 2);
	}
	nb->par = xcalloc(size + 1, sizeof(double));
	return nb;
}

void
nbayes_free(struct nbayes *nb)
{
	if (nb == NULL)
		return;
	free(nb->count);
	free(nb->prior);
	free(nb->nlevel);
	free(nb->off);
	free(nb->par);
	free(nb);
}

/* the priors given, or the shares of the rows */
static int
set_priors(struct nbayes *nb, const struct nbayes_opts *o, struct diag *d)
{
	double s = 0;
	size_t c;

	if (o->priors != NULL && o->npriors != nb->nclass)
		return diag_set(d, STATUS_USAGE, "--priors: %zu numbers for %zu "
		    "classes", o->npriors, nb->nclass);
	for (c = 0; c < nb->nclass; c++) {
		nb->prior[c] = o->priors != NULL ? o->priors[c] : nb->count[c];
		if (!(nb->prior[c] >= 0) || !isfinite(nb->prior[c]))
			return diag_set(d, STATUS_USAGE, "--priors: %g is not a "
			    "probability", nb->prior[c]);
		s += nb->prior[c];
	}
	if (!(s > 0))
		return diag_set(d, STATUS_USAGE, "--priors: every prior is 0");
	for (c = 0; c < nb->nclass; c++)
		nb->prior[c] /= s;
	return 0;
}

int
nbayes_fit(const struct xy *xy, const uint32_t *in,
    const struct nbayes_opts *o, struct nbayes **nbp, struct diag *d)
{
	struct nbayes *nb;
	double w, *q, *nobs, delta, n, v, lap = o->laplace;
	size_t i, j, c, l, nl;

	if (xy->nclass < 2)
		return diag_set(d, STATUS_USAGE, "the response must be classes "
		    "(at least 2)");
	if (!(lap >= 0) || !isfinite(lap))
		return diag_set(d, STATUS_USAGE, "--laplace: must be a number "
		    ">= 0");
	nb = nb_new(xy);
	nobs = xcalloc(xy->p * nb->nclass + 1, sizeof(*nobs));
	/*
	 * One pass: class counts, level counts, and each class's mean and
	 * sum of squared deviations by Welford's update (par holds mean and
	 * the sum until the end).  A missing predictor is skipped for its
	 * row, as e1071 (tapply(na.rm = TRUE), table()): nobs counts the
	 * values each class has of each numeric predictor.
	 */
	for (i = 0; i < xy->n; i++) {
		w = in != NULL ? (double)in[i] : 1;
		if (w == 0)
			continue;
		c = (size_t)xy->y[i];
		nb->count[c] += w;
		for (j = 0; j < xy->p; j++) {
			v = xy->x[j][i];
			if (isnan(v))
				continue;
			if (nb->nlevel[j]) {
				nb->par[nb->off[j] + c * nb->nlevel[j] +
				    (size_t)v] += w;
				continue;
			}
			n = nobs[j * nb->nclass + c] += w;
			q = &nb->par[nb->off[j] + 2 * c];
			delta = v - q[0];
			q[0] += w * delta / n;
			q[1] += w * delta * (v - q[0]);
		}
	}
	for (j = 0; j < xy->p; j++)
		for (c = 0; c < nb->nclass; c++) {
			nl = nb->nlevel[j];
			if (nl) {
				/* over the class's rows with a value */
				q = &nb->par[nb->off[j] + c * nl];
				for (l = 0, n = 0; l < nl; l++)
					n += q[l];
				for (l = 0; l < nl; l++)
					q[l] = (q[l] + lap) / (n + lap *
					    (double)nl);
				if (n > 0 || lap > 0)
					continue;
			} else {
				/* a class of one value has no sd: 0, as
				 * the threshold */
				q = &nb->par[nb->off[j] + 2 * c];
				n = nobs[j * nb->nclass + c];
				q[1] = n > 1 ? sqrt(q[1] / (n - 1)) : 0;
				if (n > 0)
					continue;
			}
			/* e1071's model would be NaN there */
			if (nb->count[c] > 0) {
				diag_set(d, STATUS_DATA, "no value in class "
				    "\"%s\"", xy->ylevel[c]);
				diag_column(d, xy->name[j]);
				free(nobs);
				nbayes_free(nb);
				return -1;
			}
		}
	free(nobs);
	if (set_priors(nb, o, d) != 0) {
		nbayes_free(nb);
		return -1;
	}
	*nbp = nb;
	return 0;
}

/* e1071: a likelihood (or sd) that is not positive is the threshold */
static double
log_lik(const struct nbayes *nb, size_t j, size_t c, double x)
{
	const double *q;
	double sd, z, dens;

	if (nb->nlevel[j]) {
		dens = nb->par[nb->off[j] + c * nb->nlevel[j] + (size_t)x];
		return dens > 0 ? log(dens) : log(NBAYES_THRESHOLD);
	}
	q = &nb->par[nb->off[j] + 2 * c];
	sd = q[1] > 0 ? q[1] : NBAYES_THRESHOLD;
	z = (x - q[0]) / sd;
	/* R's dnorm is 0 beyond sqrt(2 log 2 * 1074) sds, or underflows */
	dens = -0.5 * z * z - LN_SQRT_2PI - log(sd);
	if (fabs(z) > 38.5674 || exp(dens) <= 0)
		return log(NBAYES_THRESHOLD);
	return dens;
}

size_t
nbayes_predict(const struct nbayes *nb, double *const *x, size_t i,
    double *post)
{
	double *L = post, s = 0, top;
	size_t c, j, best = 0;

	for (c = 0; c < nb->nclass; c++) {
		L[c] = -INFINITY;
		if (nb->prior[c] <= 0 || nb->count[c] <= 0)
			continue;
		L[c] = log(nb->prior[c]);
		for (j = 0; j < nb->p; j++)	/* missing: skipped */
			if (!isnan(x[j][i]))
				L[c] += log_lik(nb, j, c, x[j][i]);
		if (L[c] > L[best] || L[best] == -INFINITY)
			best = c;
	}
	/* shifted by the largest: no overflow, and the smallest underflow
	 * only where they are 0 to the last bit */
	top = L[best];
	for (c = 0; c < nb->nclass; c++)
		s += post[c] = exp(L[c] - top);
	for (c = 0; c < nb->nclass; c++)
		post[c] /= s;
	return best;
}

struct out_table *
nbayes_priors_table(const struct nbayes *nb, const struct xy *xy)
{
	struct out_table *t = out_new();
	size_t c, r;

	out_column(t, "class");
	out_column(t, "n");
	out_column(t, "prior");
	for (c = 0; c < nb->nclass; c++) {
		r = out_row(t);
		out_text(t, r, 0, xy->ylevel[c]);
		out_num(t, r, 1, nb->count[c]);
		out_num(t, r, 2, nb->prior[c]);
	}
	return t;
}

struct out_table *
nbayes_tables_table(const struct nbayes *nb, const struct xy *xy)
{
	static const char *const cols[] = { "predictor", "class", "level",
		"mean", "sd", "prob" };
	struct out_table *t = out_new();
	const double *q;
	size_t j, c, l, r, nl;

	for (j = 0; j < sizeof(cols) / sizeof(cols[0]); j++)
		out_column(t, cols[j]);
	for (j = 0; j < nb->p; j++)
		for (c = 0; c < nb->nclass; c++) {
			nl = nb->nlevel[j];
			q = &nb->par[nb->off[j] + c * (nl ? nl : 2)];
			for (l = 0; l < (nl ? nl : 1); l++) {
				r = out_row(t);
				out_text(t, r, 0, xy->name[j]);
				out_text(t, r, 1, xy->ylevel[c]);
				if (nl) {
					out_text(t, r, 2, xy->level[j][l]);
					out_num(t, r, 5, q[l]);
				} else {
					out_num(t, r, 3, q[0]);
					out_num(t, r, 4, nb->count[c] > 1 ?
					    q[1] : NAN);
				}
			}
		}
	return t;
}

void
nbayes_write(struct json_writer *w, const struct nbayes *nb)
{
	size_t j;

	lmodel_put_nums(w, "counts", nb->count, nb->nclass);
	lmodel_put_nums(w, "priors", nb->prior, nb->nclass);
	json_key(w, "tables");
	json_open(w, '[', 0);
	for (j = 0; j < nb->p; j++)
		lmodel_put_nums(w, NULL, nb->par + nb->off[j], nb->nclass *
		    (nb->nlevel[j] ? nb->nlevel[j] : 2));
	json_close(w);
}

int
nbayes_read(const struct json *root, const struct xy *xy,
    struct nbayes **nbp, struct diag *d)
{
	struct nbayes *nb;
	const struct json *tab;
	size_t j, c, l, nl;
	const double *q;

	if (xy->nclass < 2)
		return json_fail(root, "classes", d, "not classes");
	nb = nb_new(xy);
	if (lmodel_get_nums(root, "counts", nb->count, nb->nclass, d) != 0 ||
	    lmodel_get_nums(root, "priors", nb->prior, nb->nclass, d) != 0 ||
	    (tab = json_get_arr(root, "tables", nb->p, d)) == NULL)
		goto fail;
	for (c = 0; c < nb->nclass; c++)
		if (nb->count[c] < 0 || nb->prior[c] < 0 || nb->prior[c] > 1) {
			json_fail(root, "priors", d, "not a probability and a "
			    "count for each class");
			goto fail;
		}
	for (j = 0; j < nb->p; j++) {
		nl = nb->nlevel[j];
		if (lmodel_get_nums(&tab->item[j], NULL, nb->par + nb->off[j],
		    nb->nclass * (nl ? nl : 2), d) != 0)
			goto fail;
		for (c = 0; c < nb->nclass; c++) {
			q = nb->par + nb->off[j] + c * (nl ? nl : 2);
			for (l = 0; l < (nl ? nl : 1); l++)
				if (nl ? q[l] < 0 || q[l] > 1 : q[1] < 0) {
					json_fail(&tab->item[j], NULL, d, "%s",
					    nl ? "not a probability" :
					    "a negative sd");
					goto fail;
				}
		}
	}
	*nbp = nb;
	return 0;
fail:
	nbayes_free(nb);
	return -1;
}

struct cvarg {
	const struct xy			*xy;
	const struct nbayes_opts	*o;
};

static int
cv_fit(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	const struct cvarg *a = arg;
	struct nbayes *nb;
	double *post;
	size_t i;

	if (nbayes_fit(a->xy, in, a->o, &nb, d) != 0)
		return -1;
	post = xcalloc(nb->nclass, sizeof(*post));
	for (i = 0; i < a->xy->n; i++)
		if (!in[i])
			pred[i] = (double)nbayes_predict(nb, a->xy->x, i, post);
	free(post);
	nbayes_free(nb);
	return 0;
}

int
nbayes_frame(struct frame *f, const struct nbayes_request *q,
    struct out_table **out, struct nbayes **nbp, struct xy **xyp,
    struct diag *d)
{
	struct cvarg a;
	struct nbayes *nb = NULL;
	struct xy *xy;
	int rc;

	if (xy_frame(f, q->formula, XY_CLASS | XY_KEEP_NA | XY_KEEP_EMPTY,
	    NULL, &xy, d) != 0)
		return -1;
	if (xy->nmissing > 0)
		diag_warn("%zu of %zu rows left out: the class is missing",
		    xy->nmissing, xy->nrows);
	if (xy->nincomplete > 0)
		diag_warn("%zu rows with a predictor missing: it is skipped "
		    "for them", xy->nincomplete);
	if (q->cv > 1) {
		a.xy = xy;
		a.o = &q->o;
		rc = xy->nclass < 2 ? diag_set(d, STATUS_USAGE, "the response "
		    "must be classes (at least 2)") : cv_run(cv_fit, &a, xy->y,
		    xy->n, xy->nclass, q->cv, q->seed, out, d);
		xy_free(xy);
		return rc;
	}
	if (nbayes_fit(xy, NULL, &q->o, &nb, d) != 0) {
		xy_free(xy);
		return -1;
	}
	*out = q->tables ? nbayes_tables_table(nb, xy) :
	    nbayes_priors_table(nb, xy);
	if (nbp != NULL && xyp != NULL) {
		*nbp = nb;
		*xyp = xy;
	} else {
		nbayes_free(nb);
		xy_free(xy);
	}
	return 0;
}
