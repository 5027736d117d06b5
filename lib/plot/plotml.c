/*
 * plotml: the kinds of chart of the learners' output: roc (the ROC curve
 * of probabilities against the truth, with metrics' AUC), importance
 * (tree's and forest's variable importance as bars), scree (pca's
 * proportions of variance) and biplot (R's biplot of a PCA run here).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "learn/metrics.h"
#include "learn/pca.h"
#include "plot/plotdata.h"
#include "plot/plotml.h"
#include "plot/plotwrite.h"

/* The column given by the option, else the one named dflt (PLOT_NONE if
 * neither). */
static size_t
given_or_named(const struct plotwrite *c, size_t given, const char *dflt)
{
	return given != PLOT_NONE ? given : plotdata_find_col(c->f, dflt);
}

/* ---- roc ---- */

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The rows of the truth that are the positive class (1), the others (0),
 * or missing (2), by metrics' rule: the classes sorted by their bytes,
 * the last one positive unless --positive names one.
 */
static int
roc_truth(struct plotwrite *c, size_t tc, unsigned char *y)
{
	struct frame_col *fc = &c->f->col[tc];
	size_t nl, k, i;
	const char **lev, *pos;

	frame_factor(c->f, tc);
	nl = group_table_count(fc->levels);
	if (nl < 2) {
		diag_set(c->d, STATUS_DATA, "%zu class%s: a ROC curve needs "
		    "2 or more", nl, nl == 1 ? "" : "es");
		return diag_at(c->d, NULL, 0, fc->name);
	}
	lev = xmalloc(nl * sizeof(*lev));
	for (k = 0; k < nl; k++)
		lev[k] = group_table_key(fc->levels, k, 0);
	qsort(lev, nl, sizeof(*lev), cmp_str);
	pos = lev[nl - 1];
	if (c->o->positive != NULL) {
		for (k = 0; k < nl && strcmp(lev[k], c->o->positive) != 0; k++)
			;
		if (k == nl) {
			free(lev);
			return diag_set(c->d, STATUS_USAGE, "--positive: \"%s\" "
			    "is not a class of \"%s\"", c->o->positive,
			    fc->name);
		}
		pos = lev[k];
	}
	for (i = 0; i < c->f->nrows; i++)
		y[i] = fc->code[i] == FRAME_NA_CODE ? 2 :
		    strcmp(group_table_key(fc->levels, fc->code[i], 0),
		    pos) == 0;
	free(lev);
	return 0;
}

/* Scores (arg) from the largest down (ties in any order: a tie is one
 * step). */
static int
cmp_desc(const void *a, const void *b, void *arg)
{
	const double *s = arg;
	double x = s[*(const size_t *)a], y = s[*(const size_t *)b];

	return (x < y) - (x > y);
}

/* The curve's points (FPR, TPR) after each distinct score, from (0, 0). */
static void
roc_curve(FILE *fp, const double *s, const unsigned char *y, size_t n,
    double n1, double n0)
{
	size_t *ord = xmalloc((n ? n : 1) * sizeof(*ord)), i;
	double tp = 0, fp_ = 0;

	for (i = 0; i < n; i++)
		ord[i] = i;
	qsort_r(ord, n, sizeof(*ord), cmp_desc, (void *)s);
	plotwrite_nums(fp, 2, 0.0, 0.0);
	fputc('\n', fp);
	for (i = 0; i < n; i++) {
		if (y[ord[i]])
			tp++;
		else
			fp_++;
		if (i + 1 < n && s[ord[i + 1]] == s[ord[i]])
			continue;
		plotwrite_nums(fp, 2, fp_ / n0, tp / n1);
		fputc('\n', fp);
	}
	free(ord);
}

