/*
 * svm: support vector machines through LIBSVM, as R's e1071::svm, and
 * linear ones through LIBLINEAR.
 *
 * The predictors become e1071's design, R's model.matrix() without an
 * intercept: a numeric predictor one column, the first categorical one a
 * 0/1 column for each level, the others one for each level but the first.  With scaling (the default, as e1071) the numeric columns
 * are centred and divided by their standard deviation (n - 1), and so is
 * a regression's response; if any numeric column is constant nothing is
 * scaled (and a warning says so), as e1071.  gamma is 1 / columns unless
 * given.  The rows go to LIBSVM in their order with the class codes + 1
 * as labels, so its classes are in order of first appearance and its
 * decision values those of e1071's predict(decision.values = TRUE).
 *
 * A one-class machine (LIBSVM's ONE_CLASS, e1071's one-classification,
 * Schoelkopf's estimate of the support of a distribution, its fraction
 * of outliers bounded by nu) has no response: its formula is "~ a + b",
 * its xy's y NULL.  Its prediction is 1 for a row inside the support
 * (decision value > 0), else 0: e1071's predict TRUE and FALSE.
 *
 * With the LIBLINEAR solver (linear kernel only) the model is LIBLINEAR's
 * L2-regularized L2-loss SVM (dual; one-vs-rest for more than two classes)
 * or L2-loss support vector regression, with an intercept: a constant
 * column 1, which LIBLINEAR regularizes with the weights.
 */
#ifndef SVM_H
#define SVM_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct frame;
struct json;
struct json_writer;
struct out_table;
struct xy;

enum svm_type { SVM_AUTO, SVM_C_CLASS, SVM_NU_CLASS, SVM_EPS_REG,
	SVM_NU_REG, SVM_ONE_CLASS };
enum svm_kernel { SVM_LINEAR, SVM_POLY, SVM_RADIAL, SVM_SIGMOID };

struct svm_opts {
	enum svm_type	 type;		/* SVM_AUTO: from the response (none:
					   one-class) */
	enum svm_kernel	 kernel;	/* radial */
	double		 cost;		/* 1 */
	double		 gamma;		/* NaN: 1 / columns */
	int		 degree;	/* 3 */
	double		 coef0;		/* 0 */
	double		 nu;		/* 0.5 */
	double		 epsilon;	/* 0.1 */
	double		 tolerance;	/* 0.001 (LIBLINEAR: 0.1) */
	int		 scale;		/* 1 */
	int		 probability;	/* 0 */
	int		 liblinear;	/* 0: LIBSVM */
	const char	*class_weights;	/* "a=2,b=1", or NULL */
};

void	svm_opts_init(struct svm_opts *);
/*
 * Set the option name (type, kernel, solver, cost, gamma, degree, coef0,
 * nu, epsilon, tolerance) from its text, as the command line gives it:
 * 0, or -1 with a STATUS_USAGE diag "--NAME: ...".
 */
int	svm_opts_set(struct svm_opts *, const char *name, const char *arg,
	    struct diag *);

/* A fitted machine: the design, its scaling, LIBSVM's or LIBLINEAR's
 * model. */
struct svm_machine;

/*
 * Fit to the rows i of xy with in[i] != 0 (in NULL: every row); xy's
 * response must suit the type (classes, or numbers for regression, or
 * none for one-class).
 */
int	svm_machine_fit(const struct xy *, const uint32_t *in,
	    const struct svm_opts *, struct svm_machine **, struct diag *);
/*
 * Predict row i of the predictor columns x[]: the class code (classes),
 * the value, or 1 inside and 0 outside (one-class).  dec (svm_machine_ndec() of them) gets the decision
 * values, if not NULL; prob (nclass) the class probabilities of a
 * machine fitted with probability, if not NULL.
 */
double	svm_machine_predict(const struct svm_machine *, double *const *x,
	    size_t i, double *dec, double *prob);
size_t	svm_machine_ndec(const struct svm_machine *);
/* LIBSVM's support vectors (0 for LIBLINEAR) */
size_t	svm_machine_nsv(const struct svm_machine *);
/* The name of decision value k: "A/B" (LIBSVM's pairs) or "A" (one vs
 * the rest), levels the classes'. */
void	svm_machine_dec_name(const struct svm_machine *, char *const *levels,
	    size_t k, char *buf, size_t size);
int	svm_machine_has_prob(const struct svm_machine *);
int	svm_machine_one_class(const struct svm_machine *);
void	svm_machine_free(struct svm_machine *);

/* The model file's members, LIBSVM's or LIBLINEAR's model as its text. */
int	svm_write(struct json_writer *, const struct svm_machine *,
	    struct diag *);
/* Read and validate them for the predictors and classes of xy. */
int	svm_read(const struct json *root, const struct xy *,
	    struct svm_machine **, struct diag *);

enum svm_view { SVM_SUMMARY, SVM_COEFFICIENTS };

struct svm_request {
	const char	*formula;	/* "y ~ a + b" or "y ~ ." */
	struct svm_opts	 o;
	enum svm_view	 view;
	size_t		 cv;		/* > 1: cross-validated metrics */
	uint64_t	 seed;		/* of the folds */
	const char	*grid[2];	/* "cost=0.1,1,10", "gamma=0.01,0.1" */
	size_t		 ngrid;
};

/*
 * The front door: fit the formula's machine over the frame's complete
 * rows (those left out counted in a warning) and build the view's table:
 * statistic,value (the support vectors, the fitted accuracy or RMSE, or
 * a one-class machine's training rows inside ...)
 * or function,term,estimate (a linear machine's coefficients on the
 * scale of the data).  With cv, the cross-validated metrics instead
 * (one-class: inside_fraction, each fold's rows inside the machine of the
 * others, as e1071's svm(cross = k)),
 * for each point of the grid if there is one.  With mp and xyp non-NULL
 * they get the machine and its data (svm_machine_free(), xy_free()).
 */
int	svm_frame(struct frame *, const struct svm_request *,
	    struct out_table **, struct svm_machine **mp, struct xy **xyp,
	    struct diag *);

#endif
