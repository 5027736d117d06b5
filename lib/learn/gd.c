/* gd: linear and logistic models by gradient descent and SGD (gd.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/gd.h"
#include "learn/rng.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"

#define NO_CHANGE	5	/* scikit-learn's n_iter_no_change */
#define ETA_MIN		1e-6	/* adaptive stops below it */
#define POWER_ITER	30	/* for the largest eigenvalue */

/* The problem as the descent sees it. */
struct prob {
	size_t	 n, q;		/* rows, columns but the intercept */
	int	 icpt, binom;
	double	*z;		/* n * q by rows: centred and scaled */
	double	*y;		/* n: the response (scaled if penalized) */
	double	*w;		/* n: weights of mean 1 */
	double	*m, *s;		/* q: each column's centre and scale */
	double	 ys;		/* the response's scale */
	double	 l1, l2;	/* the penalty's parts on this scale */
};

void
gd_opts_init(struct gd_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->alpha = NAN;
	o->standardize = 1;
	o->eta0 = NAN;
	o->power_t = 0.25;
	o->epochs = 1000;
	o->batch = 1;
	o->tol = NAN;
	o->shuffle = 1;
}

/* the index of name in names[n], or -1 */
static int
name_index(const char *const *names, size_t n, const char *name)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (strcmp(name, names[k]) == 0)
			return (int)k;
	return -1;
}

int
gd_opts_set(struct gd_opts *o, const char *name, const char *arg,
    struct diag *d)
{
	static const char *const sched[] = { "constant", "invscaling",
		"adaptive", "optimal" };
	static const char *const pen[] = { "ridge", "lasso", "enet" };
	static const char *const nums[] = { "lambda", "alpha",
		"learning-rate", "power-t", "tol", "epochs", "batch-size" };
	double *dst[] = { &o->lambda, &o->alpha, &o->eta0, &o->power_t,
		&o->tol };
	double v;
	int k;

	if (strcmp(name, "solver") == 0) {
		if (strcmp(arg, "gd") != 0 && strcmp(arg, "sgd") != 0)
			return diag_set(d, STATUS_USAGE, "--solver: \"%s\" is "
			    "not gd or sgd", arg);
		o->sgd = strcmp(arg, "sgd") == 0;
		return 0;
	}
	if (strcmp(name, "schedule") == 0 || strcmp(name, "penalty") == 0) {
		int s = name[1] == 'c';

		if ((k = name_index(s ? sched : pen, s ? 4 : 3, arg)) < 0)
			return diag_set(d, STATUS_USAGE, "--%s: \"%s\" is not "
			    "%s", name, arg, s ? "constant, invscaling, "
			    "adaptive or optimal" : "ridge, lasso or enet");
		if (s)
			o->schedule = (enum gd_schedule)(k + 1);
		else
			o->penalty = (unsigned char)pen[k][0];
		return 0;
	}
	if (strcmp(name, "tol") == 0 && strcmp(arg, "none") == 0) {
		o->tol = -1;	/* scikit-learn's tol=None */
		return 0;
	}
	k = name_index(nums, 7, name);
	if (k < 0 || num_parse_opt(arg, &v) != 0)
		return diag_set(d, STATUS_USAGE, "--%s: \"%s\" is not a "
		    "number", name, arg);
	if (k < 5)
		*dst[k] = v;
	else if (!(v >= 1 && v <= 1e9) || v != floor(v))
		return diag_set(d, STATUS_USAGE, "--%s: \"%s\" is not an "
		    "integer from 1 to 1000000000", name, arg);
	else
		*(k == 5 ? &o->epochs : &o->batch) = (size_t)v;
	return 0;
}

void
gd_fit_free(struct gd_fit *f)
{
	if (f == NULL)
		return;
	free(f->coef);
	free(f->loss);
	free(f->grad_norm);
	free(f->step);
	free(f);
}

static void
prob_free(struct prob *P)
{
	free(P->z);
	free(P->y);
	free(P->w);
	free(P->m);
	free(P->s);
}

/* centre and scale the columns (and a penalized gaussian response) */
static int
prob_init(struct prob *P, const double *x, size_t n, size_t p, int icpt,
    const double *y, const double *w, const struct gd_opts *o,
    struct diag *d)
{
	size_t i, j, c, q = p - (icpt != 0);
	double sw = 0, m, v;

