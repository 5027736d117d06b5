/* Unit tests of lib/model/glm.c: R's links and families, offsets, a fit. */
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "model/formula.h"
#include "model/glm.h"
#include "model/model.h"
#include "fixtures/glm.inc"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* linkinv and mu.eta of every link as R's make.link */
static void
glm_links__match_make_link(void **state)
{
	size_t k, i;

	(void)state;
	for (k = 0; k < N(glm_links); k++) {
		enum model_link l;

		assert_int_equal(glm_link_parse(glm_links[k].link, &l), 0);
		assert_string_equal(glm_link_name(l), glm_links[k].link);
		for (i = 0; i < N(glm_etas); i++) {
			assert_rel(glm_linkinv(l, glm_etas[i]),
			    glm_links[k].inv[i], 1e-13);
			assert_rel(glm_mu_eta(l, glm_etas[i]),
			    glm_links[k].me[i], 1e-13);
		}
	}
}

/* variance() and dev.resids() of the families as R's */
static void
glm_families__variance_and_deviance_match_r(void **state)
{
	size_t k, i;

	(void)state;
	for (k = 0; k < N(glm_fams); k++) {
		enum model_family f;

		assert_int_equal(glm_family_parse(glm_fams[k].family, &f), 0);
		assert_string_equal(glm_family_name(f), glm_fams[k].family);
		for (i = 0; i < N(glm_mus); i++) {
			assert_rel(glm_variance(f, glm_mus[i]),
			    glm_fams[k].var[i], 1e-15);
			assert_rel(glm_dev_resid(f, 0.3, glm_mus[i], 2),
			    glm_fams[k].dev[i], 1e-13);
		}
	}
}

/* the links each family object of R accepts */
static void
glm_link_ok__as_r_families(void **state)
{
	(void)state;
	assert_true(glm_link_ok(MODEL_BINOMIAL, MODEL_CLOGLOG));
	assert_false(glm_link_ok(MODEL_BINOMIAL, MODEL_IDENTITY));
	assert_true(glm_link_ok(MODEL_POISSON, MODEL_SQRT));
	assert_false(glm_link_ok(MODEL_POISSON, MODEL_LOGIT));
	assert_true(glm_link_ok(MODEL_GAMMA, MODEL_LOG));
	assert_false(glm_link_ok(MODEL_GAMMA, MODEL_INVSQUARE));
	assert_true(glm_link_ok(MODEL_INVGAUSS, MODEL_INVSQUARE));
	assert_true(glm_link_ok(MODEL_QUASIPOISSON, MODEL_IDENTITY));
	assert_int_equal(glm_link_default(MODEL_GAMMA), MODEL_INVERSE);
	assert_int_equal(glm_link_default(MODEL_INVGAUSS), MODEL_INVSQUARE);
	assert_true(glm_est_disp(MODEL_QUASIBINOMIAL));
	assert_false(glm_est_disp(MODEL_POISSON));
}

/*
 * offset() leaves the design and is summed; a Poisson fit with it is
 * R's glm(count ~ x + offset(log(t)), poisson) on testdata/glm-gen.csv.
 */
static void
glm_offset__leaves_the_design_and_fits_as_r(void **state)
{
	struct frame_opts o = { .delim = ',' };
	char *files[1] = { "testdata/glm-gen.csv" };
	struct formula_design *ds;
	struct model_fit *mf;
	struct formula *fm;
	struct frame *f;
	struct diag d;
	double *off;

	(void)state;
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	assert_int_equal(formula_parse("count ~ x + offset(log(t)) + "
	    "offset(x)", &fm, &d), 0);
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds, &d), 0);
	assert_int_equal(ds->p, 4);
	assert_int_equal(glm_offset(ds, &off, &d), 0);
	assert_int_equal(ds->p, 2);
	assert_string_equal(ds->name[1], "x");
	assert_rel(off[0], log(3.15) - 0.087, 1e-15);
	assert_int_equal(glm_fit(ds, MODEL_POISSON, MODEL_LINK_DEFAULT, off,
	    0, &mf, &d), 0);
	/* R: coef(glm(count ~ x + offset(log(t)) + offset(x), poisson, d)) */
	assert_true(mf->converged);
	assert_rel(mf->coef[0], 0.31075826097265086, 1e-9);
	assert_rel(mf->coef[1], -0.31155121047054013, 1e-9);
	assert_int_equal(mf->glm, 1);
	model_fit_free(mf);
	free(off);
	formula_design_free(ds);
	formula_free(fm);
	frame_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(glm_links__match_make_link),
		cmocka_unit_test(glm_families__variance_and_deviance_match_r),
		cmocka_unit_test(glm_link_ok__as_r_families),
		cmocka_unit_test(glm_offset__leaves_the_design_and_fits_as_r),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
