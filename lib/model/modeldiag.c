/*
 * modeldiag: diagnostics of a fitted model: car::vif's (generalized)
 * variance inflation factors, sandwich standard errors (see modeldiag.h).
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/out.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/modeldiag.h"

/*
 * The determinant of R (m x m, by rows) restricted to the rows and
 * columns j with in[j] == want.
 */
static double
det_sub(const double *R, size_t m, const unsigned char *in, int want)
{
	size_t i, j, a = 0, b, k = 0;
	gsl_matrix *s;
	gsl_permutation *perm;
	double det;
	int sign;

	for (j = 0; j < m; j++)
		k += in[j] == want;
	if (k == 0)
		return 1;
	s = gsl_matrix_alloc(k, k);
	perm = gsl_permutation_alloc(k);
	for (i = 0; i < m; i++) {
		if (in[i] != want)
			continue;
		for (j = 0, b = 0; j < m; j++)
			if (in[j] == want)
				gsl_matrix_set(s, a, b++, R[i * m + j]);
		a++;
	}
	gsl_linalg_LU_decomp(s, perm, &sign);
	det = gsl_linalg_LU_det(s, sign);
	gsl_permutation_free(perm);
	gsl_matrix_free(s);
	return det;
}

/*
 * car::vif's set-up: the columns but the intercept in col (m of them) and
 * the correlation matrix *Rp of their coefficients (cov2cor of the
 * covariance), or an error (an aliased column, fewer than 2 terms).
 */
static int
vif_cor(const struct model_fit *mf, const struct formula_design *ds,
    size_t **colp, size_t *mp, double **Rp, struct diag *d)
{
	size_t j, k, t, m = 0, nt = 0, *col;
	double *R;

	for (j = 0; j < mf->p; j++)
		if (mf->aliased[j])
			return diag_set(d, STATUS_DATA, "--vif: coefficient "
			    "\"%s\" is aliased", ds->name[j]);
	if (!ds->intercept)
		diag_warn("--vif: no intercept: the VIFs may not be sensible");
	col = xmalloc((mf->p + 1) * sizeof(*col));
	for (j = ds->intercept ? 1 : 0; j < mf->p; j++)
		col[m++] = j;
	/* the terms that have columns (an offset has none) */
	for (t = ds->intercept ? 1 : 0; t < ds->nterm; t++) {
		for (k = 0; k < m && ds->assign[col[k]] != t; k++)
			;
		nt += k < m;
	}
	if (nt < 2) {
		free(col);
		return diag_set(d, STATUS_USAGE, "--vif needs a model of 2 "
		    "terms or more");
	}
	R = xmalloc(m * m * sizeof(*R));
	for (j = 0; j < m; j++)
		for (k = 0; k < m; k++)
			R[j * m + k] = mf->cov[col[j] * mf->p + col[k]] /
			    sqrt(mf->cov[col[j] * mf->p + col[j]] *
			    mf->cov[col[k] * mf->p + col[k]]);
	*colp = col;
	*mp = m;
	*Rp = R;
	return 0;
}

/* One row of the GVIF of the columns with in[j] == 1; returns the row. */
static size_t
vif_row(struct out_table *tab, const char *name, const double *R,
    size_t m, const unsigned char *in, double detR)
{
	double g, df = 0;
	size_t j, r;

	for (j = 0; j < m; j++)
		df += in[j];
	g = det_sub(R, m, in, 1) * det_sub(R, m, in, 0) / detR;
	r = out_row(tab);
	out_text(tab, r, 0, name);
	out_num(tab, r, 1, g);
	out_num(tab, r, 2, df);
	out_num(tab, r, 3, pow(g, 1 / (2 * df)));
	return r;
}

static struct out_table *
vif_new(int predictor)
{
	struct out_table *tab = out_new();

	out_column(tab, predictor ? "predictor" : "term");
	out_column(tab, "gvif");
	out_column(tab, "df");
	out_column(tab, "gvif_adj");
	if (predictor) {
		out_column(tab, "interacts_with");
		out_column(tab, "other_predictors");
	}
	return tab;
}

