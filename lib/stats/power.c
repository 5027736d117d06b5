/*
 * power: power and sample size, as R's power.t.test, power.prop.test and
 * power.anova.test.
 *
 * GSL has no noncentral t or F distribution: both are summed here as
 * Poisson mixtures of incomplete beta functions, from the mode of the
 * Poisson weights outwards, so that a large noncentrality neither
 * underflows nor needs R's normal approximation.  The unknown is found
 * with GSL's Brent solver to a relative tolerance of 1e-12, tighter than
 * R's uniroot default (1.2e-4), so results agree with R to its printed
 * digits and with R's tol = 1e-12 to about 1e-10.
 */
#include <math.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_gamma.h>

#include "core/diag.h"
#include "stats/dist.h"
#include "core/num.h"
#include "io/out.h"
#include "stats/power.h"
#include "stats/tail.h"

static const char *const var_names[POWER_NVARS] = {
	"n", "delta", "sd", "p1", "p2", "groups", "between-var", "within-var",
	"sig-level", "power"
};

const char *
power_var_name(enum power_var v)
{
	return var_names[v];
}

/* sum over j of term(j, w_j), w_j the Poisson(lam) weights. */
struct mix {
	double	lam;		/* the Poisson mean */
	double	(*term)(const struct mix *, double j, double w);
	double	a, b;		/* beta parameters: a + j (F), b */
	double	x;		/* where the incomplete beta is taken */
	double	delta;		/* noncentrality of the t */
};

static double
poisson_mix(const struct mix *m)
{
	double k = floor(m->lam), j, w, t, s = 0;

	/* stop where the weights left cannot change the sum: t <= w + |q| */
	for (j = k;; j++) {	/* upward from the mode */
		w = exp(-m->lam + (j > 0 ? j * log(m->lam) : 0) -
		    gsl_sf_lngamma(j + 1));
		s += t = m->term(m, j, w);
		if (j > k && w < 1e-17 * fabs(s) && fabs(t) < 1e-17 * fabs(s))
			break;
		if (w == 0)
			break;
	}
	for (j = k - 1; j >= 0; j--) {	/* and downward */
		w = exp(-m->lam + (j > 0 ? j * log(m->lam) : 0) -
		    gsl_sf_lngamma(j + 1));
		s += t = m->term(m, j, w);
		if (w == 0 || (w < 1e-17 * fabs(s) && fabs(t) < 1e-17 *
		    fabs(s) && j < k - 10 * sqrt(m->lam)))
			break;
	}
	return s;
}

/*
 * Noncentral t for t >= 0 (Guenther 1978; Lenth 1989, AS 243):
 * F(t) = Phi(-d) + 1/2 sum_j [p_j I_x(j + 1/2, nu/2) + q_j I_x(j + 1, nu/2)]
 * with x = t^2 / (t^2 + nu), p_j the Poisson(d^2/2) weights and
 * q_j = d p_j j! / (sqrt 2 Gamma(j + 3/2)).
 */
static double
nct_term(const struct mix *m, double j, double w)
{
	double q = m->delta / M_SQRT2 * exp(log(w) + gsl_sf_lngamma(j + 1) -
	    gsl_sf_lngamma(j + 1.5));

	if (w == 0)
		q = 0;
	return w * gsl_sf_beta_inc(j + 0.5, m->b, m->x) +
	    q * gsl_sf_beta_inc(j + 1, m->b, m->x);
}

static double
pnt_pos(double t, double df, double d)
{
	struct mix m;

	if (d == 0)
		return gsl_cdf_tdist_P(t, df);
	m.lam = d * d / 2;
	m.term = nct_term;
	m.b = df / 2;
	m.x = t * t / (t * t + df);
	m.delta = d;
	return gsl_cdf_ugaussian_P(-d) + 0.5 * poisson_mix(&m);
}

double
power_pnt(double t, double df, double ncp)
{
	double p, s;

	/* as R: far out, Abramowitz and Stegun 26.7.10 (the sum would take
	 * millions of terms); 37.62^2 / 2 is where exp(-d^2/2) underflows */
	if (df > 4e5 || ncp * ncp > 2 * M_LN2 * 1021) {
		s = 1 / (4 * df);
		return gsl_cdf_gaussian_P(t * (1 - s) - ncp,
		    sqrt(1 + t * t * 2 * s));
	}
	p = t >= 0 ? pnt_pos(t, df, ncp) : 1 - pnt_pos(-t, df, -ncp);

	return fmin(1, fmax(0, p));
}

