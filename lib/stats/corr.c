/* corr: Pearson, Spearman and Kendall correlation tests, as R's cor.test. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>

#include "stats/corr.h"
#include "stats/padjust.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/rank.h"
#include "stats/state.h"
#include "core/xalloc.h"
#include "stats/tail.h"

static const char *const method_name[] = {
	"Pearson's product-moment correlation",
	"Spearman's rank correlation rho",
	"Kendall's rank correlation tau",
};

int
corr_parse_method(const char *s, enum corr_method *m)
{
	if (strcmp(s, "pearson") == 0)
		*m = CORR_PEARSON;
	else if (strcmp(s, "spearman") == 0)
		*m = CORR_SPEARMAN;
	else if (strcmp(s, "kendall") == 0)
		*m = CORR_KENDALL;
	else
		return -1;
	return 0;
}

/* The means and co-moments of n > 0 pairs, two passes in long double:
 * m[0] mx, m[1] my, m[2] sxx, m[3] syy, m[4] sxy. */
static void
comoments(const double *x, const double *y, size_t n, long double m[5])
{
	size_t i;

	memset(m, 0, 5 * sizeof(*m));
	for (i = 0; i < n; i++) {
		m[0] += x[i];
		m[1] += y[i];
	}
	m[0] /= n;
	m[1] /= n;
	for (i = 0; i < n; i++) {
		long double dx = x[i] - m[0], dy = y[i] - m[1];

		m[2] += dx * dx;
		m[3] += dy * dy;
		m[4] += dx * dy;
	}
}

/* Pearson's r; NaN if a column is constant */
static double
pearson(const double *x, const double *y, size_t n)
{
	long double m[5];

	comoments(x, y, n, m);
	if (m[2] == 0 || m[3] == 0)
		return NAN;
	return m[4] / sqrtl(m[2] * m[3]);
}

/*
 * AS 89: P[S >= is], or P[S < is] with lower, for Spearman's S of n
 * untied ranks: by counting permutations for n <= 9, else by the
 * Edgeworth series of Best and Roberts (1975).
 */
static double
spearman_tail(size_t n, double is, int lower)
{
	static const double c[] = { 0.2274, 0.2531, 0.1745, 0.0758, 0.1033,
	    0.3932, 0.0879, 0.0151, 0.0072, 0.0831, 0.0131, 4.6e-4 };
	double nn = (double)n, n3 = nn * (nn * nn - 1) / 3, b, x, y, u, pv;

	if (is <= 0)
		return lower ? 0 : 1;
	if (is > n3)
		return lower ? 1 : 0;
	if (n <= 9) {	/* every permutation, by Heap's algorithm */
		int p[9], cnt[9] = { 0 };
		size_t i, k, total = 1, hit = 0;

		for (i = 0; i < n; i++) {
			p[i] = (int)i;
			total *= i + 1;
		}
		for (k = 0;;) {
			double s = 0;

			for (i = 0; i < n; i++)
				s += (double)(p[i] - (int)i) * (p[i] - (int)i);
			hit += s >= is;
			for (i = 1; i < n && cnt[i] >= (int)i; i++)
				cnt[i] = 0;
			if (i >= n)
				break;
			k = i % 2 ? (size_t)cnt[i] : 0;
			int t = p[k];
			p[k] = p[i];
			p[i] = t;
			cnt[i]++;
		}
		return (double)(lower ? total - hit : hit) / total;
	}
	b = 1 / nn;
	x = (6 * (is - 1) * b / (nn * nn - 1) - 1) * sqrt(nn - 1);
	y = x * x;
	u = x * b * (c[0] + b * (c[1] + c[2] * b) + y * (-c[3] + b * (c[4] +
	    c[5] * b) - y * b * (c[6] + c[7] * b - y * (c[8] - c[9] * b +
	    y * b * (c[10] - c[11] * y)))));
	y = u / exp(y / 2);
	pv = (lower ? -y : y) + (lower ? gsl_cdf_ugaussian_P(x) :
	    gsl_cdf_ugaussian_Q(x));
	return pv < 0 ? 0 : pv > 1 ? 1 : pv;
}

