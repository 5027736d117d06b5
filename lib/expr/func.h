/*
 * func: the functions of the expression language (math, strings, regular
 * expressions, dates), for lib/expr/expr.c only.
 */
#ifndef FUNC_H
#define FUNC_H

#include <stddef.h>

#include "expr/value.h"

struct diag;

/*
 * Strings made while evaluating a row: blocks that are never moved (a
 * value made earlier in the row stays valid) and reused from row to row.
 */
struct func_scratch {
	char		**blk;
	size_t		 *cap;
	size_t		  nblk, cur, used;
};

/* n bytes of scratch, valid until func_scratch_reset(). */
char	*func_alloc(struct func_scratch *, size_t n);
void	func_scratch_reset(struct func_scratch *);
void	func_scratch_release(struct func_scratch *);

/* What an argument is made into before the call. */
#define FUNC_NUM	'n'	/* a number (a boolean is 0 or 1) */
#define FUNC_STR	's'	/* a string (a number is formatted) */
#define FUNC_ANY	'a'	/* as it is */
#define FUNC_REGEX	'r'	/* a string literal: a POSIX ERE */

/* What the call needs beyond its arguments. */
struct func_call {
	struct func_scratch *scratch;
	const void	*regex;		/* the compiled regex_t of the
					   FUNC_REGEX argument */
};

struct func {
	const char	*name;
	const char	*args;		/* FUNC_* per argument; the last one
					   stands for the rest */
	signed char	 min, max;	/* arguments; max -1: any number */
	unsigned char	 ret;		/* enum expr_type */
	unsigned char	 na_in;		/* called with NA arguments (else an
					   NA argument gives NA) */
	/* 0, or -1 with d filled; NaN results become NA */
	int		(*fn)(const struct expr_val *a, int n,
			    struct expr_val *out, struct func_call *,
			    struct diag *d);
};

/* The names of the functions, comma-separated (for messages). */
extern const char func_names[];
/* The function called name, or NULL. */
const struct func *func_find(const char *name, size_t len);
/* Format a number or boolean as a string in scratch (str()). */
void	func_to_str(const struct expr_val *v, struct expr_val *out,
	    struct func_scratch *);

#endif
