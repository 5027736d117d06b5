/*
 * glm: generalized linear models by IRLS as R's glm.fit, with R's
 * families and links (see glm.h).
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_sf_gamma.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "model/fit.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/ls.h"

#define GLM_TOL		1e-11	/* R's glm.fit: min(1e-7, epsilon / 1000) */
#define GLM_EPS		1e-8	/* glm.control() */
#define GLM_MAXIT	25
#define LINK_BIT(l)	(1u << (l))

static const struct famdef {
	const char	*name;
	enum model_link	 link;		/* canonical */
	unsigned	 links;		/* accepted, LINK_BIT()s */
} fams[] = {
	[MODEL_GAUSSIAN] = { "gaussian", MODEL_IDENTITY,
	    LINK_BIT(MODEL_IDENTITY) | LINK_BIT(MODEL_LOG) |
	    LINK_BIT(MODEL_INVERSE) },
	[MODEL_BINOMIAL] = { "binomial", MODEL_LOGIT, LINK_BIT(MODEL_LOGIT) |
	    LINK_BIT(MODEL_PROBIT) | LINK_BIT(MODEL_CAUCHIT) |
	    LINK_BIT(MODEL_LOG) | LINK_BIT(MODEL_CLOGLOG) },
	[MODEL_POISSON] = { "poisson", MODEL_LOG, LINK_BIT(MODEL_LOG) |
	    LINK_BIT(MODEL_IDENTITY) | LINK_BIT(MODEL_SQRT) },
	[MODEL_GAMMA] = { "Gamma", MODEL_INVERSE, LINK_BIT(MODEL_INVERSE) |
	    LINK_BIT(MODEL_IDENTITY) | LINK_BIT(MODEL_LOG) },
	[MODEL_INVGAUSS] = { "inverse.gaussian", MODEL_INVSQUARE,
	    LINK_BIT(MODEL_INVSQUARE) | LINK_BIT(MODEL_INVERSE) |
	    LINK_BIT(MODEL_IDENTITY) | LINK_BIT(MODEL_LOG) },
	[MODEL_QUASIBINOMIAL] = { "quasibinomial", MODEL_LOGIT,
	    LINK_BIT(MODEL_LOGIT) | LINK_BIT(MODEL_PROBIT) |
	    LINK_BIT(MODEL_CAUCHIT) | LINK_BIT(MODEL_LOG) |
	    LINK_BIT(MODEL_CLOGLOG) },
	[MODEL_QUASIPOISSON] = { "quasipoisson", MODEL_LOG,
	    LINK_BIT(MODEL_LOG) | LINK_BIT(MODEL_IDENTITY) |
	    LINK_BIT(MODEL_SQRT) },
};

static const char *const links[] = {
	[MODEL_LINK_DEFAULT] = "default", [MODEL_IDENTITY] = "identity",
	[MODEL_LOG] = "log", [MODEL_LOGIT] = "logit",
	[MODEL_PROBIT] = "probit", [MODEL_CAUCHIT] = "cauchit",
	[MODEL_CLOGLOG] = "cloglog", [MODEL_SQRT] = "sqrt",
	[MODEL_INVERSE] = "inverse", [MODEL_INVSQUARE] = "1/mu^2",
};

#define NFAM	(sizeof(fams) / sizeof(fams[0]))
#define NLINK	(sizeof(links) / sizeof(links[0]))

int
glm_family_parse(const char *s, enum model_family *f)
{
	size_t k;

	for (k = 0; k < NFAM; k++)
		if (strcmp(s, fams[k].name) == 0) {
			*f = (enum model_family)k;
			return 0;
		}
	return -1;
}

const char *
glm_family_name(enum model_family f)
{
	return fams[f].name;
}

int
glm_link_parse(const char *s, enum model_link *l)
{
	size_t k;

	for (k = 1; k < NLINK; k++)
		if (strcmp(s, links[k]) == 0) {
			*l = (enum model_link)k;
			return 0;
		}
	return -1;
}

const char *
glm_link_name(enum model_link l)
{
	return links[l];
}

enum model_link
glm_link_default(enum model_family f)
{
	return fams[f].link;
}

int
glm_link_ok(enum model_family f, enum model_link l)
{
	return l == MODEL_LINK_DEFAULT || (fams[f].links & LINK_BIT(l)) != 0;
}

