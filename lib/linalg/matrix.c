/*
 * matrix: R's matrix algebra over GSL's decompositions.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_eigen.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_permutation.h>

#include "linalg/matrix.h"
#include "linalg/numtab.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/out.h"

/* R's qr() tolerance, used on singular values for rank */
#define RANK_TOL	1e-7

static const struct {
	const char	*name;
	enum matrix_op	 op;
	int		 nargs;
} ops[] = {
	{ "add", MATRIX_ADD, 2 }, { "chol", MATRIX_CHOL, 1 },
	{ "cross", MATRIX_CROSS, 2 }, { "det", MATRIX_DET, 1 },
	{ "diag", MATRIX_DIAG, 1 }, { "dot", MATRIX_DOT, 2 },
	{ "eigen", MATRIX_EIGEN, 1 }, { "hadamard", MATRIX_HADAMARD, 2 },
	{ "identity", MATRIX_IDENTITY, 0 }, { "inv", MATRIX_INV, 1 },
	{ "mul", MATRIX_MUL, 2 }, { "norm", MATRIX_NORM, 1 },
	{ "rank", MATRIX_RANK, 1 }, { "reshape", MATRIX_RESHAPE, 1 },
	{ "scale", MATRIX_SCALE, 1 }, { "solve", MATRIX_SOLVE, 2 },
	{ "sub", MATRIX_SUB, 2 }, { "svd", MATRIX_SVD, 1 },
	{ "trace", MATRIX_TRACE, 1 }, { "transpose", MATRIX_TRANSPOSE, 1 },
};

int
matrix_parse_op(const char *s, enum matrix_op *op, int *nargs)
{
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (strcmp(s, ops[i].name) == 0) {
			*op = ops[i].op;
			*nargs = ops[i].nargs;
			return 0;
		}
	return -1;
}

void
matrix_free(struct matrix *m)
{
	size_t j;

	for (j = 0; j < m->cols && m->name != NULL; j++)
		free(m->name[j]);
	free(m->name);
	free(m->v);
	memset(m, 0, sizeof(*m));
}

static void
mat_new(struct matrix *m, size_t rows, size_t cols)
{
	m->rows = rows;
	m->cols = cols;
	m->v = xcalloc(rows * cols > 0 ? rows * cols : 1, sizeof(*m->v));
	m->name = NULL;
}

/* copy of a's names, for results shaped as a */
static char **
names_of(const struct matrix *a)
{
	char **v;
	size_t j;

	if (a->name == NULL)
		return NULL;
	v = xmalloc(a->cols * sizeof(*v));
	for (j = 0; j < a->cols; j++)
		v[j] = xstrdup(a->name[j]);
	return v;
}

int
matrix_read(const char *file, const struct frame_opts *in, struct matrix *m,
    struct diag *d)
{
	struct numtab_opts no = { .no_missing = 1 };
	struct numtab t;
	char *files[1];
	size_t j;

	files[0] = (char *)file;
	memset(m, 0, sizeof(*m));
	if (numtab_read(1, files, in, &no, &t, d) != 0)
		return -1;
	if (t.n == 0) {
		numtab_free(&t);
		diag_set(d, STATUS_DATA, "no rows: not a matrix");
		return diag_at(d, file, 0, NULL);
	}
	m->rows = t.n;
	m->cols = t.p;
	m->v = t.x;
	t.x = NULL;
	if (!in->no_header) {	/* --no-header: V1 ... Vn, as R's */
		m->name = t.name;
		t.name = NULL;
	}
	for (j = 0; j < t.p && t.name != NULL; j++)
		free(t.name[j]);
	free(t.name);
	t.name = NULL;
	t.p = 0;
	numtab_free(&t);
	return 0;
}

struct out_table *
matrix_table(const struct matrix *m)
{
	struct out_table *t = out_new();
	size_t i, j;

	for (j = 0; j < m->cols; j++) {
		char buf[32];

		snprintf(buf, sizeof(buf), "V%zu", j + 1);
		out_column(t, m->name != NULL ? m->name[j] : buf);
	}
	out_reserve(t, m->rows);
	for (i = 0; i < m->rows; i++) {
		out_row(t);
		for (j = 0; j < m->cols; j++)
			out_num(t, i, j, m->v[i * m->cols + j]);
	}
	return t;
}