	memset(P, 0, sizeof(*P));
	P->n = n;
	P->q = q;
	P->icpt = icpt;
	P->binom = o->binomial;
	P->w = xmalloc((n + 1) * sizeof(double));
	P->y = xmalloc((n + 1) * sizeof(double));
	P->m = xcalloc(q + 1, sizeof(double));
	P->s = xcalloc(q + 1, sizeof(double));
	P->z = xmalloc((n * q + 1) * sizeof(double));
	for (i = 0; i < n; i++)
		sw += P->w[i] = w != NULL ? w[i] : 1;
	if (!(sw > 0))
		return diag_set(d, STATUS_DATA, "every weight is 0");
	for (i = 0; i < n; i++)
		P->w[i] *= (double)n / sw;
	for (j = 0; j < q; j++) {
		c = j + (icpt != 0);
		for (i = 0, m = 0; i < n; i++)
			m += P->w[i] * x[c * n + i];
		m = icpt ? m / (double)n : 0;
		for (i = 0, v = 0; i < n; i++)
			v += P->w[i] * (x[c * n + i] - m) * (x[c * n + i] - m);
		v = sqrt(v / (double)n);
		if (!(v > 1e-12 * fabs(m)) || v == 0)
			return diag_set(d, STATUS_DATA, "column %zu of the "
			    "design is constant: gradient descent needs "
			    "columns that vary", c + 1);
		P->m[j] = o->standardize ? m : 0;
		P->s[j] = o->standardize ? v : 1;
		for (i = 0; i < n; i++)
			P->z[i * q + j] = (x[c * n + i] - P->m[j]) / P->s[j];
	}
	/* glmnet's gaussian: the response by its sd, lambda with it */
	P->ys = 1;
	if (!o->binomial && o->lambda > 0) {
		for (i = 0, m = 0; i < n; i++)
			m += P->w[i] * y[i];
		m /= (double)n;
		for (i = 0, v = 0; i < n; i++)
			v += P->w[i] * (y[i] - m) * (y[i] - m);
		P->ys = sqrt(v / (double)n);
		if (!(P->ys > 0))
			return diag_set(d, STATUS_DATA, "the response is "
			    "constant");
	}
	for (i = 0; i < n; i++)
		P->y[i] = y[i] / P->ys;
	P->l1 = o->lambda * o->alpha / P->ys;
	P->l2 = o->lambda * (1 - o->alpha) / P->ys;
	return 0;
}

static double
eta_of(const struct prob *P, const double *b, size_t i)
{
	const double *zi = P->z + i * P->q;
	double e = b[0];
	size_t j;

	for (j = 0; j < P->q; j++)
		e += zi[j] * b[j + 1];
	return e;
}

/* the row's loss and, in *r, its derivative in eta */
static double
row_loss(const struct prob *P, double e, double y, double *r)
{
	if (!P->binom) {
		*r = e - y;
		return 0.5 * *r * *r;
	}
	*r = 1 / (1 + exp(-e)) - y;
	return (e > 0 ? e + log1p(exp(-e)) : log1p(exp(e))) - y * e;
}

/* the objective at b, and the gradient of its smooth part into g */
static double
objective(const struct prob *P, const double *b, double *g)
{
	double loss = 0, r, wr, pen = 0;
	size_t i, j, q = P->q;

	memset(g, 0, (q + 1) * sizeof(double));
	for (i = 0; i < P->n; i++) {
		loss += P->w[i] * row_loss(P, eta_of(P, b, i), P->y[i], &r);
		wr = P->w[i] * r;
		g[0] += wr;
		for (j = 0; j < q; j++)
			g[j + 1] += wr * P->z[i * q + j];
	}
	for (j = 0; j <= q; j++)
		g[j] /= (double)P->n;
	if (!P->icpt)
		g[0] = 0;
	for (j = 1; j <= q; j++) {
		g[j] += P->l2 * b[j];
		pen += P->l1 * fabs(b[j]) + 0.5 * P->l2 * b[j] * b[j];
	}
	return loss / (double)P->n + pen;
}

/* b moved by step eta along -g, then the lasso's soft threshold */
static void
prox_step(const struct prob *P, double *b, const double *g, double eta)
{
	double v, t = eta * P->l1;
	size_t j;

	b[0] -= eta * g[0];
	for (j = 1; j <= P->q; j++) {
		v = b[j] - eta * g[j];
		b[j] = v > t ? v - t : v < -t ? v + t : 0;
	}
}

