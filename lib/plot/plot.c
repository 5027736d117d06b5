/*
 * plot: charts drawn by gnuplot: the kinds of chart as one table, the
 * checks of the options against it, and the script assembled from the
 * writer's parts (plotwrite); the kinds are in plotnum and plotcat, the
 * runner in plotrun.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "plot/plot.h"
#include "plot/plotcat.h"
#include "plot/plotdata.h"
#include "plot/plotml.h"
#include "plot/plotnum.h"
#include "plot/plotrun.h"
#include "plot/plotwrite.h"

/* What a kind needs of the options. */
#define NEED_X		0x01u	/* -x */
#define NEED_Y		0x02u	/* -y */
#define NEED_COL	0x04u	/* -c (or -x) */
#define NEED_Y_OR_COUNT	0x08u	/* -y or --count, not both */
#define NEED_C2		0x10u	/* -c with two or more columns */
#define ONE_Y		0x20u	/* at most one -y */
#define BY_ONE_Y	0x40u	/* with --by, one -y */

/* What a kind allows of the options. */
#define ALLOW_BY	0x01u	/* --by */
#define ALLOW_FACET	0x02u	/* --facet */
#define ALLOW_FIT	0x04u	/* --fit */
#define ALLOW_COUNT	0x08u	/* --count */
#define ALLOW_BINS	0x10u	/* --bins, --density */
#define ALLOW_POSITIVE	0x20u	/* --positive */
#define ALLOW_SCALE	0x40u	/* --scale */
#define ALLOW_HUE	0x80u	/* --hue */
#define ALLOW_DIAG	0x100u	/* --diag */
#define ALLOW_GROUPS	(ALLOW_BY | ALLOW_FACET)

/* clang-format off */
/* The kinds of chart, in the order of enum plot_kind. */
static const struct {
	const char	*name;
	int		(*fn)(struct plotwrite *);
	unsigned	 needs;		/* NEED_* */
	unsigned	 allows;	/* ALLOW_* */
} kinds[] = {
	[PLOT_SCATTER]	= { "scatter",	 plotnum_scatter,   NEED_X | NEED_Y,
			    ALLOW_GROUPS | ALLOW_FIT },
	[PLOT_LINE]	= { "line",	 plotnum_line,	    NEED_Y,
			    ALLOW_GROUPS },
	[PLOT_HIST]	= { "hist",	 plotnum_hist,	    NEED_COL,
			    ALLOW_GROUPS | ALLOW_BINS },
	[PLOT_DENSITY]	= { "density",	 plotnum_density,   NEED_COL,
			    ALLOW_GROUPS },
	[PLOT_BAR]	= { "bar",	 plotcat_bar,
			    NEED_X | NEED_Y_OR_COUNT | ONE_Y,
			    ALLOW_GROUPS | ALLOW_COUNT },
	[PLOT_BOX]	= { "box",	 plotcat_box,	    NEED_Y | BY_ONE_Y,
			    ALLOW_GROUPS },
	[PLOT_PIE]	= { "pie",	 plotcat_pie,	    NEED_X | ONE_Y,
			    ALLOW_COUNT },
	[PLOT_HEATMAP]	= { "heatmap",	 plotcat_heatmap,   0,
			    ALLOW_COUNT },
	[PLOT_QQ]	= { "qq",	 plotnum_qq,	    NEED_COL,
			    ALLOW_GROUPS },
	[PLOT_ECDF]	= { "ecdf",	 plotnum_ecdf,	    NEED_COL,
			    ALLOW_GROUPS },
	[PLOT_VIOLIN]	= { "violin",	 plotcat_violin,    NEED_Y | BY_ONE_Y,
			    ALLOW_GROUPS },
	[PLOT_ERRORBAR]	= { "errorbar",	 plotcat_errorbar,  NEED_Y | BY_ONE_Y,
			    ALLOW_GROUPS },
	[PLOT_PAIRS]	= { "pairs",	 plotnum_pairs,	    NEED_C2,
			    ALLOW_BY | ALLOW_DIAG },
	[PLOT_RESIDUALS] = { "residuals", plotnum_residuals, 0, 0 },
	[PLOT_ROC]	= { "roc",	 plotml_roc,	    NEED_X | NEED_Y,
			    ALLOW_POSITIVE },
	[PLOT_IMPORTANCE] = { "importance", plotml_importance, ONE_Y, 0 },
	[PLOT_SCREE]	= { "scree",	 plotml_scree,	    0,	0 },
	[PLOT_BIPLOT]	= { "biplot",	 plotml_biplot,	    NEED_C2,
			    ALLOW_BY | ALLOW_SCALE },
	[PLOT_PATH]	= { "path",	 plotml_path,	    0,	0 },
	[PLOT_CV]	= { "cv",	 plotml_cv,	    0,	0 },
	[PLOT_STRIP]	= { "strip",	 plotcat_strip,	    NEED_Y | BY_ONE_Y,
			    ALLOW_GROUPS },
	[PLOT_SWARM]	= { "swarm",	 plotcat_swarm,	    NEED_Y | BY_ONE_Y,
			    ALLOW_GROUPS },
	[PLOT_COUNT]	= { "count",	 plotcat_count,	    NEED_X,
			    ALLOW_GROUPS },
	[PLOT_POINT]	= { "point",	 plotcat_point,	    NEED_Y | BY_ONE_Y,
			    ALLOW_GROUPS | ALLOW_HUE },
	/* seaborn's lmplot: --by makes the panels, each with its fit */
	[PLOT_LM]	= { "lm",	 plotnum_scatter,   NEED_X | NEED_Y | ONE_Y,
			    ALLOW_BY | ALLOW_FIT | ALLOW_HUE },
};
/* clang-format on */

