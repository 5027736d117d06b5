/* strata: a front door run once per group of keys, and frames of rows. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "frame/strata.h"
#include "io/out.h"

/* Copy n values of size sz picked by rows, or NULL from NULL. */
static void *
pick(const void *src, size_t sz, const size_t *rows, size_t n)
{
	char *dst;
	size_t i;

	if (src == NULL)
		return NULL;
	dst = xmalloc((n ? n : 1) * sz);
	for (i = 0; i < n; i++)
		memcpy(dst + i * sz, (const char *)src + rows[i] * sz, sz);
	return dst;
}

/* Copy the cells of column j as text into g's arena. */
static void
pick_text(struct frame *f, struct frame *g, size_t j, const size_t *rows)
{
	size_t i, len;

	g->col[j].cell = xmalloc((g->nrows ? g->nrows : 1) * sizeof(size_t));
	for (i = 0; i < g->nrows; i++) {
		const char *s = frame_text(f, j, rows[i]);

		if (s == NULL) {
			g->col[j].cell[i] = FRAME_NA;
			continue;
		}
		len = strlen(s) + 1;
		g->arena = xgrow(g->arena, &g->arena_cap, g->arena_len + len,
		    1);
		memcpy(g->arena + g->arena_len, s, len);
		g->col[j].cell[i] = g->arena_len;
		g->arena_len += len;
	}
}

/* Where each row of g comes from: runs of consecutive lines of a file. */
static void
pick_lines(const struct frame *f, struct frame *g, const size_t *rows)
{
	struct diag d, prev = { 0 };
	size_t i;

	for (i = 0; i < g->nrows; i++) {
		frame_where(f, rows[i], &d);
		if (i == 0 || d.file != prev.file || d.line != prev.line + 1) {
			g->src = xgrow(g->src, &g->src_cap, g->nsrc + 1,
			    sizeof(*g->src));
			g->src[g->nsrc].file = d.file;
			g->src[g->nsrc].first_row = i;
			g->src[g->nsrc].line = d.line;
			g->nsrc++;
		}
		prev = d;
	}
}

struct frame *
frame_rows(struct frame *f, const size_t *rows, size_t n)
{
	struct frame *g = xcalloc(1, sizeof(*g));
	size_t j, i;

	g->ncols = f->ncols;
	g->nrows = g->row_cap = n;
	g->col = xcalloc(f->ncols ? f->ncols : 1, sizeof(*g->col));
	for (j = 0; j < f->ncols; j++) {
		const struct frame_col *c = &f->col[j];
		struct frame_col *e = &g->col[j];

		e->name = xstrdup(c->name);
		e->dropped = c->dropped;
		e->as_num = c->as_num;
		if (c->dropped)
			continue;
		if (!c->as_num)
			pick_text(f, g, j, rows);
		if (c->type == FRAME_UNKNOWN || c->type == FRAME_TEXT)
			continue;
		/* numbers already read stay read: the type is the frame's */
		e->type = c->type;
		e->num = pick(c->num, sizeof(*c->num), rows, n);
		e->rel = pick(c->rel, sizeof(*c->rel), rows, n);
		for (i = 0; i < n; i++)
			e->nmissing += isnan(e->num[i]);
	}
	pick_lines(f, g, rows);
	return g;
}

/* "cyl=4, am=1": the keys of the stratum that starts at row. */
static void
stratum_name(const struct frame *f, const size_t *keys, size_t nkeys,
    size_t row, char *buf, size_t size)
{
	size_t k, n = 0;

	buf[0] = '\0';
	for (k = 0; k < nkeys && n < size; k++) {
		const char *s = frame_text(f, keys[k], row);

		n += (size_t)snprintf(buf + n, size - n, "%s%s=%s",
		    k ? ", " : "", f->col[keys[k]].name, s ? s : "NA");
	}
}

/* Copy cell c of s to (row, col) of t. */
static void
copy_cell(struct out_table *t, size_t row, size_t col,
    const struct out_table *s, size_t c)
{
	if (s->textoff[c] != 0)
		out_text(t, row, col, s->arena + s->textoff[c] - 1);
	else
		out_num(t, row, col, s->cell[c].num);
}

/*
 * The column of t named name.  A new one is added; once t has rows (a
 * column no earlier stratum had), t is rebuilt with it, empty above.
 */
