/*
 * ls at the limit of double precision: polynomial designs of degree 2-10
 * with scaled condition numbers from 1e3 to 1e11, against their exact
 * least-squares answers (scripts/gen-fixtures-lsexact.py, in rational
 * arithmetic); and the rank decision on exactly collinear columns.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "unit.h"
#include "core/diag.h"
#include "model/ls.h"

#include "fixtures/lsexact.inc"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* correct digits of got against want (15 at most) */
static double
lre(double got, double want)
{
	double e = fabs(got - want);

	if (e == 0)
		return 15;
	e = -log10(want != 0 ? e / fabs(want) : e);
	return e < 15 ? e : 15;
}

/* The design 1, x, ..., x^deg of case c, by columns. */
static double *
poly_design(const struct lsexact *c)
{
	size_t n = (size_t)c->n, p = (size_t)c->deg + 1, i, j;
	double *x = calloc(n * p, sizeof(*x));

	for (i = 0; i < n; i++) {
		x[i] = 1;
		for (j = 1; j < p; j++)
			x[j * n + i] = x[(j - 1) * n + i] * c->x[i];
	}
	return x;
}

/*
 * The fewest correct digits among the estimates and the standard errors
 * of case c fitted with the default tolerance; *aliased counts columns
 * declared aliased.
 */
static double
case_lre(const struct lsexact *c, size_t *aliased)
{
	size_t n = (size_t)c->n, p = (size_t)c->deg + 1, i, j;
	double *x = poly_design(c), worst = 15;
	long double rss = 0;
	struct ls s;
	struct diag d;

	assert_int_equal(ls_fit(x, c->y, NULL, n, p, LS_TOL, 0, 1, &s, &d), 0);
	*aliased = p - s.rank;
	for (i = 0; i < n; i++) {
		long double r = c->y[i];

		for (j = 0; j < p; j++)
			r -= (long double)x[j * n + i] * s.coef[j];
		rss += r * r;
	}
	for (j = 0; j < p; j++) {
		double se = sqrt((double)(rss / (n - p)) * s.cov[j * p + j]);

		worst = fmin(worst, lre(s.coef[j], c->coef[j]));
		worst = fmin(worst, lre(se, c->se[j]));
	}
	ls_free(&s);
	free(x);
	return worst;
}

/* 9 digits up to a scaled condition number of 1e8, 7 up to 1e10. */
static void
ls__exact_polynomials__lre_bounds(void **state)
{
	size_t k, aliased;
	int bad = 0;

	(void)state;
	for (k = 0; k < N(lsexact); k++) {
		const struct lsexact *c = &lsexact[k];
		double got = case_lre(c, &aliased);
		double want = c->cond <= 1e8 ? 9 : c->cond <= 1e10 ? 7 : 0;

		printf("# degree %d cond %.3g: %.1f digits, %zu aliased\n",
		    c->deg, c->cond, got, aliased);
		if (got < want || (c->cond <= 1e10 && aliased > 0)) {
			print_error("case %zu (degree %d, condition %.3g): %.1f "
			    "digits, want %.0f; %zu aliased\n", k, c->deg,
			    c->cond, got, want, aliased);
			bad++;
		}
	}
	assert_int_equal(bad, 0);
}

/*
 * Exactly collinear columns are still aliased, as R's: x and 2x, and
 * three dummies summing to the intercept; R's rule (LS_TOL_R) aliases
 * the last column of a degree-2 design of condition 6e8 where LS_TOL
 * keeps it.
 */
static void
ls__collinear__aliased(void **state)
{
	enum { n = 9 };
	double x[5 * n], y[n];
	size_t i;
	struct ls s;
	struct diag d;
	const struct lsexact *c = &lsexact[1];
	double *px = poly_design(c);

	(void)state;
	for (i = 0; i < n; i++) {
		x[i] = 1;
		x[n + i] = 0.1 * (double)(i * i) + 3;
		x[2 * n + i] = 2 * x[n + i];
		x[3 * n + i] = i % 3 == 0;
		x[4 * n + i] = i % 3 == 1;
		y[i] = sin((double)i);
	}
	assert_int_equal(ls_fit(x, y, NULL, n, 3, LS_TOL, 0, 1, &s, &d), 0);
	assert_int_equal(s.rank, 2);
	assert_true(s.aliased[2] && isnan(s.coef[2]));
	ls_free(&s);
	for (i = 0; i < n; i++)	/* intercept, x, three dummies */
		x[2 * n + i] = i % 3 == 2;
	memmove(x + n, x + 2 * n, 3 * n * sizeof(*x));
	for (i = 0; i < n; i++)
		x[4 * n + i] = 0.1 * (double)(i * i) + 3;
	assert_int_equal(ls_fit(x, y, NULL, n, 5, LS_TOL, 0, 1, &s, &d), 0);
	assert_int_equal(s.rank, 4);
	assert_true(s.aliased[3] && !s.aliased[4]);
	ls_free(&s);
	assert_true(c->deg == 2 && c->cond > 1e8);
	assert_int_equal(ls_fit(px, c->y, NULL, (size_t)c->n, 3, LS_TOL_R, 0,
	    1, &s, &d), 0);
	assert_int_equal(s.rank, 2);
	assert_true(s.aliased[2]);
	ls_free(&s);
	assert_int_equal(ls_fit(px, c->y, NULL, (size_t)c->n, 3, LS_TOL, 0, 1,
	    &s, &d), 0);
	assert_int_equal(s.rank, 3);
	ls_free(&s);
	free(px);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(ls__exact_polynomials__lre_bounds),
		cmocka_unit_test(ls__collinear__aliased),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
