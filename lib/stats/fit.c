/*
 * fit: maximum-likelihood fits, as MASS::fitdistr.
 *
 * fitdistr stops its optimiser (optim's BFGS, relative tolerance 1e-8 on
 * the log-likelihood) a few parts in a million short of the maximum for
 * the gamma and the Weibull, and takes standard errors from a numerical
 * Hessian.  Here the score equations are solved to full precision, with
 * GSL's root finders (Brent in one dimension, hybridsj for the beta's
 * two), and standard errors come from the analytic observed information.
 * Normal, lognormal, exponential, Poisson and geometric fits are closed
 * forms, as in fitdistr.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>
#include <gsl/gsl_multiroots.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_psi.h>
#include <gsl/gsl_sort.h>

#include "core/diag.h"
#include "stats/dist.h"
#include "stats/fit.h"
#include "frame/frame.h"
#include "stats/kstest.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"

const char fit_families[] = "norm,lnorm,exp,gamma,weibull,beta";
const char fit_discrete[] = "pois,geom,nbinom";

static int
is(const struct dist *d, const char *name)
{
	return strcmp(d->name, name) == 0;
}

int
fit_family(const struct dist *d)
{
	static const char *const all[] = { "norm", "lnorm", "exp", "gamma",
	    "weibull", "beta", "pois", "geom", "nbinom" };
	size_t i;

	for (i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		if (is(d, all[i]))
			return 1;
	return 0;
}

int
fit_supports(const struct dist *d, double x, const char **why)
{
	if (d->discrete) {
		*why = "whole numbers >= 0";
		return x >= 0 && x == floor(x);
	}
	if (is(d, "lnorm") || is(d, "gamma") || is(d, "weibull")) {
		*why = "positive values";
		return x > 0;
	}
	if (is(d, "exp")) {
		*why = "values >= 0";
		return x >= 0;
	}
	if (is(d, "beta")) {
		*why = "values between 0 and 1";
		return x > 0 && x < 1;
	}
	*why = "finite values";
	return isfinite(x);
}

/* The root of f, in a bracket grown from [lo, hi] by halving and doubling. */
static int
root(double (*f)(double, void *), void *arg, double lo, double hi,
    int decreasing, double *x)
{
	gsl_root_fsolver *s;
	gsl_function fn;
	int i, rc = GSL_CONTINUE;

	/* f decreasing: f(lo) > 0 > f(hi) */
	for (i = 0; i < 200 && (decreasing ? f(lo, arg) <= 0 :
	    f(lo, arg) >= 0); i++)
		lo /= 2;
	for (i = 0; i < 200 && (decreasing ? f(hi, arg) >= 0 :
	    f(hi, arg) <= 0); i++)
		hi *= 2;
	if (!(f(lo, arg) * f(hi, arg) < 0))
		return -1;
	fn.function = f;
	fn.params = arg;
	s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
	gsl_root_fsolver_set(s, &fn, lo, hi);
	for (i = 0; i < 300 && rc == GSL_CONTINUE; i++) {
		if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS)
			break;
		rc = gsl_root_test_interval(gsl_root_fsolver_x_lower(s),
		    gsl_root_fsolver_x_upper(s), 0, 1e-15);
	}
	*x = gsl_root_fsolver_root(s);
	gsl_root_fsolver_free(s);
	return rc == GSL_SUCCESS ? 0 : -1;
}

struct sample {
	const double	*x;		/* the values */
	size_t		 n;
	double		 mean;
	double		 meanlog;	/* mean(log x) */
	double		 s;		/* gamma: log(mean) - meanlog;
					   beta: mean(log(1 - x)) */
	double		 xmax;		/* largest value (Weibull scaling) */
};

/* Gamma: log a - psi(a) = log(mean) - mean(log x). */
static double
gamma_score(double a, void *arg)
{
	const struct sample *sm = arg;

	return log(a) - gsl_sf_psi(a) - sm->s;
}

/* Weibull profile score in the shape k, with y = log(x / max x) <= 0. */
static double
weibull_score(double k, void *arg)
{
	const struct sample *sm = arg;
	double sw = 0, swy = 0, my = 0, w, y;
	size_t i;

	for (i = 0; i < sm->n; i++) {
		y = log(sm->x[i] / sm->xmax);
		w = exp(k * y);
		sw += w;
		swy += w * y;
		my += y;
	}
	return 1 / k + my / sm->n - swy / sw;
}

