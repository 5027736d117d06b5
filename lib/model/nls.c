/* nls: nonlinear least squares (R's nls) over GSL's trust-region solver. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_multifit_nlinear.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/json.h"
#include "io/out.h"
#include "model/deriv.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "model/nls.h"

#define NO_COL	((size_t)-1)

static const char *const alg_names[] = { "lmaccel", "lm", "dogleg",
	"ddogleg", "subspace2D" };
static const char *const scale_names[] = { "more", "levenberg",
	"marquardt" };

static int
lookup(const char *s, const char *const *names, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strcmp(s, names[k]) == 0)
			return (int)k;
	return -1;
}

int
nls_parse_algorithm(const char *s, enum nls_algorithm *a)
{
	int k = lookup(s, alg_names, 5);

	if (k < 0)
		return -1;
	*a = (enum nls_algorithm)k;
	return 0;
}

int
nls_parse_scale(const char *s, enum nls_scale *sc)
{
	int k = lookup(s, scale_names, 3);

	if (k < 0)
		return -1;
	*sc = (enum nls_scale)k;
	return 0;
}

/* ---- the change of variable that keeps bounds ---- */

static double
to_p(double u, double lo, double hi, double *dpdu)
{
	double s;

	if (isfinite(lo) && isfinite(hi)) {
		*dpdu = (hi - lo) * cos(u) / 2;
		return lo + (hi - lo) * (sin(u) + 1) / 2;
	}
	if (isfinite(lo) || isfinite(hi)) {
		s = sqrt(u * u + 1);
		*dpdu = isfinite(lo) ? u / s : -u / s;
		return isfinite(lo) ? lo - 1 + s : hi + 1 - s;
	}
	*dpdu = 1;
	return u;
}

static double
to_u(double p, double lo, double hi)
{
	double t;

	if (isfinite(lo) && isfinite(hi))
		return asin(2 * (p - lo) / (hi - lo) - 1);
	if (isfinite(lo) || isfinite(hi)) {
		t = (isfinite(lo) ? p - lo : hi - p) + 1;
		return sqrt(t * t - 1);
	}
	return p;
}

struct ctx {
	const struct nls_problem *pb;
	double	*p, *dpdu;	/* the parameters, and dp/du */
};

static void
params(struct ctx *c, const gsl_vector *u)
{
	const struct nls_problem *pb = c->pb;
	size_t j;

	for (j = 0; j < pb->p; j++)
		c->p[j] = pb->lower == NULL ? gsl_vector_get(u, j) :
		    to_p(gsl_vector_get(u, j), pb->lower[j], pb->upper[j],
		    &c->dpdu[j]);
}

static int
resid_f(const gsl_vector *u, void *arg, gsl_vector *f)
{
	struct ctx *c = arg;
	const struct nls_problem *pb = c->pb;
	size_t i;

	params(c, u);
	for (i = 0; i < pb->n; i++) {
		double v = (double)(deriv_eval(pb->dv, DERIV_VALUE, pb->x, i,
		    c->p) - pb->y[i]);

		if (!isfinite(v))
			return GSL_EDOM;
		gsl_vector_set(f, i, v);
	}
	return GSL_SUCCESS;
}

static int
jac_f(const gsl_vector *u, void *arg, gsl_matrix *J)
{
	struct ctx *c = arg;
	const struct nls_problem *pb = c->pb;
	size_t i, j;

	params(c, u);
	for (i = 0; i < pb->n; i++)
		for (j = 0; j < pb->p; j++)
			gsl_matrix_set(J, i, j, (double)deriv_eval(pb->dv, j,
			    pb->x, i, c->p) * (pb->lower ? c->dpdu[j] : 1));
	return GSL_SUCCESS;
}

/* the second directional derivative v'H v of each residual, exact */
static int
fvv_f(const gsl_vector *u, const gsl_vector *v, void *arg, gsl_vector *fvv)
{
	struct ctx *c = arg;
	const struct nls_problem *pb = c->pb;
	size_t i, j, k;

	params(c, u);
	for (i = 0; i < pb->n; i++) {
		long double s = 0;

		for (j = 0; j < pb->p; j++)	/* H is symmetric */
			for (k = 0; k <= j; k++)
				s += (k < j ? 2 : 1) * gsl_vector_get(v, j) *
				    gsl_vector_get(v, k) * deriv_eval2(pb->dv, j,
				    k, pb->x, i, c->p);
		gsl_vector_set(fvv, i, (double)s);
	}
	return GSL_SUCCESS;
}

