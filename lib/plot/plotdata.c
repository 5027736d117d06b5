/*
 * plotdata: the rows and values a kind of chart draws: the series of
 * --by, the levels of a category, the finite values of a column.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "plot/plotdata.h"
#include "plot/plotwrite.h"

/* Make sure a column is numbers; 0 or -1 with d naming the value. */
int
plotdata_need_num(struct plotwrite *c, size_t col)
{
	if (c->f->col[col].num != NULL)
		return 0;
	return frame_numeric(c->f, col, c->d);
}

/* The text of a cell, "NA" when missing. */
const char *
plotdata_text(const struct plotwrite *c, size_t col, size_t row)
{
	const char *s = frame_text(c->f, col, row);

	return s != NULL ? s : "NA";
}

void
plotdata_series(struct plotwrite *c, struct plotdata_series *s)
{
	size_t ng = c->by != NULL ? c->by->ngroups : 1, i, g, r, k;
	size_t *map = xmalloc(ng * sizeof(*map));

	memset(s, 0, sizeof(*s));
	for (g = 0; g < ng; g++)
		map[g] = (size_t)-1;
	for (i = 0; i < c->nrows; i++)	/* the levels present */
		map[c->by != NULL ? c->by->gid[c->rows[i]] : 0] = 0;
	for (g = 0; g < ng; g++)	/* in the order of the group ids */
		if (map[g] == 0)
			map[g] = s->n++;
		else
			map[g] = (size_t)-1;
	s->count = xcalloc(s->n ? s->n : 1, sizeof(*s->count));
	s->row = xcalloc(s->n ? s->n : 1, sizeof(*s->row));
	s->name = xcalloc(s->n ? s->n : 1, sizeof(*s->name));
	s->id = xcalloc(s->n ? s->n : 1, sizeof(*s->id));
	for (g = 0; g < ng; g++) {
		if ((k = map[g]) == (size_t)-1)
			continue;
		s->id[k] = g;
		if (c->by != NULL) {
			s->name[k] =
			    plotdata_text(c, c->o->by, c->by->first[g]);
			c->keytitle = c->f->col[c->o->by].name;
		}
	}
	/* memory in proportion to the rows, whatever the levels: count
	 * each series' rows, then place them (a counting sort) */
	for (i = 0; i < c->nrows; i++)
		s->count[map[c->by != NULL ? c->by->gid[c->rows[i]] : 0]]++;
	s->all = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*s->all));
	for (r = k = 0; k < s->n; k++) {
		s->row[k] = s->all + r;
		r += s->count[k];
		s->count[k] = 0;
	}
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		k = map[c->by != NULL ? c->by->gid[r] : 0];
		s->row[k][s->count[k]++] = r;
	}
	free(map);
}

void
plotdata_series_free(struct plotdata_series *s)
{
	if (s == NULL)
		return;
	free(s->all);
	free(s->row);
	free(s->count);
	free(s->name);
	free(s->id);
}

/*
 * Count a value (or row) left out: missing, or else infinite.  No kind
 * draws an infinite value: R's hist() drops them, and a bin, a density or
 * an axis cannot hold one.
 */
void
plotdata_left_out(struct plotwrite *c, int missing)
{
	if (missing)
		c->missing++;
	else
		c->infinite++;
}

/* The finite values of col over rows (caller frees); counts the rest. */
double *
plotdata_values(
    struct plotwrite *c, size_t col, const size_t *rows, size_t n, size_t *nv)
{
	double *v = xmalloc((n ? n : 1) * sizeof(*v)), x;
	size_t i;

	for (*nv = i = 0; i < n; i++) {
		x = c->f->col[col].num[rows[i]];
		if (isfinite(x))
			v[(*nv)++] = x;
		else
			plotdata_left_out(c, isnan(x));
	}
	return v;
}

/* Pairs of non-missing (x, y); counts rows left out. */
size_t
plotdata_pairs(struct plotwrite *c, size_t xc, size_t yc, const size_t *rows,
    size_t n, double *x, double *y)
{
	size_t i, m = 0;
	double a, b;

	for (i = 0; i < n; i++) {
		a = xc == PLOT_NONE ? (double)(rows[i] + 1) :
		    c->f->col[xc].num[rows[i]];
		b = c->f->col[yc].num[rows[i]];
		if (!isfinite(a) || !isfinite(b)) {
			plotdata_left_out(c, isnan(a) || isnan(b));
			continue;
		}
		x[m] = a;
		y[m++] = b;
	}
	return m;
}

const char *
plotdata_name(const struct plotwrite *c, size_t col)
{
	return c->f->col[col].name;
}

/* A series' title: the level, the column, or both. */
const char *
plotdata_title(struct plotwrite *c, const struct plotdata_series *s, size_t k,
    size_t col, int many, char *buf, size_t size)
{
	if (s->name[k] != NULL && many)
		snprintf(
		    buf, size, "%s, %s", s->name[k], plotdata_name(c, col));
	else if (s->name[k] != NULL)
		snprintf(buf, size, "%s", s->name[k]);
	else
		snprintf(buf, size, "%s", plotdata_name(c, col));
	return buf;
}

/* Levels of numbers are sorted; others keep their first appearance. */
struct group *
plotdata_group(struct frame *f, size_t col)
{
	struct diag d;

	return group_by(f, &col, 1, f->col[col].num != NULL ||
	    frame_numeric(f, col, &d) == 0);
}

void
plotdata_levels(struct plotwrite *c, size_t col, struct plotdata_levels *l)
{
	struct group *g = plotdata_group(c->f, col);
	size_t *map = xmalloc((g->ngroups ? g->ngroups : 1) * sizeof(*map));
	size_t i, r;

	l->n = 0;
	l->name = xmalloc((g->ngroups ? g->ngroups : 1) * sizeof(*l->name));
	l->of = xmalloc((c->f->nrows ? c->f->nrows : 1) * sizeof(*l->of));
	for (i = 0; i < g->ngroups; i++)
		map[i] = (size_t)-1;
	for (i = 0; i < c->f->nrows; i++)
		l->of[i] = (size_t)-1;
	for (i = 0; i < c->nrows; i++)	/* the levels present */
		map[g->gid[c->rows[i]]] = 0;
	for (i = 0; i < g->ngroups; i++)	/* in the order of the ids */
		if (map[i] == 0) {
			map[i] = l->n;
			l->name[l->n++] = plotdata_text(c, col, g->first[i]);
		} else
			map[i] = (size_t)-1;
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		l->of[r] = map[g->gid[r]];
	}
	free(map);
	group_free(g);
}

void
plotdata_levels_free(struct plotdata_levels *l)
{
	if (l == NULL)
		return;
	free(l->name);
	free(l->of);
}


/* The column called name, or PLOT_NONE. */
size_t
plotdata_find_col(const struct frame *f, const char *nm)
{
	size_t j;

	for (j = 0; j < f->ncols; j++)
		if (strcmp(f->col[j].name, nm) == 0)
			return j;
	return PLOT_NONE;
}
