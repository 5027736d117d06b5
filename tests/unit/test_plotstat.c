/* plotstat: the numbers behind the pictures, against R (scripts/gen-fixtures-plot.R). */
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "frame/frame.h"
#include "plot/plotstat.h"
#include "unit.h"

#define REL	1e-9

/* The non-missing values of a column of a testdata file, of the rows
 * whose column key holds val (key NULL: every row); caller frees. */
static double *
load_where(const char *file, const char *col, const char *key,
    const char *val, size_t *n)
{
	struct frame_opts o = { .delim = ',' };
	char *files[1];
	struct frame *f;
	struct diag d;
	double *x;
	size_t j, k = 0, i;

	files[0] = (char *)file;
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	for (j = 0; j < f->ncols && strcmp(f->col[j].name, col) != 0; j++)
		;
	assert_true(j < f->ncols);
	while (key != NULL && k < f->ncols && strcmp(f->col[k].name, key) != 0)
		k++;
	assert_true(k < f->ncols);
	assert_int_equal(frame_numeric(f, j, &d), 0);
	x = malloc(f->nrows * sizeof(*x));
	for (*n = i = 0; i < f->nrows; i++)
		if (!isnan(f->col[j].num[i]) && (key == NULL ||
		    strcmp(frame_text(f, k, i), val) == 0))
			x[(*n)++] = f->col[j].num[i];
	frame_free(f);
	return x;
}

static double *
load(const char *file, const char *col, size_t *n)
{
	return load_where(file, col, NULL, NULL, n);
}

static void
plotstat_density__faithful__matches_r(void **state)
{
	double gx[512], gy[512], *x;
	size_t n;
	struct diag d;

	(void)state;
	x = load("testdata/faithful.csv", "eruptions", &n);
	/* bw.nrd0(faithful$eruptions) */
	assert_rel(plotstat_bw_nrd0(x, n), 0.33477703446394325, REL);
	assert_int_equal(plotstat_density(x, n, plotstat_bw_nrd0(x, n), 512,
	    gx, gy, &d), 0);
	/* density(faithful$eruptions)$x[c(1,100,256,400,512)] */
	assert_rel(gx[0], 0.59566889660817024, REL);
	assert_rel(gx[99], 1.6629048231670398, REL);
	assert_rel(gx[511], 6.1043311033918295, REL);
	/* density(faithful$eruptions)$y[c(1,100,256,400,512)] */
	assert_rel(gy[0], 0.0003406783312343226, 1e-7);
	assert_rel(gy[99], 0.24706044913359643, REL);
	assert_rel(gy[255], 0.11149299532978012, REL);
	assert_rel(gy[399], 0.27781387529084994, REL);
	assert_rel(gy[511], 0.0002261507385284937, 1e-7);
	free(x);
}

static void
plotstat_density__mpg__matches_r(void **state)
{
	double gx[512], gy[512], *x;
	size_t n;
	struct diag d;

	(void)state;
	x = load("testdata/mtcars.csv", "mpg", &n);
	/* density(mtcars$mpg)$bw */
	assert_rel(plotstat_bw_nrd0(x, n), 2.4766791044776122, REL);
	assert_int_equal(plotstat_density(x, n, plotstat_bw_nrd0(x, n), 512,
	    gx, gy, &d), 0);
	/* density(mtcars$mpg)$y[c(50,200,300)] */
	assert_rel(gy[49], 0.0034733681032875392, REL);
	assert_rel(gy[199], 0.06795428709078985, REL);
	assert_rel(gy[299], 0.02779466800391267, REL);
	free(x);
}

/*
 * pairs --diag density: each group's density() (bw.nrd0, 512 points),
 * as density(iris$Sepal.Width[iris$Species == s]): the peak's values to
 * 1e-9, the tails (values near 1e-3, where the binned FFT's rounding
 * shows) to 1e-12 absolute.
 */
