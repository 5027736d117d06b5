/*
 * Regression tests of the lib/ bugs found by fuzzing (issue 9); each
 * input is also kept in tests/fuzz/corpus/.  Run under ASan and UBSan, a
 * test fails by a sanitizer report as well as by an assertion.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "../../lib/diag.h"
#include "../../lib/formula.h"
#include "../../lib/frame.h"
#include "../../lib/num.h"
#include "../../lib/plotstat.h"

/* A heap copy of exactly len bytes: a read past the end shows. */
static char *
exact(const char *s, size_t len)
{
	char *p = malloc(len ? len : 1);

	memcpy(p, s, len);
	return p;
}

/* num_parse read one byte past a lone sign (looking for "inf"). */
static void
num_parse__lone_sign_reads_nothing_past_the_end(void **state)
{
	static const char *bad[] = { "-", "+", " -", "i", "in", "-in" };
	double x;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		char *p = exact(bad[i], strlen(bad[i]));

		assert_int_equal(num_parse(p, strlen(bad[i]), &x, NULL, NULL),
		    NUM_BAD);
		free(p);
	}
	{
		char *p = exact("-inf", 4);

		assert_int_equal(num_parse(p, 4, &x, NULL, NULL), 0);
		assert_true(isinf(x) && x < 0);
		free(p);
	}
}

/* A rejected poly() degree leaked the variable's label. */
static void
formula_parse__bad_poly_degree_frees_its_label(void **state)
{
	struct formula *fm = NULL;
	struct diag d;

	(void)state;
	assert_int_equal(formula_parse("mpg ~ poly(wt, 0)", &fm, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(formula_parse("y ~ a + poly(b, 21)", &fm, &d), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(num_parse__lone_sign_reads_nothing_past_the_end),
		cmocka_unit_test(formula_parse__bad_poly_degree_frees_its_label),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
