/*
 * Unit tests of lib/wrangle/cut.c against R 4.2.2's cut(): breaks of
 * cut(x, K), the interval of every value and the labels, for right and
 * left-closed intervals with and without include.lowest
 * (scripts/gen-fixtures-wrangle.R writes fixtures/wrangle-cut.inc).
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "wrangle/cut.h"

struct cut_case {
	int	 equal;		/* breaks = K: cut(x, K) */
	int	 right, lowest;
	size_t	 n;
	double	 x[12];
	size_t	 nb;
	double	 breaks[8];
	const char *label[8];
	long	 code[12];	/* -1: NA */
};

static const struct cut_case cases[] = {
#include "fixtures/wrangle-cut.inc"
};

static void
cut__every_case__as_r(void **state)
{
	size_t c, i;

	(void)state;
	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		const struct cut_case *r = &cases[c];
		double br[8], lo = r->x[0], hi = r->x[0];
		char *lab[8];

		memcpy(br, r->breaks, sizeof(br));
		if (r->equal) {
			for (i = 0; i < r->n; i++) {
				lo = fmin(lo, r->x[i]);
				hi = fmax(hi, r->x[i]);
			}
			cut_breaks_equal(lo, hi, r->nb - 1, br);
			for (i = 0; i < r->nb; i++)
				assert_near(br[i], r->breaks[i], 1e-15);
		}
		for (i = 0; i < r->n; i++)
			assert_int_equal(cut_find(br, r->nb, r->x[i], r->right,
			    r->lowest), r->code[i]);
		cut_labels(br, r->nb, r->right, r->lowest, lab);
		for (i = 0; i + 1 < r->nb; i++) {
			assert_string_equal(lab[i], r->label[i]);
			free(lab[i]);
		}
	}
}

static void
cut_find__outside_and_nan__minus_one(void **state)
{
	static const double br[] = { 0, 1, 2 };

	(void)state;
	assert_int_equal(cut_find(br, 3, -0.5, 1, 1), -1);
	assert_int_equal(cut_find(br, 3, 2.5, 0, 1), -1);
	assert_int_equal(cut_find(br, 3, NAN, 1, 1), -1);
	assert_int_equal(cut_find(br, 3, 1, 1, 0), 0);
	assert_int_equal(cut_find(br, 3, 1, 0, 0), 1);
	assert_int_equal(cut_find(br, 1, 0, 1, 1), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(cut__every_case__as_r),
		cmocka_unit_test(cut_find__outside_and_nan__minus_one),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
