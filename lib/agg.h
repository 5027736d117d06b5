/*
 * agg: the aggregation engine shared by describe and groupby.
 *
 * Operations are data: a table maps names to ops and their needs.
 * Streaming ops keep a small mergeable state per group (agg_moments, with
 * the pairwise formulas of Chan et al. and Pebay); value ops (quantiles,
 * mode, unique, mad) gather each group's values and select.
 */
#ifndef AGG_H
#define AGG_H

#include <stddef.h>

struct frame;
struct group;
struct diag;

enum agg_op {
	AGG_COUNT, AGG_MISSING, AGG_MEAN, AGG_SD, AGG_VAR, AGG_SE, AGG_MIN,
	AGG_Q1, AGG_MEDIAN, AGG_Q3, AGG_MAX, AGG_RANGE, AGG_IQR, AGG_SUM,
	AGG_SKEWNESS, AGG_KURTOSIS, AGG_MODE, AGG_UNIQUE, AGG_CV, AGG_MAD,
	AGG_PCTL, AGG_FIRST, AGG_LAST,
	AGG_ROWS		/* rows of the group, missing or not */
};

struct agg_spec {
	enum agg_op	op;
	double		p;		/* AGG_PCTL: the probability, 0..1 */
	char		name[16];	/* "mean", "p95" */
};

/* Look an operation name up ("mean", "p2.5"); 0, or -1 if unknown. */
int	agg_lookup(const char *name, struct agg_spec *);
/* Parse a comma-separated list ("all" expands); 0 or -1 (*bad: the item). */
int	agg_parse_list(const char *list, struct agg_spec **, size_t *,
	    const char **bad, size_t *badlen);
/* The comma-separated names of the operations of `-s all`. */
extern const char agg_all[];
/* Does the op need numbers? */
int	agg_numeric(enum agg_op);

/* Central moments of deviations from an origin, mergeable. */
struct agg_moments {
	double	n;		/* number of values */
	double	mean;		/* mean deviation from the origin */
	double	m2, m3, m4;	/* sums of powers of deviations from mean */
};
void	agg_moments_add(struct agg_moments *, double x);
void	agg_moments_merge(struct agg_moments *, const struct agg_moments *);

/* One result: text (into the frame) if text != NULL, else num (NaN: none). */
struct agg_value {
	double		 num;
	const char	*text;
};

/*
 * Compute nspec ops over column col (ignored by AGG_ROWS) of f for every
 * group of g into res[group * nspec + k].  With strict, a column that is
 * not numeric is an error for numeric ops (d names the value); without,
 * those results are empty unless the column's first value is a number.
 * Warns once about results that are undefined.
 */
int	agg_column(struct frame *f, size_t col, const struct group *g,
	    const struct agg_spec *spec, size_t nspec, int strict,
	    struct agg_value *res, struct diag *d);

/* R's type 7 quantile of n sorted-or-selectable values (reorders x). */
double	agg_quantile(double *x, size_t n, double p);



struct out_table;

/*
 * describe: one row per group and column, with the key columns, then
 * `column,type` and one column per op.  Text columns get their counts and
 * empty numeric results.
 */
int	agg_describe(struct frame *, const size_t *cols, size_t ncols,
	    const size_t *keys, size_t nkeys, int sort,
	    const struct agg_spec *, size_t nspec, struct out_table **,
	    struct diag *);

/* One aggregate of groupby: an op over a column (AGG_ROWS: none). */
struct agg_item {
	size_t		col;
	struct agg_spec	spec;
};

/*
 * groupby: one row per group, the key columns, then COL_OP per item
 * (`count` for AGG_ROWS).  Numeric ops on a column with text are errors.
 */
int	agg_groupby(struct frame *, const size_t *keys, size_t nkeys, int sort,
	    const struct agg_item *, size_t nitem, struct out_table **,
	    struct diag *);
#endif