static void
plotstat_density__by_group__matches_r(void **state)
{
	static const char *const sp[2] = { "setosa", "virginica" };
	static const double want[2][11] = {
		{ 0.14589396246188957, 1.8623181126143311, 2.4387584525406765,
		  3.3470886851518871, 4.1855473614083891, 4.8376818873856688,
		  0.0006131769852688833, 0.035408822711700413,
		  1.0385997627586705, 0.16710256317918901,
		  0.00061732430546862645 },
		{ 0.11517944404886032, 1.8544616678534191, 2.2983297495853625,
		  2.9977582420114546, 3.6433845427124627, 4.1455383321465806,
		  0.00077998790250872032, 0.11339144180987958,
		  1.3334885173894844, 0.13724517886388699,
		  0.0015608485068131371 },
	};
	static const size_t at[5] = { 0, 99, 255, 399, 511 };
	double gx[512], gy[512], *x;
	size_t n, g, i;
	struct diag d;

	(void)state;
	for (g = 0; g < 2; g++) {
		x = load_where("testdata/iris.csv", "Sepal.Width", "Species",
		    sp[g], &n);
		assert_int_equal(n, 50);
		assert_rel(plotstat_bw_nrd0(x, n), want[g][0], REL);
		assert_int_equal(plotstat_density(x, n, plotstat_bw_nrd0(x, n),
		    512, gx, gy, &d), 0);
		for (i = 0; i < 5; i++) {
			assert_rel(gx[at[i]], want[g][1 + i], REL);
			if (i == 0 || i == 4)
				assert_true(fabs(gy[at[i]] - want[g][6 + i]) <
				    1e-12);
			else
				assert_rel(gy[at[i]], want[g][6 + i], REL);
		}
		free(x);
	}
}

static void
check_hist(const char *file, const char *col, long bins, const double *wb,
    size_t wnb, const double *wc)
{
	double *x, *b, c[64];
	size_t n, nb, i;

	x = load(file, col, &n);
	plotstat_hist_breaks(x, n, bins, &b, &nb);
	assert_int_equal(nb, wnb);
	plotstat_hist_counts(x, n, b, nb, c);
	for (i = 0; i < nb; i++)
		if (wb != NULL)
			assert_rel(b[i], wb[i], REL);
	for (i = 0; i + 1 < nb; i++)
		assert_true(c[i] == wc[i]);
	free(b);
	free(x);
}

static void
plotstat_hist__fd_and_equal__match_r(void **state)
{
	/* hist(faithful$waiting, breaks = "FD") */
	static const double wb[] = { 40, 45, 50, 55, 60, 65, 70, 75, 80, 85,
	    90, 95, 100 };
	static const double wc[] = { 4, 22, 33, 24, 14, 10, 27, 54, 55, 23,
	    5, 1 };
	/* hist(airquality$Ozone, breaks = "FD") */
	static const double ob[] = { 0, 20, 40, 60, 80, 100, 120, 140, 160,
	    180 };
	static const double oc[] = { 37, 34, 14, 15, 9, 4, 2, 0, 1 };
	/* hist(mtcars$mpg, breaks = seq(min, max, length.out = 7)) */
	static const double mc[] = { 4, 10, 9, 4, 1, 4 };
	size_t n;
	double *x;

	(void)state;
	x = load("testdata/faithful.csv", "waiting", &n);
	assert_int_equal(plotstat_nclass_fd(x, n), 8);	/* nclass.FD(waiting) */
	free(x);
	check_hist("testdata/faithful.csv", "waiting", 0, wb, 13, wc);
	check_hist("testdata/airquality.csv", "Ozone", 0, ob, 10, oc);
	check_hist("testdata/mtcars.csv", "mpg", 6, NULL, 7, mc);
}

static void
plotstat_pretty__range__matches_r(void **state)
{
	double *b;
	size_t nb;

	(void)state;
	/* pretty(c(0.123, 7.7), 5, min.n = 1) */
	plotstat_pretty(0.123, 7.7, 5, 1, &b, &nb);
	assert_int_equal(nb, 5);
	assert_true(b[0] == 0 && b[1] == 2 && b[4] == 8);
	free(b);
}

static void
plotstat_box__ozone_mpg__match_boxplot_stats(void **state)
{
	struct plotstat_box b;
	double *x, out[200];
	size_t n;

	(void)state;
	x = load("testdata/airquality.csv", "Ozone", &n);
	plotstat_box(x, n, &b, out);
	/* boxplot.stats(airquality$Ozone): 1 18 31.5 63.5 122, out 135 168 */
	assert_true(b.lo == 1 && b.q1 == 18 && b.median == 31.5 &&
	    b.q3 == 63.5 && b.hi == 122);
	assert_int_equal(b.nout, 2);
	assert_true(out[0] == 135 && out[1] == 168);
	free(x);
	x = load("testdata/mtcars.csv", "mpg", &n);
	plotstat_box(x, n, &b, NULL);
	/* boxplot.stats(mtcars$mpg)$stats */
	assert_rel(b.lo, 10.4, REL);
	assert_rel(b.q1, 15.35, REL);
	assert_rel(b.median, 19.2, REL);
	assert_rel(b.q3, 22.8, REL);
	assert_rel(b.hi, 33.9, REL);
	assert_int_equal(b.nout, 0);
	free(x);
}

