/*
 * tdigest: a mergeable sketch of a distribution for approximate quantiles
 * (Dunning and Ertl's merging t-digest, scale function k1).
 *
 * Centroids (mean, weight) cover the sorted values; those near the middle
 * hold at most about pi/delta of the values, those near the ends fewer,
 * so a quantile's rank error is at most about pi/(2 delta) of n (0.4 % at
 * the default delta of 400) and much less in the tails.  While every
 * centroid holds one value the quantiles are R's type 7 exactly.  Merging
 * is associative up to that error, in any order.
 */
#ifndef TDIGEST_H
#define TDIGEST_H

#include <stddef.h>

#define TDIGEST_DELTA	400	/* the default compression */

struct tdigest {
	double	 delta;		/* compression: about delta/2 centroids */
	double	*mean, *w;	/* centroids, by mean once compressed */
	size_t	 n, cap;
	double	 total;		/* the sum of the weights */
	double	 min, max;	/* exact */
};

void	tdigest_init(struct tdigest *, double delta);
void	tdigest_release(struct tdigest *);
/* Add x with weight w (> 0); compresses when the buffer fills. */
void	tdigest_add(struct tdigest *, double x, double w);
/* Add the centroids of b to a. */
void	tdigest_merge(struct tdigest *a, const struct tdigest *b);
/* Merge centroids as far as delta allows (a quantile call does it too). */
void	tdigest_compress(struct tdigest *);
/* The quantile at p (0..1); NaN if empty. */
double	tdigest_quantile(struct tdigest *, double p);
/*
 * The median of |x - center| (unscaled), from the centroids as points:
 * the approximate MAD.
 */
double	tdigest_mad(struct tdigest *, double center);

#endif