/* P[T <= q] for Kendall's T of n untied values: permutations by inversions */
static double
kendall_cdf(double q, size_t n)
{
	size_t m = n * (n - 1) / 2, i, k, j;
	double *c = xcalloc(m + 1, sizeof(*c)), *nc = xcalloc(m + 1,
	    sizeof(*nc)), s = 0;

	c[0] = 1;
	for (i = 2; i <= n; i++) {	/* insert the i-th element */
		size_t top = i * (i - 1) / 2;

		for (k = 0; k <= top; k++) {
			nc[k] = 0;
			for (j = 0; j < i && j <= k; j++)
				nc[k] += c[k - j];
		}
		memcpy(c, nc, (top + 1) * sizeof(*c));
	}
	for (k = 0; k <= m && (double)k <= q; k++)
		s += c[k];
	free(c);
	free(nc);
	return s / gsl_sf_fact((unsigned)n);
}

/* tau-b, S, and whether there are ties; the tie sums of the variance. */
struct kendall {
	double	tau, s, vt, vu, v1x, v1y, v2x, v2y;
	int	ties;
};

static const double *sort_key, *pair_y;	/* qsort has no context */

/* by x, then by y */
static int
cmp_pair(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int c = (sort_key[i] > sort_key[j]) - (sort_key[i] < sort_key[j]);

	return c ? c : (pair_y[i] > pair_y[j]) - (pair_y[i] < pair_y[j]);
}

/* Sort v[0..n) by merging; returns the inversions (pairs out of order). */
static double
merge_count(double *v, double *tmp, size_t n)
{
	size_t h = n / 2, i, j, k;
	double inv;

	if (n < 2)
		return 0;
	inv = merge_count(v, tmp, h) + merge_count(v + h, tmp, n - h);
	for (i = k = 0, j = h; i < h || j < n;)
		if (j == n || (i < h && v[i] <= v[j]))
			tmp[k++] = v[i++];
		else {
			inv += h - i;
			tmp[k++] = v[j++];
		}
	memcpy(v, tmp, n * sizeof(*v));
	return inv;
}

/* Pairs tied within sorted v, and the sums of R's variance of S. */
static double
ties_sorted(const double *v, size_t n, double *t1, double *t2, double *t3)
{
	double pairs = 0, t;
	size_t i, j;

	*t1 = *t2 = *t3 = 0;
	for (i = 0; i < n; i = j) {
		for (j = i + 1; j < n && v[j] == v[i]; j++)
			;
		t = (double)(j - i);
		pairs += t * (t - 1) / 2;
		*t1 += t * (t - 1) * (2 * t + 5);
		*t2 += t * (t - 1);
		*t3 += t * (t - 1) * (t - 2);
	}
	return pairs;
}

/* Knight's O(n log n) count of concordant minus discordant pairs. */
static void
kendall(const double *x, const double *y, size_t n, struct kendall *k)
{
	size_t *idx = xmalloc(n * sizeof(*idx)), i, j;
	double *v = xmalloc(n * sizeof(*v)), *tmp = xmalloc(n * sizeof(*tmp));
	double n0 = n * (n - 1) / 2.0, tx, ty, txy = 0, disc;

	for (i = 0; i < n; i++)
		idx[i] = i;
	sort_key = x;
	pair_y = y;
	qsort(idx, n, sizeof(*idx), cmp_pair);
	for (i = 0; i < n; i = j) {	/* pairs tied in both */
		for (j = i + 1; j < n && x[idx[j]] == x[idx[i]] &&
		    y[idx[j]] == y[idx[i]]; j++)
			;
		txy += (double)(j - i) * (j - i - 1) / 2;
	}
	for (i = 0; i < n; i++)
		v[i] = x[idx[i]];
	tx = ties_sorted(v, n, &k->vt, &k->v1x, &k->v2x);
	for (i = 0; i < n; i++)
		v[i] = y[idx[i]];
	disc = merge_count(v, tmp, n);
	ty = ties_sorted(v, n, &k->vu, &k->v1y, &k->v2y);
	k->s = n0 - tx - ty + txy - 2 * disc;
	k->ties = tx > 0 || ty > 0;
	k->tau = tx == n0 || ty == n0 ? NAN : k->s / sqrt((n0 - tx) *
	    (n0 - ty));
	free(idx);
	free(v);
	free(tmp);
}

/* Pearson's test of r from n pairs (n >= 3). */
static void
pearson_finish(double e, size_t n, double level, struct corr_result *r,
    const char **why)
{
	double nn = (double)n, df = nn - 2, t;

	r->estimate = e;
	r->df = df;
	if (isnan(e)) {
		*why = "a column is constant";
		return;
	}
	t = sqrt(df) * e / sqrt(1 - e * e);
	r->statistic = t;
	r->p_value = tail_t2(t, df);
	if (n > 3) {	/* Fisher's z */
		double z = atanh(e), h = gsl_cdf_ugaussian_Qinv((1 - level) /
		    2) / sqrt(nn - 3);

		r->conf_low = tanh(z - h);
		r->conf_high = tanh(z + h);
	}
}

