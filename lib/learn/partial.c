/*
 * partial: the mergeable states of regress, pca and kmeans, and their
 * merge (see partial.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "learn/kmeans.h"
#include "learn/pca.h"
#include "linalg/numtab.h"
#include "learn/partial.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/ls.h"
#include "model/model.h"
#include "stats/state.h"

#define LM_TOL		1e-7	/* R's lm: qr tolerance */
#define GLM_TOL		1e-11	/* R's glm.fit: min(1e-7, epsilon / 1000) */
#define MAX_COLS	4096	/* design columns a state may have */

static int
bad_state(struct diag *d, const char *what)
{
	return diag_set(d, STATUS_DATA, "not a statpipe state: %s", what);
}

/* ---- rows reduced to their R factor as they come (a TSQR) ---- */

struct tsqr {
	size_t	 k;		/* columns */
	size_t	 nbuf, cap;	/* rows waiting below R, room for them */
	double	*a;		/* (k + cap) x k, row-major: R, then rows */
	gsl_vector *tau;
};

static void
tsqr_init(struct tsqr *q, size_t k)
{
	q->k = k;
	q->nbuf = 0;
	q->cap = k * 4 > 256 ? k * 4 : 256;
	q->a = xcalloc((k + q->cap) * k, sizeof(*q->a));
	q->tau = gsl_vector_alloc(k);
}

/* The R factor of R and the rows below it, in R's place; zeros below. */
static void
tsqr_reduce(struct tsqr *q)
{
	gsl_matrix_view m;
	size_t i, j;

	if (q->nbuf == 0)
		return;
	m = gsl_matrix_view_array(q->a, q->k + q->nbuf, q->k);
	gsl_linalg_QR_decomp(&m.matrix, q->tau);
	for (i = 1; i < q->k; i++)
		for (j = 0; j < i; j++)
			q->a[i * q->k + j] = 0;
	q->nbuf = 0;
}

/* Room for the next row (k values, to fill). */
static double *
tsqr_row(struct tsqr *q)
{
	if (q->nbuf == q->cap)
		tsqr_reduce(q);
	return q->a + (q->k + q->nbuf++) * q->k;
}

static void
tsqr_free(struct tsqr *q)
{
	free(q->a);
	gsl_vector_free(q->tau);
}

/* ---- regress ---- */

/*
 * What a state of regress means, and what the merge adds up: the R
 * factor of the rows, the rows used and of the design, the sum of the
 * logs of the weights (logLik), the response's range, and for a binomial
 * step the deviance at its start.
 */
struct rstate {
	char		*sig;
	enum model_family family;
	enum model_link	 link;
	int		 view;		/* enum partial_view */
	double		 level;
	int		 intercept;
	size_t		 p;		/* design columns */
	char		**name;		/* p */
	size_t		*assign;	/* p */
	char		**term;
	size_t		 nterm;
	double		*start;		/* p, or NULL: R's start */
	struct tsqr	 q;		/* of p + 1 columns: x, then y */
	double		 nuse, nd, ymin, ymax;
	long double	 slw, dev;
};

/* the views a state may ask for, by enum partial_view */
static const char *const view_names[] = { "coef", "summary", "anova" };

static void
put_list(struct state_text *t, const char *key, char *const *s, size_t n)
{
	size_t j;

	state_text_fmt(t, ";%s=", key);
	for (j = 0; j < n; j++) {
		if (j > 0)
			state_text_put(t, ",", 1);
		state_text_name(t, s[j]);
	}
}

static char *
rstate_sig(const struct rstate *r, const char *formula, const char *weights)
{
	struct state_text t = { NULL, 0, 0 };
	size_t j;

	/* what tells states apart first: messages show 80 bytes */
	state_text_fmt(&t, "regress;formula=");
	state_text_name(&t, formula);
	state_text_fmt(&t, ";weights=");
	state_text_name(&t, weights != NULL ? weights : "");
	state_text_fmt(&t, ";start=");
	for (j = 0; r->start != NULL && j < r->p; j++)
		state_text_fmt(&t, "%s%a", j ? "," : "", r->start[j]);
	state_text_fmt(&t, ";view=%s;family=%s;link=%s;level=%a;intercept=%d",
	    view_names[r->view], glm_family_name(r->family),
	    glm_link_name(r->link), r->level, r->intercept);
	put_list(&t, "names", r->name, r->p);
	put_list(&t, "terms", r->term, r->nterm);
	state_text_fmt(&t, ";assign=");
	for (j = 0; j < r->p; j++)
		state_text_fmt(&t, "%s%zu", j ? "," : "", r->assign[j]);
	return t.p;
}

