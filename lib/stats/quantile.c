/*
 * quantile: R's type 7 sample quantiles (quantile.default's), found by
 * selection rather than a sort and equal to R's to the last bit.
 */
#include <math.h>
#include <stddef.h>

#include <gsl/gsl_sort.h>

#include "stats/quantile.h"

/* The middle one of a, b, c. */
static double
median3(double a, double b, double c)
{
	if (a > b) {
		double t = a;

		a = b;
		b = t;
	}
	return c < a ? a : c > b ? b : c;
}

/*
 * Put the k-th smallest of x[0..n) at x[k], no larger ones before it, no
 * smaller ones after.  Each round moves the values below a pivot to the
 * front, then those equal to it, without a branch on the values: on data
 * in no order a branch is mispredicted every other time.
 */
static void
select_kth(double *x, size_t n, size_t k)
{
	size_t lo = 0, hi = n, i, j, e;
	int rounds = 0;

	while (hi - lo > 1) {
		double pivot = median3(x[lo], x[lo + (hi - lo) / 2], x[hi - 1]);

		if (++rounds > 64) {	/* pathological input: sort the rest */
			gsl_sort(x + lo, 1, hi - lo);
			return;
		}
		for (i = j = lo; j < hi; j++) {
			double v = x[j];

			x[j] = x[i];
			x[i] = v;
			i += v < pivot;
		}
		if (k < i) {
			hi = i;
			continue;
		}
		/* x[i..hi) >= pivot, which is among them */
		for (e = j = i; j < hi; j++) {
			double v = x[j];

			x[j] = x[e];
			x[e] = v;
			e += v == pivot;
		}
		if (k < e)
			return;
		lo = e;
	}
}

/* R's 1-based index of type 7's quantile at p of n values, rounded as R
 * rounds it (1 is added before the floor is taken): the quantile lies
 * from the value floor(index) to the next one. */
static double
index_r(size_t n, double p)
{
	return 1 + (double)(n - 1) * p;
}

/* That value's index from 0, in order. */
static size_t
index_at(size_t n, double p)
{
	return (size_t)floor(index_r(n, p)) - 1;
}

/*
 * Type 7 quantiles at p[0..np), ascending, of x[0..n), whose values are in
 * x[from..to) as in sorted order: those before from are no larger, those
 * from to on no smaller, and *after (if to < n) is the least of the
 * latter.  The middle p is selected first; the others look only on its
 * side of it, so that each level of the recursion passes over x once.
 */
static void
quantiles_in(double *x, size_t n, size_t from, size_t to, const double *after,
    const double *p, double *q, size_t np)
{
	size_t m = np / 2, lo, i, a, b;
	double hi_v = 0, h;

	if (np == 0)
		return;
	lo = index_at(n, p[m]);
	select_kth(x + from, to - from, lo - from);
	if (lo + 1 < n) {	/* the least value after x[lo] */
		hi_v = lo + 1 < to ? x[lo + 1] : *after;
		for (i = lo + 2; i < to; i++)
			if (x[i] < hi_v)
				hi_v = x[i];
		if (to < n && *after < hi_v)
			hi_v = *after;
	}
	/* the p's of this same x[lo]: from it and hi_v, in R's form, so that
	 * results agree to the last bit */
	for (a = m; a > 0 && index_at(n, p[a - 1]) == lo; a--)
		;
	for (b = m + 1; b < np && index_at(n, p[b]) == lo; b++)
		;
	for (i = a; i < b; i++) {
		h = index_r(n, p[i]) - floor(index_r(n, p[i]));
		q[i] = lo + 1 >= n || h == 0 || x[lo] == hi_v ? x[lo] :
		    (1 - h) * x[lo] + h * hi_v;
	}
	quantiles_in(x, n, from, lo, &x[lo], p, q, a);
	quantiles_in(x, n, lo + 1, to, after, p + b, q + b, np - b);
}

double
quantile_at(double *x, size_t n, double p)
{
	double q;

	quantile_many(x, n, &p, 1, &q);
	return q;
}

void
quantile_many(double *x, size_t n, const double *p, size_t np, double *q)
{
	size_t k;

	if (n == 0) {
		for (k = 0; k < np; k++)
			q[k] = NAN;
		return;
	}
	quantiles_in(x, n, 0, n, NULL, p, q, np);
}
