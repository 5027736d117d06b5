#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_sf_gamma.h>

#include "core/diag.h"
#include "model/formula.h"
#include "frame/frame.h"
#include "model/model.h"
#include "core/num.h"
#include "io/out.h"
#include "core/xalloc.h"

#define LM_TOL		1e-7	/* R's lm: qr tolerance */
#define GLM_TOL		1e-11	/* R's glm.fit: min(1e-7, epsilon / 1000) */
#define GLM_EPS		1e-8	/* glm.control() */
#define GLM_MAXIT	25
#define REFINE		3	/* steps of iterative refinement */
#define LS_ROWS		131072	/* rows: more go to the QR by blocks */
#define LS_CELLS	16384	/* in a block: its QR stays in cache */

/* A weighted least-squares solution: the engine of lm and IRLS. */
struct ls {
	size_t	 rank;
	int	*aliased;	/* p */
	double	*coef;		/* p, NaN if aliased */
	double	*cov;		/* p * p unscaled */
	double	*effects;	/* p: Q'(sqrt(w) y) by column, NaN if aliased */
	double	*hat;		/* n */
};

static void
ls_free(struct ls *s)
{
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
	formula_split(nch < j->nb ? nch : j->nb, j->nb, ls_blocks, j);
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
static int
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
	formula_split(nch < p ? nch : p, p, ls_scales, &job);
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
			formula_split(nch, m, ls_copy, &job);
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
				formula_split(nch, m, ls_resid, &job);
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

/* A fit of s; with rows, room for the per-row results. */
static struct model_fit *
fit_new(const struct formula_design *ds, struct ls *s, int rows)
{
	struct model_fit *mf = xcalloc(1, sizeof(*mf));
	size_t n = ds->n ? ds->n : 1;

	mf->nd = ds->n;
	mf->p = ds->p;
	mf->intercept = ds->intercept;
	mf->rank = s->rank;
	mf->aliased = s->aliased;
	mf->coef = s->coef;
	mf->cov = s->cov;
	mf->effects = s->effects;
	mf->hat = s->hat;
	if (rows) {
		mf->fitted = xmalloc(n * sizeof(*mf->fitted));
		mf->resid = xmalloc(n * sizeof(*mf->resid));
		mf->wt = xmalloc(n * sizeof(*mf->wt));
	}
	return mf;
}

/* x_i . coef in long double, skipping aliased columns */
static double
linpred(const struct formula_design *ds, const double *coef, size_t i)
{
	long double t = 0;
	size_t j;

	for (j = 0; j < ds->p; j++)
		if (!isnan(coef[j]))
			t += (long double)ds->x[j * ds->n + i] * coef[j];
	return t;
}

static void
warn_aliased(const struct model_fit *mf, const struct formula_design *ds)
{
	size_t j;

	for (j = 0; j < mf->p; j++)
		if (mf->aliased[j])
			diag_warn("coefficient \"%s\" is aliased (a linear "
			    "combination of the others): not estimated",
			    ds->name[j]);
}

int
model_lm(const struct formula_design *ds, int flags, struct model_fit **mp,
    struct diag *d)
{
	struct model_fit *mf;
	struct ls s;
	long double sw = 0, swy = 0, rss = 0, tss = 0, slw = 0;
	double ybar, ymin = INFINITY, ymax = -INFINITY;
	size_t i, nuse = 0;

	for (i = 0; i < ds->n; i++) {
		double wi = ds->w ? ds->w[i] : 1;

		if (wi < 0) {
			diag_set(d, STATUS_DATA, "negative weight %g", wi);
			return -1;
		}
		if (wi == 0)
			continue;
		nuse++;
		sw += wi;
		swy += (long double)wi * ds->y[i];
		if (ds->w != NULL)	/* log 1 is 0 */
			slw += logl(wi);
		if (ds->y[i] < ymin)
			ymin = ds->y[i];
		if (ds->y[i] > ymax)
			ymax = ds->y[i];
	}
	if (nuse == 0)
		return diag_set(d, STATUS_DATA, "no complete rows to fit");
	if (ds->p > nuse)
		return diag_set(d, STATUS_DATA, "%zu coefficients but only %zu "
		    "rows", ds->p, nuse);
	if (ymin == ymax && ds->intercept)
		return diag_set(d, STATUS_DATA, "the response \"%s\" is "
		    "constant (%g)", ds->response, ymin);
	if (ls_fit(ds->x, ds->y, ds->w, ds->n, ds->p, LM_TOL,
	    flags & MODEL_ROWS, ds->threads, &s, d) != 0)
		return -1;
	mf = fit_new(ds, &s, flags & MODEL_ROWS);
	mf->family = MODEL_GAUSSIAN;
	mf->n = nuse;
	ybar = swy / sw;
	for (i = 0; i < ds->n; i++) {
		double wi = ds->w ? ds->w[i] : 1;
		long double dy = ds->intercept ? (long double)ds->y[i] - ybar :
		    ds->y[i];
		double fit = linpred(ds, mf->coef, i);
		double res = (long double)ds->y[i] - fit;

		if (flags & MODEL_ROWS) {
			mf->fitted[i] = fit;
			mf->resid[i] = res;
			mf->wt[i] = wi;
		}
		rss += wi * (long double)res * res;
		tss += wi * dy * dy;
	}
	mf->rss = rss;
	mf->tss = tss;
	mf->df_resid = (double)nuse - mf->rank;
	mf->sigma = mf->df_resid > 0 ? sqrt(mf->rss / mf->df_resid) : NAN;
	/* R's logLik.lm */
	mf->loglik = 0.5 * ((double)slw - nuse * (log(2 * M_PI) + 1 -
	    log((double)nuse) + log(mf->rss)));
	warn_aliased(mf, ds);
	if (mf->df_resid == 0)
		diag_warn("no residual degrees of freedom: standard errors "
		    "are undefined");
	*mp = mf;
	return 0;
}

/* R's logit link, with its thresholds */
static double
logit_inv(double eta)
{
	double t = eta < -30 ? DBL_EPSILON : eta > 30 ? 1 / DBL_EPSILON :
	    exp(eta);

	return t / (1 + t);
}

static double
logit_mu_eta(double eta)
{
	double op = 1 + exp(eta);

	return eta > 30 || eta < -30 ? DBL_EPSILON : exp(eta) / (op * op);
}

static double
ylogy(double y, double mu)
{
	return y != 0 ? y * log(y / mu) : 0;
}

static double
binom_dev(const double *y, const double *mu, const double *w, size_t n,
    double mu0)
{
	long double dev = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		double m = mu ? mu[i] : mu0;

		dev += 2 * (w ? w[i] : 1) * (ylogy(y[i], m) +
		    ylogy(1 - y[i], 1 - m));
	}
	return dev;
}

