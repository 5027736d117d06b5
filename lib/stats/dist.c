/*
 * dist: R's d/p/q/r functions over GSL's gsl_ran_*_pdf and gsl_cdf_*.
 *
 * Upper tails come from GSL's _Q functions, never 1 - P, so that far tails
 * keep their digits.  Continuous quantiles use _Pinv below the median and
 * _Qinv of 1 - p (exact there) above it.  GSL has no inverse for discrete
 * distributions: their quantile is found by a search over the integers.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sf_gamma.h>

#include "core/diag.h"
#include "stats/dist.h"
#include "frame/frame.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"
#include "stats/tail.h"

typedef double (*dist_f)(double, const double *);
typedef double (*dist_r)(const gsl_rng *, const double *);

/* What a distribution does, beside its public description. */
struct impl {
	dist_f	pdf, cdf, sf;	/* discrete: x is a whole number in support */
	dist_f	pinv, qinv;	/* GSL's inverses; continuous only */
	dist_r	rand;		/* one draw */
};

/* Discrete helpers: GSL takes unsigned counts. */
static unsigned int
ui(double x)
{
	return x >= (double)UINT_MAX ? UINT_MAX : (unsigned int)x;
}

/* clang-format off */
/* norm(mean, sd) */
static double norm_d(double x, const double *p)
    { return gsl_ran_gaussian_pdf(x - p[0], p[1]); }
static double norm_p(double x, const double *p)
    { return gsl_cdf_gaussian_P(x - p[0], p[1]); }
static double norm_q(double x, const double *p)
    { return gsl_cdf_gaussian_Q(x - p[0], p[1]); }
static double norm_pi(double x, const double *p)
    { return p[0] + gsl_cdf_gaussian_Pinv(x, p[1]); }
static double norm_qi(double x, const double *p)
    { return p[0] + gsl_cdf_gaussian_Qinv(x, p[1]); }
static double norm_r(const gsl_rng *r, const double *p)
    { return p[0] + gsl_ran_gaussian_ziggurat(r, p[1]); }
/* t(df) */
static double t_d(double x, const double *p)
    { return gsl_ran_tdist_pdf(x, p[0]); }
static double t_p(double x, const double *p)
    { return gsl_cdf_tdist_P(x, p[0]); }
static double t_q(double x, const double *p)
    { return gsl_cdf_tdist_Q(x, p[0]); }
static double t_pi(double x, const double *p)
    { return gsl_cdf_tdist_Pinv(x, p[0]); }
static double t_qi(double x, const double *p)
    { return gsl_cdf_tdist_Qinv(x, p[0]); }
static double t_r(const gsl_rng *r, const double *p)
    { return gsl_ran_tdist(r, p[0]); }
/* chisq(df) */
static double chisq_d(double x, const double *p)
    { return gsl_ran_chisq_pdf(x, p[0]); }
static double chisq_p(double x, const double *p)
    { return gsl_cdf_chisq_P(x, p[0]); }
static double chisq_q(double x, const double *p)
    { return gsl_cdf_chisq_Q(x, p[0]); }
static double chisq_pi(double x, const double *p)
    { return gsl_cdf_chisq_Pinv(x, p[0]); }
static double chisq_qi(double x, const double *p)
    { return gsl_cdf_chisq_Qinv(x, p[0]); }
static double chisq_r(const gsl_rng *r, const double *p)
    { return gsl_ran_chisq(r, p[0]); }
/* f(df1, df2) */
static double f_d(double x, const double *p)
    { return gsl_ran_fdist_pdf(x, p[0], p[1]); }
static double f_p(double x, const double *p)
    { return tail_f_lower(x, p[0], p[1]); }
static double f_q(double x, const double *p)
    { return tail_f(x, p[0], p[1]); }
static double f_pi(double x, const double *p)
    { return gsl_cdf_fdist_Pinv(x, p[0], p[1]); }
static double f_qi(double x, const double *p)
    { return gsl_cdf_fdist_Qinv(x, p[0], p[1]); }
static double f_r(const gsl_rng *r, const double *p)
    { return gsl_ran_fdist(r, p[0], p[1]); }
/* exp(rate): GSL takes the mean */
static double exp_d(double x, const double *p)
    { return gsl_ran_exponential_pdf(x, 1 / p[0]); }
static double exp_p(double x, const double *p)
    { return gsl_cdf_exponential_P(x, 1 / p[0]); }
static double exp_q(double x, const double *p)
    { return gsl_cdf_exponential_Q(x, 1 / p[0]); }