int
glm_est_disp(enum model_family f)
{
	return f != MODEL_BINOMIAL && f != MODEL_POISSON;
}

static int
binomial_like(enum model_family f)
{
	return f == MODEL_BINOMIAL || f == MODEL_QUASIBINOMIAL;
}

static int
poisson_like(enum model_family f)
{
	return f == MODEL_POISSON || f == MODEL_QUASIPOISSON;
}

/* ---- links: R's make.link ---- */

double
glm_linkfun(enum model_link l, double mu)
{
	switch (l) {
	case MODEL_LOG:
		return log(mu);
	case MODEL_LOGIT:
		return log(mu / (1 - mu));
	case MODEL_PROBIT:
		return gsl_cdf_ugaussian_Pinv(mu);
	case MODEL_CAUCHIT:
		return gsl_cdf_cauchy_Pinv(mu, 1);
	case MODEL_CLOGLOG:
		return log(-log1p(-mu));
	case MODEL_SQRT:
		return sqrt(mu);
	case MODEL_INVERSE:
		return 1 / mu;
	case MODEL_INVSQUARE:
		return 1 / (mu * mu);
	default:
		return mu;
	}
}

/* -qnorm(eps) and -qcauchy(eps): R's clamps of probit and cauchit */
static double
clamp(double eta, double t)
{
	return eta < -t ? -t : eta > t ? t : eta;
}

double
glm_linkinv(enum model_link l, double eta)
{
	double t;

	switch (l) {
	case MODEL_LOG:
		return fmax(exp(eta), DBL_EPSILON);
	case MODEL_LOGIT:	/* R's C logit_linkinv */
		t = eta < -30 ? DBL_EPSILON : eta > 30 ? 1 / DBL_EPSILON :
		    exp(eta);
		return t / (1 + t);
	case MODEL_PROBIT:
		t = -gsl_cdf_ugaussian_Pinv(DBL_EPSILON);
		return gsl_cdf_ugaussian_P(clamp(eta, t));
	case MODEL_CAUCHIT:
		t = -gsl_cdf_cauchy_Pinv(DBL_EPSILON, 1);
		return gsl_cdf_cauchy_P(clamp(eta, t), 1);
	case MODEL_CLOGLOG:
		return fmax(fmin(-expm1(-exp(eta)), 1 - DBL_EPSILON),
		    DBL_EPSILON);
	case MODEL_SQRT:
		return eta * eta;
	case MODEL_INVERSE:
		return 1 / eta;
	case MODEL_INVSQUARE:
		return 1 / sqrt(eta);
	default:
		return eta;
	}
}

double
glm_mu_eta(enum model_link l, double eta)
{
	double op;

	switch (l) {
	case MODEL_LOG:
		return fmax(exp(eta), DBL_EPSILON);
	case MODEL_LOGIT:
		op = 1 + exp(eta);
		return eta > 30 || eta < -30 ? DBL_EPSILON : exp(eta) /
		    (op * op);
	case MODEL_PROBIT:
		return fmax(gsl_ran_ugaussian_pdf(eta), DBL_EPSILON);
	case MODEL_CAUCHIT:
		return fmax(gsl_ran_cauchy_pdf(eta, 1), DBL_EPSILON);
	case MODEL_CLOGLOG:
		eta = fmin(eta, 700);
		return fmax(exp(eta) * exp(-exp(eta)), DBL_EPSILON);
	case MODEL_SQRT:
		return 2 * eta;
	case MODEL_INVERSE:
		return -1 / (eta * eta);
	case MODEL_INVSQUARE:
		return -1 / (2 * pow(eta, 1.5));
	default:
		return 1;
	}
}

static int
valideta(enum model_link l, double eta)
{
	switch (l) {
	case MODEL_SQRT:
	case MODEL_INVSQUARE:
		return isfinite(eta) && eta > 0;
	case MODEL_INVERSE:
		return eta != 0;
	default:
		return 1;
	}
}

void
glm_band(enum model_link link, double eta, double h, double *lo, double *hi)
{
	double a = glm_linkinv(link, eta - h), b = glm_linkinv(link, eta + h);

	*lo = fmin(a, b);	/* decreasing links: inverse, 1/mu^2 */
	*hi = fmax(a, b);
}

/* ---- families ---- */