/* corr_test()'s start: every result undefined, and n < 3 refused. */
static int
result_init(size_t n, struct corr_result *r, const char **why)
{
	r->estimate = r->statistic = r->df = r->p_value = NAN;
	r->conf_low = r->conf_high = NAN;
	r->n = n;
	r->ties = 0;
	*why = n < 3 ? "fewer than 3 complete pairs" : NULL;
	return n < 3 ? -1 : 0;
}

void
corr_test(const double *x, const double *y, size_t n, enum corr_method m,
    double level, struct corr_result *r, const char **why)
{
	double nn = (double)n;

	if (result_init(n, r, why) != 0)
		return;
	if (m == CORR_PEARSON)
		pearson_finish(pearson(x, y, n), n, level, r, why);
	else if (m == CORR_SPEARMAN) {
		double *rx = xmalloc(n * sizeof(*rx)), *ry = xmalloc(n *
		    sizeof(*ry)), e, q, den = (nn * nn * nn - nn) / 6;

		r->ties = (rank_average(x, n, rx) != 0) |
		    (rank_average(y, n, ry) != 0);
		e = pearson(rx, ry, n);
		free(rx);
		free(ry);
		r->estimate = e;
		if (isnan(e)) {
			*why = "a column is constant";
			return;
		}
		q = den * (1 - e);
		r->statistic = q;
		if (!r->ties && n < 1290) {
			double p = q > den ? spearman_tail(n, round(q), 0) :
			    spearman_tail(n, round(q) + 2, 1);

			r->p_value = fmin(2 * p, 1);
		} else
			r->p_value = tail_t2(e / sqrt((1 - e * e) /
			    (nn - 2)), nn - 2);
	} else {
		struct kendall k;

		kendall(x, y, n, &k);
		r->estimate = k.tau;
		r->ties = k.ties;
		if (isnan(k.tau)) {
			*why = "a column is constant";
			return;
		}
		if (!k.ties && n < 50) {
			double q = round((k.tau + 1) * nn * (nn - 1) / 4), p;

			r->statistic = q;
			p = q > nn * (nn - 1) / 4 ? 1 - kendall_cdf(q - 1, n) :
			    kendall_cdf(q, n);
			r->p_value = fmin(2 * p, 1);
		} else {
			double v = (nn * (nn - 1) * (2 * nn + 5) - k.vt -
			    k.vu) / 18 + k.v1x * k.v1y / (2 * nn * (nn - 1)) +
			    k.v2x * k.v2y / (9 * nn * (nn - 1) * (nn - 2));
			double z = k.s / sqrt(v);

			r->statistic = z;
			r->p_value = 2 * gsl_cdf_ugaussian_Q(fabs(z));
		}
	}
}

void
corr_sided(struct corr_result *r, enum corr_method m, enum alt alt,
    double level)
{
	double nn = (double)r->n, q = r->statistic, z, h, e;
	int up = alt == ALT_GREATER;

	if (alt == ALT_TWO_SIDED || isnan(q))
		return;
	if (m == CORR_PEARSON) {
		r->p_value = up ? gsl_cdf_tdist_Q(q, r->df) :
		    gsl_cdf_tdist_P(q, r->df);
		if (r->n > 3) {
			z = atanh(r->estimate);
			h = gsl_cdf_ugaussian_Pinv(level) / sqrt(nn - 3);
			r->conf_low = up ? tanh(z - h) : -1;
			r->conf_high = up ? 1 : tanh(z + h);
		}
	} else if (m == CORR_SPEARMAN) {
		e = r->estimate;
		if (!r->ties && r->n < 1290)
			r->p_value = up ? spearman_tail(r->n, round(q) + 2, 1) :
			    spearman_tail(r->n, round(q), 0);
		else {
			z = e / sqrt((1 - e * e) / (nn - 2));
			r->p_value = up ? gsl_cdf_tdist_Q(z, nn - 2) :
			    gsl_cdf_tdist_P(z, nn - 2);
		}
	} else if (!r->ties && r->n < 50)	/* q is T, exact */
		r->p_value = up ? 1 - kendall_cdf(q - 1, r->n) :
		    kendall_cdf(q, r->n);
	else
		r->p_value = up ? gsl_cdf_ugaussian_Q(q) :
		    gsl_cdf_ugaussian_P(q);
}