/* a one-column result named name */
static void
vec_new(struct matrix *m, size_t n, const char *name)
{
	mat_new(m, n, 1);
	m->name = xmalloc(sizeof(*m->name));
	m->name[0] = xstrdup(name);
}

static int
scalar(struct matrix *out, double x)
{
	vec_new(out, 1, "value");
	out->v[0] = x;
	return 0;
}

/* GSL's allocations, which cannot fail (out of memory ends the program) */
static gsl_matrix *
gmat(size_t rows, size_t cols)
{
	gsl_matrix *g = gsl_matrix_alloc(rows, cols);

	if (g == NULL)
		xalloc_oom();
	return g;
}

static gsl_vector *
gvec(size_t n)
{
	gsl_vector *v = gsl_vector_alloc(n);

	if (v == NULL)
		xalloc_oom();
	return v;
}

static gsl_matrix *
to_gsl(const struct matrix *a)
{
	gsl_matrix *g = gmat(a->rows, a->cols);

	memcpy(g->data, a->v, a->rows * a->cols * sizeof(*a->v));
	return g;	/* tda == cols for a fresh matrix */
}

static void
from_gsl(struct matrix *m, const gsl_matrix *g)
{
	size_t i, j;

	mat_new(m, g->size1, g->size2);
	for (i = 0; i < g->size1; i++)
		for (j = 0; j < g->size2; j++)
			m->v[i * g->size2 + j] = gsl_matrix_get(g, i, j);
}

static int
gsl_fail(struct diag *d, int rc)
{
	return diag_set(d, STATUS_DATA, "%s", gsl_strerror(rc));
}

static int
need_square(const struct matrix *a, const char *what, struct diag *d)
{
	if (a->rows == a->cols)
		return 0;
	return diag_set(d, STATUS_DATA, "%s needs a square matrix, not "
	    "%zu x %zu", what, a->rows, a->cols);
}

/* max column sum of |a| (R's norm type "O") */
static double
norm1(const double *v, size_t rows, size_t cols)
{
	double best = 0;
	size_t i, j;

	for (j = 0; j < cols; j++) {
		double s = 0;

		for (i = 0; i < rows; i++)
			s += fabs(v[i * cols + j]);
		if (s > best)
			best = s;
	}
	return best;
}

/*
 * LU of square a with its inverse in *inv (may be NULL) and reciprocal
 * condition number in the 1-norm, 1 / (|A|_1 |A^-1|_1), as R's solve()
 * checks it (R estimates it with LAPACK's dgecon).  An exactly singular
 * or computationally singular matrix (rcond < DBL_EPSILON, R's tol) is
 * an error.
 */
static int
lu_checked(const struct matrix *a, gsl_matrix **lu, gsl_permutation **perm,
    int *signum, gsl_matrix **inv, struct diag *d)
{
	size_t n = a->rows, i;
	gsl_matrix *ai;
	double rcond;
	int rc;

	*lu = to_gsl(a);
	*perm = gsl_permutation_alloc(n);
	if ((rc = gsl_linalg_LU_decomp(*lu, *perm, signum)) != GSL_SUCCESS) {
		gsl_fail(d, rc);
		return -1;
	}
	for (i = 0; i < n; i++)
		if (gsl_matrix_get(*lu, i, i) == 0) {
			diag_set(d, STATUS_DATA, "singular matrix: U[%zu,%zu] "
			    "= 0 (reciprocal condition number 0)", i + 1,
			    i + 1);
			return -1;
		}
	ai = gmat(n, n);
	if ((rc = gsl_linalg_LU_invert(*lu, *perm, ai)) != GSL_SUCCESS) {
		gsl_matrix_free(ai);
		gsl_fail(d, rc);
		return -1;
	}
	rcond = 1 / (norm1(a->v, n, n) * norm1(ai->data, n, n));
	if (!(rcond >= DBL_EPSILON)) {
		gsl_matrix_free(ai);
		diag_set(d, STATUS_DATA, "computationally singular matrix: "
		    "reciprocal condition number %.6g", rcond);
		return -1;
	}
	if (inv != NULL)
		*inv = ai;
	else
		gsl_matrix_free(ai);
	return 0;
}

