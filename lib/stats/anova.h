/*
 * anova: one- and two-way analysis of variance and its companions.
 *
 * The response is taken as exact deviations from its first value (the
 * decimal rounding of input restored, as agg does), reduced to the means
 * and within sums of squares of the cells (the factor combinations), and
 * the model is fitted to the cell means weighted by their counts: every
 * sum of squares between cells is the squared norm of a projection, found
 * by a Householder QR of the design that leaves aliased columns out as R's
 * dqrdc2 does (with one factor, types I and II need no QR: the between
 * sum of squares comes from the group means).  So the NIST StRD one-way
 * sets come out to 12 digits and more, and the cost does not grow with the
 * rows beyond one pass.
 */
#ifndef ANOVA_H
#define ANOVA_H

#include <stddef.h>

#include "stats/alt.h"
#include "stats/state.h"

struct frame;
struct out_table;
struct diag;

enum anova_view {
	ANOVA_TABLE,		/* the ANOVA table */
	ANOVA_TUKEY,		/* Tukey's honestly significant differences */
	ANOVA_WELCH,		/* Welch's one-way test */
	ANOVA_LEVENE,		/* Levene: ANOVA of |y - cell mean| */
	ANOVA_BROWN_FORSYTHE,	/* Brown-Forsythe: ANOVA of |y - cell median| */
	ANOVA_BARTLETT,		/* Bartlett's test of equal variances */
	ANOVA_KRUSKAL,		/* Kruskal-Wallis rank sum test */
	ANOVA_FLIGNER,		/* Fligner-Killeen: normal scores of
				   |y - cell median| */
	ANOVA_FRIEDMAN,		/* Friedman's rank sum test: factor 1 the
				   treatment, factor 2 the block */
	ANOVA_WITHIN,		/* repeated measures (stats/blocks.h): factor
				   1 the treatment, factor 2 the subject */
	ANOVA_QUADE		/* Quade's test, factors as Friedman's */
};

struct anova_opts {
	size_t		 y;		/* response column */
	size_t		 fac[2];	/* factor columns */
	size_t		 nfac;		/* 1 or 2 */
	const size_t	*each;		/* stratum key columns, or NULL */
	size_t		 neach;
	int		 additive;	/* two-way without A:B */
	int		 ss;		/* sums of squares: type 1, 2 or 3 */
	enum anova_view	 view;
	double		 conf_level;	/* of Tukey's and effect intervals */
	int		 effect_ci;	/* the table: effect sizes' intervals */
	enum alt	 alt;		/* of those: greater, effectsize's */
	const char	*ref;		/* --ref "COL=LEVEL,...": relevel() */
};

#define ANOVA_OPTS_INIT	{ 0, { 0, 0 }, 1, NULL, 0, 0, 1, ANOVA_TABLE, 0.95, \
	0, ALT_GREATER, NULL }

/*
 * Run the analysis (within each stratum of opts->each, in order of first
 * appearance) and return the result table in *tp (owned by the caller,
 * out_free()).  Rows with a missing response or factor are left out and
 * counted in a warning.  Returns 0, or -1 with d set: options that do not
 * go together (STATUS_USAGE: not one or two factors, a factor that is the
 * response or twice the same column, --additive without two factors, a
 * one-factor view with two), a response that is not a number, a factor
 * with one level, too few values for a view.  The
 * factors are made factors (frame_factor()); with
 * no strata, the response's numbers and the factors' codes are its working
 * space (no copies), so f is good only for frame_free() after.
 */
int	anova_test(struct frame *, const struct anova_opts *,
	    struct out_table **tp, struct diag *d);

/* What the anova command is asked: column lists and options. */
struct anova_request {
	const char	*y, *group, *by, *block;	/* column lists */
	int		 ss_given, conf_given, alt_given;
	/* frame_opts.keep and its argument, which anova_columns() wraps */
	int		(*keep)(void *, char *const *, size_t,
			    unsigned char *, struct diag *);
	void		*keep_arg;
	struct anova_opts o;	/* columns filled by anova_frame() */
	int		 partial;	/* the state of the one-way table */
};

/* --homogeneity's method by name: 0, or -1 if unknown. */
int	anova_homogeneity(const char *name, enum anova_view *);
/* The options' consistency: 0, or -1 with a STATUS_USAGE diag. */
int	anova_check(const struct anova_request *, struct diag *);
/*
 * frame_opts.keep with a struct anova_request as arg: the columns q->keep
 * keeps, the response read as numbers (FRAME_KEEP_NUM) unless it is a
 * factor or a stratum key too, the factors as factors (FRAME_KEEP_FACTOR)
 * unless they are stratum keys too.
 */
int	anova_columns(void *arg, char *const *names, size_t n,
	    unsigned char *keep, struct diag *);
/*
 * The front door: q's columns resolved against f, then anova_test(); with
 * q->partial the mergeable state of the one-way table (per level its
 * count, mean and sum of squares about it: state.h; a STATUS_USAGE error
 * for other views, two factors, strata or --ss 3).  The merged sums of
 * squares, F and p agree with one process within a relative 1e-12, 1e-10
 * and 1e-9.
 */
int	anova_frame(struct frame *, struct anova_request *,
	    struct out_table **tp, struct diag *);
/* The merge of anova states (state.h). */
extern const struct state_ops anova_state_ops;

#endif
