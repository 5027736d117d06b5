/*
 * xy: the response and predictors of a learner as plain columns (xy.h):
 * the formula's column names, numeric or categorical predictors, the
 * complete rows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "learn/xy.h"

/* The next term of s (up to sep outside backquotes), trimmed and
 * unquoted, into a new string; *s moves past it and its separator. */
static char *
term(const char **s, int sep)
{
	const char *p = *s, *b, *e;
	int q = 0;

	while (*p != '\0' && (q || *p != sep)) {
		if (*p == '`')
			q = !q;
		p++;
	}
	b = *s;
	e = p;
	while (b < e && (*b == ' ' || *b == '\t' || *b == '\n'))
		b++;
	while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
		e--;
	if (e - b >= 2 && *b == '`' && e[-1] == '`') {
		b++;
		e--;
	}
	*s = *p != '\0' ? p + 1 : p;
	return xstrndup(b, (size_t)(e - b));
}

static int
find(const char *name, char *const *names, size_t ncols, size_t *col,
    struct diag *d)
{
	size_t j, *idx, n;

	for (j = 0; j < ncols; j++)
		if (strcmp(names[j], name) == 0) {
			*col = j;
			return 0;
		}
	if (*name == '\0' || strchr(name, ',') != NULL)
		return diag_set(d, STATUS_USAGE, "formula: \"%s\" is not a "
		    "column name", name);
	if (cols_parse(name, names, ncols, &idx, &n, d) != 0)
		return -1;
	if (n != 1) {
		free(idx);
		return diag_set(d, STATUS_USAGE, "formula: \"%s\" is not one "
		    "column", name);
	}
	*col = idx[0];
	free(idx);
	return 0;
}

int
xy_parse(const char *formula, char *const *names, size_t ncols,
    size_t *ycol, size_t **xcols, size_t *p, struct diag *d)
{
	const char *s = formula, *tilde;
	size_t *x = xmalloc((ncols + 1) * sizeof(*x)), nx = 0, j, k, c = 0;
	char *t;
	int dot = 0;

	*ycol = (size_t)-1;
	tilde = strchr(formula, '~');
	if (tilde == NULL) {
		free(x);
		return diag_set(d, STATUS_USAGE, "formula: \"%s\" has no ~",
		    formula);
	}
	t = term(&s, '~');
	if (*t != '\0' && find(t, names, ncols, ycol, d) != 0)
		goto bad;
	free(t);
	while (*s != '\0' || nx == 0) {
		t = term(&s, '+');
		if (strcmp(t, ".") == 0)
			dot = 1;
		else if (find(t, names, ncols, &c, d) != 0)
			goto bad;
		else
			x[nx++] = c;
		free(t);
		if (nx == 0 && !dot && *s == '\0')
			break;
		if (dot && *s == '\0')
			break;
		if (nx > ncols)
			break;
	}
	if (dot)
		for (j = 0; j < ncols; j++)
			if (j != *ycol && nx < ncols)
				x[nx++] = j;
	/* each column once, in order of first mention */
	for (j = k = 0; j < nx; j++) {
		for (c = 0; c < k && x[c] != x[j]; c++)
			;
		if (c == k && x[j] != *ycol)
			x[k++] = x[j];
	}
	if (k == 0) {
		free(x);
		return diag_set(d, STATUS_USAGE, "formula: \"%s\" names no "
		    "predictor", formula);
	}
	*xcols = x;
	*p = k;
	return 0;
bad:
	free(t);
	free(x);
	return -1;
}

struct xy *
xy_new(size_t p, size_t nclass)
{
	struct xy *m = xcalloc(1, sizeof(*m));

	m->p = p;
	m->name = xcalloc(p + 1, sizeof(*m->name));
	m->x = xcalloc(p + 1, sizeof(*m->x));
	m->nlevel = xcalloc(p + 1, sizeof(*m->nlevel));
	m->level = xcalloc(p + 1, sizeof(*m->level));
	m->nclass = nclass;
	m->ylevel = xcalloc(nclass + 1, sizeof(*m->ylevel));
	return m;
}

