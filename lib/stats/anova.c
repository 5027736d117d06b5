/* anova: one- and two-way ANOVA, Welch, Kruskal-Wallis, homogeneity tests. */
#include <assert.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_vector.h>

#include "stats/quantile.h"
#include "stats/anova.h"
#include "stats/blocks.h"
#include "stats/effect.h"
#include "core/cols.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "frame/group_table.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/rank.h"
#include "stats/state.h"
#include "stats/tukey.h"
#include "core/xalloc.h"
#include "stats/tail.h"

/*
 * The rows of one stratum in model form.  Without strata, y and cell are
 * the frame's own response numbers and codes of the first factor,
 * overwritten: no copy of a column.
 */
struct sample {
	size_t	 n;		/* rows used */
	double	*y;		/* response: exact deviation from the origin */
	double	 origin;	/* the first response, rounding restored */
	size_t	 nfac;		/* 1 or 2 */
	size_t	 nlev[2];	/* levels present, in R's factor order */
	uint32_t *levcode[2];	/* per level: its code in the frame */
	uint32_t *cell;		/* per row: level of A * nlev[1] + level of
				   B; the level with one factor */
	size_t	 ncell;		/* nlev[0] * nlev[1] */
	int	 owned;		/* y and cell are not the frame's */
};

/* A factor's levels in R's order: the codes, sorted as group_by() does. */
struct factor {
	struct frame_col *col;
	size_t	*order;		/* group_table_order() of its levels */
	size_t	 n;		/* levels in the frame */
};

/*
 * --ref COL=LEVEL[,COL=LEVEL]: LEVEL first among the levels of factor COL
 * (one of the nfac), the rest in R's order, as R's relevel().
 */
static int
factor_ref(struct factor *fa, size_t nfac, const char *ref, struct diag *d)
{
	const char *p = ref, *c, *lev;
	size_t j, k, id, nc, nl;
	int more;

	while ((more = levels_ref_next(&p, ref, &c, &nc, &lev, &nl, d)) > 0) {
		for (j = 0; j < nfac && !levels_is(fa[j].col->name, c, nc); j++)
			;
		if (j == nfac)
			return diag_set(d, STATUS_USAGE, "--ref: \"%.*s\" is "
			    "not a -g factor", (int)nc, c);
		for (k = 0; k < fa[j].n && !levels_is(group_table_key(
		    fa[j].col->levels, fa[j].order[k], 0), lev, nl); k++)
			;
		if (k == fa[j].n)
			return diag_set(d, STATUS_USAGE, "--ref: \"%.*s\" is "
			    "not a level of factor \"%s\"", (int)nl, lev,
			    fa[j].col->name);
		id = fa[j].order[k];
		memmove(fa[j].order + 1, fa[j].order, k * sizeof(*fa->order));
		fa[j].order[0] = id;
	}
	return more;
}

/* Count, mean and within sum of squares of each cell (or group). */
struct cells {
	size_t	 n;		/* cells */
	size_t	*cnt;		/* values per cell */
	double	*mean;
	double	*ss;		/* sum of squared deviations from the mean */
};

static void
cells_free(struct cells *c)
{
	free(c->cnt);
	free(c->mean);
	free(c->ss);
}

/*
 * Compensated sums give correctly rounded means; the corrected two-pass
 * formula (Chan, Golub and LeVeque) the sums of squares.  No cell[]: one
 * cell of all values.
 */
static void
cells_of(const double *v, const uint32_t *cell, size_t n, size_t ncell,
    struct cells *c)
{
	double *sum = xcalloc(ncell + 1, sizeof(*sum));
	double *comp = xcalloc(ncell + 1, sizeof(*comp));
	double *dev = xcalloc(ncell + 1, sizeof(*dev));
	size_t i;

	c->n = ncell;
	c->cnt = xcalloc(ncell + 1, sizeof(*c->cnt));
	c->mean = xcalloc(ncell + 1, sizeof(*c->mean));
	c->ss = xcalloc(ncell + 1, sizeof(*c->ss));
	for (i = 0; i < n; i++) {
		size_t k = cell != NULL ? cell[i] : 0;
		double t = sum[k] + v[i];

		comp[k] += fabs(sum[k]) >= fabs(v[i]) ? (sum[k] - t) + v[i] :
		    (v[i] - t) + sum[k];
		sum[k] = t;
		c->cnt[k]++;
	}
	for (i = 0; i < ncell; i++)
		if (c->cnt[i] > 0) {
			double m = (double)c->cnt[i], q = sum[i] / m;

			c->mean[i] = q + (fma(-q, m, sum[i]) + comp[i]) / m;
		}
	for (i = 0; i < n; i++) {
		size_t k = cell != NULL ? cell[i] : 0;
		double e = v[i] - c->mean[k];

		c->ss[k] += e * e;
		dev[k] += e;
	}
	for (i = 0; i < ncell; i++)
		if (c->cnt[i] > 0)
			c->ss[i] -= dev[i] * dev[i] / (double)c->cnt[i];
	free(sum);
	free(comp);
	free(dev);
}

/* The blocks of columns of the model, in R's order. */
enum { B_INT, B_A, B_B, B_AB, NBLOCK };

/*
 * The model on the cells with values: each row is a cell, weighted by the
 * square root of its count, so that projections of the cell means equal
 * those of the rows.  Factors are coded sum-to-zero (contr.sum), which
 * type III needs and types I and II do not notice.
 */
struct design {
	size_t	 m;		/* cells with values */
	double	*yb;		/* sqrt(count) * mean deviation */
	double	*ytrue;		/* sqrt(count) * mean response */
	size_t	 ncol[NBLOCK];
	double	*col[NBLOCK];	/* m x ncol, column-major */
};

static double
contr_sum(size_t lev, size_t j, size_t nlev)
{
	return lev == j ? 1 : lev == nlev - 1 ? -1 : 0;
}

static void
design_of(const struct sample *s, const struct cells *c, struct design *des)
{
	size_t la = s->nlev[0], lb = s->nfac == 2 ? s->nlev[1] : 1;
	size_t i, j, k, r, m = 0;

	memset(des, 0, sizeof(*des));
	for (i = 0; i < c->n; i++)
		m += c->cnt[i] > 0;
	des->m = m;
	des->ncol[B_INT] = 1;
	des->ncol[B_A] = la - 1;
	if (s->nfac == 2) {
		des->ncol[B_B] = lb - 1;
		des->ncol[B_AB] = (la - 1) * (lb - 1);
	}
	for (k = 0; k < NBLOCK; k++)
		des->col[k] = xcalloc(m * des->ncol[k] + 1, sizeof(double));
	des->yb = xmalloc((m + 1) * sizeof(double));
	des->ytrue = xmalloc((m + 1) * sizeof(double));
	for (r = i = 0; i < c->n; i++) {
		size_t a = i / lb, b = i % lb;
		double w;

		if (c->cnt[i] == 0)
			continue;
		w = sqrt((double)c->cnt[i]);
		des->yb[r] = w * c->mean[i];
		des->ytrue[r] = w * (s->origin + c->mean[i]);
		des->col[B_INT][r] = w;
		for (j = 0; j + 1 < la; j++)
			des->col[B_A][j * m + r] = w * contr_sum(a, j, la);
		for (j = 0; s->nfac == 2 && j + 1 < lb; j++)
			des->col[B_B][j * m + r] = w * contr_sum(b, j, lb);
		for (j = 0; j < des->ncol[B_AB]; j++)
			des->col[B_AB][j * m + r] = w *
			    contr_sum(a, j / (lb - 1), la) *
			    contr_sum(b, j % (lb - 1), lb);
		r++;
	}
}

static void
design_free(struct design *des)
{
	size_t k;

	for (k = 0; k < NBLOCK; k++)
		free(des->col[k]);
	free(des->yb);
	free(des->ytrue);
}

/*
 * Fit the blocks in the given order: a Householder QR of their columns,
 * where a column whose norm left after the earlier ones is below 1e-7 of
 * its own is aliased and left out (R's dqrdc2).  Per block of the order:
 * df[k] columns kept and ss[k] the sum of their squared effects; *rss the
 * squares of the effects beyond the rank.
 */
