/* glmnet: the elastic net by coordinate descent, as R's glmnet (glmnet.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "learn/glmnet.h"
#include "learn/split.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"

/*
 * A coordinate pass is converged when no coefficient moved the fitted
 * values by more than 1e-13 (root mean square, in units of the
 * response's sd, or of the working response): far below glmnet's
 * default 1e-7, at the limit of rounding.
 */
#define THRESH		1e-26
#define MAXPASS		1000000	/* passes per lambda before giving up */
#define MAXNEWTON	100	/* quadratic approximations per lambda */
#define BIG		9.9e35	/* glmnet's first lambda: every b zero */
#define FDEV		1e-5	/* glmnet.control(): path stops */
#define DEVMAX		0.999
#define MNLAM		5
#define PMIN		1e-9	/* a binomial fit is saturated below */

/* The data as the solver sees it: centred, scaled, weights summing to 1. */
struct prep {
	size_t	 n, p;
	double	*x;		/* n * p by columns */
	double	*w;		/* n */
	double	*y;		/* gaussian: standardized; binomial: 0/1 */
	double	*xm, *xs, *xv;	/* p: means, scales, sum w x^2 */
	unsigned char *ju;	/* p: 1 if the column varies */
	double	 ym, ys;	/* the gaussian response's mean and sd */
};

static void
prep_free(struct prep *s)
{
	free(s->x);
	free(s->w);
	free(s->y);
	free(s->xm);
	free(s->xs);
	free(s->xv);
	free(s->ju);
}

static int
prep_make(struct prep *s, const double *x, size_t n, size_t p,
    const double *y, const double *w, const struct glmnet_opts *o,
    struct diag *d)
{
	double sw = 0, m, v, t;
	size_t i, j;

	memset(s, 0, sizeof(*s));
	if (n < 2) {
		diag_set(d, STATUS_DATA, "%zu complete rows: a penalized fit "
		    "needs at least 2", n);
		return -1;
	}
	s->n = n;
	s->p = p;
	s->w = xmalloc(n * sizeof(double));
	for (i = 0; i < n; i++)
		sw += s->w[i] = w != NULL ? w[i] : 1;
	if (!(sw > 0)) {
		prep_free(s);
		diag_set(d, STATUS_DATA, "the weights sum to %g", sw);
		return -1;
	}
	for (i = 0; i < n; i++)
		s->w[i] /= sw;
	s->y = xmalloc(n * sizeof(double));
	for (i = 0, m = 0; i < n; i++)
		m += s->w[i] * y[i];
	for (i = 0, v = 0; i < n; i++)
		v += s->w[i] * (y[i] - m) * (y[i] - m);
	if (!(v > 0)) {
		prep_free(s);
		diag_set(d, STATUS_DATA, o->binomial ? "the response has one "
		    "class" : "the response is constant");
		return -1;
	}
	s->ym = m;
	s->ys = sqrt(v);
	for (i = 0; i < n; i++)
		s->y[i] = o->binomial ? y[i] : (y[i] - m) / s->ys;
	s->x = xmalloc((n * p + 1) * sizeof(double));
	s->xm = xmalloc((p + 1) * sizeof(double));
	s->xs = xmalloc((p + 1) * sizeof(double));
	s->xv = xmalloc((p + 1) * sizeof(double));
	s->ju = xmalloc(p + 1);
	for (j = 0; j < p; j++) {
		const double *xj = x + j * n;
		double *sj = s->x + j * n;

		for (i = 0, m = 0; i < n; i++)
			m += s->w[i] * xj[i];
		for (i = 0, v = 0; i < n; i++) {
			t = xj[i] - m;
			v += s->w[i] * t * t;
		}
		s->xm[j] = m;
		s->ju[j] = v > 0;
		s->xs[j] = o->standardize && v > 0 ? sqrt(v) : 1;
		for (i = 0; i < n; i++)
			sj[i] = (xj[i] - m) / s->xs[j];
		s->xv[j] = o->standardize && v > 0 ? 1 : v;
	}
	return 0;
}

static double
soft(double u, double ab, double den)
{
	double v = fabs(u) - ab;

	return v > 0 ? copysign(v, u) / den : 0;
}

/* The gaussian solver's state: b, the gradient g, covariance columns. */
struct gauss {
	const struct prep *s;
	double	*b, *g;
	double	**cov;		/* p: sum w x_k x_j for every k, once j moved */
	double	 rsq;
};

