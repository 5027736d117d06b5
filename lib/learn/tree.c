/*
 * tree: CART as R's rpart (tree.h): the growth of partition(), the split
 * rules of gini() and anova(), the complexity of every node.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/rng.h"
#include "learn/tree.h"
#include "learn/xy.h"

void
tree_opts_init(struct tree_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->minsplit = 20;
	o->minbucket = 7;
	o->cp = 0.01;
	o->maxdepth = 30;
	o->maxsurrogate = 5;
}

void
tree_opts_sizes(struct tree_opts *o, long minsplit, long minbucket)
{
	long third = lround((double)minsplit / 3);

	if (minsplit <= 0 && minbucket <= 0)
		return;
	o->minsplit = (size_t)(minsplit > 0 ? minsplit : minbucket * 3);
	o->minbucket = (size_t)(minbucket > 0 ? minbucket : third > 0 ?
	    third : 1);
}

/* The state of one fit: the sorted orders and every scratch array. */
struct grow {
	const struct xy	*xy;
	const struct tree_opts *o;
	struct tree	*t;
	size_t		 m;		/* rows with repeats */
	size_t		**ord;		/* p orders of m row ids */
	size_t		*buf;		/* m */
	unsigned char	*goleft;	/* per xy row: GO_LEFT, GO_RIGHT, GO_STAY */
	signed char	*side;		/* per xy row: the primary's TREE_LEFT,
					   TREE_RIGHT, or 0 if missing */
	struct tree_surrogate *cand;	/* maxsurrogate + 1 candidates */
	signed char	*candcs;	/* their level sides, maxlev + 1 each */
	size_t		 nsurmax;	/* maxsurrogate, at most p */
	double		*xs, *ys;	/* m: a node's x and y in x's order */
	double		*lc, *rc;	/* nclass: left and right counts */
	double		*cc;		/* level x class counts, or level sums */
	double		*lw, *val;	/* per level: rows, order key */
	int		*gray, *tsplit;	/* per level */
	signed char	*bcs, *cs;	/* per level: best and current */
	size_t		 maxlev;
	double		 alpha;		/* cp times the root's risk */
	double		 iscale;	/* the largest improvement seen */
	uint64_t	 maxnode;
	int		*vars;		/* p: predictors drawn at a node */
	struct rng	 rng;
	/* the best split of the node being searched */
	int		 bvar, bdir;
	double		 bsplit, bimp;
	size_t		 bcount;
};

enum { GO_RIGHT, GO_LEFT, GO_STAY };

static size_t
new_node(struct tree *t, uint64_t id, size_t parent, int depth)
{
	struct tree_node *nd;

	t->node = xgrow(t->node, &t->cap, t->nnode + 1, sizeof(*t->node));
	nd = &t->node[t->nnode];
	memset(nd, 0, sizeof(*nd));
	nd->id = id;
	nd->parent = parent;
	nd->left = nd->right = TREE_NONE;
	nd->depth = depth;
	nd->var = -1;
	if (t->nclass > 0) {
		t->counts = xgrow(t->counts, &t->capcounts, t->ncounts +
		    t->nclass, sizeof(*t->counts));
		nd->counts = t->ncounts;
		t->ncounts += t->nclass;
	}
	return t->nnode++;
}

/* rpart's eval: the node's prediction and risk, rows in ord[0]'s order */
static void
eval(struct grow *g, size_t k, size_t lo, size_t hi)
{
	struct tree *t = g->t;
	struct tree_node *nd = &t->node[k];
	const double *y = g->xy->y;
	const size_t *ord = g->ord[0];
	double s = 0, ss = 0, mean, *c, best;
	size_t i, j;

	nd->n = hi - lo;
	if (t->nclass == 0) {
		for (i = lo; i < hi; i++)
			s += y[ord[i]];
		mean = s / (double)nd->n;
		for (i = lo; i < hi; i++)
			ss += (y[ord[i]] - mean) * (y[ord[i]] - mean);
		nd->yval = mean;
		nd->dev = ss;
		return;
	}
	c = t->counts + nd->counts;
	for (j = 0; j < t->nclass; j++)
		c[j] = 0;
	for (i = lo; i < hi; i++)
		c[(size_t)y[ord[i]]]++;
	/* the class of least loss, the first of ties */
	best = 0;
	for (j = 0; j < t->nclass; j++)
		if (c[j] > c[(size_t)best])
			best = (double)j;
	nd->yval = best;
	nd->dev = (double)nd->n - c[(size_t)best];
}

static double
impurity(double p)
{
	return p * (1 - p);
}

/*
 * The impurity of two sides of lwt and rwt rows with these class counts,
 * weighted by their rows, and each side's mean class code (rpart: the
 * side of the lower mean goes left).
 */
static double
sides(const double *left, const double *right, double lwt, double rwt,
    size_t C, double *lmean, double *rmean)
{
	double temp = 0, p;
	size_t j;

	*lmean = *rmean = 0;
	for (j = 0; j < C; j++) {
		p = left[j] / lwt;
		temp += lwt * impurity(p);
		*lmean += p * (double)j;
		p = right[j] / rwt;
		temp += rwt * impurity(p);
		*rmean += p * (double)j;
	}
	return temp;
}

/* gini() for a numeric x: the best cut of xs/ys[0 .. n) */
static double
gini_num(struct grow *g, size_t n, double *split, int *dir)
{
	size_t C = g->t->nclass, i, j, edge = g->o->minbucket, where = 0;
	size_t rtot = n, ltot = 0;
	double *left = g->lc, *right = g->rc, lwt = 0, rwt = (double)n;
	double total = 0, best, temp, lmean, rmean;
	int direction = TREE_LEFT;

	for (j = 0; j < C; j++)
		left[j] = right[j] = 0;
	for (i = 0; i < n; i++)
		right[(size_t)g->ys[i]]++;
	for (j = 0; j < C; j++)
		total += rwt * impurity(right[j] / rwt);
	best = total;
	for (i = 0; rtot > edge; i++) {
		j = (size_t)g->ys[i];
		rwt -= 1;
		lwt += 1;
		rtot--;
		ltot++;
		right[j]--;
		left[j]++;
		if (g->xs[i + 1] != g->xs[i] && ltot >= edge) {
			temp = sides(left, right, lwt, rwt, C, &lmean, &rmean);
			if (temp < best) {
				best = temp;
				where = i;
				direction = lmean < rmean ? TREE_LEFT :
				    TREE_RIGHT;
			}
		}
	}
	if (total - best > 0) {
		*dir = direction;
		*split = (g->xs[where] + g->xs[where + 1]) / 2;
	}
	return total - best;
}

/*
 * rpart's graycode_init2: the non-empty levels in order of val (stable),
 * after the empty ones, which are skipped; returns the first position.
 */
