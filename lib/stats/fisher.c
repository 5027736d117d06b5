/*
 * fisher: Fisher's exact test of a contingency table, as R's fisher.test
 * computes it: a 2x2 table by the noncentral hypergeometric (the p-value,
 * the conditional MLE of the odds ratio and its interval), an r x c table
 * by the network algorithm of Mehta and Patel over the columns.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sort.h>

#include "stats/fisher.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "stats/root.h"

/* R's tolerance: ties within it count as "as extreme" */
#define FISHER_RELERR	(1 + 1e-7)

double
fisher_stat(const double *x, size_t n)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		s -= gsl_sf_lnfact((unsigned)x[i]);
	return s;
}

/* uniroot(f, c(lo, hi))$root */
static double
uniroot(double lo, double hi, double (*f)(double, void *), void *ctx)
{
	/* R's default tolerance */
	return root_zeroin(lo, hi, f(lo, ctx), f(hi, ctx),
	    pow(DBL_EPSILON, 0.25), f, ctx);
}

/* ---- Fisher's test of a 2x2 table: the noncentral hypergeometric ---- */

struct nhyper {
	unsigned	 m, n, k;	/* column sums, first row sum */
	int		 x, lo, hi;	/* x[1,1] and its support */
	size_t		 ns;		/* hi - lo + 1 */
	double		*logdc;		/* log dhyper over the support */
	double		*d;		/* scratch: the density */
	double		 target;	/* what the root function subtracts */
	int		 upper, invert;	/* root function variants */
};

/* The density of x[1,1] given the odds ratio ncp, into h->d. */
static void
dnhyper(struct nhyper *h, double ncp)
{
	double mx = -INFINITY, sum = 0;
	size_t s;

	for (s = 0; s < h->ns; s++) {
		h->d[s] = h->logdc[s] + log(ncp) * (h->lo + (double)s);
		if (h->d[s] > mx)
			mx = h->d[s];
	}
	for (s = 0; s < h->ns; s++) {
		h->d[s] = exp(h->d[s] - mx);
		sum += h->d[s];
	}
	for (s = 0; s < h->ns; s++)
		h->d[s] /= sum;
}

static double
mnhyper(struct nhyper *h, double ncp)
{
	double mu = 0;
	size_t s;

	if (ncp == 0)
		return h->lo;
	if (isinf(ncp))
		return h->hi;
	dnhyper(h, ncp);
	for (s = 0; s < h->ns; s++)
		mu += (h->lo + (double)s) * h->d[s];
	return mu;
}

static double
pnhyper(struct nhyper *h, int q, double ncp, int upper)
{
	double p = 0;
	size_t s;

	if (ncp == 1) {
		if (!upper)
			return gsl_cdf_hypergeometric_P(q, h->m, h->n, h->k);
		return q <= 0 ? 1 :
		    gsl_cdf_hypergeometric_Q(q - 1, h->m, h->n, h->k);
	}
	if (ncp == 0)
		return upper ? q <= h->lo : q >= h->lo;
	if (isinf(ncp))
		return upper ? q <= h->hi : q >= h->hi;
	dnhyper(h, ncp);
	for (s = 0; s < h->ns; s++) {
		int v = h->lo + (int)s;
		if (upper ? v >= q : v <= q)
			p += h->d[s];
	}
	return p;
}

static double
root_mean(double t, void *ctx)
{
	struct nhyper *h = ctx;

	return mnhyper(h, h->invert ? 1 / t : t) - h->x;
}

static double
root_tail(double t, void *ctx)
{
	struct nhyper *h = ctx;

	return pnhyper(h, h->x, h->invert ? 1 / t : t, h->upper) - h->target;
}

/* Solve on (0, 1) for the odds ratio, or on (eps, 1) for its inverse. */
static double
solve(struct nhyper *h, double (*f)(double, void *), int invert)
{
	h->invert = invert;
	if (!invert)
		return uniroot(0, 1, f, h);
	return 1 / uniroot(DBL_EPSILON, 1, f, h);
}

