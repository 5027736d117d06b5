/*
 * pivot: longer by streaming; wider by two key tables (row ids, column
 * names) and a third of the cells they meet in.
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/rows.h"
#include "wrangle/keys.h"
#include "wrangle/pivot.h"
#include "wrangle/rowbuf.h"

struct longer {
	const struct pivot_longer_opts *o;
	struct rows_out		*w;
	unsigned char		*stacked;	/* per column */
	size_t			*col;		/* the stacked, in -c order */
	size_t			 ncol;
	char			**names;	/* the header, owned */
	size_t			 n;
};

static int
longer_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct longer *l = ctx;
	size_t j;

	(void)mode;
	if (cols_parse(l->o->cols, names, n, &l->col, &l->ncol, d) != 0)
		return -1;
	l->stacked = xcalloc(n + 1, 1);
	l->names = xcalloc(n + 1, sizeof(*l->names));
	l->n = n;
	for (j = 0; j < l->ncol; j++)
		l->stacked[l->col[j]] = 1;
	for (j = 0; j < n; j++) {
		l->names[j] = xstrdup(names[j]);
		if (!l->stacked[j])
			rows_cell(l->w, names[j], strlen(names[j]));
	}
	rows_cell(l->w, l->o->names_to, strlen(l->o->names_to));
	rows_cell(l->w, l->o->values_to, strlen(l->o->values_to));
	return rows_end(l->w, d);
}

static int
longer_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct longer *l = ctx;
	size_t j, k;

	for (k = 0; k < l->ncol; k++) {
		for (j = 0; j < row->n; j++)
			if (!l->stacked[j])
				rows_cell(l->w, row->field[j], row->len[j]);
		rows_cell(l->w, l->names[l->col[k]], strlen(l->names[l->col[k]]));
		rows_cell(l->w, row->field[l->col[k]], row->len[l->col[k]]);
		if (rows_end(l->w, d) != 0)
			return -1;
	}
	return 0;
}

int
pivot_longer(int nfiles, char **files, const struct frame_opts *in,
    const struct pivot_longer_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { longer_header, longer_row };
	struct longer l;
	size_t j;
	int rc;

	memset(&l, 0, sizeof(l));
	l.o = o;
	l.w = w;
	rc = frame_scan(nfiles, files, in, &fns, &l, d);
	for (j = 0; j < l.n; j++)
		free(l.names[j]);
	free(l.names);
	free(l.stacked);
	free(l.col);
	return rc;
}

int
pivot_parse_agg(const char *s, enum pivot_agg *a)
{
	static const char *const names[] = { "none", "first", "last", "count",
	    "sum", "mean" };
	size_t i;

	for (i = 1; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(s, names[i]) == 0) {
			*a = (enum pivot_agg)i;
			return 0;
		}
	return -1;
}

/* One cell of the wide table. */
struct cell {
	size_t		 row;		/* the held row of its value (first
					   or last) */
	size_t		 line;		/* where that row is */
	size_t		 count;		/* rows combined */
	double		 sum;
};

struct wider {
	const struct pivot_wider_opts *o;
	struct num_na		 na;
	struct rows_out		*w;
	size_t			 names_col, values_col;
	size_t			*id;		/* id columns */
	size_t			 nid;
	char			*values_name;
	struct group_table	*rows;		/* id tuples */
	struct group_table	*cols;		/* names */
	struct group_table	*cells;		/* (row id, col id) */
	struct cell		*cell;
	size_t			 cellcap;
	size_t			*first;		/* per row id: a held row */
	size_t			 firstcap;
	struct rowbuf		 rb;		/* ids and value of each row */
	const char		**kp;
	size_t			*kl;
	const char		**f;
	uint32_t		*flen;
	char			**idnames;
};

static int
wider_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct wider *v = ctx;
	size_t *idx, ni, j;

	(void)mode;
	if (cols_parse(v->o->names_from, names, n, &idx, &ni, d) != 0)
		return -1;
	v->names_col = idx[0];
	free(idx);
	if (cols_parse(v->o->values_from, names, n, &idx, &ni, d) != 0)
		return -1;
	v->values_col = idx[0];
	free(idx);
	v->values_name = xstrdup(names[v->values_col]);
	if (v->o->ids != NULL) {
		if (cols_parse(v->o->ids, names, n, &v->id, &v->nid, d) != 0)
			return -1;
	} else {
		v->id = xcalloc(n + 1, sizeof(*v->id));
		for (j = 0; j < n; j++)
			if (j != v->names_col && j != v->values_col)
				v->id[v->nid++] = j;
	}
	v->idnames = xcalloc(v->nid + 1, sizeof(*v->idnames));
	for (j = 0; j < v->nid; j++)
		v->idnames[j] = xstrdup(names[v->id[j]]);
	v->rows = group_table_new(v->nid);
	v->cols = group_table_new(1);
	v->cells = group_table_new(2);
	v->kp = xcalloc(v->nid + 2, sizeof(*v->kp));
	v->kl = xcalloc(v->nid + 2, sizeof(*v->kl));
	v->f = xcalloc(v->nid + 2, sizeof(*v->f));
	v->flen = xcalloc(v->nid + 2, sizeof(*v->flen));
	rowbuf_init(&v->rb, v->nid + 1);	/* ids, then the value */
	return 0;
}

