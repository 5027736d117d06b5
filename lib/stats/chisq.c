/* chisq: chi-square, G and Fisher tests on contingency tables. */
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sort.h>

#include "stats/chisq.h"
#include "stats/cmh.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "core/num.h"
#include "io/out.h"
#include "stats/root.h"
#include "core/xalloc.h"

/* R's tolerances: ties within these count as "as extreme" */
#define FISHER_RELERR	(1 + 1e-7)
#define ALMOST_1	(1 - 64 * DBL_EPSILON)
#define ALMOST_1_UP	(1 + 64 * DBL_EPSILON)

static struct chisq_table *
table_new(size_t nr, size_t nc)
{
	struct chisq_table *t = xcalloc(1, sizeof(*t));

	t->nr = nr;
	t->nc = nc;
	t->rname = xcalloc(nr ? nr : 1, sizeof(*t->rname));
	t->cname = xcalloc(nc ? nc : 1, sizeof(*t->cname));
	t->x = xcalloc(nr * nc > 0 ? nr * nc : 1, sizeof(*t->x));
	return t;
}

void
chisq_table_free(struct chisq_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nr; i++)
		free(t->rname[i]);
	for (i = 0; i < t->nc; i++)
		free(t->cname[i]);
	free(t->rname);
	free(t->cname);
	free(t->x);
	free(t->p);
	free(t);
}

static const char *
first_file(const struct frame *f)
{
	return f->nsrc > 0 ? f->src[0].file : NULL;
}

/*
 * The levels of column c, sorted; missing values form the last group, which
 * is not a level.  Returns the number of levels.
 */
static size_t
levels(struct frame *f, size_t c, struct group **gp, struct diag *d)
{
	struct group *g = group_by(f, &c, 1, 1);
	size_t n = g->ngroups;

	if (f->nrows == 0)
		n = 0;
	else if (n > 0 && frame_text(f, c, g->first[n - 1]) == NULL)
		n--;
	*gp = g;
	if (n == 0) {
		diag_set(d, STATUS_DATA, "no values");
		return 0;
	}
	if (n == 1) {
		diag_set(d, STATUS_DATA, "only one level (\"%s\"); a test "
		    "needs at least two", frame_text(f, c, g->first[0]));
		return 0;
	}
	return n;
}

static int count_col(struct frame *, size_t, int, struct diag *);

int
chisq_table_from_cols(struct frame *f, size_t a, size_t b,
    struct chisq_table **tp, struct diag *d)
{
	return chisq_table_counted(f, a, b, CHISQ_NONE, tp, d);
}

int
chisq_table_counted(struct frame *f, size_t a, size_t b, size_t count,
    struct chisq_table **tp, struct diag *d)
{
	struct group *ga, *gb = NULL;
	struct chisq_table *t;
	size_t na, nb = 1, i;
	double w;

	*tp = NULL;
	if (count != CHISQ_NONE && count_col(f, count, 0, d) != 0)
		return -1;
	if ((na = levels(f, a, &ga, d)) == 0) {
		group_free(ga);
		return diag_at(d, first_file(f), 0, f->col[a].name);
	}
	if (b != CHISQ_NONE && (nb = levels(f, b, &gb, d)) == 0) {
		group_free(ga);
		group_free(gb);
		return diag_at(d, first_file(f), 0, f->col[b].name);
	}
	t = table_new(na, nb);
	t->file = first_file(f);
	for (i = 0; i < na; i++)
		t->rname[i] = xstrdup(frame_text(f, a, ga->first[i]));
	if (gb == NULL)
		t->cname[0] = xstrdup(f->col[a].name);
	for (i = 0; gb != NULL && i < nb; i++)
		t->cname[i] = xstrdup(frame_text(f, b, gb->first[i]));
	for (i = 0; i < f->nrows; i++) {
		size_t r = ga->gid[i], c = gb != NULL ? gb->gid[i] : 0;

		w = count == CHISQ_NONE ? 1 : f->col[count].num[i];
		if (r >= na || c >= nb)
			t->dropped++;
		else
			t->x[r * nb + c] += w;
	}
	group_free(ga);
	group_free(gb);
	*tp = t;
	return 0;
}

