/* csvio: CSV records in and fields out over libcsv, parsed by threads. */
#include <sys/stat.h>

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "io/csvio.h"
#include "io/zin.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"

/*
 * The longest field: longer is an error naming it, rather than memory
 * running out.  Fields are kept whole (a cell may be one), so this bounds
 * the memory a single field takes.
 */
#define FIELD_MAX	((size_t)64 << 20)
#define FIELD_MAX_MIB	64

enum { BLOCK = 1 << 16 };		/* bytes read at a time */
enum { PEEK = 1 << 12 };		/* ... when looking for a LF */
/* A thread's share of a file: small, so that its records are still in a
 * cache when they are handed on. */
#define STRETCH		((off_t)1 << 16)
#define PARALLEL_MIN	((off_t)2 << 20)	/* smaller files: one thread */

/*
 * The records parsed from a stretch of input, kept until they are handed
 * on in order: the serial reader hands them on after every block, the
 * parallel reader after every stretch.  Lines count from the stretch's
 * start (1 is its first line); the reader adds the lines before it.
 */
struct csvio_batch {
	char		*buf;		/* the fields, back to back, NUL-ended */
	size_t		 buflen, bufcap;
	uint32_t	*len;		/* per field: its length (fields past
					   FIELD_MAX fail: 32 bits hold it) */
	struct csvio_num *num;		/* ... and as a number, from numfrom */
	size_t		 nfield, fieldcap, numfrom;
	struct {
		size_t	 field;		/* per record: its first field */
		size_t	 off;		/* ... where it begins in buf: the
					   others follow, each len + 1 on */
	}		*rec;
	size_t		*line;		/* per record: where it starts */
	size_t		 nrec, reccap, linecap;
	size_t		 cur;		/* first field of the record being read */
	size_t		 curoff;	/* ... where it begins in buf */
	size_t		 nl;		/* newlines the parser consumed */
	size_t		 next;		/* line where the next record begins */
	size_t		 lines;		/* newlines in the bytes parsed */
	int		 check_nul;	/* a NUL byte was seen */
	unsigned	 quotes;	/* bit 0: this feed holds a quote,
					   bit 1: the one before */
	int		 armed, stop;	/* stop at the next record end */
	int		 failed;	/* err follows the records */
	size_t		 errline;	/* its line, 0 for none */
	struct diag	 err;
	off_t		 start, end;	/* the stretch parsed: [start, end) */
	const unsigned char *mode;	/* CSVIO_TEXT ... per field */
	size_t		 nmode;
	const struct num_na *na;
};

/* A field as a number. */
static void
read_number(struct csvio_batch *b, const char *s, size_t len,
    struct csvio_num *v)
{
	int isint;

	if (num_na_match(b->na, s, len)) {
		v->rc = CSVIO_NUM_MISSING;
		return;
	}
	v->rc = (short)num_parse(s, len, &v->x, &v->rel, &isint);
	v->isint = (short)isint;
}

static void
fail(struct csvio_batch *b, size_t line)
{
	b->failed = 1;
	b->errline = line;
}