static double
ncp_upper(struct nhyper *h, double alpha)
{
	double p;

	if (h->x == h->hi)
		return INFINITY;
	p = pnhyper(h, h->x, 1, 0);
	h->upper = 0;
	h->target = alpha;
	if (p < alpha)
		return solve(h, root_tail, 0);
	if (p > alpha)
		return solve(h, root_tail, 1);
	return 1;
}

static double
ncp_lower(struct nhyper *h, double alpha)
{
	double p;

	if (h->x == h->lo)
		return 0;
	p = pnhyper(h, h->x, 1, 1);
	h->upper = 1;
	h->target = alpha;
	if (p > alpha)
		return solve(h, root_tail, 0);
	if (p < alpha)
		return solve(h, root_tail, 1);
	return 1;
}

static double
mle(struct nhyper *h)
{
	double mu;

	if (h->x == h->lo)
		return 0;
	if (h->x == h->hi)
		return INFINITY;
	mu = mnhyper(h, 1);
	h->target = h->x;
	if (mu > h->x)
		return solve(h, root_mean, 0);
	if (mu < h->x)
		return solve(h, root_mean, 1);
	return 1;
}

void
fisher_2x2(double a, double b, double c, double d, enum alt alt,
    double conf_level, struct fisher_2x2 *r)
{
	struct nhyper h;
	size_t s;

	h.m = (unsigned)(a + c);
	h.n = (unsigned)(b + d);
	h.k = (unsigned)(a + b);
	h.x = (int)a;
	h.lo = (int)h.k - (int)h.n > 0 ? (int)h.k - (int)h.n : 0;
	h.hi = h.k < h.m ? (int)h.k : (int)h.m;
	h.ns = (size_t)(h.hi - h.lo + 1);
	h.logdc = xmalloc(h.ns * sizeof(*h.logdc));
	h.d = xmalloc(h.ns * sizeof(*h.d));
	for (s = 0; s < h.ns; s++) {
		unsigned v = (unsigned)h.lo + (unsigned)s;
		h.logdc[s] = gsl_sf_lnchoose(h.m, v) +
		    gsl_sf_lnchoose(h.n, h.k - v) -
		    gsl_sf_lnchoose(h.m + h.n, h.k);
	}
	switch (alt) {
	case ALT_LESS:
		r->p_value = pnhyper(&h, h.x, 1, 0);
		r->conf_low = 0;
		r->conf_high = ncp_upper(&h, 1 - conf_level);
		break;
	case ALT_GREATER:
		r->p_value = pnhyper(&h, h.x, 1, 1);
		r->conf_low = ncp_lower(&h, 1 - conf_level);
		r->conf_high = INFINITY;
		break;
	default:
		dnhyper(&h, 1);
		r->p_value = 0;
		for (s = 0; s < h.ns; s++)
			if (h.d[s] <= h.d[h.x - h.lo] * FISHER_RELERR)
				r->p_value += h.d[s];
		r->conf_low = ncp_lower(&h, (1 - conf_level) / 2);
		r->conf_high = ncp_upper(&h, (1 - conf_level) / 2);
	}
	if (r->p_value > 1)
		r->p_value = 1;
	r->estimate = mle(&h);
	free(h.logdc);
	free(h.d);
}

/* ---- Fisher's test of an r x c table ---- */

struct fpath;

struct fenum {
	size_t	 nr, nc;
	double	*rem;		/* the row sums (the fewer lines) */
	double	*csum;		/* the column sums, sorted */
	double	*lf;		/* lf[v] = log(v!), v = 0 .. n */
	double	 thr;		/* count tables with -sum lf(x) <= thr */
	double	 obs;		/* -sum lf(x) of the observed table */
	double	 psum;		/* sum of P(table) / P(observed) */
	double	 nodes, max;	/* work done and allowed */
	struct fpath *path;	/* per column: the nodes' exact bounds */
};

