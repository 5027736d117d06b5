/* padjust: p-values adjusted for multiple comparisons, as R's p.adjust. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/out.h"
#include "stats/padjust.h"

static const struct {
	const char		*name;
	enum padjust_method	 m;
} methods[] = {
	{ "holm", PADJUST_HOLM }, { "hochberg", PADJUST_HOCHBERG },
	{ "hommel", PADJUST_HOMMEL }, { "bonferroni", PADJUST_BONFERRONI },
	{ "BH", PADJUST_BH }, { "BY", PADJUST_BY }, { "none", PADJUST_NONE },
	{ "fdr", PADJUST_BH }
};

const char padjust_names[] =
    "holm, hochberg, hommel, bonferroni, BH (fdr), BY, none";

int
padjust_parse_method(const char *s, enum padjust_method *m)
{
	size_t i;

	for (i = 0; i < sizeof(methods) / sizeof(methods[0]); i++)
		if (strcmp(s, methods[i].name) == 0) {
			*m = methods[i].m;
			return 0;
		}
	return -1;
}

const char *
padjust_method_name(enum padjust_method m)
{
	return methods[m].name;	/* the first rows are in enum order */
}

/* For sorting indices by p, ties by index: R's order() is stable. */
static const double *sort_p;

static int
cmp_up(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	if (sort_p[i] != sort_p[j])
		return sort_p[i] < sort_p[j] ? -1 : 1;
	return i < j ? -1 : i > j;
}

/* Hommel's method on n > 2 sorted p-values, into pa[] (as R's loop). */
static void
hommel(const double *p, size_t n, double *pa)
{
	double *q = xmalloc(n * sizeof(*q)), m = INFINITY, q1;
	size_t i, j, k;

	for (i = 0; i < n; i++)
		m = fmin(m, n * p[i] / (double)(i + 1));
	for (i = 0; i < n; i++)
		q[i] = pa[i] = m;
	for (j = n - 1; j >= 2; j--) {
		q1 = INFINITY;
		for (k = n - j + 1; k < n; k++)
			q1 = fmin(q1, j * p[k] / (double)(k - (n - j + 1) + 2));
		for (k = 0; k <= n - j; k++)
			q[k] = fmin(j * p[k], q1);
		for (k = n - j + 1; k < n; k++)
			q[k] = q[n - j];
		for (k = 0; k < n; k++)
			pa[k] = fmax(pa[k], q[k]);
	}
	for (k = 0; k < n; k++)
		pa[k] = fmax(pa[k], p[k]);
	free(q);
}

void
padjust(const double *p, size_t n, enum padjust_method m, double *out)
{
	size_t *o = xmalloc((n ? n : 1) * sizeof(*o)), lp = 0, i;
	double *s, *a, c = 1, run;

	for (i = 0; i < n; i++)
		if (!isnan(p[i]))
			o[lp++] = i;
	if (out != p)
		memcpy(out, p, n * sizeof(*out));
	if (lp <= 1 || m == PADJUST_NONE) {
		free(o);
		return;
	}
	if (lp == 2 && m == PADJUST_HOMMEL)
		m = PADJUST_HOCHBERG;
	sort_p = p;
	qsort(o, lp, sizeof(*o), cmp_up);
	s = xmalloc(lp * sizeof(*s));
	a = xmalloc(lp * sizeof(*a));
	for (i = 0; i < lp; i++)
		s[i] = p[o[i]];
	if (m == PADJUST_BY)
		for (c = 0, i = 1; i <= lp; i++)
			c += 1.0 / i;
	switch (m) {
	case PADJUST_BONFERRONI:
		for (i = 0; i < lp; i++)
			a[i] = fmin(1, lp * s[i]);
		break;
	case PADJUST_HOLM:	/* step down: running maximum from the smallest */
		for (run = 0, i = 0; i < lp; i++) {
			run = fmax(run, (double)(lp - i) * s[i]);
			a[i] = fmin(1, run);
		}
		break;
	case PADJUST_HOMMEL:
		hommel(s, lp, a);
		break;
	default:		/* step up: running minimum from the largest */
		for (run = INFINITY, i = lp; i-- > 0;) {
			run = fmin(run, m == PADJUST_HOCHBERG ?
			    (double)(lp - i) * s[i] :
			    c * ((double)lp / (double)(i + 1)) * s[i]);
			a[i] = fmin(1, run);
		}
	}
	for (i = 0; i < lp; i++)
		out[o[i]] = a[i];
	free(o);
	free(s);
	free(a);
}

int
padjust_frame(struct frame *f, size_t col, enum padjust_method m,
    struct out_table **tp, struct diag *dg)
{
	struct out_table *t;
	double *adj, x;
	size_t i, j, row;

	if (frame_numeric(f, col, dg) != 0)
		return -1;
	for (i = 0; i < f->nrows; i++) {
		x = f->col[col].num[i];
		if (!isnan(x) && !(x >= 0 && x <= 1)) {
			diag_set(dg, STATUS_DATA, "\"%s\" is not a p-value in "
			    "[0, 1]", frame_text(f, col, i));
			frame_where(f, i, dg);
			dg->column = f->col[col].name;
			return -1;
		}
	}
	adj = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*adj));
	padjust(f->col[col].num, f->nrows, m, adj);
	t = out_new();
	for (j = 0; j < f->ncols; j++)
		out_column(t, f->col[j].name);
	out_column(t, "p_adj");
	out_reserve(t, f->nrows);
	for (i = 0; i < f->nrows; i++) {
		row = out_row(t);
		for (j = 0; j < f->ncols; j++)	/* passed through */
			frame_out_cell(f, j, i, 0, t, row, j);
		out_num(t, row, f->ncols, adj[i]);
	}
	free(adj);
	*tp = t;
	return 0;
}

int
padjust_table(struct out_table **tp, enum padjust_method m, struct diag *dg)
{
	struct out_table *t = *tp, *a;
	double *p, *adj;
	size_t i, j, k, pc, row, off, n = t->nrows ? t->nrows : 1;

	for (pc = 0; pc < t->ncols && strcmp(t->name[pc], "p_value") != 0;
	    pc++)
		;
	if (pc == t->ncols) {
		diag_set(dg, STATUS_USAGE, "--p-adjust: this output has no "
		    "p_value column");
		return -1;
	}
	p = xmalloc(n * sizeof(*p));
	adj = xmalloc(n * sizeof(*adj));
	for (i = 0; i < t->nrows; i++) {
		k = i * t->ncols + pc;
		/* a text or out-of-range cell is no p-value: R's NA */
		p[i] = t->textoff[k] == 0 && t->cell[k].num >= 0 &&
		    t->cell[k].num <= 1 ? t->cell[k].num : NAN;
	}
	padjust(p, t->nrows, m, adj);
	a = out_new();
	for (j = 0; j < t->ncols; j++) {
		out_column(a, t->name[j]);
		if (j == pc)
			out_column(a, "p_adj");
	}
	out_reserve(a, t->nrows);
	for (i = 0; i < t->nrows; i++) {
		row = out_row(a);
		for (j = 0; j < t->ncols; j++) {
			k = i * t->ncols + j;
			off = t->textoff[k];
			if (off != 0)
				out_text(a, row, j + (j > pc), t->arena +
				    off - 1);
			else
				out_num(a, row, j + (j > pc), t->cell[k].num);
		}
		out_num(a, row, pc + 1, adj[i]);
	}
	free(p);
	free(adj);
	out_free(t);
	*tp = a;
	return 0;
}