/* A field; plain: from split_plain(), so it holds no NUL or newline. */
static inline __attribute__((always_inline)) void
add_field(struct csvio_batch *b, const char *s, size_t len, int plain)
{
	const char *p = s, *end;
	size_t j = b->nfield - b->cur;
	int mode = j < b->nmode ? b->mode[j] : CSVIO_TEXT;

	if (b->failed)
		return;
	if (b->nfield == b->cur) {	/* a record begins */
		b->line = xgrow(b->line, &b->linecap, b->nrec + 1,
		    sizeof(*b->line));
		b->line[b->nrec] = b->next;
		b->curoff = b->buflen;
	}
	/* libcsv ends each field with a NUL (CSV_APPEND_NULL): an earlier
	 * one is in the data */
	if (!plain && b->check_nul && len > 0 && strlen(p) != len) {
		diag_set(&b->err, STATUS_DATA, "field %zu holds a NUL byte",
		    j + 1);
		fail(b, b->line[b->nrec]);
		return;
	}
	/*
	 * Newlines inside quotes still move the line count on.  A field
	 * with one was quoted, and its closing quote came in this feed or,
	 * just before the delimiter, in the one before.
	 */
	if (!plain && b->quotes)
		for (end = p + len; (p = memchr(p, '\n', end - p)) != NULL;
		    p++)
			b->nl++;
	if (b->nfield == b->fieldcap) {	/* two arrays of fieldcap */
		size_t cap = b->fieldcap;

		b->num = xgrow(b->num, &cap, b->nfield + 1, sizeof(*b->num));
		b->len = xgrow(b->len, &b->fieldcap, b->nfield + 1,
		    sizeof(*b->len));
	}
	if (mode == CSVIO_SKIP)	/* no copy: nobody reads it */
		len = 0;
	b->buf = xgrow(b->buf, &b->bufcap, b->buflen + len + 1, 1);
	if (len > 0)
		memcpy(b->buf + b->buflen, s, len);
	b->buf[b->buflen + len] = '\0';
	if (mode == CSVIO_NUMBER)	/* num[] of other fields: not read */
		read_number(b, b->buf + b->buflen, len, &b->num[b->nfield]);
	b->len[b->nfield++] = (uint32_t)len;
	b->buflen += len + 1;
}

static void
on_field(void *s, size_t len, void *data)
{
	add_field(data, s, len, 0);
}

/*
 * With CSV_REPALL_NL libcsv reports every unquoted CR and LF: a record
 * ends at the first, and each LF counts a line (so CRLF counts once).
 */
static void
on_record(int c, void *data)
{
	struct csvio_batch *b = data;

	if (b->failed)
		return;
	if (b->nfield > b->cur) {	/* else a blank line, or CRLF's LF */
		b->rec = xgrow(b->rec, &b->reccap, b->nrec + 2,
		    sizeof(*b->rec));
		b->rec[b->nrec].field = b->cur;
		b->rec[b->nrec++].off = b->curoff;
		b->rec[b->nrec].field = b->cur = b->nfield;
	}
	if (c == '\n') {
		b->nl++;
		b->stop |= b->armed;
	}
	b->next = b->nl + 1;
}

/*
 * Keep blanks: numbers allow them and text keeps them as written.  libcsv
 * calls a space function for each byte, which slows its loop by a fifth;
 * where a feed has no blank, its own test (space or tab) is false for
 * every byte just as this one is, so feed() sets this one only for feeds
 * with a blank.
 */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

/* Count the newlines in s[0..len). */
static size_t
count_nl(const char *s, size_t len)
{
	size_t n = 0, i;

	for (i = 0; i < len; i++)	/* vectorized: no call a line */
		n += s[i] == '\n';
	return n;
}

static void
batch_start(struct csvio_batch *b, struct csv_parser *p, unsigned char delim,
    off_t start)
{
	b->nfield = b->cur = b->nrec = b->buflen = b->numfrom = 0;
	b->nl = b->lines = 0;
	b->next = 1;
	b->armed = b->stop = b->failed = b->check_nul = 0;
	b->quotes = 0;
	b->errline = 0;
	b->start = b->end = start;
	/* fails only for a NULL parser */
	(void)csv_init(p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	    CSV_REPALL_NL);
	csv_set_delim(p, delim);
}

static void
batch_free(struct csvio_batch *b)
{
	free(b->buf);
	free(b->len);
	free(b->num);
	free(b->rec);
	free(b->line);
}

/* The bytes of w equal to the byte of every[] (0x0101... times it): the
 * lowest set 0x80 bit marks the first (higher ones may be false). */
static inline uint64_t
bytes_eq(uint64_t w, uint64_t every)
{
	uint64_t x = w ^ every;

	return (x - 0x0101010101010101u) & ~x & 0x8080808080808080u;
}

/*
 * Whole records (s[len - 1] is a LF) without a quote, CR or NUL, split
 * here as libcsv would split them: fields at each delimiter, a record at
 * each LF, blank lines none.  Blanks stay either way (see no_space()).
 * libcsv copies every byte into its field buffer and tests it against
 * each of its cases; this looks at eight bytes a step, and copies once.
 */
