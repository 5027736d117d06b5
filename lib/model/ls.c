/*
 * ls: weighted least squares by Householder QR, the engine of lm and of
 * logistic regression's IRLS (see ls.h); ill-conditioned fits refined on
 * the augmented system in double-double (ls_augrefine()).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/par.h"
#include "core/xalloc.h"
#include "model/formula.h"
#include "model/ls.h"

#define REFINE		3	/* steps of iterative refinement */
#define LS_ROWS		131072	/* rows: more go to the QR by blocks */
#define LS_CELLS	16384	/* in a block: its QR stays in cache */
#define LS_AUGSTEPS	8	/* at most, of the augmented refinement */
#define LS_AUGDONE	0x1p-50	/* a step changing less: the last */

void
ls_free(struct ls *s)
{
	if (s == NULL)
		return;
	free(s->aliased);
	free(s->coef);
	free(s->cov);
	free(s->effects);
	free(s->hat);
}

/* Row i of the fit: the design row, and the square root of its weight. */
static size_t
use_row(const size_t *use, size_t i)
{
	return use != NULL ? use[i] : i;
}

static double
use_sw(const double *sw, size_t i)
{
	return sw != NULL ? sw[i] : 1;
}

/* What the threads of a least-squares fit share. */
struct lsjob {
	const double	*x, *y, *sw, *bs;
	const size_t	*use, *keep;
	size_t		 n, m, p, k;	/* rows of x, used; columns, kept */
	double		*scale;		/* p */
	gsl_matrix	*qr;
	double		*v;
	size_t		 nb;		/* blocks of rows (ls_blocks()) */
	double		*r, *c;		/* nb k x k Rs, nb k tops of Q'v */
};

/*
 * The norms of columns [lo, hi), each summed over the rows in order; two
 * columns a pass over the rows, the two sums apart (each add waits for
 * the one before it in its column, not for the other column's).
 */
static void
ls_scales(void *arg, size_t c, size_t lo, size_t hi)
{
	struct lsjob *j = arg;
	size_t i, col, c2;

	(void)c;
	for (col = lo; col < hi; col += 2) {
		long double ss = 0, ss2 = 0;

		c2 = col + 1 < hi ? col + 1 : col;	/* odd one: twice */
		for (i = 0; i < j->m; i++) {
			const double *xi = j->x + use_row(j->use, i);
			long double t = (long double)use_sw(j->sw, i) *
			    xi[col * j->n];
			long double t2 = (long double)use_sw(j->sw, i) *
			    xi[c2 * j->n];

			ss += t * t;
			ss2 += t2 * t2;
		}
		j->scale[col] = sqrtl(ss);
		j->scale[c2] = sqrtl(ss2);
	}
}

/*
 * Rows [lo, hi) of the weighted design with unit-norm columns kept, to q
 * (row stride td) from its row 0.
 */
static void
ls_copy_rows(const struct lsjob *j, size_t lo, size_t hi, double *q,
    size_t td)
{
	size_t i, a;

	for (i = lo; i < hi; i++, q += td) {
		const double *xi = j->x + use_row(j->use, i);

		for (a = 0; a < j->k; a++)
			q[a] = use_sw(j->sw, i) * xi[j->keep[a] * j->n] /
			    j->scale[j->keep[a]];
	}
}

static void
ls_copy(void *arg, size_t c, size_t lo, size_t hi)
{
	struct lsjob *j = arg;

	(void)c;
	ls_copy_rows(j, lo, hi, j->qr->data + lo * j->qr->tda, j->qr->tda);
}

/*
 * The weighted residuals of rows [lo, hi) from bs, in long double, to v
 * from v[0].
 */
static void
ls_resid_rows(const struct lsjob *j, size_t lo, size_t hi, double *v)
{
	size_t i, a;

	for (i = lo; i < hi; i++) {
		const double *xi = j->x + use_row(j->use, i);
		long double t = j->y[use_row(j->use, i)];

		for (a = 0; a < j->k; a++)
			t -= (long double)xi[j->keep[a] * j->n] * j->bs[a] /
			    j->scale[j->keep[a]];
		v[i - lo] = use_sw(j->sw, i) * (double)t;
	}
}

static void
ls_resid(void *arg, size_t c, size_t lo, size_t hi)
{
	struct lsjob *j = arg;

	(void)c;
	ls_resid_rows(j, lo, hi, j->v + lo);
}

