/*
 * partial: the mergeable states (--partial, stats/state.h) of the models
 * and learners, and their merge: regress (a linear model, or one IRLS
 * step of a binomial one), pca and kmeans (one Lloyd step).
 *
 * A linear model's state is the R factor of its weighted rows [X y]
 * (a TSQR): the merge stacks the states' rows, reduces them by GSL's
 * Householder QR, and fits the least squares of the merged R as ls_fit()
 * fits the rows, so that X'WX, X'Wy and y'Wy are those of the whole
 * data to rounding (never squared into normal equations).  A binomial
 * model's state is the same of one IRLS step: the working response and
 * weights at the coefficients given by --start (R's start without it);
 * the merge prints the next coefficients, and a loop of passes is
 * glm.fit's (statpipe-regress(1)).  Factor terms are refused: their
 * levels, and so the columns of the design, differ between parts.
 */
#ifndef PARTIAL_H
#define PARTIAL_H

#include <stddef.h>

#include "model/model.h"

struct diag;
struct formula_design;
struct out_table;
struct state_ops;

/* The tables a merged state of regress makes; OTHER: one it cannot. */
enum partial_view { PARTIAL_COEF, PARTIAL_SUMMARY, PARTIAL_ANOVA,
	PARTIAL_OTHER };

/* What regress was asked, as far as a state carries it. */
struct partial_model {
	int		 partial;	/* --partial */
	int		 unmergeable;	/* --cv or --save-model */
	enum model_family family;
	enum model_link	 link;
	enum partial_view view;
	double		 level;		/* --conf-level */
	const char	*formula;	/* the text fitted */
	const char	*weights;	/* the column, or NULL */
	const char	*start;		/* --start's list, or NULL */
};

/* The options regress --partial cannot take: STATUS_USAGE. */
int	partial_regress_check(const struct partial_model *, struct diag *);
/*
 * The state of the design ds (offset off, NULL: none) fitted as m asks.
 * A categorical variable, or --start of the wrong length or not numbers,
 * is STATUS_USAGE; a negative weight or a response out of the family's
 * range STATUS_DATA.
 */
int	partial_regress(const struct partial_model *m,
	    const struct formula_design *ds, const double *off,
	    struct out_table **, struct diag *);

struct frame_opts;
struct kmeans_opts;
struct pca_opts;

/*
 * pca --partial: the count, means and co-moments of the complete rows of
 * the files (pca_acc), in one record, merged by Chan's formulas; the
 * merge prints pca's summary or loadings.  --scores and --save-model
 * are usage errors.
 */
int	partial_pca(int nfiles, char **files, const struct frame_opts *,
	    const struct pca_opts *, struct out_table **, struct diag *);
/*
 * kmeans --partial --centers FILE: one step of Lloyd's algorithm: each
 * complete row to its nearest centre (the first of equals, as R), and per
 * cluster the count, means and sums of squared deviations, a record each,
 * merged by Chan's formulas; the merge prints the new centres as kmeans'
 * table.  Without --centers, and with --scale, --summary, --assign,
 * --elbow or --save-model, a usage error.
 */
int	partial_kmeans(int nfiles, char **files, const struct frame_opts *,
	    const struct kmeans_opts *, struct out_table **, struct diag *);

/* The kinds of state merged here, for agg_merge(). */
extern const struct state_ops *const partial_kinds[];
extern const size_t partial_nkinds;

#endif
