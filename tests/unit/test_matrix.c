/*
 * matrix against R's solve, det, eigen, svd, chol, norm, qr()$rank and
 * qr.solve on a random 5 x 5 matrix and the 6 x 6 Hilbert matrix
 * (condition number 1.5e7: there the tolerance is looser, as any two
 * LAPACK-quality solvers differ there by cond * eps).  Values from
 * scripts/gen-fixtures-linalg.R.
 */
#include <stdio.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "linalg/matrix.h"
#include "core/diag.h"

#include "fixtures/linalg.inc"

static struct matrix
mat(size_t rows, size_t cols, const double *v)
{
	struct matrix m = { rows, cols, NULL, NULL };

	m.v = malloc(rows * cols * sizeof(*m.v));
	memcpy(m.v, v, rows * cols * sizeof(*m.v));
	return m;
}

static struct matrix
hilbert(size_t n)
{
	struct matrix m = { n, n, malloc(n * n * sizeof(double)), NULL };
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			m.v[i * n + j] = 1.0 / (double)(i + j + 1);
	return m;
}

/* op on a (and b) must give want (rows x cols) to rel */
static void
check(enum matrix_op op, char arg, const struct matrix *a,
    const struct matrix *b, const double *want, size_t rows, size_t cols,
    double rel)
{
	struct matrix_opts o = { .op = op, .norm = arg, .part = arg };
	struct matrix out;
	struct diag d;
	size_t i;

	if (matrix_compute(a, b, &o, &out, &d) != 0)
		fail_msg("%s", d.msg);
	assert_int_equal(out.rows, rows);
	assert_int_equal(out.cols, cols);
	for (i = 0; i < rows * cols; i++)
		assert_near(out.v[i], want[i], rel);
	matrix_free(&out);
}

static void
matrix_compute__random_5x5__r(void **state)
{
	struct matrix a = mat(5, 5, mat_a), b = mat(5, 2, mat_b), s, l, w, b3;
	struct matrix_opts o = { .op = MATRIX_MUL };
	struct matrix at, dep = { 5, 4, NULL, NULL };
	struct diag d;
	size_t i, j;

	(void)state;
	check(MATRIX_SOLVE, 0, &a, &b, mat_solve, 5, 2, 1e-10);
	check(MATRIX_INV, 0, &a, NULL, mat_inv, 5, 5, 1e-10);
	check(MATRIX_DET, 0, &a, NULL, mat_det, 1, 1, 1e-12);
	check(MATRIX_EIGEN, 'd', &a, NULL, mat_gen_values, 5, 2, 1e-10);
	check(MATRIX_SVD, 'd', &a, NULL, mat_svd_d, 5, 1, 1e-12);
	check(MATRIX_SVD, 'v', &a, NULL, mat_svd_v, 5, 5, 1e-10);
	check(MATRIX_SVD, 'u', &a, NULL, mat_svd_u, 5, 5, 1e-10);
	check(MATRIX_NORM, '1', &a, NULL, &mat_norms[0], 1, 1, 1e-14);
	check(MATRIX_NORM, '2', &a, NULL, &mat_norms[1], 1, 1, 1e-12);
	check(MATRIX_NORM, 'i', &a, NULL, &mat_norms[2], 1, 1, 1e-14);
	check(MATRIX_NORM, 'f', &a, NULL, &mat_norms[3], 1, 1, 1e-14);
	check(MATRIX_RANK, 0, &a, NULL, &mat_rank[0], 1, 1, 0);
	/* S = A'A: symmetric eigen and Cholesky */
	o.op = MATRIX_TRANSPOSE;
	assert_int_equal(matrix_compute(&a, NULL, &o, &at, &d), 0);
	o.op = MATRIX_MUL;
	assert_int_equal(matrix_compute(&at, &a, &o, &s, &d), 0);
	check(MATRIX_EIGEN, 'd', &s, NULL, mat_sym_values, 5, 1, 1e-12);
	check(MATRIX_EIGEN, 'v', &s, NULL, mat_sym_vectors, 5, 5, 1e-10);
	check(MATRIX_CHOL, 0, &s, NULL, mat_chol, 5, 5, 1e-12);
	/* least squares (5 x 3) and minimum norm (3 x 5) */
	l = mat(5, 3, mat_a);
	for (i = 0; i < 5; i++)
		for (j = 0; j < 3; j++)
			l.v[i * 3 + j] = mat_a[i * 5 + j];
	check(MATRIX_SOLVE, 0, &l, &b, mat_ls, 3, 2, 1e-10);
	o.op = MATRIX_TRANSPOSE;
	assert_int_equal(matrix_compute(&l, NULL, &o, &w, &d), 0);
	b3 = mat(3, 2, mat_b);
	check(MATRIX_SOLVE, 0, &w, &b3, mat_mn, 5, 2, 1e-10);
	/* cbind(A[, 1:3], A[, 1] + A[, 2]): rank 3 */
	dep.v = malloc(20 * sizeof(double));
	for (i = 0; i < 5; i++) {
		for (j = 0; j < 3; j++)
			dep.v[i * 4 + j] = mat_a[i * 5 + j];
		dep.v[i * 4 + 3] = mat_a[i * 5] + mat_a[i * 5 + 1];
	}
	check(MATRIX_RANK, 0, &dep, NULL, &mat_rank[1], 1, 1, 0);
	matrix_free(&dep);
	matrix_free(&a);
	matrix_free(&b);
	matrix_free(&at);
	matrix_free(&s);
	matrix_free(&l);
	matrix_free(&w);
	matrix_free(&b3);
}