/*
 * v = Q'v for the m x k (m >= k) QR of gsl_linalg_QR_decomp(), as
 * gsl_linalg_QR_QTvec() computes it: each reflection a (skipped if its
 * tau is 0) takes d = v[a] + the dot product of the rest of its column
 * with v, summed from row a + 1 on in double; then v[a] -= tau d and
 * v[i] += (-tau d) h[i] (none if -tau d is 0).  The same operations in
 * the same order; only the passes over the rows go from 2k to k + 1, the
 * update of one reflection sharing its pass with the dot product of the
 * next (the product reads v[i] just updated, as it would after).
 */
static void
ls_qtvec(const gsl_matrix *qr, const gsl_vector *tau, double *v)
{
	const double *h = qr->data;
	size_t m = qr->size1, k = qr->size2, td = qr->tda, a, i;
	double alpha = 0;	/* the update pending, of reflection a - 1 */

	for (a = 0; a <= k; a++) {
		double t = a < k ? gsl_vector_get(tau, a) : 0, dot = 0.0;
		int up = alpha != 0.0, dp = t != 0.0;

		i = a;
		if (dp) {	/* row a: updated, then first of reflection a */
			if (up)
				v[a] += alpha * h[a * td + a - 1];
			i = a + 1;
		}
		for (; i < m; i++) {
			if (up)
				v[i] += alpha * h[i * td + a - 1];
			if (dp)
				dot += h[i * td + a] * v[i];
		}
		alpha = 0;
		if (dp) {
			double d = v[a] + dot;

			v[a] = v[a] - t * d;
			alpha = -t * d;
		}
	}
}

/* The first row of block b of nb over m rows: shares as even as can be. */
static size_t
block_lo(size_t b, size_t nb, size_t m)
{
	return m / nb * b + (b < m % nb ? b : m % nb);
}

/*
 * Blocks [lo, hi) of rows: the QR of each, its R to r (unless NULL; k x
 * k, zeros below) and the top k of Q'v to c, for v the residuals of bs.
 * Stacked in order, the Rs and tops are a least-squares problem of k
 * columns with the same solution (a TSQR), the same whichever thread
 * does which block.  A block's QR is not kept (that is the memory of the
 * design): each call does it again.
 */
static void
ls_blocks(void *arg, size_t c, size_t lo, size_t hi)
{
	struct lsjob *j = arg;
	size_t b, a, i, k = j->k, rows = block_lo(1, j->nb, j->m);
	gsl_matrix *q = gsl_matrix_alloc(rows, k);
	gsl_vector *tau = gsl_vector_alloc(k);
	double *v = xmalloc(rows * sizeof(*v));

	(void)c;
	for (b = lo; b < hi; b++) {
		size_t r0 = block_lo(b, j->nb, j->m), r1 = block_lo(b + 1,
		    j->nb, j->m);
		gsl_matrix_view qb = gsl_matrix_submatrix(q, 0, 0, r1 - r0, k);

		ls_copy_rows(j, r0, r1, q->data, q->tda);
		gsl_linalg_QR_decomp(&qb.matrix, tau);	/* 8 k rows or more */
		for (a = 0; j->r != NULL && a < k; a++)
			for (i = 0; i < k; i++)
				j->r[(b * k + a) * k + i] = i < a ? 0 :
				    gsl_matrix_get(q, a, i);
		ls_resid_rows(j, r0, r1, v);
		ls_qtvec(&qb.matrix, tau, v);
		memcpy(j->c + b * k, v, k * sizeof(*v));
	}
	gsl_matrix_free(q);
	gsl_vector_free(tau);
	free(v);
}

/* ls_blocks() over all blocks, on up to nch threads */
static void
ls_all_blocks(struct lsjob *j, size_t nch)
{
	par_split(nch < j->nb ? nch : j->nb, j->nb, ls_blocks, j);
}

/*
 * Double-double sums (the error-free transformations of Dekker and Knuth,
 * with fma for the products): a sum of products to about 1e-32 relative,
 * whatever the cancellation.
 */
struct dd {
	double	hi, lo;
};

/* s + a b */
static struct dd
dd_fma(struct dd s, double a, double b)
{
	double p = a * b, pe = fma(a, b, -p), t = s.hi + p, v = t - s.hi;

	s.lo += (s.hi - (t - v)) + (p - v) + pe;
	s.hi = t;
	return s;
}

/* s a, to about 1e-32 */
static struct dd
dd_mul(struct dd s, double a)
{
	double p = s.hi * a;

	return (struct dd){ p, fma(s.hi, a, -p) + s.lo * a };
}

