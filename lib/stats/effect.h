/*
 * effect: standardized effect sizes with confidence intervals found by
 * inverting a noncentral distribution, as the effectsize package (0.8)
 * defines them: Cohen's d and Hedges' g from the noncentral t, and the
 * F family (eta and omega squared, partial or not) from the noncentral F.
 */
#ifndef EFFECT_H
#define EFFECT_H

#include <stddef.h>

#include "stats/alt.h"

struct effect_d {
	double	d, d_low, d_high;	/* Cohen's d and its interval */
	double	g, g_low, g_high;	/* Hedges' g = J d, the same scaled */
};

/*
 * The noncentrality parameters ncp_low <= ncp_high with P(T <= t) = 1 -
 * (1 - level) / 2 and (1 - level) / 2 for T noncentral t on df degrees of
 * freedom (effectsize's .get_ncp_t(), solved exactly); one-sided (alt
 * less or greater) at level 2 level - 1 with the other end infinite.
 */
void	effect_ncp_t(double t, double df, enum alt, double level,
	    double *ncp_low, double *ncp_high);

/*
 * Cohen's d with its interval: t = d / sqrt(hn) on df degrees of freedom,
 * the interval of the ncp times sqrt(hn), where hn = 1/n1 + 1/n2 and df =
 * n1 + n2 - 2 for two samples (d by the pooled sd), hn = 1/n and df = n - 1
 * for one sample or pairs.  Hedges' g multiplies d and both ends by J =
 * Gamma(df/2) / (sqrt(df/2) Gamma((df - 1)/2)); df < 2 leaves g NaN.
 */
void	effect_cohens_d(double d, double hn, double df, enum alt,
	    double level, struct effect_d *);

/*
 * The interval of an effect size of the F family on df and df_error
 * degrees of freedom, as effectsize's .es_aov_simple(): es (below 0 taken
 * as 0) as the F it would be, f = (es / df) / ((1 - es) / df_error), the
 * ncp where P(F <= f) = 1 - a and = a (.get_ncp_F(); 0 where the central F
 * reaches the probability already), each end as ncp / (ncp + df_error).
 * a = (1 - level) / 2 two-sided; alt greater (effectsize's default) gives
 * [low at a = 1 - level, 1], less [0, high].  NaN when es is not below 1.
 */
void	effect_f_interval(double es, double df, double df_error, enum alt,
	    double level, double *low, double *high);

/* Cramer's V with its interval, unadjusted and adjusted (effectsize's). */
struct effect_v {
	double	v, v_low, v_high;	/* adjust = FALSE */
	double	adj, adj_low, adj_high;	/* adjust = TRUE, the default */
};

/*
 * Cramer's V of an nr x nc table of n counts whose Pearson statistic
 * (without Yates' correction) is chisq, with its interval as effectsize's
 * cramers_v(): phi = sqrt(chisq / n), the ncp where P(X <= chisq) = 1 - a
 * and = a for X noncentral chi-square on (nr - 1)(nc - 1) df (0 where the
 * central one reaches that already), each end sqrt(ncp / n); alt greater
 * ends at 1, less starts at 0.  V divides by sqrt(min(nr, nc) - 1).  The
 * adjusted one (Bergsma 2013) first takes each of phi and its ends to
 * sqrt(max(0, x^2 - df / (n - 1))) and divides by sqrt(min(k, l) - 1), k =
 * nr - (nr - 1)^2 / (n - 1), l likewise.  Upper ends above 1 are 1.
 */
void	effect_cramers_v(double chisq, double n, size_t nr, size_t nc,
	    enum alt, double level, struct effect_v *);

#endif
