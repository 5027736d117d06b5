#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "stats/agg.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "model/model.h"
#include "core/num.h"
#include "plot/plot.h"
#include "plot/plotstat.h"
#include "core/xalloc.h"

#define NCOLOUR	8	/* linetypes of the palette, then they cycle */
#define NGRID	512	/* density() grid points, R's default */
#define NVIOLIN	100	/* grid points of a violin's outline */
#define NBAND	80	/* points of the fit line and its band */

/* clang-format off */
static const struct {
	const char	*name;
	enum plot_kind	 kind;
} kinds[] = {
	{ "bar",	PLOT_BAR },
	{ "box",	PLOT_BOX },
	{ "density",	PLOT_DENSITY },
	{ "ecdf",	PLOT_ECDF },
	{ "errorbar",	PLOT_ERRORBAR },
	{ "heatmap",	PLOT_HEATMAP },
	{ "hist",	PLOT_HIST },
	{ "line",	PLOT_LINE },
	{ "pairs",	PLOT_PAIRS },
	{ "pie",	PLOT_PIE },
	{ "qq",		PLOT_QQ },
	{ "residuals",	PLOT_RESIDUALS },
	{ "scatter",	PLOT_SCATTER },
	{ "violin",	PLOT_VIOLIN },
};

static const char *const legends[] = {
	[PLOT_KEY_DEFAULT] = "default",
	[PLOT_KEY_TOP_LEFT] = "top-left",
	[PLOT_KEY_TOP_RIGHT] = "top-right",
	[PLOT_KEY_BOTTOM_LEFT] = "bottom-left",
	[PLOT_KEY_BOTTOM_RIGHT] = "bottom-right",
	[PLOT_KEY_OUTSIDE] = "outside",
	[PLOT_KEY_OFF] = "off",
};

/* matplotlib's tab10, and a brighter set for the dark theme */
static const char *const light[NCOLOUR] = {
	"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
	"#9467bd", "#8c564b", "#e377c2", "#17becf",
};
static const char *const dark[NCOLOUR] = {
	"#4cc9f0", "#ffb347", "#7bd389", "#ff6b6b",
	"#c9a0ff", "#d4a373", "#ff8fd8", "#5ee7e7",
};
/* point characters of the text terminal, one per series */
static const char dumbpt[NCOLOUR] = { '*', 'o', '+', 'x', '#', '@', '%', '&' };
/* clang-format on */

#define COLOUR_CHARS	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" \
			"0123456789-#"

#define TERM_CHARS	COLOUR_CHARS " ,._"

/* The marks of --style. */
struct style {
	char	with[16];	/* points, lines, ... or "" for the kind's */
	char	colour[64];	/* a gnuplot colour, or "" */
	double	size;		/* point size, 0: default */
	double	width;		/* line width, 0: default */
};

/* Everything one script is built from. */
struct ctx {
	struct frame		*f;
	const struct plot_opts	*o;
	struct diag		*d;
	FILE			*data;		/* the datablocks */
	FILE			*set;		/* the kind's settings */
	FILE			*body;		/* the panels' plot commands */
	int			 panel;		/* 0, or the facet panel 1.. */
	size_t			*rows;		/* rows of this panel */
	size_t			 nrows;
	struct group		*by;		/* --by levels, or NULL */
	size_t			 missing;	/* values left out */
	size_t			 infinite;	/* +-inf left out, as R's hist */
	double			 xmin, xmax;	/* bounds of what is drawn */
	double			 ymin, ymax;
	int			 catx;		/* x holds categories */
	const char		*xlabel;	/* defaults of the labels */
	const char		*ylabel;
	const char		*key;		/* default key position */
	const char		*keytitle;	/* --by's column, for the key */
	int			 nclause;	/* clauses of this plot */
	int			 own_multiplot;	/* pairs, residuals */
	char			 title[512];	/* --title, for multiplots */
	struct style		 st;
};

void
plot_opts_init(struct plot_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->x = o->by = o->facet = PLOT_NONE;
	o->term = PLOT_DUMB;
}

int
plot_kind_lookup(const char *name, enum plot_kind *k)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].name, name) == 0) {
			*k = kinds[i].kind;
			return 0;
		}
	return -1;
}

int
plot_legend_lookup(const char *name, enum plot_legend *l)
{
	size_t i;

	for (i = 1; i < sizeof(legends) / sizeof(legends[0]); i++)
		if (strcmp(legends[i], name) == 0) {
			*l = (enum plot_legend)i;
			return 0;
		}
	return -1;
}

int
plot_term_for(const char *file, enum plot_term *t)
{
	const char *dot = strrchr(file, '.');

	if (dot == NULL)
		return -1;
	if (strcasecmp(dot, ".png") == 0)
		*t = PLOT_PNG;
	else if (strcasecmp(dot, ".svg") == 0)
		*t = PLOT_SVG;
	else if (strcasecmp(dot, ".pdf") == 0)
		*t = PLOT_PDF;
	else if (strcasecmp(dot, ".txt") == 0)
		*t = PLOT_DUMB;
	else
		return -1;
	return 0;
}

int
plot_term_lookup(const char *name, enum plot_term *t, struct diag *d)
{
	static const struct {
		const char	*name;
		enum plot_term	 term;
	} terms[] = {
		{ "dumb", PLOT_DUMB }, { "png", PLOT_PNG },
		{ "pngcairo", PLOT_PNG }, { "svg", PLOT_SVG },
		{ "pdf", PLOT_PDF }, { "pdfcairo", PLOT_PDF },
	};
	size_t i;

	for (i = 0; i < sizeof(terms) / sizeof(terms[0]); i++)
		if (strcmp(terms[i].name, name) == 0) {
			*t = terms[i].term;
			return 0;
		}
	/* written as it is: a word and options, nothing that quotes,
	 * comments, substitutes or ends the command */
	if (name[0] == '\0' || strspn(name, TERM_CHARS) != strlen(name))
		return diag_set(d, STATUS_USAGE, "--terminal: \"%s\" is not a "
		    "terminal name and options (letters, digits, spaces and "
		    ", . _ -)", name);
	*t = PLOT_OTHER;
	return 0;
}

int
plot_range_check(const char *s)
{
	const char *colon = strchr(s, ':');
	char buf[64];
	double v;
	size_t n;

	if (colon == NULL || strchr(colon + 1, ':') != NULL)
		return -1;
	n = (size_t)(colon - s);
	if (n >= sizeof(buf))
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	if (n > 0 && num_parse_opt(buf, &v) != 0)
		return -1;
	if (colon[1] != '\0' && num_parse_opt(colon + 1, &v) != 0)
		return -1;
	return 0;
}

/* Parse --style: marks (points, lines ...), color=C, size=N, width=N. */
static int
style_parse(const char *s, struct style *st, struct diag *d)
{
	static const char *const marks[] = { "points", "lines",
	    "linespoints", "impulses", "steps", "dots", NULL };
	char *copy = xstrdup(s), *item, *save = NULL, *eq;
	size_t i;

	memset(st, 0, sizeof(*st));
	for (item = strtok_r(copy, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		if ((eq = strchr(item, '=')) != NULL) {
			*eq++ = '\0';
			/* a name (dark-red) or #rrggbb: letters, digits, -, # */
			if ((strcmp(item, "color") == 0 ||
			    strcmp(item, "colour") == 0) && *eq != '\0' &&
			    strlen(eq) < sizeof(st->colour) &&
			    strspn(eq, COLOUR_CHARS) == strlen(eq)) {
				strcpy(st->colour, eq);
				continue;
			}
			if (strcmp(item, "size") == 0 &&
			    num_parse_opt(eq, &st->size) == 0 && st->size > 0)
				continue;
			if (strcmp(item, "width") == 0 &&
			    num_parse_opt(eq, &st->width) == 0 && st->width > 0)
				continue;
			eq[-1] = '=';
		} else {
			for (i = 0; marks[i] != NULL; i++)
				if (strcmp(item, marks[i]) == 0)
					break;
			if (marks[i] != NULL) {
				strcpy(st->with, item);
				continue;
			}
		}
		diag_set(d, STATUS_USAGE, "--style: \"%s\" is not points, "
		    "lines, linespoints, impulses, steps, dots, color=C, "
		    "size=N or width=N", item);
		free(copy);
		return -1;
	}
	free(copy);
	return 0;
}

int
plot_style_check(const char *s, struct diag *d)
{
	struct style st;

	return style_parse(s, &st, d);
}

/* ---- writing the script ---- */

/* A number as data: the shortest form that reads back, NaN if missing. */
static void
pnum(FILE *fp, double x)
{
	char buf[NUM_BUFSZ];

	if (isnan(x))
		fputs("NaN", fp);
	else {
		num_format(x, 0, buf);
		fputs(buf, fp);
	}
}

/*
 * The quoting rule: every text from the data or the options reaches
 * gnuplot through ptext() (a datablock field) or pstr() (a string in a
 * command), nowhere else.  A control byte (C0 or DEL) never passes: it
 * could end a line, and a line is a command.  gnuplot has no escape in
 * data, so a field's '"' becomes '\''; a data line thus starts with a
 * number or '"' and can never be the terminator EOD.
 */
static int
ctrl(unsigned char ch)
{
	return ch < 0x20 || ch == 0x7f;
}

static int
has_ctrl(const char *s)
{
	for (; *s != '\0'; s++)
		if (ctrl((unsigned char)*s))
			return 1;
	return 0;
}

/* A text as a quoted datablock field. */
static void
ptext(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s != '\0'; s++)
		fputc(ctrl((unsigned char)*s) ? ' ' : *s == '"' ? '\'' : *s,
		    fp);
	fputc('"', fp);
}

/*
 * A gnuplot string literal: single quotes, a quote doubled.  gnuplot
 * expands neither backquotes nor macros inside single quotes.
 */
static void
pstr(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (; *s != '\0'; s++) {
		if (*s == '\'')
			fputc('\'', fp);
		fputc(ctrl((unsigned char)*s) ? ' ' : *s, fp);
	}
	fputc('\'', fp);
}

