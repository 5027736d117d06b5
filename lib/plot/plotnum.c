/*
 * plotnum: the kinds of chart over numbers: scatter and line (with the
 * least-squares fit), hist, density, ecdf, qq, the pairs matrix and the
 * residual panels of a regression.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/strata.h"
#include "io/out.h"
#include "model/deriv.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/nls.h"
#include "plot/plotdata.h"
#include "plot/plotnum.h"
#include "plot/plotstat.h"
#include "plot/plotwrite.h"
#include "stats/smooth.h"

#define NGRID	512	/* density() grid points, R's default */
#define NBAND	80	/* points of the fit line and its band */

/* The curve of --fit: n points, a band (lo, hi) or NaN there. */
struct curve {
	size_t	 n;
	double	*x, *y, *lo, *hi;
};

static void
fit_curve_free(struct curve *cv)
{
	free(cv->x);
	free(cv->y);
	free(cv->lo);
	free(cv->hi);
}

/* The legend's name of the --fit curve, in buf. */
static const char *
fit_name(const struct plot_opts *o, char *buf, size_t size)
{
	double pc = 100 * o->level;

	switch (o->fit) {
	case PLOT_FIT_POLY:
		snprintf(buf, size, "poly(%d), %g%% CI", o->fit_degree, pc);
		break;
	case PLOT_FIT_LOESS:
		snprintf(buf, size, "loess, %g%% CI", pc);
		break;
	case PLOT_FIT_LOWESS:
		snprintf(buf, size, "lowess");
		break;
	case PLOT_FIT_NLS:
		snprintf(buf, size, "nls, %g%% CI", pc);
		break;
	default:
		snprintf(buf, size, "least squares, %g%% CI", pc);
		break;
	}
	return buf;
}

/*
 * The band of an nls curve by the delta method: at each of the curve's x
 * the gradient g of the right side by the parameters, se = sqrt(g' V g)
 * with V = s^2 (J'J)^-1 (vcov(nls): J the gradient at the data's x, s^2
 * the residuals' mean square on n - p degrees of freedom), the band
 * fit -+ t(level, n - p) se.  xd holds the data's x at column xc, yd their
 * y; nothing is drawn (NaN stays) when n <= p or J'J is singular.
 */
static void
nls_band(const struct deriv *dv, size_t p, const double *est,
    long double **xd, const double *yd, size_t n, long double **xg,
    struct curve *cv, double level)
{
	gsl_matrix *jtj = gsl_matrix_calloc(p, p);
	gsl_vector *g = gsl_vector_alloc(p), *vg = gsl_vector_alloc(p);
	gsl_error_handler_t *old = gsl_set_error_handler_off();
	double *row = xmalloc(p * sizeof(*row)), r, rss = 0, t, se;
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		r = yd[i] - (double)deriv_eval(dv, DERIV_VALUE,
		    (const long double *const *)xd, i, est);
		rss += r * r;
		for (j = 0; j < p; j++)
			row[j] = (double)deriv_eval(dv, j,
			    (const long double *const *)xd, i, est);
		for (j = 0; j < p; j++)
			for (k = 0; k < p; k++)
				*gsl_matrix_ptr(jtj, j, k) += row[j] * row[k];
	}
	if (n > p && gsl_linalg_cholesky_decomp1(jtj) == 0) {
		t = gsl_cdf_tdist_Pinv(0.5 + level / 2, (double)(n - p));
		for (i = 0; i < cv->n; i++) {
			for (j = 0; j < p; j++)
				gsl_vector_set(g, j, (double)deriv_eval(dv, j,
				    (const long double *const *)xg, i, est));
			gsl_linalg_cholesky_solve(jtj, g, vg);
			gsl_blas_ddot(g, vg, &se);
			se = sqrt(rss / (double)(n - p) * se);
			cv->lo[i] = cv->y[i] - t * se;
			cv->hi[i] = cv->y[i] + t * se;
		}
	}
	gsl_set_error_handler(old);
	gsl_matrix_free(jtj);
	gsl_vector_free(g);
	gsl_vector_free(vg);
	free(row);
}

/*
 * --fit nls: the model fitted by nls's front door over the series' rows
 * that have both values, its right side then evaluated at the curve's x
 * with the estimates, and its band (nls_band).  The model is
 * -y ~ f(-x, parameters): it may read no other column.  0, or -1 with d
 * set.
 */
static int
nls_curve(struct plotwrite *c, const size_t *rows, size_t nr, size_t yc,
    struct curve *cv)
{
	const struct plot_opts *o = c->o;
	const struct frame *f = c->f;
	struct nls_opts no = { .formula = o->formula, .start = o->start,
	    .max_iter = NLS_MAX_ITER, .tol = NLS_TOL, .conf_level = o->level,
	    .view = NLS_COEF };
	const struct formula_fx *lhs;
	struct out_table *t = NULL;
	struct formula *fm = NULL;
	struct deriv *dv = NULL;
	struct frame *sub;
	size_t *use = xmalloc((nr ? nr : 1) * sizeof(*use)), m = 0, i, j;
	char **par = NULL, **cols = xmalloc(f->ncols * sizeof(*cols));
	unsigned char *reads = xcalloc(f->ncols, 1);
	long double **x = xcalloc(f->ncols, sizeof(*x));
	long double **xd = xcalloc(f->ncols, sizeof(*xd));
	double *est = NULL, *yd = xmalloc((nr ? nr : 1) * sizeof(*yd));
	int rc = -1;

