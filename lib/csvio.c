#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "diag.h"
#include "xalloc.h"

struct reader {
	char		*buf;		/* the fields of the record, back to back */
	size_t		 buflen, bufcap;
	size_t		*off;		/* field offsets into buf */
	size_t		*len;
	char		**field;
	size_t		 nfield, fieldcap, lencap, ptrcap;
	size_t		 line;		/* current physical line */
	size_t		 recline;	/* line where the record began */
	int		 failed;
	csvio_record_fn	 fn;
	void		*ctx;
	struct diag	*d;
};

static void
on_field(void *s, size_t len, void *data)
{
	struct reader *r = data;

	if (r->failed)
		return;
	if (s != NULL && memchr(s, '\0', len) != NULL) {
		diag_set(r->d, STATUS_DATA, "field %zu holds a NUL byte",
		    r->nfield + 1);
		r->failed = 1;
		return;
	}
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

static void
on_record(int c, void *data)
{
	struct reader *r = data;
	struct csvio_record rec;
	size_t i;

	(void)c;
	if (r->failed)
		return;
	r->field = xgrow(r->field, &r->ptrcap, r->nfield + 1, sizeof(*r->field));
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

/* Keep blanks: numbers allow them and text keeps them as written. */
static int
no_space(unsigned char c)
{
	(void)c;
	return 0;
}

int
csvio_read(FILE *fp, const char *name, unsigned char delim,
    csvio_record_fn fn, void *ctx, struct diag *d)
{
	struct csv_parser p;
	struct reader r;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = -1;

	memset(&r, 0, sizeof(r));
	r.fn = fn;
	r.ctx = ctx;
	r.d = d;
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
		diag_set(d, STATUS_DATA, "out of memory");
		return diag_at(d, name, 0, NULL);
	}
	csv_set_delim(&p, delim);
	csv_set_space_func(&p, no_space);
	while ((len = getline(&line, &cap, fp)) != -1) {
		const char *s = line;

		r.line++;
		/* libcsv's state 0 (ROW_NOT_BEGUN): a record starts here, even
		 * if its first field runs on over several lines */
		if (p.pstate == 0)
			r.recline = r.line;
		if (r.line == 1 && len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
			s += 3;
			len -= 3;
		}
		if (csv_parse(&p, s, len, on_field, on_record, &r) != (size_t)len &&
		    !r.failed) {
			diag_set(d, STATUS_DATA, "malformed quoted field");
			diag_at(d, name, r.line, NULL);
			goto out;
		}
		if (r.failed) {
			diag_at(d, name, r.recline, d->column);
			goto out;
		}
	}
	if (ferror(fp)) {
		diag_set(d, STATUS_DATA, "read error: %s", strerror(errno));
		diag_at(d, name, 0, NULL);
		goto out;
	}
	if (csv_fini(&p, on_field, on_record, &r) != 0) {
		diag_set(d, STATUS_DATA, "unterminated quoted field");
		diag_at(d, name, r.recline ? r.recline : r.line, NULL);
		goto out;
	}
	if (r.failed) {
		diag_at(d, name, r.recline, d->column);
		goto out;
	}
	rc = 0;
out:
	csv_free(&p);
	free(line);
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
