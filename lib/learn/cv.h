/*
 * cv: k-fold cross-validation of a learner (tree, forest, regress): each
 * fold's rows predicted by the model fitted to the other folds, measured
 * (accuracy, balanced accuracy and kappa of classes; RMSE, MAE and
 * R-squared of numbers), and the mean and standard deviation of each
 * measure over the folds.  Folds come from split.h, stratified by class
 * for classes, from the seed.
 */
#ifndef CV_H
#define CV_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct formula_design;
struct forest_opts;
struct out_table;
struct tree_opts;
struct xy;

/*
 * Predict pred[i] for every row i with in[i] == 0 (a class code, or a
 * number) from a model fitted to the rows with in[i] != 0.
 */
typedef int (*cv_fit_fn)(void *arg, const uint32_t *in, double *pred,
	    struct diag *);

/*
 * Cross-validate fit over n rows of truth y (class codes with nclass
 * classes, or numbers with nclass 0): metric,estimate,sd,folds.
 */
int	cv_score(cv_fit_fn, void *arg, const double *y, size_t n, size_t nclass,
	    size_t k, uint64_t seed, struct out_table **, struct diag *);

int	cv_tree(const struct xy *, const struct tree_opts *, size_t k,
	    uint64_t seed, struct out_table **, struct diag *);
int	cv_forest(const struct xy *, const struct forest_opts *, size_t k,
	    uint64_t seed, struct out_table **, struct diag *);
/* a linear (binomial 0) or logistic model of the design */
int	cv_regress(struct formula_design *, int binomial, size_t k,
	    uint64_t seed, struct out_table **, struct diag *);

#endif
