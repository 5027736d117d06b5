/*
 * modeldiag: diagnostics of a fitted model: car::vif's (generalized)
 * variance inflation factors, sandwich standard errors (see modeldiag.h).
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/xalloc.h"
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

int
modeldiag_vif_table(const struct model_fit *mf,
    const struct formula_design *ds, struct out_table **tp, struct diag *d)
{
	size_t j, k, t, m = 0, nt = 0, *col = xmalloc((mf->p + 1) *
	    sizeof(*col));
	unsigned char *in;
	double *R, detR;
	struct out_table *tab;

	for (j = 0; j < mf->p; j++)
		if (mf->aliased[j]) {
			free(col);
			return diag_set(d, STATUS_DATA, "--vif: coefficient "
			    "\"%s\" is aliased", ds->name[j]);
		}
	if (!ds->intercept)
		diag_warn("--vif: no intercept: the VIFs may not be sensible");
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
	/* cov2cor of the covariance without the intercept */
	R = xmalloc(m * m * sizeof(*R));
	for (j = 0; j < m; j++)
		for (k = 0; k < m; k++)
			R[j * m + k] = mf->cov[col[j] * mf->p + col[k]] /
			    sqrt(mf->cov[col[j] * mf->p + col[j]] *
			    mf->cov[col[k] * mf->p + col[k]]);
	in = xcalloc(m, 1);
	detR = det_sub(R, m, in, 0);
	tab = out_new();
	out_column(tab, "term");
	out_column(tab, "gvif");
	out_column(tab, "df");
	out_column(tab, "gvif_adj");
	for (t = ds->intercept ? 1 : 0; t < ds->nterm; t++) {
		double g, df = 0;
		size_t r;

		for (j = 0; j < m; j++) {
			in[j] = ds->assign[col[j]] == t;
			df += in[j];
		}
		if (df == 0)
			continue;
		g = det_sub(R, m, in, 1) * det_sub(R, m, in, 0) / detR;
		r = out_row(tab);
		out_text(tab, r, 0, ds->term[t]);
		out_num(tab, r, 1, g);
		out_num(tab, r, 2, df);
		out_num(tab, r, 3, pow(g, 1 / (2 * df)));
	}
	free(in);
	free(R);
	free(col);
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