static int
gray_order(struct grow *g, size_t nl, const double *cnt)
{
	int *gray = g->gray, i, j, k = 0;
	double temp, *val = g->val;

	gray[0] = 0;
	if (cnt[0] == 0)
		k = 1;
	for (i = 1; i < (int)nl; i++) {
		if (cnt[i] == 0) {
			for (j = i - 1; j >= k; j--) {
				gray[j + 1] = gray[j];
				val[j + 1] = val[j];
			}
			gray[k++] = i;
		} else {
			temp = val[i];
			for (j = i - 1; j >= k && val[j] > temp; j--) {
				gray[j + 1] = gray[j];
				val[j + 1] = val[j];
			}
			val[j + 1] = temp;
			gray[j + 1] = i;
		}
	}
	return k;
}

/* rpart's classic Gray code over the subsets of the non-empty levels:
 * the next level to change sides, or nl when done */
static size_t
gray_next(int *gray, size_t nl)
{
	size_t i;

	for (i = 0; i < nl; i++) {
		if (gray[i] == 1) {
			gray[i] = 2;
			break;
		} else if (gray[i] == 2)
			gray[i] = 1;
	}
	return i;
}

/* gini() for a categorical x of nl levels; the best sides in g->cs */
static double
gini_cat(struct grow *g, size_t n, size_t nl)
{
	size_t C = g->t->nclass, i, j, k, edge = g->o->minbucket, pos = 0;
	double *left = g->lc, *right = g->rc, *cc = g->cc, *awt = g->lw;
	double lwt = 0, rwt = (double)n, rtot = (double)n, ltot = 0;
	double total = 0, best, temp, lmean, rmean;
	int *ts = g->tsplit, ordered = C == 2;

	for (j = 0; j < C; j++)
		left[j] = right[j] = 0;
	for (k = 0; k < nl; k++) {
		awt[k] = 0;
		for (j = 0; j < C; j++)
			cc[j * nl + k] = 0;
	}
	for (i = 0; i < n; i++) {
		j = (size_t)g->ys[i];
		k = (size_t)g->xs[i];
		right[j]++;
		awt[k]++;
		cc[j * nl + k]++;
	}
	for (j = 0; j < C; j++)
		total += rwt * impurity(right[j] / rwt);
	best = total;
	for (k = 0; k < nl; k++) {
		ts[k] = awt[k] == 0 ? 0 : TREE_RIGHT;
		g->val[k] = awt[k] == 0 ? 0 : cc[k] / awt[k];
		g->gray[k] = awt[k] != 0;
	}
	if (ordered)
		pos = (size_t)gray_order(g, nl, awt);
	for (;;) {
		if (ordered) {
			if (pos >= nl)
				break;
			k = (size_t)g->gray[pos++];
		} else if ((k = gray_next(g->gray, nl)) >= nl)
			break;
		temp = ts[k] == TREE_LEFT ? -1 : 1;	/* to the left: 1 */
		ts[k] = -ts[k];
		rwt -= temp * awt[k];
		lwt += temp * awt[k];
		rtot -= temp * awt[k];
		ltot += temp * awt[k];
		for (j = 0; j < C; j++) {
			right[j] -= temp * cc[j * nl + k];
			left[j] += temp * cc[j * nl + k];
		}
		if (ltot >= (double)edge && rtot >= (double)edge) {
			temp = sides(left, right, lwt, rwt, C, &lmean, &rmean);
			if (temp < best) {
				best = temp;
				for (i = 0; i < nl; i++)
					g->cs[i] = (signed char)(lmean < rmean ?
					    ts[i] : -ts[i]);
			}
		}
	}
	return total - best;
}

/* anova() for a numeric x; myrisk is the node's sum of squares */
static double
anova_num(struct grow *g, size_t n, double myrisk, double *split, int *dir)
{
	size_t i, edge = g->o->minbucket, where = 0, ln = 0, rn = n;
	double grand = 0, ls = 0, rs = 0, best = 0, temp;
	int direction = TREE_LEFT;

	for (i = 0; i < n; i++)
		grand += g->ys[i];
	grand /= (double)n;
	for (i = 0; rn > edge; i++) {
		ln++;
		rn--;
		temp = g->ys[i] - grand;
		ls += temp;
		rs -= temp;
		if (g->xs[i + 1] != g->xs[i] && ln >= edge) {
			temp = ls * ls / (double)ln + rs * rs / (double)rn;
			if (temp > best) {
				best = temp;
				where = i;
				direction = ls < rs ? TREE_LEFT : TREE_RIGHT;
			}
		}
	}
	if (best > 0) {
		*dir = direction;
		*split = (g->xs[where] + g->xs[where + 1]) / 2;
	}
	return best / myrisk;
}

/* anova() for a categorical x: levels by mean, cut once */
static double
anova_cat(struct grow *g, size_t n, size_t nl, double myrisk)
{
	size_t i, k, edge = g->o->minbucket, pos;
	double grand = 0, *sums = g->cc, *cnt = g->lw, ls = 0, rs = 0;
	double ln = 0, rn = (double)n, best = 0, temp;
	int *ts = g->tsplit;

	for (i = 0; i < n; i++)
		grand += g->ys[i];
	grand /= (double)n;
	for (k = 0; k < nl; k++)
		sums[k] = cnt[k] = 0;
	for (i = 0; i < n; i++) {
		k = (size_t)g->xs[i];
		cnt[k]++;
		sums[k] += g->ys[i] - grand;
	}
	for (k = 0; k < nl; k++) {
		ts[k] = cnt[k] == 0 ? 0 : TREE_RIGHT;
		g->val[k] = cnt[k] == 0 ? 0 : sums[k] / cnt[k];
	}
	pos = (size_t)gray_order(g, nl, cnt);
	while (pos < nl) {
		k = (size_t)g->gray[pos++];
		ts[k] = TREE_LEFT;
		ln += cnt[k];
		rn -= cnt[k];
		ls += sums[k];
		rs -= sums[k];
		if (ln >= (double)edge && rn >= (double)edge) {
			temp = ls * ls / ln + rs * rs / rn;
			if (temp > best) {
				best = temp;
				for (i = 0; i < nl; i++)
					g->cs[i] = (signed char)(ls / ln >
					    rs / rn ? -ts[i] : ts[i]);
			}
		}
	}
	return best / myrisk;
}

