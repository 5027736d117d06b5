/* forest: random forests of CART trees (forest.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/par.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/flat.h"
#include "learn/forest.h"
#include "learn/rng.h"
#include "learn/tree.h"
#include "learn/xy.h"
#include "model/formula.h"

/* stream numbers of tree t: its sample, its predictors, its permutations */
#define STREAM_SAMPLE(t)	(t)
#define STREAM_MTRY(t)		((UINT64_C(1) << 40) + (t))
#define STREAM_PERMUTE(t)	((UINT64_C(2) << 40) + (t))

void
forest_opts_init(struct forest_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->trees = 500;
	o->replace = 1;
	o->threads = 1;
}

struct grow {
	const struct xy		*xy;
	const struct forest_opts *o;
	struct forest		*f;
	size_t			**sorted;
	uint64_t		**inbag;	/* per tree: a bit per row */
	size_t			 words;
	size_t			 m;		/* rows drawn per tree */
	struct tree_opts	 to;
	int			 failed;
	struct diag		 d;
	double			*oob;		/* per row: OOB prediction */
	double			*dec;		/* permutation: tree x p */
	double			*imp;		/* impurity: tree x p */
};

static int
inbag(const struct grow *g, size_t t, size_t i)
{
	return (g->inbag[t][i / 64] >> (i % 64)) & 1;
}

/* grow trees lo .. hi - 1 */
static void
grow_trees(void *arg, size_t c, size_t lo, size_t hi)
{
	struct grow *g = arg;
	const struct xy *xy = g->xy;
	uint32_t *mult = xmalloc((xy->n + 1) * sizeof(*mult));
	size_t *idx = g->o->replace ? NULL : xmalloc((xy->n + 1) *
	    sizeof(*idx));
	struct tree_opts to = g->to;
	struct tree *tr;
	struct diag d;
	struct rng r;
	size_t t, i, j;

	(void)c;
	for (t = lo; t < hi; t++) {
		rng_seed(&r, g->o->seed, STREAM_SAMPLE(t));
		memset(mult, 0, xy->n * sizeof(*mult));
		if (g->o->replace)
			for (i = 0; i < g->m; i++)
				mult[rng_below(&r, xy->n)]++;
		else {
			for (i = 0; i < xy->n; i++)
				idx[i] = i;
			/* a partial Fisher-Yates draw of m rows */
			for (i = 0; i < g->m; i++) {
				size_t s;

				j = i + rng_below(&r, xy->n - i);
				s = idx[i];
				idx[i] = idx[j];
				idx[j] = s;
				mult[idx[i]] = 1;
			}
		}
		g->inbag[t] = xcalloc(g->words, sizeof(uint64_t));
		for (i = 0; i < xy->n; i++)
			if (mult[i])
				g->inbag[t][i / 64] |= UINT64_C(1) << (i % 64);
		to.stream = STREAM_MTRY(t);
		if (tree_fit(xy, mult, g->sorted, &to, &tr, &d) != 0) {
			g->failed = 1;
			g->d = d;
			break;
		}
		memcpy(g->imp + t * xy->p, tr->importance, xy->p *
		    sizeof(double));
		flat_from_tree(tr, xy->p, xy->nlevel, &g->f->tree[t]);
		tree_free(tr);
	}
	free(mult);
	free(idx);
}

/* the OOB prediction of rows lo .. hi - 1, trees in order */
static void
oob_rows(void *arg, size_t c, size_t lo, size_t hi)
{
	struct grow *g = arg;
	const struct forest *f = g->f;
	double *votes = xcalloc(f->nclass + 1, sizeof(*votes)), s, v;
	size_t i, t, k, n, best;

	(void)c;
	for (i = lo; i < hi; i++) {
		s = 0;
		n = 0;
		memset(votes, 0, f->nclass * sizeof(*votes));
		for (t = 0; t < f->ntree; t++) {
			if (inbag(g, t, i))
				continue;
			v = flat_value(&f->tree[t], g->xy->x, i);
			if (f->nclass)
				votes[(size_t)v]++;
			else
				s += v;
			n++;
		}
		if (n == 0) {
			g->oob[i] = NAN;
			continue;
		}
		if (f->nclass == 0) {
			g->oob[i] = s / (double)n;
			continue;
		}
		for (k = best = 0; k < f->nclass; k++)
			if (votes[k] > votes[best])
				best = k;
		g->oob[i] = (double)best;
	}
	free(votes);
}

