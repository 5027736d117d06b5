/*
 * head: the first or last rows of a table, or of each group of rows with
 * the same keys (pandas' groupby().head(n), dplyr's slice_head).  head
 * streams and stops reading once it has all it needs; tail holds the last
 * n rows of each group.  Rows come in file order.
 */
#ifndef HEAD_H
#define HEAD_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct rows_out;

struct head_opts {
	size_t		 n;		/* rows (of each group) */
	const char	*keys;		/* -k, or NULL: the whole table */
	int		 tail;		/* the last rows instead */
};

int	head_run(int nfiles, char **files, const struct frame_opts *,
	    const struct head_opts *, struct rows_out *w, struct diag *d);

#endif