	for (i = 0; i < nr; i++)
		if (isfinite(f->col[o->x].num[rows[i]]) &&
		    isfinite(f->col[yc].num[rows[i]]))
			use[m++] = rows[i];
	sub = frame_rows(c->f, use, m);
	if (nls_frame(sub, &no, &t, c->d) != 0 ||
	    formula_parse_expr(o->formula, &fm, c->d) != 0)
		goto done;
	lhs = formula_lhs(fm);
	if (lhs->kind != FX_VAR || strcmp(lhs->name, f->col[yc].name) != 0) {
		diag_set(c->d, STATUS_USAGE, "--fit nls: the model's response "
		    "must be the -y column \"%s\"", f->col[yc].name);
		goto done;
	}
	/* the estimates, by the names of the coefficient table's terms */
	par = xmalloc(t->nrows * sizeof(*par));
	est = xmalloc(t->nrows * sizeof(*est));
	for (j = 0; j < t->nrows; j++) {
		par[j] = t->arena + t->textoff[j * t->ncols] - 1;
		est[j] = t->cell[j * t->ncols + 1].num;
	}
	for (j = 0; j < f->ncols; j++)
		cols[j] = f->col[j].name;
	if (deriv_compile(formula_rhs(fm), cols, f->ncols, par, t->nrows, &dv,
	    c->d) != 0)
		goto done;
	deriv_columns(dv, reads, f->ncols);
	for (j = 0; j < f->ncols; j++)
		if (reads[j] && j != o->x) {
			diag_set(c->d, STATUS_USAGE, "--fit nls: the model may "
			    "read only the -x column \"%s\", not \"%s\"",
			    f->col[o->x].name, f->col[j].name);
			goto done;
		}
	x[o->x] = xmalloc(cv->n * sizeof(**x));
	for (i = 0; i < cv->n; i++)
		x[o->x][i] = cv->x[i];
	for (i = 0; i < cv->n; i++)
		cv->y[i] = (double)deriv_eval(dv, DERIV_VALUE,
		    (const long double *const *)x, i, est);
	xd[o->x] = xmalloc((m ? m : 1) * sizeof(**xd));
	for (i = 0; i < m; i++) {
		xd[o->x][i] = f->col[o->x].num[use[i]];
		yd[i] = f->col[yc].num[use[i]];
	}
	nls_band(dv, t->nrows, est, xd, yd, m, x, cv, o->level);
	rc = 0;
done:
	frame_free(sub);
	out_free(t);
	formula_free(fm);
	deriv_free(dv);
	free(use);
	free(par);
	free(est);
	free(cols);
	free(reads);
	free(x[o->x]);
	free(x);
	free(xd[o->x]);
	free(xd);
	free(yd);
	return rc;
}

/*
 * The --fit curve through the m points (x, y) into cv: the line, the
 * polynomial or loess with its confidence band (--conf-level), or the
 * nls curve, at NBAND points across the x; lowess at the sorted x, as R
 * draws lines(lowess(x, y)).  0, or -1 with d set.
 */
static int
fit_curve(struct plotwrite *c, const double *x, const double *y, size_t m,
    const size_t *rows, size_t nr, size_t yc, struct curve *cv)
{
	const struct plot_opts *o = c->o;
	struct model_line line;
	double lo = m ? x[0] : 0, hi = lo;
	size_t i, n = o->fit == PLOT_FIT_LOWESS ? m : NBAND;
	int rc = 0;

	cv->n = n;
	cv->x = xmalloc((n ? n : 1) * sizeof(*cv->x));
	cv->y = xmalloc((n ? n : 1) * sizeof(*cv->y));
	cv->lo = xmalloc((n ? n : 1) * sizeof(*cv->lo));
	cv->hi = xmalloc((n ? n : 1) * sizeof(*cv->hi));
	for (i = 1; i < m; i++) {
		lo = fmin(lo, x[i]);
		hi = fmax(hi, x[i]);
	}
	for (i = 0; i < n && o->fit != PLOT_FIT_LOWESS; i++)
		cv->x[i] = lo + (hi - lo) * (double)i / (NBAND - 1);
	for (i = 0; i < n; i++)
		cv->lo[i] = cv->hi[i] = NAN;
	switch (o->fit) {
	case PLOT_FIT_POLY:
		rc = smooth_poly(x, y, m, o->fit_degree, cv->x, n, o->level,
		    cv->y, cv->lo, cv->hi, c->d);
		break;
	case PLOT_FIT_LOESS:
		rc = smooth_loess(x, y, m, 0.75, 2, SMOOTH_INTERPOLATE, cv->x,
		    n, o->level, cv->y, cv->lo, cv->hi, NULL, c->d);
		break;
	case PLOT_FIT_LOWESS:
		rc = smooth_lowess(x, y, m, 2.0 / 3, 3, -1, cv->x, cv->y,
		    c->d);
		break;
	case PLOT_FIT_NLS:
		rc = nls_curve(c, rows, nr, yc, cv);
		break;
	default:
		if ((rc = model_line_fit(x, y, m, &line, c->d)) == 0)
			for (i = 0; i < n; i++)
				model_line_band(&line, cv->x[i], o->level,
				    &cv->y[i], &cv->lo[i], &cv->hi[i]);
		break;
	}
	if (rc != 0)
		fit_curve_free(cv);
	return rc == 0 ? 0 : -1;
}