static void
effects(const struct design *des, const double *y, const int *order,
    size_t norder, size_t *df, double *ss, double *rss)
{
	size_t m = des->m, p = 0, k, j, jj, rank = 0, at;
	double *x, *r, *norm0;
	gsl_vector_view yv;

	for (k = 0; k < norder; k++)
		p += des->ncol[order[k]];
	x = xmalloc((m * p + 1) * sizeof(*x));
	norm0 = xmalloc((p + 1) * sizeof(*norm0));
	r = xmalloc((m + 1) * sizeof(*r));
	memcpy(r, y, m * sizeof(*r));
	for (at = k = 0; k < norder; k++) {
		memcpy(x + at * m, des->col[order[k]],
		    m * des->ncol[order[k]] * sizeof(*x));
		at += des->ncol[order[k]];
	}
	for (j = 0; j < p; j++) {
		gsl_vector_view v = gsl_vector_view_array(x + j * m, m);

		norm0[j] = gsl_blas_dnrm2(&v.vector);
	}
	for (at = k = 0; k < norder; k++) {
		df[k] = 0;
		ss[k] = 0;
		for (j = at; j < at + des->ncol[order[k]]; j++) {
			gsl_vector_view v;
			double tau, nrm;

			if (rank >= m)
				continue;
			v = gsl_vector_view_array(x + j * m + rank, m - rank);
			nrm = gsl_blas_dnrm2(&v.vector);
			if (nrm == 0 || nrm < 1e-7 * norm0[j])
				continue;	/* aliased */
			tau = gsl_linalg_householder_transform(&v.vector);
			for (jj = j + 1; jj < p; jj++) {
				gsl_vector_view w = gsl_vector_view_array(
				    x + jj * m + rank, m - rank);

				gsl_linalg_householder_hv(tau, &v.vector,
				    &w.vector);
			}
			yv = gsl_vector_view_array(r + rank, m - rank);
			gsl_linalg_householder_hv(tau, &v.vector, &yv.vector);
			ss[k] += r[rank] * r[rank];
			df[k]++;
			rank++;
		}
		at += des->ncol[order[k]];
	}
	*rss = 0;
	for (j = rank; j < m; j++)
		*rss += r[j] * r[j];
	free(x);
	free(norm0);
	free(r);
}

/* One row of an ANOVA table. */
struct term {
	const char	*name;
	size_t		 df;
	double		 ss;
};

/* The terms and residuals of a fit. */
struct fit {
	struct term	 t[NBLOCK];
	size_t		 nt;
	size_t		 df_res;
	double		 ss_res;
	double		 ss_tot;	/* total corrected sum of squares */
	size_t		 n;
};

/* The total corrected sum of squares of v, and its mean. */
static double
total_ss(const double *v, size_t n, double *mean)
{
	struct cells c;
	double ss;

	cells_of(v, NULL, n, 1, &c);
	ss = c.ss[0];
	*mean = c.mean[0];
	cells_free(&c);
	return ss;
}

/*
 * One factor, types I and II: between groups directly, no QR needed; the
 * grand mean gm and the total sum of squares given (the merge of states
 * has no values: NaN, from the cells).
 */
static void
fit_oneway(size_t nv, double gm, double ss_tot, const struct cells *c,
    const char *name, struct fit *fit)
{
	double between = 0, dev = 0, within = 0;
	size_t i, k = 0;

	if (isnan(gm)) {	/* the cells' mean: a long double sum */
		long double sum = 0;

		for (i = 0; i < c->n; i++)
			sum += (long double)c->cnt[i] * c->mean[i];
		gm = (double)(sum / (long double)nv);
	}
	for (i = 0; i < c->n; i++) {
		double e = c->mean[i] - gm, n = (double)c->cnt[i];

		if (c->cnt[i] == 0)
			continue;
		between += n * e * e;
		dev += n * e;
		within += c->ss[i];
		k++;
	}
	between -= dev * dev / (double)nv;	/* corrected two-pass */
	fit->ss_tot = isnan(ss_tot) ? between + within : ss_tot;
	fit->n = nv;
	fit->nt = 1;
	fit->t[0].name = name;
	fit->t[0].df = k - 1;
	fit->t[0].ss = between;
	fit->df_res = nv - k;
	fit->ss_res = within;
}

/*
 * The sums of squares of each term: type 1 sequential in the order
 * A, B, A:B; type 2 each term after those that do not contain it; type 3
 * each term (the intercept too) after all the others.
 */
static int
fit_model(const struct sample *s, const double *v, const uint32_t *cell,
    size_t ncell, int additive, int type, const char *const *names,
    struct fit *fit, struct diag *d)
{
	struct cells c;
	struct design des;
	int full[NBLOCK], order[NBLOCK], blocks[NBLOCK];
	size_t nfull = 0, nb = 0, df[NBLOCK], i, k, rank = 0, ncol = 0;
	double ss[NBLOCK], rss, within = 0, gm, m = 0;

	cells_of(v, cell, s->n, ncell, &c);
	if (s->nfac == 1 && type != 3) {
		double mean, tot = total_ss(v, s->n, &mean);

		fit_oneway(s->n, mean, tot, &c, names[B_A], fit);
		cells_free(&c);
		return 0;
	}
	for (i = 0; i < c.n; i++)
		m += c.cnt[i] > 0;
	if (m * (double)ncell > 5e7) {	/* the design would not fit */
		cells_free(&c);
		return diag_set(d, STATUS_DATA, "the model is too large: %.0f "
		    "cells by %zu columns", m, ncell);
	}
	design_of(s, &c, &des);
	full[nfull++] = B_INT;
	full[nfull++] = B_A;
	blocks[nb++] = B_A;
	if (s->nfac == 2) {
		full[nfull++] = B_B;
		blocks[nb++] = B_B;
		if (!additive) {
			full[nfull++] = B_AB;
			blocks[nb++] = B_AB;
		}
	}
	effects(&des, des.yb, full, nfull, df, ss, &rss);
	for (k = 0; k < nfull; k++) {
		rank += df[k];
		ncol += des.ncol[full[k]];
	}
	if (type == 3 && rank < ncol) {
		/* as car::Anova: type III is not defined then */
		design_free(&des);
		cells_free(&c);
		return diag_set(d, STATUS_DATA, "--ss 3: some factor "
		    "combinations have no rows (aliased coefficients)");
	}
	for (i = 0; i < c.n; i++)
		within += c.ss[i];
	fit->n = s->n;
	fit->df_res = s->n - rank;
	fit->ss_res = within + rss;
	fit->ss_tot = total_ss(v, s->n, &gm);
	fit->nt = 0;
	if (type == 1) {
		for (k = 1; k < nfull; k++) {
			fit->t[fit->nt].name = names[full[k]];
			fit->t[fit->nt].df = df[k];
			fit->t[fit->nt++].ss = ss[k];
		}
	} else {
		size_t bi, no, dfo[NBLOCK];
		double sso[NBLOCK], r2;

		if (type == 3) {	/* the intercept, on the response's scale */
			for (no = 0, k = 1; k < nfull; k++)
				order[no++] = full[k];
			order[no++] = B_INT;
			effects(&des, des.ytrue, order, no, dfo, sso, &r2);
			fit->t[fit->nt].name = "(Intercept)";
			fit->t[fit->nt].df = dfo[no - 1];
			fit->t[fit->nt++].ss = sso[no - 1];
		}
		for (bi = 0; bi < nb; bi++) {
			int t = blocks[bi];

			no = 0;
			order[no++] = B_INT;
			for (k = 0; k < nb; k++) {
				int u = blocks[k];

				if (u == t)
					continue;
				/* type 2 leaves out the terms containing t */
				if (type == 2 && u == B_AB)
					continue;
				order[no++] = u;
			}
			order[no++] = t;
			effects(&des, des.yb, order, no, dfo, sso, &r2);
			fit->t[fit->nt].name = names[t];
			fit->t[fit->nt].df = dfo[no - 1];
			fit->t[fit->nt++].ss = sso[no - 1];
		}
	}
	design_free(&des);
	cells_free(&c);
	return 0;
}