double
glm_variance(enum model_family f, double mu)
{
	switch (f) {
	case MODEL_BINOMIAL:
	case MODEL_QUASIBINOMIAL:
		return mu * (1 - mu);
	case MODEL_POISSON:
	case MODEL_QUASIPOISSON:
		return mu;
	case MODEL_GAMMA:
		return mu * mu;
	case MODEL_INVGAUSS:
		return mu * mu * mu;
	default:
		return 1;
	}
}

static int
validmu(enum model_family f, double mu)
{
	if (binomial_like(f))
		return isfinite(mu) && mu > 0 && mu < 1;
	if (poisson_like(f) || f == MODEL_GAMMA)
		return isfinite(mu) && mu > 0;
	return 1;
}

static double
ylogy(double y, double mu)
{
	return y != 0 ? y * log(y / mu) : 0;
}

double
glm_dev_resid(enum model_family f, double y, double mu, double w)
{
	switch (f) {
	case MODEL_BINOMIAL:
	case MODEL_QUASIBINOMIAL:
		return 2 * w * (ylogy(y, mu) + ylogy(1 - y, 1 - mu));
	case MODEL_POISSON:
	case MODEL_QUASIPOISSON:
		return 2 * (y > 0 ? w * (y * log(y / mu) - (y - mu)) : mu * w);
	case MODEL_GAMMA:
		return -2 * w * (log(y == 0 ? 1 : y / mu) - (y - mu) / mu);
	case MODEL_INVGAUSS:
		return w * (y - mu) * (y - mu) / (y * mu * mu);
	default:
		return w * (y - mu) * (y - mu);
	}
}

static double
prior(const struct formula_design *ds, size_t i)
{
	return ds->w != NULL ? ds->w[i] : 1;
}

/* binomial()'s n: a cbind() response's trials, else the prior weight. */
static double
trials(const struct formula_design *ds, size_t i)
{
	return ds->trials != NULL ? ds->trials[i] : prior(ds, i);
}

static double
deviance(enum model_family f, const struct formula_design *ds,
    const double *mu, double mu0)
{
	long double dev = 0;
	size_t i;

	for (i = 0; i < ds->n; i++)
		dev += glm_dev_resid(f, ds->y[i], mu ? mu[i] : mu0,
		    prior(ds, i));
	return dev;
}

/* The family's aic(y, n, mu, wt, dev) of R, without the 2 * rank. */
static double
family_aic(enum model_family f, const struct formula_design *ds,
    const double *mu, double dev)
{
	long double s = 0, sw = 0;
	double disp;
	size_t i;
	int many = 0;	/* R's m: the trials if any is above 1 */

	for (i = 0; i < ds->n; i++) {
		sw += prior(ds, i);
		many |= ds->trials != NULL && ds->trials[i] > 1;
	}
	for (i = 0; i < ds->n; i++) {
		double y = ds->y[i], w = prior(ds, i), m = mu[i], a, k, nn;

		if (w == 0)
			continue;
		switch (f) {
		case MODEL_BINOMIAL:	/* w/n dbinom(round(n y), round(n), mu) */
			a = many ? ds->trials[i] : w;
			if (a == 0)
				break;
			nn = round(a);
			k = round(a * y);
			s += -2 * (w / a) * (gsl_sf_lnchoose((unsigned)nn,
			    (unsigned)k) + (k > 0 ? k * log(m) : 0) +
			    (nn - k > 0 ? (nn - k) * log1p(-m) : 0));
			break;
		case MODEL_POISSON:
			s += -2 * w * ((y > 0 ? y * log(m) : 0) - m -
			    gsl_sf_lngamma(y + 1));
			break;
		case MODEL_GAMMA:	/* dgamma(y, 1/disp, scale = mu disp) */
			disp = dev / (double)sw;
			a = 1 / disp;
			s += -2 * w * (-gsl_sf_lngamma(a) - a * log(m * disp) +
			    (a - 1) * log(y) - y / (m * disp));
			break;
		case MODEL_INVGAUSS:
			s += 3 * w * log(y);
			break;
		case MODEL_GAUSSIAN:
			s -= log(w);
			break;
		default:
			return NAN;
		}
	}
	if (f == MODEL_GAMMA)
		return s + 2;
	if (f == MODEL_INVGAUSS)
		return sw * (1 + log(dev / (double)sw * 2 * M_PI)) + s + 2;
	if (f == MODEL_GAUSSIAN)
		return ds->n * (log(dev / ds->n * 2 * M_PI) + 1) + 2 + s;
	return s;
}

