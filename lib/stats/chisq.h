/*
 * chisq: tests on counts, as R's chisq.test and fisher.test compute them.
 *
 * A contingency table (struct chisq_table) comes from two categorical
 * columns, from a ready table of counts, or, for goodness of fit, from one
 * column (then it has one column of counts and a vector of proportions).
 * chisq_test() tests it; chisq_result_table() and chisq_cells() turn the
 * results into result tables.
 */
#ifndef CHISQ_H
#define CHISQ_H

#include <stddef.h>

#include "stats/alt.h"
#include "stats/effect.h"
#include "stats/state.h"

struct diag;
struct frame;
struct out_table;

struct chisq_table {
	size_t	  nr, nc;	/* rows and columns; nc is 1 for fit */
	char	**rname;	/* nr row labels (levels), owned */
	char	**cname;	/* nc column labels, owned */
	double	 *x;		/* nr * nc counts, row-major */
	double	 *p;		/* fit: nr proportions, or NULL */
	size_t	  dropped;	/* input rows left out: a missing value */
	const char *file;	/* the input's first file, named by errors of
				   the whole table (the frame's: it must
				   outlive the table), or NULL */
};

void	chisq_table_free(struct chisq_table *);

/*
 * Cross-tabulate columns a and b of f (b == CHISQ_NONE: count the levels of
 * a alone, for goodness of fit).  Levels are sorted as R's table() sorts
 * them: numerically if every value is a number, as R (collate_cmp())
 * otherwise.  Rows
 * with a missing value are left out and counted in dropped.  A column with
 * fewer than two levels is an error.  *tp is new; free it.
 */
#define CHISQ_NONE	((size_t)-1)
int	chisq_table_from_cols(struct frame *f, size_t a, size_t b,
	    struct chisq_table **tp, struct diag *);
/*
 * The same with each row counting the value of column count times (R's
 * xtabs(count ~ a + b)); a count that is missing or not a finite number
 * >= 0 is an error.  count CHISQ_NONE: 1.
 */
int	chisq_table_counted(struct frame *f, size_t a, size_t b, size_t count,
	    struct chisq_table **tp, struct diag *);

/*
 * A ready table: the first column holds row labels, the others counts
 * (non-negative numbers).  With fit, the columns are the level, the count
 * and, optionally, the expected proportion.  *tp is new; free it.
 */
int	chisq_table_read(struct frame *f, int fit, struct chisq_table **tp,
	    struct diag *);

/*
 * Set the proportions of a goodness-of-fit table from "LEVEL=P,LEVEL=P":
 * every level exactly once; they must sum to 1 within 1e-8 unless rescale
 * (divide by their sum, as R's rescale.p).  Bad specs are STATUS_USAGE.
 */
int	chisq_set_p(struct chisq_table *, const char *spec, int rescale,
	    struct diag *);

enum chisq_method {
	CHISQ_PEARSON,		/* Pearson's X^2 */
	CHISQ_G,		/* likelihood ratio G */
	CHISQ_FISHER		/* Fisher's exact test */
};

struct chisq_opts {
	enum chisq_method method;
	int		 correct;	/* Yates' correction on 2x2 tables */
	long		 simulate;	/* Monte Carlo replicates; 0: none */
	unsigned long	 seed;		/* for the random tables */
	enum alt	 alternative;	/* Fisher on 2x2 only */
	double		 conf_level;	/* Fisher on 2x2: the interval */
	double		 max_steps;	/* Fisher r x c: limit on the work */
	int		 effect_ci;	/* independence: Cramer's V's interval
				   (alternative, conf_level: effect.h) */
};

#define CHISQ_OPTS_INIT { CHISQ_PEARSON, 1, 0, 1, ALT_TWO_SIDED, 0.95, 1e7, 0 }

