/*
 * svm: support vector machines through LIBSVM and LIBLINEAR, as
 * e1071::svm (svm.h).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <libsvm/svm.h>
#include <linear.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "io/json.h"
#include "io/out.h"
#include "learn/cv.h"
#include "learn/lmodel.h"
#include "learn/metrics.h"
#include "learn/svm.h"
#include "learn/xy.h"

struct svm_machine {
	enum svm_type	 type;
	size_t		 nclass;	/* 0 for regression */
	size_t		 ncol;		/* design columns */
	size_t		*pred;		/* ncol: the predictor of each column */
	double		*level;		/* ncol: the level code of a dummy, or
					   -1 for a numeric column */
	double		*center, *scale;	/* ncol */
	double		 ycenter, yscale;	/* a regression's response */
	struct svm_model *lib;		/* LIBSVM's, or */
	struct model	*lin;		/* LIBLINEAR's */
	struct svm_node	*pool;		/* the training rows: LIBSVM's support
					   vectors point into them */
	int		*idx;		/* ncol + 2: a row's nonzero columns */
	double		*val;
	struct svm_node	*nodes;		/* ncol + 2: a row for prediction */
	struct feature_node *fnodes;
	double		*dv, *pr;	/* decision values, probabilities */
};

static const int lib_type[] = { C_SVC, C_SVC, NU_SVC, EPSILON_SVR, NU_SVR,
	ONE_CLASS };
static const int lib_kernel[] = { LINEAR, POLY, RBF, SIGMOID };

static void
quiet(const char *s)
{
	(void)s;
}

void
svm_opts_init(struct svm_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->type = SVM_AUTO;
	o->kernel = SVM_RADIAL;
	o->cost = 1;
	o->gamma = NAN;
	o->degree = 3;
	o->nu = 0.5;
	o->epsilon = 0.1;
	o->tolerance = NAN;
	o->scale = 1;
}

static const char *const type_names[] = { "auto", "c-classification",
	"nu-classification", "eps-regression", "nu-regression", "one-class" };
static const char *const kernel_names[] = { "linear", "polynomial",
	"radial", "sigmoid" };
static const char *const solver_names[] = { "libsvm", "liblinear" };

static int
word(const char *name, const char *arg, const char *const *w, int n,
    int from, struct diag *d)
{
	char list[256] = "";
	int i;

	for (i = from; i < n; i++)
		if (strcmp(arg, w[i]) == 0)
			return i;
	for (i = from; i < n; i++) {
		strcat(list, w[i]);
		strcat(list, i + 1 < n ? ", " : "");
	}
	return diag_set(d, STATUS_USAGE, "--%s: \"%.64s\" is not one of %s",
	    name, arg, list);
}

int
svm_opts_set(struct svm_opts *o, const char *name, const char *arg,
    struct diag *d)
{
	double *num[] = { &o->cost, &o->gamma, &o->coef0, &o->nu,
		&o->epsilon, &o->tolerance, NULL };
	static const char *const nums[] = { "cost", "gamma", "coef0", "nu",
		"epsilon", "tolerance", "degree" };
	size_t k;
	double v;
	int i;

	if (strcmp(name, "type") == 0 || strcmp(name, "kernel") == 0 ||
	    strcmp(name, "solver") == 0) {
		if (name[0] == 't')
			i = word(name, arg, type_names, 6, 1, d);
		else if (name[0] == 'k')
			i = word(name, arg, kernel_names, 4, 0, d);
		else
			i = word(name, arg, solver_names, 2, 0, d);
		if (i < 0)
			return -1;
		if (name[0] == 't')
			o->type = (enum svm_type)i;
		else if (name[0] == 'k')
			o->kernel = (enum svm_kernel)i;
		else
			o->liblinear = i;
		return 0;
	}
	for (k = 0; k < 7 && strcmp(name, nums[k]) != 0; k++)
		;
	if (k == 7)
		return diag_set(d, STATUS_USAGE, "\"%s\" is not a parameter: "
		    "cost, gamma, degree, coef0, nu, epsilon", name);
	if (num_parse_opt(arg, &v) != 0 || !isfinite(v) || (k == 6 &&
	    (v < 1 || v > 100 || v != floor(v))))
		return diag_set(d, STATUS_USAGE, "--%s: \"%s\" is not a %s",
		    name, arg, k == 6 ? "whole number from 1 to 100" : "number");
	if (num[k] != NULL)
		*num[k] = v;
	else
		o->degree = (int)v;
	return 0;
}

static int
is_class(enum svm_type t)
{
	return t == SVM_C_CLASS || t == SVM_NU_CLASS;
}

static int
is_regression(enum svm_type t)
{
	return t == SVM_EPS_REG || t == SVM_NU_REG;
}

/*
 * The design of xy's predictors as R's model.matrix() without an
 * intercept (as e1071's formula makes it): a column per number, a dummy
 * per level of the first categorical predictor, per level but the first
 * of the others.
 */