static const char *const legends[] = {
	[PLOT_KEY_DEFAULT] = "default",
	[PLOT_KEY_TOP_LEFT] = "top-left",
	[PLOT_KEY_TOP_RIGHT] = "top-right",
	[PLOT_KEY_BOTTOM_LEFT] = "bottom-left",
	[PLOT_KEY_BOTTOM_RIGHT] = "bottom-right",
	[PLOT_KEY_OUTSIDE] = "outside",
	[PLOT_KEY_OFF] = "off",
};

void
plot_opts_init(struct plot_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->x = o->by = o->facet = o->hue = PLOT_NONE;
	o->term = PLOT_DUMB;
	o->level = 0.95;
}

int
plot_kind_lookup(const char *name, enum plot_kind *k)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(kinds[i].name, name) == 0) {
			*k = (enum plot_kind)i;
			return 0;
		}
	return -1;
}

const char *
plot_kind_names(char *buf, size_t size)
{
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]) && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s", i ? " " : "",
		    kinds[i].name);
	return buf;
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
	if (!plotwrite_term_ok(name))
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


int
plot_style_check(const char *s, struct diag *d)
{
	struct plotwrite_style st;

	return plotwrite_style_parse(s, &st, d);
}

/* ---- options ---- */

/* A flag (arg NULL) or an option with its value, by its long name. */
int
plot_option(struct plot_opts *o, const char *nm, const char *arg,
    struct diag *d)
{
	static const char *const flags[] = { "count", "density", "logx",
	    "logy", "scale", "script" };
	int *const flag[] = { &o->count, &o->density, &o->logx, &o->logy,
	    &o->scale, &o->script };
	const char **const str[] = { &o->xs, &o->ys, &o->cs, &o->bys,
	    &o->facets, &o->hues, &o->output, &o->positive, &o->start,
	    &o->terminal, &o->title, &o->xlabel, &o->ylabel };
	static const char *const strs[] = { "x", "y", "c", "by", "facet",
	    "hue", "o", "positive", "start", "terminal", "title", "xlabel",
	    "ylabel" };
	char *end;
	size_t i;
	long v;

