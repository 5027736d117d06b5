/* Unit tests of lib/stats/agg.c against values computed by R. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "stats/agg.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"

/* x <- c(2, 4, 4, 4, 5, 5, 7, 9, 1.5, 12.25) */
static const char xcsv[] =
    "g,x\na,2\na,4\nb,4\na,4\nb,5\na,5\nb,7\na,9\nb,1.5\nb,12.25\nb,NA\n";

/* Run an aggregation over csv on stdin; returns agg_run's rc. */
static int
run(const char *csv, const struct agg_request *q, struct out_table **t,
    struct diag *d)
{
	struct frame_opts o = { .delim = ',' };
	FILE *save = stdin;
	char *s = strdup(csv);
	int rc;

	stdin = fmemopen(s, strlen(s), "r");
	rc = agg_run(0, NULL, &o, q, t, d);
	fclose(stdin);
	stdin = save;
	free(s);
	return rc;
}

/* One statistic of column col, as describe -c col -s name computes it. */
static double
stat1(const char *csv, const char *col, const char *name)
{
	struct agg_request q = { 0 };
	struct agg_spec spec;
	struct out_table *t;
	struct diag d;
	double v;

	assert_int_equal(agg_lookup(name, &spec), 0);
	q.describe = 1;
	q.cols = col;
	q.spec = &spec;
	q.nspec = 1;
	assert_int_equal(run(csv, &q, &t, &d), 0);
	assert_int_equal(t->nrows, 1);
	v = t->cell[2].num;	/* column,type,NAME */
	out_free(t);
	return v;
}

static void
agg_run__matches_r(void **state)
{
	(void)state;
	assert_rel(stat1(xcsv, "x", "count"), 10, 0);
	assert_rel(stat1(xcsv, "x", "missing"), 1, 0);
	assert_rel(stat1(xcsv, "x", "mean"), 5.375, 1e-15);	/* mean(x) */
	assert_rel(stat1(xcsv, "x", "var"), 10.600694444444445, 1e-14);
	assert_rel(stat1(xcsv, "x", "sd"), 3.2558707659310504, 1e-14);
	assert_rel(stat1(xcsv, "x", "se"), 3.2558707659310504 / sqrt(10),
	    1e-14);
	/* sqrt(n*(n-1))/(n-2) * m3/m2^1.5 with population moments */
	assert_rel(stat1(xcsv, "x", "skewness"), 1.0959315807278185, 1e-12);
	/* (n-1)/((n-2)*(n-3)) * ((n+1)*(m4/m2^2-3)+6) */
	assert_rel(stat1(xcsv, "x", "kurtosis"), 1.0593771727018841, 1e-12);
	/* quantile(x, c(.25, .5, .75, .05, .999)), type 7 */
	assert_rel(stat1(xcsv, "x", "q1"), 4, 1e-15);
	assert_rel(stat1(xcsv, "x", "median"), 4.5, 1e-15);
	assert_rel(stat1(xcsv, "x", "q3"), 6.5, 1e-15);
	assert_rel(stat1(xcsv, "x", "p5"), 1.7250000000000001, 1e-15);
	assert_rel(stat1(xcsv, "x", "p99.9"), 12.220749999999999, 1e-15);
	assert_rel(stat1(xcsv, "x", "iqr"), 2.5, 1e-15);
	assert_rel(stat1(xcsv, "x", "mad"), 2.2239, 1e-15);	/* mad(x) */
	assert_rel(stat1(xcsv, "x", "cv"), 0.60574339831275359, 1e-14);
	assert_rel(stat1(xcsv, "x", "min"), 1.5, 0);
	assert_rel(stat1(xcsv, "x", "max"), 12.25, 0);
	assert_rel(stat1(xcsv, "x", "range"), 10.75, 0);
	assert_rel(stat1(xcsv, "x", "sum"), 53.75, 0);
	assert_rel(stat1(xcsv, "x", "mode"), 4, 0);
	assert_rel(stat1(xcsv, "x", "unique"), 7, 0);
	assert_rel(stat1(xcsv, "x", "first"), 2, 0);
	assert_rel(stat1(xcsv, "x", "last"), 12.25, 0);
}

static void
agg_run__groups_in_first_appearance_order(void **state)
{
	struct agg_ask ask[3];
	struct agg_request q = { 0 };
	struct out_table *t;
	struct diag d;

	(void)state;
	agg_lookup("mean", &ask[0].spec);
	ask[0].cols = "x";
	agg_lookup("median", &ask[1].spec);
	ask[1].cols = "x";
	memset(&ask[2], 0, sizeof(ask[2]));	/* count */
	q.keys = "g";
	q.ask = ask;
	q.nask = 3;
	assert_int_equal(run(xcsv, &q, &t, &d), 0);
	assert_int_equal(t->nrows, 2);
	assert_string_equal(t->name[1], "x_mean");
	assert_string_equal(t->name[3], "count");
	/* tapply(x, g, mean); b has 4, 5, 7, 1.5, 12.25 and NA */
	assert_rel(t->cell[1].num, 4.8, 1e-15);
	assert_rel(t->cell[2].num, 4, 1e-15);
	assert_rel(t->cell[3].num, 5, 0);
	assert_rel(t->cell[5].num, 5.95, 1e-15);
	assert_rel(t->cell[6].num, 5, 1e-15);
	assert_rel(t->cell[7].num, 6, 0);
	out_free(t);
}

