/*
 * fill: the last (or next) value of each column in each group, kept as a
 * copy; --up reads the held rows backwards.
 */
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/rows.h"
#include "wrangle/fill.h"
#include "wrangle/keys.h"
#include "wrangle/rowbuf.h"

struct filler {
	const struct fill_opts	*o;
	struct num_na		 na;
	struct rows_out		*w;
	size_t			 ncols;
	unsigned char		*fill;		/* per column: filled */
	size_t			*key;
	size_t			 nkeys;
	struct group_table	*gt;
	char			**last;		/* per group and column: the
						   value to carry, or NULL */
	uint32_t		*lastlen;
	size_t			 lastcap;	/* groups */
	size_t			 filled;
	struct rowbuf		 rb;		/* --up: rows held */
	size_t			*gid;		/* per held row */
	size_t			 gidcap;
	const char		**kp;
	size_t			*kl;
	const char		**f;		/* a row's cells */
	uint32_t		*flen;
	char			**copy;		/* --up: filled cells */
	unsigned char		*text;		/* --mean, --median: per column,
						   text seen (not filled) */
	char *const		*names;
};

/* Resolve -c (NULL: all) into a mask of ncols. */
static int
column_mask(const char *spec, char *const *names, size_t n,
    unsigned char **mask, struct diag *d)
{
	size_t *idx, ni, j;

	*mask = xcalloc(n + 1, 1);
	if (spec == NULL) {
		memset(*mask, 1, n);
		return 0;
	}
	if (cols_parse(spec, names, n, &idx, &ni, d) != 0)
		return -1;
	for (j = 0; j < ni; j++)
		(*mask)[idx[j]] = 1;
	free(idx);
	return 0;
}

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct filler *s = ctx;

	(void)mode;
	if (column_mask(s->o->cols, names, n, &s->fill, d) != 0 ||
	    (s->o->keys != NULL && cols_parse(s->o->keys, names, n, &s->key,
	    &s->nkeys, d) != 0))
		return -1;
	s->ncols = n;
	s->gt = group_table_new(s->nkeys);
	s->kp = xcalloc(s->nkeys + 1, sizeof(*s->kp));
	s->kl = xcalloc(s->nkeys + 1, sizeof(*s->kl));
	s->f = xcalloc(n + 1, sizeof(*s->f));
	s->flen = xcalloc(n + 1, sizeof(*s->flen));
	s->copy = xcalloc(n + 1, sizeof(*s->copy));
	s->text = xcalloc(n + 1, 1);
	s->names = names;
	rowbuf_init(&s->rb, n);
	return rows_header(s->w, names, n, d);
}

/* Room for the carried values of groups 0..g. */
static void
grow_last(struct filler *s, size_t g)
{
	size_t old = s->lastcap;

	if (g < s->lastcap)
		return;
	s->last = xgrow(s->last, &s->lastcap, g + 1, s->ncols *
	    sizeof(*s->last));
	s->lastlen = xrealloc(s->lastlen, s->lastcap * s->ncols *
	    sizeof(*s->lastlen));
	memset(s->last + old * s->ncols, 0, (s->lastcap - old) * s->ncols *
	    sizeof(*s->last));
}

/* Fill a row's cells f[] in place from its group's carried values, and
 * carry its own; cells filled point at the carried copies. */
static void
fill_cells(struct filler *s, size_t g)
{
	size_t j;

	grow_last(s, g);
	for (j = 0; j < s->ncols; j++) {
		char **c = &s->last[g * s->ncols + j];

		if (!s->fill[j])
			continue;
		if (!num_na_match(&s->na, s->f[j], s->flen[j])) {
			free(*c);
			*c = xstrndup(s->f[j], s->flen[j]);
			s->lastlen[g * s->ncols + j] = s->flen[j];
		} else if (s->o->how == FILL_VALUE) {
			s->f[j] = s->o->value;
			s->flen[j] = (uint32_t)strlen(s->o->value);
			s->filled++;
		} else if (*c != NULL) {
			s->f[j] = *c;
			s->flen[j] = s->lastlen[g * s->ncols + j];
			s->filled++;
		}
	}
}

static size_t
group_of(struct filler *s, const char *const *f, const uint32_t *len)
{
	keys_tuple(&s->na, s->key, s->nkeys, f, len, s->kp, s->kl);
	return group_table_id(s->gt, s->kp, s->kl);
}