/* rpart's bsplit(): the best primary split of node k, or 0 if none */
static int
best_split(struct grow *g, size_t k, size_t lo, size_t hi)
{
	const struct xy *xy = g->xy;
	size_t n = hi - lo, i, v, nv, p = xy->p, nl;
	double improve, split = 0, risk = g->t->node[k].dev;
	int dir = TREE_LEFT, q;

	nv = p;
	for (v = 0; v < p; v++)
		g->vars[v] = (int)v;
	if (g->o->mtry > 0 && g->o->mtry < p) {
		/* a partial Fisher-Yates draw, tried in column order */
		for (v = 0; v < g->o->mtry; v++) {
			size_t j = v + rng_below(&g->rng, p - v);
			int t = g->vars[v];

			g->vars[v] = g->vars[j];
			g->vars[j] = t;
		}
		nv = g->o->mtry;
		for (v = 1; v < nv; v++)
			for (i = v; i > 0 && g->vars[i - 1] > g->vars[i]; i--) {
				q = g->vars[i];
				g->vars[i] = g->vars[i - 1];
				g->vars[i - 1] = q;
			}
	}
	g->bvar = -1;
	g->bimp = -HUGE_VAL;
	for (i = 0; i < nv; i++) {
		const size_t *ord = g->ord[g->vars[i]] + lo;
		const double *x = xy->x[g->vars[i]];

		v = (size_t)g->vars[i];
		nl = xy->nlevel[v];
		/* the rows that have x (rpart's bsplit) */
		for (q = 0, n = 0; q < (int)(hi - lo); q++)
			if (!isnan(x[ord[q]])) {
				g->xs[n] = x[ord[q]];
				g->ys[n++] = xy->y[ord[q]];
			}
		if (n == 0 || (nl == 0 && g->xs[0] == g->xs[n - 1]))
			continue;
		if (g->t->nclass > 0)
			improve = nl ? gini_cat(g, n, nl) :
			    gini_num(g, n, &split, &dir);
		else
			improve = nl ? anova_cat(g, n, nl, risk) :
			    anova_num(g, n, risk, &split, &dir);
		if (!(improve > 0))
			continue;
		if (improve > g->iscale)
			g->iscale = improve;
		if (improve > g->iscale * 1e-10 && improve > g->bimp) {
			g->bimp = improve;
			g->bvar = (int)v;
			g->bsplit = split;
			g->bdir = dir;
			g->bcount = n;
			if (nl)
				memcpy(g->bcs, g->cs, nl);
		}
	}
	return g->bvar >= 0;
}

/* The side split (var, dir, split, cs) sends x to, 0 if x is missing or a
 * level the split has no side for. */
static int
side_of(int dir, double split, const signed char *cs, double x)
{
	if (isnan(x))
		return 0;
	if (cs != NULL)
		return cs[(size_t)x];
	return x < split ? dir : -dir;
}

/*
 * rpart's choose_surg() for a numeric x: the cut of the rows of [lo, hi)
 * of x's order (missing last) that agrees most with the primary's sides,
 * at least two rows with a side on each side of it; the agreement in
 * rows.
 */
static double
surrogate_num(const struct grow *g, size_t v, size_t lo, size_t hi,
    struct tree_surrogate *s)
{
	const size_t *o = g->ord[v];
	const double *x = g->xy->x[v];
	double ll = 0, rl = 0, lr = 0, rr = 0, agree, lastx;
	size_t i;

	for (i = lo; i < hi && !isnan(x[o[i]]); i++) {
		ll += g->side[o[i]] == TREE_LEFT;
		rl += g->side[o[i]] == TREE_RIGHT;
	}
	agree = ll > rl ? ll : rl;
	lastx = x[o[lo]];
	s->dir = TREE_LEFT;
	s->split = lastx;
	/* move the rows from my left to my right in order of x */
	for (i = lo; ll + rl >= 2; i++) {
		double xv = x[o[i]];

		if (lr + rr >= 2 && xv != lastx) {
			if (ll + rr > agree) {
				agree = ll + rr;
				s->dir = TREE_RIGHT;	/* x < split: right */
				s->split = (xv + lastx) / 2;
			} else if (lr + rl > agree) {
				agree = lr + rl;
				s->dir = TREE_LEFT;
				s->split = (xv + lastx) / 2;
			}
		}
		if (g->side[o[i]] == TREE_LEFT) {
			ll--;
			lr++;
		} else if (g->side[o[i]] == TREE_RIGHT) {
			rl--;
			rr++;
		}
		lastx = xv;
	}
	return agree;
}

/* choose_surg() for a categorical x: each level to the side most of its
 * rows go (ties to the majority); levels without a sided row get 0. */
static double
surrogate_cat(struct grow *g, size_t v, size_t lo, size_t hi,
    signed char *cs)
{
	const size_t *o = g->ord[v];
	const double *x = g->xy->x[v];
	size_t nl = g->xy->nlevel[v], i, k;
	double *lw = g->lw, *rw = g->val, lt = 0, rt = 0, agree = 0;
	int def;

	for (k = 0; k < nl; k++)
		lw[k] = rw[k] = 0;
	for (i = lo; i < hi; i++) {
		if (isnan(x[o[i]]))
			continue;
		k = (size_t)x[o[i]];
		lw[k] += g->side[o[i]] == TREE_LEFT;
		rw[k] += g->side[o[i]] == TREE_RIGHT;
	}
	for (k = 0; k < nl; k++) {
		lt += lw[k];
		rt += rw[k];
	}
	def = lt > rt ? TREE_LEFT : TREE_RIGHT;
	for (k = 0; k < nl; k++) {
		if (lw[k] == 0 && rw[k] == 0)
			cs[k] = 0;
		else if (lw[k] < rw[k] || (lw[k] == rw[k] && def == TREE_RIGHT)) {
			agree += rw[k];
			cs[k] = TREE_RIGHT;
		} else {
			agree += lw[k];
			cs[k] = TREE_LEFT;
		}
	}
	return agree;
}

/*
 * rpart's surrogate(): the best split of every other predictor by its
 * agreement with the primary's sides over the node's rows (lcount left,
 * rcount right), kept if it beats the majority, the best maxsurrogate in
 * order (ties: the first predictor); appended to the tree's list.
 */
