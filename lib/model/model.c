/*
 * model: linear models and logistic regression fitted to a formula's
 * design (over ls), their result tables, and predictions from a saved
 * model (see model.h).
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_sf_gamma.h>

#include "core/diag.h"
#include "model/formula.h"
#include "model/glm.h"
#include "frame/frame.h"
#include "model/ls.h"
#include "model/model.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"
#include "stats/tail.h"

/* A fit of s; with rows, room for the per-row results. */
static struct model_fit *
fit_new(const struct formula_design *ds, struct ls *s, int rows)
{
	struct model_fit *mf = model_fit_new(s, ds->n, ds->p, ds->intercept);
	size_t n = ds->n ? ds->n : 1;

	if (rows) {
		mf->fitted = xmalloc(n * sizeof(*mf->fitted));
		mf->resid = xmalloc(n * sizeof(*mf->resid));
		mf->wt = xmalloc(n * sizeof(*mf->wt));
	}
	return mf;
}

/* x_i . coef in long double, skipping aliased columns */
static double
linpred(const struct formula_design *ds, const double *coef, size_t i)
{
	long double t = 0;
	size_t j;

	for (j = 0; j < ds->p; j++)
		if (!isnan(coef[j]))
			t += (long double)ds->x[j * ds->n + i] * coef[j];
	return t;
}

static void
warn_aliased(const struct model_fit *mf, const struct formula_design *ds)
{
	size_t j;

	for (j = 0; j < mf->p; j++)
		if (mf->aliased[j])
			diag_warn("coefficient \"%s\" is aliased (a linear "
			    "combination of the others): not estimated",
			    ds->name[j]);
}

int
model_lm(const struct formula_design *ds, int flags, struct model_fit **mp,
    struct diag *d)
{
	return model_lm_tol(ds, flags, LS_TOL, mp, d);
}

int
model_lm_tol(const struct formula_design *ds, int flags, double tol,
    struct model_fit **mp, struct diag *d)
{
	struct model_fit *mf;
	struct ls s;
	long double sw = 0, swy = 0, rss = 0, tss = 0, slw = 0;
	double ybar, ymin = INFINITY, ymax = -INFINITY;
	size_t i, nuse = 0;

	for (i = 0; i < ds->n; i++) {
		double wi = ds->w ? ds->w[i] : 1;

		if (wi < 0) {
			diag_set(d, STATUS_DATA, "negative weight %g", wi);
			return -1;
		}
		if (wi == 0)
			continue;
		nuse++;
		sw += wi;
		swy += (long double)wi * ds->y[i];
		if (ds->w != NULL)	/* log 1 is 0 */
			slw += logl(wi);
		if (ds->y[i] < ymin)
			ymin = ds->y[i];
		if (ds->y[i] > ymax)
			ymax = ds->y[i];
	}
	if (nuse == 0)
		return diag_set(d, STATUS_DATA, "no complete rows to fit");
	if (ds->p > nuse)
		return diag_set(d, STATUS_DATA, "%zu coefficients but only %zu "
		    "rows", ds->p, nuse);
	if (ymin == ymax && ds->intercept)
		return diag_set(d, STATUS_DATA, "the response \"%s\" is "
		    "constant (%g)", ds->response, ymin);
	if (ls_fit(ds->x, ds->y, ds->w, ds->n, ds->p, tol,
	    flags & MODEL_ROWS, ds->threads, &s, d) != 0)
		return -1;
	mf = fit_new(ds, &s, flags & MODEL_ROWS);
	mf->family = MODEL_GAUSSIAN;
	mf->n = nuse;
	ybar = swy / sw;
	for (i = 0; i < ds->n; i++) {
		double wi = ds->w ? ds->w[i] : 1;
		long double dy = ds->intercept ? (long double)ds->y[i] - ybar :
		    ds->y[i];
		double fit = linpred(ds, mf->coef, i);
		double res = (long double)ds->y[i] - fit;

		if (flags & MODEL_ROWS) {
			mf->fitted[i] = fit;
			mf->resid[i] = res;
			mf->wt[i] = wi;
		}
		rss += wi * (long double)res * res;
		tss += wi * dy * dy;
	}
	mf->rss = rss;
	mf->tss = tss;
	mf->df_resid = (double)nuse - mf->rank;
	mf->sigma = mf->df_resid > 0 ? sqrt(mf->rss / mf->df_resid) : NAN;
	/* R's logLik.lm */
	mf->loglik = 0.5 * ((double)slw - nuse * (log(2 * M_PI) + 1 -
	    log((double)nuse) + log(mf->rss)));
	warn_aliased(mf, ds);
	if (mf->df_resid == 0)
		diag_warn("no residual degrees of freedom: standard errors "
		    "are undefined");
	*mp = mf;
	return 0;
}