/* roc: -x truth, -y probabilities of the positive class, a curve each. */
int
plotml_roc(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	unsigned char *y = xmalloc(c->f->nrows + 1), *yy;
	double *s, v, n1, n0, auc, var;
	size_t i, j, r, n;
	char num[NUM_BUFSZ], buf[512];
	int rc = -1;

	s = xmalloc((c->f->nrows + 1) * sizeof(*s));
	yy = xmalloc(c->f->nrows + 1);
	if (roc_truth(c, o->x, y) != 0)
		goto done;
	for (j = 0; j < o->ny; j++)
		if (plotdata_need_num(c, o->y[j]) != 0)
			goto done;
	plotwrite_begin(c, "data");
	for (j = 0; j < o->ny; j++) {
		for (i = n = 0, n1 = 0; i < c->nrows; i++) {
			r = c->rows[i];
			v = c->f->col[o->y[j]].num[r];
			if (y[r] == 2 || isnan(v)) {
				plotdata_left_out(c, 1);
				continue;
			}
			if (v < 0 || v > 1) {	/* as metrics */
				diag_set(c->d, STATUS_DATA, "%.17g is not a "
				    "probability", v);
				frame_where(c->f, r, c->d);
				diag_column(c->d, plotdata_name(c, o->y[j]));
				goto done;
			}
			s[n] = v;
			yy[n] = y[r];
			n1 += y[r];
			n++;
		}
		n0 = (double)n - n1;
		if (n1 == 0 || n0 == 0) {
			diag_set(c->d, STATUS_DATA, "no row of the %s class "
			    "has a probability", n1 == 0 ? "positive" :
			    "other");
			diag_column(c->d, plotdata_name(c, o->y[j]));
			goto done;
		}
		auc = metrics_auc(s, yy, n, &var);
		if (j > 0)
			fputs("\n\n", c->data);
		roc_curve(c->data, s, yy, n, n1, n0);
		/* the AUC as metrics prints it for people: 7 digits */
		num_format(auc, 7, num);
		if (o->ny == 1)
			snprintf(buf, sizeof(buf), "AUC = %s", num);
		else
			snprintf(buf, sizeof(buf), "%s: AUC = %s",
			    plotdata_name(c, o->y[j]), num);
		plotwrite_clause(c, "%s index %zu using 1:2",
		    plotwrite_block(c, "data"), j);
		plotwrite_style(c, "lines", (int)j);
		plotwrite_title(c, buf, 0);
	}
	plotwrite_end(c);
	plotwrite_clause(c, "x with lines dt 2 lc rgb '%s' notitle",
	    o->dark ? "#888888" : "#999999");
	plotwrite_endplot(c);
	plotwrite_setting(c, "set xrange [0:1]\nset yrange [0:1]\n");
	c->xlabel = "false positive rate";
	c->ylabel = "true positive rate";
	rc = 0;
done:
	free(y);
	free(yy);
	free(s);
	return rc;
}

/* ---- importance ---- */

/* Values (arg) smallest first (drawn from the bottom up), ties by row. */
static int
cmp_asc(const void *a, const void *b, void *arg)
{
	const double *v = arg;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	double x = v[i], y = v[j];

	return x != y ? (x > y) - (x < y) : (i > j) - (i < j);
}

