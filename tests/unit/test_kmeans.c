/*
 * kmeans against R's kmeans(x, centers, algorithm = ...) for the three
 * algorithms, from given centres, on iris and on a generated 100,000-row
 * set; the silhouette against its definition.  Values from
 * scripts/gen-fixtures-linalg.R.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "learn/kmeans.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "io/out.h"
#include "io/rows.h"

#include "fixtures/linalg.inc"

static const char *const iris_cols[] = {
	"Sepal.Length", "Sepal.Width", "Petal.Length", "Petal.Width"
};

/* iris[, 1:4], row-major */
static size_t
load_iris(double **xp)
{
	return unit_load_rows("iris.csv", iris_cols, 4, xp);
}

/*
 * Fit from the rows start[] (1-based) as centres and compare with R:
 * centres, withinss, totss, betweenss, sizes, iterations; conv: whether
 * R converged (neither "did not converge" nor, ifault 4, "Quick-TRANSfer
 * stage steps exceeded maximum").
 */
static void
check(const double *x, size_t n, size_t p, const size_t *start, size_t k,
    enum kmeans_alg alg, int iter_max, int threads, int conv,
    const double *centers, const double *wss, const double *size)
{
	struct kmeans_opts o = { .alg = alg, .iter_max = iter_max,
	    .threads = threads };
	struct kmeans_result r;
	struct diag d;
	double *init = malloc(k * p * sizeof(*init));
	size_t l, j;

	for (l = 0; l < k; l++)
		memcpy(init + l * p, x + (start[l] - 1) * p, p * sizeof(*x));
	o.init = init;
	o.init_rows = k;
	o.init_cols = p;
	assert_int_equal(kmeans_fit(x, n, p, &o, &r, &d), 0);
	for (l = 0; l < k; l++) {
		assert_true((double)r.size[l] == size[l]);
		assert_near(r.withinss[l], wss[l], 1e-9);
		for (j = 0; j < p; j++)
			assert_near(r.centers[l * p + j], centers[l * p + j],
			    1e-9);
	}
	assert_near(r.totss, wss[k], 1e-9);
	assert_near(r.betweenss, wss[k + 1], 1e-9);
	assert_int_equal(r.iter, (int)size[k]);
	assert_int_equal(r.converged, conv);
	kmeans_result_free(&r);
	free(init);
}

static void
kmeans_fit__iris_given_centres__r_kmeans(void **state)
{
	static const size_t s3[] = { 1, 51, 101 }, s5[] = { 1, 2, 3, 60, 150 };
	double *x;
	size_t n = load_iris(&x);

	(void)state;
	check(x, n, 4, s3, 3, KMEANS_HARTIGAN_WONG, 10, 1, 1,
	    km_iris3_hw_centers, km_iris3_hw_wss, km_iris3_hw_size);
	check(x, n, 4, s3, 3, KMEANS_LLOYD, 10, 1, 1, km_iris3_lloyd_centers,
	    km_iris3_lloyd_wss, km_iris3_lloyd_size);
	check(x, n, 4, s3, 3, KMEANS_MACQUEEN, 10, 1, 1,
	    km_iris3_macqueen_centers, km_iris3_macqueen_wss,
	    km_iris3_macqueen_size);
	check(x, n, 4, s5, 5, KMEANS_HARTIGAN_WONG, 10, 1, 1,
	    km_iris5_hw_centers, km_iris5_hw_wss, km_iris5_hw_size);
	check(x, n, 4, s5, 5, KMEANS_LLOYD, 10, 1, 0, km_iris5_lloyd_centers,
	    km_iris5_lloyd_wss, km_iris5_lloyd_size);
	check(x, n, 4, s5, 5, KMEANS_MACQUEEN, 10, 1, 0,
	    km_iris5_macqueen_centers, km_iris5_macqueen_wss,
	    km_iris5_macqueen_size);
	free(x);
}

