/*
 * Unit tests of lib/stats/tail.c against R's pf, pt and pbeta
 * (tests/unit/fixtures/secrest.inc, from scripts/gen-fixtures-secrest.R).
 */
#include "unit.h"
#include "stats/tail.h"
#include "fixtures/secrest.inc"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Far tails to 1e-13; shapes summing above 1000 (where GSL's and R's
 * continued fractions are good to about 1e-12) to 1e-11. */
static double
tol(double a, double b)
{
	return a + b > 1e3 ? 1e-11 : 1e-13;
}

static void
tail_f__matches_r(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < N(tail_f_ref); i++) {
		const double *r = tail_f_ref[i];

		assert_rel(tail_f(r[0], r[1], r[2]), r[3], tol(r[1], r[2]));
		assert_rel(tail_f_lower(r[0], r[1], r[2]), r[4],
		    tol(r[1], r[2]));
	}
}

static void
tail_t2__matches_r(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < N(tail_t_ref); i++)
		assert_rel(tail_t2(tail_t_ref[i][0], tail_t_ref[i][1]),
		    tail_t_ref[i][2], 1e-13);
}

static void
tail_beta__matches_r(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < N(tail_beta_ref); i++) {
		const double *r = tail_beta_ref[i];

		assert_rel(tail_beta(r[0], 1 - r[0], r[1], r[2], 0), r[3],
		    tol(r[1], r[2]));
		assert_rel(tail_beta(r[0], 1 - r[0], r[1], r[2], 1), r[4],
		    tol(r[1], r[2]));
	}
	/* the ends of the support */
	assert_true(tail_beta(0, 1, 1e6, 1e6, 0) == 0);
	assert_true(tail_beta(1, 0, 1e6, 1e6, 1) == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(tail_f__matches_r),
		cmocka_unit_test(tail_t2__matches_r),
		cmocka_unit_test(tail_beta__matches_r),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