	for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
		if (strcmp(nm, flags[i]) == 0) {
			*flag[i] = 1;
			return 0;
		}
	for (i = 0; i < sizeof(strs) / sizeof(strs[0]); i++)
		if (strcmp(nm, strs[i]) == 0) {
			*str[i] = arg;
			return 0;
		}
	if (strcmp(nm, "bins") == 0) {
		if (num_parse_int(arg, 1, 100000, &o->bins) != 0)
			return diag_set(d, STATUS_USAGE, "--bins: \"%s\" is "
			    "not a number from 1 to 100000", arg);
	} else if (strcmp(nm, "fit") == 0) {
		if (strcmp(arg, "linear") == 0)
			o->fit = PLOT_FIT_LINEAR;
		else if (strcmp(arg, "loess") == 0)
			o->fit = PLOT_FIT_LOESS;
		else if (strcmp(arg, "lowess") == 0)
			o->fit = PLOT_FIT_LOWESS;
		else if (strcmp(arg, "nls") == 0)
			o->fit = PLOT_FIT_NLS;
		else if (strncmp(arg, "poly:", 5) == 0 &&
		    num_parse_int(arg + 5, 1, 10, &v) == 0) {
			o->fit = PLOT_FIT_POLY;
			o->fit_degree = (int)v;
		} else
			return diag_set(d, STATUS_USAGE, "--fit: \"%s\" is not "
			    "linear, loess, lowess, nls or poly:K (K from 1 to "
			    "10)", arg);
	} else if (strcmp(nm, "diag") == 0) {
		if (strcmp(arg, "hist") != 0 && strcmp(arg, "density") != 0)
			return diag_set(d, STATUS_USAGE, "--diag: \"%s\" is not "
			    "hist or density", arg);
		o->diag = strcmp(arg, "density") == 0 ? PLOT_DIAG_DENSITY :
		    PLOT_DIAG_HIST;
	} else if (strcmp(nm, "legend") == 0) {
		if (plot_legend_lookup(arg, &o->legend) != 0)
			return diag_set(d, STATUS_USAGE, "--legend: \"%s\" is "
			    "not top-left, top-right, bottom-left, "
			    "bottom-right, outside or off", arg);
	} else if (strcmp(nm, "set") == 0) {
		o->set = xgrow(o->set, &o->setcap, o->nset + 1,
		    sizeof(*o->set));
		o->set[o->nset++] = arg;
	} else if (strcmp(nm, "size") == 0) {
		o->width = strtol(arg, &end, 10);
		if (end == arg || (*end != 'x' && *end != 'X') ||
		    num_parse_int(end + 1, 1, 20000, &v) != 0 ||
		    o->width < 1 || o->width > 20000 || arg[0] == '+')
			return diag_set(d, STATUS_USAGE, "--size: \"%s\" is not "
			    "WIDTHxHEIGHT (such as 800x600)", arg);
		o->height = v;
	} else if (strcmp(nm, "style") == 0) {
		if (plot_style_check(arg, d) != 0)
			return -1;
		o->style = arg;
	} else if (strcmp(nm, "theme") == 0) {
		if (strcmp(arg, "light") != 0 && strcmp(arg, "dark") != 0)
			return diag_set(d, STATUS_USAGE, "--theme: \"%s\" is not "
			    "light or dark", arg);
		o->dark = strcmp(arg, "dark") == 0;
	} else if (strcmp(nm, "xrange") == 0 || strcmp(nm, "yrange") == 0) {
		if (plot_range_check(arg) != 0)
			return diag_set(d, STATUS_USAGE, "--%s: \"%s\" is not a "
			    "range A:B (either may be empty)", nm, arg);
		*(nm[0] == 'x' ? &o->xrange : &o->yrange) = arg;
	} else
		return diag_set(d, STATUS_USAGE, "no option %s", nm);
	return 0;
}

int
plot_opts_done(struct plot_opts *o, struct diag *d)
{
	if (o->terminal != NULL)
		return plot_term_lookup(o->terminal, &o->term, d);
	if (o->output != NULL && plot_term_for(o->output, &o->term) != 0)
		return diag_set(d, STATUS_USAGE, "-o: cannot tell the format "
		    "of \"%s\" (use .png, .svg, .pdf, .txt or --terminal)",
		    o->output);
	return 0;
}