static gsl_multifit_nlinear_parameters
solver_params(const struct nls_problem *pb)
{
	gsl_multifit_nlinear_parameters fp =
	    gsl_multifit_nlinear_default_parameters();

	switch (pb->algorithm) {
	case NLS_LMACCEL:
		fp.trs = gsl_multifit_nlinear_trs_lmaccel;
		break;
	case NLS_LM:
		fp.trs = gsl_multifit_nlinear_trs_lm;
		break;
	case NLS_DOGLEG:
		fp.trs = gsl_multifit_nlinear_trs_dogleg;
		break;
	case NLS_DDOGLEG:
		fp.trs = gsl_multifit_nlinear_trs_ddogleg;
		break;
	case NLS_SUBSPACE2D:
		fp.trs = gsl_multifit_nlinear_trs_subspace2D;
		break;
	}
	fp.scale = pb->scale == NLS_LEVENBERG ?
	    gsl_multifit_nlinear_scale_levenberg : pb->scale ==
	    NLS_MARQUARDT ? gsl_multifit_nlinear_scale_marquardt :
	    gsl_multifit_nlinear_scale_more;
	return fp;
}

/*
 * At the solution: residuals and their sum of squares in long double,
 * the Jacobian in p (weighted) by QR for the covariance and R's relative
 * offset, sqrt(|Q1'r|^2 / |Q2'r|^2).
 */
static int
finish(const struct nls_problem *pb, struct nls_fit *ft, struct diag *d)
{
	size_t n = pb->n, p = pb->p, i, j, k;
	gsl_matrix *J = gsl_matrix_alloc(n, p), *Ri;
	gsl_vector *tau = gsl_vector_alloc(p), *r = gsl_vector_alloc(n);
	long double rss = 0, q1 = 0, q2 = 0;
	int rc = 0;

	for (i = 0; i < n; i++) {
		long double m = deriv_eval(pb->dv, DERIV_VALUE, pb->x, i,
		    ft->est), e = pb->y[i] - m, sw = pb->w ? sqrtl(pb->w[i]) :
		    1;

		ft->fitted[i] = (double)m;
		rss += e * e * sw * sw;
		gsl_vector_set(r, i, (double)(sw * e));
		for (j = 0; j < p; j++)
			gsl_matrix_set(J, i, j, (double)(sw * deriv_eval(pb->dv,
			    j, pb->x, i, ft->est)));
	}
	ft->rss = (double)rss;
	ft->df = (double)n - (double)p;
	ft->sigma = ft->df > 0 ? (double)sqrtl(rss / ft->df) : NAN;
	gsl_linalg_QR_decomp(J, tau);
	for (j = 0; j < p; j++)
		if (!(fabs(gsl_matrix_get(J, j, j)) > 0)) {
			rc = diag_set(d, STATUS_DATA, "singular gradient at the "
			    "solution: the parameters are not identifiable");
			goto out;
		}
	gsl_linalg_QR_QTvec(J, tau, r);
	for (i = 0; i < n; i++) {
		long double v = gsl_vector_get(r, i);

		if (i < p)
			q1 += v * v;
		else
			q2 += v * v;
	}
	ft->offset = q2 > 0 ? (double)sqrtl(q1 / q2) : 0;
	/* cov = sigma^2 R^-1 R^-T */
	Ri = gsl_matrix_calloc(p, p);
	for (i = 0; i < p; i++)
		for (j = i; j < p; j++)
			gsl_matrix_set(Ri, i, j, gsl_matrix_get(J, i, j));
	gsl_linalg_tri_upper_invert(Ri);
	for (i = 0; i < p; i++)
		for (j = 0; j < p; j++) {
			long double s = 0;

			for (k = (i > j ? i : j); k < p; k++)
				s += (long double)gsl_matrix_get(Ri, i, k) *
				    gsl_matrix_get(Ri, j, k);
			ft->cov[i * p + j] = (double)(s * (rss / ft->df));
		}
	for (j = 0; j < p; j++)
		ft->se[j] = sqrt(ft->cov[j * p + j]);
	gsl_matrix_free(Ri);
out:
	gsl_matrix_free(J);
	gsl_vector_free(tau);
	gsl_vector_free(r);
	return rc;
}