/* Column c of a ready table as numbers; a count must be >= 0 (not prop). */
static int
count_col(struct frame *f, size_t c, int prop, struct diag *d)
{
	const struct frame_col *col = &f->col[c];
	size_t i;

	if (frame_numeric(f, c, d) != 0)
		return -1;
	for (i = 0; i < f->nrows; i++) {
		double v = col->num[i];
		const char *what = NULL;

		if (isnan(v))
			what = prop ? "a missing proportion" : "a missing count";
		else if (isinf(v) || v < 0)
			what = prop ? "a proportion must be a finite number "
			    ">= 0" : "a count must be a finite number >= 0";
		if (what != NULL) {
			const char *s = frame_text(f, c, i);

			if (s != NULL)
				diag_set(d, STATUS_DATA, "\"%s\": %s", s, what);
			else
				diag_set(d, STATUS_DATA, "%s", what);
			frame_where(f, i, d);
			d->column = col->name;
			return -1;
		}
	}
	return 0;
}

int
chisq_table_read(struct frame *f, int fit, struct chisq_table **tp,
    struct diag *d)
{
	struct chisq_table *t;
	size_t nc = f->ncols > 0 ? f->ncols - 1 : 0, i, j;

	*tp = NULL;
	if (fit && (f->ncols < 2 || f->ncols > 3))
		return diag_set(d, STATUS_DATA, "a goodness-of-fit table has "
		    "2 or 3 columns (level, count, proportion), not %zu",
		    f->ncols);
	if (!fit && f->ncols < 3)
		return diag_set(d, STATUS_DATA, "a contingency table needs a "
		    "column of row labels and at least 2 columns of counts, "
		    "not %zu column%s", f->ncols, f->ncols == 1 ? "" : "s");
	if (f->nrows < 2) {
		diag_set(d, STATUS_DATA, "the table has %zu row%s; a test "
		    "needs at least two", f->nrows, f->nrows == 1 ? "" : "s");
		return diag_at(d, first_file(f), 0, NULL);
	}
	for (j = 1; j < f->ncols; j++)
		if (count_col(f, j, fit && j == 2, d) != 0)
			return -1;
	for (i = 0; i < f->nrows; i++)
		if (frame_text(f, 0, i) == NULL) {
			diag_set(d, STATUS_DATA, "a missing label");
			frame_where(f, i, d);
			d->column = f->col[0].name;
			return -1;
		}
	if (fit)
		nc = 1;
	t = table_new(f->nrows, nc);
	t->file = first_file(f);
	for (i = 0; i < f->nrows; i++) {
		t->rname[i] = xstrdup(frame_text(f, 0, i));
		for (j = 0; j < nc; j++)
			t->x[i * nc + j] = f->col[j + 1].num[i];
	}
	for (j = 0; j < nc; j++)
		t->cname[j] = xstrdup(f->col[j + 1].name);
	if (fit && f->ncols == 3) {
		t->p = xmalloc(t->nr * sizeof(*t->p));
		for (i = 0; i < t->nr; i++)
			t->p[i] = f->col[2].num[i];
	}
	*tp = t;
	return 0;
}

/* status: STATUS_USAGE for --p, STATUS_DATA for a table's column */
static int
check_p(struct chisq_table *t, int rescale, int status, struct diag *d)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < t->nr; i++) {
		if (!(t->p[i] > 0))
			return diag_set(d, status, "the proportion of "
			    "\"%s\" is %g; proportions must be positive",
			    t->rname[i], t->p[i]);
		sum += t->p[i];
	}
	if (rescale)
		for (i = 0; i < t->nr; i++)
			t->p[i] /= sum;
	else if (fabs(sum - 1) > 1e-8)
		return diag_set(d, status, "the proportions sum to %.10g, "
		    "not 1 (--rescale divides them by their sum)", sum);
	return 0;
}

/* An error of the whole table (no line) names the input file. */
static int
whole_table(const struct chisq_table *t, int rc, struct diag *d)
{
	if (rc != 0 && d->status == STATUS_DATA && d->file == NULL)
		d->file = t->file;
	return rc;
}

static int
set_p(struct chisq_table *t, const char *spec, int rescale,
    struct diag *d)
{
	const char *s = spec;
	size_t i;

