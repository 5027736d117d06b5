/*
 * model: linear models by least squares (model/ls.h) and logistic
 * regression, fitted to a formula's design, and predictions from a
 * saved model (model files: model/modelfile.h).
 *
 * Logistic regression is R's glm.fit: IRLS from the same start, with the
 * same convergence test and the same QR.
 */
#ifndef MODEL_H
#define MODEL_H

#include <stddef.h>
#include <stdio.h>

#include "model/fit.h"
#include "model/formula.h"

struct diag;
struct frame;
struct formula_design;
struct out_table;

/*
 * Least squares of the design's y on x, weighted by its w if any (rows
 * of weight 0 are kept out of the fit but get fitted values).  Errors
 * (more columns than rows, a constant response, negative weights) are
 * STATUS_DATA.  On success *mp owns a new fit (model_fit_free()).
 */
int	model_lm(const struct formula_design *, int flags,
	    struct model_fit **mp, struct diag *);
/*
 * model_lm() with the rank tolerance tol on the unit-norm columns (ls.h:
 * LS_TOL, the default, drops only columns collinear to working
 * precision; LS_TOL_R = 1e-7 is R's lm).
 */
int	model_lm_tol(const struct formula_design *, int flags, double tol,
	    struct model_fit **mp, struct diag *);
/* Logistic regression (logit link) of a 0/1 response: glm_fit(). */
int	model_logit(const struct formula_design *, int flags,
	    struct model_fit **mp, struct diag *);

/* term,estimate,std_error,statistic,p_value,conf_low,conf_high */
struct out_table *model_coef_table(const struct model_fit *,
	    const struct formula_design *, double conf_level);
/*
 * The same with the standard errors se[] (p of them, NaN where aliased)
 * in place of the fit's, and t tests and intervals on df degrees of
 * freedom (INFINITY: z): lmtest's coeftest() and coefci() of a sandwich
 * covariance (model/modeldiag.h).
 */
struct out_table *model_coef_se_table(const struct model_fit *,
	    const struct formula_design *, const double *se, double df,
	    double conf_level);
/*
 * One row: n, df, R-squared, F, AIC ... (deviances for a glm), and a last
 * column response (what a binomial glm models as 1, "P(am = 1)") when
 * response is not NULL.
 */
struct out_table *model_summary_table(const struct model_fit *,
	    const char *response);
/* term,df,sum_sq,mean_sq,statistic,p_value: R's anova(lm), sequential. */
struct out_table *model_anova_table(const struct model_fit *,
	    const struct formula_design *);
/*
 * The frame's rows with fitted,residual,std_residual,hat,cooks_d (a fit
 * made with MODEL_ROWS).
 */
struct out_table *model_augment_table(const struct model_fit *,
	    const struct formula_design *, struct frame *);

/* A model read back from model_save()'s JSON. */
struct model_saved {
	char		*formula;
	enum model_family family;
	enum model_link	 link;		/* MODEL_LINK_DEFAULT for lm */
	size_t		 p;		/* coefficients */
	char		**name;		/* p term names */
	double		*coef;		/* p, NaN if aliased */
	double		*cov;		/* p * p unscaled covariance */
	double		 sigma, df_resid;
	struct formula_levels levels;	/* for formula_design_levels() */
};
/* model_load() and model_saved_free() are in model/modelfile.h */

/*
 * A table that starts with the frame's columns (isnum[] per column,
 * free()), and a row of it holding input row i, its cells passed through
 * (out_raw(): csv and tsv byte for byte, numbers as numbers in the other
 * formats): the start of every table of predictions.
 */
struct out_table *model_input_table(struct frame *, int **isnum);
size_t	model_input_row(struct out_table *, const struct frame *,
	    const int *isnum, size_t i);

/*
 * The frame's rows with `fitted` from the design ds of new data and its
 * offset off (NULL: none): the mean (a probability for binomial), or
 * with link_scale a glm's linear predictor; with interval 1 (confidence)
 * or 2 (prediction, linear models only) also se_fit and
 * conf_low,conf_high or pred_low,pred_high at level.  A glm's interval
 * is made on the link scale (z, or t where the dispersion is estimated)
 * and mapped by the inverse link; its se_fit is predict.glm's.  Rows not
 * in ds get empty fields.
 */
struct out_table *model_predict_table(const struct model_saved *,
	    const struct formula_design *ds, const double *off,
	    struct frame *, int interval, int link_scale, double level);

/*
 * R's residuals of a glm at row k of the fit (made with MODEL_ROWS):
 * deviance, Pearson and working, into r[0..2].
 */
void	model_glm_resids(const struct model_fit *,
	    const struct formula_design *, size_t k, double *r);

/* p-values of t and F: stats/tail.h */

/*
 * A straight line y = a + b x by least squares (for plot --fit): pairs
 * with a NaN are left out.  Needs 3 pairs and two distinct x.
 */
struct model_line {
	double	a, b;		/* intercept, slope */
	double	cov[4];		/* unscaled covariance of (a, b) */
	double	sigma;		/* residual sd */
	double	df;		/* n - 2 */
	double	r_squared;
	size_t	n;		/* pairs used */
};
int	model_line_fit(const double *x, const double *y, size_t n,
	    struct model_line *, struct diag *);
/* The fit at x and its confidence band for the mean at level (0.95). */
void	model_line_band(const struct model_line *, double x, double level,
	    double *fit, double *lo, double *hi);

#endif
