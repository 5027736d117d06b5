#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "diag.h"
#include "frame.h"
#include "xalloc.h"

struct loader {
	struct frame	*f;
	const char	*file;
	int		 header_seen;	/* this file's header was read */
	int		 no_header;
	size_t		 colcap;
};

static void
add_columns(struct frame *f, size_t n, char **names)
{
	size_t j;
	char buf[32];

	f->col = xcalloc(n, sizeof(*f->col));
	f->ncols = n;
	for (j = 0; j < n; j++) {
		if (names != NULL)
			f->col[j].name = xstrdup(names[j]);
		else {
			snprintf(buf, sizeof(buf), "%zu", j + 1);
			f->col[j].name = xstrdup(buf);
		}
	}
}

static int
on_record(void *ctx, const struct csvio_record *rec, struct diag *d)
{
	struct loader *l = ctx;
	struct frame *f = l->f;
	size_t j, row;

	if (!l->header_seen && !l->no_header) {
		l->header_seen = 1;
		if (f->col == NULL) {
			add_columns(f, rec->n, rec->field);
			return 0;
		}
		if (rec->n != f->ncols)
			return diag_set(d, STATUS_DATA, "header has %zu fields, "
			    "the first file's has %zu", rec->n, f->ncols);
		for (j = 0; j < rec->n; j++)
			if (strcmp(rec->field[j], f->col[j].name) != 0)
				return diag_set(d, STATUS_DATA, "header field "
				    "%zu is \"%s\", the first file's is \"%s\"",
				    j + 1, rec->field[j], f->col[j].name);
		return 0;
	}
	if (f->col == NULL)
		add_columns(f, rec->n, NULL);
	if (rec->n != f->ncols)
		return diag_set(d, STATUS_DATA, "%zu fields, expected %zu",
		    rec->n, f->ncols);
	row = f->nrows;
	if (row == f->row_cap) {
		size_t cap = f->row_cap;

		f->line = xgrow(f->line, &cap, row + 1, sizeof(*f->line));
		for (j = 0; j < f->ncols; j++)
			f->col[j].cell = xrealloc(f->col[j].cell,
			    cap * sizeof(size_t));
		f->row_cap = cap;
	}
	f->line[row] = rec->line;
	for (j = 0; j < f->ncols; j++) {
		size_t len = rec->len[j];

		if (num_na_match(&f->na, rec->field[j], len)) {
			f->col[j].cell[row] = FRAME_NA;
			f->col[j].nmissing++;
			continue;
		}
		f->arena = xgrow(f->arena, &f->arena_cap,
		    f->arena_len + len + 1, 1);
		memcpy(f->arena + f->arena_len, rec->field[j], len + 1);
		f->col[j].cell[row] = f->arena_len;
		f->arena_len += len + 1;
	}
	f->nrows++;
	return 0;
}

int
frame_read(int nfiles, char **files, const struct frame_opts *o,
    struct frame **fp, struct diag *d)
{
	static char *stdin_only[] = { "-" };
	struct frame *f = xcalloc(1, sizeof(*f));
	struct loader l;
	int i;

	if (nfiles == 0) {
		nfiles = 1;
		files = stdin_only;
	}
	num_na_init(&f->na, o->na);
	memset(&l, 0, sizeof(l));
	l.f = f;
	l.no_header = o->no_header;
	f->src = xcalloc(nfiles, sizeof(*f->src));
	for (i = 0; i < nfiles; i++) {
		FILE *in = stdin;
		int rc;

		if (strcmp(files[i], "-") != 0 &&
		    (in = fopen(files[i], "r")) == NULL) {
			diag_set(d, STATUS_DATA, "cannot open: %s",
			    strerror(errno));
			diag_at(d, files[i], 0, NULL);
			goto fail;
		}
		f->src[f->nsrc].file = files[i];
		f->src[f->nsrc++].first_row = f->nrows;
		l.file = files[i];
		l.header_seen = 0;
		rc = csvio_read(in, files[i], o->delim ? o->delim : ',',
		    on_record, &l, d);
		if (in != stdin)
			fclose(in);
		if (rc != 0)
			goto fail;
	}
	if (f->col == NULL) {
		diag_set(d, STATUS_DATA, "empty input: no header line");
		diag_at(d, files[nfiles - 1], 0, NULL);
		goto fail;
	}
	*fp = f;
	return 0;
fail:
	frame_free(f);
	return -1;
}

void
frame_free(struct frame *f)
{
	size_t j;

	if (f == NULL)
		return;
	for (j = 0; j < f->ncols; j++) {
		free(f->col[j].name);
		free(f->col[j].cell);
		free(f->col[j].num);
		free(f->col[j].rel);
	}
	free(f->col);
	free(f->line);
	free(f->src);
	free(f->arena);
	num_na_release(&f->na);
	free(f);
}

const char *
frame_text(const struct frame *f, size_t col, size_t row)
{
	size_t off = f->col[col].cell[row];

	return off == FRAME_NA ? NULL : f->arena + off;
}

void
frame_where(const struct frame *f, size_t row, struct diag *d)
{
	size_t lo = 0, hi = f->nsrc;

	/* the last source whose first row is <= row */
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (f->src[mid].first_row <= row)
			lo = mid;
		else
			hi = mid;
	}
	d->file = f->nsrc ? f->src[lo].file : NULL;
	d->line = row < f->nrows ? f->line[row] : 0;
}

int
frame_numeric(struct frame *f, size_t j, struct diag *d)
{
	struct frame_col *c = &f->col[j];
	size_t i;
	int allint = 1, seen = 0;

	if (c->type == FRAME_UNKNOWN) {
		double *num = xmalloc(f->nrows * sizeof(*num));
		float *rel = xmalloc(f->nrows * sizeof(*rel));

		c->type = FRAME_TEXT;
		for (i = 0; i < f->nrows; i++) {
			size_t off = c->cell[i];
			int isint, rc;

			if (off == FRAME_NA) {
				num[i] = NAN;
				rel[i] = 0;
				continue;
			}
			rc = num_parse(f->arena + off, strlen(f->arena + off),
			    &num[i], &rel[i], &isint);
			if (rc != 0) {
				c->looks_numeric = seen;
				c->bad_row = i;
				c->bad_rc = rc;
				free(num);
				free(rel);
				goto done;
			}
			seen = 1;
			allint &= isint;
		}
		c->num = num;
		c->rel = rel;
		c->type = !seen ? FRAME_EMPTY : allint ? FRAME_INTEGER :
		    FRAME_FLOAT;
	}
done:
	if (c->type != FRAME_TEXT)
		return 0;
	diag_set(d, STATUS_DATA, "\"%s\" is %s", frame_text(f, j, c->bad_row),
	    c->bad_rc == NUM_RANGE ? "out of range" : "not a number");
	frame_where(f, c->bad_row, d);
	d->column = c->name;
	return -1;
}

const char *
frame_type_name(enum frame_type t)
{
	switch (t) {
	case FRAME_EMPTY:
		return "empty";
	case FRAME_INTEGER:
		return "integer";
	case FRAME_FLOAT:
		return "float";
	case FRAME_TEXT:
		return "text";
	default:
		return "";
	}
}