/* The response must be in the family's domain (R's initialize). */
static int
check_y(enum model_family f, enum model_link l,
    const struct formula_design *ds, struct diag *d)
{
	size_t i, frac = 0;

	for (i = 0; i < ds->n; i++) {
		double y = ds->y[i], w = prior(ds, i);

		if (w < 0)
			return diag_set(d, STATUS_DATA, "negative weight %g", w);
		if (binomial_like(f) && !(y >= 0 && y <= 1))
			return diag_set(d, STATUS_DATA, "the response \"%s\" "
			    "is %g: a binomial response must be in [0, 1] "
			    "(0/1, a text of two levels, or a proportion with "
			    "the trials as --weights)", ds->response, y);
		if (poisson_like(f) && y < 0)
			return diag_set(d, STATUS_DATA, "the response \"%s\" "
			    "is %g: a count must not be negative",
			    ds->response, y);
		if ((f == MODEL_GAMMA || f == MODEL_INVGAUSS) && !(y > 0))
			return diag_set(d, STATUS_DATA, "the response \"%s\" "
			    "is %g: the %s family needs positive values",
			    ds->response, y, fams[f].name);
		if (f == MODEL_GAUSSIAN && ((l == MODEL_LOG && !(y > 0)) ||
		    (l == MODEL_INVERSE && y == 0)))
			return diag_set(d, STATUS_DATA, "the response \"%s\" "
			    "is %g: no valid start for the %s link",
			    ds->response, y, links[l]);
		if (f == MODEL_BINOMIAL && fabs(w * y - round(w * y)) > 1e-3)
			frac++;
	}
	if (frac > 0)
		diag_warn("non-integer number of successes in %zu rows "
		    "(weight times proportion)", frac);
	return 0;
}

/* R's mustart of the family */
static double
mustart(enum model_family f, double y, double w)
{
	if (binomial_like(f))
		return (w * y + 0.5) / (w + 1);
	if (poisson_like(f))
		return y + 0.1;
	return y;
}

/* What one IRLS run works on. */
struct irls {
	const struct formula_design *ds;
	const double	*x;		/* n x p by columns */
	size_t		 p;
	enum model_family fam;
	enum model_link	 link;
	const double	*off;		/* or NULL */
	double		*eta, *mu, *z, *w;	/* n each */
	double		 dev;
	int		 iter, conv, boundary;
};

static double
lin(const struct irls *r, const double *coef, size_t i)
{
	long double t = r->off != NULL ? r->off[i] : 0;
	size_t j, n = r->ds->n;

	for (j = 0; j < r->p; j++)
		if (!isnan(coef[j]))
			t += (long double)r->x[j * n + i] * coef[j];
	return t;
}

/* eta and mu of coef; whether they are valid */
static int
predict_coef(struct irls *r, const double *coef)
{
	size_t i;
	int ok = 1;

	for (i = 0; i < r->ds->n; i++) {
		r->eta[i] = lin(r, coef, i);
		r->mu[i] = glm_linkinv(r->link, r->eta[i]);
		ok &= valideta(r->link, r->eta[i]) && validmu(r->fam, r->mu[i]);
	}
	r->dev = deviance(r->fam, r->ds, r->mu, 0);
	return ok;
}

/*
 * glm.fit's loop from r->mu (the start); the last QR is in s, with the
 * leverages if hat.
 */