/* Negative binomial score in the size r, with mu at the mean. */
static double
nbinom_score(double r, void *arg)
{
	const struct sample *sm = arg;
	double s = 0;
	size_t i;

	for (i = 0; i < sm->n; i++)
		s += gsl_sf_psi(sm->x[i] + r);
	return s - sm->n * gsl_sf_psi(r) + sm->n * log(r / (r + sm->mean));
}

/* Beta: the score and its Jacobian (the Hessian) in (a, b). */
static int
beta_f(const gsl_vector *v, void *arg, gsl_vector *f)
{
	const struct sample *sm = arg;
	double a = gsl_vector_get(v, 0), b = gsl_vector_get(v, 1);

	/* the score divided by n */
	if (!(a > 0 && b > 0))
		return GSL_EDOM;
	gsl_vector_set(f, 0, sm->meanlog - (gsl_sf_psi(a) - gsl_sf_psi(a + b)));
	gsl_vector_set(f, 1, sm->s - (gsl_sf_psi(b) - gsl_sf_psi(a + b)));
	return GSL_SUCCESS;
}

static int
beta_df(const gsl_vector *v, void *arg, gsl_matrix *j)
{
	double a = gsl_vector_get(v, 0), b = gsl_vector_get(v, 1), c;

	(void)arg;
	if (!(a > 0 && b > 0))
		return GSL_EDOM;
	c = gsl_sf_psi_1(a + b);
	gsl_matrix_set(j, 0, 0, -(gsl_sf_psi_1(a) - c));
	gsl_matrix_set(j, 0, 1, c);
	gsl_matrix_set(j, 1, 0, c);
	gsl_matrix_set(j, 1, 1, -(gsl_sf_psi_1(b) - c));
	return GSL_SUCCESS;
}

static int
beta_fdf(const gsl_vector *v, void *arg, gsl_vector *f, gsl_matrix *j)
{
	int rc = beta_f(v, arg, f);

	return rc != GSL_SUCCESS ? rc : beta_df(v, arg, j);
}

static int
fit_beta(struct sample *sm, double v, double *a, double *b)
{
	gsl_multiroot_fdfsolver *s;
	gsl_multiroot_function_fdf fn;
	gsl_vector *x0 = gsl_vector_alloc(2);
	double m = sm->mean, c = m * (1 - m) / v - 1;
	int i, rc = GSL_CONTINUE;

	/* method-of-moments start, as is usual for fitdistr's beta */
	gsl_vector_set(x0, 0, c > 0 ? m * c : 1);
	gsl_vector_set(x0, 1, c > 0 ? (1 - m) * c : 1);
	fn.f = beta_f;
	fn.df = beta_df;
	fn.fdf = beta_fdf;
	fn.n = 2;
	fn.params = sm;
	s = gsl_multiroot_fdfsolver_alloc(gsl_multiroot_fdfsolver_hybridsj, 2);
	gsl_multiroot_fdfsolver_set(s, &fn, x0);
	for (i = 0; i < 500 && rc == GSL_CONTINUE; i++) {
		if (gsl_multiroot_fdfsolver_iterate(s) != GSL_SUCCESS)
			break;
		rc = gsl_multiroot_test_delta(s->dx, s->x, 0, 1e-15);
		if (rc == GSL_CONTINUE)
			rc = gsl_multiroot_test_residual(s->f, 1e-15);
	}
	*a = gsl_vector_get(s->x, 0);
	*b = gsl_vector_get(s->x, 1);
	gsl_multiroot_fdfsolver_free(s);
	gsl_vector_free(x0);
	return rc == GSL_SUCCESS && *a > 0 && *b > 0 ? 0 : -1;
}

/* Standard errors from a 2 x 2 observed information [[p, q], [q, r]]. */
static void
se2(double p, double q, double r, double *se)
{
	double det = p * r - q * q;

	se[0] = sqrt(r / det);
	se[1] = sqrt(p / det);
}

int
fit_dist(const struct dist *d, const double *x, size_t n,
    struct fit_result *r, struct diag *dg)
{
	struct sample sm;
	double m2 = 0, v, t, k, lam, sz, a, b, dd, z, l, s1, s2, s3;
	size_t i;