static int
op_inv_det(const struct matrix *a, int det, struct matrix *out,
    struct diag *d)
{
	gsl_matrix *lu = NULL, *inv = NULL;
	gsl_permutation *perm = NULL;
	int signum = 1, rc;

	if (need_square(a, det ? "det" : "inv", d) != 0)
		return -1;
	if (det) {	/* a singular matrix has determinant 0: no check */
		lu = to_gsl(a);
		perm = gsl_permutation_alloc(a->rows);
		rc = gsl_linalg_LU_decomp(lu, perm, &signum);
		if (rc == GSL_SUCCESS)
			scalar(out, gsl_linalg_LU_det(lu, signum));
		else
			gsl_fail(d, rc);
	} else if ((rc = lu_checked(a, &lu, &perm, &signum, &inv, d)) == 0) {
		from_gsl(out, inv);
		gsl_matrix_free(inv);
	}
	gsl_matrix_free(lu);
	gsl_permutation_free(perm);
	return rc == GSL_SUCCESS ? 0 : -1;
}

/* one right-hand side at a time: x = A \ b */
static int
op_solve(const struct matrix *a, const struct matrix *b, struct matrix *out,
    struct diag *d)
{
	size_t m = a->rows, n = a->cols, k = b->cols, i, j;
	gsl_matrix *f = NULL, *inv = NULL;
	gsl_permutation *perm = NULL;
	gsl_vector *tau = NULL, *rhs, *x, *res, *work;
	int signum, rc = 0;
	double rcond;

	if (b->rows != m)
		return diag_set(d, STATUS_USAGE, "solve: A has %zu rows, B "
		    "%zu", m, b->rows);
	mat_new(out, n, k);
	if (m == n) {
		if (lu_checked(a, &f, &perm, &signum, &inv, d) != 0) {
			gsl_matrix_free(f);
			gsl_permutation_free(perm);
			return -1;
		}
		gsl_matrix_free(inv);
	} else {	/* least squares, or minimum norm below */
		f = to_gsl(a);
		tau = gvec(m < n ? m : n);
		rc = m > n ? gsl_linalg_QR_decomp(f, tau) :
		    gsl_linalg_LQ_decomp(f, tau);
		work = gvec(3 * (m > n ? n : m));
		if (rc == GSL_SUCCESS && m > n)
			rc = gsl_linalg_QR_rcond(f, &rcond, work);
		else if (rc == GSL_SUCCESS) {	/* L is R' of A' */
			gsl_matrix *l = gmat(m, m);

			for (i = 0; i < m; i++)
				for (j = 0; j < m; j++)
					gsl_matrix_set(l, i, j, j <= i ?
					    gsl_matrix_get(f, i, j) : 0);
			rc = gsl_linalg_tri_rcond(CblasLower, l, &rcond,
			    work);
			gsl_matrix_free(l);
		}
		gsl_vector_free(work);
		if (rc == GSL_SUCCESS && !(rcond >= DBL_EPSILON)) {
			gsl_vector_free(tau);
			gsl_matrix_free(f);
			return diag_set(d, STATUS_DATA, "rank-deficient "
			    "matrix: reciprocal condition number %.6g",
			    rcond);
		}
	}
	rhs = gvec(m);
	x = gvec(n);
	res = gvec(m);
	for (j = 0; j < k && rc == GSL_SUCCESS; j++) {
		for (i = 0; i < m; i++)
			gsl_vector_set(rhs, i, b->v[i * k + j]);
		rc = m == n ? gsl_linalg_LU_solve(f, perm, rhs, x) :
		    m > n ? gsl_linalg_QR_lssolve(f, tau, rhs, x, res) :
		    gsl_linalg_LQ_lssolve(f, tau, rhs, x, res);
		for (i = 0; i < n; i++)
			out->v[i * k + j] = gsl_vector_get(x, i);
	}
	if (m != n)
		gsl_vector_free(tau);
	gsl_vector_free(rhs);
	gsl_vector_free(x);
	gsl_vector_free(res);
	gsl_matrix_free(f);
	gsl_permutation_free(perm);
	out->name = names_of(b);
	return rc == GSL_SUCCESS ? 0 : gsl_fail(d, rc);
}

