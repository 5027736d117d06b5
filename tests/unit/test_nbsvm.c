/*
 * test_nbsvm: naive Bayes and support vector machines against e1071's
 * naiveBayes and svm (fixtures/nbsvm.inc, scripts/gen-fixtures-nbsvm.R).
 */
#include "unit.h"

#include "learn/nbayes.h"
#include "learn/svm.h"
#include "learn/xy.h"

#include "fixtures/nbsvm.inc"

static struct xy *
load(const char *file, const char *formula, int how, struct frame **fp)
{
	struct diag d;
	struct xy *xy;

	*fp = unit_read_frame(file);
	assert_int_equal(xy_frame(*fp, formula, XY_CLASS | how, NULL, &xy, &d), 0);
	assert_int_equal(xy->nmissing, 0);
	return xy;
}

/* every row's posteriors as e1071's, to 1e-10 (relative where they are
 * not 0 to the last bit), and the class the largest */
static void
nb_check(const char *file, const char *formula, double laplace,
    const double *want, size_t nwant)
{
	struct nbayes_opts o = { .laplace = laplace };
	struct nbayes *nb;
	struct frame *f;
	struct diag d;
	/* as nbayes_frame(): only a row without a class is left out */
	struct xy *xy = load(file, formula, XY_KEEP_NA | XY_KEEP_EMPTY, &f);
	double post[8];
	size_t i, c, cl, best;

	assert_int_equal(xy->n * xy->nclass, nwant);
	assert_int_equal(nbayes_fit(xy, NULL, &o, &nb, &d), 0);
	for (i = 0; i < xy->n; i++) {
		cl = nbayes_predict(nb, xy->x, i, post);
		for (c = best = 0; c < xy->nclass; c++) {
			if (want[i * xy->nclass + c] > 1e-290)
				assert_rel(post[c], want[i * xy->nclass + c],
				    1e-10);
			else
				assert_true(post[c] < 1e-280);
			if (want[i * xy->nclass + c] > want[i * xy->nclass +
			    best])
				best = c;
		}
		assert_int_equal(cl, best);
	}
	nbayes_free(nb);
	xy_free(xy);
	frame_free(f);
}

static void
nbayes__iris__as_e1071(void **state)
{
	(void)state;
	nb_check("iris.csv", "Species ~ .", 0, nb_iris, sizeof(nb_iris) /
	    sizeof(nb_iris[0]));
}

static void
nbayes__housevotes__as_e1071(void **state)
{
	(void)state;
	nb_check("housevotes.csv", "Class ~ .", 0, nb_votes, sizeof(nb_votes) /
	    sizeof(nb_votes[0]));
	nb_check("housevotes.csv", "Class ~ .", 1, nb_votes_lap,
	    sizeof(nb_votes_lap) / sizeof(nb_votes_lap[0]));
}

static void
nbayes__generated__as_e1071(void **state)
{
	(void)state;
	nb_check("nbsvm-gen.csv", "cls ~ x1 + x2 + x3 + f1", 0, nb_gen,
	    sizeof(nb_gen) / sizeof(nb_gen[0]));
}

/* a missing predictor skipped for its row, as e1071 (na.pass) */
static void
nbayes__missing_predictors__skipped_as_e1071(void **state)
{
	(void)state;
	nb_check("housevotes-na.csv", "Class ~ .", 0, nb_votes_na,
	    sizeof(nb_votes_na) / sizeof(nb_votes_na[0]));
	nb_check("nbsvm-gen-na.csv", "cls ~ x1 + x2 + x3 + f1", 0.5, nb_gen_na,
	    sizeof(nb_gen_na) / sizeof(nb_gen_na[0]));
}

/*
 * 1000 copies of one predictor: the posterior of class 0 is
 * 1 / (1 + exp(-1000 (l0 - l1))) from the one predictor's log
 * likelihoods l0, l1 (equal priors), where a product of likelihoods
 * would underflow to 0 / 0.
 */
static void
nbayes__1000_predictors__no_underflow(void **state)
{
	static const double x0[] = { 0.1, 0.3, 0.35, 0.5, 0.6, 0.7 };
	struct nbayes_opts o = { 0 };
	struct xy *xy = xy_new(1000, 2);
	struct nbayes *nb;
	struct diag d;
	double post[2], m0, m1, s0, s1, l0, l1, z;
	size_t i, j;

	(void)state;
	xy->n = 6;
	xy->y = malloc(6 * sizeof(double));
	for (i = 0; i < 6; i++)
		xy->y[i] = i < 3 ? 0 : 1;
	for (j = 0; j < xy->p; j++) {
		xy->x[j] = malloc(6 * sizeof(double));
		memcpy(xy->x[j], x0, sizeof(x0));
	}
	assert_int_equal(nbayes_fit(xy, NULL, &o, &nb, &d), 0);
	m0 = 0.25;
	m1 = 0.6;
	s0 = sqrt((0.15 * 0.15 + 0.05 * 0.05 + 0.1 * 0.1) / 2);
	s1 = 0.1;
	for (i = 0; i < 6; i++) {
		assert_int_equal(nbayes_predict(nb, xy->x, i, post),
		    i < 3 ? 0 : 1);
		z = (x0[i] - m0) / s0;
		l0 = -0.5 * z * z - log(s0);
		z = (x0[i] - m1) / s1;
		l1 = -0.5 * z * z - log(s1);
		assert_true(post[0] > 0 || 1000 * (l0 - l1) < -700);
		assert_near(post[0], 1 / (1 + exp(-1000 * (l0 - l1))), 1e-12);
		assert_near(post[0] + post[1], 1, 1e-15);
	}
	nbayes_free(nb);
	xy_free(xy);
}