static int
write_cells(struct filler *s, struct diag *d)
{
	size_t j;

	for (j = 0; j < s->ncols; j++)
		rows_cell(s->w, s->f[j], s->flen[j]);
	return rows_end(s->w, d);
}

/* --mean, --median: a chosen column's values must be numbers; without -c
 * a column with text is left alone. */
static int
check_numbers(struct filler *s, const struct frame_row *row, struct diag *d)
{
	size_t j;
	double x;

	for (j = 0; j < s->ncols; j++) {
		if (!s->fill[j] || s->text[j] || num_na_match(&s->na,
		    row->field[j], row->len[j]) || num_parse(row->field[j],
		    row->len[j], &x, NULL, NULL) == 0)
			continue;
		if (s->o->cols == NULL) {
			s->text[j] = 1;
			continue;
		}
		diag_set(d, STATUS_DATA, "\"%s\" is not a number (--%s)",
		    row->field[j], s->o->how == FILL_MEAN ? "mean" : "median");
		diag_column(d, s->names[j]);
		return -1;
	}
	return 0;
}

double
fill_mean(const double *x, size_t n)
{
	long double sum = 0, t = 0;
	size_t i;

	for (i = 0; i < n; i++)
		sum += x[i];
	sum /= (long double)n;
	for (i = 0; i < n; i++)		/* R's second pass */
		t += x[i] - sum;
	return (double)(sum + t / (long double)n);
}

double
fill_median(double *x, size_t n)
{
	gsl_sort(x, 1, n);
	return gsl_stats_median_from_sorted_data(x, 1, n);
}

/* --mean, --median: each group's value of each column, as the text to
 * carry: the held rows' numbers bucketed by group (a counting sort). */
static void
group_values(struct filler *s)
{
	size_t N = s->rb.nrows, ng = group_table_count(s->gt), i, j, g, n;
	size_t *off = xmalloc((ng + 2) * sizeof(*off));
	double *x = xmalloc((N + 1) * sizeof(*x)), v;
	char buf[NUM_BUFSZ];

	if (ng > 0)
		grow_last(s, ng - 1);
	for (j = 0; j < s->ncols; j++) {
		if (!s->fill[j] || s->text[j])
			continue;
		memset(off, 0, (ng + 2) * sizeof(*off));
		for (i = 0; i < N; i++) {
			rowbuf_fields(&s->rb, i, s->f, s->flen);
			if (!num_na_match(&s->na, s->f[j], s->flen[j]))
				off[s->gid[i] + 2]++;
		}
		for (g = 0; g < ng; g++)
			off[g + 2] += off[g + 1];
		for (i = 0; i < N; i++) {
			rowbuf_fields(&s->rb, i, s->f, s->flen);
			if (!num_na_match(&s->na, s->f[j], s->flen[j]))
				num_parse(s->f[j], s->flen[j],
				    &x[off[s->gid[i] + 1]++], NULL, NULL);
		}
		for (g = 0; g < ng; g++) {
			if ((n = off[g + 1] - off[g]) == 0)
				continue;
			v = s->o->how == FILL_MEAN ? fill_mean(x + off[g], n) :
			    fill_median(x + off[g], n);
			n = num_format(v, s->o->digits, buf);
			s->last[g * s->ncols + j] = xstrndup(buf, n);
			s->lastlen[g * s->ncols + j] = (uint32_t)n;
		}
	}
	free(off);
	free(x);
}

