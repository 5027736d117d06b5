/*
 * sample: random rows.  -n N keeps N rows (of each stratum) by reservoir
 * sampling (Algorithm R: the i-th row replaces a kept one with
 * probability N/i), without replacement; --frac P keeps each row with
 * probability P (Bernoulli).  The generator is GSL's MT19937 seeded with
 * --seed (SAMPLE_SEED by default), and rows are offered in file order
 * whatever the number of parsing threads: the same seed gives the same
 * rows.  Rows come in file order.
 *
 * --replace and --weight hold the rows (of each stratum) and draw at the
 * end, as pandas' sample and dplyr's slice_sample: with --replace, n
 * independent draws (uniform, or by Walker's alias method with weights,
 * gsl_ran_discrete), a row drawn k times written k times; with --weight
 * and no replacement, the Efraimidis-Spirakis keys log(u)/w, the n
 * largest kept (the same law as drawing one row at a time with chance
 * w / (weights left), R's sample(prob =)).  --frac P draws round(P*N) rows
 * of a stratum of N (halves to even) there.  A missing weight counts as 0
 * (never drawn) and is counted in a warning.
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
	const char	*weight;	/* --weight column, or NULL */
	int		 replace;	/* --replace */
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

/*
 * The plain-array entry of the held draws: n of N items, with weights w[]
 * (non-negative, or w NULL: all equal), with or without replacement;
 * mult[i] gets how often item i is drawn (0 or 1 without replacement).
 * Returns 0, or -1 when the weights of a draw with replacement sum to 0.
 */
int	sample_draw(gsl_rng *r, size_t N, size_t n, const double *w,
	    int replace, size_t *mult);

int	sample_run(int nfiles, char **files, const struct frame_opts *,
	    const struct sample_opts *, struct rows_out *w, struct diag *d);

#endif
