/* Unit tests of lib/stats/vartest.c against R (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/vartest.h"

struct vt_case {
	const char	*file, *col, *g, *a, *b;
	enum alt	 alt;
	double		 ratio, conf;
	double		 want[7];	/* estimate .. conf_high, as the table */
};

/* clang-format off */
static const struct vt_case cases[] = {
#include "fixtures/infer-vartest.inc"
};
/* clang-format on */

static void
vartest_frame__r_datasets__match_r(void **state)
{
	struct vartest_opts o = VARTEST_OPTS_INIT;
	struct vartest_spec sp;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	char levels[64];
	size_t i, c, g, nbad = 0;
	double got, want;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct vt_case *k = &cases[i];

		f = unit_read_frame(k->file);
		sp.x = unit_column(f, k->col);
		g = unit_column(f, k->g);
		sp.by = &g;
		snprintf(levels, sizeof(levels), "%s,%s", k->a, k->b);
		sp.levels = levels;
		o.alt = k->alt;
		o.ratio = k->ratio;
		o.conf_level = k->conf;
		assert_int_equal(vartest_frame(f, &sp, &o, &t, &d), 0);
		for (c = 0; c < 7; c++) {
			got = t->cell[2 + c].num;
			want = k->want[c];
			if (!(got == want || fabs(got - want) <= (c == 4 ?
			    1e-7 : 1e-9) * fabs(want))) {
				print_error("case %zu column %s: %.17g, R %.17g"
				    "\n", i + 1, t->name[2 + c], got, want);
				nbad++;
			}
		}
		out_free(t);
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

static void
vartest_test__hostile__errors(void **state)
{
	struct vartest_opts o = VARTEST_OPTS_INIT;
	struct vartest_result r;
	double x[] = { 1, 2, 4 }, c[] = { 3, 3, 3 };
	struct diag d;

	(void)state;
	assert_int_equal(vartest_test(x, 1, x, 3, &o, &r, &d), -1);
	assert_int_equal(vartest_test(x, 3, c, 3, &o, &r, &d), -1);
	assert_int_equal(vartest_test(c, 3, x, 3, &o, &r, &d), 0);
	assert_true(r.estimate == 0 && r.p_value < 0.05);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(vartest_frame__r_datasets__match_r),
		cmocka_unit_test(vartest_test__hostile__errors),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