static void
split_plain(struct csvio_batch *b, unsigned char delim, const char *s,
    size_t len)
{
	const char *end = s + len, *line = s, *f = s, *p = s;
	const uint64_t dd = 0x0101010101010101u * delim,
	    nn = 0x0101010101010101u * '\n';
	uint64_t w, m;

	while (p < end) {
		/* eight bytes at a time to the next delimiter or LF */
		if (end - p >= 8) {
			memcpy(&w, p, sizeof(w));
			m = bytes_eq(w, dd) | bytes_eq(w, nn);
			if (m == 0) {
				p += 8;
				continue;
			}
			p += __builtin_ctzll(m) >> 3;
		} else if (*p != (char)delim && *p != '\n') {
			p++;
			continue;
		}
		if (*p == (char)delim) {
			add_field(b, f, p - f, 1);
			f = p + 1;
		} else {
			if (p > line)	/* else a blank line */
				add_field(b, f, p - f, 1);
			on_record('\n', b);
			line = f = p + 1;
		}
		p++;
	}
}

#define LIBCSV_ROW_NOT_BEGUN	0	/* libcsv's pstate between records */

/* libcsv parses s[0..len), off bytes into the feed at s - off: 0, or -1
 * with the error in b. */
static int
feed_libcsv(struct csv_parser *p, struct csvio_batch *b, const char *s,
    size_t len, size_t off)
{
	size_t done = csv_parse(p, s, len, on_field, on_record, b);

	if (b->failed)
		return -1;
	if (done != len) {
		if (csv_error(p) == CSV_EPARSE)
			diag_set(&b->err, STATUS_DATA,
			    "malformed quoted field");
		else
			diag_set(&b->err, STATUS_DATA, "out of memory in "
			    "field %zu", b->nfield - b->cur + 1);
		fail(b, b->lines + count_nl(s - off, off + done) + 1);
		return -1;
	}
	return 0;
}

/*
 * Parse len bytes; returns 0, or -1 with the error in b.  Between records,
 * the records before the next quote go to split_plain(); from a quote on,
 * libcsv parses a line at a time until its record has ended.
 */
static int
feed(struct csv_parser *p, struct csvio_batch *b, const char *s, size_t len)
{
	const char *q = s, *end = s + len, *quote, *last, *to;
	int plain, blanks = -1;

	/* a field may span blocks: once a NUL is seen, check every one */
	b->check_nul |= memchr(s, '\0', len) != NULL;
	b->quotes = (b->quotes << 1 | (memchr(s, '"', len) != NULL)) & 3;
	plain = !b->check_nul && memchr(s, '\r', len) == NULL;
	while (q < end) {
		to = end;
		if (plain && p->pstate == LIBCSV_ROW_NOT_BEGUN) {
			quote = memchr(q, '"', end - q);
			last = memrchr(q, '\n', (quote ? quote : end) - q);
			if (last != NULL) {
				split_plain(b, p->delim_char, q, last + 1 - q);
				if (b->failed)
					return -1;
				q = last + 1;
			}
			if (quote != NULL)	/* its line */
				to = memchr(quote, '\n', end - quote);
		} else if (plain)	/* inside a record: on to its line end */
			to = memchr(q, '\n', end - q);
		to = to == NULL ? end : to + (to < end);
		if (q < to && blanks < 0) {	/* once a feed, if need be */
			blanks = memchr(s, ' ', len) != NULL ||
			    memchr(s, '\t', len) != NULL;
			csv_set_space_func(p, blanks ? no_space : NULL);
		}
		if (q < to && feed_libcsv(p, b, q, to - q, q - s) != 0)
			return -1;
		q = to;
	}
	if (p->entry_pos > FIELD_MAX) {
		diag_set(&b->err, STATUS_DATA, "field %zu is longer than "
		    "%d MiB", b->nfield - b->cur + 1, FIELD_MAX_MIB);
		fail(b, b->nfield > b->cur ? b->line[b->nrec] : b->next);
		return -1;
	}
	/* grow a long field's buffer geometrically, not by 128 bytes */
	if (p->entry_size / 2 > BLOCK)
		csv_set_blk_size(p, p->entry_size / 2);
	b->lines += count_nl(s, len);
	return 0;
}