int
modeldiag_vif_table(const struct model_fit *mf,
    const struct formula_design *ds, struct out_table **tp, struct diag *d)
{
	size_t j, t, m = 0, *col = NULL;
	unsigned char *in;
	double *R = NULL, detR;
	struct out_table *tab;
	int any;

	if (vif_cor(mf, ds, &col, &m, &R, d) != 0)
		return -1;
	in = xcalloc(m, 1);
	detR = det_sub(R, m, in, 0);
	tab = vif_new(0);
	for (t = ds->intercept ? 1 : 0; t < ds->nterm; t++) {
		for (j = 0, any = 0; j < m; j++)
			any |= in[j] = ds->assign[col[j]] == t;
		if (any)
			(void)vif_row(tab, ds->term[t], R, m, in, detR);
	}
	free(in);
	free(R);
	free(col);
	*tp = tab;
	return 0;
}

/* ", "-joined names of the predictors (of terms pt) with bits in set. */
static char *
vif_names(const struct formula_design *ds, const size_t *pt, size_t np,
    unsigned long long set)
{
	size_t k, len = 1;
	char *s;

	for (k = 0; k < np; k++)
		if (set & ds->termvars[pt[k]])
			len += strlen(ds->term[pt[k]]) + 2;
	s = xcalloc(len, 1);
	for (k = 0; k < np; k++)
		if (set & ds->termvars[pt[k]]) {
			if (*s != '\0')
				strcat(s, ", ");
			strcat(s, ds->term[pt[k]]);
		}
	return s;
}

int
modeldiag_vif_predictor_table(const struct model_fit *mf,
    const struct formula_design *ds, struct out_table **tp, struct diag *d)
{
	size_t j, t, k, m = 0, np = 0, *col = NULL, *pt;
	unsigned long long all = 0, bit, c;
	unsigned char *in;
	double *R = NULL, detR;
	struct out_table *tab;

	for (t = ds->intercept ? 1 : 0; t < ds->nterm; t++)
		all |= ds->termvars[t];
	/* a predictor is a variable with a term of its own: its label */
	pt = xmalloc((ds->nterm + 1) * sizeof(*pt));
	for (bit = 1; bit != 0 && bit <= all; bit <<= 1) {
		if (!(all & bit))
			continue;
		for (t = 0; t < ds->nterm && ds->termvars[t] != bit; t++)
			;
		if (t == ds->nterm) {
			free(pt);
			return diag_set(d, STATUS_USAGE, "--vif-type predictor: "
			    "a variable is in interactions only (each "
			    "predictor needs its main effect, as car's)");
		}
		pt[np++] = t;
	}
	if (vif_cor(mf, ds, &col, &m, &R, d) != 0) {
		free(pt);
		return -1;
	}
	in = xcalloc(m, 1);
	detR = det_sub(R, m, in, 0);
	tab = vif_new(1);
	for (k = 0; k < np; k++) {
		char *with, *other;
		size_t r;

		/* it and the predictors it shares a term with: every term
		 * of those only (car's "Interacts With") */
		bit = ds->termvars[pt[k]];
		c = bit;
		for (t = 0; t < ds->nterm; t++)
			if (ds->termvars[t] & bit)
				c |= ds->termvars[t];
		for (j = 0; j < m; j++) {
			unsigned long long v = ds->termvars[ds->assign[col[j]]];

			in[j] = v != 0 && (v & ~c) == 0;
		}
		r = vif_row(tab, ds->term[pt[k]], R, m, in, detR);
		with = vif_names(ds, pt, np, c & ~bit);
		other = vif_names(ds, pt, np, all & ~c);
		out_text(tab, r, 4, *with ? with : NULL);
		out_text(tab, r, 5, *other ? other : NULL);
		free(with);
		free(other);
	}
	free(in);
	free(R);
	free(col);
	free(pt);
	*tp = tab;
	return 0;
}