/*
 * The network of Mehta and Patel (1983): the table is filled column by
 * column; after j columns, a node is the multiset of row sums left, and
 * the partial tables that reach it differ only in "past", their sum of
 * -lf(x).  A node keeps each distinct past once, with the number of
 * partial tables that have it.  A past whose every completion counts is
 * summed in closed form; one whose no completion counts is dropped.
 */
struct fentry {
	size_t	 node;		/* index into the stage's nodes */
	double	 past;		/* sum of -lf(x) so far */
	double	 mult;		/* partial tables with this past */
};

struct fstage {
	double		*rem;		/* nodes: nr row sums each, sorted */
	size_t		 nnodes, nodecap;
	size_t		*slot;		/* hash: node + 1, 0 empty */
	size_t		 nslot;
	struct fentry	*ent;
	size_t		 nent, entcap;
};

static uint64_t
hash_rem(const double *rem, size_t nr)
{
	uint64_t h = 1469598103934665603ULL;	/* FNV-1a over the counts */
	size_t i;

	for (i = 0; i < nr; i++)
		h = (h ^ (uint64_t)rem[i]) * 1099511628211ULL;
	return h;
}

static size_t
stage_node(struct fstage *s, const double *rem, size_t nr)
{
	size_t k, i;

	if (2 * (s->nnodes + 1) > s->nslot) {	/* grow and rehash */
		size_t n = s->nslot ? 2 * s->nslot : 1024;

		free(s->slot);
		s->slot = xcalloc(n, sizeof(*s->slot));
		s->nslot = n;
		for (i = 0; i < s->nnodes; i++) {
			k = hash_rem(s->rem + i * nr, nr) & (n - 1);
			while (s->slot[k] != 0)
				k = (k + 1) & (n - 1);
			s->slot[k] = i + 1;
		}
	}
	k = hash_rem(rem, nr) & (s->nslot - 1);
	while (s->slot[k] != 0) {
		if (memcmp(s->rem + (s->slot[k] - 1) * nr, rem,
		    nr * sizeof(*rem)) == 0)
			return s->slot[k] - 1;
		k = (k + 1) & (s->nslot - 1);
	}
	s->rem = xgrow(s->rem, &s->nodecap, (s->nnodes + 1) * nr,
	    sizeof(*s->rem));
	memcpy(s->rem + s->nnodes * nr, rem, nr * sizeof(*rem));
	s->slot[k] = ++s->nnodes;
	return s->nnodes - 1;
}

static void
stage_release(struct fstage *s)
{
	free(s->rem);
	free(s->slot);
	free(s->ent);
	memset(s, 0, sizeof(*s));
}

/*
 * The exact bounds of a node: the largest and the smallest -sum lf(x)
 * over its completions, the longest and shortest paths through the
 * network, found by the same recursion once per node.
 */
struct fpath {
	struct fstage	 st;		/* the nodes of one column */
	double		*lo, *hi;	/* per node */
	size_t		 cap;
};

struct fwalk {
	struct fenum	*e;
	size_t		 j;
	const double	*rem;
	double		*x, *child;
	double		 lo, hi;
};

static int	path_bounds(struct fenum *, size_t, const double *, double *,
		    double *);

