/*
 * cut: R's cut(): breaks of equal width or at quantiles, which interval a
 * number falls in, and the interval labels R writes ("(0,10]", "[0,10)",
 * "[0,10]" with include.lowest), formatted with as few significant digits
 * as keep neighbouring breaks apart (dig.lab = 3 and up, as R does).
 */
#ifndef CUT_H
#define CUT_H

#include <stddef.h>

/*
 * K bins of equal width over [min, max] as cut(x, K) makes them: K + 1
 * breaks into breaks[], the outer two moved out by a thousandth of the
 * range (or of |min|, or 1, when the range is 0).
 */
void	cut_breaks_equal(double min, double max, size_t k, double *breaks);

/*
 * The interval of x among nb sorted breaks (nb - 1 intervals): its index,
 * or -1 outside them all.  right: (a,b] intervals, else [a,b);
 * include_lowest: the lowest break in the first interval (right), or the
 * highest in the last (not right).
 */
long	cut_find(const double *breaks, size_t nb, double x, int right,
	    int include_lowest);

/*
 * The nb - 1 labels of the intervals as R writes them; labels[i] is
 * malloc'ed (the caller frees each).
 */
void	cut_labels(const double *breaks, size_t nb, int right,
	    int include_lowest, char **labels);

#endif