static double exp_pi(double x, const double *p)
    { return gsl_cdf_exponential_Pinv(x, 1 / p[0]); }
static double exp_qi(double x, const double *p)
    { return gsl_cdf_exponential_Qinv(x, 1 / p[0]); }
static double exp_r(const gsl_rng *r, const double *p)
    { return gsl_ran_exponential(r, 1 / p[0]); }
/* gamma(shape, rate): GSL takes the scale */
static double gam_d(double x, const double *p)
    { return gsl_ran_gamma_pdf(x, p[0], 1 / p[1]); }
static double gam_p(double x, const double *p)
    { return gsl_cdf_gamma_P(x, p[0], 1 / p[1]); }
static double gam_q(double x, const double *p)
    { return gsl_cdf_gamma_Q(x, p[0], 1 / p[1]); }
static double gam_pi(double x, const double *p)
    { return gsl_cdf_gamma_Pinv(x, p[0], 1 / p[1]); }
static double gam_qi(double x, const double *p)
    { return gsl_cdf_gamma_Qinv(x, p[0], 1 / p[1]); }
static double gam_r(const gsl_rng *r, const double *p)
    { return gsl_ran_gamma(r, p[0], 1 / p[1]); }
/* beta(shape1, shape2) */
static double beta_d(double x, const double *p)
    { return gsl_ran_beta_pdf(x, p[0], p[1]); }
static double beta_p(double x, const double *p)
    { return x >= 1 ? 1 : tail_beta(x, 1 - x, p[0], p[1], 0); }
static double beta_q(double x, const double *p)
    { return x >= 1 ? 0 : tail_beta(x, 1 - x, p[0], p[1], 1); }
static double beta_pi(double x, const double *p)
    { return gsl_cdf_beta_Pinv(x, p[0], p[1]); }
static double beta_qi(double x, const double *p)
    { return gsl_cdf_beta_Qinv(x, p[0], p[1]); }
static double beta_r(const gsl_rng *r, const double *p)
    { return gsl_ran_beta(r, p[0], p[1]); }
/* lnorm(meanlog, sdlog) */
static double lnorm_d(double x, const double *p)
    { return gsl_ran_lognormal_pdf(x, p[0], p[1]); }
static double lnorm_p(double x, const double *p)
    { return gsl_cdf_lognormal_P(x, p[0], p[1]); }
static double lnorm_q(double x, const double *p)
    { return gsl_cdf_lognormal_Q(x, p[0], p[1]); }
static double lnorm_pi(double x, const double *p)
    { return gsl_cdf_lognormal_Pinv(x, p[0], p[1]); }
static double lnorm_qi(double x, const double *p)
    { return gsl_cdf_lognormal_Qinv(x, p[0], p[1]); }
static double lnorm_r(const gsl_rng *r, const double *p)
    { return gsl_ran_lognormal(r, p[0], p[1]); }
/* weibull(shape, scale): GSL's a is the scale, b the shape */
static double weibull_d(double x, const double *p)
    { return gsl_ran_weibull_pdf(x, p[1], p[0]); }
static double weibull_p(double x, const double *p)
    { return gsl_cdf_weibull_P(x, p[1], p[0]); }
static double weibull_q(double x, const double *p)
    { return gsl_cdf_weibull_Q(x, p[1], p[0]); }
static double weibull_pi(double x, const double *p)
    { return gsl_cdf_weibull_Pinv(x, p[1], p[0]); }
static double weibull_qi(double x, const double *p)
    { return gsl_cdf_weibull_Qinv(x, p[1], p[0]); }
static double weibull_r(const gsl_rng *r, const double *p)
    { return gsl_ran_weibull(r, p[1], p[0]); }
/* unif(min, max) */
/* R includes the upper end, GSL does not */
static double unif_d(double x, const double *p)
    { return x >= p[0] && x <= p[1] ? 1 / (p[1] - p[0]) : 0; }
static double unif_p(double x, const double *p)
    { return gsl_cdf_flat_P(x, p[0], p[1]); }
static double unif_q(double x, const double *p)
    { return gsl_cdf_flat_Q(x, p[0], p[1]); }
static double unif_pi(double x, const double *p)
    { return gsl_cdf_flat_Pinv(x, p[0], p[1]); }
static double unif_qi(double x, const double *p)
    { return gsl_cdf_flat_Qinv(x, p[0], p[1]); }
static double unif_r(const gsl_rng *r, const double *p)
    { return gsl_ran_flat(r, p[0], p[1]); }
/* cauchy(location, scale) */
static double cauchy_d(double x, const double *p)
    { return gsl_ran_cauchy_pdf(x - p[0], p[1]); }