static int
path_col(struct fwalk *w, size_t i, double left)
{
	struct fenum *e = w->e;
	double below = 0, lo, hi, v, d = 0, clo, chi;
	size_t k;

	if (i == e->nr) {
		if (++e->nodes > e->max)
			return -1;
		for (k = 0; k < e->nr; k++) {
			w->child[k] = w->rem[k] - w->x[k];
			d -= e->lf[(size_t)w->x[k]];
		}
		gsl_sort(w->child, 1, e->nr);
		if (path_bounds(e, w->j + 1, w->child, &clo, &chi) != 0)
			return -1;
		if (d + clo < w->lo)
			w->lo = d + clo;
		if (d + chi > w->hi)
			w->hi = d + chi;
		return 0;
	}
	for (k = i + 1; k < e->nr; k++)
		below += w->rem[k];
	lo = left - below > 0 ? left - below : 0;
	hi = w->rem[i] < left ? w->rem[i] : left;
	for (v = lo; v <= hi; v++) {
		w->x[i] = v;
		if (path_col(w, i + 1, left - v) != 0)
			return -1;
	}
	return 0;
}

static int
path_bounds(struct fenum *e, size_t j, const double *rem, double *lo,
    double *hi)
{
	struct fpath *p = &e->path[j];
	size_t before = p->st.nnodes, id = stage_node(&p->st, rem, e->nr), k;
	struct fwalk w;
	int rc = 0;

	if (id < before) {
		*lo = p->lo[id];
		*hi = p->hi[id];
		return 0;
	}
	if (p->cap < p->st.nnodes) {
		size_t cap = p->cap;

		p->lo = xgrow(p->lo, &cap, p->st.nnodes, sizeof(*p->lo));
		p->hi = xgrow(p->hi, &p->cap, p->st.nnodes, sizeof(*p->hi));
	}
	if (j == e->nc - 1) {		/* the last column is forced */
		*lo = 0;
		for (k = 0; k < e->nr; k++)
			*lo -= e->lf[(size_t)rem[k]];
		*hi = *lo;
	} else {
		w.e = e;
		w.j = j;
		w.x = xmalloc(e->nr * sizeof(*w.x));
		w.child = xmalloc(e->nr * sizeof(*w.child));
		w.rem = memcpy(xmalloc(e->nr * sizeof(*rem)), rem,
		    e->nr * sizeof(*rem));
		w.lo = INFINITY;
		w.hi = -INFINITY;
		rc = path_col(&w, 0, e->csum[j]);
		free(w.x);
		free(w.child);
		free((void *)w.rem);
		*lo = w.lo;
		*hi = w.hi;
	}
	p->lo[id] = *lo;
	p->hi[id] = *hi;
	return rc;
}

static int
cmp_entry(const void *a, const void *b)
{
	const struct fentry *x = a, *y = b;

	if (x->node != y->node)
		return (x->node > y->node) - (x->node < y->node);
	return (x->past > y->past) - (x->past < y->past);
}

/* Sort the entries by node and past, merging pasts that are equal. */
static void
stage_merge(struct fstage *s)
{
	size_t i, n = 0;

	if (s->nent == 0)
		return;
	qsort(s->ent, s->nent, sizeof(*s->ent), cmp_entry);
	for (i = 1; i < s->nent; i++) {
		struct fentry *last = &s->ent[n];

		/* sums of the same terms in another order: equal */
		if (s->ent[i].node == last->node &&
		    s->ent[i].past - last->past <= 1e-12 * (1 + fabs(last->past)))
			last->mult += s->ent[i].mult;
		else
			s->ent[++n] = s->ent[i];
	}
	s->nent = n + 1;
}

struct fexpand {
	struct fenum	*e;
	struct fstage	*next;
	const double	*rem;		/* the node's row sums */
	double		*x;		/* the column being built */
	double		*child;		/* scratch: rem - x, sorted */
	const struct fentry *live;	/* the node's entries to extend */
	size_t		 nlive;
	double		*val;		/* last two columns: the values */
	size_t		 nval, valcap;
};