int
corr_table(struct frame *f, const size_t *cols, size_t ncols,
    enum corr_method m, int complete, int matrix, double level,
    struct out_table **tp, struct diag *d)
{
	return corr_table_sided(f, cols, ncols, m, ALT_TWO_SIDED, complete,
	    matrix, level, tp, d);
}

static const char *const pair_names[] = { "x", "y", "estimate",
    "statistic", "df", "p_value", "conf_low", "conf_high", "n", "method" };

/* The table's columns, and with matrix its rows' names. */
static struct out_table *
result_new(char *const *names, size_t ncols, int matrix)
{
	struct out_table *t = out_new();
	size_t j;

	if (matrix) {
		out_column(t, "column");
		for (j = 0; j < ncols; j++)
			out_column(t, names[j]);
		for (j = 0; j < ncols; j++)
			out_text(t, out_row(t), 0, names[j]);
	} else
		for (j = 0; j < 10; j++)
			out_column(t, pair_names[j]);
	return t;
}

/* The result of the pair (j, k) (j == k: the matrix's diagonal) into t. */
static void
put_pair(struct out_table *t, char *const *names, size_t j, size_t k,
    struct corr_result *r, const char *why, enum corr_method m, int matrix,
    int *warned_ties)
{
	size_t row;

	if (j == k)	/* the diagonal of the matrix */
		r->estimate = why == NULL ? 1 : NAN;
	if (why != NULL)
		diag_warn("%s and %s: %s", names[j], names[k], why);
	else if (r->ties && !*warned_ties && !matrix &&
	    m != CORR_PEARSON) {	/* (a matrix has no p-values) */
		diag_warn("ties: p-values are approximate");
		*warned_ties = 1;
	}
	if (matrix) {
		out_num(t, j, k + 1, r->estimate);
		out_num(t, k, j + 1, r->estimate);
		return;
	}
	row = out_row(t);
	out_text(t, row, 0, names[j]);
	out_text(t, row, 1, names[k]);
	out_num(t, row, 2, r->estimate);
	out_num(t, row, 3, r->statistic);
	out_num(t, row, 4, r->df);
	out_num(t, row, 5, r->p_value);
	out_num(t, row, 6, r->conf_low);
	out_num(t, row, 7, r->conf_high);
	out_num(t, row, 8, (double)r->n);
	out_text(t, row, 9, method_name[m]);
}

/*
 * The complete pairs of columns j and k into x, y; their number.  ok:
 * the rows to use (--complete), or NULL.
 */
static size_t
pair_values(const struct frame *f, const size_t *cols, size_t j, size_t k,
    const char *ok, double *x, double *y)
{
	const double *a = f->col[cols[j]].num, *b = f->col[cols[k]].num;
	size_t i, n = 0;

	for (i = 0; i < f->nrows; i++)
		if ((ok == NULL || ok[i]) && !isnan(a[i]) && !isnan(b[i])) {
			x[n] = a[i];
			y[n++] = b[i];
		}
	return n;
}

/* The columns numeric, and with complete the rows without a missing
 * value (else NULL). */
static int
prepare(struct frame *f, const size_t *cols, size_t ncols, int complete,
    char **okp, struct diag *d)
{
	size_t i, j;
	char *ok;

	*okp = NULL;
	for (j = 0; j < ncols; j++)
		if (frame_numeric(f, cols[j], d) != 0)
			return -1;
	if (!complete)
		return 0;
	*okp = ok = xmalloc(f->nrows ? f->nrows : 1);
	memset(ok, 1, f->nrows);
	for (i = 0; i < f->nrows; i++)
		for (j = 0; j < ncols; j++)
			if (isnan(f->col[cols[j]].num[i]))
				ok[i] = 0;
	return 0;
}

static char **
col_names(const struct frame *f, const size_t *cols, size_t ncols)
{
	char **names = xmalloc((ncols ? ncols : 1) * sizeof(*names));
	size_t j;

	for (j = 0; j < ncols; j++)
		names[j] = f->col[cols[j]].name;
	return names;
}