int
modeldiag_hc_parse(const char *s, enum modeldiag_hc *hc)
{
	static const char *const names[] = { "HC0", "HC1", "HC2", "HC3" };
	size_t k;

	for (k = 0; k < sizeof(names) / sizeof(names[0]); k++)
		if (strcmp(s, names[k]) == 0) {
			*hc = (enum modeldiag_hc)k;
			return 0;
		}
	return -1;
}

struct out_table *
modeldiag_robust_table(const struct model_fit *mf,
    const struct formula_design *ds, enum modeldiag_hc hc, double level)
{
	size_t i, j, k, a, b, m = 0, p = mf->p, near1 = 0,
	    *col = xmalloc((p + 1) * sizeof(*col));
	double *M, *CM, *se = xmalloc((p + 1) * sizeof(*se));
	long double *acc;
	struct out_table *t;

	for (j = 0; j < p; j++)
		if (!mf->aliased[j])
			col[m++] = j;
	/* M = sum of omega_i x_i x_i' over the estimated columns */
	acc = xcalloc(m * m + 1, sizeof(*acc));
	for (i = 0; i < ds->n; i++) {
		double h = mf->hat[i], r = mf->wt[i] * mf->resid[i], om;

		if (mf->glm)	/* the working residual */
			r /= glm_mu_eta(mf->link, mf->eta[i]);
		om = r * r;
		if (hc == MODELDIAG_HC1)
			om *= (double)mf->n / ((double)mf->n - (double)m);
		else if (hc == MODELDIAG_HC2)
			om /= 1 - h;
		else if (hc == MODELDIAG_HC3)
			om /= (1 - h) * (1 - h);
		if (hc >= MODELDIAG_HC2 && h > 1 - sqrt(DBL_EPSILON))
			near1++;
		if (om == 0)
			continue;
		for (a = 0; a < m; a++)
			for (b = 0; b <= a; b++)
				acc[a * m + b] += (long double)om *
				    ds->x[col[a] * ds->n + i] *
				    ds->x[col[b] * ds->n + i];
	}
	if (near1 > 0)	/* R's 0 / 0 there */
		diag_warn("--robust: %zu rows have a leverage near 1: the HC%d "
		    "standard errors are undefined", near1, (int)hc);
	M = xmalloc((m * m + 1) * sizeof(*M));
	for (a = 0; a < m; a++)
		for (b = 0; b <= a; b++)
			M[a * m + b] = M[b * m + a] = (double)acc[a * m + b];
	/* CM = C M, then the diagonal of C M C */
	CM = xmalloc((m * m + 1) * sizeof(*CM));
	for (a = 0; a < m; a++)
		for (b = 0; b < m; b++) {
			long double s = 0;

			for (k = 0; k < m; k++)
				s += (long double)mf->cov[col[a] * p + col[k]] *
				    M[k * m + b];
			CM[a * m + b] = (double)s;
		}
	for (j = 0; j < p; j++)
		se[j] = NAN;
	for (a = 0; a < m; a++) {
		long double s = 0;

		for (k = 0; k < m; k++)
			s += (long double)CM[a * m + k] *
			    mf->cov[col[k] * p + col[a]];
		se[col[a]] = near1 > 0 ? NAN : sqrt((double)s);
	}
	t = model_coef_se_table(mf, ds, se, mf->glm ? INFINITY :
	    mf->df_resid, level);
	free(acc);
	free(M);
	free(CM);
	free(se);
	free(col);
	return t;
}

static int
cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

/* The median of |e[k]| over the n rows of u[] (the middle two averaged). */
static double
median_abs(const double *e, const size_t *u, size_t n)
{
	double *a = xmalloc((n ? n : 1) * sizeof(*a)), m;
	size_t k;

	for (k = 0; k < n; k++)
		a[k] = fabs(e[u[k]]);
	qsort(a, n, sizeof(*a), cmp_double);
	m = n == 0 ? 0 : n % 2 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
	free(a);
	return m;
}