/* flip column c of g (and of h, if any) so that its largest |x| is > 0 */
static void
sign_fix(gsl_matrix *g, size_t c, gsl_matrix *h)
{
	size_t i, big = 0;

	for (i = 1; i < g->size1; i++)
		if (fabs(gsl_matrix_get(g, i, c)) >
		    fabs(gsl_matrix_get(g, big, c)))
			big = i;
	if (gsl_matrix_get(g, big, c) >= 0)
		return;
	for (i = 0; i < g->size1; i++)
		gsl_matrix_set(g, i, c, -gsl_matrix_get(g, i, c));
	for (i = 0; h != NULL && i < h->size1; i++)
		gsl_matrix_set(h, i, c, -gsl_matrix_get(h, i, c));
}

/*
 * SVD of a (any shape): d has min(m, n) values, decreasing; u is m x r and
 * v n x r.  GSL needs m >= n: a wide matrix is decomposed transposed.
 */
static int
svd(const struct matrix *a, gsl_vector **dp, gsl_matrix **up,
    gsl_matrix **vp)
{
	size_t m = a->rows, n = a->cols, r = m < n ? m : n, i, j;
	gsl_matrix *u = gmat(m >= n ? m : n, r), *v;
	gsl_vector *d = gvec(r), *work = gvec(r);
	int rc;

	for (i = 0; i < u->size1; i++)
		for (j = 0; j < r; j++)
			gsl_matrix_set(u, i, j, m >= n ? a->v[i * n + j] :
			    a->v[j * n + i]);
	v = gmat(r, r);
	rc = gsl_linalg_SV_decomp(u, v, d, work);
	gsl_vector_free(work);
	if (m < n) {	/* A' = U D V': A = V D U' */
		gsl_matrix *t = u;

		u = v;
		v = t;
	}
	for (j = 0; j < r; j++)
		sign_fix(v, j, u);
	*dp = d;
	*up = u;
	*vp = v;
	return rc;
}

static int
op_svd_family(const struct matrix *a, const struct matrix_opts *o,
    struct matrix *out, struct diag *d)
{
	gsl_vector *s;
	gsl_matrix *u, *v;
	size_t i, r;
	int rc = svd(a, &s, &u, &v);

	if (rc != GSL_SUCCESS) {
		gsl_vector_free(s);
		gsl_matrix_free(u);
		gsl_matrix_free(v);
		return gsl_fail(d, rc);
	}
	if (o->op == MATRIX_RANK) {
		for (r = 0; r < s->size && gsl_vector_get(s, r) >
		    RANK_TOL * gsl_vector_get(s, 0); r++)
			;
		scalar(out, (double)r);
	} else if (o->op == MATRIX_NORM)
		scalar(out, s->size ? gsl_vector_get(s, 0) : 0);
	else if (o->part == 'u')
		from_gsl(out, u);
	else if (o->part == 'v')
		from_gsl(out, v);
	else {
		vec_new(out, s->size, "d");
		for (i = 0; i < s->size; i++)
			out->v[i] = gsl_vector_get(s, i);
	}
	gsl_vector_free(s);
	gsl_matrix_free(u);
	gsl_matrix_free(v);
	return 0;
}

/* R's isSymmetric(): mean relative difference of A and A' < 100 eps */
static int
symmetric(const struct matrix *a)
{
	double diff = 0, sum = 0;
	size_t i, j, n = a->rows;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			diff += fabs(a->v[i * n + j] - a->v[j * n + i]);
			sum += fabs(a->v[i * n + j]);
		}
	return diff <= 100 * DBL_EPSILON * sum;
}

/* complex eigenvalues by decreasing modulus, conjugates + first */
static int
cmp_mod(const void *x, const void *y)
{
	const double *a = x, *b = y;
	double ma = hypot(a[0], a[1]), mb = hypot(b[0], b[1]);

	if (ma != mb)
		return ma < mb ? 1 : -1;
	return (a[1] < b[1]) - (a[1] > b[1]);
}

