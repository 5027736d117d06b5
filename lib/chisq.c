/* chisq: chi-square, G and Fisher tests on contingency tables. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>

#include "chisq.h"
#include "diag.h"
#include "frame.h"
#include "group.h"
#include "num.h"
#include "out.h"
#include "xalloc.h"

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

int
chisq_table_from_cols(struct frame *f, size_t a, size_t b,
    struct chisq_table **tp, struct diag *d)
{
	struct group *ga, *gb = NULL;
	struct chisq_table *t;
	size_t na, nb = 1, i;

	*tp = NULL;
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
	for (i = 0; i < na; i++)
		t->rname[i] = xstrdup(frame_text(f, a, ga->first[i]));
	if (gb == NULL)
		t->cname[0] = xstrdup(f->col[a].name);
	for (i = 0; gb != NULL && i < nb; i++)
		t->cname[i] = xstrdup(frame_text(f, b, gb->first[i]));
	for (i = 0; i < f->nrows; i++) {
		size_t r = ga->gid[i], c = gb != NULL ? gb->gid[i] : 0;

		if (r >= na || c >= nb)
			t->dropped++;
		else
			t->x[r * nb + c]++;
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

static int
check_p(struct chisq_table *t, int rescale, struct diag *d)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < t->nr; i++) {
		if (!(t->p[i] > 0))
			return diag_set(d, STATUS_USAGE, "the proportion of "
			    "\"%s\" is %g; proportions must be positive",
			    t->rname[i], t->p[i]);
		sum += t->p[i];
	}
	if (rescale)
		for (i = 0; i < t->nr; i++)
			t->p[i] /= sum;
	else if (fabs(sum - 1) > 1e-8)
		return diag_set(d, STATUS_USAGE, "the proportions sum to %.10g, "
		    "not 1 (--rescale divides them by their sum)", sum);
	return 0;
}

int
chisq_set_p(struct chisq_table *t, const char *spec, int rescale,
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
		return check_p(t, rescale, d);
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
	return check_p(t, rescale, d);
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

/* ---- Brent's root finder, step for step as R's uniroot (zeroin) ---- */

/*
 * R's fisher.test finds the odds ratio and its limits with uniroot() at
 * its default tolerance, eps^0.25 (about 1e-4).  GSL's Brent solver stops
 * by another rule, so its roots differ from R's in the fifth digit; this
 * is Brent's algorithm (R. P. Brent, Algorithms for Minimization without
 * Derivatives, 1973, and netlib's zeroin) with R's stopping rule, so that
 * the results are R's to rounding.
 */
static double
zeroin(double ax, double bx, double fa, double fb,
    double (*f)(double, void *), void *ctx)
{
	const double tol = pow(DBL_EPSILON, 0.25);
	double a = ax, b = bx, c = a, fc = fa;
	int maxit = 1000 + 1;

	if (fa == 0)
		return a;
	if (fb == 0)
		return b;
	while (maxit--) {
		double prev = b - a, tol_act, p, q, step;

		if (fabs(fc) < fabs(fb)) {	/* b is the best guess */
			a = b;
			b = c;
			c = a;
			fa = fb;
			fb = fc;
			fc = fa;
		}
		tol_act = 2 * DBL_EPSILON * fabs(b) + tol / 2;
		step = (c - b) / 2;
		if (fabs(step) <= tol_act || fb == 0)
			return b;
		if (fabs(prev) >= tol_act && fabs(fa) > fabs(fb)) {
			double t1, t2, cb = c - b;

			if (a == c) {		/* secant */
				t1 = fb / fa;
				p = cb * t1;
				q = 1.0 - t1;
			} else {		/* inverse quadratic */
				q = fa / fc;
				t1 = fb / fc;
				t2 = fb / fa;
				p = t2 * (cb * q * (q - t1) - (b - a) *
				    (t1 - 1.0));
				q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
			}
			if (p > 0)
				q = -q;
			else
				p = -p;
			if (p < (0.75 * cb * q - fabs(tol_act * q) / 2) &&
			    p < fabs(prev * q / 2))
				step = p / q;
		}
		if (fabs(step) < tol_act)
			step = step > 0 ? tol_act : -tol_act;
		a = b;
		fa = fb;
		b += step;
		fb = f(b, ctx);
		if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
			c = a;
			fc = fa;
		}
	}
	return b;
}