/* Inf as NaN, as influence.measures() makes it. */
static double
finite_or_nan(double x)
{
	return isinf(x) ? NAN : x;
}

/* What influence.measures() computes of one row, and its flags. */
struct infl_row {
	double	*dfbetas;	/* m */
	double	 dffit, cov_r, cook_d, hat;
};

/* is.influential(): the names of the measures flagged, space-separated. */
static void
infl_flags(const struct infl_row *ir, size_t m, const size_t *col,
    const struct formula_design *ds, double nh, char **buf, size_t *cap)
{
	double k = (double)m;
	size_t j, len = 0;
	const char *name[4] = { "dffit", "cov_r", "cook_d", "hat" };
	int on[4];

	(*buf)[0] = '\0';
	for (j = 0; j < m; j++)
		if (fabs(ir->dfbetas[j]) > 1) {
			*buf = xgrow(*buf, cap, len + strlen(ds->name[col[j]]) +
			    6, 1);
			len += (size_t)sprintf(*buf + len, "%sdfb_%s",
			    len ? " " : "", ds->name[col[j]]);
		}
	on[0] = fabs(ir->dffit) > 3 * sqrt(k / (nh - k));
	on[1] = fabs(1 - ir->cov_r) > 3 * k / (nh - k);
	on[2] = gsl_cdf_fdist_P(ir->cook_d, k, nh - k) > 0.5;
	on[3] = ir->hat > 3 * k / nh;
	for (j = 0; j < 4; j++)
		if (on[j]) {
			*buf = xgrow(*buf, cap, len + 8, 1);
			len += (size_t)sprintf(*buf + len, "%s%s", len ? " " :
			    "", name[j]);
		}
}

int
modeldiag_influence_table(const struct model_fit *mf,
    const struct formula_design *ds, struct frame *f, struct out_table **tp,
    struct diag *d)
{
	size_t i, j, k, a, r, m = 0, nu = 0, nd = ds->n, p = mf->p, nc = f->ncols,
	    *col = xmalloc((p + 1) * sizeof(*col)),
	    *u = xmalloc((nd + 1) * sizeof(*u));
	double *e = xmalloc((nd + 1) * sizeof(*e)),
	    *ez = xmalloc((nd + 1) * sizeof(*ez)), *pear = NULL, sum = 0,
	    sum0 = 0, med, s, nh = 0, disp = mf->sigma * mf->sigma;
	struct infl_row ir;
	struct out_table *t;
	char *flags = xmalloc(64);
	size_t cap = 64;
	int *isnum;