static double cauchy_p(double x, const double *p)
    { return gsl_cdf_cauchy_P(x - p[0], p[1]); }
static double cauchy_q(double x, const double *p)
    { return gsl_cdf_cauchy_Q(x - p[0], p[1]); }
static double cauchy_pi(double x, const double *p)
    { return p[0] + gsl_cdf_cauchy_Pinv(x, p[1]); }
static double cauchy_qi(double x, const double *p)
    { return p[0] + gsl_cdf_cauchy_Qinv(x, p[1]); }
static double cauchy_r(const gsl_rng *r, const double *p)
    { return p[0] + gsl_ran_cauchy(r, p[1]); }
/* logis(location, scale) */
static double logis_d(double x, const double *p)
    { return gsl_ran_logistic_pdf(x - p[0], p[1]); }
static double logis_p(double x, const double *p)
    { return gsl_cdf_logistic_P(x - p[0], p[1]); }
static double logis_q(double x, const double *p)
    { return gsl_cdf_logistic_Q(x - p[0], p[1]); }
static double logis_pi(double x, const double *p)
    { return p[0] + gsl_cdf_logistic_Pinv(x, p[1]); }
static double logis_qi(double x, const double *p)
    { return p[0] + gsl_cdf_logistic_Qinv(x, p[1]); }
static double logis_r(const gsl_rng *r, const double *p)
    { return p[0] + gsl_ran_logistic(r, p[1]); }
/* binom(size, prob) */
static double binom_d(double x, const double *p)
    { return gsl_ran_binomial_pdf(ui(x), p[1], ui(p[0])); }
static double binom_p(double x, const double *p)
    { return gsl_cdf_binomial_P(ui(x), p[1], ui(p[0])); }
static double binom_q(double x, const double *p)
    { return gsl_cdf_binomial_Q(ui(x), p[1], ui(p[0])); }
static double binom_r(const gsl_rng *r, const double *p)
    { return gsl_ran_binomial(r, p[1], ui(p[0])); }
/*
 * pois, geom and nbinom count without bound: past UINT_MAX (GSL's
 * unsigned counts) their functions come from the gamma and beta
 * functions, which take any whole number below 2^53.
 */
#define BIG_COUNT	((double)UINT_MAX)
/* pois(lambda): P(X <= k) = Q(k + 1, lambda), the regularized gamma */
static double pois_d(double x, const double *p)
    { return x < BIG_COUNT ? gsl_ran_poisson_pdf(ui(x), p[0]) :
      exp(x * log(p[0]) - p[0] - gsl_sf_lngamma(x + 1)); }
static double pois_p(double x, const double *p)
    { return gsl_sf_gamma_inc_Q(x + 1, p[0]); }
static double pois_q(double x, const double *p)
    { return gsl_sf_gamma_inc_P(x + 1, p[0]); }
static double pois_r(const gsl_rng *r, const double *p)
    { return gsl_ran_poisson(r, p[0]); }
/* geom(prob): R counts the failures before the first success, GSL the
 * trials; P(X > k) = (1 - prob)^(k + 1) */
static double geom_d(double x, const double *p)
    { return x < BIG_COUNT ? gsl_ran_geometric_pdf(ui(x) + 1, p[0]) :
      p[0] == 1 ? 0 : exp(log(p[0]) + x * log1p(-p[0])); }
static double geom_p(double x, const double *p)
    { return p[0] == 1 ? 1 : -expm1((x + 1) * log1p(-p[0])); }
static double geom_q(double x, const double *p)
    { return p[0] == 1 ? 0 : exp((x + 1) * log1p(-p[0])); }
static double geom_r(const gsl_rng *r, const double *p)
    { return gsl_ran_geometric(r, p[0]) - 1.0; }
/* nbinom(size, prob): failures before size successes, as GSL;
 * P(X <= k) = I_prob(size, k + 1) */
static double nbinom_d(double x, const double *p)
    { return x < BIG_COUNT ?
      gsl_ran_negative_binomial_pdf(ui(x), p[1], p[0]) :
      exp(gsl_sf_lngamma(x + p[0]) - gsl_sf_lngamma(p[0]) -
      gsl_sf_lngamma(x + 1) + p[0] * log(p[1]) + x * log1p(-p[1])); }
static double nbinom_p(double x, const double *p)
    { return tail_beta(p[1], 1 - p[1], p[0], x + 1, 0); }
static double nbinom_q(double x, const double *p)
    { return tail_beta(p[1], 1 - p[1], p[0], x + 1, 1); }