/* Every column x with sum left over rows i.., each extending every entry. */
static int
expand(struct fexpand *c, size_t i, double left)
{
	struct fenum *e = c->e;
	double below = 0, lo, hi, v, d = 0;
	size_t k, node;

	if (i == e->nr) {
		for (k = 0; k < e->nr; k++) {
			c->child[k] = c->rem[k] - c->x[k];
			d -= e->lf[(size_t)c->x[k]];
		}
		if (c->next == NULL) {	/* the last column is forced */
			for (k = 0; k < e->nr; k++)
				d -= e->lf[(size_t)c->child[k]];
			if (++e->nodes > e->max)
				return -1;
			c->val = xgrow(c->val, &c->valcap, c->nval + 1,
			    sizeof(*c->val));
			c->val[c->nval++] = d;
			return 0;
		}
		gsl_sort(c->child, 1, e->nr);
		node = stage_node(c->next, c->child, e->nr);
		if ((e->nodes += c->nlive) > e->max)
			return -1;
		c->next->ent = xgrow(c->next->ent, &c->next->entcap,
		    c->next->nent + c->nlive, sizeof(*c->next->ent));
		for (k = 0; k < c->nlive; k++) {
			struct fentry *t = &c->next->ent[c->next->nent++];

			t->node = node;
			t->past = c->live[k].past + d;
			t->mult = c->live[k].mult;
		}
		return 0;
	}
	for (k = i + 1; k < e->nr; k++)
		below += c->rem[k];
	lo = left - below > 0 ? left - below : 0;
	hi = c->rem[i] < left ? c->rem[i] : left;
	for (v = lo; v <= hi; v++) {
		c->x[i] = v;
		if (expand(c, i + 1, left - v) != 0)
			return -1;
	}
	return 0;
}

/*
 * The last two columns of a node: the values of its completions, sorted,
 * with running sums of exp(value), give each live entry's share by one
 * binary search instead of a pass over the completions.
 */
static void
last_two(struct fenum *e, struct fexpand *c)
{
	double *cum = xmalloc((c->nval + 1) * sizeof(*cum)), top;
	size_t k;

	gsl_sort(c->val, 1, c->nval);
	top = c->val[c->nval - 1];
	cum[0] = 0;
	for (k = 0; k < c->nval; k++)
		cum[k + 1] = cum[k] + exp(c->val[k] - top);
	for (k = 0; k < c->nlive; k++) {
		double lim = e->thr - c->live[k].past;
		size_t lo = 0, hi = c->nval;

		while (lo < hi) {	/* the first value above lim */
			size_t mid = lo + (hi - lo) / 2;
			if (c->val[mid] <= lim)
				lo = mid + 1;
			else
				hi = mid;
		}
		e->psum += c->live[k].mult * cum[lo] *
		    exp(c->live[k].past + top - e->obs);
	}
	free(cum);
}

/* Classify the entries of each node of stage j; expand the live ones. */
static int
network(struct fenum *e, struct fstage *cur, size_t j, struct fstage *next)
{
	double *x = xmalloc(e->nr * sizeof(*x));
	double *child = xmalloc(e->nr * sizeof(*child));
	struct fentry *live = xmalloc(cur->nent * sizeof(*live));
	size_t a, b, k;
	int rc = 0;

	for (a = 0; a < cur->nent && rc == 0; a = b) {
		const double *rem = cur->rem + cur->ent[a].node * e->nr;
		struct fexpand c;
		double lo, hi, n = 0, mass;
		size_t nlive = 0;

		for (b = a; b < cur->nent && cur->ent[b].node ==
		    cur->ent[a].node; b++)
			;
		if (path_bounds(e, j, rem, &lo, &hi) != 0) {
			rc = -1;
			break;
		}
		/* log of the sum of prod 1/x! over the completions */
		for (k = 0; k < e->nr; k++)
			n += rem[k];
		mass = e->lf[(size_t)n];
		for (k = 0; k < e->nr; k++)
			mass -= e->lf[(size_t)rem[k]];
		for (k = j; k < e->nc; k++)
			mass -= e->lf[(size_t)e->csum[k]];
		for (k = a; k < b; k++) {
			const struct fentry *t = &cur->ent[k];

			if (t->past + lo > e->thr)
				continue;
			if (t->past + hi <= e->thr)
				e->psum += t->mult * exp(t->past + mass - e->obs);
			else
				live[nlive++] = *t;
		}
		if (nlive == 0)
			continue;
		c.e = e;
		c.next = j + 2 == e->nc ? NULL : next;
		c.rem = rem;
		c.x = x;
		c.child = child;
		c.live = live;
		c.nlive = nlive;
		c.val = NULL;
		c.nval = c.valcap = 0;
		rc = expand(&c, 0, e->csum[j]);
		if (rc == 0 && c.next == NULL)
			last_two(e, &c);
		free(c.val);
	}
	free(x);
	free(child);
	free(live);
	return rc;
}