int
model_logit(const struct formula_design *ds, int flags,
    struct model_fit **mp, struct diag *d)
{
	return glm_fit(ds, MODEL_BINOMIAL, MODEL_LOGIT, NULL, flags, mp, d);
}

static struct out_table *
table(const char *const *cols)
{
	struct out_table *t = out_new();

	for (; *cols != NULL; cols++)
		out_column(t, *cols);
	return t;
}

struct out_table *
model_coef_se_table(const struct model_fit *mf,
    const struct formula_design *ds, const double *se, double df,
    double level)
{
	static const char *const cols[] = { "term", "estimate", "std_error",
	    "statistic", "p_value", "conf_low", "conf_high", NULL };
	struct out_table *t = table(cols);
	int z = isinf(df);
	double q = z ? gsl_cdf_ugaussian_Qinv((1 - level) / 2) : df > 0 ?
	    gsl_cdf_tdist_Qinv((1 - level) / 2, df) : NAN;
	size_t j, r;

	for (j = 0; j < mf->p; j++) {
		double b = mf->coef[j], st = b / se[j], pv;

		pv = isnan(st) ? NAN : z ? 2 * gsl_cdf_ugaussian_Q(fabs(st)) :
		    tail_t2(st, df);
		r = out_row(t);
		out_text(t, r, 0, ds->name[j]);
		out_num(t, r, 1, b);
		out_num(t, r, 2, se[j]);
		out_num(t, r, 3, st);
		out_num(t, r, 4, pv);
		out_num(t, r, 5, b - q * se[j]);
		out_num(t, r, 6, b + q * se[j]);
	}
	return t;
}

struct out_table *
model_coef_table(const struct model_fit *mf, const struct formula_design *ds,
    double level)
{
	/* t with an estimated scale, z with a known one */
	int gauss = !mf->glm || glm_est_disp(mf->family);
	double *se = xmalloc((mf->p ? mf->p : 1) * sizeof(*se));
	struct out_table *t;
	size_t j;

	for (j = 0; j < mf->p; j++)
		se[j] = gauss && !(mf->df_resid > 0) ? NAN :
		    mf->sigma * sqrt(mf->cov[j * mf->p + j]);
	t = model_coef_se_table(mf, ds, se, gauss ? mf->df_resid : INFINITY,
	    level);
	free(se);
	return t;
}

