/*
 * bin: a column of the interval each value of a numeric column falls in,
 * labelled as R's cut() labels it (lib/wrangle/cut), added after the
 * others.  With --breaks the rows stream; --width, --bins and --quantiles
 * need the column's range or quantiles first: a first pass keeps only
 * those (the range, or 8 bytes a value for quantiles), a second passes the
 * rows through (standard input and pipes are spooled: wrangle/spool).
 * Missing values, and values outside the breaks (counted in a warning),
 * get an empty bin.
 */
#ifndef BIN_H
#define BIN_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct rows_out;

enum bin_how { BIN_BREAKS, BIN_WIDTH, BIN_COUNT, BIN_QUANTILES };

struct bin_opts {
	const char	*col;		/* -c */
	enum bin_how	 how;
	double		*breaks;	/* BIN_BREAKS: sorted, distinct */
	size_t		 nbreaks;
	double		 width;		/* BIN_WIDTH */
	size_t		 k;		/* BIN_COUNT, BIN_QUANTILES */
	int		 left;		/* [a,b) instead of (a,b] */
	int		 include_lowest;	/* cut(include.lowest = TRUE);
					   always with width and quantiles */
	char		**labels;	/* --labels, or NULL: cut()'s */
	size_t		 nlabels;
	const char	*as;		/* the new column's name, or NULL:
					   COL_bin */
};

/* Parse "0,10,20" into a sorted list of distinct numbers (*v malloc'ed);
 * 0, or -1 if not one. */
int	bin_parse_breaks(const char *s, double **v, size_t *n);

int	bin_run(int nfiles, char **files, const struct frame_opts *,
	    const struct bin_opts *, struct rows_out *w, struct diag *d);

#endif