static void
plotstat_qq__mpg_ctrl__match_qqnorm(void **state)
{
	double *x, qx[64], qy[64], a, s;
	size_t n;

	(void)state;
	x = load("testdata/mtcars.csv", "mpg", &n);
	plotstat_qqnorm(x, n, qx, qy);
	/* qqnorm(mtcars$mpg)$x[order(mpg)][c(1,16,32)] */
	assert_rel(qx[0], -2.1538746940614555, REL);
	assert_rel(qx[15], -0.039176085503097639, REL);
	assert_rel(qx[31], 2.1538746940614555, REL);
	assert_true(qy[0] == 10.4 && qy[31] == 33.9);
	plotstat_qqline(x, n, &a, &s);
	/* qqline(mtcars$mpg): quartiles against qnorm(c(.25, .75)) */
	assert_rel(a, 19.112500000000001, REL);
	assert_rel(s, 5.4670956807394075, REL);
	free(x);
	x = load("testdata/PlantGrowth.csv", "weight", &n);
	/* the first 10 are ctrl: ppoints(10) uses a = 3/8 */
	plotstat_qqnorm(x, 10, qx, qy);
	assert_rel(qx[0], -1.54663527139923, REL);
	assert_rel(qx[2], -0.65542350523442672, REL);
	assert_rel(qx[9], 1.5466352713992295, REL);
	free(x);
}

static void
plotstat_mean_ci__vc__matches_t_test(void **state)
{
	double *x, m, lo, hi;
	size_t n;

	(void)state;
	x = load("testdata/ToothGrowth.csv", "len", &n);
	/* the first 30 rows are supp VC: t.test(len[supp == "VC"])$conf.int */
	plotstat_mean_ci(x, 30, 0.95, &m, &lo, &hi);
	assert_rel(m, 16.963333333333335, REL);
	assert_rel(lo, 13.876747503329197, REL);
	assert_rel(hi, 20.049919163337474, REL);
	plotstat_mean_ci(x, 1, 0.95, &m, &lo, &hi);
	assert_true(isnan(lo) && isnan(hi));
	free(x);
}

static void
plotstat_ecdf__ties__fraction_at_or_below(void **state)
{
	static const double x[] = { 3, 1, 2, 2 };
	double sx[4], sp[4];

	(void)state;
	plotstat_ecdf(x, 4, sx, sp);
	assert_true(sx[0] == 1 && sx[3] == 3);
	assert_true(sp[0] == 0.25 && sp[2] == 0.75 && sp[3] == 1);
}

static void
plotstat_swarm__marks__never_overlap(void **state)
{
	static const double ties[] = { 5, 5, 5, 1 };
	double y[200], off[200], u, v, dx = 0.05, dy = 0.3;
	size_t i, j, n = 200;

	(void)state;
	/* three equal values: the centre, then touching on either side */
	assert_int_equal(plotstat_swarm(ties, 4, 0.1, 1, 0.45, off), 0);
	assert_true(off[3] == 0);
	assert_true(fabs(off[0] + off[1] + off[2]) < 1e-12);
	assert_true(fabs(fabs(off[0]) + fabs(off[1]) + fabs(off[2]) - 0.2) <
	    1e-12);
	assert_true(off[0] * off[1] * off[2] == 0);
	/* 200 values in a heap: no two marks overlap, none clamped */
	for (i = 0; i < n; i++)
		y[i] = (double)((i * 37) % 101) / 10;
	assert_int_equal(plotstat_swarm(y, n, dx, dy, 10, off), 0);
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			u = (off[i] - off[j]) / dx;
			v = (y[i] - y[j]) / dy;
			assert_true(u * u + v * v >= 1 - 1e-6);
		}
	/* a narrow room: the ones that do not fit are clamped and counted */
	assert_true(plotstat_swarm(y, n, dx, dy, 0.1, off) > 0);
	for (i = 0; i < n; i++)
		assert_true(fabs(off[i]) <= 0.1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(plotstat_density__faithful__matches_r),
		cmocka_unit_test(plotstat_density__mpg__matches_r),
		cmocka_unit_test(plotstat_density__by_group__matches_r),
		cmocka_unit_test(plotstat_hist__fd_and_equal__match_r),
		cmocka_unit_test(plotstat_pretty__range__matches_r),
		cmocka_unit_test(plotstat_box__ozone_mpg__match_boxplot_stats),
		cmocka_unit_test(plotstat_qq__mpg_ctrl__match_qqnorm),
		cmocka_unit_test(plotstat_mean_ci__vc__matches_t_test),
		cmocka_unit_test(plotstat_ecdf__ties__fraction_at_or_below),
		cmocka_unit_test(plotstat_swarm__marks__never_overlap),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