/* Columns of each view. */
static const char *const cols_table[] = { "term", "df", "sum_sq", "mean_sq",
	"statistic", "p_value", "eta_sq", "partial_eta_sq", NULL };
/* With effect_ci, after those of the table. */
static const char *const cols_effect[] = { "eta_sq_low", "eta_sq_high",
	"partial_eta_sq_low", "partial_eta_sq_high", "omega_sq",
	"omega_sq_low", "omega_sq_high", "partial_omega_sq",
	"partial_omega_sq_low", "partial_omega_sq_high", NULL };
static const char *const cols_tukey[] = { "term", "contrast", "estimate",
	"conf_low", "conf_high", "p_adj", NULL };
static const char *const cols_test[] = { "method", "statistic", "df1",
	"df2", "p_value", NULL };
static const char *const cols_kruskal[] = { "method", "statistic", "df",
	"p_value", NULL };
static const char *const cols_friedman[] = { "method", "statistic", "df",
	"p_value", "kendall_w", "blocks", NULL };
static const char *const cols_within[] = { "term", "df1", "df2", "sum_sq",
	"sum_sq_error", "statistic", "p_value", "ges", "mauchly_w",
	"mauchly_p", "gg_eps", "gg_p", "hf_eps", "hf_p", "subjects", NULL };

/* Where results go: the table, the stratum's key row, warnings seen. */
struct sink {
	struct out_table	*t;
	const struct frame	*f;
	const size_t		*each;
	size_t			 neach;
	size_t			 keyrow;	/* a frame row of the stratum */
	const char		*why;		/* why a result is undefined */
};

static size_t
sink_row(struct sink *k)
{
	size_t row = out_row(k->t), j;

	for (j = 0; j < k->neach; j++)
		out_text(k->t, row, j, frame_text(k->f, k->each[j], k->keyrow));
	return row;
}

static void
put(struct sink *k, size_t row, size_t col, double x)
{
	out_num(k->t, row, k->neach + col, x);
}

static void
put_text(struct sink *k, size_t row, size_t col, const char *s)
{
	out_text(k->t, row, k->neach + col, s);
}

/*
 * The intervals of eta squared and partial eta squared, and omega squared
 * and partial omega squared with theirs, as effectsize's .es_aov_simple()
 * (omega below 0 taken as 0), into columns 8 on (cols_effect); the
 * table has a residual mean square.
 */
static void
effect_cols(struct sink *k, size_t row, const struct anova_opts *o,
    const struct fit *fit, const struct term *t)
{
	double mse = fit->ss_res / (double)fit->df_res, df = (double)t->df;
	static const size_t low_col[4] = { 8, 10, 13, 16 };
	double es[4], lo, hi;
	size_t j;

	es[0] = fit->ss_tot > 0 ? t->ss / fit->ss_tot : NAN;
	es[1] = t->ss + fit->ss_res > 0 ? t->ss / (t->ss + fit->ss_res) : NAN;
	es[2] = fmax(0, (t->ss - df * mse) / (fit->ss_tot + mse));
	es[3] = fmax(0, (t->ss - df * mse) / (t->ss + ((double)fit->n - df) *
	    mse));
	for (j = 0; j < 4; j++) {
		effect_f_interval(es[j], df, (double)fit->df_res, o->alt,
		    o->conf_level, &lo, &hi);
		if (j >= 2)	/* omega's own column before its interval */
			put(k, row, low_col[j] - 1, es[j]);
		put(k, row, low_col[j], lo);
		put(k, row, low_col[j] + 1, hi);
	}
}

static void
view_table(struct sink *k, const struct anova_opts *o, const struct fit *fit)
{
	double ms_res = fit->df_res > 0 ? fit->ss_res / (double)fit->df_res :
	    NAN;
	size_t i, row;

	for (i = 0; i < fit->nt; i++) {
		const struct term *t = &fit->t[i];
		double ms, F = NAN, p = NAN;
		int defined = fit->df_res > 0 && fit->ss_res > 0;

		if (t->df == 0)		/* aliased: R leaves it out */
			continue;
		ms = t->ss / (double)t->df;
		if (defined) {
			F = ms / ms_res;
			p = tail_f(F, (double)t->df,
			    (double)fit->df_res);
		} else
			k->why = fit->ss_tot == 0 ? "the response is constant" :
			    fit->df_res == 0 ? "no residual degrees of freedom" :
			    "the residual sum of squares is 0 (a perfect fit)";
		row = sink_row(k);
		put_text(k, row, 0, t->name);
		put(k, row, 1, (double)t->df);
		put(k, row, 2, t->ss);
		put(k, row, 3, ms);
		put(k, row, 4, F);
		put(k, row, 5, p);
		if (strcmp(t->name, "(Intercept)") != 0) {
			put(k, row, 6, fit->ss_tot > 0 ? t->ss / fit->ss_tot :
			    NAN);
			put(k, row, 7, t->ss + fit->ss_res > 0 ?
			    t->ss / (t->ss + fit->ss_res) : NAN);
			if (o->effect_ci && defined)
				effect_cols(k, row, o, fit, t);
		}
	}
	row = sink_row(k);
	put_text(k, row, 0, "Residuals");
	put(k, row, 1, (double)fit->df_res);
	put(k, row, 2, fit->ss_res);
	put(k, row, 3, ms_res);
}

/* A row of a test view: method, statistic, df1, df2 (NaN: none), p. */
static void
test_row(struct sink *k, const char *method, double stat, double df1,
    double df2, double p)
{
	size_t row = sink_row(k);

	if (isnan(stat) || isnan(p))
		k->why = "a group without spread";
	put_text(k, row, 0, method);
	put(k, row, 1, stat);
	put(k, row, 2, df1);
	put(k, row, 3, df2);
	put(k, row, 4, p);
}

static const char *
level_name(const struct frame *f, const struct anova_opts *o,
    const struct sample *s, size_t fac, size_t lev)
{
	return group_table_key(f->col[o->fac[fac]].levels,
	    s->levcode[fac][lev], 0);
}

/* Every group needs min values; the message names the first short one. */
static int
need_per_group(const struct frame *f, const struct anova_opts *o,
    const struct sample *s, const struct cells *c, size_t min,
    const char *what, struct diag *d)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (c->cnt[i] > 0 && c->cnt[i] < min)
			return diag_set(d, STATUS_DATA, "%s needs at least %zu "
			    "values in every group; group \"%s\" has %zu",
			    what, min, level_name(f, o, s, 0, i), c->cnt[i]);
	return 0;
}

static void
view_tukey(struct sink *k, const struct frame *f, const struct anova_opts *o,
    const struct sample *s, const struct fit *fit)
{
	struct cells c;
	size_t i, j, nl = s->nlev[0];
	double mse = fit->ss_res / (double)fit->df_res, q;
	char name[512];

	cells_of(s->y, s->cell, s->n, nl, &c);
	q = fit->df_res > 0 ? tukey_quantile(o->conf_level, (double)nl,
	    (double)fit->df_res) : NAN;
	/* R's order: the lower triangle of outer(means, means, "-") */
	for (j = 0; j < nl; j++)
		for (i = j + 1; i < nl; i++) {
			double est = c.mean[i] - c.mean[j];
			double se = sqrt(mse / 2 * (1 / (double)c.cnt[i] +
			    1 / (double)c.cnt[j]));
			double p = fit->df_res > 0 ? tukey_cdf_upper(
			    fabs(est) / se, (double)nl, (double)fit->df_res) :
			    NAN;
			size_t row = sink_row(k);

			if (isnan(p) || isnan(q))
				k->why = fit->df_res < 2 ? "fewer than 2 residual "
				    "degrees of freedom" : "no residual spread";
			snprintf(name, sizeof(name), "%s-%s",
			    level_name(f, o, s, 0, i), level_name(f, o, s, 0, j));
			put_text(k, row, 0, f->col[o->fac[0]].name);
			put_text(k, row, 1, name);
			put(k, row, 2, est);
			put(k, row, 3, est - q * se);
			put(k, row, 4, est + q * se);
			put(k, row, 5, p);
		}
	cells_free(&c);
}