/* Noncentral F upper tail: sum_j Poisson(ncp/2) weights x Q_beta. */
static double
ncf_term(const struct mix *m, double j, double w)
{
	return w * gsl_cdf_beta_Q(m->x, m->a + j, m->b);
}

double
power_pnf_q(double f, double df1, double df2, double ncp)
{
	struct mix m;

	m.lam = ncp / 2;
	m.term = ncf_term;
	m.a = df1 / 2;
	m.b = df2 / 2;
	m.x = df1 * f / (df1 * f + df2);
	if (ncp == 0)
		return tail_f(f, df1, df2);
	if (ncp > 2e4) {
		/*
		 * Beyond any power of interest (the sum would take ~sqrt(ncp)
		 * terms): X1 - f df1/df2 X2 taken as normal, X1 the noncentral
		 * chi-square; its mean is then over 70 sd above 0.
		 */
		double mu = df1 + ncp - f * df1, r = f * df1 / df2;
		return gsl_cdf_ugaussian_P(mu / sqrt(2 * (df1 + 2 * ncp) +
		    r * r * 2 * df2));
	}
	return fmin(1, fmax(0, poisson_mix(&m)));
}

/* The upper q quantile of the t (a: df) or F (a, b: df1, df2). */
static double
upper_quantile(const char *name, double a, double b, double q)
{
	double par[DIST_MAXPAR] = { a, b, NAN };

	return dist_isf(dist_lookup(name), par, q);
}

double
power_of(const struct power_spec *s)
{
	const double *v = s->v;
	double side = s->one_sided ? 1 : 2, ts, nu, qu, ncp, d, p, vb, sv;

	switch (s->test) {
	case POWER_T:
		ts = s->type == POWER_TWO_SAMPLE ? 2 : 1;
		nu = (v[POWER_N] - 1) * ts;
		qu = upper_quantile("t", nu, 0, v[POWER_SIG] / side);
		d = s->one_sided ? v[POWER_DELTA] : fabs(v[POWER_DELTA]);
		ncp = sqrt(v[POWER_N] / ts) * d / v[POWER_SD];
		p = 1 - power_pnt(qu, nu, ncp);
		if (s->strict && !s->one_sided)
			p += power_pnt(-qu, nu, ncp);
		return p;
	case POWER_PROP:
		qu = gsl_cdf_ugaussian_Qinv(v[POWER_SIG] / side);
		d = fabs(v[POWER_P1] - v[POWER_P2]);
		vb = (v[POWER_P1] + v[POWER_P2]) *
		    (1 - (v[POWER_P1] + v[POWER_P2]) / 2);
		sv = sqrt(v[POWER_P1] * (1 - v[POWER_P1]) +
		    v[POWER_P2] * (1 - v[POWER_P2]));
		p = gsl_cdf_ugaussian_P((sqrt(v[POWER_N]) * d - qu * sqrt(vb)) /
		    sv);
		if (s->strict && !s->one_sided)
			p += gsl_cdf_ugaussian_Q((sqrt(v[POWER_N]) * d +
			    qu * sqrt(vb)) / sv);
		return p;
	default:
		nu = v[POWER_GROUPS] - 1;
		d = (v[POWER_N] - 1) * v[POWER_GROUPS];
		ncp = nu * v[POWER_N] * (v[POWER_BETWEEN] / v[POWER_WITHIN]);
		qu = upper_quantile("f", nu, d, v[POWER_SIG]);
		return power_pnf_q(qu, nu, d, ncp);
	}
}

struct solve {
	struct power_spec	*s;		/* the parameters, varied */
	enum power_var		 var;		/* the unknown */
	double			 target;	/* the power wanted */
};

static double
gap(double x, void *arg)
{
	struct solve *sv = arg;

	sv->s->v[sv->var] = x;
	return power_of(sv->s) - sv->target;
}

/* The parameters of each test; the defaulted ones last. */
static const enum power_var t_vars[] = { POWER_N, POWER_DELTA, POWER_POWER,
	POWER_SD, POWER_SIG };
static const enum power_var prop_vars[] = { POWER_N, POWER_P1, POWER_P2,
	POWER_POWER, POWER_SIG };
static const enum power_var anova_vars[] = { POWER_GROUPS, POWER_N,
	POWER_BETWEEN, POWER_WITHIN, POWER_POWER, POWER_SIG };

static size_t
vars_of(enum power_test t, const enum power_var **vs, size_t *ndef)
{
	switch (t) {
	case POWER_T:
		*vs = t_vars;
		*ndef = 2;
		return 5;
	case POWER_PROP:
		*vs = prop_vars;
		*ndef = 1;
		return 5;
	default:
		*vs = anova_vars;
		*ndef = 1;
		return 6;
	}
}