/*
 * Fitted to every row as e1071 fits them: the support vectors, each row's
 * decision values to 1e-6 and its class exactly, or its fitted value.
 */
static void
svm_check(const char *file, const char *formula, const struct svm_opts *o,
    const double *dec, size_t ndec, const int *cls, const double *fit,
    size_t nsv, double tol)
{
	struct svm_machine *m;
	struct frame *f = unit_read_frame(file);
	struct diag d;
	struct xy *xy;
	double dv[8], v;
	size_t i, k, nd;

	assert_int_equal(xy_frame(f, formula, o->type == SVM_ONE_CLASS ?
	    XY_NO_RESPONSE : XY_AUTO, NULL, &xy, &d), 0);
	assert_int_equal(svm_machine_fit(xy, NULL, o, &m, &d), 0);
	nd = svm_machine_ndec(m);
	assert_int_equal(xy->n * nd, ndec);
	assert_int_equal(svm_machine_nsv(m), nsv);
	for (i = 0; i < xy->n; i++) {
		v = svm_machine_predict(m, xy->x, i, dv, NULL);
		for (k = 0; k < nd; k++)
			assert_near(dv[k], dec[i * nd + k], tol);
		if (cls != NULL)
			assert_int_equal((int)v, cls[i]);
		else
			assert_near(v, fit[i], tol);
	}
	svm_machine_free(m);
	xy_free(xy);
	frame_free(f);
}

static void
svm__iris__as_e1071(void **state)
{
	struct svm_opts o;

	(void)state;
	svm_opts_init(&o);
	svm_check("iris.csv", "Species ~ .", &o, svm_iris_dec,
	    sizeof(svm_iris_dec) / sizeof(double), svm_iris_class, NULL,
	    svm_iris_nsv, 1e-6);
}

static void
svm__generated__as_e1071(void **state)
{
	struct svm_opts o;

	(void)state;
	svm_opts_init(&o);
	svm_check("nbsvm-gen.csv", "cls ~ x1 + x2 + x3 + f1", &o, svm_gen_dec,
	    sizeof(svm_gen_dec) / sizeof(double), svm_gen_class, NULL,
	    svm_gen_nsv, 1e-6);
	/* the linear machine is 6e-6 from e1071's even with both run to
	 * tolerance 1e-6: Debian's LIBSVM is 3.24, e1071's own 3.23 */
	o.kernel = SVM_LINEAR;
	o.cost = 10;
	svm_check("nbsvm-gen.csv", "cls ~ x1 + x2 + x3", &o, svm_gen_lin_dec,
	    sizeof(svm_gen_lin_dec) / sizeof(double), svm_gen_lin_class,
	    NULL, svm_gen_lin_nsv, 2e-5);
	svm_opts_init(&o);
	o.kernel = SVM_POLY;
	o.degree = 2;
	o.coef0 = 1;
	o.scale = 0;
	svm_check("nbsvm-gen.csv", "cls ~ x1 + x2", &o, svm_gen_poly_dec,
	    sizeof(svm_gen_poly_dec) / sizeof(double), svm_gen_poly_class,
	    NULL, svm_gen_poly_nsv, 1e-6);
	svm_opts_init(&o);
	svm_check("nbsvm-gen.csv", "y ~ x1 + x2 + x3 + f1", &o,
	    svm_gen_reg_dec, sizeof(svm_gen_reg_dec) / sizeof(double), NULL,
	    svm_gen_reg_fit, svm_gen_reg_nsv, 1e-6);
}

/* one-class: no response, e1071's TRUE (1) inside and FALSE (0) */
static void
svm__one_class__as_e1071(void **state)
{
	struct svm_opts o;

	(void)state;
	svm_opts_init(&o);
	o.type = SVM_ONE_CLASS;
	svm_check("iris.csv", "~ Sepal.Length + Sepal.Width + Petal.Length + "
	    "Petal.Width", &o, svm_iris_one_dec, sizeof(svm_iris_one_dec) /
	    sizeof(double), svm_iris_one_class, NULL, svm_iris_one_nsv, 1e-6);
	o.nu = 0.1;
	o.gamma = 0.5;
	svm_check("nbsvm-gen.csv", "~ x1 + x2 + x3 + f1", &o, svm_gen_one_dec,
	    sizeof(svm_gen_one_dec) / sizeof(double), svm_gen_one_class, NULL,
	    svm_gen_one_nsv, 1e-6);
	svm_opts_init(&o);
	o.type = SVM_ONE_CLASS;
	o.kernel = SVM_LINEAR;
	o.nu = 0.2;
	svm_check("nbsvm-gen.csv", "~ x1 + x2", &o, svm_gen_one_lin_dec,
	    sizeof(svm_gen_one_lin_dec) / sizeof(double), svm_gen_one_lin_class,
	    NULL, svm_gen_one_lin_nsv, 1e-6);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(nbayes__iris__as_e1071),
		cmocka_unit_test(nbayes__housevotes__as_e1071),
		cmocka_unit_test(nbayes__generated__as_e1071),
		cmocka_unit_test(nbayes__missing_predictors__skipped_as_e1071),
		cmocka_unit_test(nbayes__1000_predictors__no_underflow),
		cmocka_unit_test(svm__iris__as_e1071),
		cmocka_unit_test(svm__generated__as_e1071),
		cmocka_unit_test(svm__one_class__as_e1071),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