/* the norm of the proximal gradient mapping (the gradient without L1) */
static double
grad_norm(const struct prob *P, const double *b, const double *g,
    double eta, double *tmp)
{
	double s = 0, v;
	size_t j;

	memcpy(tmp, b, (P->q + 1) * sizeof(double));
	prox_step(P, tmp, g, eta);
	for (j = 0; j <= P->q; j++) {
		v = (b[j] - tmp[j]) / eta;
		s += v * v;
	}
	return sqrt(s);
}

/* the largest eigenvalue of the Hessian's bound, by power iteration */
static double
lipschitz(const struct prob *P)
{
	size_t q = P->q, k, i, j;
	double *v = xmalloc((q + 1) * sizeof(double));
	double *u = xmalloc((q + 1) * sizeof(double));
	double nv, lam = 1, t;

	for (j = 0; j <= q; j++)
		v[j] = (j > 0 || P->icpt) ? 1 : 0;
	for (k = 0; k < POWER_ITER; k++) {
		for (j = 0, nv = 0; j <= q; j++)
			nv += v[j] * v[j];
		nv = sqrt(nv);
		for (j = 0; j <= q; j++)
			v[j] /= nv;
		memset(u, 0, (q + 1) * sizeof(double));
		for (i = 0; i < P->n; i++) {
			t = P->icpt ? v[0] : 0;
			for (j = 0; j < q; j++)
				t += P->z[i * q + j] * v[j + 1];
			t *= P->w[i];
			u[0] += P->icpt ? t : 0;
			for (j = 0; j < q; j++)
				u[j + 1] += t * P->z[i * q + j];
		}
		for (j = 0, lam = 0; j <= q; j++) {
			u[j] /= (double)P->n;
			lam += u[j] * v[j];	/* Rayleigh quotient */
		}
		memcpy(v, u, (q + 1) * sizeof(double));
	}
	free(v);
	free(u);
	return (P->binom ? lam / 4 : lam) + P->l2;
}

/*
 * The step of update t (from 1): invscaling's, or scikit-learn's optimal
 * 1 / (a (t0 + t - 1)), a the penalty's weight, t0 = 1 / (typw a) so that
 * the first is typw = a^(-1/4) (its loss's slope at -typw, below 1 for
 * the squared and the log loss, leaves it so); else eta as it was.
 */
static double
next_eta(const struct prob *P, const struct gd_opts *o, double eta0,
    size_t t, double eta)
{
	double a = P->l1 + P->l2, typw;

	if (o->schedule == GD_INVSCALING)
		return eta0 / pow((double)t, o->power_t);
	if (o->schedule != GD_OPTIMAL)
		return eta;
	typw = sqrt(1.0 / sqrt(a));
	return 1.0 / (a * (1.0 / (typw * a) + (double)t - 1));
}

/* one epoch of mini-batches over the nord rows in order ord */
static void
sgd_epoch(const struct prob *P, const struct gd_opts *o, double *b,
    double *g, const size_t *ord, size_t nord, double eta0, size_t *t,
    double *eta)
{
	size_t k, e, a, i, j, q = P->q;
	double r, wr;

	for (k = 0; k < nord; k = e) {
		e = k + o->batch < nord ? k + o->batch : nord;
		memset(g, 0, (q + 1) * sizeof(double));
		for (a = k; a < e; a++) {
			i = ord[a];
			(void)row_loss(P, eta_of(P, b, i), P->y[i], &r);
			wr = P->w[i] * r;
			g[0] += wr;
			for (j = 0; j < q; j++)
				g[j + 1] += wr * P->z[i * q + j];
		}
		for (j = 0; j <= q; j++)
			g[j] /= (double)(e - k);
		if (!P->icpt)
			g[0] = 0;
		for (j = 1; j <= q; j++)
			g[j] += P->l2 * b[j];
		++*t;
		*eta = next_eta(P, o, eta0, *t, *eta);
		prox_step(P, b, g, *eta);
	}
}

