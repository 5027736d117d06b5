/* deriv: a nonlinear model's value and exact derivatives as trees. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "model/deriv.h"
#include "model/formula.h"

enum op {
	D_NUM, D_COL, D_PAR, D_ADD, D_SUB, D_MUL, D_DIV, D_POW, D_NEG,
	D_EXP, D_LOG, D_SIN, D_COS, D_ATAN, D_SQRT, D_PNORM, D_DNORM
};

#define NONE	((size_t)-1)

struct node {
	enum op		 op;
	long double	 num;		/* D_NUM */
	size_t		 idx;		/* D_COL column, D_PAR parameter */
	size_t		 a, b;		/* operands (node indexes) */
};

struct deriv {
	struct node	*node;
	size_t		 n, cap;
	size_t		 value;		/* root of the value */
	size_t		*grad;		/* npar roots of the derivatives */
	size_t		*hess;		/* npar * npar roots of the second
					   derivatives (symmetric) */
	size_t		 npar;
};

static const struct {
	const char	*name;
	enum op		 op;
} fns[] = {
	{ "exp", D_EXP }, { "log", D_LOG }, { "sin", D_SIN }, { "cos", D_COS },
	{ "atan", D_ATAN }, { "sqrt", D_SQRT }, { "pnorm", D_PNORM },
};

static size_t
add(struct deriv *dv, enum op op, size_t a, size_t b)
{
	struct node *n;

	dv->node = xgrow(dv->node, &dv->cap, dv->n + 1, sizeof(*dv->node));
	n = &dv->node[dv->n];
	memset(n, 0, sizeof(*n));
	n->op = op;
	n->a = a;
	n->b = b;
	n->idx = NONE;
	return dv->n++;
}

static size_t
num(struct deriv *dv, long double x)
{
	size_t k = add(dv, D_NUM, NONE, NONE);

	dv->node[k].num = x;
	return k;
}

static int
is_num(const struct deriv *dv, size_t k, long double x)
{
	return dv->node[k].op == D_NUM && dv->node[k].num == x;
}

static int
is_const(const struct deriv *dv, size_t k)
{
	return dv->node[k].op == D_NUM;
}

static long double
nv(const struct deriv *dv, size_t k)
{
	return dv->node[k].num;
}

static size_t neg(struct deriv *, size_t);

/* a op b, simplified where one is a number */
static size_t
bin(struct deriv *dv, enum op op, size_t a, size_t b)
{
	if (is_const(dv, a) && is_const(dv, b)) {
		switch (op) {
		case D_ADD:
			return num(dv, nv(dv, a) + nv(dv, b));
		case D_SUB:
			return num(dv, nv(dv, a) - nv(dv, b));
		case D_MUL:
			return num(dv, nv(dv, a) * nv(dv, b));
		default:
			break;	/* / and ^ of numbers stay as written */
		}
	}
	switch (op) {
	case D_ADD:
		if (is_num(dv, a, 0))
			return b;
		if (is_num(dv, b, 0))
			return a;
		break;
	case D_SUB:
		if (is_num(dv, b, 0))
			return a;
		if (is_num(dv, a, 0))
			return add(dv, D_NEG, b, NONE);
		break;
	case D_MUL:
		if (is_num(dv, a, 0) || is_num(dv, b, 0))
			return num(dv, 0);
		if (is_num(dv, a, 1))
			return b;
		if (is_num(dv, b, 1))
			return a;
		if (is_num(dv, a, -1))
			return neg(dv, b);
		if (is_num(dv, b, -1))
			return neg(dv, a);
		break;
	case D_DIV:
		if (is_num(dv, a, 0))
			return num(dv, 0);
		if (is_num(dv, b, 1))
			return a;
		break;
	case D_POW:
		if (is_num(dv, b, 1))
			return a;
		if (is_num(dv, b, 0))
			return num(dv, 1);
		break;
	default:
		break;
	}
	return add(dv, op, a, b);
}

