/*
 * test_gd: gradient descent and SGD (lib/learn/gd.c) against the exact
 * fits they minimise (lm's QR, glm's IRLS, glmnet's coordinate descent,
 * each tested against R elsewhere) and against scikit-learn's
 * SGDRegressor and SGDClassifier step for step (fixtures/gd.inc,
 * scripts/gen-fixtures-gd.py).
 */
#include "unit.h"

#include "learn/gd.h"
#include "learn/glmnet.h"
#include "model/formula.h"
#include "model/model.h"

#include "fixtures/gd.inc"

static struct formula_design *
design(const char *file, const char *text, int binomial)
{
	struct formula_design *ds;
	struct formula *fm;
	struct frame *f = unit_read_frame(file);
	struct diag d;

	assert_int_equal(formula_parse(text, &fm, &d), 0);
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, binomial ?
	    FORMULA_BINARY : 0, &ds, &d), 0);
	formula_free(fm);
	frame_free(f);
	return ds;
}

static struct gd_fit *
fit(const struct formula_design *ds, const struct gd_opts *o)
{
	struct gd_fit *f;
	struct diag d;

	assert_int_equal(gd_fit(ds->x, ds->n, ds->p, ds->intercept, ds->y,
	    ds->w, o, &f, &d), 0);
	return f;
}

/* gd to the gradient's norm 1e-12 reaches QR's and IRLS's to 1e-8 */
static void
gd__unpenalized__reaches_lm_and_glm(void **state)
{
	static const struct { const char *file, *formula; int binomial; }
	    c[] = {
		{ "mtcars.csv", "mpg ~ wt + hp + qsec", 0 },
		{ "nbsvm-gen.csv", "y ~ x1 + x2 + x3 + f1", 0 },
		{ "mtcars.csv", "am ~ wt + hp", 1 },
		{ "mtcars.csv", "vs ~ mpg + drat", 1 },
	};
	struct formula_design *ds;
	struct model_fit *mf;
	struct gd_fit *f;
	struct gd_opts o;
	struct diag d;
	size_t k, j;

	(void)state;
	for (k = 0; k < sizeof(c) / sizeof(c[0]); k++) {
		ds = design(c[k].file, c[k].formula, c[k].binomial);
		assert_int_equal((c[k].binomial ? model_logit(ds, 0, &mf, &d) :
		    model_lm(ds, 0, &mf, &d)), 0);
		gd_opts_init(&o);
		o.binomial = c[k].binomial;
		o.tol = 1e-12;
		o.epochs = 200000;
		f = fit(ds, &o);
		assert_true(f->converged);
		for (j = 0; j < ds->p; j++)
			assert_rel(f->coef[j], mf->coef[j], 1e-8);
		/* the trace: the loss falls every epoch at the step 1 / L (to
		 * its rounding near the end) */
		for (j = 1; j < f->epochs; j++)
			assert_true(f->loss[j] <= f->loss[j - 1] * (1 + 1e-12));
		gd_fit_free(f);
		model_fit_free(mf);
		formula_design_free(ds);
	}
}

/* with a penalty, gd (proximal for the lasso) reaches glmnet's */
static void
gd__penalized__reaches_glmnet(void **state)
{
	static const struct { int pen, binomial; double alpha, lambda;
	    const char *formula; } c[] = {
		{ 'l', 0, 1, 0.5, "mpg ~ wt + hp + qsec + drat" },
		{ 'r', 0, 0, 2, "mpg ~ wt + hp + qsec + drat" },
		{ 'e', 0, 0.3, 1, "mpg ~ wt + hp + qsec + drat" },
		{ 'l', 1, 1, 0.02, "am ~ wt + hp + qsec" },
		{ 'r', 1, 0, 0.05, "am ~ wt + hp + qsec" },
	};
	struct formula_design *ds;
	struct glmnet_opts go;
	struct glmnet_path *pa;
	struct gd_fit *f;
	struct gd_opts o;
	struct diag d;
	size_t k, j;

	(void)state;
	for (k = 0; k < sizeof(c) / sizeof(c[0]); k++) {
		ds = design("mtcars.csv", c[k].formula, c[k].binomial);
		glmnet_opts_init(&go);
		go.binomial = c[k].binomial;
		go.alpha = c[k].alpha;
		go.lambda = &c[k].lambda;
		go.nlam = 1;
		assert_int_equal(glmnet_fit(ds->x + ds->n, ds->n, ds->p - 1,
		    ds->y, NULL, &go, &pa, &d), 0);
		gd_opts_init(&o);
		o.binomial = c[k].binomial;
		o.penalty = c[k].pen;
		o.alpha = c[k].pen == 'e' ? c[k].alpha : NAN;
		o.lambda = c[k].lambda;
		o.tol = 1e-12;
		o.epochs = 200000;
		f = fit(ds, &o);
		assert_true(f->converged);
		assert_near(f->coef[0], pa->a0[0], 1e-7);
		for (j = 1; j < ds->p; j++)
			assert_near(f->coef[j], pa->beta[j - 1], 1e-7);
		gd_fit_free(f);
		glmnet_path_free(pa);
		formula_design_free(ds);
	}
}

