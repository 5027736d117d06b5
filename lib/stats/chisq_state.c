/*
 * chisq_state: --partial of chisq on raw data (chisq.h, state.h).  A state
 * is the part's contingency table: records "row" and "col" (field 1 a
 * level: a level is one wherever its column has a value, as in R's
 * table()), "cell" (row level, column level, count; cells of 0 left out)
 * and "left" (rows with a missing value).  Counts add exactly (weights of
 * --count up to rounding); the merge builds the whole table, levels
 * sorted as chisq_table_counted() sorts them, and runs the test.
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
#include "stats/chisq.h"
#include "stats/state.h"

struct cmerge {
	char		*sig;
	char		*names[3];	/* a, b (NULL: fit), count (or NULL) */
	char		*pspec;		/* --gof --p, or NULL */
	int		 gof, rescale, cells;
	struct chisq_opts o;
	struct group_table *rows, *cols, *cell;	/* cell: (row, col) */
	double		*x;		/* per cell */
	size_t		 cap;
	double		 left;
};

static void
cmerge_free(void *arg)
{
	struct cmerge *m = arg;
	size_t k;

	if (m == NULL)
		return;
	for (k = 0; k < 3; k++)
		free(m->names[k]);
	free(m->pspec);
	free(m->sig);
	group_table_free(m->rows);
	group_table_free(m->cols);
	group_table_free(m->cell);
	free(m->x);
	free(m);
}

static struct cmerge *
cmerge_new(void)
{
	struct cmerge *m = xcalloc(1, sizeof(*m));

	m->rows = group_table_new(1);
	m->cols = group_table_new(1);
	m->cell = group_table_new(2);
	return m;
}

static char *
make_sig(const struct cmerge *m)
{
	struct state_text t = { NULL, 0, 0 };

	state_text_fmt(&t, "chisq;names=");
	state_text_name(&t, m->names[0]);
	if (m->names[1] != NULL) {
		state_text_put(&t, ",", 1);
		state_text_name(&t, m->names[1]);
	}
	state_text_fmt(&t, ";count=");
	if (m->names[2] != NULL)
		state_text_name(&t, m->names[2]);
	state_text_fmt(&t, ";p=");
	if (m->pspec != NULL)
		state_text_name(&t, m->pspec);
	/* (state_text_fmt() writes at most 127 bytes at a time) */
	state_text_fmt(&t, ";gof=%d;rescale=%d;cells=%d;method=%d;correct=%d",
	    m->gof, m->rescale, m->cells, (int)m->o.method, m->o.correct);
	state_text_fmt(&t, ";simulate=%ld;seed=%lu;alt=%s", m->o.simulate,
	    m->o.seed, alt_name(m->o.alternative));
	state_text_fmt(&t, ";level=%a;max_steps=%a;effect_ci=%d",
	    m->o.conf_level, m->o.max_steps, m->o.effect_ci);
	return t.p;
}

static void
add_level(struct group_table *g, const char *s)
{
	size_t len = strlen(s);

	(void)group_table_id(g, &s, &len);
}

static void
add_cell(struct cmerge *m, const char *r, const char *c, double w)
{
	const char *key[2] = { r, c };
	size_t len[2] = { strlen(r), strlen(c) };
	size_t id = group_table_id(m->cell, key, len);

	if (id >= m->cap) {
		size_t old = m->cap;

		m->x = xgrow(m->x, &m->cap, id + 1, sizeof(*m->x));
		memset(m->x + old, 0, (m->cap - old) * sizeof(*m->x));
	}
	m->x[id] += w;
}

static struct out_table *
state_table(const struct cmerge *m)
{
	struct out_table *t = state_new(NULL, 0, m->sig);
	char fp[STATE_FPLEN];
	size_t k, row;

	state_fingerprint(m->sig, fp);
	for (k = 0; k < group_table_count(m->rows); k++)
		out_text(t, state_record(t, 0, fp, "row"), 3,
		    group_table_key(m->rows, k, 0));
	for (k = 0; k < group_table_count(m->cols); k++)
		out_text(t, state_record(t, 0, fp, "col"), 3,
		    group_table_key(m->cols, k, 0));
	for (k = 0; k < group_table_count(m->cell); k++) {
		if (m->x[k] == 0)
			continue;
		row = state_record(t, 0, fp, "cell");
		out_text(t, row, 3, group_table_key(m->cell, k, 0));
		out_text(t, row, 4, group_table_key(m->cell, k, 1));
		state_put_num(t, row, 5, m->x[k]);
	}
	row = state_record(t, 0, fp, "left");
	out_num(t, row, 3, m->left);
	state_end(t, 0, m->sig);
	return t;
}

int
chisq_state(struct frame *f, const struct chisq_request *q,
    struct out_table **tp, struct diag *d)
{
	struct cmerge *m;
	size_t *col = NULL, count = CHISQ_NONE, i;
	int ncol;