static size_t
neg(struct deriv *dv, size_t a)
{
	if (is_const(dv, a))
		return num(dv, -nv(dv, a));
	if (dv->node[a].op == D_NEG)
		return dv->node[a].a;
	return add(dv, D_NEG, a, NONE);
}

static long double ev(const struct deriv *, size_t, const long double *const *,
    size_t, const double *);
static void second(struct deriv *);

static int
find(char *const *names, size_t n, const char *name, size_t *k)
{
	for (*k = 0; *k < n; (*k)++)
		if (strcmp(names[*k], name) == 0)
			return 1;
	return 0;
}

struct env {
	char *const	*cols, *const *par;
	size_t		 ncols, npar;
	struct diag	*d;
};

static int
build(struct deriv *dv, const struct env *en, const struct formula_fx *e,
    size_t *out)
{
	size_t a, b, k;

	switch (e->kind) {
	case FX_NUM:
		*out = num(dv, e->num);
		return 0;
	case FX_VAR:
		if (find(en->cols, en->ncols, e->name, &k)) {
			*out = add(dv, D_COL, NONE, NONE);
			dv->node[*out].idx = k;
		} else if (find(en->par, en->npar, e->name, &k)) {
			*out = add(dv, D_PAR, NONE, NONE);
			dv->node[*out].idx = k;
		} else if (strcmp(e->name, "pi") == 0)
			*out = num(dv, acosl(-1.0L));
		else
			return diag_set(en->d, STATUS_USAGE, "\"%s\" is neither "
			    "a column nor a parameter given a --start value",
			    e->name);
		return 0;
	case FX_PAREN:
		return build(dv, en, e->arg[0], out);
	case FX_NEG:
		if (build(dv, en, e->arg[0], &a) != 0)
			return -1;
		*out = neg(dv, a);
		return 0;
	case FX_BIN:
		if (build(dv, en, e->arg[0], &a) != 0 ||
		    build(dv, en, e->arg[1], &b) != 0)
			return -1;
		*out = add(dv, e->op == '+' ? D_ADD : e->op == '-' ? D_SUB :
		    e->op == '*' ? D_MUL : e->op == '/' ? D_DIV : D_POW, a, b);
		return 0;
	case FX_CALL:
		if (build(dv, en, e->arg[0], &a) != 0)
			return -1;
		if (strcmp(e->name, "I") == 0) {
			*out = a;
			return 0;
		}
		if (strcmp(e->name, "log2") == 0 ||
		    strcmp(e->name, "log10") == 0) {
			*out = add(dv, D_DIV, add(dv, D_LOG, a, NONE),
			    num(dv, logl(e->name[3] == '2' ? 2.0L : 10.0L)));
			return 0;
		}
		for (k = 0; k < sizeof(fns) / sizeof(fns[0]); k++)
			if (strcmp(e->name, fns[k].name) == 0) {
				*out = add(dv, fns[k].op, a, NONE);
				return 0;
			}
		return diag_set(en->d, STATUS_USAGE, "%s() is not "
		    "differentiable here (functions: exp, log, log2, log10, "
		    "sqrt, sin, cos, atan, pnorm, I)", e->name);
	}
	return diag_set(en->d, STATUS_USAGE, "bad expression");
}

/* Does the tree at k depend on parameter j? */
static int
uses(const struct deriv *dv, size_t k, size_t j)
{
	const struct node *n = &dv->node[k];

	if (n->op == D_PAR)
		return n->idx == j;
	return (n->a != NONE && uses(dv, n->a, j)) ||
	    (n->b != NONE && uses(dv, n->b, j));
}