/* uniroot(f, c(lo, hi))$root */
static double
uniroot(double lo, double hi, double (*f)(double, void *), void *ctx)
{
	return zeroin(lo, hi, f(lo, ctx), f(hi, ctx), f, ctx);
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
chisq_fisher2x2(double a, double b, double c, double d, enum chisq_alt alt,
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
	case CHISQ_LESS:
		r->p_value = pnhyper(&h, h.x, 1, 0);
		r->conf_low = 0;
		r->conf_high = ncp_upper(&h, 1 - conf_level);
		break;
	case CHISQ_GREATER:
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


/* ---- Fisher's test of an r x c table: complete enumeration ---- */

struct fenum {
	size_t	 nr, nc;
	double	*rem;		/* row sums still to place */
	double	*csum;		/* column sums */
	double	*lf;		/* lf[v] = log(v!), v = 0 .. n */
	double	*caps;		/* scratch: sorted row sums */
	double	 thr;		/* count tables with -sum lf(x) <= thr */
	double	 obs;		/* -sum lf(x) of the observed table */
	double	 psum;		/* sum of P(table) / P(observed) */
	double	 nodes, max;	/* work done and allowed */
};

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * Bounds on -sum lf(x) over the columns j .. nc-1 of any completion,
 * each column taken alone with the row sums left as caps: the largest
 * when its count is spread as evenly as the caps allow (lf is convex),
 * the smallest when it is piled into the largest caps.
 */
static void
bounds(struct fenum *e, size_t j, double *lo, double *hi)
{
	size_t r = e->nr, i, k;

	memcpy(e->caps, e->rem, r * sizeof(*e->caps));
	qsort(e->caps, r, sizeof(*e->caps), cmp_double);
	*lo = *hi = 0;
	for (k = j; k < e->nc; k++) {
		double left = e->csum[k], q, extra;

		for (i = r; i-- > 0 && left > 0; left -= e->caps[i] < left ?
		    e->caps[i] : left)
			*lo -= e->lf[(size_t)(e->caps[i] < left ? e->caps[i] :
			    left)];
		left = e->csum[k];
		for (i = 0; i < r; i++) {
			if (e->caps[i] * (r - i) <= left) {
				*hi -= e->lf[(size_t)e->caps[i]];
				left -= e->caps[i];
				continue;
			}
			q = floor(left / (r - i));
			extra = left - q * (r - i);
			*hi -= extra * e->lf[(size_t)q + 1] +
			    (r - i - extra) * e->lf[(size_t)q];
			break;
		}
	}
}

/*
 * Place cell (i, j) with left still to place in column j, past the sum of
 * -lf(x) of the cells placed, filling the table column by column; the last
 * column is forced by the row sums.  At the start of a column, a subtree
 * whose tables all count is summed in closed form, one where none counts is
 * skipped (the idea of Mehta and Patel's network algorithm, with cruder
 * bounds).  Returns 0, or -1 after more than e->max steps.
 */
static int
enumerate(struct fenum *e, size_t i, size_t j, double left, double past)
{
	double below = 0, lo, hi, v;
	size_t k;

	if (i == 0) {
		if (++e->nodes > e->max)
			return -1;
		bounds(e, j, &lo, &hi);
		if (past + lo > e->thr)
			return 0;
		if (past + hi <= e->thr) {
			/* sum of prod 1/x! over tables with these margins */
			double n = 0, mass;

			for (k = 0; k < e->nr; k++)
				n += e->rem[k];
			mass = e->lf[(size_t)n];
			for (k = 0; k < e->nr; k++)
				mass -= e->lf[(size_t)e->rem[k]];
			for (k = j; k < e->nc; k++)
				mass -= e->lf[(size_t)e->csum[k]];
			e->psum += exp(past + mass - e->obs);
			return 0;
		}
	}
	for (k = i + 1; k < e->nr; k++)
		below += e->rem[k];
	lo = left - below > 0 ? left - below : 0;
	hi = e->rem[i] < left ? e->rem[i] : left;
	for (v = lo; v <= hi; v++) {
		int rc;

		e->rem[i] -= v;
		if (i == e->nr - 1)
			rc = enumerate(e, 0, j + 1, e->csum[j + 1],
			    past - e->lf[(size_t)v]);
		else
			rc = enumerate(e, i + 1, j, left - v,
			    past - e->lf[(size_t)v]);
		e->rem[i] += v;
		if (rc != 0)
			return -1;
	}
	return 0;
}

static int
fisher_rxc(const struct chisq_table *t, const struct margins *m,
    double max, double *p, struct diag *d)
{
	struct fenum e;
	double k;
	size_t i;
	int rc;

	e.nr = t->nr;
	e.nc = t->nc;
	e.rem = xmalloc(t->nr * sizeof(*e.rem));
	memcpy(e.rem, m->sr, t->nr * sizeof(*e.rem));
	e.caps = xmalloc(t->nr * sizeof(*e.caps));
	e.csum = m->sc;
	e.lf = xmalloc(((size_t)m->n + 2) * sizeof(*e.lf));
	for (i = 0; i < (size_t)m->n + 2; i++)
		e.lf[i] = gsl_sf_lnfact((unsigned)i);
	e.obs = neg_lfact(t->x, t->nr * t->nc);
	e.thr = e.obs + log(FISHER_RELERR);
	e.psum = 0;
	e.nodes = 0;
	e.max = max;
	/* one column is forced: enumerate(.., nc - 1, ..) sums it */
	rc = enumerate(&e, 0, 0, m->sc[0], 0);
	k = -e.lf[(size_t)m->n];
	for (i = 0; i < t->nr; i++)
		k += e.lf[(size_t)m->sr[i]];
	for (i = 0; i < t->nc; i++)
		k += e.lf[(size_t)m->sc[i]];
	free(e.rem);
	free(e.caps);
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
		abort();
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
	size_t i;

	for (i = 0; i < t->nr * t->nc; i++)
		if (t->x[i] != floor(t->x[i]) || t->x[i] > 1e9)
			return diag_set(d, STATUS_DATA, "%s needs whole counts "
			    "below 1e9; row \"%s\", column \"%s\" holds %g",
			    what, t->rname[i / t->nc], t->cname[i % t->nc],
			    t->x[i]);
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
		snprintf(r->method, sizeof(r->method), "%s", base);
		chisq_fisher2x2(t->x[0], t->x[1], t->x[2], t->x[3],
		    o->alternative, o->conf_level, r);
		return 0;
	}
	if (o->alternative != CHISQ_TWO_SIDED)
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
	return fisher_rxc(t, m, o->max_tables, &r->p_value, d);
}

int
chisq_run(const struct chisq_table *t, const struct chisq_opts *o,
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

static const char *
alt_name(enum chisq_alt a)
{
	return a == CHISQ_LESS ? "less" : a == CHISQ_GREATER ? "greater" :
	    "two-sided";
}

struct out_table *
chisq_result_table(const struct chisq_result *r)
{
	struct out_table *t = out_new();
	size_t row, c = 0;

	out_column(t, "method");
	if (r->fisher) {
		out_column(t, "alternative");
		if (r->has_estimate) {
			out_column(t, "estimate");
			out_column(t, "conf_low");
			out_column(t, "conf_high");
		}
	} else {
		out_column(t, "statistic");
		if (!r->simulated)
			out_column(t, "df");
	}
	out_column(t, "p_value");
	out_column(t, "n");
	if (!r->fisher && !r->fit)
		out_column(t, "cramers_v");
	row = out_row(t);
	out_text(t, row, c++, r->method);
	if (r->fisher) {
		out_text(t, row, c++, alt_name(r->alternative));
		if (r->has_estimate) {
			out_num(t, row, c++, r->estimate);
			out_num(t, row, c++, r->conf_low);
			out_num(t, row, c++, r->conf_high);
		}
	} else {
		out_num(t, row, c++, r->statistic);
		if (!r->simulated)
			out_num(t, row, c++, r->df);
	}
	out_num(t, row, c++, r->p_value);
	out_num(t, row, c++, r->n);
	if (!r->fisher && !r->fit)
		out_num(t, row, c++, r->cramers_v);
	return t;
}

int
chisq_cells(const struct chisq_table *t, struct out_table **tp,
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
		}
	margins_release(&m);
	*tp = o;
	return 0;
}