static struct svm_machine *
machine_new(const struct xy *xy, enum svm_type type)
{
	struct svm_machine *m = xcalloc(1, sizeof(*m));
	size_t j, l, k = 0, first = xy->p;

	m->type = type;
	m->nclass = is_class(type) ? xy->nclass : 0;
	for (j = 0; j < xy->p; j++) {
		if (xy->nlevel[j] && first == xy->p)
			first = j;
		m->ncol += xy->nlevel[j] ? xy->nlevel[j] - (j != first) : 1;
	}
	m->pred = xcalloc(m->ncol + 1, sizeof(*m->pred));
	m->level = xcalloc(m->ncol + 1, sizeof(double));
	m->center = xcalloc(m->ncol + 1, sizeof(double));
	m->scale = xcalloc(m->ncol + 1, sizeof(double));
	m->idx = xcalloc(m->ncol + 2, sizeof(int));
	m->val = xcalloc(m->ncol + 2, sizeof(double));
	m->nodes = xcalloc(m->ncol + 2, sizeof(*m->nodes));
	m->fnodes = xcalloc(m->ncol + 2, sizeof(*m->fnodes));
	for (j = 0; j < xy->p; j++) {
		if (xy->nlevel[j] == 0) {
			m->pred[k] = j;
			m->level[k++] = -1;
		}
		for (l = j != first; l < xy->nlevel[j]; l++) {
			m->pred[k] = j;
			m->level[k++] = (double)l;
		}
	}
	for (k = 0; k < m->ncol; k++)
		m->scale[k] = 1;
	m->yscale = 1;
	return m;
}

void
svm_machine_free(struct svm_machine *m)
{
	if (m == NULL)
		return;
	svm_free_and_destroy_model(&m->lib);
	if (m->lin != NULL)
		free_and_destroy_model(&m->lin);
	free(m->pred);
	free(m->level);
	free(m->center);
	free(m->scale);
	free(m->pool);
	free(m->idx);
	free(m->val);
	free(m->nodes);
	free(m->fnodes);
	free(m->dv);
	free(m->pr);
	free(m);
}

/* Row i's nonzero scaled columns into m->idx (1-based), m->val. */
static size_t
row_nodes(const struct svm_machine *m, double *const *x, size_t i)
{
	size_t k, n = 0;
	double v;

	for (k = 0; k < m->ncol; k++) {
		v = x[m->pred[k]][i];
		if (m->level[k] >= 0)
			v = v == m->level[k];
		v = (v - m->center[k]) / m->scale[k];
		if (v != 0) {
			m->idx[n] = (int)k + 1;
			m->val[n++] = v;
		}
	}
	return n;
}

/*
 * mean and sd (n - 1) of v(i) over the rows in, as R's scale(): sums in
 * long double, the centred values rounded to double first (the same
 * numbers to the last bit, so LIBSVM takes the same path as in e1071)
 */
static void
moments(const struct xy *xy, const uint32_t *in, const struct svm_machine *m,
    size_t k, double *mean, double *sd)
{
	long double s = 0;
	double v, w = 0, c;
	size_t i, pass;

	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < xy->n; i++) {
			if (in != NULL && in[i] == 0)
				continue;
			v = m == NULL ? xy->y[i] : xy->x[m->pred[k]][i];
			if (pass == 0) {
				s += v;
				w++;
			} else {
				c = v - *mean;
				s += (long double)c * c;
			}
		}
		if (pass == 0) {
			*mean = w > 0 ? (double)(s / w) : 0;
			s = 0;
		}
	}
	*sd = w > 1 ? sqrt((double)(s / (w - 1))) : 0;
}

/* e1071: the numeric columns (and a regression's response) centred and
 * scaled, unless one of them is constant */
static void
set_scaling(struct svm_machine *m, const struct xy *xy, const uint32_t *in)
{
	size_t k;

	for (k = 0; k < m->ncol; k++) {
		if (m->level[k] >= 0)
			continue;
		moments(xy, in, m, k, &m->center[k], &m->scale[k]);
		if (!(m->scale[k] > 0)) {
			diag_warn("column \"%s\" is constant: nothing is scaled",
			    xy->name[m->pred[k]]);
			for (k = 0; k < m->ncol; k++) {
				m->center[k] = 0;
				m->scale[k] = 1;
			}
			return;
		}
	}
	if (is_regression(m->type))
		moments(xy, in, NULL, 0, &m->ycenter, &m->yscale);
	if (!(m->yscale > 0)) {
		m->ycenter = 0;
		m->yscale = 1;
	}
}