static int
irls_run(struct irls *r, int hat, struct ls *s, struct diag *d)
{
	const struct formula_design *ds = r->ds;
	size_t i, j, n = ds->n;
	double devold, *old = NULL;
	int ok;

	memset(s, 0, sizeof(*s));
	for (i = 0; i < n; i++) {
		r->eta[i] = glm_linkfun(r->link, r->mu[i]);
		r->mu[i] = glm_linkinv(r->link, r->eta[i]);
		if (!valideta(r->link, r->eta[i]) ||
		    !validmu(r->fam, r->mu[i]))
			return diag_set(d, STATUS_DATA, "no valid starting "
			    "values for the %s family with the %s link",
			    fams[r->fam].name, links[r->link]);
	}
	devold = deviance(r->fam, ds, r->mu, 0);
	for (r->iter = 1; r->iter <= GLM_MAXIT; r->iter++) {
		for (i = 0; i < n; i++) {
			double me = glm_mu_eta(r->link, r->eta[i]),
			    v = glm_variance(r->fam, r->mu[i]), pw = prior(ds, i);

			if (pw > 0 && v == 0) {
				ls_free(s);
				free(old);
				return diag_set(d, STATUS_DATA, "the variance "
				    "is 0 at row %zu (fitted value %g)", i + 1,
				    r->mu[i]);
			}
			r->z[i] = me == 0 ? 0 : r->eta[i] - (r->off ?
			    r->off[i] : 0) + (ds->y[i] - r->mu[i]) / me;
			r->w[i] = pw > 0 ? pw * me * me / v : 0;
		}
		if (old == NULL && s->coef != NULL)
			old = xmalloc(r->p * sizeof(*old));
		if (s->coef != NULL)
			memcpy(old, s->coef, r->p * sizeof(*old));
		ls_free(s);
		if (ls_fit(r->x, r->z, r->w, n, r->p, GLM_TOL, hat,
		    ds->threads, s, d) != 0) {
			free(old);
			return -1;
		}
		ok = predict_coef(r, s->coef);
		r->boundary = 0;
		/* R's step halving: towards the last coefficients */
		for (i = 1; !(isfinite(r->dev) && ok); i++) {
			if (old == NULL) {
				ls_free(s);
				return diag_set(d, STATUS_DATA, "no valid set "
				    "of coefficients found (the first step "
				    "left the %s family's range)",
				    fams[r->fam].name);
			}
			if (i > GLM_MAXIT) {
				ls_free(s);
				free(old);
				return diag_set(d, STATUS_DATA, "the step "
				    "size could not be corrected (%d halvings)",
				    GLM_MAXIT);
			}
			for (j = 0; j < r->p; j++)
				s->coef[j] = (s->coef[j] + old[j]) / 2;
			ok = predict_coef(r, s->coef);
			r->boundary = 1;
		}
		if (fabs(r->dev - devold) / (fabs(r->dev) + 0.1) < GLM_EPS) {
			r->conv = 1;
			break;
		}
		devold = r->dev;
	}
	free(old);
	if (!r->conv)
		r->iter = GLM_MAXIT;
	return 0;
}

/* Rows fitted to the edge of the family's range: R's warnings. */
static void
warn_edges(const struct irls *r)
{
	size_t i, k = 0;
	double eps = 10 * DBL_EPSILON;

	if (!r->conv)
		diag_warn("the fit did not converge in %d iterations",
		    GLM_MAXIT);
	if (r->boundary)
		diag_warn("the fit stopped at a boundary value (step "
		    "halved)");
	for (i = 0; i < r->ds->n; i++)
		k += binomial_like(r->fam) ? r->mu[i] > 1 - eps ||
		    r->mu[i] < eps : poisson_like(r->fam) && r->mu[i] < eps;
	if (k > 0 && binomial_like(r->fam))
		diag_warn("fitted probabilities numerically 0 or 1 occurred "
		    "(%zu rows): the classes may be separated", k);
	else if (k > 0)
		diag_warn("fitted rates numerically 0 occurred (%zu rows)",
		    k);
}

/* R's glm(): with an offset and an intercept, the null model is fitted. */
static int
null_deviance(const struct irls *fit, double *nd, struct diag *d)
{
	const struct formula_design *ds = fit->ds;
	size_t i, n = ds->n, nn = n ? n : 1;
	long double sw = 0, swy = 0;
	double *one;
	struct irls r = *fit;
	struct ls s;
	int rc;

	if (!ds->intercept || fit->off == NULL) {
		for (i = 0; i < n; i++) {
			sw += prior(ds, i);
			swy += prior(ds, i) * ds->y[i];
		}
		if (ds->intercept) {
			*nd = deviance(fit->fam, ds, NULL, swy / sw);
			return 0;
		}
		for (i = 0; i < n; i++)	/* linkinv(offset) */
			fit->z[i] = glm_linkinv(fit->link, fit->off ?
			    fit->off[i] : 0);
		*nd = deviance(fit->fam, ds, fit->z, 0);
		return 0;
	}
	one = xmalloc(nn * sizeof(*one));
	for (i = 0; i < n; i++)
		one[i] = 1;
	r.x = one;
	r.p = 1;
	r.conv = r.boundary = 0;
	r.eta = xmalloc(4 * nn * sizeof(double));
	r.mu = r.eta + nn;
	r.z = r.mu + nn;
	r.w = r.z + nn;
	memcpy(r.mu, fit->mu, n * sizeof(double));	/* start: the fit */
	rc = irls_run(&r, 0, &s, d);
	*nd = r.dev;
	ls_free(&s);
	free(r.eta);
	free(one);
	return rc;
}