/* scatter and line: y against x, a series per level and column. */
static int
xy(struct plotwrite *c, int line)
{
	const struct plot_opts *o = c->o;
	struct plotdata_series s;
	struct curve cv;
	double *x, *y;
	size_t k, j, i, m, idx = 0, nser, fi = 0, *npts, total = 0;
	size_t miss, inf;
	char buf[512];
	int alone, band = 0;

	if (o->x != PLOT_NONE && plotdata_need_num(c, o->x) != 0)
		return -1;
	for (j = 0; j < o->ny; j++)
		if (plotdata_need_num(c, o->y[j]) != 0)
			return -1;
	plotdata_series(c, &s);
	nser = s.n * o->ny;
	/* lm's panels need no legend: one series and its fit */
	alone = nser == 1 && (!o->fit || o->kind == PLOT_LM);
	x = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*x));
	y = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*y));
	npts = xcalloc(nser ? nser : 1, sizeof(*npts));
	plotwrite_begin(c, "data");
	for (k = 0; k < s.n; k++)
		for (j = 0; j < o->ny; j++) {
			if (idx > 0)
				fputs("\n\n", c->data);
			m = plotdata_pairs(
			    c, o->x, o->y[j], s.row[k], s.count[k], x, y);
			for (i = 0; i < m; i++) {
				plotwrite_nums(c->data, 2, x[i], y[i]);
				fputc('\n', c->data);
				plotwrite_bound(c, x[i], y[i]);
			}
			npts[idx++] = m;
			total += m;
		}
	plotwrite_end(c);
	if (total == 0) {
		diag_set(c->d, STATUS_DATA, "no row has both values to draw");
		goto fail;
	}
	idx = 0;
	for (k = 0; k < s.n; k++)
		for (j = 0; j < o->ny; j++, idx++) {
			if (npts[idx] == 0)	/* gnuplot would warn */
				continue;
			plotwrite_clause(c, "%s index %zu using 1:2",
			    plotwrite_block(c, "data"), idx);
			plotwrite_style(c, line ? "lines" : "points",
			    (int)(s.name[k] != NULL ? s.id[k] * o->ny + j : j));
			plotwrite_title(c,
			    plotdata_title(
				c, &s, k, o->y[j], o->ny > 1, buf, sizeof(buf)),
			    alone);
		}
	if (o->fit) {	/* the line or curve, and the 95% band */
		band = o->fit != PLOT_FIT_LOWESS;
		plotwrite_begin(c, "fit");
		for (k = 0; k < s.n; k++)
			for (j = 0; j < o->ny; j++) {
				miss = c->missing;
				inf = c->infinite;
				m = plotdata_pairs(c, o->x, o->y[j], s.row[k],
				    s.count[k], x, y);
				c->missing = miss;	/* counted */
				c->infinite = inf;
				if (fit_curve(c, x, y, m, s.row[k], s.count[k],
				    o->y[j], &cv) != 0) {
					diag_at(c->d, NULL, 0,
					    plotdata_name(c, o->y[j]));
					goto fail;
				}
				if (fi++ > 0)
					fputs("\n\n", c->data);
				for (i = 0; i < cv.n; i++) {
					plotwrite_nums(c->data, 4, cv.x[i],
					    cv.y[i], cv.lo[i], cv.hi[i]);
					fputc('\n', c->data);
					plotwrite_bound(c, cv.x[i], cv.y[i]);
					plotwrite_bound(c, NAN, cv.lo[i]);
					plotwrite_bound(c, NAN, cv.hi[i]);
				}
				fit_curve_free(&cv);
			}
		plotwrite_end(c);
		for (idx = 0; idx < fi; idx++) {
			k = idx / o->ny;
			j = idx % o->ny;
			i = (s.name[k] != NULL ? s.id[k] * o->ny + j : j) %
			    PLOTWRITE_NCOLOUR + 1;
			if (!band)
				;	/* lowess: the curve alone */
			else if (o->term == PLOT_DUMB)
				plotwrite_clause(c,
				    "%s index %zu using 1:3 with lines "
				    "ls %zu dt 2 notitle, '' index %zu using "
				    "1:4 with lines ls %zu dt 2 notitle",
				    plotwrite_block(c, "fit"), idx, i, idx, i);
			else
				plotwrite_clause(c,
				    "%s index %zu using 1:3:4 with "
				    "filledcurves ls %zu fs transparent solid "
				    "0.2 noborder notitle",
				    plotwrite_block(c, "fit"), idx, i);
			plotwrite_clause(c,
			    "%s index %zu using 1:2 with lines ls %zu "
			    "lw 2",
			    plotwrite_block(c, "fit"), idx, i);
			plotwrite_title(c, nser == 1 ? fit_name(o, buf,
			    sizeof(buf)) : NULL, nser != 1 || alone);
		}
	}
	plotwrite_endplot(c);
	c->xlabel = o->x != PLOT_NONE ? plotdata_name(c, o->x) : "row";
	c->ylabel = o->ny == 1 ? plotdata_name(c, o->y[0]) : NULL;
	free(x);
	free(y);
	free(npts);
	plotdata_series_free(&s);
	return 0;
fail:
	free(x);
	free(y);
	free(npts);
	plotdata_series_free(&s);
	return -1;
}

/* Every finite value of col over the whole frame, for shared bins. */
static double *
all_values(struct plotwrite *c, size_t col, size_t *n)
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
breaks(struct plotwrite *c, const double *v, size_t n, long bins, size_t col,
    double **br, size_t *nb)
{
	size_t i;

	plotstat_hist_breaks(v, n, bins, br, nb);
	for (i = 0; i < *nb; i++)
		if (!isfinite((*br)[i])) {
			free(*br);
			*br = NULL;
			diag_set(c->d, STATUS_DATA, "the values span too wide "
			    "a range for histogram bins");
			diag_at(c->d, NULL, 0, plotdata_name(c, col));
			return -1;
		}
	return 0;
}

