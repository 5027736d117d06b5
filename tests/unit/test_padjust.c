/* Unit tests of lib/stats/padjust.c against R (scripts/gen-fixtures-infer.R). */
#include "unit.h"
#include "stats/padjust.h"

struct padj_case {
	size_t			 n;
	enum padjust_method	 m;
	double			 p[12], want[12];
};

/* clang-format off */
static const struct padj_case cases[] = {
#include "fixtures/infer-padjust.inc"
};
/* clang-format on */

static void
padjust__r_vectors__match_r(void **state)
{
	double got[12];
	size_t i, k, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		padjust(cases[i].p, cases[i].n, cases[i].m, got);
		for (k = 0; k < cases[i].n; k++)
			if (isnan(cases[i].want[k]) ? !isnan(got[k]) :
			    !(fabs(got[k] - cases[i].want[k]) <=
			    1e-12 * cases[i].want[k])) {
				print_error("case %zu %s [%zu]: %.17g, R %.17g\n",
				    i, padjust_method_name(cases[i].m), k,
				    got[k], cases[i].want[k]);
				nbad++;
			}
	}
	assert_int_equal(nbad, 0);
}

static void
padjust__in_place__same_as_copy(void **state)
{
	double p[] = { 0.04, 0.001, 0.03, 0.5 }, q[4];

	(void)state;
	padjust(p, 4, PADJUST_HOLM, q);
	padjust(p, 4, PADJUST_HOLM, p);
	assert_memory_equal(p, q, sizeof(p));
}

static void
padjust_parse_method__r_names__known(void **state)
{
	enum padjust_method m;

	(void)state;
	assert_int_equal(padjust_parse_method("fdr", &m), 0);
	assert_int_equal(m, PADJUST_BH);
	assert_int_equal(padjust_parse_method("BY", &m), 0);
	assert_int_equal(m, PADJUST_BY);
	assert_string_equal(padjust_method_name(PADJUST_HOMMEL), "hommel");
	assert_int_equal(padjust_parse_method("bh", &m), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(padjust__r_vectors__match_r),
		cmocka_unit_test(padjust__in_place__same_as_copy),
		cmocka_unit_test(padjust_parse_method__r_names__known),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
