/* Unit tests of lib/core/num.c: reading and printing numbers. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "core/num.h"

static int
parse(const char *s, double *x)
{
	return num_parse(s, strlen(s), x, NULL, NULL);
}

static void
num_parse__accepts_the_contract_forms(void **state)
{
	double x;
	int isint;

	(void)state;
	assert_int_equal(parse(" 12 ", &x), 0);
	assert_true(x == 12);
	assert_int_equal(parse("-1.5e3", &x), 0);
	assert_true(x == -1500);
	assert_int_equal(parse("+.5", &x), 0);
	assert_true(x == 0.5);
	assert_int_equal(parse("5.", &x), 0);
	assert_true(x == 5);
	assert_int_equal(parse("inf", &x), 0);
	assert_true(isinf(x) && x > 0);
	assert_int_equal(parse("-Infinity", &x), 0);
	assert_true(isinf(x) && x < 0);
	assert_int_equal(parse("1e-400", &x), 0);	/* underflow reads as 0 */
	assert_true(x == 0);
	assert_int_equal(num_parse("42", 2, &x, NULL, &isint), 0);
	assert_true(isint);
	assert_int_equal(num_parse("4e1", 3, &x, NULL, &isint), 0);
	assert_false(isint);
}

static void
num_parse__rejects_what_is_not_a_number(void **state)
{
	const char *bad[] = { "", " ", "12,5", "--3", "0x10", "nan", "NaN",
	    "1e", "e5", ".", "1.2.3", "12a", "inf5", "- 3" };
	double x;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		assert_int_equal(parse(bad[i], &x), NUM_BAD);
	assert_int_equal(parse("1e400", &x), NUM_RANGE);
	assert_int_equal(parse("-1e400", &x), NUM_RANGE);
}

static void
num_parse__is_correctly_rounded(void **state)
{
	const char *s[] = { "0.1", "0.3", "1000000.2", "3.14159265358979323846",
	    "123456789012345678901234567890", "2.2250738585072014e-308",
	    "4.9406564584124654e-324", "1.7976931348623157e308",
	    "9007199254740993", "0.000001234567", "299.85" };
	size_t i;
	double x;

	(void)state;
	for (i = 0; i < sizeof(s) / sizeof(s[0]); i++) {
		assert_int_equal(parse(s[i], &x), 0);
		assert_true(x == strtod(s[i], NULL));
	}
}

/* Fractions of every length, read eight digits at a time where they fit,
 * and a non-digit in each of the eight places. */
static void
num_parse__long_fractions_are_strtod(void **state)
{
	char s[64];
	size_t i, k, len;
	double x;

	(void)state;
	srand(777);
	for (i = 0; i < 100000; i++) {
		len = (size_t)snprintf(s, 24, "%d.", rand() % (i % 2 ? 100 :
		    2000000000));
		for (k = rand() % 26; k > 0; k--)
			s[len++] = (char)('0' + rand() % 10);
		s[len] = '\0';
		assert_int_equal(num_parse(s, len, &x, NULL, NULL), 0);
		assert_true(x == strtod(s, NULL));
	}
	for (k = 0; k < 8; k++) {
		strcpy(s, "1.12345678");
		s[2 + k] = k % 2 ? ':' : '/';	/* beside '0' and '9' */
		assert_int_equal(num_parse(s, 10, &x, NULL, NULL), NUM_BAD);
	}
}

static void
num_parse__rel_restores_the_decimal_value(void **state)
{
	double x;
	float rel;

	(void)state;
	/* 1000000.2 - 1000000.1 is exactly 0.1 in decimal; in doubles the
	 * difference is off by 1e-10, the error that rel corrects */
	double a, b;
	float ra, rb;
	assert_int_equal(num_parse("1000000.2", 9, &a, &ra, NULL), 0);
	assert_int_equal(num_parse("1000000.1", 9, &b, &rb, NULL), 0);
	assert_true(fabs((a - b) - 0.1) > 1e-11);
	assert_near((a - b) + (a * ra - b * rb), 0.1, 1e-15);
	assert_int_equal(num_parse("0.5", 3, &x, &rel, NULL), 0);
	assert_true(rel == 0);	/* exact in binary */
}