int
partial_regress_check(const struct partial_model *m, struct diag *d)
{
	if (!m->partial)
		return m->start != NULL ? diag_set(d, STATUS_USAGE, "--start "
		    "goes with --partial") : 0;
	if (m->view == PARTIAL_OTHER)
		return diag_set(d, STATUS_USAGE, "--partial: only the "
		    "coefficients, --summary and --anova merge");
	if (m->unmergeable)
		return diag_set(d, STATUS_USAGE, "--partial: not with --cv or "
		    "--save-model");
	if (m->family == MODEL_GAUSSIAN && m->link == MODEL_LINK_DEFAULT) {
		if (m->start != NULL)
			return diag_set(d, STATUS_USAGE, "--start: a linear "
			    "model merges in one pass (--start is for "
			    "--family binomial)");
		return 0;
	}
	if (m->family != MODEL_BINOMIAL)
		return diag_set(d, STATUS_USAGE, "--partial: linear models "
		    "and --family binomial only");
	if (m->view != PARTIAL_COEF)
		return diag_set(d, STATUS_USAGE, "--partial --family binomial: "
		    "the coefficients only (one IRLS step a pass)");
	return 0;
}

/* --start's list, p numbers. */
static int
parse_start(const char *text, size_t p, double **out, struct diag *d)
{
	double *b = xmalloc((p ? p : 1) * sizeof(*b));
	const char *s = text;
	char *end;
	size_t j;

	for (j = 0; j < p; j++) {
		b[j] = strtod(s, &end);
		if (end == s || !isfinite(b[j]) ||
		    (*end != ',' && *end != '\0') || (*end == '\0') != (j ==
		    p - 1)) {
			free(b);
			return diag_set(d, STATUS_USAGE, "--start: \"%s\" is "
			    "not %zu numbers (the design's columns, in "
			    "order)", text, p);
		}
		s = end + 1;
	}
	*out = b;
	return 0;
}

/* Row i of the design (binomial: the working response at the start). */
static int
rstate_row(struct rstate *r, const struct formula_design *ds,
    const double *off, size_t i, struct diag *d)
{
	double w = ds->w != NULL ? ds->w[i] : 1, y = ds->y[i], sw, *row;
	size_t j, p = ds->p;

	if (w < 0)
		return diag_set(d, STATUS_DATA, "negative weight %g", w);
	if (w == 0)
		return 0;
	r->nuse++;
	if (ds->w != NULL)
		r->slw += log(w);
	r->ymin = fmin(r->ymin, y);
	r->ymax = fmax(r->ymax, y);
	if (r->family == MODEL_BINOMIAL) {
		long double eta = off != NULL ? off[i] : 0;
		double mu, me, n = ds->trials != NULL ? ds->trials[i] : w;

		if (!(y >= 0 && y <= 1))
			return diag_set(d, STATUS_DATA, "the binomial "
			    "response is %g, not a proportion", y);
		if (r->start == NULL)	/* R's mustart, without the offset */
			eta = glm_linkfun(r->link, (n * y + 0.5) / (n + 1));
		else
			for (j = 0; j < p; j++)
				eta += (long double)ds->x[j * ds->n + i] *
				    r->start[j];
		mu = glm_linkinv(r->link, (double)eta);
		me = glm_mu_eta(r->link, (double)eta);
		r->dev += glm_dev_resid(r->family, y, mu, w);
		y = me == 0 ? 0 : (double)eta - (off != NULL ? off[i] : 0) +
		    (y - mu) / me;
		w = w * me * me / glm_variance(r->family, mu);
		if (!(w > 0))
			return 0;	/* R's good rows only */
	}
	sw = sqrt(w);
	row = tsqr_row(&r->q);
	for (j = 0; j < p; j++)
		row[j] = sw * ds->x[j * ds->n + i];
	row[p] = sw * y;
	return 0;
}

/* The state: the R factor's nonzero rows, then the sums. */
static struct out_table *
rstate_table(struct rstate *r)
{
	struct out_table *t = state_new(NULL, 0, r->sig);
	struct state_text row = { NULL, 0, 0 };
	char fp[STATE_FPLEN];
	size_t i, j, k = r->p + 1, at;
	double v;
	int zero;

	state_fingerprint(r->sig, fp);
	tsqr_reduce(&r->q);
	for (i = 0; i < k; i++) {
		row.len = 0;
		zero = 1;
		for (j = 0; j < k; j++) {
			v = r->q.a[i * k + j];
			zero &= v == 0;
			if (v == 0)
				state_text_put(&row, j ? " 0" : "0", j ? 2 : 1);
			else
				state_text_fmt(&row, "%s%a", j ? " " : "", v);
		}
		if (zero)
			continue;
		at = state_record(t, 0, fp, "r");
		out_text(t, at, 3, row.p);
	}
	at = state_record(t, 0, fp, "n");
	out_num(t, at, 3, r->nuse);
	out_num(t, at, 4, r->nd);
	state_put_num(t, at, 5, (double)r->slw);
	state_put_num(t, at, 6, r->ymin);
	state_put_num(t, at, 7, r->ymax);
	state_put_num(t, at, 8, (double)r->dev);
	state_end(t, 0, r->sig);
	free(row.p);
	return t;
}

