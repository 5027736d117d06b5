/* cmh: McNemar's and the Cochran-Mantel-Haenszel tests, as R's. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/cmh.h"

int
cmh_mcnemar(const double *x, size_t r, int correct, struct cmh_result *res,
    struct diag *d)
{
	double s = 0, y, n;
	size_t i, j;
	int asym = 0;

	(void)d;
	for (i = 0; i < r; i++)
		for (j = 0; j < r; j++)
			asym |= x[i * r + j] != x[j * r + i];
	correct = correct && r == 2 && asym;
	for (i = 0; i < r; i++)
		for (j = i + 1; j < r; j++) {
			y = x[i * r + j] - x[j * r + i];
			n = x[i * r + j] + x[j * r + i];
			if (correct)
				y = fabs(y) - 1;
			s += y * y / n;
		}
	snprintf(res->method, sizeof(res->method), "McNemar's Chi-squared "
	    "test%s", correct ? " with continuity correction" : "");
	res->alt = ALT_TWO_SIDED;
	res->estimate = res->conf_low = res->conf_high = NAN;
	res->statistic = s;
	res->df = (double)(r * (r - 1) / 2);
	res->p_value = isnan(s) ? NAN : gsl_cdf_chisq_Q(s, res->df);
	return 0;
}

/* Mantel-Haenszel on 2 x 2 x K, as mantelhaen.test(exact = FALSE). */
static void
mh2x2(const double *x, size_t nk, const struct cmh_opts *o,
    struct cmh_result *r)
{
	double delta = 0, var = 0, sd = 0, so = 0, v1 = 0, v2 = 0, v3 = 0;
	double yates, z, a, b, c, e, t;
	size_t k;

	for (k = 0; k < nk; k++) {
		a = x[4 * k];
		b = x[4 * k + 1];
		c = x[4 * k + 2];
		e = x[4 * k + 3];
		t = a + b + c + e;
		delta += a - (a + b) * (a + c) / t;
		var += (a + b) * (c + e) * (a + c) * (b + e) / (t * t * (t - 1));
		sd += a * e / t;
		so += b * c / t;
		v1 += (a + e) * a * e / (t * t);
		v2 += ((a + e) * b * c + (b + c) * a * e) / (t * t);
		v3 += (b + c) * b * c / (t * t);
	}
	yates = o->correct && fabs(delta) >= 0.5 ? 0.5 : 0;
	r->statistic = pow(fabs(delta) - yates, 2) / var;
	r->df = 1;
	if (o->alt == ALT_TWO_SIDED)
		r->p_value = gsl_cdf_chisq_Q(r->statistic, 1);
	else {
		z = ((delta > 0) - (delta < 0)) * sqrt(r->statistic);
		r->p_value = o->alt == ALT_LESS ? gsl_cdf_ugaussian_P(z) :
		    gsl_cdf_ugaussian_Q(z);
	}
	snprintf(r->method, sizeof(r->method), "Mantel-Haenszel chi-squared "
	    "test %s continuity correction", yates ? "with" : "without");
	r->estimate = sd / so;
	e = sqrt(v1 / (2 * sd * sd) + v2 / (2 * sd * so) + v3 / (2 * so * so));
	if (o->alt == ALT_LESS) {
		r->conf_low = 0;
		r->conf_high = r->estimate * exp(gsl_cdf_ugaussian_Pinv(
		    o->conf_level) * e);
	} else if (o->alt == ALT_GREATER) {
		r->conf_low = r->estimate * exp(gsl_cdf_ugaussian_Qinv(
		    o->conf_level) * e);
		r->conf_high = INFINITY;
	} else {
		z = gsl_cdf_ugaussian_Qinv((1 - o->conf_level) / 2);
		r->conf_low = r->estimate * exp(-z * e);
		r->conf_high = r->estimate * exp(z * e);
	}
}

