/*
 * Unit tests of lib/stats/state.c: numbers written as a state writes them
 * read back bit for bit (normal, subnormal, negative, huge, zero, small
 * integers), the fast reader agreeing with strtod(), names escaped and
 * split back, and the fingerprint being FNV-1a 64 (its published values
 * for "" and "a"); moments of parts merged as the whole's, and the
 * t-test of merged summaries as the test of the whole (R's t.test of the
 * sleep data: t -1.860813, df 17.77647, p 0.07939414), the signature's
 * fields found.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "stats/htest.h"
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

/* R's sleep: extra of group 1 and group 2. */
static const double sleep1[] = { 0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8,
	0.0, 2.0 };
static const double sleep2[] = { 1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6,
	4.6, 3.4 };

static void
summary(const struct state_mom *s, struct htest_summary *h)
{
	h->n = (size_t)s->n;
	h->mean = s->mean;
	h->var = s->m2 / (s->n - 1);
}

static void
moments_merged(void **state)
{
	struct state_mom whole, a, b, c, e = { 0, 0, 0 };
	struct htest_summary x, y;
	struct htest_opts o = HTEST_OPTS_INIT;
	struct htest_result r, w;
	size_t cut;

	(void)state;
	state_mom_of(sleep1, 10, &whole);
	for (cut = 0; cut <= 10; cut++) {
		state_mom_of(sleep1, cut, &a);
		state_mom_of(sleep1 + cut, 10 - cut, &b);
		state_mom_merge(&a, &e);	/* an empty part changes nothing */
		c = e;
		state_mom_merge(&c, &a);
		state_mom_merge(&c, &b);
		assert_true(c.n == 10);
		assert_true(fabs(c.mean - whole.mean) <= 1e-15);
		assert_true(fabs(c.m2 - whole.m2) <= 1e-13 * whole.m2);
	}
	/* Welch's test of the two groups, from summaries of three parts */
	state_mom_of(sleep1, 4, &a);
	state_mom_of(sleep1 + 4, 6, &b);
	state_mom_merge(&a, &b);
	summary(&a, &x);
	state_mom_of(sleep2, 10, &c);
	summary(&c, &y);
	htest_summaries(&o, &x, &y, NULL, &r);
	htest_test(&o, sleep1, 10, sleep2, 10, &w);
	assert_true(fabs(r.statistic - -1.860813) < 1e-6);
	assert_true(fabs(r.df - 17.77647) < 1e-5);
	assert_true(fabs(r.p_value - 0.07939414) < 1e-8);
	assert_true(fabs(r.statistic - w.statistic) <= 1e-14);
	assert_true(fabs(r.p_value - w.p_value) <= 1e-14);
	assert_true(fabs(r.conf_low - w.conf_low) <= 1e-14);
	assert_string_equal(r.method, w.method);
}

static void
sig_values(void **state)
{
	size_t len = 0;
	const char *v;
	char *s;

	(void)state;
	v = state_sig_value("ttest;names=a,b;mu=0x1p+0;m=2", "mu", &len);
	assert_non_null(v);
	assert_int_equal(len, 6);
	assert_memory_equal(v, "0x1p+0", 6);
	assert_null(state_sig_value("ttest;names=a;mu=1", "m", &len));
	assert_null(state_sig_value("names=a;mu=1", "names", &len));
	s = state_sig_dup("ttest;names=a;m=2", "m");
	assert_string_equal(s, "2");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(round_trip),
		cmocka_unit_test(names),
		cmocka_unit_test(fingerprint),
		cmocka_unit_test(moments_merged),
		cmocka_unit_test(sig_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
