/*
 * csvio: CSV records in and fields out, over libcsv.  The only module that
 * includes <csv.h>.
 */
#ifndef CSVIO_H
#define CSVIO_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct diag;
struct num_na;
struct csvio_reader;
struct csvio_batch;

/* A field read as a number by the thread that parsed it. */
struct csvio_num {
	double		x;
	float		rel;
	short		rc;	/* num_parse()'s, or one of: */
	short		isint;
};
#define CSVIO_NUM_MISSING	1	/* empty or an --na string */

/* One record, valid only during the callback. */
struct csvio_record {
	char	**field;	/* NUL-terminated fields */
	const uint32_t *len;	/* their lengths */
	size_t	  n;		/* number of fields */
	size_t	  line;		/* physical line where the record starts */
	const struct csvio_num *num;	/* per field, for CSVIO_NUMBER ones */
	struct csvio_reader *reader;
	const struct csvio_batch *batch;	/* for csvio_peek() */
	size_t	  index;
};

/*
 * Field col of the record ahead records after rec, if the reader has it at
 * hand (*len its length), or NULL: to prefetch what that record will need.
 */
const char *csvio_peek(const struct csvio_record *rec, size_t ahead,
	    size_t col, size_t *len);

/*
 * Called once per record.  Return 0 to go on, or -1 after filling the
 * diag (without file and line: csvio_read adds them).
 */
typedef int (*csvio_record_fn)(void *ctx, const struct csvio_record *,
    struct diag *);

#define CSVIO_PROGRESS_AUTO	0	/* for a file over 100 MB */
#define CSVIO_PROGRESS_ON	1	/* --progress */
#define CSVIO_PROGRESS_OFF	2	/* -q */

/*
 * Shows a read's progress (cmd/ sets it; lib/ prints nothing, and with
 * NULL, the default, nothing is shown): the input's name ("-" for stdin),
 * bytes read, the total (0 if unknown), seconds since the read began;
 * end on the last call.  Called at most every quarter second while a read
 * whose progress is on runs, from the thread that reads.
 */
extern void (*csvio_progress)(const char *name, double done, double total,
    double seconds, int end);

struct csvio_opts {
	unsigned char	 delim;
	int		 progress;	/* CSVIO_PROGRESS_*: reported through
					   csvio_progress */
	int		 threads;	/* parse a regular file of 2 MiB or
					   more with this many; 0 or 1: one */
	/*
	 * nshard > 0: read only the header record (if shard_header) and the
	 * shard-th of nshard byte ranges of the data of a regular file, each
	 * starting after the first LF at or after its nominal start - 1, as
	 * the threads split it.  A quoted field with a line break across a
	 * boundary cannot be told from a record end: such files cannot be
	 * sharded.
	 */
	unsigned long	 shard, nshard;
	int		 shard_header;
	int		 whitespace;	/* -W: runs of blanks separate the
					   fields, blanks at a line's ends are
					   ignored (datamash); delim must be a
					   tab; read by one thread */
};

/*
 * Read fp (named name, "-" for stdin) record by record: RFC 4180 quoting,
 * LF or CRLF line ends, a UTF-8 byte-order mark skipped, blank lines
 * skipped.  fn is called in this thread, in file order, however many
 * threads parse: the records and errors are the same.  Returns 0 or -1
 * with d filled, file and line included.
 */
int	csvio_read(FILE *fp, const char *name, const struct csvio_opts *,
	    csvio_record_fn fn, void *ctx, struct diag *d);

/* What is made of field j (csvio_columns()): */
#define CSVIO_TEXT	0	/* its text (the default) */
#define CSVIO_NUMBER	1	/* its text and number (num_parse()) */
#define CSVIO_SKIP	2	/* nothing: "", though parsed and checked */

/*
 * From a record callback: make field j of later records what mode[j]
 * says (j < n; CSVIO_TEXT beyond), in the threads that parse, so that the
 * caller's thread need not.  na: the missing values.  Later records come
 * with num, which holds the fields of mode CSVIO_NUMBER only (and a
 * skipped field may still have its text); records read before come
 * without.  mode and na must last until csvio_read() returns.
 */
void	csvio_columns(struct csvio_reader *, const unsigned char *mode,
	    size_t n, const struct num_na *na);

/* The most csvio_put_field() writes for a field of len bytes. */
#define CSVIO_PUT_MAX(len)	(2 * (len) + 2)

/*
 * Put one field at dst (room for CSVIO_PUT_MAX(len) bytes), quoted (RFC
 * 4180) only when it holds the delimiter, a quote, CR or LF, or starts or
 * ends with a blank.  Returns the number of bytes put.
 */
size_t	csvio_put_field(char *dst, const char *s, size_t len,
	    unsigned char delim);

#endif
