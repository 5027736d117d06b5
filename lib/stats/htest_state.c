/*
 * htest_state: --partial of ttest and ztest, and the merge of their
 * states (htest.h, state.h).  A state holds per sample its count, mean and
 * sum of squared deviations (state_mom): records "x", "y" and with pairs
 * "d" (the differences), or with a grouping column "J:LEVEL" for response
 * J at each level, and "left" (rows without a level, incomplete pairs).
 * The merge adds them by Chan et al.'s formula and tests the summaries.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "frame/group_table.h"
#include "io/out.h"
#include "stats/htest.h"
#include "stats/state.h"

struct hmerge {
	char		*sig;
	struct htest_opts o;
	char		**names;	/* responses, then the group's */
	size_t		 nnames, ncols;
	int		 group;		/* names[ncols] is a grouping column */
	char		*levels;	/* --levels "a,b", or NULL */
	struct state_mom s[3];		/* no group: x, y, differences */
	struct group_table *lev;	/* group: the levels seen */
	struct state_mom *ls;		/* [level * ncols + response] */
	size_t		 lcap;
	double		 nokey, dropped;
};

static void
hmerge_free(void *arg)
{
	struct hmerge *m = arg;
	size_t k;

	if (m == NULL)
		return;
	for (k = 0; k < m->nnames; k++)
		free(m->names[k]);
	free(m->names);
	free(m->sig);
	free(m->levels);
	group_table_free(m->lev);
	free(m->ls);
	free(m);
}

static char *
make_sig(struct hmerge *m)
{
	struct state_text t = { NULL, 0, 0 };
	size_t k;

	state_text_fmt(&t, "%s;names=", m->o.test == HTEST_Z ? "ztest" :
	    "ttest");
	for (k = 0; k < m->nnames; k++) {
		if (k > 0)
			state_text_put(&t, ",", 1);
		state_text_name(&t, m->names[k]);
	}
	state_text_fmt(&t, ";group=%d;levels=", m->group);
	if (m->levels != NULL) {	/* two names: "a,b" checked */
		char *b = strchr(m->levels, ',');

		*b = '\0';
		state_text_name(&t, m->levels);
		state_text_put(&t, ",", 1);
		state_text_name(&t, b + 1);
		*b = ',';
	}
	state_text_fmt(&t, ";paired=%d;equal_var=%d;mu=%a;alt=%s;level=%a;"
	    "effect_ci=%d;sigma=%a/%a", m->o.paired, m->o.equal_var, m->o.mu,
	    alt_name(m->o.alt), m->o.conf_level, m->o.effect_ci, m->o.sigma1,
	    m->o.sigma2);
	return t.p;
}

/* The summaries of level id of the group (made if new). */
static struct state_mom *
level_moms(struct hmerge *m, const char *level, size_t len)
{
	size_t id = group_table_id(m->lev, &level, &len);

	if ((id + 1) * m->ncols > m->lcap) {
		size_t old = m->lcap;

		m->ls = xgrow(m->ls, &m->lcap, (id + 1) * m->ncols,
		    sizeof(*m->ls));
		memset(m->ls + old, 0, (m->lcap - old) * sizeof(*m->ls));
	}
	return m->ls + id * m->ncols;
}

static struct out_table *
state_table(const struct hmerge *m)
{
	struct out_table *t = state_new(NULL, 0, m->sig);
	static const char *const sname[3] = { "x", "y", "d" };
	struct state_text part = { NULL, 0, 0 };
	char fp[STATE_FPLEN];
	size_t k, j, row, ns;

	state_fingerprint(m->sig, fp);
	ns = m->o.paired ? 3 : m->ncols;
	for (k = 0; !m->group && k < ns && k < 3; k++)
		state_mom_put(t, state_record(t, 0, fp, sname[k]), 3, &m->s[k]);
	for (k = 0; m->group && k < group_table_count(m->lev); k++)
		for (j = 0; j < m->ncols; j++) {
			part.len = 0;
			state_text_fmt(&part, "%zu:", j);
			state_text_put(&part, group_table_key(m->lev, k, 0),
			    strlen(group_table_key(m->lev, k, 0)));
			state_mom_put(t, state_record(t, 0, fp, part.p), 3,
			    &m->ls[k * m->ncols + j]);
		}
	row = state_record(t, 0, fp, "left");
	out_num(t, row, 3, m->nokey);
	out_num(t, row, 4, m->dropped);
	state_end(t, 0, m->sig);
	free(part.p);
	return t;
}