/* the OOB error of tree t on the predictor columns x */
static double
tree_oob_error(struct grow *g, size_t t, double *const *x)
{
	const struct xy *xy = g->xy;
	double e = 0, v;
	size_t i, n = 0;

	for (i = 0; i < xy->n; i++) {
		if (inbag(g, t, i))
			continue;
		v = flat_value(&g->f->tree[t], x, i);
		if (xy->nclass)
			e += v != xy->y[i];
		else
			e += (v - xy->y[i]) * (v - xy->y[i]);
		n++;
	}
	return n ? e / (double)n : 0;
}

/* randomForest's type 1 importance: the rise of each tree's OOB error
 * when a predictor's OOB values are permuted */
static void
permute_trees(void *arg, size_t c, size_t lo, size_t hi)
{
	struct grow *g = arg;
	const struct xy *xy = g->xy;
	size_t p = xy->p, t, j, i, n, *rows = xmalloc((xy->n + 1) *
	    sizeof(*rows));
	double **x = xmalloc((p + 1) * sizeof(*x)), base;
	double *perm = xmalloc((xy->n + 1) * sizeof(*perm));
	struct rng r;

	(void)c;
	for (t = lo; t < hi; t++) {
		rng_seed(&r, g->o->seed, STREAM_PERMUTE(t));
		memcpy(x, xy->x, p * sizeof(*x));
		base = tree_oob_error(g, t, x);
		for (i = n = 0; i < xy->n; i++)
			if (!inbag(g, t, i))
				rows[n++] = i;
		for (j = 0; j < p; j++) {
			size_t *sh = xmalloc((n + 1) * sizeof(*sh));

			memcpy(sh, rows, n * sizeof(*sh));
			rng_shuffle(&r, sh, n);
			for (i = 0; i < n; i++)
				perm[rows[i]] = xy->x[j][sh[i]];
			free(sh);
			x[j] = perm;
			g->dec[t * p + j] = tree_oob_error(g, t, x) - base;
			x[j] = xy->x[j];
		}
	}
	free(rows);
	free(x);
	free(perm);
}

int
forest_fit(const struct xy *xy, const struct forest_opts *o,
    struct forest **fp, struct diag *d)
{
	struct forest *f = xcalloc(1, sizeof(*f));
	struct grow g;
	size_t t, i, j, nch;
	double frac, s, e, mean, var;

