/*
 * plotstat: the statistics behind the pictures of plot, each computed as
 * R computes it so that a chart and R agree: bw.nrd0 and density() (binned
 * Gaussian kernel estimate), hist() breaks (pretty() over the
 * Freedman-Diaconis class count) and counts, boxplot.stats() (Tukey's
 * hinges and 1.5 IQR whiskers), qqnorm() and qqline(), the ECDF, group
 * means with t intervals, and the simple least-squares line with its
 * confidence band (predict(lm, interval = "confidence")).
 *
 * Inputs are arrays of n non-missing values; nothing is reordered unless
 * said.  Results the caller owns are said so.
 */
#ifndef PLOTSTAT_H
#define PLOTSTAT_H

#include <stddef.h>

struct diag;

/* R's bw.nrd0: 0.9 min(sd, IQR/1.34) n^-1/5 with its fallbacks; n >= 2. */
double	plotstat_bw_nrd0(const double *x, size_t n);

/*
 * R's density(x, bw = bw, n = npts): npts grid points from min - 3 bw to
 * max + 3 bw into gx and gy (npts each).  0, or -1 if an FFT fails.
 */
int	plotstat_density(const double *x, size_t n, double bw, size_t npts,
	    double *gx, double *gy, struct diag *);

/*
 * R's pretty(c(lo, up), n = ndiv, min.n = min_n): *nb break points into
 * *breaks (owned by the caller).
 */
void	plotstat_pretty(double lo, double up, int ndiv, int min_n,
	    double **breaks, size_t *nb);

/* R's nclass.FD: the Freedman-Diaconis number of classes. */
long	plotstat_nclass_fd(const double *x, size_t n);

/*
 * Histogram breaks: with bins 0, as R's hist(x, breaks = "FD"); otherwise
 * bins equal-width classes from min to max.  *breaks is the caller's.
 */
void	plotstat_hist_breaks(const double *x, size_t n, long bins,
	    double **breaks, size_t *nb);
/*
 * Counts of the nb - 1 classes (right-closed, the first also left-closed,
 * with hist()'s 1e-7 fuzz) into counts.
 */
void	plotstat_hist_counts(const double *x, size_t n, const double *breaks,
	    size_t nb, double *counts);

/* Tukey's box: R's boxplot.stats(x) (hinges by fivenum). */
struct plotstat_box {
	double	lo;		/* lower whisker: least value not out */
	double	q1;		/* lower hinge */
	double	median;
	double	q3;		/* upper hinge */
	double	hi;		/* upper whisker: greatest value not out */
	size_t	nout;		/* outliers, beyond 1.5 IQR of the hinges */
};
/* Fill b; out (n values, may be NULL) gets the outliers in input order. */
void	plotstat_box(const double *x, size_t n, struct plotstat_box *b,
	    double *out);

/*
 * R's qqnorm(y): qx the normal quantiles of ppoints(n) in the order of
 * the sorted sample, qy the sorted sample.  n values each.
 */
void	plotstat_qqnorm(const double *y, size_t n, double *qx, double *qy);
/* R's qqline(y): the line through the quartiles; *icpt + *slope x. */
void	plotstat_qqline(const double *y, size_t n, double *icpt,
	    double *slope);

/* The ECDF: sx the sorted values, sp the fraction <= each (i / n). */
void	plotstat_ecdf(const double *x, size_t n, double *sx, double *sp);

/*
 * The mean with its t confidence interval (as R's t.test(x)); n >= 2,
 * else lo and hi are NaN.
 */
void	plotstat_mean_ci(const double *x, size_t n, double level,
	    double *mean, double *lo, double *hi);

/*
 * A beeswarm: x offsets off[i] of n values y so that no two marks
 * (ellipses dx wide and dy high) overlap, each placed, from the smallest
 * value up, at the place nearest the centre that touches no mark placed
 * before (seaborn's swarmplot).  Offsets beyond +-half are clamped there
 * (marks then overlap); returns how many were.
 */
size_t	plotstat_swarm(const double *y, size_t n, double dx, double dy,
	    double half, double *off);

#endif