/* The generated set of the fixture script: Park-Miller from 12345. */
static double *
gen100k(size_t n)
{
	static const double mu[4][3] = { { 0, 0, 0 }, { 4, 4, 0 },
	    { 0, 5, 5 }, { 6, 0, 6 } };
	double *x = malloc(n * 3 * sizeof(*x));
	uint64_t s = 12345;
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < 3; j++) {
			double a, b;

			s = s * 16807 % 2147483647;
			a = (double)s / 2147483647;
			s = s * 16807 % 2147483647;
			b = (double)s / 2147483647;
			x[i * 3 + j] = mu[i % 4][j] + 3 * (a + b - 1);
		}
	return x;
}

static void
kmeans_fit__generated_100k__r_kmeans_any_threads(void **state)
{
	static const size_t s5[] = { 1, 2, 3, 4, 5 };
	size_t n = 100000;
	double *x = gen100k(n);

	(void)state;
	check(x, n, 3, s5, 5, KMEANS_HARTIGAN_WONG, 30, 1, 0,
	    km_gen_hw_centers, km_gen_hw_wss, km_gen_hw_size);
	check(x, n, 3, s5, 5, KMEANS_LLOYD, 30, 1, 0, km_gen_lloyd_centers,
	    km_gen_lloyd_wss, km_gen_lloyd_size);
	check(x, n, 3, s5, 5, KMEANS_MACQUEEN, 30, 3, 0,
	    km_gen_macqueen_centers, km_gen_macqueen_wss,
	    km_gen_macqueen_size);
	check(x, n, 3, s5, 5, KMEANS_LLOYD, 30, 4, 0, km_gen_lloyd_centers,
	    km_gen_lloyd_wss, km_gen_lloyd_size);
	free(x);
}

/*
 * Centres that leave a cluster empty (testdata/iris-far-centers.csv):
 * Lloyd and MacQueen give R's result with a warning (size 0, withinss 0,
 * a NaN centre), Hartigan-Wong stops as R (scripts/gen-fixtures-unsup.R).
 */
static void
kmeans_fit__empty_cluster__r_warns_or_stops(void **state)
{
	static const double far[3 * 4] = { 5, 3, 1.5, 0.2, 6, 3, 4.5, 1.5,
	    100, 100, 100, 100 };
	static const double size[3] = { 53, 97, 0 }, wss[3] = {
	    28.5520754716981, 123.7958762886599, 0 };
	static const enum kmeans_alg algs[3] = { KMEANS_LLOYD,
	    KMEANS_MACQUEEN, KMEANS_HARTIGAN_WONG };
	struct kmeans_opts o = { .iter_max = 10, .init = far, .init_rows = 3,
	    .init_cols = 4 };
	struct kmeans_result r;
	struct diag d;
	double *x;
	size_t n = load_iris(&x), l, a;

	(void)state;
	for (a = 0; a < 3; a++) {
		o.alg = algs[a];
		if (o.alg == KMEANS_HARTIGAN_WONG) {
			assert_int_equal(kmeans_fit(x, n, 4, &o, &r, &d), -1);
			assert_non_null(strstr(d.msg, "empty cluster"));
			continue;
		}
		assert_int_equal(kmeans_fit(x, n, 4, &o, &r, &d), 0);
		for (l = 0; l < 3; l++) {
			assert_true((double)r.size[l] == size[l]);
			assert_near(r.withinss[l], wss[l], 1e-12);
		}
		assert_true(isnan(r.centers[2 * 4]));
		assert_near(r.centers[0], 5.00566037735849, 1e-12);
		assert_near(r.tot_withinss, 152.347951760358, 1e-9);
		assert_near(r.betweenss, 529.022648239642, 1e-9);
		kmeans_result_free(&r);
	}
	free(x);
}

static void
kmeans_silhouette__iris__definition(void **state)
{
	static const size_t s3[] = { 1, 51, 101 };
	struct kmeans_opts o = { .alg = KMEANS_HARTIGAN_WONG, .iter_max = 10,
	    .init_rows = 3, .init_cols = 4 };
	struct kmeans_result r;
	struct diag d;
	double *x, init[12];
	size_t n = load_iris(&x), l;

	(void)state;
	for (l = 0; l < 3; l++)
		memcpy(init + l * 4, x + (s3[l] - 1) * 4, 4 * sizeof(*x));
	o.init = init;
	assert_int_equal(kmeans_fit(x, n, 4, &o, &r, &d), 0);
	assert_near(kmeans_silhouette(x, n, 4, r.cluster, 3, 1),
	    km_iris_sil[0], 1e-12);
	assert_true(kmeans_silhouette(x, n, 4, r.cluster, 3, 2) ==
	    kmeans_silhouette(x, n, 4, r.cluster, 3, 1));
	assert_true(isnan(kmeans_silhouette(x, n, 4, r.cluster, 1, 1)));
	kmeans_result_free(&r);
	free(x);
}