int
model_logit(const struct formula_design *ds, int flags,
    struct model_fit **mp, struct diag *d)
{
	size_t n = ds->n, nn = n ? n : 1, i, nuse = 0, zero = 0;
	double *eta = xmalloc(nn * sizeof(*eta)), *mu = xmalloc(nn *
	    sizeof(*mu)), *z = xmalloc(nn * sizeof(*z)), *w = xmalloc(nn *
	    sizeof(*w)), dev, devold, sw = 0, swy = 0, ll = 0;
	struct model_fit *mf = NULL;
	struct ls s;
	int iter, conv = 0;

	for (i = 0; i < n; i++) {
		double pw = ds->w ? ds->w[i] : 1;

		if (ds->y[i] != 0 && ds->y[i] != 1) {
			diag_set(d, STATUS_DATA, "the response \"%s\" is %g: "
			    "a binomial response must be 0 or 1 (or a text "
			    "of two levels)", ds->response, ds->y[i]);
			goto fail;
		}
		if (pw < 0) {
			diag_set(d, STATUS_DATA, "negative weight %g", pw);
			goto fail;
		}
		nuse += pw > 0;
		sw += pw;
		swy += pw * ds->y[i];
		/* glm.fit's mustart for binomial */
		mu[i] = (pw * ds->y[i] + 0.5) / (pw + 1);
		eta[i] = log(mu[i] / (1 - mu[i]));
	}
	if (nuse == 0) {
		diag_set(d, STATUS_DATA, "no complete rows to fit");
		goto fail;
	}
	if (ds->p > nuse) {
		diag_set(d, STATUS_DATA, "%zu coefficients but only %zu rows",
		    ds->p, nuse);
		goto fail;
	}
	devold = binom_dev(ds->y, mu, ds->w, n, 0);
	memset(&s, 0, sizeof(s));
	for (iter = 1; iter <= GLM_MAXIT; iter++) {
		for (i = 0; i < n; i++) {
			double me = logit_mu_eta(eta[i]), var = mu[i] *
			    (1 - mu[i]);

			z[i] = eta[i] + (ds->y[i] - mu[i]) / me;
			w[i] = (ds->w ? ds->w[i] : 1) * me * me / var;
		}
		ls_free(&s);
		if (ls_fit(ds->x, z, w, n, ds->p, GLM_TOL, flags & MODEL_ROWS,
		    ds->threads, &s, d) != 0)
			goto fail;
		for (i = 0; i < n; i++) {
			eta[i] = linpred(ds, s.coef, i);
			mu[i] = logit_inv(eta[i]);
		}
		dev = binom_dev(ds->y, mu, ds->w, n, 0);
		if (fabs(dev - devold) / (fabs(dev) + 0.1) < GLM_EPS) {
			conv = 1;
			break;
		}
		devold = dev;
	}
	if (!conv) {
		iter = GLM_MAXIT;
		diag_warn("the fit did not converge in %d iterations",
		    GLM_MAXIT);
	}
	mf = fit_new(ds, &s, flags & MODEL_ROWS);
	mf->family = MODEL_BINOMIAL;
	mf->n = nuse;
	mf->iter = iter;
	mf->converged = conv;
	mf->deviance = dev;
	mf->null_deviance = binom_dev(ds->y, NULL, ds->w, n,
	    ds->intercept ? swy / sw : 0.5);
	mf->df_resid = (double)nuse - mf->rank;
	mf->sigma = 1;
	for (i = 0; i < n; i++) {
		double pw = ds->w ? ds->w[i] : 1;

		if (flags & MODEL_ROWS) {
			mf->fitted[i] = mu[i];
			mf->resid[i] = ds->y[i] - mu[i];
			mf->wt[i] = w[i];
		}
		if (mu[i] > 1 - 10 * DBL_EPSILON || mu[i] < 10 * DBL_EPSILON)
			zero++;
		if (pw > 0)
			ll += pw * (ds->y[i] ? log(mu[i]) : log(1 - mu[i]));
	}
	mf->loglik = ll;
	if (zero > 0)
		diag_warn("fitted probabilities numerically 0 or 1 occurred "
		    "(%zu rows): the classes may be separated", zero);
	warn_aliased(mf, ds);
	*mp = mf;
	free(eta);
	free(mu);
	free(z);
	free(w);
	return 0;
fail:
	free(eta);
	free(mu);
	free(z);
	free(w);
	return -1;
}