static void
surrogates(struct grow *g, size_t k, size_t lo, size_t hi, double lcount,
    double rcount)
{
	struct tree *t = g->t;
	struct tree_node *nd = &t->node[k];
	size_t v, n = 0, j, nl, max = g->nsurmax, L = g->maxlev + 1;
	double total = lcount + rcount, major = fmax(lcount, rcount) / total;
	struct tree_surrogate c;
	signed char *cs = g->cs;

	for (v = 0; v < g->xy->p; v++) {
		if ((int)v == nd->var)
			continue;
		memset(&c, 0, sizeof(c));
		c.var = (int)v;
		nl = g->xy->nlevel[v];
		if (nl == 0 && isnan(g->xy->x[v][g->ord[v][lo]]))
			continue;	/* missing in every row */
		c.agree = (nl ? surrogate_cat(g, v, lo, hi, cs) :
		    surrogate_num(g, v, lo, hi, &c)) / total;
		c.adj = (c.agree - major) / (1 - major);
		if (nl)
			c.dir = 0;
		if (c.adj <= 1e-10)
			continue;
		/* insert after the candidates of as much agreement */
		for (j = n; j > 0 && g->cand[j - 1].agree < c.agree; j--) {
			g->cand[j] = g->cand[j - 1];
			memcpy(g->candcs + j * L, g->candcs + (j - 1) * L, L);
		}
		if (j >= max)
			continue;
		g->cand[j] = c;
		if (nl)
			memcpy(g->candcs + j * L, cs, nl);
		if (n < max)
			n++;
	}
	t->sur = xgrow(t->sur, &t->capsur, t->nsur + n + 1, sizeof(*t->sur));
	nd->sur = t->nsur;
	nd->nsur = n;
	for (j = 0; j < n; j++) {
		c = g->cand[j];
		nl = g->xy->nlevel[c.var];
		if (nl) {
			t->csplit = xgrow(t->csplit, &t->capcsplit,
			    t->ncsplit + nl, 1);
			c.cs = t->ncsplit;
			memcpy(t->csplit + t->ncsplit, g->candcs + j * L, nl);
			t->ncsplit += nl;
		}
		t->sur[t->nsur++] = c;
	}
}

/*
 * Record node k's split, its surrogates and majority side (rpart's
 * surrogate() and nodesplit()), and move its rows: left ones first, then
 * right ones, in order, in every sorted order; rows that go neither way
 * (a tie of the majority) last.  *nr gets the rows that go right; returns
 * the rows that go left.
 */
static size_t
apply_split(struct grow *g, size_t k, size_t lo, size_t hi, size_t *nr)
{
	struct tree *t = g->t;
	struct tree_node *nd = &t->node[k];
	size_t v = (size_t)g->bvar, nl = g->xy->nlevel[v], i, j, a, b, r, s;
	double lcount = 0, rcount = 0;
	const signed char *cs = NULL;
	const struct tree_surrogate *su;
	int dir;

	*nr = 0;
	nd->var = g->bvar;
	nd->improve = g->bimp;
	nd->count = g->bcount;
	if (nl) {
		t->csplit = xgrow(t->csplit, &t->capcsplit, t->ncsplit + nl,
		    1);
		nd->cs = t->ncsplit;
		memcpy(t->csplit + t->ncsplit, g->bcs, nl);
		t->ncsplit += nl;
		cs = t->csplit + nd->cs;
	} else {
		nd->split = g->bsplit;
		nd->dir = g->bdir;
	}
	for (i = lo; i < hi; i++) {
		r = g->ord[0][i];
		dir = side_of(nd->dir, nd->split, cs, g->xy->x[v][r]);
		g->side[r] = (signed char)dir;
		lcount += dir == TREE_LEFT;
		rcount += dir == TREE_RIGHT;
	}
	/* rpart sets the majority side with the surrogates: without them a
	 * row missing the primary stays in the node */
	nd->majority = g->o->maxsurrogate == 0 ? 0 : lcount < rcount ?
	    TREE_RIGHT : lcount > rcount ? TREE_LEFT : 0;
	nd->sur = t->nsur;
	if (g->o->maxsurrogate > 0)
		surrogates(g, k, lo, hi, lcount, rcount);
	for (i = lo; i < hi; i++) {
		r = g->ord[0][i];
		dir = (int)g->side[r];
		for (s = 0; dir == 0 && s < nd->nsur; s++) {
			su = &t->sur[nd->sur + s];
			dir = side_of(su->dir, su->split, su->dir == 0 ?
			    t->csplit + su->cs : NULL, g->xy->x[su->var][r]);
			if (dir != 0)
				t->sur[nd->sur + s].count++;
		}
		if (dir == 0)
			dir = nd->majority;
		g->goleft[r] = dir == TREE_LEFT ? GO_LEFT : dir == TREE_RIGHT ?
		    GO_RIGHT : GO_STAY;
	}
	a = 0;
	for (j = 0; j < g->xy->p; j++) {
		size_t *o = g->ord[j], c = 0;

		a = lo;
		b = 0;
		for (i = lo; i < hi; i++) {
			if (g->goleft[o[i]] == GO_LEFT)
				o[a++] = o[i];
			else if (g->goleft[o[i]] == GO_RIGHT)
				g->buf[b++] = o[i];
			else
				g->buf[hi - lo - 1 - c++] = o[i];
		}
		memcpy(o + a, g->buf, b * sizeof(*o));
		/* the rows that stay, in their order after the right ones */
		for (i = 0; i < c; i++)
			o[a + b + i] = g->buf[hi - lo - 1 - i];
		*nr = b;
	}
	return a - lo;
}

/* rpart's partition(): grow node k over [lo, hi) of the orders; the
 * splits kept below it, and their risk in *sumrisk */
static size_t
partition(struct grow *g, size_t k, size_t lo, size_t hi, double *sumrisk)
{
	struct tree *t = g->t;
	size_t nl, nr, L, R, lsplit, rsplit, mark_cs, mark_sur;
	double tempcp, tempcp2, lrisk, rrisk, risk;

	eval(g, k, lo, hi);
	risk = t->node[k].dev;
	if (k == 0)
		t->node[k].complexity = risk;
	tempcp = risk;
	if (tempcp > t->node[k].complexity)
		tempcp = t->node[k].complexity;
	if (t->node[k].n < g->o->minsplit || tempcp <= g->alpha ||
	    t->node[k].id > g->maxnode || !best_split(g, k, lo, hi)) {
		t->node[k].complexity = g->alpha;
		*sumrisk = risk;
		return 0;
	}
	mark_cs = t->ncsplit;
	mark_sur = t->nsur;
	nl = apply_split(g, k, lo, hi, &nr);
	L = new_node(t, t->node[k].id * 2, k, t->node[k].depth + 1);
	t->node[k].left = L;
	t->node[L].complexity = tempcp - g->alpha;
	lsplit = partition(g, L, lo, lo + nl, &lrisk);

	tempcp = (risk - lrisk) / (double)(lsplit + 1);
	tempcp2 = risk - t->node[L].dev;
	if (tempcp < tempcp2)
		tempcp = tempcp2;
	if (tempcp > t->node[k].complexity)
		tempcp = t->node[k].complexity;
	R = new_node(t, t->node[k].id * 2 + 1, k, t->node[k].depth + 1);
	t->node[k].right = R;
	t->node[R].complexity = tempcp - g->alpha;
	rsplit = partition(g, R, lo + nl, lo + nl + nr, &rrisk);

	/* my cp, given the children that collapse before me */
	tempcp = (risk - (lrisk + rrisk)) / (double)(lsplit + rsplit + 1);
	if (t->node[R].complexity > t->node[L].complexity) {
		if (tempcp > t->node[L].complexity) {
			lrisk = t->node[L].dev;
			lsplit = 0;
			tempcp = (risk - (lrisk + rrisk)) /
			    (double)(lsplit + rsplit + 1);
			if (tempcp > t->node[R].complexity) {
				rrisk = t->node[R].dev;
				rsplit = 0;
			}
		}
	} else if (tempcp > t->node[R].complexity) {
		rrisk = t->node[R].dev;
		rsplit = 0;
		tempcp = (risk - (lrisk + rrisk)) /
		    (double)(lsplit + rsplit + 1);
		if (tempcp > t->node[L].complexity) {
			lrisk = t->node[L].dev;
			lsplit = 0;
		}
	}
	t->node[k].complexity = (risk - (lrisk + rrisk)) /
	    (double)(lsplit + rsplit + 1);
	if (t->node[k].complexity <= g->alpha) {
		/* all in vain: node k stays a leaf */
		t->nnode = k + 1;
		t->ncounts = t->node[k].counts + t->nclass;
		t->ncsplit = mark_cs;
		t->nsur = mark_sur;
		t->node[k].nsur = 0;
		t->node[k].left = t->node[k].right = TREE_NONE;
		t->node[k].var = -1;
		*sumrisk = risk;
		return 0;
	}
	*sumrisk = lrisk + rrisk;
	return lsplit + rsplit + 1;
}