static double
dd_value(struct dd s)
{
	return s.hi + s.lo;
}

/*
 * One step of Bjorck's refinement of the augmented system
 *	r + A c = b,  A'r = h
 * (A the weighted kept columns; c unscaled, r the weighted residuals):
 * its residuals f = b - r - A c and g = h - A'r in double-double, then
 * the correction from the QR of the unit-norm columns:
 * u = R^-T S^-1 g, t = Q'f, R dc' = t_top - u, dr = Q (u, t_bottom),
 * c += S^-1 dc'.  b is y, or 0 without rhs.  Returns the largest
 * relative change of c.
 */
static double
ls_augstep(const struct lsjob *j, const gsl_matrix *qr,
    const gsl_vector *tau, int rhs, const double *h, double *c, double *r,
    double *t)
{
	size_t m = j->m, k = j->k, i, a;
	gsl_vector_view tv = gsl_vector_view_array(t, m);
	gsl_matrix_const_view rv = gsl_matrix_const_submatrix(qr, 0, 0, k, k);
	double *u = xmalloc(k * sizeof(*u)), change = 0;
	gsl_vector_view uv = gsl_vector_view_array(u, k);

	for (i = 0; i < m; i++) {
		const double *xi = j->x + use_row(j->use, i);
		struct dd s = { rhs ? j->y[use_row(j->use, i)] : 0, 0 };

		for (a = 0; a < k; a++)
			s = dd_fma(s, -xi[j->keep[a] * j->n], c[a]);
		s = dd_mul(s, use_sw(j->sw, i));
		t[i] = dd_value(dd_fma(s, -1, r[i]));
	}
	for (a = 0; a < k; a++) {
		const double *xa = j->x + j->keep[a] * j->n;
		struct dd s = { h[a], 0 };

		for (i = 0; i < m; i++)
			s = dd_fma(s, -use_sw(j->sw, i) * r[i],
			    xa[use_row(j->use, i)]);
		u[a] = dd_value(s) / j->scale[j->keep[a]];
	}
	gsl_blas_dtrsv(CblasUpper, CblasTrans, CblasNonUnit, &rv.matrix,
	    &uv.vector);
	gsl_linalg_QR_QTvec(qr, tau, &tv.vector);
	for (a = 0; a < k; a++) {	/* u becomes t_top - u, t (u, t_bottom) */
		double ta = t[a];

		t[a] = u[a];
		u[a] = ta - u[a];
	}
	gsl_linalg_QR_Qvec(qr, tau, &tv.vector);
	for (i = 0; i < m; i++)
		r[i] += t[i];
	gsl_blas_dtrsv(CblasUpper, CblasNoTrans, CblasNonUnit, &rv.matrix,
	    &uv.vector);
	for (a = 0; a < k; a++) {
		double dc = u[a] / j->scale[j->keep[a]];

		if (dc != 0)
			change = fmax(change, c[a] != 0 ? fabs(dc / c[a]) : 1);
		c[a] += dc;
	}
	free(u);
	return change;
}

/*
 * For an ill-conditioned fit (see LS_COND): the solution s->coef and the
 * covariance s->cov refined on the augmented system, one column of
 * (X'X)^-1 at a time (r + A z = 0, A'r = -e_a gives z = (A'A)^-1 e_a),
 * each until a step changes it by less than the rounding of a double.
 */
static void
ls_augrefine(const struct lsjob *j, const gsl_matrix *qr,
    const gsl_vector *tau, struct ls *s)
{
	size_t m = j->m, k = j->k, p = j->p, a, b, it;
	double *c = xmalloc(k * sizeof(*c)), *r = xcalloc(m, sizeof(*r));
	double *t = xmalloc(m * sizeof(*t)), *h = xcalloc(k, sizeof(*h));

	for (b = 0; b <= k; b++) {	/* b < k: column b of the inverse */
		for (a = 0; a < k; a++)
			c[a] = b == k ? s->coef[j->keep[a]] :
			    s->cov[j->keep[a] * p + j->keep[b]];
		memset(r, 0, m * sizeof(*r));
		if (b < k)
			h[b] = -1;
		for (it = 0; it < LS_AUGSTEPS; it++)
			if (ls_augstep(j, qr, tau, b == k, h, c, r, t) <
			    LS_AUGDONE)
				break;
		if (b < k) {
			h[b] = 0;
			for (a = 0; a < k; a++)
				s->cov[j->keep[a] * p + j->keep[b]] = c[a];
		} else
			for (a = 0; a < k; a++)
				s->coef[j->keep[a]] = c[a];
	}
	for (a = 0; a < k; a++)	/* the two halves agree to rounding */
		for (b = a + 1; b < k; b++) {
			double *x = &s->cov[j->keep[a] * p + j->keep[b]];
			double *y = &s->cov[j->keep[b] * p + j->keep[a]];

			*x = *y = (*x + *y) / 2;
		}
	free(c);
	free(r);
	free(t);
	free(h);
}

