/*
 * freq: how often each value (or tuple of values) occurs, as pandas'
 * value_counts and R's table: value columns, count, percent, cum_percent.
 * Rows by count, most first, ties in order of first appearance, or by
 * value (--sort value: numbers as numbers, else bytes); the missing value
 * is a value of its own, always last, written as first seen.
 */
#ifndef FREQ_H
#define FREQ_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct out_table;

struct freq_opts {
	const char	*cols;		/* -c: one or more columns */
	size_t		 top;		/* --top K: the first K rows; 0 all */
	int		 by_value;	/* --sort value */
};

/*
 * The plain-array entry: order[0..n) gets the ids 0..n-1 by count (most
 * first, ties by id), the ids with missing[id] set last.
 */
void	freq_order(const size_t *count, const unsigned char *missing,
	    size_t n, size_t *order);

/* Count the files' values and build the result table (*t, owned). */
int	freq_run(int nfiles, char **files, const struct frame_opts *,
	    const struct freq_opts *, struct out_table **t, struct diag *d);

#endif
