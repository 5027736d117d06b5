/*
 * partial: the merge of regress's states, fed the rows of cars as the
 * rows of R factors (any rows stacked have the whole data's X'WX), in
 * either order, weighted or not, and many times over (the QR reduces as
 * rows come): R's lm(dist ~ speed, cars) (scripts/gen-fixtures-partial.R).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "core/diag.h"
#include "io/out.h"
#include "learn/partial.h"
#include "stats/state.h"

#include "fixtures/partial.inc"

static double
cell(const struct out_table *t, size_t r, size_t c)
{
	return t->cell[r * t->ncols + c].num;
}

/*
 * The merged table of view (coef or summary) of cars' rows, weighted by
 * speed or not, reversed or not, each row given times times.
 */
static int
merge_cars(const char *view, int weighted, int reverse, int times,
    struct out_table **tp, struct diag *d)
{
	const struct state_ops *ops = partial_kinds[0];
	char sig[512], row[128], num[3][64], *f[16];
	double *speed, *dist;
	long double slw = 0;
	size_t n, i, k;
	void *m;
	int rc = 0, rep;

	snprintf(sig, sizeof(sig), "regress;formula=dist%%20~%%20speed;"
	    "weights=%s;start=;view=%s;family=gaussian;link=identity;"
	    "level=0x1.e666666666666p-1;intercept=1;names=(Intercept),speed;"
	    "terms=(Intercept),speed;assign=0,1", weighted ? "speed" : "",
	    view);
	m = ops->open(sig, d);
	assert_non_null(m);
	n = unit_load_column("cars.csv", "speed", &speed);
	assert_int_equal(unit_load_column("cars.csv", "dist", &dist), n);
	for (k = 0; k < 16; k++)
		f[k] = (char *)"";
	for (rep = 0; rep < times; rep++)
		for (k = 0; k < n && rc == 0; k++) {
			double w, sw;

			i = reverse ? n - 1 - k : k;
			w = weighted ? speed[i] : 1;
			sw = sqrt(w);
			slw += logl(w);
			snprintf(row, sizeof(row), "%a %a %a", sw, sw * speed[i],
			    sw * dist[i]);
			f[0] = row;
			rc = ops->add(m, "r", f, d);
		}
	snprintf(num[0], sizeof(num[0]), "%zu", n * (size_t)times);
	snprintf(num[1], sizeof(num[1]), "%a", (double)slw);
	f[0] = f[1] = num[0];
	f[2] = num[1];
	f[3] = (char *)"2";
	f[4] = (char *)"120";
	f[5] = (char *)"0";
	if (rc == 0)
		rc = ops->add(m, "n", f, d);
	if (rc == 0)
		rc = ops->result(m, 0, tp, d);
	ops->close(m);
	free(speed);
	free(dist);
	return rc;
}

static void
regress_merge__cars__r_lm(void **state)
{
	struct out_table *t;
	struct diag d;
	int rev;

	(void)state;
	for (rev = 0; rev < 2; rev++) {
		assert_int_equal(merge_cars("coef", 0, rev, 1, &t, &d), 0);
		assert_rel(cell(t, 0, 1), cars_coef[0], 1e-12);
		assert_rel(cell(t, 1, 1), cars_coef[1], 1e-12);
		assert_rel(cell(t, 0, 2), cars_se[0], 1e-12);
		assert_rel(cell(t, 1, 2), cars_se[1], 1e-12);
		out_free(t);
	}
	assert_int_equal(merge_cars("summary", 0, 0, 1, &t, &d), 0);
	assert_string_equal(t->name[3], "r_squared");
	assert_rel(cell(t, 0, 3), cars_r2[0], 1e-12);
	out_free(t);
}

static void
regress_merge__weighted__r_lm(void **state)
{
	struct out_table *t;
	struct diag d;

	(void)state;
	assert_int_equal(merge_cars("coef", 1, 1, 1, &t, &d), 0);
	assert_rel(cell(t, 0, 1), cars_w_coef[0], 1e-12);
	assert_rel(cell(t, 1, 1), cars_w_coef[1], 1e-12);
	assert_rel(cell(t, 0, 2), cars_w_se[0], 1e-12);
	assert_rel(cell(t, 1, 2), cars_w_se[1], 1e-12);
	out_free(t);
	assert_int_equal(merge_cars("summary", 1, 0, 1, &t, &d), 0);
	assert_string_equal(t->name[12], "log_lik");
	assert_rel(cell(t, 0, 12), cars_w_loglik[0], 1e-12);
	out_free(t);
}

/* 20 copies: 1000 rows through several reductions, the same line */
static void
regress_merge__many_reductions__same_coefficients(void **state)
{
	struct out_table *t;
	struct diag d;

	(void)state;
	assert_int_equal(merge_cars("coef", 0, 0, 20, &t, &d), 0);
	assert_rel(cell(t, 0, 1), cars_coef[0], 1e-12);
	assert_rel(cell(t, 1, 1), cars_coef[1], 1e-12);
	out_free(t);
}

static void
regress_merge__bad_records__errors(void **state)
{
	const struct state_ops *ops = partial_kinds[0];
	char *f[16];
	struct diag d;
	void *m;
	size_t k;

	(void)state;
	assert_null(ops->open("regress;formula=y;view=coef", &d));
	assert_non_null(strstr(d.msg, "a bad signature"));
	m = ops->open("regress;formula=y;weights=;start=;view=coef;"
	    "family=gaussian;link=identity;level=0.95;intercept=1;"
	    "names=(Intercept),x;terms=(Intercept),x;assign=0,1", &d);
	assert_non_null(m);
	for (k = 0; k < 16; k++)
		f[k] = (char *)"";
	f[0] = (char *)"1 2";
	assert_int_equal(ops->add(m, "r", f, &d), -1);
	assert_non_null(strstr(d.msg, "cut short"));
	f[0] = (char *)"1 2 3 4";
	assert_int_equal(ops->add(m, "r", f, &d), -1);
	assert_non_null(strstr(d.msg, "too long"));
	f[0] = (char *)"1 inf 3";
	assert_int_equal(ops->add(m, "r", f, &d), -1);
	assert_int_equal(ops->add(m, "x", f, &d), -1);
	assert_non_null(strstr(d.msg, "unknown part"));
	ops->close(m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(regress_merge__cars__r_lm),
		cmocka_unit_test(regress_merge__weighted__r_lm),
		cmocka_unit_test(regress_merge__many_reductions__same_coefficients),
		cmocka_unit_test(regress_merge__bad_records__errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