static const char *const test_names[] = { "t test", "test of two "
	"proportions", "one-way ANOVA" };

/* Range checks of the given values; 0 or -1. */
static int
check(const struct power_spec *s, struct diag *d)
{
	const double *v = s->v;
	double nmin = s->test == POWER_PROP ? 1 : 2;
	const char *want = NULL;
	char buf[NUM_BUFSZ];
	int i, bad = -1;

	for (i = 0; i < POWER_NVARS && bad < 0; i++) {
		if (isnan(v[i]))
			continue;
		if (i == POWER_N && !(v[i] >= nmin))
			want = nmin == 1 ? "at least 1" : "at least 2";
		else if (i == POWER_GROUPS && !(v[i] >= 2))
			want = "at least 2";
		else if ((i == POWER_SD || i == POWER_BETWEEN ||
		    i == POWER_WITHIN) && !(v[i] > 0))
			want = "positive";
		else if ((i == POWER_P1 || i == POWER_P2) &&
		    !(v[i] >= 0 && v[i] <= 1))
			want = "a probability in [0, 1]";
		else if ((i == POWER_SIG || i == POWER_POWER) &&
		    !(v[i] > 0 && v[i] < 1))
			want = "a probability in (0, 1)";
		if (want != NULL)
			bad = i;
	}
	if (bad < 0)
		return 0;
	num_format(v[bad], 0, buf);
	return diag_set(d, STATUS_USAGE, "--%s: %s is not %s", var_names[bad],
	    buf, want);
}

/* R's search interval for the unknown. */
static void
interval(const struct power_spec *s, enum power_var u, double *lo, double *hi)
{
	const double *v = s->v;

	*lo = 1e-10;
	*hi = 1 - 1e-10;
	switch (u) {
	case POWER_N:
		*lo = s->test == POWER_PROP ? 1 : 2;
		*hi = s->test == POWER_ANOVA ? 1e5 : 1e7;
		break;
	case POWER_DELTA:
		*lo = v[POWER_SD] * 1e-7;
		*hi = v[POWER_SD] * 1e7;
		break;
	case POWER_SD:
		*lo = fabs(v[POWER_DELTA]) * 1e-7;
		*hi = fabs(v[POWER_DELTA]) * 1e7;
		break;
	case POWER_P1:
		*lo = 0;
		*hi = v[POWER_P2];
		break;
	case POWER_P2:
		*lo = v[POWER_P1];
		*hi = 1;
		break;
	case POWER_GROUPS:
		*lo = 2;
		*hi = 100;
		break;
	case POWER_BETWEEN:
		*lo = v[POWER_WITHIN] * 1e-7;
		*hi = v[POWER_WITHIN] * 1e7;
		break;
	case POWER_WITHIN:
		*lo = v[POWER_BETWEEN] * 1e-7;
		*hi = v[POWER_BETWEEN] * 1e7;
		break;
	default:
		break;
	}
}

