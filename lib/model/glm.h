/*
 * glm: generalized linear models as R's glm: the families binomial,
 * poisson, Gamma, inverse.gaussian, gaussian, quasibinomial and
 * quasipoisson with the links of R's family objects, fitted by IRLS as
 * R's glm.fit (the same start, the same step halving, the same test of
 * convergence: |dev - devold| / (|dev| + 0.1) < 1e-8, at most 25
 * iterations) over model/ls's QR, with offsets and prior weights.
 *
 * The dispersion is summary.glm's: 1 for binomial and poisson, else the
 * Pearson statistic over the residual degrees of freedom.  The AIC is the
 * family's aic() + 2 * rank (none for the quasi families).
 */
#ifndef GLM_H
#define GLM_H

#include <stddef.h>

#include "model/fit.h"

struct diag;
struct formula_design;
struct out_table;

/* The family of a name ("Gamma" as R spells it); -1 if none. */
int	glm_family_parse(const char *, enum model_family *);
const char *glm_family_name(enum model_family);
/*
 * The link of a name (logit, probit, cauchit, cloglog, identity, log,
 * sqrt, inverse, 1/mu^2); -1 if none.
 */
int	glm_link_parse(const char *, enum model_link *);
const char *glm_link_name(enum model_link);
/* The canonical link of a family (R's default). */
enum model_link glm_link_default(enum model_family);
/* Whether R's family object accepts the link. */
int	glm_link_ok(enum model_family, enum model_link);
/* The family estimates its dispersion (t tests, not z). */
int	glm_est_disp(enum model_family);

/* The link, eta of mu, as R's linkfun. */
double	glm_linkfun(enum model_link, double mu);
/* The inverse link, mu of eta, as R's linkinv (with its thresholds). */
double	glm_linkinv(enum model_link, double eta);
/* d mu / d eta, as R's mu.eta. */
double	glm_mu_eta(enum model_link, double eta);
/*
 * The interval [lo, hi] on the response scale of eta - h, eta + h on
 * the link scale (ordered: the inverse links decrease).
 */
void	glm_band(enum model_link, double eta, double h, double *lo,
	    double *hi);
/* The variance function V(mu). */
double	glm_variance(enum model_family, double mu);
/* The deviance residual's square of one row with prior weight w. */
double	glm_dev_resid(enum model_family, double y, double mu, double w);

/*
 * Take the offset() terms out of a design: their columns leave x (and
 * name, assign; p shrinks) and are summed into *off (n values, free()),
 * or *off is NULL if there are none.  An offset inside an interaction
 * is a STATUS_USAGE error.
 */
int	glm_offset(struct formula_design *, double **off, struct diag *);

/*
 * Fit the design with family and link (MODEL_LINK_DEFAULT: the
 * family's) and offset (NULL: none) by IRLS.  Response errors (a
 * negative count, a proportion outside [0, 1], a non-positive Gamma
 * response) are STATUS_DATA naming the value.  flags as model_lm's
 * (MODEL_ROWS: the per-row results, also eta).
 */
int	glm_fit(const struct formula_design *, enum model_family,
	    enum model_link, const double *off, int flags,
	    struct model_fit **mp, struct diag *);

/*
 * The deviance, AIC (if aic is not NULL; NaN for the quasi families) and
 * rank of the fit by IRLS of the response, weights (and offset off) of
 * ds on the p columns of x (ds->n rows, by columns) in place of ds's: a
 * sub-model's, from the family's start.
 */
int	glm_deviance(const struct formula_design *ds, const double *x,
	    size_t p, enum model_family, enum model_link, const double *off,
	    double *dev, double *aic, size_t *rank, struct diag *);

/*
 * R's anova(glm, test = "Chisq") of the fit mf of ds (offset off): a
 * NULL row, then each term added in order (each model refitted from the
 * family's start), with term,df,deviance,df_residual,resid_deviance,
 * p_value; the p-value is of the change in deviance over the dispersion
 * as chi-square.
 */
int	glm_anova_table(const struct model_fit *mf,
	    const struct formula_design *ds, const double *off,
	    struct out_table **, struct diag *);

#endif
