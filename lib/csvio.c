#include <sys/stat.h>

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "csvio.h"
#include "diag.h"
#include "xalloc.h"

/*
 * The longest field: longer is an error naming it, rather than memory
 * running out.  Fields are kept whole (a cell may be one), so this bounds
 * the memory a single field takes.
 */
#define FIELD_MAX	((size_t)64 << 20)
#define FIELD_MAX_MIB	64

struct reader {
	char		*buf;		/* the fields of the record, back to back */
	size_t		 buflen, bufcap;
	size_t		*off;		/* field offsets into buf */
	size_t		*len;
	char		**field;
	size_t		 nfield, fieldcap, lencap, ptrcap;
	size_t		 nl;		/* newlines consumed by the parser */
	size_t		 next;		/* line where the next record begins */
	size_t		 recline;	/* line where this record began */
	int		 failed;
	csvio_record_fn	 fn;
	void		*ctx;
	struct diag	*d;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;
	const char *p = s, *end;

	if (r->failed)
		return;
	if (r->nfield == 0)
		r->recline = r->next;
	/* libcsv ends each field with a NUL (CSV_APPEND_NULL): an earlier
	 * one is in the data */
	if (len > 0 && strlen(p) != len) {
		diag_set(r->d, STATUS_DATA, "field %zu holds a NUL byte",
		    r->nfield + 1);
		r->failed = 1;
		return;
	}
	/* newlines inside quotes still move the line count on */
	for (end = p + len; (p = memchr(p, '\n', end - p)) != NULL; p++)
		r->nl++;
	r->buf = xgrow(r->buf, &r->bufcap, r->buflen + len + 1, 1);
	if (len > 0)
		memcpy(r->buf + r->buflen, s, len);
	r->buf[r->buflen + len] = '\0';
	r->off = xgrow(r->off, &r->fieldcap, r->nfield + 1, sizeof(*r->off));
	r->len = xgrow(r->len, &r->lencap, r->nfield + 1, sizeof(*r->len));
	r->off[r->nfield] = r->buflen;
	r->len[r->nfield++] = len;
	r->buflen += len + 1;
}

/*
 * With CSV_REPALL_NL libcsv reports every unquoted CR and LF: a record
 * ends at the first, and each LF counts a line (so CRLF counts once).
 */
static void
on_record(int c, void *data)
{
	struct reader *r = data;
	struct csvio_record rec;
	size_t i;

	if (r->failed)
		return;
	if (r->nfield > 0) {	/* else a blank line, or the LF of CRLF */
		r->field = xgrow(r->field, &r->ptrcap, r->nfield + 1,
		    sizeof(*r->field));
		for (i = 0; i < r->nfield; i++)
			r->field[i] = r->buf + r->off[i];
		rec.field = r->field;
		rec.len = r->len;
		rec.n = r->nfield;
		rec.line = r->recline;
		if (r->fn(r->ctx, &rec, r->d) != 0)
			r->failed = 1;
		r->nfield = 0;
		r->buflen = 0;
	}
	if (c == '\n')
		r->nl++;
	r->next = r->nl + 1;
}

/* Keep blanks: numbers allow them and text keeps them as written. */
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
	const char *end = s + len;
	size_t n = 0;

	while (s < end && (s = memchr(s, '\n', end - s)) != NULL) {
		n++;
		s++;
	}
	return n;
}

/* Progress on stderr: bytes read, the rate and, for a file, time left. */
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
progress_init(struct progress *pg, FILE *fp, int mode)
{
	struct stat st;

	memset(pg, 0, sizeof(*pg));
	if (fstat(fileno(fp), &st) == 0 && S_ISREG(st.st_mode))
		pg->total = (double)st.st_size;
	pg->on = mode == CSVIO_PROGRESS_ON || (mode == CSVIO_PROGRESS_AUTO &&
	    isatty(STDERR_FILENO) && pg->total > 100e6);
	pg->start = pg->last = pg->on ? now() : 0;
}

