/* nbayes: naive Bayes classifiers as e1071::naiveBayes (nbayes.h). */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/csvio.h"
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

static int finish(struct nbayes *, double *nobs, const struct xy *,
    const struct nbayes_opts *, struct nbayes **, struct diag *);

static int
check_opts(const struct xy *xy, const struct nbayes_opts *o, struct diag *d)
{
	if (xy->nclass < 2)
		return diag_set(d, STATUS_USAGE, "the response must be classes "
		    "(at least 2)");
	if (!(o->laplace >= 0) || !isfinite(o->laplace))
		return diag_set(d, STATUS_USAGE, "--laplace: must be a number "
		    ">= 0");
	return 0;
}

int
nbayes_fit(const struct xy *xy, const uint32_t *in,
    const struct nbayes_opts *o, struct nbayes **nbp, struct diag *d)
{
	struct nbayes *nb;
	double w, *q, *nobs, delta, n, v;
	size_t i, j, c;

	if (check_opts(xy, o, d) != 0)
		return -1;
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
	return finish(nb, nobs, xy, o, nbp, d);
}

/*
 * From the sums to the parameters: par holds each class's level counts,
 * means and sums of squared deviations, nobs (p x nclass) the values of
 * each numeric predictor in each class.  Frees nobs, and nb on error.
 */