static void
rstate_free(struct rstate *r)
{
	size_t j;

	if (r == NULL)
		return;
	for (j = 0; r->name != NULL && j < r->p; j++)
		free(r->name[j]);
	for (j = 0; r->term != NULL && j < r->nterm; j++)
		free(r->term[j]);
	free(r->name);
	free(r->term);
	free(r->assign);
	free(r->start);
	free(r->sig);
	if (r->q.a != NULL)
		tsqr_free(&r->q);
	free(r);
}

static struct rstate *
rstate_new(void)
{
	struct rstate *r = xcalloc(1, sizeof(*r));

	r->ymin = INFINITY;
	r->ymax = -INFINITY;
	return r;
}

int
partial_regress(const struct partial_model *m,
    const struct formula_design *ds, const double *off,
    struct out_table **tp, struct diag *d)
{
	struct rstate *r;
	size_t i, j;
	int rc = 0;

	if (ds->levels.n > 0)
		return diag_set(d, STATUS_USAGE, "--partial: \"%s\" is "
		    "categorical and cannot be merged (its levels differ "
		    "between parts): code it as 0/1 columns",
		    ds->levels.var[0]);
	if (ds->p > MAX_COLS)
		return diag_set(d, STATUS_USAGE, "--partial: %zu columns, "
		    "more than %d", ds->p, MAX_COLS);
	r = rstate_new();
	r->family = m->family;
	r->link = m->link == MODEL_LINK_DEFAULT ?
	    glm_link_default(m->family) : m->link;
	r->view = (int)m->view;
	r->level = m->level;
	r->intercept = ds->intercept;
	r->p = ds->p;
	r->nterm = ds->nterm;
	r->name = xcalloc(ds->p + 1, sizeof(*r->name));
	r->assign = xcalloc(ds->p + 1, sizeof(*r->assign));
	r->term = xcalloc(ds->nterm + 1, sizeof(*r->term));
	for (j = 0; j < ds->p; j++) {
		r->name[j] = xstrdup(ds->name[j]);
		r->assign[j] = ds->assign[j];
	}
	for (j = 0; j < ds->nterm; j++)
		r->term[j] = xstrdup(ds->term[j]);
	if (m->start != NULL && parse_start(m->start, ds->p, &r->start,
	    d) != 0) {
		rstate_free(r);
		return -1;
	}
	tsqr_init(&r->q, ds->p + 1);
	r->nd = (double)ds->n;
	for (i = 0; i < ds->n && rc == 0; i++)
		rc = rstate_row(r, ds, off, i, d);
	if (rc == 0) {
		r->sig = rstate_sig(r, m->formula, m->weights);
		*tp = rstate_table(r);
	}
	rstate_free(r);
	return rc;
}

/* The merge: the signature read back. */
static void *
rmerge_open(const char *sig, struct diag *d)
{
	struct rstate *r = rstate_new();
	char *fam = state_sig_dup(sig, "family"), *link = state_sig_dup(sig,
	    "link"), *names = state_sig_dup(sig, "names"), *terms =
	    state_sig_dup(sig, "terms"), *assign = state_sig_dup(sig, "assign"),
	    *start = state_sig_dup(sig, "start"), *end, *p;
	const char *sv;
	size_t len, j, n = 0;
	int ok = fam != NULL && link != NULL && names != NULL && terms !=
	    NULL && assign != NULL && start != NULL;

	ok = ok && glm_family_parse(fam, &r->family) == 0 &&
	    glm_link_parse(link, &r->link) == 0;
	r->view = -1;
	if ((sv = state_sig_value(sig, "view", &len)) != NULL)
		for (j = 0; j < 3; j++)
			if (strlen(view_names[j]) == len &&
			    strncmp(sv, view_names[j], len) == 0)
				r->view = (int)j;
	if ((sv = state_sig_value(sig, "intercept", &len)) != NULL)
		r->intercept = atoi(sv);
	if ((sv = state_sig_value(sig, "level", &len)) != NULL)
		r->level = strtod(sv, NULL);
	ok = ok && sv != NULL && r->level > 0 && r->level < 1 && r->view >= 0;
	if (ok) {
		state_split_names(names, &r->name, &r->p);
		state_split_names(terms, &r->term, &r->nterm);
		ok = r->p > 0 && r->p <= MAX_COLS;
	}
	if (ok) {
		r->assign = xcalloc(r->p, sizeof(*r->assign));
		for (p = assign, j = 0; j < r->p && ok; j++, p = end + 1) {
			r->assign[j] = strtoul(p, &end, 10);
			ok = end > p && r->assign[j] < r->nterm &&
			    *end == (j + 1 < r->p ? ',' : '\0');
		}
	}
	if (ok && start[0] != '\0') {
		r->start = xmalloc(r->p * sizeof(*r->start));
		for (p = start; n < r->p && ok; n++, p = end + 1) {
			r->start[n] = strtod(p, &end);
			ok = end > p && *end == (n + 1 < r->p ? ',' : '\0');
		}
	}
	free(fam);
	free(link);
	free(names);
	free(terms);
	free(assign);
	free(start);
	if (!ok) {
		bad_state(d, "a bad signature");
		rstate_free(r);
		return NULL;
	}
	tsqr_init(&r->q, r->p + 1);
	r->sig = xstrdup(sig);
	return r;
}

