/*
 * xy: the response and the predictors of a learner (tree, forest), from a
 * formula "y ~ a + b" or "y ~ ." over a frame, as plain columns.
 *
 * Unlike a regression design, a predictor is not expanded: a numeric
 * column stays one column of numbers, a text column one categorical
 * column of level codes 0 .. k-1, its levels sorted by byte order (R's
 * order in the C locale).  A row with any used value missing is left out
 * and counted (nmissing), unless XY_KEEP_NA: then only a row missing the
 * response or every predictor is (rpart's na.rpart), and a missing
 * predictor is NaN in x; with XY_KEEP_EMPTY too, only a row missing the
 * response is (e1071's naiveBayes, which skips a missing predictor).
 */
#ifndef XY_H
#define XY_H

#include <stddef.h>
#include <stdint.h>

struct diag;
struct frame;

struct xy {
	size_t	  n;		/* rows used */
	size_t	  nrows;	/* rows of the frame */
	size_t	  nmissing;	/* rows left out: a value missing */
	size_t	  nincomplete;	/* XY_KEEP_NA: rows kept with a predictor
				   missing */
	size_t	 *row;		/* n: the frame row of each used row */
	size_t	  p;		/* predictors */
	char	**name;		/* p column names */
	double	**x;		/* p columns of n: numbers or level codes */
	size_t	 *nlevel;	/* p: 0 for a numeric predictor */
	char	***level;	/* p: sorted level labels, or NULL */
	char	 *response;	/* its name, or NULL without one */
	double	 *y;		/* n: value or class code, or NULL */
	size_t	  nclass;	/* 0: a numeric response */
	char	**ylevel;	/* nclass labels */
};

#define XY_AUTO		0	/* a text response is classes */
#define XY_CLASS	1	/* the response is classes, even numbers */
#define XY_NUMERIC	2	/* the response must be numbers */
#define XY_KEEP_NA	4	/* or'ed: keep rows with some predictors */
#define XY_KEEP_EMPTY	8	/* with XY_KEEP_NA: and rows with none */
#define XY_NO_RESPONSE	16	/* or'ed: the formula has none ("~ a + b"),
				   y is NULL (a one-class svm) */

/*
 * The xy of formula over f.  how is XY_AUTO, XY_CLASS or XY_NUMERIC,
 * with XY_KEEP_NA or'ed in to keep rows with missing predictors.
 * With model non-NULL (new data for a fitted model) the formula's
 * response is not needed, the predictors are model's and coded with its
 * levels: a level it did not see is a STATUS_DATA error naming the row;
 * rows with a missing predictor are counted in nmissing, or with
 * XY_KEEP_NA all kept (a tree's predict routes them).  An unknown
 * column is a STATUS_USAGE error.  On success *xp owns a new xy.
 */
int	xy_frame(struct frame *f, const char *formula, int how,
	    const struct xy *model, struct xy **xp, struct diag *);
/*
 * A model's xy without data, to be filled by the model reader: p
 * predictors and nclass classes, every array allocated and zeroed.
 */
struct xy *xy_new(size_t p, size_t nclass);
void	xy_free(struct xy *);
/* A copy of the rows i of xy with keep[i] != 0 (for cross-validation). */
struct xy *xy_subset(const struct xy *, const uint32_t *keep);

/* The formula's columns: response (or NULL) and predictors ("." is
 * every other column); 0 or -1 with d (STATUS_USAGE). */
int	xy_parse(const char *formula, char *const *names, size_t ncols,
	    size_t *ycol, size_t **xcols, size_t *p, struct diag *);

#endif