/* The end of the input: the last record may lack its newline. */
static void
finish(struct csv_parser *p, struct csvio_batch *b)
{
	if (csv_fini(p, on_field, on_record, b) != 0 && !b->failed) {
		diag_set(&b->err, STATUS_DATA, "unterminated quoted field");
		fail(b, b->next);
	}
}

/* A reader: where it is, where records go, what it reads as numbers. */
struct csvio_reader {
	const char	*name;
	size_t		 base;		/* lines before the batch */
	csvio_record_fn	 fn;
	void		*ctx;
	char		**field;	/* one record's field pointers */
	size_t		 fieldcap;
	const unsigned char *mode;	/* csvio_columns() */
	size_t		 nmode;
	const struct num_na *na;
	pthread_mutex_t	*mu;		/* guards mode with threads */
};

void
csvio_columns(struct csvio_reader *r, const unsigned char *mode, size_t n,
    const struct num_na *na)
{
	if (r->mu != NULL)
		pthread_mutex_lock(r->mu);
	r->mode = mode;
	r->nmode = n;
	r->na = na;
	if (r->mu != NULL)
		pthread_mutex_unlock(r->mu);
}

/* What the batch makes of fields from now (under r->mu with threads). */
static void
batch_mode(struct csvio_batch *b, const struct csvio_reader *r)
{
	/* fields read before have no numbers */
	if (b->mode == NULL && r->mode != NULL)
		b->numfrom = b->nfield;
	b->mode = r->mode;
	b->nmode = r->mode != NULL ? r->nmode : 0;
	b->na = r->na;
}

const char *
csvio_peek(const struct csvio_record *rec, size_t ahead, size_t col,
    size_t *len)
{
	const struct csvio_batch *b = rec->batch;
	size_t k = rec->index + ahead, f, j;
	const char *p;

	if (k >= b->nrec || col >= b->rec[k + 1].field - b->rec[k].field)
		return NULL;
	f = b->rec[k].field;
	p = b->buf + b->rec[k].off;
	for (j = 0; j < col; j++)
		p += b->len[f + j] + 1;
	*len = b->len[f + col];
	return p;
}

/*
 * Hand the batch's whole records on, then its error if it has one.  A
 * record still being read stays.  Returns 0 or -1 with d filled.
 */
static int
deliver(struct csvio_batch *b, struct csvio_reader *rd, struct diag *d)
{
	struct csvio_record rec;
	size_t i, j, keep;

	for (i = 0; i < b->nrec; i++) {
		size_t f = b->rec[i].field;
		char *p = b->buf + b->rec[i].off;

		rec.n = b->rec[i + 1].field - f;
		rd->field = xgrow(rd->field, &rd->fieldcap, rec.n + 1,
		    sizeof(*rd->field));
		for (j = 0; j < rec.n; j++) {
			rd->field[j] = p;
			p += b->len[f + j] + 1;
		}
		rec.field = rd->field;
		rec.len = b->len + f;
		rec.batch = b;
		rec.index = i;
		rec.num = b->mode != NULL && f >= b->numfrom ? b->num + f :
		    NULL;
		rec.reader = rd;
		rec.line = rd->base + b->line[i];
		if (rd->fn(rd->ctx, &rec, d) != 0)
			return diag_at(d, rd->name, rec.line, d->column);
	}
	if (b->failed) {
		*d = b->err;
		if (d->column == b->err.colbuf)
			d->column = d->colbuf;
		return diag_at(d, rd->name,
		    b->errline ? rd->base + b->errline : 0, d->column);
	}
	/* move the fields of a record not yet ended to the front */
	keep = b->nfield - b->cur;
	if (keep > 0) {
		size_t from = b->curoff;

		memmove(b->buf, b->buf + from, b->buflen - from);
		b->curoff = 0;
		for (j = 0; j < keep; j++) {
			b->len[j] = b->len[b->cur + j];
			b->num[j] = b->num[b->cur + j];
		}
		b->buflen -= from;
		b->line[0] = b->line[b->nrec];
		b->numfrom = b->numfrom > b->cur ? b->numfrom - b->cur : 0;
	} else {
		b->buflen = 0;
		b->numfrom = 0;
	}
	b->nfield = keep;
	b->cur = b->nrec = 0;
	return 0;
}