/*
 * Gauss-Newton steps from the solver's solution with the residuals in long
 * double: the solver sees residuals rounded to double, which hide the
 * last digits of a fit whose residuals are far below the data's scale
 * (Lanczos1: 1e-13 on values near 1).  Each step solves J d = r by QR;
 * steps stop when one no longer lowers the sum of squares.
 */
static void
refine(const struct nls_problem *pb, double *est)
{
	size_t n = pb->n, p = pb->p, i, j, it;
	gsl_matrix *J = gsl_matrix_alloc(n, p);
	gsl_vector *tau = gsl_vector_alloc(p), *r = gsl_vector_alloc(n),
	    *delta = gsl_vector_alloc(p), *res = gsl_vector_alloc(n);
	double *trial = xmalloc(p * sizeof(double));
	long double rss, best = 0;

	for (it = 0; it < 8; it++) {
		rss = 0;
		for (i = 0; i < n; i++) {
			long double sw = pb->w ? sqrtl(pb->w[i]) : 1, e = sw *
			    (pb->y[i] - deriv_eval(pb->dv, DERIV_VALUE, pb->x, i,
			    est));

			rss += e * e;
			gsl_vector_set(r, i, (double)e);
			for (j = 0; j < p; j++)
				gsl_matrix_set(J, i, j, (double)(sw *
				    deriv_eval(pb->dv, j, pb->x, i, est)));
		}
		if (it > 0 && !(rss < best)) {
			memcpy(est, trial, p * sizeof(double));	/* undo */
			break;
		}
		best = rss;
		if (gsl_linalg_QR_decomp(J, tau) != GSL_SUCCESS ||
		    gsl_linalg_QR_lssolve(J, tau, r, delta, res) != GSL_SUCCESS)
			break;
		memcpy(trial, est, p * sizeof(double));
		for (j = 0; j < p; j++)
			est[j] += gsl_vector_get(delta, j);
	}
	free(trial);
	gsl_matrix_free(J);
	gsl_vector_free(tau);
	gsl_vector_free(r);
	gsl_vector_free(delta);
	gsl_vector_free(res);
}

static const char *
stop_reason(int status, int info)
{
	if (status == GSL_SUCCESS)
		return info == 2 ? "small gradient" : "small relative step";
	return status == GSL_EMAXITER ? "the iteration limit was reached" :
	    status == GSL_ENOPROG ? "no further progress" :
	    "the model could not be evaluated";
}

int
nls_fit(const struct nls_problem *pb, const double *start,
    struct nls_fit **fp, struct diag *d)
{
	gsl_multifit_nlinear_parameters fpar = solver_params(pb);
	gsl_multifit_nlinear_workspace *w;
	gsl_multifit_nlinear_fdf fdf;
	gsl_vector *u, *wt = NULL;
	gsl_error_handler_t *old;
	struct nls_fit *ft = NULL;
	struct ctx c;
	size_t n = pb->n, p = pb->p, j;
	int status, info = 0;
	double chisq;

