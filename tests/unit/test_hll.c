/* Unit tests of lib/stats/hll.c: HyperLogLog estimates within the stated
 * error, merging as the union, the text form. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "stats/hll.h"

static void
add_range(struct hll *h, uint64_t lo, uint64_t hi)
{
	uint64_t i;

	for (i = lo; i < hi; i++)
		hll_add(h, hll_hash(&i, sizeof(i)));
}

/* Few values are counted almost exactly (the empty registers' term). */
static void
estimate__small_counts_near_exact(void **state)
{
	static struct hll h;
	uint64_t n;

	(void)state;
	assert_true(hll_estimate(&h) == 0);
	for (n = 1; n <= 300; n += 13) {
		memset(&h, 0, sizeof(h));
		add_range(&h, 0, n);
		add_range(&h, 0, n);	/* repeats change nothing */
		/* a register holds two values about n^2 / 2m times */
		assert_true(fabs(hll_estimate(&h) - (double)n) <= 0.5 +
		    0.01 * (double)n);
	}
}

/* Over the range, including the old estimator's switch near 2.5 m, the
 * error stays within 3 standard errors (1.04 / sqrt(m) = 0.81 %). */
static void
estimate__within_three_standard_errors(void **state)
{
	static const uint64_t ns[] = { 1000, 5000, 20000, 40000, 80000,
	    300000, 2000000 };
	static struct hll h;
	size_t k;

	(void)state;
	for (k = 0; k < sizeof(ns) / sizeof(ns[0]); k++) {
		memset(&h, 0, sizeof(h));
		add_range(&h, 1000000000u * k, 1000000000u * k + ns[k]);
		assert_rel(hll_estimate(&h), (double)ns[k], 3 * 0.0081);
	}
}

/* The merge of two sketches is the sketch of the union, bit for bit. */
static void
merge__is_the_union(void **state)
{
	static struct hll a, b, u;
	char *buf = malloc(HLL_TEXTLEN + 1);

	(void)state;
	add_range(&a, 0, 30000);
	add_range(&b, 20000, 50000);
	add_range(&u, 0, 50000);
	hll_merge(&a, &b);
	assert_memory_equal(a.reg, u.reg, HLL_M);
	assert_rel(hll_estimate(&a), 50000, 3 * 0.0081);
	/* the text form merges the same */
	memset(&a, 0, sizeof(a));
	add_range(&a, 0, 30000);
	hll_text(&b, buf);
	assert_int_equal(strlen(buf), HLL_TEXTLEN);
	assert_null(strpbrk(buf, ",\"\t \r\n"));
	assert_int_equal(hll_merge_text(&a, buf), 0);
	assert_memory_equal(a.reg, u.reg, HLL_M);
	buf[10] = '~';
	assert_int_equal(hll_merge_text(&a, buf), -1);
	buf[HLL_TEXTLEN - 1] = '\0';
	assert_int_equal(hll_merge_text(&a, buf), -1);
	free(buf);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(estimate__small_counts_near_exact),
		cmocka_unit_test(estimate__within_three_standard_errors),
		cmocka_unit_test(merge__is_the_union),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