void (*csvio_progress)(const char *name, double done, double total,
    double seconds, int end);

/* Progress of a read, passed to csvio_progress (lib/ prints nothing). */
struct progress {
	int	 on;
	double	 start, last;	/* seconds */
	double	 total;		/* bytes, 0 if unknown */
	double	 done;
};

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void
progress_init(struct progress *pg, double total, int mode)
{
	memset(pg, 0, sizeof(*pg));
	pg->total = total;
	pg->on = csvio_progress != NULL && (mode == CSVIO_PROGRESS_ON ||
	    (mode == CSVIO_PROGRESS_AUTO && pg->total > 100e6));
	pg->start = pg->last = pg->on ? now() : 0;
}

/* At most every quarter second, and once at the end. */
static void
progress_show(struct progress *pg, const char *name, size_t add, int end)
{
	double t;

	pg->done += (double)add;
	if (!pg->on || (!end && (t = now()) - pg->last < 0.25))
		return;
	t = now();
	pg->last = t;
	csvio_progress(name, pg->done, pg->total, t - pg->start, end);
}

/* Where -W's squeezing is, between blocks. */
struct squeeze {
	int	gap;		/* blanks seen since the last field byte */
	int	bol;		/* at the start of a line */
};

/*
 * -W: each run of blanks in s[0..len) becomes one tab, and blanks at the
 * start or end of a line go; in place (the text only shrinks).
 */
static size_t
squeeze(struct squeeze *q, char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c == ' ' || c == '\t') {
			q->gap = !q->bol;
			continue;
		}
		if (c == '\n' || c == '\r')
			q->bol = 1;
		else {
			if (q->gap)
				s[n++] = '\t';
			q->bol = 0;
		}
		q->gap = 0;
		s[n++] = c;
	}
	return n;
}

/*
 * Read a stream block by block, handing records on after each block;
 * gzip and zstd data are decompressed on the way (zin).
 */
static int
read_serial(FILE *fp, const struct csvio_opts *o, struct progress *pg,
    struct csvio_reader *rd, struct diag *d)
{
	struct squeeze sq = { 0, 1 };
	struct csv_parser p;
	struct csvio_batch b;
	struct zin *z;
	char *block;
	double raw = 0, seen = 0;
	long len;
	int rc = -1, first = 1;

	if ((z = zin_open(fp, d)) == NULL) {
		diag_at(d, rd->name, 0, NULL);
		return -1;
	}
	block = xmalloc(BLOCK);
	memset(&b, 0, sizeof(b));
	batch_start(&b, &p, o->delim, 0);
	while ((len = zin_read(z, block, BLOCK, &raw, d)) > 0) {
		char *s = block;

		progress_show(pg, rd->name, (size_t)(raw - seen), 0);
		seen = raw;
		if (first && len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			s += 3;
			len -= 3;
		}
		first = 0;
		if (o->whitespace)
			len = (long)squeeze(&sq, s, (size_t)len);
		batch_mode(&b, rd);
		feed(&p, &b, s, (size_t)len);
		if (deliver(&b, rd, d) != 0)
			goto out;
	}
	if (len < 0) {
		diag_at(d, rd->name, 0, NULL);
		goto out;
	}
	finish(&p, &b);
	rc = deliver(&b, rd, d);
out:
	csv_free(&p);
	batch_free(&b);
	free(block);
	zin_close(z);
	return rc;
}

/*
 * The parallel reader.  A regular file is cut into stretches of about
 * STRETCH bytes that threads parse at once; the records are handed on in
 * file order by the calling thread, so results are those of the serial
 * reader.  Stretch k ends after the first record end (an unquoted LF) at
 * or after byte N(k+1) - 1, where N(k) = begin + k STRETCH; so stretch k
 * starts just after the first unquoted LF at or after N(k) - 1.  A thread
 * cannot know whether a LF is quoted without parsing from the start, so
 * it guesses the first LF of all; the guess is right unless that LF is
 * inside a quoted field.  The reader checks each guess against where the
 * stretch before really ended, and parses again from there if it was
 * wrong.
 */