/* |R| |R^-1| in Frobenius norms: the condition number, to a factor k */
static double
ls_cond(const gsl_matrix *qr, const gsl_matrix *ri)
{
	size_t k = ri->size1, a, b;
	double r2 = 0, i2 = 0;

	for (a = 0; a < k; a++)
		for (b = a; b < k; b++) {
			r2 += gsl_matrix_get(qr, a, b) * gsl_matrix_get(qr, a, b);
			i2 += gsl_matrix_get(ri, a, b) * gsl_matrix_get(ri, a, b);
		}
	return sqrt(r2 * i2);
}

/*
 * Least squares of y on the n x p x (by columns) with weights w (NULL: 1;
 * rows of weight 0 left out).  Columns are scaled to unit norm; one whose
 * remainder after the columns before it is below tol is aliased, and the
 * QR done again without it (R's limited pivoting).  Over LS_ROWS rows
 * the QR is of the blocks' Rs (ls_blocks()), not of a copy of the whole
 * design: the same to rounding, in a fraction of the memory.  The
 * leverages (s->hat) only with hat, for they cost as much as the rest.
 * The loops over rows are shared by threads (formula_chunks()) as far as
 * each row is computed alone; the sums over rows add them in order, in
 * one thread.
 */
int
ls_fit(const double *x, const double *y, const double *w, size_t n,
    size_t p, double tol, int hat, int threads, struct ls *s,
    struct diag *d)
{
	size_t m = 0, k, i, j, a, b, it, *use = NULL, *keep, nch;
	double *scale, *sw = NULL, *bs;
	gsl_matrix *qr = NULL, *ri;
	gsl_vector *tau = NULL, *v;
	struct lsjob job;
	int rc;