static double nbinom_r(const gsl_rng *r, const double *p)
    { return gsl_ran_negative_binomial(r, p[1], p[0]); }
/* hyper(m, n, k): x white of k drawn from m white and n black */
static double hyper_d(double x, const double *p)
    { return gsl_ran_hypergeometric_pdf(ui(x), ui(p[0]), ui(p[1]), ui(p[2])); }
static double hyper_p(double x, const double *p)
    { return gsl_cdf_hypergeometric_P(ui(x), ui(p[0]), ui(p[1]), ui(p[2])); }
static double hyper_q(double x, const double *p)
    { return gsl_cdf_hypergeometric_Q(ui(x), ui(p[0]), ui(p[1]), ui(p[2])); }
static double hyper_r(const gsl_rng *r, const double *p)
    { return gsl_ran_hypergeometric(r, ui(p[0]), ui(p[1]), ui(p[2])); }

#define REQ	NAN
/* R's names, and English ones as aliases. */
static const struct dist dists[] = {
	{ "norm", "normal",
	    0, 2, { "mean", "sd" }, { 0, 1 } },
	{ "t", "student",
	    0, 1, { "df" }, { REQ } },
	{ "chisq", "chisquare",
	    0, 1, { "df" }, { REQ } },
	{ "f", NULL,
	    0, 2, { "df1", "df2" }, { REQ, REQ } },
	{ "exp", "exponential",
	    0, 1, { "rate" }, { 1 } },
	{ "gamma", NULL,
	    0, 2, { "shape", "rate" }, { REQ, 1 } },
	{ "beta", NULL,
	    0, 2, { "shape1", "shape2" }, { REQ, REQ } },
	{ "lnorm", "lognormal",
	    0, 2, { "meanlog", "sdlog" }, { 0, 1 } },
	{ "weibull", NULL,
	    0, 2, { "shape", "scale" }, { REQ, 1 } },
	{ "unif", "uniform",
	    0, 2, { "min", "max" }, { 0, 1 } },
	{ "cauchy", NULL,
	    0, 2, { "location", "scale" }, { 0, 1 } },
	{ "logis", "logistic",
	    0, 2, { "location", "scale" }, { 0, 1 } },
	{ "binom", "binomial",
	    1, 2, { "size", "prob" }, { REQ, REQ } },
	{ "pois", "poisson",
	    1, 1, { "lambda" }, { REQ } },
	{ "geom", "geometric",
	    1, 1, { "prob" }, { REQ } },
	{ "nbinom", "negbinomial",
	    1, 2, { "size", "prob" }, { REQ, REQ } },
	{ "hyper", "hypergeometric",
	    1, 3, { "m", "n", "k" }, { REQ, REQ, REQ } },
};

/* Indexed as dists[]. */
static const struct impl impls[] = {
	{ norm_d,	norm_p,		norm_q,		norm_pi,	norm_qi,	norm_r },
	{ t_d,		t_p,		t_q,		t_pi,		t_qi,		t_r },
	{ chisq_d,	chisq_p,	chisq_q,	chisq_pi,	chisq_qi,	chisq_r },
	{ f_d,		f_p,		f_q,		f_pi,		f_qi,		f_r },
	{ exp_d,	exp_p,		exp_q,		exp_pi,		exp_qi,		exp_r },
	{ gam_d,	gam_p,	gam_q,	gam_pi,	gam_qi,	gam_r },
	{ beta_d,	beta_p,		beta_q,		beta_pi,	beta_qi,	beta_r },
	{ lnorm_d,	lnorm_p,	lnorm_q,	lnorm_pi,	lnorm_qi,	lnorm_r },
	{ weibull_d,	weibull_p,	weibull_q,	weibull_pi,	weibull_qi,	weibull_r },
	{ unif_d,	unif_p,		unif_q,		unif_pi,	unif_qi,	unif_r },
	{ cauchy_d,	cauchy_p,	cauchy_q,	cauchy_pi,	cauchy_qi,	cauchy_r },
	{ logis_d,	logis_p,	logis_q,	logis_pi,	logis_qi,	logis_r },
	{ binom_d,	binom_p,	binom_q,	NULL,		NULL,		binom_r },
	{ pois_d,	pois_p,		pois_q,		NULL,		NULL,		pois_r },
	{ geom_d,	geom_p,		geom_q,		NULL,		NULL,		geom_r },
	{ nbinom_d,	nbinom_p,	nbinom_q,	NULL,		NULL,		nbinom_r },
	{ hyper_d,	hyper_p,	hyper_q,	NULL,		NULL,		hyper_r },
};
/* clang-format on */