/* hist: counts (or densities) over shared bins, a series per level. */
int
plotnum_hist(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	const size_t *cols;
	size_t ncols = var_cols(o, &cols), nall, nb, nv, k, j, i, idx = 0;
	double *all, *br, *v, *cnt;
	struct plotdata_series s;
	char buf[512];
	int rc;

	for (j = 0; j < ncols; j++)
		if (plotdata_need_num(c, cols[j]) != 0)
			return -1;
	/* bins from every value of the first column, so panels agree */
	all = all_values(c, cols[0], &nall);
	if (nall == 0) {
		free(all);
		diag_set(c->d, STATUS_DATA, "no values to draw");
		return diag_at(c->d, NULL, 0, plotdata_name(c, cols[0]));
	}
	rc = breaks(c, all, nall, o->bins, cols[0], &br, &nb);
	free(all);
	if (rc != 0)
		return -1;
	cnt = xmalloc(nb * sizeof(*cnt));
	plotdata_series(c, &s);
	plotwrite_begin(c, "data");
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++) {
			if (idx++ > 0)
				fputs("\n\n", c->data);
			v = plotdata_values(
			    c, cols[j], s.row[k], s.count[k], &nv);
			plotstat_hist_counts(v, nv, br, nb, cnt);
			for (i = 0; i + 1 < nb; i++) {
				double h = br[i + 1] - br[i];
				double y = o->density ? (nv ? cnt[i] /
				    ((double)nv * h) : 0) : cnt[i];

				plotwrite_nums(c->data, 3,
				    (br[i] + br[i + 1]) / 2, y, h);
				fputc('\n', c->data);
				plotwrite_bound(c, br[i], y);
				plotwrite_bound(c, br[i + 1], 0);
			}
			free(v);
		}
	plotwrite_end(c);
	plotwrite_setting(c, "set style fill %s border lc rgb '%s'\n", idx > 1 ?
	    "transparent solid 0.45" : "solid 0.75", o->dark ? "#1e1e1e" :
	    "#ffffff");
	plotwrite_setting(c, "set yrange [0:*]\n");
	idx = 0;
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++, idx++) {
			plotwrite_clause(c, "%s index %zu using 1:2:3",
			    plotwrite_block(c, "data"), idx);
			plotwrite_style(c, "boxes", (int)(s.name[k] != NULL ?
			    s.id[k] * ncols + j : j));
			plotwrite_title(c,
			    plotdata_title(
				c, &s, k, cols[j], ncols > 1, buf, sizeof(buf)),
			    s.n * ncols == 1);
		}
	plotwrite_endplot(c);
	c->xlabel = ncols == 1 ? plotdata_name(c, cols[0]) : NULL;
	c->ylabel = o->density ? "density" : "count";
	free(cnt);
	free(br);
	plotdata_series_free(&s);
	return 0;
}

enum onevar { ONE_DENSITY, ONE_ECDF, ONE_QQ };

/* density, ecdf, qq: one curve per level and column. */
static int
onevar(struct plotwrite *c, enum onevar what)
{
	const struct plot_opts *o = c->o;
	const size_t *cols;
	size_t ncols = var_cols(o, &cols), k, j, i, nv, idx = 0, lt;
	double *v, *gx, *gy, a, b;
	struct plotdata_series s;
	char buf[512];

	for (j = 0; j < ncols; j++)
		if (plotdata_need_num(c, cols[j]) != 0)
			return -1;
	plotdata_series(c, &s);
	plotwrite_begin(c, "data");
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++) {
			v = plotdata_values(
			    c, cols[j], s.row[k], s.count[k], &nv);
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
				plotdata_series_free(&s);
				return diag_at(
				    c->d, NULL, 0, plotdata_name(c, cols[j]));
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
					plotdata_series_free(&s);
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
				plotwrite_nums(c->data, 2, gx[i], gy[i]);
				fputc('\n', c->data);
				plotwrite_bound(c, gx[i], gy[i]);
			}
			if (what == ONE_QQ) {	/* qqline, across the points */
				plotstat_qqline(v, nv == 0 ? 0 : nv, &a, &b);
				fputs("\n\n", c->data);
				for (i = 0; i < 2; i++) {
					double at = gx[i ? nv - 1 : 0];

					plotwrite_nums(c->data, 2, at,
					    a + b * at);
					fputc('\n', c->data);
					plotwrite_bound(c, at, a + b * at);
				}
				idx++;
			}
			free(gx);
			free(gy);
			free(v);
		}
	plotwrite_end(c);
	idx = 0;
	for (k = 0; k < s.n; k++)
		for (j = 0; j < ncols; j++, idx++) {
			lt = s.name[k] != NULL ? s.id[k] * ncols + j : j;
			plotwrite_clause(c, "%s index %zu using 1:2",
			    plotwrite_block(c, "data"), idx);
			plotwrite_style(c, what == ONE_DENSITY ? "lines" :
			    what == ONE_ECDF ? "steps" : "points", (int)lt);
			plotwrite_title(c,
			    plotdata_title(
				c, &s, k, cols[j], ncols > 1, buf, sizeof(buf)),
			    s.n * ncols == 1);
			if (what == ONE_QQ) {
				plotwrite_clause(c,
				    "%s index %zu using 1:2 with lines "
				    "ls %zu dt 2 notitle",
				    plotwrite_block(c, "data"), ++idx,
				    lt % PLOTWRITE_NCOLOUR + 1);
			}
		}
	plotwrite_endplot(c);
	switch (what) {
	case ONE_DENSITY:
		c->xlabel = ncols == 1 ? plotdata_name(c, cols[0]) : NULL;
		c->ylabel = "density";
		plotwrite_setting(c, "set yrange [0:*]\n");
		break;
	case ONE_ECDF:
		c->xlabel = ncols == 1 ? plotdata_name(c, cols[0]) : NULL;
		c->ylabel = "proportion <= x";
		plotwrite_setting(c, "set yrange [0:1.05]\n");
		break;
	case ONE_QQ:
		c->xlabel = "theoretical quantiles (normal)";
		c->ylabel =
		    ncols == 1 ? plotdata_name(c, cols[0]) : "sample quantiles";
		break;
	}
	plotdata_series_free(&s);
	return 0;
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