	if (n <= p) {
		diag_set(d, STATUS_DATA, "%zu complete rows for %zu "
		    "parameters: more rows than parameters are needed", n, p);
		return -1;
	}
	c.pb = pb;
	c.p = xmalloc(p * sizeof(double));
	c.dpdu = xmalloc(p * sizeof(double));
	u = gsl_vector_alloc(p);
	for (j = 0; j < p; j++)
		gsl_vector_set(u, j, pb->lower ? to_u(start[j], pb->lower[j],
		    pb->upper[j]) : start[j]);
	fdf.f = resid_f;
	fdf.df = jac_f;
	/* exact with the parameters themselves; GSL's difference through
	 * the change of variable that keeps bounds */
	fdf.fvv = pb->algorithm == NLS_LMACCEL && pb->lower == NULL ? fvv_f :
	    NULL;
	fdf.n = n;
	fdf.p = p;
	fdf.params = &c;
	if (pb->w != NULL) {
		wt = gsl_vector_alloc(n);
		memcpy(wt->data, pb->w, n * sizeof(double));
	}
	old = gsl_set_error_handler_off();
	w = gsl_multifit_nlinear_alloc(gsl_multifit_nlinear_trust, &fpar, n,
	    p);
	status = wt ? gsl_multifit_nlinear_winit(u, wt, &fdf, w) :
	    gsl_multifit_nlinear_init(u, &fdf, w);
	if (status == GSL_SUCCESS)
		status = gsl_multifit_nlinear_driver((size_t)pb->max_iter,
		    pb->tol, pb->tol * pb->tol, 0, NULL, NULL, &info, w);
	gsl_set_error_handler(old);
	ft = xcalloc(1, sizeof(*ft));
	ft->n = n;
	ft->p = p;
	ft->est = xmalloc(p * sizeof(double));
	ft->se = xmalloc(p * sizeof(double));
	ft->cov = xmalloc(p * p * sizeof(double));
	ft->fitted = xmalloc(n * sizeof(double));
	ft->iter = gsl_multifit_nlinear_niter(w);
	ft->stop = stop_reason(status, info);
	params(&c, gsl_multifit_nlinear_position(w));
	memcpy(ft->est, c.p, p * sizeof(double));
	if (status == GSL_SUCCESS && pb->lower == NULL)
		refine(pb, ft->est);
	gsl_blas_ddot(gsl_multifit_nlinear_residual(w),
	    gsl_multifit_nlinear_residual(w), &chisq);
	if (status != GSL_SUCCESS)
		diag_set(d, STATUS_DATA, "no convergence after %zu "
		    "iterations (last sum of squares %.10g): %s", ft->iter,
		    chisq, ft->stop);
	gsl_multifit_nlinear_free(w);
	gsl_vector_free(u);
	gsl_vector_free(wt);
	free(c.p);
	free(c.dpdu);
	if (status != GSL_SUCCESS || finish(pb, ft, d) != 0) {
		nls_fit_free(ft);
		return -1;
	}
	*fp = ft;
	return 0;
}

void
nls_fit_free(struct nls_fit *ft)
{
	if (ft == NULL)
		return;
	free(ft->est);
	free(ft->se);
	free(ft->cov);
	free(ft->fitted);
	free(ft);
}

/* ---- the front door ---- */

/* "b1=500,b2=1e-4" into names and values (new arrays) */
static int
name_values(const char *opt, const char *spec, char ***namep, double **valp,
    size_t *np, struct diag *d)
{
	char *s = xstrdup(spec), *tok, *save = NULL, *eq, **name = NULL;
	double *val = NULL;
	size_t n = 0, cap = 0, cap2 = 0, k;

	for (tok = strtok_r(s, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		name = xgrow(name, &cap, n + 1, sizeof(*name));
		val = xgrow(val, &cap2, n + 1, sizeof(*val));
		eq = strchr(tok, '=');
		if (eq == NULL || eq == tok ||
		    num_parse_opt(eq + 1, &val[n]) != 0) {
			diag_set(d, STATUS_USAGE, "%s: \"%s\" is not "
			    "NAME=NUMBER", opt, tok);
			goto fail;
		}
		name[n] = xstrndup(tok, (size_t)(eq - tok));
		for (k = 0; k < n; k++)
			if (strcmp(name[k], name[n]) == 0) {
				diag_set(d, STATUS_USAGE, "%s: \"%s\" given "
				    "twice", opt, name[n]);
				n++;
				goto fail;
			}
		n++;
	}
	free(s);
	*namep = name;
	*valp = val;
	*np = n;
	return 0;
fail:
	free(s);
	for (k = 0; k < n; k++)
		free(name[k]);
	free(name);
	free(val);
	return -1;
}

static void
free_names(char **name, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++)
		free(name[k]);
	free(name);
}

