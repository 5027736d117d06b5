/*
 * Unit tests of lib/model/formula.c: R's formula language parsed, "."
 * expanded, the columns a formula reads, and the design's column names as
 * R's lm names its coefficients (the R call is above each case).  The fits
 * over designs are in test_model.c.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "unit.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "model/formula.h"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

#include "fixtures/formula2.inc"	/* scripts/gen-fixtures-formula2.R */

/* A frame of CSV text, through a temporary file. */
static struct frame *
frame_of(const char *csv)
{
	struct frame_opts o = { .delim = ',' };
	char path[] = "/tmp/test_formula_XXXXXX", *files[1] = { path };
	struct frame *f;
	struct diag d;
	int fd = mkstemp(path);

	assert_true(fd >= 0);
	assert_int_equal(write(fd, csv, strlen(csv)), (ssize_t)strlen(csv));
	close(fd);
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	unlink(path);
	return f;
}

/* The names of names(coef(lm(FORMULA, mtcars))), each piece of the language. */
static void
formula_design__terms__named_as_r(void **state)
{
	static const struct {
		const char *text, *names;
	} cases[] = {
		{ "mpg ~ wt * hp", "(Intercept),wt,hp,wt:hp" },
		{ "mpg ~ 0 + factor(cyl)", "factor(cyl)4,factor(cyl)6,"
		    "factor(cyl)8" },
		{ "mpg ~ factor(am):wt", "(Intercept),factor(am)0:wt,"
		    "factor(am)1:wt" },
		{ "mpg ~ (wt + hp + qsec)^2 - wt:qsec", "(Intercept),wt,hp,"
		    "qsec,wt:hp,hp:qsec" },
		{ "log(mpg) ~ I(wt^2) + sqrt(hp) + exp(-drat/10)",
		    "(Intercept),I(wt^2),sqrt(hp),exp(-drat/10)" },
		{ "mpg ~ poly(wt, 3) - 1 + `cyl`", "poly(wt, 3)1,"
		    "poly(wt, 3)2,poly(wt, 3)3,cyl" },
		{ "mpg ~ scale(wt) + log(hp, 2) + log(disp, base = 10) + "
		    "I(qsec > 18) + I(cyl == 6):wt", "(Intercept),scale(wt),"
		    "log(hp, 2),log(disp, base = 10),I(qsec > 18)TRUE,"
		    "I(cyl == 6)FALSE:wt,I(cyl == 6)TRUE:wt" },
		{ "mpg ~ I(wt<=3) + I(hp>=300) + I(gear!=4)", "(Intercept),"
		    "I(wt <= 3)TRUE,I(hp >= 300)TRUE,I(gear != 4)TRUE" },
		{ "mpg ~ factor(am)/(wt + hp)", "(Intercept),factor(am)1,"
		    "factor(am)0:wt,factor(am)1:wt,factor(am)0:hp,"
		    "factor(am)1:hp" },
		{ "mpg ~ (factor(am) + hp)/wt", "(Intercept),factor(am)1,hp,"
		    "factor(am)0:hp:wt,factor(am)1:hp:wt" },
		{ "mpg ~ wt:hp %in% factor(am)", "(Intercept),"
		    "wt:hp:factor(am)0,wt:hp:factor(am)1" },
		{ "mpg ~ hp + factor(cyl) %in% factor(am)", "(Intercept),hp,"
		    "factor(cyl)4:factor(am)0,factor(cyl)6:factor(am)0,"
		    "factor(cyl)8:factor(am)0,factor(cyl)4:factor(am)1,"
		    "factor(cyl)6:factor(am)1,factor(cyl)8:factor(am)1" },
		{ "mpg ~ ns(hp, 2) + bs(wt, df = 3, degree = 1)",
		    "(Intercept),ns(hp, 2)1,ns(hp, 2)2,"
		    "bs(wt, df = 3, degree = 1)1,bs(wt, df = 3, degree = 1)2,"
		    "bs(wt, df = 3, degree = 1)3" },
		{ "mpg ~ poly(wt, 2, raw = TRUE) + poly(hp,2,raw=T)",
		    "(Intercept),poly(wt, 2, raw = TRUE)1,"
		    "poly(wt, 2, raw = TRUE)2,poly(hp, 2, raw = T)1,"
		    "poly(hp, 2, raw = T)2" },
		{ "mpg~wt+I(hp*2+1)", "(Intercept),wt,I(hp * 2 + 1)" },
		{ "mpg ~ 0 + factor(cyl) + factor(am)", "factor(cyl)4,"
		    "factor(cyl)6,factor(cyl)8,factor(am)1" },
		{ "mpg ~ factor(am) + factor(cyl):factor(am)", "(Intercept),"
		    "factor(am)1,factor(am)0:factor(cyl)6,factor(am)1:"
		    "factor(cyl)6,factor(am)0:factor(cyl)8,factor(am)1:"
		    "factor(cyl)8" },
		{ "mpg ~ 0 + 1", "(Intercept)" },
		{ "mpg ~ (wt + 0)", "wt" },
		{ "mpg ~ 1 + wt - 1", "wt" },
		{ "mpg ~ -1 + wt:factor(am) + factor(cyl)", "factor(cyl)4,"
		    "factor(cyl)6,factor(cyl)8,wt:factor(am)0,wt:factor(am)1" },
	};
	struct frame *f = unit_read_frame("mtcars.csv");
	size_t k, j, len;
	char buf[4096];

	(void)state;
	for (k = 0; k < N(cases); k++) {
		struct formula *fm;
		struct formula_design *ds;
		struct diag d;

		assert_int_equal(formula_parse(cases[k].text, &fm, &d), 0);
		assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds,
		    &d), 0);
		for (j = len = 0; j < ds->p && len < sizeof(buf); j++)
			len += snprintf(buf + len, sizeof(buf) - len, "%s%s",
			    j ? "," : "", ds->name[j]);
		if (strcmp(buf, cases[k].names) != 0) {
			print_error("%s: %s\n", cases[k].text, buf);
			fail();
		}
		formula_design_free(ds);
		formula_free(fm);
	}
	frame_free(f);
}