struct pool {
	int		 fd;
	off_t		 begin, size;	/* the data: [begin, size) */
	size_t		 nstretch;
	unsigned char	 delim;
	pthread_mutex_t	 mu;
	pthread_cond_t	 ready, room;
	size_t		 next;		/* the next stretch to parse */
	size_t		 taken;		/* stretches handed on */
	struct slot {
		struct csvio_batch	 b;
		size_t		 k;	/* the stretch in b, if done */
		int		 done;
	}		*slot;
	size_t		 nslot;		/* stretch k goes to slot k % nslot */
	int		 quit;
	struct csvio_reader *reader;	/* its mode, under mu */
};

/* Read up to len bytes at off; 0 at the end, -1 on an error. */
static ssize_t
read_at(struct pool *pl, char *buf, size_t len, off_t off)
{
	ssize_t n;

	if (off >= pl->size)
		return 0;
	if ((off_t)len > pl->size - off)
		len = (size_t)(pl->size - off);
	while ((n = pread(pl->fd, buf, len, off)) < 0 && errno == EINTR)
		;
	return n;
}

/* The byte after the first LF at or after off, or the end. */
static off_t
after_lf(struct pool *pl, char *block, off_t off)
{
	ssize_t n;
	const char *q;

	for (; (n = read_at(pl, block, PEEK, off)) > 0; off += n)
		if ((q = memchr(block, '\n', (size_t)n)) != NULL)
			return off + (q - block) + 1;
	return pl->size;
}

static off_t
nominal(const struct pool *pl, size_t k)
{
	return k >= pl->nstretch ? pl->size : pl->begin + (off_t)k * STRETCH;
}

/* Parse stretch k of the file from start (a record start, or a guess). */
static void
parse_stretch(struct pool *pl, size_t k, off_t start, struct csvio_batch *b,
    char *block)
{
	struct csv_parser p;
	off_t pos = start, arm = nominal(pl, k + 1) - 1;
	ssize_t n;

	batch_start(b, &p, pl->delim, start);
	/* a guess past the next stretch's start: this one is empty */
	if (start > arm)
		goto out;
	for (; pos < arm; pos += n) {
		size_t want = arm - pos < BLOCK ? (size_t)(arm - pos) : BLOCK;

		if ((n = read_at(pl, block, want, pos)) <= 0)
			goto eof;
		if (feed(&p, b, block, (size_t)n) != 0)
			goto out;
	}
	/* on to the first record end at or after arm, a LF at a time */
	b->armed = 1;
	while ((n = read_at(pl, block, PEEK, pos)) > 0) {
		const char *s = block, *end = block + n, *q;

		for (; s < end; s = q) {
			q = memchr(s, '\n', end - s);
			q = q != NULL ? q + 1 : end;
			if (feed(&p, b, s, q - s) != 0)
				goto out;
			if (b->stop) {
				b->end = pos + (q - block);
				goto out;
			}
		}
		pos += n;
	}
eof:
	if (n < 0) {
		diag_set(&b->err, STATUS_DATA, "read error: %s",
		    strerror(errno));
		fail(b, 0);
		goto out;
	}
	b->end = pl->size;
	finish(&p, b);
out:
	csv_free(&p);
}

/*
 * Take the next stretch if there is room for it, parse it, and mark it
 * done; called and returns with mu held.  0 if there was none to take.
 */
static int
take_stretch(struct pool *pl, char *block)
{
	size_t k = pl->next;
	struct slot *s;

	if (pl->quit || k >= pl->nstretch || k >= pl->taken + pl->nslot)
		return 0;
	pl->next++;
	s = &pl->slot[k % pl->nslot];
	batch_mode(&s->b, pl->reader);
	pthread_mutex_unlock(&pl->mu);
	parse_stretch(pl, k, k == 0 ? pl->begin :
	    after_lf(pl, block, nominal(pl, k) - 1), &s->b, block);
	pthread_mutex_lock(&pl->mu);
	s->k = k;
	s->done = 1;
	pthread_cond_broadcast(&pl->ready);
	return 1;
}