/* --lower/--upper into b[0..p) (+-inf where not given) */
static int
bounds(const char *opt, const char *spec, char *const *par, size_t p,
    double none, double *b, struct diag *d)
{
	char **name;
	double *val;
	size_t n, k, j;

	for (j = 0; j < p; j++)
		b[j] = none;
	if (spec == NULL)
		return 0;
	if (name_values(opt, spec, &name, &val, &n, d) != 0)
		return -1;
	for (k = 0; k < n; k++) {
		for (j = 0; j < p && strcmp(par[j], name[k]) != 0; j++)
			;
		if (j == p) {
			diag_set(d, STATUS_USAGE, "%s: \"%s\" is not a "
			    "parameter of the formula", opt, name[k]);
			free_names(name, n);
			free(val);
			return -1;
		}
		b[j] = val[k];
	}
	free_names(name, n);
	free(val);
	return 0;
}

static size_t
column(const struct frame *f, const char *name)
{
	size_t j;

	for (j = 0; j < f->ncols && strcmp(f->col[j].name, name) != 0; j++)
		;
	return j;
}

/* a column's values to long double: the decimal's rounding error restored */
static long double *
exact(const struct frame_col *c, size_t nrows)
{
	long double *v = xmalloc((nrows ? nrows : 1) * sizeof(*v));
	size_t i;

	for (i = 0; i < nrows; i++)
		v[i] = c->num[i] + (c->rel ? (long double)c->num[i] *
		    c->rel[i] : 0);
	return v;
}

struct job {
	struct formula	*fm;
	struct deriv	*dv, *lhs;	/* the model, the response */
	char		**par, **cols;
	double		*start, *lo, *hi;
	size_t		 p, ncols, n, *row;
	long double	**x, *y;
	double		*w;
};

static void
job_free(struct job *jb)
{
	size_t j;

	formula_free(jb->fm);
	deriv_free(jb->dv);
	deriv_free(jb->lhs);
	free_names(jb->par, jb->p);
	free(jb->cols);
	free(jb->start);
	free(jb->lo);
	free(jb->hi);
	free(jb->row);
	for (j = 0; j < jb->ncols && jb->x != NULL; j++)
		free(jb->x[j]);
	free(jb->x);
	free(jb->y);
	free(jb->w);
}

/* Parse, resolve names, and gather the complete rows. */
static int
setup(struct job *jb, struct frame *f, const struct nls_opts *o,
    struct diag *d)
{
	unsigned char *use;
	size_t j, i, wcol = NO_COL, dropped = 0;
	long double v;
	int ok;