	memset(&g, 0, sizeof(g));
	f->p = xy->p;
	f->nclass = xy->nclass;
	f->n = xy->n;
	f->ntree = o->trees;
	f->mtry = o->mtry ? o->mtry : xy->nclass ?
	    (size_t)floor(sqrt((double)xy->p)) : (size_t)floor((double)xy->p /
	    3);
	if (f->mtry < 1)
		f->mtry = 1;
	if (f->mtry > xy->p)
		f->mtry = xy->p;
	f->min_node_size = o->min_node_size ? o->min_node_size :
	    xy->nclass ? 1 : 5;
	frac = o->sample_fraction > 0 ? o->sample_fraction :
	    o->replace ? 1 : 0.632;
	g.m = (size_t)floor(frac * (double)xy->n + 0.5);
	if (g.m < 1 || (!o->replace && g.m > xy->n)) {
		free(f);
		return diag_set(d, STATUS_USAGE, "--sample-fraction: %g of %zu "
		    "rows is no sample", frac, xy->n);
	}
	f->tree = xcalloc(f->ntree + 1, sizeof(*f->tree));
	g.xy = xy;
	g.o = o;
	g.f = f;
	g.words = xy->n / 64 + 1;
	g.inbag = xcalloc(f->ntree + 1, sizeof(*g.inbag));
	g.sorted = tree_sorted(xy);
	g.imp = xcalloc(f->ntree * xy->p + 1, sizeof(double));
	/* grown until pure or at most min_node_size rows */
	tree_opts_init(&g.to);
	g.to.cp = -1;
	g.to.minsplit = f->min_node_size + 1;
	g.to.minbucket = 1;
	g.to.mtry = f->mtry;
	g.to.maxsurrogate = 0;	/* its rows have every value */
	g.to.seed = o->seed;
	nch = o->threads > 1 ? (size_t)o->threads : 1;
	if (nch > f->ntree)
		nch = f->ntree;
	par_split(nch, f->ntree, grow_trees, &g);
	tree_sorted_free(xy, g.sorted);
	if (g.failed) {
		*d = g.d;
		for (t = 0; t < f->ntree; t++)
			free(g.inbag[t]);
		free(g.inbag);
		free(g.imp);
		forest_free(f);
		return -1;
	}
	g.oob = xmalloc((xy->n + 1) * sizeof(double));
	par_split(formula_chunks(o->threads, xy->n * f->ntree / 64 + 1),
	    xy->n, oob_rows, &g);
	if (f->nclass)
		f->confusion = xcalloc(f->nclass * f->nclass + 1,
		    sizeof(double));
	e = mean = var = 0;
	for (i = 0; i < xy->n; i++) {
		if (isnan(g.oob[i]))
			continue;
		f->oob_n++;
		if (f->nclass) {
			f->confusion[(size_t)xy->y[i] * f->nclass +
			    (size_t)g.oob[i]]++;
			e += g.oob[i] != xy->y[i];
		} else
			e += (g.oob[i] - xy->y[i]) * (g.oob[i] - xy->y[i]);
		mean += xy->y[i];
	}
	f->oob_error = f->oob_n ? e / (double)f->oob_n : NAN;
	if (f->nclass == 0 && f->oob_n) {
		/* randomForest's rsq: 1 - mse / var(y), var over n */
		mean /= (double)f->oob_n;
		for (i = 0; i < xy->n; i++)
			if (!isnan(g.oob[i]))
				var += (xy->y[i] - mean) * (xy->y[i] - mean);
		var /= (double)f->oob_n;
		f->oob_rsq = 1 - f->oob_error / var;
	}
	if (o->importance == FOREST_IMP_IMPURITY) {
		f->importance = xcalloc(xy->p + 1, sizeof(double));
		for (t = 0; t < f->ntree; t++)
			for (j = 0; j < xy->p; j++)
				f->importance[j] += g.imp[t * xy->p + j];
		for (j = 0; j < xy->p; j++)
			f->importance[j] /= (double)f->ntree;
	} else if (o->importance == FOREST_IMP_PERMUTATION) {
		g.dec = xcalloc(f->ntree * xy->p + 1, sizeof(double));
		par_split(nch, f->ntree, permute_trees, &g);
		f->importance = xcalloc(xy->p + 1, sizeof(double));
		f->imp_mean = xcalloc(xy->p + 1, sizeof(double));
		f->imp_sd = xcalloc(xy->p + 1, sizeof(double));
		for (j = 0; j < xy->p; j++) {
			for (t = 0, s = 0; t < f->ntree; t++)
				s += g.dec[t * xy->p + j];
			f->imp_mean[j] = s / (double)f->ntree;
			for (t = 0, s = 0; t < f->ntree; t++)
				s += (g.dec[t * xy->p + j] - f->imp_mean[j]) *
				    (g.dec[t * xy->p + j] - f->imp_mean[j]);
			f->imp_sd[j] = f->ntree > 1 ?
			    sqrt(s / (double)(f->ntree - 1)) : NAN;
			/* scaled by the standard error, as randomForest */
			f->importance[j] = f->imp_sd[j] > 0 ? f->imp_mean[j] /
			    (f->imp_sd[j] / sqrt((double)f->ntree)) : NAN;
		}
		free(g.dec);
	}
	for (t = 0; t < f->ntree; t++)
		free(g.inbag[t]);
	free(g.inbag);
	free(g.oob);
	free(g.imp);
	*fp = f;
	return 0;
}

void
forest_free(struct forest *f)
{
	size_t t;

	if (f == NULL)
		return;
	for (t = 0; t < f->ntree; t++)
		flat_free(&f->tree[t]);
	free(f->tree);
	free(f->confusion);
	free(f->importance);
	free(f->imp_mean);
	free(f->imp_sd);
	free(f);
}