static int
cmp_rows(const void *a, const void *b, void *arg)
{
	const double *x = arg;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	/* missing values last */
	if (isnan(x[i]) != isnan(x[j]))
		return isnan(x[i]) ? 1 : -1;
	if (x[i] != x[j] && !isnan(x[i]))
		return x[i] < x[j] ? -1 : 1;
	return (i > j) - (i < j);
}

size_t **
tree_sorted(const struct xy *xy)
{
	size_t **o = xcalloc(xy->p + 1, sizeof(*o)), i, j;

	for (j = 0; j < xy->p; j++) {
		if (xy->nlevel[j] > 0)
			continue;
		o[j] = xmalloc((xy->n + 1) * sizeof(size_t));
		for (i = 0; i < xy->n; i++)
			o[j][i] = i;
		qsort_r(o[j], xy->n, sizeof(size_t), cmp_rows, xy->x[j]);
	}
	return o;
}

void
tree_sorted_free(const struct xy *xy, size_t **o)
{
	size_t j;

	if (o == NULL)
		return;
	for (j = 0; j < xy->p; j++)
		free(o[j]);
	free(o);
}

/* rpart's importance: each split's improvement (for anova scaled by the
 * node's risk) to its predictor, times adj to each surrogate's */
static void
importance(struct tree *t)
{
	const struct tree_node *nd;
	size_t k, s;
	double imp;

	for (k = 0; k < t->nnode; k++) {
		nd = &t->node[k];
		if (nd->var < 0)
			continue;
		imp = t->nclass ? nd->improve : nd->improve * nd->dev;
		t->importance[nd->var] += imp;
		for (s = 0; s < nd->nsur; s++)
			t->importance[t->sur[nd->sur + s].var] += imp *
			    t->sur[nd->sur + s].adj;
	}
}

int
tree_fit(const struct xy *xy, const uint32_t *mult, size_t *const *sorted,
    const struct tree_opts *o, struct tree **tp, struct diag *d)
{
	struct grow g;
	struct tree *t;
	size_t j, i, k, r, m = 0, maxlev = 1, **own = NULL;
	double sumrisk;

	if (o->maxdepth < 1 || o->maxdepth > 30)
		return diag_set(d, STATUS_USAGE, "maxdepth must be 1 to 30");
	for (j = 0; xy->nclass > 2 && j < xy->p; j++)
		if (xy->nlevel[j] > TREE_MAXLEVELS) {
			/* every subset of the levels is tried: 2^(levels-1) */
			diag_set(d, STATUS_DATA, "%zu levels: a predictor of a "
			    "tree of 3 or more classes has at most %d (all "
			    "2^%d splits are tried)", xy->nlevel[j],
			    TREE_MAXLEVELS, TREE_MAXLEVELS - 1);
			diag_column(d, xy->name[j]);
			return -1;
		}
	for (i = 0; i < xy->n; i++)
		m += mult != NULL ? mult[i] : 1;
	if (m == 0)
		return diag_set(d, STATUS_DATA, "no rows to fit");
	memset(&g, 0, sizeof(g));
	t = xcalloc(1, sizeof(*t));
	t->method = xy->nclass ? TREE_CLASS : TREE_ANOVA;
	t->p = xy->p;
	t->nclass = xy->nclass;
	t->importance = xcalloc(xy->p + 1, sizeof(double));
	g.xy = xy;
	g.o = o;
	g.t = t;
	g.m = m;
	for (j = 0; j < xy->p; j++)
		if (xy->nlevel[j] > maxlev)
			maxlev = xy->nlevel[j];
	g.maxlev = maxlev;
	if (sorted == NULL)
		sorted = own = tree_sorted(xy);
	/* each order: the rows by x (or in order), each as often as drawn */
	g.ord = xmalloc((xy->p + 1) * sizeof(*g.ord));
	for (j = 0; j < xy->p; j++) {
		g.ord[j] = xmalloc((m + 1) * sizeof(size_t));
		for (i = k = 0; i < xy->n; i++) {
			r = sorted[j] != NULL ? sorted[j][i] : i;
			for (size_t c = mult != NULL ? mult[r] : 1; c > 0; c--)
				g.ord[j][k++] = r;
		}
	}
	if (own != NULL)
		tree_sorted_free(xy, own);
	g.buf = xmalloc((m + 1) * sizeof(size_t));
	g.goleft = xmalloc(xy->n + 1);
	g.side = xmalloc(xy->n + 1);
	g.nsurmax = o->maxsurrogate < xy->p ? o->maxsurrogate : xy->p;
	g.cand = xmalloc((g.nsurmax + 1) * sizeof(*g.cand));
	g.candcs = xmalloc((g.nsurmax + 1) * (maxlev + 1));
	g.xs = xmalloc((m + 1) * sizeof(double));
	g.ys = xmalloc((m + 1) * sizeof(double));
	g.lc = xmalloc((2 * xy->nclass + 2) * sizeof(double));
	g.rc = g.lc + xy->nclass + 1;
	g.cc = xmalloc((maxlev * (xy->nclass + 1) + 1) * sizeof(double));
	g.lw = xmalloc((2 * maxlev + 2) * sizeof(double));
	g.val = g.lw + maxlev + 1;
	g.gray = xmalloc((2 * maxlev + 2) * sizeof(int));
	g.tsplit = g.gray + maxlev + 1;
	g.bcs = xmalloc(2 * maxlev + 2);
	g.cs = g.bcs + maxlev + 1;
	g.vars = xmalloc((xy->p + 1) * sizeof(int));
	g.maxnode = ((uint64_t)1 << o->maxdepth) - 1;
	rng_seed(&g.rng, o->seed, o->stream);

	new_node(t, 1, TREE_NONE, 0);
	eval(&g, 0, 0, m);
	g.alpha = o->cp * t->node[0].dev;
	partition(&g, 0, 0, m, &sumrisk);
	/* rpart's fix_cp: no node above its parent; then relative to the
	 * root's risk */
	for (i = 1; i < t->nnode; i++)
		if (t->node[i].complexity >
		    t->node[t->node[i].parent].complexity)
			t->node[i].complexity =
			    t->node[t->node[i].parent].complexity;
	for (i = 0; i < t->nnode; i++)
		t->node[i].complexity = t->node[0].dev > 0 ?
		    t->node[i].complexity / t->node[0].dev : 0;
	importance(t);

	for (j = 0; j < xy->p; j++)
		free(g.ord[j]);
	free(g.ord);
	free(g.buf);
	free(g.goleft);
	free(g.side);
	free(g.cand);
	free(g.candcs);
	free(g.xs);
	free(g.ys);
	free(g.lc);
	free(g.cc);
	free(g.lw);
	free(g.gray);
	free(g.bcs);
	free(g.vars);
	*tp = t;
	return 0;
}

