/*
 * Unit tests of lib/stats/chisq.c against R 4.2.2.  Every expected value comes
 * from scripts/gen-fixtures-chisq.R, which names the R call; statistics
 * agree to 1e-9 relative, p-values to 1e-7.
 */
#include <stdlib.h>
#include <string.h>

#include "unit.h"

#include "stats/chisq.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"

#define STAT	1e-9
#define PVAL	1e-7

static struct frame *
readf(const char *file)
{
	struct frame_opts in = { .delim = ',' };
	char *files[1];
	struct frame *f;
	struct diag d;

	files[0] = (char *)file;
	assert_int_equal(frame_read(1, files, &in, &f, &d), 0);
	return f;
}

static size_t
colnum(struct frame *f, const char *name)
{
	size_t c;

	for (c = 0; c < f->ncols; c++)
		if (strcmp(f->col[c].name, name) == 0)
			return c;
	fail_msg("no column %s", name);
	return 0;
}

/* The table of columns a and b (b NULL: goodness of fit) of a file. */
static struct chisq_table *
cross(const char *file, const char *a, const char *b)
{
	struct frame *f = readf(file);
	struct chisq_table *t;
	struct diag d;

	assert_int_equal(chisq_table_from_cols(f, colnum(f, a),
	    b != NULL ? colnum(f, b) : CHISQ_NONE, &t, &d), 0);
	frame_free(f);
	return t;
}

static struct chisq_table *
ready(const char *file, int fit)
{
	struct frame *f = readf(file);
	struct chisq_table *t;
	struct diag d;

	assert_int_equal(chisq_table_read(f, fit, &t, &d), 0);
	frame_free(f);
	return t;
}

static void
run(struct chisq_table *t, const struct chisq_opts *o, struct chisq_result *r)
{
	struct diag d;

	assert_int_equal(chisq_test(t, o, r, &d), 0);
}

static void
chisq_run__haireye__as_r(void **state)
{
	struct chisq_table *t = cross("testdata/haireye.csv", "Hair", "Eye");
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;

	(void)state;
	assert_int_equal(t->nr, 4);
	assert_int_equal(t->nc, 4);
	assert_string_equal(t->rname[1], "Blond");	/* sorted as table() */
	run(t, &o, &r);
	/* chisq.test(table(Hair, Eye)) */
	assert_string_equal(r.method, "Pearson's Chi-squared test");
	assert_rel(r.statistic, 138.28984162600827, STAT);
	assert_rel(r.df, 9, STAT);
	assert_rel(r.p_value, 2.325286787098808e-25, PVAL);
	assert_rel(r.n, 592, STAT);
	/* sqrt(X2 / (n * (min(dim) - 1))) */
	assert_rel(r.cramers_v, 0.27904462334265839, STAT);
	/* 2 * sum(x * log(x / E)), pchisq(G, 9, lower.tail = FALSE) */
	o.method = CHISQ_G;
	run(t, &o, &r);
	assert_rel(r.statistic, 146.44357846451612, STAT);
	assert_rel(r.p_value, 4.8055836698169551e-27, PVAL);
	chisq_table_free(t);
}

static void
chisq_run__ready_table__same_as_raw(void **state)
{
	struct chisq_table *t = ready("testdata/haireye-table.csv", 0);
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;

	(void)state;
	assert_string_equal(t->rname[3], "Blond");
	assert_string_equal(t->cname[0], "Brown");
	run(t, &o, &r);
	/* chisq.test(as.matrix(haireye-table[, -1])) */
	assert_rel(r.statistic, 138.28984162600827, STAT);
	assert_rel(r.p_value, 2.325286787098808e-25, PVAL);
	chisq_table_free(t);
}

static void
chisq_run__2x2__yates_by_default(void **state)
{
	struct chisq_table *t = cross("testdata/mtcars.csv", "am", "vs");
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;

	(void)state;
	run(t, &o, &r);
	/* chisq.test(table(am, vs)) */
	assert_string_equal(r.method,
	    "Pearson's Chi-squared test with Yates' continuity correction");
	assert_rel(r.statistic, 0.34753550543024225, STAT);
	assert_rel(r.p_value, 0.55551154701314953, PVAL);
	assert_rel(r.cramers_v, 0.16834512458535864, STAT);	/* phi */
	/* chisq.test(table(am, vs), correct = FALSE) */
	o.correct = 0;
	run(t, &o, &r);
	assert_string_equal(r.method, "Pearson's Chi-squared test");
	assert_rel(r.statistic, 0.90688259109311742, STAT);
	assert_rel(r.p_value, 0.34094291427438084, PVAL);
	chisq_table_free(t);
}

