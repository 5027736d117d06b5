/*
 * Unit tests of lib/wrangle/sample.c: reservoir sampling gives every item
 * the same chance, checked by a chi-square test over a fixed set of seeds
 * (deterministic: the same seeds, the same counts), and the same seed the
 * same sample.
 */
#include <gsl/gsl_cdf.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "wrangle/sample.h"

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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(sample_indexes__many_seeds__uniform_inclusion),
		cmocka_unit_test(sample_indexes__many_seeds__pairs_as_often_as_chance),
		cmocka_unit_test(sample_indexes__same_seed_same_rows_and_small_population),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
