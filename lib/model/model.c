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
#include "frame/frame.h"
#include "model/ls.h"
#include "model/model.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"
#include "stats/tail.h"

#define LM_TOL		1e-7	/* R's lm: qr tolerance */
#define GLM_TOL		1e-11	/* R's glm.fit: min(1e-7, epsilon / 1000) */
#define GLM_EPS		1e-8	/* glm.control() */
#define GLM_MAXIT	25

/* A fit of s; with rows, room for the per-row results. */
static struct model_fit *
fit_new(const struct formula_design *ds, struct ls *s, int rows)
{
	struct model_fit *mf = xcalloc(1, sizeof(*mf));
	size_t n = ds->n ? ds->n : 1;

	mf->nd = ds->n;
	mf->p = ds->p;
	mf->intercept = ds->intercept;
	mf->rank = s->rank;
	mf->aliased = s->aliased;
	mf->coef = s->coef;
	mf->cov = s->cov;
	mf->effects = s->effects;
	mf->hat = s->hat;
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
	if (ls_fit(ds->x, ds->y, ds->w, ds->n, ds->p, LM_TOL,
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

/* R's logit link, with its thresholds */
static double
logit_inv(double eta)
{
	double t = eta < -30 ? DBL_EPSILON : eta > 30 ? 1 / DBL_EPSILON :
	    exp(eta);

	return t / (1 + t);
}

static double
logit_mu_eta(double eta)
{
	double op = 1 + exp(eta);

	return eta > 30 || eta < -30 ? DBL_EPSILON : exp(eta) / (op * op);
}

static double
ylogy(double y, double mu)
{
	return y != 0 ? y * log(y / mu) : 0;
}

static double
binom_dev(const double *y, const double *mu, const double *w, size_t n,
    double mu0)
{
	long double dev = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		double m = mu ? mu[i] : mu0;

		dev += 2 * (w ? w[i] : 1) * (ylogy(y[i], m) +
		    ylogy(1 - y[i], 1 - m));
	}
	return dev;
}

int
model_logit(const struct formula_design *ds, int flags,
    struct model_fit **mp, struct diag *d)
{
	size_t n = ds->n, nn = n ? n : 1, i, nuse = 0, zero = 0;
	double *eta = xmalloc(nn * sizeof(*eta)), *mu = xmalloc(nn *
	    sizeof(*mu)), *z = xmalloc(nn * sizeof(*z)), *w = xmalloc(nn *
	    sizeof(*w)), dev, devold, sw = 0, swy = 0, ll = 0;
	struct model_fit *mf = NULL;
	struct ls s;
	int iter, conv = 0;

	for (i = 0; i < n; i++) {
		double pw = ds->w ? ds->w[i] : 1;

		if (ds->y[i] != 0 && ds->y[i] != 1) {
			diag_set(d, STATUS_DATA, "the response \"%s\" is %g: "
			    "a binomial response must be 0 or 1 (or a text "
			    "of two levels)", ds->response, ds->y[i]);
			goto fail;
		}
		if (pw < 0) {
			diag_set(d, STATUS_DATA, "negative weight %g", pw);
			goto fail;
		}
		nuse += pw > 0;
		sw += pw;
		swy += pw * ds->y[i];
		/* glm.fit's mustart for binomial */
		mu[i] = (pw * ds->y[i] + 0.5) / (pw + 1);
		eta[i] = log(mu[i] / (1 - mu[i]));
	}
	if (nuse == 0) {
		diag_set(d, STATUS_DATA, "no complete rows to fit");
		goto fail;
	}
	if (ds->p > nuse) {
		diag_set(d, STATUS_DATA, "%zu coefficients but only %zu rows",
		    ds->p, nuse);
		goto fail;
	}
	devold = binom_dev(ds->y, mu, ds->w, n, 0);
	memset(&s, 0, sizeof(s));
	for (iter = 1; iter <= GLM_MAXIT; iter++) {
		for (i = 0; i < n; i++) {
			double me = logit_mu_eta(eta[i]), var = mu[i] *
			    (1 - mu[i]);

			z[i] = eta[i] + (ds->y[i] - mu[i]) / me;
			w[i] = (ds->w ? ds->w[i] : 1) * me * me / var;
		}
		ls_free(&s);
		if (ls_fit(ds->x, z, w, n, ds->p, GLM_TOL, flags & MODEL_ROWS,
		    ds->threads, &s, d) != 0)
			goto fail;
		for (i = 0; i < n; i++) {
			eta[i] = linpred(ds, s.coef, i);
			mu[i] = logit_inv(eta[i]);
		}
		dev = binom_dev(ds->y, mu, ds->w, n, 0);
		if (fabs(dev - devold) / (fabs(dev) + 0.1) < GLM_EPS) {
			conv = 1;
			break;
		}
		devold = dev;
	}
	if (!conv) {
		iter = GLM_MAXIT;
		diag_warn("the fit did not converge in %d iterations",
		    GLM_MAXIT);
	}
	mf = fit_new(ds, &s, flags & MODEL_ROWS);
	mf->family = MODEL_BINOMIAL;
	mf->n = nuse;
	mf->iter = iter;
	mf->converged = conv;
	mf->deviance = dev;
	mf->null_deviance = binom_dev(ds->y, NULL, ds->w, n,
	    ds->intercept ? swy / sw : 0.5);
	mf->df_resid = (double)nuse - mf->rank;
	mf->sigma = 1;
	for (i = 0; i < n; i++) {
		double pw = ds->w ? ds->w[i] : 1;

		if (flags & MODEL_ROWS) {
			mf->fitted[i] = mu[i];
			mf->resid[i] = ds->y[i] - mu[i];
			mf->wt[i] = w[i];
		}
		if (mu[i] > 1 - 10 * DBL_EPSILON || mu[i] < 10 * DBL_EPSILON)
			zero++;
		if (pw > 0)
			ll += pw * (ds->y[i] ? log(mu[i]) : log(1 - mu[i]));
	}
	mf->loglik = ll;
	if (zero > 0)
		diag_warn("fitted probabilities numerically 0 or 1 occurred "
		    "(%zu rows): the classes may be separated", zero);
	warn_aliased(mf, ds);
	*mp = mf;
	free(eta);
	free(mu);
	free(z);
	free(w);
	return 0;
fail:
	free(eta);
	free(mu);
	free(z);
	free(w);
	return -1;
}

void
model_fit_free(struct model_fit *mf)
{
	if (mf == NULL)
		return;
	free(mf->aliased);
	free(mf->coef);
	free(mf->cov);
	free(mf->effects);
	free(mf->fitted);
	free(mf->resid);
	free(mf->hat);
	free(mf->wt);
	free(mf);
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
model_coef_table(const struct model_fit *mf, const struct formula_design *ds,
    double level)
{
	static const char *const cols[] = { "term", "estimate", "std_error",
	    "statistic", "p_value", "conf_low", "conf_high", NULL };
	struct out_table *t = table(cols);
	int gauss = mf->family == MODEL_GAUSSIAN;
	double q = gauss ? (mf->df_resid > 0 ?
	    gsl_cdf_tdist_Qinv((1 - level) / 2, mf->df_resid) : NAN) :
	    gsl_cdf_ugaussian_Qinv((1 - level) / 2);
	size_t j, r;

	for (j = 0; j < mf->p; j++) {
		double b = mf->coef[j], se = mf->sigma *
		    sqrt(mf->cov[j * mf->p + j]), st = b / se, pv;

		if (gauss && !(mf->df_resid > 0))
			se = st = NAN;
		pv = isnan(st) ? NAN : gauss ?
		    tail_t2(st, mf->df_resid) :
		    2 * gsl_cdf_ugaussian_Q(fabs(st));
		r = out_row(t);
		out_text(t, r, 0, ds->name[j]);
		out_num(t, r, 1, b);
		out_num(t, r, 2, se);
		out_num(t, r, 3, st);
		out_num(t, r, 4, pv);
		out_num(t, r, 5, b - q * se);
		out_num(t, r, 6, b + q * se);
	}
	return t;
}

struct out_table *
model_summary_table(const struct model_fit *mf)
{
	static const char *const lm[] = { "n", "df_model", "df_residual",
	    "r_squared", "adj_r_squared", "sigma", "f_statistic", "f_df1",
	    "f_df2", "f_p_value", "aic", "bic", "log_lik", NULL };
	static const char *const glm[] = { "n", "df_model", "df_residual",
	    "null_deviance", "deviance", "df_null", "aic", "bic", "log_lik",
	    "iterations", NULL };
	double k = (double)mf->rank, n = (double)mf->n, dfm = k -
	    (mf->intercept ? 1 : 0);
	struct out_table *t;
	size_t r;

	if (mf->family == MODEL_BINOMIAL) {
		t = table(glm);
		r = out_row(t);
		out_num(t, r, 0, n);
		out_num(t, r, 1, dfm);
		out_num(t, r, 2, mf->df_resid);
		out_num(t, r, 3, mf->null_deviance);
		out_num(t, r, 4, mf->deviance);
		out_num(t, r, 5, n - (mf->intercept ? 1 : 0));
		out_num(t, r, 6, -2 * mf->loglik + 2 * k);
		out_num(t, r, 7, -2 * mf->loglik + log(n) * k);
		out_num(t, r, 8, mf->loglik);
		out_num(t, r, 9, mf->iter);
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

/* A table that starts with the frame's columns (numbers as numbers). */
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

/* A new row holding input row i. */
size_t
model_input_row(struct out_table *t, const struct frame *f, const int *isnum,
    size_t i)
{
	size_t r = out_row(t), j;

	for (j = 0; j < f->ncols; j++)
		if (isnum[j])
			out_num(t, r, j, f->col[j].num[i]);
		else
			out_text(t, r, j, frame_text(f, j, i));
	return r;
}

struct out_table *
model_augment_table(const struct model_fit *mf,
    const struct formula_design *ds, struct frame *f)
{
	static const char *const add[] = { "fitted", "residual",
	    "std_residual", "hat", "cooks_d" };
	size_t i, k, r, nc = f->ncols;
	int *isnum;
	struct out_table *t = model_input_table(f, &isnum);

	for (k = 0; k < 5; k++)
		out_column(t, add[k]);
	for (i = k = 0; i < f->nrows; i++) {
		r = model_input_row(t, f, isnum, i);
		if (k < ds->n && ds->row[k] == i) {
			double h = mf->hat[k], w = mf->wt[k], res, sr, cd;

			if (mf->family == MODEL_GAUSSIAN) {
				res = sqrt(w) * mf->resid[k];
				sr = res / (mf->sigma * sqrt(1 - h));
				cd = sr * sr * h / ((1 - h) * mf->rank);
			} else {	/* deviance and Pearson residuals */
				double y = ds->y[k], mu = mf->fitted[k],
				    pw = ds->w ? ds->w[k] : 1, dr, pr;

				dr = sqrt(2 * pw * (ylogy(y, mu) +
				    ylogy(1 - y, 1 - mu)));
				dr = y > mu ? dr : -dr;
				pr = sqrt(pw) * (y - mu) / sqrt(mu * (1 - mu));
				sr = dr / sqrt(1 - h);
				cd = pr / (1 - h);
				cd = cd * cd * h / mf->rank;
			}
			if (w == 0 || h >= 1 - 1e-10)
				sr = cd = NAN;
			out_num(t, r, nc, mf->fitted[k]);
			out_num(t, r, nc + 1, mf->resid[k]);
			out_num(t, r, nc + 2, sr);
			out_num(t, r, nc + 3, h);
			out_num(t, r, nc + 4, cd);
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
	if (ls_fit(xx, yy, NULL, m, 2, LM_TOL, 0, 1, &s, d) != 0)
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
    const struct formula_design *ds, struct frame *f, int interval,
    double level)
{
	size_t i, k, r, nc = f->ncols;
	int *isnum;
	struct out_table *t = model_input_table(f, &isnum);
	double q = m->df_resid > 0 ? gsl_cdf_tdist_Qinv((1 - level) / 2,
	    m->df_resid) : NAN;

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
			long double fit = 0, v = 0;

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
			if (m->family == MODEL_BINOMIAL)
				out_num(t, r, nc, logit_inv(fit));
			else {
				double se = m->sigma * sqrtl(v), h = interval ==
				    2 ? sqrt(se * se + m->sigma * m->sigma) :
				    se;

				out_num(t, r, nc, fit);
				if (interval) {
					out_num(t, r, nc + 1, se);
					out_num(t, r, nc + 2, fit - q * h);
					out_num(t, r, nc + 3, fit + q * h);
				}
			}
			k++;
		}
	}
	free(isnum);
	return t;
}