void
tree_free(struct tree *t)
{
	if (t == NULL)
		return;
	free(t->node);
	free(t->counts);
	free(t->csplit);
	free(t->sur);
	free(t->importance);
	free(t);
}

/*
 * One step down from split node k for row i of the columns x[]: by the
 * split, else the first surrogate that has the row's value, else the
 * majority side; TREE_NONE if that is a tie.  For the rows of the fit
 * (and cross-validation) a level the split never saw goes to the larger
 * side and the majority is that of the rows the primary sent; for new
 * rows, as rpart's predict (pred_rpart), such a level is as missing and
 * the majority is that of the children's sizes.
 */
static size_t
step(const struct tree *t, size_t k, double *const *x, size_t i,
    int newrow)
{
	const struct tree_node *nd = &t->node[k];
	const struct tree_surrogate *su;
	double v = x[nd->var][i];
	size_t s, nl, nr;
	int dir;

	if (!newrow && nd->dir == 0 && !isnan(v) &&
	    t->csplit[nd->cs + (size_t)v] == 0)
		return t->node[nd->left].n >= t->node[nd->right].n ?
		    nd->left : nd->right;
	dir = side_of(nd->dir, nd->split, nd->dir == 0 ? t->csplit + nd->cs :
	    NULL, v);
	for (s = 0; dir == 0 && s < nd->nsur; s++) {
		su = &t->sur[nd->sur + s];
		dir = side_of(su->dir, su->split, su->dir == 0 ? t->csplit +
		    su->cs : NULL, x[su->var][i]);
	}
	nl = t->node[nd->left].n;
	nr = t->node[nd->right].n;
	if (dir == 0)
		dir = !newrow ? nd->majority : nl > nr ? TREE_LEFT : nl < nr ?
		    TREE_RIGHT : 0;
	return dir == TREE_LEFT ? nd->left : dir == TREE_RIGHT ? nd->right :
	    TREE_NONE;
}

static size_t
leaf(const struct tree *t, double *const *x, size_t i, int newrow)
{
	size_t k = 0, next;

	while (t->node[k].var >= 0 &&
	    (next = step(t, k, x, i, newrow)) != TREE_NONE)
		k = next;
	return k;
}

size_t
tree_leaf(const struct tree *t, double *const *x, size_t i)
{
	return leaf(t, x, i, 0);
}

size_t
tree_predict_leaf(const struct tree *t, double *const *x, size_t i)
{
	return leaf(t, x, i, 1);
}

/* Is node k a split in the tree pruned at cp (itself and its ancestors
 * of complexity > cp)? */
static int
kept(const struct tree *t, size_t k, double cp)
{
	for (; k != TREE_NONE; k = t->node[k].parent)
		if (t->node[k].var < 0 || !(t->node[k].complexity > cp))
			return 0;
	return 1;
}

void
tree_prune(struct tree *t, double cp)
{
	size_t k, n, *map = xmalloc((t->nnode + 1) * sizeof(*map));
	struct tree_node *nd;

	/* a node stays if its parent is a kept split */
	for (k = n = 0; k < t->nnode; k++) {
		nd = &t->node[k];
		if (nd->parent != TREE_NONE && !kept(t, nd->parent, cp)) {
			map[k] = TREE_NONE;
			continue;
		}
		map[k] = n;
		if (!kept(t, k, cp))
			nd->var = -1;
		t->node[n++] = *nd;
	}
	for (k = 0; k < n; k++) {
		nd = &t->node[k];
		if (nd->parent != TREE_NONE)
			nd->parent = map[nd->parent];
		if (nd->var < 0)
			nd->left = nd->right = TREE_NONE;
		else {
			nd->left = map[nd->left];
			nd->right = map[nd->right];
		}
	}
	t->nnode = n;
	memset(t->importance, 0, t->p * sizeof(double));
	importance(t);
	free(map);
}

/* The risk and splits of the tree pruned at cp. */
static double
pruned_risk(const struct tree *t, double cp, size_t *nsplit)
{
	size_t k;
	double r = 0;

	*nsplit = 0;
	for (k = 0; k < t->nnode; k++) {
		if (kept(t, k, cp))
			(*nsplit)++;
		else if (k == 0 || kept(t, t->node[k].parent, cp))
			r += t->node[k].dev;
	}
	return r;
}

static int
cmp_desc(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x < y) - (x > y);
}

/* The prediction error of row i (of xy) by tree t pruned at cp. */
static double
row_error(const struct tree *t, const struct xy *xy, size_t i, double cp)
{
	size_t k = 0, next;
	const struct tree_node *nd;
	double e;

	while (kept(t, k, cp) && (next = step(t, k, xy->x, i, 0)) != TREE_NONE)
		k = next;
	nd = &t->node[k];
	if (t->nclass)
		return nd->yval != xy->y[i];
	e = xy->y[i] - nd->yval;
	return e * e;
}

int
tree_cptable(const struct tree *t, const struct xy *xy,
    const struct tree_opts *o, int xval, uint64_t seed,
    struct tree_cp **tabp, size_t *np, struct diag *d)
{
	size_t k, n = 0, i, j, *fold;
	uint32_t *in;
	double *cp = xmalloc((t->nnode + 2) * sizeof(*cp)), root = t->node[0].dev;
	double *alpha, *sum, *sum2, e;
	struct tree_cp *tab;
	struct tree *ft;
	struct rng r;