/* importance: a horizontal bar per variable, the largest on top. */
int
plotml_importance(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	size_t lc = given_or_named(c, o->x, "variable");
	size_t vc = given_or_named(c, o->ny ? o->y[0] : PLOT_NONE,
	    "importance");
	size_t *ord, i, m = 0;
	const double *v;

	if (lc == PLOT_NONE || vc == PLOT_NONE)
		return diag_set(c->d, STATUS_USAGE, "importance needs the "
		    "columns variable,importance of 'tree --importance' or "
		    "'forest --importance' (no \"%s\"); or name them with -x "
		    "and -y", lc == PLOT_NONE ? "variable" : "importance");
	if (plotdata_need_num(c, vc) != 0)
		return -1;
	v = c->f->col[vc].num;
	ord = xmalloc((c->nrows ? c->nrows : 1) * sizeof(*ord));
	for (i = 0; i < c->nrows; i++)
		if (isfinite(v[c->rows[i]]))
			ord[m++] = c->rows[i];
		else
			plotdata_left_out(c, isnan(v[c->rows[i]]));
	if (m == 0) {
		free(ord);
		diag_set(c->d, STATUS_DATA, "no values to draw");
		return diag_at(c->d, NULL, 0, plotdata_name(c, vc));
	}
	qsort_r(ord, m, sizeof(*ord), cmp_asc, (void *)v);
	plotwrite_begin(c, "data");
	for (i = 0; i < m; i++) {
		plotwrite_num(c->data, v[ord[i]]);
		fputc(' ', c->data);
		plotwrite_text(c->data, plotdata_text(c, lc, ord[i]));
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	plotwrite_setting(c, "set style fill solid 0.75 border lc rgb '%s'\n"
	    "set yrange [-0.6:%zu.4]\nset ytics scale 0\n", o->dark ? "#1e1e1e" : "#ffffff", m - 1);
	plotwrite_clause(c, "%s using ($1/2):0:(abs($1)/2):(0.35):"
	    "yticlabels(2) with boxxyerror ls 1",
	    plotwrite_block(c, "data"));
	plotwrite_colour(c);
	fputs(" notitle", c->body);
	plotwrite_endplot(c);
	c->xlabel = plotdata_name(c, vc);
	c->ylabel = "";
	c->key = NULL;
	free(ord);
	return 0;
}

/* ---- scree ---- */

/* scree: pca's proportion of variance as bars, the cumulative as a line. */
int
plotml_scree(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	size_t bc = given_or_named(c, o->ny ? o->y[0] : PLOT_NONE,
	    "proportion");
	size_t lc = o->ny == 1 ? PLOT_NONE : given_or_named(c,
	    o->ny > 1 ? o->y[1] : PLOT_NONE, "cumulative");
	size_t xc = given_or_named(c, o->x, "component"), i, r, m = 0;
	double b, l;

	if (o->ny > 2)
		return diag_set(c->d, STATUS_USAGE, "scree takes at most two "
		    "-y columns: the bars and the cumulative line");
	if (bc == PLOT_NONE)
		return diag_set(c->d, STATUS_USAGE, "scree needs the columns "
		    "component,proportion,cumulative of 'pca' (no "
		    "\"proportion\"); or name them with -x and -y");
	if (plotdata_need_num(c, bc) != 0 ||
	    (lc != PLOT_NONE && plotdata_need_num(c, lc) != 0))
		return -1;
	plotwrite_begin(c, "data");
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		b = c->f->col[bc].num[r];
		l = lc != PLOT_NONE ? c->f->col[lc].num[r] : NAN;
		if (!isfinite(b)) {
			plotdata_left_out(c, isnan(b));
			continue;
		}
		plotwrite_nums(c->data, 3, (double)++m, b, l);
		fputc(' ', c->data);
		if (xc != PLOT_NONE)
			plotwrite_text(c->data, plotdata_text(c, xc, r));
		else
			fprintf(c->data, "\"%zu\"", m);
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	if (m == 0) {
		diag_set(c->d, STATUS_DATA, "no values to draw");
		return diag_at(c->d, NULL, 0, plotdata_name(c, bc));
	}
	plotwrite_setting(c, "set style fill solid 0.75 border lc rgb '%s'\n"
	    "set xrange [0.4:%zu.6]\nset yrange [0:*]\nset xtics scale 0\n",
	    o->dark ? "#1e1e1e" : "#ffffff", m);
	plotwrite_clause(c, "%s using 1:2:(0.7):xticlabels(4)",
	    plotwrite_block(c, "data"));
	plotwrite_style(c, "boxes", 0);
	plotwrite_title(c, plotdata_name(c, bc), lc == PLOT_NONE);
	if (lc != PLOT_NONE) {
		plotwrite_clause(c, "%s using 1:3 with linespoints ls 2 pt 7",
		    plotwrite_block(c, "data"));
		plotwrite_title(c, plotdata_name(c, lc), 0);
	}
	plotwrite_endplot(c);
	c->xlabel = xc != PLOT_NONE ? plotdata_name(c, xc) : "component";
	c->ylabel = o->ny == 0 ? "proportion of variance" :
	    plotdata_name(c, bc);
	return 0;
}

/* ---- biplot ---- */

/* The PCA of the complete rows of -c; the scores of every row (NaN where
 * a value is missing) into sc (2 per row). */
static int
biplot_fit(struct plotwrite *c, struct pca_result *pr, double *sc)
{
	const struct plot_opts *o = c->o;
	struct pca_opts po = { .center = 1, .scale = o->scale, .rank = 2 };
	size_t p = o->nc, n = 0, i, j, r;
	double *x = xmalloc((c->nrows ? c->nrows : 1) * p * sizeof(*x));
	double out[2];
	char **names = xmalloc(p * sizeof(*names));
	struct pca_acc a;
	struct pca_part q;
	int rc, nan, inf;

	for (j = 0; j < p; j++)
		names[j] = c->f->col[o->c[j]].name;
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		nan = inf = 0;
		for (j = 0; j < p; j++) {
			x[n * p + j] = c->f->col[o->c[j]].num[r];
			nan |= isnan(x[n * p + j]);
			inf |= isinf(x[n * p + j]);
		}
		if (nan || inf)
			plotdata_left_out(c, nan);
		else
			n++;
	}
	pca_acc_init(&a, p);
	pca_acc_add(&a, x, n);
	pca_acc_done(&a, &q);
	rc = pca_from_moments(&q, p, names, &po, pr, c->d);
	free(q.mean);
	free(q.m2);
	free(names);
	free(x);
	if (rc != 0)
		return -1;
	if (pr->ncomp < 2 || pr->sdev[1] == 0) {
		diag_set(c->d, STATUS_DATA, "biplot needs two components of "
		    "some variance (%zu rows, %zu columns)", pr->n, p);
		pca_result_free(pr);
		return -1;
	}
	x = xmalloc(p * sizeof(*x));
	for (r = 0; r < c->f->nrows; r++) {
		sc[2 * r] = sc[2 * r + 1] = NAN;
		for (j = 0; j < p; j++)
			x[j] = c->f->col[o->c[j]].num[r];
		for (j = 0; j < p && isfinite(x[j]); j++)
			;
		if (j < p)
			continue;
		pca_project(pr, x, out);
		sc[2 * r] = out[0];
		sc[2 * r + 1] = out[1];
	}
	free(x);
	return 0;
}