static void
progress_show(struct progress *pg, const char *name, size_t add, int end)
{
	double t, rate;

	pg->done += (double)add;
	if (!pg->on || (!end && (t = now()) - pg->last < 0.25))
		return;
	t = now();
	pg->last = t;
	rate = pg->done / fmax(t - pg->start, 1e-9);
	fprintf(stderr, "\r%s: %s: %.1f MB", diag_progname,
	    strcmp(name, "-") == 0 ? "stdin" : name, pg->done / 1e6);
	if (pg->total > 0)
		fprintf(stderr, " of %.1f MB (%.0f%%), %.1f MB/s, %.0f s left",
		    pg->total / 1e6, 100 * pg->done / pg->total, rate / 1e6,
		    (pg->total - pg->done) / fmax(rate, 1));
	else
		fprintf(stderr, ", %.1f MB/s", rate / 1e6);
	fputs(end ? "\n" : "\033[K", stderr);
}

int
csvio_read(FILE *fp, const char *name, unsigned char delim, int progress,
    csvio_record_fn fn, void *ctx, struct diag *d)
{
	struct progress pg;

	enum { BLOCK = 1 << 16 };
	struct csv_parser p;
	struct reader r;
	char *block = xmalloc(BLOCK);
	size_t len, lines = 0;	/* lines: newlines in earlier blocks */
	int rc = -1, first = 1;

	memset(&r, 0, sizeof(r));
	r.fn = fn;
	r.ctx = ctx;
	r.d = d;
	r.next = 1;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL |
	    CSV_REPALL_NL) != 0) {
		free(block);
		diag_set(d, STATUS_DATA, "out of memory");
		return diag_at(d, name, 0, NULL);
	}
	csv_set_delim(&p, delim);
	csv_set_space_func(&p, no_space);
	progress_init(&pg, fp, progress);
	while ((len = fread(block, 1, BLOCK, fp)) > 0) {
		const char *s = block;
		size_t done;

		progress_show(&pg, name, len, 0);
		if (first && len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			s += 3;
			len -= 3;
		}
		first = 0;
		done = csv_parse(&p, s, len, on_field, on_record, &r);
		if (r.failed) {
			diag_at(d, name, r.recline, d->column);
			goto out;
		}
		if (done != len) {
			if (csv_error(&p) == CSV_EPARSE)
				diag_set(d, STATUS_DATA, "malformed quoted field");
			else
				diag_set(d, STATUS_DATA, "out of memory in "
				    "field %zu", r.nfield + 1);
			diag_at(d, name, lines + count_nl(s, done) + 1, NULL);
			goto out;
		}
		if (p.entry_pos > FIELD_MAX) {
			diag_set(d, STATUS_DATA, "field %zu is longer than "
			    "%d MiB", r.nfield + 1, FIELD_MAX_MIB);
			diag_at(d, name, r.nfield > 0 ? r.recline : r.next,
			    NULL);
			goto out;
		}
		/* grow a long field's buffer geometrically, not by 128 bytes */
		if (p.entry_size / 2 > BLOCK)
			csv_set_blk_size(&p, p.entry_size / 2);
		lines += count_nl(s, len);
	}
	if (ferror(fp)) {
		diag_set(d, STATUS_DATA, "read error: %s", strerror(errno));
		diag_at(d, name, 0, NULL);
		goto out;
	}
	if (csv_fini(&p, on_field, on_record, &r) != 0) {
		diag_set(d, STATUS_DATA, "unterminated quoted field");
		diag_at(d, name, r.next, NULL);
		goto out;
	}
	if (r.failed) {
		diag_at(d, name, r.recline, d->column);
		goto out;
	}
	rc = 0;
out:
	progress_show(&pg, name, 0, 1);
	csv_free(&p);
	free(block);
	free(r.buf);
	free(r.off);
	free(r.len);
	free(r.field);
	return rc;
}

int
csvio_write_field(FILE *fp, const char *s, size_t len, unsigned char delim)
{
	int quote = 0;
	size_t i;

	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		quote = 1;
	for (i = 0; i < len && !quote; i++)
		if (s[i] == (char)delim || s[i] == '"' || s[i] == '\r' ||
		    s[i] == '\n')
			quote = 1;
	if (!quote)
		return fwrite(s, 1, len, fp) == len ? 0 : EOF;
	return csv_fwrite2(fp, s, len, '"');
}