	for (k = 0; k < t->nnode; k++)
		if (t->node[k].var >= 0)
			cp[n++] = t->node[k].complexity;
	qsort(cp, n, sizeof(*cp), cmp_desc);
	for (i = j = 0; i < n; i++)
		if (j == 0 || cp[i] != cp[j - 1])
			cp[j++] = cp[i];
	n = j;
	cp[n++] = o->cp;
	tab = xcalloc(n, sizeof(*tab));
	for (i = 0; i < n; i++) {
		tab[i].cp = cp[i];
		/* the first row is the root alone */
		tab[i].rel_error = 1;
		if (i > 0 && root > 0)
			tab[i].rel_error = pruned_risk(t, cp[i],
			    &tab[i].nsplit) / root;
		tab[i].xerror = tab[i].xstd = NAN;
	}
	free(cp);
	if (xval > 1 && root > 0) {
		/* rpart's xval: fold trees pruned at the geometric means of
		 * successive cps, errors of the rows they did not see */
		alpha = xmalloc(n * sizeof(*alpha));
		sum = xcalloc(n, sizeof(*sum));
		sum2 = xcalloc(n, sizeof(*sum2));
		for (i = 0; i < n; i++)
			alpha[i] = i == 0 ? tab[0].cp * 10 :
			    sqrt(tab[i].cp * tab[i - 1].cp);
		fold = xmalloc((xy->n + 1) * sizeof(*fold));
		in = xmalloc((xy->n + 1) * sizeof(*in));
		for (i = 0; i < xy->n; i++)
			fold[i] = i % (size_t)xval;
		rng_seed(&r, seed, 0);
		rng_shuffle(&r, fold, xy->n);
		for (k = 0; k < (size_t)xval; k++) {
			for (i = 0; i < xy->n; i++)
				in[i] = fold[i] != k;
			if (tree_fit(xy, in, NULL, o, &ft, d) != 0)
				continue;
			for (i = 0; i < xy->n; i++) {
				if (fold[i] != k)
					continue;
				for (j = 0; j < n; j++) {
					/* the fold tree's cps are relative to
					 * its own root */
					e = row_error(ft, xy, i, ft->node[0].dev >
					    0 ? alpha[j] * root /
					    ft->node[0].dev : alpha[j]);
					sum[j] += e;
					sum2[j] += e * e;
				}
			}
			tree_free(ft);
		}
		for (j = 0; j < n; j++) {
			tab[j].xerror = sum[j] / root;
			tab[j].xstd = sqrt(fmax(0, sum2[j] - sum[j] * sum[j] /
			    (double)xy->n)) / root;
		}
		free(alpha);
		free(sum);
		free(sum2);
		free(fold);
		free(in);
	}
	*tabp = tab;
	*np = n;
	return 0;
}

void
tree_split_text(const struct tree *t, const struct xy *xy, size_t k,
    char *buf, size_t size)
{
	const struct tree_node *nd = &t->node[k], *pa;
	int side, first = 1;
	size_t l, len;
	char num[40];

	if (nd->parent == TREE_NONE) {
		snprintf(buf, size, "root");
		return;
	}
	pa = &t->node[nd->parent];
	side = pa->left == k ? TREE_LEFT : TREE_RIGHT;
	if (pa->dir != 0) {
		num_format(pa->split, 0, num);
		snprintf(buf, size, "%s %s %s", xy->name[pa->var],
		    (pa->dir == TREE_LEFT) == (side == TREE_LEFT) ? "<" : ">=",
		    num);
		return;
	}
	len = (size_t)snprintf(buf, size, "%s = ", xy->name[pa->var]);
	for (l = 0; l < xy->nlevel[pa->var] && len < size; l++)
		if (t->csplit[pa->cs + l] == side) {
			len += (size_t)snprintf(buf + len, size - len, "%s%s",
			    first ? "" : ",", xy->level[pa->var][l]);
			first = 0;
		}
}

static void
yval_cell(struct out_table *o, size_t r, size_t c, const struct tree *t,
    const struct xy *xy, size_t k)
{
	if (t->nclass)
		out_text(o, r, c, xy->ylevel[(size_t)t->node[k].yval]);
	else
		out_num(o, r, c, t->node[k].yval);
}

struct out_table *
tree_nodes_table(const struct tree *t, const struct xy *xy)
{
	struct out_table *o = out_new();
	size_t k, j, r;
	char buf[4096], name[512];

	out_column(o, "node");
	out_column(o, "parent");
	out_column(o, "depth");
	out_column(o, "split");
	out_column(o, "n");
	out_column(o, "loss");
	out_column(o, "yval");
	for (j = 0; j < t->nclass; j++) {
		snprintf(name, sizeof(name), "prob_%s", xy->ylevel[j]);
		out_column(o, name);
	}
	out_column(o, "var");
	out_column(o, "complexity");
	out_reserve(o, t->nnode);
	for (k = 0; k < t->nnode; k++) {
		const struct tree_node *nd = &t->node[k];

		r = out_row(o);
		out_num(o, r, 0, (double)nd->id);
		if (nd->parent != TREE_NONE)
			out_num(o, r, 1, (double)t->node[nd->parent].id);
		out_num(o, r, 2, nd->depth);
		tree_split_text(t, xy, k, buf, sizeof(buf));
		out_text(o, r, 3, buf);
		out_num(o, r, 4, (double)nd->n);
		out_num(o, r, 5, nd->dev);
		yval_cell(o, r, 6, t, xy, k);
		for (j = 0; j < t->nclass; j++)
			out_num(o, r, 7 + j, t->counts[nd->counts + j] /
			    (double)nd->n);
		if (nd->var >= 0)
			out_text(o, r, 7 + t->nclass, xy->name[nd->var]);
		out_num(o, r, 8 + t->nclass, nd->complexity);
	}
	return o;
}

struct out_table *
tree_rules_table(const struct tree *t, const struct xy *xy)
{
	struct out_table *o = out_new();
	size_t k, a, r, len, *path = xmalloc((t->nnode + 1) * sizeof(*path));
	size_t np;
	char *rule = NULL, buf[4096];
	size_t cap = 0;

	out_column(o, "node");
	out_column(o, "n");
	out_column(o, "yval");
	out_column(o, "rule");
	for (k = 0; k < t->nnode; k++) {
		if (t->node[k].var >= 0)
			continue;
		for (np = 0, a = k; t->node[a].parent != TREE_NONE;
		    a = t->node[a].parent)
			path[np++] = a;
		len = 0;
		rule = xgrow(rule, &cap, 1, 1);
		rule[0] = '\0';
		while (np-- > 0) {
			tree_split_text(t, xy, path[np], buf, sizeof(buf));
			rule = xgrow(rule, &cap, len + strlen(buf) + 4, 1);
			len += (size_t)sprintf(rule + len, "%s%s",
			    len ? " & " : "", buf);
		}
		r = out_row(o);
		out_num(o, r, 0, (double)t->node[k].id);
		out_num(o, r, 1, (double)t->node[k].n);
		yval_cell(o, r, 2, t, xy, k);
		out_text(o, r, 3, len ? rule : "root");
	}
	free(rule);
	free(path);
	return o;
}