void
model_fit_free(struct model_fit *mf)
{
	if (mf == NULL)
		return;
	free(mf->aliased);
	free(mf->coef);
	free(mf->cov);
	free(mf->effects);
	free(mf->fitted);
	free(mf->resid);
	free(mf->hat);
	free(mf->wt);
	free(mf);
}

/*
 * Upper tails from the incomplete beta function directly: GSL's
 * gsl_cdf_tdist_Q and gsl_cdf_fdist_Q lose digits far in the tail
 * (5e-7 relative at p = 1e-25), where R's pt and pf do not.
 */
static double
beta_tail(double a, double b, double x)
{
	gsl_sf_result r;

	if (gsl_sf_beta_inc_e(a, b, x, &r) != GSL_SUCCESS)
		return 0;
	return r.val;
}

double
model_p_t(double t, double df)
{
	if (t * t > df)
		return beta_tail(df / 2, 0.5, df / (df + t * t));
	return 2 * gsl_cdf_tdist_Q(fabs(t), df);
}

double
model_p_f(double f, double d1, double d2)
{
	if (f * d1 > d2)
		return beta_tail(d2 / 2, d1 / 2, d2 / (d2 + d1 * f));
	return gsl_cdf_fdist_Q(f, d1, d2);
}

static struct out_table *
table(const char *const *cols)
{
	struct out_table *t = out_new();

	for (; *cols != NULL; cols++)
		out_column(t, *cols);
	return t;
}

struct out_table *
model_coef_table(const struct model_fit *mf, const struct formula_design *ds,
    double level)
{
	static const char *const cols[] = { "term", "estimate", "std_error",
	    "statistic", "p_value", "conf_low", "conf_high", NULL };
	struct out_table *t = table(cols);
	int gauss = mf->family == MODEL_GAUSSIAN;
	double q = gauss ? (mf->df_resid > 0 ?
	    gsl_cdf_tdist_Qinv((1 - level) / 2, mf->df_resid) : NAN) :
	    gsl_cdf_ugaussian_Qinv((1 - level) / 2);
	size_t j, r;

	for (j = 0; j < mf->p; j++) {
		double b = mf->coef[j], se = mf->sigma *
		    sqrt(mf->cov[j * mf->p + j]), st = b / se, pv;

		if (gauss && !(mf->df_resid > 0))
			se = st = NAN;
		pv = isnan(st) ? NAN : gauss ?
		    model_p_t(st, mf->df_resid) :
		    2 * gsl_cdf_ugaussian_Q(fabs(st));
		r = out_row(t);
		out_text(t, r, 0, ds->name[j]);
		out_num(t, r, 1, b);
		out_num(t, r, 2, se);
		out_num(t, r, 3, st);
		out_num(t, r, 4, pv);
		out_num(t, r, 5, b - q * se);
		out_num(t, r, 6, b + q * se);
	}
	return t;
}

