/* chisq: chi-square and G tests on contingency tables (Fisher's in fisher.c). */
#include <assert.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "stats/chisq.h"
#include "stats/cmh.h"
#include "stats/fisher.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "frame/levels.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"

/* R's tolerances: ties within these count as "as extreme" */
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
			hits += fisher_stat(x, ncell) <= obs / ALMOST_1_UP;
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
	struct fisher_2x2 f;

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
		fisher_2x2(t->x[0], t->x[1], t->x[2], t->x[3],
		    o->alternative, o->conf_level, &f);
		r->p_value = f.p_value;
		r->estimate = f.estimate;
		r->conf_low = f.conf_low;
		r->conf_high = f.conf_high;
		r->has_estimate = 1;
		return 0;
	}
	if (o->alternative != ALT_TWO_SIDED)
		return diag_set(d, STATUS_USAGE, "--alternative less or "
		    "greater needs a 2x2 table, not %zux%zu", t->nr, t->nc);
	if (o->simulate > 0) {
		sim_method(r, base, o->simulate);
		r->simulated = 1;
		r->p_value = simulate(t, m, 1, o->simulate, o->seed,
		    fisher_stat(t->x, t->nr * t->nc));
		return 0;
	}
	snprintf(r->method, sizeof(r->method), "%s", base);
	return fisher_rxc(t->x, t->nr, t->nc, m->sr, m->sc, m->n, o->max_steps,
	    &r->p_value, d);
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
chisq_test(const struct chisq_table *t, const struct chisq_opts *o,
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

/*
 * Move label i of names and its counts to the front: m lines of counts,
 * line k's label j at x[k * stride + j * step].
 */
static void
to_front(char **names, double *x, size_t i, size_t stride, size_t step,
    size_t m)
{
	size_t k, j;
	char *s = names[i];

	memmove(names + 1, names, i * sizeof(*names));
	names[0] = s;
	for (k = 0; k < m; k++) {
		double v = x[k * stride + i * step];

		for (j = i; j > 0; j--)
			x[k * stride + j * step] = x[k * stride + (j - 1) * step];
		x[k * stride] = v;
	}
}

/*
 * --ref COL=LEVEL[,...] on the table of columns a (rows) and b (columns,
 * CHISQ_NONE with --gof): LEVEL first, the rest in R's order (relevel()).
 */
static int
table_ref(const struct frame *f, size_t a, size_t b, const char *ref,
    struct chisq_table *t, struct diag *d)
{
	const char *p = ref, *c, *lev;
	size_t i, n, nc, nl;
	char **names;
	int row, more;

	while ((more = levels_ref_next(&p, ref, &c, &nc, &lev, &nl, d)) > 0) {
		row = levels_is(f->col[a].name, c, nc);
		if (!row && (b == CHISQ_NONE || !levels_is(f->col[b].name, c,
		    nc)))
			return diag_set(d, STATUS_USAGE, "--ref: \"%.*s\" is "
			    "not a column of -c", (int)nc, c);
		names = row ? t->rname : t->cname;
		n = row ? t->nr : t->nc;
		for (i = 0; i < n && !levels_is(names[i], lev, nl); i++)
			;
		if (i == n)
			return diag_set(d, STATUS_USAGE, "--ref: \"%.*s\" is "
			    "not a level of column \"%s\"", (int)nl, lev,
			    f->col[row ? a : b].name);
		if (row)
			to_front(names, t->x, i, 1, t->nc, t->nc);
		else
			to_front(names, t->x, i, t->nc, 1, t->nr);
	}
	return more;
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
	if (q->matched && q->ref != NULL) {
		diag_set(d, STATUS_USAGE, "--ref: not with --mcnemar or --cmh");
		goto out;
	}
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
	if (q->ref != NULL && (q->table || table_ref(f, col[0], q->gof ?
	    CHISQ_NONE : col[1], q->ref, t, d) != 0)) {
		if (q->table)
			diag_set(d, STATUS_USAGE, "--ref: not with --table "
			    "(its rows come in order)");
		goto out;
	}
	if (q->gof && chisq_set_p(t, q->pspec, q->rescale, d) != 0)
		goto out;
	if (t->dropped > 0)
		diag_warn("%zu row%s with a missing value left out",
		    t->dropped, t->dropped == 1 ? "" : "s");
	if (q->cells)
		rc = q->adjust ? chisq_cells_p(t, out, d) :
		    chisq_cells(t, out, d);
	else if ((rc = chisq_test(t, &q->o, &r, d)) == 0)
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