/* rows of a block of forest_predict_rows(): each tree is read from
 * memory once a block, and the block's predictors and votes stay in a
 * core's cache with it (8192 was fastest of 512 to 32768 on the bench
 * data, 4 predictors) */
#define BLOCK	8192

void
forest_predict_rows(const struct forest *f, double *const *x, size_t lo,
    size_t hi, double *v, double *prob)
{
	size_t nc = f->nclass, p = f->p, b, e, i, j, t, k, best, m;
	size_t stride = ((hi - lo < BLOCK ? hi - lo : BLOCK) + FLAT_LANES -
	    1) / FLAT_LANES * FLAT_LANES;
	double *xb = xmalloc((p + 1) * stride * sizeof(*xb));
	double *y = xmalloc(stride * sizeof(*y)), *pr;

	/* the column of the leaves (flat.h) */
	for (i = 0; i < stride; i++)
		xb[p * stride + i] = NAN;
	for (b = lo; b < hi; b = e) {
		e = hi - b > BLOCK ? b + BLOCK : hi;
		m = e - b;
		for (j = 0; j < p; j++) {
			memcpy(xb + j * stride, x[j] + b, m * sizeof(*xb));
			memset(xb + j * stride + m, 0, (stride - m) *
			    sizeof(*xb));
		}
		memset(v + (b - lo), 0, m * sizeof(*v));
		if (nc)
			memset(prob + (b - lo) * nc, 0, m * nc * sizeof(*prob));
		for (t = 0; t < f->ntree; t++) {
			flat_block(&f->tree[t], xb, m, stride, y);
			if (nc)
				for (i = 0; i < m; i++)
					prob[(b - lo + i) * nc + (size_t)y[i]]++;
			else
				for (i = 0; i < m; i++)
					v[b - lo + i] += y[i];
		}
		for (i = b; i < e; i++) {
			if (nc == 0) {
				v[i - lo] /= (double)f->ntree;
				continue;
			}
			pr = prob + (i - lo) * nc;
			for (k = best = 0; k < nc; k++)
				if (pr[k] > pr[best])
					best = k;
			for (k = 0; k < nc; k++)
				pr[k] /= (double)f->ntree;
			v[i - lo] = (double)best;
		}
	}
	free(y);
	free(xb);
}

static struct out_table *
summary_table(const struct forest *f)
{
	struct out_table *o = out_new();
	size_t r;

	out_column(o, "metric");
	out_column(o, "estimate");
#define ROW(name, v) do { r = out_row(o); out_text(o, r, 0, name);	\
	out_num(o, r, 1, v); } while (0)
	ROW("n", (double)f->n);
	ROW("trees", (double)f->ntree);
	ROW("mtry", (double)f->mtry);
	ROW("min_node_size", (double)f->min_node_size);
	ROW("oob_n", (double)f->oob_n);
	ROW(f->nclass ? "oob_error" : "oob_mse", f->oob_error);
	if (f->nclass == 0)
		ROW("oob_rsq", f->oob_rsq);
#undef ROW
	return o;
}

static struct out_table *
confusion_table(const struct forest *f, const struct xy *xy)
{
	struct out_table *o = out_new();
	size_t i, j, r;
	double n, e;

	out_column(o, "truth");
	for (j = 0; j < f->nclass; j++)
		out_column(o, xy->ylevel[j]);
	out_column(o, "class_error");
	for (i = 0; i < f->nclass; i++) {
		r = out_row(o);
		out_text(o, r, 0, xy->ylevel[i]);
		n = e = 0;
		for (j = 0; j < f->nclass; j++) {
			out_num(o, r, 1 + j, f->confusion[i * f->nclass + j]);
			n += f->confusion[i * f->nclass + j];
			if (j != i)
				e += f->confusion[i * f->nclass + j];
		}
		out_num(o, r, 1 + f->nclass, n > 0 ? e / n : NAN);
	}
	return o;
}