/* Has row r a finite value in every -c column? */
static int
complete(const struct plotwrite *c, size_t r)
{
	size_t j;

	for (j = 0; j < c->o->nc; j++)
		if (!isfinite(c->f->col[c->o->c[j]].num[r]))
			return 0;
	return 1;
}

/*
 * One column's diagonal panel data of pairs, a datablock index per group:
 * histograms over the column's shared breaks, or (--diag density) R's
 * density() of the group's values (bw.nrd0, 512 points).  has[g] says
 * whether group g has an index (a density needs two values); 0, or -1
 * with d set.
 */
static int
pairs_diag(struct plotwrite *c, const struct plotdata_series *s, size_t col,
    const double *br, size_t nb, double *v, size_t *idx, int *has)
{
	double *cnt = xmalloc(nb * sizeof(*cnt)), *gx = NULL, *gy = NULL;
	size_t g, i, nv, npts, ndrawn = 0;

	if (c->o->diag == PLOT_DIAG_DENSITY) {
		gx = xmalloc(NGRID * sizeof(*gx));
		gy = xmalloc(NGRID * sizeof(*gy));
	}
	for (g = 0; g < s->n; g++) {
		for (nv = i = 0; i < s->count[g]; i++)
			if (complete(c, s->row[g][i]))
				v[nv++] = c->f->col[col].num[s->row[g][i]];
		has[g] = c->o->diag != PLOT_DIAG_DENSITY || nv >= 2;
		if (!has[g]) {
			diag_warn("%s: %s%s%zu value%s, no density",
			    plotdata_name(c, col), s->name[g] ? s->name[g] : "",
			    s->name[g] ? ": " : "", nv, nv == 1 ? "" : "s");
			continue;
		}
		ndrawn++;
		if ((*idx)++ > 0)
			fputs("\n\n", c->data);
		if (c->o->diag == PLOT_DIAG_DENSITY) {
			if (plotstat_density(v, nv, plotstat_bw_nrd0(v, nv),
			    NGRID, gx, gy, c->d) != 0)
				break;
			npts = NGRID;
		} else {
			plotstat_hist_counts(v, nv, br, nb, cnt);
			npts = nb - 1;
		}
		for (i = 0; i < npts; i++) {
			if (c->o->diag == PLOT_DIAG_DENSITY)
				plotwrite_nums(c->data, 2, gx[i], gy[i]);
			else
				plotwrite_nums(c->data, 3,
				    (br[i] + br[i + 1]) / 2, cnt[i],
				    br[i + 1] - br[i]);
			fputc('\n', c->data);
		}
	}
	free(cnt);
	free(gx);
	free(gy);
	if (g == s->n && ndrawn == 0) {
		diag_set(c->d, STATUS_DATA, "no group has the two values of a "
		    "density");
		return diag_at(c->d, NULL, 0, plotdata_name(c, col));
	}
	return g == s->n ? 0 : -1;
}

/*
 * pairs: a scatter-plot matrix with histograms (or densities) on the
 * diagonal; with --by, the points coloured and a histogram or density
 * per level, overlaid.
 */
int
plotnum_pairs(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	size_t k = o->nc, i, j, r, m = 0, *keep, nb, g, idx = 0, *first;
	double *v, *lo, *hi, *br;
	struct plotdata_series s;
	int keyed, rc = 0, *has;

	for (j = 0; j < k; j++)
		if (plotdata_need_num(c, o->c[j]) != 0)
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
			plotdata_left_out(c, nan);
		else
			keep[m++] = c->rows[i];
	}
	if (m == 0) {
		free(keep);
		return diag_set(c->d, STATUS_DATA, "no row has a value in "
		    "every column");
	}
	plotdata_series(c, &s);
	plotwrite_begin(c, "data");
	for (g = 0; g < s.n; g++) {
		if (g > 0)
			fprintf(c->data, "\n\n");
		for (i = 0; i < s.count[g]; i++) {
			r = s.row[g][i];
			if (!complete(c, r))
				continue;
			for (j = 0; j < k; j++) {
				if (j > 0)
					fputc(' ', c->data);
				plotwrite_num(
				    c->data, c->f->col[o->c[j]].num[r]);
			}
			fputc('\n', c->data);
		}
	}
	plotwrite_end(c);
	v = xmalloc(m * sizeof(*v));
	lo = xmalloc(k * sizeof(*lo));
	hi = xmalloc(k * sizeof(*hi));
	has = xmalloc(k * s.n * sizeof(*has));
	first = xmalloc(k * sizeof(*first));
	plotwrite_begin(c, "hist");
	for (j = 0; j < k && rc == 0; j++) {
		for (i = 0; i < m; i++)
			v[i] = c->f->col[o->c[j]].num[keep[i]];
		if ((rc = breaks(c, v, m, 0, o->c[j], &br, &nb)) != 0)
			break;
		col_range(v, m, br, nb, &lo[j], &hi[j]);
		first[j] = idx;
		rc = pairs_diag(c, &s, o->c[j], br, nb, v, &idx, has + j * s.n);
		free(br);
	}
	plotwrite_end(c);
	if (rc != 0)
		goto done;
	plotwrite_setting(c, "set style fill %s border lc rgb '%s'\n",
	    s.n > 1 ? "transparent solid 0.45" : "solid 0.7",
	    o->dark ? "#1e1e1e" : "#ffffff");
	/* a legend goes right of the matrix, in room kept for it */
	keyed = s.n > 1 && o->legend != PLOT_KEY_OFF;
	fprintf(c->body, "set multiplot layout %zu,%zu margins 0.1,%s,0.1,"
	    "%s spacing 0.02,0.02", k, k, keyed ? "0.84" : "0.97",
	    c->title[0] ? "0.93" : "0.97");
	if (c->title[0]) {
		fputs(" title ", c->body);
		plotwrite_str(c->body, c->title);
	}
	fputs("\n", c->body);
	if (!keyed)
		fputs("unset key\n", c->body);
	else
		fputs("set key at screen 0.99,0.5 right center reverse Left\n",
		    c->body);
	for (i = 0; i < k; i++)
		for (j = 0; j < k; j++) {
			fputs("set xlabel ", c->body);
			plotwrite_str(c->body,
			    i == k - 1 ? plotdata_name(c, o->c[j]) : "");
			fputs("\nset ylabel ", c->body);
			plotwrite_str(
			    c->body, j == 0 ? plotdata_name(c, o->c[i]) : "");
			fprintf(c->body, "\nset format x '%s'\nset format y "
			    "'%s'\nset xrange [%.6g:%.6g]\n", i == k - 1 ?
			    "%g" : "", j == 0 && i != j ? "%g" : "", lo[j],
			    hi[j]);
			if (i == j) {
				fputs("set yrange [0:*]\n", c->body);
				for (idx = first[j], g = 0; g < s.n; g++) {
					if (!has[j * s.n + g])
						continue;
					plotwrite_clause(c, o->diag ==
					    PLOT_DIAG_DENSITY ?
					    "%s index %zu using 1:2 with lines "
					    "ls %zu lw 2 notitle" :
					    "%s index %zu using 1:2:3 with "
					    "boxes ls %zu notitle",
					    plotwrite_block(c, "hist"), idx++,
					    s.id[g] % PLOTWRITE_NCOLOUR + 1);
				}
			} else {
				fprintf(c->body, "set yrange [%.6g:%.6g]\n",
				    lo[i], hi[i]);
				for (g = 0; g < s.n; g++) {
					plotwrite_clause(c,
					    "%s index %zu using %zu:%zu",
					    plotwrite_block(c, "data"), g,
					    j + 1, i + 1);
					plotwrite_style(
					    c, "points", (int)s.id[g]);
					/* the legend once */
					plotwrite_title(c, s.name[g],
					    !keyed || !(i == 1 && j == 0));
				}
			}
			plotwrite_endplot(c);
			if (keyed && i == 1 && j == 0)
				fputs("unset key\n", c->body);
		}
	fputs("unset multiplot\n", c->body);
	c->own_multiplot = 1;
	c->key = NULL;