static void
formula_parse__malformed__names_the_character(void **state)
{
	static const struct {
		const char *text, *msg;
	} cases[] = {
		{ "mpg ~ wt +", "formula \"mpg ~ wt +\": expected a name or "
		    "a number at the end (character 11)" },
		{ "mpg wt", "formula \"mpg wt\": expected \"~\" at character "
		    "5 (\"w\")" },
		{ "mpg ~ frob(wt)", "formula \"mpg ~ frob(wt)\": unknown "
		    "function (known: I, abs, atan, bs, cbind, cos, exp, factor, "
		    "log, log10, log2, ns, offset, pnorm, poly, scale, sin, "
		    "sqrt) at character 7 "
		    "(\"f\")" },
		{ "mpg ~ (wt + hp", "formula \"mpg ~ (wt + hp\": expected "
		    "\")\" at the end (character 15)" },
		{ "mpg ~ wt + 2", "formula \"mpg ~ wt + 2\": a number in a "
		    "formula must be 0 or 1 at character 12 (\"2\")" },
	};
	size_t k;

	(void)state;
	for (k = 0; k < N(cases); k++) {
		struct formula *fm;
		struct diag d;

		assert_int_equal(formula_parse(cases[k].text, &fm, &d), -1);
		assert_int_equal(d.status, STATUS_USAGE);
		assert_string_equal(d.msg, cases[k].msg);
	}
}

static char *const mtcars4[] = { "mpg", "cyl", "disp", "hp" };

/* As attr(terms(FORMULA, data = mtcars[, 1:4]), "term.labels"): the
 * columns the response does not name, quoted, in parentheses. */
static void
formula_expand_dot__the_columns_the_response_does_not_name(void **state)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		{ "mpg ~ .", "mpg ~ (`cyl` + `disp` + `hp`)" },
		{ "log(mpg) ~ . - hp", "log(mpg) ~ (`cyl` + `disp` + `hp`) - hp" },
		{ "mpg ~ wt", "mpg ~ wt" },
	};
	size_t k;

	(void)state;
	for (k = 0; k < N(cases); k++) {
		char *got = formula_expand_dot(cases[k].text, mtcars4, 4);

		assert_string_equal(got, cases[k].want);
		free(got);
	}
}

/* The columns read: those named on either side, "." as every other. */
static void
formula_columns__marks_what_the_formula_reads(void **state)
{
	unsigned char keep[4];
	struct diag d;

	(void)state;
	memset(keep, 0, sizeof(keep));
	assert_int_equal(formula_columns("log(hp) ~ I(cyl^2)", mtcars4, 4,
	    keep, &d), 0);
	assert_true(!keep[0] && keep[1] && !keep[2] && keep[3]);
	memset(keep, 0, sizeof(keep));
	assert_int_equal(formula_columns("disp ~ .", mtcars4, 4, keep, &d),
	    0);
	assert_true(keep[0] && keep[1] && keep[2] && keep[3]);
	assert_int_equal(formula_columns("disp ~ (", mtcars4, 4, keep, &d),
	    -1);
	assert_int_equal(d.status, STATUS_USAGE);
}

/*
 * poly(wt, 3) is R's orthogonal basis over the rows of the fit, and new
 * data is coded with the fit's alpha and norm2 as R's predict.poly does:
 * formula_design_levels() with the levels (and numbers) of the fit.
 */
