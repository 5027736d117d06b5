/*
 * frame: a columnar table read from CSV.
 *
 * Every cell is kept as text in one arena (no allocation per field).  A
 * column becomes numeric on demand (frame_numeric): one contiguous array of
 * doubles, NaN where missing, plus the relative decimal rounding error of
 * each value, so that deviations lost by rounding on input can be restored.
 * A column that the command uses only as numbers can instead be converted
 * while reading (FRAME_KEEP_NUM) and never stored as text: 12 bytes a row
 * instead of the text and its 8-byte offset, and no second pass.  A
 * factor (frame_factor) is a code per row, 4 bytes, and each level's text
 * once; one can be read that way (FRAME_KEEP_FACTOR) and never stored as
 * text either.
 */
#ifndef FRAME_H
#define FRAME_H

#include <stddef.h>
#include <stdint.h>

#include "io/csvio.h"
#include "core/num.h"

struct diag;
struct group_table;
struct out_table;

#define FRAME_NA	((size_t)-1)	/* cell offset of a missing value */
/* the cell offset of a missing value kept as written ("NA"): the offset
 * of its text with this bit set (an empty field is FRAME_NA) */
#define FRAME_NA_TEXT	(~(SIZE_MAX >> 1))
#define FRAME_NA_CODE	UINT32_MAX	/* level code of a missing value */

enum frame_type {
	FRAME_UNKNOWN,		/* not yet examined */
	FRAME_EMPTY,		/* no non-missing value */
	FRAME_INTEGER,		/* every value a whole number without point */
	FRAME_FLOAT,		/* every value a number */
	FRAME_TEXT		/* at least one value that is not a number */
};

struct frame_col {
	char		*name;		/* header name, owned */
	size_t		*cell;		/* per row: arena offset, or missing:
					   FRAME_NA or FRAME_NA_TEXT | offset */
	size_t		 nmissing;	/* missing cells */
	enum frame_type	 type;		/* after frame_numeric() */
	double		*num;		/* per row, NaN if missing; numeric only */
	float		*rel;		/* per row relative rounding error */
	size_t		 bad_row;	/* first row not a number, if TEXT */
	int		 bad_rc;	/* NUM_BAD or NUM_RANGE for that row */
	int		 looks_numeric;	/* TEXT whose first value is a number */
	int		 dropped;	/* not stored: see frame_opts.keep */
	int		 as_num;	/* read as numbers: no cell[] (FRAME_KEEP_NUM) */
	char		*bad_text;	/* as_num TEXT: the value at bad_row */
	uint32_t	*code;		/* per row: level or FRAME_NA_CODE;
					   a factor only */
	struct group_table *levels;	/* a factor's: one key, the ids are
					   the codes, by first appearance */
	int		 as_factor;	/* read as codes: no cell[]
					   (FRAME_KEEP_FACTOR) */
};

/*
 * A run of rows of one file on consecutive lines: where a row starts is
 * kept per run, not per row (8 bytes a row), as records seldom span lines.
 */
struct frame_src {
	const char	*file;		/* as named on the command line */
	size_t		 first_row;	/* first row of the run */
	size_t		 line;		/* the line it starts on */
};

struct frame {
	size_t		  ncols;
	size_t		  nrows;
	struct frame_col *col;
	struct frame_src *src;		/* the runs, in order: one or more
					   per input file */
	size_t		  nsrc;
	char		 *arena;	/* NUL-terminated cell texts */
	size_t		  arena_len, arena_cap, row_cap, src_cap;
	struct num_na	  na;		/* the missing-value strings */
};

/*
 * keep[] values.  FRAME_KEEP_NUM: the command reads the column only
 * through frame_numeric() and num[], never as text, unless frame_numeric()
 * says it is text.  Its values are converted as they are read; a column
 * whose first value (not missing) is not a number is kept as text after
 * all, so it still works where text is allowed (a factor), and one that
 * has a number first and text later keeps only that value, for
 * frame_numeric()'s message.  FRAME_KEEP_FACTOR: a column of few
 * distinct values, stored as a factor from the start (frame_factor()),
 * which frame_text() and frame_numeric() still read.
 */
#define FRAME_KEEP	1
#define FRAME_KEEP_NUM	2
#define FRAME_KEEP_FACTOR 3

struct frame_opts {
	unsigned char	 delim;		/* ',' by default */
	int		 delim_given;	/* delim was chosen (-d, --tsv): a
					   header of one field is not a hint */
	int		 whitespace;	/* -W: runs of blanks separate fields
					   (delim is a tab) */
	int		 no_header;	/* name columns 1, 2, 3 ... */
	const char	*names;		/* ... or these, comma-separated */
	unsigned long	 shard, nshard;	/* read the shard-th of nshard
					   byte ranges of one regular file
					   (nshard 0: all of it) */
	const char	*na;		/* --na list, or NULL for the default */
	int		 progress;	/* CSVIO_PROGRESS_* */
	int		 threads;	/* parsing threads (csvio_opts) */
	char *const	*shown;		/* per file given, the name messages
					   give it ("-": stdin), or NULL for
					   the names themselves (spool.h) */
	/*
	 * Called once with the header: set keep[j] for the columns to
	 * store (the rest are read and checked but not kept, which saves
	 * their memory), FRAME_KEEP or FRAME_KEEP_NUM.  NULL stores every
	 * column.  Returns 0, or -1 with the diag filled (an unknown column:
	 * STATUS_USAGE).
	 */
	int		(*keep)(void *arg, char *const *names, size_t n,
			    unsigned char *keep, struct diag *);
	void		*keep_arg;
};

