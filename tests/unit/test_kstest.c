/* Unit tests of lib/stats/kstest.c against R (scripts/gen-fixtures-kstest.R). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "core/diag.h"
#include "stats/dist.h"
#include "frame/frame.h"
#include "io/out.h"
#include "stats/kstest.h"

struct one {
	const char		*file, *column;
	size_t			 a, b;		/* rows a..b, 1-based */
	const char		*dist;
	double			 par[DIST_MAXPAR];
	enum alt		 alt;
	enum kstest_exact	 ex;
	double			 statistic, p_value;
	int			 exact;
};

struct two {
	const char		*file, *x;
	size_t			 xa, xb;
	const char		*y;
	size_t			 ya, yb;
	enum alt		 alt;
	enum kstest_exact	 ex;
	double			 statistic, p_value;
	int			 exact;
};

/* clang-format off */
static const struct one ones[] = {
	{ "faithful.csv", "eruptions", 1, 272, "norm", { 3.5, 1.1000000000000001 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.18263479931309323, 2.6338648373425144e-08, 0 },	/* ks.test(eruptions[1:272], "pnorm", 3.5, 1.1000000000000001, alternative = "two.sided") */
	{ "faithful.csv", "eruptions", 1, 272, "norm", { 3.5, 1.1000000000000001 }, ALT_LESS, KSTEST_AUTO, 0.18263479931309323, 1.3169324194027641e-08, 0 },	/* ks.test(eruptions[1:272], "pnorm", 3.5, 1.1000000000000001, alternative = "less") */
	{ "faithful.csv", "eruptions", 1, 272, "norm", { 3.5, 1.1000000000000001 }, ALT_GREATER, KSTEST_AUTO, 0.17213512668714145, 9.9910305271479321e-08, 0 },	/* ks.test(eruptions[1:272], "pnorm", 3.5, 1.1000000000000001, alternative = "greater") */
	{ "faithful.csv", "eruptions", 1, 40, "norm", { 3.5, 1.1000000000000001 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.2157154209213365, 0.048338914238421071, 0 },	/* ks.test(eruptions[1:40], "pnorm", 3.5, 1.1000000000000001, alternative = "two.sided") */
	{ "faithful.csv", "eruptions", 1, 40, "norm", { 3.5, 1.1000000000000001 }, ALT_LESS, KSTEST_AUTO, 0.06895114408861891, 0.68362837412485888, 0 },	/* ks.test(eruptions[1:40], "pnorm", 3.5, 1.1000000000000001, alternative = "less") */
	{ "faithful.csv", "eruptions", 1, 40, "norm", { 3.5, 1.1000000000000001 }, ALT_GREATER, KSTEST_AUTO, 0.2157154209213365, 0.024169798384494463, 0 },	/* ks.test(eruptions[1:40], "pnorm", 3.5, 1.1000000000000001, alternative = "greater") */
	{ "mtcars.csv", "mpg", 1, 32, "norm", { 20, 6 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.1200436743170763, 0.7457363481692818, 0 },	/* ks.test(mpg[1:32], "pnorm", 20, 6, alternative = "two.sided") */
	{ "mtcars.csv", "mpg", 1, 32, "norm", { 20, 6 }, ALT_LESS, KSTEST_AUTO, 0.083481780311220888, 0.64016502185828739, 0 },	/* ks.test(mpg[1:32], "pnorm", 20, 6, alternative = "less") */
	{ "mtcars.csv", "mpg", 1, 32, "norm", { 20, 6 }, ALT_GREATER, KSTEST_AUTO, 0.1200436743170763, 0.39761504730281055, 0 },	/* ks.test(mpg[1:32], "pnorm", 20, 6, alternative = "greater") */
	{ "mtcars.csv", "mpg", 1, 32, "norm", { 20, 6 }, ALT_TWO_SIDED, KSTEST_EXACT, 0.1200436743170763, 0.70119063087655964, 1 },	/* ks.test(mpg[1:32], "pnorm", 20, 6, alternative = "two.sided", exact = TRUE) */
	{ "mtcars.csv", "mpg", 1, 32, "norm", { 20, 6 }, ALT_LESS, KSTEST_EXACT, 0.083481780311220888, 0.60698072533614011, 1 },	/* ks.test(mpg[1:32], "pnorm", 20, 6, alternative = "less", exact = TRUE) */
	{ "mtcars.csv", "mpg", 1, 32, "norm", { 20, 6 }, ALT_GREATER, KSTEST_EXACT, 0.1200436743170763, 0.3682901973827668, 1 },	/* ks.test(mpg[1:32], "pnorm", 20, 6, alternative = "greater", exact = TRUE) */
	{ "mtcars.csv", "qsec", 1, 12, "norm", { 18, 1.5 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.16480572586649578, 0.90030941741830972, 0 },	/* ks.test(qsec[1:12], "pnorm", 18, 1.5, alternative = "two.sided") */
	{ "mtcars.csv", "qsec", 1, 12, "norm", { 18, 1.5 }, ALT_LESS, KSTEST_AUTO, 0.16480572586649578, 0.52107449923321192, 0 },	/* ks.test(qsec[1:12], "pnorm", 18, 1.5, alternative = "less") */
	{ "mtcars.csv", "qsec", 1, 12, "norm", { 18, 1.5 }, ALT_GREATER, KSTEST_AUTO, 0.076562629622066017, 0.86876373677633922, 0 },	/* ks.test(qsec[1:12], "pnorm", 18, 1.5, alternative = "greater") */
	{ "rivers.csv", "length", 1, 141, "exp", { 0.0016920473773265651 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.28487347310905331, 2.302237289697473e-10, 0 },	/* ks.test(length[1:141], "pexp", 0.0016920473773265651, alternative = "two.sided") */
	{ "rivers.csv", "length", 1, 141, "exp", { 0.0016920473773265651 }, ALT_LESS, KSTEST_AUTO, 0.28487347310905331, 1.1511188101626219e-10, 0 },	/* ks.test(length[1:141], "pexp", 0.0016920473773265651, alternative = "less") */
	{ "rivers.csv", "length", 1, 141, "exp", { 0.0016920473773265651 }, ALT_GREATER, KSTEST_AUTO, 0.089746940157345953, 0.10317045646686274, 0 },	/* ks.test(length[1:141], "pexp", 0.0016920473773265651, alternative = "greater") */
	{ "precip.csv", "precip", 1, 70, "gamma", { 6, 0.17000000000000001 }, ALT_TWO_SIDED, KSTEST_ASYMPTOTIC, 0.15039523543940281, 0.084285162130794067, 0 },	/* ks.test(precip[1:70], "pgamma", 6, 0.17000000000000001, alternative = "two.sided", exact = FALSE) */
	{ "precip.csv", "precip", 1, 70, "gamma", { 6, 0.17000000000000001 }, ALT_LESS, KSTEST_ASYMPTOTIC, 0.15039523543940281, 0.042145736175498924, 0 },	/* ks.test(precip[1:70], "pgamma", 6, 0.17000000000000001, alternative = "less", exact = FALSE) */
	{ "precip.csv", "precip", 1, 70, "gamma", { 6, 0.17000000000000001 }, ALT_GREATER, KSTEST_ASYMPTOTIC, 0.10597131989967511, 0.20759029241736204, 0 },	/* ks.test(precip[1:70], "pgamma", 6, 0.17000000000000001, alternative = "greater", exact = FALSE) */
	{ "precip.csv", "precip", 1, 60, "gamma", { 6, 0.17000000000000001 }, ALT_TWO_SIDED, KSTEST_EXACT, 0.17420475924892659, 0.046106314125520909, 1 },	/* ks.test(precip[1:60], "pgamma", 6, 0.17000000000000001, alternative = "two.sided", exact = TRUE) */
	{ "precip.csv", "precip", 1, 60, "gamma", { 6, 0.17000000000000001 }, ALT_LESS, KSTEST_EXACT, 0.17420475924892659, 0.023053364988851577, 1 },	/* ks.test(precip[1:60], "pgamma", 6, 0.17000000000000001, alternative = "less", exact = TRUE) */
	{ "precip.csv", "precip", 1, 60, "gamma", { 6, 0.17000000000000001 }, ALT_GREATER, KSTEST_EXACT, 0.090216087888612934, 0.35522954863394296, 1 },	/* ks.test(precip[1:60], "pgamma", 6, 0.17000000000000001, alternative = "greater", exact = TRUE) */
	{ "PlantGrowth.csv", "weight", 1, 30, "unif", { 3, 7 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.22583333333333333, 0.093761818409325293, 0 },	/* ks.test(weight[1:30], "punif", 3, 7, alternative = "two.sided") */
	{ "PlantGrowth.csv", "weight", 1, 30, "unif", { 3, 7 }, ALT_LESS, KSTEST_AUTO, 0.22583333333333333, 0.046885741606721543, 0 },	/* ks.test(weight[1:30], "punif", 3, 7, alternative = "less") */
	{ "PlantGrowth.csv", "weight", 1, 30, "unif", { 3, 7 }, ALT_GREATER, KSTEST_AUTO, 0.17916666666666659, 0.145723882058026, 0 },	/* ks.test(weight[1:30], "punif", 3, 7, alternative = "greater") */
	{ "precip.csv", "precip", 1, 20, "gamma", { 6, 0.17000000000000001 }, ALT_TWO_SIDED, KSTEST_AUTO, 0.17354942122194628, 0.52725920789722747, 1 },	/* ks.test(precip[1:20], "pgamma", 6, 0.17000000000000001, alternative = "two.sided") */
	{ "precip.csv", "precip", 1, 20, "gamma", { 6, 0.17000000000000001 }, ALT_LESS, KSTEST_AUTO, 0.14233802190917189, 0.4065177288589783, 1 },	/* ks.test(precip[1:20], "pgamma", 6, 0.17000000000000001, alternative = "less") */
	{ "precip.csv", "precip", 1, 20, "gamma", { 6, 0.17000000000000001 }, ALT_GREATER, KSTEST_AUTO, 0.17354942122194628, 0.26833064640858528, 1 },	/* ks.test(precip[1:20], "pgamma", 6, 0.17000000000000001, alternative = "greater") */
};

static const struct two twos[] = {
	{ "ToothGrowth.csv", "len", 1, 30, "len", 31, 60, ALT_TWO_SIDED, KSTEST_AUTO, 0.33333333333333331, 0.061707706966164455, 1 },	/* ks.test(len[1:30], len[31:60], alternative = "two.sided") */
	{ "ToothGrowth.csv", "len", 1, 30, "len", 31, 60, ALT_LESS, KSTEST_AUTO, 0.066666666666666666, 0.86510816744555619, 1 },	/* ks.test(len[1:30], len[31:60], alternative = "less") */
	{ "ToothGrowth.csv", "len", 1, 30, "len", 31, 60, ALT_GREATER, KSTEST_AUTO, 0.33333333333333331, 0.030854269258093203, 1 },	/* ks.test(len[1:30], len[31:60], alternative = "greater") */
	{ "mtcars.csv", "mpg", 1, 32, "qsec", 1, 32, ALT_TWO_SIDED, KSTEST_AUTO, 0.40625, 0.0087697956062937621, 1 },	/* ks.test(mpg[1:32], qsec[1:32], alternative = "two.sided") */
	{ "mtcars.csv", "mpg", 1, 32, "qsec", 1, 32, ALT_LESS, KSTEST_AUTO, 0.40625, 0.0043848978419314122, 1 },	/* ks.test(mpg[1:32], qsec[1:32], alternative = "less") */
	{ "mtcars.csv", "mpg", 1, 32, "qsec", 1, 32, ALT_GREATER, KSTEST_AUTO, 0.1875, 0.31775959987350211, 1 },	/* ks.test(mpg[1:32], qsec[1:32], alternative = "greater") */
	{ "mtcars.csv", "wt", 1, 10, "drat", 1, 12, ALT_TWO_SIDED, KSTEST_AUTO, 0.58333333333333337, 0.022129573213156672, 1 },	/* ks.test(wt[1:10], drat[1:12], alternative = "two.sided") */
	{ "mtcars.csv", "wt", 1, 10, "drat", 1, 12, ALT_LESS, KSTEST_AUTO, -1.1102230246251565e-16, 1, 1 },	/* ks.test(wt[1:10], drat[1:12], alternative = "less") */
	{ "mtcars.csv", "wt", 1, 10, "drat", 1, 12, ALT_GREATER, KSTEST_AUTO, 0.58333333333333337, 0.01265452813439627, 1 },	/* ks.test(wt[1:10], drat[1:12], alternative = "greater") */
	{ "iris.csv", "Sepal.Length", 1, 50, "Sepal.Length", 51, 100, ALT_TWO_SIDED, KSTEST_AUTO, 0.78000000000000003, 4.2188474935755949e-15, 1 },	/* ks.test(Sepal.Length[1:50], Sepal.Length[51:100], alternative = "two.sided") */
	{ "iris.csv", "Sepal.Length", 1, 50, "Sepal.Length", 51, 100, ALT_LESS, KSTEST_AUTO, -0, 1, 1 },	/* ks.test(Sepal.Length[1:50], Sepal.Length[51:100], alternative = "less") */
	{ "iris.csv", "Sepal.Length", 1, 50, "Sepal.Length", 51, 100, ALT_GREATER, KSTEST_AUTO, 0.78000000000000003, 3.4416913763379853e-15, 1 },	/* ks.test(Sepal.Length[1:50], Sepal.Length[51:100], alternative = "greater") */
	{ "iris.csv", "Petal.Width", 51, 100, "Petal.Width", 101, 150, ALT_TWO_SIDED, KSTEST_ASYMPTOTIC, 0.88, 0, 0 },	/* ks.test(Petal.Width[51:100], Petal.Width[101:150], alternative = "two.sided", exact = FALSE) */
	{ "iris.csv", "Petal.Width", 51, 100, "Petal.Width", 101, 150, ALT_LESS, KSTEST_ASYMPTOTIC, -0, 1, 0 },	/* ks.test(Petal.Width[51:100], Petal.Width[101:150], alternative = "less", exact = FALSE) */
	{ "iris.csv", "Petal.Width", 51, 100, "Petal.Width", 101, 150, ALT_GREATER, KSTEST_ASYMPTOTIC, 0.88, 0, 0 },	/* ks.test(Petal.Width[51:100], Petal.Width[101:150], alternative = "greater", exact = FALSE) */
	{ "faithful.csv", "eruptions", 1, 150, "eruptions", 151, 272, ALT_TWO_SIDED, KSTEST_AUTO, 0.10469945355191257, 0.45206953929582405, 0 },	/* ks.test(eruptions[1:150], eruptions[151:272], alternative = "two.sided") */
	{ "faithful.csv", "eruptions", 1, 150, "eruptions", 151, 272, ALT_LESS, KSTEST_AUTO, 0.10469945355191257, 0.22877174098053921, 0 },	/* ks.test(eruptions[1:150], eruptions[151:272], alternative = "less") */
	{ "faithful.csv", "eruptions", 1, 150, "eruptions", 151, 272, ALT_GREATER, KSTEST_AUTO, 0.094535519125683073, 0.30042792248167616, 0 },	/* ks.test(eruptions[1:150], eruptions[151:272], alternative = "greater") */
	{ "cars.csv", "speed", 1, 25, "speed", 26, 50, ALT_TWO_SIDED, KSTEST_AUTO, 0.95999999999999996, 4.1788794646890892e-13, 1 },	/* ks.test(speed[1:25], speed[26:50], alternative = "two.sided") */
	{ "cars.csv", "speed", 1, 25, "speed", 26, 50, ALT_LESS, KSTEST_AUTO, -0, 1, 1 },	/* ks.test(speed[1:25], speed[26:50], alternative = "less") */
	{ "cars.csv", "speed", 1, 25, "speed", 26, 50, ALT_GREATER, KSTEST_AUTO, 0.95999999999999996, 2.1227464230832993e-13, 1 },	/* ks.test(speed[1:25], speed[26:50], alternative = "greater") */
};
/* clang-format on */

/* Rows a..b (1-based) of a column of a testdata file. */
static double *
load(const char *file, const char *column, size_t a, size_t b)
{
	struct frame_opts o = { .delim = ',' };
	char path[256], *files[1];
	struct frame *f;
	struct diag d;
	double *x;
	size_t j, i;

	snprintf(path, sizeof(path), "testdata/%s", file);
	files[0] = path;
	assert_int_equal(frame_read(1, files, &o, &f, &d), 0);
	for (j = 0; j < f->ncols && strcmp(f->col[j].name, column) != 0; j++)
		;
	assert_true(j < f->ncols);
	assert_int_equal(frame_numeric(f, j, &d), 0);
	assert_true(b <= f->nrows);
	x = malloc((b - a + 1) * sizeof(*x));
	for (i = a; i <= b; i++)
		x[i - a] = f->col[j].num[i - 1];
	frame_free(f);
	return x;
}

/*
 * Statistic to 1e-9 relative (1e-12 absolute: R's cumulative sums leave
 * -1e-16 where the exact value is 0), p-value to 1e-7 relative.  Below
 * 1e-12, R's p-values are rounding noise of 1 - (1 - p) (0 for an
 * asymptotic 1.5e-17, 4.2e-15 for an exact 0), so both need only be below
 * 1e-12 there.
 */
static int
agree(const struct kstest_result *r, double stat, double p, int exact)
{
	return (fabs(r->statistic - stat) <= 1e-9 * fabs(stat) ||
	    fabs(r->statistic - stat) < 1e-12) &&
	    (fabs(r->p_value - p) <= 1e-7 * p || (r->p_value < 1e-12 && p < 1e-12)) &&
	    r->exact == exact;
}

static void
kstest_one__r_datasets__match_r(void **state)
{
	struct kstest_result r;
	size_t i, nbad = 0;
	double *x, par[DIST_MAXPAR];
	const struct dist *d;
	struct diag dg;

	(void)state;
	for (i = 0; i < sizeof(ones) / sizeof(ones[0]); i++) {
		x = load(ones[i].file, ones[i].column, ones[i].a, ones[i].b);
		d = dist_lookup(ones[i].dist);
		memcpy(par, ones[i].par, sizeof(par));
		if (d->npar < DIST_MAXPAR)
			par[d->npar] = NAN;
		assert_int_equal(dist_check(d, par, &dg), 0);
		assert_int_equal(kstest_one(x, ones[i].b - ones[i].a + 1, d, par,
		    ones[i].alt, ones[i].ex, &r, &dg), 0);
		if (!agree(&r, ones[i].statistic, ones[i].p_value,
		    ones[i].exact)) {
			print_error("%s[%zu:%zu] %s %s: %.17g %.17g, R %.17g "
			    "%.17g\n", ones[i].column, ones[i].a, ones[i].b,
			    ones[i].dist, alt_name(ones[i].alt),
			    r.statistic, r.p_value, ones[i].statistic,
			    ones[i].p_value);
			nbad++;
		}
		free(x);
	}
	assert_int_equal(nbad, 0);
}

static void
kstest_two__r_datasets__match_r(void **state)
{
	struct kstest_result r;
	size_t i, nbad = 0, nx, ny;
	struct diag dg;
	double *x, *y;

	(void)state;
	for (i = 0; i < sizeof(twos) / sizeof(twos[0]); i++) {
		x = load(twos[i].file, twos[i].x, twos[i].xa, twos[i].xb);
		y = load(twos[i].file, twos[i].y, twos[i].ya, twos[i].yb);
		nx = twos[i].xb - twos[i].xa + 1;
		ny = twos[i].yb - twos[i].ya + 1;
		assert_int_equal(kstest_two(x, nx, y, ny, twos[i].alt,
		    twos[i].ex, &r, &dg), 0);
		if (!agree(&r, twos[i].statistic, twos[i].p_value,
		    twos[i].exact)) {
			print_error("%s[%zu:%zu] %s[%zu:%zu] %s: %.17g %.17g, "
			    "R %.17g %.17g\n", twos[i].x, twos[i].xa,
			    twos[i].xb, twos[i].y, twos[i].ya, twos[i].yb,
			    alt_name(twos[i].alt), r.statistic,
			    r.p_value, twos[i].statistic, twos[i].p_value);
			nbad++;
		}
		free(x);
		free(y);
	}
	assert_int_equal(nbad, 0);
}

/*
 * 100 000 draws of every continuous distribution pass a KS test against
 * it; the relative frequencies of every discrete one are within 5
 * standard errors of the mass function.
 */
static void
dist_random__100000_draws__fit_their_distribution(void **state)
{
	static const struct {
		const char	*name;
		double		 par[DIST_MAXPAR];
	} cases[] = {
		{ "norm", { 10, 3 } }, { "t", { 4 } }, { "chisq", { 3 } },
		{ "f", { 4, 12 } }, { "exp", { 2.5 } }, { "gamma", { 2.5, 0.5 } },
		{ "beta", { 2, 5 } }, { "lnorm", { 1, 0.5 } },
		{ "weibull", { 1.5, 3 } }, { "unif", { -1, 3 } },
		{ "cauchy", { 1, 2 } }, { "logis", { 2, 0.5 } },
		{ "binom", { 20, 0.3 } }, { "pois", { 4.5 } }, { "geom", { 0.2 } },
		{ "nbinom", { 3, 0.4 } }, { "hyper", { 10, 7, 8 } },
	};
	enum { N = 100000 };
	double *x = malloc(N * sizeof(*x)), par[DIST_MAXPAR], p, se;
	size_t i, j, k, cnt;
	struct kstest_result r;
	const struct dist *d;
	struct diag dg;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		d = dist_lookup(cases[i].name);
		memcpy(par, cases[i].par, sizeof(par));
		assert_int_equal(dist_check(d, par, &dg), 0);
		dist_random(d, par, 2026 + i, N, x);
		if (!d->discrete) {
			assert_int_equal(kstest_one(x, N, d, par,
			    ALT_TWO_SIDED, KSTEST_AUTO, &r, &dg), 0);
			if (!(r.p_value > 0.001))
				print_error("%s: p %g\n", d->name, r.p_value);
			assert_true(r.p_value > 0.001);
			continue;
		}
		for (k = 0; k < 30; k++) {
			for (cnt = j = 0; j < N; j++)
				cnt += x[j] == k;
			p = dist_eval(d, par, DIST_PDF, k);
			se = sqrt(p * (1 - p) / N);
			if (!(fabs((double)cnt / N - p) <= 5 * se + 1e-12))
				print_error("%s: P(%zu) %g, drawn %g\n", d->name,
				    k, p, (double)cnt / N);
			assert_true(fabs((double)cnt / N - p) <= 5 * se + 1e-12);
		}
	}
	free(x);
}

/*
 * kstest_frame() over a frame: ToothGrowth's len by supp is R's
 * ks.test(len[supp == "OJ"], len[supp == "VC"]) (exact, with ties: D 1/3,
 * p 0.061707706966164455); a third level is a data error, two columns
 * with -g a usage error.
 */
static void
kstest_frame__groups__match_r(void **state)
{
	struct frame *f = unit_read_frame("ToothGrowth.csv");
	size_t len = 0, supp = 1, dose = 2, two[2] = { 0, 2 };
	struct kstest_spec s = { .cols = &len, .ncols = 1, .group = &supp,
	    .ngroup = 1 };
	struct out_table *t;
	struct diag d;

	(void)state;
	assert_int_equal(kstest_frame(f, &s, &t, &d), 0);
	assert_string_equal(t->name[2], "statistic");
	assert_near(t->cell[2].num, 1.0 / 3, 1e-12);
	assert_rel(t->cell[3].num, 0.061707706966164455, 1e-7);
	assert_true(t->cell[4].num == 30 && t->cell[5].num == 30);
	out_free(t);
	s.group = &dose;
	assert_int_equal(kstest_frame(f, &s, &t, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_string_equal(d.column, "dose");
	s.cols = two;
	s.ncols = 2;
	assert_int_equal(kstest_frame(f, &s, &t, &d), -1);
	assert_int_equal(d.status, STATUS_USAGE);
	frame_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(kstest_one__r_datasets__match_r),
		cmocka_unit_test(kstest_two__r_datasets__match_r),
		cmocka_unit_test(kstest_frame__groups__match_r),
		cmocka_unit_test(dist_random__100000_draws__fit_their_distribution),
	};

	gsl_set_error_handler_off();	/* as main() does */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