/* What the chisq command is asked, as its options say it. */
struct chisq_request {
	const char	*cols;		/* -c, or NULL with table */
	const char	*pspec;		/* --p */
	const char	*strata;	/* --strata (CMH) */
	const char	*count;		/* --count */
	const char	*ref;		/* --ref "COL=LEVEL,...": relevel() */
	int		 table, gof, cells, rescale, fisher, g;
	int		 matched;	/* McNemar 1, CMH 2 */
	int		 adjust;	/* --p-adjust given (cells) */
	int		 alt_given, conf_given, seed_given;
	struct chisq_opts o;
};

/*
 * The options' consistency: 0, or -1 with a STATUS_USAGE diag.  Sets the
 * side of Cramer's V's interval when none was given (effectsize's
 * "greater").
 */
int	chisq_check(struct chisq_request *, struct diag *);

/*
 * The front door: the columns of q resolved against f, the table built
 * (or read, with table), and the test, McNemar's or the CMH test, or the
 * cells written into *out.
 */
int	chisq_frame(struct frame *, const struct chisq_request *,
	    struct out_table **, struct diag *);
/*
 * --partial (chisq_state.c): the mergeable state of chisq_frame() on raw
 * data: the part's levels and contingency counts (not --table, --mcnemar,
 * --cmh or --p-adjust: STATUS_USAGE).  The merge builds the whole table
 * and runs the same test: counts and so every result agree exactly (with
 * --count's fractional weights, to their sums' rounding).
 */
int	chisq_state(struct frame *, const struct chisq_request *,
	    struct out_table **, struct diag *);
extern const struct state_ops chisq_state_ops;
/* Column c as counts: numbers, each finite and >= 0 (else an error at
 * its row). */
int	chisq_check_counts(struct frame *, size_t c, struct diag *);

struct chisq_result {
	char		 method[128];	/* as R names it */
	enum alt	 alternative;
	int		 fisher;	/* Fisher: estimate, no statistic */
	int		 has_estimate;	/* Fisher on 2x2: estimate, interval */
	int		 fit;		/* goodness of fit: no cramers_v */
	int		 simulated;	/* Monte Carlo p-value: no df */
	double		 statistic;	/* X^2 or G; NaN for Fisher */
	double		 df;		/* NaN when simulated */
	double		 p_value;
	double		 n;		/* total count */
	double		 cramers_v;	/* NaN for goodness of fit */
	double		 estimate;	/* conditional MLE of the odds ratio */
	double		 conf_low, conf_high;
	double		 min_expected;	/* smallest expected count */
	size_t		 nsmall;	/* expected counts below 5 */
	int		 effect_ci;	/* v holds Cramer's V's intervals */
	struct effect_v	 v;
};

/* Run the test.  Warns (diag_warn) on expected counts below 5, as R. */
int	chisq_test(const struct chisq_table *, const struct chisq_opts *,
	    struct chisq_result *, struct diag *);
/*
 * The result as a table of one row, the caller's: method, alternative,
 * estimate, statistic, df, p_value, conf_low, conf_high, n, cramers_v for
 * every test, a cell empty where its value does not apply (Fisher has no
 * statistic, a simulated p-value no df, a test other than Fisher no
 * alternative); with effect_ci then cramers_v_low, cramers_v_high,
 * cramers_v_adj, cramers_v_adj_low, cramers_v_adj_high.
 */
struct out_table *chisq_result_table(const struct chisq_result *);

/*
 * One row per cell: row,col,observed,expected,residual,std_residual
 * (level,observed,... for goodness of fit).  The caller owns the table.
 */
int	chisq_cells(const struct chisq_table *, struct out_table **,
	    struct diag *);
/*
 * The same with p_value, each cell's standardized residual tested as a
 * standard normal (two-sided: 2 * pnorm(-|std_residual|)), the cellwise
 * post hoc test of Beasley and Schumacker (1995).
 */
int	chisq_cells_p(const struct chisq_table *, struct out_table **,
	    struct diag *);

#endif
