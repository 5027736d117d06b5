/* rows: a stream of CSV rows out, cells byte for byte or numbers formatted. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "io/csvio.h"
#include "io/rows.h"

struct rows_out {
	FILE		*fp;
	char		*buf;		/* rows not written yet */
	size_t		 len, cap;
	unsigned char	 delim;
	int		 digits;	/* num_format()'s */
	int		 first;		/* no cell in this row yet */
	int		 wrote;		/* something was written: hold no more */
};

struct rows_out *
rows_out_new(FILE *fp, unsigned char delim, int digits)
{
	struct rows_out *w = xcalloc(1, sizeof(*w));

	w->fp = fp;
	w->delim = delim;
	w->digits = digits;
	w->first = 1;
	w->cap = ROWS_HOLD + 4096;
	w->buf = xmalloc(w->cap);
	return w;
}

void
rows_out_free(struct rows_out *w)
{
	if (w == NULL)
		return;
	free(w->buf);
	free(w);
}

/* Room for n more bytes and the delimiter before them. */
static char *
room(struct rows_out *w, size_t n)
{
	w->buf = xgrow(w->buf, &w->cap, w->len + n + 1, 1);
	if (!w->first)
		w->buf[w->len++] = (char)w->delim;
	w->first = 0;
	return w->buf + w->len;
}

void
rows_cell(struct rows_out *w, const char *s, size_t len)
{
	char *p = room(w, CSVIO_PUT_MAX(len));

	w->len += csvio_put_field(p, s, len, w->delim);
}

void
rows_num(struct rows_out *w, double x)
{
	char *p = room(w, NUM_BUFSZ);

	if (!isnan(x))
		w->len += num_format(x, w->digits, p);
}

void
rows_na(struct rows_out *w)
{
	(void)room(w, 0);
}

int
rows_flush(struct rows_out *w, struct diag *d)
{
	if (w->len > 0 && fwrite(w->buf, 1, w->len, w->fp) != w->len) {
		diag_set(d, STATUS_DATA, "write error on standard output: %s",
		    strerror(errno));
		return diag_at(d, NULL, 0, NULL);
	}
	w->len = 0;
	w->wrote = 1;
	return 0;
}

int
rows_end(struct rows_out *w, struct diag *d)
{
	w->buf = xgrow(w->buf, &w->cap, w->len + 1, 1);
	w->buf[w->len++] = '\n';
	w->first = 1;
	/* after the first write, in blocks of about the stdio buffer's */
	if (w->len >= (w->wrote ? (size_t)1 << 16 : ROWS_HOLD))
		return rows_flush(w, d);
	return 0;
}

int
rows_header(struct rows_out *w, char *const *names, size_t n,
    struct diag *d)
{
	size_t j;

	for (j = 0; j < n; j++)
		rows_cell(w, names[j], strlen(names[j]));
	return rows_end(w, d);
}
