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

struct diag;

enum agg_op {
	AGG_COUNT, AGG_MISSING, AGG_MEAN, AGG_SD, AGG_VAR, AGG_SE, AGG_MIN,
	AGG_Q1, AGG_MEDIAN, AGG_Q3, AGG_MAX, AGG_RANGE, AGG_IQR, AGG_SUM,
	AGG_SKEWNESS, AGG_KURTOSIS, AGG_MODE, AGG_UNIQUE, AGG_CV, AGG_MAD,
	AGG_PCTL, AGG_FIRST, AGG_LAST, AGG_PSD, AGG_PVAR,
	AGG_COLLAPSE,		/* the values joined with ',' (datamash) */
	AGG_RAND,		/* one value at random (datamash) */
	AGG_ROWS		/* rows of the group, missing or not */
};

struct agg_spec {
	enum agg_op	op;
	double		p;		/* AGG_PCTL: the probability, 0..1 */
	char		name[24];	/* "mean", "p95"; "_approx" added
					   to a sketched quantile's */
};

/* Look an operation name up ("mean", "p2.5", datamash's "sstdev",
 * "perc:90"); 0, or -1 if unknown. */
int	agg_lookup(const char *name, struct agg_spec *);
/* Where the operation of "op:cols" ends: its colon, the second one of
 * datamash's "perc:N:cols"; NULL if there is none. */
const char *agg_op_end(const char *s);
/* Parse a comma-separated list ("all" expands); 0 or -1 (*bad: the item). */
int	agg_parse_list(const char *list, struct agg_spec **, size_t *,
	    const char **bad, size_t *badlen);
/* Every operation's name, for messages ("count, missing, ..."). */
extern const char agg_names[];
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
/* The same for n, mean and m2 only (bit for bit), what sd and var need. */
void	agg_moments_add2(struct agg_moments *, double x);
void	agg_moments_merge(struct agg_moments *, const struct agg_moments *);

/* One result: text if text != NULL, else num (NaN: none). */
struct agg_value {
	double		 num;
	const char	*text;
};

struct frame_opts;
struct out_table;

/* A groupby aggregate: an op over a list of columns (NULL: rows). */
struct agg_ask {
	struct agg_spec	 spec;
	const char	*cols;
};

/* rand's seed when --seed is not given */
#define AGG_SEED	42UL

/* What describe or groupby asks; column lists are resolved on the header. */
struct agg_request {
	const char		*keys;		/* key columns, or NULL */
	int			 sort;		/* groups in key order */
	unsigned long		 seed;		/* rand: the generator's */
	int			 describe;	/* describe's layout, else groupby's */
	const char		*cols;		/* describe: NULL for all but keys */
	const char		*numeric;	/* describe: columns that must be
						   numbers, or NULL */
	const struct agg_spec	*spec;		/* describe: the statistics */
	size_t			 nspec;
	const struct agg_ask	*ask;		/* groupby: the aggregates */
	size_t			 nask;
	int			 partial;	/* the mergeable state instead */
	double			 sketch;	/* the quantile sketch's delta,
						   0: TDIGEST_DELTA */
};

/*
 * Read the files once and aggregate as they stream: no table is kept,
 * only per group and column a small state, plus the values of columns
 * that value ops (quantiles, mode, unique, mad) need.
 *
 * describe: one row per group and column: the keys, `column,type`, then
 * one column per op.  A column is numeric when all its values are numbers
 * (the first non-number after numbers is warned about, naming its line;
 * in the numeric columns a non-number is an error); otherwise text,
 * with numeric results empty.
 * groupby: one row per group: the keys, then COL_OP per aggregate and
 * `count` for rows.  A column with a numeric op must hold numbers.
 *
 * collapse is a group's values as read (bytes kept, missing ones left
 * out) joined with ',' in input order; rand is one of them chosen at
 * random: reservoir sampling on one MT19937 stream seeded with q->seed,
 * one draw per value after a group's first, in input order (records come
 * in file order whatever the parsing threads), so a seed and an input
 * give the same picks for any number of threads.  Neither can be
 * carried in a state (--partial): a usage error.
 *
 * Groups follow first appearance, or the keys with sort.  Undefined
 * results are NaN and warned about once per column.
 */
int	agg_run(int nfiles, char **files, const struct frame_opts *,
	    const struct agg_request *, struct out_table **, struct diag *);

/*
 * The mergeable state (--partial): agg_run() with q->partial makes, in
 * place of the result, a table to be written without its header (out_opts
 * no_header), one record per group and column, each whole by itself so
 * that states can be concatenated, sorted by key (Hadoop) and split:
 *
 *   KEY..., STATE_TAG, SIGNATURE, COLUMN, FLAGS, SHIFT, X0, R0,
 *   MISSING, N, SUM, COMP, RSUM, MEAN, M2, M3, M4, MIN, MAX, SKETCH
 *
 * SIGNATURE is the request (command, columns, statistics, sketch size),
 * whole in the state's first record (empty keys, COLUMN "sig") and its
 * last, and as a fingerprint ("#" and 16 hex digits) in the others;
 * numbers are hex floats, exact (+0 as "0", unused fields empty); SKETCH
 * is a t-digest's centroids ("mean weight ..."), for the quantiles,
 * median, IQR and MAD, which merge() names *_approx.  Each state ends
 * with a record of empty keys, COLUMN "end" and N its number of records,
 * so a truncated one is found.
 * mode, unique, first and last cannot be merged: a usage error.
 */
struct agg_merge_opts {
	int	partial;	/* a merged state, not the result */
	int	sort;		/* groups in key order */
	int	partitioned;	/* the states' records were split by key
				   among reducers: no count to check */
};

/*
 * Read states (files, or stdin; in any order, with the frame_opts'
 * delimiter) of one request and make its result, or the merged state;
 * states of corr (corr_state()) too.
 * States of another request, version or shape, or truncated, are errors.
 */
int	agg_merge(int nfiles, char **files, const struct frame_opts *,
	    const struct agg_merge_opts *, struct out_table **, struct diag *);

#endif
