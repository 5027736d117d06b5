/*
 * rng: the random numbers of the learners (holdout, folds, forest, tree
 * cross-validation): xoshiro256** seeded by splitmix64 from a seed and a
 * stream number, so that stream k of seed s (a forest's tree k) is the
 * same whatever thread draws it, and whatever other streams are drawn.
 */
#ifndef RNG_H
#define RNG_H

#include <stddef.h>
#include <stdint.h>

struct rng {
	uint64_t s[4];
};

void	rng_seed(struct rng *, uint64_t seed, uint64_t stream);
uint64_t rng_next(struct rng *);
/* uniform on [0, 1), 53 bits */
double	rng_unif(struct rng *);
/* uniform on 0 .. n - 1 without bias (n > 0) */
size_t	rng_below(struct rng *, size_t n);
/* a uniformly random permutation of a[0 .. n) (Fisher-Yates) */
void	rng_shuffle(struct rng *, size_t *a, size_t n);

#endif