/* check the options and settle alpha: 0, or -1 with a STATUS_USAGE diag */
static int
check_opts(struct gd_opts *o, size_t n, struct diag *d)
{
	if ((o->penalty != 0) != (o->lambda > 0) || !isfinite(o->lambda))
		return diag_set(d, STATUS_USAGE, "--penalty and --lambda (a "
		    "number above 0) go together");
	if (!isnan(o->alpha) && o->penalty != 'e')
		return diag_set(d, STATUS_USAGE, "--alpha goes with --penalty "
		    "enet");
	o->alpha = o->penalty == 'r' || o->penalty == 0 ? 0 :
	    o->penalty == 'l' ? 1 : isnan(o->alpha) ? 0.5 : o->alpha;
	if (!(o->alpha >= 0 && o->alpha <= 1))
		return diag_set(d, STATUS_USAGE, "--alpha: %g is not from 0 "
		    "to 1", o->alpha);
	if (!isnan(o->eta0) && !(o->eta0 > 0 && isfinite(o->eta0)))
		return diag_set(d, STATUS_USAGE, "--learning-rate: %g is not "
		    "above 0", o->eta0);
	if (o->schedule == GD_OPTIMAL && (o->lambda <= 0 || !isnan(o->eta0)))
		return diag_set(d, STATUS_USAGE, "--schedule optimal needs "
		    "--penalty and --lambda, and sets its own steps (no "
		    "--learning-rate): 1 / (lambda (t0 + t))");
	if (!(o->power_t >= 0 && isfinite(o->power_t)))
		return diag_set(d, STATUS_USAGE, "--power-t: %g is below 0",
		    o->power_t);
	if (n < 2)
		return diag_set(d, STATUS_DATA, "%zu rows: too few to fit", n);
	return 0;
}

int
gd_fit(const double *x, size_t n, size_t p, int intercept, const double *y,
    const double *w, const struct gd_opts *o, struct gd_fit **fp,
    struct diag *d)
{
	struct prob P;
	struct gd_fit *f;
	struct rng rng;
	enum gd_schedule sch = o->schedule != GD_AUTO ? o->schedule :
	    o->sgd ? GD_INVSCALING : GD_CONSTANT;
	struct gd_opts so = *o;
	double *b, *g, *tmp, eta0, eta, best = INFINITY, tol;
	size_t *ord, i, j, ep, t = 0, stall = 0, nw;

	if (check_opts(&so, n, d) != 0)
		return -1;
	o = &so;
	if (prob_init(&P, x, n, p, intercept, y, w, o, d) != 0) {
		prob_free(&P);
		return -1;
	}
	so.schedule = sch;
	eta0 = !isnan(o->eta0) ? o->eta0 : o->sgd ? 0.01 : 1 / lipschitz(&P);
	tol = !isnan(o->tol) ? o->tol : o->sgd ? 1e-3 : 1e-8;
	eta = eta0;
	f = xcalloc(1, sizeof(*f));
	f->p = p;
	f->loss = xmalloc(o->epochs * sizeof(double));
	f->grad_norm = xmalloc(o->epochs * sizeof(double));
	f->step = xmalloc(o->epochs * sizeof(double));
	b = xcalloc(P.q + 1, sizeof(double));
	g = xcalloc(P.q + 1, sizeof(double));
	tmp = xcalloc(P.q + 1, sizeof(double));
	/* sgd steps over the rows of weight only (cross-validation's) */
	ord = xmalloc((n + 1) * sizeof(size_t));
	for (i = nw = 0; i < n; i++)
		if (P.w[i] > 0)
			ord[nw++] = i;
	rng_seed(&rng, o->seed, 0);
	(void)objective(&P, b, g);	/* gd's first gradient */
	for (ep = 0; ep < o->epochs; ep++) {
		if (o->sgd) {
			if (o->shuffle)
				rng_shuffle(&rng, ord, nw);
			sgd_epoch(&P, &so, b, g, ord, nw, eta0, &t, &eta);
		} else {
			++t;
			eta = next_eta(&P, &so, eta0, t, eta);
			prox_step(&P, b, g, eta);
		}
		/* the loss, and the gradient of gd's next step */
		f->loss[ep] = objective(&P, b, g) * P.ys * P.ys;
		f->grad_norm[ep] = grad_norm(&P, b, g, eta, tmp);
		f->step[ep] = eta;
		f->epochs = ep + 1;
		if (!o->sgd && f->grad_norm[ep] <= tol) {
			f->converged = 1;
			break;
		}
		if (o->sgd || sch == GD_ADAPTIVE) {
			/* scikit-learn's rule: no improvement by tol */
			stall = f->loss[ep] > best - tol ? stall + 1 : 0;
			best = f->loss[ep] < best ? f->loss[ep] : best;
			if (stall >= NO_CHANGE && sch == GD_ADAPTIVE) {
				eta /= 5;
				stall = 0;
				if (eta < ETA_MIN && o->sgd) {
					f->converged = 1;
					break;
				}
			} else if (stall >= NO_CHANGE && o->sgd) {
				f->converged = 1;
				break;
			}
		}
	}
	/* back to the data's scale */
	f->coef = xcalloc(p + 1, sizeof(double));
	for (j = 0; j < P.q; j++) {
		f->coef[j + (intercept != 0)] = P.ys * b[j + 1] / P.s[j];
		b[0] -= b[j + 1] * P.m[j] / P.s[j];
	}
	if (intercept)
		f->coef[0] = P.ys * b[0];
	free(b);
	free(g);
	free(tmp);
	free(ord);
	prob_free(&P);
	*fp = f;
	return 0;
}