static double *
cov_column(const struct prep *s, size_t j)
{
	double *c = xmalloc((s->p + 1) * sizeof(double)), t;
	const double *xj = s->x + j * s->n, *xk;
	size_t i, k;

	for (k = 0; k < s->p; k++) {
		xk = s->x + k * s->n;
		for (i = 0, t = 0; i < s->n; i++)
			t += s->w[i] * xj[i] * xk[i];
		c[k] = t;
	}
	return c;
}

/* One pass over the coordinates (the ever-active ones only if active). */
static double
gauss_pass(struct gauss *gs, double ab, double dem, int active)
{
	const struct prep *s = gs->s;
	double dlx = 0, u, bn, dd;
	size_t j, k;

	for (j = 0; j < s->p; j++) {
		if (!s->ju[j] || (active && gs->cov[j] == NULL))
			continue;
		u = gs->g[j] + s->xv[j] * gs->b[j];
		bn = soft(u, ab, s->xv[j] + dem);
		if (bn == gs->b[j])
			continue;
		dd = bn - gs->b[j];
		if (gs->cov[j] == NULL)
			gs->cov[j] = cov_column(s, j);
		if (s->xv[j] * dd * dd > dlx)
			dlx = s->xv[j] * dd * dd;
		gs->rsq += dd * (2 * gs->g[j] - dd * s->xv[j]);
		gs->b[j] = bn;
		for (k = 0; k < s->p; k++)
			gs->g[k] -= gs->cov[j][k] * dd;
	}
	return dlx;
}

/* Converge at alm: full passes, and passes over the active set between. */
static int
gauss_solve(struct gauss *gs, double alm, double alpha)
{
	double ab = alm * alpha, dem = alm * (1 - alpha);
	size_t npass = 0;

	while (gauss_pass(gs, ab, dem, 0) >= THRESH)
		do
			if (++npass > MAXPASS)
				return -1;
		while (gauss_pass(gs, ab, dem, 1) >= THRESH);
	return 0;
}

/* The binomial solver's state: b0 and b, the linear predictor. */
struct logit {
	const struct prep *s;
	double	 b0, *b, *eta;
	double	*v, *r, *xv;	/* n, n, p: the quadratic approximation */
	unsigned char *act;	/* p: ever active */
	double	 dev;		/* deviance ratio */
	double	 sumv;		/* sum of the weights v */
};

static double
logit_pass(struct logit *lg, double ab, double dem, int active)
{
	const struct prep *s = lg->s;
	double dlx, g, bn, dd, sv = 0, *xj;
	size_t i, j;

	for (i = 0, g = 0; i < s->n; i++) {
		g += lg->r[i];
		sv += lg->v[i];
	}
	dd = g / sv;	/* the intercept, unpenalized */
	lg->b0 += dd;
	for (i = 0; i < s->n; i++)
		lg->r[i] -= lg->v[i] * dd;
	dlx = sv * dd * dd;
	for (j = 0; j < s->p; j++) {
		if (!s->ju[j] || (active && !lg->act[j]))
			continue;
		xj = s->x + j * s->n;
		for (i = 0, g = 0; i < s->n; i++)
			g += xj[i] * lg->r[i];
		bn = soft(g + lg->xv[j] * lg->b[j], ab, lg->xv[j] + dem);
		if (bn == lg->b[j])
			continue;
		dd = bn - lg->b[j];
		lg->act[j] = 1;
		if (lg->xv[j] * dd * dd > dlx)
			dlx = lg->xv[j] * dd * dd;
		lg->b[j] = bn;
		for (i = 0; i < s->n; i++)
			lg->r[i] -= lg->v[i] * xj[i] * dd;
	}
	return dlx;
}

/* The quadratic approximation at eta; the deviance (weights sum 1). */
static double
logit_approx(struct logit *lg)
{
	const struct prep *s = lg->s;
	double q, dev = 0, t;
	size_t i, j;

	lg->sumv = 0;
	for (i = 0; i < s->n; i++) {
		q = 1 / (1 + exp(-lg->eta[i]));
		lg->v[i] = s->w[i] * q * (1 - q);
		lg->r[i] = s->w[i] * (s->y[i] - q);
		lg->sumv += lg->v[i];
		/* log(1 + exp(-|eta|)) keeps the deviance finite */
		t = log1p(exp(-fabs(lg->eta[i]))) + (lg->eta[i] > 0 ?
		    (1 - s->y[i]) * lg->eta[i] : -s->y[i] * lg->eta[i]);
		dev += 2 * s->w[i] * t;
	}
	for (j = 0; j < s->p; j++) {
		const double *xj = s->x + j * s->n;

		for (i = 0, t = 0; i < s->n && s->ju[j]; i++)
			t += lg->v[i] * xj[i] * xj[i];
		lg->xv[j] = t;
	}
	return dev;
}

