/*
 * resample: the bootstrap (intervals as the R package boot's boot.ci:
 * normal, basic, percentile, BCa with the jackknife's acceleration) and the
 * two-sample permutation test, on GSL's MT19937 seeded by the user: one
 * stream of draws, so a seed gives the same answer on any machine and any
 * number of threads.
 */
#ifndef RESAMPLE_H
#define RESAMPLE_H

#include <stddef.h>

struct diag;
struct frame;
struct out_table;

enum resample_stat {
	RESAMPLE_MEAN, RESAMPLE_MEDIAN, RESAMPLE_SD, RESAMPLE_VAR,
	RESAMPLE_TRIMMED,	/* mean(x, trim = arg) */
	RESAMPLE_QUANTILE,	/* quantile(x, arg), type 7 */
	RESAMPLE_COR		/* Pearson's r of two columns */
};

enum resample_ci { RESAMPLE_PERC, RESAMPLE_BASIC, RESAMPLE_BCA,
	RESAMPLE_NORM };

struct resample_opts {
	enum resample_stat stat;
	double		 arg;		/* trim or probability */
	enum resample_ci ci;
	double		 conf_level;
	size_t		 reps;
	unsigned long	 seed;
};

/*
 * Parse "mean", "median", "sd", "var", "trimmed:0.1", "quantile:0.9" or
 * "cor" (the columns come apart) into o; 0, or -1 if unknown.
 */
int	resample_parse_stat(const char *, struct resample_opts *o);
int	resample_parse_ci(const char *, enum resample_ci *);

struct boot_result {
	double		 t0;		/* the statistic of the data */
	double		 bias;		/* mean of the replicates - t0 */
	double		 se;		/* sd of the replicates */
	double		 conf_low, conf_high;
	double		 accel;		/* BCa's a, from the jackknife */
	size_t		 n;
};

/*
 * Bootstrap the statistic of x[0..n) (and y, for cor): o->reps resamples
 * of n indices.  Fewer than 2 values, or an interval that cannot be
 * formed (all replicates equal for BCa), is a STATUS_DATA error.
 */
int	boot_estimate(const double *x, const double *y, size_t n,
	    const struct resample_opts *, struct boot_result *, struct diag *);

/* R's boot:::norm.inter: the alpha quantile of R sorted replicates. */
double	boot_norm_inter(const double *sorted, size_t r, double alpha);

enum permtest_stat { PERMTEST_MEAN_DIFF, PERMTEST_MEDIAN_DIFF };

struct permtest_result {
	double		 statistic;	/* of x minus of y */
	double		 p_value;	/* (1 + as extreme) / (reps + 1) */
	size_t		 extreme;	/* permutations at least as extreme */
};

/*
 * The two-sided permutation test of x against y: reps random relabellings
 * of the pooled values; |T*| >= |T| (within 1e-9 relative) counts as
 * extreme.
 */
void	permtest_test(const double *x, size_t nx, const double *y, size_t ny,
	    enum permtest_stat, size_t reps, unsigned long seed,
	    struct permtest_result *);

/* Where the data are. */
struct resample_spec {
	size_t		 x, y;		/* columns; y: cor's second */
	const size_t	*by;		/* boot: groups; permtest: the two */
	const char	*levels;	/* permtest: two levels "a,b" */
};

/*
 * One row per group (boot --by): [key,] stat, estimate, bias, std_error,
 * conf_low, conf_high, ci, conf_level, reps, n.  Rows with a missing
 * value are left out and counted in a warning.
 */
int	boot_frame(struct frame *, const struct resample_spec *,
	    const struct resample_opts *, struct out_table **, struct diag *);

/*
 * One row: method, statistic, p_value, extreme, reps, n1, n2.
 */
int	permtest_frame(struct frame *, const struct resample_spec *,
	    enum permtest_stat, size_t reps, unsigned long seed,
	    struct out_table **, struct diag *);

#endif
