/*
 * pivot: tables reshaped between long and wide, as tidyr's pivot_longer
 * and pivot_wider.  longer streams: each row becomes one row per column
 * of -c, the other columns repeated, then the column's name and its cell.
 * wider holds the table: one row per distinct tuple of the id columns (in
 * order of first appearance), one column per distinct value of the names
 * column (in order of first appearance), each cell the value of the one
 * row that has both; a combination without a row gets --fill (empty by
 * default), and one with two rows is an error naming both lines unless
 * --agg says how to combine them.  The output is always rectangular;
 * cells are written byte for byte, computed ones (--agg) as numbers.
 */
#ifndef PIVOT_H
#define PIVOT_H

struct diag;
struct frame_opts;
struct rows_out;

struct pivot_longer_opts {
	const char	*cols;		/* -c: the columns to stack */
	const char	*names_to;	/* "name" */
	const char	*values_to;	/* "value" */
};

enum pivot_agg { PIVOT_NONE, PIVOT_FIRST, PIVOT_LAST, PIVOT_COUNT,
	PIVOT_SUM, PIVOT_MEAN };

struct pivot_wider_opts {
	const char	*names_from;
	const char	*values_from;
	const char	*ids;		/* -k, or NULL: the other columns */
	const char	*fill;		/* for missing cells, or NULL: empty */
	enum pivot_agg	 agg;
};

/* "first" ... "mean"; 0, or -1 if unknown. */
int	pivot_parse_agg(const char *, enum pivot_agg *);

int	pivot_longer(int nfiles, char **files, const struct frame_opts *,
	    const struct pivot_longer_opts *, struct rows_out *w,
	    struct diag *d);
int	pivot_wider(int nfiles, char **files, const struct frame_opts *,
	    const struct pivot_wider_opts *, struct rows_out *w,
	    struct diag *d);

#endif