	if (formula_parse_expr(o->formula, &jb->fm, d) != 0 ||
	    name_values("--start", o->start, &jb->par, &jb->start, &jb->p,
	    d) != 0)
		return -1;
	jb->ncols = f->ncols;
	jb->cols = xmalloc((f->ncols ? f->ncols : 1) * sizeof(char *));
	for (j = 0; j < f->ncols; j++) {
		jb->cols[j] = f->col[j].name;
		for (i = 0; i < jb->p; i++)
			if (strcmp(jb->par[i], f->col[j].name) == 0)
				return diag_set(d, STATUS_USAGE, "--start: "
				    "\"%s\" is a column, not a parameter",
				    jb->par[i]);
	}
	/* the response: an expression of columns, as log(y) */
	if (deriv_compile(formula_lhs(jb->fm), jb->cols, f->ncols, NULL, 0,
	    &jb->lhs, d) != 0 || deriv_compile(formula_rhs(jb->fm), jb->cols,
	    f->ncols, jb->par, jb->p, &jb->dv, d) != 0)
		return -1;
	jb->lo = xmalloc(jb->p * sizeof(double));
	jb->hi = xmalloc(jb->p * sizeof(double));
	if (bounds("--lower", o->lower, jb->par, jb->p, -INFINITY, jb->lo,
	    d) != 0 || bounds("--upper", o->upper, jb->par, jb->p, INFINITY,
	    jb->hi, d) != 0)
		return -1;
	for (j = 0; j < jb->p; j++)
		if (!(jb->lo[j] <= jb->start[j] && jb->start[j] <= jb->hi[j]))
			return diag_set(d, STATUS_USAGE, "the start of %s, %g, "
			    "is outside its bounds [%g, %g]", jb->par[j],
			    jb->start[j], jb->lo[j], jb->hi[j]);
	if (o->weights != NULL &&
	    (wcol = column(f, o->weights)) == f->ncols)
		return diag_set(d, STATUS_USAGE, "--weights: no column \"%s\"",
		    o->weights);
	use = xcalloc(f->ncols, 1);
	deriv_columns(jb->dv, use, f->ncols);
	deriv_columns(jb->lhs, use, f->ncols);
	if (wcol != NO_COL)
		use[wcol] = 1;
	jb->x = xcalloc(f->ncols, sizeof(*jb->x));
	for (j = 0; j < f->ncols; j++) {
		if (!use[j])
			continue;
		if (frame_numeric(f, j, d) != 0) {
			free(use);
			return -1;
		}
		jb->x[j] = exact(&f->col[j], f->nrows);
	}
	free(use);
	jb->row = xmalloc((f->nrows ? f->nrows : 1) * sizeof(size_t));
	jb->y = xmalloc((f->nrows ? f->nrows : 1) * sizeof(long double));
	for (i = 0; i < f->nrows; i++) {
		ok = 1;
		for (j = 0; j < f->ncols; j++)
			if (jb->x[j] != NULL && !isfinite(f->col[j].num[i]))
				ok = 0;
		v = ok ? deriv_eval(jb->lhs, DERIV_VALUE,
		    (const long double *const *)jb->x, i, NULL) : 0;
		ok = ok && isfinite((double)v);
		if (ok && wcol != NO_COL && f->col[wcol].num[i] < 0) {
			diag_at(d, NULL, 0, f->col[wcol].name);
			return diag_set(d, STATUS_DATA, "negative weight %g "
			    "(row %zu)", f->col[wcol].num[i], i + 1);
		}
		if (ok) {
			jb->y[jb->n] = v;
			jb->row[jb->n++] = i;
		} else
			dropped++;
	}
	if (dropped > 0)
		diag_warn("%zu rows with a missing or non-finite value left "
		    "out", dropped);
	/* the used rows, packed */
	for (j = 0; j < f->ncols; j++)
		if (jb->x[j] != NULL)
			for (i = 0; i < jb->n; i++)
				jb->x[j][i] = jb->x[j][jb->row[i]];
	if (wcol != NO_COL) {
		jb->w = xmalloc((jb->n ? jb->n : 1) * sizeof(double));
		for (i = 0; i < jb->n; i++)
			jb->w[i] = f->col[wcol].num[jb->row[i]];
	}
	return 0;
}

/* ---- the model file: kind "nls" ---- */

struct saving {
	const char	*formula;
	const struct nls_fit *ft;
	char *const	*par;
};

static int
write_nls(struct json_writer *w, const void *arg, struct diag *d)
{
	const struct saving *sv = arg;
	size_t j;

	(void)d;
	json_key(w, "formula");
	json_str(w, sv->formula);
	json_key(w, "parameters");
	json_open(w, '[', 1);
	for (j = 0; j < sv->ft->p; j++)
		json_str(w, sv->par[j]);
	json_close(w);
	json_key(w, "estimates");
	json_open(w, '[', 1);
	for (j = 0; j < sv->ft->p; j++)
		json_num(w, sv->ft->est[j], 0);
	json_close(w);
	json_key(w, "sigma");
	json_num(w, sv->ft->sigma, 0);
	json_key(w, "df_residual");
	json_num(w, sv->ft->df, 0);
	return 0;
}

static int
nls_save(const char *path, const char *formula, const struct nls_fit *ft,
    char *const *par, struct diag *d)
{
	struct saving sv = { formula, ft, par };

	return modelfile_save(path, "nls", write_nls, &sv, d);
}

