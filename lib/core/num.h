/*
 * num: numbers as text, both ways, in the C locale whatever the locale says.
 */
#ifndef NUM_H
#define NUM_H

#include <stddef.h>

#define NUM_BUFSZ	40	/* enough for any num_format() result */

/* The strings read as missing values (--na). */
struct num_na {
	char	**item;		/* owned */
	size_t	 *len;
	size_t	  n;
	unsigned long long lens;	/* bit k: an item of k bytes (63: or more) */
};

/* Parse a comma-separated list; NULL gives the default NA,N/A,NaN,null. */
void	num_na_init(struct num_na *, const char *list);
void	num_na_release(struct num_na *);
/* Is s[0..len) missing: empty, or one of the list? */
int	num_na_match(const struct num_na *, const char *s, size_t len);

#define NUM_BAD		(-1)	/* not a number */
#define NUM_RANGE	(-2)	/* a number too large for a double */

/*
 * Parse s[0..len) as a decimal number: optional surrounding blanks, sign,
 * digits with an optional point, an optional exponent, or inf/infinity.
 * *x gets the correctly rounded double and *rel the relative rounding
 * error (exact - *x) / *x, so that statistics can recover deviations that
 * rounding on input would lose; *rel is 0 when unknown.  *isint is set when
 * the text is an integer (no point, no exponent).  Returns 0, NUM_BAD or
 * NUM_RANGE.  rel and isint may be NULL.
 */
int	num_parse(const char *s, size_t len, double *x, float *rel, int *isint);
/* The decimal point num_parse() reads: '.', or ',' (--decimal-comma).
 * Option values (num_parse_opt) and output always use '.'. */
extern char num_point;

/* Parse an option value strictly: the whole string, finite; 0 or -1. */
int	num_parse_opt(const char *s, double *x);
/* Parse a whole non-negative integer option value in [lo, hi]; 0 or -1. */
int	num_parse_int(const char *s, long lo, long hi, long *v);
/*
 * Parse a comma-separated list of option values ("1,2.5,-3") into *v (a
 * new array, free()) and *n.  Returns 0; -1 for an empty or over-long
 * item (the list is malformed); -2 for an item that is not a number, a
 * copy of which is left in bad (badsz bytes).  *v is NULL on failure.
 */
int	num_parse_list(const char *s, double **v, size_t *n, char *bad,
	    size_t badsz);

/*
 * Format x into buf (NUM_BUFSZ bytes): with digits 0, the shortest form
 * that reads back to the same double ("0.1", "5", "1e+21"); otherwise
 * rounded to that many significant digits.  Returns the length.
 */
size_t	num_format(double x, int digits, char *buf);

#endif