static void
logit_eta(struct logit *lg)
{
	const struct prep *s = lg->s;
	size_t i, j;

	for (i = 0; i < s->n; i++)
		lg->eta[i] = lg->b0;
	for (j = 0; j < s->p; j++)
		for (i = 0; i < s->n && lg->b[j] != 0; i++)
			lg->eta[i] += s->x[j * s->n + i] * lg->b[j];
}

/* Newton steps, each converged by coordinate descent, at alm. */
static int
logit_solve(struct logit *lg, double alm, double alpha, double nulldev)
{
	const struct prep *s = lg->s;
	double ab = alm * alpha, dem = alm * (1 - alpha), step, t, b0;
	double *old = xmalloc((s->p + 1) * sizeof(double));
	size_t it, npass = 0, j;
	int rc = -1;

	for (it = 0; it < MAXNEWTON; it++) {
		logit_approx(lg);
		memcpy(old, lg->b, s->p * sizeof(double));
		b0 = lg->b0;
		while (logit_pass(lg, ab, dem, 0) >= THRESH)
			do
				if (++npass > MAXPASS)
					goto out;
			while (logit_pass(lg, ab, dem, 1) >= THRESH);
		step = lg->sumv * (lg->b0 - b0) * (lg->b0 - b0);
		for (j = 0; j < s->p; j++) {
			t = lg->b[j] - old[j];
			if (lg->xv[j] * t * t > step)
				step = lg->xv[j] * t * t;
		}
		logit_eta(lg);
		if (step < THRESH) {
			rc = 0;
			break;
		}
	}
out:
	lg->dev = 1 - logit_approx(lg) / nulldev;
	free(old);
	return rc;
}

static struct glmnet_path *
path_new(size_t p, size_t nmax)
{
	struct glmnet_path *pa = xcalloc(1, sizeof(*pa));

	pa->p = p;
	pa->lambda = xmalloc((nmax + 1) * sizeof(double));
	pa->a0 = xmalloc((nmax + 1) * sizeof(double));
	pa->beta = xmalloc((nmax * p + 1) * sizeof(double));
	pa->dev_ratio = xmalloc((nmax + 1) * sizeof(double));
	pa->df = xmalloc((nmax + 1) * sizeof(size_t));
	return pa;
}

void
glmnet_path_free(struct glmnet_path *pa)
{
	if (pa == NULL)
		return;
	free(pa->lambda);
	free(pa->a0);
	free(pa->beta);
	free(pa->dev_ratio);
	free(pa->df);
	free(pa);
}

/* Store the fit at lambda m on the original scale. */
static void
path_store(struct glmnet_path *pa, const struct prep *s, size_t m,
    double lambda, double a0, const double *b, double scale, double dev)
{
	double *bm = pa->beta + m * s->p;
	size_t j;

	pa->lambda[m] = lambda;
	pa->df[m] = 0;
	for (j = 0; j < s->p; j++) {
		bm[j] = scale * b[j] / s->xs[j];
		a0 -= bm[j] * s->xm[j];
		pa->df[m] += b[j] != 0;
	}
	pa->a0[m] = a0;
	pa->dev_ratio[m] = dev;
	pa->nlam = m + 1;
}

void
glmnet_opts_init(struct glmnet_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->alpha = 1;
	o->standardize = 1;
	o->nlambda = 100;
}

/* The gradient at b = 0 (and the intercept alone): for lambda_max. */
static void
null_gradient(const struct prep *s, int binomial, double *g)
{
	size_t i, j;
	double t;

	for (j = 0; j < s->p; j++) {
		const double *xj = s->x + j * s->n;

		for (i = 0, t = 0; i < s->n; i++)
			t += s->w[i] * xj[i] * (binomial ? s->y[i] - s->ym :
			    s->y[i]);
		g[j] = t;
	}
}