	if (q->table || q->matched)
		return diag_set(d, STATUS_USAGE, "--partial: raw data only (not "
		    "--table, --mcnemar or --cmh)");
	if (q->adjust || q->ref != NULL)
		return diag_set(d, STATUS_USAGE, "--partial: not with "
		    "--%s", q->adjust ? "p-adjust" : "ref");
	if ((ncol = frame_cols(f, q->cols, &col, d)) < 0)
		return -1;
	if (ncol != (q->gof ? 1 : 2)) {
		free(col);
		return diag_set(d, STATUS_USAGE, q->gof ? "-c: --gof needs one "
		    "column, not %d" : "-c: a test of independence needs two "
		    "columns, not %d", ncol);
	}
	if (q->count != NULL && (frame_col1(f, q->count, "--count: name one "
	    "column", &count, d) != 0 || chisq_check_counts(f, count,
	    d) != 0)) {
		free(col);
		return -1;
	}
	m = cmerge_new();
	m->names[0] = xstrdup(f->col[col[0]].name);
	m->names[1] = q->gof ? NULL : xstrdup(f->col[col[1]].name);
	m->names[2] = count != CHISQ_NONE ? xstrdup(f->col[count].name) :
	    NULL;
	m->pspec = q->pspec != NULL ? xstrdup(q->pspec) : NULL;
	m->gof = q->gof;
	m->rescale = q->rescale;
	m->cells = q->cells;
	m->o = q->o;
	for (i = 0; i < f->nrows; i++) {
		const char *a = frame_text(f, col[0], i);
		const char *b = q->gof ? "" : frame_text(f, col[1], i);

		if (a != NULL)
			add_level(m->rows, a);
		if (b != NULL && !q->gof)
			add_level(m->cols, b);
		if (a == NULL || b == NULL)
			m->left++;
		else
			add_cell(m, a, b, count != CHISQ_NONE ?
			    f->col[count].num[i] : 1);
	}
	free(col);
	m->sig = make_sig(m);
	*tp = state_table(m);
	cmerge_free(m);
	return 0;
}

/* An integer field of the signature, or -1 (also when it is bad). */
static long
sig_long(const char *sig, const char *key)
{
	char *v = state_sig_dup(sig, key), *end;
	long x = -1;

	if (v != NULL) {
		x = strtol(v, &end, 10);
		if (*end != '\0' || end == v)
			x = -1;
	}
	free(v);
	return x;
}

/* A name of the signature (%XX undone), or NULL if it is empty. */
static char *
sig_name(const char *sig, const char *key, int *ok)
{
	char *v = state_sig_dup(sig, key), **n = NULL, *s = NULL;
	size_t nn = 0;

	if (v == NULL) {
		*ok = 0;
		return NULL;
	}
	if (*v != '\0')
		state_split_names(v, &n, &nn);
	*ok &= nn <= 1;
	if (nn == 1)
		s = n[0];
	else
		while (nn > 0)
			free(n[--nn]);
	free(n);
	free(v);
	return s;
}

static void *
cmerge_open(const char *sig, struct diag *d)
{
	struct cmerge *m = cmerge_new();
	char *v, **n = NULL, *end;
	size_t nn = 0;
	long x;
	int ok = 1;

	if ((v = state_sig_dup(sig, "names")) != NULL)
		state_split_names(v, &n, &nn);
	free(v);
	ok &= nn == 1 || nn == 2;
	if (nn >= 1)
		m->names[0] = n[0];
	if (nn >= 2)
		m->names[1] = n[1];
	while (nn > 2)
		free(n[--nn]);
	free(n);
	m->names[2] = sig_name(sig, "count", &ok);
	m->pspec = sig_name(sig, "p", &ok);
	m->gof = (int)sig_long(sig, "gof");
	m->rescale = (int)sig_long(sig, "rescale");
	m->cells = (int)sig_long(sig, "cells");
	m->o.method = (enum chisq_method)sig_long(sig, "method");
	m->o.correct = (int)sig_long(sig, "correct");
	m->o.simulate = sig_long(sig, "simulate");
	m->o.effect_ci = (int)sig_long(sig, "effect_ci");
	if ((v = state_sig_dup(sig, "seed")) != NULL)
		m->o.seed = strtoul(v, &end, 10);
	free(v);
	ok &= (v = state_sig_dup(sig, "alt")) != NULL && alt_parse(v,
	    &m->o.alternative) == 0;
	free(v);
	if ((v = state_sig_dup(sig, "level")) != NULL)
		m->o.conf_level = strtod(v, &end);
	free(v);
	if ((v = state_sig_dup(sig, "max_steps")) != NULL)
		m->o.max_steps = strtod(v, &end);
	free(v);
	x = (long)m->o.method;
	ok &= m->gof >= 0 && m->rescale >= 0 && m->cells >= 0 && x >= 0 &&
	    x <= CHISQ_FISHER && m->o.correct >= 0 && m->o.simulate >= 0 &&
	    m->o.effect_ci >= 0 && (m->gof == 1) == (m->names[1] == NULL);
	if (ok) {
		m->sig = make_sig(m);
		ok = strcmp(m->sig, sig) == 0;
	}
	if (!ok) {
		cmerge_free(m);
		diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "signature");
		return NULL;
	}
	return m;
}