/* R's unsigned.range of biplot.default: (-|min|, |max|) of n values. */
static void
unsigned_range(const double *v, size_t n, size_t stride, double rg[2])
{
	double lo = HUGE_VAL, hi = -HUGE_VAL;
	size_t i;

	for (i = 0; i < n; i++)
		if (!isnan(v[i * stride])) {
			lo = fmin(lo, v[i * stride]);
			hi = fmax(hi, v[i * stride]);
		}
	rg[0] = -fabs(lo);
	rg[1] = fabs(hi);
}

/*
 * biplot: as R's biplot(prcomp(x, scale. = --scale)) with scale = 1: the
 * scores of PC1 and PC2 divided by lambda = sdev sqrt(n), the loadings
 * multiplied by it, drawn as arrows (to 0.8 of their length, the name at
 * the tip) on their own axes (top and right), scaled by R's ratio.
 */
int
plotml_biplot(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	size_t i, j, k, r, nf = c->f->nrows, p = o->nc;
	double *sc, *ld, lam[2], rx1[2], rx2[2], ry1[2], ry2[2], lim[2];
	double ratio = 0;
	struct pca_result pr;
	struct plotdata_series s;

	for (j = 0; j < p; j++)
		if (plotdata_need_num(c, o->c[j]) != 0)
			return -1;
	sc = xmalloc((nf ? nf : 1) * 2 * sizeof(*sc));
	if (biplot_fit(c, &pr, sc) != 0) {
		free(sc);
		return -1;
	}
	ld = xmalloc(p * 2 * sizeof(*ld));
	for (k = 0; k < 2; k++)
		lam[k] = pr.sdev[k] * sqrt((double)pr.n);
	for (r = 0; r < nf; r++)
		for (k = 0; k < 2; k++)
			sc[2 * r + k] /= lam[k];
	for (j = 0; j < p; j++)
		for (k = 0; k < 2; k++)
			ld[2 * j + k] = pr.rotation[j * pr.ncomp + k] * lam[k];
	unsigned_range(sc, nf, 2, rx1);
	unsigned_range(sc + 1, nf, 2, rx2);
	unsigned_range(ld, p, 2, ry1);
	unsigned_range(ld + 1, p, 2, ry2);
	lim[0] = fmin(rx1[0], rx2[0]);
	lim[1] = fmax(rx1[1], rx2[1]);
	for (k = 0; k < 2; k++) {
		ratio = fmax(ratio, fmax(ry1[k] / lim[k], ry2[k] / lim[k]));
	}
	plotdata_series(c, &s);
	plotwrite_begin(c, "data");
	for (k = 0; k < s.n; k++) {
		if (k > 0)
			fputs("\n\n", c->data);
		for (i = 0; i < s.count[k]; i++) {
			r = s.row[k][i];
			if (isnan(sc[2 * r]))
				continue;
			plotwrite_nums(c->data, 2, sc[2 * r], sc[2 * r + 1]);
			fputc('\n', c->data);
		}
	}
	plotwrite_end(c);
	plotwrite_begin(c, "vars");
	for (j = 0; j < p; j++) {
		plotwrite_nums(c->data, 2, ld[2 * j], ld[2 * j + 1]);
		fputc(' ', c->data);
		plotwrite_text(c->data, plotdata_name(c, o->c[j]));
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	plotwrite_setting(c, "set border 15\nset xrange [%.10g:%.10g]\n"
	    "set yrange [%.10g:%.10g]\nset x2range [%.10g:%.10g]\n"
	    "set y2range [%.10g:%.10g]\nset x2tics\nset y2tics\n", lim[0],
	    lim[1], lim[0], lim[1], lim[0] * ratio, lim[1] * ratio,
	    lim[0] * ratio, lim[1] * ratio);
	for (k = 0; k < s.n; k++) {
		plotwrite_clause(c, "%s index %zu using 1:2",
		    plotwrite_block(c, "data"), k);
		plotwrite_style(c, "points", (int)s.id[k]);
		plotwrite_title(c, s.name[k], s.n == 1);
	}
	plotwrite_clause(c, "%s using (0):(0):($1*0.8):($2*0.8) axes x2y2 "
	    "with vectors head filled lc rgb '#d62728' notitle",
	    plotwrite_block(c, "vars"));
	plotwrite_clause(c, "%s using 1:2:3 axes x2y2 with labels "
	    "tc rgb '#d62728' notitle", plotwrite_block(c, "vars"));
	plotwrite_endplot(c);
	c->xlabel = "PC1";
	c->ylabel = "PC2";
	pca_result_free(&pr);
	plotdata_series_free(&s);
	free(sc);
	free(ld);
	return 0;
}

/* ---- path and cv: glmnet's fits (regress --penalty) ---- */

/* The column named name, which the kind needs, or a usage error. */
static size_t
needed(struct plotwrite *c, const char *kind, const char *name,
    const char *from)
{
	size_t k = plotdata_find_col(c->f, name);

	if (k == PLOT_NONE)
		diag_set(c->d, STATUS_USAGE, "%s needs the columns %s of "
		    "'regress --penalty' (no \"%s\")", kind, from, name);
	else if (plotdata_need_num(c, k) != 0)
		return PLOT_NONE;
	return k;
}

/* The top axis: count (df, nzero) at about 8 of the rows' log lambdas. */
static void
count_axis(struct plotwrite *c, const double *x, const double *n, size_t m,
    const char *label)
{
	size_t i, step = m > 8 ? (m + 7) / 8 : 1;

	plotwrite_setting(c, "set link x2\nset x2label '%s'\nset x2tics "
	    "scale 0 (", label);
	for (i = 0; i < m; i += step)
		plotwrite_setting(c, "%s'%.0f' %.17g", i ? ", " : "", n[i],
		    x[i]);
	plotwrite_setting(c, ")\nset xtics nomirror\n");
}

/*
 * path: R's plot.glmnet(xvar = "lambda"): each coefficient (the intercept
 * apart, or the -y columns) against log lambda, the number of non-zero
 * ones on the top axis.
 */
int
plotml_path(struct plotwrite *c)
{
	const struct plot_opts *o = c->o;
	const char *cols = "lambda,df,dev_ratio,(Intercept),...";
	size_t lc, dc, rc, j, i, r, m = 0, ns = 0, *ser;
	double *x, *df;

	if ((lc = needed(c, "path", "lambda", cols)) == PLOT_NONE ||
	    (dc = needed(c, "path", "df", cols)) == PLOT_NONE ||
	    (rc = needed(c, "path", "dev_ratio", cols)) == PLOT_NONE)
		return -1;
	/* the series: -y, or every coefficient but the intercept */
	ser = xmalloc((c->f->ncols + 1) * sizeof(size_t));
	for (j = 0; j < (o->ny ? o->ny : c->f->ncols); j++)
		if (o->ny || (j > rc && strcmp(c->f->col[j].name,
		    "(Intercept)") != 0))
			ser[ns++] = o->ny ? o->y[j] : j;
	for (j = 0; j < ns; j++)
		if (plotdata_need_num(c, ser[j]) != 0) {
			free(ser);
			return -1;
		}
	x = xmalloc((c->nrows + 1) * sizeof(double));
	df = xmalloc((c->nrows + 1) * sizeof(double));
	plotwrite_begin(c, "data");
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		if (!(c->f->col[lc].num[r] > 0)) {
			plotdata_left_out(c, isnan(c->f->col[lc].num[r]));
			continue;
		}
		x[m] = log(c->f->col[lc].num[r]);
		df[m] = c->f->col[dc].num[r];
		plotwrite_num(c->data, x[m++]);
		for (j = 0; j < ns; j++) {
			fputc(' ', c->data);
			plotwrite_num(c->data, c->f->col[ser[j]].num[r]);
		}
		fputc('\n', c->data);
	}
	plotwrite_end(c);
	for (j = 0; j < ns; j++) {
		plotwrite_clause(c, "%s using 1:%zu", plotwrite_block(c,
		    "data"), j + 2);
		plotwrite_style(c, "lines", (int)j);
		plotwrite_title(c, plotdata_name(c, ser[j]), 0);
	}
	plotwrite_endplot(c);
	if (m > 0)
		count_axis(c, x, df, m, "df");
	free(ser);
	free(x);
	free(df);
	if (m == 0 || ns == 0) {
		diag_set(c->d, STATUS_DATA, "%s", ns ? "no lambda above 0 to "
		    "draw" : "no coefficient to draw");
		return diag_at(c->d, NULL, 0, plotdata_name(c, lc));
	}
	c->xlabel = "log(lambda)";
	c->ylabel = "coefficients";
	return 0;
}