static void
chisq_run__fisher_2x2__odds_ratio_and_interval_as_r(void **state)
{
	struct chisq_table *t = cross("testdata/mtcars.csv", "am", "vs");
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;

	(void)state;
	o.method = CHISQ_FISHER;
	run(t, &o, &r);
	/* fisher.test(table(am, vs)) */
	assert_rel(r.p_value, 0.47269744160177962, PVAL);
	assert_rel(r.estimate, 1.9560553993728882, STAT);
	assert_rel(r.conf_low, 0.38253417984464022, STAT);
	assert_rel(r.conf_high, 10.591608672988254, STAT);
	/* fisher.test(table(am, vs), conf.level = 0.99)$conf.int */
	o.conf_level = 0.99;
	run(t, &o, &r);
	assert_rel(r.conf_low, 0.24593149460489713, STAT);
	assert_rel(r.conf_high, 17.103397201884917, STAT);
	chisq_table_free(t);
}

static void
chisq_run__fisher_rxc__as_r(void **state)
{
	struct chisq_table *t = cross("testdata/mtcars.csv", "cyl", "gear");
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;

	(void)state;
	o.method = CHISQ_FISHER;
	run(t, &o, &r);
	/* fisher.test(table(cyl, gear)) */
	assert_false(r.has_estimate);
	assert_rel(r.p_value, 8.2597156846191033e-05, PVAL);
	chisq_table_free(t);
	t = cross("testdata/mtcars.csv", "am", "cyl");
	run(t, &o, &r);
	/* fisher.test(table(am, cyl)) */
	assert_rel(r.p_value, 0.0091047016814173754, PVAL);
	chisq_table_free(t);
	t = cross("testdata/haireye.csv", "Sex", "Eye");
	run(t, &o, &r);
	/* fisher.test(table(Sex, Eye)) */
	assert_rel(r.p_value, 0.67548998727875376, PVAL);
	chisq_table_free(t);
	t = cross("testdata/haireye.csv", "Sex", "Hair");
	run(t, &o, &r);
	/* fisher.test(table(Sex, Hair)) */
	assert_rel(r.p_value, 0.044888777774359505, PVAL);
	chisq_table_free(t);
	t = ready("testdata/job-satisfaction.csv", 0);
	run(t, &o, &r);
	/* fisher.test(Job), the 4x4 example of ?fisher.test */
	assert_rel(r.p_value, 0.78268493896563884, PVAL);
	chisq_table_free(t);
}