static int
view_welch(struct sink *k, const struct frame *f, const struct anova_opts *o,
    const struct sample *s, struct diag *d)
{
	struct cells c;
	size_t i, nl = s->nlev[0];
	double W = 0, m = 0, tmp = 0, num = 0, kk = (double)nl, F, df2;

	cells_of(s->y, s->cell, s->n, nl, &c);
	if (need_per_group(f, o, s, &c, 2, "--welch", d) != 0) {
		cells_free(&c);
		return -1;
	}
	for (i = 0; i < nl; i++) {
		double w = (double)c.cnt[i] / (c.ss[i] / (double)(c.cnt[i] - 1));

		W += w;
		m += w * c.mean[i];
	}
	m /= W;
	for (i = 0; i < nl; i++) {
		double w = (double)c.cnt[i] / (c.ss[i] / (double)(c.cnt[i] - 1));
		double e = c.mean[i] - m;

		num += w * e * e;
		tmp += (1 - w / W) * (1 - w / W) / (double)(c.cnt[i] - 1);
	}
	tmp /= kk * kk - 1;
	F = num / ((kk - 1) * (1 + 2 * (kk - 2) * tmp));
	df2 = 1 / (3 * tmp);
	test_row(k, "One-way analysis of means (not assuming equal variances)",
	    F, kk - 1, df2, isfinite(F) && isfinite(df2) ?
	    tail_f(F, kk - 1, df2) : NAN);
	cells_free(&c);
	return 0;
}

/* The cells with values, numbered 0.. in order: the groups of a test. */
static size_t
compact_cells(const struct sample *s, uint32_t *grp)
{
	size_t *id = xmalloc((s->ncell + 1) * sizeof(*id)), i, ng = 0;

	for (i = 0; i < s->ncell; i++)
		id[i] = (size_t)-1;
	for (i = 0; i < s->n; i++)
		id[s->cell[i]] = 0;
	for (i = 0; i < s->ncell; i++)
		if (id[i] == 0)
			id[i] = ng++;
	for (i = 0; i < s->n; i++)
		grp[i] = (uint32_t)id[s->cell[i]];
	free(id);
	return ng;
}

/* A one-way ANOVA of v by groups: F and its p-value, as car's leveneTest. */
static void
oneway_F(const double *v, const uint32_t *grp, size_t n, size_t ng,
    double *F, double *df1, double *df2, double *p)
{
	struct cells c;
	struct fit fit;
	double mean, tot = total_ss(v, n, &mean);

	cells_of(v, grp, n, ng, &c);
	fit_oneway(n, mean, tot, &c, NULL, &fit);
	*df1 = (double)fit.t[0].df;
	*df2 = (double)fit.df_res;
	*F = (fit.t[0].ss / *df1) / (fit.ss_res / *df2);
	*p = isfinite(*F) && *df2 > 0 ? tail_f(*F, *df1, *df2) : NAN;
	cells_free(&c);
}

/* For sorting a group's values: qsort's comparison of doubles. */
static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * fligner.test on z = |y - group median|: the normal scores a =
 * qnorm((1 + rank(z) / (n + 1)) / 2), sum_j A_j^2 / n_j of their group
 * sums, centred and divided by var(a).  z is computed from the values as
 * read and R's median ((a + b) / 2), in R's order of operations: its
 * ties, hence the statistic, depend on the rounding of each difference.
 */
static void
fligner(struct sink *k, const struct sample *s, const uint32_t *grp,
    size_t ng)
{
	size_t n = s->n, i, j, *start = xcalloc(ng + 2, sizeof(*start)), *pos;
	double *a = xmalloc((n + 1) * sizeof(*a)), *sum = xcalloc(ng + 1,
	    sizeof(*sum)), *cnt = xcalloc(ng + 1, sizeof(*cnt));
	double *x = xmalloc((n + 1) * sizeof(*x)), *v = xmalloc((n + 1) *
	    sizeof(*v)), *med = xmalloc((ng + 1) * sizeof(*med));
	double m = 0, var = 0, st = 0, *z = x;

	for (i = 0; i < n; i++) {
		char buf[32];

		/* the value as read: its decimal digits, as R reads them */
		snprintf(buf, sizeof(buf), "%.15g", s->origin + s->y[i]);
		x[i] = strtod(buf, NULL);
		start[grp[i] + 1]++;
	}
	for (j = 0; j < ng; j++)
		start[j + 1] += start[j];
	pos = xmalloc((ng + 1) * sizeof(*pos));
	memcpy(pos, start, (ng + 1) * sizeof(*pos));
	for (i = 0; i < n; i++)
		v[pos[grp[i]]++] = x[i];
	for (j = 0; j < ng; j++) {
		size_t c = start[j + 1] - start[j];
		double *g = v + start[j];

		qsort(g, c, sizeof(*g), cmp_double);
		med[j] = c % 2 ? g[c / 2] : (g[c / 2 - 1] + g[c / 2]) / 2;
	}
	for (i = 0; i < n; i++)
		z[i] = fabs(x[i] - med[grp[i]]);
	rank_average(z, n, a);
	for (i = 0; i < n; i++) {
		a[i] = gsl_cdf_ugaussian_Pinv((1 + a[i] / (n + 1.0)) / 2);
		sum[grp[i]] += a[i];
		cnt[grp[i]]++;
		m += a[i];
	}
	m /= (double)n;
	for (i = 0; i < n; i++)
		var += (a[i] - m) * (a[i] - m);
	var /= (double)(n - 1);
	for (i = 0; i < ng; i++)
		st += sum[i] * sum[i] / cnt[i];
	st = (st - n * m * m) / var;
	test_row(k, "Fligner-Killeen test of homogeneity of variances", st,
	    (double)ng - 1, NAN, isfinite(st) ? gsl_cdf_chisq_Q(st,
	    (double)ng - 1) : NAN);
	free(a);
	free(sum);
	free(cnt);
	free(x);
	free(v);
	free(med);
	free(start);
	free(pos);
}

/*
 * The complete blocks of a design in blocks (factor 1 the treatment,
 * factor 2 the block) as a matrix, block by block, treatments in level
 * order: *nused blocks of s->nlev[0] values in *yp (the caller frees it).
 * A replicated cell is an error; a block without a value for every
 * treatment is left out with a warning, or with strict an error (R's
 * quade.test).
 */
static int
block_matrix(const struct sample *s, const char *what, int strict,
    double **yp, size_t *nused, struct diag *d)
{
	size_t nt = s->nlev[0], nb = s->nlev[1], i, b, t, used = 0;
	double *v = xmalloc((s->ncell + 1) * sizeof(*v));
	size_t *cnt = xcalloc(s->ncell + 1, sizeof(*cnt));
	double *y = xmalloc((s->ncell + 1) * sizeof(*y));

	for (i = 0; i < s->n; i++) {
		v[s->cell[i]] = s->y[i];
		if (cnt[s->cell[i]]++ > 0)
			break;
	}
	for (b = 0; b < nb && i == s->n; b++) {
		for (t = 0; t < nt && cnt[t * nb + b] == 1; t++)
			y[used * nt + t] = v[t * nb + b];
		used += t == nt;
	}
	free(v);
	free(cnt);
	*yp = NULL;
	*nused = 0;
	if (i < s->n || (strict && used < nb)) {
		free(y);
		diag_set(d, STATUS_DATA, "%s: %s: not an unreplicated "
		    "complete block design", what, i < s->n ? "a treatment "
		    "appears twice in a block" : "a block without a value "
		    "for every treatment");
		return -1;
	}
	if (used < nb)
		diag_warn("%s: %zu block%s without a value for every "
		    "treatment left out", what, nb - used, nb - used == 1 ?
		    "" : "s");
	*yp = y;
	*nused = used;
	return 0;
}

/*
 * friedman.test: ranks within each complete block (one value per
 * treatment; blocks missing one are left out, counted), Kendall's W =
 * statistic / (blocks (k - 1)).  A replicated cell is an error.
 */