/* The name of datablock `name` of the current panel: "$data", "$data_2". */
static const char *
block(struct ctx *c, const char *name)
{
	static char buf[4][64];
	static int k;

	k = (k + 1) % 4;
	if (c->panel > 0)
		snprintf(buf[k], sizeof(buf[k]), "$%s_%d", name, c->panel);
	else
		snprintf(buf[k], sizeof(buf[k]), "$%s", name);
	return buf[k];
}

static void
begin(struct ctx *c, const char *name)
{
	fprintf(c->data, "%s << EOD\n", block(c, name));
}

static void
end(struct ctx *c)
{
	fputs("EOD\n", c->data);
}

/* Start the next clause of the panel's plot command. */
static void
clause(struct ctx *c, const char *fmt, ...)
{
	va_list ap;

	fputs(c->nclause++ == 0 ? "plot " : ", \\\n     ", c->body);
	va_start(ap, fmt);
	vfprintf(c->body, fmt, ap);
	va_end(ap);
}

/* End the panel's plot command. */
static void
endplot(struct ctx *c)
{
	if (c->nclause > 0)
		fputc('\n', c->body);
	c->nclause = 0;
}

/* A kind's setting: written once, for the first panel. */
static void
setting(struct ctx *c, const char *fmt, ...)
{
	va_list ap;

	if (c->panel > 1)
		return;
	va_start(ap, fmt);
	vfprintf(c->set, fmt, ap);
	va_end(ap);
}

/* A clause's title: the series name, or notitle for a lone series. */
static void
ptitle(struct ctx *c, const char *name, int alone)
{
	if (alone || name == NULL || c->panel > 1)
		fputs(" notitle", c->body);
	else {
		fputs(" title ", c->body);
		pstr(c->body, name);
	}
}

/* The colour of --style, if any. */
static void
pcolour(struct ctx *c)
{
	if (c->st.colour[0]) {
		fputs(" lc rgb ", c->body);
		pstr(c->body, c->st.colour);
	}
}

/* The marks of series k: the kind's default or --style. */
static void
pstyle(struct ctx *c, const char *dflt, int k)
{
	fprintf(c->body, " with %s ls %d", c->st.with[0] ? c->st.with : dflt,
	    k % NCOLOUR + 1);
	pcolour(c);
	if (c->st.size > 0)
		fprintf(c->body, " ps %g", c->st.size);
	if (c->st.width > 0)
		fprintf(c->body, " lw %g", c->st.width);
}

static void
bound(struct ctx *c, double x, double y)
{
	if (!isnan(x)) {
		c->xmin = fmin(c->xmin, x);
		c->xmax = fmax(c->xmax, x);
	}
	if (!isnan(y)) {
		c->ymin = fmin(c->ymin, y);
		c->ymax = fmax(c->ymax, y);
	}
}

/* ---- data ---- */

/* Make sure a column is numbers; 0 or -1 with d naming the value. */
static int
need_num(struct ctx *c, size_t col)
{
	if (c->f->col[col].num != NULL)
		return 0;
	return frame_numeric(c->f, col, c->d);
}

/* The text of a cell, "NA" when missing. */
static const char *
text(const struct ctx *c, size_t col, size_t row)
{
	const char *s = frame_text(c->f, col, row);

	return s != NULL ? s : "NA";
}

/* Series: the levels of --by (or one), each with its rows in the panel. */
struct series {
	size_t		  n;		/* series */
	size_t		 *count;	/* rows of each */
	size_t		**row;		/* their row numbers */
	const char	**name;		/* level, or NULL without --by */
	size_t		 *id;		/* colour index: the level's number */
};

static void
series_make(struct ctx *c, struct series *s)
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
			s->name[k] = text(c, c->o->by, c->by->first[g]);
			c->keytitle = c->f->col[c->o->by].name;
		}
		s->row[k] = xmalloc(c->nrows * sizeof(**s->row));
	}
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		k = map[c->by != NULL ? c->by->gid[r] : 0];
		s->row[k][s->count[k]++] = r;
	}
	free(map);
}

static void
series_free(struct series *s)
{
	size_t k;

	for (k = 0; k < s->n; k++)
		free(s->row[k]);
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
static void
left_out(struct ctx *c, int missing)
{
	if (missing)
		c->missing++;
	else
		c->infinite++;
}

/* The finite values of col over rows (caller frees); counts the rest. */
static double *
values(struct ctx *c, size_t col, const size_t *rows, size_t n, size_t *nv)
{
	double *v = xmalloc((n ? n : 1) * sizeof(*v)), x;
	size_t i;

	for (*nv = i = 0; i < n; i++) {
		x = c->f->col[col].num[rows[i]];
		if (isfinite(x))
			v[(*nv)++] = x;
		else
			left_out(c, isnan(x));
	}
	return v;
}

/* Pairs of non-missing (x, y); counts rows left out. */
static size_t
pairs_of(struct ctx *c, size_t xc, size_t yc, const size_t *rows, size_t n,
    double *x, double *y)
{
	size_t i, m = 0;
	double a, b;

	for (i = 0; i < n; i++) {
		a = xc == PLOT_NONE ? (double)(rows[i] + 1) :
		    c->f->col[xc].num[rows[i]];
		b = c->f->col[yc].num[rows[i]];
		if (!isfinite(a) || !isfinite(b)) {
			left_out(c, isnan(a) || isnan(b));
			continue;
		}
		x[m] = a;
		y[m++] = b;
	}
	return m;
}

static const char *
name(const struct ctx *c, size_t col)
{
	return c->f->col[col].name;
}

/* A series' title: the level, the column, or both. */
static const char *
stitle(struct ctx *c, const struct series *s, size_t k, size_t col,
    int many, char *buf, size_t size)
{
	if (s->name[k] != NULL && many)
		snprintf(buf, size, "%s, %s", s->name[k], name(c, col));
	else if (s->name[k] != NULL)
		snprintf(buf, size, "%s", s->name[k]);
	else
		snprintf(buf, size, "%s", name(c, col));
	return buf;
}

/* ---- the kinds ---- */

/* scatter and line: y against x, a series per level and column. */
static int
kind_xy(struct ctx *c, int line)
{
	const struct plot_opts *o = c->o;
	struct series s;
	struct model_line fit;
	double *x, *y, lo, hi, yh, bl, bh;
	size_t k, j, i, m, idx = 0, nser, fi = 0, *npts, total = 0;
	size_t miss, inf;
	char buf[512];
	int alone;

	if (o->x != PLOT_NONE && need_num(c, o->x) != 0)
		return -1;
	for (j = 0; j < o->ny; j++)
		if (need_num(c, o->y[j]) != 0)
			return -1;
	series_make(c, &s);
	nser = s.n * o->ny;
	alone = nser == 1 && !o->fit;
	x = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*x));
	y = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*y));
	npts = xcalloc(nser ? nser : 1, sizeof(*npts));
	begin(c, "data");
	for (k = 0; k < s.n; k++)
		for (j = 0; j < o->ny; j++) {
			if (idx > 0)
				fputs("\n\n", c->data);
			m = pairs_of(c, o->x, o->y[j], s.row[k], s.count[k],
			    x, y);
			for (i = 0; i < m; i++) {
				pnum(c->data, x[i]);
				fputc(' ', c->data);
				pnum(c->data, y[i]);
				fputc('\n', c->data);
				bound(c, x[i], y[i]);
			}
			npts[idx++] = m;
			total += m;
		}
	end(c);
	if (total == 0) {
		diag_set(c->d, STATUS_DATA, "no row has both values to draw");
		goto fail;
	}
	idx = 0;
	for (k = 0; k < s.n; k++)
		for (j = 0; j < o->ny; j++, idx++) {
			if (npts[idx] == 0)	/* gnuplot would warn */
				continue;
			clause(c, "%s index %zu using 1:2", block(c, "data"),
			    idx);
			pstyle(c, line ? "lines" : "points",
			    (int)(s.name[k] != NULL ? s.id[k] * o->ny + j : j));
			ptitle(c, stitle(c, &s, k, o->y[j], o->ny > 1, buf,
			    sizeof(buf)), alone);
		}
	if (o->fit) {	/* the least-squares line and its 95% band */
		begin(c, "fit");
		for (k = 0; k < s.n; k++)
			for (j = 0; j < o->ny; j++) {
				miss = c->missing;
				inf = c->infinite;
				m = pairs_of(c, o->x, o->y[j], s.row[k],
				    s.count[k], x, y);
				c->missing = miss;	/* counted */
				c->infinite = inf;
				if (model_line_fit(x, y, m, &fit, c->d)) {
					diag_at(c->d, NULL, 0,
					    name(c, o->y[j]));
					goto fail;
				}
				if (fi++ > 0)
					fputs("\n\n", c->data);
				lo = x[0];
				hi = x[0];
				for (i = 1; i < m; i++) {
					lo = fmin(lo, x[i]);
					hi = fmax(hi, x[i]);
				}
				for (i = 0; i < NBAND; i++) {
					double at = lo + (hi - lo) * (double)i /
					    (NBAND - 1);

					model_line_band(&fit, at, 0.95, &yh,
					    &bl, &bh);
					pnum(c->data, at);
					fputc(' ', c->data);
					pnum(c->data, yh);
					fputc(' ', c->data);
					pnum(c->data, bl);
					fputc(' ', c->data);
					pnum(c->data, bh);
					fputc('\n', c->data);
					bound(c, at, bl);
					bound(c, at, bh);
				}
			}
		end(c);
		for (idx = 0; idx < fi; idx++) {
			k = idx / o->ny;
			j = idx % o->ny;
			i = (s.name[k] != NULL ? s.id[k] * o->ny + j : j) %
			    NCOLOUR + 1;
			if (o->term == PLOT_DUMB)
				clause(c, "%s index %zu using 1:3 with lines "
				    "ls %zu dt 2 notitle, '' index %zu using "
				    "1:4 with lines ls %zu dt 2 notitle",
				    block(c, "fit"), idx, i, idx, i);
			else
				clause(c, "%s index %zu using 1:3:4 with "
				    "filledcurves ls %zu fs transparent solid "
				    "0.2 noborder notitle", block(c, "fit"),
				    idx, i);
			clause(c, "%s index %zu using 1:2 with lines ls %zu "
			    "lw 2", block(c, "fit"), idx, i);
			ptitle(c, nser == 1 ? "least squares, 95% CI" : NULL,
			    nser != 1);
		}
	}
	endplot(c);
	c->xlabel = o->x != PLOT_NONE ? name(c, o->x) : "row";
	c->ylabel = o->ny == 1 ? name(c, o->y[0]) : NULL;
	free(x);
	free(y);
	free(npts);
	series_free(&s);
	return 0;