static int
cmerge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct cmerge *m = arg;
	double x;

	if (strcmp(part, "row") == 0 && f[0][0] != '\0')
		add_level(m->rows, f[0]);
	else if (strcmp(part, "col") == 0 && f[0][0] != '\0' && !m->gof)
		add_level(m->cols, f[0]);
	else if (strcmp(part, "left") == 0) {
		if (state_nums(f, 1, &x, d) != 0)
			return -1;
		m->left += x;
	} else if (strcmp(part, "cell") == 0 && f[0][0] != '\0' &&
	    (f[1][0] != '\0') != m->gof) {
		if (state_nums(f + 2, 1, &x, d) != 0)
			return -1;
		if (!(x >= 0) || isinf(x))
			return diag_set(d, STATUS_DATA, "not a statpipe state: "
			    "a bad count");
		add_cell(m, f[0], f[1], x);
	} else
		return diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "record \"%.40s\"", part);
	return 0;
}

/* The levels of a column in R's order, or an error as chisq's. */
static size_t *
sorted(struct group_table *g, const char *name, size_t *n, struct diag *d)
{
	*n = group_table_count(g);
	if (*n == 0)
		diag_set(d, STATUS_DATA, "no values");
	else if (*n == 1)
		diag_set(d, STATUS_DATA, "only one level (\"%s\"); a test "
		    "needs at least two", group_table_key(g, 0, 0));
	if (*n < 2) {
		diag_column(d, name);
		return NULL;
	}
	return group_table_order(g);
}

/* The whole table: every level, its cells' counts. */
static struct chisq_table *
whole(struct cmerge *m, struct diag *d)
{
	struct chisq_table *t = NULL;
	size_t nr, nc = 1, *ro, *co = NULL, *rpos, *cpos, k;

	if ((ro = sorted(m->rows, m->names[0], &nr, d)) == NULL)
		return NULL;
	if (!m->gof && (co = sorted(m->cols, m->names[1], &nc, d)) == NULL) {
		free(ro);
		return NULL;
	}
	t = xcalloc(1, sizeof(*t));
	t->nr = nr;
	t->nc = nc;
	t->rname = xcalloc(nr, sizeof(*t->rname));
	t->cname = xcalloc(nc, sizeof(*t->cname));
	t->x = xcalloc(nr * nc, sizeof(*t->x));
	t->dropped = (size_t)m->left;
	rpos = xcalloc(nr, sizeof(*rpos));
	cpos = xcalloc(nc, sizeof(*cpos));
	for (k = 0; k < nr; k++) {
		rpos[ro[k]] = k;
		t->rname[k] = xstrdup(group_table_key(m->rows, ro[k], 0));
	}
	for (k = 0; k < nc; k++) {
		cpos[m->gof ? 0 : co[k]] = k;
		t->cname[k] = xstrdup(m->gof ? m->names[0] :
		    group_table_key(m->cols, co[k], 0));
	}
	for (k = 0; k < group_table_count(m->cell); k++) {
		const char *key[2] = { group_table_key(m->cell, k, 0),
		    group_table_key(m->cell, k, 1) };
		size_t len[2] = { strlen(key[0]), strlen(key[1]) };
		size_t r = group_table_find(m->rows, group_table_hash(m->rows,
		    key, len), key, len), c = 0;

		if (!m->gof)
			c = group_table_find(m->cols, group_table_hash(m->cols,
			    key + 1, len + 1), key + 1, len + 1);
		if (r == (size_t)-1 || c == (size_t)-1) {
			chisq_table_free(t);
			t = NULL;
			diag_set(d, STATUS_DATA, "not a statpipe state: a cell "
			    "of no level");
			break;
		}
		t->x[rpos[r] * nc + (m->gof ? 0 : cpos[c])] += m->x[k];
	}
	free(ro);
	free(co);
	free(rpos);
	free(cpos);
	return t;
}

static int
cmerge_result(void *arg, int partial, struct out_table **tp, struct diag *d)
{
	struct cmerge *m = arg;
	struct chisq_table *t;
	struct chisq_result r;
	int rc;

	if (partial) {
		*tp = state_table(m);
		return 0;
	}
	if ((t = whole(m, d)) == NULL)
		return -1;
	if (m->gof && chisq_set_p(t, m->pspec, m->rescale, d) != 0) {
		chisq_table_free(t);
		return -1;
	}
	if (t->dropped > 0)
		diag_warn("%zu row%s with a missing value left out",
		    t->dropped, t->dropped == 1 ? "" : "s");
	if (m->cells)
		rc = chisq_cells(t, tp, d);
	else if ((rc = chisq_test(t, &m->o, &r, d)) == 0)
		*tp = chisq_result_table(&r);
	chisq_table_free(t);
	return rc;
}

const struct state_ops chisq_state_ops = {
	{ "chisq", NULL, NULL }, cmerge_open, cmerge_add, cmerge_result,
	cmerge_free
};
