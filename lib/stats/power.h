/*
 * power: power and sample size of the t-test, the test of two proportions
 * and the balanced one-way ANOVA, as R's power.t.test, power.prop.test and
 * power.anova.test: all parameters but one given, the missing one solved.
 */
#ifndef POWER_H
#define POWER_H

struct diag;
struct out_table;

enum power_test {
	POWER_T,		/* power.t.test */
	POWER_PROP,		/* power.prop.test */
	POWER_ANOVA,		/* power.anova.test */
	POWER_AUTO		/* the one its parameters name: p1 or p2 the
				   proportions, groups, between-var or
				   within-var the ANOVA, else the t test */
};

enum power_type {
	POWER_TWO_SAMPLE,	/* n per group, df 2(n - 1) */
	POWER_ONE_SAMPLE,	/* df n - 1 */
	POWER_PAIRED		/* n pairs, df n - 1 */
};

/* The parameters, indexes of power_spec.v. */
enum power_var {
	POWER_N,		/* per group (pairs when paired) */
	POWER_DELTA,		/* true difference of means */
	POWER_SD,		/* standard deviation (default 1) */
	POWER_P1, POWER_P2,	/* the two proportions */
	POWER_GROUPS,		/* number of groups */
	POWER_BETWEEN,		/* variance of the group means */
	POWER_WITHIN,		/* variance within groups */
	POWER_SIG,		/* significance level (default 0.05) */
	POWER_POWER,		/* 1 - P(type II error) */
	POWER_NVARS
};

struct power_spec {
	enum power_test	test;
	enum power_type	type;		/* POWER_T only */
	int		one_sided;	/* else two-sided */
	int		strict;		/* two-sided: count both rejection tails */
	double		v[POWER_NVARS];	/* NaN: not given */
};

/* Option-style name of a parameter: "n", "sig-level", "between-var". */
const char *power_var_name(enum power_var);

/*
 * Decide the unknown and solve for it.  Of the test's parameters exactly
 * one must be missing, sd and sig-level counting as given (1 and 0.05)
 * unless every other one is given; two unknowns, or a value out of range,
 * are STATUS_USAGE errors; a power that no value of the unknown reaches is
 * a STATUS_DATA error.  On success every parameter of v is filled and
 * *solved names the one found.
 */
int	power_solve(struct power_spec *, enum power_var *solved,
	    struct diag *);

/* The power for the parameters of s (all given). */
double	power_of(const struct power_spec *);

/* P(T <= t) for the noncentral t with df degrees of freedom and ncp. */
double	power_pnt(double t, double df, double ncp);
/* P(F > f) for the noncentral F. */
double	power_pnf_q(double f, double df1, double df2, double ncp);

/* One row: method, (type,) alternative, then every parameter. */
struct out_table *power_table(const struct power_spec *);

#endif