void
plot_opts_release(struct plot_opts *o)
{
	free(o->set);
	o->set = NULL;
	o->nset = o->setcap = 0;
}

/* ---- checks ---- */

/* "scatter" or "bar, pie and heatmap": the kinds that allow `flag`. */
static void
kinds_allowing(unsigned flag, char *buf, size_t size)
{
	size_t i, n = 0, k = 0;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		n += (kinds[i].allows & flag) != 0;
	buf[0] = '\0';
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].allows & flag)
			snprintf(buf + strlen(buf), size - strlen(buf), "%s%s",
			    k++ == 0 ? "" : k == n ? " and " : ", ",
			    kinds[i].name);
}

/* Does o give what the kind needs?  0, or -1 with d set. */
static int
check_needs(const struct plot_opts *o, unsigned needs, const char *kn,
    struct diag *d)
{
	static const struct {
		unsigned	 flag;
		const char	*text;
	} part[] = {
		{ NEED_X, "-x" }, { NEED_Y, "-y" }, { NEED_COL, "-c column" },
		{ NEED_Y_OR_COUNT, "either -y or --count" },
		{ NEED_C2, "-c with two or more columns" },
	};
	unsigned miss = 0;
	char buf[256];
	size_t i, k, n;

	if ((needs & NEED_X) && o->x == PLOT_NONE)
		miss |= NEED_X;
	if ((needs & NEED_Y) && o->ny == 0)
		miss |= NEED_Y;
	if ((needs & NEED_COL) && o->nc == 0 && o->x == PLOT_NONE)
		miss |= NEED_COL;
	if ((needs & NEED_Y_OR_COUNT) && (o->ny == 0) == !o->count)
		miss |= NEED_Y_OR_COUNT;
	if ((needs & NEED_C2) && o->nc < 2)
		miss |= NEED_C2;
	if (miss != 0) {	/* all it needs, as "-x and -y" */
		n = (size_t)snprintf(buf, sizeof(buf), "%s needs", kn);
		for (i = 0, k = 0; i < sizeof(part) / sizeof(part[0]); i++)
			if (needs & part[i].flag)
				n += (size_t)snprintf(buf + n, sizeof(buf) - n,
				    "%s %s", k++ ? " and" : "", part[i].text);
		return diag_set(d, STATUS_USAGE, "%s", buf);
	}
	if ((needs & ONE_Y) && o->ny > 1)
		return diag_set(d, STATUS_USAGE, "%s takes at most one -y "
		    "column%s", kn, o->kind == PLOT_BAR ? "; use --by for "
		    "groups" : "");
	if ((needs & BY_ONE_Y) && o->by != PLOT_NONE && o->ny > 1)
		return diag_set(d, STATUS_USAGE, "%s: with --by, one -y "
		    "column", kn);
	return 0;
}