static void *
worker(void *arg)
{
	struct pool *pl = arg;
	char *block = xmalloc(BLOCK);

	pthread_mutex_lock(&pl->mu);
	while (!pl->quit && pl->next < pl->nstretch)
		if (!take_stretch(pl, block))	/* no room yet */
			pthread_cond_wait(&pl->room, &pl->mu);
	pthread_mutex_unlock(&pl->mu);
	free(block);
	return NULL;
}

static int
read_parallel(struct pool *pl, int nthreads, struct progress *pg,
    struct csvio_reader *rd, struct diag *d)
{
	pthread_t *th = xcalloc(nthreads, sizeof(*th));
	char *block = xmalloc(BLOCK);
	off_t at = pl->begin;	/* where the next stretch really starts */
	size_t k;
	int i, started = 0, rc = 0;

	/* room to run ahead: a thread seldom waits for the reader to wake */
	pl->nslot = 4 * nthreads;
	nthreads--;	/* the reading thread parses too, when it would wait */
	pl->slot = xcalloc(pl->nslot, sizeof(*pl->slot));
	pthread_mutex_init(&pl->mu, NULL);
	rd->mu = &pl->mu;
	pthread_cond_init(&pl->ready, NULL);
	pthread_cond_init(&pl->room, NULL);
	for (i = 0; i < nthreads; i++)
		if (pthread_create(&th[i], NULL, worker, pl) == 0)
			started++;
	for (k = 0; k < pl->nstretch && rc == 0; k++) {
		struct slot *s = &pl->slot[k % pl->nslot];

		pthread_mutex_lock(&pl->mu);
		/* rather than wait, parse a stretch (k itself if untaken) */
		while (!(s->done && s->k == k))
			if (!take_stretch(pl, block))
				pthread_cond_wait(&pl->ready, &pl->mu);
		pthread_mutex_unlock(&pl->mu);
		/* the guess was wrong: parse again from where it starts */
		if (s->b.start != at) {
			batch_mode(&s->b, rd);
			parse_stretch(pl, k, at, &s->b, block);
		}
		progress_show(pg, rd->name, s->b.end - at, 0);
		rc = deliver(&s->b, rd, d);
		rd->base += s->b.lines;
		at = s->b.end;
		pthread_mutex_lock(&pl->mu);
		s->done = 0;
		pl->taken++;
		pthread_cond_broadcast(&pl->room);
		pthread_mutex_unlock(&pl->mu);
	}
	pthread_mutex_lock(&pl->mu);
	pl->quit = 1;
	pthread_cond_broadcast(&pl->room);
	pthread_mutex_unlock(&pl->mu);
	for (i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	for (k = 0; k < pl->nslot; k++)
		batch_free(&pl->slot[k].b);
	pthread_cond_destroy(&pl->room);
	pthread_cond_destroy(&pl->ready);
	rd->mu = NULL;
	pthread_mutex_destroy(&pl->mu);
	free(pl->slot);
	free(block);
	free(th);
	return rc;
}

/* Parse [from, to) of the file by read_parallel(). */
static int
read_range(struct pool *pl, off_t from, off_t to, int nthreads,
    struct progress *pg, struct csvio_reader *rd, struct diag *d)
{
	pl->begin = from;
	pl->size = to;
	pl->nstretch = (size_t)((to - from) / STRETCH);
	if (pl->nstretch == 0)
		pl->nstretch = 1;
	pl->next = pl->taken = 0;
	pl->quit = 0;
	pl->reader = rd;
	return read_parallel(pl, nthreads, pg, rd, d);
}

/* Where the data of shard i of n starts: as stretches do, after a LF. */
static off_t
shard_start(struct pool *pl, char *block, off_t begin, off_t len,
    unsigned long i, unsigned long n)
{
	if (i == 0)
		return begin;
	if (i >= n)
		return pl->size;
	/* begin + len i / n, without overflow */
	return after_lf(pl, block, begin + len / (off_t)n * (off_t)i +
	    len % (off_t)n * (off_t)i / (off_t)n - 1);
}

/*
 * The header record (if asked) and shard o->shard of o->nshard of the
 * data.  Lines are counted from the shard's start: what comes before is
 * not read.
 */
static int
read_shard(struct pool *pl, const struct csvio_opts *o, struct progress *pg,
    struct csvio_reader *rd, struct diag *d)
{
	char *block = xmalloc(BLOCK), bom[3];
	off_t size = pl->size, begin, a, b;
	int rc = 0;

