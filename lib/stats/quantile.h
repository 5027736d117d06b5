/* quantile: sample quantiles as R's quantile() (type 7, its default). */
#ifndef QUANTILE_H
#define QUANTILE_H

#include <stddef.h>

/* R's type 7 quantile of n values, selected (reorders x); NaN if n is 0. */
double	quantile_at(double *x, size_t n, double p);
/* The same at np probabilities in increasing order, into q. */
void	quantile_many(double *x, size_t n, const double *p, size_t np,
	    double *q);

#endif
