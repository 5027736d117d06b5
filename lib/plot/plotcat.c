/*
 * plotcat: the kinds of chart over categories: bar, box, errorbar,
 * violin, pie and heatmap.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
#include "plot/plotcat.h"
#include "plot/plotdata.h"
#include "plot/plotstat.h"
#include "plot/plotwrite.h"
#include "learn/rng.h"
#include "stats/quantile.h"

#define NVIOLIN	100	/* grid points of a violin's outline */

/* bar: a bar per category (the mean of its rows, or their count), by --by. */
int
plotcat_bar(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	struct plotdata_levels cat, grp;
	double *sum, v, lo = 0;
	size_t i, k, r, ng, nrep = 0, *seen;

	if (!o->count && plotdata_need_num(c, o->y[0]) != 0)
		return -1;
	plotdata_levels(c, o->x, &cat);
	if (o->by != PLOT_NONE) {
		plotdata_levels(c, o->by, &grp);
		c->keytitle = plotdata_name(c, o->by);
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
			plotdata_left_out(c, isnan(v));
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
	plotwrite_begin(c, "data");
	for (i = 0; i < cat.n; i++) {
		plotwrite_text(c->data, cat.name[i]);
		for (k = 0; k < ng; k++) {
			fputc(' ', c->data);
			plotwrite_num(c->data, sum[i * ng + k]);
			plotwrite_bound(c, NAN, sum[i * ng + k]);
			lo = fmin(lo, sum[i * ng + k]);
		}
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	c->catx = 1;
	plotwrite_setting(c, "set style data histograms\n"
	    "set style histogram clustered gap 1\n"
	    "set style fill solid 0.85 border lc rgb '%s'\n"
	    "set xtics nomirror scale 0\nset xrange [-0.6:%zu.6]\n"
	    "set offsets 0, 0, graph 0.05, 0\n",
	    o->dark ? "#1e1e1e" : "#ffffff", cat.n - 1);
	if (lo >= 0)
		plotwrite_setting(c, "set yrange [0:*]\n");
	for (k = 0; k < ng; k++) {
		if (k == 0)
			plotwrite_clause(c, "%s using 2:xtic(1)",
			    plotwrite_block(c, "data"));
		else
			plotwrite_clause(c, "'' using %zu", k + 2);
		fprintf(c->body, " ls %zu", k % PLOTWRITE_NCOLOUR + 1);
		plotwrite_colour(c);
		plotwrite_title(c, grp.name ? grp.name[k] : NULL, ng == 1);
	}
	plotwrite_endplot(c);
	c->xlabel = plotdata_name(c, o->x);
	c->ylabel = o->count ? "count" : plotdata_name(c, o->y[0]);
	free(sum);
	free(seen);
	plotdata_levels_free(&cat);
	if (grp.of != NULL)
		plotdata_levels_free(&grp);
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
boxes_make(struct plotwrite *c, struct boxes *b)
{
	const struct plot_opts *o = c->o;
	struct plotdata_levels l;
	size_t i, k, r;
	double x;

	for (k = 0; k < o->ny; k++)
		if (plotdata_need_num(c, o->y[k]) != 0)
			return -1;
	if (o->by != PLOT_NONE) {
		plotdata_levels(c, o->by, &l);
		b->n = l.n;
		b->label = xmalloc((l.n ? l.n : 1) * sizeof(*b->label));
		b->v = xmalloc((l.n ? l.n : 1) * sizeof(*b->v));
		b->nv = xcalloc(l.n ? l.n : 1, sizeof(*b->nv));
		/* each level's values in an array of its size */
		for (i = 0; i < c->nrows; i++)
			b->nv[l.of[c->rows[i]]]++;
		for (k = 0; k < l.n; k++) {
			b->label[k] = l.name[k];
			b->v[k] = xmalloc((b->nv[k] ? b->nv[k] : 1) *
			    sizeof(**b->v));
			b->nv[k] = 0;
		}
		for (i = 0; i < c->nrows; i++) {
			r = c->rows[i];
			x = c->f->col[o->y[0]].num[r];
			if (!isfinite(x))
				plotdata_left_out(c, isnan(x));
			else {
				k = l.of[r];
				b->v[k][b->nv[k]++] = x;
			}
		}
		plotdata_levels_free(&l);
	} else {
		b->n = o->ny;
		b->label = xmalloc(o->ny * sizeof(*b->label));
		b->v = xmalloc(o->ny * sizeof(*b->v));
		b->nv = xcalloc(o->ny, sizeof(*b->nv));
		for (k = 0; k < o->ny; k++) {
			b->label[k] = plotdata_name(c, o->y[k]);
			b->v[k] = plotdata_values(c, o->y[k], c->rows, c->nrows,
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
groups_axis(struct plotwrite *c, size_t n)
{
	c->catx = 1;
	plotwrite_setting(c, "set xrange [0.4:%zu.6]\n", n);
	plotwrite_setting(c, "set xtics nomirror scale 0\n");
	c->xlabel = c->o->by != PLOT_NONE ? plotdata_name(c, c->o->by) : NULL;
	c->ylabel = c->o->ny == 1 ? plotdata_name(c, c->o->y[0]) : NULL;
}

/* box: Tukey box plots, outliers as points. */
int
plotcat_box(struct plotwrite *c)
{
	struct boxes b;
	struct plotstat_box st;
	double *out;
	size_t k, i, nout;

	if (boxes_make(c, &b) != 0)
		return -1;
	plotwrite_begin(c, "box");
	for (k = 0; k < b.n; k++) {
		if (b.nv[k] == 0)
			continue;
		plotstat_box(b.v[k], b.nv[k], &st, NULL);
		fprintf(c->data, "%zu ", k + 1);
		plotwrite_nums(c->data, 5, st.lo, st.q1, st.median, st.q3,
		    st.hi);
		fputc(' ', c->data);
		plotwrite_text(c->data, b.label[k]);
		fprintf(c->data, " %zu\n", b.nv[k]);
		plotwrite_bound(c, NAN, st.lo);
		plotwrite_bound(c, NAN, st.hi);
	}
	plotwrite_end(c);
	plotwrite_begin(c, "outliers");
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
			plotwrite_num(c->data, out[i]);
			fputc('\n', c->data);
			plotwrite_bound(c, NAN, out[i]);
		}
	}
	free(out);
	plotwrite_end(c);
	groups_axis(c, b.n);
	plotwrite_setting(c, "set style fill solid 0.6 border -1\n"
	    "set boxwidth 0.5\n");
	/* the text terminal draws nothing with lc variable */
	if (c->o->term == PLOT_DUMB)
		plotwrite_clause(c,
		    "%s using 1:3:2:6:5:xtic(7) notitle with "
		    "candlesticks whiskerbars 0.5 ls 1",
		    plotwrite_block(c, "box"));
	else
		plotwrite_clause(c, "%s using 1:3:2:6:5:1:xtic(7) notitle with "
		    "candlesticks whiskerbars 0.5 lc variable",
		    plotwrite_block(c, "box"));
	plotwrite_clause(c,
	    "%s using 1:4:4:4:4 with candlesticks lc rgb '%s' lw 2 "
	    "notitle",
	    plotwrite_block(c, "box"), c->o->dark ? "#eeeeee" : "#222222");
	if (nout > 0)	/* gnuplot warns about an empty datablock */
		plotwrite_clause(c,
		    "%s using 1:2 with points pt %s lc rgb '%s' notitle",
		    plotwrite_block(c, "outliers"),
		    c->o->term == PLOT_DUMB ? "'o'" : "6",
		    c->o->dark ? "#eeeeee" : "#222222");
	plotwrite_endplot(c);
	boxes_free(&b);
	return 0;
}

/* The y label of the means: "mean of y (95% CI)" (static). */
static const char *
means_label(struct plotwrite *c)
{
	static char buf[512];

	snprintf(buf, sizeof(buf), "mean of %s (%g%% CI)",
	    plotdata_name(c, c->o->y[0]), 100 * c->o->level);
	return buf;
}

/*
 * point --hue: seaborn's pointplot with hue: for each level of --hue, the
 * means (with their t intervals) over the --by levels joined in the
 * level's colour, the hues dodged apart a little, a legend beside.
 */
static int
hue_means(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	struct plotdata_levels cat, hue;
	size_t i, k, h, r, ncat, *nv, cell;
	double **v, m, lo, hi, off, x;

	if (o->ny != 1)
		return diag_set(c->d, STATUS_USAGE, "point: with --hue, one -y "
		    "column");
	if (plotdata_need_num(c, o->y[0]) != 0)
		return -1;
	if (o->by != PLOT_NONE)
		plotdata_levels(c, o->by, &cat);
	plotdata_levels(c, o->hue, &hue);
	ncat = o->by != PLOT_NONE ? cat.n : 1;
	v = xmalloc((ncat * hue.n + 1) * sizeof(*v));
	nv = xcalloc(ncat * hue.n + 1, sizeof(*nv));
	for (cell = 0; cell < ncat * hue.n; cell++)
		v[cell] = xmalloc((c->nrows ? c->nrows : 1) * sizeof(**v));
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		x = c->f->col[o->y[0]].num[r];
		if (!isfinite(x)) {
			plotdata_left_out(c, isnan(x));
			continue;
		}
		cell = (o->by != PLOT_NONE ? cat.of[r] : 0) * hue.n + hue.of[r];
		v[cell][nv[cell]++] = x;
	}
	plotwrite_begin(c, "data");
	for (h = 0; h < hue.n; h++) {
		if (h > 0)
			fputs("\n\n", c->data);
		off = hue.n > 1 ? 0.3 * ((double)h / (double)(hue.n - 1) - 0.5) :
		    0;
		for (k = 0; k < ncat; k++) {
			cell = k * hue.n + h;
			plotstat_mean_ci(v[cell], nv[cell], o->level, &m, &lo,
			    &hi);
			if (nv[cell] < 2)
				diag_warn("%s%s%s: %zu value%s, no interval",
				    o->by != PLOT_NONE ? cat.name[k] : "",
				    o->by != PLOT_NONE ? ", " : "",
				    hue.name[h], nv[cell],
				    nv[cell] == 1 ? "" : "s");
			plotwrite_nums(c->data, 4, (double)(k + 1) + off, m, lo,
			    hi);
			fputc('\n', c->data);
			plotwrite_bound(c, NAN, lo);
			plotwrite_bound(c, NAN, hi);
			plotwrite_bound(c, NAN, m);
		}
	}
	plotwrite_end(c);
	plotwrite_begin(c, "groups");
	for (k = 0; k < ncat; k++) {
		fprintf(c->data, "%zu ", k + 1);
		plotwrite_text(c->data, o->by != PLOT_NONE ? cat.name[k] :
		    plotdata_name(c, o->y[0]));
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	groups_axis(c, ncat);
	c->ylabel = means_label(c);
	c->keytitle = plotdata_name(c, o->hue);
	for (h = 0; h < hue.n; h++) {
		plotwrite_clause(c, "%s index %zu using 1:2:3:4 with yerrorbars "
		    "ls %zu pt %s lw 1.5 notitle", plotwrite_block(c, "data"),
		    h, h % PLOTWRITE_NCOLOUR + 1,
		    o->term == PLOT_DUMB ? "'*'" : "7");
		plotwrite_clause(c, "%s index %zu using 1:2 with lines ls %zu",
		    plotwrite_block(c, "data"), h, h % PLOTWRITE_NCOLOUR + 1);
		plotwrite_title(c, hue.name[h], 0);
	}
	plotwrite_clause(c, "%s using 1:(NaN):xtic(2) notitle",
	    plotwrite_block(c, "groups"));
	plotwrite_endplot(c);
	for (cell = 0; cell < ncat * hue.n; cell++)
		free(v[cell]);
	free(v);
	free(nv);
	if (o->by != PLOT_NONE)
		plotdata_levels_free(&cat);
	plotdata_levels_free(&hue);
	return 0;
}

/* errorbar and point: group means with 95% t intervals; point joins
 * the means (seaborn's pointplot). */
static int
means(struct plotwrite *c, int joined)
{
	struct boxes b;
	double m, lo, hi;
	size_t k;

	if (c->o->hue != PLOT_NONE)
		return hue_means(c);
	if (boxes_make(c, &b) != 0)
		return -1;
	plotwrite_begin(c, "data");
	for (k = 0; k < b.n; k++) {
		plotstat_mean_ci(b.v[k], b.nv[k], c->o->level, &m, &lo, &hi);
		if (b.nv[k] < 2)
			diag_warn("%s: %zu value%s, no interval", b.label[k],
			    b.nv[k], b.nv[k] == 1 ? "" : "s");
		fprintf(c->data, "%zu ", k + 1);
		plotwrite_nums(c->data, 3, m, lo, hi);
		fputc(' ', c->data);
		plotwrite_text(c->data, b.label[k]);
		fprintf(c->data, " %zu\n", b.nv[k]);
		plotwrite_bound(c, NAN, lo);
		plotwrite_bound(c, NAN, hi);
		plotwrite_bound(c, NAN, m);
	}
	plotwrite_end(c);
	groups_axis(c, b.n);
	if (c->o->ny == 1)
		c->ylabel = means_label(c);
	plotwrite_clause(c,
	    "%s using 1:2:3:4:xtic(5) with yerrorbars ls 1 pt %s "
	    "lw 1.5 notitle",
	    plotwrite_block(c, "data"), c->o->term == PLOT_DUMB ? "'*'" : "7");
	if (joined)
		plotwrite_clause(c, "%s using 1:2 with lines ls 1 notitle",
		    plotwrite_block(c, "data"));
	plotwrite_endplot(c);
	boxes_free(&b);
	return 0;
}

int
plotcat_errorbar(struct plotwrite *c)
{
	return means(c, 0);
}

int
plotcat_point(struct plotwrite *c)
{
	return means(c, 1);
}

/* count: bars of the rows of each level (seaborn's countplot). */
int
plotcat_count(struct plotwrite *c)
{
	struct plot_opts o = *c->o;
	const struct plot_opts *was = c->o;
	int rc;

	o.count = 1;
	c->o = &o;
	rc = plotcat_bar(c);
	c->o = was;
	return rc;
}

/*
 * strip and swarm: every value a point over its group's place on x,
 * spread across so that they can be seen: strip by a uniform jitter of
 * +-0.15 (the same for the same --seed), swarm side by side without overlap
 * (plotstat_swarm, marks sized for the terminal).
 */
static int
spread(struct plotwrite *c, int swarm)
{
	const struct plot_opts *o = c->o;
	struct boxes b;
	struct rng rng;
	double lo = HUGE_VAL, hi = -HUGE_VAL, dx, dy, *off;
	size_t k, i, idx = 0, nclamp = 0;
	long w = o->width, h = o->height;

	if (boxes_make(c, &b) != 0)
		return -1;
	for (k = 0; k < b.n; k++)
		for (i = 0; i < b.nv[k]; i++) {
			lo = fmin(lo, b.v[k][i]);
			hi = fmax(hi, b.v[k][i]);
		}
	if (w == 0) {	/* the terminal's default size */
		w = o->term == PLOT_DUMB ? 80 : 800;
		h = o->term == PLOT_DUMB ? 24 : 600;
	}
	/* a mark: a character cell of the text terminal, else 10 pixels,
	 * over a plotting area of about the size less its margins */
	if (o->term == PLOT_DUMB) {
		dx = ((double)b.n + 0.2) / (double)(w > 20 ? w - 12 : 8);
		dy = (hi - lo) / (double)(h > 8 ? h - 5 : 3);
	} else {
		dx = 10 * ((double)b.n + 0.2) / (double)(w > 200 ? w - 120 : 80);
		dy = 10 * (hi - lo) / (double)(h > 200 ? h - 100 : 100);
	}
	if (!(dy > 0))
		dy = 1;
	rng_seed(&rng, o->seed, 0);
	plotwrite_begin(c, "data");
	for (k = 0; k < b.n; k++) {
		if (b.nv[k] == 0)
			continue;
		if (idx++ > 0)
			fputs("\n\n", c->data);
		off = xmalloc(b.nv[k] * sizeof(*off));
		if (swarm)
			nclamp += plotstat_swarm(b.v[k], b.nv[k], dx, dy, 0.45,
			    off);
		else
			for (i = 0; i < b.nv[k]; i++)
				off[i] = 0.3 * (rng_unif(&rng) - 0.5);
		for (i = 0; i < b.nv[k]; i++) {
			plotwrite_nums(c->data, 2, (double)(k + 1) + off[i],
			    b.v[k][i]);
			fputc('\n', c->data);
			plotwrite_bound(c, NAN, b.v[k][i]);
		}
		free(off);
	}
	plotwrite_end(c);
	if (nclamp > 0)
		diag_warn("swarm: %zu point%s did not fit beside the others "
		    "and overlap", nclamp, nclamp == 1 ? "" : "s");
	/* the groups' names as the x tics, from a block of their own */
	plotwrite_begin(c, "groups");
	for (k = 0; k < b.n; k++) {
		fprintf(c->data, "%zu ", k + 1);
		plotwrite_text(c->data, b.label[k]);
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	groups_axis(c, b.n);
	for (idx = k = 0; k < b.n; k++) {
		if (b.nv[k] == 0)
			continue;
		plotwrite_clause(c, "%s index %zu using 1:2",
		    plotwrite_block(c, "data"), idx++);
		plotwrite_style(c, "points", (int)k);
		plotwrite_title(c, NULL, 1);
	}
	plotwrite_clause(c, "%s using 1:(NaN):xtic(2) notitle",
	    plotwrite_block(c, "groups"));
	plotwrite_endplot(c);
	boxes_free(&b);
	return 0;
}

int
plotcat_strip(struct plotwrite *c)
{
	return spread(c, 0);
}

int
plotcat_swarm(struct plotwrite *c)
{
	return spread(c, 1);
}

/* violin: mirrored kernel densities with the quartiles marked. */
int
plotcat_violin(struct plotwrite *c)
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
	plotwrite_begin(c, "violin");
	for (k = 0; k < b.n; k++) {
		if (k > 0)
			fputs("\n\n", c->data);
		for (i = 0; i < 2 * NVIOLIN + 1; i++) {
			size_t j = i < NVIOLIN ? i : i < 2 * NVIOLIN ?
			    2 * NVIOLIN - 1 - i : 0;
			double w = 0.4 * dens[k][1][j] / top;
			double at = (double)(k + 1) + (i < NVIOLIN ||
			    i == 2 * NVIOLIN ? w : -w);

			plotwrite_nums(c->data, 2, at, dens[k][0][j]);
			fputc('\n', c->data);
			plotwrite_bound(c, NAN, dens[k][0][j]);
		}
	}
	plotwrite_end(c);
	plotwrite_begin(c, "quartiles");
	for (k = 0; k < b.n; k++) {
		double *s = xmalloc(b.nv[k] * sizeof(*s));

		for (i = 0; i < 3; i++) {
			memcpy(s, b.v[k], b.nv[k] * sizeof(*s));
			q[i] = quantile_at(s, b.nv[k], 0.25 * (double)(i + 1));
		}
		free(s);
		fprintf(c->data, "%zu ", k + 1);
		plotwrite_nums(c->data, 3, q[0], q[1], q[2]);
		fputc(' ', c->data);
		plotwrite_text(c->data, b.label[k]);
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	groups_axis(c, b.n);
	plotwrite_setting(c, "set style fill solid 0.6 border -1\n");
	for (k = 0; k < b.n; k++)
		plotwrite_clause(c,
		    "%s index %zu using 1:2 with filledcurves closed "
		    "ls %zu notitle",
		    plotwrite_block(c, "violin"), k, k % PLOTWRITE_NCOLOUR + 1);
	plotwrite_clause(c,
	    "%s using 1:2:(0):($4 - $2):xtic(5) with vectors nohead "
	    "lw 4 lc rgb '%s' notitle",
	    plotwrite_block(c, "quartiles"),
	    c->o->dark ? "#eeeeee" : "#222222");
	plotwrite_clause(c,
	    "%s using 1:3 with points pt %s ps 0.8 lc rgb '%s' notitle",
	    plotwrite_block(c, "quartiles"),
	    c->o->term == PLOT_DUMB ? "'o'" : "7",
	    c->o->dark ? "#1e1e1e" : "#ffffff");
	plotwrite_endplot(c);
	free(dens);
	boxes_free(&b);
	return 0;
}

/* pie: wedges by category, labelled with their percentages. */
int
plotcat_pie(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	int count = o->count || o->ny == 0;
	struct plotdata_levels cat;
	double *sum, total = 0, at = 90, v;
	size_t i, r, nneg = 0;

	if (!count && plotdata_need_num(c, o->y[0]) != 0)
		return -1;
	plotdata_levels(c, o->x, &cat);
	sum = xcalloc(cat.n + 1, sizeof(*sum));
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		v = count ? 1 : c->f->col[o->y[0]].num[r];
		if (!isfinite(v)) {
			plotdata_left_out(c, isnan(v));
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
		plotdata_levels_free(&cat);
		diag_set(c->d, STATUS_DATA, "nothing to draw: the values sum "
		    "to 0");
		return diag_at(
		    c->d, NULL, 0, count ? NULL : plotdata_name(c, o->y[0]));
	}
	plotwrite_begin(c, "data");
	for (i = 0; i < cat.n; i++) {
		double span = 360 * sum[i] / total;

		plotwrite_text(c->data, cat.name[i]);
		fputc(' ', c->data);
		plotwrite_num(c->data, sum[i]);
		fprintf(c->data, " %.6g %.6g %.6g %.6g\n", at, at + span,
		    at + span / 2, 100 * sum[i] / total);
		at += span;
	}
	plotwrite_end(c);
	plotwrite_setting(c,
	    "set size ratio -1\nunset border\nunset tics\nunset grid\n"
	    "set xrange [-1.9:1.9]\nset yrange [-1.3:1.3]\n"
	    "set style fill solid 0.9 border lc rgb '%s'\n",
	    o->dark ? "#1e1e1e" : "#ffffff");
	c->catx = 1;
	plotwrite_clause(c, "%s using (0):(0):(1):3:4:($0 + 1) with circles lc "
	    "variable notitle", plotwrite_block(c, "data"));
	/* labels outside the rim, left- or right-aligned by the side */
	plotwrite_clause(c,
	    "%s using (cos($5 * pi / 180) >= 0 ? 1.08 * cos($5 * pi / "
	    "180) : NaN):(1.08 * sin($5 * pi / 180)):(sprintf('%%s %%.1f%%%%', "
	    "strcol(1), $6)) with labels left notitle",
	    plotwrite_block(c, "data"));
	plotwrite_clause(c,
	    "%s using (cos($5 * pi / 180) < 0 ? 1.08 * cos($5 * pi / "
	    "180) : NaN):(1.08 * sin($5 * pi / 180)):(sprintf('%%s %%.1f%%%%', "
	    "strcol(1), $6)) with labels right notitle",
	    plotwrite_block(c, "data"));
	plotwrite_endplot(c);
	c->key = NULL;
	free(sum);
	plotdata_levels_free(&cat);
	return 0;
}

/* heatmap: a matrix, wide (a label column and value columns) or long. */
int
plotcat_heatmap(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	struct plotdata_levels rl, cl;
	size_t *vc = NULL, nvc = 0, i, j, r, lab = PLOT_NONE;
	/* matplotlib's Oranges, and coolwarm for values of both signs */
	static const unsigned long sequential[3] = { 0xfff5eb, 0xfd8d3c,
	    0x7f2704 };
	static const unsigned long diverging[3] = { 0x3b4cc0, 0xf7f7f7,
	    0xb40426 };
	const unsigned long *pal = sequential;
	double *m, lo = HUGE_VAL, hi = -HUGE_VAL, v;
	int freem = 0, rc = -1;

	if (o->ny > 0 && (o->x == PLOT_NONE || o->ny > 1 ||
	    (o->nc != 1) == !o->count))
		return diag_set(c->d, STATUS_USAGE, "heatmap of long data "
		    "needs -x row, -y column and -c value or --count");
	if (o->x != PLOT_NONE && o->ny > 0) {	/* long: -x row -y col -c v */
		if (!o->count && plotdata_need_num(c, o->c[0]) != 0)
			return -1;
		plotdata_levels(c, o->x, &rl);
		plotdata_levels(c, o->y[0], &cl);
		m = xmalloc((rl.n * cl.n + 1) * sizeof(*m));
		for (i = 0; i < rl.n * cl.n; i++)
			m[i] = NAN;
		for (i = 0; i < c->nrows; i++) {
			r = c->rows[i];
			v = o->count ? 1 : c->f->col[o->c[0]].num[r];
			if (!isfinite(v)) {
				plotdata_left_out(c, isnan(v));
				continue;
			}
			j = rl.of[r] * cl.n + cl.of[r];
			m[j] = isnan(m[j]) ? v : m[j] + v;
		}
		c->xlabel = plotdata_name(c, o->y[0]);
		c->ylabel = plotdata_name(c, o->x);
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
			if (plotdata_need_num(c, vc[j]) != 0) {
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
			cl.name[j] = plotdata_name(c, vc[j]);
		m = xmalloc((rl.n * cl.n + 1) * sizeof(*m));
		for (i = 0; i < rl.n; i++) {
			char num[NUM_BUFSZ];

			r = c->rows[i];
			if (lab != PLOT_NONE)
				rl.name[i] = plotdata_text(c, lab, r);
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
	plotwrite_begin(c, "data");
	fputs("\"\"", c->data);
	for (j = 0; j < cl.n; j++) {
		fputc(' ', c->data);
		plotwrite_text(c->data, cl.name[j]);
	}
	fputc('\n', c->data);
	for (i = 0; i < rl.n; i++) {
		plotwrite_text(c->data, rl.name[i]);
		for (j = 0; j < cl.n; j++) {
			v = m[i * cl.n + j];
			fputc(' ', c->data);
			plotwrite_num(c->data, v);
			if (!isnan(v)) {
				lo = fmin(lo, v);
				hi = fmax(hi, v);
			}
		}
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	c->catx = 1;
	plotwrite_setting(c, "unset grid\nset border 0\nset tics scale 0\n"
	    "set xrange [-0.5:%zu.5]\nset yrange [%zu.5:-0.5]\n",
	    cl.n - 1, rl.n - 1);
	if (lo < 0 && hi > 0) {	/* signed: a diverging scale around 0 */
		pal = diverging;
		hi = fmax(-lo, hi);
		lo = -hi;
	}
	if (!(hi > lo)) {	/* one value: the middle of the scale */
		lo -= 1;
		hi += 1;
	}
	plotwrite_setting(c, "set palette defined (0 '#%06lx', 1 '#%06lx', "
	    "2 '#%06lx')\nset cbrange [%.17g:%.17g]\n", pal[0], pal[1],
	    pal[2], lo, hi);
	plotwrite_clause(c,
	    "%s matrix rowheaders columnheaders using 1:2:3 with image "
	    "notitle",
	    plotwrite_block(c, "data"));
	if (rl.n * cl.n <= 400) {
		/* each value in black, or in white on a dark cell */
		plotwrite_begin(c, "labels");
		for (i = 0; i < rl.n; i++)
			for (j = 0; j < cl.n; j++) {
				v = m[i * cl.n + j];
				if (isnan(v))
					continue;
				fprintf(c->data, "%zu %zu \"%.3g\" %lu\n", j, i,
				    v, plotwrite_dark(plotwrite_palette(pal, 3,
				    (v - lo) / (hi - lo))) ? 0xffffffUL : 0UL);
			}
		plotwrite_end(c);
		plotwrite_clause(c, "%s using 1:2:3:4 with labels tc rgb "
		    "variable notitle", plotwrite_block(c, "labels"));
	}
	plotwrite_endplot(c);
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
		plotdata_levels_free(&rl);
		plotdata_levels_free(&cl);
	} else {
		free(rl.name);
		free(cl.name);
	}
	return rc;
}

