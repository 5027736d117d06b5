/*
 * uniq: distinct rows, or one row per distinct key (pandas'
 * drop_duplicates, dplyr's distinct(.keep_all = TRUE)): the first of each
 * (streamed), or the last (--keep last; rows held), in file order;
 * --count adds n, the rows of each.  Missing values are a key of their
 * own, whatever their spelling.
 */
#ifndef UNIQ_H
#define UNIQ_H

struct diag;
struct frame_opts;
struct rows_out;

struct uniq_opts {
	const char	*keys;		/* -k, or NULL: every column */
	int		 count;		/* --count: add n */
	int		 keep_last;	/* --keep last */
};

int	uniq_run(int nfiles, char **files, const struct frame_opts *,
	    const struct uniq_opts *, struct rows_out *w, struct diag *d);

#endif