	if (spec == NULL) {
		if (t->p == NULL) {	/* equal proportions */
			t->p = xmalloc(t->nr * sizeof(*t->p));
			for (i = 0; i < t->nr; i++)
				t->p[i] = 1.0 / t->nr;
		}
		return check_p(t, rescale, STATUS_DATA, d);
	}
	free(t->p);
	t->p = xmalloc(t->nr * sizeof(*t->p));
	for (i = 0; i < t->nr; i++)
		t->p[i] = NAN;
	while (*s != '\0') {
		const char *end = strchr(s, ','), *eq;
		size_t len = end != NULL ? (size_t)(end - s) : strlen(s);
		char *num;
		double v;
		int bad;

		for (eq = s + len; eq > s && eq[-1] != '='; eq--)
			;	/* the last '=': a level may contain one */
		if (eq == s)
			return diag_set(d, STATUS_USAGE, "--p: \"%.*s\" is not "
			    "LEVEL=P", (int)len, s);
		num = xstrndup(eq, s + len - eq);
		bad = num_parse_opt(num, &v) != 0 || v < 0;
		free(num);
		if (bad)
			return diag_set(d, STATUS_USAGE, "--p: \"%.*s\" is not "
			    "a proportion", (int)(s + len - eq), eq);
		for (i = 0; i < t->nr; i++)
			if (strlen(t->rname[i]) == (size_t)(eq - 1 - s) &&
			    memcmp(t->rname[i], s, eq - 1 - s) == 0)
				break;
		if (i == t->nr)
			return diag_set(d, STATUS_USAGE, "--p: level \"%.*s\" "
			    "is not in the data", (int)(eq - 1 - s), s);
		if (!isnan(t->p[i]))
			return diag_set(d, STATUS_USAGE, "--p: level \"%s\" is "
			    "given twice", t->rname[i]);
		t->p[i] = v;
		s += len + (end != NULL);
	}
	for (i = 0; i < t->nr; i++)
		if (isnan(t->p[i]))
			return diag_set(d, STATUS_USAGE, "--p: no proportion "
			    "for level \"%s\"", t->rname[i]);
	return check_p(t, rescale, STATUS_USAGE, d);
}

int
chisq_set_p(struct chisq_table *t, const char *spec, int rescale,
    struct diag *d)
{
	return whole_table(t, set_p(t, spec, rescale, d), d);
}

/* ---- margins and expected counts ---- */

struct margins {
	double	*sr, *sc;	/* row and column sums */
	double	*e;		/* expected counts, like x */
	double	 n;
};

static void
margins_init(struct margins *m, const struct chisq_table *t)
{
	size_t i, j;

	m->sr = xcalloc(t->nr, sizeof(*m->sr));
	m->sc = xcalloc(t->nc, sizeof(*m->sc));
	m->e = xmalloc(t->nr * t->nc * sizeof(*m->e));
	m->n = 0;
	for (i = 0; i < t->nr; i++)
		for (j = 0; j < t->nc; j++) {
			m->sr[i] += t->x[i * t->nc + j];
			m->sc[j] += t->x[i * t->nc + j];
		}
	for (i = 0; i < t->nr; i++)
		m->n += m->sr[i];
	for (i = 0; i < t->nr; i++)
		for (j = 0; j < t->nc; j++)
			m->e[i * t->nc + j] = t->p != NULL ? m->n * t->p[i] :
			    m->sr[i] * m->sc[j] / m->n;
}

static void
margins_release(struct margins *m)
{
	free(m->sr);
	free(m->sc);
	free(m->e);
}

static double
pearson(const double *x, const double *e, size_t n, double yates)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		double dev = fabs(x[i] - e[i]) - yates;
		s += dev * dev / e[i];
	}
	return s;
}

static double
gstat(const double *x, const double *e, size_t n)
{
	double s = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (x[i] > 0)
			s += x[i] * log(x[i] / e[i]);
	return 2 * s;
}

/* -sum log(x_ij!): Fisher's statistic, smaller is more extreme. */
static double
neg_lfact(const double *x, size_t n)
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
chisq_fisher2x2(double a, double b, double c, double d, enum alt alt,
    double conf_level, struct chisq_result *r)
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
	r->has_estimate = 1;
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