int
glmnet_fit(const double *x, size_t n, size_t p, const double *y,
    const double *w, const struct glmnet_opts *o, struct glmnet_path **pp,
    struct diag *d)
{
	struct prep s;
	struct gauss gs;
	struct logit lg;
	struct glmnet_path *pa;
	size_t nlam = o->lambda != NULL ? o->nlam : o->nlambda, m, j;
	double *g, alm = 0, alm0 = 0, alf = 1, flmin, nulldev = 0, dev,
	    dev0 = 0, scale;
	int rc = 0;

	if (prep_make(&s, x, n, p, y, w, o, d) != 0)
		return -1;
	g = xcalloc(p + 1, sizeof(double));
	null_gradient(&s, o->binomial, g);
	for (j = 0; j < p; j++)
		if (s.ju[j] && fabs(g[j]) > alm0)
			alm0 = fabs(g[j]);
	alm0 /= fmax(o->alpha, 1e-3);
	flmin = o->lambda_min_ratio > 0 ? o->lambda_min_ratio : n > p ?
	    1e-4 : 1e-2;
	if (nlam > 1)
		alf = pow(flmin, 1.0 / (double)(nlam - 1));
	memset(&gs, 0, sizeof(gs));
	memset(&lg, 0, sizeof(lg));
	gs.s = lg.s = &s;
	if (o->binomial) {
		lg.b = xcalloc(p + 1, sizeof(double));
		lg.eta = xcalloc(n, sizeof(double));
		lg.v = xmalloc(n * sizeof(double));
		lg.r = xmalloc(n * sizeof(double));
		lg.xv = xmalloc((p + 1) * sizeof(double));
		lg.act = xcalloc(p + 1, 1);
		lg.b0 = log(s.ym / (1 - s.ym));
		for (j = 0; j < n; j++)
			lg.eta[j] = lg.b0;
		nulldev = logit_approx(&lg);
	} else {
		gs.b = xcalloc(p + 1, sizeof(double));
		gs.g = g;
		gs.cov = xcalloc(p + 1, sizeof(double *));
	}
	scale = o->binomial ? 1 : s.ys;
	pa = path_new(p, nlam);
	for (m = 0; m < nlam; m++) {
		if (o->lambda != NULL)
			alm = o->lambda[m] / scale;
		else if (m == 0)
			alm = BIG;
		else
			alm = m == 1 ? alm0 * alf : alm * alf;
		if (o->binomial) {
			rc = logit_solve(&lg, alm, o->alpha, nulldev);
			dev = lg.dev;
		} else {
			rc = gauss_solve(&gs, alm, o->alpha);
			dev = gs.rsq;
		}
		if (rc != 0) {
			diag_set(d, STATUS_DATA, "coordinate descent did not "
			    "converge at lambda %g", alm * scale);
			break;
		}
		path_store(pa, &s, m, alm * scale, o->binomial ? lg.b0 : s.ym,
		    o->binomial ? lg.b : gs.b, scale, dev);
		if (o->lambda != NULL || m + 1 < (nlam < MNLAM ? nlam : MNLAM))
			;
		else if (o->binomial ? dev - dev0 < FDEV || dev > DEVMAX ||
		    lg.sumv <= (1 + PMIN) * PMIN * (1 - PMIN) :
		    dev - dev0 < FDEV * dev || dev > DEVMAX)
			break;
		dev0 = dev;
	}
	/* as R's glmnet: the first lambda from the next two */
	if (rc == 0 && o->lambda == NULL && pa->nlam > 2)
		pa->lambda[0] = exp(2 * log(pa->lambda[1]) - log(pa->lambda[2]));
	else if (rc == 0 && o->lambda == NULL)
		pa->lambda[0] = alm0 * scale;
	for (j = 0; j < p && gs.cov != NULL; j++)
		free(gs.cov[j]);
	free(gs.cov);
	free(gs.b);
	free(g);
	free(lg.b);
	free(lg.eta);
	free(lg.v);
	free(lg.r);
	free(lg.xv);
	free(lg.act);
	prep_free(&s);
	if (rc != 0) {
		glmnet_path_free(pa);
		return -1;
	}
	*pp = pa;
	return 0;
}

double
glmnet_link(const struct glmnet_path *pa, size_t l, const double *x,
    size_t n, size_t i)
{
	const double *b = pa->beta + l * pa->p;
	double eta = pa->a0[l];
	size_t j;

	for (j = 0; j < pa->p; j++)
		eta += b[j] * x[j * n + i];
	return eta;
}

