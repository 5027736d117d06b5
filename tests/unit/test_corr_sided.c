/* Unit tests of corr_sided() against R's cor.test (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/corr.h"

struct sided_case {
	const char		*file, *x, *y;
	enum corr_method	 m;
	enum alt		 alt;
	double			 estimate, statistic, p_value, lo, hi;
};

/* clang-format off */
static const struct sided_case cases[] = {
#include "fixtures/infer-corr.inc"
};

struct compare_case {
	const char	*file, *x, *y, *g, *levels;
	enum alt	 alt;
	double		 level, estimate, statistic, p_value, lo, hi;
};

static const struct compare_case compare_cases[] = {
#include "fixtures/infer-corr-compare.inc"
};
/* clang-format on */

static int
same(double got, double want, double rel)
{
	if (isnan(want) || isnan(got))
		return isnan(want) && isnan(got);
	return got == want || fabs(got - want) <= rel * fabs(want);
}

static void
corr_sided__r_cor_test__match_r(void **state)
{
	struct corr_result r;
	struct frame *f;
	struct diag d;
	const char *why;
	double *x, *y;
	size_t i, k, n, cx, cy, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct sided_case *c = &cases[i];

		f = unit_read_frame(c->file);
		cx = unit_column(f, c->x);
		cy = unit_column(f, c->y);
		assert_int_equal(frame_numeric(f, cx, &d), 0);
		assert_int_equal(frame_numeric(f, cy, &d), 0);
		x = malloc(f->nrows * sizeof(*x));
		y = malloc(f->nrows * sizeof(*y));
		for (n = k = 0; k < f->nrows; k++)
			if (!isnan(f->col[cx].num[k]) &&
			    !isnan(f->col[cy].num[k])) {
				x[n] = f->col[cx].num[k];
				y[n++] = f->col[cy].num[k];
			}
		corr_test(x, y, n, c->m, 0.95, &r, &why);
		corr_sided(&r, c->m, c->alt, 0.95);
		if (!same(r.estimate, c->estimate, 1e-9) ||
		    !same(r.statistic, c->statistic, 1e-9) ||
		    !same(r.p_value, c->p_value, 1e-7) ||
		    (c->m == CORR_PEARSON && (!same(r.conf_low, c->lo, 1e-9) ||
		    !same(r.conf_high, c->hi, 1e-9)))) {
			print_error("case %zu: %.17g %.17g %.17g [%.17g, "
			    "%.17g]; R %.17g %.17g %.17g [%.17g, %.17g]\n",
			    i + 1, r.estimate, r.statistic, r.p_value,
			    r.conf_low, r.conf_high, c->estimate, c->statistic,
			    c->p_value, c->lo, c->hi);
			nbad++;
		}
		free(x);
		free(y);
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

/* corr --compare's row against Fisher's z and Zou's interval in R. */
static void
corr_compare_frame__definitions__match_r(void **state)
{
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i, k, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(compare_cases) / sizeof(compare_cases[0]);
	    i++) {
		const struct compare_case *c = &compare_cases[i];
		const double want[] = { c->estimate, c->statistic, c->p_value,
		    c->lo, c->hi };
		const size_t col[] = { 4, 9, 10, 11, 12 };

		f = unit_read_frame(c->file);
		assert_int_equal(corr_compare_frame(f, unit_column(f, c->x),
		    unit_column(f, c->y), unit_column(f, c->g), c->levels,
		    c->alt, c->level, &t, &d), 0);
		for (k = 0; k < 5; k++)
			if (!same(t->cell[col[k]].num, want[k], k == 2 ? 1e-7 :
			    1e-9)) {
				print_error("case %zu column %s: %.17g, R "
				    "%.17g\n", i + 1, t->name[col[k]],
				    t->cell[col[k]].num, want[k]);
				nbad++;
			}
		out_free(t);
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

/* Fewer than 4 pairs in a level: an error, not a number. */
static void
corr_compare_frame__three_pairs__data_error(void **state)
{
	struct out_table *t;
	struct frame *f;
	struct diag d;

	(void)state;
	f = unit_read_frame("mtcars.csv");
	assert_int_equal(corr_compare_frame(f, unit_column(f, "mpg"),
	    unit_column(f, "wt"), unit_column(f, "carb"), "6,8", ALT_TWO_SIDED,
	    0.95, &t, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	frame_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(corr_sided__r_cor_test__match_r),
		cmocka_unit_test(corr_compare_frame__definitions__match_r),
		cmocka_unit_test(corr_compare_frame__three_pairs__data_error),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
