/* formula: R's model formulas and the design matrix they make of a frame. */
#include <ctype.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_bspline.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_linalg.h>

#include "core/cols.h"
#include "core/diag.h"
#include "model/formula.h"
#include "frame/collate.h"
#include "frame/frame.h"
#include "core/num.h"
#include "core/par.h"
#include "core/xalloc.h"

#define MAXVAR	64	/* terms are bit sets of variables */

/*
 * VAR_LOGICAL is I(comparison): a factor of the levels FALSE and TRUE, as
 * R codes a logical variable.
 */
enum var_kind { VAR_NUM, VAR_FACTOR, VAR_POLY, VAR_LOGICAL, VAR_SCALE,
	VAR_BS, VAR_NS };

/* A variable of the formula: one expression, one label. */
struct var {
	struct formula_fx	*e;		/* the call itself for factor/poly */
	char		*label;		/* as R deparses it */
	enum var_kind	 kind;
	int		 degree;	/* VAR_POLY; VAR_BS, VAR_NS: df */
	int		 raw;		/* VAR_POLY: raw = TRUE, the powers */
	int		 sdeg;		/* VAR_BS, VAR_NS: the splines' degree */
};

/* --ref COL=LEVEL (formula_ref()) */
struct ref {
	char		*col, *level;
};

struct formula {
	char		*text;
	struct formula_fx	*response;
	struct formula_fx	*rhs;		/* formula_parse_expr() */
	struct var	 var[MAXVAR];
	size_t		 nvar;
	uint64_t	*term;		/* bit sets of variables, in R's order */
	size_t		 nterm;
	int		 intercept;
	struct formula_fx	**all;		/* every node, for freeing */
	size_t		 nall, allcap;
	int		 threads;	/* formula_threads() */
	struct ref	*ref;
	size_t		 nref;
};

/* A list of terms while parsing, with the 0 / 1 markers. */
struct tl {
	uint64_t	*m;
	size_t		 n, cap;
	int		 one, zero;
	int		 full;		/* more than MAXTERMS: an error */
};

/* Terms of a formula: (a + ... + l)^8 would cross 4096 terms for minutes */
#define MAXTERMS	512

struct parser {
	const char	*s;
	size_t		 pos;
	struct formula	*fm;
	struct diag	*d;
	int		 failed;
	int		 depth;		/* of nesting: the C stack is finite */
	int		 cmp;		/* comparisons in arguments (not nls) */
};

#define MAXDEPTH	256	/* parentheses, signs and powers */

static struct formula_fx *arith(struct parser *);
static struct formula_fx *binop(struct parser *, char, struct formula_fx *,
    struct formula_fx *);
static void sum(struct parser *, struct tl *);

static int
fail(struct parser *ps, size_t at, const char *what)
{
	if (ps->failed)
		return -1;
	ps->failed = 1;
	if (ps->s[at] == '\0')
		return diag_set(ps->d, STATUS_USAGE,
		    "formula \"%s\": %s at the end (character %zu)", ps->s,
		    what, at + 1);
	return diag_set(ps->d, STATUS_USAGE,
	    "formula \"%s\": %s at character %zu (\"%c\")", ps->s, what,
	    at + 1, ps->s[at]);
}

static void
skip(struct parser *ps)
{
	while (isspace((unsigned char)ps->s[ps->pos]))
		ps->pos++;
}

static int
peek(struct parser *ps)
{
	skip(ps);
	return ps->s[ps->pos];
}

static int
accept(struct parser *ps, int c)
{
	if (peek(ps) != c)
		return 0;
	ps->pos++;
	return 1;
}

static struct formula_fx *
node(struct parser *ps, enum formula_fx_kind kind)
{
	struct formula *fm = ps->fm;
	struct formula_fx *e = xcalloc(1, sizeof(*e));

	e->kind = kind;
	e->col = FORMULA_NONE;
	fm->all = xgrow(fm->all, &fm->allcap, fm->nall + 1, sizeof(*fm->all));
	fm->all[fm->nall++] = e;
	return e;
}

static int
isname0(int c)
{
	return isalpha(c) || c == '.' || c == '_';
}

static int
isname(int c)
{
	return isalnum(c) || c == '.' || c == '_';
}

/* A name, plain or `quoted`; NULL (not an error) if there is none. */
static char *
name(struct parser *ps)
{
	const char *s = ps->s;
	size_t start;

	skip(ps);
	start = ps->pos;
	if (s[start] == '`') {
		const char *end = strchr(s + start + 1, '`');

		if (end == NULL) {
			fail(ps, start, "unterminated `name`");
			return NULL;
		}
		ps->pos = end - s + 1;
		return xstrndup(s + start + 1, end - s - start - 1);
	}
	if (!isname0((unsigned char)s[start]) ||
	    (s[start] == '.' && isdigit((unsigned char)s[start + 1])))
		return NULL;
	while (isname((unsigned char)s[ps->pos]))
		ps->pos++;
	return xstrndup(s + start, ps->pos - start);
}

static int
number(struct parser *ps, double *x)
{
	const char *s;
	size_t len = 0;

	skip(ps);
	s = ps->s + ps->pos;
	if (!isdigit((unsigned char)s[0]) &&
	    !(s[0] == '.' && isdigit((unsigned char)s[1])))
		return 0;
	while (isdigit((unsigned char)s[len]) || s[len] == '.')
		len++;
	if (len == 0)
		return 0;
	if (s[len] == 'e' || s[len] == 'E') {
		size_t k = len + 1;

		if (s[k] == '+' || s[k] == '-')
			k++;
		if (isdigit((unsigned char)s[k])) {
			while (isdigit((unsigned char)s[k]))
				k++;
			len = k;
		}
	}
	if (num_parse(s, len, x, NULL, NULL) != 0) {
		fail(ps, ps->pos, "bad number");
		return 0;
	}
	ps->pos += len;
	return 1;
}

/*
 * The functions: their least and most arguments, how many may be given
 * by position, and the names the arguments may have, each at its place
 * only (log(x, base = 2); bs(x, df = 5, degree = 2)).
 */
static const struct func {
	const char	*name;
	size_t		 min, max, npos;
	const char	*named[FORMULA_MAXARG];
} funcs[] = {
	{ "I", 1, 1, 1, { NULL } }, { "abs", 1, 1, 1, { NULL } },
	{ "as.factor", 1, 1, 1, { NULL } }, { "atan", 1, 1, 1, { NULL } },
	{ "bs", 2, 3, 2, { NULL, "df", "degree" } },
	{ "cbind", 2, 2, 2, { NULL } }, { "cos", 1, 1, 1, { NULL } },
	{ "exp", 1, 1, 1, { NULL } }, { "factor", 1, 1, 1, { NULL } },
	{ "log", 1, 2, 2, { NULL, "base" } }, { "log10", 1, 1, 1, { NULL } },
	{ "log2", 1, 1, 1, { NULL } }, { "ns", 2, 2, 2, { NULL, "df" } },
	{ "offset", 1, 1, 1, { NULL } }, { "pnorm", 1, 1, 1, { NULL } },
	{ "poly", 2, 3, 2, { NULL, NULL, "raw" } },
	{ "scale", 1, 1, 1, { NULL } }, { "sin", 1, 1, 1, { NULL } },
	{ "sqrt", 1, 1, 1, { NULL } }, { NULL, 0, 0, 0, { NULL } }
};

/* Comparisons, as FX_BIN operators: <= >= == != are l g = ! */
static const char *
cmp_op(char op)
{
	switch (op) {
	case '<':
		return " < ";
	case '>':
		return " > ";
	case 'l':
		return " <= ";
	case 'g':
		return " >= ";
	case '=':
		return " == ";
	case '!':
		return " != ";
	default:
		return NULL;
	}
}

/* An argument: arithmetic, or a comparison of two (formula_parse only). */
static struct formula_fx *
argument(struct parser *ps)
{
	struct formula_fx *e = arith(ps), *b;
	const char *s;
	char op;

	if (ps->failed || !ps->cmp)
		return e;
	s = ps->s + (skip(ps), ps->pos);
	if ((s[0] == '<' || s[0] == '>') && s[1] == '=')
		op = s[0] == '<' ? 'l' : 'g';
	else if (((s[0] == '=' || s[0] == '!') && s[1] == '=') ||
	    s[0] == '<' || s[0] == '>')
		op = s[0];
	else
		return e;
	ps->pos += op == '<' || op == '>' ? 1 : 2;
	b = arith(ps);
	return binop(ps, op, e, b);
}

/* "name =" (not "=="): the name of the argument that follows, or NULL. */
static char *
arg_name(struct parser *ps)
{
	size_t at = (skip(ps), ps->pos);
	char *nm;

	if (ps->s[at] == '`' || (nm = name(ps)) == NULL)
		return NULL;
	if (peek(ps) == '=' && ps->s[ps->pos + 1] != '=') {
		ps->pos++;
		return nm;
	}
	free(nm);
	ps->pos = at;
	return NULL;
}

/* name(args): the arguments are arithmetic. */
static struct formula_fx *
call(struct parser *ps, char *fname, size_t at)
{
	struct formula_fx *e = node(ps, FX_CALL);
	const struct func *fn;
	size_t k;

	e->name = fname;
	for (k = 0; funcs[k].name != NULL && strcmp(funcs[k].name, fname) != 0;
	    k++)
		;
	if (funcs[k].name == NULL) {
		fail(ps, at, "unknown function (known: I, abs, atan, bs, "
		    "cbind, cos, exp, factor, log, log10, log2, ns, offset, "
		    "pnorm, poly, scale, sin, sqrt)");
		return e;
	}
	fn = &funcs[k];
	do {
		size_t here = (skip(ps), ps->pos);
		char *an;

		if (e->narg == fn->max) {
			fail(ps, ps->pos, "too many arguments");
			return e;
		}
		if ((an = arg_name(ps)) != NULL) {
			/* owned by the node from here, freed with it */
			e->argname[e->narg] = an;
			if (fn->named[e->narg] == NULL ||
			    strcmp(an, fn->named[e->narg]) != 0) {
				fail(ps, here, "unknown argument name");
				return e;
			}
		} else if (ps->failed)
			return e;
		else if (e->narg == fn->npos) {
			fail(ps, here, fn->named[e->narg] != NULL ?
			    "this argument is given by name" :
			    "too many arguments");
			return e;
		}
		e->arg[e->narg++] = argument(ps);
		if (ps->failed)
			return e;
	} while (accept(ps, ','));
	if (!accept(ps, ')')) {
		fail(ps, ps->pos, "expected \")\"");
		return e;
	}
	if (e->narg < fn->min)
		fail(ps, at, fn->min == 1 ? "expected one argument" :
		    strcmp(fname, "poly") == 0 ? "poly() needs (x, degree)" :
		    "cbind() needs (successes, failures)");
	return e;
}

