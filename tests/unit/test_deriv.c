/* Unit tests of lib/model/deriv.c: exact derivatives of nls models. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/deriv.h"
#include "model/formula.h"

static char *const cols[] = { "x", "z" };
static char *const par[] = { "a", "b", "c" };

static struct deriv *
compile(const char *text, struct formula **fm)
{
	struct deriv *dv = NULL;
	struct diag d;

	assert_int_equal(formula_parse_expr(text, fm, &d), 0);
	assert_int_equal(deriv_compile(formula_rhs(*fm), cols, 2, par, 3, &dv,
	    &d), 0);
	return dv;
}

static void
text_is(const struct deriv *dv, size_t k, const char *want)
{
	char *s = deriv_text(dv, k, cols, par);

	assert_string_equal(s, want);
	free(s);
}

static void
deriv__symbolic_derivatives_simplified(void **state)
{
	struct formula *fm;
	struct deriv *dv;

	(void)state;
	dv = compile("y ~ a * (1 - exp(-b * x))", &fm);
	text_is(dv, DERIV_VALUE, "(a * (1 - exp((-b * x))))");
	text_is(dv, 0, "(1 - exp((-b * x)))");
	text_is(dv, 1, "(a * -(exp((-b * x)) * -x))");
	text_is(dv, 2, "0");
	deriv_free(dv);
	formula_free(fm);
	dv = compile("y ~ a * x^b + c", &fm);
	text_is(dv, 0, "(x ^ b)");
	text_is(dv, 1, "(a * ((x ^ b) * log(x)))");
	text_is(dv, 2, "1");
	deriv_free(dv);
	formula_free(fm);
	dv = compile("y ~ (a + x)^3", &fm);
	text_is(dv, 0, "(3 * ((a + x) ^ 2))");
	deriv_free(dv);
	formula_free(fm);
}

/* every rule, first and second derivatives, against central differences */
static void
deriv__every_function_against_differences(void **state)
{
	static const char *const f[] = {
		"y ~ a * exp(b * x) + c",
		"y ~ log(a * x + b) * c",
		"y ~ log2(a * x) + log10(b * x) - c",
		"y ~ sqrt(a + b * x) / (c + x)",
		"y ~ sin(a * x) * cos(b * x) + atan(c * x)",
		"y ~ pnorm((x - a) / b) * c",
		"y ~ a^b * x^c + I(a * z)",
		"y ~ -(a - b) / (c * x) + pi * a",
		"y ~ (a / b) * exp(-0.5 * ((x - c) / b)^2)",
		"y ~ b^(a * x) + a^c",
	};
	long double xv[] = { 0.7L, 1.9L }, zv[] = { 2.5L, -1.0L };
	const long double *x[] = { xv, zv };
	double p[] = { 1.3, 0.8, 2.1 }, q[3];
	struct formula *fm;
	struct deriv *dv;
	size_t k, i, j, m;

	(void)state;
	for (k = 0; k < sizeof(f) / sizeof(f[0]); k++) {
		dv = compile(f[k], &fm);
		for (i = 0; i < 2; i++)
			for (j = 0; j < 3; j++) {
				double h = 1e-6, g;
				long double up, dn;

				memcpy(q, p, sizeof(p));
				q[j] = p[j] + h;
				up = deriv_eval(dv, DERIV_VALUE, x, i, q);
				q[j] = p[j] - h;
				dn = deriv_eval(dv, DERIV_VALUE, x, i, q);
				g = (double)((up - dn) / (2 * h));
				assert_near((double)deriv_eval(dv, j, x, i, p),
				    g, 1e-7);
				for (m = 0; m < 3; m++) {	/* d2/dj dm */
					q[j] = p[j];
					q[m] = p[m] + h;
					up = deriv_eval(dv, j, x, i, q);
					q[m] = p[m] - h;
					dn = deriv_eval(dv, j, x, i, q);
					q[m] = p[m];
					g = (double)((up - dn) / (2 * h));
					assert_near((double)deriv_eval2(dv, j,
					    m, x, i, p), g, 1e-6);
				}
			}
		deriv_free(dv);
		formula_free(fm);
	}
}

static void
deriv__unknown_names_and_functions(void **state)
{
	struct formula *fm;
	struct deriv *dv = NULL;
	struct diag d;

	(void)state;
	assert_int_equal(formula_parse_expr("y ~ a * w", &fm, &d), 0);
	assert_int_equal(deriv_compile(formula_rhs(fm), cols, 2, par, 3, &dv,
	    &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_string_equal(d.msg, "\"w\" is neither a column nor a parameter "
	    "given a --start value");
	formula_free(fm);
	assert_int_equal(formula_parse_expr("y ~ abs(a * x)", &fm, &d), 0);
	assert_int_equal(deriv_compile(formula_rhs(fm), cols, 2, par, 3, &dv,
	    &d), -1);
	formula_free(fm);
	assert_int_equal(formula_parse_expr("y ~ a *", &fm, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(deriv__symbolic_derivatives_simplified),
		cmocka_unit_test(deriv__every_function_against_differences),
		cmocka_unit_test(deriv__unknown_names_and_functions),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