static int
view_friedman(struct sink *k, const struct sample *s, struct diag *d)
{
	size_t nt = s->nlev[0], b, t, used, row;
	double *y, *r = xmalloc((nt + 1) * sizeof(*r));
	double *rs = xcalloc(nt + 1, sizeof(*rs)), ties = 0, st = 0, n;

	if (block_matrix(s, "--friedman", 0, &y, &used, d) != 0) {
		free(r);
		free(rs);
		return -1;
	}
	for (b = 0; b < used; b++) {
		ties += rank_average(y + b * nt, nt, r);
		for (t = 0; t < nt; t++)
			rs[t] += r[t];
	}
	n = (double)used;
	for (t = 0; t < nt; t++)
		st += (rs[t] - n * (nt + 1) / 2.0) * (rs[t] - n * (nt + 1) /
		    2.0);
	st = 12 * st / (n * nt * (nt + 1.0) - ties / (nt - 1.0));
	row = sink_row(k);
	if (!isfinite(st))
		k->why = "every block is tied";
	put_text(k, row, 0, "Friedman rank sum test");
	put(k, row, 1, isfinite(st) ? st : NAN);
	put(k, row, 2, (double)nt - 1);
	put(k, row, 3, isfinite(st) ? gsl_cdf_chisq_Q(st, (double)nt - 1) :
	    NAN);
	put(k, row, 4, isfinite(st) ? st / (n * (nt - 1.0)) : NAN);
	put(k, row, 5, n);
	free(y);
	free(r);
	free(rs);
	return 0;
}

/* quade.test: every block complete (R's long form), so no block is
 * dropped. */
static int
view_quade(struct sink *k, const struct sample *s, struct diag *d)
{
	struct blocks_quade q;
	size_t used;
	double *y;

	if (block_matrix(s, "--quade", 1, &y, &used, d) != 0)
		return -1;
	blocks_quade(y, used, s->nlev[0], &q);
	free(y);
	test_row(k, "Quade test", q.statistic, q.df1, q.df2, q.p_value);
	if (isnan(q.statistic))
		k->why = "no ranks differ within any weighted block";
	return 0;
}

/*
 * The one-way repeated-measures ANOVA on the subjects with a value at
 * every level (the others left out with a warning), one row.
 */
static int
view_within(struct sink *k, const struct frame *f, const struct anova_opts *o,
    const struct sample *s, struct diag *d)
{
	struct blocks_within w;
	size_t used, row;
	double *y;

	if (block_matrix(s, "--within", 0, &y, &used, d) != 0)
		return -1;
	if (used < 2) {
		free(y);
		return diag_set(d, STATUS_DATA, "--within needs two subjects "
		    "with a value at every level of \"%s\"; there %s %zu",
		    f->col[o->fac[0]].name, used == 1 ? "is" : "are", used);
	}
	blocks_within(y, used, s->nlev[0], &w);
	free(y);
	if (w.undefined != NULL)
		k->why = w.undefined;
	row = sink_row(k);
	put_text(k, row, 0, f->col[o->fac[0]].name);
	put(k, row, 1, w.df1);
	put(k, row, 2, w.df2);
	put(k, row, 3, w.ss);
	put(k, row, 4, w.ss_error);
	put(k, row, 5, w.statistic);
	put(k, row, 6, w.p_value);
	put(k, row, 7, w.ges);
	put(k, row, 8, w.mauchly_w);
	put(k, row, 9, w.mauchly_p);
	put(k, row, 10, w.gg_eps);
	put(k, row, 11, w.gg_p);
	put(k, row, 12, w.hf_eps);
	put(k, row, 13, w.hf_p);
	put(k, row, 14, (double)used);
	return 0;
}

static int
view_homogeneity(struct sink *k, const struct frame *f,
    const struct anova_opts *o, const struct sample *s, struct diag *d)
{
	uint32_t *grp = xmalloc((s->n + 1) * sizeof(*grp));
	size_t ng, i;
	double F, df1, df2, p;
	struct cells c;

	ng = compact_cells(s, grp);
	cells_of(s->y, grp, s->n, ng, &c);
	if (o->view == ANOVA_FLIGNER)
		fligner(k, s, grp, ng);
	else if (o->view == ANOVA_BARTLETT) {
		double N = (double)s->n, kk = (double)ng, pooled = 0, sl = 0,
		    si = 0, K;

		if (s->nfac == 1 && need_per_group(f, o, s, &c, 2,
		    "--homogeneity bartlett", d) != 0)
			goto fail;
		for (i = 0; i < ng; i++)
			if (c.cnt[i] < 2) {
				diag_set(d, STATUS_DATA, "--homogeneity bartlett "
				    "needs at least 2 values in every cell");
				goto fail;
			}
		for (i = 0; i < ng; i++) {
			double ni = (double)c.cnt[i] - 1;

			pooled += c.ss[i];
			sl += ni * log(c.ss[i] / ni);
			si += 1 / ni;
		}
		pooled /= N - kk;
		K = ((N - kk) * log(pooled) - sl) /
		    (1 + (si - 1 / (N - kk)) / (3 * (kk - 1)));
		test_row(k, "Bartlett test of homogeneity of variances", K,
		    kk - 1, NAN, isfinite(K) ? gsl_cdf_chisq_Q(K, kk - 1) :
		    NAN);
	} else {
		double *z = xmalloc((s->n + 1) * sizeof(*z)), *center = c.mean;
		double *med = NULL;

		if (o->view == ANOVA_BROWN_FORSYTHE) {
			/* gather each cell's values together: a counting sort */
			size_t *start = xcalloc(ng + 1, sizeof(*start)), *pos;
			double *vals = xmalloc((s->n + 1) * sizeof(*vals));

			for (i = 0; i < ng; i++)
				start[i + 1] = start[i] + c.cnt[i];
			pos = xmalloc((ng + 1) * sizeof(*pos));
			memcpy(pos, start, (ng + 1) * sizeof(*pos));
			for (i = 0; i < s->n; i++)
				vals[pos[grp[i]]++] = s->y[i];
			med = xmalloc((ng + 1) * sizeof(*med));
			for (i = 0; i < ng; i++)	/* selects: no sort needed */
				med[i] = quantile_at(vals + start[i], c.cnt[i],
				    0.5);
			center = med;
			free(start);
			free(pos);
			free(vals);
		}
		for (i = 0; i < s->n; i++)
			z[i] = fabs(s->y[i] - center[grp[i]]);
		oneway_F(z, grp, s->n, ng, &F, &df1, &df2, &p);
		test_row(k, o->view == ANOVA_LEVENE ?
		    "Levene's test (center = mean)" :
		    "Brown-Forsythe test (center = median)", F, df1, df2, p);
		free(z);
		free(med);
	}
	cells_free(&c);
	free(grp);
	return 0;
fail:
	cells_free(&c);
	free(grp);
	return -1;
}

static void
view_kruskal(struct sink *k, const struct sample *s)
{
	size_t n = s->n, nl = s->nlev[0], i;
	double *rank = xmalloc((n + 1) * sizeof(*rank));
	double *rsum = xcalloc(nl + 1, sizeof(*rsum));
	double *cnt = xcalloc(nl + 1, sizeof(*cnt));
	double ties = rank_average(s->y, n, rank), H = 0, N = (double)n;

	for (i = 0; i < n; i++) {
		rsum[s->cell[i]] += rank[i];
		cnt[s->cell[i]]++;
	}
	for (i = 0; i < nl; i++)
		H += rsum[i] * rsum[i] / cnt[i];
	H = (12 * H / (N * (N + 1)) - 3 * (N + 1)) / (1 - ties / (N * N * N - N));
	{
		size_t row = sink_row(k);
		double p = isfinite(H) ? gsl_cdf_chisq_Q(H, (double)nl - 1) :
		    NAN;

		if (isnan(p))
			k->why = "every value is tied";
		put_text(k, row, 0, "Kruskal-Wallis rank sum test");
		put(k, row, 1, isfinite(H) ? H : NAN);
		put(k, row, 2, (double)nl - 1);
		put(k, row, 3, p);
	}
	free(rank);
	free(rsum);
	free(cnt);
}