int
plot_check(const struct plot_opts *o, struct diag *d)
{
	const char *kn = kinds[o->kind].name;
	unsigned allows = kinds[o->kind].allows;
	char buf[256];
	size_t j;

	if (o->output != NULL && plotwrite_has_ctrl(o->output))
		return diag_set(d, STATUS_USAGE, "-o: a file name with a "
		    "control character (such as a newline)");
	for (j = 0; j < o->nset; j++)
		if (plotwrite_has_ctrl(o->set[j]) || (o->set[j][0] != '\0' &&
		    o->set[j][strlen(o->set[j]) - 1] == '\\'))
			return diag_set(d, STATUS_USAGE, "--set: one command "
			    "on one line (no control character, no "
			    "trailing \\)");
	if (o->by != PLOT_NONE && !(allows & ALLOW_BY))
		return diag_set(d, STATUS_USAGE, "%s: --by is not for this "
		    "kind", kn);
	if (o->facet != PLOT_NONE && !(allows & ALLOW_FACET))
		return diag_set(d, STATUS_USAGE, "%s: --facet is not for this "
		    "kind", kn);
	if (o->fit && !(allows & ALLOW_FIT)) {
		kinds_allowing(ALLOW_FIT, buf, sizeof(buf));
		return diag_set(d, STATUS_USAGE, "%s: --fit is for %s", kn,
		    buf);
	}
	if (o->count && !(allows & ALLOW_COUNT)) {
		kinds_allowing(ALLOW_COUNT, buf, sizeof(buf));
		return diag_set(d, STATUS_USAGE, "%s: --count is for %s", kn,
		    buf);
	}
	if ((o->bins || o->density) && !(allows & ALLOW_BINS)) {
		kinds_allowing(ALLOW_BINS, buf, sizeof(buf));
		return diag_set(d, STATUS_USAGE, "%s: --bins and --density "
		    "are for %s", kn, buf);
	}
	if (o->positive != NULL && !(allows & ALLOW_POSITIVE))
		return diag_set(d, STATUS_USAGE, "%s: --positive is for roc",
		    kn);
	if (o->scale && !(allows & ALLOW_SCALE))
		return diag_set(d, STATUS_USAGE, "%s: --scale is for biplot",
		    kn);
	if (o->diag != PLOT_DIAG_DEFAULT && !(allows & ALLOW_DIAG))
		return diag_set(d, STATUS_USAGE, "%s: --diag is for pairs",
		    kn);
	if (o->hue != PLOT_NONE && !(allows & ALLOW_HUE)) {
		kinds_allowing(ALLOW_HUE, buf, sizeof(buf));
		return diag_set(d, STATUS_USAGE, "%s: --hue is for %s", kn,
		    buf);
	}
	if ((o->fit == PLOT_FIT_NLS) != (o->formula != NULL) ||
	    (o->fit == PLOT_FIT_NLS) != (o->start != NULL))
		return diag_set(d, STATUS_USAGE, "%s: --fit nls takes the "
		    "model's formula (such as 'y ~ a * exp(b * x)') and "
		    "--start b1=v1,...; neither goes without it", kn);
	return check_needs(o, kinds[o->kind].needs, kn, d);
}