/* one row a step, in order, as scikit-learn: the same coefficients (a
 * penalized gaussian's as scikit-learn's on the response over its sd);
 * the lasso's part by the truncated gradient, zeros exactly */
static void
sgd__as_sklearn(void **state)
{
	static const struct { const char *formula; int binomial, sched;
	    double eta0, power_t, lambda; size_t epochs; const double *want;
	    int pen; double alpha; } c[] = {
		{ "mpg ~ wt + hp + qsec", 0, GD_INVSCALING, 0.01, 0.25, 0, 20,
		    sgd_reg, 0, NAN },
		{ "mpg ~ wt + hp + qsec", 0, GD_CONSTANT, 0.002, 0.25, 0, 30,
		    sgd_reg_const, 0, NAN },
		{ "am ~ wt + hp", 1, GD_INVSCALING, 0.1, 0.25, 0, 20,
		    sgd_logit, 0, NAN },
		{ "am ~ wt + hp", 1, GD_INVSCALING, 0.1, 0.5, 0.05, 25,
		    sgd_logit_l2, 0, NAN },
		/* scikit-learn's optimal: its own steps, no eta0 */
		{ "am ~ wt + hp", 1, GD_OPTIMAL, NAN, 0.25, 0.05, 20,
		    sgd_logit_opt, 0, NAN },
		{ "mpg ~ wt + hp + qsec", 0, GD_OPTIMAL, NAN, 0.25, 1, 30,
		    sgd_reg_opt, 0, NAN },
		{ "mpg ~ wt + hp + qsec + drat", 0, GD_INVSCALING, 0.01, 0.25,
		    0.5, 30, sgd_reg_l1, 'l', NAN },
		{ "mpg ~ wt + hp + qsec + drat", 0, GD_CONSTANT, 0.003, 0.25,
		    0.3, 40, sgd_reg_enet, 'e', 0.4 },
		{ "am ~ wt + hp + qsec", 1, GD_INVSCALING, 0.1, 0.25, 0.05, 25,
		    sgd_logit_l1, 'l', NAN },
		{ "am ~ wt + hp + qsec", 1, GD_OPTIMAL, NAN, 0.25, 0.08, 20,
		    sgd_logit_enet_opt, 'e', 0.7 },
	};
	struct formula_design *ds;
	struct gd_fit *f;
	struct gd_opts o;
	size_t k, j;

	(void)state;
	for (k = 0; k < sizeof(c) / sizeof(c[0]); k++) {
		ds = design("mtcars.csv", c[k].formula, c[k].binomial);
		gd_opts_init(&o);
		o.sgd = 1;
		o.shuffle = 0;
		o.tol = -1;	/* no stopping rule: tol=None */
		o.binomial = c[k].binomial;
		o.schedule = (enum gd_schedule)c[k].sched;
		o.eta0 = c[k].eta0;
		o.power_t = c[k].power_t;
		o.penalty = c[k].pen != 0 ? c[k].pen : c[k].lambda > 0 ?
		    'r' : 0;
		o.alpha = c[k].pen == 'e' ? c[k].alpha : NAN;
		o.lambda = c[k].lambda;
		o.epochs = c[k].epochs;
		f = fit(ds, &o);
		assert_int_equal(f->epochs, c[k].epochs);
		for (j = 0; j < ds->p; j++)
			if (c[k].want[j] == 0)
				assert_true(f->coef[j] == 0);
			else
				assert_rel(f->coef[j], c[k].want[j],
				    c[k].pen != 0 ? 1e-10 : 1e-12);
		gd_fit_free(f);
		formula_design_free(ds);
	}
}

/* sgd with one batch of every row in order is gd, step for step; a
 * seed gives the same shuffles, another seed others */
static void
sgd__full_batch_is_gd__seeded(void **state)
{
	struct formula_design *ds = design("mtcars.csv", "mpg ~ wt + hp", 0);
	struct gd_fit *a, *b, *c;
	struct gd_opts o;
	size_t j;

	(void)state;
	gd_opts_init(&o);
	o.eta0 = 0.3;
	o.epochs = 50;
	o.tol = 0;
	a = fit(ds, &o);
	o.sgd = 1;
	o.schedule = GD_CONSTANT;
	o.batch = ds->n;
	o.shuffle = 0;
	o.tol = -1;
	b = fit(ds, &o);
	assert_int_equal(a->epochs, 50);
	assert_int_equal(b->epochs, 50);
	for (j = 0; j < ds->p; j++)
		assert_rel(b->coef[j], a->coef[j], 1e-12);
	gd_fit_free(b);
	o.batch = 4;
	o.shuffle = 1;
	o.seed = 7;
	b = fit(ds, &o);
	c = fit(ds, &o);
	for (j = 0; j < ds->p; j++)
		assert_true(b->coef[j] == c->coef[j]);
	gd_fit_free(c);
	o.seed = 8;
	c = fit(ds, &o);
	assert_true(b->coef[1] != c->coef[1]);
	gd_fit_free(a);
	gd_fit_free(b);
	gd_fit_free(c);
	formula_design_free(ds);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(gd__unpenalized__reaches_lm_and_glm),
		cmocka_unit_test(gd__penalized__reaches_glmnet),
		cmocka_unit_test(sgd__as_sklearn),
		cmocka_unit_test(sgd__full_batch_is_gd__seeded),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
