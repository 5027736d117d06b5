/*
 * out: result tables and the one writer every command uses.
 *
 * A table owns copies of its names and texts.  Cells are numbers, texts or
 * empty (an undefined value); nothing is written until the table is whole.
 */
#ifndef OUT_H
#define OUT_H

#include <stddef.h>
#include <stdio.h>

enum out_format { OUT_CSV, OUT_TSV, OUT_TABLE, OUT_JSON, OUT_MARKDOWN,
	OUT_XTAB };

#define OUT_HUMAN_DIGITS	7	/* table, markdown, xtab: R's digits */

struct out_cell {
	double		 num;		/* NaN is empty, unless a text */
};

struct out_table {
	size_t		 ncols, nrows, rowcap;
	char		**name;		/* column names, owned */
	struct out_cell	*cell;		/* nrows * ncols, row-major */
	char		*arena;		/* the texts, back to back */
	size_t		 arena_len, arena_cap;
	size_t		*textoff;	/* per cell: arena offset + 1, 0: none */
	unsigned char	*raw;		/* per cell: 1 if out_raw()'s; NULL
					   until there is one */
};

struct out_opts {
	enum out_format	format;
	int		digits;		/* 0: shortest round-trip form (csv,
					   tsv, json), OUT_HUMAN_DIGITS (the
					   formats for people) */
	int		threads;	/* to format many rows (0, 1: one) */
	int		no_header;	/* csv, tsv: the rows only (a state) */
};

struct out_table *out_new(void);
void	out_free(struct out_table *);
/* Add a column; only before the first row. */
void	out_column(struct out_table *, const char *name);
/* Start a new row of empty cells; returns its index. */
size_t	out_row(struct out_table *);
/* Make room for n rows in all (a hint: rows are added by out_row). */
void	out_reserve(struct out_table *, size_t n);
void	out_num(struct out_table *, size_t row, size_t col, double);
/* Set a text cell; NULL leaves it empty. */
void	out_text(struct out_table *, size_t row, size_t col, const char *);
/*
 * Set a cell passed through from the input: csv and tsv write its text
 * byte for byte (an NA as written, " 25 " with its blanks), the other
 * formats the number v (NaN: empty, null in JSON) as out_num().
 */
void	out_raw(struct out_table *, size_t row, size_t col, double v,
	    const char *text);

/* "csv" ... "markdown", "xtab"; 0 or -1 if unknown. */
int	out_parse_format(const char *, enum out_format *);
/*
 * Write the table; 0, or -1 on a write error (errno set).  Whole numbers
 * are written whole whatever the digits; table, markdown and xtab write
 * p-values below 2.2e-16 as "<2.2e-16" and count display cells.
 */
int	out_write(FILE *, const struct out_table *, const struct out_opts *);

#endif
