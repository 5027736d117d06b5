/*
 * join: the rows of two tables matched by key columns (inner, left, right,
 * full, semi, anti), as pandas' merge and R's merge() match them.
 *
 * The smaller input (by file size; the one that is not standard input) is
 * read into a hash table of its keys and the other streams past it, so
 * memory is that of the smaller side.  Rows come in the order of the
 * streamed side, each with its matches in the order of the hashed side;
 * rows of the hashed side that nothing matched (left, right, full) come
 * last, in their order.  Missing keys match each other, as in R and
 * pandas.  Key cells compare as text, except that where the hashed side's
 * key column holds only numbers a number on the streamed side compares
 * as a number (1 matches 1.0).
 *
 * With sorted (--sorted) neither input is held: both are read side by
 * side (wrangle/pull) and merged, holding only the right rows of the key
 * being matched.  Both inputs must be sorted by their keys as `statpipe
 * sort -k` sorts them: per key, two numbers compare as numbers, other
 * values as bytes, missing values last; a row whose keys come before the
 * row above is an error naming its file and line.  Rows come in key
 * order: each left row with its matches in the right order, the right
 * rows that nothing matched where their key falls.
 */
#ifndef JOIN_H
#define JOIN_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct rows_out;

enum join_how { JOIN_INNER, JOIN_LEFT, JOIN_RIGHT, JOIN_FULL, JOIN_SEMI,
	JOIN_ANTI };

enum join_validate { JOIN_ANY, JOIN_1_1, JOIN_1_M, JOIN_M_1 };

struct join_opts {
	enum join_how	 how;
	const char	*left_keys;	/* key columns of the left input */
	const char	*right_keys;	/* and of the right (same count) */
	int		 same_keys;	/* -k: one list for both sides, whose
					   right key columns are not repeated */
	const char	*suffix[2];	/* for names on both sides: "_x" "_y" */
	int		 indicator;	/* add _merge */
	enum join_validate validate;
	int		 sorted;	/* --sorted: merge, hold neither */
};

/* "inner" ... "anti" and "1:1" ... "m:1"; 0, or -1 if unknown. */
int	join_parse_how(const char *, enum join_how *);
int	join_parse_validate(const char *, enum join_validate *);

/*
 * Join the files left and right ("-": standard input, for one of them)
 * and write the result to w: the left columns, then the right ones
 * (without the keys given by -k), then _merge with --indicator; semi and
 * anti joins give the left columns only.  Returns 0 or -1 with d filled.
 */
int	join_run(const char *left, const char *right, const struct frame_opts *,
	    const struct join_opts *, struct rows_out *w, struct diag *d);

#endif