/*
 * The linear predictor at lambda s, as R's predict.glmnet: coefficients
 * interpolated linearly in lambda between the two fits around s, those
 * of the first or last fit outside the path.
 */
static double
interp_link(const struct glmnet_path *pa, double s, const double *x,
    size_t n, size_t i)
{
	size_t l, k = pa->nlam - 1;
	double frac;

	if (k == 0 || s >= pa->lambda[0])
		return glmnet_link(pa, 0, x, n, i);
	if (s <= pa->lambda[k])
		return glmnet_link(pa, k, x, n, i);
	for (l = 0; pa->lambda[l + 1] > s; l++)
		;
	frac = (s - pa->lambda[l + 1]) / (pa->lambda[l] - pa->lambda[l + 1]);
	return frac * glmnet_link(pa, l, x, n, i) + (1 - frac) *
	    glmnet_link(pa, l + 1, x, n, i);
}

/* The error of a prediction eta of y: squared, or binomial deviance. */
static double
cv_loss(int binomial, double y, double eta)
{
	double q;

	if (!binomial)
		return (y - eta) * (y - eta);
	q = fmin(fmax(1 / (1 + exp(-eta)), 1e-5), 1 - 1e-5);
	return -2 * (y * log(q) + (1 - y) * log(1 - q));
}

void
glmnet_cv_free(struct glmnet_cv *c)
{
	if (c == NULL)
		return;
	glmnet_path_free(c->fit);
	free(c->cvm);
	free(c->cvsd);
	free(c);
}

int
glmnet_cv(const double *x, size_t n, size_t p, const double *y,
    const double *w, const struct glmnet_opts *o, const uint32_t *fold,
    size_t k, struct glmnet_cv **cp, struct diag *d)
{
	struct glmnet_path *full, *pf;
	struct glmnet_cv *c;
	double *xs, *ys, *ws, *err, *wf, sw = 0, wi, t;
	size_t f, i, j, l, m, nl, nin;

	if (glmnet_fit(x, n, p, y, w, o, &full, d) != 0)
		return -1;
	nl = full->nlam;
	xs = xmalloc((n * p + 1) * sizeof(double));
	ys = xmalloc(n * sizeof(double));
	ws = xmalloc(n * sizeof(double));
	err = xcalloc(k * nl, sizeof(double));	/* fold by lambda */
	wf = xcalloc(k, sizeof(double));
	for (f = 0; f < k; f++) {
		for (i = nin = 0; i < n; i++)
			nin += fold[i] != f + 1;
		for (i = m = 0; i < n; i++) {
			if (fold[i] == f + 1)
				continue;
			for (j = 0; j < p; j++)
				xs[j * nin + m] = x[j * n + i];
			ys[m] = y[i];
			ws[m++] = w != NULL ? w[i] : 1;
		}
		if (glmnet_fit(xs, m, p, ys, ws, o, &pf, d) != 0) {
			glmnet_path_free(full);
			free(xs);
			free(ys);
			free(ws);
			free(err);
			free(wf);
			return -1;
		}
		for (i = 0; i < n; i++) {
			if (fold[i] != f + 1)
				continue;
			wi = w != NULL ? w[i] : 1;
			wf[f] += wi;
			for (l = 0; l < nl; l++)
				err[f * nl + l] += wi * cv_loss(o->binomial,
				    y[i], interp_link(pf, full->lambda[l], x,
				    n, i));
		}
		glmnet_path_free(pf);
	}
	c = xcalloc(1, sizeof(*c));
	c->fit = full;
	c->cvm = xcalloc(nl + 1, sizeof(double));
	c->cvsd = xcalloc(nl + 1, sizeof(double));
	for (f = 0; f < k; f++)
		sw += wf[f];
	for (l = 0; l < nl; l++) {
		for (f = 0; f < k; f++)
			c->cvm[l] += err[f * nl + l] / sw;
		for (f = 0; f < k; f++) {
			t = err[f * nl + l] / wf[f] - c->cvm[l];
			c->cvsd[l] += wf[f] * t * t / sw;
		}
		c->cvsd[l] = sqrt(c->cvsd[l] / (double)(k - 1));
		if (c->cvm[l] < c->cvm[c->imin])
			c->imin = l;
	}
	t = c->cvm[c->imin] + c->cvsd[c->imin];
	for (l = 0; l < nl && c->cvm[l] > t; l++)
		;
	c->i1se = l;
	free(xs);
	free(ys);
	free(ws);
	free(err);
	free(wf);
	*cp = c;
	return 0;
}