static struct out_table *
importance_table(const struct forest *f, const struct xy *xy)
{
	struct out_table *o = out_new();
	size_t *ix = xmalloc((f->p + 1) * sizeof(*ix)), i, j, r;

	out_column(o, "variable");
	out_column(o, "importance");
	if (f->imp_mean != NULL) {
		out_column(o, "mean_decrease");
		out_column(o, "sd");
	}
	for (i = 0; i < f->p; i++)
		ix[i] = i;
	/* largest first, undefined last, ties in column order */
	for (i = 1; i < f->p; i++)
		for (j = i; j > 0 && (isnan(f->importance[ix[j - 1]]) ?
		    !isnan(f->importance[ix[j]]) : f->importance[ix[j - 1]] <
		    f->importance[ix[j]]); j--) {
			size_t s = ix[j];

			ix[j] = ix[j - 1];
			ix[j - 1] = s;
		}
	for (i = 0; i < f->p; i++) {
		r = out_row(o);
		out_text(o, r, 0, xy->name[ix[i]]);
		out_num(o, r, 1, f->importance[ix[i]]);
		if (f->imp_mean != NULL) {
			out_num(o, r, 2, f->imp_mean[ix[i]]);
			out_num(o, r, 3, f->imp_sd[ix[i]]);
		}
	}
	free(ix);
	return o;
}

/* --cv: a fold's rows predicted by the forest of the others (cv_score) */
struct cvarg {
	const struct xy		*xy;
	const struct forest_opts *o;
};

static int
cv_fit(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	const struct cvarg *a = arg;
	struct xy *sub = xy_subset(a->xy, in);
	struct forest *f;
	double *prob = xcalloc(a->xy->nclass + 1, sizeof(*prob));
	size_t i;
	int rc = forest_fit(sub, a->o, &f, d);

	if (rc == 0) {
		for (i = 0; i < a->xy->n; i++)
			if (!in[i])
				forest_predict_rows(f, a->xy->x, i, i + 1,
				    &pred[i], prob);
		forest_free(f);
	}
	free(prob);
	xy_free(sub);
	return rc;
}

int
forest_frame(struct frame *fr, const struct forest_request *q,
    struct out_table **out, struct forest **fp, struct xy **xyp,
    struct diag *d)
{
	struct forest_opts o = q->o;
	struct forest *f = NULL;
	struct xy *xy;
	int how = q->method == 1 ? XY_CLASS : q->method == 2 ? XY_NUMERIC :
	    XY_AUTO;

	if (q->view == FOREST_IMPORTANCE && o.importance == FOREST_IMP_NONE)
		o.importance = FOREST_IMP_IMPURITY;
	if (q->view == FOREST_CONFUSION && q->method == 2)
		return diag_set(d, STATUS_USAGE, "--confusion is for classes");
	if (xy_frame(fr, q->formula, how, NULL, &xy, d) != 0)
		return -1;
	if (q->view == FOREST_CONFUSION && xy->nclass == 0) {
		xy_free(xy);
		return diag_set(d, STATUS_USAGE, "--confusion is for classes");
	}
	if (xy->nmissing > 0)
		diag_warn("%zu of %zu rows left out: a value of the formula "
		    "is missing", xy->nmissing, xy->nrows);
	if (o.mtry > xy->p) {
		diag_set(d, STATUS_USAGE, "--mtry: %zu is more than the %zu "
		    "predictors", o.mtry, xy->p);
		xy_free(xy);
		return -1;
	}
	if (q->cv > 1) {
		struct cvarg a = { xy, &o };
		int rc = cv_score(cv_fit, &a, xy->y, xy->n, xy->nclass, q->cv,
		    o.seed, out, d);

		xy_free(xy);
		return rc;
	}
	if (forest_fit(xy, &o, &f, d) != 0) {
		xy_free(xy);
		return -1;
	}
	*out = q->view == FOREST_CONFUSION ? confusion_table(f, xy) :
	    q->view == FOREST_IMPORTANCE ? importance_table(f, xy) :
	    summary_table(f);
	if (fp != NULL && xyp != NULL) {
		*fp = f;
		*xyp = xy;
	} else {
		forest_free(f);
		xy_free(xy);
	}
	return 0;
}
