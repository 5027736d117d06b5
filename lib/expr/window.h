/*
 * window: mutate's window functions, which see the other rows of the
 * current one's group (-k), for lib/expr/expr.c only.  Most keep a little
 * state per group and stream: lag, the cumulative functions, row_number,
 * the trailing rolling windows and diff.  lead, rank, dense_rank and ntile
 * need the whole group: on a first pass they record their argument per
 * row (and give NA); window_replay() computes them, and a second pass over
 * the same rows gives the results, the streaming ones computed again.
 */
#ifndef WINDOW_H
#define WINDOW_H

#include <stddef.h>
#include <stdint.h>

#include "expr/value.h"

struct diag;

enum window_kind {
	WINDOW_LAG, WINDOW_CUMSUM, WINDOW_CUMMEAN, WINDOW_CUMMAX,
	WINDOW_CUMMIN, WINDOW_ROW_NUMBER, WINDOW_ROLL_MEAN, WINDOW_ROLL_SUM,
	WINDOW_ROLL_SD, WINDOW_DIFF, WINDOW_LEAD, WINDOW_RANK,
	WINDOW_DENSE_RANK, WINDOW_NTILE
};

/* The window function called name (enum window_kind), or -1. */
int	window_find(const char *name);
/* Does kind need the whole group (two passes)? */
int	window_deferred(int kind);
/* The names, comma-separated (for messages). */
extern const char window_names[];
/*
 * Check a call's arguments: nargs of them, the second (the lag or the
 * width) the literal param, or 0 if not given.  Returns 0 or -1 with d's
 * message set.
 */
int	window_check(int kind, size_t nargs, int has_param, double param,
	    struct diag *d);

struct window;

/* Add an instance of kind to *wp (made on first use); returns its index. */
uint32_t window_add(struct window **wp, int kind, size_t param);
void	window_free(struct window *);
/* The number of instances. */
size_t	window_count(const struct window *);
/*
 * The next row of group for instance i: x is its argument (none for
 * row_number), the result replaces it.  Every instance takes every row.
 */
void	window_step(struct window *, uint32_t i, size_t group,
	    struct expr_val *x);
/*
 * After the first pass: compute the functions that need whole groups and
 * start the second pass (the streaming ones start again).
 */
void	window_replay(struct window *);

#endif
