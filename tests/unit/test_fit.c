/* Unit tests of lib/stats/fit.c against R (scripts/gen-fixtures-fit.R). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "unit.h"
#include "core/diag.h"
#include "stats/dist.h"
#include "stats/fit.h"
#include "frame/frame.h"

struct ref {
	const char	*file, *column, *dist;
	double		 est[DIST_MAXPAR], se[DIST_MAXPAR];
	double		 loglik;
};

/* clang-format off */
static const struct ref refs[] = {
	{ "faithful.csv", "eruptions", "norm", { 3.487783088235294, 1.1392712102257683 }, { 0.069078463764501552, 0.048845850161828248 }, -421.41702611759251 },	/* fitdistr(eruptions, "normal") */
	{ "faithful.csv", "eruptions", "lnorm", { 1.185191473884605, 0.37414681595443067 }, { 0.022685982965715421, 0.016041412392939877 }, -440.91825722933203 },	/* fitdistr(eruptions, "lognormal") */
	{ "faithful.csv", "eruptions", "exp", { 0.28671507794539131 }, { 0.017384655159206602 }, -611.80043798111558 },	/* fitdistr(eruptions, "exponential") */
	{ "faithful.csv", "eruptions", "gamma", { 7.9663757875027166, 2.2840800548561195 }, { 0.66929483904407683, 0.19807088734299727 }, -431.77677475530948 },	/* fitdistr(eruptions, "gamma"): 7.9664117482612262, 2.2840913283958897 */
	{ "faithful.csv", "eruptions", "weibull", { 3.6732933309913376, 3.8892996788720877 }, { 0.19196244592626699, 0.067290978219903 }, -413.36406973536947 },	/* fitdistr(eruptions, "weibull"): 3.673281826314426, 3.8892879277520236 */
	{ "faithful.csv", "waiting", "gamma", { 25.12315864104507, 0.3543610843374953 }, { 2.1401466272835847, 0.030489529197114028 }, -1102.9251201373581 },	/* fitdistr(waiting, "gamma"): 25.123645726656665, 0.35436809221547683 */
	{ "rivers.csv", "length", "lnorm", { 6.1758788810974998, 0.58938291349766603 }, { 0.049634995284584142, 0.035097241749891761 }, -996.32548839240474 },	/* fitdistr(length, "lognormal") */
	{ "rivers.csv", "length", "gamma", { 2.5787270310732251, 0.0043619673378519465 }, { 0.28946400952294005, 0.00054043523912981927 }, -1013.1117330626647 },	/* fitdistr(length, "gamma"): 2.5789755697019272, 0.0043633942517018638 */
	{ "rivers.csv", "length", "weibull", { 1.4382004098297563, 660.22233271685741 }, { 0.081318648401809149, 41.162577700792532 }, -1024.7825178907153 },	/* fitdistr(length, "weibull"): optimization failed */
	{ "rivers.csv", "length", "exp", { 0.0016915196084312054 }, { 0.00014245164877620256 }, -1040.8800448243612 },	/* fitdistr(length, "exponential") */
	{ "precip.csv", "precip", "norm", { 34.885714285714286, 13.608393268381789 }, { 1.6265140961443489, 1.1501191470791772 }, -282.07377013714802 },	/* fitdistr(precip, "normal") */
	{ "precip.csv", "precip", "gamma", { 4.7170797265412938, 0.13521522557653176 }, { 0.77079220231929779, 0.023314159192840741 }, -288.46462441684787 },	/* fitdistr(precip, "gamma"): 4.7252909425535456, 0.13545118017939062 */
	{ "precip.csv", "precip", "weibull", { 2.8287737796356156, 39.084371247213582 }, { 0.27802729980984375, 1.7254227221316494 }, -282.40630072088447 },	/* fitdistr(precip, "weibull"): 2.8288293740913426, 39.084794068482985 */
	{ "proportions.csv", "p", "beta", { 1.7807398215742056, 4.7891324130923296 }, { 0.23319797700483963, 0.68406371593111026 }, 49.019454044549889 },	/* fitdistr(p, "beta", start = moments): 1.7807402495323681, 4.789133300789576 */
	{ "InsectSprays.csv", "count", "pois", { 9.5 }, { 0.36324157862838946 }, -337.65086886678296 },	/* fitdistr(count, "Poisson") */
	{ "InsectSprays.csv", "count", "geom", { 0.095238095238095233 }, { 0.010676074748167447 }, -237.75610416874645 },	/* fitdistr(count, "geometric") */
	{ "InsectSprays.csv", "count", "nbinom", { 1.7360211836102344, 9.5 }, { 0.34553025403012483, 0.92411138111775093 }, -233.98018921707234 },	/* fitdistr(count, "negative binomial"): 1.7360216129180668, 9.5000000647125695 */
	{ "warpbreaks.csv", "breaks", "pois", { 28.148148148148149 }, { 0.72198476628214547 }, -286.01814473005459 },	/* fitdistr(breaks, "Poisson") */
	{ "warpbreaks.csv", "breaks", "nbinom", { 6.5036214952636282, 28.148148148148149 }, { 1.504766622984367, 1.6665299177808932 }, -208.53807082841931 },	/* fitdistr(breaks, "negative binomial"): 6.5036218677193816, 28.148148168600873 */
	{ "warpbreaks.csv", "breaks", "geom", { 0.03430749682337992 }, { 0.0045878750541798767 }, -235.17205365858624 },	/* fitdistr(breaks, "geometric") */
};
/* clang-format on */

