/* test_glmnet: the elastic net against R's glmnet at thresh = 1e-22. */
#include "unit.h"

#include "learn/glmnet.h"

struct gat {
	const char *file, *y, *x, *w;
	int binomial;
	double alpha;
	int standardize;
	double lambda;
	size_t p;
	double coef[16];
};

struct gpath {
	const char *file, *y, *x;
	int binomial;
	double alpha;
	size_t nlam;
	const double *lambda, *dev, *df, *coef;
};

struct gcv {
	const char *file, *y, *x;
	int binomial;
	double alpha;
	size_t k, nlam;
	const double *cvm, *cvsd;
	size_t imin, i1se;
};

#define GLMNET_AT
static const struct gat ats[] = {
#include "fixtures/glmnet.inc"
};
#undef GLMNET_AT
#define GLMNET_PATH
#define GLMNET_CV
#include "fixtures/glmnet.inc"

/* the columns "a,b,c" of file by columns (x), the response and weights */
static size_t
load(const char *file, const char *xs, const char *y, const char *w,
    double **xp, double **yp, double **wp, size_t *pp)
{
	char buf[256], *tok, *save = NULL;
	double *col;
	size_t n, p = 0;

	n = unit_load_column(file, y, yp);
	*xp = malloc(n * 16 * sizeof(double));
	snprintf(buf, sizeof(buf), "%s", xs);
	for (tok = strtok_r(buf, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		assert_int_equal(unit_load_column(file, tok, &col), n);
		memcpy(*xp + p++ * n, col, n * sizeof(double));
		free(col);
	}
	*wp = NULL;
	if (w != NULL)
		assert_int_equal(unit_load_column(file, w, wp), n);
	*pp = p;
	return n;
}

/*
 * Coefficients agree to 1e-7 relative to the largest (the intercept
 * included); one that R makes zero is zero.
 */
static void
same_coef(double got, double want, double big)
{
	if (want == 0)
		assert_true(got == 0);
	else if (!(fabs(got - want) <= 1e-7 * big)) {
		print_error("%.17g != %.17g (largest %g)\n", got, want, big);
		fail();
	}
}

static double
largest(const double *b, size_t n)
{
	double m = 0;
	size_t j;

	for (j = 0; j < n; j++)
		m = fmax(m, fabs(b[j]));
	return m;
}

static void
fit__one_lambda__is_glmnets_minimiser(void **state)
{
	struct glmnet_opts o;
	struct glmnet_path *pa;
	struct diag d;
	double *x, *y, *w, big;
	size_t c, n, p, j;

	(void)state;
	for (c = 0; c < sizeof(ats) / sizeof(ats[0]); c++) {
		const struct gat *a = &ats[c];

		n = load(a->file, a->x, a->y, a->w, &x, &y, &w, &p);
		assert_int_equal(p, a->p);
		glmnet_opts_init(&o);
		o.binomial = a->binomial;
		o.alpha = a->alpha;
		o.standardize = a->standardize;
		o.lambda = &a->lambda;
		o.nlam = 1;
		assert_int_equal(glmnet_fit(x, n, p, y, w, &o, &pa, &d), 0);
		assert_int_equal(pa->nlam, 1);
		big = largest(a->coef, p + 1);
		same_coef(pa->a0[0], a->coef[0], big);
		for (j = 0; j < p; j++)
			same_coef(pa->beta[j], a->coef[j + 1], big);
		glmnet_path_free(pa);
		free(x);
		free(y);
		free(w);
	}
}

static void
fit__default_path__is_glmnets(void **state)
{
	struct glmnet_opts o;
	struct glmnet_path *pa;
	struct diag d;
	double *x, *y, *w, big;
	size_t c, n, p, j, l;

	(void)state;
	for (c = 0; c < sizeof(paths) / sizeof(paths[0]); c++) {
		const struct gpath *a = &paths[c];

		n = load(a->file, a->x, a->y, NULL, &x, &y, &w, &p);
		glmnet_opts_init(&o);
		o.binomial = a->binomial;
		o.alpha = a->alpha;
		assert_int_equal(glmnet_fit(x, n, p, y, w, &o, &pa, &d), 0);
		assert_int_equal(pa->nlam, a->nlam);
		for (l = 0; l < a->nlam; l++) {
			const double *want = a->coef + l * (p + 1);

			assert_rel(pa->lambda[l], a->lambda[l], 1e-12);
			assert_int_equal(pa->df[l], (size_t)a->df[l]);
			assert_near(pa->dev_ratio[l], a->dev[l], 1e-9);
			big = largest(want, p + 1);
			same_coef(pa->a0[l], want[0], big);
			for (j = 0; j < p; j++)
				same_coef(pa->beta[l * p + j], want[j + 1], big);
		}
		glmnet_path_free(pa);
		free(x);
		free(y);
	}
}

static void
cv__fixed_folds__are_cv_glmnets(void **state)
{
	struct glmnet_opts o;
	struct glmnet_cv *cv;
	struct diag d;
	double *x, *y, *w;
	uint32_t *fold;
	size_t c, n, p, i, l;

	(void)state;
	for (c = 0; c < sizeof(cvs) / sizeof(cvs[0]); c++) {
		const struct gcv *a = cvs[c];

		n = load(a->file, a->x, a->y, NULL, &x, &y, &w, &p);
		fold = malloc(n * sizeof(*fold));
		for (i = 0; i < n; i++)
			fold[i] = (uint32_t)(i % a->k + 1);
		glmnet_opts_init(&o);
		o.binomial = a->binomial;
		o.alpha = a->alpha;
		assert_int_equal(glmnet_cv(x, n, p, y, w, &o, fold, a->k, &cv,
		    &d), 0);
		assert_int_equal(cv->fit->nlam, a->nlam);
		for (l = 0; l < a->nlam; l++) {
			assert_rel(cv->cvm[l], a->cvm[l], 1e-7);
			assert_rel(cv->cvsd[l], a->cvsd[l], 1e-6);
		}
		assert_int_equal(cv->imin, a->imin);
		assert_int_equal(cv->i1se, a->i1se);
		glmnet_cv_free(cv);
		free(fold);
		free(x);
		free(y);
	}
}

/* glmnet's ridge: lambda in units of the response, scaled by its sd */
static void
fit__ridge_scales_lambda_by_the_response_sd(void **state)
{
	static const double x[] = { 1, 2, 3, 4, 5, 6 };
	double y[6], y10[6];
	struct glmnet_opts o;
	struct glmnet_path *a, *b;
	struct diag d;
	double lam = 0.5, lam10 = 5;
	size_t i;

	(void)state;
	for (i = 0; i < 6; i++) {
		y[i] = (double)(i * i % 5) + 0.5 * (double)i;
		y10[i] = 10 * y[i];
	}
	glmnet_opts_init(&o);
	o.alpha = 0;
	o.lambda = &lam;
	o.nlam = 1;
	assert_int_equal(glmnet_fit(x, 6, 1, y, NULL, &o, &a, &d), 0);
	o.lambda = &lam10;
	assert_int_equal(glmnet_fit(x, 6, 1, y10, NULL, &o, &b, &d), 0);
	/* y and lambda ten times as large: the coefficients too */
	assert_rel(b->beta[0], 10 * a->beta[0], 1e-12);
	assert_rel(b->a0[0], 10 * a->a0[0], 1e-12);
	glmnet_path_free(a);
	glmnet_path_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fit__one_lambda__is_glmnets_minimiser),
		cmocka_unit_test(fit__default_path__is_glmnets),
		cmocka_unit_test(cv__fixed_folds__are_cv_glmnets),
		cmocka_unit_test(fit__ridge_scales_lambda_by_the_response_sd),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
