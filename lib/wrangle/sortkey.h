/*
 * sortkey: the keys of sort, head -k and the other verbs that order rows
 * ("col", "col:desc", "col:n", "col:t", "col:x") and how two values of a
 * key compare.
 */
#ifndef SORTKEY_H
#define SORTKEY_H

#include <stddef.h>

struct diag;

enum sortkey_type {
	SORTKEY_AUTO,		/* numbers if every value is one, else bytes */
	SORTKEY_NUM,		/* :n  numbers; other text is an error */
	SORTKEY_NATURAL,	/* :t  "a2" before "a10" */
	SORTKEY_BYTES		/* :x  bytes (memcmp) */
};

struct sortkey {
	size_t		 col;		/* column index */
	enum sortkey_type type;		/* as asked */
	int		 desc;		/* :desc */
	int		 numeric;	/* compare as numbers (SORTKEY_NUM, or
					   AUTO whose values are all numbers) */
};

/*
 * Parse a key list "a,b:desc,3:n:desc" against the header: each item a
 * column (name or number, as cols_parse() reads it) and modifiers desc,
 * n, t, x after colons.  A name that exists with its colons wins.  On
 * success *keys (the caller frees) holds *n keys; an unknown column or
 * modifier is a STATUS_USAGE error.
 */
int	sortkey_parse(const char *spec, char *const *names, size_t ncols,
	    struct sortkey **keys, size_t *n, struct diag *);

/* Natural order: runs of digits compare as numbers ("a2" < "a10"), the
 * rest as bytes; equal values by leading zeros ("a1" < "a01"), then
 * bytes.  Returns <0, 0 or >0. */
int	sortkey_natural_cmp(const char *a, size_t alen, const char *b,
	    size_t blen);
/* Bytes, a shorter prefix first.  Returns <0, 0 or >0. */
int	sortkey_bytes_cmp(const char *a, size_t alen, const char *b,
	    size_t blen);

/*
 * One key's value in a row, made ready to compare: its number if the key
 * compares as numbers, else its text; missing values flagged.
 */
struct sortkey_val {
	double		 x;		/* numeric keys */
	const char	*s;		/* the text */
	size_t		 len;
	int		 na;		/* a missing value */
};

/*
 * Compare two rows' values of nkeys keys: missing values last (first with
 * na_first) whatever the direction.  Returns <0, 0 or >0; equal rows keep
 * their order (the caller breaks ties by position).
 */
int	sortkey_cmp(const struct sortkey *keys, size_t nkeys,
	    const struct sortkey_val *a, const struct sortkey_val *b,
	    int na_first);

/*
 * A double mapped to an unsigned integer of the same order (-0 as 0), for
 * radix sorting.
 */
unsigned long long sortkey_radix(double x);

#endif