fail:
	free(x);
	free(y);
	free(npts);
	series_free(&s);
	return -1;
}

/* Every finite value of col over the whole frame, for shared bins. */
static double *
all_values(struct ctx *c, size_t col, size_t *n)
{
	double *v = xmalloc((c->f->nrows ? c->f->nrows : 1) * sizeof(*v));
	size_t i;

	for (*n = i = 0; i < c->f->nrows; i++)
		if (isfinite(c->f->col[col].num[i]))
			v[(*n)++] = c->f->col[col].num[i];
	return v;
}

/* The columns a one-variable kind draws: -c, else -x. */
static size_t
var_cols(const struct plot_opts *o, const size_t **cols)
{
	if (o->nc > 0) {
		*cols = o->c;
		return o->nc;
	}
	*cols = &o->x;
	return 1;
}

/*
 * A histogram's breaks; 0, or -1 with d set when the range is too wide
 * for finite bins (R's hist() refuses it too: "invalid number of
 * 'breaks'").
 */
static int
breaks(struct ctx *c, const double *v, size_t n, long bins, size_t col,
    double **br, size_t *nb)
{
	size_t i;

	plotstat_hist_breaks(v, n, bins, br, nb);
	for (i = 0; i < *nb; i++)
		if (!isfinite((*br)[i])) {
			free(*br);
			diag_set(c->d, STATUS_DATA, "the values span too wide "
			    "a range for histogram bins");
			return diag_at(c->d, NULL, 0, name(c, col));
		}
	return 0;
}

/* hist: counts (or densities) over shared bins, a series per level. */
static int
kind_hist(struct ctx *c)
{
	const struct plot_opts *o = c->o;
	const size_t *cols;
	size_t ncols = var_cols(o, &cols), nall, nb, nv, k, j, i, idx = 0;
	double *all, *br, *v, *cnt;
	struct series s;
	char buf[512];
	int rc;

	for (j = 0; j < ncols; j++)
		if (need_num(c, cols[j]) != 0)
			return -1;
	/* bins from every value of the first column, so panels agree */
	all = all_values(c, cols[0], &nall);
	if (nall == 0) {
		free(all);
		diag_set(c->d, STATUS_DATA, "no values to draw");
		return diag_at(c->d, NULL, 0, name(c, cols[0]));
	}
	rc = breaks(c, all, nall, o->bins, cols[0], &br, &nb);
	free(all);
	if (rc != 0)
		return -1;
	cnt = xmalloc(nb * sizeof(*cnt));
	series_make(c, &s);
	begin(c, "data");
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++) {
			if (idx++ > 0)
				fputs("\n\n", c->data);
			v = values(c, cols[j], s.row[k], s.count[k], &nv);
			plotstat_hist_counts(v, nv, br, nb, cnt);
			for (i = 0; i + 1 < nb; i++) {
				double h = br[i + 1] - br[i];
				double y = o->density ? (nv ? cnt[i] /
				    ((double)nv * h) : 0) : cnt[i];

				pnum(c->data, (br[i] + br[i + 1]) / 2);
				fputc(' ', c->data);
				pnum(c->data, y);
				fputc(' ', c->data);
				pnum(c->data, h);
				fputc('\n', c->data);
				bound(c, br[i], y);
				bound(c, br[i + 1], 0);
			}
			free(v);
		}
	end(c);
	setting(c, "set style fill %s border lc rgb '%s'\n", idx > 1 ?
	    "transparent solid 0.45" : "solid 0.75", o->dark ? "#1e1e1e" :
	    "#ffffff");
	setting(c, "set yrange [0:*]\n");
	idx = 0;
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++, idx++) {
			clause(c, "%s index %zu using 1:2:3", block(c, "data"),
			    idx);
			pstyle(c, "boxes", (int)(s.name[k] != NULL ?
			    s.id[k] * ncols + j : j));
			ptitle(c, stitle(c, &s, k, cols[j], ncols > 1, buf,
			    sizeof(buf)), s.n * ncols == 1);
		}
	endplot(c);
	c->xlabel = ncols == 1 ? name(c, cols[0]) : NULL;
	c->ylabel = o->density ? "density" : "count";
	free(cnt);
	free(br);
	series_free(&s);
	return 0;
}

enum onevar { ONE_DENSITY, ONE_ECDF, ONE_QQ };

/* density, ecdf, qq: one curve per level and column. */
static int
kind_onevar(struct ctx *c, enum onevar what)
{
	const struct plot_opts *o = c->o;
	const size_t *cols;
	size_t ncols = var_cols(o, &cols), k, j, i, nv, idx = 0, lt;
	double *v, *gx, *gy, a, b;
	struct series s;
	char buf[512];

	for (j = 0; j < ncols; j++)
		if (need_num(c, cols[j]) != 0)
			return -1;
	series_make(c, &s);
	begin(c, "data");
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++) {
			v = values(c, cols[j], s.row[k], s.count[k], &nv);
			if (nv < (what == ONE_DENSITY ? 2u : 1u)) {
				free(v);
				int need = what == ONE_DENSITY ? 2 : 1;

				if (s.name[k] != NULL)
					diag_set(c->d, STATUS_DATA, "level "
					    "\"%s\": %zu value%s, need at "
					    "least %d", s.name[k], nv,
					    nv == 1 ? "" : "s", need);
				else
					diag_set(c->d, STATUS_DATA, "%zu "
					    "value%s, need at least %d", nv,
					    nv == 1 ? "" : "s", need);
				series_free(&s);
				return diag_at(c->d, NULL, 0, name(c, cols[j]));
			}
			if (idx++ > 0)
				fputs("\n\n", c->data);
			gx = xmalloc((nv + NGRID) * sizeof(*gx));
			gy = xmalloc((nv + NGRID) * sizeof(*gy));
			if (what == ONE_DENSITY) {
				double bw = plotstat_bw_nrd0(v, nv);

				if (plotstat_density(v, nv, bw, NGRID, gx, gy,
				    c->d) != 0) {
					free(v);
					free(gx);
					free(gy);
					series_free(&s);
					return -1;
				}
				nv = NGRID;
			} else if (what == ONE_ECDF) {
				plotstat_ecdf(v, nv, gx + 1, gy + 1);
				gx[0] = gx[1];	/* the step up from 0 */
				gy[0] = 0;
				nv++;
			} else {
				plotstat_qqnorm(v, nv, gx, gy);
			}
			for (i = 0; i < nv; i++) {
				pnum(c->data, gx[i]);
				fputc(' ', c->data);
				pnum(c->data, gy[i]);
				fputc('\n', c->data);
				bound(c, gx[i], gy[i]);
			}
			if (what == ONE_QQ) {	/* qqline, across the points */
				plotstat_qqline(v, nv == 0 ? 0 : nv, &a, &b);
				fputs("\n\n", c->data);
				for (i = 0; i < 2; i++) {
					double at = gx[i ? nv - 1 : 0];

					pnum(c->data, at);
					fputc(' ', c->data);
					pnum(c->data, a + b * at);
					fputc('\n', c->data);
					bound(c, at, a + b * at);
				}
				idx++;
			}
			free(gx);
			free(gy);
			free(v);
		}
	end(c);
	idx = 0;
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++, idx++) {
			lt = s.name[k] != NULL ? s.id[k] * ncols + j : j;
			clause(c, "%s index %zu using 1:2", block(c, "data"),
			    idx);
			pstyle(c, what == ONE_DENSITY ? "lines" :
			    what == ONE_ECDF ? "steps" : "points", (int)lt);
			ptitle(c, stitle(c, &s, k, cols[j], ncols > 1, buf,
			    sizeof(buf)), s.n * ncols == 1);
			if (what == ONE_QQ) {
				clause(c, "%s index %zu using 1:2 with lines "
				    "ls %zu dt 2 notitle", block(c, "data"),
				    ++idx, lt % NCOLOUR + 1);
			}
		}
	endplot(c);
	switch (what) {
	case ONE_DENSITY:
		c->xlabel = ncols == 1 ? name(c, cols[0]) : NULL;
		c->ylabel = "density";
		setting(c, "set yrange [0:*]\n");
		break;
	case ONE_ECDF:
		c->xlabel = ncols == 1 ? name(c, cols[0]) : NULL;
		c->ylabel = "proportion <= x";
		c->key = "bottom right";
		setting(c, "set yrange [0:1.05]\n");
		break;
	case ONE_QQ:
		c->xlabel = "theoretical quantiles (normal)";
		c->ylabel = ncols == 1 ? name(c, cols[0]) : "sample quantiles";
		c->key = "top left";
		break;
	}
	series_free(&s);
	return 0;
}

/* The distinct texts of a column over the panel's rows, in order. */
struct levels {
	size_t		  n;
	const char	**name;
	size_t		 *of;		/* per frame row: level, or -1 */
};

/* Levels of numbers are sorted; others keep their first appearance. */
static struct group *
group_levels(struct frame *f, size_t col)
{
	struct diag d;

	return group_by(f, &col, 1, f->col[col].num != NULL ||
	    frame_numeric(f, col, &d) == 0);
}

static void
levels_make(struct ctx *c, size_t col, struct levels *l)
{
	struct group *g = group_levels(c->f, col);
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
			l->name[l->n++] = text(c, col, g->first[i]);
		} else
			map[i] = (size_t)-1;
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		l->of[r] = map[g->gid[r]];
	}
	free(map);
	group_free(g);
}

static void
levels_free(struct levels *l)
{
	free(l->name);
	free(l->of);
}

