/*
 * fit: what a fitted linear model or glm holds, shared by model/model
 * (lm) and model/glm (IRLS), which both make one: the families, the
 * links, struct model_fit and model_fit_free().
 */
#ifndef FIT_H
#define FIT_H

#include <stddef.h>

enum model_family { MODEL_GAUSSIAN, MODEL_BINOMIAL, MODEL_POISSON,
	MODEL_GAMMA, MODEL_INVGAUSS, MODEL_QUASIBINOMIAL, MODEL_QUASIPOISSON };
/* R's links (model/glm.h); DEFAULT is the family's canonical one */
enum model_link { MODEL_LINK_DEFAULT, MODEL_IDENTITY, MODEL_LOG,
	MODEL_LOGIT, MODEL_PROBIT, MODEL_CAUCHIT, MODEL_CLOGLOG, MODEL_SQRT,
	MODEL_INVERSE, MODEL_INVSQUARE };

struct model_fit {
	enum model_family family;
	enum model_link link;
	int	 glm;		/* fitted by IRLS (model/glm.h), not lm */
	size_t	 nd;		/* rows of the design */
	size_t	 n;		/* rows used: nonzero weight */
	size_t	 p;		/* coefficients, aliased ones included */
	size_t	 rank;		/* coefficients estimated */
	int	 intercept;	/* the design has an intercept */
	int	*aliased;	/* p */
	double	*coef;		/* p, NaN if aliased */
	double	*cov;		/* p * p, unscaled (X'WX)^-1; NaN if aliased */
	double	*effects;	/* p: Q'y of each column in order (anova) */
	/* per row, with MODEL_ROWS only (NULL otherwise) */
	double	*fitted;	/* nd: mean (probability for binomial) */
	double	*resid;		/* nd: y - fitted */
	double	*hat;		/* nd: leverage (0 for zero weights) */
	double	*wt;		/* nd: the weights of the last fit */
	double	*eta;		/* nd: glm's linear predictor, offset in */
	double	 df_resid;	/* n - rank */
	double	 rss;		/* weighted residual sum of squares */
	double	 tss;		/* about the weighted mean, or about 0 */
	double	 sigma;		/* residual sd; glm: sqrt(dispersion) */
	double	 loglik;	/* log-likelihood as R's logLik */
	double	 deviance;	/* glm: residual deviance */
	double	 null_deviance;	/* glm */
	double	 aic;		/* glm: NaN for the quasi families */
	int	 iter;		/* glm: IRLS iterations */
	int	 converged;	/* glm */
};

/*
 * flags: MODEL_ROWS keeps the fitted values, residuals, leverages and
 * weights of every row (for model_augment_table()): four doubles a row,
 * and the leverages cost as much time as the fit.
 */
#define MODEL_ROWS	1

/* Frees a fit of model_lm() or glm_fit(); accepts NULL. */
struct ls;
/*
 * A fit of nd rows and p coefficients whose rank, aliased columns,
 * coefficients, covariance, effects and leverages are s's (now the fit's
 * to free); every other field 0.
 */
struct model_fit *model_fit_new(struct ls *s, size_t nd, size_t p,
	    int intercept);
void	model_fit_free(struct model_fit *);

#endif