/* The values of column col in rows where keep[] (or all), not missing. */
static size_t
values(const struct frame *f, size_t col, const char *keep, double *v)
{
	size_t i, n = 0;

	for (i = 0; i < f->nrows; i++)
		if ((keep == NULL || keep[i]) && !isnan(f->col[col].num[i]))
			v[n++] = f->col[col].num[i];
	return n;
}

/* The summaries of a chunk: samples, pairs, or levels. */
static void
chunk(struct hmerge *m, struct frame *f, const struct htest_spec *sp,
    double *v, double *w)
{
	size_t i, j, k, n;

	if (!m->group && m->o.paired) {
		const double *x = f->col[sp->cols[0]].num;
		const double *y = f->col[sp->cols[1]].num;

		for (i = n = 0; i < f->nrows; i++)
			if (!isnan(x[i]) && !isnan(y[i])) {
				v[n] = x[i];
				w[n++] = y[i];
			}
		m->dropped = (double)(f->nrows - n);
		state_mom_of(v, n, &m->s[0]);
		state_mom_of(w, n, &m->s[1]);
		for (i = 0; i < n; i++)
			v[i] -= w[i];
		state_mom_of(v, n, &m->s[2]);
	} else if (!m->group)
		for (k = 0; k < sp->ncols; k++)
			state_mom_of(v, values(f, sp->cols[k], NULL, v),
			    &m->s[k]);
	else {
		struct group *g = group_by(f, sp->group, 1, 0);
		char *keep = xmalloc(f->nrows + 1);

		for (k = 0; k < g->ngroups; k++) {
			const char *s = frame_text(f, *sp->group, g->first[k]);
			struct state_mom *ls;

			if (s == NULL) {
				for (i = 0; i < f->nrows; i++)
					m->nokey += g->gid[i] == k;
				continue;
			}
			ls = level_moms(m, s, strlen(s));
			for (i = 0; i < f->nrows; i++)
				keep[i] = g->gid[i] == k;
			for (j = 0; j < sp->ncols; j++)
				state_mom_of(v, values(f, sp->cols[j], keep, v),
				    &ls[j]);
		}
		free(keep);
		group_free(g);
	}
}

int
htest_state(struct frame *f, const struct htest_spec *sp,
    const struct htest_opts *o, struct out_table **tp, struct diag *d)
{
	struct hmerge *m;
	double *v, *w;
	size_t k;
	const char *comma;

	if (o->test == HTEST_RANK)
		return diag_set(d, STATUS_USAGE, "--partial: a rank test "
		    "needs every value (only ttest and ztest merge)");
	if (sp->nby > 0)
		return diag_set(d, STATUS_USAGE, "--partial: not with "
		    "--strata");
	if (sp->group != NULL && o->paired)
		return diag_set(d, STATUS_USAGE, "--partial: --paired with -g "
		    "pairs rows by their order; give the pairs as two "
		    "columns");
	if (sp->group == NULL && sp->levels != NULL)
		return diag_set(d, STATUS_USAGE, "--levels needs -g");
	if (sp->group == NULL && (sp->ncols > 2 || (sp->ncols == 1 &&
	    o->paired)))
		return diag_set(d, STATUS_USAGE, "-c: give one column (one "
		    "sample), two (two samples or pairs), or -g");
	comma = sp->levels != NULL ? strchr(sp->levels, ',') : NULL;
	if (sp->levels != NULL && (comma == NULL || strchr(comma + 1, ',') !=
	    NULL || strcmp(comma + 1, sp->levels) == 0 ||
	    (strlen(comma + 1) == (size_t)(comma - sp->levels) &&
	    strncmp(comma + 1, sp->levels, (size_t)(comma - sp->levels)) ==
	    0)))
		return diag_set(d, STATUS_USAGE, "--levels: \"%s\" is not two "
		    "levels such as a,b", sp->levels);
	for (k = 0; k < sp->ncols; k++)
		if (frame_numeric(f, sp->cols[k], d) != 0)
			return -1;
	m = xcalloc(1, sizeof(*m));
	m->o = *o;
	m->ncols = sp->ncols;
	m->group = sp->group != NULL;
	m->nnames = sp->ncols + (size_t)m->group;
	m->names = xcalloc(m->nnames, sizeof(*m->names));
	for (k = 0; k < m->nnames; k++)
		m->names[k] = xstrdup(f->col[k < sp->ncols ? sp->cols[k] :
		    *sp->group].name);
	m->levels = sp->levels != NULL ? xstrdup(sp->levels) : NULL;
	m->lev = group_table_new(1);
	v = xmalloc((f->nrows + 1) * sizeof(*v));
	w = xmalloc((f->nrows + 1) * sizeof(*w));
	chunk(m, f, sp, v, w);
	m->sig = make_sig(m);
	*tp = state_table(m);
	free(v);
	free(w);
	hmerge_free(m);
	return 0;
}

