/*
 * effect: effect sizes with intervals by inverting the noncentral t, as
 * the effectsize package defines them (which finds the ncp by optim() to
 * about 1e-9 absolute; here the root is exact to rounding).
 */
#include <math.h>

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