int
corr_table_sided(struct frame *f, const size_t *cols, size_t ncols,
    enum corr_method m, enum alt alt, int complete, int matrix,
    double level, struct out_table **tp, struct diag *d)
{
	struct out_table *t;
	double *x, *y;
	size_t j, k, n, nr = f->nrows ? f->nrows : 1;
	char *ok, **names;
	int warned_ties = 0;

	if (prepare(f, cols, ncols, complete, &ok, d) != 0)
		return -1;
	names = col_names(f, cols, ncols);
	t = result_new(names, ncols, matrix);
	x = xmalloc(nr * sizeof(*x));
	y = xmalloc(nr * sizeof(*y));
	for (j = 0; j < ncols; j++)
		for (k = matrix ? j : j + 1; k < ncols; k++) {
			struct corr_result r;
			const char *why;

			n = pair_values(f, cols, j, k, ok, x, y);
			corr_test(x, y, n, m, level, &r, &why);
			corr_sided(&r, m, alt, level);
			put_pair(t, names, j, k, &r, why, m, matrix,
			    &warned_ties);
		}
	free(x);
	free(y);
	free(ok);
	free(names);
	*tp = t;
	return 0;
}

int
corr_matrix_adjusted(struct frame *f, const size_t *cols, size_t ncols,
    enum corr_method m, int complete, enum padjust_method pm,
    struct out_table **tp, struct diag *d)
{
	struct out_table *pairs, *t;
	size_t j, k, row = 0, pc;

	if (corr_table_sided(f, cols, ncols, m, ALT_TWO_SIDED, complete, 0,
	    0.95, &pairs, d) != 0)
		return -1;
	if (padjust_table(&pairs, pm, d) != 0) {
		out_free(pairs);
		return -1;
	}
	for (pc = 0; strcmp(pairs->name[pc], "p_adj") != 0; pc++)
		;
	t = out_new();
	out_column(t, "column");
	for (j = 0; j < ncols; j++)
		out_column(t, f->col[cols[j]].name);
	for (j = 0; j < ncols; j++)
		out_text(t, out_row(t), 0, f->col[cols[j]].name);
	/* the pairs come in the order (0,1), (0,2) ... (1,2) ...; the
	   diagonal stays empty */
	for (j = 0; j < ncols; j++)
		for (k = j + 1; k < ncols; k++, row++) {
			double p = pairs->cell[row * pairs->ncols + pc].num;

			out_num(t, j, k + 1, p);
			out_num(t, k, j + 1, p);
		}
	out_free(pairs);
	*tp = t;
	return 0;
}

void
corr_compare(double r1, size_t n1, double r2, size_t n2, enum alt alt,
    double level, struct corr_compare_result *c)
{
	double se = sqrt(1.0 / ((double)n1 - 3) + 1.0 / ((double)n2 - 3));
	double q = gsl_cdf_ugaussian_Qinv(alt == ALT_TWO_SIDED ?
	    (1 - level) / 2 : 1 - level), h[2], l[2], u[2];
	double r[2] = { r1, r2 }, n[2] = { (double)n1, (double)n2 };
	int i;

	c->r1 = r1;
	c->r2 = r2;
	c->n1 = n1;
	c->n2 = n2;
	c->statistic = (atanh(r1) - atanh(r2)) / se;
	c->p_value = alt == ALT_LESS ? gsl_cdf_ugaussian_P(c->statistic) :
	    alt == ALT_GREATER ? gsl_cdf_ugaussian_Q(c->statistic) :
	    2 * gsl_cdf_ugaussian_Q(fabs(c->statistic));
	/* Zou (2007): each r's Fisher interval, then the difference's */
	for (i = 0; i < 2; i++) {
		h[i] = q / sqrt(n[i] - 3);
		l[i] = tanh(atanh(r[i]) - h[i]);
		u[i] = tanh(atanh(r[i]) + h[i]);
	}
	c->conf_low = r1 - r2 - sqrt((r1 - l[0]) * (r1 - l[0]) +
	    (u[1] - r2) * (u[1] - r2));
	c->conf_high = r1 - r2 + sqrt((u[0] - r1) * (u[0] - r1) +
	    (r2 - l[1]) * (r2 - l[1]));
	if (alt == ALT_LESS)	/* one-sided: the other end is r's bound */
		c->conf_low = -2;
	else if (alt == ALT_GREATER)
		c->conf_high = 2;
}