/* bar: a bar per category (the mean of its rows, or their count), by --by. */
static int
kind_bar(struct ctx *c)
{
	const struct plot_opts *o = c->o;
	struct levels cat, grp;
	double *sum, v, lo = 0;
	size_t i, k, r, ng, nrep = 0, *seen;

	if (!o->count && need_num(c, o->y[0]) != 0)
		return -1;
	levels_make(c, o->x, &cat);
	if (o->by != PLOT_NONE) {
		levels_make(c, o->by, &grp);
		c->keytitle = name(c, o->by);
	} else {
		grp.n = 1;
		grp.name = NULL;
		grp.of = NULL;
	}
	ng = grp.n;
	sum = xcalloc(cat.n * ng + 1, sizeof(*sum));
	seen = xcalloc(cat.n * ng + 1, sizeof(*seen));
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		k = cat.of[r] * ng + (grp.of != NULL ? grp.of[r] : 0);
		v = o->count ? 1 : c->f->col[o->y[0]].num[r];
		if (!isfinite(v)) {
			left_out(c, isnan(v));
			continue;
		}
		if (!o->count && ++seen[k] == 2)
			nrep++;
		sum[k] += v;
	}
	for (k = 0; k < cat.n * ng && !o->count; k++)
		if (seen[k] > 1)
			sum[k] /= (double)seen[k];
	if (nrep > 0)
		diag_warn("%zu bar%s the mean of more than one row", nrep,
		    nrep == 1 ? " is" : "s are");
	begin(c, "data");
	for (i = 0; i < cat.n; i++) {
		ptext(c->data, cat.name[i]);
		for (k = 0; k < ng; k++) {
			fputc(' ', c->data);
			pnum(c->data, sum[i * ng + k]);
			bound(c, NAN, sum[i * ng + k]);
			lo = fmin(lo, sum[i * ng + k]);
		}
		fputc('\n', c->data);
	}
	end(c);
	c->catx = 1;
	setting(c, "set style data histograms\n"
	    "set style histogram clustered gap 1\n"
	    "set style fill solid 0.85 border lc rgb '%s'\n"
	    "set xtics nomirror scale 0\nset xrange [-0.6:%zu.6]\n"
	    "set offsets 0, 0, graph 0.05, 0\n",
	    o->dark ? "#1e1e1e" : "#ffffff", cat.n - 1);
	if (lo >= 0)
		setting(c, "set yrange [0:*]\n");
	for (k = 0; k < ng; k++) {
		if (k == 0)
			clause(c, "%s using 2:xtic(1)", block(c, "data"));
		else
			clause(c, "'' using %zu", k + 2);
		fprintf(c->body, " ls %zu", k % NCOLOUR + 1);
		pcolour(c);
		ptitle(c, grp.name ? grp.name[k] : NULL, ng == 1);
	}
	endplot(c);
	c->xlabel = name(c, o->x);
	c->ylabel = o->count ? "count" : name(c, o->y[0]);
	free(sum);
	free(seen);
	levels_free(&cat);
	if (grp.of != NULL)
		levels_free(&grp);
	return 0;
}

/* Groups of box, violin and errorbar: the -y columns, or one by level. */
struct boxes {
	size_t		  n;
	const char	**label;
	double		**v;		/* the values of each */
	size_t		 *nv;
};

static int
boxes_make(struct ctx *c, struct boxes *b)
{
	const struct plot_opts *o = c->o;
	struct levels l;
	size_t i, k, r;
	double x;

	for (k = 0; k < o->ny; k++)
		if (need_num(c, o->y[k]) != 0)
			return -1;
	if (o->by != PLOT_NONE) {
		levels_make(c, o->by, &l);
		b->n = l.n;
		b->label = xmalloc((l.n ? l.n : 1) * sizeof(*b->label));
		b->v = xmalloc((l.n ? l.n : 1) * sizeof(*b->v));
		b->nv = xcalloc(l.n ? l.n : 1, sizeof(*b->nv));
		for (k = 0; k < l.n; k++) {
			b->label[k] = l.name[k];
			b->v[k] = xmalloc((c->nrows ? c->nrows : 1) *
			    sizeof(**b->v));
		}
		for (i = 0; i < c->nrows; i++) {
			r = c->rows[i];
			x = c->f->col[o->y[0]].num[r];
			if (!isfinite(x))
				left_out(c, isnan(x));
			else {
				k = l.of[r];
				b->v[k][b->nv[k]++] = x;
			}
		}
		levels_free(&l);
	} else {
		b->n = o->ny;
		b->label = xmalloc(o->ny * sizeof(*b->label));
		b->v = xmalloc(o->ny * sizeof(*b->v));
		b->nv = xcalloc(o->ny, sizeof(*b->nv));
		for (k = 0; k < o->ny; k++) {
			b->label[k] = name(c, o->y[k]);
			b->v[k] = values(c, o->y[k], c->rows, c->nrows,
			    &b->nv[k]);
		}
	}
	return 0;
}

static void
boxes_free(struct boxes *b)
{
	size_t k;

	for (k = 0; k < b->n; k++)
		free(b->v[k]);
	free(b->v);
	free(b->nv);
	free(b->label);
}

/* Common settings of the kinds that put groups along x. */
static void
groups_axis(struct ctx *c, size_t n)
{
	c->catx = 1;
	setting(c, "set xrange [0.4:%zu.6]\n", n);
	setting(c, "set xtics nomirror scale 0\n");
	c->xlabel = c->o->by != PLOT_NONE ? name(c, c->o->by) : NULL;
	c->ylabel = c->o->ny == 1 ? name(c, c->o->y[0]) : NULL;
}

/* box: Tukey box plots, outliers as points. */
static int
kind_box(struct ctx *c)
{
	struct boxes b;
	struct plotstat_box st;
	double *out;
	size_t k, i, nout;

	if (boxes_make(c, &b) != 0)
		return -1;
	begin(c, "box");
	for (k = 0; k < b.n; k++) {
		if (b.nv[k] == 0)
			continue;
		plotstat_box(b.v[k], b.nv[k], &st, NULL);
		fprintf(c->data, "%zu ", k + 1);
		pnum(c->data, st.lo);
		fputc(' ', c->data);
		pnum(c->data, st.q1);
		fputc(' ', c->data);
		pnum(c->data, st.median);
		fputc(' ', c->data);
		pnum(c->data, st.q3);
		fputc(' ', c->data);
		pnum(c->data, st.hi);
		fputc(' ', c->data);
		ptext(c->data, b.label[k]);
		fprintf(c->data, " %zu\n", b.nv[k]);
		bound(c, NAN, st.lo);
		bound(c, NAN, st.hi);
	}
	end(c);
	begin(c, "outliers");
	out = NULL;
	nout = 0;
	for (k = 0; k < b.n; k++) {
		if (b.nv[k] == 0)
			continue;
		out = xrealloc(out, b.nv[k] * sizeof(*out));
		plotstat_box(b.v[k], b.nv[k], &st, out);
		nout += st.nout;
		for (i = 0; i < st.nout; i++) {
			fprintf(c->data, "%zu ", k + 1);
			pnum(c->data, out[i]);
			fputc('\n', c->data);
			bound(c, NAN, out[i]);
		}
	}
	free(out);
	end(c);
	groups_axis(c, b.n);
	setting(c, "set style fill solid 0.6 border -1\n"
	    "set boxwidth 0.5\n");
	/* the text terminal draws nothing with lc variable */
	if (c->o->term == PLOT_DUMB)
		clause(c, "%s using 1:3:2:6:5:xtic(7) notitle with "
		    "candlesticks whiskerbars 0.5 ls 1", block(c, "box"));
	else
		clause(c, "%s using 1:3:2:6:5:1:xtic(7) notitle with "
		    "candlesticks whiskerbars 0.5 lc variable",
		    block(c, "box"));
	clause(c, "%s using 1:4:4:4:4 with candlesticks lc rgb '%s' lw 2 "
	    "notitle", block(c, "box"), c->o->dark ? "#eeeeee" : "#222222");
	if (nout > 0)	/* gnuplot warns about an empty datablock */
		clause(c, "%s using 1:2 with points pt %s lc rgb '%s' notitle",
		    block(c, "outliers"), c->o->term == PLOT_DUMB ? "'o'" : "6",
		    c->o->dark ? "#eeeeee" : "#222222");
	endplot(c);
	boxes_free(&b);
	return 0;
}

/* errorbar: group means with 95% t intervals. */
static int
kind_errorbar(struct ctx *c)
{
	struct boxes b;
	double m, lo, hi;
	size_t k;

	if (boxes_make(c, &b) != 0)
		return -1;
	begin(c, "data");
	for (k = 0; k < b.n; k++) {
		plotstat_mean_ci(b.v[k], b.nv[k], 0.95, &m, &lo, &hi);
		if (b.nv[k] < 2)
			diag_warn("%s: %zu value%s, no interval", b.label[k],
			    b.nv[k], b.nv[k] == 1 ? "" : "s");
		fprintf(c->data, "%zu ", k + 1);
		pnum(c->data, m);
		fputc(' ', c->data);
		pnum(c->data, lo);
		fputc(' ', c->data);
		pnum(c->data, hi);
		fputc(' ', c->data);
		ptext(c->data, b.label[k]);
		fprintf(c->data, " %zu\n", b.nv[k]);
		bound(c, NAN, lo);
		bound(c, NAN, hi);
		bound(c, NAN, m);
	}
	end(c);
	groups_axis(c, b.n);
	if (c->o->ny == 1) {
		static char buf[512];

		snprintf(buf, sizeof(buf), "mean of %s (95%% CI)",
		    name(c, c->o->y[0]));
		c->ylabel = buf;
	}
	clause(c, "%s using 1:2:3:4:xtic(5) with yerrorbars ls 1 pt %s "
	    "lw 1.5 notitle", block(c, "data"),
	    c->o->term == PLOT_DUMB ? "'*'" : "7");
	endplot(c);
	boxes_free(&b);
	return 0;
}

