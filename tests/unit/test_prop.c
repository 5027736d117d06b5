/* Unit tests of lib/stats/prop.c against R (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "stats/prop.h"

struct prop_case {
	int		 binom;
	size_t		 k;
	double		 x[6], n[6], p[6];
	enum alt	 alt;
	double		 conf;
	int		 correct, wilson;
	double		 estimate, statistic, df, p_value, lo, hi;
};

/* clang-format off */
static const struct prop_case cases[] = {
#include "fixtures/infer-prop.inc"
};
/* clang-format on */

/* Both undefined, or within rel of each other (absolutely, near 0). */
static int
same(double got, double want, double rel)
{
	if (isnan(want) || isnan(got))
		return isnan(want) && isnan(got);
	return fabs(got - want) <= rel * fmax(fabs(want), 1e-6);
}

static void
prop_test__r_cases__match_r(void **state)
{
	struct prop_opts o = PROP_OPTS_INIT;
	struct prop_result r;
	struct diag d;
	size_t i, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct prop_case *c = &cases[i];

		o.binom = c->binom;
		o.alt = c->alt;
		o.conf_level = c->conf;
		o.p = isnan(c->p[0]) ? NULL : c->p;
		o.np = c->k;
		o.correct = c->correct;
		o.wilson = c->wilson;
		assert_int_equal(prop_test(c->x, c->n, c->k, &o, &r, &d), 0);
		if (!same(r.estimate, c->estimate, 1e-9) ||
		    !same(r.statistic, c->statistic, 1e-9) ||
		    !same(r.df, c->df, 0) ||
		    !same(r.p_value, c->p_value, 1e-7) ||
		    !same(r.conf_low, c->lo, 1e-9) ||
		    !same(r.conf_high, c->hi, 1e-9)) {
			print_error("case %zu (%s): est %.17g stat %.17g p "
			    "%.17g ci %.17g %.17g; R %.17g %.17g %.17g %.17g "
			    "%.17g\n", i + 1, r.method, r.estimate,
			    r.statistic, r.p_value, r.conf_low, r.conf_high,
			    c->estimate, c->statistic, c->p_value, c->lo,
			    c->hi);
			nbad++;
		}
	}
	assert_int_equal(nbad, 0);
}

static void
prop_test__bad_counts__usage_error(void **state)
{
	struct prop_opts o = PROP_OPTS_INIT;
	struct prop_result r;
	struct diag d;
	double x[] = { 5, 3 }, n[] = { 4, 0 }, half[] = { 2.5 }, ten[] = { 10 };

	(void)state;
	assert_int_equal(prop_test(x, n, 1, &o, &r, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(prop_test(x + 1, n + 1, 1, &o, &r, &d), -1);
	assert_int_equal(prop_test(half, ten, 1, &o, &r, &d), -1);
	o.binom = 1;
	assert_int_equal(prop_test(x + 1, ten, 1, &o, &r, &d), 0);
	assert_int_equal(prop_test(x, n, 2, &o, &r, &d), -1);
}

static void
prop_test__all_failures_k2__undefined_statistic(void **state)
{
	struct prop_opts o = PROP_OPTS_INIT;
	struct prop_result r;
	struct diag d;
	double x[] = { 0, 0 }, n[] = { 10, 12 };

	(void)state;
	assert_int_equal(prop_test(x, n, 2, &o, &r, &d), 0);
	assert_true(isnan(r.statistic));	/* R: NaN, 0/0 */
	assert_true(isnan(r.p_value));
	assert_true(r.small);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(prop_test__r_cases__match_r),
		cmocka_unit_test(prop_test__bad_counts__usage_error),
		cmocka_unit_test(prop_test__all_failures_k2__undefined_statistic),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