int
fisher_rxc(const double *x, size_t nr, size_t nc, const double *sr,
    const double *sc, double n, double max, double *p, struct diag *d)
{
	struct fstage cur, next;
	struct fenum e;
	double k;
	size_t i, j;
	int rc = 0;

	if (n > 1e7)		/* beyond any limit, and lf[] would be huge */
		return diag_set(d, STATUS_DATA, "Fisher's exact test of a "
		    "%zux%zu table of %g counts is beyond reach; --simulate N "
		    "gives a Monte Carlo p-value", nr, nc, n);
	/* few rows, many columns: fewer ways to fill each column */
	e.nr = nr <= nc ? nr : nc;
	e.nc = nr <= nc ? nc : nr;
	e.rem = xmalloc(e.nr * sizeof(*e.rem));
	memcpy(e.rem, nr <= nc ? sr : sc, e.nr * sizeof(*e.rem));
	e.csum = xmalloc(e.nc * sizeof(*e.csum));
	memcpy(e.csum, nr <= nc ? sc : sr, e.nc * sizeof(*e.csum));
	gsl_sort(e.csum, 1, e.nc);
	e.lf = xmalloc(((size_t)n + 2) * sizeof(*e.lf));
	for (i = 0; i < (size_t)n + 2; i++)
		e.lf[i] = gsl_sf_lnfact((unsigned)i);
	e.obs = fisher_stat(x, nr * nc);
	e.thr = e.obs + log(FISHER_RELERR);
	e.psum = 0;
	e.nodes = 0;
	e.max = max;
	e.path = xcalloc(e.nc, sizeof(*e.path));

	memset(&cur, 0, sizeof(cur));
	gsl_sort(e.rem, 1, e.nr);
	stage_node(&cur, e.rem, e.nr);
	cur.ent = xgrow(NULL, &cur.entcap, 1, sizeof(*cur.ent));
	cur.ent[0].node = 0;
	cur.ent[0].past = 0;
	cur.ent[0].mult = 1;
	cur.nent = 1;
	/* at the last column lo == hi: every entry is classified there */
	for (j = 0; j < e.nc && rc == 0 && cur.nent > 0; j++) {
		memset(&next, 0, sizeof(next));
		rc = network(&e, &cur, j, &next);
		stage_release(&cur);
		stage_merge(&next);
		cur = next;
	}
	stage_release(&cur);

	k = -e.lf[(size_t)n];
	for (i = 0; i < nr; i++)
		k += e.lf[(size_t)sr[i]];
	for (i = 0; i < nc; i++)
		k += e.lf[(size_t)sc[i]];
	free(e.rem);
	for (j = 0; j < e.nc; j++) {
		stage_release(&e.path[j].st);
		free(e.path[j].lo);
		free(e.path[j].hi);
	}
	free(e.path);
	free(e.csum);
	free(e.lf);
	if (rc != 0)
		return diag_set(d, STATUS_DATA, "Fisher's exact test of this "
		    "%zux%zu table needs more than %.0f steps; --simulate N "
		    "gives a Monte Carlo p-value", nr, nc, max);
	*p = e.psum * exp(k + e.obs);
	if (*p > 1)
		*p = 1;
	return 0;
}