static int
wider_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct wider *v = ctx;
	size_t r, c, k, held, fresh, old;
	const char *ck[2];
	size_t cl[2];
	uint64_t rc64, cc64;
	struct cell *e;
	double x;

	keys_tuple(&v->na, v->id, v->nid, (const char *const *)row->field,
	    row->len, v->kp, v->kl);
	r = group_table_id(v->rows, v->kp, v->kl);
	keys_tuple(&v->na, &v->names_col, 1, (const char *const *)row->field,
	    row->len, v->kp, v->kl);
	c = group_table_id(v->cols, v->kp, v->kl);
	rc64 = r;
	cc64 = c;
	ck[0] = (const char *)&rc64;
	ck[1] = (const char *)&cc64;
	cl[0] = cl[1] = sizeof(uint64_t);
	fresh = group_table_count(v->cells);
	k = group_table_id(v->cells, ck, cl);
	for (c = 0; c < v->nid; c++) {
		v->f[c] = row->field[v->id[c]];
		v->flen[c] = row->len[v->id[c]];
	}
	v->f[v->nid] = row->field[v->values_col];
	v->flen[v->nid] = row->len[v->values_col];
	held = rowbuf_add(&v->rb, (char *const *)v->f, v->flen);
	if (r >= v->firstcap) {
		old = v->firstcap;
		v->first = xgrow(v->first, &v->firstcap, r + 1,
		    sizeof(*v->first));
		memset(v->first + old, 0xff, (v->firstcap - old) *
		    sizeof(*v->first));
	}
	if (v->first[r] == (size_t)-1)
		v->first[r] = held;
	v->cell = xgrow(v->cell, &v->cellcap, k + 1, sizeof(*v->cell));
	e = &v->cell[k];
	if (k == fresh) {
		memset(e, 0, sizeof(*e));
		e->row = held;
		e->line = row->line;
	} else if (v->o->agg == PIVOT_NONE)
		return diag_set(d, STATUS_DATA, "a second value for the same "
		    "id and name (the first on line %zu): give --agg",
		    e->line);
	else if (v->o->agg == PIVOT_LAST) {
		e->row = held;
		e->line = row->line;
	}
	e->count++;
	if (v->o->agg == PIVOT_SUM || v->o->agg == PIVOT_MEAN) {
		const char *s = row->field[v->values_col];
		size_t len = row->len[v->values_col];

		if (num_na_match(&v->na, s, len))
			e->count--;	/* left out, as R's na.rm */
		else if (num_parse(s, len, &x, NULL, NULL) != 0) {
			diag_set(d, STATUS_DATA, "\"%.*s\" is not a number",
			    (int)(len < 64 ? len : 64), s);
			diag_column(d, v->values_name);
			return -1;
		} else
			e->sum += x;
	}
	return 0;
}

/* The table: ids, then a column per name. */
static int
wider_write(struct wider *v, struct diag *d)
{
	size_t nr = group_table_count(v->rows), nc = group_table_count(v->cols);
	size_t r, c, k;
	const char *ck[2], *name;
	size_t cl[2];
	uint64_t rc64, cc64;
	struct cell *e;

	for (k = 0; k < v->nid; k++)
		rows_cell(v->w, v->idnames[k], strlen(v->idnames[k]));
	for (c = 0; c < nc; c++) {
		name = group_table_key(v->cols, c, 0);
		if (name == NULL)
			name = "NA";	/* as tidyr names a missing name */
		rows_cell(v->w, name, strlen(name));
	}
	if (rows_end(v->w, d) != 0)
		return -1;
	ck[0] = (const char *)&rc64;
	ck[1] = (const char *)&cc64;
	cl[0] = cl[1] = sizeof(uint64_t);
	for (r = 0; r < nr; r++) {
		rowbuf_fields(&v->rb, v->first[r], v->f, v->flen);
		for (k = 0; k < v->nid; k++)
			rows_cell(v->w, v->f[k], v->flen[k]);
		for (c = 0; c < nc; c++) {
			rc64 = r;
			cc64 = c;
			k = group_table_find(v->cells, group_table_hash(
			    v->cells, ck, cl), ck, cl);
			e = k != (size_t)-1 ? &v->cell[k] : NULL;
			if (e == NULL) {
				if (v->o->fill != NULL)
					rows_cell(v->w, v->o->fill,
					    strlen(v->o->fill));
				else
					rows_na(v->w);
			} else if (v->o->agg == PIVOT_COUNT)
				rows_num(v->w, (double)e->count);
			else if (v->o->agg == PIVOT_SUM)
				rows_num(v->w, e->sum);
			else if (v->o->agg == PIVOT_MEAN)
				rows_num(v->w, e->count ? e->sum /
				    (double)e->count : NAN);
			else {
				rowbuf_fields(&v->rb, e->row, v->f, v->flen);
				rows_cell(v->w, v->f[v->nid], v->flen[v->nid]);
			}
		}
		if (rows_end(v->w, d) != 0)
			return -1;
	}
	return 0;
}

int
pivot_wider(int nfiles, char **files, const struct frame_opts *in,
    const struct pivot_wider_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { wider_header, wider_row };
	struct wider v;
	size_t k;
	int rc;

	memset(&v, 0, sizeof(v));
	v.o = o;
	v.w = w;
	num_na_init(&v.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &v, d);
	if (rc == 0)
		rc = wider_write(&v, d);
	for (k = 0; k < v.nid && v.idnames != NULL; k++)
		free(v.idnames[k]);
	free(v.idnames);
	free(v.values_name);
	free(v.id);
	free(v.cell);
	free(v.first);
	free(v.kp);
	free(v.kl);
	free(v.f);
	free(v.flen);
	group_table_free(v.rows);
	group_table_free(v.cols);
	group_table_free(v.cells);
	rowbuf_release(&v.rb);
	num_na_release(&v.na);
	return rc;
}