done:
	free(v);
	free(lo);
	free(hi);
	free(keep);
	free(has);
	free(first);
	plotdata_series_free(&s);
	return rc == 0 ? 0 : -1;
}

static const char *const resid_cols[4] = { "fitted", "residual",
    "std_residual", "hat" };

#define NID	3	/* points labelled in each panel, as plot.lm's id.n */
#define NCOOK	101	/* points of a Cook's distance contour */

/* The residual panels' values: complete rows of the four columns. */
struct resid {
	size_t	  n;
	double	 *fv, *r, *sr, *h;	/* fitted, residual, standardized, hat */
	size_t	 *row;			/* the data row (1-based), the label */
};

/* The NID indices of the largest key[i] (ties: the first), as
 * order(-key)[1:3]; how many (n may be smaller). */
static size_t
top_ids(const double *key, size_t n, size_t *id)
{
	size_t k, i, j, m = n < NID ? n : NID;
	int taken;

	for (k = 0; k < m; k++) {
		id[k] = (size_t)-1;
		for (i = 0; i < n; i++) {
			for (taken = 0, j = 0; j < k; j++)
				taken |= id[j] == i;
			if (!taken && (id[k] == (size_t)-1 || key[i] > key[id[k]]))
				id[k] = i;
		}
	}
	return m;
}

/* Labels at (x[i], y[i]) of the points id, one index of $ids. */
static void
resid_labels(struct plotwrite *c, const struct resid *rs, const double *x,
    const double *y, const size_t *id, size_t m)
{
	char num[32];
	size_t k;

	for (k = 0; k < m; k++) {
		plotwrite_nums(c->data, 2, x[id[k]], y[id[k]]);
		snprintf(num, sizeof(num), " \"%zu\"\n", rs->row[id[k]]);
		fputs(num, c->data);
	}
}

/* lowess(x, y) of panel.smooth as one index of $smooth (n >= 1). */
static int
resid_smooth(struct plotwrite *c, const double *x, const double *y, size_t n)
{
	double *sx = xmalloc((n ? n : 1) * sizeof(*sx));
	double *sy = xmalloc((n ? n : 1) * sizeof(*sy));
	size_t i;
	int rc = smooth_lowess(x, y, n, 2.0 / 3, 3, -1, sx, sy, c->d);

	for (i = 0; rc == 0 && i < n; i++) {
		plotwrite_nums(c->data, 2, sx[i], sy[i]);
		fputc('\n', c->data);
	}
	free(sx);
	free(sy);
	return rc;
}

/* Panel k's smoother (in colour smooth, or none) and labels. */
static void
resid_clauses(struct plotwrite *c, int k, const char *smooth,
    const char *fg)
{
	if (smooth != NULL)
		plotwrite_clause(c, "%s index %d using 1:2 with lines lw 1.5 "
		    "lc rgb '%s' notitle", plotwrite_block(c, "smooth"),
		    k == 0 ? 0 : k - 1, smooth);
	plotwrite_clause(c, "%s index %d using 1:2:3 with labels left "
	    "offset char 0.5,0 tc rgb '%s' notitle",
	    plotwrite_block(c, "ids"), k, fg);
}

