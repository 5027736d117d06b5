/*
 * numtab: the numeric columns a learner uses, as a dense matrix of the
 * complete rows, read in one pass over frame_scan().
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "linalg/numtab.h"
#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/out.h"

struct reader {
	const struct numtab_opts *o;
	struct numtab	*t;
	struct num_na	 na;
	size_t		*col;		/* the p columns used */
	size_t		 ncols;		/* input columns */
	double		*buf;		/* with block(): the rows pending */
	size_t		 nbuf;
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct reader *r = ctx;
	struct numtab *t = r->t;
	size_t j;

	if (t->name != NULL)	/* a later file: frame_scan checked it */
		return 0;
	if (r->o->names != NULL) {	/* a model's variables */
		r->col = xmalloc((r->o->nnames ? r->o->nnames : 1) *
		    sizeof(*r->col));
		for (t->p = 0; t->p < r->o->nnames; t->p++) {
			for (j = 0; j < n && strcmp(names[j],
			    r->o->names[t->p]) != 0; j++)
				;
			if (j == n) {
				diag_set(d, STATUS_USAGE, "column \"%s\" of the "
				    "model is not in the input",
				    r->o->names[t->p]);
				return -1;
			}
			r->col[t->p] = j;
		}
	} else if (r->o->cols != NULL) {
		if (cols_parse(r->o->cols, names, n, &r->col, &t->p, d) != 0)
			return -1;
	} else {
		r->col = xmalloc((n ? n : 1) * sizeof(*r->col));
		for (j = 0; j < n; j++)
			r->col[j] = j;
		t->p = n;
	}
	if (t->p == 0)
		return diag_set(d, STATUS_USAGE, "no columns");
	r->ncols = n;
	t->name = xmalloc(t->p * sizeof(*t->name));
	for (j = 0; j < t->p; j++) {
		t->name[j] = xstrdup(names[r->col[j]]);
		mode[r->col[j]] = CSVIO_NUMBER;
	}
	if (r->o->copy) {
		t->rows = out_new();
		for (j = 0; j < n; j++)
			out_column(t->rows, names[j]);
	}
	if (r->o->block != NULL || r->o->row != NULL)
		r->buf = xmalloc(NUMTAB_BLOCK * t->p * sizeof(*r->buf));
	return r->o->head != NULL ? r->o->head(r->o->arg, names, n, d) : 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct reader *r = ctx;
	struct numtab *t = r->t;
	double *dst;
	size_t j, c;
	int missing = 0;

	if (r->o->block != NULL || r->o->row != NULL)
		dst = r->buf + r->nbuf * t->p;
	else {
		t->x = xgrow(t->x, &t->cap, (t->n + 1) * t->p, sizeof(*t->x));
		dst = t->x + t->n * t->p;
	}
	for (j = 0; j < t->p; j++) {
		const char *v = row->field[c = r->col[j]];
		size_t len = row->len[c];
		double x;
		int rc;

		if (row->num != NULL) {	/* read by the parsing thread */
			rc = row->num[c].rc;
			x = row->num[c].x;
			if (rc == CSVIO_NUM_MISSING) {
				missing = 1;
				dst[j] = NAN;
				continue;
			}
		} else if (num_na_match(&r->na, v, len)) {
			missing = 1;
			dst[j] = NAN;
			continue;
		} else
			rc = num_parse(v, len, &x, NULL, NULL);
		if (rc == 0 && !isfinite(x))
			rc = NUM_RANGE;
		if (rc != 0) {
			diag_set(d, STATUS_DATA, "\"%s\" is %s", v,
			    rc == NUM_RANGE ? "not a finite number" :
			    "not a number");
			diag_column(d, t->name[j]);
			return -1;
		}
		dst[j] = x;
	}
	if (missing && r->o->no_missing) {
		for (j = 0; j < t->p; j++)	/* name the first one */
			if (row->len[r->col[j]] == 0 || num_na_match(&r->na,
			    row->field[r->col[j]], row->len[r->col[j]]))
				break;
		diag_set(d, STATUS_DATA, "missing value");
		diag_column(d, t->name[j < t->p ? j : 0]);
		return -1;
	}
	if (r->o->copy) {
		size_t i = out_row(t->rows);

		for (j = 0; j < r->ncols; j++)
			out_text(t->rows, i, j, row->len[j] == 0 ? NULL :
			    row->field[j]);
		t->complete = xgrow(t->complete, &t->ccap, t->nrows + 1, 1);
		t->complete[t->nrows] = !missing;
	}
	t->nrows++;
	t->nincomplete += missing;
	t->n += !missing;
	if (r->o->row != NULL)
		return r->o->row(r->o->arg, row, dst, d);
	if (missing)
		return 0;
	if (r->o->block != NULL && ++r->nbuf == NUMTAB_BLOCK) {
		r->o->block(r->o->arg, r->buf, r->nbuf, t->p);
		r->nbuf = 0;
	}
	return 0;
}

int
numtab_read(int nfiles, char **files, const struct frame_opts *in,
    const struct numtab_opts *o, struct numtab *t, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct reader r;
	int rc;

	memset(t, 0, sizeof(*t));
	memset(&r, 0, sizeof(r));
	r.o = o;
	r.t = t;
	num_na_init(&r.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &r, d);
	if (rc == 0 && r.nbuf > 0)
		o->block(o->arg, r.buf, r.nbuf, t->p);
	num_na_release(&r.na);
	free(r.col);
	free(r.buf);
	if (rc != 0)
		numtab_free(t);
	return rc;
}

void
numtab_free(struct numtab *t)
{
	size_t j;

	for (j = 0; j < t->p && t->name != NULL; j++)
		free(t->name[j]);
	free(t->name);
	free(t->x);
	free(t->complete);
	if (t->rows != NULL)
		out_free(t->rows);
	memset(t, 0, sizeof(*t));
}

struct out_table *
numtab_widen(struct numtab *t, const char *const *names, size_t n)
{
	struct out_table *w = out_new(), *r = t->rows;
	size_t i, j;

	for (j = 0; j < r->ncols; j++)
		out_column(w, r->name[j]);
	for (j = 0; j < n; j++)
		out_column(w, names[j]);
	out_reserve(w, r->nrows);
	for (i = 0; i < r->nrows; i++) {
		out_row(w);
		for (j = 0; j < r->ncols; j++) {
			size_t off = r->textoff[i * r->ncols + j];

			if (off != 0)
				out_text(w, i, j, r->arena + off - 1);
		}
	}
	out_free(r);
	t->rows = NULL;
	return w;
}

int
numtab_scale(struct numtab *t, double *mean, double *sd, struct diag *d)
{
	size_t i, j, n = t->n, p = t->p;

	for (j = 0; j < p; j++) {
		long double s = 0, ss = 0;

		for (i = 0; i < n; i++)
			s += t->x[i * p + j];
		mean[j] = (double)(s / n);
		for (i = 0; i < n; i++) {
			double e = t->x[i * p + j] - mean[j], e2 = e * e;

			ss += e2;	/* squares in double, as R's sum(v^2) */
		}
		sd[j] = sqrt((double)(ss / (n - 1)));
		if (!(sd[j] > 0)) {
			diag_set(d, STATUS_DATA, "cannot rescale a constant "
			    "column to unit variance");
			diag_column(d, t->name[j]);
			return -1;
		}
		for (i = 0; i < n; i++)
			t->x[i * p + j] = (t->x[i * p + j] - mean[j]) / sd[j];
	}
	return 0;
}