static int
op_eigen(const struct matrix *a, char part, struct matrix *out,
    struct diag *d)
{
	size_t n = a->rows, i;
	gsl_matrix *g;
	gsl_vector *eval;
	int rc;

	if (need_square(a, "eigen", d) != 0)
		return -1;
	g = to_gsl(a);
	if (symmetric(a)) {
		gsl_eigen_symmv_workspace *w = gsl_eigen_symmv_alloc(n);
		gsl_matrix *vec = gmat(n, n);

		eval = gvec(n);
		rc = gsl_eigen_symmv(g, eval, vec, w);
		gsl_eigen_symmv_free(w);
		if (rc == GSL_SUCCESS)
			rc = gsl_eigen_symmv_sort(eval, vec,
			    GSL_EIGEN_SORT_VAL_DESC);
		if (rc == GSL_SUCCESS && part == 'v') {
			for (i = 0; i < n; i++)
				sign_fix(vec, i, NULL);
			from_gsl(out, vec);
		} else if (rc == GSL_SUCCESS) {
			vec_new(out, n, "value");
			for (i = 0; i < n; i++)
				out->v[i] = gsl_vector_get(eval, i);
		}
		gsl_matrix_free(vec);
	} else if (part == 'v') {
		gsl_matrix_free(g);
		return diag_set(d, STATUS_USAGE, "eigen: vectors only of a "
		    "symmetric matrix (this one is not)");
	} else {
		gsl_eigen_nonsymm_workspace *w = gsl_eigen_nonsymm_alloc(n);
		gsl_vector_complex *ev = gsl_vector_complex_alloc(n);

		eval = NULL;
		rc = gsl_eigen_nonsymm(g, ev, w);
		gsl_eigen_nonsymm_free(w);
		if (rc == GSL_SUCCESS) {
			mat_new(out, n, 2);
			for (i = 0; i < n; i++) {
				out->v[2 * i] = GSL_REAL(
				    gsl_vector_complex_get(ev, i));
				out->v[2 * i + 1] = GSL_IMAG(
				    gsl_vector_complex_get(ev, i));
			}
			qsort(out->v, n, 2 * sizeof(*out->v), cmp_mod);
			out->name = xmalloc(2 * sizeof(*out->name));
			out->name[0] = xstrdup("re");
			out->name[1] = xstrdup("im");
		}
		gsl_vector_complex_free(ev);
	}
	if (eval != NULL)
		gsl_vector_free(eval);
	gsl_matrix_free(g);
	return rc == GSL_SUCCESS ? 0 : gsl_fail(d, rc);
}

static int
op_chol(const struct matrix *a, struct matrix *out, struct diag *d)
{
	size_t n = a->rows, i, j;
	gsl_matrix *g;
	int rc;

	if (need_square(a, "chol", d) != 0)
		return -1;
	g = to_gsl(a);
	rc = gsl_linalg_cholesky_decomp1(g);
	if (rc == GSL_EDOM) {
		gsl_matrix_free(g);
		return diag_set(d, STATUS_DATA, "the matrix is not positive "
		    "definite");
	}
	if (rc != GSL_SUCCESS) {
		gsl_matrix_free(g);
		return gsl_fail(d, rc);
	}
	mat_new(out, n, n);	/* R's chol: upper R with A = R'R */
	for (i = 0; i < n; i++)
		for (j = i; j < n; j++)
			out->v[i * n + j] = gsl_matrix_get(g, j, i);
	gsl_matrix_free(g);
	return 0;
}

/* A vector (one row or one column) as its length; 0 if not one. */
static size_t
vec_len(const struct matrix *a)
{
	return a->rows == 1 || a->cols == 1 ? a->rows * a->cols : 0;
}

static int
op_vector(const struct matrix *a, const struct matrix *b,
    enum matrix_op op, struct matrix *out, struct diag *d)
{
	size_t n = vec_len(a), i;
	long double s = 0;