/* An integer flag 0 or 1 of the signature. */
static int
sig_flag(const char *sig, const char *key, int *x)
{
	size_t len;
	const char *v = state_sig_value(sig, key, &len);

	if (v == NULL || len != 1 || (*v != '0' && *v != '1'))
		return -1;
	*x = *v - '0';
	return 0;
}

/* A number of the signature, or with y two "x/y". */
static int
sig_num(const char *sig, const char *key, double *x, double *y)
{
	char *v = state_sig_dup(sig, key), *end;
	int rc;

	if (v == NULL)
		return -1;
	*x = strtod(v, &end);
	if (y != NULL && *end == '/')
		*y = strtod(end + 1, &end);
	rc = *end == '\0' && end != v ? 0 : -1;
	free(v);
	return rc;
}

static void *
hmerge_open(const char *sig, struct diag *d)
{
	struct hmerge *m = xcalloc(1, sizeof(*m));
	char *v;
	int ok = 1;

	m->o.test = strncmp(sig, "ztest;", 6) == 0 ? HTEST_Z : HTEST_T;
	ok &= sig_flag(sig, "group", &m->group) == 0;
	ok &= sig_flag(sig, "paired", &m->o.paired) == 0;
	ok &= sig_flag(sig, "equal_var", &m->o.equal_var) == 0;
	ok &= sig_flag(sig, "effect_ci", &m->o.effect_ci) == 0;
	if ((v = state_sig_dup(sig, "names")) != NULL)
		state_split_names(v, &m->names, &m->nnames);
	free(v);
	if ((v = state_sig_dup(sig, "levels")) != NULL && *v != '\0') {
		char **l = NULL;
		size_t nl = 0;

		state_split_names(v, &l, &nl);
		ok &= nl == 2;
		if (nl == 2) {
			m->levels = xmalloc(strlen(l[0]) + strlen(l[1]) + 2);
			sprintf(m->levels, "%s,%s", l[0], l[1]);
		}
		while (nl > 0)
			free(l[--nl]);
		free(l);
	}
	free(v);
	if ((v = state_sig_dup(sig, "alt")) == NULL || alt_parse(v,
	    &m->o.alt) != 0)
		ok = 0;
	free(v);
	ok &= sig_num(sig, "mu", &m->o.mu, NULL) == 0;
	ok &= sig_num(sig, "level", &m->o.conf_level, NULL) == 0 &&
	    m->o.conf_level > 0 && m->o.conf_level < 1;
	ok &= sig_num(sig, "sigma", &m->o.sigma1, &m->o.sigma2) == 0;
	m->ncols = m->nnames - (m->nnames > 0 ? (size_t)m->group : 0);
	if (!ok || m->ncols == 0 || (!m->group && m->ncols > 2) ||
	    (m->o.paired && (m->group || m->ncols != 2)) ||
	    (m->levels != NULL && !m->group))
		goto bad;
	m->lev = group_table_new(1);
	m->sig = make_sig(m);
	if (strcmp(m->sig, sig) != 0)	/* fields this statpipe does not know */
		goto bad;
	return m;
bad:
	hmerge_free(m);
	diag_set(d, STATUS_DATA, "not a statpipe state: a bad signature");
	return NULL;
}