static int
rmerge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct rstate *r = arg;
	double v[6], *row;
	const char *s;
	char *end;
	size_t j;

	if (strcmp(part, "n") == 0) {
		if (state_nums(f, 6, v, d) != 0)
			return -1;
		if (!(v[0] >= 0) || v[0] != floor(v[0]) || v[1] < v[0])
			return bad_state(d, "a bad count");
		r->nuse += v[0];
		r->nd += v[1];
		r->slw += v[2];
		r->ymin = fmin(r->ymin, v[3]);
		r->ymax = fmax(r->ymax, v[4]);
		r->dev += v[5];
		return 0;
	}
	if (strcmp(part, "r") != 0)
		return bad_state(d, "an unknown part");
	row = tsqr_row(&r->q);
	for (s = f[0], j = 0; j <= r->p; j++, s = end) {
		if (j > 0 && *s++ != ' ')
			return bad_state(d, "a row of the R factor cut short");
		row[j] = state_read_num(s, &end);
		if (end == s || !isfinite(row[j]))
			return bad_state(d, "a row of the R factor that is not "
			    "numbers");
	}
	if (*s != '\0')
		return bad_state(d, "a row of the R factor too long");
	return 0;
}

/* The binomial step's table: the next coefficients, and where from. */
static struct out_table *
step_table(const struct rstate *r, const struct model_fit *mf)
{
	static const char *const cols[] = { "term", "estimate", "std_error",
	    "statistic", "p_value", "start", "deviance", NULL };
	struct out_table *t = out_new();
	size_t j, row;

	for (j = 0; cols[j] != NULL; j++)
		out_column(t, cols[j]);
	for (j = 0; j < r->p; j++) {
		double b = mf->coef[j], se = sqrt(mf->cov[j * r->p + j]),
		    z = b / se;

		row = out_row(t);
		out_text(t, row, 0, r->name[j]);
		out_num(t, row, 1, b);
		out_num(t, row, 2, se);
		out_num(t, row, 3, z);
		out_num(t, row, 4, isnan(z) ? NAN :
		    2 * gsl_cdf_ugaussian_Q(fabs(z)));
		out_num(t, row, 5, r->start != NULL ? r->start[j] : NAN);
		out_num(t, row, 6, (double)r->dev);
	}
	return t;
}

/*
 * The fit of the merged R as of the rows: the same X'WX, X'Wy and y'Wy.
 * The residuals are those of R's rows (their squares sum to the rows'),
 * the total about the mean is y's column of R below the intercept's row.
 */
static int
rmerge_fit(struct rstate *r, struct model_fit **mp, struct diag *d)
{
	size_t k = r->p + 1, i, j, n = (size_t)r->nuse;
	double *x, *y;
	long double rss = 0, tss = 0;
	struct model_fit *mf = NULL;
	struct ls s;
	int rc;

	if (n == 0)
		return diag_set(d, STATUS_DATA, "no complete rows to fit");
	if (r->p > n)
		return diag_set(d, STATUS_DATA, "%zu coefficients but only %zu "
		    "rows", r->p, n);
	if (r->ymin == r->ymax && r->intercept && r->family == MODEL_GAUSSIAN)
		return diag_set(d, STATUS_DATA, "the response is constant "
		    "(%g)", r->ymin);
	tsqr_reduce(&r->q);
	x = xmalloc(k * r->p * sizeof(*x));
	y = xmalloc(k * sizeof(*y));
	for (i = 0; i < k; i++) {
		for (j = 0; j < r->p; j++)
			x[j * k + i] = r->q.a[i * k + j];
		y[i] = r->q.a[i * k + r->p];
	}
	rc = ls_fit(x, y, NULL, k, r->p, r->family == MODEL_GAUSSIAN ?
	    LM_TOL : GLM_TOL, 0, 1, &s, d);
	if (rc != 0) {
		free(x);
		free(y);
		return -1;
	}
	mf = model_fit_new(&s, (size_t)r->nd, r->p, r->intercept);
	mf->family = r->family;
	mf->link = r->link;
	mf->glm = r->family != MODEL_GAUSSIAN;
	mf->n = n;
	for (i = 0; i < k; i++) {
		long double e = y[i];

		for (j = 0; j < r->p; j++)
			if (!isnan(mf->coef[j]))
				e -= (long double)x[j * k + i] * mf->coef[j];
		rss += e * e;
		if (i >= (r->intercept ? 1u : 0u))
			tss += (long double)y[i] * y[i];
	}
	mf->rss = (double)rss;
	mf->tss = (double)tss;
	mf->df_resid = (double)n - (double)mf->rank;
	mf->sigma = mf->glm ? 1 : mf->df_resid > 0 ? sqrt(mf->rss /
	    mf->df_resid) : NAN;
	mf->loglik = 0.5 * ((double)r->slw - (double)n * (log(2 * M_PI) + 1 -
	    log((double)n) + log(mf->rss)));
	for (j = 0; j < r->p; j++)
		if (mf->aliased[j])
			diag_warn("coefficient \"%s\" is aliased (a linear "
			    "combination of the others): not estimated",
			    r->name[j]);
	if (!mf->glm && mf->df_resid == 0)
		diag_warn("no residual degrees of freedom: standard errors "
		    "are undefined");
	free(x);
	free(y);
	*mp = mf;
	return 0;
}

