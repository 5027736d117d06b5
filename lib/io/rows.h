/*
 * rows: a stream of CSV rows out, for the verbs that pass data through
 * (select, filter, mutate, and the wrangling verbs).
 *
 * Reading is frame_scan()'s (lib/frame/frame.h): files in order as one
 * table whose headers must agree, --no-header names 1, 2, 3 ..., any
 * delimiter, records parsed by threads and handed on in file order, a
 * ragged record an error with its file and line, memory flat.  Its row
 * callback gets each field's text as read (unquoted) and its length; this
 * writer puts them back:
 *
 *	static int
 *	on_row(void *ctx, const struct frame_row *row, struct diag *d)
 *	{
 *		struct rows_out *w = ctx;
 *		size_t j;
 *
 *		for (j = 0; j < row->n; j++)
 *			rows_cell(w, row->field[j], row->len[j]);
 *		return rows_end(w, d);
 *	}
 *
 * A cell passed through is written byte for byte: numbers keep their form
 * (leading zeros, trailing zeros, exponents), a missing value keeps its
 * token (NA, N/A, empty ...), and it is quoted (RFC 4180) only where CSV
 * needs it: when it holds the delimiter, a quote, CR or LF, or starts or
 * ends with a blank.  A computed number is written as every result number
 * is (num_format(): the shortest form that reads back, or --digits); a
 * computed missing value is an empty field.
 *
 * Output is buffered, and nothing is written until ROWS_HOLD bytes are
 * waiting: a command that fails on a small input (a bad value on line 5)
 * leaves no partial output, as the contract asks.  On a big input an
 * error after the first ROWS_HOLD bytes leaves the rows before it.
 */
#ifndef ROWS_H
#define ROWS_H

#include <stddef.h>
#include <stdio.h>

struct diag;

#define ROWS_HOLD	((size_t)1 << 20)	/* held before the first write */

struct rows_out;

/*
 * A writer to fp with delim between fields; digits as num_format()'s (0:
 * shortest round trip).  Free with rows_out_free().
 */
struct rows_out *rows_out_new(FILE *fp, unsigned char delim, int digits);
/* Discard what is not written yet, and free.  NULL is fine. */
void	rows_out_free(struct rows_out *);

/* Add a cell as read: its text s[0..len), byte for byte. */
void	rows_cell(struct rows_out *, const char *s, size_t len);
/* Add a computed number (NaN: an empty field; ±Inf as "inf", "-inf"). */
void	rows_num(struct rows_out *, double x);
/* Add an empty field (a computed missing value). */
void	rows_na(struct rows_out *);
/*
 * End the row.  Returns 0, or -1 with d filled when writing failed (the
 * caller stops reading).
 */
int	rows_end(struct rows_out *, struct diag *d);
/* Write what is held; 0, or -1 with d filled on a write error. */
int	rows_flush(struct rows_out *, struct diag *d);

/* Write the header: names[0..n) as cells, then end the row. */
int	rows_header(struct rows_out *, char *const *names, size_t n,
	    struct diag *d);

#endif