/* Pearson's r of the complete pairs of columns x, y in level k. */
static double
level_r(const struct frame *f, size_t x, size_t y, const struct levels *lv,
    size_t k, size_t *n)
{
	const double *a = f->col[x].num, *b = f->col[y].num;
	double *u = xmalloc((f->nrows + 1) * sizeof(*u)), *v, r;
	size_t i;

	v = xmalloc((f->nrows + 1) * sizeof(*v));
	for (i = *n = 0; i < f->nrows; i++)
		if (lv->of_row[i] == k && !isnan(a[i]) && !isnan(b[i])) {
			u[*n] = a[i];
			v[(*n)++] = b[i];
		}
	r = pearson(u, v, *n);
	free(u);
	free(v);
	return r;
}

int
corr_compare_frame(struct frame *f, size_t x, size_t y, size_t g,
    const char *want, enum alt alt, double level, struct out_table **tp,
    struct diag *d)
{
	static const char *const names[] = { "x", "y", "level1", "level2",
	    "estimate", "r1", "r2", "n1", "n2", "statistic", "p_value",
	    "conf_low", "conf_high", "method" };
	struct corr_compare_result c;
	struct levels lv;
	struct out_table *t;
	double r1, r2;
	size_t n1, n2, k;

	if (frame_numeric(f, x, d) != 0 || frame_numeric(f, y, d) != 0 ||
	    levels_of(f, g, want, &lv, d) != 0)
		return -1;
	if (lv.n != 2) {
		diag_set(d, STATUS_DATA, "%zu levels; --compare needs exactly "
		    "2 (pick two with --levels)", lv.n);
		diag_column(d, f->col[g].name);
		levels_free(&lv);
		return -1;
	}
	r1 = level_r(f, x, y, &lv, 0, &n1);
	r2 = level_r(f, x, y, &lv, 1, &n2);
	if (n1 < 4 || n2 < 4) {
		diag_set(d, STATUS_DATA, "level \"%s\" has %zu complete pairs; "
		    "--compare needs at least 4 in each", levels_name(f, g,
		    &lv, n1 < 4 ? 0 : 1), n1 < 4 ? n1 : n2);
		diag_column(d, f->col[g].name);
		levels_free(&lv);
		return -1;
	}
	if (isnan(r1) || isnan(r2))
		diag_warn("a column is constant within a level: r undefined");
	corr_compare(r1, n1, r2, n2, alt, level, &c);
	t = out_new();
	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		out_column(t, names[k]);
	out_row(t);
	out_text(t, 0, 0, f->col[x].name);
	out_text(t, 0, 1, f->col[y].name);
	out_text(t, 0, 2, levels_name(f, g, &lv, 0));
	out_text(t, 0, 3, levels_name(f, g, &lv, 1));
	out_num(t, 0, 4, c.r1 - c.r2);
	out_num(t, 0, 5, c.r1);
	out_num(t, 0, 6, c.r2);
	out_num(t, 0, 7, (double)c.n1);
	out_num(t, 0, 8, (double)c.n2);
	out_num(t, 0, 9, c.statistic);
	out_num(t, 0, 10, c.p_value);
	out_num(t, 0, 11, c.conf_low);
	out_num(t, 0, 12, c.conf_high);
	out_text(t, 0, 13, "Fisher's z test of two independent correlations");
	levels_free(&lv);
	*tp = t;
	return 0;
}

/*
 * --partial: per pair of columns (j <= k), Pearson's co-moments about the
 * pair's means, merged by the pairwise formulas of Chan et al.  A record
 * per pair: PART "j:k", then N, MX, MY, SXX, SYY, SXY.
 */
struct corr_sums {
	double	n, mx, my, sxx, syy, sxy;
};

struct corr_merge {
	char			*sig;
	char			**names;
	size_t			 ncols;
	enum alt		 alt;
	int			 complete, matrix;
	double			 level;
	struct corr_sums	*s;	/* [j * ncols + k], j <= k */
};

/* As pearson() sums them, rounded to double. */
static void
sums_of(const double *x, const double *y, size_t n, struct corr_sums *s)
{
	long double m[5];

	memset(s, 0, sizeof(*s));
	if (n == 0)
		return;
	comoments(x, y, n, m);
	s->n = (double)n;
	s->mx = (double)m[0];
	s->my = (double)m[1];
	s->sxx = (double)m[2];
	s->syy = (double)m[3];
	s->sxy = (double)m[4];
}

static void
sums_merge(struct corr_sums *a, const struct corr_sums *b)
{
	double n = a->n + b->n, dx, dy, f;

	if (b->n == 0)
		return;
	if (a->n == 0) {
		*a = *b;
		return;
	}
	dx = b->mx - a->mx;
	dy = b->my - a->my;
	f = a->n * b->n / n;
	a->mx += dx * b->n / n;
	a->my += dy * b->n / n;
	a->sxx += b->sxx + dx * dx * f;
	a->syy += b->syy + dy * dy * f;
	a->sxy += b->sxy + dx * dy * f;
	a->n = n;
}

