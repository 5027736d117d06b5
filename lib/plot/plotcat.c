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

/* errorbar: group means with 95% t intervals. */
int
plotcat_errorbar(struct plotwrite *c)
{
	struct boxes b;
	double m, lo, hi;
	size_t k;

	if (boxes_make(c, &b) != 0)
		return -1;
	plotwrite_begin(c, "data");
	for (k = 0; k < b.n; k++) {
		plotstat_mean_ci(b.v[k], b.nv[k], 0.95, &m, &lo, &hi);
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
	if (c->o->ny == 1) {
		static char buf[512];

		snprintf(buf, sizeof(buf), "mean of %s (95%% CI)",
		    plotdata_name(c, c->o->y[0]));
		c->ylabel = buf;
	}
	plotwrite_clause(c,
	    "%s using 1:2:3:4:xtic(5) with yerrorbars ls 1 pt %s "
	    "lw 1.5 notitle",
	    plotwrite_block(c, "data"), c->o->term == PLOT_DUMB ? "'*'" : "7");
	plotwrite_endplot(c);
	boxes_free(&b);
	return 0;
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
		double e = fmax(-lo, hi);

		plotwrite_setting(c,
		    "set palette defined (0 '#3b4cc0', 1 '#f7f7f7', "
		    "2 '#b40426')\nset cbrange [%.6g:%.6g]\n",
		    -e, e);
	} else
		plotwrite_setting(c,
		    "set palette defined (0 '#fff5eb', 1 '#fd8d3c', "
		    "2 '#7f2704')\n");
	plotwrite_clause(c,
	    "%s matrix rowheaders columnheaders using 1:2:3 with image "
	    "notitle",
	    plotwrite_block(c, "data"));
	if (rl.n * cl.n <= 400)
		plotwrite_clause(c,
		    "%s matrix rowheaders columnheaders using 1:2:"
		    "(sprintf('%%.3g', $3)) with labels tc rgb '#000000' "
		    "notitle",
		    plotwrite_block(c, "data"));
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