static void
chisq_run__fisher_rxc__fails_beyond_the_limit(void **state)
{
	struct chisq_table *t = ready("testdata/haireye-table.csv", 0);
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;
	struct diag d;

	(void)state;
	o.method = CHISQ_FISHER;
	o.max_steps = 1e5;	/* R's default workspace fails here too */
	assert_int_equal(chisq_test(t, &o, &r, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_non_null(strstr(d.msg, "--simulate"));
	chisq_table_free(t);
}

static void
chisq_run__g_test__as_by_hand_in_r(void **state)
{
	struct chisq_table *t = cross("testdata/mtcars.csv", "cyl", "gear");
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;

	(void)state;
	o.method = CHISQ_G;
	run(t, &o, &r);
	/* G <- 2 * sum(x * log(x / chisq.test(x)$expected)) (x > 0) */
	assert_rel(r.statistic, 23.260355026765254, STAT);
	assert_rel(r.df, 4, STAT);
	assert_rel(r.p_value, 0.0001123278733988434, PVAL);
	chisq_table_free(t);
}

static void
chisq_run__gof__equal_and_given(void **state)
{
	struct chisq_table *t = cross("testdata/chickwts.csv", "feed", NULL);
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;
	struct diag d;

	(void)state;
	assert_int_equal(chisq_set_p(t, NULL, 0, &d), 0);
	run(t, &o, &r);
	/* chisq.test(table(feed)) */
	assert_string_equal(r.method,
	    "Chi-squared test for given probabilities");
	assert_rel(r.statistic, 0.74647887323943674, STAT);
	assert_rel(r.df, 5, STAT);
	assert_rel(r.p_value, 0.9803207674085358, PVAL);
	assert_true(r.fit && isnan(r.cramers_v));
	chisq_table_free(t);

	t = cross("testdata/haireye.csv", "Eye", NULL);
	assert_int_equal(chisq_set_p(t,
	    "Hazel=0.15,Blue=0.35,Brown=0.4,Green=0.1", 0, &d), 0);
	run(t, &o, &r);
	/* chisq.test(table(Eye), p = c(.35, .4, .1, .15)) */
	assert_rel(r.statistic, 2.0733590733590757, STAT);
	assert_rel(r.p_value, 0.55732117776954515, PVAL);
	chisq_table_free(t);

	t = cross("testdata/die.csv", "face", NULL);
	assert_int_equal(chisq_set_p(t, NULL, 0, &d), 0);
	run(t, &o, &r);
	/* chisq.test(table(face)) */
	assert_rel(r.statistic, 1.7000000000000002, STAT);
	assert_rel(r.p_value, 0.88889975949276379, PVAL);
	chisq_table_free(t);
}

static void
chisq_run__gof_table__mendel(void **state)
{
	struct chisq_table *t = ready("testdata/mendel.csv", 1);
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;
	struct diag d;

	(void)state;
	assert_int_equal(chisq_set_p(t, NULL, 0, &d), 0);
	run(t, &o, &r);
	/* chisq.test(count, p = p) */
	assert_rel(r.statistic, 0.47002398081534774, STAT);
	assert_rel(r.p_value, 0.92542589510361584, PVAL);
	o.method = CHISQ_G;
	run(t, &o, &r);
	/* 2 * sum(x * log(x / E)) */
	assert_rel(r.statistic, 0.47544523899823243, STAT);
	assert_rel(r.p_value, 0.92425190397453283, PVAL);
	/* chisq.test(count, p = c(9, 3, 3, 1), rescale.p = TRUE) */
	assert_int_equal(chisq_set_p(t, "round-yellow=9,round-green=3,"
	    "wrinkled-yellow=3,wrinkled-green=1", 1, &d), 0);
	o.method = CHISQ_PEARSON;
	run(t, &o, &r);
	assert_rel(r.statistic, 0.47002398081534774, STAT);
	assert_rel(r.p_value, 0.92542589510361584, PVAL);
	chisq_table_free(t);
}

static double
cell(const struct out_table *o, size_t row, size_t col)
{
	return o->cell[row * o->ncols + col].num;
}

static void
chisq_cells__residuals_as_r(void **state)
{
	struct chisq_table *t = cross("testdata/haireye.csv", "Hair", "Eye");
	struct out_table *o;
	struct diag d;

	(void)state;
	assert_int_equal(chisq_cells(t, &o, &d), 0);
	assert_int_equal(o->nrows, 16);
	assert_string_equal(o->name[5], "std_residual");
	/* r <- chisq.test(table(Hair, Eye)): r$expected, r$residuals, r$stdres */
	assert_rel(cell(o, 0, 2), 20, STAT);
	assert_rel(cell(o, 0, 3), 39.222972972972975, STAT);
	assert_rel(cell(o, 0, 4), -3.0693774702370815, STAT);
	assert_rel(cell(o, 0, 5), -4.2538155234876838, STAT);
	assert_rel(cell(o, 15, 5), 0.98951179522521293, STAT);	/* Red/Hazel */
	out_free(o);
	chisq_table_free(t);

	t = ready("testdata/mendel.csv", 1);
	assert_int_equal(chisq_set_p(t, NULL, 0, &d), 0);
	assert_int_equal(chisq_cells(t, &o, &d), 0);
	/* chisq.test(count, p = p)$stdres */
	assert_rel(cell(o, 0, 4), 0.19235116909125044, STAT);
	assert_rel(cell(o, 3, 4), -0.48180316786624311, STAT);
	out_free(o);
	chisq_table_free(t);
}

/*
 * Monte Carlo p-values cannot equal R's (another generator); R's, with
 * set.seed(1) and B = 1e5, have standard error se = sqrt(p (1 - p) / B).
 */
static void
chisq_run__simulate__within_monte_carlo_error(void **state)
{
	struct chisq_table *t = cross("testdata/haireye.csv", "Sex", "Hair");
	struct chisq_opts o = CHISQ_OPTS_INIT;
	struct chisq_result r;
	struct diag d;

	(void)state;
	o.simulate = 100000;
	run(t, &o, &r);
	/* chisq.test(table(Sex, Hair), simulate.p.value = TRUE, B = 1e5) */
	assert_true(r.simulated);
	assert_rel(r.statistic, 7.9942441890732141, STAT);
	assert_near(r.p_value, 0.045489545104548952, 0.00065894040998204203);
	chisq_table_free(t);

	t = cross("testdata/mtcars.csv", "cyl", "gear");
	o.method = CHISQ_FISHER;
	run(t, &o, &r);
	/* fisher.test(table(cyl, gear), simulate.p.value = TRUE, B = 1e5) */
	assert_near(r.p_value, 0.00010999890001099989, 3.3164257907119865e-05);
	chisq_table_free(t);

	/*
	 * chisq.test(table(face), simulate.p.value = TRUE, B = 1e5): here
	 * the two estimates differ by 1.4 standard errors of their
	 * difference (sqrt(2) se); allow 3 of those.
	 */
	t = cross("testdata/die.csv", "face", NULL);
	assert_int_equal(chisq_set_p(t, NULL, 0, &d), 0);
	o.method = CHISQ_PEARSON;
	run(t, &o, &r);
	assert_near(r.p_value, 0.89744102558974415,
	    3 * sqrt(2) * 0.00095937808593990893);
	chisq_table_free(t);
}

static void
chisq_table_read__negative_count__names_the_cell(void **state)
{
	struct frame *f = readf("testdata/negative-count.csv");
	struct chisq_table *t;
	struct diag d;

	(void)state;
	assert_int_equal(chisq_table_read(f, 0, &t, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_int_equal(d.line, 3);
	assert_string_equal(d.column, "Milk");
	assert_null(t);
	frame_free(f);
}

static void
chisq_table_from_cols__one_level__fails(void **state)
{
	struct frame *f = readf("testdata/one-level.csv");
	struct chisq_table *t;
	struct diag d;

	(void)state;
	assert_int_equal(chisq_table_from_cols(f, 0, 1, &t, &d), -1);
	assert_string_equal(d.column, "group");
	assert_non_null(strstr(d.msg, "one level"));
	frame_free(f);
}

static void
chisq_set_p__bad_specs__usage_errors(void **state)
{
	struct chisq_table *t = cross("testdata/die.csv", "face", NULL);
	struct diag d;

	(void)state;
	assert_int_equal(chisq_set_p(t, "1=.2,2=.2,3=.2,4=.2,5=.2,6=.2", 0,
	    &d), -1);	/* sums to 1.2 */
	assert_int_equal(d.status, STATUS_USAGE);
	assert_non_null(strstr(d.msg, "sum to 1.2"));
	assert_int_equal(chisq_set_p(t, "1=.2,2=.2,3=.2,4=.2,5=.2,6=.2", 1,
	    &d), 0);	/* --rescale */
	assert_rel(t->p[0], 1.0 / 6, STAT);
	assert_int_equal(chisq_set_p(t, "1=.2,2=.2,3=.2,4=.2,7=.2", 0, &d),
	    -1);
	assert_non_null(strstr(d.msg, "\"7\" is not in the data"));
	assert_int_equal(chisq_set_p(t, "1=.2,2=.2,3=.2,4=.2,5=.2", 0, &d),
	    -1);
	assert_non_null(strstr(d.msg, "no proportion for level \"6\""));
	chisq_table_free(t);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(chisq_run__haireye__as_r),
		cmocka_unit_test(chisq_run__ready_table__same_as_raw),
		cmocka_unit_test(chisq_run__2x2__yates_by_default),
		cmocka_unit_test(chisq_run__fisher_2x2__odds_ratio_and_interval_as_r),
		cmocka_unit_test(chisq_run__fisher_rxc__as_r),
		cmocka_unit_test(chisq_run__fisher_rxc__fails_beyond_the_limit),
		cmocka_unit_test(chisq_run__g_test__as_by_hand_in_r),
		cmocka_unit_test(chisq_run__gof__equal_and_given),
		cmocka_unit_test(chisq_run__gof_table__mendel),
		cmocka_unit_test(chisq_cells__residuals_as_r),
		cmocka_unit_test(chisq_run__simulate__within_monte_carlo_error),
		cmocka_unit_test(chisq_table_read__negative_count__names_the_cell),
		cmocka_unit_test(chisq_table_from_cols__one_level__fails),
		cmocka_unit_test(chisq_set_p__bad_specs__usage_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