	memset(r, 0, sizeof(*r));
	r->d = d;
	r->n = n;
	r->npar = d->npar;
	for (i = 0; i < DIST_MAXPAR; i++) {
		r->name[i] = i < d->npar ? d->par[i] : NULL;
		r->par[i] = r->est[i] = r->se[i] = NAN;
	}
	if (n < 2)
		return diag_set(dg, STATUS_DATA, "fitting %s needs at least 2 "
		    "values, not %zu", d->name, n);
	memset(&sm, 0, sizeof(sm));
	sm.x = x;
	sm.n = n;
	for (i = 0; i < n; i++) {
		sm.mean += x[i];
		sm.xmax = fmax(sm.xmax, x[i]);
	}
	sm.mean /= n;
	for (i = 0; i < n; i++)
		m2 += (x[i] - sm.mean) * (x[i] - sm.mean);
	v = m2 / (n - 1);
	m2 /= n;
	if (m2 == 0 && !is(d, "pois") && !is(d, "geom"))
		return diag_set(dg, STATUS_DATA, "all %zu values are equal: "
		    "%s cannot be fitted", n, d->name);
	if (is(d, "norm")) {
		r->est[0] = sm.mean;
		r->est[1] = sqrt(m2);
		r->se[0] = r->est[1] / sqrt(n);
		r->se[1] = r->est[1] / sqrt(2.0 * n);
	} else if (is(d, "lnorm")) {
		for (i = 0; i < n; i++)
			sm.meanlog += log(x[i]);
		sm.meanlog /= n;
		for (t = 0, i = 0; i < n; i++)
			t += (log(x[i]) - sm.meanlog) * (log(x[i]) - sm.meanlog);
		r->est[0] = sm.meanlog;
		r->est[1] = sqrt(t / n);
		r->se[0] = r->est[1] / sqrt(n);
		r->se[1] = r->est[1] / sqrt(2.0 * n);
	} else if (is(d, "exp")) {
		r->est[0] = 1 / sm.mean;
		r->se[0] = r->est[0] / sqrt(n);
	} else if (is(d, "pois")) {
		r->est[0] = sm.mean;
		r->se[0] = sqrt(sm.mean / n);
		if (sm.mean == 0)
			return diag_set(dg, STATUS_DATA, "all values are 0: "
			    "pois cannot be fitted");
	} else if (is(d, "geom")) {
		r->est[0] = 1 / (1 + sm.mean);
		r->se[0] = r->est[0] * sqrt((1 - r->est[0]) / n);
	} else if (is(d, "gamma")) {
		for (i = 0; i < n; i++)
			sm.meanlog += log(x[i]);
		sm.meanlog /= n;
		sm.s = log(sm.mean) - sm.meanlog;
		/* Minka's start for the shape */
		a = (3 - sm.s + sqrt((sm.s - 3) * (sm.s - 3) + 24 * sm.s)) /
		    (12 * sm.s);
		if (!(sm.s > 0) || root(gamma_score, &sm, a / 2, a * 2, 1,
		    &a) != 0)
			return diag_set(dg, STATUS_DATA, "the gamma fit did not "
			    "converge");
		b = a / sm.mean;
		r->est[0] = a;
		r->est[1] = b;
		se2(n * gsl_sf_psi_1(a), -(double)n / b, n * a / (b * b), r->se);
	} else if (is(d, "weibull")) {
		for (i = 0, t = 0; i < n; i++)
			sm.meanlog += log(x[i]);
		sm.meanlog /= n;
		for (i = 0; i < n; i++)
			t += (log(x[i]) - sm.meanlog) * (log(x[i]) - sm.meanlog);
		k = 1.2 / sqrt(t / (n - 1));	/* fitdistr's start */
		if (root(weibull_score, &sm, k / 2, k * 2, 1, &k) != 0)
			return diag_set(dg, STATUS_DATA, "the weibull fit did "
			    "not converge");
		for (t = 0, i = 0; i < n; i++)
			t += exp(k * log(x[i] / sm.xmax));
		lam = sm.xmax * pow(t / n, 1 / k);
		r->est[0] = k;
		r->est[1] = lam;
		/* observed information, z = (x/lam)^k, l = log(x/lam) */
		for (s1 = s2 = s3 = 0, i = 0; i < n; i++) {
			l = log(x[i] / lam);
			z = exp(k * l);
			s1 += z;
			s2 += z * l;
			s3 += z * l * l;
		}
		se2(n / (k * k) + s3,
		    -(-(double)n / lam + s1 / lam + k / lam * s2),
		    -(n * k / (lam * lam) - k * (k + 1) / (lam * lam) * s1),
		    r->se);
	} else if (is(d, "beta")) {
		for (i = 0; i < n; i++) {
			sm.meanlog += log(x[i]);
			sm.s += log1p(-x[i]);
		}
		sm.meanlog /= n;
		sm.s /= n;
		if (fit_beta(&sm, v, &a, &b) != 0)
			return diag_set(dg, STATUS_DATA, "the beta fit did not "
			    "converge");
		r->est[0] = a;
		r->est[1] = b;
		dd = gsl_sf_psi_1(a + b);
		se2(n * (gsl_sf_psi_1(a) - dd), -(n * dd),
		    n * (gsl_sf_psi_1(b) - dd), r->se);
	} else if (is(d, "nbinom")) {
		if (!(v > sm.mean)) {
			char b1[NUM_BUFSZ], b2[NUM_BUFSZ];
			num_format(v, 0, b1);
			num_format(sm.mean, 0, b2);
			return diag_set(dg, STATUS_DATA, "the variance %s does "
			    "not exceed the mean %s: the negative binomial has "
			    "no finite size (fit pois)", b1, b2);
		}
		sz = sm.mean * sm.mean / (v - sm.mean);
		if (root(nbinom_score, &sm, sz / 2, sz * 2, 1, &sz) != 0)
			return diag_set(dg, STATUS_DATA, "the negative "
			    "binomial fit did not converge");
		for (t = 0, i = 0; i < n; i++)
			t += gsl_sf_psi_1(x[i] + sz);
		r->name[1] = "mu";	/* fitdistr's parametrisation */
		r->est[0] = sz;
		r->est[1] = sm.mean;
		r->se[0] = 1 / sqrt(-(t - n * gsl_sf_psi_1(sz) + n / sz -
		    n / (sz + sm.mean)));
		r->se[1] = sqrt(sm.mean * (sz + sm.mean) / (n * sz));
		r->par[0] = sz;
		r->par[1] = sz / (sz + sm.mean);
	} else
		return diag_set(dg, STATUS_USAGE, "%s cannot be fitted "
		    "(fit one of %s,%s)", d->name, fit_families, fit_discrete);
	if (!is(d, "nbinom"))
		memcpy(r->par, r->est, sizeof(r->par));
	for (r->loglik = 0, i = 0; i < n; i++)
		r->loglik += log(dist_eval(d, r->par, DIST_PDF, x[i]));
	r->aic = -2 * r->loglik + 2.0 * r->npar;
	r->bic = -2 * r->loglik + r->npar * log((double)n);
	r->ks_statistic = r->ks_p_value = NAN;
	if (!d->discrete) {
		struct kstest_result ks;
		if (kstest_one(x, n, d, r->par, ALT_TWO_SIDED, KSTEST_AUTO,
		    &ks, dg) != 0)
			return -1;
		r->ks_statistic = ks.statistic;
		r->ks_p_value = ks.p_value;
	}
	return 0;
}

