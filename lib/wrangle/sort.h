/*
 * sort: rows ordered by typed keys, stable, missing values last; inputs
 * bigger than the buffer sorted in runs on temporary files and merged.
 */
#ifndef SORT_H
#define SORT_H

#include <stddef.h>

#include "wrangle/sortkey.h"

struct diag;
struct frame_opts;
struct rows_out;

#define SORT_BUFFER_DEFAULT	((size_t)256 << 20)	/* 256 MiB */

struct sort_opts {
	const char	*keys;		/* -k: "a,b:desc,c:n" */
	int		 na_first;	/* --na-first */
	int		 check;		/* --check: only say if sorted */
	size_t		 buffer_size;	/* bytes of rows held; 0: default */
};

/*
 * The plain-array entry: order[0..nrows) gets the row indexes sorted by
 * the keys, whose values are vals[row * nkeys + k]; equal rows keep their
 * order.
 */
void	sort_order(const struct sortkey *keys, size_t nkeys,
	    const struct sortkey_val *vals, size_t nrows, int na_first,
	    size_t *order);

/* "64M", "1G", "512K", "100" (MiB): bytes; 0, or -1 if not a size. */
int	sort_parse_size(const char *s, size_t *bytes);

/*
 * Read the files (frame_scan()'s rules) and write their rows sorted to w,
 * the header first.  With check, write nothing and fail (STATUS_DATA,
 * file and line of the first row out of order) unless sorted.  Returns 0
 * or -1 with d filled.
 */
int	sort_run(int nfiles, char **files, const struct frame_opts *in,
	    const struct sort_opts *, struct rows_out *w, struct diag *d);

#endif