struct out_table *
model_summary_table(const struct model_fit *mf, const char *response)
{
	static const char *const lm[] = { "n", "df_model", "df_residual",
	    "r_squared", "adj_r_squared", "sigma", "f_statistic", "f_df1",
	    "f_df2", "f_p_value", "aic", "bic", "log_lik", NULL };
	static const char *const glm[] = { "n", "df_model", "df_residual",
	    "null_deviance", "deviance", "df_null", "aic", "bic", "log_lik",
	    "iterations", "dispersion", NULL };
	double k = (double)mf->rank, n = (double)mf->n, dfm = k -
	    (mf->intercept ? 1 : 0);
	struct out_table *t;
	size_t r;

	if (mf->glm) {
		/* the parameters of logLik: the AIC's */
		double np = mf->loglik + mf->aic / 2;

		t = table(glm);
		if (response != NULL)
			out_column(t, "response");
		r = out_row(t);
		out_num(t, r, 0, n);
		out_num(t, r, 1, dfm);
		out_num(t, r, 2, mf->df_resid);
		out_num(t, r, 3, mf->null_deviance);
		out_num(t, r, 4, mf->deviance);
		out_num(t, r, 5, n - (mf->intercept ? 1 : 0));
		out_num(t, r, 6, mf->aic);
		/* R's logLik.glm counts the rows of weight 0 too */
		out_num(t, r, 7, -2 * mf->loglik + log((double)mf->nd) * np);
		out_num(t, r, 8, mf->loglik);
		out_num(t, r, 9, mf->iter);
		out_num(t, r, 10, mf->sigma * mf->sigma);
		out_text(t, r, 11, response);	/* (NULL: none) */
		return t;
	}
	t = table(lm);
	r = out_row(t);
	{
		double r2 = 1 - mf->rss / mf->tss, f, dfi = mf->intercept ?
		    1 : 0;
		double adj = 1 - (1 - r2) * ((n - dfi) / mf->df_resid);

		f = ((mf->tss - mf->rss) / dfm) / (mf->rss / mf->df_resid);
		if (!(mf->df_resid > 0))
			adj = f = NAN;
		if (dfm == 0)
			f = NAN;
		out_num(t, r, 0, n);
		out_num(t, r, 1, dfm);
		out_num(t, r, 2, mf->df_resid);
		out_num(t, r, 3, r2);
		out_num(t, r, 4, adj);
		out_num(t, r, 5, mf->sigma);
		out_num(t, r, 6, f);
		out_num(t, r, 7, dfm);
		out_num(t, r, 8, mf->df_resid);
		out_num(t, r, 9, isnan(f) ? NAN : tail_f(f, dfm, mf->df_resid));
		/* logLik has one more parameter: sigma */
		out_num(t, r, 10, -2 * mf->loglik + 2 * (k + 1));
		out_num(t, r, 11, -2 * mf->loglik + log(n) * (k + 1));
		out_num(t, r, 12, mf->loglik);
	}
	return t;
}

struct out_table *
model_anova_table(const struct model_fit *mf, const struct formula_design *ds)
{
	static const char *const cols[] = { "term", "df", "sum_sq", "mean_sq",
	    "statistic", "p_value", NULL };
	struct out_table *t = table(cols);
	double ms_res = mf->df_resid > 0 ? mf->rss / mf->df_resid : NAN;
	size_t term, j, r;

	for (term = ds->intercept ? 1 : 0; term < ds->nterm; term++) {
		long double ss = 0;
		double df = 0, f;

		for (j = 0; j < ds->p; j++)
			if (ds->assign[j] == term && !mf->aliased[j]) {
				ss += (long double)mf->effects[j] *
				    mf->effects[j];
				df++;
			}
		if (df == 0)
			continue;
		f = (double)ss / df / ms_res;
		r = out_row(t);
		out_text(t, r, 0, ds->term[term]);
		out_num(t, r, 1, df);
		out_num(t, r, 2, ss);
		out_num(t, r, 3, ss / df);
		out_num(t, r, 4, f);
		out_num(t, r, 5, isnan(f) ? NAN : tail_f(f, df, mf->df_resid));
	}
	r = out_row(t);
	out_text(t, r, 0, "Residuals");
	out_num(t, r, 1, mf->df_resid);
	out_num(t, r, 2, mf->rss);
	out_num(t, r, 3, ms_res);
	return t;
}

/* A table that starts with the frame's columns (model_input_row()). */
struct out_table *
model_input_table(struct frame *f, int **isnum)
{
	struct out_table *t = out_new();
	struct diag d;
	size_t j;

	*isnum = xmalloc((f->ncols ? f->ncols : 1) * sizeof(**isnum));
	for (j = 0; j < f->ncols; j++) {
		out_column(t, f->col[j].name);
		(*isnum)[j] = frame_numeric(f, j, &d) == 0;
	}
	return t;
}

