/*
 * stack: tables one after the other (csvstack, pandas' concat, dplyr's
 * bind_rows): the union of their headers in order of first appearance, a
 * cell of a column a file lacks empty; --source adds, first, a column
 * with the file each row comes from.  The headers are read first, then
 * the rows stream.  A name twice in one header is two columns, matched
 * by occurrence.
 */
#ifndef STACK_H
#define STACK_H

struct diag;
struct frame_opts;
struct rows_out;

struct stack_opts {
	const char	*source;	/* --source NAME, or NULL */
};

int	stack_run(int nfiles, char **files, const struct frame_opts *,
	    const struct stack_opts *, struct rows_out *w, struct diag *d);

#endif