#define NDISTS	(sizeof(dists) / sizeof(dists[0]))

static const struct impl *
impl_of(const struct dist *d)
{
	return &impls[d - dists];
}

const struct dist *
dist_list(size_t *n)
{
	*n = NDISTS;
	return dists;
}

const struct dist *
dist_lookup(const char *name)
{
	size_t i;

	for (i = 0; i < NDISTS; i++)
		if (strcmp(dists[i].name, name) == 0 ||
		    (dists[i].alias != NULL && strcmp(dists[i].alias, name) == 0))
			return &dists[i];
	return NULL;
}

int
dist_param(const struct dist *d, const char *name)
{
	size_t i;

	for (i = 0; i < d->npar; i++)
		if (strcmp(d->par[i], name) == 0)
			return (int)i;
	return -1;
}

size_t
dist_param_names(const char **names)
{
	size_t i, j, k, n = 0;

	for (i = 0; i < NDISTS; i++)
		for (j = 0; j < dists[i].npar; j++) {
			for (k = 0; k < n && strcmp(names[k],
			    dists[i].par[j]) != 0; k++)
				;
			if (k == n && n < DIST_NOPTS)
				names[n++] = dists[i].par[j];
		}
	return n;
}

int
dist_set(const struct dist *d, double *par, const char *name, double v,
    struct diag *dg)
{
	int k = dist_param(d, name);

	if (k < 0)
		return diag_set(dg, STATUS_USAGE, "--%s is not a parameter of "
		    "%s", name, d->name);
	par[k] = v;
	return 0;
}

int
dist_args_add(struct dist_args *a, const char *name, const char *value,
    struct diag *dg)
{
	if (a->n == DIST_MAXOPT)
		return diag_set(dg, STATUS_USAGE, "too many parameters");
	if (num_parse_opt(value, &a->val[a->n]) != 0)
		return diag_set(dg, STATUS_USAGE, "--%s: \"%s\" is not a number",
		    name, value);
	a->name[a->n++] = name;
	return 0;
}

int
dist_args_setup(const struct dist *d, struct dist_args *a, struct diag *dg)
{
	size_t i;

	for (i = 0; i < DIST_MAXPAR; i++)
		a->par[i] = NAN;
	for (i = 0; i < a->n; i++)
		if (dist_set(d, a->par, a->name[i], a->val[i], dg) != 0)
			return -1;
	return dist_check(d, a->par, dg);
}

const char *
dist_names(void)
{
	return "norm, t, chisq, f, exp, gamma, beta, lnorm, weibull, unif, "
	    "cauchy, logis, binom, pois, geom, nbinom, hyper";
}

const char *
dist_fn_name(enum dist_fn fn)
{
	static const char *const names[] = { "pdf", "cdf", "sf", "quantile",
	    "isf" };

	return names[fn];
}

static int
whole(double x)
{
	return x >= 0 && x == floor(x) && x <= (double)UINT_MAX;
}

/* v in its shortest round-trip form, for messages */
static const char *
str(double v, char *buf)
{
	num_format(v, 0, buf);
	return buf;
}

static int
bad(struct diag *dg, const struct dist *d, int i, double v, const char *want)
{
	char b[NUM_BUFSZ];

	return diag_set(dg, STATUS_USAGE, "--%s: %s is not %s (%s)", d->par[i],
	    str(v, b), want, d->name);
}

int
dist_check(const struct dist *d, double *p, struct diag *dg)
{
	const char *n = d->name;
	char b1[NUM_BUFSZ], b2[NUM_BUFSZ];
	size_t i;

	for (i = 0; i < d->npar; i++) {
		if (isnan(p[i]))
			p[i] = d->def[i];
		if (isnan(p[i]))
			return diag_set(dg, STATUS_USAGE, "%s needs --%s", n,
			    d->par[i]);
	}
	if (strcmp(n, "norm") == 0 || strcmp(n, "lnorm") == 0 ||
	    strcmp(n, "cauchy") == 0 || strcmp(n, "logis") == 0) {
		if (!(p[1] > 0))
			return bad(dg, d, 1, p[1], "positive");
	} else if (strcmp(n, "unif") == 0) {
		if (!(p[0] < p[1]))
			return diag_set(dg, STATUS_USAGE, "--min %s is not "
			    "below --max %s", str(p[0], b1), str(p[1], b2));
	} else if (strcmp(n, "binom") == 0) {
		if (!whole(p[0]))
			return bad(dg, d, 0, p[0], "a whole number >= 0");
		if (!(p[1] >= 0 && p[1] <= 1))
			return bad(dg, d, 1, p[1], "a probability in [0, 1]");
	} else if (strcmp(n, "geom") == 0 || strcmp(n, "nbinom") == 0) {
		i = d->npar - 1;
		if (!(p[i] > 0 && p[i] <= 1))
			return bad(dg, d, (int)i, p[i], "a probability in (0, 1]");
		if (i == 1 && !(p[0] > 0))
			return bad(dg, d, 0, p[0], "positive");
	} else if (strcmp(n, "hyper") == 0) {
		for (i = 0; i < 3; i++)
			if (!whole(p[i]))
				return bad(dg, d, (int)i, p[i],
				    "a whole number >= 0");
		if (p[2] > p[0] + p[1])
			return diag_set(dg, STATUS_USAGE, "--k %s is more "
			    "than --m + --n", str(p[2], b1));
	} else {
		/* every other parameter must be positive */
		for (i = 0; i < d->npar; i++)
			if (!(p[i] > 0))
				return bad(dg, d, (int)i, p[i], "positive");
	}
	for (i = 0; i < d->npar; i++)
		if (!isfinite(p[i]))
			return bad(dg, d, (int)i, p[i], "finite");
	return 0;
}