/* The non-missing values of the column, checked against d's support. */
static double *
gather(struct frame *f, size_t col, const struct dist *d, size_t *n,
    struct diag *dg, int *bad)
{
	double *x = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*x)), v;
	const char *why;
	size_t i;

	*bad = 0;
	for (*n = i = 0; i < f->nrows; i++) {
		if (isnan(v = f->col[col].num[i]))
			continue;
		if (d != NULL && !fit_supports(d, v, &why)) {
			char buf[NUM_BUFSZ];
			num_format(v, 0, buf);
			diag_set(dg, STATUS_DATA, "%s needs %s, not %s",
			    d->name, why, buf);
			frame_where(f, i, dg);
			dg->column = f->col[col].name;
			*bad = 1;
			return x;
		}
		x[(*n)++] = v;
	}
	return x;
}

static int
by_aic(const void *a, const void *b)
{
	const struct fit_result *p = a, *q = b;

	return p->aic < q->aic ? -1 : p->aic > q->aic;
}

/*
 * The parameter names of the families res[0..nres), each once, in order of
 * first appearance: the columns of --dist all.  Returns how many (at most
 * 16 * DIST_MAXPAR).
 */
static size_t
param_columns(const struct fit_result *res, size_t nres, const char **names)
{
	size_t i, k, j, n = 0;

	for (i = 0; i < nres; i++)
		for (k = 0; k < res[i].npar; k++) {
			for (j = 0; j < n &&
			    strcmp(names[j], res[i].name[k]) != 0; j++)
				;
			if (j == n)
				names[n++] = res[i].name[k];
		}
	return n;
}

static void
summary_row(struct out_table *t, size_t row, size_t c,
    const struct fit_result *r)
{
	out_num(t, row, c, r->loglik);
	out_num(t, row, c + 1, r->aic);
	out_num(t, row, c + 2, r->bic);
}

