/*
 * gd: linear and logistic models fitted by gradient descent, full-batch
 * (gd) or by mini-batches of shuffled rows (sgd), with scikit-learn's
 * SGDRegressor/SGDClassifier learning-rate schedules, and glmnet's
 * penalty if asked.
 *
 * The objective is the mean loss over the rows (weighted, if weights),
 * half the squared error for gaussian, the negative log-likelihood for
 * binomial, plus lambda (alpha |b|_1 + (1 - alpha) / 2 |b|^2) over the
 * coefficients but the intercept, as glmnet's.  Its minimiser is the QR
 * (lm) or IRLS (glm) fit when lambda is 0, regress --penalty's (glmnet's)
 * otherwise: with standardization (the default) the columns are centred
 * and scaled by their sd (1/n) first, the penalty is on that scale, and a
 * penalized gaussian response is scaled by its sd (glmnet's convention,
 * which scales ridge's lambda); the coefficients are reported on the
 * scale of the data.  gd takes the lasso part by its proximal step (soft
 * thresholding) after each gradient step; sgd by scikit-learn's truncated
 * gradient with the cumulative penalty (Tsuruoka, Tsujii and Ananiadou
 * 2009), which leaves coefficients at 0 exactly as noisy proximal steps
 * do not.
 *
 * Step sizes: constant eta0; invscaling eta0 / t^power_t, t the update
 * counted from 1; adaptive, eta0 until the loss has not improved by tol
 * for 5 epochs, then divided by 5 each time, stopping below 1e-6 (as
 * scikit-learn); optimal, scikit-learn's for a penalty of weight a
 * (lambda, over the response's sd for a penalized gaussian, see above):
 * 1 / (a (t0 + t - 1)), t0 = a^(-3/4), the first step a^(-1/4) (Bottou's
 * heuristic; eta0 unused).  gd's eta0 is by default 1 / L, L the largest eigenvalue
 * of the loss's Hessian bound (X'WX / n, a quarter of it for binomial), by
 * power iteration: the step that always converges.  sgd's is 0.01, with
 * invscaling, as scikit-learn's.
 *
 * Stopping: gd when the norm of the (proximal) gradient is at most tol
 * (default 1e-8); sgd, as scikit-learn, when for 5 epochs the loss has
 * not fallen below the best by more than tol (default 1e-3); never with
 * a negative tol (scikit-learn's tol=None).  Either stops after epochs
 * epochs (1000) unconverged, which the fit says.
 */
#ifndef GD_H
#define GD_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct formula_design;
struct frame_opts;
struct out_table;

enum gd_schedule { GD_AUTO, GD_CONSTANT, GD_INVSCALING, GD_ADAPTIVE,
	GD_OPTIMAL };

struct gd_opts {
	int		 sgd;		/* mini-batches (else full batch) */
	int		 binomial;	/* logistic (else linear) */
	int		 penalty;	/* 0 none, 'r'idge, 'l'asso, 'e'net */
	double		 lambda;	/* the penalty's; 0 without one */
	double		 alpha;		/* enet's mixing (NaN: 0.5) */
	int		 standardize;	/* 1 */
	double		 eta0;		/* NaN: the default above */
	double		 power_t;	/* 0.25 */
	enum gd_schedule schedule;	/* GD_AUTO: constant (gd), invscaling
					   (sgd) */
	size_t		 epochs;	/* 1000 */
	size_t		 batch;		/* sgd's rows per step (1) */
	double		 tol;		/* NaN: 1e-8 (gd), 1e-3 (sgd); < 0:
					   no stopping rule */
	uint64_t	 seed;		/* of the shuffles and folds */
	int		 shuffle;	/* 1: sgd's rows in a new order each
					   epoch */
	size_t		 cv;		/* > 1: gd_design() cross-validates */
	int		 stream;	/* gd_stream() (gd_design() refuses) */
	size_t		 buffer;	/* its chunks' bytes (8 MiB) */
};

void	gd_opts_init(struct gd_opts *);
/*
 * Set the option name (solver, penalty, lambda, alpha, learning-rate,
 * schedule, power-t, epochs, batch-size, tol) from its text, as the
 * command line gives it: 0, or -1 with a STATUS_USAGE diag "--NAME: ...".
 */
int	gd_opts_set(struct gd_opts *, const char *name, const char *arg,
	    struct diag *);

struct gd_fit {
	size_t	 p;		/* coefficients (the design's columns) */
	double	*coef;		/* p, on the data's scale */
	size_t	 epochs;	/* run */
	int	 converged;
	double	*loss;		/* epochs: the objective after each */
	double	*grad_norm;	/* epochs: its (proximal) gradient's norm */
	double	*step;		/* epochs: the last step size of each */
};

/*
 * Fit the model to x (n rows, p columns by columns: x[j * n + i]; column
 * 0 all ones if intercept), y (0/1 for binomial), w (n weights or NULL).
 * A constant column besides the intercept is a STATUS_DATA error (the
 * fit would not be unique); bad options a STATUS_USAGE one.
 */
int	gd_fit(const double *x, size_t n, size_t p, int intercept,
	    const double *y, const double *w, const struct gd_opts *,
	    struct gd_fit **, struct diag *);
void	gd_fit_free(struct gd_fit *);

/* term,estimate */
struct out_table *gd_coef_table(const struct gd_fit *, char *const *name);
/* epoch,loss,grad_norm,step */
struct out_table *gd_trace_table(const struct gd_fit *);

/*
 * The front door over a formula's design: fit, warn if not converged,
 * save the coefficients as a "regress" model file if save is not NULL
 * (formula its text), and build the coefficients' table or, with trace,
 * the trace's; with o->cv > 1, cross-validated metrics instead (as
 * regress --cv: folds by seed, the fold's rows out of the fit by weight 0).
 */
int	gd_design(const struct formula_design *, const struct gd_opts *,
	    int trace, const char *save, const char *formula,
	    struct out_table **, struct diag *);

/*
 * sgd over files too large for memory (o->stream): the files (none, or
 * "-": stdin, spooled to an unlinked temporary file) read in chunks of
 * about o->buffer bytes, each chunk made a design of its own and dropped:
 * memory is a chunk's, whatever the files' size.  Passes over the files:
 * the weights' sum and the columns' means (one pass without weights, two
 * with), their variances, then one per epoch (the objective of the epoch
 * before computed alongside), and one more for the last epoch's
 * objective; --schedule adaptive takes two a epoch.  Without shuffling
 * the fit is the in-memory one's bit for bit (every sum in the same
 * order); with it, the chunks are taken in a random order each epoch and
 * each chunk's rows shuffled, not the whole data (so it differs from
 * gd_design's).  Categorical variables and a text response are refused
 * (their levels are known only at the end); the rest as gd_design()
 * (formula the text as given, weights a column's name or NULL).
 */
int	gd_stream(int nfiles, char **files, const struct frame_opts *,
	    const char *formula, const char *weights, const struct gd_opts *,
	    int trace, const char *save, struct out_table **, struct diag *);

#endif