/* d(tree at k)/d(parameter j) */
static size_t
diff(struct deriv *dv, size_t k, size_t j)
{
	struct node n = dv->node[k];	/* a copy: the array grows */
	size_t da, db, t;

	if (!uses(dv, k, j))
		return num(dv, 0);
	da = n.a != NONE ? diff(dv, n.a, j) : NONE;
	db = n.b != NONE ? diff(dv, n.b, j) : NONE;
	switch (n.op) {
	case D_PAR:
		return num(dv, 1);
	case D_ADD:
		return bin(dv, D_ADD, da, db);
	case D_SUB:
		return bin(dv, D_SUB, da, db);
	case D_NEG:
		return neg(dv, da);
	case D_MUL:
		return bin(dv, D_ADD, bin(dv, D_MUL, da, n.b),
		    bin(dv, D_MUL, n.a, db));
	case D_DIV:	/* a'/b - a b'/b^2 */
		return bin(dv, D_SUB, bin(dv, D_DIV, da, n.b),
		    bin(dv, D_DIV, bin(dv, D_MUL, n.a, db),
		    bin(dv, D_POW, n.b, num(dv, 2))));
	case D_POW:
		if (!uses(dv, n.b, j))	/* b a^(b-1) a' */
			return bin(dv, D_MUL, bin(dv, D_MUL, n.b,
			    bin(dv, D_POW, n.a, bin(dv, D_SUB, n.b,
			    num(dv, 1)))), da);
		/* a^b (b' log a + b a'/a) */
		t = bin(dv, D_MUL, db, add(dv, D_LOG, n.a, NONE));
		if (uses(dv, n.a, j))
			t = bin(dv, D_ADD, t, bin(dv, D_DIV,
			    bin(dv, D_MUL, n.b, da), n.a));
		return bin(dv, D_MUL, k, t);
	case D_EXP:
		return bin(dv, D_MUL, k, da);
	case D_LOG:
		return bin(dv, D_DIV, da, n.a);
	case D_SIN:
		return bin(dv, D_MUL, add(dv, D_COS, n.a, NONE), da);
	case D_COS:
		return neg(dv, bin(dv, D_MUL, add(dv, D_SIN, n.a, NONE), da));
	case D_ATAN:	/* a'/(1 + a^2) */
		return bin(dv, D_DIV, da, bin(dv, D_ADD, num(dv, 1),
		    bin(dv, D_POW, n.a, num(dv, 2))));
	case D_SQRT:	/* a'/(2 sqrt(a)) */
		return bin(dv, D_DIV, da, bin(dv, D_MUL, num(dv, 2), k));
	case D_PNORM:
		return bin(dv, D_MUL, add(dv, D_DNORM, n.a, NONE), da);
	case D_DNORM:	/* -a dnorm(a) a' */
		return neg(dv, bin(dv, D_MUL, bin(dv, D_MUL, n.a, k), da));
	default:
		return num(dv, 0);
	}
}

int
deriv_compile(const struct formula_fx *e, char *const *cols, size_t ncols,
    char *const *par, size_t npar, struct deriv **dp, struct diag *d)
{
	struct deriv *dv = xcalloc(1, sizeof(*dv));
	struct env en = { cols, par, ncols, npar, d };
	size_t j;

	if (build(dv, &en, e, &dv->value) != 0) {
		deriv_free(dv);
		return -1;
	}
	dv->npar = npar;
	dv->grad = xmalloc((npar ? npar : 1) * sizeof(*dv->grad));
	for (j = 0; j < npar; j++)
		dv->grad[j] = diff(dv, dv->value, j);
	second(dv);
	*dp = dv;
	return 0;
}

/* the second derivatives, from the first */
static void
second(struct deriv *dv)
{
	size_t j, k, p = dv->npar;

	dv->hess = xmalloc((p ? p * p : 1) * sizeof(*dv->hess));
	for (j = 0; j < p; j++)
		for (k = 0; k <= j; k++)
			dv->hess[j * p + k] = dv->hess[k * p + j] =
			    diff(dv, dv->grad[j], k);
}

long double
deriv_eval2(const struct deriv *dv, size_t j, size_t k,
    const long double *const *x, size_t i, const double *par)
{
	return ev(dv, dv->hess[j * dv->npar + k], x, i, par);
}

void
deriv_free(struct deriv *dv)
{
	if (dv == NULL)
		return;
	free(dv->node);
	free(dv->grad);
	free(dv->hess);
	free(dv);
}