/*
 * cv: R's plot.cv.glmnet: the mean cross-validated error against log
 * lambda with bars of one standard error, dashed lines at lambda_min and
 * lambda_1se (the mark column), the non-zero coefficients on top.
 */
int
plotml_cv(struct plotwrite *c)
{
	const char *cols = "lambda,cvm,cvsd,nzero,mark";
	size_t lc, mc, sc, nc, kc, i, r, m = 0;
	double *x, *nz, l;
	const char *mark;

	if ((lc = needed(c, "cv", "lambda", cols)) == PLOT_NONE ||
	    (mc = needed(c, "cv", "cvm", cols)) == PLOT_NONE ||
	    (sc = needed(c, "cv", "cvsd", cols)) == PLOT_NONE ||
	    (nc = needed(c, "cv", "nzero", cols)) == PLOT_NONE)
		return -1;
	kc = plotdata_find_col(c->f, "mark");
	x = xmalloc((c->nrows + 1) * sizeof(double));
	nz = xmalloc((c->nrows + 1) * sizeof(double));
	plotwrite_begin(c, "data");
	for (i = 0; i < c->nrows; i++) {
		r = c->rows[i];
		l = c->f->col[lc].num[r];
		if (!(l > 0) || !isfinite(c->f->col[mc].num[r])) {
			plotdata_left_out(c, isnan(l) ||
			    isnan(c->f->col[mc].num[r]));
			continue;
		}
		x[m] = log(l);
		nz[m] = c->f->col[nc].num[r];
		plotwrite_nums(c->data, 3, x[m++], c->f->col[mc].num[r],
		    c->f->col[sc].num[r]);
		fputc('\n', c->data);
		mark = kc != PLOT_NONE ? plotdata_text(c, kc, r) : NULL;
		if (mark != NULL && (strcmp(mark, "lambda_min") == 0 ||
		    strcmp(mark, "lambda_1se") == 0))
			plotwrite_setting(c, "set arrow from %.17g, graph 0 to "
			    "%.17g, graph 1 nohead dt 2 lc rgb 'grey40'\n",
			    log(l), log(l));
	}
	plotwrite_end(c);
	plotwrite_clause(c, "%s using 1:2:($2 - $3):($2 + $3)",
	    plotwrite_block(c, "data"));
	fputs(" with yerrorbars ls 2 pt 7 ps 0.6 notitle", c->body);
	plotwrite_endplot(c);
	if (m > 0)
		count_axis(c, x, nz, m, "nzero");
	free(x);
	free(nz);
	if (m == 0) {
		diag_set(c->d, STATUS_DATA, "no values to draw");
		return diag_at(c->d, NULL, 0, plotdata_name(c, mc));
	}
	c->xlabel = "log(lambda)";
	c->ylabel = plotdata_name(c, mc);
	return 0;
}
