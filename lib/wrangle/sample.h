/*
 * sample: random rows.  -n N keeps N rows (of each stratum) by reservoir
 * sampling (Algorithm R: the i-th row replaces a kept one with
 * probability N/i), without replacement; --frac P keeps each row with
 * probability P (Bernoulli).  The generator is GSL's MT19937 seeded with
 * --seed (SAMPLE_SEED by default), and rows are offered in file order
 * whatever the number of parsing threads: the same seed gives the same
 * rows.  Rows come in file order.
 */
#ifndef SAMPLE_H
#define SAMPLE_H

#include <gsl/gsl_rng.h>
#include <stddef.h>

struct diag;
struct frame_opts;
struct rows_out;

#define SAMPLE_SEED	42UL
#define SAMPLE_NONE	((size_t)-1)

struct sample_opts {
	size_t		 n;		/* -n: rows (of each stratum), or */
	double		 frac;		/* --frac: the chance of each row */
	int		 by_frac;
	const char	*strata;	/* --strata keys, or NULL */
	unsigned long	 seed;
};

/*
 * One step of reservoir sampling: the item numbered seen (0-based) is
 * kept in slot k < n (the slot's item leaves), or not (SAMPLE_NONE).
 */
size_t	sample_offer(gsl_rng *r, size_t seen, size_t n);

/*
 * The plain-array entry: the indexes of a sample of n of 0..N-1 (all of
 * them if N <= n), increasing, into idx; returns how many.
 */
size_t	sample_indexes(size_t N, size_t n, unsigned long seed, size_t *idx);

int	sample_run(int nfiles, char **files, const struct frame_opts *,
	    const struct sample_opts *, struct rows_out *w, struct diag *d);

#endif