static int
finish(struct nbayes *nb, double *nobs, const struct xy *xy,
    const struct nbayes_opts *o, struct nbayes **nbp, struct diag *d)
{
	double *q, n, lap = o->laplace;
	size_t j, c, l, nl;

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

static void
warn_rows(const struct xy *xy)
{
	if (xy->nmissing > 0)
		diag_warn("%zu of %zu rows left out: the class is missing",
		    xy->nmissing, xy->nrows);
	if (xy->nincomplete > 0)
		diag_warn("%zu rows with a predictor missing: it is skipped "
		    "for them", xy->nincomplete);
}

/* the view's table; the model and its xy to the caller, or freed */
static void
result(const struct nbayes_request *q, struct nbayes *nb, struct xy *xy,
    struct out_table **out, struct nbayes **nbp, struct xy **xyp)
{
	*out = q->tables ? nbayes_tables_table(nb, xy) :
	    nbayes_priors_table(nb, xy);
	if (nbp != NULL && xyp != NULL) {
		*nbp = nb;
		*xyp = xy;
	} else {
		nbayes_free(nb);
		xy_free(xy);
	}
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
	warn_rows(xy);
	if (q->cv > 1) {
		a.xy = xy;
		a.o = &q->o;
		rc = xy->nclass < 2 ? diag_set(d, STATUS_USAGE, "the response "
		    "must be classes (at least 2)") : cv_score(cv_fit, &a, xy->y,
		    xy->n, xy->nclass, q->cv, q->seed, out, d);
		xy_free(xy);
		return rc;
	}
	if (nbayes_fit(xy, NULL, &q->o, &nb, d) != 0) {
		xy_free(xy);
		return -1;
	}
	result(q, nb, xy, out, nbp, xyp);
	return 0;
}

/* ---- one streaming pass over the files ---- */

static int
cmp_label(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * A column is numbers or text as its first value that is not missing
 * (the frame's as_num columns, FRAME_KEEP_NUM): text after numbers is the
 * frame's error, and the frame's path reports it.
 */
struct scol {
	size_t		 col;		/* in the files */
	int		 text;		/* its first value is not a number */
	int		 seen;		/* a value seen */
	struct group_table *lev;	/* text: values by first appearance */
	double		*cnt;		/* level x class (stride ccap) */
	size_t		 lcap;
	double		*mom;		/* class x 3: values, mean, sum of
					   squared deviations */
};

struct scan {
	const char	*formula;
	size_t		 ycol, p, nrows, nmissing, nincomplete;
	char		*response;
	char		**name;		/* p */
	struct scol	*c;		/* p */
	struct group_table *cls;	/* classes by first appearance */
	struct num_na	 na;
	struct csvio_num *num;		/* a row's numbers, read here when the
					   reader's threads did not */
	size_t		 nnum;
	size_t		 ccap;
	double		*count;		/* ccap */
};

static int
scan_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct scan *s = ctx;
	size_t *xc, j;

	if (xy_parse(s->formula, names, n, &s->ycol, &xc, &s->p, d) != 0)
		return -1;
	if (s->ycol == (size_t)-1) {
		free(xc);
		return diag_set(d, STATUS_USAGE, "no response");
	}
	mode[s->ycol] = CSVIO_NUMBER;
	s->response = xstrdup(names[s->ycol]);
	s->name = xcalloc(s->p, sizeof(*s->name));
	s->c = xcalloc(s->p, sizeof(*s->c));
	for (j = 0; j < s->p; j++) {
		s->name[j] = xstrdup(names[xc[j]]);
		s->c[j].col = xc[j];
		mode[xc[j]] = CSVIO_NUMBER;
	}
	free(xc);
	return 0;
}

/* room for class c: every per-class array restrided */
static void
grow_classes(struct scan *s, size_t c)
{
	size_t old = s->ccap, j, l, cap = old;
	double *cnt;

	s->count = xgrow(s->count, &cap, c + 1, sizeof(*s->count));
	memset(s->count + old, 0, (cap - old) * sizeof(*s->count));
	for (j = 0; j < s->p; j++) {
		struct scol *k = &s->c[j];

		k->mom = xrealloc(k->mom, cap * 3 * sizeof(*k->mom));
		memset(k->mom + 3 * old, 0, (cap - old) * 3 * sizeof(*k->mom));
		if (k->cnt == NULL)
			continue;
		cnt = xcalloc(k->lcap * cap + 1, sizeof(*cnt));
		for (l = 0; l < k->lcap; l++)
			memcpy(cnt + l * cap, k->cnt + l * old, old *
			    sizeof(*cnt));
		free(k->cnt);
		k->cnt = cnt;
	}
	s->ccap = cap;
}

/* value v of column k in class c (SIZE_MAX: no class): the class's mean
 * and sum of squares by Welford's update, as nbayes_fit(), or its level */
static int
scan_value(struct scan *s, struct scol *k, const char *v, size_t len,
    const struct csvio_num *num, size_t c, struct diag *d)
{
	size_t l, cap;
	double *q, delta;

	if (!k->seen) {
		k->seen = 1;
		k->text = num->rc != 0;
		if (k->text)
			k->lev = group_table_new(1);
	} else if (!k->text && num->rc != 0)
		return diag_set(d, STATUS_DATA, "not a number");
	if (!k->text) {
		if (c != SIZE_MAX) {
			q = &k->mom[3 * c];
			q[0] += 1;
			delta = num->x - q[1];
			q[1] += delta / q[0];
			q[2] += delta * (num->x - q[1]);
		}
		return 0;
	}
	l = group_table_id(k->lev, &v, &len);
	if (l >= k->lcap) {
		cap = k->lcap;
		k->cnt = xgrow(k->cnt, &cap, l + 1, s->ccap * sizeof(*k->cnt));
		memset(k->cnt + k->lcap * s->ccap, 0, (cap - k->lcap) *
		    s->ccap * sizeof(*k->cnt));
		k->lcap = cap;
	}
	if (c != SIZE_MAX)
		k->cnt[l * s->ccap + c]++;
	return 0;
}

static int
scan_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct scan *s = ctx;
	const char *y = row->field[s->ycol];
	const struct csvio_num *num = row->num;
	size_t c = SIZE_MAX, j, col, len, miss = 0;

	s->nrows++;
	if (row->num == NULL) {		/* the first rows: as csvio reads */
		s->num = xgrow(s->num, &s->nnum, row->n, sizeof(*s->num));
		for (j = 0; j < row->n; j++) {
			struct csvio_num *v = &s->num[j];
			int isint;

			if (num_na_match(&s->na, row->field[j], row->len[j]))
				v->rc = CSVIO_NUM_MISSING;
			else
				v->rc = (short)num_parse(row->field[j],
				    row->len[j], &v->x, &v->rel, &isint);
		}
		num = s->num;
	}
	if (num[s->ycol].rc == CSVIO_NUM_MISSING)
		s->nmissing++;
	else {
		/* classes that are numbers: the frame's levels */
		if (group_table_count(s->cls) == 0 && num[s->ycol].rc == 0)
			return diag_set(d, STATUS_DATA, "numbers");
		len = row->len[s->ycol];
		c = group_table_id(s->cls, &y, &len);
		if (c >= s->ccap)
			grow_classes(s, c);
		s->count[c]++;
	}
	/* every row's values make the levels, as the frame's */
	for (j = 0; j < s->p; j++) {
		col = s->c[j].col;
		if (num[col].rc == CSVIO_NUM_MISSING) {
			miss++;
			continue;
		}
		if (scan_value(s, &s->c[j], row->field[col], row->len[col],
		    &num[col], c, d) != 0)
			return -1;
	}
	s->nincomplete += c != SIZE_MAX && miss > 0;
	return 0;
}

/* the labels of gt sorted (strcmp, as xy's), map[id] their ranks */
static char **
sorted_levels(const struct group_table *gt, size_t **map)
{
	size_t n = group_table_count(gt), k, i;
	char **lev = xmalloc((n + 1) * sizeof(*lev));

	for (k = 0; k < n; k++)
		lev[k] = xstrdup(group_table_key(gt, k, 0));
	qsort(lev, n, sizeof(*lev), cmp_label);
	*map = xmalloc((n + 1) * sizeof(**map));
	for (k = 0; k < n; k++) {
		const char *key = group_table_key(gt, k, 0);

		for (i = 0; strcmp(lev[i], key) != 0; i++)
			;
		(*map)[k] = i;
	}
	return lev;
}

/* the xy (without data) and the sums in nbayes_fit()'s places */
static int
scan_model(struct scan *s, const struct nbayes_request *q, struct xy **xyp,
    struct nbayes **nbp, struct diag *d)
{
	size_t nc = group_table_count(s->cls), j, a, l, nl, *cmap;
	struct xy *xy = xy_new(s->p, 0);
	struct nbayes *nb;
	double *nobs;
	const double *m3;
	size_t **lmap;

	free(xy->ylevel);
	xy->ylevel = sorted_levels(s->cls, &cmap);
	xy->nclass = nc;
	xy->nrows = s->nrows;
	xy->nmissing = s->nmissing;
	xy->n = s->nrows - s->nmissing;
	xy->nincomplete = s->nincomplete;
	xy->response = s->response;
	s->response = NULL;
	for (j = 0; j < s->p; j++) {
		xy->name[j] = s->name[j];
		s->name[j] = NULL;
	}
	*xyp = xy;
	if (check_opts(xy, &q->o, d) != 0) {
		free(cmap);
		return -1;
	}
	lmap = xcalloc(s->p, sizeof(*lmap));
	for (j = 0; j < s->p; j++)
		if (s->c[j].text) {
			xy->level[j] = sorted_levels(s->c[j].lev, &lmap[j]);
			xy->nlevel[j] = group_table_count(s->c[j].lev);
		}
	nb = nb_new(xy);
	nobs = xcalloc(s->p * nc + 1, sizeof(*nobs));
	for (a = 0; a < nc; a++)
		nb->count[cmap[a]] = s->count[a];
	for (j = 0; j < s->p; j++) {
		nl = xy->nlevel[j];
		for (a = 0; a < nc; a++) {
			if (nl == 0) {
				m3 = s->c[j].mom + 3 * a;
				nobs[j * nc + cmap[a]] = m3[0];
				nb->par[nb->off[j] + 2 * cmap[a]] = m3[1];
				nb->par[nb->off[j] + 2 * cmap[a] + 1] = m3[2];
				continue;
			}
			for (l = 0; l < nl; l++)
				nb->par[nb->off[j] + cmap[a] * nl +
				    lmap[j][l]] = s->c[j].cnt[l * s->ccap + a];
		}
		free(lmap[j]);
	}
	free(lmap);
	free(cmap);
	return finish(nb, nobs, xy, &q->o, nbp, d);
}

static void
scan_free(struct scan *s)
{
	size_t j;

	for (j = 0; j < s->p; j++) {
		free(s->name[j]);
		group_table_free(s->c[j].lev);
		free(s->c[j].cnt);
		free(s->c[j].mom);
	}
	free(s->name);
	free(s->response);
	free(s->c);
	free(s->count);
	free(s->num);
	num_na_release(&s->na);
	group_table_free(s->cls);
}

int
nbayes_stream(int nfiles, char **files, const struct frame_opts *in,
    const struct nbayes_request *q, struct out_table **out,
    struct nbayes **nbp, struct xy **xyp)
{
	static const struct frame_scan_fns fns = { scan_header, scan_row };
	struct xy *xy = NULL;
	struct nbayes *nb;
	struct scan s;
	struct stat st;
	struct diag d;
	size_t j;
	int i, rc;

	/* what the frame's path reads again: regular files only */
	if (q->cv > 1 || nfiles < 1)
		return 1;
	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 ||
		    !S_ISREG(st.st_mode))
			return 1;
	memset(&s, 0, sizeof(s));
	s.formula = q->formula;
	s.cls = group_table_new(1);
	num_na_init(&s.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &s, &d);
	/* no class, a column without values: as the frame */
	rc |= group_table_count(s.cls) == 0;
	for (j = 0; j < s.p; j++)
		rc |= !s.c[j].seen;
	if (rc == 0 && scan_model(&s, q, &xy, &nb, &d) == 0) {
		warn_rows(xy);
		result(q, nb, xy, out, nbp, xyp);
	} else {
		xy_free(xy);
		rc = 1;
	}
	scan_free(&s);
	return rc != 0;
}
