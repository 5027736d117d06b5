/* Unit tests of lib/model/nls.c: the plain-array fit. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/deriv.h"
#include "model/formula.h"
#include "model/nls.h"

/* NIST StRD Misra1a (testdata/nist-nls), its certified values */
static const double mx[] = { 77.6, 114.9, 141.1, 190.8, 239.9, 289.0, 332.8,
	378.4, 434.8, 477.3, 536.8, 593.1, 689.1, 760.0 };
static const double my[] = { 10.07, 14.73, 17.94, 23.93, 29.61, 35.18,
	40.02, 44.82, 50.76, 55.05, 61.01, 66.40, 75.47, 81.78 };

static char *const cols[] = { "x" };
static char *const par[] = { "b1", "b2" };

struct misra {
	struct formula	*fm;
	struct deriv	*dv;
	long double	 x[14], y[14];
	const long double *xs[1];
	struct nls_problem pb;
};

static void
misra_setup(struct misra *m)
{
	struct diag d;
	size_t i;

	assert_int_equal(formula_parse_expr("y ~ b1 * (1 - exp(-b2 * x))",
	    &m->fm, &d), 0);
	assert_int_equal(deriv_compile(formula_rhs(m->fm), cols, 1, par, 2,
	    &m->dv, &d), 0);
	for (i = 0; i < 14; i++) {
		m->x[i] = mx[i];
		m->y[i] = my[i];
	}
	m->xs[0] = m->x;
	memset(&m->pb, 0, sizeof(m->pb));
	m->pb.dv = m->dv;
	m->pb.x = m->xs;
	m->pb.y = m->y;
	m->pb.n = 14;
	m->pb.p = 2;
	m->pb.max_iter = NLS_MAX_ITER;
	m->pb.tol = NLS_TOL;
}

static void
misra_free(struct misra *m)
{
	deriv_free(m->dv);
	formula_free(m->fm);
}

static void
nls_fit__misra1a_certified_from_both_starts(void **state)
{
	static const double start[2][2] = { { 500, 1e-4 }, { 250, 5e-4 } };
	static const enum nls_algorithm alg[] = { NLS_LMACCEL, NLS_LM,
	    NLS_DOGLEG, NLS_DDOGLEG, NLS_SUBSPACE2D };
	struct nls_fit *ft;
	struct misra m;
	struct diag d;
	size_t s, a;

	(void)state;
	misra_setup(&m);
	for (a = 0; a < 5; a++)
		for (s = 0; s < 2; s++) {
			m.pb.algorithm = alg[a];
			assert_int_equal(nls_fit(&m.pb, start[s], &ft, &d), 0);
			assert_rel(ft->est[0], 2.3894212918E+02, 1e-9);
			assert_rel(ft->est[1], 5.5015643181E-04, 1e-9);
			assert_rel(ft->se[0], 2.7070075241E+00, 1e-9);
			assert_rel(ft->se[1], 7.2668688436E-06, 1e-9);
			assert_rel(ft->rss, 1.2455138894E-01, 1e-9);
			assert_rel(ft->sigma, 1.0187876330E-01, 1e-9);
			assert_true(ft->df == 12);
			nls_fit_free(ft);
		}
	misra_free(&m);
}

/* an inactive bound changes nothing; an active one holds */
static void
nls_fit__bounds_by_change_of_variable(void **state)
{
	double lo[2] = { 0, 0 }, hi[2] = { 1000, INFINITY }, st[2] = { 500,
	    1e-4 };
	struct nls_fit *ft;
	struct misra m;
	struct diag d;

	(void)state;
	misra_setup(&m);
	m.pb.lower = lo;
	m.pb.upper = hi;
	assert_int_equal(nls_fit(&m.pb, st, &ft, &d), 0);
	assert_rel(ft->est[0], 2.3894212918E+02, 1e-6);
	assert_rel(ft->se[1], 7.2668688436E-06, 1e-5);
	nls_fit_free(ft);
	hi[0] = 200;
	st[0] = 150;
	assert_int_equal(nls_fit(&m.pb, st, &ft, &d), 0);
	assert_true(ft->est[0] <= 200 && ft->est[0] > 199.999);
	nls_fit_free(ft);
	misra_free(&m);
}

static void
nls_fit__no_convergence_names_iterations_and_rss(void **state)
{
	static const double st[2] = { 500, 1e-4 };
	struct nls_fit *ft = NULL;
	struct misra m;
	struct diag d;

	(void)state;
	misra_setup(&m);
	m.pb.max_iter = 1;
	assert_int_equal(nls_fit(&m.pb, st, &ft, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_non_null(strstr(d.msg, "no convergence after 1 iterations "
	    "(last sum of squares "));
	misra_free(&m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nls_fit__misra1a_certified_from_both_starts),
		cmocka_unit_test(nls_fit__bounds_by_change_of_variable),
		cmocka_unit_test(nls_fit__no_convergence_names_iterations_and_rss),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
