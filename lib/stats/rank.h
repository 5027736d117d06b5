/* rank: ranks with ties averaged, as R's rank(), for the rank statistics. */
#ifndef RANK_H
#define RANK_H

#include <stddef.h>

/*
 * The average ranks of x[0..n) into rank (1-based; tied values share the
 * mean of their ranks).  Returns the sum of t^3 - t over the groups of t
 * tied values, the tie correction of Wilcoxon and Kruskal-Wallis (0: none).
 */
double	rank_average(const double *x, size_t n, double *rank);

#endif