static struct formula_fx *
primary_1(struct parser *ps)
{
	struct formula_fx *e;
	size_t at;
	char *nm;
	double x;

	at = (skip(ps), ps->pos);
	if (accept(ps, '(')) {
		e = node(ps, FX_PAREN);
		e->arg[0] = arith(ps);
		e->narg = 1;
		if (!ps->failed && !accept(ps, ')'))
			fail(ps, ps->pos, "expected \")\"");
		return e;
	}
	if (number(ps, &x)) {
		e = node(ps, FX_NUM);
		e->num = x;
		return e;
	}
	if (ps->failed)
		return node(ps, FX_NUM);
	if ((nm = name(ps)) == NULL) {
		fail(ps, ps->pos, "expected a name or a number");
		return node(ps, FX_NUM);
	}
	if (ps->s[at] != '`' && accept(ps, '('))
		return call(ps, nm, at);
	e = node(ps, FX_VAR);
	e->name = nm;
	return e;
}

static struct formula_fx *
primary(struct parser *ps)
{
	struct formula_fx *e;

	if (ps->depth >= MAXDEPTH) {
		fail(ps, ps->pos, "nested too deeply");
		return node(ps, FX_NUM);
	}
	ps->depth++;
	e = primary_1(ps);
	ps->depth--;
	return e;
}

static struct formula_fx *
binop(struct parser *ps, char op, struct formula_fx *a, struct formula_fx *b)
{
	struct formula_fx *e = node(ps, FX_BIN);

	e->op = op;
	e->arg[0] = a;
	e->arg[1] = b;
	e->narg = 2;
	return e;
}

static struct formula_fx *unary(struct parser *);

static struct formula_fx *
power(struct parser *ps)
{
	struct formula_fx *e = primary(ps);

	if (!ps->failed && accept(ps, '^')) {
		if (ps->depth >= MAXDEPTH)
			fail(ps, ps->pos, "nested too deeply");
		else {
			ps->depth++;
			e = binop(ps, '^', e, unary(ps));
			ps->depth--;
		}
	}
	return e;
}

static struct formula_fx *
unary(struct parser *ps)
{
	struct formula_fx *e;

	if (accept(ps, '-')) {
		if (ps->depth >= MAXDEPTH) {
			fail(ps, ps->pos, "nested too deeply");
			return node(ps, FX_NUM);
		}
		ps->depth++;
		e = node(ps, FX_NEG);
		e->arg[0] = unary(ps);
		ps->depth--;
		e->narg = 1;
		return e;
	}
	accept(ps, '+');
	return power(ps);
}

static struct formula_fx *
product(struct parser *ps)
{
	struct formula_fx *e = unary(ps);
	int c;

	while (!ps->failed && ((c = peek(ps)) == '*' || c == '/')) {
		ps->pos++;
		e = binop(ps, c, e, unary(ps));
	}
	return e;
}

static struct formula_fx *
arith(struct parser *ps)
{
	struct formula_fx *e = product(ps);
	int c;

	while (!ps->failed && ((c = peek(ps)) == '+' || c == '-')) {
		ps->pos++;
		e = binop(ps, c, e, product(ps));
	}
	return e;
}