struct out_table *
model_summary_table(const struct model_fit *mf)
{
	static const char *const lm[] = { "n", "df_model", "df_residual",
	    "r_squared", "adj_r_squared", "sigma", "f_statistic", "f_df1",
	    "f_df2", "f_p_value", "aic", "bic", "log_lik", NULL };
	static const char *const glm[] = { "n", "df_model", "df_residual",
	    "null_deviance", "deviance", "df_null", "aic", "bic", "log_lik",
	    "iterations", NULL };
	double k = (double)mf->rank, n = (double)mf->n, dfm = k -
	    (mf->intercept ? 1 : 0);
	struct out_table *t;
	size_t r;

	if (mf->family == MODEL_BINOMIAL) {
		t = table(glm);
		r = out_row(t);
		out_num(t, r, 0, n);
		out_num(t, r, 1, dfm);
		out_num(t, r, 2, mf->df_resid);
		out_num(t, r, 3, mf->null_deviance);
		out_num(t, r, 4, mf->deviance);
		out_num(t, r, 5, n - (mf->intercept ? 1 : 0));
		out_num(t, r, 6, -2 * mf->loglik + 2 * k);
		out_num(t, r, 7, -2 * mf->loglik + log(n) * k);
		out_num(t, r, 8, mf->loglik);
		out_num(t, r, 9, mf->iter);
		return t;
	}
	t = table(lm);
	r = out_row(t);
	{
		double r2 = 1 - mf->rss / mf->tss, f, dfi = mf->intercept ?
		    1 : 0;
		double adj = 1 - (1 - r2) * ((n - dfi) / mf->df_resid);

		f = ((mf->tss - mf->rss) / dfm) / (mf->rss / mf->df_resid);
		if (!(mf->df_resid > 0))
			adj = f = NAN;
		if (dfm == 0)
			f = NAN;
		out_num(t, r, 0, n);
		out_num(t, r, 1, dfm);
		out_num(t, r, 2, mf->df_resid);
		out_num(t, r, 3, r2);
		out_num(t, r, 4, adj);
		out_num(t, r, 5, mf->sigma);
		out_num(t, r, 6, f);
		out_num(t, r, 7, dfm);
		out_num(t, r, 8, mf->df_resid);
		out_num(t, r, 9, isnan(f) ? NAN : model_p_f(f, dfm, mf->df_resid));
		/* logLik has one more parameter: sigma */
		out_num(t, r, 10, -2 * mf->loglik + 2 * (k + 1));
		out_num(t, r, 11, -2 * mf->loglik + log(n) * (k + 1));
		out_num(t, r, 12, mf->loglik);
	}
	return t;
}

struct out_table *
model_anova_table(const struct model_fit *mf, const struct formula_design *ds)
{
	static const char *const cols[] = { "term", "df", "sum_sq", "mean_sq",
	    "statistic", "p_value", NULL };
	struct out_table *t = table(cols);
	double ms_res = mf->df_resid > 0 ? mf->rss / mf->df_resid : NAN;
	size_t term, j, r;

	for (term = ds->intercept ? 1 : 0; term < ds->nterm; term++) {
		long double ss = 0;
		double df = 0, f;

		for (j = 0; j < ds->p; j++)
			if (ds->assign[j] == term && !mf->aliased[j]) {
				ss += (long double)mf->effects[j] *
				    mf->effects[j];
				df++;
			}
		if (df == 0)
			continue;
		f = (double)ss / df / ms_res;
		r = out_row(t);
		out_text(t, r, 0, ds->term[term]);
		out_num(t, r, 1, df);
		out_num(t, r, 2, ss);
		out_num(t, r, 3, ss / df);
		out_num(t, r, 4, f);
		out_num(t, r, 5, isnan(f) ? NAN : model_p_f(f, df, mf->df_resid));
	}
	r = out_row(t);
	out_text(t, r, 0, "Residuals");
	out_num(t, r, 1, mf->df_resid);
	out_num(t, r, 2, mf->rss);
	out_num(t, r, 3, ms_res);
	return t;
}

/* A table that starts with the frame's columns (numbers as numbers). */
static struct out_table *
input_table(struct frame *f, int **isnum)
{
	struct out_table *t = out_new();
	struct diag d;
	size_t j;

	*isnum = xmalloc((f->ncols ? f->ncols : 1) * sizeof(**isnum));
	for (j = 0; j < f->ncols; j++) {
		out_column(t, f->col[j].name);
		(*isnum)[j] = frame_numeric(f, j, &d) == 0;
	}
	return t;
}