static int
fisher_rxc(const struct chisq_table *t, const struct margins *m,
    double max, double *p, struct diag *d)
{
	struct fstage cur, next;
	struct fenum e;
	double k;
	size_t i, j;
	int rc = 0;

	if (m->n > 1e7)		/* beyond any limit, and lf[] would be huge */
		return diag_set(d, STATUS_DATA, "Fisher's exact test of a "
		    "%zux%zu table of %g counts is beyond reach; --simulate N "
		    "gives a Monte Carlo p-value", t->nr, t->nc, m->n);
	/* few rows, many columns: fewer ways to fill each column */
	e.nr = t->nr <= t->nc ? t->nr : t->nc;
	e.nc = t->nr <= t->nc ? t->nc : t->nr;
	e.rem = xmalloc(e.nr * sizeof(*e.rem));
	memcpy(e.rem, t->nr <= t->nc ? m->sr : m->sc, e.nr * sizeof(*e.rem));
	e.csum = xmalloc(e.nc * sizeof(*e.csum));
	memcpy(e.csum, t->nr <= t->nc ? m->sc : m->sr, e.nc * sizeof(*e.csum));
	gsl_sort(e.csum, 1, e.nc);
	e.lf = xmalloc(((size_t)m->n + 2) * sizeof(*e.lf));
	for (i = 0; i < (size_t)m->n + 2; i++)
		e.lf[i] = gsl_sf_lnfact((unsigned)i);
	e.obs = neg_lfact(t->x, t->nr * t->nc);
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

	k = -e.lf[(size_t)m->n];
	for (i = 0; i < t->nr; i++)
		k += e.lf[(size_t)m->sr[i]];
	for (i = 0; i < t->nc; i++)
		k += e.lf[(size_t)m->sc[i]];
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
		    "gives a Monte Carlo p-value", t->nr, t->nc, max);
	*p = e.psum * exp(k + e.obs);
	if (*p > 1)
		*p = 1;
	return 0;
}

/* ---- Monte Carlo p-values ---- */

/*
 * A random table with the margins of m, each table as likely as under
 * independence given the margins (R's r2dtable): column by column, the
 * count of each row is hypergeometric given what is left to place.
 */
static void
random_table(gsl_rng *rng, const struct margins *m, size_t nr, size_t nc,
    unsigned *rr, double *out)
{
	size_t i, j;

	for (i = 0; i < nr; i++)
		rr[i] = (unsigned)m->sr[i];
	for (j = 0; j < nc; j++) {
		unsigned left = (unsigned)m->sc[j], rest = 0, x;

		for (i = 0; i < nr; i++)
			rest += rr[i];
		for (i = 0; i < nr; i++) {
			rest -= rr[i];		/* rows below i */
			if (j == nc - 1)
				x = rr[i];
			else if (i == nr - 1)
				x = left;
			else
				x = left == 0 ? 0 :
				    gsl_ran_hypergeometric(rng, rr[i], rest,
				    left);
			out[i * nc + j] = x;
			rr[i] -= x;
			left -= x;
		}
	}
}

/* R's p-value: (1 + replicates at least as extreme) / (B + 1). */
static double
simulate(const struct chisq_table *t, const struct margins *m, int fisher,
    long b, unsigned long seed, double obs)
{
	size_t ncell = t->nr * t->nc, i;
	double *x = xmalloc(ncell * sizeof(*x)), hits = 0;
	unsigned *rr = xmalloc((t->nr > ncell ? t->nr : ncell) * sizeof(*rr));
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	long k;

	if (rng == NULL)
		xalloc_oom();
	gsl_rng_set(rng, seed);
	for (k = 0; k < b; k++) {
		if (t->p != NULL) {	/* fit: multinomial counts */
			gsl_ran_multinomial(rng, t->nr, (unsigned)m->n, t->p,
			    rr);
			for (i = 0; i < ncell; i++)
				x[i] = rr[i];
		} else
			random_table(rng, m, t->nr, t->nc, rr, x);
		if (fisher)
			hits += neg_lfact(x, ncell) <= obs / ALMOST_1_UP;
		else
			hits += pearson(x, m->e, ncell, 0) >= ALMOST_1 * obs;
	}
	gsl_rng_free(rng);
	free(x);
	free(rr);
	return (1 + hits) / (b + 1.0);
}

