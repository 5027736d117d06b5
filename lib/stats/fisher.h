/*
 * fisher: Fisher's exact test of a contingency table, as R's fisher.test.
 * chisq's front door reaches it (chisq --fisher); the entries here take
 * plain counts.
 */
#ifndef FISHER_H
#define FISHER_H

#include <stddef.h>

#include "stats/alt.h"

struct diag;

struct fisher_2x2 {
	double	p_value;
	double	estimate;		/* conditional MLE of the odds ratio */
	double	conf_low, conf_high;	/* its interval */
};

/*
 * Fisher's exact test of a 2x2 table [a b; c d] as R's fisher.test: the
 * p-value, the conditional MLE of the odds ratio and its interval.
 */
void	fisher_2x2(double a, double b, double c, double d, enum alt,
	    double conf_level, struct fisher_2x2 *);

/*
 * The two-sided p-value of the nr x nc table x (row-major, whole counts)
 * with row sums sr, column sums sc and total n, by the network algorithm;
 * -1 (STATUS_DATA) when it needs more than max steps or n is beyond reach.
 */
int	fisher_rxc(const double *x, size_t nr, size_t nc, const double *sr,
	    const double *sc, double n, double max, double *p, struct diag *);

/* -sum log(x_i!): Fisher's statistic of n counts, smaller is more extreme. */
double	fisher_stat(const double *x, size_t n);

#endif
