/* Unit tests of lib/stats/effect.c against R (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "stats/effect.h"

struct effect_case {
	double		 d, hn, df;
	enum alt	 alt;
	double		 level, d_low, d_high, g, g_low, g_high;
};

/* clang-format off */
static const struct effect_case cases[] = {
#include "fixtures/infer-effect.inc"
};
/* clang-format on */

static int
same(double got, double want)
{
	if (isinf(want) || isinf(got))
		return got == want;
	return got == want || fabs(got - want) <= 1e-9 * fabs(want) + 1e-15;
}

static void
effect_cohens_d__uniroot_on_pt__match_r(void **state)
{
	struct effect_d e;
	size_t i, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct effect_case *c = &cases[i];

		effect_cohens_d(c->d, c->hn, c->df, c->alt, c->level, &e);
		if (!same(e.d_low, c->d_low) || !same(e.d_high, c->d_high) ||
		    !same(e.g, c->g) || !same(e.g_low, c->g_low) ||
		    !same(e.g_high, c->g_high)) {
			print_error("case %zu: d [%.17g, %.17g] g %.17g [%.17g, "
			    "%.17g]; R [%.17g, %.17g] %.17g [%.17g, %.17g]\n",
			    i + 1, e.d_low, e.d_high, e.g, e.g_low, e.g_high,
			    c->d_low, c->d_high, c->g, c->g_low, c->g_high);
			nbad++;
		}
	}
	assert_int_equal(nbad, 0);
}

/* No spread, or one value: d is NaN, and so is everything after it. */
static void
effect_cohens_d__undefined__nan(void **state)
{
	struct effect_d e;

	(void)state;
	effect_cohens_d(NAN, 0.5, 4, ALT_TWO_SIDED, 0.95, &e);
	assert_true(isnan(e.d_low) && isnan(e.d_high) && isnan(e.g));
	effect_cohens_d(1, 1, 0, ALT_TWO_SIDED, 0.95, &e);
	assert_true(isnan(e.d_low) && isnan(e.g));
	effect_cohens_d(1, 0.5, 1, ALT_TWO_SIDED, 0.95, &e);
	assert_true(isfinite(e.d_low) && isnan(e.g));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(effect_cohens_d__uniroot_on_pt__match_r),
		cmocka_unit_test(effect_cohens_d__undefined__nan),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
