/*
 * normtest: tests of normality of a sample.
 *
 * Shapiro-Wilk as R's shapiro.test (Royston's algorithm AS R94), the
 * D'Agostino-Pearson K^2 omnibus test, Jarque-Bera as
 * tseries::jarque.bera.test, Anderson-Darling and Lilliefors as
 * nortest::ad.test and nortest::lillie.test.
 */
#ifndef NORMTEST_H
#define NORMTEST_H

#include <stddef.h>

struct diag;
struct frame;
struct out_table;

enum normtest_method {
	NORMTEST_SHAPIRO,	/* Shapiro-Wilk W, 3 <= n <= 5000 */
	NORMTEST_DAGOSTINO,	/* D'Agostino-Pearson K^2, n >= 8 */
	NORMTEST_JB,		/* Jarque-Bera, n >= 2 */
	NORMTEST_AD,		/* Anderson-Darling A, n >= 8 */
	NORMTEST_LILLIE,	/* Lilliefors D, n >= 5 */
	NORMTEST_NMETHODS
};

struct normtest_result {
	double	statistic;	/* W, K^2, JB, A or D */
	double	p_value;
	double	skewness;	/* sqrt(b1) = m3 / m2^1.5 */
	double	kurtosis;	/* b2 = m4 / m2^2 (3 for a normal sample) */
	size_t	n;		/* values used */
};

/* Parse a method name ("shapiro", "ad", ...); 0, or -1 if unknown. */
int	normtest_parse(const char *, enum normtest_method *);
/* The name printed in the method column ("Shapiro-Wilk"). */
const char *normtest_name(enum normtest_method);

/*
 * Run one test on n values (missing values already removed; x is not
 * changed).  Too few or too many values, or values that are all equal,
 * are a STATUS_DATA error saying so.
 */
int	normtest_test(enum normtest_method, const double *x, size_t n,
	    struct normtest_result *, struct diag *);

/*
 * The result table: one row per group (keys, in first-appearance order),
 * column and method, with the key columns, then
 * `column,method,statistic,p_value,n`, and `skewness,kurtosis` if a moment
 * test (D'Agostino, Jarque-Bera) is among the methods.  With lenient, a
 * test that cannot run gives empty fields and a warning instead of an
 * error.
 */
int	normtest_table(struct frame *, const size_t *cols, size_t ncols,
	    const size_t *keys, size_t nkeys,
	    const enum normtest_method *, size_t nmethods, int lenient,
	    struct out_table **, struct diag *);

#endif
