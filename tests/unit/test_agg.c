/* Unit tests of lib/agg.c against values computed by R. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "../../lib/agg.h"
#include "../../lib/diag.h"
#include "../../lib/frame.h"
#include "../../lib/group.h"

/* x <- c(2, 4, 4, 4, 5, 5, 7, 9, 1.5, 12.25) */
static const char xcsv[] =
    "g,x\na,2\na,4\nb,4\na,4\nb,5\na,5\nb,7\na,9\nb,1.5\nb,12.25\nb,NA\n";

static struct frame *
frame_of(const char *csv)
{
	struct frame_opts o = { ',', 0, NULL };
	struct frame *f;
	struct diag d;
	FILE *save = stdin;
	char *s = strdup(csv);

	stdin = fmemopen(s, strlen(s), "r");
	assert_int_equal(frame_read(0, NULL, &o, &f, &d), 0);
	fclose(stdin);
	stdin = save;
	free(s);
	return f;
}

static double
stat1(struct frame *f, size_t col, const char *name)
{
	struct agg_spec spec;
	struct agg_value v;
	struct group *g = group_by(f, NULL, 0, 0);
	struct diag d;

	assert_int_equal(agg_lookup(name, &spec), 0);
	assert_int_equal(agg_column(f, col, g, &spec, 1, 1, &v, &d), 0);
	group_free(g);
	return v.num;
}

static void
agg_column__matches_r(void **state)
{
	struct frame *f = frame_of(xcsv);

	(void)state;
	diag_quiet = 1;
	assert_rel(stat1(f, 1, "count"), 10, 0);
	assert_rel(stat1(f, 1, "missing"), 1, 0);
	assert_rel(stat1(f, 1, "mean"), 5.375, 1e-15);		/* mean(x) */
	assert_rel(stat1(f, 1, "var"), 10.600694444444445, 1e-14); /* var(x) */
	assert_rel(stat1(f, 1, "sd"), 3.2558707659310504, 1e-14); /* sd(x) */
	assert_rel(stat1(f, 1, "se"), 3.2558707659310504 / sqrt(10), 1e-14);
	/* sqrt(n*(n-1))/(n-2) * m3/m2^1.5 with population moments */
	assert_rel(stat1(f, 1, "skewness"), 1.0959315807278185, 1e-12);
	/* (n-1)/((n-2)*(n-3)) * ((n+1)*(m4/m2^2-3)+6) */
	assert_rel(stat1(f, 1, "kurtosis"), 1.0593771727018841, 1e-12);
	/* quantile(x, c(.25, .5, .75, .05, .999)), type 7 */
	assert_rel(stat1(f, 1, "q1"), 4, 1e-15);
	assert_rel(stat1(f, 1, "median"), 4.5, 1e-15);
	assert_rel(stat1(f, 1, "q3"), 6.5, 1e-15);
	assert_rel(stat1(f, 1, "p5"), 1.7250000000000001, 1e-15);
	assert_rel(stat1(f, 1, "p99.9"), 12.220749999999999, 1e-15);
	assert_rel(stat1(f, 1, "iqr"), 2.5, 1e-15);
	assert_rel(stat1(f, 1, "mad"), 2.2239, 1e-15);		/* mad(x) */
	assert_rel(stat1(f, 1, "cv"), 0.60574339831275359, 1e-14);
	assert_rel(stat1(f, 1, "min"), 1.5, 0);
	assert_rel(stat1(f, 1, "max"), 12.25, 0);
	assert_rel(stat1(f, 1, "range"), 10.75, 0);
	assert_rel(stat1(f, 1, "sum"), 53.75, 0);
	assert_rel(stat1(f, 1, "mode"), 4, 0);
	assert_rel(stat1(f, 1, "unique"), 7, 0);
	assert_rel(stat1(f, 1, "first"), 2, 0);
	assert_rel(stat1(f, 1, "last"), 12.25, 0);
	frame_free(f);
}

