/*
 * htest: tests comparing means and locations, as R's t.test and
 * wilcox.test compute them: Student's and Welch's t-tests, z-tests with
 * known standard deviations, and the Wilcoxon rank tests.
 *
 * htest_test() tests arrays of values; htest_frame() finds the samples in
 * a frame (one column, two columns, a grouping column, strata) and builds
 * the result table every command prints.
 */
#ifndef HTEST_H
#define HTEST_H

#include <stddef.h>

#include "stats/alt.h"
#include "stats/effect.h"
#include "stats/state.h"

struct frame;
struct diag;
struct out_table;

enum htest_kind {
	HTEST_T,		/* Student's or Welch's t-test */
	HTEST_Z,		/* z-test, standard deviations known */
	HTEST_RANK		/* Wilcoxon rank-sum or signed-rank test */
};

struct htest_opts {
	enum htest_kind	test;
	enum alt	alt;
	double		mu;		/* null mean, difference or location */
	double		conf_level;	/* of the interval, in (0, 1) */
	int		equal_var;	/* t: pooled variance, not Welch */
	int		paired;		/* x[i] and y[i] are a pair */
	double		sigma1, sigma2;	/* z: known sds of x and y */
	int		correct;	/* rank: continuity correction */
	int		exact;		/* rank: -1 as R chooses, 0 no, 1 yes */
	int		effect_ci;	/* t: d's and g's intervals (effect.h) */
};

/*
 * ztest's --sigma: "s" (both samples) or "s1,s2", positive numbers, into
 * o->sigma1 and o->sigma2; 0, or -1 if arg is not that.
 */
int	htest_parse_sigma(const char *arg, struct htest_opts *o);

/*
 * Check that o asks only what o->test does (--equal-var and --effect-ci
 * are the t-test's, --sigma the z-test's and required there, --exact,
 * --approx and --no-correction the rank test's): a STATUS_USAGE error
 * naming the option and its command otherwise.
 */
int	htest_check(const struct htest_opts *o, struct diag *);

/* The defaults of R: two-sided, mu 0, 95 %, Welch, corrected, auto. */
#define HTEST_OPTS_INIT { HTEST_T, ALT_TWO_SIDED, 0, 0.95, 0, 0, 0, 0, \
	1, -1, 0 }

struct htest_result {
	const char	*method;	/* "Welch Two Sample t-test", static */
	double		 estimate;	/* mean, difference, or location */
	double		 statistic;	/* t, z, W or V */
	double		 df;		/* t only */
	double		 p_value;
	double		 conf_low, conf_high;
	size_t		 n1, n2;	/* values used; n2 0 for one sample */
	double		 mean1, mean2;	/* of the samples (NaN: none) */
	double		 sd1, sd2;	/* sample sds, n - 1 */
	double		 cohens_d;	/* (estimate - mu) / s, see below */
	struct effect_d	 effect;	/* with o->effect_ci: d, g, intervals */
	double		 conf_level;	/* of the interval, if not o's */
	const char	*undefined;	/* why the test gave no statistic */
	const char	*note;		/* a warning about the interval */
	int		 too_big;	/* rank: approximate, exact too costly */
};

/*
 * Test x (nx values, no NaN) against o->mu, or x against y when y is not
 * NULL: two independent samples, or pairs when o->paired (nx == ny).
 * Every field of r is set; a value that is undefined (too few values, no
 * spread) is NaN and r->undefined says why.  Cohen's d divides by the
 * pooled sd for two samples and by the sd of the differences for pairs.
 */
void	htest_test(const struct htest_opts *, const double *x, size_t nx,
	    const double *y, size_t ny, struct htest_result *r);

/* A sample's summary: count, mean, variance (n - 1; NaN below two). */
struct htest_summary {
	size_t	n;
	double	mean, var;
};

/*
 * The t- or z-test (not the rank test) of summaries as htest_test() tests
 * arrays: x against o->mu (y NULL), x against y, or with o->paired the
 * differences dif of the pairs x and y.
 */
void	htest_summaries(const struct htest_opts *, const struct htest_summary *x,
	    const struct htest_summary *y, const struct htest_summary *dif,
	    struct htest_result *r);

/* R's psignrank(q, n) and pwilcox(q, m, n): P(V <= q) and P(W <= q). */
double	htest_psignrank(double q, size_t n);
double	htest_pwilcox(double q, size_t m, size_t n);

/* Where the samples are in a frame. */
struct htest_spec {
	const size_t	*cols;		/* response columns */
	size_t		 ncols;
	const size_t	*group;		/* the factor compared (-g), or NULL */
	const char	*levels;	/* "a,b": two levels of group, or NULL */
	const char	*ref;		/* "COL=LEVEL": relevel()'s, or NULL */
	const size_t	*by;		/* strata keys (--by) */
	size_t		 nby;
	int		 sort;		/* strata in sorted order (the levels of
				   group always are: collate_cmp()) */
};

/*
 * The tests the spec asks for: one sample (one column), two samples (two
 * columns, or one column per response and a grouping column with two
 * levels), pairs (o->paired: two columns row by row, or the two levels of
 * group in the order of their rows), each within every stratum of the keys.
 * One row per stratum and response: the keys, `column` when there are
 * several responses, then method, alternative, mu, estimate, statistic,
 * df, p_value, conf_low, conf_high, n1, n2, mean1, mean2, sd1, sd2,
 * cohens_d, and with o->effect_ci cohens_d_low, cohens_d_high, hedges_g,
 * hedges_g_low, hedges_g_high.  Warns about rows left out and undefined
 * results.  On success
 * *tp owns a new table.
 */
int	htest_frame(struct frame *, const struct htest_spec *,
	    const struct htest_opts *, struct out_table **tp, struct diag *);

/* htest_frame()'s table: the keys' columns, `column` if has_col, the
 * result's (with group, group1 and group2); and one result into a row
 * from column col on (names: the two levels, or NULL without -g). */
struct out_table *htest_table_new(char *const *keys, size_t nkey,
	    int has_col, int group, const struct htest_opts *);
void	htest_put_result(struct out_table *, size_t row, size_t col,
	    const struct htest_opts *, const struct htest_result *, int two,
	    const char *const names[2]);

/*
 * --partial (htest_state.c): the mergeable state of htest_frame(), t- and
 * z-tests only: count, mean and sum of squared deviations of each sample
 * (of each level of the group, and of the differences of pairs).  Not
 * with strata, nor pairs by level (their order spans the chunks): a
 * STATUS_USAGE error.  The merged statistic, interval and p-value are the
 * single process's within a relative 1e-12 (t, interval) and 1e-9 (p).
 */
int	htest_state(struct frame *, const struct htest_spec *,
	    const struct htest_opts *, struct out_table **tp, struct diag *);
extern const struct state_ops htest_state_ops;

#endif
