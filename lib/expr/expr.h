/*
 * expr: the expression language of filter and mutate (statpipe-expr(7)).
 *
 * An expression is compiled once: parsed to a tree, its types checked and
 * its columns resolved against the header, then flattened into a program
 * for a small stack machine.  expr_eval() runs the program on one row
 * without allocating (string results go to a scratch arena that is reused
 * from row to row).
 *
 * Values are numbers (double), strings, booleans or NA.  A cell is read as
 * the context asks: as a number where a number is wanted (x + 1, x > 50),
 * as its text where a string is (x == "a", len(x)), and otherwise as a
 * number if it reads as one and its text if not; a missing cell (empty or
 * an --na string) is NA.  A computed value keeps the text of the cell it
 * came from, so that `y = x` copies x byte for byte.
 */
#ifndef EXPR_H
#define EXPR_H

#include <stddef.h>
#include <stdint.h>

#include "expr/value.h"

struct diag;
struct frame_row;
struct num_na;

/* -s name=value: a name bound to a value given as text. */
struct expr_var {
	const char	*name;
	const char	*value;	/* a number if it reads as one, else text */
};

/*
 * What names mean: the input's columns, the columns computed before (a
 * mutate's earlier assignments, slots 0, 1 ... of expr_eval()'s computed),
 * and the -s variables.  A computed column replaces an input column of
 * the same name.
 */
struct expr_env {
	char *const	*names;		/* the header */
	size_t		 ncols;
	char *const	*cnames;	/* computed columns, by slot */
	size_t		 ncomputed;
	const unsigned char *cdeferred;	/* per slot: expr_deferred() of its
					   program, or NULL */
	const struct expr_var *vars;
	size_t		 nvars;
	const struct num_na *na;	/* the missing-value strings */
	int		 window;	/* window functions allowed (mutate) */
	int		 boolean;	/* the result must be true, false or NA
					   (filter) */
};

struct expr;

/*
 * Compile text, named source in messages ("expression", or a file's
 * name).  With assign, text is `NAME = EXPR` and *target gets a copy of
 * NAME (the caller frees it).  On success *ep owns a new program.  A
 * syntax error points at its character on one line ("expression:1:7:
 * expected ')'"); an unknown column lists the columns and
 * suggests the nearest name; an unknown function lists the functions; all
 * are STATUS_USAGE.
 */
int	expr_compile(const char *text, const char *source, int assign,
	    const struct expr_env *, struct expr **ep, char **target,
	    struct diag *);
void	expr_free(struct expr *);

/*
 * mode[j] |= 1 for the input columns the program reads as numbers (the
 * reader's threads may parse them: CSVIO_NUMBER), |= 2 for those it reads
 * at all.
 */
void	expr_columns(const struct expr *, unsigned char *mode, size_t ncols);
/* Does the program use a window function (then evaluate every row in
 * order, with its group)? */
int	expr_has_window(const struct expr *);
/*
 * Does its value need whole groups (lead, rank, dense_rank, ntile)?  Then
 * evaluate every row once (a first pass: those functions give NA), call
 * expr_replay(), and evaluate every row again, in the same order, for
 * the values.
 */
int	expr_deferred(const struct expr *);
void	expr_replay(struct expr *);

/*
 * Evaluate on one row (computed: the values of the earlier slots; group:
 * the row's group for window functions, 0 without -k).  *out is valid
 * until the next expr_eval() of this program.  Returns 0, or -1 with d
 * filled (a text where a number is needed, a number compared with a
 * string), the column named; the caller adds file and line.
 */
int	expr_eval(struct expr *, const struct frame_row *,
	    const struct expr_val *computed, size_t group, struct expr_val *out,
	    struct diag *);

/* The value as a boolean: 1 true, 0 false, -1 NA (filter's test). */
int	expr_truth(const struct expr_val *);

#endif