/* --mean, --median: the held rows written with their group's values. */
static int
fill_held(struct filler *s, struct diag *d)
{
	size_t i, j;
	int rc = 0;

	group_values(s);
	for (i = 0; rc == 0 && i < s->rb.nrows; i++) {
		const char *v;

		rowbuf_fields(&s->rb, i, s->f, s->flen);
		for (j = 0; j < s->ncols; j++) {
			if (!s->fill[j] || !num_na_match(&s->na, s->f[j],
			    s->flen[j]) || (v = s->last[s->gid[i] * s->ncols +
			    j]) == NULL)
				continue;
			s->f[j] = v;
			s->flen[j] = s->lastlen[s->gid[i] * s->ncols + j];
			s->filled++;
		}
		rc = write_cells(s, d);
	}
	return rc;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct filler *s = ctx;
	size_t g = group_of(s, (const char *const *)row->field, row->len), i;

	if (s->o->how >= FILL_MEAN && check_numbers(s, row, d) != 0)
		return -1;
	if (s->o->how == FILL_UP || s->o->how >= FILL_MEAN) {
		i = rowbuf_add(&s->rb, row->field, row->len);
		s->gid = xgrow(s->gid, &s->gidcap, i + 1, sizeof(*s->gid));
		s->gid[i] = g;
		return 0;
	}
	memcpy(s->f, row->field, s->ncols * sizeof(*s->f));
	memcpy(s->flen, row->len, s->ncols * sizeof(*s->flen));
	fill_cells(s, g);
	return write_cells(s, d);
}

/* --up: fill from the end, keeping each row's cells, then write. */
static int
fill_up(struct filler *s, struct diag *d)
{
	struct rowbuf out;
	size_t i, j, r;
	int rc = 0;

	rowbuf_init(&out, s->ncols);
	for (i = s->rb.nrows; i-- > 0;) {
		rowbuf_fields(&s->rb, i, s->f, s->flen);
		fill_cells(s, s->gid[i]);
		for (j = 0; j < s->ncols; j++)	/* f may point at carried
						   copies that change */
			s->copy[j] = (char *)s->f[j];
		rowbuf_add(&out, s->copy, s->flen);
	}
	for (r = out.nrows; rc == 0 && r-- > 0;) {
		rowbuf_fields(&out, r, s->f, s->flen);
		rc = write_cells(s, d);
	}
	rowbuf_release(&out);
	return rc;
}

int
fill_run(int nfiles, char **files, const struct frame_opts *in,
    const struct fill_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct filler s;
	size_t i;
	int rc;

	memset(&s, 0, sizeof(s));
	s.o = o;
	s.w = w;
	num_na_init(&s.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &s, d);
	if (rc == 0 && o->how == FILL_UP)
		rc = fill_up(&s, d);
	else if (rc == 0 && o->how >= FILL_MEAN)
		rc = fill_held(&s, d);
	if (rc == 0 && s.filled > 0)
		diag_warn("%zu missing value%s filled", s.filled,
		    s.filled > 1 ? "s" : "");
	for (i = 0; i < s.lastcap * s.ncols; i++)
		free(s.last[i]);
	free(s.last);
	free(s.lastlen);
	free(s.fill);
	free(s.key);
	free(s.gid);
	free(s.kp);
	free(s.kl);
	free(s.f);
	free(s.flen);
	free(s.copy);
	free(s.text);
	group_table_free(s.gt);
	rowbuf_release(&s.rb);
	num_na_release(&s.na);
	return rc;
}

struct dropper {
	const struct dropna_opts *o;
	struct num_na		 na;
	struct rows_out		*w;
	unsigned char		*mask;		/* columns looked at */
	size_t			 dropped;
};

static int
drop_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct dropper *s = ctx;

	(void)mode;
	if (column_mask(s->o->cols, names, n, &s->mask, d) != 0)
		return -1;
	return rows_header(s->w, names, n, d);
}

static int
drop_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct dropper *s = ctx;
	size_t j, looked = 0, missing = 0;

	for (j = 0; j < row->n; j++)
		if (s->mask[j]) {
			looked++;
			missing += num_na_match(&s->na, row->field[j],
			    row->len[j]);
		}
	if (missing > 0 && (!s->o->all || missing == looked)) {
		s->dropped++;
		return 0;
	}
	for (j = 0; j < row->n; j++)
		rows_cell(s->w, row->field[j], row->len[j]);
	return rows_end(s->w, d);
}

int
fill_dropna(int nfiles, char **files, const struct frame_opts *in,
    const struct dropna_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { drop_header, drop_row };
	struct dropper s;
	int rc;

	memset(&s, 0, sizeof(s));
	s.o = o;
	s.w = w;
	num_na_init(&s.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &s, d);
	if (rc == 0 && s.dropped > 0)
		diag_warn("%zu row%s with missing values dropped", s.dropped,
		    s.dropped > 1 ? "s" : "");
	free(s.mask);
	num_na_release(&s.na);
	return rc;
}
