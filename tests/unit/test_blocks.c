/*
 * Unit tests of the repeated-measures ANOVA (anova --within) and Quade's
 * test (anova --quade) against R (scripts/gen-fixtures-infer.R), and of
 * their plain-array entries on degenerate blocks.
 */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/anova.h"
#include "stats/blocks.h"

struct design_case {
	const char	*file, *y, *g, *block;
	double		 v[14];
};

/* clang-format off */
static const struct design_case within_cases[] = {
#include "fixtures/infer-within.inc"
};
static const struct design_case quade_cases[] = {
#include "fixtures/infer-quade.inc"
};
/* clang-format on */

/* x as R's r: both NaN, or within tol relative (absolute near 0). */
static int
near(double x, double r, double tol)
{
	if (isnan(r) || isnan(x))
		return isnan(r) && isnan(x);
	return fabs(x - r) <= tol * fmax(fabs(r), 1e-300);
}

/* Run anova's view on a case; each cell from column 1 on against v[]. */
static size_t
check_view(const struct design_case *k, enum anova_view view, size_t ncell,
    const int *is_p)
{
	struct anova_opts o = ANOVA_OPTS_INIT;
	struct out_table *t;
	struct frame *f = unit_read_frame(k->file);
	struct diag d;
	size_t j, nbad = 0;

	o.y = unit_column(f, k->y);
	o.fac[0] = unit_column(f, k->g);
	o.fac[1] = unit_column(f, k->block);
	o.nfac = 2;
	o.view = view;
	assert_int_equal(anova_test(f, &o, &t, &d), 0);
	assert_int_equal(t->nrows, 1);
	for (j = 0; j < ncell; j++)
		if (!near(t->cell[j + 1].num, k->v[j], is_p[j] ? 1e-7 :
		    1e-9)) {
			print_error("%s %s: column %s: %.17g, R %.17g\n",
			    k->file, k->y, t->name[j + 1], t->cell[j + 1].num,
			    k->v[j]);
			nbad++;
		}
	out_free(t);
	frame_free(f);
	return nbad;
}

static void
anova_within__match_r(void **state)
{
	/* df1 df2 ss ss_error F p ges W W_p gg gg_p hf hf_p subjects */
	static const int is_p[] = { 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, 1,
		0 };
	size_t i, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(within_cases) / sizeof(within_cases[0]); i++)
		nbad += check_view(&within_cases[i], ANOVA_WITHIN, 14, is_p);
	assert_int_equal(nbad, 0);
}

static void
anova_quade__match_r(void **state)
{
	static const int is_p[] = { 0, 0, 0, 1 };
	size_t i, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(quade_cases) / sizeof(quade_cases[0]); i++)
		nbad += check_view(&quade_cases[i], ANOVA_QUADE, 4, is_p);
	assert_int_equal(nbad, 0);
}

/* Every subject the same profile: no error spread, so no F and no
 * epsilons; the treatment sum of squares is still there. */
static void
blocks_within__no_error_spread__nan(void **state)
{
	static const double y[] = { 1, 2, 4, 1, 2, 4, 1, 2, 4 };
	struct blocks_within w;

	(void)state;
	blocks_within(y, 3, 3, &w);
	assert_true(fabs(w.ss - 14) < 1e-12);
	assert_true(w.ss_error == 0);
	assert_true(isnan(w.statistic) && isnan(w.p_value) &&
	    isnan(w.gg_eps) && isnan(w.hf_eps) && isnan(w.mauchly_w));
	assert_non_null(w.undefined);
}

/* Fewer subjects than levels: F and the epsilons, no Mauchly's test. */
static void
blocks_within__few_subjects__no_mauchly(void **state)
{
	static const double y[] = { 1, 3, 2, 7, 2, 2, 5, 9, 4, 1, 6, 8 };
	struct blocks_within w;

	(void)state;
	blocks_within(y, 3, 4, &w);
	assert_true(isfinite(w.statistic) && isfinite(w.gg_eps));
	assert_true(isnan(w.mauchly_w) && isnan(w.mauchly_p));
	assert_non_null(w.undefined);
}

/* Every block tied: R's quade.test gives no statistic and p (k!)^(1-b). */
static void
blocks_quade__all_tied__r_p(void **state)
{
	static const double y[] = { 5, 5, 5, 2, 2, 2, 9, 9, 9, 1, 1, 1 };
	struct blocks_quade q;

	(void)state;
	blocks_quade(y, 4, 3, &q);
	assert_true(isnan(q.statistic) && isnan(q.df1));
	assert_true(fabs(q.p_value - 1.0 / 216) < 1e-15);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(anova_within__match_r),
		cmocka_unit_test(anova_quade__match_r),
		cmocka_unit_test(blocks_within__no_error_spread__nan),
		cmocka_unit_test(blocks_within__few_subjects__no_mauchly),
		cmocka_unit_test(blocks_quade__all_tied__r_p),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