static size_t
column_of(struct out_table *t, const char *name)
{
	struct out_table *u, tmp;
	size_t j, r, row;

	for (j = 0; j < t->ncols; j++)
		if (strcmp(t->name[j], name) == 0)
			return j;
	if (t->nrows == 0) {
		out_column(t, name);
		return t->ncols - 1;
	}
	u = out_new();
	for (j = 0; j < t->ncols; j++)
		out_column(u, t->name[j]);
	out_column(u, name);
	for (r = 0; r < t->nrows; r++) {
		row = out_row(u);
		for (j = 0; j < t->ncols; j++)
			copy_cell(u, row, j, t, r * t->ncols + j);
	}
	/* swap the contents: the caller's pointer stays valid */
	tmp = *t;
	*t = *u;
	*u = tmp;
	out_free(u);
	return t->ncols - 1;
}

/* A new row of t with the keys of the stratum whose first row is first. */
static size_t
key_row(struct out_table *t, const struct frame *f, const size_t *keys,
    size_t nkeys, size_t first)
{
	size_t row = out_row(t), k;

	for (k = 0; k < nkeys; k++)
		out_text(t, row, k, frame_text(f, keys[k], first));
	return row;
}

/* Append the rows of s under the keys of the stratum starting at row. */
static void
append(struct out_table *t, const struct frame *f, const size_t *keys,
    size_t nkeys, size_t first, const struct out_table *s)
{
	size_t *map = xmalloc((s->ncols ? s->ncols : 1) * sizeof(*map));
	size_t r, k;

	for (k = 0; k < s->ncols; k++)
		map[k] = column_of(t, s->name[k]);
	for (r = 0; r < s->nrows; r++) {
		size_t row = key_row(t, f, keys, nkeys, first);

		for (k = 0; k < s->ncols; k++)
			copy_cell(t, row, map[k], s, r * s->ncols + k);
	}
	free(map);
}

/* While a stratum runs: its name, and the warner its warnings go to. */
static const char *stratum_now;
static void (*warner_outer)(const char *);

/* Each warning of a stratum names it first. */
static void
warn_stratum(const char *msg)
{
	char buf[1024];

	(void)snprintf(buf, sizeof(buf), "%s: %s", stratum_now, msg);
	warner_outer(buf);
}

int
strata_frame(struct frame *f, const size_t *keys, size_t nkeys, int sort,
    strata_fn *fn, void *arg, struct out_table **tp, struct diag *d)
{
	struct out_table *t = NULL, *s;
	struct group *g;
	size_t *rows, *start, i, k, gi;
	int rc = -1;

	/* a value read as a number that is not one fails in every stratum */
	for (k = 0; k < f->ncols; k++)
		if (f->col[k].as_num && f->col[k].type == FRAME_TEXT)
			return frame_numeric(f, k, d);
	g = group_by(f, keys, nkeys, sort);
	start = xcalloc(g->ngroups + 1, sizeof(*start));
	rows = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*rows));
	for (i = 0; i < f->nrows; i++)
		start[g->gid[i] + 1]++;
	for (gi = 0; gi < g->ngroups; gi++)
		start[gi + 1] += start[gi];
	for (i = 0; i < f->nrows; i++)
		rows[start[g->gid[i]]++] = i;
	/* start[gi] is now the end of group gi: shift back */
	for (gi = g->ngroups; gi > 0; gi--)
		start[gi] = start[gi - 1];
	start[0] = 0;
	t = out_new();
	for (k = 0; k < nkeys; k++)
		out_column(t, f->col[keys[k]].name);
	for (gi = 0; gi < g->ngroups; gi++) {
		struct frame *sub = frame_rows(f, rows + start[gi],
		    start[gi + 1] - start[gi]);
		char name[256];

		stratum_name(f, keys, nkeys, g->first[gi], name, sizeof(name));
		s = NULL;
		warner_outer = diag_warner;
		stratum_now = name;
		if (diag_warner != NULL)
			diag_warner = warn_stratum;
		rc = fn(arg, &sub, &s, d);
		diag_warner = warner_outer;
		/* a column named in the message is the stratum's, freed next */
		if (rc != 0 && d->column != NULL && d->column != d->colbuf)
			diag_column(d, d->column);
		frame_free(sub);
		if (rc != 0 && (d->status != STATUS_DATA || d->line != 0))
			goto done;
		if (rc != 0) {
			char msg[640];

			diag_format(d, msg, sizeof(msg));
			diag_warn("%s: %s", name, msg);
			(void)key_row(t, f, keys, nkeys, g->first[gi]);
			continue;
		}
		append(t, f, keys, nkeys, g->first[gi], s);
		out_free(s);
	}
	*tp = t;
	t = NULL;
	rc = 0;
done:
	out_free(t);
	free(rows);
	free(start);
	group_free(g);
	return rc;
}