/* term,estimate,lambda at fit l */
static struct out_table *
coef_table(const struct glmnet_path *pa, size_t l, char *const *name)
{
	struct out_table *t = out_new();
	size_t j, r;

	out_column(t, "term");
	out_column(t, "estimate");
	out_column(t, "lambda");
	for (j = 0; j <= pa->p; j++) {
		r = out_row(t);
		out_text(t, r, 0, name[j]);
		out_num(t, r, 1, j == 0 ? pa->a0[l] : pa->beta[l * pa->p + j - 1]);
		out_num(t, r, 2, pa->lambda[l]);
	}
	return t;
}

/* lambda,df,dev_ratio and every coefficient, a row per lambda */
static struct out_table *
path_table(const struct glmnet_path *pa, char *const *name)
{
	struct out_table *t = out_new();
	size_t j, l, r;

	out_column(t, "lambda");
	out_column(t, "df");
	out_column(t, "dev_ratio");
	for (j = 0; j <= pa->p; j++)
		out_column(t, name[j]);
	for (l = 0; l < pa->nlam; l++) {
		r = out_row(t);
		out_num(t, r, 0, pa->lambda[l]);
		out_num(t, r, 1, (double)pa->df[l]);
		out_num(t, r, 2, pa->dev_ratio[l]);
		out_num(t, r, 3, pa->a0[l]);
		for (j = 0; j < pa->p; j++)
			out_num(t, r, 4 + j, pa->beta[l * pa->p + j]);
	}
	return t;
}

/* lambda,cvm,cvsd,nzero,mark */
static struct out_table *
cv_table(const struct glmnet_cv *c)
{
	struct out_table *t = out_new();
	size_t l, r;

	out_column(t, "lambda");
	out_column(t, "cvm");
	out_column(t, "cvsd");
	out_column(t, "nzero");
	out_column(t, "mark");
	for (l = 0; l < c->fit->nlam; l++) {
		r = out_row(t);
		out_num(t, r, 0, c->fit->lambda[l]);
		out_num(t, r, 1, c->cvm[l]);
		out_num(t, r, 2, c->cvsd[l]);
		out_num(t, r, 3, (double)c->fit->df[l]);
		out_text(t, r, 4, l == c->imin && l == c->i1se ?
		    "lambda_min lambda_1se" : l == c->imin ? "lambda_min" :
		    l == c->i1se ? "lambda_1se" : NULL);
	}
	return t;
}

int
glmnet_run_finish(struct glmnet_run *run, const char *pen, double alpha,
    const char *at, struct diag *d)
{
	if (pen == NULL)
		return diag_set(d, STATUS_USAGE, "--penalty is required");
	if (strcmp(pen, "ridge") != 0 && strcmp(pen, "lasso") != 0 &&
	    strcmp(pen, "enet") != 0)
		return diag_set(d, STATUS_USAGE, "--penalty: \"%s\" is not "
		    "ridge, lasso or enet", pen);
	if (!isnan(alpha) && strcmp(pen, "enet") != 0)
		return diag_set(d, STATUS_USAGE, "--alpha is for --penalty "
		    "enet");
	if (!isnan(alpha) && !(alpha >= 0 && alpha <= 1))
		return diag_set(d, STATUS_USAGE, "--alpha: %g is not from 0 "
		    "to 1", alpha);
	if (run->opts.lambda != NULL && !(*run->opts.lambda > 0))
		return diag_set(d, STATUS_USAGE, "--lambda: %g is not above 0",
		    *run->opts.lambda);
	if (!(run->opts.lambda_min_ratio >= 0 && run->opts.lambda_min_ratio <=
	    1))
		return diag_set(d, STATUS_USAGE, "--lambda-min-ratio: %g is not "
		    "above 0, up to 1", run->opts.lambda_min_ratio);
	run->opts.nlam = run->opts.lambda != NULL;
	run->opts.alpha = pen[0] == 'r' ? 0 : pen[0] == 'l' ? 1 :
	    isnan(alpha) ? 0.5 : alpha;
	if (run->opts.lambda != NULL && run->k > 0)
		return diag_set(d, STATUS_USAGE, "--lambda and --cv exclude "
		    "each other");
	if (at != NULL && strcmp(at, "min") != 0 && strcmp(at, "1se") != 0)
		return diag_set(d, STATUS_USAGE, "--at: \"%s\" is not min or "
		    "1se", at);
	if (at != NULL && (run->k == 0 || run->view == GLMNET_PATH))
		return diag_set(d, STATUS_USAGE, "--at goes with --cv, without "
		    "--path");
	run->use_min = at != NULL && strcmp(at, "min") == 0;
	if (run->k > 0 && run->view == GLMNET_COEF && at == NULL)
		run->view = GLMNET_CV;
	if (run->save != NULL && run->view != GLMNET_COEF)
		return diag_set(d, STATUS_USAGE, "--save-model saves the fit at "
		    "one lambda: --lambda, or --cv with --at");
	return 0;
}