	if (n == 0 || n != vec_len(b))
		return diag_set(d, STATUS_USAGE, "%s needs two vectors of one "
		    "length (one column or one row), not %zu x %zu and "
		    "%zu x %zu", op == MATRIX_DOT ? "dot" : "cross", a->rows,
		    a->cols, b->rows, b->cols);
	if (op == MATRIX_DOT) {
		for (i = 0; i < n; i++)
			s += (long double)a->v[i] * b->v[i];
		return scalar(out, (double)s);
	}
	if (n != 3)
		return diag_set(d, STATUS_USAGE, "cross needs vectors of "
		    "length 3, not %zu", n);
	vec_new(out, 3, "value");
	out->v[0] = a->v[1] * b->v[2] - a->v[2] * b->v[1];
	out->v[1] = a->v[2] * b->v[0] - a->v[0] * b->v[2];
	out->v[2] = a->v[0] * b->v[1] - a->v[1] * b->v[0];
	return 0;
}

static int
op_elementwise(const struct matrix *a, const struct matrix *b,
    enum matrix_op op, struct matrix *out, struct diag *d)
{
	size_t i, n = a->rows * a->cols;

	if (a->rows != b->rows || a->cols != b->cols)
		return diag_set(d, STATUS_USAGE, "non-conformable matrices: "
		    "%zu x %zu and %zu x %zu", a->rows, a->cols, b->rows,
		    b->cols);
	mat_new(out, a->rows, a->cols);
	for (i = 0; i < n; i++)
		out->v[i] = op == MATRIX_ADD ? a->v[i] + b->v[i] :
		    op == MATRIX_SUB ? a->v[i] - b->v[i] : a->v[i] * b->v[i];
	out->name = names_of(a);
	return 0;
}

static int
op_mul(const struct matrix *a, const struct matrix *b, struct matrix *out,
    struct diag *d)
{
	size_t i, j, l, n = a->cols, k = b->cols;

	if (a->cols != b->rows)
		return diag_set(d, STATUS_USAGE, "non-conformable matrices: "
		    "%zu x %zu times %zu x %zu", a->rows, a->cols, b->rows,
		    b->cols);
	mat_new(out, a->rows, k);
	for (i = 0; i < a->rows; i++)
		for (j = 0; j < k; j++) {
			double s = 0;

			for (l = 0; l < n; l++)
				s += a->v[i * n + l] * b->v[l * k + j];
			out->v[i * k + j] = s;
		}
	out->name = names_of(b);
	return 0;
}

static int
op_norm(const struct matrix *a, const struct matrix_opts *o,
    struct matrix *out, struct diag *d)
{
	size_t i, j, m = a->rows, n = a->cols;
	double best = 0;
	long double s = 0;

	switch (o->norm) {
	case '2':
		return op_svd_family(a, o, out, d);
	case '1':
		return scalar(out, norm1(a->v, m, n));
	case 'i':
		for (i = 0; i < m; i++) {
			double r = 0;

			for (j = 0; j < n; j++)
				r += fabs(a->v[i * n + j]);
			if (r > best)
				best = r;
		}
		return scalar(out, best);
	default:
		for (i = 0; i < m * n; i++)
			s += (long double)a->v[i] * a->v[i];
		return scalar(out, sqrt((double)s));
	}
}

static int
op_reshape(const struct matrix *a, const struct matrix_opts *o,
    struct matrix *out, struct diag *d)
{
	size_t n = a->rows * a->cols, k, i, j;

	if (o->rows * o->cols != n)
		return diag_set(d, STATUS_USAGE, "reshape: %zu x %zu is not "
		    "%zu values", o->rows, o->cols, n);
	mat_new(out, o->rows, o->cols);
	for (k = 0; k < n; k++) {
		/* the k-th value in R's order: down the columns of a */
		double x = a->v[(k % a->rows) * a->cols + k / a->rows];

		if (o->by_row) {
			i = k / o->cols;
			j = k % o->cols;
		} else {
			i = k % o->rows;
			j = k / o->rows;
		}
		out->v[i * o->cols + j] = x;
	}
	return 0;
}