/* A new row holding input row i. */
static size_t
input_row(struct out_table *t, const struct frame *f, const int *isnum,
    size_t i)
{
	size_t r = out_row(t), j;

	for (j = 0; j < f->ncols; j++)
		if (isnum[j])
			out_num(t, r, j, f->col[j].num[i]);
		else
			out_text(t, r, j, frame_text(f, j, i));
	return r;
}

struct out_table *
model_augment_table(const struct model_fit *mf,
    const struct formula_design *ds, struct frame *f)
{
	static const char *const add[] = { "fitted", "residual",
	    "std_residual", "hat", "cooks_d" };
	size_t i, k, r, nc = f->ncols;
	int *isnum;
	struct out_table *t = input_table(f, &isnum);

	for (k = 0; k < 5; k++)
		out_column(t, add[k]);
	for (i = k = 0; i < f->nrows; i++) {
		r = input_row(t, f, isnum, i);
		if (k < ds->n && ds->row[k] == i) {
			double h = mf->hat[k], w = mf->wt[k], res, sr, cd;

			if (mf->family == MODEL_GAUSSIAN) {
				res = sqrt(w) * mf->resid[k];
				sr = res / (mf->sigma * sqrt(1 - h));
				cd = sr * sr * h / ((1 - h) * mf->rank);
			} else {	/* deviance and Pearson residuals */
				double y = ds->y[k], mu = mf->fitted[k],
				    pw = ds->w ? ds->w[k] : 1, dr, pr;

				dr = sqrt(2 * pw * (ylogy(y, mu) +
				    ylogy(1 - y, 1 - mu)));
				dr = y > mu ? dr : -dr;
				pr = sqrt(pw) * (y - mu) / sqrt(mu * (1 - mu));
				sr = dr / sqrt(1 - h);
				cd = pr / (1 - h);
				cd = cd * cd * h / mf->rank;
			}
			if (w == 0 || h >= 1 - 1e-10)
				sr = cd = NAN;
			out_num(t, r, nc, mf->fitted[k]);
			out_num(t, r, nc + 1, mf->resid[k]);
			out_num(t, r, nc + 2, sr);
			out_num(t, r, nc + 3, h);
			out_num(t, r, nc + 4, cd);
			k++;
		}
	}
	free(isnum);
	return t;
}

int
model_line_fit(const double *x, const double *y, size_t n,
    struct model_line *l, struct diag *d)
{
	double *xx, *yy;
	long double sy = 0, rss = 0, tss = 0;
	size_t i, k, m = 0;
	struct ls s;
	int rc = -1;

	for (i = 0; i < n; i++)
		m += !isnan(x[i]) && !isnan(y[i]);
	xx = xmalloc((m != 0 ? 2 * m : 1) * sizeof(*xx));	/* by columns */
	yy = xmalloc((m ? m : 1) * sizeof(*yy));
	for (i = k = 0; i < n; i++)
		if (!isnan(x[i]) && !isnan(y[i])) {
			xx[k] = 1;
			xx[m + k] = x[i];
			yy[k++] = y[i];
			sy += y[i];
		}
	memset(l, 0, sizeof(*l));
	if (m < 3) {
		diag_set(d, STATUS_DATA, "a line needs 3 points, not %zu", m);
		goto out;
	}
	if (ls_fit(xx, yy, NULL, m, 2, LM_TOL, 0, 1, &s, d) != 0)
		goto out;
	if (s.rank < 2) {
		ls_free(&s);
		diag_set(d, STATUS_DATA, "x is constant: no line fits");
		goto out;
	}
	l->a = s.coef[0];
	l->b = s.coef[1];
	memcpy(l->cov, s.cov, sizeof(l->cov));
	for (i = 0; i < m; i++) {
		long double r = yy[i] - (l->a + (long double)l->b *
		    xx[m + i]), c = yy[i] - sy / m;

		rss += r * r;
		tss += c * c;
	}
	l->n = m;
	l->df = (double)m - 2;
	l->sigma = sqrt((double)rss / l->df);
	l->r_squared = 1 - (double)(rss / tss);
	ls_free(&s);
	rc = 0;
out:
	free(xx);
	free(yy);
	return rc;
}

void
model_line_band(const struct model_line *l, double x, double level,
    double *fit, double *lo, double *hi)
{
	double v = l->cov[0] + 2 * x * l->cov[1] + x * x * l->cov[3];
	double h = gsl_cdf_tdist_Qinv((1 - level) / 2, l->df) * l->sigma *
	    sqrt(v);

	*fit = l->a + l->b * x;
	*lo = *fit - h;
	*hi = *fit + h;
}

/* ---- saving a model, and predicting from it ---- */