int
fit_stratum(void *opts, struct frame **f, struct out_table **tp,
    struct diag *d)
{
	const struct fit_opts *o = opts;

	return fit_table(*f, o->col, o->dist, o->families, o->summary, tp, d);
}

int
fit_table(struct frame *f, size_t col, const struct dist *d,
    const char *families, int summary, struct out_table **tp,
    struct diag *dg)
{
	struct fit_result *res, r;
	struct out_table *t;
	const struct dist *fd;
	const char *p, *e, *why, *pname[16 * DIST_MAXPAR];
	char name[32];
	size_t n, i, j, k, np, nres = 0, row, len;
	double *x;
	int bad;

	if (frame_numeric(f, col, dg) != 0)
		return -1;
	if (d != NULL) {
		x = gather(f, col, d, &n, dg, &bad);
		if (bad || fit_dist(d, x, n, &r, dg) != 0) {
			if (!bad)
				dg->column = f->col[col].name;
			free(x);
			return -1;
		}
		free(x);
		t = out_new();
		if (summary) {
			out_column(t, "dist");
			out_column(t, "log_lik");
			out_column(t, "aic");
			out_column(t, "bic");
			out_column(t, "n");
			out_column(t, "ks_statistic");
			out_column(t, "ks_p_value");
			row = out_row(t);
			out_text(t, row, 0, d->name);
			summary_row(t, row, 1, &r);
			out_num(t, row, 4, (double)r.n);
			out_num(t, row, 5, r.ks_statistic);
			out_num(t, row, 6, r.ks_p_value);
			if (d->discrete)
				diag_warn("no KS test of a discrete "
				    "distribution: ks_statistic and "
				    "ks_p_value are empty");
		} else {
			out_column(t, "parameter");
			out_column(t, "estimate");
			out_column(t, "std_error");
			for (i = 0; i < r.npar; i++) {
				row = out_row(t);
				out_text(t, row, 0, r.name[i]);
				out_num(t, row, 1, r.est[i]);
				out_num(t, row, 2, r.se[i]);
			}
		}
		*tp = t;
		return 0;
	}

	/* every family of the list whose support holds the data */
	x = gather(f, col, NULL, &n, dg, &bad);
	res = xmalloc(16 * sizeof(*res));
	for (p = families; nres < 16; p = e + 1) {
		e = strchr(p, ',');
		len = e ? (size_t)(e - p) : strlen(p);
		snprintf(name, sizeof(name), "%.*s", (int)len, p);
		fd = dist_lookup(name);
		for (i = 0; i < n && fit_supports(fd, x[i], &why); i++)
			;
		if (i < n)
			diag_warn("%s left out: it needs %s", fd->name, why);
		else if (fit_dist(fd, x, n, &res[nres], dg) != 0)
			diag_warn("%s left out: %s", fd->name, dg->msg);
		else
			nres++;
		if (e == NULL)
			break;
	}
	free(x);
	if (nres == 0) {
		free(res);
		diag_set(dg, STATUS_DATA, "no family of %s can be fitted",
		    families);
		dg->column = f->col[col].name;
		return -1;
	}
	qsort(res, nres, sizeof(*res), by_aic);
	t = out_new();
	out_column(t, "rank");
	out_column(t, "dist");
	np = param_columns(res, nres, pname);
	for (k = 0; k < np; k++)
		out_column(t, pname[k]);
	out_column(t, "log_lik");
	out_column(t, "aic");
	out_column(t, "bic");
	out_column(t, "delta_aic");
	out_column(t, "ks_statistic");
	out_column(t, "ks_p_value");
	out_column(t, "n");
	for (i = 0; i < nres; i++) {
		row = out_row(t);
		out_num(t, row, 0, (double)(i + 1));
		out_text(t, row, 1, res[i].d->name);
		for (k = 0; k < res[i].npar; k++) {
			for (j = 0; j < np &&
			    strcmp(pname[j], res[i].name[k]) != 0; j++)
				;
			out_num(t, row, 2 + j, res[i].est[k]);	/* j < np */
		}
		summary_row(t, row, 2 + np, &res[i]);
		out_num(t, row, 5 + np, res[i].aic - res[0].aic);
		out_num(t, row, 6 + np, res[i].ks_statistic);
		out_num(t, row, 7 + np, res[i].ks_p_value);
		out_num(t, row, 8 + np, (double)res[i].n);
	}
	free(res);
	*tp = t;
	return 0;
}