/* The support of a discrete distribution: [lo, hi] (hi may be inf). */
static void
support(const struct dist *d, const double *p, double *lo, double *hi)
{
	*lo = 0;
	*hi = INFINITY;
	if (strcmp(d->name, "binom") == 0)
		*hi = p[0];
	else if (strcmp(d->name, "hyper") == 0) {
		*lo = fmax(0, p[2] - p[1]);
		*hi = fmin(p[2], p[0]);
	}
}

#define COUNT_MAX	9007199254740992.0	/* 2^53 */

/*
 * The smallest whole x with P(X <= x) >= q: double a step until the cdf
 * passes q, then bisect.  The fuzz keeps a p that is a cdf value up to
 * rounding at that value, as R's search does.
 */
static double
discrete_quantile(const struct dist *d, const struct impl *m, const double *p,
    double q)
{
	double lo, hi, a, b, step, mid, target = q * (1 - 64 * DBL_EPSILON);

	support(d, p, &lo, &hi);
	if (q <= 0 || m->cdf(lo, p) >= target)
		return lo;
	if (q >= 1)
		return hi;
	a = lo;			/* cdf(a) < target */
	for (step = 1;; step *= 2) {
		b = a + step;
		if (b >= hi) {
			b = hi;
			break;
		}
		if (b > COUNT_MAX)	/* whole numbers are no longer exact */
			return NAN;
		if (m->cdf(b, p) >= target)
			break;
		a = b;
	}
	while (b - a > 1) {
		mid = floor(a + (b - a) / 2);
		if (m->cdf(mid, p) >= target)
			b = mid;
		else
			a = mid;
	}
	return b;
}

/*
 * The x with P(X <= x) = q (upper: P(X > x) = q), q in [0, 1].  GSL's
 * inverse first; it fails for some parameters (the gamma and chi-square
 * with a shape of a million, the F with 400000 degrees of freedom give NaN
 * or a wrong value), so the result is checked against the distribution
 * function, and if it is off, the quantile is found by bisection.
 */
/* The lower end of a continuous support (GSL mishandles x below it). */
static double
cont_lower(const struct dist *d)
{
	static const char *const pos[] = { "chisq", "f", "exp", "gamma",
	    "lnorm", "weibull" };
	size_t i;

	for (i = 0; i < sizeof(pos) / sizeof(pos[0]); i++)
		if (strcmp(d->name, pos[i]) == 0)
			return 0;
	return -INFINITY;
}

/*
 * The density at 0 where GSL gets it wrong: infinite for a gamma or Weibull
 * shape below 1 and an F df1 below 2 (GSL: 0), 1 for df1 = 2 (GSL: NaN).
 */
static int
pdf_at_zero(const struct dist *d, const double *p, double *v)
{
	double k, one;

	if (strcmp(d->name, "gamma") == 0) {
		k = p[0];
		one = p[1];
	} else if (strcmp(d->name, "weibull") == 0) {
		k = p[0];
		one = 1 / p[1];
	} else if (strcmp(d->name, "f") == 0) {
		k = p[0] / 2;
		one = 1;
	} else
		return 0;
	*v = k < 1 ? INFINITY : k == 1 ? one : 0;
	return 1;
}

/*
 * GSL's inverse of the beta distribution (and so of the F) can loop for
 * ever when the shapes are large (beta(1e6, 1e6) at 0.3): there the
 * quantile is found by bisection of the distribution function alone.
 */