/* ---- the script ---- */

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
	struct plotwrite c;
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
	c.key = PLOTWRITE_KEY;
	if (o->title != NULL)
		snprintf(c.title, sizeof(c.title), "%s", o->title);
	if (o->style != NULL && plotwrite_style_parse(o->style, &c.st, d) != 0)
		return -1;
	if ((c.data = open_memstream(&dbuf, &dlen)) == NULL ||
	    (c.set = open_memstream(&sbuf, &slen)) == NULL ||
	    (c.body = open_memstream(&bbuf, &blen)) == NULL)
		return diag_set(d, STATUS_DATA, "out of memory");
	if (o->by != PLOT_NONE)
		c.by = plotdata_group(f, o->by);
	c.rows = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*c.rows));
	if (o->facet != PLOT_NONE) {
		fg = plotdata_group(f, o->facet);
		np = fg->ngroups;
		while (pc * pc < np)
			pc++;
		pr = (np + pc - 1) / pc;
		for (p = 0; p < np && rc == 0; p++) {
			c.panel = (int)p + 1;
			for (c.nrows = i = 0; i < f->nrows; i++)
				if (fg->gid[i] == p)
					c.rows[c.nrows++] = i;
			ftitle = xmalloc(strlen(plotdata_name(&c, o->facet)) +
			    4 +
			    strlen(plotdata_text(&c, o->facet, fg->first[p])));
			sprintf(ftitle, "%s = %s", plotdata_name(&c, o->facet),
			    plotdata_text(&c, o->facet, fg->first[p]));
			fputs("set title ", c.body);
			plotwrite_str(c.body, ftitle);
			fputc('\n', c.body);
			free(ftitle);
			rc = kinds[o->kind].fn(&c);
			if (p == 0)	/* the legend once, of the first */
				fputs("unset key\n", c.body);
		}
		fputs("unset multiplot\n", c.body);
	} else {
		for (c.nrows = 0; c.nrows < f->nrows; c.nrows++)
			c.rows[c.nrows] = c.nrows;
		rc = kinds[o->kind].fn(&c);
	}
	drain(c.data, &dbuf);
	drain(c.set, &sbuf);
	drain(c.body, &bbuf);
	if (rc == 0) {
		if ((fp = open_memstream(&out, len)) == NULL) {
			rc = diag_set(d, STATUS_DATA, "out of memory");
			goto done;
		}
		fprintf(fp, "# statpipe plot %s\n", kinds[o->kind].name);
		plotwrite_terminal(fp, o);
		plotwrite_theme(fp, o);
		fputs(dbuf, fp);
		fputs(sbuf, fp);
		plotwrite_user(fp, &c, fg != NULL || c.own_multiplot);
		if (fg != NULL) {
			plotwrite_ranges(fp, &c);
			plotwrite_multiplot(fp, &c, pr, pc);
		}
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

/* One column of spec into *col; 0, or -1 with d set. */
static int
one_col(const char *opt, const char *spec, char *const *names, size_t n,
    size_t *col, struct diag *d)
{
	size_t *idx, k;

	if (cols_parse(spec, names, n, &idx, &k, d) != 0)
		return -1;
	if (k == 1)
		*col = idx[0];
	free(idx);
	if (k != 1)
		return diag_set(d, STATUS_USAGE, "%s: \"%s\" must name one "
		    "column", opt, spec);
	return 0;
}

/* The column options of o resolved against f's names into r. */
static int
resolve(const struct frame *f, const struct plot_opts *o,
    struct plot_opts *r, struct diag *d)
{
	char **names = xmalloc((f->ncols ? f->ncols : 1) * sizeof(*names));
	size_t j;
	int rc = -1;

	*r = *o;
	r->y = r->c = NULL;
	for (j = 0; j < f->ncols; j++)
		names[j] = f->col[j].name;
	if (o->xs != NULL && one_col("-x", o->xs, names, f->ncols, &r->x,
	    d) != 0)
		goto done;
	if (o->bys != NULL && one_col("--by", o->bys, names, f->ncols,
	    &r->by, d) != 0)
		goto done;
	if (o->facets != NULL && one_col("--facet", o->facets, names,
	    f->ncols, &r->facet, d) != 0)
		goto done;
	if (o->hues != NULL && one_col("--hue", o->hues, names, f->ncols,
	    &r->hue, d) != 0)
		goto done;
	if (o->ys != NULL && cols_parse(o->ys, names, f->ncols, &r->y,
	    &r->ny, d) != 0)
		goto done;
	if (o->cs != NULL && cols_parse(o->cs, names, f->ncols, &r->c,
	    &r->nc, d) != 0)
		goto done;
	rc = 0;
done:
	free(names);
	return rc;
}

int
plot_frame(struct frame *f, const struct plot_opts *o, FILE *out,
    struct diag *d)
{
	struct plot_opts r;
	char *script = NULL;
	size_t len = 0;
	int rc = -1;

	if (resolve(f, o, &r, d) != 0 || plot_check(&r, d) != 0)
		goto done;
	if (r.kind == PLOT_LM) {	/* a panel per level, a fit in each */
		r.facet = r.by;
		r.by = r.hue;	/* a series and its fit per hue level */
		r.hue = PLOT_NONE;
		if (r.fit == PLOT_FIT_NONE)
			r.fit = PLOT_FIT_LINEAR;
	}
	if (r.ys == NULL) {	/* the caller's own columns */
		r.y = o->y;
		r.ny = o->ny;
	}
	if (r.cs == NULL) {
		r.c = o->c;
		r.nc = o->nc;
	}
	if (o->script) {
		if (plot_script(f, &r, &script, &len, d) != 0)
			goto done;
		fwrite(script, 1, len, out);
		rc = 0;
		goto done;
	}
	/* gnuplot draws on its stdout; plotrun puts that in place */
	r.output = NULL;
	if (plot_script(f, &r, &script, &len, d) == 0)
		rc = plotrun_gnuplot(script, len, o->output, out, d);
done:
	free(script);
	if (o->ys != NULL)
		free(r.y);
	if (o->cs != NULL)
		free(r.c);
	return rc;
}
