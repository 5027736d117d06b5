/*
 * transpose: rows turned into columns (datamash transpose, t() of a data
 * frame read as text): the header line is the first column of the
 * output, and the output's first line is the input's first column.  Every
 * cell passes through byte for byte; the rows are held.  With --no-header
 * there is no header line to turn, and the output has none either.  A
 * ragged row is an error, as everywhere: the output is rectangular.
 */
#ifndef TRANSPOSE_H
#define TRANSPOSE_H

struct diag;
struct frame_opts;
struct rows_out;

int	transpose_run(int nfiles, char **files, const struct frame_opts *,
	    struct rows_out *w, struct diag *d);

#endif
