/*
 * fill: missing values filled (pandas' ffill, bfill, fillna; tidyr's
 * fill) or their rows dropped (dropna).  --down carries the last value
 * seen down (streamed), --up the next one up (rows held), --value puts a
 * constant; with keys, within each group.  --mean and --median (rows
 * held) put the mean (R's mean: a sum corrected by a second pass) or the
 * median (the middle value, or the mean of the two middle ones) of the
 * column's values in the group, written as computed numbers (--digits);
 * a column chosen by -c must hold numbers only, and without -c the
 * columns with text are left as they are (pandas' numeric_only).  A
 * missing value that nothing fills (--down before the first value, a
 * group with no value) stays.  The cells filled and the
 * rows dropped are counted in one warning.
 */
#ifndef FILL_H
#define FILL_H

struct diag;
struct frame_opts;
struct rows_out;

enum fill_how { FILL_DOWN, FILL_UP, FILL_VALUE, FILL_MEAN, FILL_MEDIAN };

struct fill_opts {
	const char	*cols;		/* -c, or NULL: every column */
	const char	*keys;		/* -k: within groups, or NULL */
	enum fill_how	 how;
	const char	*value;		/* FILL_VALUE */
	int		 digits;	/* FILL_MEAN, _MEDIAN: as num_format() */
};

/* The plain-array entries: R's mean() and median() of x[0..n), n > 0
 * (median reorders x). */
double	fill_mean(const double *x, size_t n);
double	fill_median(double *x, size_t n);

int	fill_run(int nfiles, char **files, const struct frame_opts *,
	    const struct fill_opts *, struct rows_out *w, struct diag *d);

struct dropna_opts {
	const char	*cols;		/* -c, or NULL: every column */
	int		 all;		/* --how all: only if all missing */
};

int	fill_dropna(int nfiles, char **files, const struct frame_opts *,
	    const struct dropna_opts *, struct rows_out *w, struct diag *d);

#endif