static int
rmerge_result(void *arg, int partial, struct out_table **tp, struct diag *d)
{
	struct rstate *r = arg;
	struct formula_design ds;
	struct model_fit *mf = NULL;

	if (partial) {
		*tp = rstate_table(r);
		return 0;
	}
	if (rmerge_fit(r, &mf, d) != 0 || mf == NULL)
		return -1;
	/* what the tables read of a design */
	memset(&ds, 0, sizeof(ds));
	ds.p = r->p;
	ds.name = r->name;
	ds.assign = r->assign;
	ds.term = r->term;
	ds.nterm = r->nterm;
	ds.intercept = r->intercept;
	if (mf->glm)
		*tp = step_table(r, mf);
	else if (r->view == PARTIAL_SUMMARY)
		*tp = model_summary_table(mf, NULL);
	else if (r->view == PARTIAL_ANOVA)
		*tp = model_anova_table(mf, &ds);
	else
		*tp = model_coef_table(mf, &ds, r->level);
	model_fit_free(mf);
	return 0;
}

static void
rmerge_close(void *arg)
{
	rstate_free(arg);
}

static const struct state_ops regress_ops = {
	{ "regress", NULL, NULL }, rmerge_open, rmerge_add, rmerge_result,
	rmerge_close
};

/* ---- numbers in one field, separated by spaces ---- */

static void
put_vec(struct out_table *t, size_t row, size_t col, const double *v,
    size_t n)
{
	struct state_text s = { NULL, 0, 0 };
	size_t j;

	state_text_put(&s, "", 0);
	for (j = 0; j < n; j++)
		if (v[j] == 0 && !signbit(v[j]))
			state_text_put(&s, j ? " 0" : "0", j ? 2 : 1);
		else
			state_text_fmt(&s, "%s%a", j ? " " : "", v[j]);
	out_text(t, row, col, s.p);
	free(s.p);
}

static int
get_vec(const char *s, double *v, size_t n, struct diag *d)
{
	char *end;
	size_t j;

	for (j = 0; j < n; j++, s = end) {
		if (j > 0 && *s++ != ' ')
			return bad_state(d, "a list of numbers cut short");
		v[j] = state_read_num(s, &end);
		if (end == s || isinf(v[j]))
			return bad_state(d, "a list of numbers that are not "
			    "numbers");
	}
	if (*s != '\0')
		return bad_state(d, "a list of numbers too long");
	return 0;
}

/* names=a,b,c of a signature */
static char *
names_sig(const char *cmd, char *const *names, size_t p)
{
	struct state_text t = { NULL, 0, 0 };

	state_text_fmt(&t, "%s", cmd);
	put_list(&t, "names", names, p);
	return t.p;
}

static void
names_free(char **names, size_t n)
{
	size_t j;

	for (j = 0; names != NULL && j < n; j++)
		free(names[j]);
	free(names);
}

/* numtab's blocks into a pca_acc */
static void
acc_block(void *arg, const double *x, size_t n, size_t p)
{
	struct pca_acc *a = arg;

	if (a->tmp == NULL)
		pca_acc_init(a, p);
	pca_acc_add(a, x, n);
}

/* ---- pca ---- */

struct pstate {
	char		*sig;
	char		**names;
	size_t		 p;
	struct pca_opts	 o;
	struct pca_part	 q;
	double		*tmp;
};

static void
pstate_free(struct pstate *s)
{
	if (s == NULL)
		return;
	names_free(s->names, s->p);
	free(s->q.mean);
	free(s->q.m2);
	free(s->tmp);
	free(s->sig);
	free(s);
}

static char *
pstate_sig(const struct pstate *s)
{
	struct state_text t = { NULL, 0, 0 };
	char *head = names_sig("pca", s->names, s->p);

	state_text_fmt(&t, "%s;center=%d;scale=%d;rank=%zu;view=%s", head,
	    s->o.center, s->o.scale, s->o.rank, s->o.view == PCA_LOADINGS ?
	    "loadings" : "summary");
	free(head);
	return t.p;
}

