/*
 * modeldiag: diagnostics of a fitted linear model or glm: variance
 * inflation factors as car::vif (generalized for terms of several
 * columns), and heteroskedasticity-consistent (sandwich) standard errors
 * as sandwich::vcovHC with lmtest::coeftest's table, and the influence
 * measures of R's influence.measures().
 */
#ifndef MODELDIAG_H
#define MODELDIAG_H

#include "model/model.h"

struct diag;
struct formula_design;
struct frame;
struct out_table;

/*
 * car::vif(type = "terms"): per term (the intercept apart) of a design
 * with an intercept, GVIF = det(R11) det(R22) / det(R) of the correlation
 * matrix R of the coefficients, R11 the term's block and R22 the rest's;
 * the table term,gvif,df,gvif_adj with gvif_adj = GVIF^(1/(2 df)) (the
 * VIF itself and its square root for a term of one column).  Without an
 * intercept a warning; fewer than 2 terms is a STATUS_USAGE error, an
 * aliased coefficient a STATUS_DATA error, as car's.
 */
int	modeldiag_vif_table(const struct model_fit *,
	    const struct formula_design *, struct out_table **,
	    struct diag *);
/*
 * car::vif(type = "predictor"): for each predictor (a variable with a
 * term of its own) the GVIF of the columns of every term made only of it
 * and the predictors it shares a term with; the table predictor,gvif,df,
 * gvif_adj,interacts_with,other_predictors (names joined by ", ", empty
 * for none).  A variable only in interactions is a STATUS_USAGE error.
 */
int	modeldiag_vif_predictor_table(const struct model_fit *,
	    const struct formula_design *, struct out_table **,
	    struct diag *);

/* sandwich's types: the weights of the squared residuals */
enum modeldiag_hc { MODELDIAG_HC0, MODELDIAG_HC1, MODELDIAG_HC2,
	MODELDIAG_HC3 };
/* The type of a name ("HC0" .. "HC3"); -1 if none. */
int	modeldiag_hc_parse(const char *, enum modeldiag_hc *);

/*
 * The coefficients with sandwich::vcovHC(type) standard errors, tested
 * and bounded as lmtest's coeftest() and coefci(): t on the residual
 * degrees of freedom for a linear model, z for every glm.  The
 * covariance is C M C, C the unscaled covariance of the fit and M the sum
 * over rows of omega_i x_i x_i', omega_i = r_i^2 (HC0), times n / (n - p)
 * (HC1), over 1 - h_i (HC2) or (1 - h_i)^2 (HC3); r_i the working
 * residual times the working weight (w_i e_i for a linear model) and n
 * the rows used.  Rows of weight 0 are left out as from the fit
 * (sandwich counts them in its n, which scales its covariance by (n used
 * / n)^2).  A leverage above 1 - sqrt(DBL_EPSILON) makes every HC2 and
 * HC3 standard error undefined (NaN), with a warning.  mf must be fitted
 * with MODEL_ROWS.
 */
struct out_table *modeldiag_robust_table(const struct model_fit *mf,
	    const struct formula_design *, enum modeldiag_hc,
	    double conf_level);

/*
 * R's influence.measures() (lm.influence() on the working weights for a
 * glm): the frame's rows with dfb_NAME (dfbetas) for each estimated
 * coefficient, dffit, cov_r, cook_d, hat, and is_inf, the names of the
 * measures that is.influential() flags, space-separated (empty if
 * none).  Rows not in the fit (missing values, weight 0) get empty
 * fields.  mf must be fitted with MODEL_ROWS on a design that kept its
 * rows.  Too few rows of leverage above 0 is a STATUS_DATA error.
 */
int	modeldiag_influence_table(const struct model_fit *mf,
	    const struct formula_design *, struct frame *,
	    struct out_table **, struct diag *);

/*
 * car::Anova(type = 2 or 3) of the fit mf of ds (offset off): per term,
 * the fit without the term's columns against the fit with them, both
 * refitted from the family's start (least squares for a linear model).
 * Type II drops, from both, the terms that contain the term (car's
 * relatives: every variable of it); type III compares with the whole
 * model.  A linear model gets term,df,sum_sq,statistic (F, over sigma^2),
 * p_value, and a Residuals row (its type III tests the intercept too);
 * a glm gets term,df,statistic (car's LR chi-square: the change of
 * deviance over the dispersion),p_value.  An aliased coefficient or no
 * residual degrees of freedom is a STATUS_DATA error.
 */
int	modeldiag_anova_table(const struct model_fit *mf,
	    const struct formula_design *, const double *off, int type,
	    struct out_table **, struct diag *);

/*
 * R's step() by AIC from the model of mf and ds (offset off), leaving
 * out (and with both, putting back) one term at a time as drop1 and
 * add1 allow (a term leaves when no term in the model contains it,
 * joins when all it contains are in), the intercept kept; the model of
 * least AIC at each step, until none is lower.  The table is
 * step's anova attribute: step ("" first, then "- term" or "+ term"),
 * df, deviance (the changes), df_residual, resid_deviance, aic, with
 * R's extractAIC: n log(RSS / n) + 2 rank for least squares, the AIC for
 * a glm (the quasi families have none: a STATUS_USAGE error).
 */
int	modeldiag_step_table(const struct model_fit *mf,
	    const struct formula_design *, const double *off, int both,
	    struct out_table **, struct diag *);

#endif