static int
compute(const struct matrix *a, const struct matrix *b,
    const struct matrix_opts *o, struct matrix *out, struct diag *d)
{
	size_t i, j, n;
	long double s = 0;

	switch (o->op) {
	case MATRIX_IDENTITY:
		mat_new(out, o->rows, o->rows);
		for (i = 0; i < o->rows; i++)
			out->v[i * o->rows + i] = 1;
		return 0;
	case MATRIX_TRANSPOSE:
		mat_new(out, a->cols, a->rows);
		for (i = 0; i < a->rows; i++)
			for (j = 0; j < a->cols; j++)
				out->v[j * a->rows + i] = a->v[i * a->cols + j];
		return 0;
	case MATRIX_ADD:
	case MATRIX_SUB:
	case MATRIX_HADAMARD:
		return op_elementwise(a, b, o->op, out, d);
	case MATRIX_MUL:
		return op_mul(a, b, out, d);
	case MATRIX_SCALE:
		mat_new(out, a->rows, a->cols);
		for (i = 0; i < a->rows * a->cols; i++)
			out->v[i] = a->v[i] * o->by;
		out->name = names_of(a);
		return 0;
	case MATRIX_DOT:
	case MATRIX_CROSS:
		return op_vector(a, b, o->op, out, d);
	case MATRIX_INV:
	case MATRIX_DET:
		return op_inv_det(a, o->op == MATRIX_DET, out, d);
	case MATRIX_SOLVE:
		return op_solve(a, b, out, d);
	case MATRIX_TRACE:
		if (need_square(a, "trace", d) != 0)
			return -1;
		for (i = 0; i < a->rows; i++)
			s += a->v[i * a->cols + i];
		return scalar(out, (double)s);
	case MATRIX_DIAG:
		if ((n = vec_len(a)) > 1) {	/* R's diag(x) of a vector */
			mat_new(out, n, n);
			for (i = 0; i < n; i++)
				out->v[i * n + i] = a->v[i];
			return 0;
		}
		n = a->rows < a->cols ? a->rows : a->cols;
		vec_new(out, n, "value");
		for (i = 0; i < n; i++)
			out->v[i] = a->v[i * a->cols + i];
		return 0;
	case MATRIX_RANK:
	case MATRIX_SVD:
		return op_svd_family(a, o, out, d);
	case MATRIX_NORM:
		return op_norm(a, o, out, d);
	case MATRIX_EIGEN:
		return op_eigen(a, o->part, out, d);
	case MATRIX_CHOL:
		return op_chol(a, out, d);
	case MATRIX_RESHAPE:
		return op_reshape(a, o, out, d);
	}
	return diag_set(d, STATUS_USAGE, "unknown operation");
}

int
matrix_compute(const struct matrix *a, const struct matrix *b,
    const struct matrix_opts *o, struct matrix *out, struct diag *d)
{
	memset(out, 0, sizeof(*out));
	if (compute(a, b, o, out, d) == 0)
		return 0;
	matrix_free(out);	/* what a failed op had made */
	return -1;
}

int
matrix_run(int nfiles, char **files, const struct frame_opts *in,
    const struct matrix_opts *o, struct out_table **tp, struct diag *d)
{
	static char stdin_name[] = "-";
	struct matrix m[2], out;
	int nargs = 0, i, rc = -1;
	size_t k;

	for (k = 0; k < sizeof(ops) / sizeof(ops[0]); k++)
		if (ops[k].op == o->op)
			nargs = ops[k].nargs;
	if (nfiles > nargs || (nargs == 2 && nfiles < 2))
		return diag_set(d, STATUS_USAGE, "%d matri%s expected, %d "
		    "given", nargs, nargs == 1 ? "x" : "ces", nfiles);
	memset(m, 0, sizeof(m));
	for (i = 0; i < nargs; i++)
		if (matrix_read(i < nfiles ? files[i] : stdin_name, in, &m[i],
		    d) != 0)
			goto out;
	if (matrix_compute(&m[0], &m[1], o, &out, d) == 0) {
		*tp = matrix_table(&out);
		matrix_free(&out);
		rc = 0;
	}
out:
	matrix_free(&m[0]);
	matrix_free(&m[1]);
	return rc;
}