static int
gsl_inverse_hangs(const struct dist *d, const double *p)
{
	if (strcmp(d->name, "beta") == 0)
		return p[0] + p[1] > 1e4;
	if (strcmp(d->name, "f") == 0)
		return p[0] + p[1] > 2e4;
	return 0;
}

static double
cont_quantile(const struct dist *d, const double *par, double q, int upper)
{
	const struct impl *m = impl_of(d);
	double x, a, b, mid, f;
	int i;

	if (q <= 0 || q >= 1 || !gsl_inverse_hangs(d, par)) {
		x = upper ? m->qinv(q, par) : m->pinv(q, par);
		if (q <= 0 || q >= 1)
			return x;
	} else
		x = NAN;
	if (isfinite(x)) {
		f = upper ? m->sf(x, par) : m->cdf(x, par);
		if (fabs(f - q) <= 1e-9 * q)
			return x;
	}
	/* bracket: tail(a) on one side of q, tail(b) on the other */
#define BELOW(x) (upper ? m->sf(x, par) > q : m->cdf(x, par) < q)
	a = isfinite(cont_lower(d)) ? cont_lower(d) : -1;
	b = 1;
	for (i = 0; i < 1100 && BELOW(b); i++)
		b *= 2;
	for (i = 0; i < 1100 && !BELOW(a); i++)
		a *= 2;
	for (i = 0; i < 3000; i++) {
		mid = a + (b - a) / 2;
		if (mid <= a || mid >= b)
			break;
		f = upper ? m->sf(mid, par) : m->cdf(mid, par);
		if (isnan(f))	/* GSL's distribution function failed too */
			return NAN;
		if (upper ? f > q : f < q)
			a = mid;
		else
			b = mid;
	}
#undef BELOW
	return b;
}

/* The smallest whole x with P(X > x) <= q, searched as discrete_quantile. */
static double
discrete_isf(const struct dist *d, const struct impl *m, const double *p,
    double q)
{
	double lo, hi, a, b, step, mid, target = q * (1 + 64 * DBL_EPSILON);

	support(d, p, &lo, &hi);
	if (q >= 1 || m->sf(lo, p) <= target)
		return lo;
	if (q <= 0)
		return hi;
	a = lo;			/* sf(a) > target */
	for (step = 1;; step *= 2) {
		b = a + step;
		if (b >= hi) {
			b = hi;
			break;
		}
		if (b > COUNT_MAX)
			return NAN;
		if (m->sf(b, p) <= target)
			break;
		a = b;
	}
	while (b - a > 1) {
		mid = floor(a + (b - a) / 2);
		if (m->sf(mid, p) <= target)
			b = mid;
		else
			a = mid;
	}
	return b;
}

double
dist_isf(const struct dist *d, const double *p, double q)
{
	if (!(q >= 0 && q <= 1))
		return NAN;
	if (d->discrete)
		return discrete_isf(d, impl_of(d), p, q);
	return cont_quantile(d, p, q, 1);
}

double
dist_eval(const struct dist *d, const double *p, enum dist_fn fn, double x)
{
	const struct impl *m = impl_of(d);
	double lo, hi;

	if (isnan(x))
		return NAN;
	if (fn == DIST_ISF)
		return dist_isf(d, p, x);
	if (fn == DIST_QUANTILE) {
		if (!(x >= 0 && x <= 1))
			return NAN;
		if (d->discrete)
			return discrete_quantile(d, m, p, x);
		return x <= 0.5 ? cont_quantile(d, p, x, 0) :
		    cont_quantile(d, p, 1 - x, 1);
	}
	if (!d->discrete) {
		if (x < cont_lower(d) || (x == 0 && strcmp(d->name,
		    "lnorm") == 0))
			return fn == DIST_SF ? 1 : 0;
		if (isinf(x))	/* GSL gives NaN for some */
			return fn == DIST_PDF ? 0 : (fn == DIST_CDF) == (x > 0);
		if (x == 0 && fn == DIST_PDF && pdf_at_zero(d, p, &x))
			return x;
		switch (fn) {
		case DIST_PDF:
			return m->pdf(x, p);
		case DIST_CDF:
			return m->cdf(x, p);
		default:
			return m->sf(x, p);
		}
	}
	/* discrete: mass only on whole numbers of the support */
	support(d, p, &lo, &hi);
	if (fn == DIST_PDF)
		return x != floor(x) || x < lo || x > hi ? 0 : m->pdf(x, p);
	x = floor(x);
	if (x < lo)
		return fn == DIST_CDF ? 0 : 1;
	if (x >= hi)
		return fn == DIST_CDF ? 1 : 0;
	return fn == DIST_CDF ? m->cdf(x, p) : m->sf(x, p);
}