/* One record: the count, the means, the co-moments' upper triangle. */
static struct out_table *
pstate_table(const struct pstate *s)
{
	struct out_table *t = state_new(NULL, 0, s->sig);
	char fp[STATE_FPLEN];
	double *u = xmalloc((s->p * (s->p + 1) / 2 + 1) * sizeof(*u));
	size_t i, j, k = 0, row;

	state_fingerprint(s->sig, fp);
	for (i = 0; i < s->p; i++)
		for (j = i; j < s->p; j++)
			u[k++] = s->q.m2[i * s->p + j];
	row = state_record(t, 0, fp, "m");
	out_num(t, row, 3, s->q.n);
	put_vec(t, row, 4, s->q.mean, s->p);
	put_vec(t, row, 5, u, k);
	state_end(t, 0, s->sig);
	free(u);
	return t;
}

int
partial_pca(int nfiles, char **files, const struct frame_opts *in,
    const struct pca_opts *o, struct out_table **tp, struct diag *d)
{
	struct numtab_opts no = { .cols = o->cols, .block = acc_block };
	struct pstate s;
	struct pca_acc a;
	struct numtab t;
	size_t j;

	if (o->view == PCA_SCORES || o->save_model != NULL)
		return diag_set(d, STATUS_USAGE, "--partial: not with --scores "
		    "or --save-model");
	memset(&a, 0, sizeof(a));
	no.arg = &a;
	if (numtab_read(nfiles, files, in, &no, &t, d) != 0) {
		if (a.tmp != NULL)
			pca_acc_done(&a, &s.q);
		return -1;
	}
	if (a.tmp == NULL)
		pca_acc_init(&a, t.p);
	memset(&s, 0, sizeof(s));
	pca_acc_done(&a, &s.q);
	s.o = *o;
	s.p = t.p;
	s.names = xcalloc(t.p + 1, sizeof(*s.names));
	for (j = 0; j < t.p; j++)
		s.names[j] = xstrdup(t.name[j]);
	if (t.nincomplete > 0)
		diag_warn("%zu row%s with missing values left out",
		    t.nincomplete, t.nincomplete == 1 ? "" : "s");
	numtab_free(&t);
	s.sig = pstate_sig(&s);
	*tp = pstate_table(&s);
	names_free(s.names, s.p);
	free(s.q.mean);
	free(s.q.m2);
	free(s.sig);
	return 0;
}

static void *
pmerge_open(const char *sig, struct diag *d)
{
	struct pstate *s = xcalloc(1, sizeof(*s));
	char *names = state_sig_dup(sig, "names"), *center =
	    state_sig_dup(sig, "center"), *scale = state_sig_dup(sig,
	    "scale"), *rank = state_sig_dup(sig, "rank"), *view =
	    state_sig_dup(sig, "view");
	int ok = names != NULL && center != NULL && scale != NULL && rank !=
	    NULL && view != NULL;

	if (ok) {
		state_split_names(names, &s->names, &s->p);
		s->o.center = strcmp(center, "1") == 0;
		s->o.scale = strcmp(scale, "1") == 0;
		s->o.rank = strtoul(rank, NULL, 10);
		s->o.view = strcmp(view, "loadings") == 0 ? PCA_LOADINGS :
		    PCA_SUMMARY;
		ok = s->p > 0 && s->p <= MAX_COLS;
	}
	free(names);
	free(center);
	free(scale);
	free(rank);
	free(view);
	if (!ok) {
		bad_state(d, "a bad signature");
		pstate_free(s);
		return NULL;
	}
	s->sig = pstate_sig(s);
	if (strcmp(s->sig, sig) != 0) {
		bad_state(d, "a bad signature");
		pstate_free(s);
		return NULL;
	}
	s->q.mean = xcalloc(s->p, sizeof(*s->q.mean));
	s->q.m2 = xcalloc(s->p * s->p, sizeof(*s->q.m2));
	s->tmp = xmalloc(s->p * sizeof(*s->tmp));
	return s;
}

static int
pmerge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct pstate *s = arg;
	size_t p = s->p, nu = p * (p + 1) / 2, i, j, k = 0;
	struct pca_part b;
	double *u;
	int rc;

	if (strcmp(part, "m") != 0)
		return bad_state(d, "an unknown part");
	if (state_nums(f, 1, &b.n, d) != 0)
		return -1;
	if (!(b.n >= 0) || b.n != floor(b.n))
		return bad_state(d, "a bad count");
	b.mean = xmalloc(p * sizeof(*b.mean));
	b.m2 = xmalloc(p * p * sizeof(*b.m2));
	u = xmalloc(nu * sizeof(*u));
	rc = get_vec(f[1], b.mean, p, d);
	if (rc == 0)
		rc = get_vec(f[2], u, nu, d);
	if (rc == 0) {
		for (i = 0; i < p; i++)
			for (j = i; j < p; j++, k++)
				b.m2[i * p + j] = b.m2[j * p + i] = u[k];
		pca_part_merge(&s->q, &b, p, s->tmp);
	}
	free(b.mean);
	free(b.m2);
	free(u);
	return rc;
}

