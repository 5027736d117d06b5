/*
 * Unit tests of lib/stats/tdigest.c: exact type 7 quantiles while every
 * centroid holds one value (R: quantile(1:10, c(.1, .25, .5, .9))), and
 * the stated rank error of 0.5 % over many values, whole and merged from
 * parts in two orders.
 */
#include "unit.h"
#include "stats/tdigest.h"

static void
exact_small(void **state)
{
	struct tdigest t;
	int i;

	(void)state;
	tdigest_init(&t, 0);
	for (i = 10; i >= 1; i--)
		tdigest_add(&t, i, 1);
	/* R: quantile(1:10, c(0, .1, .25, .5, .9, 1)) */
	assert_near(tdigest_quantile(&t, 0), 1, 0);
	assert_near(tdigest_quantile(&t, .1), 1.9, 1e-15);
	assert_near(tdigest_quantile(&t, .25), 3.25, 1e-15);
	assert_near(tdigest_quantile(&t, .5), 5.5, 1e-15);
	assert_near(tdigest_quantile(&t, .9), 9.1, 1e-15);
	assert_near(tdigest_quantile(&t, 1), 10, 0);
	/* R: mad(1:10, constant = 1) */
	assert_near(tdigest_mad(&t, 5.5), 2.5, 1e-15);
	tdigest_release(&t);
	tdigest_init(&t, 0);
	assert_true(isnan(tdigest_quantile(&t, .5)));
	tdigest_release(&t);
}

/* The rank of the estimate at p among 0 .. n-1 (a permutation) is within
 * 0.5 % of n of p (n - 1). */
static void
check_rank(struct tdigest *t, double n)
{
	static const double ps[] = { .001, .01, .1, .25, .5, .75, .9, .99 };
	size_t k;

	for (k = 0; k < sizeof(ps) / sizeof(ps[0]); k++) {
		double v = tdigest_quantile(t, ps[k]);

		assert_true(fabs(v - ps[k] * (n - 1)) <= .005 * n);
	}
}

static void
rank_error(void **state)
{
	struct tdigest whole, part[16], tree;
	const size_t n = 200000;
	size_t i, j;

	(void)state;
	tdigest_init(&whole, 0);
	tdigest_init(&tree, 0);
	for (j = 0; j < 16; j++)
		tdigest_init(&part[j], 0);
	for (i = 0; i < n; i++) {
		/* 0 .. n-1 in a scrambled order (n and 7919 are coprime) */
		double x = (double)(i * 7919 % n);

		tdigest_add(&whole, x, 1);
		tdigest_add(&part[i * 16 / n], x, 1);
	}
	check_rank(&whole, (double)n);
	/* merged back to front, in pairs first */
	for (j = 0; j < 16; j += 2)
		tdigest_merge(&part[j + 1], &part[j]);
	for (j = 16; j > 0; j -= 2)
		tdigest_merge(&tree, &part[j - 1]);
	assert_near(tree.total, (double)n, 0);
	assert_near(tree.min, 0, 0);
	assert_near(tree.max, (double)(n - 1), 0);
	check_rank(&tree, (double)n);
	tdigest_compress(&tree);
	assert_true(tree.n <= 400);	/* about delta/2 centroids */
	tdigest_release(&whole);
	tdigest_release(&tree);
	for (j = 0; j < 16; j++)
		tdigest_release(&part[j]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(exact_small),
		cmocka_unit_test(rank_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