static void
num_format__shortest_round_trip(void **state)
{
	struct { double x; const char *want; } t[] = {
		{ 0.1, "0.1" }, { 5, "5" }, { 1e21, "1e+21" },
		{ 0.1 + 0.2, "0.30000000000000004" }, { -2.5, "-2.5" },
		{ 5e-324, "5e-324" }, { 1.0 / 3, "0.3333333333333333" },
		{ INFINITY, "inf" }, { -INFINITY, "-inf" }, { 1e-5, "1e-05" },
		{ 123456789, "123456789" },
	};
	char buf[NUM_BUFSZ];
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		num_format(t[i].x, 0, buf);
		assert_string_equal(buf, t[i].want);
	}
	num_format(3.14159, 3, buf);
	assert_string_equal(buf, "3.14");
}

static void
num_format__round_trips_random_doubles(void **state)
{
	char buf[NUM_BUFSZ];
	unsigned long long bits;
	double x;
	int i;

	(void)state;
	srand(12345);
	for (i = 0; i < 200000; i++) {
		bits = ((unsigned long long)rand() << 42) ^
		    ((unsigned long long)rand() << 21) ^ (unsigned long long)rand();
		memcpy(&x, &bits, sizeof(x));
		if (!isfinite(x))
			continue;
		num_format(x, 0, buf);
		assert_true(strtod(buf, NULL) == x);
	}
}

/* What num_format() prints by definition: the first of %.15g, %.16g and
 * %.17g that reads back (from %.1g for subnormals). */
static void
format_by_definition(double x, char *buf)
{
	int p;

	for (p = fpclassify(x) == FP_SUBNORMAL ? 1 : 15; p <= 17; p++) {
		snprintf(buf, NUM_BUFSZ, "%.*g", p, x);
		if (strtod(buf, NULL) == x)
			break;
	}
}

static void
num_format__is_the_first_g_that_reads_back(void **state)
{
	static const double edge[] = { -0.0, 1e15, 1e15 - 1, 1e16, 1e-4,
	    9.9999999999999995e-5, 999999999999999.9, 1.7976931348623157e308,
	    2.2250738585072014e-308, 4.9406564584124654e-324, 0.5, 1e22,
	    12345678901234.5625, 12345678901234.4375 };	/* 17 digits: ties */
	char got[NUM_BUFSZ], want[NUM_BUFSZ];
	unsigned long long bits;
	double x;
	size_t i;
	int j;

	(void)state;
	srand(4242);
	for (i = 0; i < 300000; i++) {
		if (i < sizeof(edge) / sizeof(edge[0]))
			x = edge[i];
		else if (i % 3 == 0) {	/* any double */
			bits = ((unsigned long long)rand() << 42) ^
			    ((unsigned long long)rand() << 21) ^
			    (unsigned long long)rand();
			memcpy(&x, &bits, sizeof(x));
			if (!isfinite(x))
				continue;
		} else if (i % 3 == 1)	/* means: 17 digits, ties of 5 */
			x = (rand() % 1000000 + 0.125) / (rand() % 997 + 1);
		else			/* short decimals and neighbours */
			x = nextafter((rand() % 100000) *
			    pow(10, rand() % 30 - 20), rand() % 2 ? INFINITY : 0);
		format_by_definition(x, want);
		assert_int_equal(num_format(x, 0, got), strlen(want));
		assert_string_equal(got, want);
	}
	/* around powers of two, where the gap below is half the one above */
	for (j = -18; j < 51; j++)
		for (x = nextafter(ldexp(1, j), INFINITY), i = 0; i < 6;
		    i++, x = nextafter(x, 0)) {
			format_by_definition(x, want);
			assert_int_equal(num_format(x, 0, got), strlen(want));
			assert_string_equal(got, want);
		}
}

