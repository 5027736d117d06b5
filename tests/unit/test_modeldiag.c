/*
 * Unit tests of lib/model/modeldiag.c (car::vif, sandwich's HC errors)
 * and of formula's cbind() response, against values of R (car 3.1,
 * sandwich) computed in the comments' calls.
 */
#include <math.h>
#include <stdlib.h>

#include "unit.h"
#include "frame/frame.h"
#include "io/out.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/model.h"
#include "model/modeldiag.h"

/* The design of text over a CSV file of testdata. */
static void
design(const char *file, const char *text, int flags, struct frame **f,
    struct formula **fm, struct formula_design **ds)
{
	struct frame_opts o = { .delim = ',' };
	char *files[1];
	struct diag d;

	files[0] = (char *)file;
	assert_int_equal(frame_read(1, files, &o, f, &d), 0);
	assert_int_equal(formula_parse(text, fm, &d), 0);
	assert_int_equal(formula_design(*fm, *f, FORMULA_NONE, flags, ds, &d),
	    0);
}

/* R: car::vif(lm(mpg ~ wt + hp + factor(cyl), mtcars))[, 1] and the HC1
 * standard errors sqrt(diag(sandwich::vcovHC(m, "HC1"))) */
static void
modeldiag__vif_and_hc1_match_r(void **state)
{
	static const double vif[] = { 2.5808765173164252, 3.4960142661076308,
	    5.1058113696627130 };
	static const double se[] = { 2.4134160595489367, 0.69312576932624004,
	    0.0099790346655582764, 1.2680062280345437, 2.2509179865309537 };
	struct formula_design *ds;
	struct model_fit *mf;
	struct out_table *t;
	struct formula *fm;
	struct frame *f;
	struct diag d;
	size_t k;

	(void)state;
	design("testdata/mtcars.csv", "mpg ~ wt + hp + factor(cyl)", 0, &f,
	    &fm, &ds);
	assert_int_equal(model_lm(ds, MODEL_ROWS, &mf, &d), 0);
	assert_int_equal(modeldiag_vif_table(mf, ds, &t, &d), 0);
	assert_int_equal(t->nrows, 3);
	for (k = 0; k < 3; k++)
		assert_rel(t->cell[k * t->ncols + 1].num, vif[k], 1e-12);
	assert_rel(t->cell[2 * t->ncols + 2].num, 2, 0);	/* df */
	out_free(t);
	t = modeldiag_robust_table(mf, ds, MODELDIAG_HC1, 0.95);
	for (k = 0; k < 5; k++)
		assert_rel(t->cell[k * t->ncols + 2].num, se[k], 1e-12);
	out_free(t);
	model_fit_free(mf);
	formula_design_free(ds);
	formula_free(fm);
	frame_free(f);
}

/* R: glm(cbind(ncases, ncontrols) ~ agegp, binomial, esoph): the trials
 * are the weights; coefficients and AIC */
static void
formula_cbind__is_a_binomial_response(void **state)
{
	struct formula_design *ds;
	struct model_fit *mf;
	struct formula *fm;
	struct frame *f;
	struct diag d;
	size_t k;

	(void)state;
	design("testdata/glm-esoph.csv", "cbind(ncases, ncontrols) ~ agegp",
	    FORMULA_BINARY, &f, &fm, &ds);
	assert_non_null(ds->trials);
	assert_int_equal(ds->n, 88);
	for (k = 0; k < ds->n; k++) {	/* ncases, ncontrols: columns 3, 4 */
		assert_true(ds->w[k] == f->col[3].num[k] + f->col[4].num[k]);
		assert_true(fabs(ds->y[k] * ds->trials[k] - f->col[3].num[k]) <
		    1e-12);
	}
	assert_int_equal(glm_fit(ds, MODEL_BINOMIAL, MODEL_LINK_DEFAULT, NULL,
	    0, &mf, &d), 0);
	assert_rel(mf->coef[0], -4.7449321280865222, 1e-9);
	assert_rel(mf->coef[1], 1.6951326332622552, 1e-9);
	assert_rel(mf->aic, 373.96384894660764, 1e-9);
	model_fit_free(mf);
	formula_design_free(ds);
	/* not without FORMULA_BINARY */
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	formula_free(fm);
	frame_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(modeldiag__vif_and_hc1_match_r),
		cmocka_unit_test(formula_cbind__is_a_binomial_response),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