	if ((begin = lseek(pl->fd, 0, SEEK_CUR)) < 0)
		begin = 0;
	if (read_at(pl, bom, 3, begin) == 3 &&
	    memcmp(bom, "\xef\xbb\xbf", 3) == 0)
		begin += 3;
	if (o->shard_header) {
		off_t h = after_lf(pl, block, begin);

		rc = read_range(pl, begin, h, 1, pg, rd, d);
		pl->size = size;
		begin = h;
	}
	a = shard_start(pl, block, begin, size - begin, o->shard, o->nshard);
	b = shard_start(pl, block, begin, size - begin, o->shard + 1,
	    o->nshard);
	if (rc == 0 && a < b)
		rc = read_range(pl, a, b, o->threads > 1 ? o->threads : 1, pg,
		    rd, d);
	free(block);
	return rc;
}

int
csvio_read(FILE *fp, const char *name, const struct csvio_opts *o,
    csvio_record_fn fn, void *ctx, struct diag *d)
{
	struct progress pg;
	struct csvio_reader rd = { .name = name, .fn = fn, .ctx = ctx };
	struct pool pool = { .fd = fileno(fp), .delim = o->delim };
	struct stat st;
	char head[4];
	int rc, regular;

	regular = fstat(pool.fd, &st) == 0 && S_ISREG(st.st_mode);
	pool.size = regular ? st.st_size : 0;
	progress_init(&pg, (double)pool.size, o->progress);
	if (o->nshard > 0) {
		rc = o->whitespace ? diag_set(d, STATUS_USAGE, "--shard and "
		    "-W cannot be used together") :
		    regular ? read_shard(&pool, o, &pg, &rd, d) :
		    diag_set(d, STATUS_USAGE, "--shard: %s is not a regular "
		    "file", name);
		free(rd.field);
		return rc;
	}
	/* a file is read from where its offset is (stdin may be part read) */
	if (regular && o->threads > 1 && !o->whitespace &&
	    (pool.begin = lseek(pool.fd, 0, SEEK_CUR)) >= 0 &&
	    pool.size - pool.begin >= PARALLEL_MIN &&
	    read_at(&pool, head, 4, pool.begin) == 4 &&
	    zin_kind(head, 4) == ZIN_PLAIN) {	/* compressed: serial */
		if (memcmp(head, "\xef\xbb\xbf", 3) == 0)
			pool.begin += 3;
		pool.nstretch = (size_t)((pool.size - pool.begin) / STRETCH);
		pool.reader = &rd;
		rc = read_parallel(&pool, o->threads, &pg, &rd, d);
		/* read by position: the offset is left at the end, as read() */
		if (lseek(pool.fd, pool.size, SEEK_SET) < 0 && rc == 0)
			rc = diag_set(d, STATUS_DATA, "%s: %s", name,
			    strerror(errno));
	} else
		rc = read_serial(fp, o, &pg, &rd, d);
	progress_show(&pg, name, 0, 1);
	free(rd.field);
	return rc;
}

size_t
csvio_put_field(char *dst, const char *s, size_t len, unsigned char delim)
{
	int quote = 0;
	size_t i;

	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		quote = 1;
	for (i = 0; i < len && !quote; i++)
		if (s[i] == (char)delim || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n')
			quote = 1;
	if (!quote) {
		memcpy(dst, s, len);
		return len;
	}
	return csv_write2(dst, CSVIO_PUT_MAX(len), s, len, '"');
}
