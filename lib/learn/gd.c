/* gd: linear and logistic models by gradient descent and SGD (gd.h). */
#include <sys/stat.h>

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/out.h"
#include "io/zin.h"
#include "learn/cv.h"
#include "learn/gd.h"
#include "learn/rng.h"
#include "model/formula.h"
#include "model/model.h"
#include "model/modelfile.h"
#include "wrangle/sort.h"
#include "wrangle/spool.h"

#define NO_CHANGE	5	/* scikit-learn's n_iter_no_change */
#define ETA_MIN		1e-6	/* adaptive stops below it */
#define POWER_ITER	30	/* for the largest eigenvalue */

/*
 * The problem as the descent sees it: the scaling of the whole data, and
 * the rows held (every row in memory; a chunk's when streaming).
 */
struct prob {
	size_t	 n, q;		/* rows of the fit, columns but the intercept */
	size_t	 rows, cap;	/* rows held in z, y, w; room for */
	int	 icpt, binom, std;
	int	 yscale;	/* a penalized gaussian: y by its sd */
	double	*z;		/* rows * q by rows: centred and scaled */
	double	*y;		/* rows: the response (scaled if penalized) */
	double	*w;		/* rows: weights of mean 1 */
	double	*m, *s;		/* q: each column's centre and scale */
	double	*mu, *var;	/* q: each column's weighted mean and
				   variance (their sums while summed) */
	double	 ymu, yvar;	/* the response's */
	double	 sw, wscale;	/* the weights' sum, n / sw */
	double	 ys;		/* the response's scale */
	double	 l1, l2;	/* the penalty's parts on this scale */
};

