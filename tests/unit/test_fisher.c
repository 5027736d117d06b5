/*
 * Unit tests of lib/stats/fisher.c against R 4.2.2 (each value names the R
 * call that gives it); statistics agree to 1e-9 relative, p-values to
 * 1e-7.  chisq --fisher's route through the frame is in test_chisq.c.
 */
#include <math.h>
#include <string.h>

#include "unit.h"

#include "stats/fisher.h"
#include "core/diag.h"

#define STAT	1e-9
#define PVAL	1e-7

/* table(mtcars$cyl, mtcars$gear) */
static const double cyl_gear[] = { 1, 8, 2, 2, 4, 1, 12, 0, 2 };
static const double cyl_sum[] = { 11, 7, 14 }, gear_sum[] = { 15, 12, 5 };

static void
fisher_2x2__tea__alternatives(void **state)
{
	struct fisher_2x2 r;

	(void)state;
	/* fisher.test(matrix(c(3, 1, 1, 3), 2), alternative = ...) */
	fisher_2x2(3, 1, 1, 3, ALT_TWO_SIDED, 0.95, &r);
	assert_rel(r.p_value, 0.48571428571428582, PVAL);
	assert_rel(r.estimate, 6.4083088670057879, STAT);
	assert_rel(r.conf_low, 0.21173291530550292, STAT);
	assert_rel(r.conf_high, 621.9337505454173, STAT);
	fisher_2x2(3, 1, 1, 3, ALT_LESS, 0.95, &r);
	assert_rel(r.p_value, 0.98571428571428577, PVAL);
	assert_true(r.conf_low == 0);
	assert_rel(r.conf_high, 306.24686252085496, STAT);
	fisher_2x2(3, 1, 1, 3, ALT_GREATER, 0.95, &r);
	assert_rel(r.p_value, 0.24285714285714288, PVAL);
	assert_rel(r.conf_low, 0.31356926411021802, STAT);
	assert_true(isinf(r.conf_high));
}

static void
fisher_rxc__cyl_by_gear__either_way_round(void **state)
{
	double tr[9], p = NAN;
	struct diag d;
	size_t i, j;

	(void)state;
	/* fisher.test(table(cyl, gear))$p.value */
	assert_int_equal(fisher_rxc(cyl_gear, 3, 3, cyl_sum, gear_sum, 32,
	    1e7, &p, &d), 0);
	assert_rel(p, 8.2597156846191033e-05, PVAL);
	for (i = 0; i < 3; i++)
		for (j = 0; j < 3; j++)
			tr[j * 3 + i] = cyl_gear[i * 3 + j];
	p = NAN;
	/* fisher.test(t(table(cyl, gear)))$p.value */
	assert_int_equal(fisher_rxc(tr, 3, 3, gear_sum, cyl_sum, 32, 1e7,
	    &p, &d), 0);
	assert_rel(p, 8.2597156846191493e-05, PVAL);
}

static void
fisher_rxc__2x3__as_r(void **state)
{
	/* matrix(c(3, 1, 0, 2, 4, 5), 2), row-major */
	static const double x[] = { 3, 0, 4, 1, 2, 5 };
	static const double sr[] = { 7, 8 }, sc[] = { 4, 2, 9 };
	struct diag d;
	double p = NAN;

	(void)state;
	/* fisher.test(matrix(c(3, 1, 0, 2, 4, 5), 2))$p.value */
	assert_int_equal(fisher_rxc(x, 2, 3, sr, sc, 15, 1e7, &p, &d), 0);
	assert_rel(p, 0.38648018648018811, PVAL);
}

static void
fisher_rxc__too_many_steps__fails_with_the_size(void **state)
{
	struct diag d;
	double p = NAN;

	(void)state;
	assert_int_equal(fisher_rxc(cyl_gear, 3, 3, cyl_sum, gear_sum, 32, 1,
	    &p, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_non_null(strstr(d.msg, "3x3 table needs more than 1 steps"));
}

static void
fisher_stat__is_minus_sum_of_log_factorials(void **state)
{
	(void)state;
	/* sum(-lfactorial(table(cyl, gear))) */
	assert_rel(fisher_stat(cyl_gear, 9), -35.849312770434921, STAT);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fisher_2x2__tea__alternatives),
		cmocka_unit_test(fisher_rxc__cyl_by_gear__either_way_round),
		cmocka_unit_test(fisher_rxc__2x3__as_r),
		cmocka_unit_test(fisher_rxc__too_many_steps__fails_with_the_size),
		cmocka_unit_test(fisher_stat__is_minus_sum_of_log_factorials),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
