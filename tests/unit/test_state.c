/*
 * Unit tests of lib/stats/state.c: numbers written as a state writes them
 * read back bit for bit (normal, subnormal, negative, huge, zero, small
 * integers), the fast reader agreeing with strtod(), names escaped and
 * split back, and the fingerprint being FNV-1a 64 (its published values
 * for "" and "a").
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "stats/state.h"
#include "io/out.h"

static void
round_trip(void **state)
{
	static const double xs[] = { 0, -0.0, 1, -1, 0.1, -3.14159, 1e300,
	    -1e-300, 4.9e-324, 2.2250738585072009e-308, 0x1.fffffffffffffp+1023,
	    59, 123456789012345.0, 1e15, 0x1p-1074, 7.5 };
	char buf[64], *end;
	uint64_t bits;
	double x, y;
	size_t i;
	int k;

	(void)state;
	for (i = 0; i < sizeof(xs) / sizeof(xs[0]); i++) {
		snprintf(buf, sizeof(buf), "%a", xs[i]);
		y = state_read_num(buf, &end);
		assert_int_equal(*end, '\0');
		assert_memory_equal(&y, &xs[i], sizeof(y));
	}
	/* random bit patterns, finite */
	srand(7);
	for (k = 0; k < 20000; k++) {
		bits = (uint64_t)rand() << 42 ^ (uint64_t)rand() << 21 ^
		    (uint64_t)rand();
		memcpy(&x, &bits, sizeof(x));
		if (!isfinite(x))
			continue;
		snprintf(buf, sizeof(buf), "%a", x);
		y = state_read_num(buf, &end);
		assert_int_equal(*end, '\0');
		assert_memory_equal(&y, &x, sizeof(y));
	}
	/* decimals: the fast path for integers, strtod for the rest */
	assert_true(state_read_num("59", &end) == 59 && *end == '\0');
	assert_true(state_read_num("-12", &end) == -12 && *end == '\0');
	assert_true(state_read_num("1e3", &end) == 1000 && *end == '\0');
	assert_true(state_read_num("12345678901234567", &end) ==
	    12345678901234567.0 && *end == '\0');
	assert_true(state_read_num("2.5", &end) == 2.5 && *end == '\0');
	(void)state_read_num("12x", &end);
	assert_int_equal(*end, 'x');
	(void)state_read_num("0x1.8p+", &end);
	assert_int_not_equal(*end, '\0');
}

static void
names(void **state)
{
	struct state_text t = { NULL, 0, 0 };
	char **v = NULL;
	size_t n = 0;

	(void)state;
	state_text_name(&t, "a,b");
	state_text_put(&t, ",", 1);
	state_text_name(&t, "x;y %=");
	assert_string_equal(t.p, "a%2Cb,x%3By%20%25%3D");
	state_split_names(t.p, &v, &n);
	assert_int_equal(n, 2);
	assert_string_equal(v[0], "a,b");
	assert_string_equal(v[1], "x;y %=");
	free(v[0]);
	free(v[1]);
	free(v);
	free(t.p);
}

static void
fingerprint(void **state)
{
	char fp[STATE_FPLEN];

	(void)state;
	state_fingerprint("", fp);
	assert_string_equal(fp, "#cbf29ce484222325");
	state_fingerprint("a", fp);
	assert_string_equal(fp, "#af63dc4c8601ec8c");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip),
		cmocka_unit_test(names),
		cmocka_unit_test(fingerprint),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
