/* Unit tests of lib/stats/padjust.c against R (scripts/gen-fixtures-infer.R). */
#include "unit.h"
#include "core/diag.h"
#include "io/out.h"
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

/* p_adj lands after p_value; texts, empties and other numbers pass. */
static void
padjust_table__column__after_p_value(void **state)
{
	struct out_table *t = out_new();
	struct diag d;
	size_t i;
	/* R: p.adjust(c(0.01, NA, 0.04, 0.03), "holm") */
	const double p[] = { 0.01, NAN, 0.04, 0.03 },
	    want[] = { 0.03, NAN, 0.06, 0.06 };

	(void)state;
	out_column(t, "name");
	out_column(t, "p_value");
	out_column(t, "n");
	for (i = 0; i < 4; i++) {
		out_text(t, out_row(t), 0, i == 1 ? "resid" : "term");
		out_num(t, i, 1, p[i]);
		out_num(t, i, 2, (double)i);
	}
	assert_int_equal(padjust_table(&t, PADJUST_HOLM, &d), 0);
	assert_int_equal(t->ncols, 4);
	assert_string_equal(t->name[2], "p_adj");
	assert_string_equal(t->name[3], "n");
	for (i = 0; i < 4; i++) {
		double got = t->cell[i * 4 + 2].num;

		if (isnan(want[i]))
			assert_true(isnan(got));
		else
			assert_float_equal(got, want[i], 1e-15);
		assert_float_equal(t->cell[i * 4 + 3].num, (double)i, 0);
		assert_string_equal(t->arena + t->textoff[i * 4] - 1,
		    i == 1 ? "resid" : "term");
	}
	out_free(t);
}

static void
padjust_table__no_p_value__usage_error(void **state)
{
	struct out_table *t = out_new();
	struct diag d;

	(void)state;
	out_column(t, "p_adj");
	assert_int_equal(padjust_table(&t, PADJUST_BH, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	out_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(padjust__r_vectors__match_r),
		cmocka_unit_test(padjust__in_place__same_as_copy),
		cmocka_unit_test(padjust_parse_method__r_names__known),
		cmocka_unit_test(padjust_table__column__after_p_value),
		cmocka_unit_test(padjust_table__no_p_value__usage_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