/* Free what sample_of() made. */
static void
sample_free(struct sample *s)
{
	size_t j;

	if (s->owned) {
		free(s->y);
		free(s->cell);
	}
	for (j = 0; j < 2; j++)
		free(s->levcode[j]);
}

/*
 * Gather a stratum's usable rows (rows[first ..], or without rows all the
 * frame's, whose response and factor codes then take the results in
 * place, as a row only moves up): response as exact deviations from the
 * first one, levels renumbered over those present, then the cells.
 */
static int
sample_of(struct frame *f, const struct anova_opts *o,
    const struct factor *fa, const size_t *rows, size_t first, size_t nrows,
    struct sample *s, size_t *dropped, struct diag *d)
{
	struct frame_col *c = &f->col[o->y];
	const uint32_t *code[2] = { NULL, NULL };
	uint32_t *lev[2] = { NULL, NULL }, *map;
	size_t i, j;
	double x0 = 0, r0 = 0;

	assert(o->nfac == 1 || o->nfac == 2);
	memset(s, 0, sizeof(*s));
	s->nfac = o->nfac;
	s->owned = rows != NULL;
	s->y = s->owned ? xmalloc((nrows + 1) * sizeof(*s->y)) : c->num;
	for (j = 0; j < o->nfac; j++) {
		code[j] = fa[j].col->code;
		lev[j] = s->owned ? xmalloc((nrows + 1) * sizeof(*lev[j])) :
		    fa[j].col->code;
	}
	for (i = 0; i < nrows; i++) {
		size_t r = rows != NULL ? rows[first + i] : first + i;
		double x = c->num[r], rr;

		if (isnan(x) || code[0][r] == FRAME_NA_CODE ||
		    (o->nfac == 2 && code[1][r] == FRAME_NA_CODE)) {
			(*dropped)++;
			continue;
		}
		rr = x * c->rel[r];
		if (s->n == 0) {
			x0 = x;
			r0 = rr;
		}
		/* exact deviation from the origin, then one rounding */
		s->y[s->n] = (x - x0) + (rr - r0);
		for (j = 0; j < o->nfac; j++)
			lev[j][s->n] = code[j][r];
		s->n++;
	}
	s->origin = x0 + r0;
	for (j = 0; j < o->nfac; j++) {
		map = xmalloc((fa[j].n + 1) * sizeof(*map));
		for (i = 0; i < fa[j].n; i++)
			map[i] = UINT32_MAX;	/* absent */
		for (i = 0; i < s->n; i++)
			map[lev[j][i]] = 0;
		s->levcode[j] = xmalloc((fa[j].n + 1) * sizeof(uint32_t));
		for (i = 0; i < fa[j].n; i++) {
			size_t k = fa[j].order[i];

			if (map[k] == 0) {
				s->levcode[j][s->nlev[j]] = (uint32_t)k;
				map[k] = (uint32_t)s->nlev[j]++;
			}
		}
		for (i = 0; i < s->n; i++)
			lev[j][i] = map[lev[j][i]];
		free(map);
	}
	s->ncell = s->nlev[0] * (o->nfac == 2 ? s->nlev[1] : 1);
	s->cell = lev[0];	/* with one factor, the cells are the levels */
	if (o->nfac == 2 && s->ncell <= UINT32_MAX)
		for (i = 0; i < s->n; i++)
			s->cell[i] = (uint32_t)(lev[0][i] * s->nlev[1] +
			    lev[1][i]);
	if (s->owned)
		free(lev[1]);
	if (s->ncell > UINT32_MAX)
		return diag_set(d, STATUS_DATA, "the model is too large: %zu "
		    "by %zu levels", s->nlev[0], s->nlev[1]);
	return 0;
}

/* Name the stratum in a message: "in supp=VC: ". */
static void
stratum_prefix(const struct sink *k, struct diag *d)
{
	char buf[2 * sizeof(d->msg)];
	size_t len = 0, j;

	if (k->neach == 0)
		return;
	for (j = 0; j < k->neach && len < sizeof(buf); j++) {
		const char *v = frame_text(k->f, k->each[j], k->keyrow);

		len += snprintf(buf + len, sizeof(buf) - len, "%s%s=%s",
		    j ? "," : "in ", k->f->col[k->each[j]].name,
		    v ? v : "NA");
	}
	if (len < sizeof(buf))
		snprintf(buf + len, sizeof(buf) - len, ": %s", d->msg);
	memcpy(d->msg, buf, sizeof(d->msg));
	d->msg[sizeof(d->msg) - 1] = '\0';
}

static int
run_stratum(struct sink *k, const struct frame *f, const struct anova_opts *o,
    const struct sample *s, struct diag *d)
{
	const char *names[NBLOCK];
	char inter[512];
	struct fit fit;
	size_t j;

	if (s->n == 0)
		return diag_set(d, STATUS_DATA, "no rows with a response and "
		    "every factor");
	for (j = 0; j < s->nfac; j++)
		if (s->nlev[j] < 2)
			return diag_set(d, STATUS_DATA, "factor \"%s\" has only "
			    "one level (\"%s\")", f->col[o->fac[j]].name,
			    level_name(f, o, s, j, 0));
	names[B_INT] = "(Intercept)";
	names[B_A] = f->col[o->fac[0]].name;
	if (s->nfac == 2) {
		names[B_B] = f->col[o->fac[1]].name;
		snprintf(inter, sizeof(inter), "%s:%s", names[B_A], names[B_B]);
		names[B_AB] = inter;
	}
	switch (o->view) {
	case ANOVA_TABLE:
		if (fit_model(s, s->y, s->cell, s->ncell, o->additive, o->ss,
		    names, &fit, d) != 0)
			return -1;
		view_table(k, o, &fit);
		return 0;
	case ANOVA_TUKEY:
		fit_model(s, s->y, s->cell, s->ncell, 0, 1, names, &fit, d);
		view_tukey(k, f, o, s, &fit);
		return 0;
	case ANOVA_WELCH:
		return view_welch(k, f, o, s, d);
	case ANOVA_KRUSKAL:
		view_kruskal(k, s);
		return 0;
	case ANOVA_FRIEDMAN:
		return view_friedman(k, s, d);
	case ANOVA_WITHIN:
		return view_within(k, f, o, s, d);
	case ANOVA_QUADE:
		return view_quade(k, s, d);
	default:
		return view_homogeneity(k, f, o, s, d);
	}
}

int
anova_test(struct frame *f, const struct anova_opts *o, struct out_table **tp,
    struct diag *d)
{
	const char *const *cols;
	struct factor fa[2];
	struct group *strata = NULL;
	struct sink k;
	size_t j, i, si, nstrata = 1, *rows = NULL, *pos, dropped = 0;
	size_t all[2] = { 0, f->nrows }, *start = all;
	int rc = 0;

