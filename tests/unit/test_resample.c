/*
 * Unit tests of lib/stats/resample.c against R's boot package and exact
 * permutation p-values (scripts/gen-fixtures-infer.R): the statistic and
 * BCa's acceleration exactly, Monte Carlo endpoints within 3 standard
 * errors of R's over 20 seeds, and the same seed giving the same answer.
 */
#include <gsl/gsl_errno.h>

#include "unit.h"
#include "io/out.h"
#include "stats/resample.h"

struct boot_case {
	const char		*file, *x, *y;
	enum resample_stat	 stat;
	double			 arg;
	enum resample_ci	 ci;
	double			 conf, t0, accel;
	double			 lo_mean, lo_sd, hi_mean, hi_sd;
};

struct perm_case {
	const char		*file, *y, *g, *levels;
	enum permtest_stat	 stat;
	double			 statistic, p_exact;
};

/* clang-format off */
static const struct boot_case boots[] = {
#include "fixtures/infer-boot.inc"
};
static const struct perm_case perms[] = {
#include "fixtures/infer-permtest.inc"
};
/* clang-format on */

#define NSEED	20

/* |a - b| within 3 standard errors of the difference of two means. */
static int
within3(double ma, double sa, double mb, double sb)
{
	return fabs(ma - mb) <= 3 * sqrt((sa * sa + sb * sb) / NSEED) + 1e-12;
}

static void
boot_run__r_boot_ci__within_3_se(void **state)
{
	struct resample_opts o;
	struct boot_result r, r2;
	struct diag d;
	double *x, *y = NULL, lo[NSEED], hi[NSEED], m[2], s[2];
	size_t i, k, n, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(boots) / sizeof(boots[0]); i++) {
		const struct boot_case *c = &boots[i];

		n = unit_load_column(c->file, c->x, &x);
		if (*c->y)
			assert_int_equal(unit_load_column(c->file, c->y, &y), n);
		o.stat = c->stat;
		o.arg = c->arg;
		o.ci = c->ci;
		o.conf_level = c->conf;
		o.reps = 2000;
		for (k = 0; k < NSEED; k++) {
			o.seed = k + 1;
			assert_int_equal(boot_estimate(x, y, n, &o, &r, &d), 0);
			lo[k] = r.conf_low;
			hi[k] = r.conf_high;
		}
		assert_int_equal(boot_estimate(x, y, n, &o, &r2, &d), 0);
		assert_true(r2.conf_low == r.conf_low &&
		    r2.conf_high == r.conf_high);	/* same seed */
		for (k = 0, m[0] = m[1] = 0; k < NSEED; k++) {
			m[0] += lo[k] / NSEED;
			m[1] += hi[k] / NSEED;
		}
		for (k = 0, s[0] = s[1] = 0; k < NSEED; k++) {
			s[0] += (lo[k] - m[0]) * (lo[k] - m[0]) / (NSEED - 1);
			s[1] += (hi[k] - m[1]) * (hi[k] - m[1]) / (NSEED - 1);
		}
		if (fabs(r.t0 - c->t0) > 1e-12 * fabs(c->t0) ||
		    (c->ci == RESAMPLE_BCA && fabs(r.accel - c->accel) > 1e-9 *
		    fabs(c->accel)) ||
		    !within3(m[0], sqrt(s[0]), c->lo_mean, c->lo_sd) ||
		    !within3(m[1], sqrt(s[1]), c->hi_mean, c->hi_sd)) {
			print_error("case %zu: t0 %.17g a %.17g lo %.10g (sd "
			    "%.3g) hi %.10g (sd %.3g); R %.17g %.17g %.10g "
			    "(%.3g) %.10g (%.3g)\n", i + 1, r.t0, r.accel, m[0],
			    sqrt(s[0]), m[1], sqrt(s[1]), c->t0, c->accel,
			    c->lo_mean, c->lo_sd, c->hi_mean, c->hi_sd);
			nbad++;
		}
		free(x);
		free(y);
		y = NULL;
	}
	assert_int_equal(nbad, 0);
}

static void
permtest_frame__exact_p__within_3_se(void **state)
{
	struct resample_spec sp = { 0, 0, NULL, NULL };
	struct out_table *t;
	struct frame *f;
	struct diag d;
	size_t i, k, g, nbad = 0, reps = 2000;
	double p, mean, want, se, p1 = NAN;

	(void)state;
	for (i = 0; i < sizeof(perms) / sizeof(perms[0]); i++) {
		const struct perm_case *c = &perms[i];

		f = unit_read_frame(c->file);
		sp.x = unit_column(f, c->y);
		g = unit_column(f, c->g);
		sp.by = &g;
		sp.levels = c->levels;
		for (mean = 0, k = 0; k < NSEED; k++) {
			assert_int_equal(permtest_frame(f, &sp, c->stat, reps,
			    k + 1, &t, &d), 0);
			p = t->cell[2].num;
			if (k == 0)
				p1 = p;
			mean += p / NSEED;
			assert_true(fabs(t->cell[1].num - c->statistic) <=
			    1e-12 * fabs(c->statistic));
			out_free(t);
		}
		assert_int_equal(permtest_frame(f, &sp, c->stat, reps, 1, &t,
		    &d), 0);
		assert_true(t->cell[2].num == p1);	/* same seed */
		out_free(t);
		/* E p = (1 + reps p) / (reps + 1) with the +1 correction */
		want = (1 + reps * c->p_exact) / (reps + 1.0);
		se = sqrt(c->p_exact * (1 - c->p_exact) * reps / NSEED) /
		    (reps + 1.0);
		if (fabs(mean - want) > 3 * se) {
			print_error("case %zu: mean p %.6g, exact %.6g (se "
			    "%.3g)\n", i + 1, mean, want, se);
			nbad++;
		}
		frame_free(f);
	}
	assert_int_equal(nbad, 0);
}

static void
boot_norm_inter__integer_rank__order_statistic(void **state)
{
	double t[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };

	(void)state;
	assert_true(boot_norm_inter(t, 9, 0.5) == 5);	/* rk = 10 * 0.5 */
	assert_true(boot_norm_inter(t, 9, 0.01) == 1);	/* k = 0 */
	assert_true(boot_norm_inter(t, 9, 0.99) == 9);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(boot_run__r_boot_ci__within_3_se),
		cmocka_unit_test(permtest_frame__exact_p__within_3_se),
		cmocka_unit_test(boot_norm_inter__integer_rank__order_statistic),
	};

	gsl_set_error_handler_off();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
