/*
 * pca against R's prcomp on iris and mtcars (up to the documented sign:
 * the largest |loading| of each component positive).  Values from
 * scripts/gen-fixtures-linalg.R.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "learn/pca.h"
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

static void
check_fit(const double *x, size_t n, int center, int scale,
    const double *sdev, const double *rot, const double *scores)
{
	struct pca_opts o = { .center = center, .scale = scale };
	struct pca_result r;
	struct diag d;
	double z[4];
	size_t i, c;

	assert_int_equal(pca_fit(x, n, 4, &o, &r, &d), 0);
	assert_int_equal(r.ncomp, 4);
	for (c = 0; c < 4; c++)
		assert_near(r.sdev[c], sdev[c], 1e-12);
	for (i = 0; i < 16; i++)
		assert_near(r.rotation[i], rot[i], 1e-10);
	for (i = 0; scores != NULL && i < n; i++) {
		pca_project(&r, x + i * 4, z);
		for (c = 0; c < 4; c++)
			assert_near(z[c], scores[i * 4 + c], 1e-10);
	}
	pca_result_free(&r);
}

static void
pca_fit__iris__prcomp(void **state)
{
	double *x;
	size_t n = load_iris(&x);

	(void)state;
	assert_int_equal(n, 150);
	check_fit(x, n, 1, 1, pca_iris_scaled_sdev, pca_iris_scaled_rot,
	    pca_iris_scaled_x);
	check_fit(x, n, 1, 0, pca_iris_sdev, pca_iris_rot, pca_iris_x);
	check_fit(x, n, 0, 1, pca_iris_nc_sdev, pca_iris_nc_rot, NULL);
	free(x);
}

/* The issue's numbers, to the digits it gives them. */
static void
pca_fit__iris_scaled__issue_sdev(void **state)
{
	static const double want[] = { 1.7083611, 0.9560494, 0.3830886,
	    0.1439265 };
	struct pca_opts o = { .center = 1, .scale = 1, .rank = 2 };
	struct pca_result r;
	struct diag d;
	double *x;
	size_t n = load_iris(&x), c;

	(void)state;
	assert_int_equal(pca_fit(x, n, 4, &o, &r, &d), 0);
	assert_int_equal(r.ncomp, 2);
	assert_int_equal(r.nsdev, 4);
	for (c = 0; c < 4; c++)
		assert_true(fabs(r.sdev[c] - want[c]) < 5e-8);
	pca_result_free(&r);
	free(x);
}

/* Blocks merged pairwise give one block's answer. */
static void
pca_acc__merged_blocks__same_moments(void **state)
{
	struct pca_acc a;
	struct pca_part q;
	size_t n = 3 * 4096 + 17, i, p = 2;
	double *x = malloc(n * p * sizeof(*x));
	long double m0 = 0, m1 = 0, c01 = 0;

	(void)state;
	for (i = 0; i < n; i++) {
		x[i * p] = 1e6 + (double)(i % 97) / 7;
		x[i * p + 1] = -3 + (double)(i % 13) * 0.25;
		m0 += x[i * p];
		m1 += x[i * p + 1];
	}
	m0 /= n;
	m1 /= n;
	for (i = 0; i < n; i++)
		c01 += (x[i * p] - m0) * (x[i * p + 1] - m1);
	pca_acc_init(&a, p);
	pca_acc_add(&a, x, 100);
	pca_acc_add(&a, x + 100 * p, n - 100);
	pca_acc_done(&a, &q);
	assert_true(q.n == (double)n);
	assert_near(q.mean[0], (double)m0, 1e-15);
	assert_near(q.m2[1], (double)c01, 1e-12);
	assert_true(q.m2[1] == q.m2[2]);
	free(q.mean);
	free(q.m2);
	free(x);
}

static void
pca_fit__constant_column__error(void **state)
{
	double x[] = { 1, 5, 2, 5, 3, 5 };
	struct pca_opts o = { .center = 1, .scale = 1 };
	struct pca_result r;
	struct diag d;

	(void)state;
	assert_int_equal(pca_fit(x, 3, 2, &o, &r, &d), -1);
	assert_non_null(strstr(d.msg, "constant"));
	o.scale = 0;
	assert_int_equal(pca_fit(x, 1, 2, &o, &r, &d), -1);
	assert_non_null(strstr(d.msg, "at least 2"));
}

/* --save-model, then the model applied: the scores of --scores */
static void
pca_predict__saved_model__same_scores(void **state)
{
	static char iris[] = "testdata/iris.csv";
	char *files[] = { iris }, path[] = "/tmp/statpipe-pca-XXXXXX";
	struct frame_opts in = { .delim = ',' };
	struct pca_opts o = { .cols = "1-4", .center = 1, .scale = 1,
	    .rank = 3, .view = PCA_SCORES, .save_model = path };
	struct out_table *a, *b;
	struct rows_out *w;
	struct diag d;
	char *text = NULL, *line, *save = NULL, *f;
	size_t i = 0, len, c;
	FILE *fp = open_memstream(&text, &len);
	int fd = mkstemp(path);

	(void)state;
	assert_true(fd >= 0 && fp != NULL);
	close(fd);
	/* the scores pass the rows through: read back the CSV they make */
	w = rows_out_new(fp, ',', 0);
	assert_int_equal(pca_run(1, files, &in, &o, w, &a, &d), 0);
	assert_null(a);
	assert_int_equal(rows_flush(w, &d), 0);
	rows_out_free(w);
	fclose(fp);
	assert_int_equal(pca_predict(1, files, &in, path, &b, &d), 0);
	assert_int_equal(b->ncols, 8);
	assert_int_equal(b->nrows, 150);
	line = strtok_r(text, "\n", &save);
	assert_string_equal(line, "Sepal.Length,Sepal.Width,Petal.Length,"
	    "Petal.Width,Species,PC1,PC2,PC3");
	while ((line = strtok_r(NULL, "\n", &save)) != NULL) {
		f = line;
		for (c = 0; c < 5; c++)
			f = strchr(f, ',') + 1;
		for (c = 0; c < 3; c++) {
			assert_true(strtod(f, &f) ==
			    b->cell[i * 8 + 5 + c].num);
			f += *f == ',';
		}
		i++;
	}
	assert_int_equal(i, 150);
	free(text);
	out_free(b);
	/* a model file of another kind, or broken, is one clear error */
	assert_int_equal(pca_predict(1, files, &in, "testdata/iris.csv", &b,
	    &d), -1);
	unlink(path);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(pca_fit__iris__prcomp),
		cmocka_unit_test(pca_fit__iris_scaled__issue_sdev),
		cmocka_unit_test(pca_acc__merged_blocks__same_moments),
		cmocka_unit_test(pca_fit__constant_column__error),
		cmocka_unit_test(pca_predict__saved_model__same_scores),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