static void
matrix_compute__hilbert__r(void **state)
{
	struct matrix h = hilbert(6), one = { 6, 1, NULL, NULL };
	size_t i;

	(void)state;
	one.v = malloc(6 * sizeof(double));
	for (i = 0; i < 6; i++)
		one.v[i] = 1;
	check(MATRIX_INV, 0, &h, NULL, hilb_inv, 6, 6, 1e-7);
	check(MATRIX_SOLVE, 0, &h, &one, hilb_solve, 6, 1, 1e-7);
	check(MATRIX_DET, 0, &h, NULL, hilb_det, 1, 1, 1e-9);
	check(MATRIX_SVD, 'd', &h, NULL, hilb_svd_d, 6, 1, 1e-9);
	check(MATRIX_CHOL, 0, &h, NULL, hilb_chol, 6, 6, 1e-12);
	matrix_free(&h);
	matrix_free(&one);
}

/* as R: solve(H12) is "computationally singular", rcond 2.6e-17 */
static void
matrix_compute__singular__error_with_rcond(void **state)
{
	struct matrix h = hilbert(12), z = mat(2, 2, (double[]){ 1, 2, 2, 4 });
	struct matrix_opts o = { .op = MATRIX_INV };
	struct matrix out;
	struct diag d;

	(void)state;
	assert_int_equal(matrix_compute(&h, NULL, &o, &out, &d), -1);
	assert_non_null(strstr(d.msg, "reciprocal condition number"));
	assert_int_equal(d.status, STATUS_DATA);
	assert_int_equal(matrix_compute(&z, NULL, &o, &out, &d), -1);
	assert_non_null(strstr(d.msg, "singular"));
	o.op = MATRIX_SOLVE;
	assert_int_equal(matrix_compute(&z, &z, &o, &out, &d), -1);
	o.op = MATRIX_CHOL;
	assert_int_equal(matrix_compute(&z, NULL, &o, &out, &d), -1);
	assert_non_null(strstr(d.msg, "positive definite"));
	o.op = MATRIX_DET;	/* det of a singular matrix is 0 */
	assert_int_equal(matrix_compute(&z, NULL, &o, &out, &d), 0);
	assert_true(out.v[0] == 0);
	matrix_free(&out);
	o.op = MATRIX_MUL;
	assert_int_equal(matrix_compute(&z, &h, &o, &out, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	matrix_free(&h);
	matrix_free(&z);
}

/* the simple ones, by hand: R's matrix(1:6, 2) is 1 3 5 / 2 4 6 */
static void
matrix_compute__elementary__by_hand(void **state)
{
	struct matrix a = mat(2, 3, (double[]){ 1, 3, 5, 2, 4, 6 });
	struct matrix v = mat(3, 1, (double[]){ 1, 2, 3 });
	struct matrix u = mat(1, 3, (double[]){ 4, 5, 6 });
	struct matrix sq = mat(2, 2, (double[]){ 2, 1, 1, 3 });
	struct matrix_opts o = { .op = MATRIX_RESHAPE, .rows = 3, .cols = 2 };
	struct matrix out;
	struct diag d;

	(void)state;
	check(MATRIX_TRANSPOSE, 0, &a, NULL, (double[]){ 1, 2, 3, 4, 5, 6 },
	    3, 2, 0);
	check(MATRIX_ADD, 0, &a, &a, (double[]){ 2, 6, 10, 4, 8, 12 }, 2, 3,
	    0);
	check(MATRIX_SUB, 0, &a, &a, (double[]){ 0, 0, 0, 0, 0, 0 }, 2, 3, 0);
	check(MATRIX_HADAMARD, 0, &a, &a, (double[]){ 1, 9, 25, 4, 16, 36 },
	    2, 3, 0);
	check(MATRIX_MUL, 0, &a, &v, (double[]){ 22, 28 }, 2, 1, 0);
	check(MATRIX_DOT, 0, &v, &u, (double[]){ 32 }, 1, 1, 0);
	check(MATRIX_CROSS, 0, &v, &u, (double[]){ -3, 6, -3 }, 3, 1, 0);
	check(MATRIX_TRACE, 0, &sq, NULL, (double[]){ 5 }, 1, 1, 0);
	check(MATRIX_DIAG, 0, &a, NULL, (double[]){ 1, 4 }, 2, 1, 0);
	check(MATRIX_DIAG, 0, &v, NULL, (double[]){ 1, 0, 0, 0, 2, 0, 0, 0,
	    3 }, 3, 3, 0);
	/* matrix(as.vector(a), 3, 2) and matrix(..., byrow = TRUE) */
	assert_int_equal(matrix_compute(&a, NULL, &o, &out, &d), 0);
	assert_true(out.v[0] == 1 && out.v[1] == 4 && out.v[2] == 2 &&
	    out.v[5] == 6);
	matrix_free(&out);
	o.by_row = 1;
	assert_int_equal(matrix_compute(&a, NULL, &o, &out, &d), 0);
	assert_true(out.v[0] == 1 && out.v[1] == 2 && out.v[2] == 3 &&
	    out.v[5] == 6);
	matrix_free(&out);
	o.op = MATRIX_SCALE;
	o.by = -2;
	assert_int_equal(matrix_compute(&a, NULL, &o, &out, &d), 0);
	assert_true(out.v[5] == -12);
	matrix_free(&out);
	o.op = MATRIX_IDENTITY;
	o.rows = 3;
	assert_int_equal(matrix_compute(NULL, NULL, &o, &out, &d), 0);
	assert_true(out.v[0] == 1 && out.v[1] == 0 && out.v[8] == 1);
	matrix_free(&out);
	o.op = MATRIX_CROSS;
	assert_int_equal(matrix_compute(&a, &v, &o, &out, &d), -1);
	matrix_free(&a);
	matrix_free(&v);
	matrix_free(&u);
	matrix_free(&sq);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(matrix_compute__random_5x5__r),
		cmocka_unit_test(matrix_compute__hilbert__r),
		cmocka_unit_test(matrix_compute__singular__error_with_rcond),
		cmocka_unit_test(matrix_compute__elementary__by_hand),
	};

	gsl_set_error_handler_off();	/* as main() */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
