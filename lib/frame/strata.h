/*
 * strata: any command's front door run once per group of key columns
 * (--by), its tables stacked under the keys.
 *
 * A stratum is a frame of its own (frame_rows), so a statistic needs no
 * code for strata: its levels, its missing values and its messages are
 * those of the stratum's rows, and its file:line are those of the input.
 */
#ifndef STRATA_H
#define STRATA_H

#include <stddef.h>

struct diag;
struct frame;
struct out_table;

/*
 * A new frame of the rows rows[0..n) of f, in that order: the same columns
 * (kept, dropped, read as numbers), cells copied, factors as text, the
 * same files and lines for frame_where().  Free it with frame_free().
 */
struct frame *frame_rows(struct frame *f, const size_t *rows, size_t n);

/*
 * A front door: compute over *f, build a new table *t; 0 or -1 (d filled).
 * It may free *f (a fit that consumes its frame) and set it to NULL.
 */
typedef int strata_fn(void *arg, struct frame **f, struct out_table **t,
    struct diag *d);

/*
 * fn over each group of the key columns keys[0..nkeys) of f (in order of
 * first appearance, or sorted as group_by's sort), one table: the keys,
 * then the union of the columns of the strata's tables in order of first
 * appearance.  A stratum whose computation fails for want of data (an
 * error with no line of input: too few rows, a constant column) gets a
 * row of its keys only and a warning naming it; a usage error, or an
 * error at a line of input, fails the whole.
 */
int	strata_frame(struct frame *f, const size_t *keys, size_t nkeys,
	    int sort, strata_fn *fn, void *arg, struct out_table **t,
	    struct diag *d);

#endif