	memset(s, 0, sizeof(*s));
	if (w != NULL) {	/* without weights every row, each 1 */
		use = xmalloc((n ? n : 1) * sizeof(*use));
		sw = xmalloc((n ? n : 1) * sizeof(*sw));
		for (i = 0; i < n; i++)
			if (w[i] > 0) {
				sw[m] = sqrt(w[i]);
				use[m++] = i;
			}
	} else
		m = n;
	s->aliased = xcalloc(p ? p : 1, sizeof(*s->aliased));
	s->coef = xmalloc((p ? p : 1) * sizeof(*s->coef));
	s->cov = xmalloc((p != 0 ? p * p : 1) * sizeof(*s->cov));
	s->effects = xmalloc((p ? p : 1) * sizeof(*s->effects));
	if (hat)
		s->hat = xcalloc(n ? n : 1, sizeof(*s->hat));
	scale = xmalloc((p ? p : 1) * sizeof(*scale));
	keep = xmalloc((p ? p : 1) * sizeof(*keep));
	bs = xcalloc(p ? p : 1, sizeof(*bs));	/* 0 until the refinement */
	nch = formula_chunks(threads, m);
	job = (struct lsjob){ .x = x, .y = y, .sw = sw, .bs = bs, .use = use,
	    .keep = keep, .n = n, .m = m, .p = p, .scale = scale };
	/* a sum a column: the columns can go to threads, not the rows */
	par_split(nch < p ? nch : p, p, ls_scales, &job);
	for (j = 0; j < p; j++) {
		s->aliased[j] = scale[j] == 0;
		s->coef[j] = s->effects[j] = NAN;
	}
	for (;;) {
		for (k = j = 0; j < p; j++)
			if (!s->aliased[j])
				keep[k++] = j;
		gsl_matrix_free(qr);
		gsl_vector_free(tau);
		qr = NULL;
		tau = NULL;
		if (k == 0)
			break;
		if (k > m) {
			rc = diag_set(d, STATUS_DATA, "%zu coefficients but only "
			    "%zu rows", k, m);
			goto out;
		}
		job.k = k;
		/* blocks of LS_CELLS or a little less, but of 8 k rows or
		 * more, so that their Rs are few */
		job.nb = m > LS_ROWS ? (m * k + LS_CELLS - 1) / LS_CELLS : 1;
		if (job.nb > m / (8 * k))
			job.nb = m / (8 * k) ? m / (8 * k) : 1;
		if (job.nb == 1) {
			qr = gsl_matrix_alloc(m, k);
			job.qr = qr;
			par_split(nch, m, ls_copy, &job);
		} else {	/* the blocks' Rs, and their Q'y (bs is 0) */
			qr = gsl_matrix_alloc(job.nb * k, k);	/* tda k */
			job.r = qr->data;
			free(job.c);
			job.c = xmalloc(job.nb * k * sizeof(*job.c));
			ls_all_blocks(&job, nch);
			job.r = NULL;
		}
		tau = gsl_vector_alloc(k);
		if ((rc = gsl_linalg_QR_decomp(qr, tau)) != GSL_SUCCESS) {
			rc = diag_set(d, STATUS_DATA, "%s", gsl_strerror(rc));
			goto out;
		}
		for (a = 0; a < k; a++)
			if (fabs(gsl_matrix_get(qr, a, a)) < tol)
				break;
		if (a == k)
			break;
		s->aliased[keep[a]] = 1;
	}
	s->rank = k;
	if (k > 0) {
		gsl_matrix_view r = gsl_matrix_submatrix(qr, 0, 0, k, k);
		double *old = xmalloc(k * sizeof(*old));
		int done = 0;

		v = gsl_vector_alloc(qr->size1);
		job.v = v->data;
		/* solve, then refine on residuals summed in long double */
		for (it = 0; it <= REFINE && !done; it++) {
			if (job.nb == 1)
				par_split(nch, m, ls_resid, &job);
			else {	/* the tops of the blocks: of y at first */
				if (it > 0)
					ls_all_blocks(&job, nch);
				memcpy(v->data, job.c, v->size *
				    sizeof(*v->data));
			}
			ls_qtvec(qr, tau, v->data);
			if (it == 0)
				for (a = 0; a < k; a++)
					s->effects[keep[a]] = v->data[a];
			gsl_vector_view top = gsl_vector_subvector(v, 0, k);
			gsl_blas_dtrsv(CblasUpper, CblasNoTrans, CblasNonUnit,
			    &r.matrix, &top.vector);
			memcpy(old, bs, k * sizeof(*bs));
			for (a = 0; a < k; a++)
				bs[a] += v->data[a];
			/* no change: the steps left would make none either */
			done = memcmp(old, bs, k * sizeof(*bs)) == 0;
		}
		for (a = 0; a < k; a++)
			s->coef[keep[a]] = bs[a] / scale[keep[a]];
		free(old);
		gsl_vector_free(v);
		/* (R'R)^-1 from R^-1, scaled back */
		ri = gsl_matrix_calloc(k, k);
		for (a = 0; a < k; a++)
			for (b = a; b < k; b++)
				gsl_matrix_set(ri, a, b, gsl_matrix_get(qr, a,
				    b));
		gsl_linalg_tri_invert(CblasUpper, CblasNonUnit, ri);
		for (j = 0; j < p * p; j++)
			s->cov[j] = NAN;
		for (a = 0; a < k; a++)
			for (b = 0; b < k; b++) {
				long double c = 0;
				size_t l;

				for (l = a > b ? a : b; l < k; l++)
					c += (long double)gsl_matrix_get(ri, a,
					    l) * gsl_matrix_get(ri, b, l);
				s->cov[keep[a] * p + keep[b]] = c /
				    (scale[keep[a]] * scale[keep[b]]);
			}
		if (job.nb == 1 && ls_cond(qr, ri) > LS_COND)
			ls_augrefine(&job, qr, tau, s);
		/* leverage: |R^-T a_i|^2 for the scaled weighted row a_i */
		for (i = 0; hat && i < m; i++) {
			const double *xi = x + use_row(use, i);
			long double h = 0;

			for (b = 0; b < k; b++) {
				long double t = 0;

				for (a = 0; a <= b; a++)
					t += (long double)use_sw(sw, i) *
					    xi[keep[a] * n] / scale[keep[a]] *
					    ri->data[a * ri->tda + b];
				h += t * t;
			}
			s->hat[use_row(use, i)] = h;
		}
		gsl_matrix_free(ri);
	} else
		for (j = 0; j < p * p; j++)
			s->cov[j] = NAN;
	rc = 0;
out:
	gsl_matrix_free(qr);
	gsl_vector_free(tau);
	free(job.c);
	free(bs);
	free(scale);
	free(keep);
	free(use);
	free(sw);
	if (rc != 0)
		ls_free(s);
	return rc;
}