void
xy_free(struct xy *m)
{
	size_t j, k;

	if (m == NULL)
		return;
	for (j = 0; j < m->p; j++) {
		free(m->name[j]);
		free(m->x[j]);
		for (k = 0; m->level[j] != NULL && k < m->nlevel[j]; k++)
			free(m->level[j][k]);
		free(m->level[j]);
	}
	for (k = 0; k < m->nclass; k++)
		free(m->ylevel[k]);
	free(m->name);
	free(m->x);
	free(m->nlevel);
	free(m->level);
	free(m->ylevel);
	free(m->response);
	free(m->y);
	free(m->row);
	free(m);
}

static char **
copy_strings(char *const *s, size_t n)
{
	char **c = xcalloc(n + 1, sizeof(*c));
	size_t i;

	for (i = 0; i < n; i++)
		c[i] = xstrdup(s[i]);
	return c;
}

struct xy *
xy_subset(const struct xy *xy, const uint32_t *keep)
{
	struct xy *m = xy_new(xy->p, 0);
	size_t i, j, n;

	free(m->ylevel);
	m->ylevel = copy_strings(xy->ylevel, xy->nclass);
	m->nclass = xy->nclass;
	m->response = xy->response ? xstrdup(xy->response) : NULL;
	m->row = xmalloc((xy->n + 1) * sizeof(*m->row));
	for (i = n = 0; i < xy->n; i++)
		if (keep[i])
			m->row[n++] = xy->row[i];
	m->n = m->nrows = n;
	m->y = xmalloc((n + 1) * sizeof(double));
	for (j = 0; j < xy->p; j++) {
		m->name[j] = xstrdup(xy->name[j]);
		m->nlevel[j] = xy->nlevel[j];
		if (xy->nlevel[j])
			m->level[j] = copy_strings(xy->level[j],
			    xy->nlevel[j]);
		m->x[j] = xmalloc((n + 1) * sizeof(double));
	}
	for (i = n = 0; i < xy->n; i++) {
		if (!keep[i])
			continue;
		for (j = 0; j < xy->p; j++)
			m->x[j][n] = xy->x[j][i];
		m->y[n++] = xy->y[i];
	}
	return m;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
cmp_num(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * Column col as level codes per frame row (FRAME_NA_CODE if missing),
 * levels sorted; with fixed (nfixed labels) the codes are theirs and an
 * unknown level is an error.  Numbers (a numeric class response) are
 * levels in numeric order, labelled in the shortest form.
 */
static int
codes(struct frame *f, size_t col, char **fixed, size_t nfixed,
    uint32_t **codep, char ***levp, size_t *nlevp, struct diag *d)
{
	struct frame_col *c = &f->col[col];
	size_t i, k, nl, *map;
	uint32_t *code = xmalloc((f->nrows + 1) * sizeof(*code));
	char **lev, buf[40];
	double *u;

	if (c->as_num || c->type == FRAME_INTEGER || c->type == FRAME_FLOAT) {
		u = xmalloc((f->nrows + 1) * sizeof(*u));
		for (i = nl = 0; i < f->nrows; i++)
			if (!isnan(c->num[i]))
				u[nl++] = c->num[i];
		qsort(u, nl, sizeof(*u), cmp_num);
		for (i = k = 0; i < nl; i++)
			if (k == 0 || u[i] != u[k - 1])
				u[k++] = u[i];
		lev = xmalloc((k + 1) * sizeof(*lev));
		for (i = 0; i < k; i++) {
			num_format(u[i], 0, buf);
			lev[i] = xstrdup(buf);
		}
		nl = k;
		for (i = 0; i < f->nrows; i++) {
			double *h = isnan(c->num[i]) ? NULL : bsearch(&c->num[i],
			    u, nl, sizeof(*u), cmp_num);
			code[i] = h == NULL ? FRAME_NA_CODE :
			    (uint32_t)(h - u);
		}
		free(u);
	} else {
		frame_factor(f, col);
		nl = group_table_count(c->levels);
		lev = xmalloc((nl + 1) * sizeof(*lev));
		for (k = 0; k < nl; k++)
			lev[k] = xstrdup(group_table_key(c->levels, k, 0));
		qsort(lev, nl, sizeof(*lev), cmp_str);
		map = xmalloc((nl + 1) * sizeof(*map));
		for (k = 0; k < nl; k++) {
			const char *key = group_table_key(c->levels, k, 0);
			char **h = bsearch(&key, lev, nl, sizeof(*lev),
			    cmp_str);
			map[k] = (size_t)(h - lev);
		}
		for (i = 0; i < f->nrows; i++)
			code[i] = c->code[i] == FRAME_NA_CODE ? FRAME_NA_CODE :
			    (uint32_t)map[c->code[i]];
		free(map);
	}
	if (fixed != NULL) {
		map = xmalloc((nl + 1) * sizeof(*map));
		for (k = 0; k < nl; k++) {
			for (i = 0; i < nfixed && strcmp(fixed[i], lev[k]) != 0; i++)
				;
			map[k] = i;
		}
		for (i = 0; i < f->nrows; i++) {
			if (code[i] == FRAME_NA_CODE)
				continue;
			if (map[code[i]] == nfixed) {
				diag_set(d, STATUS_DATA, "level \"%s\" was not "
				    "in the model's data", lev[code[i]]);
				frame_where(f, i, d);
				diag_column(d, c->name);
				free(map);
				goto bad;
			}
			code[i] = (uint32_t)map[code[i]];
		}
		free(map);
	}
	*codep = code;
	if (levp != NULL) {
		*levp = lev;
		*nlevp = nl;
		return 0;
	}
	for (k = 0; k < nl; k++)
		free(lev[k]);
	free(lev);
	return 0;
bad:
	for (k = 0; k < nl; k++)
		free(lev[k]);
	free(lev);
	free(code);
	return -1;
}

/* Is column col numeric?  Text columns are categorical; a column read
 * as numbers with a text value later is an error. */
static int
numeric(struct frame *f, size_t col, int *isnum, struct diag *d)
{
	if (frame_numeric(f, col, d) == 0) {
		*isnum = 1;
		return 0;
	}
	if (f->col[col].as_num)
		return -1;
	*isnum = 0;
	return 0;
}

static int
fail(struct xy *m, uint32_t **cd, uint32_t *ycode, size_t *xc)
{
	size_t j;

	for (j = 0; j < m->p; j++)
		free(cd[j]);
	free(cd);
	free(ycode);
	free(xc);
	xy_free(m);
	return -1;
}

/* The response: numbers, or classes coded into *ycode. */
static int
response(struct frame *f, size_t ycol, int how, struct xy *m,
    uint32_t **ycode, struct diag *d)
{
	int isnum;

	if (numeric(f, ycol, &isnum, d) != 0)
		return -1;
	if (how == XY_NUMERIC && !isnum) {
		frame_numeric(f, ycol, d);
		return -1;
	}
	m->response = xstrdup(f->col[ycol].name);
	if (isnum && how != XY_CLASS)
		return 0;
	free(m->ylevel);
	m->ylevel = NULL;
	if (codes(f, ycol, NULL, 0, ycode, &m->ylevel, &m->nclass, d) != 0)
		return -1;
	if (m->nclass < 2) {
		diag_set(d, STATUS_DATA, "the response has %zu class%s; "
		    "a classification needs 2 or more", m->nclass,
		    m->nclass == 1 ? "" : "es");
		diag_column(d, f->col[ycol].name);
		return -1;
	}
	return 0;
}

int
xy_frame(struct frame *f, const char *formula, int how,
    const struct xy *model, struct xy **xp, struct diag *d)
{
	char **names = xmalloc((f->ncols + 1) * sizeof(*names));
	size_t ycol = (size_t)-1, *xc = NULL, p = 0, j, i, n;
	uint32_t **cd, *ycode = NULL;
	struct xy *m;
	int rc = 0, isnum;

	for (j = 0; j < f->ncols; j++)
		names[j] = f->col[j].name;
	if (model == NULL) {
		rc = xy_parse(formula, names, f->ncols, &ycol, &xc, &p, d);
		if (rc == 0 && ycol == (size_t)-1)
			rc = diag_set(d, STATUS_USAGE, "formula: \"%s\" has no "
			    "response", formula);
	} else {
		p = model->p;
		xc = xmalloc((p + 1) * sizeof(*xc));
		for (j = 0; j < p && rc == 0; j++)
			rc = find(model->name[j], names, f->ncols, &xc[j], d);
	}
	free(names);
	if (rc != 0) {
		free(xc);
		return -1;
	}
	m = xy_new(p, 0);
	m->nrows = f->nrows;
	cd = xcalloc(p + 1, sizeof(*cd));
	for (j = 0; j < p; j++) {
		m->name[j] = xstrdup(f->col[xc[j]].name);
		if (numeric(f, xc[j], &isnum, d) != 0)
			return fail(m, cd, ycode, xc);
		if (model != NULL && isnum != (model->nlevel[j] == 0)) {
			diag_set(d, STATUS_DATA, "%s in the model, %s here",
			    isnum ? "categories" : "numbers",
			    isnum ? "numbers" : "text");
			diag_column(d, m->name[j]);
			return fail(m, cd, ycode, xc);
		}
		if (isnum)
			continue;
		if (model != NULL) {
			m->nlevel[j] = model->nlevel[j];
			rc = codes(f, xc[j], model->level[j], model->nlevel[j],
			    &cd[j], NULL, NULL, d);
		} else
			rc = codes(f, xc[j], NULL, 0, &cd[j], &m->level[j],
			    &m->nlevel[j], d);
		if (rc != 0)
			return fail(m, cd, ycode, xc);
	}
	if (model == NULL && response(f, ycol, how & ~(XY_KEEP_NA |
	    XY_KEEP_EMPTY), m, &ycode, d) != 0)
		return fail(m, cd, ycode, xc);
	m->row = xmalloc((f->nrows + 1) * sizeof(*m->row));
	for (i = n = 0; i < f->nrows; i++) {
		size_t miss = 0;

		if (model == NULL && (ycode != NULL ?
		    ycode[i] == FRAME_NA_CODE : isnan(f->col[ycol].num[i])))
			continue;
		for (j = 0; j < p; j++)
			miss += cd[j] != NULL ? cd[j][i] == FRAME_NA_CODE :
			    isnan(f->col[xc[j]].num[i]) != 0;
		if (miss == 0 || ((how & XY_KEEP_NA) && (miss < p ||
		    model != NULL || (how & XY_KEEP_EMPTY)))) {
			m->row[n++] = i;
			m->nincomplete += miss > 0;
		}
	}
	m->n = n;
	m->nmissing = f->nrows - n;
	for (j = 0; j < p; j++) {
		m->x[j] = xmalloc((n + 1) * sizeof(double));
		for (i = 0; i < n; i++)
			m->x[j][i] = cd[j] == NULL ?
			    f->col[xc[j]].num[m->row[i]] :
			    cd[j][m->row[i]] == FRAME_NA_CODE ? NAN :
			    (double)cd[j][m->row[i]];
	}
	if (model == NULL) {
		m->y = xmalloc((n + 1) * sizeof(double));
		for (i = 0; i < n; i++)
			m->y[i] = ycode != NULL ? (double)ycode[m->row[i]] :
			    f->col[ycol].num[m->row[i]];
	}
	for (j = 0; j < p; j++)
		free(cd[j]);
	free(cd);
	free(ycode);
	free(xc);
	if (n == 0 && model == NULL) {
		xy_free(m);
		return diag_set(d, STATUS_DATA, "no row has every value of "
		    "the formula");
	}
	*xp = m;
	return 0;
}