struct out_table *
tree_importance_table(const struct tree *t, const struct xy *xy)
{
	struct out_table *o = out_new();
	size_t *ix = xmalloc((t->p + 1) * sizeof(*ix)), i, j, n, r;

	out_column(o, "variable");
	out_column(o, "importance");
	for (i = n = 0; i < t->p; i++)
		if (t->importance[i] > 0)
			ix[n++] = i;
	/* largest first, ties in column order (insertion sort: stable) */
	for (i = 1; i < n; i++)
		for (j = i; j > 0 && t->importance[ix[j - 1]] <
		    t->importance[ix[j]]; j--) {
			size_t s = ix[j];

			ix[j] = ix[j - 1];
			ix[j - 1] = s;
		}
	for (i = 0; i < n; i++) {
		r = out_row(o);
		out_text(o, r, 0, xy->name[ix[i]]);
		out_num(o, r, 1, t->importance[ix[i]]);
	}
	free(ix);
	return o;
}

struct out_table *
tree_cp_table(const struct tree_cp *tab, size_t n)
{
	struct out_table *o = out_new();
	size_t i, r;

	out_column(o, "cp");
	out_column(o, "nsplit");
	out_column(o, "rel_error");
	out_column(o, "xerror");
	out_column(o, "xstd");
	for (i = 0; i < n; i++) {
		r = out_row(o);
		out_num(o, r, 0, tab[i].cp);
		out_num(o, r, 1, (double)tab[i].nsplit);
		out_num(o, r, 2, tab[i].rel_error);
		out_num(o, r, 3, tab[i].xerror);
		out_num(o, r, 4, tab[i].xstd);
	}
	return o;
}

/* One row of the splits table: the split of predictor var seen from the
 * left side. */
static void
split_row(struct out_table *o, const struct tree *t, const struct xy *xy,
    uint64_t node, const char *role, int var, int dir, double split,
    size_t cs, size_t count, double improve, double adj)
{
	size_t r = out_row(o), l, len, nl = xy->nlevel[var];
	char buf[4096], num[40];
	int first = 1;

	out_num(o, r, 0, (double)node);
	out_text(o, r, 1, role);
	out_text(o, r, 2, xy->name[var]);
	out_num(o, r, 3, (double)count);
	out_num(o, r, 4, nl ? (double)nl : dir);
	out_num(o, r, 5, improve);
	out_num(o, r, 6, adj);
	if (nl == 0) {
		num_format(split, 0, num);
		snprintf(buf, sizeof(buf), "%s %s %s", xy->name[var],
		    dir == TREE_LEFT ? "<" : ">=", num);
	} else {
		len = (size_t)snprintf(buf, sizeof(buf), "%s = ",
		    xy->name[var]);
		for (l = 0; l < nl && len < sizeof(buf); l++)
			if (t->csplit[cs + l] == TREE_LEFT) {
				len += (size_t)snprintf(buf + len,
				    sizeof(buf) - len, "%s%s", first ? "" : ",",
				    xy->level[var][l]);
				first = 0;
			}
	}
	out_text(o, r, 7, buf);
}

struct out_table *
tree_splits_table(const struct tree *t, const struct xy *xy)
{
	struct out_table *o = out_new();
	const struct tree_surrogate *su;
	const struct tree_node *nd;
	size_t k, s;

	out_column(o, "node");
	out_column(o, "role");
	out_column(o, "variable");
	out_column(o, "count");
	out_column(o, "ncat");
	out_column(o, "improve");
	out_column(o, "adj");
	out_column(o, "left");
	for (k = 0; k < t->nnode; k++) {
		nd = &t->node[k];
		if (nd->var < 0)
			continue;
		split_row(o, t, xy, nd->id, "primary", nd->var, nd->dir,
		    nd->split, nd->cs, nd->count, nd->improve, NAN);
		for (s = 0; s < nd->nsur; s++) {
			su = &t->sur[nd->sur + s];
			split_row(o, t, xy, nd->id, "surrogate", su->var,
			    su->dir, su->split, su->cs, su->count, su->agree,
			    su->adj);
		}
	}
	return o;
}

/* --cv: a fold's rows predicted by the tree of the others (cv_score) */
struct cvarg {
	const struct xy		*xy;
	const struct tree_opts	*o;
	size_t			**sorted;
};

static int
cv_fit(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	const struct cvarg *a = arg;
	struct tree *t;
	size_t i;

	if (tree_fit(a->xy, in, a->sorted, a->o, &t, d) != 0)
		return -1;
	for (i = 0; i < a->xy->n; i++)
		if (!in[i])
			pred[i] = t->node[tree_leaf(t, a->xy->x, i)].yval;
	tree_free(t);
	return 0;
}

int
tree_frame(struct frame *f, const struct tree_request *q,
    struct out_table **out, struct tree **tp, struct xy **xyp,
    struct diag *d)
{
	struct tree_opts o = q->o;
	struct tree_cp *tab = NULL;
	struct tree *t = NULL;
	struct xy *xy;
	size_t ncp = 0;
	int how = o.method == TREE_CLASS ? XY_CLASS : o.method == TREE_ANOVA ?
	    XY_NUMERIC : XY_AUTO, rc;

	if (xy_frame(f, q->formula, how | XY_KEEP_NA, NULL, &xy, d) != 0)
		return -1;
	if (xy->nmissing > 0)
		diag_warn("%zu of %zu rows left out: the response or every "
		    "predictor is missing", xy->nmissing, xy->nrows);
	if (q->cv > 1) {
		struct cvarg a = { xy, &o, tree_sorted(xy) };

		rc = cv_score(cv_fit, &a, xy->y, xy->n, xy->nclass, q->cv,
		    q->seed, out, d);
		tree_sorted_free(xy, a.sorted);
		xy_free(xy);
		return rc;
	}
	if (tree_fit(xy, NULL, NULL, &o, &t, d) != 0) {
		xy_free(xy);
		return -1;
	}
	if (!isnan(q->prune))
		tree_prune(t, q->prune);
	switch (q->view) {
	case TREE_RULES:
		*out = tree_rules_table(t, xy);
		break;
	case TREE_IMPORTANCE:
		*out = tree_importance_table(t, xy);
		break;
	case TREE_SPLITS:
		*out = tree_splits_table(t, xy);
		break;
	case TREE_CPTABLE:
		tree_cptable(t, xy, &o, q->xval, q->seed, &tab, &ncp, d);
		*out = tree_cp_table(tab, ncp);
		free(tab);
		break;
	default:
		*out = tree_nodes_table(t, xy);
	}
	if (tp != NULL && xyp != NULL) {
		*tp = t;
		*xyp = xy;
	} else {
		tree_free(t);
		xy_free(xy);
	}
	return 0;
}