/* ---- the tests ---- */

static int
check_margins(const struct chisq_table *t, const struct margins *m,
    struct diag *d)
{
	size_t i;

	if (!(m->n > 0))
		return diag_set(d, STATUS_DATA, "the counts sum to 0");
	if (t->p != NULL)
		return 0;
	for (i = 0; i < t->nr; i++)
		if (m->sr[i] == 0)
			return diag_set(d, STATUS_DATA, "row \"%s\" of the "
			    "table sums to 0", t->rname[i]);
	for (i = 0; i < t->nc; i++)
		if (m->sc[i] == 0)
			return diag_set(d, STATUS_DATA, "column \"%s\" of the "
			    "table sums to 0", t->cname[i]);
	return 0;
}

static int
check_whole(const struct chisq_table *t, const char *what, struct diag *d)
{
	double n = 0;
	size_t i;

	for (i = 0; i < t->nr * t->nc; i++) {
		if (t->x[i] != floor(t->x[i]))
			return diag_set(d, STATUS_DATA, "%s needs whole counts; "
			    "row \"%s\", column \"%s\" holds %g", what,
			    t->rname[i / t->nc], t->cname[i % t->nc], t->x[i]);
		n += t->x[i];
	}
	/* the counts are unsigned ints for GSL's samplers */
	if (n > 1e9)
		return diag_set(d, STATUS_DATA, "%s needs a total count below "
		    "1e9, not %g", what, n);
	return 0;
}

static void
sim_method(struct chisq_result *r, const char *base, long b)
{
	snprintf(r->method, sizeof(r->method), "%s with simulated p-value "
	    "(based on %ld replicates)", base, b);
}

static int
run_fisher(const struct chisq_table *t, const struct chisq_opts *o,
    const struct margins *m, struct chisq_result *r, struct diag *d)
{
	static const char base[] = "Fisher's Exact Test for Count Data";

	r->fisher = 1;
	r->alternative = o->alternative;
	if (t->nr == 2 && t->nc == 2) {
		if (o->simulate > 0)
			diag_warn("--simulate is ignored: the exact p-value "
			    "of a 2x2 table is cheap");
		/* the work grows with the support of a: min(margins) */
		if (fmin(fmin(m->sr[0], m->sr[1]), fmin(m->sc[0], m->sc[1]))
		    > 1e7)
			return diag_set(d, STATUS_DATA, "Fisher's exact test "
			    "of a 2x2 table with margins above 1e7 is beyond "
			    "reach; with counts this large the chi-square test "
			    "is accurate");
		snprintf(r->method, sizeof(r->method), "%s", base);
		chisq_fisher2x2(t->x[0], t->x[1], t->x[2], t->x[3],
		    o->alternative, o->conf_level, r);
		return 0;
	}
	if (o->alternative != ALT_TWO_SIDED)
		return diag_set(d, STATUS_USAGE, "--alternative less or "
		    "greater needs a 2x2 table, not %zux%zu", t->nr, t->nc);
	if (o->simulate > 0) {
		sim_method(r, base, o->simulate);
		r->simulated = 1;
		r->p_value = simulate(t, m, 1, o->simulate, o->seed,
		    neg_lfact(t->x, t->nr * t->nc));
		return 0;
	}
	snprintf(r->method, sizeof(r->method), "%s", base);
	return fisher_rxc(t, m, o->max_steps, &r->p_value, d);
}

static int
test(const struct chisq_table *t, const struct chisq_opts *o,
    struct chisq_result *r, struct diag *d)
{
	struct margins m;
	size_t ncell = t->nr * t->nc, i;
	int fit = t->p != NULL, rc = 0;