int
cmh_test(const double *x, size_t ni, size_t nj, size_t nk,
    const struct cmh_opts *o, struct cmh_result *r, struct diag *d)
{
	size_t df = (ni - 1) * (nj - 1), i, j, k, p, q;
	double *n, *m, *rs, *cs, t;
	gsl_matrix *v;
	gsl_vector *vn, *sol;
	gsl_permutation *perm;
	int sign, rc;

	for (k = 0; k < nk; k++) {
		for (t = 0, i = 0; i < ni * nj; i++)
			t += x[k * ni * nj + i];
		if (t < 2)
			return diag_set(d, STATUS_DATA, "stratum %zu holds %g: "
			    "each needs at least 2", k + 1, t);
	}
	r->alt = ni == 2 && nj == 2 ? o->alt : ALT_TWO_SIDED;
	r->estimate = r->conf_low = r->conf_high = NAN;
	if (ni == 2 && nj == 2) {
		mh2x2(x, nk, o, r);
		return 0;
	}
	n = xcalloc(df, sizeof(*n));
	m = xcalloc(df, sizeof(*m));
	rs = xmalloc(ni * sizeof(*rs));
	cs = xmalloc(nj * sizeof(*cs));
	v = gsl_matrix_calloc(df, df);
	for (k = 0; k < nk; k++) {
		const double *f = x + k * ni * nj;

		memset(rs, 0, ni * sizeof(*rs));
		memset(cs, 0, nj * sizeof(*cs));
		for (t = 0, i = 0; i < ni; i++)
			for (j = 0; j < nj; j++) {
				rs[i] += f[i * nj + j];
				cs[j] += f[i * nj + j];
				t += f[i * nj + j];
			}
		/* R's c(f[-I, -J]) runs down columns: index j * (I-1) + i */
		for (j = 0; j + 1 < nj; j++)
			for (i = 0; i + 1 < ni; i++) {
				n[j * (ni - 1) + i] += f[i * nj + j];
				m[j * (ni - 1) + i] += rs[i] * cs[j] / t;
			}
		/* kronecker(C, R): C (J-1 square) outside, R (I-1) inside */
		for (p = 0; p < df; p++)
			for (q = 0; q < df; q++) {
				size_t cj = p / (ni - 1), ck = q / (ni - 1);
				size_t ri = p % (ni - 1), rk = q % (ni - 1);
				double c = (cj == ck ? t * cs[cj] : 0) -
				    cs[cj] * cs[ck];
				double rr = (ri == rk ? t * rs[ri] : 0) -
				    rs[ri] * rs[rk];

				*gsl_matrix_ptr(v, p, q) += c * rr /
				    (t * t * (t - 1));
			}
	}
	vn = gsl_vector_alloc(df);
	sol = gsl_vector_alloc(df);
	for (p = 0; p < df; p++)
		gsl_vector_set(vn, p, n[p] - m[p]);
	perm = gsl_permutation_alloc(df);
	rc = gsl_linalg_LU_decomp(v, perm, &sign);
	if (rc == 0 && fabs(gsl_linalg_LU_det(v, sign)) > 0)
		rc = gsl_linalg_LU_solve(v, perm, vn, sol);
	else
		rc = -1;
	if (rc == 0) {
		for (t = 0, p = 0; p < df; p++)
			t += gsl_vector_get(vn, p) * gsl_vector_get(sol, p);
		r->statistic = t;
		r->df = (double)df;
		r->p_value = gsl_cdf_chisq_Q(t, r->df);
		snprintf(r->method, sizeof(r->method), "Cochran-Mantel-"
		    "Haenszel test");
	} else
		diag_set(d, STATUS_DATA, "the covariance of the table is "
		    "singular: a level without counts in every stratum?");
	gsl_matrix_free(v);
	gsl_vector_free(vn);
	gsl_vector_free(sol);
	gsl_permutation_free(perm);
	free(n);
	free(m);
	free(rs);
	free(cs);
	return rc == 0 ? 0 : -1;
}

/* Names sorted numerically when every one is a number, else bytewise. */
static int names_numeric;

static int
cmp_name(const void *a, const void *b)
{
	const char *s = *(const char *const *)a, *t = *(const char *const *)b;
	double x, y;

	if (names_numeric) {
		num_parse(s, strlen(s), &x, NULL, NULL);
		num_parse(t, strlen(t), &y, NULL, NULL);
		if (x != y)
			return x < y ? -1 : 1;
	}
	return strcmp(s, t);
}

/* The levels of two columns together, sorted; *n of them. */
static const char **
union_levels(const struct frame *f, size_t a, size_t b, size_t *n)
{
	const char **name = xmalloc((2 * f->nrows + 1) * sizeof(*name));
	size_t i, k, m = 0;
	double v;

	for (i = 0; i < f->nrows; i++)
		for (k = 0; k < 2; k++)
			if ((name[m] = frame_text(f, k ? b : a, i)) != NULL)
				m++;
	names_numeric = 1;
	for (i = 0; i < m && names_numeric; i++)
		names_numeric = num_parse(name[i], strlen(name[i]), &v, NULL,
		    NULL) == 0;
	qsort(name, m, sizeof(*name), cmp_name);
	for (*n = 0, i = 0; i < m; i++)
		if (*n == 0 || cmp_name(&name[*n - 1], &name[i]) != 0)
			name[(*n)++] = name[i];
	return name;
}