int
power_solve(struct power_spec *s, enum power_var *solved, struct diag *d)
{
	const enum power_var *vs;
	const gsl_root_fsolver_type *type = gsl_root_fsolver_brent;
	gsl_root_fsolver *rs;
	gsl_function fn;
	struct solve sv;
	size_t nv, ndef, i, nmiss = 0, it;
	enum power_var u = POWER_NVARS, miss[POWER_NVARS];
	double lo, hi, flo, fhi, x;
	int rc;

	nv = vars_of(s->test, &vs, &ndef);
	for (i = 0; i < POWER_NVARS; i++) {
		size_t k;
		for (k = 0; k < nv && vs[k] != (enum power_var)i; k++)
			;
		if (k == nv && !isnan(s->v[i]))
			return diag_set(d, STATUS_USAGE, "--%s is not a "
			    "parameter of the %s", var_names[i],
			    test_names[s->test]);
	}
	if (s->test != POWER_T && s->type != POWER_TWO_SAMPLE)
		return diag_set(d, STATUS_USAGE, "--type applies to the t test "
		    "only");
	if (check(s, d) != 0)
		return -1;
	for (i = 0; i < nv; i++)
		if (isnan(s->v[vs[i]]))
			miss[nmiss++] = vs[i];
	/* a missing defaulted one is the unknown only if all else is given */
	if (nmiss > 0 && miss[0] != vs[nv - ndef]) {
		u = miss[0];
		for (i = 1; i < nmiss; i++)
			if (miss[i] != POWER_SD && miss[i] != POWER_SIG)
				return diag_set(d, STATUS_USAGE, "two unknowns, "
				    "--%s and --%s: give all parameters but "
				    "one", var_names[u], var_names[miss[i]]);
	} else if (nmiss == 1)
		u = miss[0];
	else if (nmiss == 0)
		return diag_set(d, STATUS_USAGE, "every parameter is given: "
		    "leave one out to solve for it");
	else
		return diag_set(d, STATUS_USAGE, "--%s and --%s are both "
		    "missing: give one", var_names[miss[0]],
		    var_names[miss[1]]);
	if (isnan(s->v[POWER_SD]) && u != POWER_SD && s->test == POWER_T)
		s->v[POWER_SD] = 1;
	if (isnan(s->v[POWER_SIG]) && u != POWER_SIG)
		s->v[POWER_SIG] = 0.05;
	*solved = u;
	if (u == POWER_POWER) {
		s->v[POWER_POWER] = power_of(s);
		return 0;
	}
	sv.s = s;
	sv.var = u;
	sv.target = s->v[POWER_POWER];
	interval(s, u, &lo, &hi);
	flo = gap(lo, &sv);
	fhi = gap(hi, &sv);
	if (!(flo * fhi <= 0)) {
		s->v[u] = NAN;
		return diag_set(d, STATUS_DATA, "no %s from %g to %g gives "
		    "power %g", var_names[u], lo, hi, sv.target);
	}
	if (flo == 0 || fhi == 0) {
		s->v[u] = flo == 0 ? lo : hi;
		return 0;
	}
	fn.function = gap;
	fn.params = &sv;
	rs = gsl_root_fsolver_alloc(type);
	gsl_root_fsolver_set(rs, &fn, lo, hi);
	for (it = 0, rc = GSL_CONTINUE; rc == GSL_CONTINUE && it < 500; it++) {
		if ((rc = gsl_root_fsolver_iterate(rs)) != GSL_SUCCESS)
			break;
		lo = gsl_root_fsolver_x_lower(rs);
		hi = gsl_root_fsolver_x_upper(rs);
		rc = gsl_root_test_interval(lo, hi, 0, 1e-13);
	}
	x = gsl_root_fsolver_root(rs);
	gsl_root_fsolver_free(rs);
	if (rc != GSL_SUCCESS) {
		s->v[u] = NAN;
		return diag_set(d, STATUS_DATA, "solving for %s: %s",
		    var_names[u], gsl_strerror(rc));
	}
	s->v[u] = x;
	return 0;
}

/* The order of R's printed results. */
static const enum power_var t_order[] = { POWER_N, POWER_DELTA, POWER_SD,
	POWER_SIG, POWER_POWER };
static const enum power_var prop_order[] = { POWER_N, POWER_P1, POWER_P2,
	POWER_SIG, POWER_POWER };
static const enum power_var anova_order[] = { POWER_GROUPS, POWER_N,
	POWER_BETWEEN, POWER_WITHIN, POWER_SIG, POWER_POWER };

struct out_table *
power_table(const struct power_spec *s)
{
	const enum power_var *order;
	static const char *const tmeth[] = { "Two-sample", "One-sample",
		"Paired" };
	struct out_table *t = out_new();
	const enum power_var *vs;
	size_t nv, ndef, i, k;
	char method[80], name[16];

	nv = vars_of(s->test, &vs, &ndef);
	order = s->test == POWER_T ? t_order : s->test == POWER_PROP ?
	    prop_order : anova_order;
	if (s->test == POWER_T)
		snprintf(method, sizeof(method), "%s t test power calculation",
		    tmeth[s->type]);
	else if (s->test == POWER_PROP)
		snprintf(method, sizeof(method), "Two-sample comparison of "
		    "proportions power calculation");
	else
		snprintf(method, sizeof(method), "Balanced one-way analysis of "
		    "variance power calculation");
	out_column(t, "method");
	if (s->test != POWER_ANOVA)
		out_column(t, "alternative");
	/* the parameters in R's order */
	for (i = 0; i < nv; i++) {
		snprintf(name, sizeof(name), "%s", var_names[order[i]]);
		for (k = 0; name[k]; k++)
			if (name[k] == '-')
				name[k] = '_';
		out_column(t, name);
	}
	out_row(t);
	out_text(t, 0, 0, method);
	k = 1;
	if (s->test != POWER_ANOVA)
		out_text(t, 0, k++, s->one_sided ? "one-sided" : "two-sided");
	for (i = 0; i < nv; i++)
		out_num(t, 0, k++, s->v[order[i]]);
	return t;
}
