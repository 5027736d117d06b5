/* smooth: lowess, loess (direct and interpolated, with its band) and the
 * polynomial band against R (scripts/gen-fixtures-plot.R). */
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "stats/smooth.h"
#include "unit.h"

#define REL	1e-12

/* Columns a and b of a testdata file, rows where both are present. */
static size_t
load2(const char *file, const char *a, const char *b, double **x, double **y)
{
	struct frame_opts o = { .delim = ',' };
	char *files[1];
	struct frame *f;
	struct diag d;
	size_t ja, jb, i, n = 0;

	files[0] = (char *)file;
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	for (ja = 0; ja < f->ncols && strcmp(f->col[ja].name, a) != 0; ja++)
		;
	for (jb = 0; jb < f->ncols && strcmp(f->col[jb].name, b) != 0; jb++)
		;
	assert_true(ja < f->ncols && jb < f->ncols);
	assert_int_equal(frame_numeric(f, ja, &d), 0);
	assert_int_equal(frame_numeric(f, jb, &d), 0);
	*x = malloc(f->nrows * sizeof(**x));
	*y = malloc(f->nrows * sizeof(**y));
	for (i = 0; i < f->nrows; i++)
		if (!isnan(f->col[ja].num[i]) && !isnan(f->col[jb].num[i])) {
			(*x)[n] = f->col[ja].num[i];
			(*y)[n++] = f->col[jb].num[i];
		}
	frame_free(f);
	return n;
}

static void
smooth_lowess__defaults__match_r(void **state)
{
	double *x, *y, xs[50], ys[50], mx[32], my[32];
	size_t n;
	struct diag d;

	(void)state;
	n = load2("testdata/cars.csv", "speed", "dist", &x, &y);
	assert_int_equal(n, 50);
	assert_int_equal(smooth_lowess(x, y, n, 2.0 / 3, 3, -1, xs, ys, &d), 0);
	/* lowess(cars)$y[c(1,10,25,40,50)] */
	assert_rel(ys[0], 4.9654592771868815, REL);
	assert_rel(ys[9], 24.129277148926491, REL);
	assert_rel(ys[24], 36.757728341649717, REL);
	assert_rel(ys[39], 56.491224092877154, REL);
	assert_rel(ys[49], 84.328698096834188, REL);
	free(x);
	free(y);
	/* unsorted x: lowess(mtcars$wt, mtcars$mpg) */
	n = load2("testdata/mtcars.csv", "wt", "mpg", &x, &y);
	assert_int_equal(smooth_lowess(x, y, n, 2.0 / 3, 3, -1, mx, my, &d), 0);
	assert_rel(mx[0], 1.513, REL);
	assert_rel(mx[15], 3.215, REL);
	assert_rel(mx[31], 5.424, REL);
	assert_rel(my[0], 31.507092675982893, REL);
	assert_rel(my[15], 19.177434958506154, REL);
	assert_rel(my[31], 11.47828525492131, REL);
	free(x);
	free(y);
}

static void
smooth_lowess__span_iter_delta__match_r(void **state)
{
	double *x, *y, *xs, *ys;
	size_t n;
	struct diag d;

	(void)state;
	/* lowess(waiting, eruptions, f = 0.3, iter = 0): ties, no
	 * robustness */
	n = load2("testdata/faithful.csv", "waiting", "eruptions", &x, &y);
	xs = malloc(n * sizeof(*xs));
	ys = malloc(n * sizeof(*ys));
	assert_int_equal(smooth_lowess(x, y, n, 0.3, 0, -1, xs, ys, &d), 0);
	assert_rel(ys[0], 1.9086739927301188, REL);
	assert_rel(ys[59], 2.0303655300652994, REL);
	assert_rel(ys[135], 4.3116442821286771, REL);
	assert_rel(ys[199], 4.3269221424885504, REL);
	assert_rel(ys[271], 4.7120549087092209, REL);
	free(x);
	free(y);
	free(xs);
	free(ys);
	/* lowess(Temp, Wind, delta = 0): a fit at every point */
	n = load2("testdata/airquality.csv", "Temp", "Wind", &x, &y);
	xs = malloc(n * sizeof(*xs));
	ys = malloc(n * sizeof(*ys));
	assert_int_equal(smooth_lowess(x, y, n, 2.0 / 3, 3, 0, xs, ys, &d), 0);
	assert_rel(ys[0], 13.670015945463945, REL);
	assert_rel(ys[49], 10.284734485406537, REL);
	assert_rel(ys[99], 9.3849493022658113, REL);
	assert_rel(ys[152], 5.8942747355627763, REL);
	free(x);
	free(y);
	free(xs);
	free(ys);
}

