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
#include "core/diag.h"
#include "model/formula.h"
#include "frame/frame.h"
#include "core/num.h"
#include "plot/plotstat.h"

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

/* head, rep n times, mid, then tail (n times if tail_n, else once). */
static char *
nest(const char *head, const char *rep, size_t n, const char *mid,
    const char *tail, int tail_n)
{
	size_t i, nt = tail_n ? n : 1;
	char *s = malloc(strlen(head) + n * strlen(rep) + strlen(mid) +
	    nt * strlen(tail) + 1), *p = s;

	p = stpcpy(p, head);
	for (i = 0; i < n; i++)
		p = stpcpy(p, rep);
	p = stpcpy(p, mid);
	for (i = 0; i < nt; i++)
		p = stpcpy(p, tail);
	return s;
}

/* Deep nesting overflowed the C stack (recursive descent): a depth
 * limit makes it a usage error; 200 levels still parse. */
static void
formula_parse__deep_nesting_is_an_error(void **state)
{
	struct formula *fm;
	struct diag d;
	size_t n;
	char *s[3];
	int k;

	(void)state;
	for (n = 200; n <= 100000; n += 99800) {
		s[0] = nest("y ~ ", "(", n, "x", ")", 1);	/* ((x)) */
		s[1] = nest("y ~ I(", "-", n, "x", ")", 0);	/* I(--x) */
		s[2] = nest("y ~ I(", "x^", n, "x", ")", 0);	/* I(x^x^x) */
		for (k = 0; k < 3; k++) {
			if (n == 200) {
				assert_int_equal(formula_parse(s[k], &fm, &d),
				    0);
				formula_free(fm);
			} else {
				assert_int_equal(formula_parse(s[k], &fm, &d),
				    -1);
				assert_int_equal(d.status, STATUS_USAGE);
			}
			free(s[k]);
		}
	}
}

/* (a + ... + l)^8 crossed thousands of terms by linear search for
 * minutes; more than 512 terms is a usage error. */
static void
formula_parse__too_many_terms_is_an_error(void **state)
{
	struct formula *fm;
	struct diag d;

	(void)state;
	/* 2^9 - 1 = 511 terms */
	assert_int_equal(formula_parse("y ~ (a+b+c+d+e+f+g+h+i)^9", &fm, &d),
	    0);
	formula_free(fm);
	assert_int_equal(formula_parse("y ~ (a+b+c+d+e+f+g+h+i+j)^8", &fm,
	    &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(formula_parse("y ~ a*b*c*d*e*f*g*h*i*j*k*l*m*n*o",
	    &fm, &d), -1);
}

static struct frame *
read_csv(const char *text)
{
	char path[] = "/tmp/test_harden_XXXXXX", *files[1] = { path };
	struct frame_opts o = { .delim = ',' };
	struct frame *f;
	struct diag d;
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");

	fputs(text, fp);
	fclose(fp);
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	unlink(path);
	return f;
}

/* A factor with no complete row has no level: nlev - 1 wrapped round
 * to SIZE_MAX columns and var_name() read past the levels. */
static void
formula_design__factor_without_complete_rows(void **state)
{
	struct frame *f = read_csv("y,a,b\n1,u,\n2,v,\n");
	struct formula_design *ds = NULL;
	struct formula *fm;
	struct diag d;
	int rc;

	(void)state;
	assert_int_equal(formula_parse("y ~ a + b", &fm, &d), 0);
	rc = formula_design(fm, f, FORMULA_NONE, 0, &ds, &d);
	if (rc == 0) {
		assert_int_equal(ds->n, 0);
		formula_design_free(ds);
	}
	formula_free(fm);
	frame_free(f);
}

/* A far outlier made the Freedman-Diaconis class count 3e111, cast to
 * long (undefined); it is capped as plot --bins is. */
static void
plotstat_nclass_fd__far_outlier_is_capped(void **state)
{
	static const double x[] = { 1, 2, 3, 4, 8e111 };
	static const double y[] = { 1, 2, 3, 4, 5, 6, 7, 8 };

	(void)state;
	assert_int_equal(plotstat_nclass_fd(x, 5), 100000);
	/* R: nclass.FD(1:8) */
	assert_int_equal(plotstat_nclass_fd(y, 8), 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(num_parse__lone_sign_reads_nothing_past_the_end),
		cmocka_unit_test(formula_parse__bad_poly_degree_frees_its_label),
		cmocka_unit_test(formula_parse__deep_nesting_is_an_error),
		cmocka_unit_test(formula_parse__too_many_terms_is_an_error),
		cmocka_unit_test(formula_design__factor_without_complete_rows),
		cmocka_unit_test(plotstat_nclass_fd__far_outlier_is_capped),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