static void
agg_run__undefined_is_nan(void **state)
{
	(void)state;
	assert_true(isnan(stat1("x\n3\nNA\n", "x", "sd")));
	assert_true(isnan(stat1("x\n3\nNA\n", "x", "skewness")));
	assert_rel(stat1("x\n3\nNA\n", "x", "mean"), 3, 0);
}

static void
agg_run__text_is_an_error_when_numbers_are_needed(void **state)
{
	struct agg_ask ask;
	struct agg_request q = { 0 };
	struct out_table *t;
	struct diag d;

	(void)state;
	agg_lookup("mean", &ask.spec);
	ask.cols = "x";
	q.ask = &ask;
	q.nask = 1;
	assert_int_equal(run("x\n3\n4\nfour\n", &q, &t, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_int_equal(d.line, 4);
	assert_string_equal(d.column, "x");
	assert_string_equal(d.msg, "\"four\" is not a number");
}

/* The text of cell (row, col) of t, or NULL. */
static const char *
text_at(const struct out_table *t, size_t row, size_t col)
{
	size_t off = t->textoff[row * t->ncols + col];

	return off ? t->arena + off - 1 : NULL;
}

/* groupby -k g collapse:x rand:x on csv with the seed */
static struct out_table *
collapse_rand(const char *csv, unsigned long seed)
{
	struct agg_ask ask[2];
	struct agg_request q = { 0 };
	struct out_table *t;
	struct diag d;

	assert_int_equal(agg_lookup("collapse", &ask[0].spec), 0);
	assert_int_equal(agg_lookup("rand", &ask[1].spec), 0);
	ask[0].cols = ask[1].cols = "x";
	q.keys = "g";
	q.ask = ask;
	q.nask = 2;
	q.seed = seed;
	assert_int_equal(run(csv, &q, &t, &d), 0);
	return t;
}

static void
agg_run__collapse_joins_the_texts_in_order(void **state)
{
	struct out_table *t = collapse_rand(xcsv, AGG_SEED);

	(void)state;
	assert_int_equal(t->nrows, 2);
	assert_string_equal(t->name[1], "x_collapse");
	assert_string_equal(text_at(t, 0, 1), "2,4,4,5,9");
	/* NA left out, the bytes as written */
	assert_string_equal(text_at(t, 1, 1), "4,5,7,1.5,12.25");
	out_free(t);
}

/* Over 2000 seeds the pick among four values is uniform (chi-square with
 * 3 df below its 0.999 quantile, 16.27), and always one of them. */
static void
agg_run__rand_is_uniform_over_seeds(void **state)
{
	static const char csv[] = "g,x\na,w\na,x\na,NA\na,y\na,z\n";
	double n[4] = { 0 }, chi2 = 0;
	unsigned long seed;
	int k;

	(void)state;
	for (seed = 0; seed < 2000; seed++) {
		struct out_table *t = collapse_rand(csv, seed);
		const char *v = text_at(t, 0, 2);

		assert_non_null(v);
		assert_true(strlen(v) == 1 && v[0] >= 'w' && v[0] <= 'z');
		n[v[0] - 'w']++;
		out_free(t);
	}
	for (k = 0; k < 4; k++)
		chi2 += (n[k] - 500) * (n[k] - 500) / 500;
	assert_true(chi2 < 16.27);
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

static void
agg_moments__add2_is_add_without_m3_m4(void **state)
{
	struct agg_moments all = { 0 }, two = { 0 };
	int i;

	(void)state;
	for (i = 0; i < 1000; i++) {
		agg_moments_add(&all, sin(i) * 100 + i % 7);
		agg_moments_add2(&two, sin(i) * 100 + i % 7);
	}
	assert_true(two.n == all.n && two.mean == all.mean &&
	    two.m2 == all.m2);
	assert_true(two.m3 == 0 && two.m4 == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(agg_run__matches_r),
		cmocka_unit_test(agg_run__groups_in_first_appearance_order),
		cmocka_unit_test(agg_run__undefined_is_nan),
		cmocka_unit_test(agg_run__text_is_an_error_when_numbers_are_needed),
		cmocka_unit_test(agg_run__collapse_joins_the_texts_in_order),
		cmocka_unit_test(agg_run__rand_is_uniform_over_seeds),
		cmocka_unit_test(agg_moments__merge_equals_one_pass),
		cmocka_unit_test(agg_moments__add2_is_add_without_m3_m4),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