/* A new row holding input row i, passed through (frame_out_cell()). */
size_t
model_input_row(struct out_table *t, const struct frame *f, const int *isnum,
    size_t i)
{
	size_t r = out_row(t), j;

	for (j = 0; j < f->ncols; j++)
		frame_out_cell(f, j, i, isnum[j], t, r, j);
	return r;
}

void
model_glm_resids(const struct model_fit *mf, const struct formula_design *ds,
    size_t k, double *r)
{
	double y = ds->y[k], mu = mf->fitted[k], pw = ds->w ? ds->w[k] : 1;

	r[0] = sqrt(fmax(glm_dev_resid(mf->family, y, mu, pw), 0));
	r[0] = y > mu ? r[0] : -r[0];
	r[1] = sqrt(pw) * (y - mu) / sqrt(glm_variance(mf->family, mu));
	r[2] = (y - mu) / glm_mu_eta(mf->link, mf->eta[k]);
}

struct out_table *
model_augment_table(const struct model_fit *mf,
    const struct formula_design *ds, struct frame *f)
{
	static const char *const add[] = { "fitted", "residual",
	    "std_residual", "hat", "cooks_d", "linear_predictor",
	    "resid_deviance", "resid_pearson", "resid_working" };
	size_t i, k, r, nc = f->ncols, nadd = mf->glm ? 9 : 5;
	int *isnum;
	struct out_table *t = model_input_table(f, &isnum);
	double disp = mf->sigma * mf->sigma;

	for (k = 0; k < nadd; k++)
		out_column(t, add[k]);
	for (i = k = 0; i < f->nrows; i++) {
		r = model_input_row(t, f, isnum, i);
		if (k < ds->n && ds->row[k] == i) {
			double h = mf->hat[k], w = mf->wt[k], res[3] = { 0 }, sr, cd;

			if (!mf->glm) {
				res[0] = sqrt(w) * mf->resid[k];
				sr = res[0] / (mf->sigma * sqrt(1 - h));
				cd = sr * sr * h / ((1 - h) * mf->rank);
			} else {	/* rstandard.glm, cooks.distance.glm */
				model_glm_resids(mf, ds, k, res);
				sr = res[0] / sqrt(disp * (1 - h));
				cd = res[1] / (1 - h);
				cd = cd * cd * h / (disp * mf->rank);
			}
			if (w == 0 || h >= 1 - 1e-10)
				sr = cd = NAN;
			out_num(t, r, nc, mf->fitted[k]);
			out_num(t, r, nc + 1, mf->resid[k]);
			out_num(t, r, nc + 2, sr);
			out_num(t, r, nc + 3, h);
			out_num(t, r, nc + 4, cd);
			if (mf->glm) {
				out_num(t, r, nc + 5, mf->eta[k]);
				out_num(t, r, nc + 6, res[0]);
				out_num(t, r, nc + 7, res[1]);
				out_num(t, r, nc + 8, res[2]);
			}
			k++;
		}
	}
	free(isnum);
	return t;
}

int
model_line_fit(const double *x, const double *y, size_t n,
    struct model_line *l, struct diag *d)
{
	double *xx, *yy;
	long double sy = 0, rss = 0, tss = 0;
	size_t i, k, m = 0;
	struct ls s;
	int rc = -1;