	memset(r, 0, sizeof(*r));
	r->statistic = r->df = r->p_value = r->cramers_v = NAN;
	r->estimate = r->conf_low = r->conf_high = NAN;
	r->fit = fit;
	margins_init(&m, t);
	r->n = m.n;
	if (o->method == CHISQ_FISHER && fit)
		rc = diag_set(d, STATUS_USAGE, "Fisher's test is a test of "
		    "independence, not of goodness of fit");
	else if (o->method == CHISQ_G && o->simulate > 0)
		rc = diag_set(d, STATUS_USAGE, "--simulate works with the "
		    "Pearson and Fisher tests, not the G-test");
	else if (o->method == CHISQ_FISHER && !(m.n > 0))
		rc = diag_set(d, STATUS_DATA, "the counts sum to 0");
	else if (o->method != CHISQ_FISHER)
		rc = check_margins(t, &m, d);
	if (rc == 0 && (o->method == CHISQ_FISHER || o->simulate > 0))
		rc = check_whole(t, o->method == CHISQ_FISHER ?
		    "Fisher's test" : "--simulate", d);
	if (rc != 0 || o->method == CHISQ_FISHER) {
		if (rc == 0)
			rc = run_fisher(t, o, &m, r, d);
		margins_release(&m);
		return rc;
	}

	r->min_expected = INFINITY;
	for (i = 0; i < ncell; i++) {
		if (m.e[i] < r->min_expected)
			r->min_expected = m.e[i];
		r->nsmall += m.e[i] < 5;
	}
	r->df = fit ? t->nr - 1.0 : (t->nr - 1.0) * (t->nc - 1.0);
	if (!fit) {
		double mindim = t->nr < t->nc ? t->nr : t->nc;

		r->cramers_v = sqrt(pearson(t->x, m.e, ncell, 0) /
		    (m.n * (mindim - 1)));
		r->effect_ci = o->effect_ci;
		if (o->effect_ci)
			effect_cramers_v(pearson(t->x, m.e, ncell, 0), m.n,
			    t->nr, t->nc, o->alternative, o->conf_level,
			    &r->v);
	}
	if (o->method == CHISQ_G) {
		snprintf(r->method, sizeof(r->method), "Log likelihood ratio "
		    "(G-test) %s", fit ? "goodness of fit test" :
		    "test of independence");
		r->statistic = gstat(t->x, m.e, ncell);
	} else {
		const char *base = fit ? "Chi-squared test for given "
		    "probabilities" : "Pearson's Chi-squared test";
		double yates = 0;

		if (o->correct && !fit && t->nr == 2 && t->nc == 2 &&
		    o->simulate == 0) {
			yates = 0.5;	/* R: min(0.5, abs(x - E)) */
			for (i = 0; i < ncell; i++)
				if (fabs(t->x[i] - m.e[i]) < yates)
					yates = fabs(t->x[i] - m.e[i]);
		}
		snprintf(r->method, sizeof(r->method), "%s%s", base,
		    yates > 0 ? " with Yates' continuity correction" : "");
		r->statistic = pearson(t->x, m.e, ncell, yates);
		if (o->simulate > 0) {
			sim_method(r, base, o->simulate);
			r->simulated = 1;
			r->df = NAN;
			r->p_value = simulate(t, &m, 0, o->simulate, o->seed,
			    r->statistic);
		}
	}
	if (!r->simulated) {
		r->p_value = gsl_cdf_chisq_Q(r->statistic, r->df);
		if (r->nsmall > 0)
			diag_warn("Chi-squared approximation may be "
			    "incorrect: %zu expected count%s below 5 "
			    "(the smallest is %.4g)", r->nsmall,
			    r->nsmall == 1 ? " is" : "s are",
			    r->min_expected);
	}
	margins_release(&m);
	return 0;
}

int
chisq_run(const struct chisq_table *t, const struct chisq_opts *o,
    struct chisq_result *r, struct diag *d)
{
	return whole_table(t, test(t, o, r, d), d);
}

