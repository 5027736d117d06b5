/* metrics: classification and regression metrics (metrics.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/out.h"
#include "learn/metrics.h"
#include "stats/rank.h"

void
metrics_columns(const struct metrics_request *q, const char *cols[4])
{
	cols[0] = q->truth;
	cols[1] = q->pred;
	cols[2] = q->prob;
	cols[3] = NULL;
}

double
metrics_auc(const double *s, const unsigned char *y, size_t n, double *var)
{
	double *r = xmalloc((n + 1) * sizeof(*r)), *ra = xmalloc((n + 1) *
	    sizeof(*ra)), *sub = xmalloc((n + 1) * sizeof(*sub));
	double *rsub = xmalloc((n + 1) * sizeof(*rsub));
	double n1 = 0, n0, r1 = 0, auc, m10 = 0, m01 = 0, s10 = 0, s01 = 0;
	double v;
	size_t i, k, c;
	int g;

	rank_average(s, n, ra);
	for (i = 0; i < n; i++)
		if (y[i]) {
			n1++;
			r1 += ra[i];
		}
	n0 = (double)n - n1;
	auc = (r1 - n1 * (n1 + 1) / 2) / (n1 * n0);
	/* DeLong's placements from the ranks within each group */
	for (g = 0; g <= 1; g++) {
		for (i = c = 0; i < n; i++)
			if (y[i] == g)
				sub[c++] = s[i];
		rank_average(sub, c, rsub);
		for (i = k = 0; i < n; i++)
			if (y[i] == g)
				r[i] = rsub[k++];
	}
	for (i = 0; i < n; i++)
		r[i] = y[i] ? (ra[i] - r[i]) / n0 : (n1 - (ra[i] - r[i])) / n1;
	for (i = 0; i < n; i++) {
		if (y[i])
			m10 += r[i];
		else
			m01 += r[i];
	}
	m10 /= n1;
	m01 /= n0;
	for (i = 0; i < n; i++) {
		v = y[i] ? r[i] - m10 : r[i] - m01;
		if (y[i])
			s10 += v * v;
		else
			s01 += v * v;
	}
	*var = s10 / (n1 - 1) / n1 + s01 / (n0 - 1) / n0;
	free(r);
	free(ra);
	free(sub);
	free(rsub);
	return auc;
}