	for (i = 0; i < n; i++)
		m += !isnan(x[i]) && !isnan(y[i]);
	xx = xmalloc((m != 0 ? 2 * m : 1) * sizeof(*xx));	/* by columns */
	yy = xmalloc((m ? m : 1) * sizeof(*yy));
	for (i = k = 0; i < n; i++)
		if (!isnan(x[i]) && !isnan(y[i])) {
			xx[k] = 1;
			xx[m + k] = x[i];
			yy[k++] = y[i];
			sy += y[i];
		}
	memset(l, 0, sizeof(*l));
	if (m < 3) {
		diag_set(d, STATUS_DATA, "a line needs 3 points, not %zu", m);
		goto out;
	}
	if (ls_fit(xx, yy, NULL, m, 2, LS_TOL, 0, 1, &s, d) != 0)
		goto out;
	if (s.rank < 2) {
		ls_free(&s);
		diag_set(d, STATUS_DATA, "x is constant: no line fits");
		goto out;
	}
	l->a = s.coef[0];
	l->b = s.coef[1];
	memcpy(l->cov, s.cov, sizeof(l->cov));
	for (i = 0; i < m; i++) {
		long double r = yy[i] - (l->a + (long double)l->b *
		    xx[m + i]), c = yy[i] - sy / m;

		rss += r * r;
		tss += c * c;
	}
	l->n = m;
	l->df = (double)m - 2;
	l->sigma = sqrt((double)rss / l->df);
	l->r_squared = 1 - (double)(rss / tss);
	ls_free(&s);
	rc = 0;
out:
	free(xx);
	free(yy);
	return rc;
}

void
model_line_band(const struct model_line *l, double x, double level,
    double *fit, double *lo, double *hi)
{
	double v = l->cov[0] + 2 * x * l->cov[1] + x * x * l->cov[3];
	double h = gsl_cdf_tdist_Qinv((1 - level) / 2, l->df) * l->sigma *
	    sqrt(v);

	*fit = l->a + l->b * x;
	*lo = *fit - h;
	*hi = *fit + h;
}

/* ---- predicting from a saved model ---- */

struct out_table *
model_predict_table(const struct model_saved *m,
    const struct formula_design *ds, const double *off, struct frame *f,
    int interval, int link_scale, double level)
{
	size_t i, k, r, nc = f->ncols;
	int *isnum, glm = m->family != MODEL_GAUSSIAN ||
	    m->link != MODEL_LINK_DEFAULT;
	enum model_link link = m->link != MODEL_LINK_DEFAULT ? m->link :
	    glm_link_default(m->family);
	struct out_table *t = model_input_table(f, &isnum);
	double q = glm && !glm_est_disp(m->family) ?
	    gsl_cdf_ugaussian_Qinv((1 - level) / 2) : m->df_resid > 0 ?
	    gsl_cdf_tdist_Qinv((1 - level) / 2, m->df_resid) : NAN;

	out_column(t, "fitted");
	if (interval) {
		out_column(t, "se_fit");
		out_column(t, interval == 1 ? "conf_low" : "pred_low");
		out_column(t, interval == 1 ? "conf_high" : "pred_high");
	}
	for (i = k = 0; i < f->nrows; i++) {
		r = model_input_row(t, f, isnum, i);
		if (k < ds->n && ds->row[k] == i) {
			const double *x = ds->x + k;	/* x[a * n] */
			size_t a, b, n = ds->n;
			long double fit = off != NULL ? off[k] : 0, v = 0;
			double se, h, lo, hi;

			for (a = 0; a < m->p; a++)
				if (!isnan(m->coef[a]))
					fit += (long double)x[a * n] *
					    m->coef[a];
			for (a = 0; a < m->p && interval; a++)
				for (b = 0; b < m->p && !isnan(m->coef[a]); b++)
					if (!isnan(m->coef[b]))
						v += (long double)x[a * n] *
						    x[b * n] *
						    m->cov[a * m->p + b];
			se = m->sigma * sqrtl(v);
			h = interval == 2 ? sqrt(se * se + m->sigma *
			    m->sigma) : se;
			lo = fit - q * h;
			hi = fit + q * h;
			if (glm && !link_scale) {	/* predict.glm */
				se *= fabs(glm_mu_eta(link, fit));
				glm_band(link, fit, q * h, &lo, &hi);
				fit = glm_linkinv(link, fit);
			}
			out_num(t, r, nc, fit);
			if (interval) {
				out_num(t, r, nc + 1, se);
				out_num(t, r, nc + 2, lo);
				out_num(t, r, nc + 3, hi);
			}
			k++;
		}
	}
	free(isnum);
	return t;
}
