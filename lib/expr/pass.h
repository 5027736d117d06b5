/*
 * pass: the verbs that pass rows through, streaming: select and rename
 * (columns), filter (rows where an expression is true) and mutate
 * (computed columns).  Each reads its files with frame_scan() and writes
 * with lib/io/rows: cells it does not compute are copied byte for byte,
 * and memory stays flat (mutate's window functions keep a little state
 * per group).
 */
#ifndef PASS_H
#define PASS_H

#include <stddef.h>
#include <stdio.h>

#include "expr/expr.h"

struct diag;
struct frame_opts;

struct pass_opts {
	FILE		*out;		/* where the rows go */
	unsigned char	 delim;		/* ... and their delimiter */
	int		 digits;	/* computed numbers: num_format()'s */
	/* select */
	const char	*cols;		/* "a,b,4,6-8,/regex/" */
	int		 exclude;	/* -x: every column but those */
	/* rename */
	const char	*renames;	/* "old=new,old2=new2" */
	/* filter: exprs[0]; mutate: assignments `NAME = EXPR` */
	const char *const *exprs;
	size_t		 nexprs;
	const char	*source;	/* the expression's name in messages:
					   "expression" or -f's file */
	int		 invert;	/* filter -v */
	const char	*keys;		/* mutate -k: window groups, or NULL */
	const struct expr_var *vars;	/* -s name=value */
	size_t		 nvars;
	size_t		 na_rows;	/* out: filter's rows where the
					   expression was NA (not kept) */
};

/*
 * Each reads the files (none, or "-": stdin) as one table and writes the
 * result to o->out (a header unless in->no_header).  Returns 0, or -1 with
 * d filled: a usage error (an unknown column, a bad expression) before any
 * output, or a data error naming file, line and column.
 */
int	pass_select(int nfiles, char **files, const struct frame_opts *in,
	    struct pass_opts *o, struct diag *d);
int	pass_rename(int nfiles, char **files, const struct frame_opts *in,
	    struct pass_opts *o, struct diag *d);
int	pass_filter(int nfiles, char **files, const struct frame_opts *in,
	    struct pass_opts *o, struct diag *d);
int	pass_mutate(int nfiles, char **files, const struct frame_opts *in,
	    struct pass_opts *o, struct diag *d);

/*
 * Parse "-s name=value" into v (pointing into arg, which must last);
 * 0, or -1 if arg has no '=' or the name is not an identifier.
 */
int	pass_var(char *arg, struct expr_var *v);

#endif
