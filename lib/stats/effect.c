/*
 * effect: effect sizes with intervals by inverting the noncentral t, as
 * the effectsize package defines them (which finds the ncp by optim() to
 * about 1e-9 absolute; here the root is exact to rounding), and by
 * inverting the noncentral F.
 */
#include <math.h>

#include <gsl/gsl_cdf.h>

#include "stats/effect.h"
#include "stats/power.h"
#include "stats/root.h"

struct ncp_at {
	double	t, df, p;
};

static double
pnt_minus_p(double ncp, void *arg)
{
	const struct ncp_at *a = arg;

	return power_pnt(a->t, a->df, ncp) - a->p;
}

/* The ncp where P(T <= t) = p: P falls as ncp grows, so bracket and
 * solve. */
static double
ncp_where(double t, double df, double p)
{
	struct ncp_at a = { t, df, p };
	double lo = t - 1, hi = t + 1, flo, fhi, step = 1;

	while ((flo = pnt_minus_p(lo, &a)) < 0 && step < 1e6)
		lo -= (step *= 2);
	step = 1;
	while ((fhi = pnt_minus_p(hi, &a)) > 0 && step < 1e6)
		hi += (step *= 2);
	if (!(flo >= 0 && fhi <= 0))
		return NAN;
	return root_zeroin(lo, hi, flo, fhi, 1e-13 * (1 + fabs(t)),
	    pnt_minus_p, &a);
}

void
effect_ncp_t(double t, double df, enum alt alt, double level,
    double *ncp_low, double *ncp_high)
{
	double a = alt == ALT_TWO_SIDED ? (1 - level) / 2 : 1 - level;

	if (!isfinite(t) || !(df > 0)) {
		*ncp_low = *ncp_high = NAN;
		return;
	}
	*ncp_low = alt == ALT_LESS ? -INFINITY : ncp_where(t, df, 1 - a);
	*ncp_high = alt == ALT_GREATER ? INFINITY : ncp_where(t, df, a);
}

void
effect_cohens_d(double d, double hn, double df, enum alt alt, double level,
    struct effect_d *e)
{
	double lo, hi, j;

	effect_ncp_t(d / sqrt(hn), df, alt, level, &lo, &hi);
	e->d = d;
	e->d_low = lo * sqrt(hn);
	e->d_high = hi * sqrt(hn);
	/* the small-sample correction, exact (not 1 - 3/(4 df - 1)) */
	j = df >= 2 ? exp(lgamma(df / 2) - log(sqrt(df / 2)) -
	    lgamma((df - 1) / 2)) : NAN;
	e->g = d * j;
	e->g_low = e->d_low * j;
	e->g_high = e->d_high * j;
}

struct ncp_f {
	double	f, df, df_error, q;
};

static double
pnf_minus_q(double ncp, void *arg)
{
	const struct ncp_f *a = arg;

	return power_pnf_q(a->f, a->df, a->df_error, ncp) - a->q;
}

/* The ncp where P(F > f) = q, 0 when the central F's is q or more (P rises
 * with the ncp). */
static double
ncp_f_where(double f, double df, double df_error, double q)
{
	struct ncp_f a = { f, df, df_error, q };
	double hi = fmax(1, 2 * f * df), flo, fhi;

	if ((flo = pnf_minus_q(0, &a)) >= 0)
		return 0;
	while ((fhi = pnf_minus_q(hi, &a)) < 0 && hi < 1e9)
		hi *= 2;
	if (!(fhi >= 0))
		return NAN;
	return root_zeroin(0, hi, flo, fhi, 1e-13 * hi, pnf_minus_q, &a);
}