int
nls_predict(int nfiles, char **files, const struct frame_opts *in,
    const char *path, struct out_table **tp, struct diag *d)
{
	const struct json *jp, *je;
	const char *formula;
	struct json *root;
	struct frame *f = NULL;
	struct job jb;
	struct out_table *t;
	size_t j, i, r, miss = 0;
	int *isnum, rc = -1;

	memset(&jb, 0, sizeof(jb));
	if (modelfile_read(path, "nls", &root, d) != 0)
		return -1;
	if ((formula = json_get_str(root, "formula", d)) == NULL ||
	    (jp = json_get_arr(root, "parameters", SIZE_MAX, d)) == NULL)
		goto out;
	jb.p = jp->n;
	if ((je = json_get_arr(root, "estimates", jb.p, d)) == NULL)
		goto out;
	jb.par = xcalloc(jb.p ? jb.p : 1, sizeof(char *));
	jb.start = xmalloc((jb.p ? jb.p : 1) * sizeof(double));
	for (j = 0; j < jb.p; j++) {
		const char *s = json_get_str(&jp->item[j], NULL, d);

		if (s == NULL || json_get_num(&je->item[j], NULL, 0,
		    &jb.start[j], d) != 0)
			goto out;
		jb.par[j] = xstrdup(s);
	}
	if (formula_parse_expr(formula, &jb.fm, d) != 0 ||
	    frame_read(nfiles, files, in, &f, d) != 0)
		goto out;
	jb.ncols = f->ncols;
	jb.cols = xmalloc((f->ncols ? f->ncols : 1) * sizeof(char *));
	for (j = 0; j < f->ncols; j++)
		jb.cols[j] = f->col[j].name;
	if (deriv_compile(formula_rhs(jb.fm), jb.cols, f->ncols, jb.par,
	    jb.p, &jb.dv, d) != 0)
		goto out;
	jb.x = xcalloc(f->ncols ? f->ncols : 1, sizeof(*jb.x));
	{
		unsigned char *use = xcalloc(f->ncols ? f->ncols : 1, 1);

		deriv_columns(jb.dv, use, f->ncols);
		for (j = 0; j < f->ncols; j++)
			if (use[j] && frame_numeric(f, j, d) == 0)
				jb.x[j] = exact(&f->col[j], f->nrows);
			else if (use[j]) {
				free(use);
				goto out;
			}
		free(use);
	}
	t = model_input_table(f, &isnum);
	out_column(t, "fitted");
	for (i = 0; i < f->nrows; i++) {
		int ok = 1;

		r = model_input_row(t, f, isnum, i);
		for (j = 0; j < f->ncols; j++)
			if (jb.x[j] != NULL && !isfinite(f->col[j].num[i]))
				ok = 0;
		if (ok)
			out_num(t, r, f->ncols, (double)deriv_eval(jb.dv,
			    DERIV_VALUE, (const long double *const *)jb.x, i,
			    jb.start));
		else
			miss++;
	}
	free(isnum);
	if (miss > 0)
		diag_warn("%zu rows with a missing value get no prediction",
		    miss);
	*tp = t;
	rc = 0;
out:
	job_free(&jb);
	frame_free(f);
	json_free(root);
	return rc;
}

struct out_table *
nls_coef_table(const struct nls_fit *ft, char *const *par, double conf_level)
{
	static const char *const cols[] = { "term", "estimate", "std_error",
	    "statistic", "p_value", "conf_low", "conf_high" };
	struct out_table *t = out_new();
	double q = gsl_cdf_tdist_Qinv((1 - conf_level) / 2, ft->df), tv;
	size_t j, r;

	for (j = 0; j < 7; j++)
		out_column(t, cols[j]);
	for (j = 0; j < ft->p; j++) {
		r = out_row(t);
		tv = ft->est[j] / ft->se[j];
		out_text(t, r, 0, par[j]);
		out_num(t, r, 1, ft->est[j]);
		out_num(t, r, 2, ft->se[j]);
		out_num(t, r, 3, tv);
		out_num(t, r, 4, 2 * gsl_cdf_tdist_Q(fabs(tv), ft->df));
		out_num(t, r, 5, ft->est[j] - q * ft->se[j]);
		out_num(t, r, 6, ft->est[j] + q * ft->se[j]);
	}
	return t;
}

