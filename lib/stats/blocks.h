/*
 * blocks: tests of treatments measured in every block (subject): the
 * one-way repeated-measures ANOVA with Mauchly's test of sphericity and
 * the Greenhouse-Geisser and Huynh-Feldt corrections, and Quade's test.
 * anova's --within and --quade views hand them the complete blocks as a
 * matrix; these are the plain-array entries.
 */
#ifndef BLOCKS_H
#define BLOCKS_H

#include <stddef.h>

/* The one-way repeated-measures ANOVA, as ez and afex report it. */
struct blocks_within {
	double	df1, df2;	/* k - 1, (k - 1)(n - 1) */
	double	ss, ss_error;	/* treatment and treatment x subject */
	double	ss_subjects;	/* between subjects */
	double	statistic, p_value;
	double	ges;		/* generalized eta squared (Bakeman) */
	double	mauchly_w, mauchly_p;
	double	gg_eps, gg_p;	/* Greenhouse-Geisser */
	double	hf_eps, hf_p;	/* Huynh-Feldt, p with min(1, eps) */
	const char *undefined;	/* why a value is NaN, or NULL */
};

/*
 * y holds n subjects by k treatments, row by row (no NaN).  F is the
 * treatment mean square over the treatment x subject one, as R's aov()
 * with Error(subject/treatment).  Mauchly's W and p are R's
 * mauchly.test() of the mlm of y with X = ~1 (its p uses 3 k + 2 where
 * the textbook has 3 (k - 1) + 2, kept as R), NaN with two treatments
 * (sphericity holds; W is 1) or fewer than k subjects (the covariance of
 * the contrasts is singular).  The epsilons are R's stats:::sphericity():
 * GG = tr(U)^2 / ((k - 1) tr(U^2)) for U the covariance of orthonormal
 * contrasts, HF = (n (k - 1) GG - 2) / ((k - 1)(n - 1 - (k - 1) GG)), not
 * capped (its p uses min(1, HF), as anova.mlm).  No spread around the
 * subject and treatment means (ss_error 0) leaves F, the p-values and the
 * epsilons NaN.  Needs n >= 2 and k >= 2.
 */
void	blocks_within(const double *y, size_t n, size_t k,
	    struct blocks_within *r);

/* Quade's test, as R's quade.test(). */
struct blocks_quade {
	double	statistic, df1, df2, p_value;
};

/*
 * y holds b blocks by k treatments, row by row (no NaN): ranks within
 * each block, weighted by the rank of the block's range.  When every
 * weighted rank is 0 or the statistic's denominator is (every block tied,
 * say) the statistic and df are NaN and p is R's (k!)^(1 - b).
 */
void	blocks_quade(const double *y, size_t b, size_t k,
	    struct blocks_quade *r);

#endif