/* The index of s among the n sorted names. */
static size_t
name_index(const char **name, size_t n, const char *s)
{
	const char **p = bsearch(&s, name, n, sizeof(*name), cmp_name);

	return (size_t)(p - name);
}

int
cmh_frame(struct frame *f, const struct cmh_spec *sp,
    const struct cmh_opts *o, struct out_table **tp, struct diag *d)
{
	static const char *const cols[] = { "method", "alternative",
	    "estimate", "statistic", "df", "p_value", "conf_low", "conf_high",
	    "n" };
	struct levels lv[3];
	struct cmh_result r = { "", ALT_TWO_SIDED, NAN, NAN, NAN, NAN, NAN,
	    NAN };
	struct out_table *t;
	const char **name = NULL, *sa, *sb;
	size_t dim[3], i, c, left = 0, idx[3];
	double *x, w, total = 0;
	int rc = 0, mc = sp->strata == CMH_NONE;

	if (sp->count != CMH_NONE && frame_numeric(f, sp->count, d) != 0)
		return -1;
	memset(lv, 0, sizeof(lv));
	if (mc) {
		name = union_levels(f, sp->a, sp->b, &dim[0]);
		dim[1] = dim[0];
		dim[2] = 1;
	} else
		for (c = 0; c < 3 && rc == 0; c++) {
			rc = levels_of(f, c == 0 ? sp->a : c == 1 ? sp->b :
			    sp->strata, NULL, &lv[c], d);
			dim[c] = lv[c].n;
		}
	if (rc == 0 && (dim[0] < 2 || dim[1] < 2)) {
		diag_set(d, STATUS_DATA, "%zu and %zu levels: the table needs "
		    "at least 2 on each side", dim[0], dim[1]);
		rc = -1;
	}
	x = xcalloc(rc == 0 ? dim[0] * dim[1] * dim[2] : 1, sizeof(*x));
	for (i = 0; i < f->nrows && rc == 0; i++) {
		w = sp->count == CMH_NONE ? 1 : f->col[sp->count].num[i];
		if (!(w >= 0) || isinf(w)) {
			if (isnan(w)) {
				left++;
				continue;
			}
			diag_set(d, STATUS_DATA, "\"%s\": a count must be a "
			    "finite number >= 0", frame_text(f, sp->count, i));
			frame_where(f, i, d);
			diag_column(d, f->col[sp->count].name);
			rc = -1;
			break;
		}
		if (mc) {
			sa = frame_text(f, sp->a, i);
			sb = frame_text(f, sp->b, i);
			if (sa == NULL || sb == NULL) {
				left++;
				continue;
			}
			idx[0] = name_index(name, dim[0], sa);
			idx[1] = name_index(name, dim[0], sb);
			idx[2] = 0;
		} else {
			for (c = 0; c < 3; c++)
				idx[c] = lv[c].of_row[i];
			if (idx[0] == LEVELS_NONE || idx[1] == LEVELS_NONE ||
			    idx[2] == LEVELS_NONE) {
				left++;
				continue;
			}
		}
		x[(idx[2] * dim[0] + idx[0]) * dim[1] + idx[1]] += w;
		total += w;
	}
	if (rc == 0)
		rc = mc ? cmh_mcnemar(x, dim[0], o->correct, &r, d) :
		    cmh_test(x, dim[0], dim[1], dim[2], o, &r, d);
	free(x);
	free(name);
	for (c = 0; c < 3; c++)
		levels_free(&lv[c]);
	if (rc != 0)
		return -1;
	if (left)
		diag_warn("%zu row%s with a missing value left out", left,
		    left == 1 ? "" : "s");
	if (isnan(r.statistic))
		diag_warn("two mirror cells both empty: the statistic is "
		    "undefined (0/0)");
	t = out_new();
	for (c = 0; c < sizeof(cols) / sizeof(cols[0]); c++)
		out_column(t, cols[c]);
	out_row(t);
	out_text(t, 0, 0, r.method);
	out_text(t, 0, 1, alt_name(r.alt));
	out_num(t, 0, 2, r.estimate);
	out_num(t, 0, 3, r.statistic);
	out_num(t, 0, 4, r.df);
	out_num(t, 0, 5, r.p_value);
	out_num(t, 0, 6, r.conf_low);
	out_num(t, 0, 7, r.conf_high);
	out_num(t, 0, 8, total);
	*tp = t;
	return 0;
}
