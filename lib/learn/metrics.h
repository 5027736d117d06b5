/*
 * metrics: how well predictions match the truth.
 *
 * Classes (caret's confusionMatrix definitions): accuracy, balanced
 * accuracy (the mean of the classes' recalls, which for two classes is
 * caret's (sensitivity + specificity) / 2), Cohen's kappa, each class's
 * precision, recall and F1 against the rest, and their macro (plain) and
 * weighted (by the class's true count) means.  With probabilities: the
 * ROC AUC (Mann-Whitney: the share of positive-negative pairs ordered
 * right, ties counting one half) with DeLong's confidence interval (as
 * pROC's ci.auc), the log loss (probabilities clipped to [1e-15,
 * 1 - 1e-15], as scikit-learn) and the Brier score.  Numbers: RMSE, MAE,
 * MAPE (in percent, over the rows whose truth is not 0), R-squared
 * (1 - SSE/SST), the squared correlation (caret's R2) and the explained
 * variance (1 - var(residual)/var(truth)).
 */
#ifndef METRICS_H
#define METRICS_H

#include <stddef.h>

struct diag;
struct frame;
struct out_table;

struct metrics_request {
	const char	*truth;		/* a column */
	const char	*pred;		/* a column, or NULL with prob */
	const char	*prob;		/* column list, or NULL */
	const char	*positive;	/* the positive class, or NULL */
	int		 classes;	/* 1: classes even if numbers */
	int		 confusion;	/* write the confusion matrix */
	double		 level;		/* of the AUC's interval (0.95) */
};

/* The columns the reader must keep: truth, pred, prob (NULL ends). */
void	metrics_columns(const struct metrics_request *, const char *cols[4]);

/*
 * metric,class,estimate,conf_low,conf_high for classes, metric,estimate
 * for numbers, or the confusion matrix (truth, then one column of counts
 * per predicted class).  Rows with a missing value are left out and
 * counted in a warning.
 */
int	metrics_frame(struct frame *, const struct metrics_request *,
	    struct out_table **, struct diag *);

/*
 * The plain-array entries: of the pairs (y[i], p[i]) without a NaN, the
 * measures of metrics_number_names (n, rmse ...), *nzero the rows whose
 * y is 0 (left out of MAPE); and accuracy, balanced accuracy and kappa of
 * a k x k confusion matrix (truth by row).
 */
#define METRICS_NUMBERS	7
extern const char *const metrics_number_names[METRICS_NUMBERS];
void	metrics_numbers(const double *y, const double *p, size_t n,
	    double out[METRICS_NUMBERS], size_t *nzero);
void	metrics_agreement(const double *conf, size_t k, double out[3]);

/* The AUC of scores s[0..n) of positives (y 1) and negatives (y 0) and
 * DeLong's variance of it. */
double	metrics_auc(const double *s, const unsigned char *y, size_t n,
	    double *var);

#endif