static void
row(struct out_table *o, const char *metric, const char *cls, double est)
{
	size_t r = out_row(o);

	out_text(o, r, 0, metric);
	out_text(o, r, 1, cls);
	out_num(o, r, 2, est);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* one column by name or number */
static int
column(struct frame *f, const char *spec, size_t *col, struct diag *d)
{
	char why[256];

	snprintf(why, sizeof(why), "\"%s\" is not one column", spec);
	return frame_col1(f, spec, why, col, d);
}

static int
numeric(struct frame *f, size_t col, struct diag *d)
{
	if (frame_numeric(f, col, d) == 0)
		return 0;
	return -1;
}

const char *const metrics_number_names[METRICS_NUMBERS] = { "n", "rmse",
	"mae", "mape", "r_squared", "cor_squared", "explained_variance" };

void
metrics_numbers(const double *y, const double *p, size_t n,
    double out[METRICS_NUMBERS], size_t *nzero)
{
	double m = 0, sse = 0, sae = 0, sape = 0, nape = 0, my = 0, mp = 0;
	double me = 0, syy = 0, spp = 0, syp = 0, see = 0, e, dy, dp;
	size_t i;

	for (i = 0; i < n; i++) {
		if (isnan(y[i]) || isnan(p[i]))
			continue;
		m++;
		my += y[i];
		mp += p[i];
		me += y[i] - p[i];
	}
	my /= m;
	mp /= m;
	me /= m;
	for (i = 0; i < n; i++) {
		if (isnan(y[i]) || isnan(p[i]))
			continue;
		e = y[i] - p[i];
		sse += e * e;
		sae += fabs(e);
		if (y[i] != 0) {
			sape += fabs(e / y[i]);
			nape++;
		}
		dy = y[i] - my;
		dp = p[i] - mp;
		syy += dy * dy;
		spp += dp * dp;
		syp += dy * dp;
		see += (e - me) * (e - me);
	}
	*nzero = (size_t)(m - nape);
	out[0] = m;
	out[1] = sqrt(sse / m);
	out[2] = sae / m;
	out[3] = nape > 0 ? 100 * sape / nape : NAN;
	out[4] = syy > 0 ? 1 - sse / syy : NAN;
	out[5] = syy > 0 && spp > 0 ? syp * syp / (syy * spp) : NAN;
	out[6] = syy > 0 ? 1 - see / syy : NAN;
}

void
metrics_agreement(const double *conf, size_t k, double out[3])
{
	double n = 0, diag = 0, pe = 0, rt, ct, rec = 0;
	size_t i, j, nrec = 0;

	for (i = 0; i < k; i++) {
		rt = ct = 0;
		for (j = 0; j < k; j++) {
			rt += conf[i * k + j];
			ct += conf[j * k + i];
		}
		n += rt;
		diag += conf[i * k + i];
		pe += rt * ct;
		if (rt > 0) {
			rec += conf[i * k + i] / rt;
			nrec++;
		}
	}
	pe /= n * n;
	out[0] = diag / n;
	out[1] = rec / (double)nrec;
	out[2] = (diag / n - pe) / (1 - pe);
}

/* regression: metric,estimate */
static int
regression(struct frame *f, size_t tc, size_t pc, struct out_table **out,
    struct diag *d)
{
	double v[METRICS_NUMBERS];
	size_t i, k, r, skipped = 0, nzero;
	struct out_table *o;

	if (numeric(f, tc, d) != 0 || numeric(f, pc, d) != 0)
		return -1;
	for (i = 0; i < f->nrows; i++)
		skipped += isnan(f->col[tc].num[i]) || isnan(f->col[pc].num[i]);
	if (skipped == f->nrows)
		return diag_set(d, STATUS_DATA, "no row has both values");
	metrics_numbers(f->col[tc].num, f->col[pc].num, f->nrows, v, &nzero);
	if (skipped)
		diag_warn("%zu rows left out: a value is missing", skipped);
	if (nzero)
		diag_warn("MAPE: %zu rows whose truth is 0 left out", nzero);
	o = out_new();
	out_column(o, "metric");
	out_column(o, "estimate");
	for (k = 0; k < METRICS_NUMBERS; k++) {
		r = out_row(o);
		out_text(o, r, 0, metrics_number_names[k]);
		out_num(o, r, 1, v[k]);
	}
	*out = o;
	return 0;
}

/* the union of the texts of the columns, sorted: levels */
static char **
levels(struct frame *f, const size_t *cols, size_t nc, size_t *nl)
{
	size_t cap = 0, n = 0, i, j, k;
	char **lev = NULL;

	for (j = 0; j < nc; j++) {
		frame_factor(f, cols[j]);
		for (k = 0; k < group_table_count(f->col[cols[j]].levels);
		    k++) {
			lev = xgrow(lev, &cap, n + 1, sizeof(*lev));
			lev[n++] = (char *)group_table_key(
			    f->col[cols[j]].levels, k, 0);
		}
	}
	if (n > 0)
		qsort(lev, n, sizeof(*lev), cmp_str);
	for (i = k = 0; i < n; i++)
		if (k == 0 || strcmp(lev[i], lev[k - 1]) != 0)
			lev[k++] = lev[i];
	*nl = k;
	return lev;
}

static size_t
find_level(char **lev, size_t nl, const char *s)
{
	char **h = bsearch(&s, lev, nl, sizeof(*lev), cmp_str);

	return h != NULL ? (size_t)(h - lev) : nl;
}

/* per-row level index of a column (nl if missing) */
static size_t *
codes(struct frame *f, size_t col, char **lev, size_t nl)
{
	size_t *c = xmalloc((f->nrows + 1) * sizeof(*c)), i, k;
	struct frame_col *fc = &f->col[col];
	size_t nk = group_table_count(fc->levels);
	size_t *map = xmalloc((nk + 1) * sizeof(*map));

	for (k = 0; k < nk; k++)
		map[k] = find_level(lev, nl, group_table_key(fc->levels, k, 0));
	for (i = 0; i < f->nrows; i++)
		c[i] = fc->code[i] == FRAME_NA_CODE ? nl : map[fc->code[i]];
	free(map);
	return c;
}

struct cls {
	size_t	 nl;		/* classes */
	char	**lev;
	size_t	 n;		/* rows used */
	double	*conf;		/* nl x nl: truth row, prediction column */
	size_t	*truth;		/* n */
	double	**prob;		/* nl columns of n, or NULL */
	size_t	 nprob;		/* 1: the positive's only */
	size_t	 pos;		/* the positive class */
};

static void
class_table(const struct cls *c, double level, struct out_table *o)
{
	size_t nl = c->nl, i, j, k, r;
	double n = (double)c->n, agree[3], *rt, *ct, v;
	double mp = 0, mr = 0, mf = 0, wp = 0, wr = 0, wf = 0, prec, rec, f1;
	double ll = 0, br = 0, p, var, auc, z;
	unsigned char *y;
	int undef = 0;

	rt = xcalloc(2 * nl + 1, sizeof(*rt));
	ct = rt + nl;
	for (i = 0; i < nl; i++)
		for (j = 0; j < nl; j++) {
			rt[i] += c->conf[i * nl + j];
			ct[j] += c->conf[i * nl + j];
		}
	metrics_agreement(c->conf, nl, agree);
	row(o, "n", NULL, n);
	row(o, "accuracy", NULL, agree[0]);
	row(o, "balanced_accuracy", NULL, agree[1]);
	row(o, "kappa", NULL, agree[2]);
	for (i = 0; i < nl; i++) {
		double tp = c->conf[i * nl + i];

		prec = ct[i] > 0 ? tp / ct[i] : NAN;
		rec = rt[i] > 0 ? tp / rt[i] : NAN;
		f1 = prec + rec > 0 ? 2 * prec * rec / (prec + rec) :
		    isnan(prec) || isnan(rec) ? NAN : 0;
		undef |= isnan(prec) || isnan(rec);
		row(o, "precision", c->lev[i], prec);
		row(o, "recall", c->lev[i], rec);
		row(o, "f1", c->lev[i], f1);
		row(o, "support", c->lev[i], rt[i]);
		mp += prec;
		mr += rec;
		mf += f1;
		wp += prec * rt[i];
		wr += rec * rt[i];
		wf += f1 * rt[i];
	}
	if (undef)
		diag_warn("a class never predicted or never true: its precision "
		    "or recall, and their means, are undefined");
	row(o, "precision", "macro", mp / (double)nl);
	row(o, "recall", "macro", mr / (double)nl);
	row(o, "f1", "macro", mf / (double)nl);
	row(o, "precision", "weighted", wp / n);
	row(o, "recall", "weighted", wr / n);
	row(o, "f1", "weighted", wf / n);
	free(rt);
	if (c->prob == NULL)
		return;
	for (i = 0; i < c->n; i++) {
		if (c->nprob == 1) {
			int yi = c->truth[i] == c->pos;

			p = fmin(fmax(c->prob[0][i], 1e-15), 1 - 1e-15);
			ll -= yi ? log(p) : log(1 - p);
			br += (c->prob[0][i] - yi) * (c->prob[0][i] - yi);
			continue;
		}
		for (k = 0; k < nl; k++) {
			v = c->prob[k][i] - (c->truth[i] == k);
			br += v * v;
		}
		p = fmin(fmax(c->prob[c->truth[i]][i], 1e-15), 1 - 1e-15);
		ll -= log(p);
	}
	if (nl == 2 || c->nprob == 1) {
		y = xmalloc(c->n + 1);
		for (i = 0; i < c->n; i++)
			y[i] = c->truth[i] == c->pos;
		auc = metrics_auc(c->nprob == 1 ? c->prob[0] : c->prob[c->pos],
		    y, c->n, &var);
		free(y);
		r = out_row(o);
		out_text(o, r, 0, "auc");
		out_text(o, r, 1, c->lev[c->pos]);
		out_num(o, r, 2, auc);
		z = gsl_cdf_ugaussian_Pinv(1 - (1 - level) / 2);
		out_num(o, r, 3, fmax(0, auc - z * sqrt(var)));
		out_num(o, r, 4, fmin(1, auc + z * sqrt(var)));
	}
	row(o, "log_loss", NULL, ll / n);
	row(o, "brier", NULL, br / n);
}

/* the probability columns: one (the positive's) or one per class, named
 * LEVEL or prob_LEVEL */
static int
prob_cols(struct frame *f, const char *spec, struct cls *c, size_t **pcol,
    struct diag *d)
{
	char **names = xmalloc((f->ncols + 1) * sizeof(*names));
	size_t *idx = NULL, n = 0, j, k;
	const char *nm;

	for (j = 0; j < f->ncols; j++)
		names[j] = f->col[j].name;
	j = (size_t)cols_parse(spec, names, f->ncols, &idx, &n, d);
	free(names);
	if (j != 0)
		return -1;
	if (n == 1) {
		c->nprob = 1;
		*pcol = idx;
		return 0;
	}
	if (n != c->nl) {
		free(idx);
		return diag_set(d, STATUS_USAGE, "--prob: %zu columns for %zu "
		    "classes (give one, the positive's, or one per class)", n,
		    c->nl);
	}
	*pcol = xmalloc((n + 1) * sizeof(**pcol));
	for (j = 0; j < n; j++) {
		nm = f->col[idx[j]].name;
		if (strncmp(nm, "prob_", 5) == 0)
			nm += 5;
		k = find_level(c->lev, c->nl, nm);
		if (k == c->nl) {
			diag_set(d, STATUS_USAGE, "--prob: column \"%s\" names "
			    "no class (LEVEL or prob_LEVEL)", f->col[idx[j]].name);
			free(idx);
			free(*pcol);
			return -1;
		}
		(*pcol)[k] = idx[j];
	}
	c->nprob = n;
	free(idx);
	return 0;
}

static struct out_table *
confusion_table(const struct cls *c)
{
	struct out_table *o = out_new();
	size_t i, j, r;

	out_column(o, "truth");
	for (j = 0; j < c->nl; j++)
		out_column(o, c->lev[j]);
	for (i = 0; i < c->nl; i++) {
		r = out_row(o);
		out_text(o, r, 0, c->lev[i]);
		for (j = 0; j < c->nl; j++)
			out_num(o, r, 1 + j, c->conf[i * c->nl + j]);
	}
	return o;
}

static int
classification(struct frame *f, const struct metrics_request *q, size_t tc,
    size_t pc, struct out_table **out, struct diag *d)
{
	struct cls c;
	size_t cols[2] = { tc, pc }, *tcode, *pcode = NULL, *pcol = NULL;
	size_t i, j, k, skipped = 0;
	double v;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	c.lev = levels(f, cols, pc == (size_t)-1 ? 1 : 2, &c.nl);
	if (c.nl < 2) {
		free(c.lev);
		diag_set(d, STATUS_DATA, "%zu class%s: metrics of classes need "
		    "2 or more", c.nl, c.nl == 1 ? "" : "es");
		diag_column(d, f->col[tc].name);
		return -1;
	}
	c.pos = c.nl - 1;
	if (q->positive != NULL &&
	    (c.pos = find_level(c.lev, c.nl, q->positive)) == c.nl) {
		free(c.lev);
		return diag_set(d, STATUS_USAGE, "--positive: \"%s\" is not a "
		    "class", q->positive);
	}
	if (q->prob != NULL && prob_cols(f, q->prob, &c, &pcol, d) != 0) {
		free(c.lev);
		return -1;
	}
	for (k = 0; k < c.nprob; k++)
		if (numeric(f, pcol[k], d) != 0)
			goto done;
	tcode = codes(f, tc, c.lev, c.nl);
	if (pc != (size_t)-1)
		pcode = codes(f, pc, c.lev, c.nl);
	c.conf = xcalloc(c.nl * c.nl + 1, sizeof(double));
	c.truth = xmalloc((f->nrows + 1) * sizeof(size_t));
	if (c.nprob) {
		c.prob = xmalloc(c.nprob * sizeof(*c.prob));
		for (k = 0; k < c.nprob; k++)
			c.prob[k] = xmalloc((f->nrows + 1) * sizeof(double));
	}
	for (i = 0; i < f->nrows; i++) {
		if (tcode[i] == c.nl || (pcode && pcode[i] == c.nl)) {
			skipped++;
			continue;
		}
		for (k = 0; k < c.nprob; k++) {
			v = f->col[pcol[k]].num[i];
			if (isnan(v))
				break;
			if (v < 0 || v > 1) {
				diag_set(d, STATUS_DATA, "%.17g is not a "
				    "probability", v);
				frame_where(f, i, d);
				diag_column(d, f->col[pcol[k]].name);
				goto free;
			}
			c.prob[k][c.n] = v;
		}
		if (k < c.nprob) {
			skipped++;
			continue;
		}
		if (pcode == NULL) {
			/* the class of the largest probability, or the
			 * positive's at 0.5 */
			j = c.pos;
			if (c.nprob == 1)
				j = c.prob[0][c.n] >= 0.5 ? c.pos :
				    c.pos == 0 ? 1 : 0;
			else
				for (k = 0, j = 0; k < c.nl; k++)
					if (c.prob[k][c.n] > c.prob[j][c.n])
						j = k;
		} else
			j = pcode[i];
		c.conf[tcode[i] * c.nl + j]++;
		c.truth[c.n++] = tcode[i];
	}
	if (c.n == 0) {
		diag_set(d, STATUS_DATA, "no row has every value");
		goto free;
	}
	if (skipped)
		diag_warn("%zu rows left out: a value is missing", skipped);
	if (q->confusion)
		*out = confusion_table(&c);
	else {
		*out = out_new();
		out_column(*out, "metric");
		out_column(*out, "class");
		out_column(*out, "estimate");
		out_column(*out, "conf_low");
		out_column(*out, "conf_high");
		class_table(&c, q->level, *out);
	}
	rc = 0;
free:
	free(tcode);
	free(pcode);
	free(c.conf);
	free(c.truth);
	for (k = 0; k < c.nprob; k++)
		free(c.prob[k]);
	free(c.prob);
done:
	free(pcol);
	free(c.lev);
	return rc;
}

int
metrics_frame(struct frame *f, const struct metrics_request *q,
    struct out_table **out, struct diag *d)
{
	size_t tc, pc = (size_t)-1;
	int cls = q->classes || q->prob != NULL || q->confusion;

	if (column(f, q->truth, &tc, d) != 0 ||
	    (q->pred != NULL && column(f, q->pred, &pc, d) != 0))
		return -1;
	if (pc == (size_t)-1 && q->prob == NULL)
		return diag_set(d, STATUS_USAGE, "-p or --prob is required");
	if (!cls && frame_numeric(f, tc, d) != 0)
		cls = 1;
	if (!cls && frame_numeric(f, pc, d) != 0)
		cls = 1;
	if (cls)
		return classification(f, q, tc, pc, out, d);
	return regression(f, tc, pc, out, d);
}