static char *
make_sig(const struct corr_merge *c)
{
	struct state_text t = { NULL, 0, 0 };
	size_t j;

	state_text_fmt(&t, "corr;names=");
	for (j = 0; j < c->ncols; j++) {
		if (j > 0)
			state_text_put(&t, ",", 1);
		state_text_name(&t, c->names[j]);
	}
	state_text_fmt(&t, ";method=pearson;alt=%s;complete=%d;matrix=%d;"
	    "level=%a", alt_name(c->alt), c->complete, c->matrix, c->level);
	return t.p;
}

static struct out_table *
state_table(const struct corr_merge *c)
{
	struct out_table *t = state_new(NULL, 0, c->sig);
	char fp[STATE_FPLEN], part[48];
	size_t j, k, row;

	state_fingerprint(c->sig, fp);
	for (j = 0; j < c->ncols; j++)
		for (k = c->matrix ? j : j + 1; k < c->ncols; k++) {
			const struct corr_sums *s = &c->s[j * c->ncols + k];

			snprintf(part, sizeof(part), "%zu:%zu", j, k);
			row = state_record(t, 0, fp, part);
			out_num(t, row, 3, s->n);
			state_put_num(t, row, 4, s->mx);
			state_put_num(t, row, 5, s->my);
			state_put_num(t, row, 6, s->sxx);
			state_put_num(t, row, 7, s->syy);
			state_put_num(t, row, 8, s->sxy);
		}
	state_end(t, 0, c->sig);
	return t;
}

int
corr_stratum(void *opts, struct frame **f, struct out_table **tp,
    struct diag *d)
{
	return corr_frame(*f, opts, tp, d);
}

int
corr_frame(struct frame *f, const struct corr_opts *o, struct out_table **tp,
    struct diag *d)
{
	if (o->compare) {
		if (o->ncols != 2)
			return diag_set(d, STATUS_USAGE, "--compare: -c names "
			    "two columns, -g one");
		return corr_compare_frame(f, o->cols[0], o->cols[1], o->group,
		    o->levels, o->alt, o->conf_level, tp, d);
	}
	if (o->ncols < 2)
		return diag_set(d, STATUS_USAGE, "-c: at least two columns are "
		    "needed");
	if (o->alt != ALT_TWO_SIDED && o->matrix)
		return diag_set(d, STATUS_USAGE, "--alternative: --matrix has "
		    "no p-values");
	if (o->partial)
		return corr_state(f, o->cols, o->ncols, o->method, o->alt,
		    o->complete, o->matrix, o->conf_level, tp, d);
	if (o->matrix && o->adjust >= 0)
		return corr_matrix_adjusted(f, o->cols, o->ncols, o->method,
		    o->complete, (enum padjust_method)o->adjust, tp, d);
	return corr_table_sided(f, o->cols, o->ncols, o->method, o->alt,
	    o->complete, o->matrix, o->conf_level, tp, d);
}

int
corr_state(struct frame *f, const size_t *cols, size_t ncols,
    enum corr_method m, enum alt alt, int complete, int matrix,
    double level, struct out_table **tp, struct diag *d)
{
	struct corr_merge c;
	double *x, *y;
	size_t j, k, nr = f->nrows ? f->nrows : 1;
	char *ok;

	if (m != CORR_PEARSON)
		return diag_set(d, STATUS_USAGE, "--partial: only Pearson's "
		    "r merges (ranks need every value)");
	if (prepare(f, cols, ncols, complete, &ok, d) != 0)
		return -1;
	memset(&c, 0, sizeof(c));
	c.names = col_names(f, cols, ncols);
	c.ncols = ncols;
	c.alt = alt;
	c.complete = complete;
	c.matrix = matrix;
	c.level = level;
	c.s = xcalloc(ncols * ncols, sizeof(*c.s));
	x = xmalloc(nr * sizeof(*x));
	y = xmalloc(nr * sizeof(*y));
	for (j = 0; j < ncols; j++)
		for (k = matrix ? j : j + 1; k < ncols; k++)
			sums_of(x, y, pair_values(f, cols, j, k, ok, x, y),
			    &c.s[j * ncols + k]);
	c.sig = make_sig(&c);
	*tp = state_table(&c);
	free(c.sig);
	free(c.s);
	free(c.names);
	free(x);
	free(y);
	free(ok);
	return 0;
}