/* The fit l of pa as a model file: the coefficients, no covariance. */
static int
save_model(const struct glmnet_path *pa, size_t l,
    const struct formula_design *ds, const struct glmnet_run *run,
    struct diag *d)
{
	struct model_fit mf;
	int rc;

	memset(&mf, 0, sizeof(mf));
	mf.family = run->opts.binomial ? MODEL_BINOMIAL : MODEL_GAUSSIAN;
	mf.p = ds->p;
	mf.coef = xmalloc((ds->p + 1) * sizeof(double));
	mf.coef[0] = pa->a0[l];
	memcpy(mf.coef + 1, pa->beta + l * pa->p, pa->p * sizeof(double));
	rc = model_save(run->save, &mf, ds, run->formula, d);
	free(mf.coef);
	return rc;
}

int
glmnet_design(const struct formula_design *ds, const struct glmnet_run *run,
    struct out_table **out, struct diag *d)
{
	const double *x = ds->x + ds->n;
	size_t p = ds->p - 1, n = ds->n;
	struct glmnet_path *pa;
	struct glmnet_cv *c;
	uint32_t *fold, *g;
	size_t i, l;
	int rc;

	if (!ds->intercept)
		return diag_set(d, STATUS_USAGE, "a penalized model needs "
		    "its intercept");
	for (i = 0; i < n; i++)
		if (run->opts.binomial && ds->y[i] != 0 && ds->y[i] != 1) {
			diag_set(d, STATUS_DATA, "%g: a binomial response is "
			    "0 or 1 (or of two levels)", ds->y[i]);
			diag_column(d, ds->response);
			return -1;
		}
	for (i = 1; i < n && ds->y[i] == ds->y[0]; i++)
		;
	if (n > 1 && i == n) {
		diag_set(d, STATUS_DATA, "the response is constant");
		diag_column(d, ds->response);
		return -1;
	}
	if (run->view == GLMNET_COEF && run->k == 0 && (run->opts.lambda ==
	    NULL || run->opts.nlam != 1))
		return diag_set(d, STATUS_USAGE, "the coefficients need one "
		    "--lambda or --cv");
	if (run->k == 0) {
		if (glmnet_fit(x, n, p, ds->y, ds->w, &run->opts, &pa, d) != 0)
			return -1;
		rc = run->save != NULL ? save_model(pa, 0, ds, run, d) : 0;
		*out = rc != 0 ? NULL : run->view == GLMNET_PATH ?
		    path_table(pa, ds->name) : coef_table(pa, 0, ds->name);
		glmnet_path_free(pa);
		return rc;
	}
	if (run->k < 3 || run->k > n)
		return diag_set(d, STATUS_USAGE, "--cv: %zu folds of %zu rows "
		    "(3 folds at least)", run->k, n);
	g = xcalloc(n, sizeof(*g));
	fold = xmalloc(n * sizeof(*fold));
	split_folds_codes(g, 1, n, run->k, run->seed, fold);
	free(g);
	if (glmnet_cv(x, n, p, ds->y, ds->w, &run->opts, fold, run->k, &c,
	    d) != 0) {
		free(fold);
		return -1;
	}
	free(fold);
	l = run->use_min ? c->imin : c->i1se;
	rc = run->save != NULL ? save_model(c->fit, l, ds, run, d) : 0;
	if (rc != 0)
		*out = NULL;
	else if (run->view == GLMNET_CV)
		*out = cv_table(c);
	else if (run->view == GLMNET_PATH)
		*out = path_table(c->fit, ds->name);
	else
		*out = coef_table(c->fit, l, ds->name);
	glmnet_cv_free(c);
	return rc;
}