static int
pmerge_result(void *arg, int partial, struct out_table **tp, struct diag *d)
{
	struct pstate *s = arg;
	struct pca_result r;

	if (partial) {
		*tp = pstate_table(s);
		return 0;
	}
	if (pca_from_moments(&s->q, s->p, s->names, &s->o, &r, d) != 0)
		return -1;
	*tp = pca_table(&r, s->names, s->o.view);
	pca_result_free(&r);
	return 0;
}

static void
pmerge_close(void *arg)
{
	pstate_free(arg);
}

static const struct state_ops pca_ops = {
	{ "pca", NULL, NULL }, pmerge_open, pmerge_add, pmerge_result,
	pmerge_close
};

/* ---- kmeans: one step of Lloyd's ---- */

struct kstate {
	char		*sig;
	char		**names;
	size_t		 p, k;
	double		*c;		/* k x p: the step's centres */
	struct state_mom *m;		/* k x p: per cluster and column */
	size_t		 nincomplete;
};

static void
kstate_free(struct kstate *s)
{
	if (s == NULL)
		return;
	names_free(s->names, s->p);
	free(s->c);
	free(s->m);
	free(s->sig);
	free(s);
}

static char *
kstate_sig(const struct kstate *s)
{
	struct state_text t = { NULL, 0, 0 };
	char *head = names_sig("kmeans", s->names, s->p);
	size_t j;

	state_text_fmt(&t, "%s;k=%zu;centers=", head, s->k);
	for (j = 0; j < s->k * s->p; j++)
		state_text_fmt(&t, "%s%a", j ? "," : "", s->c[j]);
	free(head);
	return t.p;
}

/* A record a cluster: its number, count, means and sums of squares. */
static struct out_table *
kstate_table(const struct kstate *s)
{
	struct out_table *t = state_new(NULL, 0, s->sig);
	char fp[STATE_FPLEN], part[32];
	double *v = xmalloc((s->p ? s->p : 1) * sizeof(*v));
	size_t l, j, row;

	state_fingerprint(s->sig, fp);
	for (l = 0; l < s->k; l++) {
		const struct state_mom *m = s->m + l * s->p;

		if (m[0].n == 0)
			continue;
		snprintf(part, sizeof(part), "%zu", l);
		row = state_record(t, 0, fp, part);
		out_num(t, row, 3, m[0].n);
		for (j = 0; j < s->p; j++)
			v[j] = m[j].mean;
		put_vec(t, row, 4, v, s->p);
		for (j = 0; j < s->p; j++)
			v[j] = m[j].m2;
		put_vec(t, row, 5, v, s->p);
	}
	state_end(t, 0, s->sig);
	free(v);
	return t;
}

/* numtab's blocks: each row to its nearest centre, a block at a time */
struct kstep {
	struct kstate	*s;
	double		*x;		/* a cluster's values of one column */
	size_t		*at;		/* NUMTAB_BLOCK: each row's cluster */
};

static void
step_block(void *arg, const double *x, size_t n, size_t p)
{
	struct kstep *a = arg;
	struct kstate *s = a->s;
	struct state_mom b;
	size_t i, j, l, m;
	double d2;

	for (i = 0; i < n; i++)
		a->at[i] = (size_t)kmeans_nearest(x + i * p, s->c, s->k, p,
		    &d2);
	for (l = 0; l < s->k; l++)
		for (j = 0; j < p; j++) {
			for (m = 0, i = 0; i < n; i++)
				if (a->at[i] == l)
					a->x[m++] = x[i * p + j];
			if (m == 0)
				break;
			state_mom_of(a->x, m, &b);
			state_mom_merge(&s->m[l * p + j], &b);
		}
}

int
partial_kmeans(int nfiles, char **files, const struct frame_opts *in,
    const struct kmeans_opts *o, struct out_table **tp, struct diag *d)
{
	struct numtab_opts no = { .cols = o->cols, .block = step_block };
	struct kstate *s;
	struct kstep a;
	struct numtab c, t;
	size_t j;
	int rc;

	if (o->centers == NULL || o->scale || o->view != KMEANS_CLUSTERS ||
	    o->save_model != NULL)
		return diag_set(d, STATUS_USAGE, "--partial: one step of "
		    "Lloyd's from --centers; not with --scale, --summary, "
		    "--assign, --elbow or --save-model");
	if (kmeans_read_centers(o->centers, in, &c, d) != 0)
		return -1;
	if (o->k != 0 && o->k != c.n) {
		numtab_free(&c);
		return diag_set(d, STATUS_USAGE, "-k %zu but --centers has "
		    "%zu rows", o->k, c.n);
	}
	s = xcalloc(1, sizeof(*s));
	s->k = c.n;
	s->p = c.p;
	s->c = c.x;
	c.x = NULL;
	numtab_free(&c);
	s->m = xcalloc(s->k * s->p, sizeof(*s->m));
	a.s = s;
	a.x = xmalloc(NUMTAB_BLOCK * sizeof(*a.x));
	a.at = xmalloc(NUMTAB_BLOCK * sizeof(*a.at));
	no.arg = &a;
	rc = numtab_read(nfiles, files, in, &no, &t, d);
	if (rc == 0 && t.p != s->p)
		rc = diag_set(d, STATUS_USAGE, "--centers: %zu columns, the "
		    "data has %zu", s->p, t.p);
	if (rc == 0) {
		s->names = xcalloc(t.p + 1, sizeof(*s->names));
		for (j = 0; j < t.p; j++)
			s->names[j] = xstrdup(t.name[j]);
		if (t.nincomplete > 0)
			diag_warn("%zu row%s with missing values left out",
			    t.nincomplete, t.nincomplete == 1 ? "" : "s");
		s->sig = kstate_sig(s);
		*tp = kstate_table(s);
	}
	numtab_free(&t);
	free(a.x);
	free(a.at);
	kstate_free(s);
	return rc;
}