	for (j = 0; j < p; j++)
		if (!mf->aliased[j])
			col[m++] = j;
	if (mf->glm)
		pear = xmalloc((nd + 1) * sizeof(*pear));
	/* the rows of the fit (weight not 0) and their residuals */
	for (i = 0; i < nd; i++) {
		double res[3];

		if ((ds->w != NULL ? ds->w[i] : 1) <= 0)
			continue;
		u[nu++] = i;
		if (mf->glm) {
			model_glm_resids(mf, ds, i, res);
			e[i] = res[0];
			pear[i] = res[1];
		} else
			e[i] = sqrt(mf->wt[i]) * mf->resid[i];
		nh += mf->hat[i] > 0;
	}
	if (nh <= (double)m) {
		free(col);
		free(u);
		free(e);
		free(ez);
		free(pear);
		free(flags);
		return diag_set(d, STATUS_DATA, "--influence: too few rows of "
		    "leverage above 0 (%g) for %zu coefficients", nh, m);
	}
	/* lm.influence: residuals negligible against the median are 0 */
	med = median_abs(e, u, nu);
	for (k = 0; k < nu; k++) {
		i = u[k];
		ez[i] = fabs(e[i]) < 100 * DBL_EPSILON * med ? 0 : e[i];
		sum += ez[i] * ez[i];
		sum0 += e[i] * e[i];
	}
	s = sqrt(sum0 / mf->df_resid);
	t = model_input_table(f, &isnum);
	for (j = 0; j < m; j++) {
		char *nm = xmalloc(strlen(ds->name[col[j]]) + 5);

		sprintf(nm, "dfb_%s", ds->name[col[j]]);
		out_column(t, nm);
		free(nm);
	}
	out_column(t, "dffit");
	out_column(t, "cov_r");
	out_column(t, "cook_d");
	out_column(t, "hat");
	out_column(t, "is_inf");
	ir.dfbetas = xmalloc((m + 1) * sizeof(double));
	for (i = k = 0; i < f->nrows; i++) {
		double h, si, sw, c;

		r = model_input_row(t, f, isnum, i);
		while (k < nu && ds->row[u[k]] < i)
			k++;
		if (k == nu || ds->row[u[k]] != i)
			continue;
		a = u[k];
		h = mf->hat[a] > 1 - 10 * DBL_EPSILON ? 1 : mf->hat[a];
		si = sqrt((h < 1 ? sum - ez[a] * ez[a] / (1 - h) : sum) /
		    ((double)nu - (double)m - 1));
		/* dfbeta: C sqrt(W) x e / (1 - h), scaled by si sqrt(C_jj) */
		sw = sqrt(mf->wt[a]) * (h < 1 ? ez[a] / (1 - h) : 0);
		for (j = 0; j < m; j++) {
			long double b = 0;
			size_t q;

			for (q = 0; q < m; q++)
				b += (long double)mf->cov[col[j] * p + col[q]] *
				    ds->x[col[q] * nd + a];
			ir.dfbetas[j] = finite_or_nan((double)b * sw / (si *
			    sqrt(mf->cov[col[j] * p + col[j]])));
		}
		ir.hat = h;
		ir.dffit = finite_or_nan(e[a] * sqrt(h) / (si * (1 - h)));
		ir.cov_r = finite_or_nan(pow(si / s, 2 * (double)m) / (1 - h));
		c = mf->glm ? pear[a] / (1 - h) : e[a] / (s * (1 - h));
		ir.cook_d = finite_or_nan(c * c * h / ((mf->glm ? disp : 1) *
		    (double)m));
		for (j = 0; j < m; j++)
			out_num(t, r, nc + j, ir.dfbetas[j]);
		out_num(t, r, nc + m, ir.dffit);
		out_num(t, r, nc + m + 1, ir.cov_r);
		out_num(t, r, nc + m + 2, ir.cook_d);
		out_num(t, r, nc + m + 3, h);
		infl_flags(&ir, m, col, ds, nh, &flags, &cap);
		out_text(t, r, nc + m + 4, flags);
	}
	free(ir.dfbetas);
	free(isnum);
	free(flags);
	free(col);
	free(u);
	free(e);
	free(ez);
	free(pear);
	*tp = t;
	return 0;
}

/* Term u contains term t (car's relatives()): every variable of t. */
static int
contains(const struct formula_design *ds, size_t u, size_t t)
{
	return u != t && (ds->termvars[t] & ~ds->termvars[u]) == 0;
}

/*
 * The deviance (RSS for least squares), AIC (if aic is not NULL: R's
 * extractAIC, n log(RSS / n) + 2 rank for least squares) and rank of the
 * fit without the columns of the terms drop[] marks: x copied to xs
 * without them.
 */
static int
fit_without(const struct model_fit *mf, const struct formula_design *ds,
    const double *off, const unsigned char *drop, double *xs, double *dev,
    double *aic, size_t *rank, struct diag *d)
{
	size_t j, q = 0;

	for (j = 0; j < ds->p; j++)
		if (!drop[ds->assign[j]])
			memcpy(xs + q++ * ds->n, ds->x + j * ds->n, ds->n *
			    sizeof(*xs));
	if (q == 0)
		return diag_set(d, STATUS_DATA, "--ss: a model without "
		    "columns (the only term left out) is not fitted");
	if (glm_deviance(ds, xs, q, mf->family, mf->link, off, dev, aic, rank,
	    d) != 0)
		return -1;
	if (aic != NULL && !mf->glm)	/* extractAIC.lm */
		*aic = (double)mf->n * log(*dev / (double)mf->n) + 2 *
		    (double)*rank;
	return 0;
}

