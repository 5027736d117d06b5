/*
 * fill: missing values filled (pandas' ffill, bfill, fillna; tidyr's
 * fill) or their rows dropped (dropna).  --down carries the last value
 * seen down (streamed), --up the next one up (rows held), --value puts a
 * constant; with keys, within each group.  A missing value that nothing
 * fills (--down before the first value) stays.  The cells filled and the
 * rows dropped are counted in one warning.
 */
#ifndef FILL_H
#define FILL_H

struct diag;
struct frame_opts;
struct rows_out;

enum fill_how { FILL_DOWN, FILL_UP, FILL_VALUE };

struct fill_opts {
	const char	*cols;		/* -c, or NULL: every column */
	const char	*keys;		/* -k: within groups, or NULL */
	enum fill_how	 how;
	const char	*value;		/* FILL_VALUE */
};

int	fill_run(int nfiles, char **files, const struct frame_opts *,
	    const struct fill_opts *, struct rows_out *w, struct diag *d);

struct dropna_opts {
	const char	*cols;		/* -c, or NULL: every column */
	int		 all;		/* --how all: only if all missing */
};

int	fill_dropna(int nfiles, char **files, const struct frame_opts *,
	    const struct dropna_opts *, struct rows_out *w, struct diag *d);

#endif
