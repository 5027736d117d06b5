/*
 * forest: random forests (Breiman 2001) of tree.h's CART trees, for
 * classes and numbers.
 *
 * Each tree grows on a sample of the rows (a bootstrap sample of the
 * same size by default) until its nodes have at most min_node_size rows
 * or are pure, trying mtry predictors drawn afresh at each node (R's
 * randomForest defaults: floor(sqrt(p)) for classes, floor(p / 3) for
 * numbers, node sizes 1 and 5).  Tree t draws its sample and its
 * predictors from streams of the seed numbered by t alone, so a forest
 * is the same on any number of threads.  A class prediction is the
 * majority vote (the first class of ties) and each class's share of the
 * votes its probability; a number is the mean of the trees.  The
 * out-of-bag (OOB) prediction of a row uses only the trees that did not
 * draw it.
 *
 * Missing predictors: as randomForest's (its na.fail default refuses
 * them, and its predict() gives NA), a row with a missing predictor is
 * neither grown on nor predicted; forest_frame() leaves it out and
 * counts it in a warning, and so does predict.
 */
#ifndef FOREST_H
#define FOREST_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct flat_tree;
struct frame;
struct out_table;
struct xy;

enum forest_importance { FOREST_IMP_NONE, FOREST_IMP_IMPURITY,
	FOREST_IMP_PERMUTATION };

struct forest_opts {
	size_t	 trees;		/* 500 */
	size_t	 mtry;		/* 0: the default */
	size_t	 min_node_size;	/* 0: the default */
	double	 sample_fraction; /* 0: 1 with replacement, 0.632 without */
	int	 replace;	/* sample with replacement (1) */
	uint64_t seed;
	int	 threads;
	enum forest_importance importance;
};

void	forest_opts_init(struct forest_opts *);

struct forest {
	size_t	  ntree;
	struct flat_tree *tree;	/* ntree, packed for prediction (flat.h) */
	size_t	  p, nclass, mtry, min_node_size;
	size_t	  n;		/* rows fitted */
	/* out of bag */
	size_t	  oob_n;	/* rows with an OOB prediction */
	double	  oob_error;	/* misclassified share, or mean squared
				   error */
	double	  oob_rsq;	/* numbers: 1 - mse / var(y) */
	double	 *confusion;	/* classes: nclass x nclass, truth by row */
	double	 *importance;	/* p, or NULL */
	double	 *imp_mean, *imp_sd;	/* permutation: p each, or NULL */
};

/* Grow the forest on xy.  *fp owns a new forest (forest_free()). */
int	forest_fit(const struct xy *, const struct forest_opts *,
	    struct forest **fp, struct diag *);
void	forest_free(struct forest *);

/*
 * The predictions of rows lo .. hi - 1 of the columns x: v[i - lo] a
 * number, or the class voted most with each class's share of the votes
 * in prob[(i - lo) * nclass + k] (prob unused for numbers).  Rows go in
 * blocks, each tree over a whole block, so that a tree stays in cache.
 */
void	forest_predict_rows(const struct forest *, double *const *x,
	    size_t lo, size_t hi, double *v, double *prob);

enum forest_view { FOREST_SUMMARY, FOREST_CONFUSION, FOREST_IMPORTANCE };

struct forest_request {
	const char	*formula;
	int		 method;	/* 0: from the response, 1 class, 2 numbers */
	struct forest_opts o;
	enum forest_view view;
	size_t		 cv;		/* > 1: cross-validated metrics instead */
};

/*
 * The front door: grow the formula's forest over the frame's complete
 * rows (those left out counted in a warning) and build the view: the
 * summary (metric,estimate), the OOB confusion matrix, or the importance
 * (variable,importance[,mean_decrease,sd]).  With fp and xyp non-NULL
 * they get the forest and its data.
 */
int	forest_frame(struct frame *, const struct forest_request *,
	    struct out_table **, struct forest **fp, struct xy **xyp,
	    struct diag *);

#endif