struct out_table *
chisq_result_table(const struct chisq_result *r)
{
	static const char *const cols[] = { "method", "alternative",
		"estimate", "statistic", "df", "p_value", "conf_low",
		"conf_high", "n", "cramers_v" };
	static const char *const vcols[] = { "cramers_v_low",
		"cramers_v_high", "cramers_v_adj", "cramers_v_adj_low",
		"cramers_v_adj_high" };
	const double v[] = { r->v.v_low, r->v.v_high, r->v.adj,
		r->v.adj_low, r->v.adj_high };
	struct out_table *t = out_new();
	size_t row, c = 0, j;

	/* the same columns for every test, empty where one does not apply */
	for (c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		out_column(t, cols[c]);
	for (j = 0; r->effect_ci && j < 5; j++)
		out_column(t, vcols[j]);
	row = out_row(t);
	c = 0;
	out_text(t, row, c++, r->method);
	out_text(t, row, c++, r->fisher ? alt_name(r->alternative) : NULL);
	out_num(t, row, c++, r->estimate);
	out_num(t, row, c++, r->statistic);
	out_num(t, row, c++, r->df);
	out_num(t, row, c++, r->p_value);
	out_num(t, row, c++, r->conf_low);
	out_num(t, row, c++, r->conf_high);
	out_num(t, row, c++, r->n);
	out_num(t, row, c++, r->cramers_v);
	for (j = 0; r->effect_ci && j < 5; j++)
		out_num(t, row, c++, v[j]);
	return t;
}

static int
cells(const struct chisq_table *t, int with_p, struct out_table **tp,
    struct diag *d)
{
	struct margins m;
	struct out_table *o;
	size_t i, j, c;

	*tp = NULL;
	margins_init(&m, t);
	if (check_margins(t, &m, d) != 0) {
		margins_release(&m);
		return -1;
	}
	o = out_new();
	if (t->p != NULL)
		out_column(o, "level");
	else {
		out_column(o, "row");
		out_column(o, "col");
	}
	out_column(o, "observed");
	out_column(o, "expected");
	out_column(o, "residual");
	out_column(o, "std_residual");
	if (with_p)
		out_column(o, "p_value");
	for (i = 0; i < t->nr; i++)
		for (j = 0; j < t->nc; j++) {
			double x = t->x[i * t->nc + j], e = m.e[i * t->nc + j];
			double v, n = m.n;
			size_t row = out_row(o);

			/* the variance of x - e under the null, as R's stdres */
			if (t->p != NULL)
				v = n * t->p[i] * (1 - t->p[i]);
			else
				v = m.sr[i] * m.sc[j] * (n - m.sr[i]) *
				    (n - m.sc[j]) / (n * n * n);
			c = 0;
			out_text(o, row, c++, t->rname[i]);
			if (t->p == NULL)
				out_text(o, row, c++, t->cname[j]);
			out_num(o, row, c++, x);
			out_num(o, row, c++, e);
			out_num(o, row, c++, (x - e) / sqrt(e));
			out_num(o, row, c++, (x - e) / sqrt(v));
			if (with_p)	/* the standard normal's two tails */
				out_num(o, row, c, 2 * gsl_cdf_ugaussian_Q(
				    fabs(x - e) / sqrt(v)));
		}
	margins_release(&m);
	*tp = o;
	return 0;
}

int
chisq_cells(const struct chisq_table *t, struct out_table **tp,
    struct diag *d)
{
	return whole_table(t, cells(t, 0, tp, d), d);
}

int
chisq_cells_p(const struct chisq_table *t, struct out_table **tp,
    struct diag *d)
{
	return whole_table(t, cells(t, 1, tp, d), d);
}

/* A usage error: -1. */
static int
usage(struct diag *d, const char *msg)
{
	return diag_set(d, STATUS_USAGE, "%s", msg);
}

int
chisq_check(struct chisq_request *q, struct diag *d)
{
	if (q->table && q->cols != NULL)
		return usage(d, "-c and --table exclude each other");
	if (!q->table && q->cols == NULL)
		return usage(d, "-c or --table is required");
	if (q->fisher && q->g)
		return usage(d, "--fisher and --g-test exclude each other");
	if (q->gof && q->fisher)
		return usage(d, "--fisher is a test of independence; it "
		    "cannot go with --gof");
	if (!q->gof && (q->pspec != NULL || q->rescale))
		return usage(d, "--p and --rescale need --gof");
	if (q->matched && (q->table || q->gof || q->fisher || q->g ||
	    q->cells || q->o.simulate > 0))
		return usage(d, "--mcnemar and --cmh take -c a,b and no other "
		    "test");
	if ((q->matched == 2) != (q->strata != NULL))
		return usage(d, "--cmh needs --strata, and --strata --cmh");
	if (q->o.effect_ci && (q->gof || q->fisher || q->cells || q->matched))
		return usage(d, "--effect-ci applies to the chi-square and G "
		    "tests of independence");
	if (!q->fisher && q->matched != 2 && !q->o.effect_ci &&
	    (q->alt_given || q->conf_given))
		return usage(d, "--alternative and --conf-level need --fisher, "
		    "--cmh or --effect-ci");
	if (q->count != NULL && q->table)
		return usage(d, "--count weighs raw rows; --table is counts");
	if (q->seed_given && q->o.simulate == 0)
		return usage(d, "--seed needs --simulate");
	if (q->g && q->o.simulate > 0)
		return usage(d, "--simulate works with the Pearson and Fisher "
		    "tests, not with --g-test");
	if (q->cells && (q->fisher || q->g || q->o.simulate > 0))
		return usage(d, "--cells writes the table's cells, not a "
		    "test; it cannot go with --fisher, --g-test or --simulate");
	if (q->adjust && !q->cells)
		return usage(d, "--p-adjust needs --cells");
	if (q->o.effect_ci && !q->alt_given)	/* effectsize's side for V */
		q->o.alternative = ALT_GREATER;
	return 0;
}

/* The one column of list into *col, CMH_NONE without a list. */
static int
one_col(struct frame *f, const char *list, const char *why, size_t *col,
    struct diag *d)
{
	*col = CMH_NONE;
	return list == NULL ? 0 : frame_col1(f, list, why, col, d);
}

/* McNemar's or the CMH test of columns a,b (and strata). */
static int
matched(struct frame *f, const struct chisq_request *q, const size_t *col,
    struct out_table **out, struct diag *d)
{
	struct cmh_spec sp = { col[0], col[1], CMH_NONE, CMH_NONE };
	struct cmh_opts o = { ALT_TWO_SIDED, 0.95, 1 };

	o.alt = q->o.alternative;
	o.conf_level = q->o.conf_level;
	o.correct = q->o.correct;
	if (one_col(f, q->strata, "--strata: name one column", &sp.strata, d) != 0 ||
	    one_col(f, q->count, "--count: name one column", &sp.count, d) != 0)
		return -1;
	return cmh_frame(f, &sp, &o, out, d);
}

int
chisq_frame(struct frame *f, const struct chisq_request *q,
    struct out_table **out, struct diag *d)
{
	struct chisq_table *t = NULL;
	struct chisq_result r;
	size_t *col = NULL, count;
	int ncol = 0, rc = -1;

	if (q->cols != NULL) {
		if ((ncol = frame_cols(f, q->cols, &col, d)) < 0)
			return -1;
		if (ncol != (q->gof ? 1 : 2)) {
			diag_set(d, STATUS_USAGE, q->gof ? "-c: --gof needs one "
			    "column, not %d" : "-c: a test of independence "
			    "needs two columns, not %d", ncol);
			goto out;
		}
	}
	/* chisq_check(): -c unless --table, which McNemar and CMH exclude */
	assert(col != NULL || (q->table && !q->matched));
	if (q->matched) {
		rc = matched(f, q, col, out, d);
		goto out;
	}
	if (one_col(f, q->count, "--count: name one column", &count, d) != 0)
		goto out;
	if (q->table ? chisq_table_read(f, q->gof, &t, d) != 0 :
	    chisq_table_counted(f, col[0], q->gof ? CHISQ_NONE : col[1],
	    count == CMH_NONE ? CHISQ_NONE : count, &t, d) != 0)
		goto out;
	assert(t != NULL);
	if (q->gof && chisq_set_p(t, q->pspec, q->rescale, d) != 0)
		goto out;
	if (t->dropped > 0)
		diag_warn("%zu row%s with a missing value left out",
		    t->dropped, t->dropped == 1 ? "" : "s");
	if (q->cells)
		rc = q->adjust ? chisq_cells_p(t, out, d) :
		    chisq_cells(t, out, d);
	else if ((rc = chisq_run(t, &q->o, &r, d)) == 0)
		*out = chisq_result_table(&r);
out:
	chisq_table_free(t);
	free(col);
	return rc;
}

int
chisq_check_counts(struct frame *f, size_t c, struct diag *d)
{
	return count_col(f, c, 0, d);
}
