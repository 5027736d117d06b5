/* test_regress: regress's front door (lib/learn/regress) against R's lm. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"
#include "learn/regress.h"
#include "model/formula.h"

/* R: coef(lm(dist ~ speed, cars)) */
#define CARS_B0	(-17.5790948905108948)
#define CARS_B1	3.9324087591240855

/* cars read through regress_columns(), as regress reads it. */
static struct frame *
read_cars(struct regress_spec *s)
{
	struct frame_opts o = { .delim = ',', .keep = regress_columns,
	    .keep_arg = s };
	char *files[] = { "testdata/cars.csv" };
	struct frame *f;
	struct diag d;

	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	return f;
}

/* -y and -x make "`dist` ~ `speed`"; "." the same; both fit as R's lm. */
static void
regress_frame__plain_and_dot__match_lm(void **state)
{
	const char *forms[] = { NULL, "dist ~ ." };
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		struct regress_spec s = { .formula = forms[i], .y = "dist",
		    .x = "speed", .conf_level = 0.95 };

		f = read_cars(&s);
		assert_non_null(s.fm);
		assert_string_equal(s.text, i == 0 ? "`dist` ~ `speed`" :
		    "dist ~ (`speed`)");
		assert_int_equal(regress_frame(&f, &s, &t, &d), 0);
		assert_null(f);		/* freed once the design held it */
		assert_int_equal(t->nrows, 2);
		assert_rel(t->cell[1].num, CARS_B0, 1e-12);
		assert_rel(t->cell[t->ncols + 1].num, CARS_B1, 1e-12);
		out_free(t);
		regress_spec_free(&s);
	}
}

/*
 * A malformed formula is reported against the text as written, not its
 * expansion; an unknown weights column is a usage error.
 */
static void
regress_columns__errors(void **state)
{
	char *names[] = { "speed", "dist" };
	unsigned char keep[2] = { 0, 0 };
	struct regress_spec s = { .formula = "dist ~ . +" };
	struct diag d;

	(void)state;
	assert_int_equal(regress_columns(&s, names, 2, keep, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_non_null(strstr(d.msg, "\"dist ~ . +\""));
	assert_non_null(strstr(d.msg, "(character 11)"));
	regress_spec_free(&s);
	s.formula = "dist ~ speed";
	s.weights = "nope";
	assert_int_equal(regress_columns(&s, names, 2, keep, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	regress_spec_free(&s);
	s.weights = NULL;
	s.view = REGRESS_AUGMENT;	/* writes every column */
	assert_int_equal(regress_columns(&s, names, 2, keep, &d), 0);
	assert_true(keep[0] == FRAME_KEEP && keep[1] == FRAME_KEEP);
	regress_spec_free(&s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(regress_frame__plain_and_dot__match_lm),
		cmocka_unit_test(regress_columns__errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