/* violin: mirrored kernel densities with the quartiles marked. */
static int
kind_violin(struct ctx *c)
{
	struct boxes b;
	double gx[NVIOLIN], gy[NVIOLIN], top = 0, q[3];
	double (*dens)[2][NVIOLIN];
	size_t k, i;

	if (boxes_make(c, &b) != 0)
		return -1;
	dens = xcalloc(b.n ? b.n : 1, sizeof(*dens));
	for (k = 0; k < b.n; k++) {
		if (b.nv[k] < 2) {
			diag_set(c->d, STATUS_DATA, "%s: %zu value%s, need at "
			    "least 2 for a density", b.label[k], b.nv[k],
			    b.nv[k] == 1 ? "" : "s");
			free(dens);
			boxes_free(&b);
			return -1;
		}
		if (plotstat_density(b.v[k], b.nv[k],
		    plotstat_bw_nrd0(b.v[k], b.nv[k]), NVIOLIN, gx, gy,
		    c->d) != 0) {
			free(dens);
			boxes_free(&b);
			return -1;
		}
		memcpy(dens[k][0], gx, sizeof(gx));
		memcpy(dens[k][1], gy, sizeof(gy));
		for (i = 0; i < NVIOLIN; i++)
			top = fmax(top, gy[i]);
	}
	/* the widest violin is 0.8 wide; all share the scale */
	begin(c, "violin");
	for (k = 0; k < b.n; k++) {
		if (k > 0)
			fputs("\n\n", c->data);
		for (i = 0; i < 2 * NVIOLIN + 1; i++) {
			size_t j = i < NVIOLIN ? i : i < 2 * NVIOLIN ?
			    2 * NVIOLIN - 1 - i : 0;
			double w = 0.4 * dens[k][1][j] / top;

			pnum(c->data, (double)(k + 1) + (i < NVIOLIN ||
			    i == 2 * NVIOLIN ? w : -w));
			fputc(' ', c->data);
			pnum(c->data, dens[k][0][j]);
			fputc('\n', c->data);
			bound(c, NAN, dens[k][0][j]);
		}
	}
	end(c);
	begin(c, "quartiles");
	for (k = 0; k < b.n; k++) {
		double *s = xmalloc(b.nv[k] * sizeof(*s));

		for (i = 0; i < 3; i++) {
			memcpy(s, b.v[k], b.nv[k] * sizeof(*s));
			q[i] = agg_quantile(s, b.nv[k], 0.25 * (double)(i + 1));
		}
		free(s);
		fprintf(c->data, "%zu ", k + 1);
		pnum(c->data, q[0]);
		fputc(' ', c->data);
		pnum(c->data, q[1]);
		fputc(' ', c->data);
		pnum(c->data, q[2]);
		fputc(' ', c->data);
		ptext(c->data, b.label[k]);
		fputc('\n', c->data);
	}
	end(c);
	groups_axis(c, b.n);
	setting(c, "set style fill solid 0.6 border -1\n");
	for (k = 0; k < b.n; k++)
		clause(c, "%s index %zu using 1:2 with filledcurves closed "
		    "ls %zu notitle", block(c, "violin"), k, k % NCOLOUR + 1);
	clause(c, "%s using 1:2:(0):($4 - $2):xtic(5) with vectors nohead "
	    "lw 4 lc rgb '%s' notitle", block(c, "quartiles"),
	    c->o->dark ? "#eeeeee" : "#222222");
	clause(c, "%s using 1:3 with points pt %s ps 0.8 lc rgb '%s' notitle",
	    block(c, "quartiles"), c->o->term == PLOT_DUMB ? "'o'" : "7",
	    c->o->dark ? "#1e1e1e" : "#ffffff");
	endplot(c);
	free(dens);
	boxes_free(&b);
	return 0;
}

/* pie: wedges by category, labelled with their percentages. */
static int
kind_pie(struct ctx *c)
{
	const struct plot_opts *o = c->o;
	int count = o->count || o->ny == 0;
	struct levels cat;
	double *sum, total = 0, at = 90, v;
	size_t i, r, nneg = 0;

	if (!count && need_num(c, o->y[0]) != 0)
		return -1;
	levels_make(c, o->x, &cat);
	sum = xcalloc(cat.n + 1, sizeof(*sum));
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		v = count ? 1 : c->f->col[o->y[0]].num[r];
		if (!isfinite(v)) {
			left_out(c, isnan(v));
			continue;
		}
		if (v < 0) {
			nneg++;
			continue;
		}
		sum[cat.of[r]] += v;
		total += v;
	}
	if (nneg > 0)
		diag_warn("%zu negative value%s left out of the pie", nneg,
		    nneg == 1 ? "" : "s");
	if (!(total > 0)) {
		free(sum);
		levels_free(&cat);
		diag_set(c->d, STATUS_DATA, "nothing to draw: the values sum "
		    "to 0");
		return diag_at(c->d, NULL, 0, count ? NULL : name(c, o->y[0]));
	}
	begin(c, "data");
	for (i = 0; i < cat.n; i++) {
		double span = 360 * sum[i] / total;

		ptext(c->data, cat.name[i]);
		fputc(' ', c->data);
		pnum(c->data, sum[i]);
		fprintf(c->data, " %.6g %.6g %.6g %.6g\n", at, at + span,
		    at + span / 2, 100 * sum[i] / total);
		at += span;
	}
	end(c);
	setting(c, "set size ratio -1\nunset border\nunset tics\nunset grid\n"
	    "set xrange [-1.9:1.9]\nset yrange [-1.3:1.3]\n"
	    "set style fill solid 0.9 border lc rgb '%s'\n",
	    o->dark ? "#1e1e1e" : "#ffffff");
	c->catx = 1;
	clause(c, "%s using (0):(0):(1):3:4:($0 + 1) with circles lc "
	    "variable notitle", block(c, "data"));
	/* labels outside the rim, left- or right-aligned by the side */
	clause(c, "%s using (cos($5 * pi / 180) >= 0 ? 1.08 * cos($5 * pi / "
	    "180) : NaN):(1.08 * sin($5 * pi / 180)):(sprintf('%%s %%.1f%%%%', "
	    "strcol(1), $6)) with labels left notitle", block(c, "data"));
	clause(c, "%s using (cos($5 * pi / 180) < 0 ? 1.08 * cos($5 * pi / "
	    "180) : NaN):(1.08 * sin($5 * pi / 180)):(sprintf('%%s %%.1f%%%%', "
	    "strcol(1), $6)) with labels right notitle", block(c, "data"));
	endplot(c);
	c->key = NULL;
	free(sum);
	levels_free(&cat);
	return 0;
}

/* heatmap: a matrix, wide (a label column and value columns) or long. */
static int
kind_heatmap(struct ctx *c)
{
	const struct plot_opts *o = c->o;
	struct levels rl, cl;
	size_t *vc = NULL, nvc = 0, i, j, r, lab = PLOT_NONE;
	double *m, lo = HUGE_VAL, hi = -HUGE_VAL, v;
	int freem = 0, rc = -1;

	if (o->x != PLOT_NONE && o->ny > 0) {	/* long: -x row -y col -c v */
		if (!o->count && need_num(c, o->c[0]) != 0)
			return -1;
		levels_make(c, o->x, &rl);
		levels_make(c, o->y[0], &cl);
		m = xmalloc((rl.n * cl.n + 1) * sizeof(*m));
		for (i = 0; i < rl.n * cl.n; i++)
			m[i] = NAN;
		for (i = 0; i < c->nrows; i++) {
			r = c->rows[i];
			v = o->count ? 1 : c->f->col[o->c[0]].num[r];
			if (!isfinite(v)) {
				left_out(c, isnan(v));
				continue;
			}
			j = rl.of[r] * cl.n + cl.of[r];
			m[j] = isnan(m[j]) ? v : m[j] + v;
		}
		c->xlabel = name(c, o->y[0]);
		c->ylabel = name(c, o->x);
	} else {	/* wide: the label column, then the value columns */
		lab = o->x;
		if (o->nc > 0) {
			vc = o->c;
			nvc = o->nc;
		} else {
			vc = xmalloc(c->f->ncols * sizeof(*vc));
			freem = 1;
			for (j = 0; j < c->f->ncols; j++) {
				if (j == lab)
					continue;
				if (lab == PLOT_NONE && j == 0 &&
				    frame_numeric(c->f, j, c->d) != 0) {
					lab = 0;	/* text: labels */
					continue;
				}
				vc[nvc++] = j;
			}
		}
		for (j = 0; j < nvc; j++)
			if (need_num(c, vc[j]) != 0) {
				if (freem)
					free(vc);
				return -1;
			}
		rl.n = c->nrows;
		rl.name = xmalloc((rl.n ? rl.n : 1) * sizeof(*rl.name));
		rl.of = NULL;
		cl.n = nvc;
		cl.name = xmalloc((nvc ? nvc : 1) * sizeof(*cl.name));
		cl.of = NULL;
		for (j = 0; j < nvc; j++)
			cl.name[j] = name(c, vc[j]);
		m = xmalloc((rl.n * cl.n + 1) * sizeof(*m));
		for (i = 0; i < rl.n; i++) {
			char num[NUM_BUFSZ];

			r = c->rows[i];
			if (lab != PLOT_NONE)
				rl.name[i] = text(c, lab, r);
			else {	/* rows by number, owned */
				snprintf(num, sizeof(num), "%zu", i + 1);
				rl.name[i] = xstrdup(num);
			}
			for (j = 0; j < nvc; j++)
				m[i * nvc + j] = c->f->col[vc[j]].num[r];
		}
	}
	if (rl.n == 0 || cl.n == 0) {
		diag_set(c->d, STATUS_DATA, "nothing to draw: an empty matrix");
		goto fail;
	}
	begin(c, "data");
	fputs("\"\"", c->data);
	for (j = 0; j < cl.n; j++) {
		fputc(' ', c->data);
		ptext(c->data, cl.name[j]);
	}
	fputc('\n', c->data);
	for (i = 0; i < rl.n; i++) {
		ptext(c->data, rl.name[i]);
		for (j = 0; j < cl.n; j++) {
			v = m[i * cl.n + j];
			fputc(' ', c->data);
			pnum(c->data, v);
			if (!isnan(v)) {
				lo = fmin(lo, v);
				hi = fmax(hi, v);
			}
		}
		fputc('\n', c->data);
	}
	end(c);
	c->catx = 1;
	setting(c, "unset grid\nset border 0\nset tics scale 0\n"
	    "set xrange [-0.5:%zu.5]\nset yrange [%zu.5:-0.5]\n",
	    cl.n - 1, rl.n - 1);
	if (lo < 0 && hi > 0) {	/* signed: a diverging scale around 0 */
		double e = fmax(-lo, hi);

		setting(c, "set palette defined (0 '#3b4cc0', 1 '#f7f7f7', "
		    "2 '#b40426')\nset cbrange [%.6g:%.6g]\n", -e, e);
	} else
		setting(c, "set palette defined (0 '#fff5eb', 1 '#fd8d3c', "
		    "2 '#7f2704')\n");
	clause(c, "%s matrix rowheaders columnheaders using 1:2:3 with image "
	    "notitle", block(c, "data"));
	if (rl.n * cl.n <= 400)
		clause(c, "%s matrix rowheaders columnheaders using 1:2:"
		    "(sprintf('%%.3g', $3)) with labels tc rgb '#000000' "
		    "notitle", block(c, "data"));
	endplot(c);
	c->key = NULL;
	rc = 0;
fail:
	if (rl.of == NULL && lab == PLOT_NONE)
		for (i = 0; i < rl.n; i++)
			free((char *)rl.name[i]);
	if (freem)
		free(vc);
	free(m);
	if (rl.of != NULL) {
		levels_free(&rl);
		levels_free(&cl);
	} else {
		free(rl.name);
		free(cl.name);
	}
	return rc;
}

