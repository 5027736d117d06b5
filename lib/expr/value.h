/*
 * value: the values of the expression language, which the compiler and
 * evaluator (expr), its functions (func) and its window functions
 * (window) all pass: a number, a string, a boolean or NA.
 */
#ifndef VALUE_H
#define VALUE_H

#include <stdint.h>

enum expr_type {
	EXPR_NA,		/* missing */
	EXPR_NUM,		/* x */
	EXPR_STR,		/* s[0..len) */
	EXPR_BOOL		/* x: 0 or 1 */
};

struct expr_val {
	double		 x;	/* a number, or a boolean's 0 or 1 */
	const char	*s;	/* a string; for a value read from a cell,
				   the cell's text as read; else NULL */
	uint32_t	 len;	/* s's length */
	unsigned char	 t;	/* enum expr_type */
};

#endif