struct out_table *
gd_coef_table(const struct gd_fit *f, char *const *name)
{
	struct out_table *t = out_new();
	size_t j, r;

	out_column(t, "term");
	out_column(t, "estimate");
	for (j = 0; j < f->p; j++) {
		r = out_row(t);
		out_text(t, r, 0, name[j]);
		out_num(t, r, 1, f->coef[j]);
	}
	return t;
}

struct out_table *
gd_trace_table(const struct gd_fit *f)
{
	struct out_table *t = out_new();
	size_t k, r;

	out_column(t, "epoch");
	out_column(t, "loss");
	out_column(t, "grad_norm");
	out_column(t, "step");
	for (k = 0; k < f->epochs; k++) {
		r = out_row(t);
		out_num(t, r, 0, (double)(k + 1));
		out_num(t, r, 1, f->loss[k]);
		out_num(t, r, 2, f->grad_norm[k]);
		out_num(t, r, 3, f->step[k]);
	}
	return t;
}

struct cvarg {
	const struct formula_design	*ds;
	const struct gd_opts		*o;
	double				*w;
};

/* the fold's rows get weight 0: out of the fit, then predicted */
static int
cv_fit(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	struct cvarg *a = arg;
	const struct formula_design *ds = a->ds;
	struct gd_fit *f;
	size_t i, j;
	double e;

	for (i = 0; i < ds->n; i++)
		a->w[i] = in[i] ? (ds->w != NULL ? ds->w[i] : 1) : 0;
	if (gd_fit(ds->x, ds->n, ds->p, ds->intercept, ds->y, a->w, a->o, &f,
	    d) != 0)
		return -1;
	for (i = 0; i < ds->n; i++) {
		if (in[i])
			continue;
		for (j = 0, e = 0; j < ds->p; j++)
			e += ds->x[j * ds->n + i] * f->coef[j];
		pred[i] = a->o->binomial ? e >= 0 : e;
	}
	gd_fit_free(f);
	return 0;
}

int
gd_design(const struct formula_design *ds, const struct gd_opts *o,
    int trace, const char *save, const char *formula, struct out_table **out,
    struct diag *d)
{
	struct model_fit mf;
	struct gd_fit *f;
	struct cvarg a;
	size_t i;
	int rc;

	for (i = 0; o->binomial && i < ds->n; i++)
		if (ds->y[i] != 0 && ds->y[i] != 1) {
			diag_set(d, STATUS_DATA, "%g: a binomial response is "
			    "0 or 1 (or of two levels)", ds->y[i]);
			diag_column(d, ds->response);
			return -1;
		}
	if (o->cv > 1) {
		if (trace || save != NULL)
			return diag_set(d, STATUS_USAGE, "--cv excludes --trace "
			    "and --save-model");
		a.ds = ds;
		a.o = o;
		a.w = xmalloc((ds->n + 1) * sizeof(double));
		rc = cv_score(cv_fit, &a, ds->y, ds->n, o->binomial ? 2 : 0,
		    o->cv, o->seed, out, d);
		free(a.w);
		return rc;
	}
	if (gd_fit(ds->x, ds->n, ds->p, ds->intercept, ds->y, ds->w, o, &f,
	    d) != 0)
		return -1;
	if (!f->converged)
		diag_warn("%s did not converge in %zu epochs (gradient norm "
		    "%g, loss %g): see --learning-rate, --epochs", o->sgd ?
		    "sgd" : "gd", f->epochs, f->grad_norm[f->epochs - 1],
		    f->loss[f->epochs - 1]);
	if (save != NULL) {
		memset(&mf, 0, sizeof(mf));
		mf.family = o->binomial ? MODEL_BINOMIAL : MODEL_GAUSSIAN;
		mf.p = ds->p;
		mf.coef = f->coef;
		if (model_save(save, &mf, ds, formula, d) != 0) {
			gd_fit_free(f);
			return -1;
		}
	}
	*out = trace ? gd_trace_table(f) : gd_coef_table(f, ds->name);
	gd_fit_free(f);
	return 0;
}