/* The range of a column's values and a histogram's bins, padded. */
static void
col_range(const double *v, size_t n, const double *br, size_t nb,
    double *lo, double *hi)
{
	size_t i;
	double pad;

	*lo = br[0];
	*hi = br[nb - 1];
	for (i = 0; i < n; i++) {
		*lo = fmin(*lo, v[i]);
		*hi = fmax(*hi, v[i]);
	}
	pad = *hi > *lo ? 0.04 * (*hi - *lo) : 1;
	*lo -= pad;
	*hi += pad;
}

/* pairs: a scatter-plot matrix with histograms on the diagonal. */
static int
kind_pairs(struct ctx *c)
{
	const struct plot_opts *o = c->o;
	size_t k = o->nc, i, j, r, m = 0, *keep, nb, g;
	double *v, *lo, *hi, *br, *cnt;
	struct series s;

	for (j = 0; j < k; j++)
		if (need_num(c, o->c[j]) != 0)
			return -1;
	/* complete rows only, so that every panel shows the same rows */
	keep = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*keep));
	for (i = 0; i < c->nrows; i++) {
		int nan = 0, inf = 0;

		for (j = 0; j < k; j++) {
			nan |= isnan(c->f->col[o->c[j]].num[c->rows[i]]);
			inf |= isinf(c->f->col[o->c[j]].num[c->rows[i]]);
		}
		if (nan || inf)
			left_out(c, nan);
		else
			keep[m++] = c->rows[i];
	}
	if (m == 0) {
		free(keep);
		return diag_set(c->d, STATUS_DATA, "no row has a value in "
		    "every column");
	}
	series_make(c, &s);
	begin(c, "data");
	for (g = 0; g < s.n; g++) {
		if (g > 0)
			fprintf(c->data, "\n\n");
		for (i = 0; i < s.count[g]; i++) {
			r = s.row[g][i];
			for (j = 0; j < k; j++)
				if (!isfinite(c->f->col[o->c[j]].num[r]))
					break;
			if (j < k)
				continue;
			for (j = 0; j < k; j++) {
				if (j > 0)
					fputc(' ', c->data);
				pnum(c->data, c->f->col[o->c[j]].num[r]);
			}
			fputc('\n', c->data);
		}
	}
	end(c);
	v = xmalloc(m * sizeof(*v));
	lo = xmalloc(k * sizeof(*lo));
	hi = xmalloc(k * sizeof(*hi));
	begin(c, "hist");
	for (j = 0; j < k; j++) {
		for (i = 0; i < m; i++)
			v[i] = c->f->col[o->c[j]].num[keep[i]];
		if (breaks(c, v, m, 0, o->c[j], &br, &nb) != 0) {
			free(v);
			free(lo);
			free(hi);
			free(keep);
			series_free(&s);
			return -1;
		}
		cnt = xmalloc(nb * sizeof(*cnt));
		plotstat_hist_counts(v, m, br, nb, cnt);
		if (j > 0)
			fputs("\n\n", c->data);
		for (i = 0; i + 1 < nb; i++) {
			pnum(c->data, (br[i] + br[i + 1]) / 2);
			fputc(' ', c->data);
			pnum(c->data, cnt[i]);
			fputc(' ', c->data);
			pnum(c->data, br[i + 1] - br[i]);
			fputc('\n', c->data);
		}
		col_range(v, m, br, nb, &lo[j], &hi[j]);
		free(cnt);
		free(br);
	}
	end(c);
	setting(c, "set style fill solid 0.7 border lc rgb '%s'\n",
	    o->dark ? "#1e1e1e" : "#ffffff");
	fprintf(c->body, "set multiplot layout %zu,%zu margins 0.1,0.97,0.1,"
	    "%s spacing 0.02,0.02", k, k, c->title[0] ? "0.93" : "0.97");
	if (c->title[0]) {
		fputs(" title ", c->body);
		pstr(c->body, c->title);
	}
	fputs("\n", c->body);
	if (s.n == 1)
		fputs("unset key\n", c->body);
	else
		fputs("set key top left\n", c->body);
	for (i = 0; i < k; i++)
		for (j = 0; j < k; j++) {
			fputs("set xlabel ", c->body);
			pstr(c->body, i == k - 1 ? name(c, o->c[j]) : "");
			fputs("\nset ylabel ", c->body);
			pstr(c->body, j == 0 ? name(c, o->c[i]) : "");
			fprintf(c->body, "\nset format x '%s'\nset format y "
			    "'%s'\nset xrange [%.6g:%.6g]\n", i == k - 1 ?
			    "%g" : "", j == 0 && i != j ? "%g" : "", lo[j],
			    hi[j]);
			if (i == j) {
				fputs("set yrange [0:*]\n", c->body);
				clause(c, "%s index %zu using 1:2:3 with boxes "
				    "ls 1 notitle", block(c, "hist"), j);
			} else {
				fprintf(c->body, "set yrange [%.6g:%.6g]\n",
				    lo[i], hi[i]);
				for (g = 0; g < s.n; g++) {
					clause(c, "%s index %zu using %zu:%zu",
					    block(c, "data"), g, j + 1, i + 1);
					pstyle(c, "points", (int)s.id[g]);
					/* the legend once */
					ptitle(c, s.name[g], s.n == 1 ||
					    !(i == 1 && j == 0));
				}
			}
			endplot(c);
			if (s.n > 1 && i == 1 && j == 0)
				fputs("unset key\n", c->body);
		}
	fputs("unset multiplot\n", c->body);
	c->own_multiplot = 1;
	c->key = NULL;
	free(v);
	free(lo);
	free(hi);
	free(keep);
	series_free(&s);
	return 0;
}

/* The column called name, or PLOT_NONE. */
static size_t
find_col(const struct frame *f, const char *nm)
{
	size_t j;

	for (j = 0; j < f->ncols; j++)
		if (strcmp(f->col[j].name, nm) == 0)
			return j;
	return PLOT_NONE;
}

static const char *const resid_cols[4] = { "fitted", "residual",
    "std_residual", "hat" };

/* residuals: R's plot(lm) panels from regress --augment output. */
static int
kind_residuals(struct ctx *c)
{
	const struct plot_opts *o = c->o;
	size_t col[4], i, j, m = 0, r;
	double *sr, *qx, *qy, a, b, p = 0, hmax = 0, v[4], ylo, yhi;
	const char *fg = o->dark ? "#bbbbbb" : "#555555";

	for (j = 0; j < 4; j++) {
		col[j] = o->nc == 4 ? o->c[j] : find_col(c->f, resid_cols[j]);
		if (need_num(c, col[j]) != 0)
			return -1;
	}
	sr = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*sr));
	begin(c, "data");
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		int nan = 0, inf = 0;

		for (j = 0; j < 4; j++) {
			v[j] = c->f->col[col[j]].num[r];
			nan |= isnan(v[j]);
			inf |= isinf(v[j]);
		}
		if (nan || inf) {
			left_out(c, nan);
			continue;
		}
		for (j = 0; j < 4; j++) {
			if (j > 0)
				fputc(' ', c->data);
			pnum(c->data, v[j]);
		}
		fputc('\n', c->data);
		sr[m++] = v[2];
		p += v[3];
		hmax = fmax(hmax, v[3]);
	}
	end(c);
	if (m < 2) {
		free(sr);
		return diag_set(c->d, STATUS_DATA, "%zu complete rows, need at "
		    "least 2", m);
	}
	qx = xmalloc(m * sizeof(*qx));
	qy = xmalloc(m * sizeof(*qy));
	plotstat_qqnorm(sr, m, qx, qy);
	plotstat_qqline(sr, m, &a, &b);
	begin(c, "qq");
	for (i = 0; i < m; i++) {
		pnum(c->data, qx[i]);
		fputc(' ', c->data);
		pnum(c->data, qy[i]);
		fputc('\n', c->data);
	}
	end(c);
	/* the parameters: the trace of the hat matrix */
	p = floor(p + 0.5);
	fputs("set multiplot layout 2,2", c->body);
	if (c->title[0]) {
		fputs(" title ", c->body);
		pstr(c->body, c->title);
	}
	fprintf(c->body, "\nunset key\n"
	    "set title 'Residuals vs Fitted'\n"
	    "set xlabel 'fitted values'\nset ylabel 'residuals'\n");
	clause(c, "%s using 1:2 with points ls 1 notitle", block(c, "data"));
	clause(c, "0 with lines dt 2 lc rgb '%s' notitle", fg);
	endplot(c);
	fprintf(c->body, "set title 'Normal Q-Q'\n"
	    "set xlabel 'theoretical quantiles'\n"
	    "set ylabel 'standardized residuals'\n");
	clause(c, "%s using 1:2 with points ls 1 notitle", block(c, "qq"));
	clause(c, "%.10g + %.10g * x with lines dt 2 lc rgb '%s' notitle",
	    a, b, fg);
	endplot(c);
	fprintf(c->body, "set title 'Scale-Location'\n"
	    "set xlabel 'fitted values'\n"
	    "set ylabel 'sqrt(|standardized residuals|)'\n");
	clause(c, "%s using 1:(sqrt(abs($3))) with points ls 1 notitle",
	    block(c, "data"));
	endplot(c);
	ylo = qy[0] - 0.08 * (qy[m - 1] - qy[0]);
	yhi = qy[m - 1] + 0.08 * (qy[m - 1] - qy[0]);
	fprintf(c->body, "set title 'Residuals vs Leverage'\n"
	    "set xlabel 'leverage'\nset ylabel 'standardized residuals'\n"
	    "set xrange [0:%.6g]\nset yrange [%.6g:%.6g]\n", hmax * 1.08,
	    ylo, yhi);
	/* Cook's distance contours r = +-sqrt(D p (1 - h) / h), labelled
	 * at the right edge as R does */
	for (i = 0; i < 4; i++) {
		double dd = i < 2 ? 0.5 : 1, at = sqrt(dd * p * (1 - hmax) /
		    hmax) * (i % 2 ? -1 : 1);

		if (at > ylo && at < yhi)
			fprintf(c->body, "set label %zu 'Cook''s %g' at %.6g,"
			    "%.6g right offset 0,%s tc rgb '#d62728'\n", i + 1,
			    dd, hmax, at, at > 0 ? "-0.8" : "0.8");
	}
	clause(c, "%s using 4:3 with points ls 1 notitle", block(c, "data"));
	for (i = 0; i < 4; i++)
		clause(c, "%s using 4:(%s(%g * %g * (1 - $4) / $4)) smooth "
		    "unique with lines dt %d lc rgb '#d62728' notitle",
		    block(c, "data"), i % 2 ? "-sqrt" : "sqrt",
		    i < 2 ? 0.5 : 1.0, p, i < 2 ? 2 : 3);
	endplot(c);
	fputs("unset label\n", c->body);
	endplot(c);
	fputs("unset multiplot\n", c->body);
	c->own_multiplot = 1;
	c->key = NULL;
	free(sr);
	free(qx);
	free(qy);
	return 0;
}

