/*
 * window: mutate's window functions, which see the rows before the
 * current one within its group (-k), for lib/expr/expr.c only.  Each
 * keeps a little state per group and streams: lag, the cumulative
 * functions, row_number, the trailing rolling windows and diff.
 */
#ifndef WINDOW_H
#define WINDOW_H

#include <stddef.h>
#include <stdint.h>

#include "expr/expr.h"

struct diag;

enum window_kind {
	WINDOW_LAG, WINDOW_CUMSUM, WINDOW_CUMMEAN, WINDOW_CUMMAX,
	WINDOW_CUMMIN, WINDOW_ROW_NUMBER, WINDOW_ROLL_MEAN, WINDOW_ROLL_SUM,
	WINDOW_ROLL_SD, WINDOW_DIFF
};

/* The window function called name (enum window_kind), or -1. */
int	window_find(const char *name);
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
/*
 * The next row of group for instance i: x is its argument (none for
 * row_number), the result replaces it.
 */
void	window_step(struct window *, uint32_t i, size_t group,
	    struct expr_val *x);

#endif