static void
agg_column__groups_in_first_appearance_order(void **state)
{
	struct frame *f = frame_of(xcsv);
	size_t key = 0;
	struct group *g = group_by(f, &key, 1, 0);
	struct agg_spec spec[2];
	struct agg_value v[4];
	struct diag d;

	(void)state;
	agg_lookup("mean", &spec[0]);
	agg_lookup("median", &spec[1]);
	assert_int_equal(g->ngroups, 2);
	assert_int_equal(agg_column(f, 1, g, spec, 2, 1, v, &d), 0);
	/* tapply(x, g, mean); b has 4, 5, 7, 1.5, 12.25 */
	assert_rel(v[0].num, 4.8, 1e-15);
	assert_rel(v[1].num, 4, 1e-15);
	assert_rel(v[2].num, 5.95, 1e-15);
	assert_rel(v[3].num, 5, 1e-15);
	group_free(g);
	frame_free(f);
}

static void
agg_column__undefined_is_nan(void **state)
{
	struct frame *f = frame_of("x\n3\nNA\n");

	(void)state;
	diag_quiet = 1;
	assert_true(isnan(stat1(f, 0, "sd")));
	assert_true(isnan(stat1(f, 0, "skewness")));
	assert_rel(stat1(f, 0, "mean"), 3, 0);
	frame_free(f);
}

static void
agg_column__text_is_an_error_when_strict(void **state)
{
	struct frame *f = frame_of("x\n3\n4\nfour\n");
	struct group *g = group_by(f, NULL, 0, 0);
	struct agg_spec spec;
	struct agg_value v;
	struct diag d;

	(void)state;
	agg_lookup("mean", &spec);
	assert_int_equal(agg_column(f, 0, g, &spec, 1, 1, &v, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_int_equal(d.line, 4);
	assert_string_equal(d.column, "x");
	assert_string_equal(d.msg, "\"four\" is not a number");
	group_free(g);
	frame_free(f);
}

static void
agg_moments__merge_equals_one_pass(void **state)
{
	struct agg_moments all = { 0 }, a = { 0 }, b = { 0 };
	double x;
	int i;

	(void)state;
	for (i = 0; i < 1000; i++) {
		x = sin(i) * 100 + i % 7;
		agg_moments_add(&all, x);
		agg_moments_add(i < 300 ? &a : &b, x);
	}
	agg_moments_merge(&a, &b);
	assert_rel(a.n, all.n, 0);
	assert_rel(a.mean, all.mean, 1e-13);
	assert_rel(a.m2, all.m2, 1e-12);
	assert_rel(a.m3, all.m3, 1e-10);
	assert_rel(a.m4, all.m4, 1e-12);
}

static int
cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static void
agg_quantile__selection_equals_sorting(void **state)
{
	double x[257], y[257], p, h, want;
	size_t n, i, lo;

	(void)state;
	srand(7);
	for (n = 1; n <= 257; n += 8) {
		for (p = 0; p <= 1; p += 0.125) {
			for (i = 0; i < n; i++)
				x[i] = y[i] = (double)(rand() % 50);	/* ties */
			qsort(y, n, sizeof(*y), cmp);
			h = (n - 1) * p;
			lo = (size_t)h;
			want = lo + 1 < n ? (1 - (h - lo)) * y[lo] +
			    (h - lo) * y[lo + 1] : y[lo];
			assert_near(agg_quantile(x, n, p), want, 1e-12);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(agg_column__matches_r),
		cmocka_unit_test(agg_column__groups_in_first_appearance_order),
		cmocka_unit_test(agg_column__undefined_is_nan),
		cmocka_unit_test(agg_column__text_is_an_error_when_strict),
		cmocka_unit_test(agg_moments__merge_equals_one_pass),
		cmocka_unit_test(agg_quantile__selection_equals_sorting),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
