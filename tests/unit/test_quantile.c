/* Unit tests of lib/stats/quantile.c: R's type 7, to the bit. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "stats/quantile.h"

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void
quantile_at__selection_equals_sorting(void **state)
{
	double x[257], y[257], p, h, want;
	size_t n, i, lo;

	(void)state;
	srand(7);
	for (n = 1; n <= 257; n += 8) {
		for (p = 0; p <= 1; p += 0.125) {
			for (i = 0; i < n; i++)
				x[i] = y[i] = (double)(rand() % 50);	/* ties */
			qsort(y, n, sizeof(*y), cmp);
			h = (n - 1) * p;
			lo = (size_t)h;
			want = lo + 1 < n ? (1 - (h - lo)) * y[lo] +
			    (h - lo) * y[lo + 1] : y[lo];
			assert_near(quantile_at(x, n, p), want, 1e-12);
		}
	}
}

/* Several p at once (in increasing order, some equal, some of one x[lo])
 * give what each gives alone, to the bit. */
static void
quantile_many__many_p_equal_one_at_a_time(void **state)
{
	static const double p[] = { 0, 0.001, 0.1, 0.25, 0.25, 0.2501, 0.5,
	    0.5, 0.75, 0.9, 0.999, 1 };
	double x[1001], y[1001], q[12];
	size_t n, i, k, np = sizeof(p) / sizeof(p[0]);

	(void)state;
	srand(11);
	for (n = 1; n <= 1001; n += 50) {
		for (i = 0; i < n; i++)
			x[i] = (double)(rand() % 300) / 7;	/* ties */
		quantile_many(x, n, p, np, q);
		for (k = 0; k < np; k++) {
			memcpy(y, x, n * sizeof(*x));
			assert_true(q[k] == quantile_at(y, n, p[k]));
		}
	}
	quantile_many(x, 0, p, np, q);
	assert_true(isnan(q[0]) && isnan(q[np - 1]));
}

#include "fixtures/quantile.inc"

/* R's type 7 to the bit: 1 + (n-1)p is rounded before its fraction is
 * taken, as R's quantile.default does. */
static void
quantile_many__bit_equal_to_r(void **state)
{
	double x[40], q[13];
	size_t i, k;

	(void)state;
	for (i = 0; i < sizeof(qfix) / sizeof(qfix[0]); i++) {
		memcpy(x, qfix[i].x, qfix[i].n * sizeof(*x));
		quantile_many(x, qfix[i].n, qfix_p, 13, q);
		for (k = 0; k < 13; k++)
			assert_true(q[k] == qfix[i].q[k]);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(quantile_at__selection_equals_sorting),
		cmocka_unit_test(quantile_many__many_p_equal_one_at_a_time),
		cmocka_unit_test(quantile_many__bit_equal_to_r),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
