/*
 * nls: nonlinear least squares as R's nls(), by GSL's trust-region solver
 * (gsl_multifit_nlinear) on exact derivatives (model/deriv).
 *
 * The formula is R's: "y ~ b1 * (1 - exp(-b2 * x))", its parameters the
 * names that are not columns, each given a start value.  Bounds are kept
 * by a change of variable the solver sees instead of the parameter p:
 * with a lower bound l only, p = l - 1 + sqrt(u^2 + 1); with an upper
 * bound h only, p = h + 1 - sqrt(u^2 + 1); with both,
 * p = l + (h - l)(sin u + 1)/2.  Standard errors are those of the fit in
 * p (R's summary.nls), meaningless for a parameter at its bound.
 *
 * The residuals and their sum of squares at the solution are computed in
 * long double, the response read from its text, so that a fit whose
 * residuals are near the data's last digit keeps its standard errors.
 */
#ifndef NLS_H
#define NLS_H

#include <stddef.h>

struct deriv;
struct diag;
struct frame;
struct out_table;

enum nls_algorithm { NLS_LMACCEL, NLS_LM, NLS_DOGLEG, NLS_DDOGLEG,
	NLS_SUBSPACE2D };
enum nls_scale { NLS_MORE, NLS_LEVENBERG, NLS_MARQUARDT };
enum nls_view { NLS_COEF, NLS_SUMMARY, NLS_AUGMENT };

/* "lm" ... into *a; -1 if unknown */
int	nls_parse_algorithm(const char *, enum nls_algorithm *);
int	nls_parse_scale(const char *, enum nls_scale *);

struct nls_opts {
	const char	*formula;
	const char	*start;		/* "b1=500,b2=1e-4": every parameter */
	const char	*lower;		/* "b1=0": some parameters, or NULL */
	const char	*upper;
	const char	*weights;	/* a column, or NULL */
	enum nls_algorithm algorithm;
	enum nls_scale	 scale;
	int		 chosen;	/* algorithm or scale given: only that;
					   else several are tried in turn */
	long		 max_iter;	/* R's maxiter: 50; here NLS_MAX_ITER */
	double		 tol;		/* relative step: 1e-12 */
	double		 conf_level;
	enum nls_view	 view;
	const char	*save;		/* --save-model: a path, or NULL */
};

#define NLS_MAX_ITER	10000
#define NLS_TOL		1e-12

/* The problem as plain arrays (for the library and the tests). */
struct nls_problem {
	const struct deriv *dv;		/* the model and its derivatives */
	const long double *const *x;	/* the columns deriv reads, by index */
	const long double *y;		/* n responses */
	const double	*w;		/* n weights, or NULL */
	size_t		 n, p;
	const double	*lower, *upper;	/* p bounds (+-inf: none), or NULL */
	enum nls_algorithm algorithm;
	enum nls_scale	 scale;
	long		 max_iter;
	double		 tol;
};

struct nls_fit {
	size_t		 n, p;
	double		*est, *se;	/* p */
	double		*cov;		/* p * p, row-major */
	double		 rss;		/* weighted */
	double		 df;		/* n - p */
	double		 sigma;		/* sqrt(rss / df) */
	size_t		 iter;
	double		 offset;	/* R's relative-offset criterion */
	const char	*stop;		/* why the solver stopped */
	double		*fitted;	/* n */
};

/*
 * Fit from start (p values).  Failure to converge is STATUS_DATA with the
 * iteration count and the last sum of squares.
 */
int	nls_fit(const struct nls_problem *, const double *start,
	    struct nls_fit **, struct diag *);
void	nls_fit_free(struct nls_fit *);

/*
 * The front door: fit o->formula over f, build the view's table, and save
 * the model (o->save) when the table is whole.  Rows with a missing or
 * non-finite value among the columns the model reads are left out with a
 * warning that counts them.
 */
int	nls_frame(struct frame *f, const struct nls_opts *o,
	    struct out_table **tp, struct diag *);

/*
 * predict's kind "nls": the input files' rows with the model's fitted
 * values (a model file that --save-model wrote at path).
 */
struct frame_opts;
int	nls_predict(int nfiles, char **files, const struct frame_opts *,
	    const char *path, struct out_table **, struct diag *);

/* summary(nls)'s coefficient table: Wald intervals on t(df) quantiles */
struct out_table *nls_coef_table(const struct nls_fit *, char *const *par,
	    double conf_level);

#endif
