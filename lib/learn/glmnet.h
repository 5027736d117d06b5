/*
 * glmnet: penalized linear and logistic regression as R's glmnet
 * (Friedman, Hastie & Tibshirani 2010): the elastic net
 *
 *   (1/2n) RSS + lambda (alpha |b|_1 + (1 - alpha)/2 |b|_2^2)
 *
 * (gaussian), or the mean negative log-likelihood in its place
 * (binomial), minimized by coordinate descent over a path of lambdas
 * with warm starts; covariance updates for gaussian, a quadratic
 * approximation (Newton) around coordinate descent for binomial.
 *
 * glmnet's conventions, kept exactly: weights sum to one; predictors are
 * centred and (unless standardize is 0) scaled to unit variance (1/n)
 * inside, coefficients reported on the original scale; the intercept is
 * not penalized; the gaussian response is scaled by its standard
 * deviation sy inside and lambda with it, so that the ridge part of the
 * penalty a gaussian fit minimizes is really lambda (1 - alpha)/(2 sy)
 * |b|^2 in the original units (as glmnet; lasso is unaffected); the
 * lambda sequence is nlambda values from lambda_max (the smallest that
 * zeroes every coefficient, with alpha taken as at least 0.001) down to
 * lambda_min_ratio times it, evenly on the log scale, and stops early
 * when the deviance ratio gains less than 1e-5 (relative, gaussian;
 * absolute, binomial) or passes 0.999 — never before the fifth lambda
 * and never for a given sequence.  Each lambda is converged far below
 * glmnet's default threshold: to the exact minimiser.
 */
#ifndef GLMNET_H
#define GLMNET_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct formula_design;
struct out_table;

struct glmnet_opts {
	int	 binomial;	/* 0 gaussian, 1 binomial (y 0/1) */
	double	 alpha;		/* 1 lasso, 0 ridge, between: elastic net */
	int	 standardize;	/* 1 (glmnet's default) */
	size_t	 nlambda;	/* 100 */
	double	 lambda_min_ratio;	/* 0: 1e-4 if n > p, else 0.01 */
	const double *lambda;	/* a given decreasing sequence, or NULL */
	size_t	 nlam;		/* its length */
};

void	glmnet_opts_init(struct glmnet_opts *);

/* The fits along the lambda sequence, on the original scale. */
struct glmnet_path {
	size_t	 p;		/* predictors (the intercept apart) */
	size_t	 nlam;		/* lambdas fitted */
	double	*lambda;	/* nlam, decreasing */
	double	*a0;		/* nlam intercepts */
	double	*beta;		/* nlam * p, lambda by lambda */
	double	*dev_ratio;	/* nlam: 1 - deviance / null deviance */
	size_t	*df;		/* nlam: non-zero coefficients */
};

/*
 * Fit n rows of the p predictors x (by columns: x[j * n + i]) to y with
 * weights w (NULL: equal).  On success *pp owns a new path
 * (glmnet_path_free()).  Errors: STATUS_DATA for too few rows, a
 * constant response, a binomial response of one class, or no
 * convergence.
 */
int	glmnet_fit(const double *x, size_t n, size_t p, const double *y,
	    const double *w, const struct glmnet_opts *, struct glmnet_path **,
	    struct diag *);
void	glmnet_path_free(struct glmnet_path *);

/* The linear predictor of fit l for row i of x (n rows, by columns). */
double	glmnet_link(const struct glmnet_path *, size_t l, const double *x,
	    size_t n, size_t i);

/* Cross-validation as cv.glmnet (mean squared error, or deviance). */
struct glmnet_cv {
	struct glmnet_path *fit;	/* on every row: lambdas, nzero */
	double	*cvm;		/* fit->nlam: the mean error over folds */
	double	*cvsd;		/* its standard error */
	size_t	 imin;		/* lambda_min: the least cvm */
	size_t	 i1se;		/* lambda_1se: the largest lambda within
				   one standard error of it */
};

/*
 * Cross-validate over the folds fold[i] (1 .. k) of the rows: each fold
 * predicted by a fit on the others (its own lambda sequence, as
 * cv.glmnet) at the full fit's lambdas, interpolated as R's predict
 * (linear in lambda between the fold's fits, the end ones outside
 * them); the error
 * of a fold is its weighted mean, cvm their mean weighted by the folds'
 * weights, cvsd the weighted standard deviation of the folds' errors
 * over sqrt(k - 1); binomial deviance clamps the probabilities to
 * [1e-5, 1 - 1e-5].  On success *cp owns a new result.
 */
int	glmnet_cv(const double *x, size_t n, size_t p, const double *y,
	    const double *w, const struct glmnet_opts *, const uint32_t *fold,
	    size_t k, struct glmnet_cv **cp, struct diag *);
void	glmnet_cv_free(struct glmnet_cv *);

enum glmnet_view {
	GLMNET_COEF,		/* term,estimate at one lambda */
	GLMNET_PATH,		/* lambda,df,dev_ratio and every coefficient */
	GLMNET_CV		/* lambda,cvm,cvsd,nzero,mark */
};

/* What regress --penalty asks of a design. */
struct glmnet_run {
	struct glmnet_opts opts;
	enum glmnet_view view;
	size_t	 k;		/* folds: 0 none */
	uint64_t seed;		/* of the folds */
	int	 use_min;	/* coefficients at lambda_min, not lambda_1se */
	const char *save;	/* a model file of the coefficients, or NULL */
	const char *formula;	/* the model's, for the file */
};

/*
 * Complete a run from regress's options: the penalty ("ridge", "lasso",
 * "enet") and alpha (enet only; NaN: not given, 0.5), the view from at
 * ("min", "1se" or NULL).  The one lambda (if given), lambda_min_ratio,
 * k, path view and save must be set.  Returns 0, or -1 with a
 * STATUS_USAGE error for a value out of range or a clash.
 */
int	glmnet_run_finish(struct glmnet_run *, const char *penalty,
	    double alpha, const char *at, struct diag *);

/*
 * The front door: the run over a design (its intercept column required;
 * the other columns the predictors), the result as one table.  The
 * coefficients are at the one given lambda, or with k folds at
 * lambda_1se (or lambda_min); neither is a STATUS_USAGE error.  With
 * save, those coefficients are written as a model file of kind
 * "regress" (model/modelfile.h) marked penalized: no covariance, no
 * intervals.
 */
int	glmnet_design(const struct formula_design *, const struct glmnet_run *,
	    struct out_table **, struct diag *);

#endif