static void
formula_design__poly__orthogonal_as_r(void **state)
{
	struct frame *f = unit_read_frame("mtcars.csv"), *g;
	struct formula *fm;
	struct formula_design *ds, *dn;
	struct diag d;
	size_t i, j;

	(void)state;
	assert_int_equal(formula_parse("mpg ~ poly(wt, 3)", &fm, &d), 0);
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds, &d), 0);
	assert_int_equal(ds->p, 4);
	assert_int_equal(N(poly_wt3), 3 * ds->n);
	for (j = 1; j < 4; j++)
		for (i = 0; i < ds->n; i++)
			assert_near(ds->x[j * ds->n + i],
			    poly_wt3[(j - 1) * ds->n + i], 1e-12);
	assert_int_equal(ds->levels.np, 1);
	assert_string_equal(ds->levels.pvar[0], "poly(wt, 3)");
	g = frame_of("wt\n1.2\n2.5\n3.3\n6.1\n");
	assert_int_equal(formula_design_levels(fm, g, FORMULA_NONE,
	    FORMULA_NO_RESPONSE, &ds->levels, &dn, &d), 0);
	for (j = 1; j < 4; j++)
		for (i = 0; i < 4; i++)
			assert_near(dn->x[j * 4 + i],
			    poly_wt3_new[(j - 1) * 4 + i], 1e-12);
	formula_design_free(dn);
	/* without the numbers of the fit: an error, not a new basis */
	assert_int_equal(formula_design_levels(fm, g, FORMULA_NONE,
	    FORMULA_NO_RESPONSE, &(struct formula_levels){ 0 }, &dn, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	frame_free(g);
	formula_design_free(ds);
	formula_free(fm);
	frame_free(f);
}

/*
 * --ref: the level first (R's relevel()), the others in their order; a
 * level not there and a column no categorical variable reads are usage
 * errors; scale() keeps the mean and sd of the fit for new data.
 */
static void
formula_ref__relevels_as_r(void **state)
{
	struct frame *f = unit_read_frame("mtcars.csv"), *g;
	struct formula *fm;
	struct formula_design *ds, *dn;
	struct diag d;
	const char *want[] = { "(Intercept)", "factor(cyl)4", "factor(cyl)6",
		"scale(wt)" };
	size_t j;

	(void)state;
	assert_int_equal(formula_parse("mpg ~ factor(cyl) + scale(wt)", &fm,
	    &d), 0);
	assert_int_equal(formula_ref(fm, "cyl=8", &d), 0);
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds, &d), 0);
	for (j = 0; j < 4; j++)
		assert_string_equal(ds->name[j], want[j]);
	assert_string_equal(ds->levels.level[0][0], "8");
	/* mean(mtcars$wt) and sd(mtcars$wt) */
	assert_near(ds->levels.par[0][0], 3.21725, 1e-15);
	assert_near(ds->levels.par[0][1], 0.97845744298969672, 1e-14);
	g = frame_of("cyl,wt\n8,4.19\n4,2.24\n");
	assert_int_equal(formula_design_levels(fm, g, FORMULA_NONE,
	    FORMULA_NO_RESPONSE, &ds->levels, &dn, &d), 0);
	assert_near(dn->x[3 * 2 + 0], 0.99416689705762051, 1e-13);
	assert_near(dn->x[1 * 2 + 0], 0, 0);
	assert_near(dn->x[1 * 2 + 1], 1, 0);
	formula_design_free(dn);
	frame_free(g);
	formula_design_free(ds);
	formula_free(fm);
	assert_int_equal(formula_parse("mpg ~ factor(cyl)", &fm, &d), 0);
	assert_int_equal(formula_ref(fm, "cyl=5", &d), 0);
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	formula_free(fm);
	assert_int_equal(formula_parse("mpg ~ wt", &fm, &d), 0);
	assert_int_equal(formula_ref(fm, "wt=2", &d), 0);
	assert_int_equal(formula_design(fm, f, FORMULA_NONE, 0, &ds, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	assert_int_equal(formula_ref(fm, "=2", &d), -1);
	assert_int_equal(formula_ref(fm, "wt=", &d), -1);
	formula_free(fm);
	frame_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(formula_design__terms__named_as_r),
		cmocka_unit_test(formula_parse__malformed__names_the_character),
		cmocka_unit_test(formula_expand_dot__the_columns_the_response_does_not_name),
		cmocka_unit_test(formula_columns__marks_what_the_formula_reads),
		cmocka_unit_test(formula_design__poly__orthogonal_as_r),
		cmocka_unit_test(formula_ref__relevels_as_r),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