static void corr_merge_free(void *);

static void *
corr_merge_new(const char *sig, struct diag *d)
{
	struct corr_merge *c = xcalloc(1, sizeof(*c));
	char *copy = xstrdup(sig), *p, *save = NULL, *v, *end;
	int ok = 1, have = 0;

	for (p = strtok_r(copy, ";", &save); p != NULL;
	    p = strtok_r(NULL, ";", &save)) {
		if ((v = strchr(p, '=')) == NULL) {
			ok &= strcmp(p, "corr") == 0;
			continue;
		}
		*v++ = '\0';
		if (strcmp(p, "names") == 0) {
			state_split_names(v, &c->names, &c->ncols);
			have |= 1;
		} else if (strcmp(p, "method") == 0)
			ok &= strcmp(v, "pearson") == 0;
		else if (strcmp(p, "alt") == 0) {
			ok &= alt_parse(v, &c->alt) == 0;
			have |= 2;
		} else if (strcmp(p, "complete") == 0)
			c->complete = atoi(v);
		else if (strcmp(p, "matrix") == 0)
			c->matrix = atoi(v);
		else if (strcmp(p, "level") == 0) {
			c->level = strtod(v, &end);
			ok &= *end == '\0' && c->level > 0 && c->level < 1;
			have |= 4;
		}
	}
	free(copy);
	if (!ok || have != 7 || c->ncols < 2 || c->ncols > 100000) {
		diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "signature");
		corr_merge_free(c);
		return NULL;
	}
	c->s = xcalloc(c->ncols * c->ncols, sizeof(*c->s));
	c->sig = make_sig(c);
	return c;
}

static int
corr_merge_add(void *arg, const char *part, char *const *f, struct diag *d)
{
	struct corr_merge *c = arg;
	struct corr_sums b;
	double v[6];
	unsigned long j, k;
	char *end;

	j = strtoul(part, &end, 10);
	k = *end == ':' ? strtoul(end + 1, &end, 10) : 0;
	if (*end != '\0' || j >= c->ncols || k >= c->ncols || k < j ||
	    (k == j && !c->matrix))
		return diag_set(d, STATUS_DATA, "not a statpipe state: a "
		    "pair out of range");
	if (state_nums(f, 6, v, d) != 0)
		return -1;
	if (!(v[0] >= 0) || v[0] != floor(v[0]))
		return diag_set(d, STATUS_DATA, "not a statpipe state: a bad "
		    "count");
	b.n = v[0];
	b.mx = v[1];
	b.my = v[2];
	b.sxx = v[3];
	b.syy = v[4];
	b.sxy = v[5];
	sums_merge(&c->s[j * c->ncols + k], &b);
	return 0;
}

static int
corr_merge_result(void *arg, int partial, struct out_table **tp,
    struct diag *d)
{
	struct corr_merge *c = arg;
	struct out_table *t;
	size_t j, k;
	int warned_ties = 0;

	(void)d;
	if (partial) {
		*tp = state_table(c);
		return 0;
	}
	t = result_new(c->names, c->ncols, c->matrix);
	for (j = 0; j < c->ncols; j++)
		for (k = c->matrix ? j : j + 1; k < c->ncols; k++) {
			const struct corr_sums *s = &c->s[j * c->ncols + k];
			struct corr_result r;
			const char *why;

			if (result_init((size_t)s->n, &r, &why) == 0)
				pearson_finish(s->sxx == 0 || s->syy == 0 ?
				    NAN : (double)((long double)s->sxy /
				    sqrtl((long double)s->sxx * s->syy)),
				    r.n, c->level, &r, &why);
			corr_sided(&r, CORR_PEARSON, c->alt, c->level);
			put_pair(t, c->names, j, k, &r, why, CORR_PEARSON,
			    c->matrix, &warned_ties);
		}
	*tp = t;
	return 0;
}

static void
corr_merge_free(void *arg)
{
	struct corr_merge *c = arg;
	size_t j;

	if (c == NULL)
		return;
	for (j = 0; j < c->ncols; j++)
		free(c->names[j]);
	free(c->names);
	free(c->s);
	free(c->sig);
	free(c);
}

const struct state_ops corr_state_ops = {
	{ "corr", NULL, NULL }, corr_merge_new, corr_merge_add,
	corr_merge_result, corr_merge_free
};
