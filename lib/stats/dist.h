/*
 * dist: probability distributions as R's d/p/q/r functions, over GSL.
 *
 * A table names each distribution and its parameters as R does (norm with
 * mean and sd, binom with size and prob, ...).  Every function takes the
 * parameter values in the order of the table; dist_check() validates them
 * once, so the evaluators assume valid parameters.
 */
#ifndef DIST_H
#define DIST_H

#include <stddef.h>

struct diag;
struct frame;
struct out_table;

#define DIST_MAXPAR	3	/* most parameters of any distribution */

enum dist_fn {
	DIST_PDF,		/* density, or probability mass */
	DIST_CDF,		/* P(X <= x) */
	DIST_SF,		/* P(X > x), computed directly */
	DIST_QUANTILE,		/* smallest x with P(X <= x) >= p */
	DIST_ISF		/* inverse survival: x with P(X > x) = p */
};

struct dist {
	const char	*name;		/* R's name: "norm", "binom" */
	const char	*alias;		/* another accepted name, or NULL */
	int		 discrete;	/* integer support */
	size_t		 npar;		/* number of parameters */
	const char	*par[DIST_MAXPAR];	/* R's parameter names */
	double		 def[DIST_MAXPAR];	/* defaults; NaN: required */
};

/* The distributions, in the table's order; *n gets their count. */
const struct dist *dist_list(size_t *n);
/* Look a name or alias up; NULL if unknown. */
const struct dist *dist_lookup(const char *name);
/* The index of a parameter name in d->par, or -1. */
int	dist_param(const struct dist *, const char *name);
/*
 * The distinct parameter names of all distributions ("mean", "sd", "df",
 * ...) into names[]; returns how many (at most DIST_NOPTS).  Commands make
 * them options.
 */
#define DIST_NOPTS	24
size_t	dist_param_names(const char **names);
/*
 * Set par[] for the parameter called name of d (par starts all NaN); a
 * name that is not one of d's is a STATUS_USAGE error.
 */
int	dist_set(const struct dist *, double *par, const char *name, double v,
	    struct diag *);
/*
 * The parameters of a distribution as a command's options give them
 * (--mean 2 --sd 3), gathered before the distribution is known; dist and
 * kstest set them up the same way.
 */
#define DIST_MAXOPT	64
struct dist_args {
	size_t		 n;			/* given so far */
	const char	*name[DIST_MAXOPT];	/* option names, "mean" */
	double		 val[DIST_MAXOPT];
	double		 par[DIST_MAXPAR];	/* dist_args_setup()'s result */
};
/*
 * Add --name value; a value that is not a number, or too many values, is
 * a STATUS_USAGE error.
 */
int	dist_args_add(struct dist_args *, const char *name, const char *value,
	    struct diag *);
/*
 * The parameters of d into a->par: each given one set (dist_set), then
 * checked and the defaults filled in (dist_check).
 */
int	dist_args_setup(const struct dist *d, struct dist_args *a,
	    struct diag *);
/* The names of the distributions, comma-separated (for messages). */
const char *dist_names(void);
/* Name of a function: "pdf", "cdf", "sf", "quantile", "isf". */
const char *dist_fn_name(enum dist_fn);

/*
 * Check parameter values (par[i] for d->par[i]; NaN: not given, take the
 * default).  Fills the defaults into par.  A missing required parameter or
 * a value outside its range is a STATUS_USAGE error naming the option.
 */
int	dist_check(const struct dist *, double *par, struct diag *);

/*
 * One value of fn at x (a probability for DIST_QUANTILE and DIST_ISF,
 * which must lie in [0, 1]).  The parameters must have passed dist_check().
 */
double	dist_eval(const struct dist *, const double *par, enum dist_fn,
	    double x);

/*
 * The upper quantile: the x with P(X > x) = q, as R's q with lower.tail =
 * FALSE; for a discrete distribution the smallest x with P(X > x) <= q.
 */
double	dist_isf(const struct dist *, const double *par, double q);

/* n draws with GSL's MT19937 generator seeded with seed, into out[]. */
void	dist_random(const struct dist *, const double *par, unsigned long seed,
	    size_t n, double *out);

/*
 * A table of fn at n values: columns `x,FN` (`p,quantile`, `p,isf`).
 * A probability outside [0, 1] is a STATUS_USAGE error.
 */
int	dist_table(const struct dist *, const double *par, enum dist_fn,
	    const double *x, size_t n, struct out_table **, struct diag *);

/*
 * The same at the values of a list given to option --FN ("1,2.5,-3"); a
 * malformed list is a STATUS_USAGE error.
 */
int	dist_list_table(const struct dist *, const double *par, enum dist_fn,
	    const char *list, struct out_table **, struct diag *);
/* n draws (dist_random()) as a table of one column, `value`. */
struct out_table *dist_random_table(const struct dist *, const double *par,
	    unsigned long seed, size_t n);
/*
 * The frame with one column appended, named by fn ("cdf"), holding fn of
 * the values of column col; a missing value gives an empty field.  A value
 * that is not a number, or a probability outside [0, 1], is a STATUS_DATA
 * error naming its line.
 */
int	dist_column(struct frame *, size_t col, const struct dist *,
	    const double *par, enum dist_fn, struct out_table **,
	    struct diag *);

#endif