static struct out_table *
summary_table(const struct nls_fit *ft, const struct nls_problem *pb)
{
	static const char *const cols[] = { "n", "df_residual", "sigma", "rss",
	    "iterations", "convergence", "relative_offset", "algorithm",
	    "scale" };
	struct out_table *t = out_new();
	size_t j, r;

	for (j = 0; j < 9; j++)
		out_column(t, cols[j]);
	r = out_row(t);
	out_num(t, r, 0, (double)ft->n);
	out_num(t, r, 1, ft->df);
	out_num(t, r, 2, ft->sigma);
	out_num(t, r, 3, ft->rss);
	out_num(t, r, 4, (double)ft->iter);
	out_text(t, r, 5, ft->stop);
	out_num(t, r, 6, ft->offset);
	out_text(t, r, 7, alg_names[pb->algorithm]);
	out_text(t, r, 8, scale_names[pb->scale]);
	return t;
}

static struct out_table *
augment_table(const struct nls_fit *ft, const struct job *jb,
    struct frame *f)
{
	struct out_table *t;
	size_t i, k, r, nc = f->ncols;
	int *isnum;

	t = model_input_table(f, &isnum);
	out_column(t, "fitted");
	out_column(t, "residual");
	for (i = k = 0; i < f->nrows; i++) {
		r = model_input_row(t, f, isnum, i);
		if (k < jb->n && jb->row[k] == i) {
			out_num(t, r, nc, ft->fitted[k]);
			out_num(t, r, nc + 1, (double)(jb->y[k] -
			    (long double)ft->fitted[k]));
			k++;
		}
	}
	free(isnum);
	return t;
}

/*
 * The methods tried in turn when none is chosen: where one fails from a
 * distant start another often succeeds (NIST's BoxBOD and Rat43 from
 * their first starts).  The first failure is the one reported.
 */
static const struct {
	enum nls_algorithm	a;
	enum nls_scale		s;
} tries[] = {
	{ NLS_LMACCEL, NLS_MORE }, { NLS_LM, NLS_MORE },
	{ NLS_LMACCEL, NLS_LEVENBERG }, { NLS_SUBSPACE2D, NLS_MORE },
	{ NLS_DOGLEG, NLS_MARQUARDT },
};

static int
fit_tries(struct nls_problem *pb, const struct nls_opts *o,
    const double *start, struct nls_fit **ft, struct diag *d)
{
	struct diag later;
	size_t k;

	pb->algorithm = o->algorithm;
	pb->scale = o->scale;
	if (o->chosen)
		return nls_fit(pb, start, ft, d);
	for (k = 0; k < sizeof(tries) / sizeof(tries[0]); k++) {
		pb->algorithm = tries[k].a;
		pb->scale = tries[k].s;
		if (nls_fit(pb, start, ft, k == 0 ? d : &later) == 0)
			return 0;
	}
	return -1;
}

int
nls_frame(struct frame *f, const struct nls_opts *o, struct out_table **tp,
    struct diag *d)
{
	struct job jb;
	struct nls_problem pb;
	struct nls_fit *ft = NULL;
	size_t j;
	int bounded = 0;

	memset(&jb, 0, sizeof(jb));
	if (setup(&jb, f, o, d) != 0) {
		job_free(&jb);
		return -1;
	}
	for (j = 0; j < jb.p; j++)
		bounded |= isfinite(jb.lo[j]) || isfinite(jb.hi[j]);
	memset(&pb, 0, sizeof(pb));
	pb.dv = jb.dv;
	pb.x = (const long double *const *)jb.x;
	pb.y = jb.y;
	pb.w = jb.w;
	pb.n = jb.n;
	pb.p = jb.p;
	pb.lower = bounded ? jb.lo : NULL;
	pb.upper = bounded ? jb.hi : NULL;
	pb.max_iter = o->max_iter;
	pb.tol = o->tol;
	if (fit_tries(&pb, o, jb.start, &ft, d) != 0) {
		job_free(&jb);
		return -1;
	}
	*tp = o->view == NLS_SUMMARY ? summary_table(ft, &pb) :
	    o->view == NLS_AUGMENT ? augment_table(ft, &jb, f) :
	    nls_coef_table(ft, jb.par, o->conf_level);
	if (o->save != NULL && nls_save(o->save, o->formula, ft, jb.par,
	    d) != 0) {
		out_free(*tp);
		*tp = NULL;
		nls_fit_free(ft);
		job_free(&jb);
		return -1;
	}
	nls_fit_free(ft);
	job_free(&jb);
	return 0;
}