/* Seeded starts: the same seed, the same answer; errors as R's. */
static void
kmeans_fit__starts_and_errors(void **state)
{
	struct kmeans_opts o = { .k = 3, .nstart = 5, .seed = 7,
	    .iter_max = 10 };
	struct kmeans_result a, b;
	struct diag d;
	double *x, same[] = { 1, 1, 1, 1, 2, 2 };
	size_t n = load_iris(&x), l;

	(void)state;
	assert_int_equal(kmeans_fit(x, n, 4, &o, &a, &d), 0);
	o.threads = 2;
	assert_int_equal(kmeans_fit(x, n, 4, &o, &b, &d), 0);
	/* the best of 5 k-means++ starts is R's optimum, 78.85144 */
	assert_near(a.tot_withinss, 78.851441426146, 1e-9);
	for (l = 0; l < 12; l++)
		assert_true(a.centers[l] == b.centers[l]);
	kmeans_result_free(&a);
	kmeans_result_free(&b);
	o.k = 3;
	assert_int_equal(kmeans_fit(same, 6, 1, &o, &a, &d), -1);
	assert_non_null(strstr(d.msg, "distinct"));
	o.k = 7;
	assert_int_equal(kmeans_fit(same, 6, 1, &o, &a, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	free(x);
}

/*
 * --save-model, then the model applied: the rows --assign wrote (in two
 * passes over the file), byte for byte, from predict's one pass
 */
static void
kmeans_predict__saved_model__same_clusters(void **state)
{
	static char iris[] = "testdata/iris.csv";
	char *files[] = { iris }, path[] = "/tmp/statpipe-km-XXXXXX";
	char *text = NULL, *text2 = NULL;
	struct frame_opts in = { .delim = ',' };
	struct kmeans_opts o = { .cols = "1-4", .k = 3, .nstart = 3,
	    .seed = 5, .iter_max = 10, .scale = 1, .view = KMEANS_ASSIGN,
	    .save_model = path };
	struct out_table *a = NULL;
	struct rows_out *w;
	struct diag d;
	size_t len, len2;
	int fd = mkstemp(path);
	FILE *fp = open_memstream(&text, &len), *fp2;

	(void)state;
	assert_true(fd >= 0 && fp != NULL);
	close(fd);
	w = rows_out_new(fp, ',', 0);
	assert_int_equal(kmeans_run(1, files, &in, &o, w, &a, &d), 0);
	assert_null(a);
	assert_int_equal(rows_flush(w, &d), 0);
	rows_out_free(w);
	fclose(fp);
	fp2 = open_memstream(&text2, &len2);
	assert_non_null(fp2);
	w = rows_out_new(fp2, ',', 0);
	assert_int_equal(kmeans_predict(1, files, &in, path, w, &d), 0);
	assert_int_equal(rows_flush(w, &d), 0);
	rows_out_free(w);
	fclose(fp2);
	assert_true(strncmp(text, "Sepal.Length,Sepal.Width,Petal.Length,"
	    "Petal.Width,Species,cluster,distance\n", 75) == 0);
	assert_int_equal(len, len2);
	assert_string_equal(text, text2);
	free(text);
	free(text2);
	unlink(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kmeans_fit__iris_given_centres__r_kmeans),
		cmocka_unit_test(kmeans_fit__generated_100k__r_kmeans_any_threads),
		cmocka_unit_test(kmeans_fit__empty_cluster__r_warns_or_stops),
		cmocka_unit_test(kmeans_silhouette__iris__definition),
		cmocka_unit_test(kmeans_fit__starts_and_errors),
		cmocka_unit_test(kmeans_predict__saved_model__same_clusters),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