void
deriv_columns(const struct deriv *dv, unsigned char *use, size_t ncols)
{
	size_t k;

	for (k = 0; k < dv->n; k++)
		if (dv->node[k].op == D_COL && dv->node[k].idx < ncols)
			use[dv->node[k].idx] = 1;
}

static long double
ev(const struct deriv *dv, size_t k, const long double *const *x, size_t i,
    const double *par)
{
	const struct node *n = &dv->node[k];
	long double a, b;

	switch (n->op) {
	case D_NUM:
		return n->num;
	case D_COL:
		return x[n->idx][i];
	case D_PAR:
		return par[n->idx];
	default:
		break;
	}
	a = ev(dv, n->a, x, i, par);
	b = n->b != NONE ? ev(dv, n->b, x, i, par) : 0;
	switch (n->op) {
	case D_ADD:
		return a + b;
	case D_SUB:
		return a - b;
	case D_MUL:
		return a * b;
	case D_DIV:
		return a / b;
	case D_POW:
		return b == 2 ? a * a : powl(a, b);
	case D_NEG:
		return -a;
	case D_EXP:
		return expl(a);
	case D_LOG:
		return logl(a);
	case D_SIN:
		return sinl(a);
	case D_COS:
		return cosl(a);
	case D_ATAN:
		return atanl(a);
	case D_SQRT:
		return sqrtl(a);
	case D_PNORM:
		return erfcl(-a / sqrtl(2.0L)) / 2;
	case D_DNORM:
		return expl(-a * a / 2) / sqrtl(2 * acosl(-1.0L));
	default:
		return NAN;
	}
}

long double
deriv_eval(const struct deriv *dv, size_t k, const long double *const *x,
    size_t i, const double *par)
{
	return ev(dv, k == DERIV_VALUE ? dv->value : dv->grad[k], x, i, par);
}

static void
put(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);

	*buf = xgrow(*buf, cap, *len + n + 1, 1);
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

/* fully parenthesized: the tests compare structure, not style */
static void
text(const struct deriv *dv, size_t k, char *const *cols, char *const *par,
    char **buf, size_t *len, size_t *cap)
{
	static const char *const name[] = { [D_EXP] = "exp",
	    [D_LOG] = "log", [D_SIN] = "sin", [D_COS] = "cos",
	    [D_ATAN] = "atan", [D_SQRT] = "sqrt", [D_PNORM] = "pnorm",
	    [D_DNORM] = "dnorm" };
	static const char ops[] = { [D_ADD] = '+', [D_SUB] = '-',
	    [D_MUL] = '*', [D_DIV] = '/', [D_POW] = '^' };
	const struct node *n = &dv->node[k];
	char tmp[64];

	switch (n->op) {
	case D_NUM:
		snprintf(tmp, sizeof(tmp), "%.15Lg", n->num);
		put(buf, len, cap, tmp);
		return;
	case D_COL:
		put(buf, len, cap, cols[n->idx]);
		return;
	case D_PAR:
		put(buf, len, cap, par[n->idx]);
		return;
	case D_NEG:
		put(buf, len, cap, "-");
		text(dv, n->a, cols, par, buf, len, cap);
		return;
	case D_ADD:
	case D_SUB:
	case D_MUL:
	case D_DIV:
	case D_POW:
		put(buf, len, cap, "(");
		text(dv, n->a, cols, par, buf, len, cap);
		snprintf(tmp, sizeof(tmp), " %c ", ops[n->op]);
		put(buf, len, cap, tmp);
		text(dv, n->b, cols, par, buf, len, cap);
		put(buf, len, cap, ")");
		return;
	default:
		put(buf, len, cap, name[n->op]);
		put(buf, len, cap, "(");
		text(dv, n->a, cols, par, buf, len, cap);
		put(buf, len, cap, ")");
		return;
	}
}

char *
deriv_text(const struct deriv *dv, size_t k, char *const *cols,
    char *const *par)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	put(&buf, &len, &cap, "");
	text(dv, k == DERIV_VALUE ? dv->value : dv->grad[k], cols, par, &buf,
	    &len, &cap);
	return buf;
}