void
effect_f_interval(double es, double df, double df_error, enum alt alt,
    double level, double *low, double *high)
{
	double a = alt == ALT_TWO_SIDED ? (1 - level) / 2 : 1 - level, f, lo,
	    hi;

	es = es > 0 ? es : 0;
	if (!(es < 1) || !(df > 0) || !(df_error > 0)) {
		*low = *high = NAN;
		return;
	}
	f = (es / df) / ((1 - es) / df_error);
	lo = alt == ALT_LESS ? 0 : ncp_f_where(f, df, df_error, a);
	hi = alt == ALT_GREATER ? INFINITY : ncp_f_where(f, df, df_error,
	    1 - a);
	*low = lo / (lo + df_error);
	*high = isinf(hi) ? 1 : hi / (hi + df_error);
}

struct ncp_chi {
	double	x, df, p;
};

/* P(X <= x) for X noncentral chi-square: the Poisson mixture of central
 * ones, summed far past the Poisson's bulk. */
static double
pnchisq_minus_p(double ncp, void *arg)
{
	const struct ncp_chi *a = arg;
	double lam = ncp / 2, sum = 0;
	size_t j, last = (size_t)ceil(lam + 40 * sqrt(lam) + 50);

	if (lam == 0)
		return gsl_cdf_chisq_P(a->x, a->df) - a->p;
	for (j = 0; j <= last; j++)
		sum += exp(-lam + (double)j * log(lam) - lgamma((double)j +
		    1)) * gsl_cdf_chisq_P(a->x, a->df + 2 * (double)j);
	return sum - a->p;
}

/* The ncp where P(X <= x) = p, 0 when the central one's is p or less. */
static double
ncp_chi_where(double x, double df, double p)
{
	struct ncp_chi a = { x, df, p };
	double hi = fmax(1, 2 * x), flo, fhi;

	if ((flo = pnchisq_minus_p(0, &a)) <= 0)
		return 0;
	while ((fhi = pnchisq_minus_p(hi, &a)) > 0 && hi < 1e9)
		hi *= 2;
	if (!(fhi <= 0))
		return NAN;
	return root_zeroin(0, hi, flo, fhi, 1e-13 * hi, pnchisq_minus_p, &a);
}

/* V and its ends from phi and its ends, over sqrt(m - 1); ends above 1
 * are 1, and alt greater's upper end is 1. */
static void
v_of(double phi, double lo, double hi, double m, enum alt alt, double *v,
    double *v_low, double *v_high)
{
	double div = sqrt(m - 1);

	*v = phi / div;
	*v_low = lo / div;
	*v_high = alt == ALT_GREATER ? 1 : fmin(1, hi / div);
}

void
effect_cramers_v(double chisq, double n, size_t nr, size_t nc, enum alt alt,
    double level, struct effect_v *e)
{
	double a = alt == ALT_TWO_SIDED ? (1 - level) / 2 : 1 - level;
	double df = ((double)nr - 1) * ((double)nc - 1), phi, lo, hi, E;
	double k = (double)nr - ((double)nr - 1) * ((double)nr - 1) / (n - 1);
	double l = (double)nc - ((double)nc - 1) * ((double)nc - 1) / (n - 1);

	if (!isfinite(chisq) || !(n > 1) || !(df > 0)) {
		e->v = e->v_low = e->v_high = NAN;
		e->adj = e->adj_low = e->adj_high = NAN;
		return;
	}
	phi = sqrt(chisq / n);
	lo = alt == ALT_LESS ? 0 : sqrt(ncp_chi_where(chisq, df, 1 - a) / n);
	hi = alt == ALT_GREATER ? 1 : sqrt(ncp_chi_where(chisq, df, a) / n);
	v_of(phi, lo, hi, (double)(nr < nc ? nr : nc), alt, &e->v, &e->v_low,
	    &e->v_high);
	E = df / (n - 1);
	v_of(sqrt(fmax(0, phi * phi - E)), sqrt(fmax(0, lo * lo - E)),
	    sqrt(fmax(0, hi * hi - E)), fmin(k, l), alt, &e->adj, &e->adj_low,
	    &e->adj_high);
}
