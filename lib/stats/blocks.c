/*
 * blocks: the one-way repeated-measures ANOVA with Mauchly's test and the
 * Greenhouse-Geisser and Huynh-Feldt epsilons, and Quade's test.
 */
#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>

#include "stats/blocks.h"
#include "core/xalloc.h"
#include "stats/rank.h"
#include "stats/tail.h"

/*
 * U = Z'Z for Z the column-centred y times orthonormal (Helmert) contrasts:
 * R's T SSD T' up to a change of basis that leaves W and the epsilons
 * alone.  u is (k - 1) x (k - 1).
 */
static void
contrast_ssd(const double *y, size_t n, size_t k, gsl_matrix *u)
{
	size_t pp = k - 1, i, j, a, b;
	double *mean = xcalloc(k, sizeof(*mean));
	double *z = xmalloc(pp * sizeof(*z));

	for (i = 0; i < n; i++)
		for (j = 0; j < k; j++)
			mean[j] += y[i * k + j];
	for (j = 0; j < k; j++)
		mean[j] /= (double)n;
	gsl_matrix_set_zero(u);
	for (i = 0; i < n; i++) {
		double cum = 0;

		/* contrast a: the first a + 1 against the next, scaled */
		for (a = 0; a < pp; a++) {
			double m = (double)(a + 1);

			cum += y[i * k + a] - mean[a];
			z[a] = (cum - m * (y[i * k + a + 1] - mean[a + 1])) /
			    sqrt(m * (m + 1));
		}
		for (a = 0; a < pp; a++)
			for (b = 0; b <= a; b++)
				*gsl_matrix_ptr(u, a, b) += z[a] * z[b];
	}
	for (a = 0; a < pp; a++)
		for (b = 0; b < a; b++)
			gsl_matrix_set(u, b, a, gsl_matrix_get(u, a, b));
	free(mean);
	free(z);
}

/* Mauchly's W and p (mauchly.test.SSD) and the epsilons (sphericity()). */
static void
sphericity(const double *y, size_t n, size_t k, struct blocks_within *r)
{
	size_t pp = k - 1, a, b;
	gsl_matrix *u = gsl_matrix_alloc(pp, pp);
	double tr = 0, tr2 = 0, nd = (double)n - 1, p = (double)pp;

	contrast_ssd(y, n, k, u);
	for (a = 0; a < pp; a++) {
		tr += gsl_matrix_get(u, a, a);
		for (b = 0; b < pp; b++)
			tr2 += gsl_matrix_get(u, a, b) * gsl_matrix_get(u, a, b);
	}
	r->gg_eps = tr * tr / (tr2 * p);
	r->hf_eps = ((nd + 1) * p * r->gg_eps - 2) / (p * (nd - p *
	    r->gg_eps));
	r->mauchly_w = r->mauchly_p = NAN;
	if (pp == 1)
		r->mauchly_w = 1;
	else if (nd >= p && tr > 0) {
		gsl_error_handler_t *old = gsl_set_error_handler_off();
		double logw = 0, rho, w2, z, f, pr1, pr2;
		int rc = gsl_linalg_cholesky_decomp1(u);

		gsl_set_error_handler(old);
		if (rc == 0) {
			for (a = 0; a < pp; a++)
				logw += 2 * log(gsl_matrix_get(u, a, a));
			logw -= p * log(tr / p);
			rho = 1 - (2 * p * p + p + 2) / (6 * p * nd);
			/* R's 3 p + 2 has p the columns of the SSD: k */
			w2 = (p + 2) * (p - 1) * (p - 2) * (2 * p * p * p +
			    6 * p * p + 3 * (double)k + 2) / (288 * (nd * p *
			    rho) * (nd * p * rho));
			z = -nd * rho * logw;
			f = p * (p + 1) / 2 - 1;
			pr1 = gsl_cdf_chisq_Q(z, f);
			pr2 = gsl_cdf_chisq_Q(z, f + 4);
			r->mauchly_w = exp(logw);
			r->mauchly_p = pr1 + w2 * (pr2 - pr1);
		}
	}
	if (isnan(r->mauchly_p) && pp > 1)
		r->undefined = "Mauchly's test needs as many subjects as "
		    "levels";
	gsl_matrix_free(u);
}

