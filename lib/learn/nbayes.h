/*
 * nbayes: naive Bayes classifiers as R's e1071::naiveBayes.
 *
 * A numeric predictor is Gaussian within each class (its mean and its
 * standard deviation with n - 1); a categorical one is a table of the
 * probability of each level within each class, (count + laplace) /
 * (class rows + laplace * levels).  The priors are the classes' shares of
 * the rows, or given.  A row's posteriors are computed in log space as
 * e1071's predict(): log prior plus the sum of the log likelihoods, each
 * likelihood (and each standard deviation) that is not positive replaced
 * by the threshold 0.001; the posteriors are exp(L_c - max L) / sum, which
 * neither underflows nor overflows however many predictors there are.
 * A missing predictor is skipped for its row, as e1071: left out of its
 * class's mean, sd or level table when fitting, its likelihood 1 when
 * predicting; only a row missing the class is left out.  A class with no
 * value of a predictor is an error (e1071's model would be NaN).
 */
#ifndef NBAYES_H
#define NBAYES_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct frame;
struct frame_opts;
struct json;
struct json_writer;
struct out_table;
struct xy;

#define NBAYES_THRESHOLD	0.001	/* e1071's predict(threshold =) */

struct nbayes_opts {
	double		 laplace;	/* added to every level count (0) */
	const double	*priors;	/* nclass, in the classes' order; NULL:
					   the shares of the rows */
	size_t		 npriors;
};

struct nbayes {
	size_t	 p, nclass;
	double	*count;		/* nclass: rows of each class */
	double	*prior;		/* nclass: probabilities */
	size_t	*nlevel;	/* p: 0 for a numeric predictor */
	size_t	*off;		/* p: offset of predictor j's parameters in
				   par: numeric, mean and sd of each class
				   (2 * nclass); categorical, the class's
				   probability of each level (class-major) */
	double	*par;
};

/*
 * Fit the classes of xy (nclass >= 2) from the rows i with in[i] != 0
 * (in NULL: every row), taken in[i] times: one pass over the rows.
 */
int	nbayes_fit(const struct xy *, const uint32_t *in,
	    const struct nbayes_opts *, struct nbayes **, struct diag *);
/*
 * The class (a code) of row i of the predictor columns x[]; post[]
 * (nclass) gets the posterior probabilities.
 */
size_t	nbayes_predict(const struct nbayes *, double *const *x, size_t i,
	    double *post);
void	nbayes_free(struct nbayes *);

/* class,n,prior */
struct out_table *nbayes_priors_table(const struct nbayes *,
	    const struct xy *);
/* predictor,class,level,mean,sd,prob: a row per class and numeric
 * predictor (mean, sd), per class and level of a categorical one (prob) */
struct out_table *nbayes_tables_table(const struct nbayes *,
	    const struct xy *);

/* The model file's members (after predict's formula and predictors). */
void	nbayes_write(struct json_writer *, const struct nbayes *);
/* Read and validate them for the predictors and classes of xy. */
int	nbayes_read(const struct json *root, const struct xy *,
	    struct nbayes **, struct diag *);

struct nbayes_request {
	const char	*formula;	/* "y ~ a + b" or "y ~ ." */
	struct nbayes_opts o;
	int		 tables;	/* the tables instead of the priors */
	size_t		 cv;		/* > 1: cross-validated metrics */
	uint64_t	 seed;		/* of the folds */
};

/*
 * The front door: fit the formula's classifier over the frame's rows
 * with a class (those without one counted in a warning) and build the view's table;
 * with nbp and xyp non-NULL they get the model and its data (for a model
 * file; nbayes_free(), xy_free()).
 */
int	nbayes_frame(struct frame *, const struct nbayes_request *,
	    struct out_table **, struct nbayes **nbp, struct xy **xyp,
	    struct diag *);
/*
 * The same without a frame: one streaming pass over the files, the
 * counts, means and sums of squares of each class accumulated as the
 * rows come (Welford's update in row order: the numbers of
 * nbayes_frame() to the last bit), the xy without data.  0, or 1 when
 * the pass cannot do it and the caller reads the frame: stdin or not a
 * regular file, --cv, classes that are numbers, any error (which the
 * frame's path reports: text in a column of numbers ...).
 */
int	nbayes_stream(int nfiles, char **files, const struct frame_opts *,
	    const struct nbayes_request *, struct out_table **,
	    struct nbayes **nbp, struct xy **xyp);

#endif
