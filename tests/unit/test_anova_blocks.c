/*
 * Unit tests of anova's Friedman and Fligner-Killeen views against R
 * (scripts/gen-fixtures-infer.R).
 */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/anova.h"

struct blocks_case {
	const char	*file, *y, *g, *block;
	double		 statistic, df, p_value, w;
};

/* clang-format off */
static const struct blocks_case cases[] = {
#include "fixtures/infer-anova.inc"
};
/* clang-format on */

static void
anova_run__friedman_fligner__match_r(void **state)
{
	struct anova_opts o = ANOVA_OPTS_INIT;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i, nbad = 0;
	int friedman;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct blocks_case *k = &cases[i];

		f = unit_read_frame(k->file);
		friedman = *k->block != '\0';
		o.y = unit_column(f, k->y);
		o.fac[0] = unit_column(f, k->g);
		o.nfac = 1;
		if (friedman) {
			o.fac[1] = unit_column(f, k->block);
			o.nfac = 2;
		}
		o.view = friedman ? ANOVA_FRIEDMAN : ANOVA_FLIGNER;
		assert_int_equal(anova_test(f, &o, &t, &d), 0);
		/* friedman: statistic, df, p, W; fligner: statistic, df1,
		 * df2, p */
		if (fabs(t->cell[1].num - k->statistic) > 1e-9 * k->statistic ||
		    t->cell[2].num != k->df ||
		    fabs(t->cell[friedman ? 3 : 4].num - k->p_value) > 1e-7 *
		    k->p_value || (friedman && fabs(t->cell[4].num - k->w) >
		    1e-9 * k->w)) {
			print_error("case %zu: %.17g %.17g, R %.17g %.17g\n",
			    i + 1, t->cell[1].num, t->cell[friedman ? 3 :
			    4].num, k->statistic, k->p_value);
			nbad++;
		}
		out_free(t);
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(anova_run__friedman_fligner__match_r),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
