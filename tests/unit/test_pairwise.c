/* Unit tests of lib/stats/pairwise.c against R (scripts/gen-fixtures-infer.R). */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/pairwise.h"

struct pw_case {
	const char		*file, *y, *g, *success;
	enum pairwise_test	 test;
	enum alt		 alt;
	int			 pool_sd, paired;
	enum padjust_method	 adjust;
	size_t			 np;
	double			 est[15], stat[15], p[15], adj[15];
};

/* clang-format off */
static const struct pw_case cases[] = {
#include "fixtures/infer-pairwise.inc"
};
/* clang-format on */

static void
pairwise_frame__r_datasets__match_r(void **state)
{
	struct pairwise_opts o = PAIRWISE_OPTS_INIT;
	struct pairwise_spec sp;
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i, r, c, nbad = 0;
	double got, want, tol;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct pw_case *k = &cases[i];

		f = unit_read_frame(k->file);
		sp.y = unit_column(f, k->y);
		sp.g = unit_column(f, k->g);
		sp.levels = NULL;
		sp.success = k->success;
		o.test = k->test;
		o.alt = k->alt;
		o.pool_sd = k->pool_sd;
		o.paired = k->paired;
		o.adjust = k->adjust;
		assert_int_equal(pairwise_frame(f, &sp, &o, &t, &d), 0);
		assert_int_equal(t->nrows, k->np);
		for (r = 0; r < k->np; r++)
			for (c = 0; c < 4; c++) {
				got = t->cell[r * t->ncols + 2 + c].num;
				want = (c == 0 ? k->est : c == 1 ? k->stat :
				    c == 2 ? k->p : k->adj)[r];
				tol = c < 2 ? 1e-9 : 1e-7;
				if (!(fabs(got - want) <= tol * fabs(want))) {
					print_error("case %zu pair %zu col %zu: "
					    "%.17g, R %.17g\n", i + 1, r + 1, c,
					    got, want);
					nbad++;
				}
			}
		out_free(t);
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

static void
pairwise_pair__rows__column_by_column(void **state)
{
	size_t a, b;

	(void)state;
	pairwise_pair(0, 4, &a, &b);
	assert_true(a == 0 && b == 1);
	pairwise_pair(2, 4, &a, &b);
	assert_true(a == 0 && b == 3);
	pairwise_pair(3, 4, &a, &b);
	assert_true(a == 1 && b == 2);
	pairwise_pair(5, 4, &a, &b);
	assert_true(a == 2 && b == 3);
}

static void
pairwise_run__one_group__error(void **state)
{
	struct pairwise_opts o = PAIRWISE_OPTS_INIT;
	double x[] = { 1, 2, 3 }, e, s, p, q;
	size_t g[] = { 0, 0, 0 };
	struct diag d;

	(void)state;
	assert_int_equal(pairwise_tests(x, g, 3, 1, &o, &e, &s, &p, &q, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pairwise_frame__r_datasets__match_r),
		cmocka_unit_test(pairwise_pair__rows__column_by_column),
		cmocka_unit_test(pairwise_run__one_group__error),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