/*
 * Estimates, standard errors and log-likelihoods to 1e-9 relative; the
 * Weibull's standard errors, which R gets from a numerical Hessian
 * (optimHess), to 1e-6.
 */
static void
fit_run__every_family__matches_r(void **state)
{
	struct fit_result r;
	size_t i, k, n, nbad = 0;
	struct diag d;
	double *x, tol;

	(void)state;
	for (i = 0; i < sizeof(refs) / sizeof(refs[0]); i++) {
		n = unit_load_column(refs[i].file, refs[i].column, &x);
		if (fit_dist(dist_lookup(refs[i].dist), x, n, &r, &d) != 0) {
			print_error("%s %s: %s\n", refs[i].column, refs[i].dist,
			    d.msg);
			nbad++;
			free(x);
			continue;
		}
		tol = strcmp(refs[i].dist, "weibull") == 0 ? 1e-6 : 1e-9;
		for (k = 0; k < r.npar; k++)
			if (!(fabs(r.est[k] - refs[i].est[k]) <= 1e-9 *
			    fabs(refs[i].est[k])) ||
			    !(fabs(r.se[k] - refs[i].se[k]) <= tol *
			    fabs(refs[i].se[k]))) {
				print_error("%s %s %s: %.17g (%.17g), R %.17g "
				    "(%.17g)\n", refs[i].column, refs[i].dist,
				    r.name[k], r.est[k], r.se[k],
				    refs[i].est[k], refs[i].se[k]);
				nbad++;
			}
		if (!(fabs(r.loglik - refs[i].loglik) <= 1e-9 *
		    fabs(refs[i].loglik))) {
			print_error("%s %s loglik: %.17g, R %.17g\n",
			    refs[i].column, refs[i].dist, r.loglik,
			    refs[i].loglik);
			nbad++;
		}
		assert_true(fabs(r.aic - (-2 * r.loglik + 2.0 * r.npar)) <
		    1e-9 * fabs(r.aic));
		free(x);
	}
	assert_int_equal(nbad, 0);
}

/* Data outside the support, too few or equal values are errors. */
static void
fit_run__bad_data__errors(void **state)
{
	double eq[3] = { 2, 2, 2 }, under[4] = { 1, 2, 2, 3 };
	const char *why;
	struct fit_result r;
	struct diag d;

	(void)state;
	assert_false(fit_supports(dist_lookup("lnorm"), -1, &why));
	assert_string_equal(why, "positive values");
	assert_false(fit_supports(dist_lookup("pois"), 1.5, &why));
	assert_true(fit_supports(dist_lookup("norm"), -1, &why));
	assert_int_equal(fit_dist(dist_lookup("gamma"), eq, 3, &r, &d), -1);
	assert_int_equal(d.status, STATUS_DATA);
	assert_int_equal(fit_dist(dist_lookup("norm"), eq, 1, &r, &d), -1);
	assert_int_equal(fit_dist(dist_lookup("nbinom"), under, 4, &r, &d), -1);
	assert_non_null(strstr(d.msg, "does not exceed the mean"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(fit_run__every_family__matches_r),
		cmocka_unit_test(fit_run__bad_data__errors),
	};

	gsl_set_error_handler_off();	/* as main() does */
	return cmocka_run_group_tests(tests, NULL, NULL);
}