int
glm_fit(const struct formula_design *ds, enum model_family fam,
    enum model_link link, const double *off, int flags,
    struct model_fit **mp, struct diag *d)
{
	size_t n = ds->n, nn = n ? n : 1, i, nuse = 0;
	struct irls r = { .ds = ds, .x = ds->x, .p = ds->p, .fam = fam,
	    .link = link == MODEL_LINK_DEFAULT ? fams[fam].link : link,
	    .off = off };
	struct model_fit *mf;
	struct ls s;
	long double pear = 0;
	int rows = flags & MODEL_ROWS;

	if (!glm_link_ok(fam, link))
		return diag_set(d, STATUS_USAGE, "the %s family has no %s "
		    "link", fams[fam].name, links[link]);
	if (check_y(fam, r.link, ds, d) != 0)
		return -1;
	for (i = 0; i < n; i++)
		nuse += prior(ds, i) > 0;
	if (nuse == 0)
		return diag_set(d, STATUS_DATA, "no complete rows to fit");
	if (ds->p > nuse)
		return diag_set(d, STATUS_DATA, "%zu coefficients but only %zu "
		    "rows", ds->p, nuse);
	r.eta = xmalloc(4 * nn * sizeof(double));
	r.mu = r.eta + nn;
	r.z = r.mu + nn;
	r.w = r.z + nn;
	for (i = 0; i < n; i++)
		r.mu[i] = mustart(fam, ds->y[i], trials(ds, i));
	if (irls_run(&r, rows, &s, d) != 0) {
		free(r.eta);
		return -1;
	}
	mf = model_fit_new(&s, n, ds->p, ds->intercept);
	mf->family = fam;
	mf->link = r.link;
	mf->glm = 1;
	mf->n = nuse;
	mf->iter = r.iter;
	mf->converged = r.conv;
	mf->deviance = r.dev;
	mf->df_resid = (double)nuse - mf->rank;
	/* summary.glm: the last weights, the final working residuals */
	for (i = 0; i < n; i++) {
		double res = (ds->y[i] - r.mu[i]) / glm_mu_eta(r.link, r.eta[i]);

		if (r.w[i] > 0)
			pear += r.w[i] * (long double)res * res;
	}
	mf->sigma = !glm_est_disp(fam) ? 1 : mf->df_resid > 0 ?
	    sqrt((double)pear / mf->df_resid) : NAN;
	mf->aic = family_aic(fam, ds, r.mu, r.dev) + 2 * (double)mf->rank;
	/* logLik.glm: one more parameter where the family has a scale */
	mf->loglik = (double)mf->rank + (fam == MODEL_GAUSSIAN ||
	    fam == MODEL_GAMMA || fam == MODEL_INVGAUSS) - mf->aic / 2;
	if (rows) {
		mf->fitted = xmalloc(nn * sizeof(double));
		mf->resid = xmalloc(nn * sizeof(double));
		mf->wt = xmalloc(nn * sizeof(double));
		mf->eta = xmalloc(nn * sizeof(double));
		memcpy(mf->fitted, r.mu, n * sizeof(double));
		memcpy(mf->wt, r.w, n * sizeof(double));
		memcpy(mf->eta, r.eta, n * sizeof(double));
		for (i = 0; i < n; i++)
			mf->resid[i] = ds->y[i] - r.mu[i];
	}
	warn_edges(&r);
	if (null_deviance(&r, &mf->null_deviance, d) != 0) {
		free(r.eta);
		model_fit_free(mf);
		return -1;
	}
	free(r.eta);
	for (i = 0; i < mf->p; i++)
		if (mf->aliased[i])
			diag_warn("coefficient \"%s\" is aliased (a linear "
			    "combination of the others): not estimated",
			    ds->name[i]);
	*mp = mf;
	return 0;
}