void
dist_random(const struct dist *d, const double *p, unsigned long seed,
    size_t n, double *out)
{
	const struct impl *m = impl_of(d);
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	size_t i;

	gsl_rng_set(r, seed);
	for (i = 0; i < n; i++)
		out[i] = m->rand(r, p);
	gsl_rng_free(r);
}

/* Values that could not be computed are left empty, and counted. */
static void
warn_undefined(const struct dist *d, enum dist_fn fn, size_t n)
{
	if (n > 0)
		diag_warn("%s %s: %zu value%s not computed (a count beyond "
		    "2^53, or no convergence): left empty", d->name,
		    dist_fn_name(fn), n, n == 1 ? "" : "s");
}

int
dist_table(const struct dist *d, const double *p, enum dist_fn fn,
    const double *x, size_t n, struct out_table **tp, struct diag *dg)
{
	struct out_table *t;
	char b[NUM_BUFSZ];
	size_t i, row, nan = 0;

	for (i = 0; i < n; i++)
		if ((fn == DIST_QUANTILE || fn == DIST_ISF) &&
		    !(x[i] >= 0 && x[i] <= 1))
			return diag_set(dg, STATUS_USAGE, "--%s: %s is not a "
			    "probability in [0, 1]", dist_fn_name(fn),
			    str(x[i], b));
	t = out_new();
	out_column(t, fn == DIST_QUANTILE || fn == DIST_ISF ? "p" : "x");
	out_column(t, dist_fn_name(fn));
	for (i = 0; i < n; i++) {
		double v = dist_eval(d, p, fn, x[i]);

		row = out_row(t);
		out_num(t, row, 0, x[i]);
		out_num(t, row, 1, v);
		nan += isnan(v) && !isnan(x[i]);
	}
	warn_undefined(d, fn, nan);
	*tp = t;
	return 0;
}

int
dist_list_table(const struct dist *d, const double *p, enum dist_fn fn,
    const char *list, struct out_table **tp, struct diag *dg)
{
	double *x;
	size_t n;
	char bad[64];
	int rc;

	switch (num_parse_list(list, &x, &n, bad, sizeof(bad))) {
	case -1:
		return diag_set(dg, STATUS_USAGE, "--%s: \"%s\" is not a list "
		    "of numbers", dist_fn_name(fn), list);
	case -2:
		return diag_set(dg, STATUS_USAGE, "--%s: \"%s\" is not a number",
		    dist_fn_name(fn), bad);
	}
	rc = dist_table(d, p, fn, x, n, tp, dg);
	free(x);
	return rc;
}

struct out_table *
dist_random_table(const struct dist *d, const double *p, unsigned long seed,
    size_t n)
{
	struct out_table *t = out_new();
	double *x = xmalloc((n ? n : 1) * sizeof(*x));
	size_t i;

	dist_random(d, p, seed, n, x);
	out_column(t, "value");
	for (i = 0; i < n; i++)
		out_num(t, out_row(t), 0, x[i]);
	free(x);
	return t;
}

int
dist_column(struct frame *f, size_t col, const struct dist *d,
    const double *p, enum dist_fn fn, struct out_table **tp, struct diag *dg)
{
	struct out_table *t;
	size_t i, j, row, nan = 0;
	double x;

	if (frame_numeric(f, col, dg) != 0)
		return -1;
	for (i = 0; i < f->nrows; i++) {
		x = f->col[col].num[i];
		if ((fn == DIST_QUANTILE || fn == DIST_ISF) && !isnan(x) &&
		    !(x >= 0 && x <= 1)) {
			diag_set(dg, STATUS_DATA, "\"%s\" is not a probability "
			    "in [0, 1]", frame_text(f, col, i));
			frame_where(f, i, dg);
			dg->column = f->col[col].name;
			return -1;
		}
	}
	t = out_new();
	for (j = 0; j < f->ncols; j++)
		out_column(t, f->col[j].name);
	out_column(t, dist_fn_name(fn));
	for (i = 0; i < f->nrows; i++) {
		row = out_row(t);
		for (j = 0; j < f->ncols; j++)	/* passed through */
			frame_out_cell(f, j, i, 0, t, row, j);
		x = dist_eval(d, p, fn, f->col[col].num[i]);
		out_num(t, row, f->ncols, x);
		nan += isnan(x) && !isnan(f->col[col].num[i]);
	}
	warn_undefined(d, fn, nan);
	*tp = t;
	return 0;
}