void
blocks_within(const double *y, size_t n, size_t k, struct blocks_within *r)
{
	double *cm = xcalloc(k, sizeof(*cm)), gm = 0, ms, mse, eps;
	size_t i, j;

	r->undefined = NULL;
	r->df1 = (double)k - 1;
	r->df2 = ((double)k - 1) * ((double)n - 1);
	for (i = 0; i < n; i++)
		for (j = 0; j < k; j++)
			cm[j] += y[i * k + j];
	for (j = 0; j < k; j++) {
		cm[j] /= (double)n;
		gm += cm[j];
	}
	gm /= (double)k;
	r->ss = r->ss_error = r->ss_subjects = 0;
	for (j = 0; j < k; j++)
		r->ss += (double)n * (cm[j] - gm) * (cm[j] - gm);
	for (i = 0; i < n; i++) {
		double rm = 0, e;

		for (j = 0; j < k; j++)
			rm += y[i * k + j];
		rm /= (double)k;
		r->ss_subjects += (double)k * (rm - gm) * (rm - gm);
		for (j = 0; j < k; j++) {
			e = y[i * k + j] - rm - cm[j] + gm;
			r->ss_error += e * e;
		}
	}
	free(cm);
	r->ges = r->ss + r->ss_subjects + r->ss_error > 0 ? r->ss / (r->ss +
	    r->ss_subjects + r->ss_error) : NAN;
	sphericity(y, n, k, r);
	if (!(r->ss_error > 0)) {
		r->statistic = r->p_value = r->gg_eps = r->gg_p = NAN;
		r->hf_eps = r->hf_p = r->mauchly_w = r->mauchly_p = NAN;
		r->undefined = "no spread around the subject and treatment "
		    "means";
		return;
	}
	ms = r->ss / r->df1;
	mse = r->ss_error / r->df2;
	r->statistic = ms / mse;
	r->p_value = tail_f(r->statistic, r->df1, r->df2);
	r->gg_p = tail_f(r->statistic, r->gg_eps * r->df1, r->gg_eps *
	    r->df2);
	eps = r->hf_eps < 1 || isnan(r->hf_eps) ? r->hf_eps : 1;
	r->hf_p = tail_f(r->statistic, eps * r->df1, eps * r->df2);
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * Ranges that differ by less than 1e-10 of the largest made equal (each
 * run of such neighbours takes its smallest): the range of decimal data,
 * a difference of differences here, carries rounding that must not split
 * a tie (R's binary differences split some; its reference is on integers).
 */
static void
snap_ties(double *x, size_t n)
{
	double *sorted = xmalloc(n * sizeof(*sorted));
	double *rep = xmalloc(n * sizeof(*rep)), tol;
	size_t i, lo, hi, mid;

	memcpy(sorted, x, n * sizeof(*x));
	qsort(sorted, n, sizeof(*sorted), cmp_double);
	tol = 1e-10 * fmax(fabs(sorted[0]), fabs(sorted[n - 1]));
	for (i = 0; i < n; i++)
		rep[i] = i > 0 && sorted[i] - sorted[i - 1] <= tol ?
		    rep[i - 1] : sorted[i];
	for (i = 0; i < n; i++) {
		for (lo = 0, hi = n - 1; lo < hi;) {
			mid = lo + (hi - lo) / 2;
			if (sorted[mid] < x[i])
				lo = mid + 1;
			else
				hi = mid;
		}
		x[i] = rep[lo];
	}
	free(sorted);
	free(rep);
}

void
blocks_quade(const double *y, size_t b, size_t k, struct blocks_quade *r)
{
	double *range = xmalloc(b * sizeof(*range));
	double *q = xmalloc(b * sizeof(*q));
	double *rk = xmalloc(k * sizeof(*rk));
	double *col = xcalloc(k, sizeof(*col)), A = 0, B = 0, s;
	size_t i, j;

	for (i = 0; i < b; i++) {
		double lo = y[i * k], hi = y[i * k];

		for (j = 1; j < k; j++) {
			lo = fmin(lo, y[i * k + j]);
			hi = fmax(hi, y[i * k + j]);
		}
		range[i] = hi - lo;
	}
	snap_ties(range, b);
	rank_average(range, b, q);
	for (i = 0; i < b; i++) {
		rank_average(y + i * k, k, rk);
		for (j = 0; j < k; j++) {
			s = q[i] * (rk[j] - ((double)k + 1) / 2);
			A += s * s;
			col[j] += s;
		}
	}
	for (j = 0; j < k; j++)
		B += col[j] * col[j];
	B /= (double)b;
	if (A == B) {
		r->statistic = r->df1 = r->df2 = NAN;
		r->p_value = exp((1 - (double)b) * lgamma((double)k + 1));
	} else {
		r->statistic = ((double)b - 1) * B / (A - B);
		r->df1 = (double)k - 1;
		r->df2 = ((double)b - 1) * ((double)k - 1);
		r->p_value = tail_f(r->statistic, r->df1, r->df2);
	}
	free(range);
	free(q);
	free(rk);
	free(col);
}
