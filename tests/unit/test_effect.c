/* Unit tests of lib/stats/effect.c against R (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/anova.h"
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
static const struct anova_effect_case {
	const char	*file, *y, *g;
	enum alt	 alt;
	double		 level;
	size_t		 term;
	double		 v[10];	/* the columns from eta_sq_low on */
} anova_cases[] = {
#include "fixtures/infer-anova-effect.inc"
};
static const struct cramers_case {
	double		 chisq, n;
	size_t		 nr, nc;
	enum alt	 alt;
	double		 level;
	double		 v[6];	/* V, its ends; adjusted V, its ends */
} v_cases[] = {
#include "fixtures/infer-cramers-v.inc"
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

static void
anova_effect_ci__uniroot_on_pnf__match_r(void **state)
{
	size_t i, j, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(anova_cases) / sizeof(anova_cases[0]); i++) {
		const struct anova_effect_case *k = &anova_cases[i];
		struct anova_opts o = ANOVA_OPTS_INIT;
		struct frame *f = unit_read_frame(k->file);
		struct out_table *t;
		struct diag d;
		char g[64];
		char *comma;

		snprintf(g, sizeof(g), "%s", k->g);
		comma = strchr(g, ',');
		if (comma != NULL)
			*comma = '\0';
		o.y = unit_column(f, k->y);
		o.fac[0] = unit_column(f, g);
		if (comma != NULL) {
			o.fac[1] = unit_column(f, comma + 1);
			o.nfac = 2;
		}
		o.effect_ci = 1;
		o.alt = k->alt;
		o.conf_level = k->level;
		assert_int_equal(anova_test(f, &o, &t, &d), 0);
		assert_int_equal(t->ncols, 18);
		for (j = 0; j < 10; j++)
			if (!same(t->cell[k->term * t->ncols + 8 + j].num,
			    k->v[j])) {
				print_error("%s %s term %zu: %s %.17g, R %.17g\n",
				    k->file, k->g, k->term, t->name[8 + j],
				    t->cell[k->term * t->ncols + 8 + j].num,
				    k->v[j]);
				nbad++;
			}
		out_free(t);
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

static void
effect_cramers_v__uniroot_on_pnchisq__match_r(void **state)
{
	struct effect_v e;
	size_t i, j, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(v_cases) / sizeof(v_cases[0]); i++) {
		const struct cramers_case *k = &v_cases[i];
		double got[6];

		effect_cramers_v(k->chisq, k->n, k->nr, k->nc, k->alt,
		    k->level, &e);
		got[0] = e.v;
		got[1] = e.v_low;
		got[2] = e.v_high;
		got[3] = e.adj;
		got[4] = e.adj_low;
		got[5] = e.adj_high;
		for (j = 0; j < 6; j++)
			if (!same(got[j], k->v[j])) {
				print_error("case %zu value %zu: %.17g, R "
				    "%.17g\n", i + 1, j, got[j], k->v[j]);
				nbad++;
			}
	}
	assert_int_equal(nbad, 0);
}

/* An effect of 1 (no error left): NaN; below 0 (omega): as 0, whose F of
 * 0 is below every quantile, so [0, 0] as effectsize. */
static void
effect_f_interval__edges(void **state)
{
	double lo, hi;

	(void)state;
	effect_f_interval(1, 2, 10, ALT_TWO_SIDED, 0.95, &lo, &hi);
	assert_true(isnan(lo) && isnan(hi));
	effect_f_interval(-0.1, 2, 10, ALT_TWO_SIDED, 0.95, &lo, &hi);
	assert_true(lo == 0 && hi == 0);	/* effectsize: [0, 0] */
	effect_f_interval(0.6, 2, 10, ALT_GREATER, 0.95, &lo, &hi);
	assert_true(lo > 0 && hi == 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(effect_cohens_d__uniroot_on_pt__match_r),
		cmocka_unit_test(effect_cohens_d__undefined__nan),
		cmocka_unit_test(anova_effect_ci__uniroot_on_pnf__match_r),
		cmocka_unit_test(effect_f_interval__edges),
		cmocka_unit_test(effect_cramers_v__uniroot_on_pnchisq__match_r),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