/* The descent's state. */
struct run {
	double	*b, *g, *tmp;	/* coefficients, gradient, scratch */
	double	 eta0, eta, tol, best;
	size_t	 t;		/* updates made */
	size_t	 stall;		/* epochs without progress */
	size_t	 inb;		/* rows in sgd's current batch */
	enum gd_schedule sch;
	double	 u;		/* sgd's lasso: the L1 penalty so far, */
	double	*qcum;		/* and what each coefficient has had */
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
	o->buffer = (size_t)8 << 20;
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
	if (strcmp(name, "stream") == 0) {
		o->stream = 1;
		return 0;
	}
	if (strcmp(name, "buffer-size") == 0) {
		if (sort_parse_size(arg, &o->buffer) != 0 || o->buffer == 0)
			return diag_set(d, STATUS_USAGE, "--buffer-size: \"%s\" "
			    "is not a size such as 8M", arg);
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
	free(P->mu);
	free(P->var);
}

static void
prob_new(struct prob *P, size_t p, int icpt, const struct gd_opts *o)
{
	memset(P, 0, sizeof(*P));
	P->q = p - (icpt != 0);
	P->icpt = icpt;
	P->binom = o->binomial;
	P->std = o->standardize;
	P->yscale = !o->binomial && o->lambda > 0;
	P->m = xcalloc(P->q + 1, sizeof(double));
	P->s = xcalloc(P->q + 1, sizeof(double));
	P->mu = xcalloc(P->q + 1, sizeof(double));
	P->var = xcalloc(P->q + 1, sizeof(double));
	P->wscale = 1;
	P->ys = 1;
}

/* row i's weight, of mean 1 over the fit's rows once wscale is known */
static double
wt(const struct prob *P, const double *w, size_t i)
{
	return (w != NULL ? w[i] : 1) * P->wscale;
}

/*
 * The sums over the rows, pass by pass (the means need the weights' sum,
 * the variances the means), each in the order of the rows: in memory or
 * chunk by chunk the same numbers.  x is rows by columns as the design's.
 */
static void
acc_weights(struct prob *P, const double *w, size_t rows)
{
	size_t i;

	for (i = 0; i < rows; i++)
		P->sw += w != NULL ? w[i] : 1;
}

static int
prob_weights(struct prob *P, struct diag *d)
{
	if (!(P->sw > 0))
		return diag_set(d, STATUS_DATA, "every weight is 0");
	P->wscale = (double)P->n / P->sw;
	return 0;
}

static void
acc_means(struct prob *P, const double *x, size_t rows, const double *y,
    const double *w)
{
	size_t i, j, c;

	for (j = 0; j < P->q; j++) {
		c = j + (P->icpt != 0);
		for (i = 0; i < rows; i++)
			P->mu[j] += wt(P, w, i) * x[c * rows + i];
	}
	for (i = 0; P->yscale && i < rows; i++)
		P->ymu += wt(P, w, i) * y[i];
}

static void
prob_means(struct prob *P)
{
	size_t j;

	for (j = 0; j < P->q; j++)
		P->mu[j] = P->icpt ? P->mu[j] / (double)P->n : 0;
	P->ymu /= (double)P->n;
}

static void
acc_vars(struct prob *P, const double *x, size_t rows, const double *y,
    const double *w)
{
	size_t i, j, c;
	double m;

	for (j = 0; j < P->q; j++) {
		c = j + (P->icpt != 0);
		m = P->mu[j];
		for (i = 0; i < rows; i++)
			P->var[j] += wt(P, w, i) * (x[c * rows + i] - m) *
			    (x[c * rows + i] - m);
	}
	for (i = 0; P->yscale && i < rows; i++)
		P->yvar += wt(P, w, i) * (y[i] - P->ymu) * (y[i] - P->ymu);
}

/* the columns' centres and scales, and glmnet's gaussian: y by its sd,
 * lambda with it */
static int
prob_scales(struct prob *P, const struct gd_opts *o, struct diag *d)
{
	size_t j;
	double m, v;

	for (j = 0; j < P->q; j++) {
		m = P->mu[j];
		v = sqrt(P->var[j] / (double)P->n);
		if (!(v > 1e-12 * fabs(m)) || v == 0)
			return diag_set(d, STATUS_DATA, "column %zu of the "
			    "design is constant: gradient descent needs "
			    "columns that vary", j + 1 + (P->icpt != 0));
		P->m[j] = P->std ? m : 0;
		P->s[j] = P->std ? v : 1;
	}
	if (P->yscale) {
		P->ys = sqrt(P->yvar / (double)P->n);
		if (!(P->ys > 0))
			return diag_set(d, STATUS_DATA, "the response is "
			    "constant");
	}
	P->l1 = o->lambda * o->alpha / P->ys;
	P->l2 = o->lambda * (1 - o->alpha) / P->ys;
	return 0;
}

/* hold these rows, centred and scaled */
static void
prob_rows(struct prob *P, const double *x, size_t rows, const double *y,
    const double *w)
{
	size_t i, j, c, q = P->q;

	if (rows > P->cap || P->z == NULL) {
		free(P->z);
		free(P->y);
		free(P->w);
		P->z = xmalloc((rows * q + 1) * sizeof(double));
		P->y = xmalloc((rows + 1) * sizeof(double));
		P->w = xmalloc((rows + 1) * sizeof(double));
		P->cap = rows;
	}
	P->rows = rows;
	for (i = 0; i < rows; i++)
		P->w[i] = wt(P, w, i);
	for (j = 0; j < q; j++) {
		c = j + (P->icpt != 0);
		for (i = 0; i < rows; i++)
			P->z[i * q + j] = (x[c * rows + i] - P->m[j]) /
			    P->s[j];
	}
	for (i = 0; i < rows; i++)
		P->y[i] = y[i] / P->ys;
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

/* the held rows' loss and gradient of the smooth part, added to *loss
 * and g */
static void
obj_rows(const struct prob *P, const double *b, double *g, double *loss)
{
	double r, wr;
	size_t i, j, q = P->q;

	for (i = 0; i < P->rows; i++) {
		*loss += P->w[i] * row_loss(P, eta_of(P, b, i), P->y[i], &r);
		wr = P->w[i] * r;
		g[0] += wr;
		for (j = 0; j < q; j++)
			g[j + 1] += wr * P->z[i * q + j];
	}
}

/* the objective from the sums over every row; g becomes the gradient */
static double
obj_end(const struct prob *P, const double *b, double *g, double loss)
{
	double pen = 0;
	size_t j, q = P->q;

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

/* the objective at b over the held rows (all), its gradient into g */
static double
objective(const struct prob *P, const double *b, double *g)
{
	double loss = 0;

	memset(g, 0, (P->q + 1) * sizeof(double));
	obj_rows(P, b, g, &loss);
	return obj_end(P, b, g, loss);
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

/*
 * sgd's step along -g, then the lasso's part by the truncated gradient
 * with the cumulative penalty (Tsuruoka, Tsujii and Ananiadou 2009), as
 * scikit-learn's SGD takes it: each coefficient is pulled toward 0 by
 * the L1 penalty of every step so far (u) less what it has already had
 * (qcum), never across 0.  A coefficient so stays 0 exactly until the
 * gradients push it away by more than the penalty, which the proximal
 * step of noisy gradients does not do.
 */
static void
truncated_step(const struct prob *P, struct run *r)
{
	double z, *b = r->b;
	size_t j;

	b[0] -= r->eta * r->g[0];
	r->u += P->l1 * r->eta;
	for (j = 1; j <= P->q; j++) {
		z = b[j] - r->eta * r->g[j];
		b[j] = z > 0 ? fmax(0, z - (r->u + r->qcum[j])) :
		    z < 0 ? fmin(0, z + (r->u - r->qcum[j])) : z;
		r->qcum[j] += b[j] - z;
	}
}

/* sgd's step with the batch's gradient in r->g */
static void
sgd_update(const struct prob *P, const struct gd_opts *o, struct run *r)
{
	size_t j;

	for (j = 0; j <= P->q; j++)
		r->g[j] /= (double)r->inb;
	if (!P->icpt)
		r->g[0] = 0;
	for (j = 1; j <= P->q; j++)
		r->g[j] += P->l2 * r->b[j];
	++r->t;
	r->eta = next_eta(P, o, r->eta0, r->t, r->eta);
	if (P->l1 > 0)
		truncated_step(P, r);
	else
		prox_step(P, r->b, r->g, r->eta);
	r->inb = 0;
}

/*
 * The held rows of ord[nord] into mini-batches, a step after each full
 * one; a batch goes on over the next call (the next chunk), and the
 * epoch's last, if short, is stepped by sgd_update().
 */
static void
sgd_rows(const struct prob *P, const struct gd_opts *o, struct run *r,
    const size_t *ord, size_t nord)
{
	size_t a, i, j, q = P->q;
	double res, wr;

	for (a = 0; a < nord; a++) {
		i = ord[a];
		if (r->inb == 0)
			memset(r->g, 0, (q + 1) * sizeof(double));
		(void)row_loss(P, eta_of(P, r->b, i), P->y[i], &res);
		wr = P->w[i] * res;
		r->g[0] += wr;
		for (j = 0; j < q; j++)
			r->g[j + 1] += wr * P->z[i * q + j];
		if (++r->inb == o->batch)
			sgd_update(P, o, r);
	}
}

/*
 * After an epoch: record the objective at b (loss, g its gradient) and
 * the step eta, then the stopping rules; 1 to stop.
 */
static int
epoch_end(const struct prob *P, const struct gd_opts *o, struct run *r,
    struct gd_fit *f, const double *b, const double *g, double loss,
    double eta)
{
	size_t ep = f->epochs;

	f->loss[ep] = loss * P->ys * P->ys;
	f->grad_norm[ep] = grad_norm(P, b, g, eta, r->tmp);
	f->step[ep] = eta;
	f->epochs = ep + 1;
	if (!o->sgd && f->grad_norm[ep] <= r->tol)
		return f->converged = 1;
	if (!o->sgd && r->sch != GD_ADAPTIVE)
		return 0;
	/* scikit-learn's rule: no improvement by tol */
	r->stall = f->loss[ep] > r->best - r->tol ? r->stall + 1 : 0;
	r->best = f->loss[ep] < r->best ? f->loss[ep] : r->best;
	if (r->stall < NO_CHANGE)
		return 0;
	if (r->sch == GD_ADAPTIVE) {
		r->eta /= 5;
		r->stall = 0;
		return f->converged = r->eta < ETA_MIN && o->sgd;
	}
	return f->converged = 1;	/* sgd */
}

/* check the options and settle alpha: 0, or -1 with a STATUS_USAGE diag */
static int
check_opts(struct gd_opts *o, struct diag *d)
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
	return 0;
}

static int
check_rows(size_t n, struct diag *d)
{
	return n < 2 ? diag_set(d, STATUS_DATA, "%zu rows: too few to fit",
	    n) : 0;
}

/* the descent's start; with f, a fit to record o->epochs epochs in */
static void
run_new(struct run *r, const struct prob *P, const struct gd_opts *o,
    struct gd_fit **fp)
{
	struct gd_fit *f;

	memset(r, 0, sizeof(*r));
	r->sch = o->schedule;
	r->eta0 = !isnan(o->eta0) ? o->eta0 : o->sgd ? 0.01 :
	    1 / lipschitz(P);
	r->tol = !isnan(o->tol) ? o->tol : o->sgd ? 1e-3 : 1e-8;
	r->eta = r->eta0;
	r->best = INFINITY;
	r->b = xcalloc(P->q + 1, sizeof(double));
	r->g = xcalloc(P->q + 1, sizeof(double));
	r->tmp = xcalloc(P->q + 1, sizeof(double));
	r->qcum = xcalloc(P->q + 1, sizeof(double));
	*fp = f = xcalloc(1, sizeof(*f));
	f->loss = xmalloc(o->epochs * sizeof(double));
	f->grad_norm = xmalloc(o->epochs * sizeof(double));
	f->step = xmalloc(o->epochs * sizeof(double));
}

/* the coefficients back on the data's scale, into f; frees r */
static void
run_end(struct run *r, const struct prob *P, size_t p, int intercept,
    struct gd_fit *f)
{
	double *b = r->b;
	size_t j;

	f->p = p;
	f->coef = xcalloc(p + 1, sizeof(double));
	for (j = 0; j < P->q; j++) {
		f->coef[j + (intercept != 0)] = P->ys * b[j + 1] / P->s[j];
		b[0] -= b[j + 1] * P->m[j] / P->s[j];
	}
	if (intercept)
		f->coef[0] = P->ys * b[0];
	free(r->b);
	free(r->g);
	free(r->tmp);
	free(r->qcum);
}

/* the options checked, alpha and the schedule settled, into so */
static int
settle_opts(const struct gd_opts *o, struct gd_opts *so, struct diag *d)
{
	*so = *o;
	if (check_opts(so, d) != 0)
		return -1;
	if (so->schedule == GD_AUTO)
		so->schedule = o->sgd ? GD_INVSCALING : GD_CONSTANT;
	return 0;
}

int
gd_fit(const double *x, size_t n, size_t p, int intercept, const double *y,
    const double *w, const struct gd_opts *o, struct gd_fit **fp,
    struct diag *d)
{
	struct prob P;
	struct run r;
	struct gd_fit *f;
	struct rng rng;
	struct gd_opts so;
	double loss;
	size_t *ord, i, ep, nw;

	if (settle_opts(o, &so, d) != 0 || check_rows(n, d) != 0)
		return -1;
	o = &so;
	prob_new(&P, p, intercept, o);
	P.n = n;
	acc_weights(&P, w, n);
	if (prob_weights(&P, d) != 0) {
		prob_free(&P);
		return -1;
	}
	acc_means(&P, x, n, y, w);
	prob_means(&P);
	acc_vars(&P, x, n, y, w);
	if (prob_scales(&P, o, d) != 0) {
		prob_free(&P);
		return -1;
	}
	prob_rows(&P, x, n, y, w);
	run_new(&r, &P, o, &f);
	/* sgd steps over the rows of weight only (cross-validation's) */
	ord = xmalloc((n + 1) * sizeof(size_t));
	for (i = nw = 0; i < n; i++)
		if (P.w[i] > 0)
			ord[nw++] = i;
	rng_seed(&rng, o->seed, 0);
	(void)objective(&P, r.b, r.g);	/* gd's first gradient */
	for (ep = 0; ep < o->epochs; ep++) {
		if (o->sgd) {
			if (o->shuffle)
				rng_shuffle(&rng, ord, nw);
			sgd_rows(&P, o, &r, ord, nw);
			if (r.inb > 0)
				sgd_update(&P, o, &r);
		} else {
			++r.t;
			r.eta = next_eta(&P, o, r.eta0, r.t, r.eta);
			prox_step(&P, r.b, r.g, r.eta);
		}
		/* the loss, and the gradient of gd's next step */
		loss = objective(&P, r.b, r.g);
		if (epoch_end(&P, o, &r, f, r.b, r.g, loss, r.eta))
			break;
	}
	run_end(&r, &P, p, intercept, f);
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

/* a binomial response is 0 or 1 */
static int
check_binary(const struct formula_design *ds, int binomial, struct diag *d)
{
	size_t i;

	for (i = 0; binomial && i < ds->n; i++)
		if (ds->y[i] != 0 && ds->y[i] != 1) {
			diag_set(d, STATUS_DATA, "%g: a binomial response is "
			    "0 or 1 (or of two levels)", ds->y[i]);
			diag_column(d, ds->response);
			return -1;
		}
	return 0;
}

/*
 * The fit's result (f freed): a warning if not converged, the model file
 * if save, the coefficients' table or the trace's.
 */
static int
fit_result(const struct formula_design *ds, const struct gd_opts *o,
    struct gd_fit *f, int trace, const char *save, const char *formula,
    struct out_table **out, struct diag *d)
{
	struct model_fit mf;

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

int
gd_design(const struct formula_design *ds, const struct gd_opts *o,
    int trace, const char *save, const char *formula, struct out_table **out,
    struct diag *d)
{
	struct gd_fit *f;
	struct cvarg a;
	int rc;

	if (check_binary(ds, o->binomial, d) != 0)
		return -1;
	if (o->stream)
		return diag_set(d, STATUS_USAGE, "--stream reads files: "
		    "not with --cv or --solver gd");
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
	return fit_result(ds, o, f, trace, save, formula, out, d);
}

/*
 * A streamed fit's input: each file in chunks of about o->buffer bytes
 * (csvio's shards: byte ranges that end at a line's end), each read as a
 * frame of its own and made a design.  Lines are counted on across a
 * file's chunks in the first pass, so that errors name the file's line
 * (a chunk's last record taken as one line: one of several lines there
 * shifts the next chunk's count).
 */
struct chunk {
	int		 file;
	unsigned long	 shard, nshard;
	size_t		 line;		/* to add to the shard's line numbers */
};

struct src {
	struct spool	 sp;
	struct frame_opts in;
	const char	*text;		/* the formula as given */
	char		*expanded;	/* "." expanded over the first chunk */
	struct formula	*fm;
	const char	*weights;
	int		 binomial;
	struct chunk	*chunk;
	size_t		 nchunk;
	size_t		*order;		/* the chunks in a pass's order */
	size_t		 next_line;	/* of the next chunk's first row */
	size_t		 nrows;		/* rows read (in the first pass) */
	struct formula_design *first;	/* the first chunk's, without data:
					   the names, for the result */
};

enum { PASS_WEIGHTS = 1, PASS_MEANS = 2, PASS_VARS = 4, PASS_LOSS = 8,
	PASS_SGD = 16 };

static void
src_free(struct src *S)
{
	spool_free(&S->sp);
	free(S->expanded);
	formula_free(S->fm);
	free(S->chunk);
	free(S->order);
	formula_design_free(S->first);
}

/* the files (stdin spooled to a temporary file) cut into chunks */
static int
src_open(struct src *S, int nfiles, char **files,
    const struct frame_opts *in, const struct gd_opts *o, struct diag *d)
{
	unsigned char head[4];
	struct stat st;
	unsigned long k, nsh;
	size_t nh;
	FILE *fp;
	int i;

	if (spool_open(nfiles, files, in, &S->sp, d) != 0)
		return -1;
	S->in = S->sp.in;	/* stdin's copy named stdin */
	for (i = 0; i < S->sp.n; i++) {
		/* the shards are byte ranges of plain text */
		if ((fp = fopen(S->sp.name[i], "rb")) == NULL ||
		    fstat(fileno(fp), &st) != 0) {
			if (fp != NULL)
				fclose(fp);
			diag_set(d, STATUS_DATA, "cannot read: %s",
			    strerror(errno));
			d->file = S->sp.orig[i];
			return -1;
		}
		nh = fread(head, 1, sizeof(head), fp);
		fclose(fp);
		if (zin_kind(head, nh) != ZIN_PLAIN) {
			diag_set(d, STATUS_USAGE, "--stream reads plain CSV, "
			    "not compressed: decompress it to a file first");
			d->file = S->sp.orig[i];
			return -1;
		}
		nsh = (unsigned long)((size_t)st.st_size / o->buffer) + 1;
		S->chunk = xrealloc(S->chunk, (S->nchunk + nsh) *
		    sizeof(*S->chunk));
		for (k = 0; k < nsh; k++) {
			struct chunk *c = &S->chunk[S->nchunk++];

			c->file = i;
			c->shard = k;
			c->nshard = nsh;
			c->line = 0;
		}
	}
	S->order = xmalloc((S->nchunk + 1) * sizeof(*S->order));
	for (nh = 0; nh < S->nchunk; nh++)
		S->order[nh] = nh;
	return 0;
}

static void
quiet(const char *msg)
{
	(void)msg;
}

/*
 * Chunk c's design into *dsp (NULL if it has no rows).  The first pass
 * sets the chunk's line offset; each chunk's rows with missing values are
 * counted by the caller, and warned about once.
 */
static int
src_chunk(struct src *S, size_t c, int first, struct formula_design **dsp,
    struct diag *d)
{
	struct chunk *k = &S->chunk[c];
	struct frame_opts fo = S->in;
	struct frame_src *last;
	struct frame *fr;
	void (*warner)(const char *) = diag_warner;
	size_t j, wcol = FORMULA_NONE;
	int rc = 0;

	*dsp = NULL;
	fo.shown = S->sp.orig + k->file;	/* one file of the spool's */
	fo.shard = k->shard;
	fo.nshard = k->nshard;
	/* a shard's lines are counted from 2 (after the header's) */
	if (first && k->shard == 0)
		S->next_line = 2;
	if (first)
		k->line = S->next_line - 2;
	if (frame_read(1, &S->sp.name[k->file], &fo, &fr, d) != 0) {
		d->line += d->line > 1 ? k->line : 0;
		return -1;
	}
	for (j = 0; j < fr->nsrc; j++)
		fr->src[j].line += k->line;
	if (fr->nsrc > 0 && fr->nrows > 0) {
		last = &fr->src[fr->nsrc - 1];
		S->next_line = last->line + (fr->nrows - last->first_row);
	}
	if (S->fm == NULL) {
		S->expanded = formula_expand_frame(S->text, fr);
		rc = formula_parse(S->expanded, &S->fm, d);
	}
	if (rc == 0 && S->weights != NULL)
		rc = frame_col1(fr, S->weights, "--weights: one column",
		    &wcol, d);
	if (rc == 0 && fr->nrows > 0) {
		diag_warner = quiet;
		rc = formula_design(S->fm, fr, wcol, (S->binomial ?
		    FORMULA_BINARY : 0) | FORMULA_CONSUME, dsp, d);
		diag_warner = warner;
	}
	if (rc == 0 && first)
		S->nrows += fr->nrows;
	if (rc != 0 && d->column != NULL && d->column != d->colbuf)
		diag_column(d, d->column);	/* the frame's, freed */
	frame_free(fr);
	return rc;
}

/* what streaming cannot do: levels known only at the end */
static int
chunk_check(const struct formula_design *ds, int binomial, struct diag *d)
{
	if (ds->levels.n > 0)
		return diag_set(d, STATUS_USAGE, "--stream: %s is "
		    "categorical, and its levels would need the whole input: "
		    "use numeric columns or fit without --stream",
		    ds->levels.var[0]);
	if (ds->ylevel != NULL)
		return diag_set(d, STATUS_USAGE, "--stream: the response "
		    "%s is text, and its levels would need the whole input: "
		    "code it 0/1 or fit without --stream", ds->response);
	return check_binary(ds, binomial, d);
}

/* the descent's state in a streamed pass */
struct sweep {
	struct run	 r;
	struct rng	 rng;
	double		*bprev;		/* b after the last epoch */
	double		*gl;		/* the objective's gradient at it */
	double		 loss;		/* its loss */
	size_t		*ord;		/* a chunk's rows in sgd's order */
};

/* one pass over the chunks in S->order doing what (PASS_*) */
static int
src_pass(struct src *S, struct prob *P, const struct gd_opts *o, int what,
    struct sweep *w, struct diag *d)
{
	struct formula_design *ds;
	size_t k, i, nw;

	for (k = 0; k < S->nchunk; k++) {
		if (src_chunk(S, S->order[k], what & PASS_WEIGHTS, &ds,
		    d) != 0)
			return -1;
		if (ds == NULL)
			continue;
		if (P->m == NULL)
			prob_new(P, ds->p, ds->intercept, o);
		if ((what & PASS_WEIGHTS) && chunk_check(ds, o->binomial,
		    d) != 0) {
			formula_design_free(ds);
			return -1;
		}
		if (what & PASS_WEIGHTS) {
			P->n += ds->n;
			acc_weights(P, ds->w, ds->n);
		}
		if (what & PASS_MEANS)
			acc_means(P, ds->x, ds->n, ds->y, ds->w);
		if (what & PASS_VARS)
			acc_vars(P, ds->x, ds->n, ds->y, ds->w);
		if (what & (PASS_LOSS | PASS_SGD))
			prob_rows(P, ds->x, ds->n, ds->y, ds->w);
		if (what & PASS_LOSS)
			obj_rows(P, w->bprev, w->gl, &w->loss);
		if (what & PASS_SGD) {
			w->ord = xrealloc(w->ord, (ds->n + 1) *
			    sizeof(*w->ord));
			for (i = nw = 0; i < ds->n; i++)
				if (P->w[i] > 0)
					w->ord[nw++] = i;
			if (o->shuffle)
				rng_shuffle(&w->rng, w->ord, nw);
			sgd_rows(P, o, &w->r, w->ord, nw);
		}
		if (S->first != NULL) {
			formula_design_free(ds);
			continue;
		}
		free(ds->x);
		free(ds->y);
		free(ds->w);
		ds->x = ds->y = ds->w = NULL;
		S->first = ds;
	}
	return 0;
}

/*
 * The epochs, each one pass: sgd's steps, and the objective at the
 * coefficients the epoch before left (so the stopping rule lags a pass:
 * when it stops, the pass's steps are undone).  The adaptive schedule's
 * rule changes the next epoch's step: there the objective has a pass of
 * its own.
 */
static int
src_descend(struct src *S, struct prob *P, const struct gd_opts *o,
    struct gd_fit **fp, struct diag *d)
{
	struct sweep w;
	struct gd_fit *f;
	size_t ep = 0, nb = (P->q + 1) * sizeof(double);
	double eta = 0;
	int pending = 0, sgd, rc = 0;

	memset(&w, 0, sizeof(w));
	run_new(&w.r, P, o, &f);
	w.bprev = xcalloc(P->q + 1, sizeof(double));
	w.gl = xcalloc(P->q + 1, sizeof(double));
	rng_seed(&w.rng, o->seed, 0);
	for (;;) {
		sgd = ep < o->epochs && !(pending &&
		    w.r.sch == GD_ADAPTIVE);
		if (!sgd && !pending)
			break;
		if (sgd && o->shuffle)
			rng_shuffle(&w.rng, S->order, S->nchunk);
		w.loss = 0;
		memset(w.gl, 0, nb);
		if ((rc = src_pass(S, P, o, (pending ? PASS_LOSS : 0) |
		    (sgd ? PASS_SGD : 0), &w, d)) != 0)
			break;
		if (sgd && w.r.inb > 0)
			sgd_update(P, o, &w.r);
		if (pending && epoch_end(P, o, &w.r, f, w.bprev, w.gl,
		    obj_end(P, w.bprev, w.gl, w.loss), eta)) {
			if (sgd)
				memcpy(w.r.b, w.bprev, nb);
			break;
		}
		pending = sgd;
		if (sgd) {
			memcpy(w.bprev, w.r.b, nb);
			eta = w.r.eta;
			ep++;
		}
	}
	run_end(&w.r, P, S->first->p, S->first->intercept, f);
	free(w.bprev);
	free(w.gl);
	free(w.ord);
	if (rc != 0) {
		gd_fit_free(f);
		return -1;
	}
	*fp = f;
	return 0;
}

int
gd_stream(int nfiles, char **files, const struct frame_opts *in,
    const char *formula, const char *weights, const struct gd_opts *o,
    int trace, const char *save, struct out_table **out, struct diag *d)
{
	struct gd_opts so;
	struct gd_fit *f = NULL;
	struct src S;
	struct prob P;
	int rc;

	if (!o->sgd || o->cv > 1)
		return diag_set(d, STATUS_USAGE, "--stream goes with --solver "
		    "sgd, and not with --cv");
	if (settle_opts(o, &so, d) != 0)
		return -1;
	o = &so;
	memset(&S, 0, sizeof(S));
	memset(&P, 0, sizeof(P));
	S.text = formula;
	S.weights = weights;
	S.binomial = o->binomial;
	rc = src_open(&S, nfiles, files, in, o, d);
	/* the sums of the scaling, a pass each (weights and means in one
	 * without weights: each weight is then 1 exactly) */
	if (rc == 0)
		rc = src_pass(&S, &P, o, PASS_WEIGHTS | (weights == NULL ?
		    PASS_MEANS : 0), NULL, d);
	if (rc == 0 && S.nrows > P.n)
		diag_warn("%zu of %zu rows left out for missing values",
		    S.nrows - P.n, S.nrows);
	if (rc == 0)
		rc = check_rows(P.n, d);
	if (rc == 0)
		rc = prob_weights(&P, d);
	if (rc == 0 && weights != NULL)
		rc = src_pass(&S, &P, o, PASS_MEANS, NULL, d);
	if (rc == 0) {
		prob_means(&P);
		rc = src_pass(&S, &P, o, PASS_VARS, NULL, d);
	}
	if (rc == 0)
		rc = prob_scales(&P, o, d);
	if (rc == 0)
		rc = src_descend(&S, &P, o, &f, d);
	if (rc == 0)
		rc = fit_result(S.first, o, f, trace, save, S.expanded, out,
		    d);
	prob_free(&P);
	src_free(&S);
	return rc;
}