/* "offset(...)" as a whole term */
static int
is_offset(const char *term)
{
	return strncmp(term, "offset(", 7) == 0;
}

int
glm_offset(struct formula_design *ds, double **off, struct diag *d)
{
	size_t i, j, k, n = ds->n;

	*off = NULL;
	for (j = k = 0; j < ds->p; j++) {
		const char *t = ds->term[ds->assign[j]];

		if (strstr(t, "offset(") != NULL && (!is_offset(t) ||
		    strchr(t, ':') != NULL)) {
			free(*off);
			*off = NULL;
			return diag_set(d, STATUS_USAGE, "\"%s\": an offset "
			    "cannot be part of an interaction", t);
		}
		if (is_offset(t)) {
			if (*off == NULL)
				*off = xcalloc(n ? n : 1, sizeof(**off));
			for (i = 0; i < n; i++)
				(*off)[i] += ds->x[j * n + i];
			free(ds->name[j]);
			continue;
		}
		if (k != j) {
			memmove(ds->x + k * n, ds->x + j * n, n *
			    sizeof(*ds->x));
			ds->name[k] = ds->name[j];
			ds->assign[k] = ds->assign[j];
		}
		k++;
	}
	ds->p = k;
	return 0;
}

int
glm_deviance(const struct formula_design *ds, const double *x, size_t p,
    enum model_family fam, enum model_link link, const double *off,
    double *dev, double *aic, size_t *rank, struct diag *d)
{
	size_t i, nn = ds->n ? ds->n : 1;
	struct irls r = { .ds = ds, .x = x, .p = p, .fam = fam,
	    .link = link == MODEL_LINK_DEFAULT ? fams[fam].link : link,
	    .off = off };
	struct ls s;
	int rc;

	r.eta = xmalloc(4 * nn * sizeof(double));
	r.mu = r.eta + nn;
	r.z = r.mu + nn;
	r.w = r.z + nn;
	for (i = 0; i < ds->n; i++)
		r.mu[i] = mustart(fam, ds->y[i], trials(ds, i));
	rc = irls_run(&r, 0, &s, d);
	if (rc == 0) {
		*dev = r.dev;
		*rank = s.rank;
		if (aic != NULL)
			*aic = family_aic(fam, ds, r.mu, r.dev) + 2 *
			    (double)s.rank;
		ls_free(&s);
	}
	free(r.eta);
	return rc;
}

int
glm_anova_table(const struct model_fit *mf, const struct formula_design *ds,
    const double *off, struct out_table **tp, struct diag *d)
{
	static const char *const cols[] = { "term", "df", "deviance",
	    "df_residual", "resid_deviance", "p_value" };
	struct out_table *t = out_new();
	double dev = mf->null_deviance, df = mf->n - (ds->intercept ? 1 : 0),
	    disp = mf->sigma * mf->sigma, nd, ndf;
	size_t k, j, p, rank, r;

	for (k = 0; k < 6; k++)
		out_column(t, cols[k]);
	r = out_row(t);
	out_text(t, r, 0, "NULL");
	out_num(t, r, 3, df);
	out_num(t, r, 4, dev);
	for (k = ds->intercept ? 1 : 0; k < ds->nterm; k++) {
		/* the columns of the terms up to k: a prefix */
		for (p = j = 0; p < ds->p && ds->assign[p] <= k; p++)
			j += ds->assign[p] == k;
		if (j == 0)
			continue;	/* no columns (an offset) */
		if (p == ds->p) {	/* the whole model */
			nd = mf->deviance;
			ndf = mf->df_resid;
		} else {
			if (glm_deviance(ds, ds->x, p, mf->family, mf->link,
			    off, &nd, NULL, &rank, d) != 0) {
				out_free(t);
				return -1;
			}
			ndf = (double)mf->n - rank;
		}
		r = out_row(t);
		out_text(t, r, 0, ds->term[k]);
		out_num(t, r, 1, df - ndf);
		out_num(t, r, 2, dev - nd);
		out_num(t, r, 3, ndf);
		out_num(t, r, 4, nd);
		/* stat.anova's Chisq: the deviance over the dispersion */
		out_num(t, r, 5, df - ndf > 0 ? gsl_cdf_chisq_Q((dev - nd) /
		    disp, df - ndf) : NAN);
		dev = nd;
		df = ndf;
	}
	*tp = t;
	return 0;
}