/* Read the complete rows of the four columns into rs. */
static void
resid_read(struct plotwrite *c, const size_t *col, struct resid *rs)
{
	size_t nr = c->nrows ? c->nrows : 1, i, j, r;
	double v[4];

	rs->fv = xmalloc(nr * sizeof(*rs->fv));
	rs->r = xmalloc(nr * sizeof(*rs->r));
	rs->sr = xmalloc(nr * sizeof(*rs->sr));
	rs->h = xmalloc(nr * sizeof(*rs->h));
	rs->row = xmalloc(nr * sizeof(*rs->row));
	for (rs->n = i = 0; i < c->nrows; i++) {
		int nan = 0, inf = 0;

		r = c->rows[i];
		for (j = 0; j < 4; j++) {
			v[j] = c->f->col[col[j]].num[r];
			nan |= isnan(v[j]);
			inf |= isinf(v[j]);
		}
		if (nan || inf) {
			plotdata_left_out(c, nan);
			continue;
		}
		rs->fv[rs->n] = v[0];
		rs->r[rs->n] = v[1];
		rs->sr[rs->n] = v[2];
		rs->h[rs->n] = v[3];
		rs->row[rs->n++] = r + 1;
	}
}

static void
resid_free(struct resid *rs)
{
	free(rs->fv);
	free(rs->r);
	free(rs->sr);
	free(rs->h);
	free(rs->row);
}

/* The smoothers, Cook's contours and labels of the panels as datablocks;
 * xmax the leverage axis' end.  0, or -1 with d set. */
static int
resid_blocks(struct plotwrite *c, const struct resid *rs, double p,
    double xmax)
{
	size_t n = rs->n, i, k, m, id[NID], rank;
	double *a = xmalloc(n * sizeof(*a)), *b = xmalloc(n * sizeof(*b));
	double *qx = xmalloc(n * sizeof(*qx)), *qy = xmalloc(n * sizeof(*qy));
	double hmin = HUGE_VAL, hmax = 0, hh, *hx, *hy;
	int rc;

	plotwrite_begin(c, "smooth");
	rc = resid_smooth(c, rs->fv, rs->r, n);
	fputs("\n\n", c->data);
	for (i = 0; i < n; i++)
		a[i] = sqrt(fabs(rs->sr[i]));
	if (rc == 0)
		rc = resid_smooth(c, rs->fv, a, n);
	fputs("\n\n", c->data);
	/* R leaves out a leverage of 1 (its residual is 0 by force) */
	hx = xmalloc(n * sizeof(*hx));
	hy = xmalloc(n * sizeof(*hy));
	for (m = i = 0; i < n; i++)
		if (rs->h[i] < 1) {
			hx[m] = rs->h[i];
			hy[m++] = rs->sr[i];
		}
	if (rc == 0 && m > 0)
		rc = resid_smooth(c, hx, hy, m);
	free(hx);
	free(hy);
	plotwrite_end(c);
	/* Cook's distance D: r = +-sqrt(D p (1 - h) / h) over the axis */
	for (i = 0; i < n; i++) {
		hmin = fmin(hmin, rs->h[i]);
		hmax = fmax(hmax, rs->h[i]);
	}
	plotwrite_begin(c, "cook");
	for (k = 0; k < 4; k++) {
		if (k > 0)
			fputs("\n\n", c->data);
		for (i = 0; i < NCOOK; i++) {
			double lo = fmin(hmin, hmax / 100), cd;

			hh = lo + (xmax - lo) * (double)i / (NCOOK - 1);
			cd = sqrt((k < 2 ? 0.5 : 1) * p * (1 - hh) / hh);
			plotwrite_nums(c->data, 2, hh, k % 2 ? -cd : cd);
			fputc('\n', c->data);
		}
	}
	plotwrite_end(c);
	/* the labels: the largest |residual|, |standardized residual|
	 * (Q-Q and scale-location) and Cook's distance */
	plotwrite_begin(c, "ids");
	for (i = 0; i < n; i++)
		a[i] = fabs(rs->r[i]);
	m = top_ids(a, n, id);
	resid_labels(c, rs, rs->fv, rs->r, id, m);
	fputs("\n\n", c->data);
	for (i = 0; i < n; i++)
		a[i] = fabs(rs->sr[i]);
	m = top_ids(a, n, id);
	/* a point's place on the Q-Q plot: its rank, ties in row order */
	plotstat_qqnorm(rs->sr, n, qx, qy);
	for (k = 0; k < m; k++) {
		for (rank = i = 0; i < n; i++)
			rank += rs->sr[i] < rs->sr[id[k]] ||
			    (i < id[k] && rs->sr[i] == rs->sr[id[k]]);
		b[id[k]] = qx[rank];
	}
	resid_labels(c, rs, b, rs->sr, id, m);
	fputs("\n\n", c->data);
	for (i = 0; i < n; i++)
		b[i] = sqrt(fabs(rs->sr[i]));
	resid_labels(c, rs, rs->fv, b, id, m);
	fputs("\n\n", c->data);
	for (i = 0; i < n; i++)
		a[i] = rs->h[i] < 1 ? rs->sr[i] * rs->sr[i] * rs->h[i] /
		    (p * (1 - rs->h[i])) : -1;
	m = top_ids(a, n, id);
	resid_labels(c, rs, rs->h, rs->sr, id, m);
	plotwrite_end(c);
	free(a);
	free(b);
	free(qx);
	free(qy);
	return rc;
}

/*
 * residuals: R's plot(lm) panels from regress --augment output, each
 * with what plot.lm adds: the lowess smoother (panel.smooth), the three
 * most extreme points labelled by row, Cook's distance contours 0.5 and
 * 1 above and below on residuals against leverage.
 */