int
modeldiag_anova_table(const struct model_fit *mf,
    const struct formula_design *ds, const double *off, int type,
    struct out_table **tp, struct diag *d)
{
	size_t j, t, u, r, r1 = 0, r2 = 0, nt = ds->nterm;
	unsigned char *drop = xcalloc(nt + 1, 1);
	double *xs = xmalloc((ds->n * ds->p + 1) * sizeof(*xs)), d1 = 0, d2 = 0,
	    full = mf->glm ? mf->deviance : mf->rss,
	    disp = mf->sigma * mf->sigma;
	struct out_table *tab = out_new();
	int rc = 0;

	/* type II compares refits, as car's with aliased coefficients
	 * (singular.ok); type III's tests would not mean what they say */
	for (j = 0; type == 3 && j < ds->p; j++)
		if (mf->aliased[j]) {
			rc = diag_set(d, STATUS_DATA, "--ss 3: coefficient "
			    "\"%s\" is aliased (car's type III refuses it too; "
			    "--ss 2 compares refits)", ds->name[j]);
			goto out;
		}
	if (!(mf->df_resid > 0)) {
		rc = diag_set(d, STATUS_DATA, "--ss %d: no residual degrees "
		    "of freedom", type);
		goto out;
	}
	out_column(tab, "term");
	out_column(tab, "df");
	out_column(tab, mf->glm ? "statistic" : "sum_sq");
	if (!mf->glm)
		out_column(tab, "statistic");
	out_column(tab, "p_value");
	/* type III of a linear model tests the intercept too, as car */
	for (t = ds->intercept && (mf->glm || type == 2) ? 1 : 0; t < nt; t++) {
		double df, st;

		for (j = 0; j < ds->p && ds->assign[j] != t; j++)
			;
		if (j == ds->p)
			continue;	/* no columns: an offset */
		/* II: t and the terms containing it out, against them out */
		memset(drop, 0, nt);
		for (u = 0; type == 2 && u < nt; u++)
			drop[u] = contains(ds, u, t);
		if (type == 3 || memchr(drop, 1, nt) == NULL) {
			d2 = full;
			r2 = mf->rank;
		} else if ((rc = fit_without(mf, ds, off, drop, xs, &d2, NULL,
		    &r2, d)) != 0)
			goto out;
		drop[t] = 1;
		if ((rc = fit_without(mf, ds, off, drop, xs, &d1, NULL, &r1,
		    d)) != 0)
			goto out;
		df = (double)r2 - (double)r1;
		r = out_row(tab);
		out_text(tab, r, 0, ds->term[t]);
		out_num(tab, r, 1, df);
		if (df == 0)	/* aliased with the rest: NA, as car */
			continue;
		if (mf->glm) {	/* car's LR test: the deviance over phi */
			st = (d1 - d2) / disp;
			out_num(tab, r, 2, st);
			out_num(tab, r, 3, gsl_cdf_chisq_Q(st, df));
		} else {
			st = (d1 - d2) / df / disp;
			out_num(tab, r, 2, d1 - d2);
			out_num(tab, r, 3, st);
			out_num(tab, r, 4, gsl_cdf_fdist_Q(st, df,
			    mf->df_resid));
		}
	}
	if (!mf->glm) {
		r = out_row(tab);
		out_text(tab, r, 0, "Residuals");
		out_num(tab, r, 1, mf->df_resid);
		out_num(tab, r, 2, full);
	}
out:
	free(drop);
	free(xs);
	if (rc != 0)
		out_free(tab);
	else
		*tp = tab;
	return rc;
}