static int
hmerge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct hmerge *m = arg;
	struct state_mom b;
	unsigned long j;
	double v[2];
	char *end;

	if (strcmp(part, "left") == 0) {
		if (state_nums(f, 2, v, d) != 0)
			return -1;
		m->nokey += v[0];
		m->dropped += v[1];
		return 0;
	}
	if (state_mom_read(f, &b, d) != 0)
		return -1;
	if (!m->group) {
		j = strcmp(part, "x") == 0 ? 0 : strcmp(part, "y") == 0 ? 1 :
		    strcmp(part, "d") == 0 ? 2 : 3;
		if (j >= (m->o.paired ? 3 : m->ncols))
			return diag_set(d, STATUS_DATA, "not a statpipe state: "
			    "a bad sample \"%.40s\"", part);
		state_mom_merge(&m->s[j], &b);
		return 0;
	}
	j = strtoul(part, &end, 10);
	if (*end != ':' || end[1] == '\0' || j >= m->ncols || part[0] < '0' ||
	    part[0] > '9')
		return diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "sample \"%.40s\"", part);
	state_mom_merge(&level_moms(m, end + 1, strlen(end + 1))[j], &b);
	return 0;
}

static void
summary_of(const struct state_mom *s, struct htest_summary *h)
{
	h->n = (size_t)s->n;
	h->mean = s->n > 0 ? s->mean : NAN;
	h->var = s->n > 1 ? s->m2 / (s->n - 1) : NAN;
}

/* The two levels tested: --levels', or the only two, in R's order. */
static int
find_levels(struct hmerge *m, size_t lev[2], struct diag *d)
{
	size_t n = group_table_count(m->lev), *order, k, len;
	const char *w;

	if (m->levels != NULL) {
		for (k = 0; k < 2; k++) {
			w = k ? strchr(m->levels, ',') + 1 : m->levels;
			len = k ? strlen(w) : strcspn(w, ",");
			lev[k] = group_table_find(m->lev, group_table_hash(
			    m->lev, &w, &len), &w, &len);
			if (lev[k] == (size_t)-1) {
				diag_set(d, STATUS_DATA, "--levels: \"%.*s\" "
				    "is not a level in any state", (int)len, w);
				diag_column(d, m->names[m->ncols]);
				return -1;
			}
		}
		return 0;
	}
	if (n != 2) {
		diag_set(d, STATUS_DATA, "%zu level%s in the states; a "
		    "two-sample test needs exactly 2 (pick two with --levels)",
		    n, n == 1 ? "" : "s");
		diag_column(d, m->names[m->ncols]);
		return -1;
	}
	order = group_table_order(m->lev);
	lev[0] = order[0];
	lev[1] = order[1];
	free(order);
	return 0;
}

static int
hmerge_result(void *arg, int partial, struct out_table **tp, struct diag *d)
{
	struct hmerge *m = arg;
	struct htest_summary x, y, dif = { 0, NAN, NAN };
	const char *names[2] = { NULL, NULL };
	struct htest_result r;
	struct out_table *t;
	size_t lev[2], j, row, ntest = m->group ? m->ncols : 1;
	int two = m->group || m->ncols == 2;

	if (partial) {
		*tp = state_table(m);
		return 0;
	}
	if (m->group && find_levels(m, lev, d) != 0)
		return -1;
	t = htest_table_new(NULL, 0, ntest > 1, m->group, &m->o);
	if (m->group) {
		names[0] = group_table_key(m->lev, lev[0], 0);
		names[1] = group_table_key(m->lev, lev[1], 0);
	}
	for (j = 0; j < ntest; j++) {
		if (m->group) {
			summary_of(&m->ls[lev[0] * m->ncols + j], &x);
			summary_of(&m->ls[lev[1] * m->ncols + j], &y);
		} else {
			summary_of(&m->s[0], &x);
			summary_of(&m->s[1], &y);
			summary_of(&m->s[2], &dif);
		}
		htest_summaries(&m->o, &x, two ? &y : NULL, &dif, &r);
		row = out_row(t);
		if (ntest > 1)
			out_text(t, row, 0, m->names[j]);
		htest_put_result(t, row, ntest > 1, &m->o, &r, two, names);
		if (r.undefined != NULL)
			diag_warn("column \"%s\": test undefined: %s",
			    m->names[j], r.undefined);
	}
	if (m->nokey > 0)
		diag_warn("%.0f row%s with a missing \"%s\" left out",
		    m->nokey, m->nokey == 1 ? "" : "s", m->names[m->ncols]);
	if (m->dropped > 0)
		diag_warn("%.0f pair%s with a missing value left out",
		    m->dropped, m->dropped == 1 ? "" : "s");
	*tp = t;
	return 0;
}

const struct state_ops htest_state_ops = {
	{ "ttest", "ztest", NULL }, hmerge_open, hmerge_add, hmerge_result,
	hmerge_free
};