/* One data record of a scan, valid during the callback only. */
struct frame_row {
	char *const	*field;		/* NUL-terminated fields */
	const uint32_t	*len;		/* their lengths */
	const struct csvio_num *num;	/* the fields read as numbers ahead
					   (see header below), or NULL */
	const struct csvio_record *rec;	/* for csvio_peek() */
	size_t		 n;		/* as many as the header has */
	size_t		 line;		/* where the record starts */
	const char	*file;		/* the file it comes from */
};

/* What a scan calls; each returns 0, or -1 with the diag filled. */
struct frame_scan_fns {
	/*
	 * once: the column names (1, 2, 3 ... with no_header).  mode[j]
	 * (n of them, CSVIO_TEXT) may be set to CSVIO_NUMBER for a column
	 * the parsing threads should read as numbers (rows then come with
	 * num), or CSVIO_SKIP for one nobody reads (its fields come empty).
	 */
	int	(*header)(void *ctx, char *const *names, size_t n,
		    unsigned char *mode, struct diag *);
	/* per data record, ragged ones excluded (they are errors) */
	int	(*row)(void *ctx, const struct frame_row *, struct diag *);
};

/*
 * Stream the files (none, or "-", for stdin) as one table whose headers
 * must agree, without keeping it: for commands that aggregate as they
 * read.  Errors from row() get the file and line; usage errors from
 * header() (an unknown column) get neither.
 */
int	frame_scan(int nfiles, char **files, const struct frame_opts *,
	    const struct frame_scan_fns *, void *ctx, struct diag *);

/*
 * Read the files (none, or "-", for stdin) as one table whose headers must
 * agree.  On success *fp owns a new frame; free it with frame_free().
 */
int	frame_read(int nfiles, char **files, const struct frame_opts *,
	    struct frame **fp, struct diag *);
void	frame_free(struct frame *);
/* Free the numbers of column col, which will not be read again (it is
 * dropped); with rel_only, only their rounding errors (rel). */
void	frame_drop(struct frame *, size_t col, int rel_only);

/*
 * The text of a cell, or NULL if missing.  Not for a dropped column, nor
 * for one read as numbers (as_num).
 */
const char *frame_text(const struct frame *, size_t col, size_t row);

/*
 * The cell as it is in the input, byte for byte: a missing value as it
 * is written ("NA", "null", "" for an empty field).  For a column kept as
 * text (FRAME_KEEP); of a factor, a missing value is "".
 */
const char *frame_raw(const struct frame *, size_t col, size_t row);
/*
 * Cell (row i, column j) of f into cell (row, col) of t, passed through:
 * csv and tsv write it byte for byte (frame_raw(), out_raw()); the other
 * formats a number if num (a column frame_numeric() read), else the text
 * (a missing value: empty, null in JSON).
 */
void	frame_out_cell(const struct frame *f, size_t j, size_t i, int num,
	    struct out_table *t, size_t row, size_t col);

/*
 * Make a column a factor if it is not one yet: code[] and levels, the text
 * of level k being group_table_key(levels, k, 0).  Not for a dropped
 * column, nor for one read as numbers.
 */
void	frame_factor(struct frame *, size_t col);

/*
 * Convert a column to numbers if every non-missing value is one.  Sets
 * col->type either way.  Returns 0, or -1 with d naming file, line, column
 * and the value when the column holds text.  A text column whose first
 * value is a number gets looks_numeric: the other value is likely a typo.
 */
int	frame_numeric(struct frame *, size_t col, struct diag *);

/*
 * The columns whose values are all numbers (or missing), with at least one
 * number, in order: *idx (free()) gets their indexes; returns how many.
 */
size_t	frame_numeric_cols(struct frame *, size_t **idx);

/*
 * Resolve a column list (cols_parse()) against the frame's names: *idx
 * (free()) gets the indexes; returns how many, or -1 with d filled.
 */
int	frame_cols(const struct frame *, const char *spec, size_t **idx,
	    struct diag *);
/* The one column of spec into *col: 0, or -1 with d (STATUS_USAGE with
 * the message why when spec names more or fewer). */
int	frame_col1(const struct frame *, const char *spec, const char *why,
	    size_t *col, struct diag *);

/* Fill d's file and line for a row. */
void	frame_where(const struct frame *, size_t row, struct diag *);

/* "integer", "float", "text" or "empty". */
const char *frame_type_name(enum frame_type);

#endif
