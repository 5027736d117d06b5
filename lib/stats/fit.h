/*
 * fit: maximum-likelihood fits of distributions to a sample, as
 * MASS::fitdistr, but solved to full precision: closed forms where they
 * exist, GSL's root finders on the score equations elsewhere, standard
 * errors from the analytic observed information.
 */
#ifndef FIT_H
#define FIT_H

#include <stddef.h>

#include "stats/dist.h"

struct diag;
struct frame;
struct out_table;

struct fit_result {
	const struct dist *d;		/* the family */
	size_t		 npar;
	const char	*name[DIST_MAXPAR];	/* parameter names, as fitdistr */
	double		 est[DIST_MAXPAR];	/* estimates */
	double		 se[DIST_MAXPAR];	/* standard errors */
	double		 par[DIST_MAXPAR];	/* the same as d's parameters */
	double		 loglik, aic, bic;
	double		 ks_statistic, ks_p_value;	/* NaN if discrete */
	size_t		 n;
};

/* Can the family be fitted ("norm", ... "nbinom")? */
int	fit_family(const struct dist *);
/* The families of --dist all (continuous) and all-discrete, comma lists. */
extern const char fit_families[];
extern const char fit_discrete[];

/*
 * Is x in the support of the family (> 0 for lnorm, gamma, weibull;
 * >= 0 for exp; in (0, 1) for beta; a whole number >= 0 for the discrete
 * ones)?  If not, *why says what is needed ("positive values").
 */
int	fit_supports(const struct dist *, double x, const char **why);

/*
 * Fit the family to n values (all in its support).  Too few values
 * (fewer than 2), values that do not determine a finite estimate (all
 * equal; a negative binomial whose variance does not exceed its mean) are
 * STATUS_DATA errors.
 */
int	fit_dist(const struct dist *, const double *x, size_t n,
	    struct fit_result *, struct diag *);

/*
 * The table for column col of f: with d, one row per parameter
 * `parameter,estimate,std_error`, or with summary one row
 * `dist,log_lik,aic,bic,n,ks_statistic,ks_p_value`; with d NULL, every
 * family of the list `families` whose support holds the data, ranked by
 * AIC: `rank,dist,estimates,log_lik,aic,bic,delta_aic,ks_statistic,
 * ks_p_value,n`.  A value outside the support of d is a STATUS_DATA error
 * naming its line.
 */
int	fit_table(struct frame *, size_t col, const struct dist *d,
	    const char *families, int summary, struct out_table **,
	    struct diag *);

/* What statpipe fit asks: fit_table()'s arguments. */
struct fit_opts {
	size_t			 col;
	const struct dist	*dist;		/* or NULL with families */
	const char		*families;
	int			 summary;
};

/* fit_table() with the options as a void *: a stratum's fit (--by). */
int	fit_stratum(void *opts, struct frame **, struct out_table **,
	    struct diag *);

#endif