/* A row of step's path: the change, then the model's numbers. */
static void
step_row(struct out_table *tab, const char *change, double dev, double df,
    double aic, double pdev, double pdf)
{
	size_t r = out_row(tab);

	out_text(tab, r, 0, change);
	if (!isnan(pdev)) {
		out_num(tab, r, 1, df - pdf);
		out_num(tab, r, 2, fabs(dev - pdev));
	}
	out_num(tab, r, 3, df);
	out_num(tab, r, 4, dev);
	out_num(tab, r, 5, aic);
}

/* Term t may leave (nothing in the model contains it) or join (all it
 * contains is in). */
static int
step_may(const struct formula_design *ds, const unsigned char *in, size_t t)
{
	size_t u;

	for (u = ds->intercept ? 1 : 0; u < ds->nterm; u++) {
		if (in[t] && in[u] && contains(ds, u, t))
			return 0;	/* u contains t: t stays */
		if (!in[t] && !in[u] && u != t && contains(ds, t, u))
			return 0;	/* t contains u, which is out */
	}
	return 1;
}

int
modeldiag_step_table(const struct model_fit *mf,
    const struct formula_design *ds, const double *off, int both,
    struct out_table **tp, struct diag *d)
{
	static const char *const cols[] = { "step", "df", "deviance",
	    "df_residual", "resid_deviance", "aic" };
	size_t t, best, rank, nt = ds->nterm, t0 = ds->intercept ? 1 : 0;
	unsigned char *in = xcalloc(nt + 1, 1), *out = xcalloc(nt + 1, 1);
	double *xs = xmalloc((ds->n * ds->p + 1) * sizeof(*xs)), dev, aic,
	    cur_dev, cur_aic, cur_df, bdev = 0, baic, bdf = 0;
	struct out_table *tab = out_new();
	char *change = NULL;
	int rc = 0;

	for (t = 0; t < 6; t++)
		out_column(tab, cols[t]);
	for (t = 0; t < nt; t++)
		in[t] = 1;
	if ((rc = fit_without(mf, ds, off, out, xs, &cur_dev, &cur_aic, &rank,
	    d)) != 0)
		goto done;
	if (isnan(cur_aic)) {
		rc = diag_set(d, STATUS_USAGE, "--step: the AIC of the %s "
		    "family is not defined", glm_family_name(mf->family));
		goto done;
	}
	cur_df = (double)mf->n - (double)rank;
	step_row(tab, "", cur_dev, cur_df, cur_aic, NAN, NAN);
	for (;;) {
		best = nt;
		baic = cur_aic;
		for (t = t0; t < nt; t++) {
			double df;

			if ((!in[t] && !both) || !step_may(ds, in, t))
				continue;
			for (rank = 0; rank < ds->p && ds->assign[rank] != t;
			    rank++)
				;
			if (rank == ds->p)
				continue;	/* no columns: an offset */
			in[t] = !in[t];
			for (rank = 0; rank < nt; rank++)
				out[rank] = rank >= t0 && !in[rank];
			rc = fit_without(mf, ds, off, out, xs, &dev, &aic,
			    &rank, d);
			in[t] = !in[t];
			if (rc != 0)
				goto done;
			df = (double)mf->n - (double)rank;
			if (aic < baic) {	/* the first of equals, as R */
				best = t;
				baic = aic;
				bdev = dev;
				bdf = df;
			}
		}
		if (best == nt)	/* none has a lower AIC */
			break;
		change = xrealloc(change, strlen(ds->term[best]) + 3);
		sprintf(change, "%c %s", in[best] ? '-' : '+', ds->term[best]);
		in[best] = !in[best];
		step_row(tab, change, bdev, bdf, baic, cur_dev, cur_df);
		cur_dev = bdev;
		cur_df = bdf;
		cur_aic = baic;
	}
done:
	free(change);
	free(in);
	free(out);
	free(xs);
	if (rc != 0)
		out_free(tab);
	else
		*tp = tab;
	return rc;
}