static int
kind_run(struct ctx *c)
{
	switch (c->o->kind) {
	case PLOT_SCATTER:
		return kind_xy(c, 0);
	case PLOT_LINE:
		return kind_xy(c, 1);
	case PLOT_HIST:
		return kind_hist(c);
	case PLOT_DENSITY:
		return kind_onevar(c, ONE_DENSITY);
	case PLOT_ECDF:
		return kind_onevar(c, ONE_ECDF);
	case PLOT_QQ:
		return kind_onevar(c, ONE_QQ);
	case PLOT_BAR:
		return kind_bar(c);
	case PLOT_BOX:
		return kind_box(c);
	case PLOT_ERRORBAR:
		return kind_errorbar(c);
	case PLOT_VIOLIN:
		return kind_violin(c);
	case PLOT_PIE:
		return kind_pie(c);
	case PLOT_HEATMAP:
		return kind_heatmap(c);
	case PLOT_PAIRS:
		return kind_pairs(c);
	case PLOT_RESIDUALS:
		return kind_residuals(c);
	}
	return 0;
}

/* ---- checks ---- */

#define K(k)	(1u << (k))
#define BY_KINDS (K(PLOT_SCATTER) | K(PLOT_LINE) | K(PLOT_HIST) |	\
	K(PLOT_DENSITY) | K(PLOT_ECDF) | K(PLOT_QQ) | K(PLOT_BAR) |	\
	K(PLOT_BOX) | K(PLOT_VIOLIN) | K(PLOT_ERRORBAR) | K(PLOT_PAIRS))
#define FACET_KINDS (BY_KINDS & ~K(PLOT_PAIRS))

static const char *
kind_name(enum plot_kind k)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].kind == k)
			return kinds[i].name;
	return "?";
}

int
plot_check(const struct frame *f, const struct plot_opts *o, struct diag *d)
{
	const char *kn = kind_name(o->kind);
	unsigned k = K(o->kind);
	size_t j;

	if (o->output != NULL && has_ctrl(o->output))
		return diag_set(d, STATUS_USAGE, "-o: a file name with a "
		    "control character (such as a newline)");
	for (j = 0; j < o->nset; j++)
		if (has_ctrl(o->set[j]) || (o->set[j][0] != '\0' &&
		    o->set[j][strlen(o->set[j]) - 1] == '\\'))
			return diag_set(d, STATUS_USAGE, "--set: one command "
			    "on one line (no control character, no "
			    "trailing \\)");
	if (o->by != PLOT_NONE && !(k & BY_KINDS))
		return diag_set(d, STATUS_USAGE, "%s: --by is not for this "
		    "kind", kn);
	if (o->facet != PLOT_NONE && !(k & FACET_KINDS))
		return diag_set(d, STATUS_USAGE, "%s: --facet is not for this "
		    "kind", kn);
	if (o->fit && o->kind != PLOT_SCATTER)
		return diag_set(d, STATUS_USAGE, "%s: --fit is for scatter",
		    kn);
	if (o->count && !(k & (K(PLOT_BAR) | K(PLOT_PIE) | K(PLOT_HEATMAP))))
		return diag_set(d, STATUS_USAGE, "%s: --count is for bar, pie "
		    "and heatmap", kn);
	if ((o->bins || o->density) && o->kind != PLOT_HIST)
		return diag_set(d, STATUS_USAGE, "%s: --bins and --density are "
		    "for hist", kn);
	switch (o->kind) {
	case PLOT_SCATTER:
		if (o->x == PLOT_NONE || o->ny == 0)
			return diag_set(d, STATUS_USAGE, "scatter needs -x and "
			    "-y");
		break;
	case PLOT_LINE:
		if (o->ny == 0)
			return diag_set(d, STATUS_USAGE, "line needs -y");
		break;
	case PLOT_HIST:
	case PLOT_DENSITY:
	case PLOT_ECDF:
	case PLOT_QQ:
		if (o->nc == 0 && o->x == PLOT_NONE)
			return diag_set(d, STATUS_USAGE, "%s needs -c column",
			    kn);
		break;
	case PLOT_BAR:
		if (o->x == PLOT_NONE || (o->ny == 0) == !o->count)
			return diag_set(d, STATUS_USAGE, "bar needs -x and "
			    "either -y or --count");
		if (o->ny > 1)
			return diag_set(d, STATUS_USAGE, "bar takes one -y "
			    "column; use --by for groups");
		break;
	case PLOT_BOX:
	case PLOT_VIOLIN:
	case PLOT_ERRORBAR:
		if (o->ny == 0)
			return diag_set(d, STATUS_USAGE, "%s needs -y", kn);
		if (o->by != PLOT_NONE && o->ny > 1)
			return diag_set(d, STATUS_USAGE, "%s: with --by, "
			    "one -y column", kn);
		break;
	case PLOT_PIE:
		if (o->x == PLOT_NONE || o->ny > 1)
			return diag_set(d, STATUS_USAGE, "pie needs -x and at "
			    "most one -y");
		break;
	case PLOT_HEATMAP:
		if (o->ny > 0 && (o->x == PLOT_NONE || o->ny > 1 ||
		    (o->nc != 1) == !o->count))
			return diag_set(d, STATUS_USAGE, "heatmap of long data "
			    "needs -x row, -y column and -c value or --count");
		break;
	case PLOT_PAIRS:
		if (o->nc < 2)
			return diag_set(d, STATUS_USAGE, "pairs needs -c with "
			    "two or more columns");
		break;
	case PLOT_RESIDUALS:
		if (o->nc != 0 && o->nc != 4)
			return diag_set(d, STATUS_USAGE, "residuals: -c takes "
			    "four columns: fitted, residual, std_residual, "
			    "hat");
		if (o->nc == 0)
			for (j = 0; j < 4; j++)
				if (find_col(f, resid_cols[j]) == PLOT_NONE)
					return diag_set(d, STATUS_USAGE,
					    "residuals needs the columns "
					    "fitted,residual,std_residual,hat "
					    "of 'regress --augment' (no "
					    "\"%s\"); or name them with -c",
					    resid_cols[j]);
		break;
	}
	return 0;
}

/* ---- the script ---- */

static void
terminal(FILE *fp, const struct plot_opts *o)
{
	long w = o->width, h = o->height;
	const char *bg = o->dark ? "#1e1e1e" : "#ffffff";

	if (w == 0 && o->term != PLOT_DUMB) {
		w = 800;
		h = o->kind == PLOT_PAIRS ? 800 : 600;
	}
	switch (o->term) {
	case PLOT_DUMB:
		fprintf(fp, "set terminal dumb size %ld,%ld noenhanced%s\n",
		    w ? w : 80, w ? h : 24, o->tty ? " ansi" : "");
		break;
	case PLOT_PNG:
		fprintf(fp, "set terminal pngcairo size %ld,%ld noenhanced "
		    "font 'Sans,10' background rgb '%s'\n", w, h, bg);
		break;
	case PLOT_SVG:
		fprintf(fp, "set terminal svg size %ld,%ld noenhanced "
		    "font 'Sans,10' background rgb '%s'\n", w, h, bg);
		break;
	case PLOT_PDF:	/* 100 pixels to the inch */
		fprintf(fp, "set terminal pdfcairo size %gin,%gin noenhanced "
		    "font 'Sans,10' background rgb '%s'\n", (double)w / 100,
		    (double)h / 100, bg);
		break;
	case PLOT_OTHER:
		fprintf(fp, "set terminal %s\n", o->terminal);
		break;
	}
	if (o->output != NULL) {
		fputs("set output ", fp);
		pstr(fp, o->output);
		fputc('\n', fp);
	}
}

