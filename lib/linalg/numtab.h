/*
 * numtab: the numeric columns a learner uses, read in one pass as a dense
 * row-major matrix of the complete rows (rows with a missing value are
 * counted, not kept), and, on request, every input row as text for a view
 * that appends columns to the input (pca --scores, kmeans --assign).
 */
#ifndef NUMTAB_H
#define NUMTAB_H

#include <stddef.h>

struct diag;
struct frame_opts;
struct frame_row;
struct out_table;

struct numtab {
	size_t		 p;		/* columns used */
	char		**name;		/* their names, owned */
	size_t		 n;		/* complete rows */
	double		*x;		/* n * p, row-major */
	size_t		 nrows;		/* input rows */
	size_t		 nincomplete;	/* rows with a missing value */
	unsigned char	*complete;	/* per input row, with copy only */
	struct out_table *rows;		/* with copy: the input as text */
	size_t		 cap, ccap;
};

#define NUMTAB_BLOCK	4096	/* rows handed to block() at a time */

struct numtab_opts {
	const char	*cols;		/* column list; NULL: every column */
	char *const	*names;		/* or these columns, by exact name */
	size_t		 nnames;
	int		 copy;		/* keep the input rows as text */
	int		 no_missing;	/* a missing value is an error */
	/*
	 * If set, the complete rows are handed over in blocks of at most
	 * NUMTAB_BLOCK rows (in input order) and not kept: x stays NULL,
	 * so memory does not grow with the input.
	 */
	void		(*block)(void *arg, const double *x, size_t n,
			    size_t p);
	void		*arg;
	/*
	 * If set (instead of block), a view that passes rows through: head()
	 * gets the input's column names, then row() every input row as read
	 * with its p values (NaN where missing); nothing is kept.  Each
	 * returns 0, or -1 with d filled.
	 */
	int		(*head)(void *arg, char *const *names, size_t n,
			    struct diag *d);
	int		(*row)(void *arg, const struct frame_row *row,
			    const double *x, struct diag *d);
};

/*
 * Read the files (none, or "-", for stdin): the columns of o->cols must be
 * numbers (finite) or missing.  Returns 0, or -1 with d filled (an unknown
 * column is STATUS_USAGE).
 */
int	numtab_read(int nfiles, char **files, const struct frame_opts *,
	    const struct numtab_opts *o, struct numtab *t, struct diag *d);
void	numtab_free(struct numtab *);

/*
 * With copy: take the input rows as a table with n more columns, named
 * names[], empty (t->rows is then NULL).
 */
struct out_table *numtab_widen(struct numtab *, const char *const *names,
	    size_t n);

/*
 * Centre every column on its mean and divide it by its sd (n - 1), as R's
 * scale(x); mean[] and sd[] (p each) get what was used.  -1 with d filled
 * for a constant column.
 */
int	numtab_scale(struct numtab *, double *mean, double *sd,
	    struct diag *d);

#endif