static void
json_str(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20)
			fprintf(fp, "\\u%04x", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

static void
json_num(FILE *fp, double x)
{
	char buf[NUM_BUFSZ];

	if (!isfinite(x)) {
		fputs("null", fp);
		return;
	}
	num_format(x, 0, buf);
	fputs(buf, fp);
}

int
model_save(FILE *fp, const struct model_fit *mf,
    const struct formula_design *ds, const char *formula)
{
	size_t j, k;

	fputs("{\n  \"statpipe_model\": 1,\n  \"formula\": ", fp);
	json_str(fp, formula);
	fprintf(fp, ",\n  \"family\": \"%s\",\n  \"levels\": {",
	    mf->family == MODEL_BINOMIAL ? "binomial" : "gaussian");
	for (j = 0; j < ds->levels.n; j++) {
		fputs(j ? ",\n    " : "\n    ", fp);
		json_str(fp, ds->levels.var[j]);
		fputs(": [", fp);
		for (k = 0; k < ds->levels.nlevel[j]; k++) {
			if (k)
				fputs(", ", fp);
			json_str(fp, ds->levels.level[j][k]);
		}
		fputc(']', fp);
	}
	fputs(ds->levels.n ? "\n  },\n" : "},\n", fp);
	if (ds->ylevel != NULL) {
		fputs("  \"response_levels\": [", fp);
		json_str(fp, ds->ylevel[0]);
		fputs(", ", fp);
		json_str(fp, ds->ylevel[1]);
		fputs("],\n", fp);
	}
	fputs("  \"sigma\": ", fp);
	json_num(fp, mf->sigma);
	fputs(",\n  \"df_residual\": ", fp);
	json_num(fp, mf->df_resid);
	fputs(",\n  \"terms\": [", fp);
	for (j = 0; j < mf->p; j++) {
		fputs(j ? ",\n    " : "\n    ", fp);
		json_str(fp, ds->name[j]);
	}
	fputs("\n  ],\n  \"estimates\": [", fp);
	for (j = 0; j < mf->p; j++) {
		fputs(j ? ", " : "", fp);
		json_num(fp, mf->coef[j]);
	}
	fputs("],\n  \"cov_unscaled\": [", fp);
	for (j = 0; j < mf->p; j++) {
		fputs(j ? ",\n    [" : "\n    [", fp);
		for (k = 0; k < mf->p; k++) {
			fputs(k ? ", " : "", fp);
			json_num(fp, mf->cov[j * mf->p + k]);
		}
		fputc(']', fp);
	}
	fputs("\n  ]\n}\n", fp);
	return ferror(fp) ? -1 : 0;
}

/* A JSON value: just enough of JSON to read a saved model. */
enum jtype { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jv {
	enum jtype	 type;
	double		 num;
	char		*str;		/* J_STR */
	struct jv	*item;		/* J_ARR, J_OBJ */
	char		**key;		/* J_OBJ */
	size_t		 n, cap;
};

struct jparse {
	const char	*s;
	size_t		 pos;
	int		 failed;
};

static void
jv_release(struct jv *v)
{
	size_t i;

	for (i = 0; i < v->n; i++) {
		jv_release(&v->item[i]);
		if (v->key != NULL)
			free(v->key[i]);
	}
	free(v->item);
	free(v->key);
	free(v->str);
}

static void
jws(struct jparse *jp)
{
	while (isspace((unsigned char)jp->s[jp->pos]))
		jp->pos++;
}

static char *
jstring(struct jparse *jp)
{
	char *out = NULL;
	size_t n = 0, cap = 0;

	if (jp->s[jp->pos] != '"') {
		jp->failed = 1;
		return NULL;
	}
	jp->pos++;
	for (;;) {
		unsigned char c = jp->s[jp->pos++];

		if (c == '\0') {
			jp->pos--;	/* stay on the end: callers read on */
			jp->failed = 1;
			break;
		}
		if (c == '"')
			break;
		if (c == '\\') {
			c = jp->s[jp->pos++];
			if (c == '\0') {	/* not past the end */
				jp->pos--;
				jp->failed = 1;
				break;
			}
			if (c == 'n')
				c = '\n';
			else if (c == 't')
				c = '\t';
			else if (c == 'r')
				c = '\r';
			else if (c == 'b')
				c = '\b';
			else if (c == 'f')
				c = '\f';
			else if (c == 'u') {
				unsigned u = 0;
				int k;

				for (k = 0; k < 4 && isxdigit((unsigned char)
				    jp->s[jp->pos]); k++) {
					int h = (unsigned char)jp->s[jp->pos++];

					u = u * 16 + (isdigit(h) ? h - '0' :
					    (tolower(h) - 'a' + 10) & 15);
				}
				if (k < 4) {	/* 4 hex digits, not the end */
					jp->failed = 1;
					break;
				}
				if (u >= 0x80) {	/* as UTF-8 */
					out = xgrow(out, &cap, n + 3, 1);
					if (u >= 0x800) {
						out[n++] = 0xe0 | u >> 12;
						out[n++] = 0x80 | (u >> 6 & 63);
					} else
						out[n++] = 0xc0 | u >> 6;
					c = 0x80 | (u & 63);
				} else
					c = u;
			}
		}
		out = xgrow(out, &cap, n + 2, 1);
		out[n++] = c;
	}
	out = xgrow(out, &cap, n + 1, 1);
	out[n] = '\0';
	return out;
}

static void
jvalue(struct jparse *jp, struct jv *v)
{
	const char *s;

	memset(v, 0, sizeof(*v));
	jws(jp);
	s = jp->s + jp->pos;
	if (*s == '"') {
		v->type = J_STR;
		v->str = jstring(jp);
	} else if (*s == '[' || *s == '{') {
		int obj = *s == '{';
		char close = obj ? '}' : ']';

		v->type = obj ? J_OBJ : J_ARR;
		jp->pos++;
		jws(jp);
		if (jp->s[jp->pos] == close) {
			jp->pos++;
			return;
		}
		while (!jp->failed) {
			char *key = NULL;

			if (obj) {
				jws(jp);
				key = jstring(jp);
				jws(jp);
				if (jp->failed || jp->s[jp->pos++] != ':') {
					free(key);
					jp->failed = 1;
					return;
				}
			}
			v->item = xgrow(v->item, &v->cap, v->n + 1,
			    sizeof(*v->item));
			if (obj) {
				v->key = xrealloc(v->key, v->cap *
				    sizeof(*v->key));
				v->key[v->n] = key;
			}
			jvalue(jp, &v->item[v->n++]);
			jws(jp);
			if (jp->s[jp->pos] == ',') {
				jp->pos++;
				continue;
			}
			if (jp->s[jp->pos] == close)
				jp->pos++;
			else
				jp->failed = 1;
			return;
		}
	} else if (strncmp(s, "null", 4) == 0) {
		jp->pos += 4;
	} else if (strncmp(s, "true", 4) == 0 || strncmp(s, "false", 5) == 0) {
		v->type = J_BOOL;
		v->num = *s == 't';
		jp->pos += *s == 't' ? 4 : 5;
	} else {
		size_t len = strspn(s, "+-0123456789.eE");

		v->type = J_NUM;
		if (len == 0 || num_parse(s, len, &v->num, NULL, NULL) != 0)
			jp->failed = 1;
		jp->pos += len;
	}
}

static const struct jv *
jget(const struct jv *o, const char *key, enum jtype type)
{
	size_t i;

	if (o->type != J_OBJ)
		return NULL;
	for (i = 0; i < o->n; i++)
		if (strcmp(o->key[i], key) == 0)
			return o->item[i].type == type ||
			    (type == J_NUM && o->item[i].type == J_NULL) ?
			    &o->item[i] : NULL;
	return NULL;
}

static double
jnum(const struct jv *v)
{
	return v->type == J_NUM ? v->num : NAN;
}

void
model_saved_free(struct model_saved *m)
{
	size_t j, k;

	if (m == NULL)
		return;
	for (j = 0; j < m->p; j++)
		free(m->name[j]);
	for (j = 0; j < m->levels.n; j++) {
		for (k = 0; k < m->levels.nlevel[j]; k++)
			free(m->levels.level[j][k]);
		free(m->levels.level[j]);
		free(m->levels.var[j]);
	}
	free(m->levels.var);
	free(m->levels.level);
	free(m->levels.nlevel);
	free(m->name);
	free(m->coef);
	free(m->cov);
	free(m->formula);
	free(m);
}

int
model_load(const char *path, struct model_saved **mp, struct diag *d)
{
	struct jparse jp = { NULL, 0, 0 };
	struct model_saved *m = NULL;
	const struct jv *fo, *fa, *lv, *te, *es, *cv, *sg, *df;
	struct jv root;
	char *text = NULL;
	size_t len = 0, cap = 0, j, k;
	FILE *fp;
	int rc = -1;

	if ((fp = fopen(path, "r")) == NULL)
		return diag_set(d, STATUS_DATA, "%s: %s", path,
		    strerror(errno));
	for (;;) {
		size_t got;

		text = xgrow(text, &cap, len + 4096, 1);
		got = fread(text + len, 1, cap - len - 1, fp);
		len += got;
		if (got == 0)
			break;
	}
	text[len] = '\0';
	fclose(fp);
	jp.s = text;
	jvalue(&jp, &root);
	jws(&jp);
	fo = jget(&root, "formula", J_STR);
	fa = jget(&root, "family", J_STR);
	lv = jget(&root, "levels", J_OBJ);
	te = jget(&root, "terms", J_ARR);
	es = jget(&root, "estimates", J_ARR);
	cv = jget(&root, "cov_unscaled", J_ARR);
	sg = jget(&root, "sigma", J_NUM);
	df = jget(&root, "df_residual", J_NUM);
	if (jp.failed || jp.s[jp.pos] != '\0' || fo == NULL || fa == NULL ||
	    lv == NULL || te == NULL || es == NULL || cv == NULL ||
	    sg == NULL || df == NULL || es->n != te->n || cv->n != te->n) {
		diag_set(d, STATUS_DATA, "%s: not a model saved by statpipe "
		    "regress --save-model", path);
		goto out;
	}
	m = xcalloc(1, sizeof(*m));
	m->formula = xstrdup(fo->str);
	m->family = strcmp(fa->str, "binomial") == 0 ? MODEL_BINOMIAL :
	    MODEL_GAUSSIAN;
	m->sigma = jnum(sg);
	m->df_resid = jnum(df);
	m->p = te->n;
	m->name = xcalloc(m->p + 1, sizeof(*m->name));
	m->coef = xmalloc((m->p + 1) * sizeof(*m->coef));
	m->cov = xmalloc((m->p * m->p + 1) * sizeof(*m->cov));
	for (j = 0; j < m->p; j++) {
		const struct jv *row = &cv->item[j];

		m->name[j] = xstrdup(te->item[j].type == J_STR ?
		    te->item[j].str : "");
		m->coef[j] = jnum(&es->item[j]);
		for (k = 0; k < m->p; k++)
			m->cov[j * m->p + k] = row->type == J_ARR &&
			    row->n == m->p ? jnum(&row->item[k]) : NAN;
	}
	m->levels.var = xcalloc(lv->n + 1, sizeof(*m->levels.var));
	m->levels.level = xcalloc(lv->n + 1, sizeof(*m->levels.level));
	m->levels.nlevel = xcalloc(lv->n + 1, sizeof(*m->levels.nlevel));
	for (j = 0; j < lv->n; j++) {
		const struct jv *a = &lv->item[j];

		m->levels.var[j] = xstrdup(lv->key[j]);
		m->levels.level[j] = xcalloc(a->n + 1, sizeof(char *));
		m->levels.n++;
		for (k = 0; a->type == J_ARR && k < a->n; k++)
			m->levels.level[j][m->levels.nlevel[j]++] = xstrdup(
			    a->item[k].type == J_STR ? a->item[k].str : "");
	}
	*mp = m;
	rc = 0;
out:
	jv_release(&root);
	free(text);
	return rc;
}

struct out_table *
model_predict_table(const struct model_saved *m,
    const struct formula_design *ds, struct frame *f, int interval,
    double level)
{
	size_t i, k, r, nc = f->ncols;
	int *isnum;
	struct out_table *t = input_table(f, &isnum);
	double q = m->df_resid > 0 ? gsl_cdf_tdist_Qinv((1 - level) / 2,
	    m->df_resid) : NAN;

	out_column(t, "fitted");
	if (interval) {
		out_column(t, "se_fit");
		out_column(t, interval == 1 ? "conf_low" : "pred_low");
		out_column(t, interval == 1 ? "conf_high" : "pred_high");
	}
	for (i = k = 0; i < f->nrows; i++) {
		r = input_row(t, f, isnum, i);
		if (k < ds->n && ds->row[k] == i) {
			const double *x = ds->x + k;	/* x[a * n] */
			size_t a, b, n = ds->n;
			long double fit = 0, v = 0;

			for (a = 0; a < m->p; a++)
				if (!isnan(m->coef[a]))
					fit += (long double)x[a * n] *
					    m->coef[a];
			for (a = 0; a < m->p; a++)
				for (b = 0; b < m->p && !isnan(m->coef[a]); b++)
					if (!isnan(m->coef[b]))
						v += (long double)x[a * n] *
						    x[b * n] *
						    m->cov[a * m->p + b];
			if (m->family == MODEL_BINOMIAL)
				out_num(t, r, nc, logit_inv(fit));
			else {
				double se = m->sigma * sqrtl(v), h = interval ==
				    2 ? sqrt(se * se + m->sigma * m->sigma) :
				    se;

				out_num(t, r, nc, fit);
				if (interval) {
					out_num(t, r, nc + 1, se);
					out_num(t, r, nc + 2, fit - q * h);
					out_num(t, r, nc + 3, fit + q * h);
				}
			}
			k++;
		}
	}
	free(isnum);
	return t;
}