int
plotnum_residuals(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	size_t col[4], i, j;
	struct resid rs;
	double *qx, *qy, a, b, p = 0, hmax = 0, ylo, yhi, xmax;
	const char *fg = o->dark ? "#bbbbbb" : "#555555";
	const char *red = "#d62728";

	if (o->nc != 0 && o->nc != 4)
		return diag_set(c->d, STATUS_USAGE, "residuals: -c takes four "
		    "columns: fitted, residual, std_residual, hat");
	for (j = 0; j < 4; j++) {
		col[j] = o->nc == 4 ? o->c[j] :
		    plotdata_find_col(c->f, resid_cols[j]);
		if (col[j] == PLOT_NONE)
			return diag_set(c->d, STATUS_USAGE, "residuals needs "
			    "the columns fitted,residual,std_residual,hat of "
			    "'regress --augment' (no \"%s\"); or name them "
			    "with -c", resid_cols[j]);
		if (plotdata_need_num(c, col[j]) != 0)
			return -1;
	}
	resid_read(c, col, &rs);
	if (rs.n < 2) {
		resid_free(&rs);
		return diag_set(c->d, STATUS_DATA, "%zu complete rows, need at "
		    "least 2", rs.n);
	}
	plotwrite_begin(c, "data");
	for (i = 0; i < rs.n; i++) {
		plotwrite_nums(c->data, 4, rs.fv[i], rs.r[i], rs.sr[i], rs.h[i]);
		fputc('\n', c->data);
		p += rs.h[i];
		hmax = fmax(hmax, rs.h[i]);
	}
	plotwrite_end(c);
	qx = xmalloc(rs.n * sizeof(*qx));
	qy = xmalloc(rs.n * sizeof(*qy));
	plotstat_qqnorm(rs.sr, rs.n, qx, qy);
	plotstat_qqline(rs.sr, rs.n, &a, &b);
	plotwrite_begin(c, "qq");
	for (i = 0; i < rs.n; i++) {
		plotwrite_nums(c->data, 2, qx[i], qy[i]);
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	/* the parameters: the trace of the hat matrix */
	p = floor(p + 0.5);
	xmax = hmax * 1.08;
	if (resid_blocks(c, &rs, p, xmax) != 0) {
		free(qx);
		free(qy);
		resid_free(&rs);
		return -1;
	}
	fputs("set multiplot layout 2,2", c->body);
	if (c->title[0]) {
		fputs(" title ", c->body);
		plotwrite_str(c->body, c->title);
	}
	fprintf(c->body, "\nunset key\n"
	    "set title 'Residuals vs Fitted'\n"
	    "set xlabel 'fitted values'\nset ylabel 'residuals'\n");
	plotwrite_clause(c, "%s using 1:2 with points ls 1 notitle",
	    plotwrite_block(c, "data"));
	plotwrite_clause(c, "0 with lines dt 2 lc rgb '%s' notitle", fg);
	resid_clauses(c, 0, red, fg);
	plotwrite_endplot(c);
	fprintf(c->body, "set title 'Normal Q-Q'\n"
	    "set xlabel 'theoretical quantiles'\n"
	    "set ylabel 'standardized residuals'\n");
	plotwrite_clause(c, "%s using 1:2 with points ls 1 notitle",
	    plotwrite_block(c, "qq"));
	plotwrite_clause(c,
	    "%.10g + %.10g * x with lines dt 2 lc rgb '%s' notitle", a, b, fg);
	resid_clauses(c, 1, NULL, fg);
	plotwrite_endplot(c);
	fprintf(c->body, "set title 'Scale-Location'\n"
	    "set xlabel 'fitted values'\n"
	    "set ylabel 'sqrt(|standardized residuals|)'\n");
	plotwrite_clause(c,
	    "%s using 1:(sqrt(abs($3))) with points ls 1 notitle",
	    plotwrite_block(c, "data"));
	resid_clauses(c, 2, red, fg);
	plotwrite_endplot(c);
	ylo = qy[0] - 0.08 * (qy[rs.n - 1] - qy[0]);
	yhi = qy[rs.n - 1] + 0.08 * (qy[rs.n - 1] - qy[0]);
	fprintf(c->body, "set title 'Residuals vs Leverage'\n"
	    "set xlabel 'leverage'\nset ylabel 'standardized residuals'\n"
	    "set xrange [0:%.6g]\nset yrange [%.6g:%.6g]\n", xmax, ylo, yhi);
	/* the contours labelled at the right edge, as R does */
	for (i = 0; i < 4; i++) {
		double dd = i < 2 ? 0.5 : 1, at = sqrt(dd * p * (1 - xmax) /
		    xmax) * (i % 2 ? -1 : 1);

		if (at > ylo && at < yhi)
			fprintf(c->body, "set label %zu 'Cook''s %g' at %.6g,"
			    "%.6g right offset 0,%s tc rgb '%s'\n", i + 1,
			    dd, xmax, at, at > 0 ? "-0.8" : "0.8", red);
	}
	plotwrite_clause(c, "%s using 4:3 with points ls 1 notitle",
	    plotwrite_block(c, "data"));
	for (i = 0; i < 4; i++)
		plotwrite_clause(c, "%s index %zu using 1:2 with lines dt %d "
		    "lc rgb '%s' notitle", plotwrite_block(c, "cook"), i,
		    i < 2 ? 2 : 3, red);
	resid_clauses(c, 3, red, fg);
	plotwrite_endplot(c);
	fputs("unset label\n", c->body);
	fputs("unset multiplot\n", c->body);
	c->own_multiplot = 1;
	c->key = NULL;
	free(qx);
	free(qy);
	resid_free(&rs);
	return 0;
}

int
plotnum_scatter(struct plotwrite *c)
{
	return xy(c, 0);
}

int
plotnum_line(struct plotwrite *c)
{
	return xy(c, 1);
}

int
plotnum_density(struct plotwrite *c)
{
	return onevar(c, ONE_DENSITY);
}

int
plotnum_ecdf(struct plotwrite *c)
{
	return onevar(c, ONE_ECDF);
}

int
plotnum_qq(struct plotwrite *c)
{
	return onevar(c, ONE_QQ);
}
