/*
 * Unit tests of lib/wrangle/sample.c: reservoir sampling gives every item
 * the same chance, checked by a chi-square test over a fixed set of seeds
 * (deterministic: the same seeds, the same counts), and the same seed the
 * same sample; the held draws (--replace, --weight) against the laws of
 * R's sample(): inclusion chances of sample(prob =) without replacement
 * from tests/unit/fixtures/wrangle-sample.inc (scripts/gen-fixtures-
 * wrangle.R), and chances w / sum(w) with replacement.
 */
#include <gsl/gsl_cdf.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "wrangle/sample.h"

#include "fixtures/wrangle-sample.inc"

#define NW	(sizeof(weight) / sizeof(weight[0]))

#define NPOP	20
#define NSAMP	5
#define NSEED	4000

/* Over NSEED seeds, each of NPOP items is drawn NSEED * NSAMP / NPOP
 * times on average: a chi-square test of the counts (df NPOP - 1). */
static void
sample_indexes__many_seeds__uniform_inclusion(void **state)
{
	size_t count[NPOP] = { 0 }, idx[NSAMP], i, m;
	unsigned long seed;
	double want = (double)NSEED * NSAMP / NPOP, x2 = 0;

	(void)state;
	for (seed = 1; seed <= NSEED; seed++) {
		m = sample_indexes(NPOP, NSAMP, seed, idx);
		assert_int_equal(m, NSAMP);
		for (i = 0; i < m; i++) {
			assert_true(idx[i] < NPOP);
			if (i > 0)	/* increasing: no item twice */
				assert_true(idx[i] > idx[i - 1]);
			count[idx[i]]++;
		}
	}
	for (i = 0; i < NPOP; i++)
		x2 += (count[i] - want) * (count[i] - want) / want;
	assert_true(gsl_cdf_chisq_Q(x2, NPOP - 1) > 0.001);
}

/* The first item and the last item are as likely as the others, and
 * the pairs of the first two items come as often as chance says. */
static void
sample_indexes__many_seeds__pairs_as_often_as_chance(void **state)
{
	size_t idx[2], both = 0;
	unsigned long seed;
	/* P(items 0 and 1 both in a sample of 2 of 4) = 1/6 */
	double want = NSEED / 6.0, sd = sqrt(NSEED * (1 / 6.0) * (5 / 6.0));

	(void)state;
	for (seed = 1; seed <= NSEED; seed++) {
		sample_indexes(4, 2, seed, idx);
		both += idx[0] == 0 && idx[1] == 1;
	}
	assert_true(fabs((double)both - want) < 4 * sd);
}

static void
sample_indexes__same_seed_same_rows_and_small_population(void **state)
{
	size_t a[NSAMP], b[NSAMP], i;

	(void)state;
	sample_indexes(1000, NSAMP, 42, a);
	sample_indexes(1000, NSAMP, 42, b);
	assert_memory_equal(a, b, sizeof(a));
	assert_int_equal(sample_indexes(3, NSAMP, 42, a), 3);
	for (i = 0; i < 3; i++)
		assert_int_equal(a[i], i);
}

/* Over NSEED seeds, item i is in a weighted sample of 2 without
 * replacement NSEED * inclusion2[i] times: within 4 binomial sd each, a
 * zero weight never, and never twice. */
static void
sample_draw__weighted__inclusion_as_r(void **state)
{
	size_t count[NW] = { 0 }, mult[NW], i, tot;
	unsigned long seed;
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);

	(void)state;
	for (seed = 1; seed <= NSEED; seed++) {
		gsl_rng_set(r, seed);
		assert_int_equal(sample_draw(r, NW, 2, weight, 0, mult), 0);
		for (i = tot = 0; i < NW; i++) {
			assert_true(mult[i] <= 1);
			count[i] += mult[i];
			tot += mult[i];
		}
		assert_int_equal(tot, 2);
	}
	for (i = 0; i < NW; i++) {
		double p = inclusion2[i], want = NSEED * p;
		double sd = sqrt(NSEED * p * (1 - p));

		if (p == 0)
			assert_int_equal(count[i], 0);
		else
			assert_true(fabs((double)count[i] - want) < 4 * sd);
	}
	gsl_rng_free(r);
}

/* With replacement, draws of 5 over NSEED seeds: item i comes with
 * chance w_i / sum(w) (weighted) or 1 / NW (uniform); chi-square tests. */
static void
sample_draw__replace__chances_chi_square(void **state)
{
	size_t cw[NW] = { 0 }, cu[NW] = { 0 }, mult[NW], i, df = 0;
	double sum = 0, x2w = 0, x2u = 0, n = NSEED * 5.0;
	unsigned long seed;
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);

	(void)state;
	for (i = 0; i < NW; i++)
		sum += weight[i];
	for (seed = 1; seed <= NSEED; seed++) {
		gsl_rng_set(r, seed);
		assert_int_equal(sample_draw(r, NW, 5, weight, 1, mult), 0);
		for (i = 0; i < NW; i++)
			cw[i] += mult[i];
		assert_int_equal(sample_draw(r, NW, 5, NULL, 1, mult), 0);
		for (i = 0; i < NW; i++)
			cu[i] += mult[i];
	}
	for (i = 0; i < NW; i++) {
		double ew = n * weight[i] / sum, eu = n / NW;

		x2u += (cu[i] - eu) * (cu[i] - eu) / eu;
		if (weight[i] == 0) {
			assert_int_equal(cw[i], 0);
			continue;
		}
		x2w += (cw[i] - ew) * (cw[i] - ew) / ew;
		df++;
	}
	assert_true(gsl_cdf_chisq_Q(x2w, (double)(df - 1)) > 0.001);
	assert_true(gsl_cdf_chisq_Q(x2u, NW - 1) > 0.001);
	gsl_rng_free(r);
}

/* Weights summing to 0 cannot be drawn with replacement; without, fewer
 * positive weights than n give those items only. */
static void
sample_draw__zero_weights(void **state)
{
	static const double zero[] = { 0, 0, 0 }, one[] = { 0, 2, 0 };
	size_t mult[3];
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);

	(void)state;
	assert_int_equal(sample_draw(r, 3, 2, zero, 1, mult), -1);
	assert_int_equal(sample_draw(r, 3, 2, one, 0, mult), 0);
	assert_int_equal(mult[0], 0);
	assert_int_equal(mult[1], 1);
	assert_int_equal(mult[2], 0);
	assert_int_equal(sample_draw(r, 3, 3, one, 1, mult), 0);
	assert_int_equal(mult[1], 3);
	gsl_rng_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sample_indexes__many_seeds__uniform_inclusion),
		cmocka_unit_test(sample_indexes__many_seeds__pairs_as_often_as_chance),
		cmocka_unit_test(sample_indexes__same_seed_same_rows_and_small_population),
		cmocka_unit_test(sample_draw__weighted__inclusion_as_r),
		cmocka_unit_test(sample_draw__replace__chances_chi_square),
		cmocka_unit_test(sample_draw__zero_weights),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