static void *
kmerge_open(const char *sig, struct diag *d)
{
	struct kstate *s = xcalloc(1, sizeof(*s));
	char *names = state_sig_dup(sig, "names"), *k = state_sig_dup(sig,
	    "k"), *c = state_sig_dup(sig, "centers"), *p, *end;
	size_t j;
	int ok = names != NULL && k != NULL && c != NULL;

	if (ok) {
		state_split_names(names, &s->names, &s->p);
		s->k = strtoul(k, &end, 10);
		ok = *end == '\0' && s->k > 0 && s->k <= KMEANS_K_MAX &&
		    s->p > 0 && s->p <= MAX_COLS;
	}
	if (ok) {
		s->c = xmalloc(s->k * s->p * sizeof(*s->c));
		for (p = c, j = 0; j < s->k * s->p && ok; j++, p = end + 1) {
			s->c[j] = strtod(p, &end);
			ok = end > p && *end == (j + 1 < s->k * s->p ? ',' :
			    '\0');
		}
	}
	free(names);
	free(k);
	free(c);
	if (!ok) {
		bad_state(d, "a bad signature");
		kstate_free(s);
		return NULL;
	}
	s->m = xcalloc(s->k * s->p, sizeof(*s->m));
	s->sig = xstrdup(sig);
	return s;
}

static int
kmerge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct kstate *s = arg;
	double n = 0, *v = xmalloc(2 * s->p * sizeof(*v));
	unsigned long l;
	char *end;
	size_t j;
	int rc;

	l = strtoul(part, &end, 10);
	if (*end != '\0' || end == part || l >= s->k)
		rc = bad_state(d, "a cluster out of range");
	else if ((rc = state_nums(f, 1, &n, d)) == 0 && (!(n > 0) || n !=
	    floor(n)))
		rc = bad_state(d, "a bad count");
	if (rc == 0 && (rc = get_vec(f[1], v, s->p, d)) == 0)
		rc = get_vec(f[2], v + s->p, s->p, d);
	for (j = 0; rc == 0 && j < s->p; j++) {
		struct state_mom b = { n, v[j], v[s->p + j] };

		if (!(b.m2 >= 0)) {
			rc = bad_state(d, "a bad sum of squares");
			break;
		}
		state_mom_merge(&s->m[l * s->p + j], &b);
	}
	free(v);
	return rc;
}

static int
kmerge_result(void *arg, int partial, struct out_table **tp, struct diag *d)
{
	struct kstate *s = arg;
	struct kmeans_result r;
	size_t l, j, empty = 0;

	(void)d;
	if (partial) {
		*tp = kstate_table(s);
		return 0;
	}
	memset(&r, 0, sizeof(r));
	r.k = s->k;
	r.p = s->p;
	r.centers = xmalloc(s->k * s->p * sizeof(*r.centers));
	r.size = xcalloc(s->k, sizeof(*r.size));
	r.withinss = xcalloc(s->k, sizeof(*r.withinss));
	for (l = 0; l < s->k; l++) {
		const struct state_mom *m = s->m + l * s->p;
		long double w = 0;

		r.size[l] = (size_t)m[0].n;
		empty += m[0].n == 0;
		for (j = 0; j < s->p; j++) {
			r.centers[l * s->p + j] = m[0].n == 0 ? NAN :
			    m[j].mean;
			w += m[j].m2;
		}
		r.withinss[l] = (double)w;
	}
	if (empty > 0)
		diag_warn("%zu empty cluster%s: no centre (NaN), as R's "
		    "Lloyd", empty, empty == 1 ? "" : "s");
	*tp = kmeans_table(&r, s->names);
	free(r.centers);
	free(r.size);
	free(r.withinss);
	return 0;
}

static void
kmerge_close(void *arg)
{
	kstate_free(arg);
}

static const struct state_ops kmeans_ops = {
	{ "kmeans", NULL, NULL }, kmerge_open, kmerge_add, kmerge_result,
	kmerge_close
};

const struct state_ops *const partial_kinds[] = { &regress_ops, &pca_ops,
	&kmeans_ops };
const size_t partial_nkinds = sizeof(partial_kinds) / sizeof(*partial_kinds);