	if (o->nfac < 1 || o->nfac > 2)
		return diag_set(d, STATUS_USAGE, "-g: give one or two factors");
	for (j = 0; j < o->nfac; j++)
		if (o->fac[j] == o->y)
			return diag_set(d, STATUS_USAGE, "-g: \"%s\" is the "
			    "response", f->col[o->y].name);
	/* one column cannot be both factors: sample_of() reuses its codes */
	if (o->nfac == 2 && o->fac[0] == o->fac[1])
		return diag_set(d, STATUS_USAGE, "-g: the two factors are the "
		    "same column");
	if (o->additive && o->nfac != 2)
		return diag_set(d, STATUS_USAGE, "--additive needs two "
		    "factors");
	if (o->nfac != 1 && (o->view == ANOVA_TUKEY ||
	    o->view == ANOVA_WELCH || o->view == ANOVA_KRUSKAL))
		return diag_set(d, STATUS_USAGE, "--tukey, --welch and "
		    "--kruskal take one factor");
	if (frame_numeric(f, o->y, d) != 0)
		return -1;
	for (j = 0; j < o->nfac; j++) {
		frame_factor(f, o->fac[j]);
		fa[j].col = &f->col[o->fac[j]];
		fa[j].order = group_table_order(fa[j].col->levels);
		fa[j].n = group_table_count(fa[j].col->levels);
	}
	if (o->ref != NULL && factor_ref(fa, o->nfac, o->ref, d) != 0) {
		for (j = 0; j < o->nfac; j++)
			free(fa[j].order);
		return -1;
	}
	memset(&k, 0, sizeof(k));
	k.t = out_new();
	k.f = f;
	k.each = o->each;
	k.neach = o->neach;
	for (j = 0; j < o->neach; j++)
		out_column(k.t, f->col[o->each[j]].name);
	cols = o->view == ANOVA_TABLE ? cols_table : o->view == ANOVA_TUKEY ?
	    cols_tukey : o->view == ANOVA_KRUSKAL ? cols_kruskal :
	    o->view == ANOVA_FRIEDMAN ? cols_friedman : o->view ==
	    ANOVA_WITHIN ? cols_within : cols_test;
	for (j = 0; cols[j] != NULL; j++)
		out_column(k.t, cols[j]);
	for (j = 0; o->view == ANOVA_TABLE && o->effect_ci &&
	    cols_effect[j] != NULL; j++)
		out_column(k.t, cols_effect[j]);
	/* the rows of each stratum together, in order (without strata:
	 * all rows, as they are) */
	if (o->neach > 0) {
		strata = group_by(f, o->each, o->neach, 0);
		nstrata = strata->ngroups;
		start = xcalloc(nstrata + 1, sizeof(*start));
		for (i = 0; i < f->nrows; i++)
			start[strata->gid[i] + 1]++;
		for (si = 0; si < nstrata; si++)
			start[si + 1] += start[si];
		pos = xmalloc((nstrata + 1) * sizeof(*pos));
		memcpy(pos, start, (nstrata + 1) * sizeof(*pos));
		rows = xmalloc((f->nrows + 1) * sizeof(*rows));
		for (i = 0; i < f->nrows; i++)
			rows[pos[strata->gid[i]]++] = i;
		free(pos);
	}
	for (si = 0; si < nstrata && rc == 0; si++) {
		struct sample s;

		k.keyrow = strata != NULL ? strata->first[si] : 0;
		if ((rc = sample_of(f, o, fa, rows, start[si],
		    start[si + 1] - start[si], &s, &dropped, d)) == 0)
			rc = run_stratum(&k, f, o, &s, d);
		if (rc != 0)
			stratum_prefix(&k, d);
		sample_free(&s);
	}
	if (start != all)
		free(start);
	free(rows);
	group_free(strata);
	for (j = 0; j < o->nfac; j++)
		free(fa[j].order);
	if (rc != 0) {
		out_free(k.t);
		return -1;
	}
	if (dropped > 0)
		diag_warn("%zu row%s left out: a missing response or factor",
		    dropped, dropped == 1 ? "" : "s");
	if (k.why != NULL)
		diag_warn("undefined results left empty: %s", k.why);
	*tp = k.t;
	return 0;
}

int
anova_homogeneity(const char *name, enum anova_view *v)
{
	static const struct {
		const char	*name;
		enum anova_view	 view;
	} m[] = { { "levene", ANOVA_LEVENE },
	    { "brown-forsythe", ANOVA_BROWN_FORSYTHE },
	    { "bartlett", ANOVA_BARTLETT }, { "fligner", ANOVA_FLIGNER } };
	size_t i;

	for (i = 0; i < sizeof(m) / sizeof(m[0]); i++)
		if (strcmp(name, m[i].name) == 0) {
			*v = m[i].view;
			return 0;
		}
	return -1;
}

int
anova_check(const struct anova_request *q, struct diag *d)
{
	const struct anova_opts *o = &q->o;
	const char *why = NULL;

	if (q->y == NULL || q->group == NULL)
		why = "-y and -g are required";
	else if ((o->view >= ANOVA_FRIEDMAN) != (q->block != NULL))
		why = "--friedman, --quade and --within need --block, and "
		    "--block one of them";
	else if (q->ss_given && o->view != ANOVA_TABLE)
		why = "--ss applies to the ANOVA table only";
	else if (o->effect_ci && o->view != ANOVA_TABLE)
		why = "--effect-ci applies to the ANOVA table only";
	else if (q->conf_given && o->view != ANOVA_TUKEY && !o->effect_ci)
		why = "--conf-level applies to --tukey and --effect-ci only";
	else if (q->alt_given && !o->effect_ci)
		why = "--alternative applies to --effect-ci only";
	return why != NULL ? diag_set(d, STATUS_USAGE, "%s", why) : 0;
}

/* Set keep[] of the columns of list to how; -1 with d on a bad list. */
static int
keep_as(const char *list, char *const *names, size_t n, unsigned char how,
    unsigned char *keep, struct diag *d)
{
	size_t *idx, m, j;

	if (list == NULL)
		return 0;
	if (cols_parse(list, names, n, &idx, &m, d) != 0)
		return -1;
	for (j = 0; j < m; j++)
		keep[idx[j]] = how;
	free(idx);
	return 0;
}

int
anova_columns(void *arg, char *const *names, size_t n, unsigned char *keep,
    struct diag *d)
{
	const struct anova_request *q = arg;

	/* later lists win: a factor that is the response, a key that is a
	 * factor, is read as text */
	if (q->keep(q->keep_arg, names, n, keep, d) != 0 ||
	    keep_as(q->y, names, n, FRAME_KEEP_NUM, keep, d) != 0 ||
	    keep_as(q->group, names, n, FRAME_KEEP_FACTOR, keep, d) != 0 ||
	    keep_as(q->by, names, n, FRAME_KEEP, keep, d) != 0)
		return -1;
	return 0;
}

static int anova_state(struct frame *, struct anova_request *,
    struct out_table **, struct diag *);

int
anova_frame(struct frame *f, struct anova_request *q, struct out_table **tp,
    struct diag *d)
{
	struct anova_opts *o = &q->o;
	size_t *fac = NULL, *key = NULL, j;
	int n, rc = -1;

	if (q->partial)
		return anova_state(f, q, tp, d);
	if (frame_col1(f, q->y, "-y: give one response column", &o->y, d) != 0 ||
	    (n = frame_cols(f, q->group, &fac, d)) < 0)
		return -1;
	o->nfac = (size_t)n;
	for (j = 0; j < o->nfac && j < 2; j++)
		o->fac[j] = fac[j];
	free(fac);
	if (q->block != NULL) {	/* the block is the second factor */
		if (o->nfac != 1)
			return diag_set(d, STATUS_USAGE, "--block takes one "
			    "factor");
		if (frame_col1(f, q->block, "--block: name one column",
		    &o->fac[1], d) != 0)
			return -1;
		o->nfac = 2;
	}
	if (q->by != NULL) {
		if ((n = frame_cols(f, q->by, &key, d)) < 0)
			return -1;
		o->neach = (size_t)n;
		o->each = key;
	}
	rc = anova_test(f, o, tp, d);
	free(key);
	o->each = NULL;
	return rc;
}

/*
 * --partial: the one-way table's state.  A record per level (PART the
 * level): its count, mean and sum of squared deviations, the mean as a
 * deviation from ORIGIN, the chunk's first response; and "left", the rows
 * left out.  The merge moves each level's mean to its own origin, adds
 * levels by Chan et al.'s formula, and fits the cells as one process does.
 */
struct anova_merge {
	char			*sig;
	char			*names[2];	/* response, factor */
	struct anova_opts	 o;
	struct group_table	*lev;
	struct state_mom	*m;		/* per level */
	size_t			 cap;
	double			 origin, left;
	int			 has_origin;
};

static void
amerge_free(void *arg)
{
	struct anova_merge *a = arg;

	if (a == NULL)
		return;
	free(a->sig);
	free(a->names[0]);
	free(a->names[1]);
	group_table_free(a->lev);
	free(a->m);
	free(a);
}

static char *
amerge_sig(const struct anova_merge *a)
{
	struct state_text t = { NULL, 0, 0 };

	state_text_fmt(&t, "anova;names=");
	state_text_name(&t, a->names[0]);
	state_text_put(&t, ",", 1);
	state_text_name(&t, a->names[1]);
	state_text_fmt(&t, ";effect_ci=%d;alt=%s;level=%a", a->o.effect_ci,
	    alt_name(a->o.alt), a->o.conf_level);
	return t.p;
}