/* "a=2,b=0.5": the weights of classes by name */
static int
class_weights(const char *spec, const struct xy *xy, int **label,
    double **weight, int *n, struct diag *d)
{
	char *s = xstrdup(spec), *tok, *save = NULL, *eq;
	size_t c;
	double w;

	*label = xcalloc(xy->nclass + 1, sizeof(int));
	*weight = xcalloc(xy->nclass + 1, sizeof(double));
	*n = 0;
	for (tok = strtok_r(s, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		eq = strrchr(tok, '=');
		if (eq != NULL)
			*eq++ = '\0';
		for (c = 0; eq != NULL && c < xy->nclass; c++)
			if (strcmp(xy->ylevel[c], tok) == 0)
				break;
		if (eq == NULL || c == xy->nclass || *n >= (int)xy->nclass ||
		    num_parse_opt(eq, &w) != 0 || !(w >= 0) || !isfinite(w)) {
			diag_set(d, STATUS_USAGE, "--class-weights: \"%s\" is "
			    "not CLASS=WEIGHT of a class of the response", tok);
			free(s);
			return -1;
		}
		(*label)[*n] = (int)c + 1;
		(*weight)[(*n)++] = w;
	}
	free(s);
	return 0;
}

static int
fit_liblinear(struct svm_machine *m, const struct xy *xy, const uint32_t *in,
    const struct svm_opts *o, double *y, size_t n, int *wl, double *wv,
    int nw, struct diag *d)
{
	struct feature_node **rows = xcalloc(n + 1, sizeof(*rows));
	struct feature_node *pool = xcalloc(n * (m->ncol + 2) + 1,
	    sizeof(*pool)), *p = pool;
	struct problem prob;
	struct parameter par;
	const char *err;
	size_t i, r, k, nz;

	for (i = r = 0; i < xy->n; i++) {
		if (in != NULL && in[i] == 0)
			continue;
		rows[r++] = p;
		nz = row_nodes(m, xy->x, i);
		for (k = 0; k < nz; k++, p++) {
			p->index = m->idx[k];
			p->value = m->val[k];
		}
		p->index = (int)m->ncol + 1;	/* the intercept's column */
		(p++)->value = 1;
		(p++)->index = -1;
	}
	memset(&prob, 0, sizeof(prob));
	prob.l = (int)n;
	prob.n = (int)m->ncol + 1;
	prob.y = y;
	prob.x = rows;
	prob.bias = 1;
	memset(&par, 0, sizeof(par));
	par.solver_type = m->nclass ? L2R_L2LOSS_SVC_DUAL : L2R_L2LOSS_SVR_DUAL;
	par.eps = isnan(o->tolerance) ? 0.1 : o->tolerance;
	par.C = o->cost;
	par.p = o->epsilon;
	par.nr_weight = nw;
	par.weight_label = wl;
	par.weight = wv;
	set_print_string_function(quiet);
	if ((err = check_parameter(&prob, &par)) != NULL) {
		free(rows);
		free(pool);
		return diag_set(d, STATUS_USAGE, "LIBLINEAR: %s", err);
	}
	m->lin = train(&prob, &par);
	free(rows);
	free(pool);
	return 0;
}

int
svm_machine_fit(const struct xy *xy, const uint32_t *in,
    const struct svm_opts *o, struct svm_machine **mp, struct diag *d)
{
	enum svm_type type = o->type != SVM_AUTO ? o->type : xy->y == NULL ?
	    SVM_ONE_CLASS : xy->nclass ? SVM_C_CLASS : SVM_EPS_REG;
	struct svm_machine *m;
	struct svm_problem prob;
	struct svm_parameter par;
	struct svm_node *p;
	const char *err;
	double *y;
	int *wl = NULL, nw = 0;
	double *wv = NULL;
	size_t i, r, k, n, nz;

	if (type == SVM_ONE_CLASS ? xy->y != NULL : is_class(type) ?
	    xy->nclass < 2 : xy->nclass != 0)
		return diag_set(d, STATUS_USAGE, "%s needs %s", type ==
		    SVM_ONE_CLASS ? "one-class" : is_class(type) ?
		    "classification" : "regression", type == SVM_ONE_CLASS ?
		    "a formula without a response" : is_class(type) ?
		    "a response of classes" : "a response of numbers");
	if (o->liblinear && (o->kernel != SVM_LINEAR || type == SVM_NU_CLASS ||
	    type == SVM_NU_REG || type == SVM_ONE_CLASS || o->probability))
		return diag_set(d, STATUS_USAGE, "--solver liblinear is for "
		    "the linear kernel, C-classification and eps-regression, "
		    "without --probability");
	if (o->probability && type == SVM_ONE_CLASS)
		return diag_set(d, STATUS_USAGE, "--probability is not for "
		    "one-class");
	if (o->class_weights != NULL && !is_class(type))
		return diag_set(d, STATUS_USAGE, "--class-weights is for "
		    "classification");
	if (o->class_weights != NULL && class_weights(o->class_weights, xy,
	    &wl, &wv, &nw, d) != 0) {
		free(wl);
		free(wv);
		return -1;
	}
	m = machine_new(xy, type);
	if (m->ncol == 0) {
		svm_machine_free(m);
		free(wl);
		free(wv);
		return diag_set(d, STATUS_DATA, "the predictors make no column "
		    "(a text predictor of one level)");
	}
	if (o->scale)
		set_scaling(m, xy, in);
	for (i = n = 0; i < xy->n; i++)
		n += in == NULL || in[i] != 0;
	y = xcalloc(n + 1, sizeof(*y));
	for (i = r = 0; i < xy->n; i++)
		if (in == NULL || in[i] != 0)
			y[r++] = type == SVM_ONE_CLASS ? 1 : m->nclass ?
			    xy->y[i] + 1 : (xy->y[i] - m->ycenter) / m->yscale;
	if (o->liblinear) {
		if (fit_liblinear(m, xy, in, o, y, n, wl, wv, nw, d) != 0)
			goto fail;
		goto done;
	}
	memset(&prob, 0, sizeof(prob));
	prob.l = (int)n;
	prob.y = y;
	prob.x = xcalloc(n + 1, sizeof(*prob.x));
	p = m->pool = xcalloc(n * (m->ncol + 1) + 1, sizeof(*m->pool));
	for (i = r = 0; i < xy->n; i++) {
		if (in != NULL && in[i] == 0)
			continue;
		prob.x[r++] = p;
		nz = row_nodes(m, xy->x, i);
		for (k = 0; k < nz; k++, p++) {
			p->index = m->idx[k];
			p->value = m->val[k];
		}
		(p++)->index = -1;
	}
	memset(&par, 0, sizeof(par));
	par.svm_type = lib_type[type];
	par.kernel_type = lib_kernel[o->kernel];
	par.degree = o->degree;
	par.gamma = isnan(o->gamma) ? 1 / (double)m->ncol : o->gamma;
	par.coef0 = o->coef0;
	par.cache_size = 40;
	par.eps = isnan(o->tolerance) ? 0.001 : o->tolerance;
	par.C = o->cost;
	par.nr_weight = nw;
	par.weight_label = wl;
	par.weight = wv;
	par.nu = o->nu;
	par.p = o->epsilon;
	par.shrinking = 1;
	par.probability = o->probability;
	svm_set_print_string_function(quiet);
	if ((err = svm_check_parameter(&prob, &par)) != NULL) {
		free(prob.x);
		diag_set(d, STATUS_USAGE, "LIBSVM: %s", err);
		goto fail;
	}
	m->lib = svm_train(&prob, &par);
	free(prob.x);
done:
	m->dv = xcalloc(svm_machine_ndec(m) + 1, sizeof(double));
	m->pr = xcalloc(m->nclass + 1, sizeof(double));
	free(y);
	free(wl);
	free(wv);
	*mp = m;
	return 0;
fail:
	free(y);
	free(wl);
	free(wv);
	svm_machine_free(m);
	return -1;
}

size_t
svm_machine_ndec(const struct svm_machine *m)
{
	size_t k;

	if (m->lib != NULL) {
		k = (size_t)m->lib->nr_class;
		return m->nclass ? k * (k - 1) / 2 : 1;
	}
	return m->nclass > 2 ? (size_t)m->lin->nr_class : 1;
}

size_t
svm_machine_nsv(const struct svm_machine *m)
{
	return m->lib != NULL ? (size_t)m->lib->l : 0;
}

int
svm_machine_one_class(const struct svm_machine *m)
{
	return m->type == SVM_ONE_CLASS;
}

int
svm_machine_has_prob(const struct svm_machine *m)
{
	return m->lib != NULL && m->nclass && svm_check_probability_model(
	    m->lib);
}

void
svm_machine_dec_name(const struct svm_machine *m, char *const *levels,
    size_t k, char *buf, size_t size)
{
	size_t a, b, q = 0, nc;
	const int *lab;

	if (!m->nclass) {
		snprintf(buf, size, "decision");
		return;
	}
	if (m->lib == NULL) {
		/* LIBLINEAR: one against the rest (two classes: the first) */
		nc = (size_t)m->lin->nr_class;
		snprintf(buf, size, "%s",
		    levels[m->lin->label[nc > 2 ? k : 0] - 1]);
		return;
	}
	nc = (size_t)m->lib->nr_class;
	lab = m->lib->label;
	for (a = 0; a < nc; a++)
		for (b = a + 1; b < nc; b++)
			if (q++ == k) {
				snprintf(buf, size, "%s/%s",
				    levels[lab[a] - 1], levels[lab[b] - 1]);
				return;
			}
}

double
svm_machine_predict(const struct svm_machine *m, double *const *x, size_t i,
    double *dec, double *prob)
{
	size_t nz = row_nodes(m, x, i), k, nd = svm_machine_ndec(m);
	double v;

	if (m->lin != NULL) {
		for (k = 0; k < nz; k++) {
			m->fnodes[k].index = m->idx[k];
			m->fnodes[k].value = m->val[k];
		}
		m->fnodes[nz].index = (int)m->ncol + 1;	/* the intercept */
		m->fnodes[nz++].value = 1;
		m->fnodes[nz].index = -1;
		v = predict_values(m->lin, m->fnodes, m->dv);
	} else {
		for (k = 0; k < nz; k++) {
			m->nodes[k].index = m->idx[k];
			m->nodes[k].value = m->val[k];
		}
		m->nodes[nz].index = -1;
		v = svm_predict_values(m->lib, m->nodes, m->dv);
		if (prob != NULL && svm_machine_has_prob(m)) {
			svm_predict_probability(m->lib, m->nodes, m->pr);
			for (k = 0; k < m->nclass; k++)
				prob[k] = 0;
			for (k = 0; k < (size_t)m->lib->nr_class; k++)
				prob[m->lib->label[k] - 1] = m->pr[k];
		}
	}
	if (dec != NULL)
		memcpy(dec, m->dv, nd * sizeof(*dec));
	if (m->type == SVM_ONE_CLASS)
		return v > 0;	/* LIBSVM's +1 inside, -1 outside */
	return m->nclass ? v - 1 : v * m->yscale + m->ycenter;
}

/* decision function q's weights w[0..ncol) and constant on the scaled
 * columns */
static void
weights(const struct svm_machine *m, size_t q, double *w, double *b)
{
	const struct svm_model *s = m->lib;
	size_t k, c, a, bb, t = 0, nc, nw;
	int i, lo[2], hi[2], start;
	const struct svm_node *p;
	double coef;

	memset(w, 0, m->ncol * sizeof(*w));
	if (m->lin != NULL) {
		nc = (size_t)m->lin->nr_class;
		nw = m->nclass && nc > 2 ? nc : 1;
		for (k = 0; k < m->ncol; k++)
			w[k] = m->lin->w[k * nw + q];
		*b = m->lin->w[m->ncol * nw + q];
		return;
	}
	/* LIBSVM: pair (a, b) uses the SVs of a with the coefficients of
	 * b - 1, those of b with those of a */
	lo[0] = hi[0] = lo[1] = hi[1] = 0;
	a = 0;
	bb = 1;
	if (m->nclass) {
		nc = (size_t)s->nr_class;
		for (a = 0; a < nc; a++)
			for (bb = a + 1; bb < nc; bb++)
				if (t++ == q)
					goto found;
found:
		for (c = 0, start = 0; c < nc; c++) {
			if (c == a || c == bb) {
				lo[c == bb] = start;
				hi[c == bb] = start + s->nSV[c];
			}
			start += s->nSV[c];
		}
	} else
		hi[0] = s->l;
	for (t = 0; t < 2; t++)
		for (i = lo[t]; i < hi[t]; i++) {
			coef = !m->nclass ? s->sv_coef[0][i] : t == 0 ?
			    s->sv_coef[bb - 1][i] : s->sv_coef[a][i];
			for (p = s->SV[i]; p->index != -1; p++)
				w[p->index - 1] += coef * p->value;
		}
	*b = -s->rho[q];
}

static struct out_table *
coef_table(const struct svm_machine *m, const struct xy *xy)
{
	struct out_table *t = out_new();
	double *w = xcalloc(m->ncol + 1, sizeof(*w)), b, ys = m->yscale;
	size_t q, k, r, nd = svm_machine_ndec(m);
	char name[512];

	out_column(t, "function");
	out_column(t, "term");
	out_column(t, "estimate");
	for (q = 0; q < nd; q++) {
		weights(m, q, w, &b);
		if (m->nclass)
			svm_machine_dec_name(m, xy->ylevel, q, name,
			    sizeof(name));
		else
			snprintf(name, sizeof(name), m->type == SVM_ONE_CLASS ?
			    "decision" : "fitted");
		for (k = 0; k < m->ncol; k++)
			b -= w[k] * m->center[k] / m->scale[k];
		r = out_row(t);
		out_text(t, r, 0, name);
		out_text(t, r, 1, "(Intercept)");
		out_num(t, r, 2, b * ys + m->ycenter);
		for (k = 0; k < m->ncol; k++) {
			r = out_row(t);
			out_text(t, r, 0, name);
			if (m->level[k] < 0)
				out_text(t, r, 1, xy->name[m->pred[k]]);
			else {
				char term[512];

				snprintf(term, sizeof(term), "%s%s",
				    xy->name[m->pred[k]],
				    xy->level[m->pred[k]][(size_t)m->level[k]]);
				out_text(t, r, 1, term);
			}
			out_num(t, r, 2, w[k] / m->scale[k] * ys);
		}
	}
	free(w);
	return t;
}

static void
stat_row(struct out_table *t, const char *name, double v)
{
	size_t r = out_row(t);

	out_text(t, r, 0, name);
	out_num(t, r, 1, v);
}

/* the support vectors and the fit to the training rows */
static struct out_table *
summary_table(const struct svm_machine *m, const struct xy *xy,
    const struct svm_opts *o)
{
	struct out_table *t = out_new();
	double *pred = xcalloc(xy->n + 1, sizeof(*pred)), v[METRICS_NUMBERS];
	double *conf = xcalloc(m->nclass * m->nclass + 1, sizeof(*conf));
	char name[512];
	size_t i, c, nzero;

	out_column(t, "statistic");
	out_column(t, "value");
	stat_row(t, "rows", (double)xy->n);
	stat_row(t, "columns", (double)m->ncol);
	if (m->lib != NULL) {
		if (o->kernel != SVM_LINEAR)
			stat_row(t, "gamma", m->lib->param.gamma);
		stat_row(t, "support_vectors", (double)m->lib->l);
		for (c = 0; m->nclass && c < (size_t)m->lib->nr_class; c++) {
			snprintf(name, sizeof(name), "support_vectors_%s",
			    xy->ylevel[m->lib->label[c] - 1]);
			stat_row(t, name, m->lib->nSV[c]);
		}
	}
	for (i = 0; i < xy->n; i++)
		pred[i] = svm_machine_predict(m, xy->x, i, NULL, NULL);
	if (m->type == SVM_ONE_CLASS) {
		for (i = nzero = 0; i < xy->n; i++)
			nzero += pred[i] != 0;
		stat_row(t, "inside", (double)nzero);
		stat_row(t, "inside_fraction", (double)nzero / (double)xy->n);
	} else if (m->nclass) {
		for (i = 0; i < xy->n; i++)
			conf[(size_t)xy->y[i] * m->nclass + (size_t)pred[i]]++;
		metrics_agreement(conf, m->nclass, v);
		stat_row(t, "accuracy", v[0]);
		stat_row(t, "kappa", v[2]);
	} else {
		metrics_numbers(xy->y, pred, xy->n, v, &nzero);
		stat_row(t, "rmse", v[1]);
		stat_row(t, "mae", v[2]);
		stat_row(t, "r_squared", v[4]);
	}
	free(pred);
	free(conf);
	return t;
}

/* ---- the model file: LIBSVM's and LIBLINEAR's own text inside ---- */

/* a temporary file's path in *path (PATH_MAX): 0, or -1 with d */
static int
temp_path(char *path, size_t size, struct diag *d)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(path, size, "%s/statpipe-svm-XXXXXX", dir != NULL &&
	    *dir != '\0' ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return diag_set(d, STATUS_DATA, "%s: %s", path,
		    strerror(errno));
	close(fd);
	return 0;
}

/* the text LIBSVM or LIBLINEAR saves of the model, malloc'ed */
static char *
model_text(const struct svm_machine *m, struct diag *d)
{
	char path[4096], *text = NULL;
	size_t len = 0, cap = 0, got;
	FILE *fp;
	int rc;

	if (temp_path(path, sizeof(path), d) != 0)
		return NULL;
	rc = m->lib != NULL ? svm_save_model(path, m->lib) :
	    save_model(path, m->lin);
	if (rc != 0 || (fp = fopen(path, "r")) == NULL) {
		diag_set(d, STATUS_DATA, "%s: the model could not be written",
		    path);
		unlink(path);
		return NULL;
	}
	do {
		text = xgrow(text, &cap, len + 4097, 1);
		got = fread(text + len, 1, 4096, fp);
		len += got;
	} while (got > 0);
	text[len] = '\0';
	fclose(fp);
	unlink(path);
	return text;
}

int
svm_write(struct json_writer *w, const struct svm_machine *m, struct diag *d)
{
	char *text = model_text(m, d);

	if (text == NULL)
		return -1;
	json_key(w, "type");
	json_str(w, type_names[m->type]);
	json_key(w, "solver");
	json_str(w, m->lib != NULL ? "libsvm" : "liblinear");
	lmodel_put_nums(w, "center", m->center, m->ncol);
	lmodel_put_nums(w, "scale", m->scale, m->ncol);
	lmodel_put_nums(w, "y_scaling", (const double[]){ m->ycenter,
	    m->yscale }, 2);
	json_key(w, "model");
	json_str(w, text);
	free(text);
	return 0;
}

/* the model's text through a temporary file to its library's reader */
static int
load_text(struct svm_machine *m, const char *text, int liblinear,
    struct diag *d)
{
	char path[4096];
	FILE *fp;
	size_t len = strlen(text);
	int ok;

	if (temp_path(path, sizeof(path), d) != 0)
		return -1;
	if ((fp = fopen(path, "w")) == NULL) {
		unlink(path);
		return diag_set(d, STATUS_DATA, "%s: %s", path,
		    strerror(errno));
	}
	ok = fwrite(text, 1, len, fp) == len;
	ok = fclose(fp) == 0 && ok;
	if (ok && liblinear)
		m->lin = load_model(path);
	else if (ok)
		m->lib = svm_load_model(path);
	unlink(path);
	return ok ? 0 : diag_set(d, STATUS_DATA, "%s: could not be written",
	    path);
}

/* every number of the loaded model in range for the design */
static const char *
check_loaded(const struct svm_machine *m)
{
	const struct svm_model *s = m->lib;
	size_t c, nc = m->nclass ? m->nclass : 2;
	int i, sum = 0;
	const struct svm_node *p;

	if (m->lin != NULL) {
		if (m->lin->nr_feature != (int)m->ncol || m->lin->bias != 1 ||
		    (m->nclass ? m->lin->nr_class < 2 ||
		    m->lin->nr_class > (int)m->nclass : 0))
			return "not a LIBLINEAR model of the predictors";
		for (i = 0; m->nclass && i < m->lin->nr_class; i++)
			if (m->lin->label[i] < 1 ||
			    m->lin->label[i] > (int)m->nclass)
				return "a label that is not a class";
		return NULL;
	}
	if (s->param.svm_type != lib_type[m->type] || s->nr_class < 2 ||
	    (size_t)s->nr_class > nc || s->l < 1)
		return "not a LIBSVM model of the response";
	for (c = 0; m->nclass && c < (size_t)s->nr_class; c++) {
		if (s->label == NULL || s->nSV == NULL || s->label[c] < 1 ||
		    s->label[c] > (int)m->nclass || s->nSV[c] < 0)
			return "a label that is not a class";
		sum += s->nSV[c];
	}
	if (m->nclass && sum != s->l)
		return "support vectors not those of the classes";
	for (i = 0; i < s->l; i++)
		for (p = s->SV[i]; p->index != -1; p++)
			if (p->index < 1 || p->index > (int)m->ncol ||
			    !isfinite(p->value))
				return "a support vector outside the predictors";
	return NULL;
}

int
svm_read(const struct json *root, const struct xy *xy,
    struct svm_machine **mp, struct diag *d)
{
	const char *type, *solver, *text, *why;
	struct svm_machine *m;
	double ys[2];
	size_t t, k;

	if ((type = json_get_str(root, "type", d)) == NULL ||
	    (solver = json_get_str(root, "solver", d)) == NULL ||
	    (text = json_get_str(root, "model", d)) == NULL)
		return -1;
	for (t = 1; t < sizeof(type_names) / sizeof(type_names[0]); t++)
		if (strcmp(type, type_names[t]) == 0)
			break;
	if (t == sizeof(type_names) / sizeof(type_names[0]) ||
	    (t == SVM_ONE_CLASS ? xy->nclass != 0 : is_class((enum svm_type)t) ?
	    xy->nclass < 2 : xy->nclass != 0))
		return json_fail(root, "type", d, "not a type of the response");
	if (strcmp(solver, "libsvm") != 0 && strcmp(solver, "liblinear") != 0)
		return json_fail(root, "solver", d, "not libsvm or liblinear");
	m = machine_new(xy, (enum svm_type)t);
	if (lmodel_get_nums(root, "center", m->center, m->ncol, d) != 0 ||
	    lmodel_get_nums(root, "scale", m->scale, m->ncol, d) != 0 ||
	    lmodel_get_nums(root, "y_scaling", ys, 2, d) != 0)
		goto fail;
	for (k = 0; k < m->ncol; k++)
		if (!(m->scale[k] > 0)) {
			json_fail(root, "scale", d, "not positive");
			goto fail;
		}
	if (!(ys[1] > 0)) {
		json_fail(root, "y_scaling", d, "not a positive scale");
		goto fail;
	}
	m->ycenter = ys[0];
	m->yscale = ys[1];
	svm_set_print_string_function(quiet);
	set_print_string_function(quiet);
	if (load_text(m, text, solver[3] == 'l', d) != 0)
		goto fail;
	if (m->lib == NULL && m->lin == NULL) {
		json_fail(root, "model", d, "not a model %s reads", solver);
		goto fail;
	}
	if ((why = check_loaded(m)) != NULL) {
		json_fail(root, "model", d, "%s", why);
		goto fail;
	}
	m->dv = xcalloc(svm_machine_ndec(m) + 1, sizeof(double));
	m->pr = xcalloc(m->nclass + 1, sizeof(double));
	*mp = m;
	return 0;
fail:
	svm_machine_free(m);
	return -1;
}

/* ---- cross-validation, the grid, the front door ---- */

struct cvarg {
	const struct xy		*xy;
	const struct svm_opts	*o;
};

static int
cv_fit(void *arg, const uint32_t *in, double *pred, struct diag *d)
{
	const struct cvarg *a = arg;
	struct svm_machine *m;
	size_t i;

	if (svm_machine_fit(a->xy, in, a->o, &m, d) != 0)
		return -1;
	for (i = 0; i < a->xy->n; i++)
		if (!in[i])
			pred[i] = svm_machine_predict(m, a->xy->x, i, NULL,
			    NULL);
	svm_machine_free(m);
	return 0;
}

struct axis {
	char	*name;
	char	*list;		/* the values, NUL-separated */
	char	**v;
	size_t	 n;
};

/* "cost=0.1,1,10", each value checked as the option */
static int
parse_axis(const char *spec, struct axis *a, struct diag *d)
{
	const char *eq = strchr(spec, '=');
	char *tok, *save = NULL;
	struct svm_opts o;
	double x;

	svm_opts_init(&o);
	if (eq == NULL)
		return diag_set(d, STATUS_USAGE, "--grid: \"%s\" is not NAME="
		    "V1,V2,...", spec);
	a->name = xstrndup(spec, (size_t)(eq - spec));
	a->list = xstrdup(eq + 1);
	a->v = xcalloc(strlen(eq) + 1, sizeof(*a->v));
	for (tok = strtok_r(a->list, ",", &save); tok != NULL;
	    tok = strtok_r(NULL, ",", &save)) {
		a->v[a->n++] = tok;
		if (svm_opts_set(&o, a->name, tok, d) != 0)
			return -1;
		if (num_parse_opt(tok, &x) != 0)
			return diag_set(d, STATUS_USAGE, "--grid: %s is not a "
			    "number", a->name);
	}
	if (a->n == 0)
		return diag_set(d, STATUS_USAGE, "--grid: no values in \"%s\"",
		    spec);
	return 0;
}

/* every point of the grid cross-validated: its values, then cv's table */
static int
grid_run(const struct xy *xy, const struct svm_request *q,
    struct out_table **out, struct diag *d)
{
	struct axis ax[2];
	struct svm_opts o = q->o;
	struct out_table *t = out_new(), *cv;
	struct cvarg a = { xy, &o };
	size_t g, i0, i1, r, row, c, nc;
	int rc = -1;
	double v;

	memset(ax, 0, sizeof(ax));
	ax[0].n = ax[1].n = 1;
	for (g = 0; g < q->ngrid; g++) {
		ax[g].n = 0;
		if (parse_axis(q->grid[g], &ax[g], d) != 0)
			goto done;
		out_column(t, ax[g].name);
	}
	out_column(t, "metric");
	out_column(t, "estimate");
	out_column(t, "sd");
	out_column(t, "folds");
	nc = q->ngrid;
	for (i0 = 0; i0 < ax[0].n; i0++)
		for (i1 = 0; i1 < ax[1].n; i1++) {
			for (g = 0; g < q->ngrid; g++)
				svm_opts_set(&o, ax[g].name, ax[g].v[g ? i1 :
				    i0], d);
			if (cv_score(cv_fit, &a, xy->y, xy->n, is_class(
			    o.type == SVM_AUTO ? (xy->nclass ? SVM_C_CLASS :
			    SVM_EPS_REG) : o.type) ? xy->nclass : 0, q->cv,
			    q->seed, &cv, d) != 0)
				goto done;
			/* cv's rows: metric (a text), estimate, sd, folds */
			for (r = 0; r < cv->nrows; r++) {
				row = out_row(t);
				for (g = 0; g < q->ngrid; g++) {
					num_parse_opt(ax[g].v[g ? i1 : i0], &v);
					out_num(t, row, g, v);
				}
				out_text(t, row, nc, cv->arena +
				    cv->textoff[r * cv->ncols] - 1);
				for (c = 1; c < 4; c++)
					out_num(t, row, nc + c,
					    cv->cell[r * cv->ncols + c].num);
			}
			out_free(cv);
		}
	rc = 0;
done:
	for (g = 0; g < 2; g++) {
		free(ax[g].name);
		free(ax[g].list);
		free(ax[g].v);
	}
	if (rc == 0)
		*out = t;
	else
		out_free(t);
	return rc;
}

int
svm_frame(struct frame *f, const struct svm_request *q,
    struct out_table **out, struct svm_machine **mp, struct xy **xyp,
    struct diag *d)
{
	/* no response, "~ a + b": one-class, as e1071 makes it */
	enum svm_type t = q->o.type == SVM_AUTO && q->formula[strspn(
	    q->formula, " \t")] == '~' ? SVM_ONE_CLASS : q->o.type;
	struct svm_machine *m = NULL;
	struct cvarg a;
	struct xy *xy;
	int rc, how = t == SVM_AUTO ? XY_AUTO : is_class(t) ? XY_CLASS :
	    t == SVM_ONE_CLASS ? XY_NO_RESPONSE : XY_NUMERIC;

	if (t == SVM_ONE_CLASS && q->cv > 1)
		return diag_set(d, STATUS_USAGE, "--cv is not for one-class "
		    "(it has no response to compare)");
	if (q->ngrid > 0 && q->cv < 2)
		return diag_set(d, STATUS_USAGE, "--grid needs --cv k");
	if (q->view == SVM_COEFFICIENTS && q->o.kernel != SVM_LINEAR)
		return diag_set(d, STATUS_USAGE, "--coefficients is for the "
		    "linear kernel");
	if (xy_frame(f, q->formula, how, NULL, &xy, d) != 0)
		return -1;
	if (xy->nmissing > 0)
		diag_warn("%zu of %zu rows left out: a value of the formula "
		    "is missing", xy->nmissing, xy->nrows);
	if (q->ngrid > 0) {
		rc = grid_run(xy, q, out, d);
		xy_free(xy);
		return rc;
	}
	if (q->cv > 1) {
		a.xy = xy;
		a.o = &q->o;
		rc = cv_score(cv_fit, &a, xy->y, xy->n, xy->nclass, q->cv,
		    q->seed, out, d);
		xy_free(xy);
		return rc;
	}
	if (svm_machine_fit(xy, NULL, &q->o, &m, d) != 0) {
		xy_free(xy);
		return -1;
	}
	*out = q->view == SVM_COEFFICIENTS ? coef_table(m, xy) :
	    summary_table(m, xy, &q->o);
	if (mp != NULL && xyp != NULL) {
		*mp = m;
		*xyp = xy;
	} else {
		svm_machine_free(m);
		xy_free(xy);
	}
	return 0;
}