static void
num_na__default_and_replaced(void **state)
{
	char big[70 + 1 + 63 + 1];
	struct num_na na;

	(void)state;
	num_na_init(&na, NULL);
	assert_true(num_na_match(&na, "", 0));
	assert_true(num_na_match(&na, "NA", 2));
	assert_true(num_na_match(&na, "N/A", 3));
	assert_true(num_na_match(&na, "NaN", 3));
	assert_true(num_na_match(&na, "null", 4));
	assert_false(num_na_match(&na, "na", 2));	/* case-sensitive */
	assert_false(num_na_match(&na, "NULL", 4));
	num_na_release(&na);
	num_na_init(&na, "-,?");
	assert_true(num_na_match(&na, "-", 1));
	assert_true(num_na_match(&na, "?", 1));
	assert_false(num_na_match(&na, "NA", 2));
	num_na_release(&na);
	/* lengths of 63 and more share one bit of the length filter */
	memset(big, 'm', sizeof(big) - 1);
	big[70] = ',';
	big[sizeof(big) - 1] = '\0';
	num_na_init(&na, big);		/* items of 70 and 63 m's */
	assert_true(num_na_match(&na, big, 70));
	assert_true(num_na_match(&na, big, 63));
	assert_false(num_na_match(&na, big, 64));
	assert_false(num_na_match(&na, big, 62));
	num_na_release(&na);
}

static void
num_parse_opt__is_strict(void **state)
{
	double x;
	long v;

	(void)state;
	assert_int_equal(num_parse_opt("0.95", &x), 0);
	assert_true(x == 0.95);
	assert_int_equal(num_parse_opt(" 1", &x), -1);
	assert_int_equal(num_parse_opt("inf", &x), -1);
	assert_int_equal(num_parse_opt("1e400", &x), -1);
	assert_int_equal(num_parse_int("17", 1, 17, &v), 0);
	assert_int_equal(num_parse_int("18", 1, 17, &v), -1);
	assert_int_equal(num_parse_int("-1", 1, 17, &v), -1);
	assert_int_equal(num_parse_int("3x", 1, 17, &v), -1);
}

static void
num_parse_list__items_and_errors(void **state)
{
	double *v;
	size_t n;
	char bad[64];

	(void)state;
	assert_int_equal(num_parse_list("1,2.5,-3", &v, &n, bad, sizeof(bad)),
	    0);
	assert_int_equal(n, 3);
	assert_true(v[0] == 1 && v[1] == 2.5 && v[2] == -3);
	free(v);
	assert_int_equal(num_parse_list("1,,2", &v, &n, bad, sizeof(bad)), -1);
	assert_null(v);
	assert_int_equal(num_parse_list("", &v, &n, bad, sizeof(bad)), -1);
	assert_int_equal(num_parse_list("1,x2,y", &v, &n, bad, sizeof(bad)),
	    -2);
	assert_string_equal(bad, "x2");
	assert_int_equal(n, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(num_parse__accepts_the_contract_forms),
		cmocka_unit_test(num_parse__rejects_what_is_not_a_number),
		cmocka_unit_test(num_parse__is_correctly_rounded),
		cmocka_unit_test(num_parse__long_fractions_are_strtod),
		cmocka_unit_test(num_parse__rel_restores_the_decimal_value),
		cmocka_unit_test(num_format__shortest_round_trip),
		cmocka_unit_test(num_format__round_trips_random_doubles),
		cmocka_unit_test(num_format__is_the_first_g_that_reads_back),
		cmocka_unit_test(num_na__default_and_replaced),
		cmocka_unit_test(num_parse_opt__is_strict),
		cmocka_unit_test(num_parse_list__items_and_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