/* Add a level's summary, its mean a deviation from origin. */
static void
amerge_level(struct anova_merge *a, const char *level, size_t len,
    struct state_mom b, double origin)
{
	size_t id = group_table_id(a->lev, &level, &len);

	if (id >= a->cap) {
		size_t old = a->cap;

		a->m = xgrow(a->m, &a->cap, id + 1, sizeof(*a->m));
		memset(a->m + old, 0, (a->cap - old) * sizeof(*a->m));
	}
	if (b.n == 0)
		return;
	if (!a->has_origin) {
		a->has_origin = 1;
		a->origin = origin;
	}
	b.mean += origin - a->origin;
	state_mom_merge(&a->m[id], &b);
}

static struct out_table *
amerge_state(const struct anova_merge *a)
{
	struct out_table *t = state_new(NULL, 0, a->sig);
	char fp[STATE_FPLEN];
	size_t k, row;

	state_fingerprint(a->sig, fp);
	for (k = 0; k < group_table_count(a->lev); k++) {
		row = state_record(t, 0, fp, group_table_key(a->lev, k, 0));
		state_mom_put(t, row, 3, &a->m[k]);
		state_put_num(t, row, 6, a->origin);
	}
	row = state_record(t, 0, fp, "left");
	out_num(t, row, 3, a->left);
	state_end(t, 0, a->sig);
	return t;
}

static int
anova_state(struct frame *f, struct anova_request *q, struct out_table **tp,
    struct diag *d)
{
	struct anova_opts *o = &q->o;
	struct anova_merge *a;
	struct factor fa;
	struct sample s;
	struct cells c;
	size_t k, dropped = 0;

	if (o->view != ANOVA_TABLE || q->block != NULL || q->by != NULL ||
	    o->ss == 3)
		return diag_set(d, STATUS_USAGE, "--partial: only the one-way "
		    "table merges (not with --by, --block, --ss 3 or a test "
		    "view)");
	if (frame_col1(f, q->y, "-y: give one response column", &o->y,
	    d) != 0 || frame_col1(f, q->group, "--partial: -g: give one "
	    "factor", &o->fac[0], d) != 0)
		return -1;
	o->nfac = 1;
	if (o->fac[0] == o->y)
		return diag_set(d, STATUS_USAGE, "-g: \"%s\" is the response",
		    f->col[o->y].name);
	if (frame_numeric(f, o->y, d) != 0)
		return -1;
	frame_factor(f, o->fac[0]);
	fa.col = &f->col[o->fac[0]];
	fa.order = group_table_order(fa.col->levels);
	fa.n = group_table_count(fa.col->levels);
	if (o->ref != NULL && factor_ref(&fa, 1, o->ref, d) != 0) {
		free(fa.order);
		return -1;
	}
	a = xcalloc(1, sizeof(*a));
	a->o = *o;
	a->names[0] = xstrdup(f->col[o->y].name);
	a->names[1] = xstrdup(f->col[o->fac[0]].name);
	a->lev = group_table_new(1);
	if (sample_of(f, o, &fa, NULL, 0, f->nrows, &s, &dropped, d) == 0) {
		cells_of(s.y, s.cell, s.n, s.nlev[0], &c);
		for (k = 0; k < s.nlev[0]; k++) {
			const char *lev = group_table_key(fa.col->levels,
			    s.levcode[0][k], 0);
			struct state_mom b = { (double)c.cnt[k], c.mean[k],
			    c.ss[k] };

			amerge_level(a, lev, strlen(lev), b, s.origin);
		}
		cells_free(&c);
		sample_free(&s);
	}
	a->left = (double)dropped;
	a->sig = amerge_sig(a);
	*tp = amerge_state(a);
	amerge_free(a);
	free(fa.order);
	return 0;
}

static void *
amerge_open(const char *sig, struct diag *d)
{
	struct anova_merge *a = xcalloc(1, sizeof(*a));
	char *v, **names = NULL, *end;
	size_t n = 0;
	int ok = 1;

	if ((v = state_sig_dup(sig, "names")) != NULL)
		state_split_names(v, &names, &n);
	free(v);
	if (n == 2) {
		a->names[0] = names[0];
		a->names[1] = names[1];
	} else
		while (n > 0)
			free(names[--n]);
	free(names);
	if ((v = state_sig_dup(sig, "effect_ci")) != NULL)
		a->o.effect_ci = *v == '1';
	free(v);
	ok &= (v = state_sig_dup(sig, "alt")) != NULL && alt_parse(v,
	    &a->o.alt) == 0;
	free(v);
	if ((v = state_sig_dup(sig, "level")) != NULL)
		a->o.conf_level = strtod(v, &end);
	free(v);
	a->o.view = ANOVA_TABLE;
	a->o.nfac = 1;
	a->o.ss = 1;
	a->lev = group_table_new(1);
	if (!ok || a->names[0] == NULL || !(a->o.conf_level > 0 &&
	    a->o.conf_level < 1) || (a->sig = amerge_sig(a), strcmp(a->sig,
	    sig) != 0)) {
		amerge_free(a);
		diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "signature");
		return NULL;
	}
	return a;
}

static int
amerge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct anova_merge *a = arg;
	struct state_mom b;
	double x;

	if (strcmp(part, "left") == 0) {
		if (state_nums(f, 1, &x, d) != 0)
			return -1;
		a->left += x;
		return 0;
	}
	if (part[0] == '\0')
		return diag_set(d, STATUS_DATA, "not a statpipe state: a record "
		    "without a level");
	if (state_mom_read(f, &b, d) != 0 || state_nums(f + 3, 1, &x, d) != 0)
		return -1;
	amerge_level(a, part, strlen(part), b, x);
	return 0;
}

static int
amerge_result(void *arg, int partial, struct out_table **tp, struct diag *d)
{
	struct anova_merge *a = arg;
	size_t k, j, nl = group_table_count(a->lev), *order, nv = 0;
	const char *names[NBLOCK] = { "(Intercept)", a->names[1], NULL, NULL };
	struct cells c;
	struct fit fit;
	struct sink sk;

	if (partial) {
		*tp = amerge_state(a);
		return 0;
	}
	/* the levels with values, in R's order */
	order = group_table_order(a->lev);
	c.n = 0;
	c.cnt = xcalloc(nl + 1, sizeof(*c.cnt));
	c.mean = xcalloc(nl + 1, sizeof(*c.mean));
	c.ss = xcalloc(nl + 1, sizeof(*c.ss));
	for (k = 0; k < nl; k++) {
		const struct state_mom *m = &a->m[order[k]];

		if (m->n == 0)
			continue;
		j = c.n++;
		c.cnt[j] = (size_t)m->n;
		c.mean[j] = m->mean;
		c.ss[j] = m->m2;
		nv += c.cnt[j];
	}
	free(order);
	if (nv == 0 || c.n < 2) {
		cells_free(&c);
		if (nv == 0)
			return diag_set(d, STATUS_DATA, "no rows with a response "
			    "and every factor");
		return diag_set(d, STATUS_DATA, "factor \"%s\" has only one "
		    "level", a->names[1]);
	}
	fit_oneway(nv, NAN, NAN, &c, names[B_A], &fit);
	cells_free(&c);
	memset(&sk, 0, sizeof(sk));
	sk.t = out_new();
	for (j = 0; cols_table[j] != NULL; j++)
		out_column(sk.t, cols_table[j]);
	for (j = 0; a->o.effect_ci && cols_effect[j] != NULL; j++)
		out_column(sk.t, cols_effect[j]);
	view_table(&sk, &a->o, &fit);
	if (a->left > 0)
		diag_warn("%.0f row%s left out: a missing response or factor",
		    a->left, a->left == 1 ? "" : "s");
	if (sk.why != NULL)
		diag_warn("undefined results left empty: %s", sk.why);
	*tp = sk.t;
	return 0;
}

const struct state_ops anova_state_ops = {
	{ "anova", NULL, NULL }, amerge_open, amerge_add, amerge_result,
	amerge_free
};
