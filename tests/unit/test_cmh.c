/* Unit tests of lib/stats/cmh.c against R (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/cmh.h"

struct cmh_case {
	const char	*file, *a, *b, *strata, *count;
	enum alt	 alt;
	double		 conf;
	int		 correct;
	double		 want[6];	/* estimate .. conf_high, as the table */
};

/* clang-format off */
static const struct cmh_case cases[] = {
#include "fixtures/infer-cmh.inc"
};
/* clang-format on */

static void
cmh_frame__r_tables__match_r(void **state)
{
	struct cmh_opts o = CMH_OPTS_INIT;
	struct cmh_spec sp;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i, c, nbad = 0;
	double got, want;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct cmh_case *k = &cases[i];

		f = unit_read_frame(k->file);
		sp.a = unit_column(f, k->a);
		sp.b = unit_column(f, k->b);
		sp.strata = *k->strata ? unit_column(f, k->strata) : CMH_NONE;
		sp.count = *k->count ? unit_column(f, k->count) : CMH_NONE;
		o.alt = k->alt;
		o.conf_level = k->conf;
		o.correct = k->correct;
		assert_int_equal(cmh_frame(f, &sp, &o, &t, &d), 0);
		for (c = 0; c < 6; c++) {
			got = t->cell[2 + c].num;
			want = k->want[c];
			if (isnan(want) ? !isnan(got) : !(got == want ||
			    fabs(got - want) <= (c == 3 ? 1e-7 : 1e-9) *
			    fabs(want))) {
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
cmh_test__small_stratum__error(void **state)
{
	struct cmh_opts o = CMH_OPTS_INIT;
	struct cmh_result r;
	struct diag d;
	double x[] = { 1, 2, 3, 4, 1, 0, 0, 0 };

	(void)state;
	assert_int_equal(cmh_test(x, 2, 2, 2, &o, &r, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cmh_frame__r_tables__match_r),
		cmocka_unit_test(cmh_test__small_stratum__error),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