/* R's deparse: spaces around + - *, none around / ^. */
static void
deparse(const struct formula_fx *e, char **buf, size_t *len, size_t *cap)
{
	char tmp[NUM_BUFSZ + 4];
	const char *s = tmp;
	size_t k, n;

	switch (e->kind) {
	case FX_NUM:
		snprintf(tmp, sizeof(tmp), "%.15g", e->num);
		break;
	case FX_VAR:
		s = e->name;
		n = strlen(s);
		for (k = 0; k < n && isname((unsigned char)s[k]); k++)
			;
		if (k < n || n == 0 || !isname0((unsigned char)s[0]) ||
		    (s[0] == '.' && isdigit((unsigned char)s[1]))) {
			*buf = xgrow(*buf, cap, *len + n + 3, 1);
			*len += sprintf(*buf + *len, "`%s`", s);
			return;
		}
		break;
	case FX_CALL:
		deparse(&(struct formula_fx){ .kind = FX_VAR, .name = e->name }, buf,
		    len, cap);
		s = "(";
		for (k = 0; k < e->narg; k++) {
			n = strlen(s) + (e->argname[k] != NULL ?
			    strlen(e->argname[k]) + 3 : 0);
			*buf = xgrow(*buf, cap, *len + n + 1, 1);
			*len += sprintf(*buf + *len, "%s%s%s", s,
			    e->argname[k] != NULL ? e->argname[k] : "",
			    e->argname[k] != NULL ? " = " : "");
			deparse(e->arg[k], buf, len, cap);
			s = ", ";
		}
		s = ")";
		break;
	case FX_BIN:
		deparse(e->arg[0], buf, len, cap);
		if (cmp_op(e->op) != NULL)
			snprintf(tmp, sizeof(tmp), "%s", cmp_op(e->op));
		else
			snprintf(tmp, sizeof(tmp), e->op == '/' ||
			    e->op == '^' ? "%c" : " %c ", e->op);
		*buf = xgrow(*buf, cap, *len + 4, 1);
		*len += sprintf(*buf + *len, "%s", tmp);
		deparse(e->arg[1], buf, len, cap);
		return;
	case FX_NEG:
		*buf = xgrow(*buf, cap, *len + 2, 1);
		*len += sprintf(*buf + *len, "-");
		deparse(e->arg[0], buf, len, cap);
		return;
	case FX_PAREN:
		*buf = xgrow(*buf, cap, *len + 2, 1);
		*len += sprintf(*buf + *len, "(");
		deparse(e->arg[0], buf, len, cap);
		s = ")";
		break;
	}
	n = strlen(s);
	*buf = xgrow(*buf, cap, *len + n + 1, 1);
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

static char *
label(const struct formula_fx *e)
{
	char *buf = NULL;
	size_t len = 0, cap = 0;

	buf = xgrow(buf, &cap, 1, 1);
	buf[0] = '\0';
	deparse(e, &buf, &len, &cap);
	return buf;
}

static void
tl_add(struct tl *t, uint64_t m)
{
	size_t i;

	if (t->full)	/* no more work: formula_parse() fails */
		return;
	for (i = 0; i < t->n; i++)
		if (t->m[i] == m)
			return;
	if (t->n == MAXTERMS) {
		t->full = 1;
		return;
	}
	t->m = xgrow(t->m, &t->cap, t->n + 1, sizeof(*t->m));
	t->m[t->n++] = m;
}

static void
tl_union(struct tl *a, const struct tl *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		tl_add(a, b->m[i]);
	a->one |= b->one;
	a->zero |= b->zero;
	a->full |= b->full;
}

/* a:b, every term of a with every term of b. */
static void
tl_cross(struct tl *out, const struct tl *a, const struct tl *b)
{
	size_t i, j;

	out->full |= a->full | b->full;
	for (j = 0; j < b->n; j++)
		for (i = 0; i < a->n; i++)
			tl_add(out, a->m[i] | b->m[j]);
}

#define CBIND_ONLY "cbind(successes, failures) is only a whole response"

/* e calls one of the functions names (NULL-terminated) somewhere. */
static int
calls(const struct formula_fx *e, const char *const *names)
{
	size_t k;

	for (k = 0; e->kind == FX_CALL && names[k] != NULL; k++)
		if (strcmp(e->name, names[k]) == 0)
			return 1;
	for (k = 0; k < e->narg; k++)
		if (calls(e->arg[k], names))
			return 1;
	return 0;
}

/* e calls cbind() somewhere. */
static int
has_cbind(const struct formula_fx *e)
{
	static const char *const cb[] = { "cbind", NULL };

	return calls(e, cb);
}

/* e is cbind(successes, failures): a binomial response. */
static int
is_cbind(const struct formula_fx *e)
{
	return e->kind == FX_CALL && strcmp(e->name, "cbind") == 0;
}

/* e calls a function whose columns are not a value of e's (poly ...) */
static int
whole_only(const struct formula_fx *e)
{
	static const char *const whole[] = { "as.factor", "bs", "factor",
		"ns", "offset", "poly", "scale", NULL };

	return calls(e, whole);
}

/* R's TRUE (T) 1, FALSE (F) 0, else -1 */
static int
truth(const struct formula_fx *e)
{
	if (e->kind != FX_VAR)
		return -1;
	if (strcmp(e->name, "TRUE") == 0 || strcmp(e->name, "T") == 0)
		return 1;
	if (strcmp(e->name, "FALSE") == 0 || strcmp(e->name, "F") == 0)
		return 0;
	return -1;
}

/* A variable of the formula; its label identifies it. */
static void
variable(struct parser *ps, struct tl *t, size_t at)
{
	struct formula *fm = ps->fm;
	struct formula_fx *e = primary(ps);
	struct var *v;
	char *lab;
	size_t i;

	if (ps->failed)
		return;
	if (e->kind != FX_VAR && e->kind != FX_CALL) {
		fail(ps, at, "expected a variable");
		return;
	}
	if (has_cbind(e)) {
		fail(ps, at, CBIND_ONLY);
		return;
	}
	for (i = 0; i < e->narg; i++)
		if (whole_only(e->arg[i])) {
			fail(ps, at, "factor(), offset(), poly(), scale(), "
			    "bs() and ns() are whole variables, not in an "
			    "expression");
			return;
		}
	lab = label(e);
	for (i = 0; i < fm->nvar && strcmp(fm->var[i].label, lab) != 0; i++)
		;
	if (i < fm->nvar) {
		free(lab);
		tl_add(t, (uint64_t)1 << i);
		return;
	}
	if (fm->nvar == MAXVAR) {
		free(lab);
		fail(ps, at, "too many variables (at most 64)");
		return;
	}
	v = &fm->var[fm->nvar];
	v->e = e;
	v->label = lab;
	v->kind = VAR_NUM;
	if (e->kind == FX_CALL && (strcmp(e->name, "factor") == 0 ||
	    strcmp(e->name, "as.factor") == 0))
		v->kind = VAR_FACTOR;
	if (e->kind == FX_CALL && strcmp(e->name, "poly") == 0) {
		const struct formula_fx *k = e->arg[1];

		if (k->kind != FX_NUM || k->num < 1 || k->num > 20 ||
		    k->num != floor(k->num)) {
			free(lab);	/* not a variable yet */
			fail(ps, at, "poly(x, degree) needs a degree from 1 "
			    "to 20");
			return;
		}
		v->kind = VAR_POLY;
		v->degree = (int)k->num;
		if (e->narg == 3 && (v->raw = truth(e->arg[2])) < 0) {
			free(lab);
			fail(ps, at, "poly(x, degree, raw = TRUE or FALSE)");
			return;
		}
	}
	if (e->kind == FX_CALL && strcmp(e->name, "scale") == 0)
		v->kind = VAR_SCALE;
	if (e->kind == FX_CALL && (strcmp(e->name, "bs") == 0 ||
	    strcmp(e->name, "ns") == 0)) {
		const struct formula_fx *df = e->arg[1], *dg = e->arg[2];

		v->kind = e->name[0] == 'b' ? VAR_BS : VAR_NS;
		v->sdeg = v->kind == VAR_NS ? 3 : e->narg == 3 &&
		    dg->kind == FX_NUM && dg->num == floor(dg->num) &&
		    dg->num >= 1 && dg->num <= 5 ? (int)dg->num :
		    e->narg == 3 ? -1 : 3;
		v->degree = df->kind == FX_NUM && df->num == floor(df->num) &&
		    df->num >= 1 && df->num <= 50 ? (int)df->num : -1;
		if (v->sdeg < 0 || v->degree < v->sdeg * (v->kind == VAR_BS)) {
			free(lab);
			fail(ps, at, v->kind == VAR_NS ? "ns(x, df) needs a "
			    "df from 1 to 50" : "bs(x, df, degree = d) needs "
			    "a degree from 1 to 5 and a df from it to 50");
			return;
		}
	}
	if (e->kind == FX_CALL && strcmp(e->name, "I") == 0) {
		const struct formula_fx *a = e->arg[0];

		while (a->kind == FX_PAREN)
			a = a->arg[0];
		if (a->kind == FX_BIN && cmp_op(a->op) != NULL)
			v->kind = VAR_LOGICAL;
	}
	tl_add(t, (uint64_t)1 << fm->nvar++);
}

static void
prim_terms(struct parser *ps, struct tl *t)
{
	size_t at;
	double x;

	at = (skip(ps), ps->pos);
	if (accept(ps, '(')) {
		if (ps->depth >= MAXDEPTH) {
			fail(ps, at, "nested too deeply");
			return;
		}
		ps->depth++;
		sum(ps, t);
		ps->depth--;
		if (!ps->failed && !accept(ps, ')'))
			fail(ps, ps->pos, "expected \")\"");
		return;
	}
	if (number(ps, &x)) {
		if (x == 1)
			t->one = 1;
		else if (x == 0)
			t->zero = 1;
		else
			fail(ps, at, "a number in a formula must be 0 or 1");
		return;
	}
	if (!ps->failed)
		variable(ps, t, at);
}

static int
popcount(uint64_t m)
{
	return __builtin_popcountll(m);
}

/* a^k: crossing up to order k */
static void
pow_terms(struct parser *ps, struct tl *t)
{
	struct tl base = { 0 };
	double k;
	size_t at, i, j;

	prim_terms(ps, t);
	if (ps->failed || !accept(ps, '^'))
		return;
	at = (skip(ps), ps->pos);
	if (!number(ps, &k) || k < 1 || k != floor(k) || k > MAXVAR) {
		fail(ps, at, "expected a whole power after \"^\"");
		return;
	}
	tl_union(&base, t);
	for (i = 1; i < (size_t)k; i++) {
		struct tl c = { 0 };

		tl_cross(&c, t, &base);
		tl_union(t, &c);
		free(c.m);
	}
	for (i = j = 0; i < t->n; i++)
		if (popcount(t->m[i]) <= (int)k)
			t->m[j++] = t->m[i];
	t->n = j;
	free(base.m);
}

static void
colon_terms(struct parser *ps, struct tl *t)
{
	pow_terms(ps, t);
	while (!ps->failed && accept(ps, ':')) {
		struct tl b = { 0 }, c = { 0 };

		pow_terms(ps, &b);
		tl_cross(&c, t, &b);
		free(t->m);
		*t = c;
		free(b.m);
	}
}

/* b %in% a: the interaction b:a, as R's terms() (it binds below ":") */
static void
in_terms(struct parser *ps, struct tl *t)
{
	colon_terms(ps, t);
	while (!ps->failed && (skip(ps), strncmp(ps->s + ps->pos, "%in%",
	    4) == 0)) {
		struct tl b = { 0 }, c = { 0 };

		ps->pos += 4;
		colon_terms(ps, &b);
		tl_cross(&c, t, &b);
		free(t->m);
		*t = c;
		free(b.m);
	}
}

/*
 * a * b crosses (a + b + a:b); a / b nests: a + the variables of every
 * term of a together, crossed with each term of b, as R's a/b = a + a:b.
 */
static void
star_terms(struct parser *ps, struct tl *t)
{
	int op;

	in_terms(ps, t);
	while (!ps->failed && ((op = peek(ps)) == '*' || op == '/')) {
		struct tl b = { 0 }, c = { 0 }, all = { 0 };
		size_t i;

		ps->pos++;
		in_terms(ps, &b);
		if (op == '*') {
			tl_cross(&c, t, &b);
			tl_union(t, &b);
		} else {
			uint64_t u = 0;

			for (i = 0; i < t->n; i++)
				u |= t->m[i];
			tl_add(&all, u);
			tl_cross(&c, &all, &b);
		}
		tl_union(t, &c);
		free(all.m);
		free(b.m);
		free(c.m);
	}
}

static void
sum(struct parser *ps, struct tl *t)
{
	int minus = 0;

	if (peek(ps) == '-')
		minus = 1;
	else {
		star_terms(ps, t);
		if (t->zero)
			ps->fm->intercept = 0;
		if (t->one)
			ps->fm->intercept = 1;
	}
	for (;;) {
		struct tl b = { 0 };
		size_t i, j, k;

		if (!minus) {
			if (ps->failed || (peek(ps) != '+' && peek(ps) != '-'))
				break;
			minus = ps->s[ps->pos++] == '-';
		} else
			ps->pos++;
		star_terms(ps, &b);
		if (!minus) {
			tl_union(t, &b);
			if (b.zero)
				ps->fm->intercept = 0;
			if (b.one)
				ps->fm->intercept = 1;
		} else {
			for (i = j = 0; i < t->n; i++) {
				for (k = 0; k < b.n && b.m[k] != t->m[i]; k++)
					;
				if (k == b.n)
					t->m[j++] = t->m[i];
			}
			t->n = j;
			t->full |= b.full;
			if (b.one)
				ps->fm->intercept = 0;
		}
		free(b.m);
		minus = 0;
	}
	t->zero = t->one = 0;
}

int
formula_parse(const char *text, struct formula **fp, struct diag *d)
{
	struct formula *fm = xcalloc(1, sizeof(*fm));
	struct parser ps = { text, 0, fm, d, 0, 0, 1 };
	struct tl t = { 0 };
	size_t i, j;
	int ord;

	fm->text = xstrdup(text);
	fm->intercept = 1;
	fm->threads = 1;
	fm->response = arith(&ps);
	if (!ps.failed && (is_cbind(fm->response) ? has_cbind(
	    fm->response->arg[0]) || has_cbind(fm->response->arg[1]) :
	    has_cbind(fm->response)))
		fail(&ps, 0, CBIND_ONLY);
	if (!ps.failed && !accept(&ps, '~'))
		fail(&ps, ps.pos, "expected \"~\"");
	if (!ps.failed)
		sum(&ps, &t);
	if (!ps.failed && t.full)
		fail(&ps, ps.pos, "more than 512 terms");
	if (!ps.failed && peek(&ps) != '\0')
		fail(&ps, ps.pos, "unexpected character");
	if (ps.failed) {
		free(t.m);
		formula_free(fm);
		return -1;
	}
	/* R orders terms by their order, stably */
	fm->term = xmalloc((t.n ? t.n : 1) * sizeof(*fm->term));
	for (ord = 1; ord <= MAXVAR; ord++)
		for (i = 0; i < t.n; i++)
			if (popcount(t.m[i]) == ord)
				fm->term[fm->nterm++] = t.m[i];
	free(t.m);
	/* R's term labels name the variables in formula order: done by bits */
	(void)j;
	*fp = fm;
	return 0;
}

int
formula_parse_expr(const char *text, struct formula **fp, struct diag *d)
{
	struct formula *fm = xcalloc(1, sizeof(*fm));
	struct parser ps = { text, 0, fm, d, 0, 0, 0 };

	fm->text = xstrdup(text);
	fm->threads = 1;
	fm->response = arith(&ps);
	if (!ps.failed && !accept(&ps, '~'))
		fail(&ps, ps.pos, "expected \"~\"");
	if (!ps.failed)
		fm->rhs = arith(&ps);
	if (!ps.failed && (has_cbind(fm->response) || has_cbind(fm->rhs)))
		fail(&ps, 0, "cbind() is not a function of nls formulas");
	if (!ps.failed && peek(&ps) != '\0')
		fail(&ps, ps.pos, "unexpected character");
	if (ps.failed) {
		formula_free(fm);
		return -1;
	}
	*fp = fm;
	return 0;
}

const struct formula_fx *
formula_lhs(const struct formula *fm)
{
	return fm->response;
}

const struct formula_fx *
formula_rhs(const struct formula *fm)
{
	return fm->rhs;
}

char *
formula_label(const struct formula_fx *e)
{
	return label(e);
}

char *
formula_expand_dot(const char *text, char *const *names, size_t ncols)
{
	const char *tilde = strchr(text, '~'), *p, *dot = NULL;
	char *out;
	size_t j, len, cap = 0, n = 0;
	int q = 0;

	if (tilde == NULL)
		return xstrdup(text);
	for (p = tilde + 1; *p != '\0'; p++) {
		if (*p == '`')
			q = !q;
		if (!q && *p == '.' && !isname((unsigned char)p[-1]) &&
		    !isname((unsigned char)p[1])) {
			dot = p;
			break;
		}
	}
	if (dot == NULL)
		return xstrdup(text);
	out = NULL;
	out = xgrow(out, &cap, dot - text + 1, 1);
	memcpy(out, text, dot - text);
	n = dot - text;
	out = xgrow(out, &cap, n + 2, 1);
	out[n++] = '(';
	for (j = 0; j < ncols; j++) {
		/* leave out the columns the response names */
		const char *r = text;
		size_t nl = strlen(names[j]);
		int inresp = 0;

		for (; r + nl <= tilde && !inresp; r++)
			inresp = strncmp(r, names[j], nl) == 0 &&
			    (r == text || !isname((unsigned char)r[-1])) &&
			    !isname((unsigned char)r[nl]);
		if (inresp)
			continue;
		len = nl + 6;
		out = xgrow(out, &cap, n + len + 1, 1);
		n += sprintf(out + n, "%s`%s`", out[n - 1] == '(' ? "" :
		    " + ", names[j]);
	}
	len = strlen(dot + 1);
	out = xgrow(out, &cap, n + len + 2, 1);
	out[n++] = ')';
	memcpy(out + n, dot + 1, len + 1);
	return out;
}

void
formula_free(struct formula *fm)
{
	size_t i;

	if (fm == NULL)
		return;
	for (i = 0; i < fm->nall; i++) {
		size_t k;

		for (k = 0; k < FORMULA_MAXARG; k++)
			free(fm->all[i]->argname[k]);
		free(fm->all[i]->name);
		free(fm->all[i]);
	}
	for (i = 0; i < fm->nref; i++) {
		free(fm->ref[i].col);
		free(fm->ref[i].level);
	}
	free(fm->ref);
	for (i = 0; i < fm->nvar; i++)
		free(fm->var[i].label);
	free(fm->all);
	free(fm->term);
	free(fm->text);
	free(fm);
}

void
formula_threads(struct formula *fm, int threads)
{
	fm->threads = threads > 1 ? threads : 1;
}

size_t
formula_chunks(int threads, size_t rows)
{
	return par_chunks(threads, rows, FORMULA_PAR_ROWS);
}

/* ---- the design ---- */

struct level {
	const char	*text;		/* text levels; NULL for numbers */
	double		 num;
	char		*label;		/* owned */
};

/* What a variable is over the frame. */
struct vinfo {
	int		 factor;	/* categorical */
	size_t		 col;		/* text factor: its column */
	struct formula_fx	*e;		/* numeric expression (factor: arg) */
	struct level	*lev;		/* sorted levels of the used rows */
	size_t		 nlev;
	size_t		*code;		/* per used row: level index */
	double		*par;		/* orthogonal poly(): alpha, norm2 */
	double		*basis;		/* bs(), ns(): nb x df, by columns */
	size_t		 nb;
};

/*
 * The design reads a column through frame_numeric() and num[], and as
 * text only when frame_numeric() finds text: so it can be read as numbers
 * (unless another use already asked for its text).
 */
char *
formula_expand_frame(const char *text, const struct frame *f)
{
	char **names = xmalloc((f->ncols + 1) * sizeof(*names)), *t;
	size_t j;

	for (j = 0; j < f->ncols; j++)
		names[j] = f->col[j].name;
	t = formula_expand_dot(text, names, f->ncols);
	free(names);
	return t;
}

static void
keep_num(unsigned char *keep, size_t j)
{
	if (keep[j] != FRAME_KEEP)
		keep[j] = FRAME_KEEP_NUM;
}

void
formula_keep(const struct formula *fm, char *const *names, size_t n,
    unsigned char *keep)
{
	size_t i, j, m, *idx;
	struct diag ignore;

	/* factor(x) reads x as text: "rotary" among the cylinders is a level */
	for (i = 0; i < fm->nvar; i++) {
		const struct formula_fx *e = fm->var[i].e;

		if (fm->var[i].kind != VAR_FACTOR || e->arg[0]->kind != FX_VAR)
			continue;
		for (j = 0; j < n && strcmp(names[j], e->arg[0]->name) != 0;
		    j++)
			;
		if (j < n)
			keep[j] = FRAME_KEEP;
	}
	for (i = 0; i < fm->nall; i++) {
		const struct formula_fx *e = fm->all[i];

		if (e->kind != FX_VAR)
			continue;
		/* as resolve(): a name, else a column number; an unknown
		 * one is reported later, with the design */
		for (j = 0; j < n && strcmp(names[j], e->name) != 0; j++)
			;
		if (j < n)
			keep_num(keep, j);
		else if (cols_parse(e->name, names, n, &idx, &m, &ignore) == 0) {
			for (j = 0; j < m; j++)
				keep_num(keep, idx[j]);
			free(idx);
		}
	}
}

int
formula_columns(const char *text, char *const *names, size_t n,
    unsigned char *keep, struct diag *d)
{
	char *t = formula_expand_dot(text, names, n);
	struct formula *fm;
	int rc = formula_parse(t, &fm, d);

	free(t);
	if (rc != 0)
		return -1;
	formula_keep(fm, names, n, keep);
	formula_free(fm);
	return 0;
}

/* Resolve every FX_VAR to a column; numeric ones converted. */
static int
resolve(struct formula_fx *e, struct frame *f, int need_num, struct diag *d)
{
	size_t j, *idx, n;
	char **names;

	if (e->kind != FX_VAR) {
		for (j = 0; j < e->narg; j++)
			if (resolve(e->arg[j], f, need_num, d) != 0)
				return -1;
		return 0;
	}
	for (j = 0; j < f->ncols && strcmp(f->col[j].name, e->name) != 0; j++)
		;
	if (j == f->ncols) {	/* a column number, or the usual message */
		names = xmalloc((f->ncols ? f->ncols : 1) * sizeof(*names));
		for (j = 0; j < f->ncols; j++)
			names[j] = f->col[j].name;
		if (cols_parse(e->name, names, f->ncols, &idx, &n, d) != 0) {
			free(names);
			return -1;
		}
		free(names);
		j = idx[0];
		free(idx);
		if (n != 1)
			return diag_set(d, STATUS_USAGE, "\"%s\" names %zu "
			    "columns", e->name, n);
	}
	e->col = j;
	if (need_num && frame_numeric(f, j, d) != 0)
		return -1;
	return 0;
}

static double eval_node(const struct formula_fx *, const struct frame *, size_t);

/*
 * The value of e at a row.  Most are a column itself, read on every row
 * of the design twice: that case inline, not through the switch.
 */
static inline double
eval(const struct formula_fx *e, const struct frame *f, size_t row)
{
	return e->kind == FX_VAR ? f->col[e->col].num[row] :
	    eval_node(e, f, row);
}

static double
eval_node(const struct formula_fx *e, const struct frame *f, size_t row)
{
	double a, b;

	switch (e->kind) {
	case FX_NUM:
		return e->num;
	case FX_VAR:
		return f->col[e->col].num[row];
	case FX_PAREN:
		return eval(e->arg[0], f, row);
	case FX_NEG:
		return -eval(e->arg[0], f, row);
	case FX_BIN:
		a = eval(e->arg[0], f, row);
		b = eval(e->arg[1], f, row);
		switch (e->op) {
		case '+':
			return a + b;
		case '-':
			return a - b;
		case '*':
			return a * b;
		case '/':
			return a / b;
		case '^':
			return b == 2 ? a * a : pow(a, b);
		}
		if (isnan(a) || isnan(b))	/* R's NA */
			return NAN;
		switch (e->op) {
		case '<':
			return a < b;
		case '>':
			return a > b;
		case 'l':
			return a <= b;
		case 'g':
			return a >= b;
		case '=':
			return a == b;
		default:
			return a != b;
		}
	case FX_CALL:
		a = eval(e->arg[0], f, row);
		if (e->narg == 2 && strcmp(e->name, "cbind") == 0) {
			/* binomial()'s initialize: no trials, proportion 0 */
			b = eval(e->arg[1], f, row);
			return isnan(a) || isnan(b) ? NAN : a + b == 0 ? 0 :
			    a / (a + b);
		}
		if (strcmp(e->name, "log") == 0)
			return e->narg == 2 ? log(a) / log(eval(e->arg[1], f,
			    row)) : log(a);
		if (strcmp(e->name, "log2") == 0)
			return log2(a);
		if (strcmp(e->name, "log10") == 0)
			return log10(a);
		if (strcmp(e->name, "exp") == 0)
			return exp(a);
		if (strcmp(e->name, "sqrt") == 0)
			return sqrt(a);
		if (strcmp(e->name, "abs") == 0)
			return fabs(a);
		if (strcmp(e->name, "sin") == 0)
			return sin(a);
		if (strcmp(e->name, "cos") == 0)
			return cos(a);
		if (strcmp(e->name, "atan") == 0)
			return atan(a);
		if (strcmp(e->name, "pnorm") == 0)
			return gsl_cdf_ugaussian_P(a);
		return a;	/* I(), factor(), offset(), poly()'s x */
	}
	return NAN;
}

static int
cmp_double(const void *pa, const void *pb)
{
	double a = *(const double *)pa, b = *(const double *)pb;

	return (a > b) - (a < b);
}

static int
cmp_level(const void *pa, const void *pb)
{
	const struct level *a = pa, *b = pb;

	if (a->text != NULL)
		return collate_cmp(a->text, b->text);
	return (a->num > b->num) - (a->num < b->num);
}

/* A variable's factor key at a row; 0 if missing. */
static int
fkey(const struct vinfo *vi, const struct frame *f, size_t row,
    struct level *l)
{
	if (vi->e == NULL) {
		l->text = frame_text(f, vi->col, row);
		return l->text != NULL;
	}
	l->text = NULL;
	l->num = eval(vi->e, f, row);
	return !isnan(l->num);
}

/* ref made the first level, the others after it in their order. */
static int
relevel(struct vinfo *vi, size_t n, const char *ref)
{
	struct level first;
	size_t r, i;

	for (r = 0; r < vi->nlev && strcmp(vi->lev[r].label, ref) != 0; r++)
		;
	if (r == vi->nlev)
		return -1;
	first = vi->lev[r];
	memmove(vi->lev + 1, vi->lev, r * sizeof(*vi->lev));
	vi->lev[0] = first;
	for (i = 0; i < n; i++)
		vi->code[i] = vi->code[i] == r ? 0 : vi->code[i] < r ?
		    vi->code[i] + 1 : vi->code[i];
	return 0;
}

/*
 * The sorted levels of the used rows, ref (if not NULL) moved first as
 * R's relevel() does; -1 if ref is not among them.
 */
static int
levels(struct vinfo *vi, const struct frame *f, const size_t *rows,
    size_t n, const char *ref)
{
	struct level *all = xmalloc((n ? n : 1) * sizeof(*all)), key = { 0 };
	size_t i, k;

	for (i = 0; i < n; i++)
		fkey(vi, f, rows[i], &all[i]);
	qsort(all, n, sizeof(*all), cmp_level);
	vi->lev = xmalloc((n ? n : 1) * sizeof(*vi->lev));
	for (i = k = 0; i < n; i++)
		if (k == 0 || cmp_level(&all[i], &vi->lev[k - 1]) != 0)
			vi->lev[k++] = all[i];
	vi->nlev = k;
	for (k = 0; k < vi->nlev; k++) {
		char buf[NUM_BUFSZ];

		if (vi->lev[k].text == NULL)
			num_format(vi->lev[k].num, 0, buf);
		vi->lev[k].label = xstrdup(vi->lev[k].text != NULL ?
		    vi->lev[k].text : buf);
	}
	vi->code = xmalloc((n ? n : 1) * sizeof(*vi->code));
	for (i = 0; i < n; i++) {
		struct level *hit;

		fkey(vi, f, rows[i], &key);
		hit = bsearch(&key, vi->lev, vi->nlev, sizeof(key), cmp_level);
		vi->code[i] = hit - vi->lev;
	}
	free(all);
	return ref == NULL ? 0 : relevel(vi, n, ref);
}

/* A logical variable: the levels FALSE and TRUE, always both (as R). */
static void
logical_levels(struct vinfo *vi, const struct frame *f, const size_t *rows,
    size_t n)
{
	size_t i;

	vi->nlev = 2;
	vi->lev = xcalloc(2, sizeof(*vi->lev));
	vi->lev[0].label = xstrdup("FALSE");
	vi->lev[1].label = xstrdup("TRUE");
	vi->lev[1].num = 1;
	vi->code = xmalloc((n ? n : 1) * sizeof(*vi->code));
	for (i = 0; i < n; i++)
		vi->code[i] = eval(vi->e, f, rows[i]) != 0;
}

/*
 * R's poly(x, k): alpha (k) and norm2 (k + 2) of the orthogonal
 * polynomials of the used rows, from the QR of the centred powers
 * x^0 .. x^k as R computes them; predict.poly's recurrence over them
 * then gives each column (poly_value()).
 */
static int
poly_coefs(const struct var *var, const struct formula_fx *e,
    const struct frame *f, const size_t *rows, size_t n, double *par,
    struct diag *d)
{
	size_t k = var->degree, i, j, nu;
	double *x = xmalloc((n ? n : 1) * sizeof(*x)), *s, mean = 0;
	double *alpha = par, *norm2 = par + k;
	gsl_matrix *a;
	gsl_vector *tau, *z;

	for (i = 0; i < n; i++) {
		x[i] = eval(e, f, rows[i]);
		mean += x[i];
	}
	s = xmalloc((n ? n : 1) * sizeof(*s));
	memcpy(s, x, n * sizeof(*s));
	qsort(s, n, sizeof(*s), cmp_double);
	for (i = nu = 0; i < n; i++)
		nu += i == 0 || s[i] != s[i - 1];
	free(s);
	if (k >= nu) {
		free(x);
		return diag_set(d, STATUS_DATA, "%s: the degree must be less "
		    "than the number of distinct values (%zu)",
		    var->label, nu);
	}
	mean /= n;
	a = gsl_matrix_alloc(n, k + 1);
	tau = gsl_vector_alloc(k + 1);
	z = gsl_vector_alloc(n);
	for (i = 0; i < n; i++) {
		double p = 1;

		for (j = 0; j <= k; j++, p *= x[i] - mean)
			gsl_matrix_set(a, i, j, p);
	}
	gsl_linalg_QR_decomp(a, tau);
	norm2[0] = 1;
	for (j = 0; j <= k; j++) {
		double ss = 0, sx = 0;

		gsl_vector_set_zero(z);
		gsl_vector_set(z, j, gsl_matrix_get(a, j, j));
		gsl_linalg_QR_Qvec(a, tau, z);
		for (i = 0; i < n; i++) {
			double zz = gsl_vector_get(z, i);

			ss += zz * zz;
			sx += (x[i] - mean) * zz * zz;
		}
		norm2[j + 1] = ss;
		if (j < k)
			alpha[j] = sx / ss + mean;
	}
	gsl_vector_free(z);
	gsl_vector_free(tau);
	gsl_matrix_free(a);
	free(x);
	return 0;
}

/* R's scale(x): the mean and the standard deviation of the used rows. */
static void
scale_coefs(const struct formula_fx *e, const struct frame *f,
    const size_t *rows, size_t n, double *par)
{
	double m = 0, ss = 0, x;
	size_t i;

	for (i = 0; i < n; i++)
		m += eval(e, f, rows[i]);
	m /= n;
	for (i = 0; i < n; i++) {
		x = eval(e, f, rows[i]) - m;
		ss += x * x;
	}
	par[0] = m;
	par[1] = sqrt(ss / ((double)n - 1));
}

/*
 * bs(), ns(): the boundary knots (the range) and nk interior knots at
 * the quantiles (R's type 7) of the used rows, as R's splines package
 * places them: par = { lower, upper, knots ... }.
 */
static void
spline_knots(const struct formula_fx *e, const struct frame *f,
    const size_t *rows, size_t n, size_t nk, double *par)
{
	double *x = xmalloc((n ? n : 1) * sizeof(*x));
	size_t i;

	for (i = 0; i < n; i++)
		x[i] = eval(e, f, rows[i]);
	qsort(x, n, sizeof(*x), cmp_double);
	par[0] = x[0];
	par[1] = x[n - 1];
	for (i = 0; i < nk; i++) {
		double h = (double)(n - 1) * ((double)(i + 1) /
		    (double)(nk + 1));
		size_t lo = (size_t)floor(h);

		h -= (double)lo;
		par[2 + i] = lo + 1 < n && h > 0 ? (1 - h) * x[lo] +
		    h * x[lo + 1] : x[lo];
	}
	free(x);
}

/*
 * The columns of bs() or ns() at the used rows (vi->basis): GSL's
 * B-splines of order degree + 1 over the knots in vi->par, the first
 * left out (R's intercept = FALSE); for ns() projected on the null space
 * of the second derivatives at the boundary knots by the QR of their
 * transpose, as R's ns() does.  Data outside the boundary knots (new
 * data) is an error: no extrapolation.
 */
static int
spline_basis(const struct var *var, struct vinfo *vi, const struct frame *f,
    const struct formula_design *ds, size_t nk, struct diag *d)
{
	size_t k = (size_t)var->sdeg + 1, m = nk + k - 1, i, j;
	size_t df = (size_t)var->degree, n = ds->n;
	gsl_bspline_workspace *w = gsl_bspline_alloc(k, nk + 2);
	gsl_vector *br = gsl_vector_alloc(nk + 2), *b = gsl_vector_alloc(m + 1);
	gsl_vector_view row;
	gsl_matrix *c = NULL, *db = NULL;
	gsl_vector *tau = NULL;
	const double *par = vi->par;
	int rc = 0;

	gsl_vector_set(br, 0, par[0]);
	for (j = 0; j < nk; j++)
		gsl_vector_set(br, j + 1, par[2 + j]);
	gsl_vector_set(br, nk + 1, par[1]);
	gsl_bspline_knots(br, w);
	if (var->kind == VAR_NS) {	/* t(const) of R's ns(), and its QR */
		c = gsl_matrix_alloc(m, 2);
		db = gsl_matrix_alloc(m + 1, 3);
		tau = gsl_vector_alloc(2);
		for (i = 0; i < 2; i++) {
			gsl_bspline_deriv_eval(par[i], 2, db, w);
			for (j = 0; j < m; j++)
				gsl_matrix_set(c, j, i, gsl_matrix_get(db,
				    j + 1, 2));
		}
		gsl_linalg_QR_decomp(c, tau);
	}
	vi->nb = n;
	vi->basis = xmalloc((n * df != 0 ? n * df : 1) * sizeof(*vi->basis));
	for (i = 0; i < n && rc == 0; i++) {
		double x = eval(vi->e, f, ds->row[i]);

		if (!(x >= par[0] && x <= par[1])) {
			rc = diag_set(d, STATUS_DATA, "%s: %g is outside the "
			    "boundary knots [%g, %g] of the fit (no "
			    "extrapolation)", var->label, x, par[0], par[1]);
			frame_where(f, ds->row[i], d);
			break;
		}
		gsl_bspline_eval(x, b, w);
		row = gsl_vector_subvector(b, 1, m);
		if (c != NULL)
			gsl_linalg_QR_QTvec(c, tau, &row.vector);
		for (j = 0; j < df; j++)
			vi->basis[j * n + i] = gsl_vector_get(&row.vector,
			    j + m - df);
	}
	gsl_vector_free(tau);
	gsl_matrix_free(db);
	gsl_matrix_free(c);
	gsl_vector_free(b);
	gsl_vector_free(br);
	gsl_bspline_free(w);
	return rc;
}

/* Column c (0-based) of poly(x, k) at x by predict.poly's recurrence. */
static double
poly_value(const double *par, size_t k, size_t c, double x)
{
	const double *alpha = par, *norm2 = par + k;
	double z0 = 1, z1 = x - alpha[0], z2;
	size_t i;

	for (i = 1; i <= c; i++) {
		z2 = (x - alpha[i]) * z1 - norm2[i + 1] / norm2[i] * z0;
		z0 = z1;
		z1 = z2;
	}
	return z1 / sqrt(norm2[c + 2]);
}

/* The levels of a fitted model: a value not among them is an error. */
static int
fixed_levels(struct vinfo *vi, const char *label, const struct frame *f,
    const size_t *rows, size_t n, char *const *lev, size_t nlev,
    struct diag *d)
{
	struct level key = { 0 };
	size_t i, k;

	vi->lev = xcalloc(nlev ? nlev : 1, sizeof(*vi->lev));
	vi->nlev = nlev;
	for (k = 0; k < nlev; k++)
		vi->lev[k].label = xstrdup(lev[k]);
	vi->code = xmalloc((n ? n : 1) * sizeof(*vi->code));
	for (i = 0; i < n; i++) {
		char buf[NUM_BUFSZ];
		const char *s = buf;

		fkey(vi, f, rows[i], &key);
		if (key.text != NULL)
			s = key.text;
		else
			num_format(key.num, 0, buf);
		for (k = 0; k < nlev && strcmp(lev[k], s) != 0; k++)
			;
		if (k == nlev) {
			diag_set(d, STATUS_DATA, "%s: level \"%s\" was not in "
			    "the data of the fit", label, s);
			frame_where(f, rows[i], d);
			return -1;
		}
		vi->code[i] = k;
	}
	return 0;
}

static char *
join(const char *a, const char *b, const char *c)
{
	size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
	char *s = xmalloc(n);

	snprintf(s, n, "%s%s%s", a, b, c);
	return s;
}

static int
has_term(const struct formula *fm, uint64_t m)
{
	size_t i;

	if (m == 0)	/* a main effect: contrasts, as R's terms() */
		return 1;
	for (i = 0; i < fm->nterm; i++)
		if (fm->term[i] == m)
			return 1;
	return 0;
}

/* One variable's columns within a term (contrasts or full coding). */
struct vcols {
	size_t	 n;		/* how many */
	int	 full;		/* factor coded with every level */
};

static struct vcols
var_cols(const struct formula *fm, const struct vinfo *vi, size_t v,
    uint64_t term)
{
	struct vcols c = { 1, 0 };

	if (fm->var[v].kind == VAR_POLY || fm->var[v].kind == VAR_BS ||
	    fm->var[v].kind == VAR_NS)
		c.n = fm->var[v].degree;
	else if (vi[v].factor) {
		c.full = !has_term(fm, term & ~((uint64_t)1 << v));
		/* no intercept: the first factor of the first term with one
		 * is coded by every level (R's model.matrix) */
		if (!fm->intercept) {
			size_t t, u;

			for (t = 0; t < fm->nterm; t++) {
				for (u = 0; u < fm->nvar; u++)
					if ((fm->term[t] >> u & 1) &&
					    vi[u].factor)
						break;
				if (u < fm->nvar) {
					if (fm->term[t] == term && u == v)
						c.full = 1;
					break;
				}
			}
		}
		/* no level at all when no row is complete: no column */
		c.n = c.full || vi[v].nlev == 0 ? vi[v].nlev : vi[v].nlev - 1;
	}
	return c;
}

/* The value of column k of variable v (coded as c) at used row i. */
static double
var_value(const struct formula *fm, const struct vinfo *vi, size_t v,
    struct vcols c, size_t k, const struct frame *f, size_t row, size_t i)
{
	double x;

	if (vi[v].factor)
		return vi[v].code[i] == (c.full ? k : k + 1);
	x = eval(vi[v].e, f, row);
	if (fm->var[v].kind == VAR_POLY && !fm->var[v].raw)
		return poly_value(vi[v].par, fm->var[v].degree, k, x);
	if (fm->var[v].kind == VAR_SCALE)
		return (x - vi[v].par[0]) / vi[v].par[1];
	if (vi[v].basis != NULL)
		return vi[v].basis[k * vi[v].nb + i];
	if (fm->var[v].kind == VAR_POLY)
		return k == 0 ? x : k == 1 ? x * x : pow(x, (double)k + 1);
	return x;
}

static char *
var_name(const struct formula *fm, const struct vinfo *vi, size_t v,
    struct vcols c, size_t k)
{
	char buf[32];

	if (vi[v].factor)
		return join(fm->var[v].label,
		    vi[v].lev[c.full ? k : k + 1].label, "");
	if (fm->var[v].kind == VAR_POLY || fm->var[v].kind == VAR_BS ||
	    fm->var[v].kind == VAR_NS) {
		snprintf(buf, sizeof(buf), "%zu", k + 1);
		return join(fm->var[v].label, buf, "");
	}
	return xstrdup(fm->var[v].label);
}

/* The variables of a term (vs) and their coding (vc): *nv; its columns. */
static size_t
term_vars(const struct formula *fm, const struct vinfo *vi, uint64_t term,
    size_t *vs, struct vcols *vc, size_t *nv)
{
	size_t v, np = 1;

	for (*nv = 0, v = 0; v < fm->nvar; v++)
		if (term >> v & 1) {
			vs[*nv] = v;
			vc[*nv] = var_cols(fm, vi, v, term);
			np *= vc[(*nv)++].n;
		}
	return np;
}

/* What fill_rows() fills: the response and weights, a term, the intercept. */
enum fill { FILL_Y, FILL_TERM, FILL_ONE };

/* What the threads that build a design share. */
struct djob {
	const struct formula	*fm;
	const struct frame	*f;
	const struct vinfo	*vi;
	struct formula_design	*ds;
	size_t			 wcol;
	int			 flags, ytext;
	size_t			*lo, *count;	/* per chunk: complete rows */
	int			*bad;		/* per chunk: a value not finite */
	enum fill		 what;		/* fill_rows(): this */
	size_t			 term, col;	/* FILL_TERM: its first column */
};

/* Row i has the response, every variable and the weight. */
static int
complete(const struct djob *j, size_t i)
{
	const struct formula_fx *resp = j->fm->response;
	int ok = (j->flags & FORMULA_NO_RESPONSE) ? 1 : j->ytext ?
	    frame_text(j->f, resp->col, i) != NULL :
	    !isnan(eval(resp, j->f, i));
	struct level l;
	size_t v;

	for (v = 0; ok && v < j->fm->nvar; v++)
		ok = j->vi[v].factor ? fkey(&j->vi[v], j->f, i, &l) :
		    !isnan(eval(j->vi[v].e, j->f, i));
	if (ok && j->wcol != FORMULA_NONE)
		ok = !isnan(j->f->col[j->wcol].num[i]);
	return ok;
}

/*
 * The complete rows of frame rows [lo, hi), stored from ds->row[lo] on
 * (as many or fewer): the caller closes up the chunks, in order.
 */
static void
complete_rows(void *arg, size_t c, size_t lo, size_t hi)
{
	struct djob *j = arg;
	size_t i, n = 0;

	for (i = lo; i < hi; i++)
		if (complete(j, i))
			j->ds->row[lo + n++] = i;
	j->lo[c] = lo;
	j->count[c] = n;
}

/*
 * What j->what says of used rows [lo, hi): the response (unless a text
 * one) and weights, the columns of a term, or the intercept's; bad[c] if
 * a value is not finite (the caller finds which).
 */
static void
fill_rows(void *arg, size_t c, size_t lo, size_t hi)
{
	struct djob *j = arg;
	const struct formula *fm = j->fm;
	struct formula_design *ds = j->ds;
	size_t i, q, cc, np, nv, vs[MAXVAR], k[MAXVAR];
	struct vcols vc[MAXVAR];
	double *x;
	int bad = 0;

	switch (j->what) {
	case FILL_Y:
		for (i = lo; i < hi && !j->ytext; i++)
			ds->y[i] = (j->flags & FORMULA_NO_RESPONSE) ? NAN :
			    eval(fm->response, j->f, ds->row[i]);
		for (i = lo; i < hi && ds->w != NULL; i++)
			ds->w[i] = j->wcol == FORMULA_NONE ? 1 :
			    j->f->col[j->wcol].num[ds->row[i]];
		for (i = lo; i < hi; i++)
			bad |= (!(j->flags & FORMULA_NO_RESPONSE) &&
			    !isfinite(ds->y[i])) ||
			    (ds->w && !isfinite(ds->w[i]));
		break;
	case FILL_TERM:
		np = term_vars(fm, j->vi, fm->term[j->term], vs, vc, &nv);
		for (cc = 0; cc < np; cc++) {
			size_t rest = cc;

			for (q = 0; q < nv; q++) {	/* first fastest */
				k[q] = rest % vc[q].n;
				rest /= vc[q].n;
			}
			x = ds->x + (j->col + cc) * ds->n;
			for (i = lo; i < hi; i++) {
				double xi = 1;

				for (q = 0; q < nv; q++)
					xi *= var_value(fm, j->vi, vs[q], vc[q],
					    k[q], j->f, ds->row[i], i);
				x[i] = xi;
				bad |= !isfinite(xi);
			}
		}
		break;
	case FILL_ONE:
		for (i = lo; i < hi; i++)
			ds->x[i] = 1;
		break;
	}
	j->bad[c] |= bad;
}

/*
 * A cbind(successes, failures) response: its trials multiply the prior
 * weights (binomial()'s initialize); a negative count is an error.
 */
static int
cbind_trials(const struct formula_fx *e, const struct frame *f,
    struct formula_design *ds, struct diag *d)
{
	size_t i;

	ds->trials = xmalloc((ds->n ? ds->n : 1) * sizeof(*ds->trials));
	for (i = 0; i < ds->n; i++) {
		double a = eval(e->arg[0], f, ds->row[i]),
		    b = eval(e->arg[1], f, ds->row[i]);

		if (a < 0 || b < 0) {
			diag_set(d, STATUS_DATA, "the response \"%s\" has a "
			    "negative count %g", ds->response, a < 0 ? a : b);
			frame_where(f, ds->row[i], d);
			return -1;
		}
		ds->trials[i] = a + b;
		ds->w[i] *= a + b;
	}
	return 0;
}

/* Mark in use[] the frame columns that e reads. */
static void
fx_cols(const struct formula_fx *e, unsigned char *use)
{
	size_t k;

	if (e->kind == FX_VAR)
		use[e->col] = 1;
	for (k = 0; k < e->narg; k++)
		fx_cols(e->arg[k], use);
}

/*
 * FORMULA_CONSUME: the step of the fill (1: response and weights, 2 + t:
 * term t) after which each numeric column of f is read no more; 0 for
 * the ones it does not read.
 */
static size_t *
last_use(const struct formula *fm, const struct vinfo *vi,
    const struct frame *f, size_t wcol, int flags, int ytext)
{
	size_t *last = xcalloc(f->ncols ? f->ncols : 1, sizeof(*last));
	unsigned char *use = xmalloc(f->ncols ? f->ncols : 1);
	size_t s, t, v, c;

	for (s = 1; s < fm->nterm + 2; s++) {
		memset(use, 0, f->ncols);
		if (s == 1 && !ytext && !(flags & FORMULA_NO_RESPONSE))
			fx_cols(fm->response, use);
		if (s == 1 && wcol != FORMULA_NONE)
			use[wcol] = 1;
		for (t = s - 2, v = 0; s > 1 && v < fm->nvar; v++)
			if ((fm->term[t] >> v & 1) && !vi[v].factor)
				fx_cols(vi[v].e, use);
		for (c = 0; c < f->ncols; c++)
			if (use[c])
				last[c] = s;
	}
	free(use);
	return last;
}

/* FORMULA_CONSUME: free the numbers of the columns read last at step s. */
static void
consume(struct frame *f, const size_t *last, size_t s)
{
	size_t c;

	for (c = 0; c < f->ncols; c++)
		if (last[c] == s && f->col[c].num != NULL)
			frame_drop(f, c, 0);
}

/* The column a categorical variable codes, or NULL for an expression. */
static const char *
vcol_name(const struct frame *f, const struct vinfo *vi)
{
	if (vi->e == NULL)
		return f->col[vi->col].name;
	return vi->e->kind == FX_VAR ? f->col[vi->e->col].name : NULL;
}

/* The --ref of a categorical variable, or NULL. */
static const struct ref *
find_ref(const struct formula *fm, const struct frame *f,
    const struct vinfo *vi)
{
	const char *c = vcol_name(f, vi);
	size_t i;

	for (i = 0; c != NULL && i < fm->nref; i++)
		if (strcmp(fm->ref[i].col, c) == 0)
			return &fm->ref[i];
	return NULL;
}

/* --ref i names the column of a categorical variable or of ycol's. */
static int
ref_used(const struct formula *fm, const struct frame *f,
    const struct vinfo *vi, size_t ycol, size_t i)
{
	size_t v;

	if (ycol != FORMULA_NONE &&
	    strcmp(f->col[ycol].name, fm->ref[i].col) == 0)
		return 1;
	for (v = 0; v < fm->nvar; v++)
		if (vi[v].factor && fm->var[v].kind != VAR_LOGICAL &&
		    find_ref(fm, f, &vi[v]) == &fm->ref[i])
			return 1;
	return 0;
}

static void
no_level(const struct ref *r, struct diag *d)
{
	diag_set(d, STATUS_USAGE, "--ref %s=%s: the column \"%s\" has no "
	    "level \"%s\" among the rows used", r->col, r->level, r->col,
	    r->level);
}

/*
 * The numbers of variable v (orthogonal poly()): the fitted model's
 * (fixed), or computed from the used rows; kept in ds->levels.
 */
static int
var_par(const struct formula *fm, size_t v, struct vinfo *vi,
    const struct frame *f, struct formula_design *ds,
    const struct formula_levels *fixed, struct diag *d)
{
	struct formula_levels *L = &ds->levels;
	const struct var *var = &fm->var[v];
	size_t k, np = var->kind == VAR_SCALE ? 2 : var->kind == VAR_BS ?
	    (size_t)(var->degree - var->sdeg) + 2 : var->kind == VAR_NS ?
	    (size_t)var->degree + 1 : 2 * (size_t)var->degree + 2;

	vi->par = xmalloc(np * sizeof(*vi->par));
	for (k = 0; fixed != NULL && k < fixed->np &&
	    strcmp(fixed->pvar[k], fm->var[v].label) != 0; k++)
		;
	if (fixed != NULL && (k == fixed->np || fixed->npar[k] != np))
		return diag_set(d, STATUS_DATA, "%s: the model holds no "
		    "%s (saved when poly() meant raw = TRUE?): fit it again",
		    fm->var[v].label, var->kind == VAR_SCALE ? "centre and "
		    "scale" : var->kind == VAR_POLY ? "coefficients of these "
		    "orthogonal polynomials" : "knots");
	if (fixed != NULL)
		memcpy(vi->par, fixed->par[k], np * sizeof(*vi->par));
	else if (var->kind == VAR_SCALE)
		scale_coefs(vi->e, f, ds->row, ds->n, vi->par);
	else if (var->kind == VAR_POLY && poly_coefs(var, vi->e, f, ds->row,
	    ds->n, vi->par, d) != 0)
		return -1;
	else if (var->kind >= VAR_BS && fixed == NULL)
		spline_knots(vi->e, f, ds->row, ds->n, np - 2, vi->par);
	if (var->kind >= VAR_BS && spline_basis(var, vi, f, ds, np - 2, d) !=
	    0)
		return -1;
	L->par = xrealloc(L->par, (L->np + 1) * sizeof(*L->par));
	L->npar = xrealloc(L->npar, (L->np + 1) * sizeof(*L->npar));
	L->pvar = xrealloc(L->pvar, (L->np + 1) * sizeof(*L->pvar));
	L->pvar[L->np] = xstrdup(fm->var[v].label);
	L->par[L->np] = xmalloc(np * sizeof(**L->par));
	memcpy(L->par[L->np], vi->par, np * sizeof(**L->par));
	L->npar[L->np++] = np;
	return 0;
}

int
formula_ref(struct formula *fm, const char *spec, struct diag *d)
{
	const char *p = spec, *end, *eq;
	struct ref *r;

	do {
		end = p + strcspn(p, ",");
		eq = memchr(p, '=', end - p);
		if (eq == NULL || eq == p || eq + 1 == end)
			return diag_set(d, STATUS_USAGE, "--ref \"%s\": "
			    "expected COLUMN=LEVEL[,COLUMN=LEVEL...]", spec);
		fm->ref = xrealloc(fm->ref, (fm->nref + 1) * sizeof(*fm->ref));
		r = &fm->ref[fm->nref++];
		r->col = xstrndup(p, eq - p);
		r->level = xstrndup(eq + 1, end - eq - 1);
		p = end + 1;
	} while (*end != '\0');
	return 0;
}

void
formula_levels_free(struct formula_levels *L)
{
	size_t j, k;

	for (j = 0; j < L->n; j++) {
		for (k = 0; k < L->nlevel[j]; k++)
			free(L->level[j][k]);
		free(L->level[j]);
		free(L->var[j]);
	}
	free(L->var);
	free(L->level);
	free(L->nlevel);
	for (j = 0; j < L->np; j++) {
		free(L->pvar[j]);
		free(L->par[j]);
	}
	free(L->pvar);
	free(L->par);
	free(L->npar);
}

int
formula_design(const struct formula *fm, struct frame *f, size_t wcol,
    int flags, struct formula_design **dp, struct diag *d)
{
	return formula_design_levels(fm, f, wcol, flags, NULL, dp, d);
}

int
formula_design_levels(const struct formula *fm, struct frame *f, size_t wcol,
    int flags, const struct formula_levels *fixed,
    struct formula_design **dp, struct diag *d)
{
	struct formula_design *ds = xcalloc(1, sizeof(*ds));
	struct vinfo vi[MAXVAR];
	struct formula_fx *resp = fm->response;
	size_t v, i, t, p, c, ndrop, nch = formula_chunks(fm->threads, f->nrows);
	size_t *last = NULL;
	int ytext = 0, rc = -1, bad = 0, cb = !(flags & FORMULA_NO_RESPONSE) &&
	    is_cbind(resp);
	struct djob job = { .fm = fm, .f = f, .vi = vi, .ds = ds, .wcol = wcol,
	    .flags = flags };

	memset(vi, 0, sizeof(vi));
	ds->nrows = f->nrows;
	ds->threads = fm->threads;
	ds->intercept = fm->intercept;
	ds->response = label(resp);
	/* the response: numeric, or a 2-level text for logistic models */
	if (cb && !(flags & FORMULA_BINARY)) {
		diag_set(d, STATUS_USAGE, "the response \"%s\": cbind("
		    "successes, failures) is for the binomial families",
		    ds->response);
		goto out;
	}
	if (flags & FORMULA_NO_RESPONSE)
		;
	else if (resp->kind == FX_VAR && (flags & FORMULA_BINARY)) {
		if (resolve(resp, f, 0, d) != 0)
			goto out;
		ytext = frame_numeric(f, resp->col, d) != 0;
		if (ytext && f->col[resp->col].looks_numeric)
			goto out;
	} else if (resolve(resp, f, 1, d) != 0)
		goto out;
	for (v = 0; v < fm->nvar; v++) {
		struct formula_fx *e = fm->var[v].e;

		vi[v].e = e;
		if (fm->var[v].kind == VAR_FACTOR) {
			vi[v].factor = 1;
			vi[v].e = e->arg[0];
		}
		if (fm->var[v].kind == VAR_POLY || fm->var[v].kind ==
		    VAR_SCALE || fm->var[v].kind == VAR_BS ||
		    fm->var[v].kind == VAR_NS)
			vi[v].e = e->arg[0];
		vi[v].factor |= fm->var[v].kind == VAR_LOGICAL;
		if (vi[v].e->kind == FX_VAR && (fm->var[v].kind == VAR_FACTOR ||
		    fm->var[v].kind == VAR_NUM)) {
			if (resolve(vi[v].e, f, 0, d) != 0)
				goto out;
			if (frame_numeric(f, vi[v].e->col, d) != 0) {
				if (f->col[vi[v].e->col].looks_numeric &&
				    fm->var[v].kind != VAR_FACTOR)
					goto out;
				vi[v].factor = 1;
				vi[v].col = vi[v].e->col;
				vi[v].e = NULL;
			}
		} else if (resolve(vi[v].e, f, 1, d) != 0)
			goto out;
	}
	if (wcol != FORMULA_NONE && frame_numeric(f, wcol, d) != 0)
		goto out;
	/* the complete rows, by chunks of rows closed up in order */
	job.ytext = ytext;
	job.lo = xmalloc(nch * sizeof(*job.lo));
	job.count = xmalloc(nch * sizeof(*job.count));
	job.bad = xcalloc(nch, sizeof(*job.bad));
	for (c = 0; (flags & FORMULA_CONSUME) && c < f->ncols; c++)
		frame_drop(f, c, 1);	/* the design never reads rel */
	ds->row = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*ds->row));
	par_split(nch, f->nrows, complete_rows, &job);
	for (c = 0; c < nch; c++) {
		if (ds->n != job.lo[c])
			memmove(ds->row + ds->n, ds->row + job.lo[c],
			    job.count[c] * sizeof(*ds->row));
		ds->n += job.count[c];
	}
	ndrop = f->nrows - ds->n;
	if (ndrop > 0 && (flags & FORMULA_NO_RESPONSE))
		diag_warn("%zu of %zu rows have missing values: no prediction",
		    ndrop, f->nrows);
	else if (ndrop > 0)
		diag_warn("%zu of %zu rows left out for missing values", ndrop,
		    f->nrows);
	ds->levels.var = xcalloc(fm->nvar + 1, sizeof(*ds->levels.var));
	ds->levels.level = xcalloc(fm->nvar + 1, sizeof(*ds->levels.level));
	ds->levels.nlevel = xcalloc(fm->nvar + 1, sizeof(*ds->levels.nlevel));
	for (v = 0; v < fm->nvar; v++) {
		struct formula_levels *L = &ds->levels;
		size_t k;

		if (!vi[v].factor)
			continue;
		for (k = 0; fixed != NULL && k < fixed->n &&
		    strcmp(fixed->var[k], fm->var[v].label) != 0; k++)
			;
		if (fm->var[v].kind == VAR_LOGICAL)
			logical_levels(&vi[v], f, ds->row, ds->n);
		else if (fixed == NULL || k == fixed->n) {
			const struct ref *r = find_ref(fm, f, &vi[v]);

			if (levels(&vi[v], f, ds->row, ds->n, r ? r->level :
			    NULL) != 0) {
				no_level(r, d);
				goto out;
			}
		} else if (fixed_levels(&vi[v], fm->var[v].label, f, ds->row,
		    ds->n, fixed->level[k], fixed->nlevel[k], d) != 0)
			goto out;
		L->var[L->n] = xstrdup(fm->var[v].label);
		L->level[L->n] = xmalloc((vi[v].nlev + 1) * sizeof(char *));
		for (k = 0; k < vi[v].nlev; k++)
			L->level[L->n][k] = xstrdup(vi[v].lev[k].label);
		L->nlevel[L->n++] = vi[v].nlev;
	}
	for (v = 0; v < fm->nvar; v++)
		if (((fm->var[v].kind == VAR_POLY && !fm->var[v].raw) ||
		    fm->var[v].kind >= VAR_SCALE) && var_par(fm, v, &vi[v], f, ds, fixed, d) != 0)
			goto out;
	for (i = 0; fixed == NULL && i < fm->nref; i++)
		if (!ref_used(fm, f, vi, ytext ? resp->col : FORMULA_NONE, i)) {
			diag_set(d, STATUS_USAGE, "--ref %s=%s: no categorical "
			    "variable of the formula is the column \"%s\"",
			    fm->ref[i].col, fm->ref[i].level, fm->ref[i].col);
			goto out;
		}
	/* the response values */
	ds->y = xmalloc((ds->n ? ds->n : 1) * sizeof(*ds->y));
	if (ytext) {
		struct vinfo yv = { .factor = 1, .col = resp->col };
		const struct ref *r = find_ref(fm, f, &yv);

		if (levels(&yv, f, ds->row, ds->n, r ? r->level : NULL) != 0) {
			no_level(r, d);
		} else if (yv.nlev == 2) {
			ds->ylevel = xmalloc(2 * sizeof(*ds->ylevel));
			for (i = 0; i < 2; i++)
				ds->ylevel[i] = yv.lev[i].label;
			for (i = 0; i < ds->n; i++)
				ds->y[i] = yv.code[i];
		} else {
			diag_set(d, STATUS_DATA, "the response \"%s\" has "
			    "%zu levels: a binomial response needs 2",
			    ds->response, yv.nlev);
		}
		if (ds->ylevel == NULL) {
			for (i = 0; i < yv.nlev; i++)
				free(yv.lev[i].label);
		}
		free(yv.lev);
		free(yv.code);
		if (ds->ylevel == NULL)
			goto out;
	}
	if (wcol != FORMULA_NONE || cb)
		ds->w = xmalloc((ds->n ? ds->n : 1) * sizeof(*ds->w));
	/* the columns: intercept, then each term's, first variable fastest */
	ds->term = xmalloc((fm->nterm + 1) * sizeof(*ds->term));
	ds->termvars = xcalloc(fm->nterm + 1, sizeof(*ds->termvars));
	if (fm->intercept)
		ds->term[ds->nterm++] = xstrdup("(Intercept)");
	for (p = fm->intercept, t = 0; t < fm->nterm; t++) {
		size_t vs[MAXVAR], nv;
		struct vcols vc[MAXVAR];

		p += term_vars(fm, vi, fm->term[t], vs, vc, &nv);
	}
	ds->p = p;
	ds->x = xmalloc((ds->n * p != 0 ? ds->n * p : 1) * sizeof(*ds->x));
	ds->name = xcalloc(p ? p : 1, sizeof(*ds->name));
	ds->assign = xcalloc(p ? p : 1, sizeof(*ds->assign));
	p = 0;
	if (fm->intercept)
		ds->name[p++] = xstrdup("(Intercept)");
	for (t = 0; t < fm->nterm; t++) {
		size_t np, c, vs[MAXVAR], nv, q;
		struct vcols vc[MAXVAR];
		char *lab = NULL, *s;

		np = term_vars(fm, vi, fm->term[t], vs, vc, &nv);
		for (q = 0; q < nv; q++) {
			s = lab ? join(lab, ":", fm->var[vs[q]].label) :
			    xstrdup(fm->var[vs[q]].label);
			free(lab);
			lab = s;
		}
		ds->term[ds->nterm] = lab;
		ds->termvars[ds->nterm] = fm->term[t];
		for (c = 0; c < np; c++, p++) {
			size_t rest = c, k[MAXVAR];
			char *nm = NULL;

			for (q = 0; q < nv; q++) {	/* first fastest */
				k[q] = rest % vc[q].n;
				rest /= vc[q].n;
				s = var_name(fm, vi, vs[q], vc[q], k[q]);
				if (nm != NULL) {
					char *u = join(nm, ":", s);

					free(nm);
					free(s);
					s = u;
				}
				nm = s;
			}
			ds->name[p] = nm;
			ds->assign[p] = ds->nterm;
		}
		ds->nterm++;
	}
	/*
	 * the values, by chunks of rows: the response and weights, each
	 * term, the intercept (when consuming, each after the frame's
	 * columns are freed as far as they are read no more)
	 */
	nch = formula_chunks(fm->threads, ds->n);
	if (flags & FORMULA_CONSUME) {
		last = last_use(fm, vi, f, wcol, flags, ytext);
		consume(f, last, 0);
	}
	job.what = FILL_Y;
	par_split(nch, ds->n, fill_rows, &job);
	if (cb && cbind_trials(resp, f, ds, d) != 0)
		goto out;
	job.what = FILL_TERM;
	for (t = 0, job.col = fm->intercept; t < fm->nterm; t++) {
		size_t vs[MAXVAR], nv;
		struct vcols vc[MAXVAR];

		if (last != NULL)
			consume(f, last, t + 1);
		job.term = t;
		par_split(nch, ds->n, fill_rows, &job);
		job.col += term_vars(fm, vi, fm->term[t], vs, vc, &nv);
	}
	if (last != NULL)
		consume(f, last, fm->nterm + 1);
	job.what = FILL_ONE;
	if (fm->intercept)
		par_split(nch, ds->n, fill_rows, &job);
	for (c = 0; c < nch; c++)
		bad |= job.bad[c];
	/* infinities are not missing values: say where, row by row */
	for (i = 0; bad && i < ds->n; i++)
		for (p = 0; p < ds->p; p++)
			if (!isfinite(ds->x[p * ds->n + i])) {
				diag_set(d, STATUS_DATA, "column %s of the model "
				    "is not finite", ds->name[p]);
				frame_where(f, ds->row[i], d);
				goto out;
			}
	for (i = 0; bad && i < ds->n; i++)
		if ((!(flags & FORMULA_NO_RESPONSE) && !isfinite(ds->y[i])) ||
		    (ds->w && !isfinite(ds->w[i]))) {
			diag_set(d, STATUS_DATA, "the %s is not finite",
			    isfinite(ds->y[i]) ? "weight" : "response");
			frame_where(f, ds->row[i], d);
			goto out;
		}
	if (flags & FORMULA_CONSUME) {	/* rows of a frame now gone */
		free(ds->row);
		ds->row = NULL;
	}
	rc = 0;
out:
	free(last);
	free(job.lo);
	free(job.count);
	free(job.bad);
	for (v = 0; v < fm->nvar; v++) {
		for (i = 0; i < vi[v].nlev; i++)
			free(vi[v].lev[i].label);
		free(vi[v].lev);
		free(vi[v].code);
		free(vi[v].par);
		free(vi[v].basis);
	}
	if (rc != 0)
		formula_design_free(ds);
	else
		*dp = ds;
	return rc;
}

void
formula_design_free(struct formula_design *ds)
{
	size_t j;

	if (ds == NULL)
		return;
	for (j = 0; j < ds->p && ds->name; j++)
		free(ds->name[j]);
	for (j = 0; j < ds->nterm; j++)
		free(ds->term[j]);
	formula_levels_free(&ds->levels);
	if (ds->ylevel != NULL) {
		free(ds->ylevel[0]);
		free(ds->ylevel[1]);
	}
	free(ds->ylevel);
	free(ds->term);
	free(ds->termvars);
	free(ds->name);
	free(ds->assign);
	free(ds->row);
	free(ds->x);
	free(ds->y);
	free(ds->w);
	free(ds->trials);
	free(ds->response);
	free(ds);
}