static void
theme(FILE *fp, const struct plot_opts *o)
{
	const char *const *pal = o->dark ? dark : light;
	int k;

	if (o->term == PLOT_DUMB) {
		fputs("set border 3\nset tics nomirror\n", fp);
		for (k = 0; k < NCOLOUR; k++)
			fprintf(fp, "set linetype %d lc rgb '%s' pt '%c'\n",
			    k + 1, pal[k], dumbpt[k]);
		fputs("set linetype cycle 8\n", fp);
		return;
	}
	if (o->dark)
		fputs("set border 3 lc rgb '#bbbbbb'\n"
		    "set tics nomirror out textcolor rgb '#dddddd'\n"
		    "set grid lc rgb '#3a3a3a' lw 1\n"
		    "set key textcolor rgb '#eeeeee'\n"
		    "set title textcolor rgb '#eeeeee'\n"
		    "set xlabel textcolor rgb '#dddddd'\n"
		    "set ylabel textcolor rgb '#dddddd'\n"
		    "set cbtics textcolor rgb '#dddddd'\n", fp);
	else
		fputs("set border 3 lc rgb '#444444'\n"
		    "set tics nomirror out\n"
		    "set grid lc rgb '#e5e5e5' lw 1\n", fp);
	for (k = 0; k < NCOLOUR; k++)
		fprintf(fp, "set linetype %d lc rgb '%s' lw 1.5 pt 7 ps 0.7\n",
		    k + 1, pal[k]);
	fputs("set linetype cycle 8\n", fp);
}

/* Labels, legend, scales and ranges the user asked for. */
static void
user_settings(FILE *fp, const struct ctx *c, int multi)
{
	const struct plot_opts *o = c->o;
	const char *xl = o->xlabel ? o->xlabel : c->xlabel;
	const char *yl = o->ylabel ? o->ylabel : c->ylabel;
	static const char *const pos[] = {
		[PLOT_KEY_TOP_LEFT] = "top left",
		[PLOT_KEY_TOP_RIGHT] = "top right",
		[PLOT_KEY_BOTTOM_LEFT] = "bottom left",
		[PLOT_KEY_BOTTOM_RIGHT] = "bottom right",
		[PLOT_KEY_OUTSIDE] = "outside right top",
	};
	size_t i;

	if (o->title != NULL && !multi) {
		fputs("set title ", fp);
		pstr(fp, o->title);
		fputc('\n', fp);
	}
	if (xl != NULL && !c->own_multiplot) {
		fputs("set xlabel ", fp);
		pstr(fp, xl);
		fputc('\n', fp);
	}
	if (yl != NULL && !c->own_multiplot) {
		fputs("set ylabel ", fp);
		pstr(fp, yl);
		fputc('\n', fp);
	}
	if (o->legend == PLOT_KEY_OFF)
		fputs("unset key\n", fp);
	else if (o->legend != PLOT_KEY_DEFAULT)
		fprintf(fp, "set key %s\n", pos[o->legend]);
	else if (c->key != NULL)
		fprintf(fp, "set key %s\n", c->key);
	if (c->keytitle != NULL && o->legend != PLOT_KEY_OFF &&
	    !c->own_multiplot) {
		fputs("set key title ", fp);
		pstr(fp, c->keytitle);
		fputc('\n', fp);
	}
	if (o->logx)
		fputs("set logscale x\n", fp);
	if (o->logy)
		fputs("set logscale y\n", fp);
	if (o->xrange != NULL)
		fprintf(fp, "set xrange [%s]\n", o->xrange);
	if (o->yrange != NULL)
		fprintf(fp, "set yrange [%s]\n", o->yrange);
	for (i = 0; i < o->nset; i++)
		fprintf(fp, "%s\n", o->set[i]);
}

/* Kinds whose y axis starts at 0. */
static int
y_from_zero(enum plot_kind k)
{
	return k == PLOT_HIST || k == PLOT_DENSITY || k == PLOT_BAR ||
	    k == PLOT_ECDF;
}

/* Shared axes of the facet panels, unless the user set them. */
static void
shared_ranges(FILE *fp, const struct ctx *c)
{
	double pad;

	if (!c->catx && c->o->xrange == NULL && c->xmin <= c->xmax &&
	    !c->o->logx) {
		pad = c->xmax > c->xmin ? 0.04 * (c->xmax - c->xmin) : 1;
		if (c->o->kind == PLOT_HIST)
			pad = 0;
		fprintf(fp, "set xrange [%.6g:%.6g]\n", c->xmin - pad,
		    c->xmax + pad);
	}
	if (c->o->yrange == NULL && c->ymin <= c->ymax && !c->o->logy) {
		pad = c->ymax > c->ymin ? 0.05 * (c->ymax - c->ymin) : 1;
		fprintf(fp, "set yrange [%.6g:%.6g]\n",
		    y_from_zero(c->o->kind) ? 0 : c->ymin - pad,
		    c->o->kind == PLOT_ECDF ? 1.05 : c->ymax + pad);
	}
}

/* Close a memory stream and return its buffer. */
static char *
drain(FILE *fp, char **buf)
{
	fclose(fp);
	return *buf;
}

int
plot_script(struct frame *f, const struct plot_opts *o, char **script,
    size_t *len, struct diag *d)
{
	struct ctx c;
	char *dbuf = NULL, *sbuf = NULL, *bbuf = NULL, *out = NULL;
	size_t dlen, slen, blen, i, np = 0, pc = 1, pr = 1, p;
	struct group *fg = NULL;
	char *ftitle;
	FILE *fp;
	int rc = 0;

	memset(&c, 0, sizeof(c));
	c.f = f;
	c.o = o;
	c.d = d;
	c.xmin = c.ymin = HUGE_VAL;
	c.xmax = c.ymax = -HUGE_VAL;
	c.key = "top right";
	if (o->title != NULL)
		snprintf(c.title, sizeof(c.title), "%s", o->title);
	if (o->style != NULL && style_parse(o->style, &c.st, d) != 0)
		return -1;
	if ((c.data = open_memstream(&dbuf, &dlen)) == NULL ||
	    (c.set = open_memstream(&sbuf, &slen)) == NULL ||
	    (c.body = open_memstream(&bbuf, &blen)) == NULL)
		return diag_set(d, STATUS_DATA, "out of memory");
	if (o->by != PLOT_NONE)
		c.by = group_levels(f, o->by);
	c.rows = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*c.rows));
	if (o->facet != PLOT_NONE) {
		fg = group_levels(f, o->facet);
		np = fg->ngroups;
		while (pc * pc < np)
			pc++;
		pr = (np + pc - 1) / pc;
		fprintf(c.body, "set multiplot layout %zu,%zu", pr, pc);
		if (o->title != NULL) {
			fputs(" title ", c.body);
			pstr(c.body, o->title);
		}
		fputc('\n', c.body);
		for (p = 0; p < np && rc == 0; p++) {
			c.panel = (int)p + 1;
			for (c.nrows = i = 0; i < f->nrows; i++)
				if (fg->gid[i] == p)
					c.rows[c.nrows++] = i;
			ftitle = xmalloc(strlen(name(&c, o->facet)) + 4 +
			    strlen(text(&c, o->facet, fg->first[p])));
			sprintf(ftitle, "%s = %s", name(&c, o->facet),
			    text(&c, o->facet, fg->first[p]));
			fputs("set title ", c.body);
			pstr(c.body, ftitle);
			fputc('\n', c.body);
			free(ftitle);
			rc = kind_run(&c);
		}
		fputs("unset multiplot\n", c.body);
	} else {
		for (c.nrows = 0; c.nrows < f->nrows; c.nrows++)
			c.rows[c.nrows] = c.nrows;
		rc = kind_run(&c);
	}
	drain(c.data, &dbuf);
	drain(c.set, &sbuf);
	drain(c.body, &bbuf);
	if (rc == 0) {
		if ((fp = open_memstream(&out, len)) == NULL) {
			rc = diag_set(d, STATUS_DATA, "out of memory");
			goto done;
		}
		fprintf(fp, "# statpipe plot %s\n", kind_name(o->kind));
		terminal(fp, o);
		theme(fp, o);
		fputs(dbuf, fp);
		fputs(sbuf, fp);
		user_settings(fp, &c, fg != NULL || c.own_multiplot);
		if (fg != NULL)
			shared_ranges(fp, &c);
		fputs(bbuf, fp);
		fclose(fp);
		*script = out;
		if (c.missing > 0)
			diag_warn("%zu point%s with a missing value left out",
			    c.missing, c.missing == 1 ? "" : "s");
		if (c.infinite > 0)
			diag_warn("%zu point%s with an infinite value left "
			    "out", c.infinite, c.infinite == 1 ? "" : "s");
	}
done:
	free(dbuf);
	free(sbuf);
	free(bbuf);
	free(c.rows);
	group_free(c.by);
	group_free(fg);
	return rc == 0 ? 0 : -1;
}

/* ---- running gnuplot ---- */

int
plot_run(const char *script, size_t len, const char *output, struct diag *d)
{
	/*
	 * A missing gnuplot is told apart from a failing one by status 127;
	 * reading a file rather than interactive stdin stops at the first
	 * error, so a failed script draws nothing.
	 */
	static const char cmd[] = "command -v gnuplot >/dev/null 2>&1 || "
	    "exit 127; exec gnuplot /dev/stdin";
	void (*old)(int);
	FILE *gp;
	size_t nw;
	int st, werr;

	fflush(stdout);
	/* a gnuplot that dies early must not kill us with SIGPIPE */
	old = signal(SIGPIPE, SIG_IGN);
	if ((gp = popen(cmd, "w")) == NULL) {
		signal(SIGPIPE, old);
		return diag_set(d, STATUS_DATA, "cannot run gnuplot: %s",
		    strerror(errno));
	}
	nw = fwrite(script, 1, len, gp);
	werr = nw != len || fflush(gp) != 0;
	st = pclose(gp);
	signal(SIGPIPE, old);
	if (st == -1)
		return diag_set(d, STATUS_DATA, "cannot run gnuplot: %s",
		    strerror(errno));
	if (WIFEXITED(st) && WEXITSTATUS(st) == 0 && !werr)
		return 0;
	if (output != NULL)
		unlink(output);
	if (WIFEXITED(st) && WEXITSTATUS(st) == 127)
		return diag_set(d, STATUS_DATA, "gnuplot not found: install "
		    "gnuplot (Debian: gnuplot-nox) or put it on PATH");
	if (WIFSIGNALED(st))
		return diag_set(d, STATUS_DATA, "gnuplot killed by signal %d",
		    WTERMSIG(st));
	return diag_set(d, STATUS_DATA, "gnuplot failed (exit status %d)",
	    WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}