static void
smooth_loess__direct__matches_r(void **state)
{
	static const double at1[] = { 4, 10.5, 15, 25 };
	static const double at2[] = { 1.513, 3, 5.424 };
	double *x, *y, fit[4];
	size_t n;
	struct diag d;

	(void)state;
	/* loess(dist ~ speed, cars, surface = "direct") */
	n = load2("testdata/cars.csv", "speed", "dist", &x, &y);
	assert_int_equal(smooth_loess(x, y, n, 0.75, 2, SMOOTH_DIRECT, at1, 4,
	    0.95, fit, NULL, NULL, NULL, &d), 0);
	assert_rel(fit[0], 5.8870567519925441, 1e-10);
	assert_rel(fit[1], 23.720854415497936, 1e-10);
	assert_rel(fit[2], 41.205226197755991, 1e-10);
	assert_rel(fit[3], 95.30052251287303, 1e-10);
	free(x);
	free(y);
	/* loess(mpg ~ wt, span = 0.5, degree = 1, surface = "direct") */
	n = load2("testdata/mtcars.csv", "wt", "mpg", &x, &y);
	assert_int_equal(smooth_loess(x, y, n, 0.5, 1, SMOOTH_DIRECT, at2, 3,
	    0.95, fit, NULL, NULL, NULL, &d), 0);
	assert_rel(fit[0], 32.451415338299377, 1e-10);
	assert_rel(fit[1], 20.683122074591058, 1e-10);
	assert_rel(fit[2], 11.610658654056166, 1e-10);
	/* too few points in a neighbourhood */
	assert_int_equal(smooth_loess(x, y, 3, 0.75, 2, SMOOTH_DIRECT, at2, 3,
	    0.95, fit, NULL, NULL, NULL, &d), -1);
	free(x);
	free(y);
}

/*
 * R's default loess (surface = "interpolate", statistics = "approximate")
 * and predict(se = TRUE): the k-d tree's vertices, the interpolated fit,
 * se.fit, the band's df and the fit's statistics.
 */
static void
check_interpolate(const char *file, const char *a, const char *b,
    const double *at, const double *want, size_t nv)
{
	double *x, *y, fit[4], lo[4], hi[4], t;
	struct smooth_loess_stats st;
	size_t n, i;
	struct diag d;

	n = load2(file, a, b, &x, &y);
	assert_int_equal(smooth_loess(x, y, n, 0.75, 2, SMOOTH_INTERPOLATE,
	    at, 4, 0.95, fit, lo, hi, &st, &d), 0);
	assert_int_equal(st.nv, nv);
	assert_rel(st.trace, want[8], 1e-9);
	assert_rel(st.delta1, want[9], 1e-9);
	assert_rel(st.delta2, want[10], 1e-9);
	assert_rel(st.df, want[11], 1e-9);
	t = gsl_cdf_tdist_Pinv(0.975, want[11]);
	for (i = 0; i < 4; i++) {
		assert_rel(fit[i], want[i], 1e-9);
		/* the band: fit -+ qt(0.975, df) se.fit */
		assert_rel((hi[i] - lo[i]) / (2 * t), want[4 + i], 1e-9);
	}
	free(x);
	free(y);
}

static void
smooth_loess__interpolate__matches_r(void **state)
{
	static const double at1[4] = { 4, 10.5, 15, 25 };
	static const double at2[4] = { 43, 60, 70.5, 96 };
	/* fit, se.fit (4 each), trace.hat, one.delta, two.delta, df */
	static const double cars[12] = { 5.8936279902916553,
	    23.64332405032679, 41.205226197755991, 95.324047436889501,
	    9.8854664960811611, 3.9635818064355299, 4.7095679482046622,
	    8.3020144896404027, 5.2387806128773269, 44.301543082570483,
	    43.987427819289742, 44.617901450381709 };
	static const double faith[12] = { 2.163850795386451,
	    2.3081890810890986, 3.6620240526649752, 4.3925474012568069,
	    0.11927056777686487, 0.048935290245286506, 0.049591044218893834,
	    0.15449184070353941, 4.7885378469840489, 266.82049016554703,
	    266.50917659879735, 267.13216738257728 };

	(void)state;
	/* loess(dist ~ speed, cars): 11 vertices */
	check_interpolate("testdata/cars.csv", "speed", "dist", at1, cars, 11);
	/* loess(eruptions ~ waiting, faithful): ties at the medians */
	check_interpolate("testdata/faithful.csv", "waiting", "eruptions", at2,
	    faith, 9);
}

static void
smooth_poly__cubic__matches_predict_lm(void **state)
{
	static const double at[] = { 1.513, 3, 5.424 };
	double *x, *y, fit[3], lo[3], hi[3];
	size_t n;
	struct diag d;

	(void)state;
	/* predict(lm(mpg ~ poly(wt, 3)), interval = "confidence") */
	n = load2("testdata/mtcars.csv", "wt", "mpg", &x, &y);
	assert_int_equal(smooth_poly(x, y, n, 3, at, 3, 0.95, fit, lo, hi,
	    &d), 0);
	assert_rel(fit[0], 32.248200535199182, 1e-10);
	assert_rel(fit[1], 20.370457781267081, 1e-10);
	assert_rel(fit[2], 11.871151643357186, 1e-10);
	assert_rel(lo[0], 28.53790203538394, 1e-10);
	assert_rel(lo[1], 18.947358375725802, 1e-10);
	assert_rel(lo[2], 8.3254748570723756, 1e-10);
	assert_rel(hi[0], 35.95849903501442, 1e-10);
	assert_rel(hi[1], 21.793557186808361, 1e-10);
	assert_rel(hi[2], 15.416828429641996, 1e-10);
	/* degree 3 through 3 distinct x cannot be fitted */
	{
		static const double t[] = { 1, 1, 2, 2, 3, 3 };

		assert_int_equal(smooth_poly(t, t, 6, 3, at, 3, 0.95, fit, lo,
		    hi, &d), -1);
	}
	free(x);
	free(y);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(smooth_lowess__defaults__match_r),
		cmocka_unit_test(smooth_lowess__span_iter_delta__match_r),
		cmocka_unit_test(smooth_loess__direct__matches_r),
		cmocka_unit_test(smooth_loess__interpolate__matches_r),
		cmocka_unit_test(smooth_poly__cubic__matches_predict_lm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
