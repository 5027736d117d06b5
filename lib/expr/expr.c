/*
 * expr: the expression language compiled to a program for a stack machine
 * (parse -> tree with types -> flat program), and the machine that runs it
 * on a row.
 */
#include <ctype.h>
#include <math.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/suggest.h"
#include "core/xalloc.h"
#include "expr/expr.h"
#include "expr/func.h"
#include "expr/window.h"
#include "frame/frame.h"

#define T_ANY	4		/* static type: known only when running */

/* What a context wants of a value (a column is read accordingly). */
enum want { W_ANY, W_NUM, W_STR, W_BOOL };

enum tok {
	K_END, K_NUM, K_STR, K_NAME, K_COL, K_LP, K_RP, K_COMMA, K_QUEST,
	K_COLON, K_PLUS, K_MINUS, K_STAR, K_SLASH, K_PCT, K_CARET, K_DOT,
	K_EQ, K_NE, K_LT, K_LE, K_GT, K_GE, K_AND, K_OR, K_NOT, K_ASSIGN,
	K_IN, K_TRUE, K_FALSE, K_NA
};

enum kind {
	N_NUM, N_STR, N_BOOL, N_NA, N_COL, N_SLOT, N_NEG, N_NOT, N_BIN,
	N_AND, N_OR, N_IN, N_CALL, N_ISNA, N_COALESCE, N_CASE,
	N_WIN
};

struct node {
	enum kind	 kind;
	int		 op;		/* N_BIN: the K_ token */
	int		 type;		/* enum expr_type or T_ANY */
	size_t		 pos;		/* where it starts in the text */
	double		 num;
	char		*str;		/* N_STR's text, owned by the parse */
	size_t		 len;
	size_t		 col;		/* N_COL, N_SLOT */
	const struct func *fn;		/* N_CALL */
	int		 win;		/* N_WIN: enum window_kind */
	struct node	**kid;
	size_t		 nkid;
};

enum op {
	OP_CONST, OP_LOAD, OP_SLOT, OP_NEG, OP_NOT, OP_TONUM, OP_TOSTR,
	OP_TOBOOL, OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_POW, OP_CAT,
	OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_AND, OP_OR, OP_JFALSE,
	OP_JTRUE, OP_BRANCH, OP_CASE, OP_JUMP, OP_JSET, OP_IN, OP_ISNA,
	OP_CALL, OP_WIN, OP_WINVAL
};

struct ins {
	unsigned char	 op;
	unsigned char	 aux;		/* OP_LOAD: enum want */
	unsigned short	 n;		/* arguments, set size */
	uint32_t	 a, b;		/* operands, jump targets */
	const struct func *fn;		/* OP_CALL */
	regex_t		*re;		/* OP_CALL's FUNC_REGEX argument */
	size_t		 pos;		/* OP_TOBOOL, OP_TONUM: for messages */
};

struct expr {
	struct ins	*ins;
	size_t		 nins, inscap;
	struct expr_val	*k;		/* constants */
	size_t		 nk, kcap;
	char		**kstr;		/* their texts, owned */
	size_t		 nkstr, kstrcap;
	regex_t		**re;		/* compiled regexes, owned */
	size_t		 nre, recap;
	struct expr_val	*stack;
	size_t		 depth, maxdepth;
	struct func_scratch scratch;
	char *const	*names;		/* for messages: the header */
	size_t		 ncols;
	char *const	*cnames;
	unsigned char	*colmode;	/* per input column: 1 number, 2 read */
	struct window	*win;		/* window functions' state, or NULL */
	struct expr_val	*winval;	/* per instance: this row's value */
	int		 deferred;	/* the value needs whole groups */
	const struct num_na *na;
	const char	*text;		/* for messages while compiling */
};

/* The parse: tokens read one ahead, nodes owned in one list. */
struct parse {
	const char	*text, *source;
	size_t		 p;		/* next byte */
	enum tok	 tok;		/* the token read ahead */
	size_t		 tpos;		/* where it starts */
	double		 tnum;
	char		*tstr;		/* K_STR, K_NAME, K_COL: its text */
	size_t		 tlen;
	int		 tcolnum;	/* K_COL: $N */
	struct node	**all;
	size_t		 nall, allcap;
	const struct expr_env *env;
	struct expr	*e;
	struct diag	*d;
	int		 failed;
};

/*
 * Fail at text offset pos: "SOURCE:LINE:COL: msg", on one line as every
 * message (the line and column point at the character).
 */
static int
fail_at(struct parse *ps, size_t pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int
fail_at(struct parse *ps, size_t pos, const char *fmt, ...)
{
	const char *t = ps->text, *ls = t;
	size_t line = 1, i, n;
	char *m;
	va_list ap;

	if (ps->failed)
		return -1;
	ps->failed = 1;
	for (i = 0; i < pos && t[i] != '\0'; i++)
		if (t[i] == '\n') {
			line++;
			ls = t + i + 1;
		}
	diag_set(ps->d, STATUS_USAGE, "%s:%zu:%zu: ", ps->source, line,
	    (size_t)(t + pos - ls) + 1);
	m = ps->d->msg;
	n = strlen(m);
	va_start(ap, fmt);
	vsnprintf(m + n, sizeof(ps->d->msg) - n, fmt, ap);
	va_end(ap);
	return -1;
}

static const char *
tok_name(enum tok t)
{
	static const char *const name[] = { "end of expression", "number",
	    "string", "name", "column", "'('", "')'", "','", "'?'", "':'",
	    "'+'", "'-'", "'*'", "'/'", "'%'", "'^'", "'.'", "'=='", "'!='",
	    "'<'", "'<='", "'>'", "'>='", "'&&'", "'||'", "'!'", "'='",
	    "'in'", "true", "false", "NA" };

	return name[t];
}

static int
is_name_start(int c)
{
	return isalpha(c) || c == '_';
}

static int
is_name_char(int c)
{
	return isalnum(c) || c == '_' || c == '.';
}

/* A string literal's text with its C escapes undone, at ps->p (a quote). */
static int
lex_string(struct parse *ps)
{
	const char *t = ps->text;
	size_t p = ps->p + 1, n = 0;
	char *s = xmalloc(strlen(t + p) + 1);

	for (;; p++) {
		int c = (unsigned char)t[p];

		if (c == '\0') {
			free(s);
			return fail_at(ps, ps->tpos, "unterminated string");
		}
		if (c == '"')
			break;
		if (c != '\\') {
			s[n++] = (char)c;
			continue;
		}
		c = (unsigned char)t[++p];
		switch (c) {
		case 'n': s[n++] = '\n'; break;
		case 't': s[n++] = '\t'; break;
		case 'r': s[n++] = '\r'; break;
		case 'a': s[n++] = '\a'; break;
		case 'b': s[n++] = '\b'; break;
		case 'f': s[n++] = '\f'; break;
		case 'v': s[n++] = '\v'; break;
		case '\\': case '"': case '\'': case '?': s[n++] = (char)c; break;
		case 'x':
			if (!isxdigit((unsigned char)t[p + 1])) {
				free(s);
				return fail_at(ps, p - 1, "\\x without hex "
				    "digits");
			}
			c = 0;
			while (isxdigit((unsigned char)t[p + 1])) {
				int h = (unsigned char)t[++p];

				c = c * 16 + (isdigit(h) ? h - '0' :
				    tolower(h) - 'a' + 10);
				c &= 0xff;
			}
			s[n++] = (char)c;
			break;
		default:
			if (c >= '0' && c <= '7') {
				int v = c - '0', k;

				for (k = 1; k < 3 && t[p + 1] >= '0' &&
				    t[p + 1] <= '7'; k++)
					v = v * 8 + (t[++p] - '0');
				s[n++] = (char)(v & 0xff);
				break;
			}
			free(s);
			return fail_at(ps, p - 1, "unknown escape \\%c",
			    c ? c : '0');
		}
	}
	s[n] = '\0';
	ps->tstr = s;
	ps->tlen = n;
	ps->p = p + 1;
	ps->tok = K_STR;
	return 0;
}

/* $name, ${any name}, $N */
static int
lex_column(struct parse *ps)
{
	const char *t = ps->text;
	size_t p = ps->p + 1, q;

	ps->tcolnum = 0;
	if (t[p] == '{') {
		const char *end = strchr(t + p + 1, '}');

		if (end == NULL)
			return fail_at(ps, ps->tpos, "'${' without '}'");
		q = (size_t)(end - t);
		ps->tstr = xstrndup(t + p + 1, q - p - 1);
		ps->p = q + 1;
	} else if (isdigit((unsigned char)t[p])) {
		for (q = p; isdigit((unsigned char)t[q]); q++)
			;
		ps->tstr = xstrndup(t + p, q - p);
		ps->tcolnum = 1;
		ps->p = q;
	} else if (is_name_start((unsigned char)t[p])) {
		for (q = p; is_name_char((unsigned char)t[q]); q++)
			;
		ps->tstr = xstrndup(t + p, q - p);
		ps->p = q;
	} else
		return fail_at(ps, ps->tpos, "expected a column name after "
		    "'$'");
	ps->tlen = strlen(ps->tstr);
	ps->tok = K_COL;
	return 0;
}

static int
lex(struct parse *ps)
{
	const char *t = ps->text;
	size_t p = ps->p;
	int c;

	free(ps->tstr);
	ps->tstr = NULL;
	while (isspace((unsigned char)t[p]))
		p++;
	/* a comment runs to the end of the line (for -f files) */
	if (t[p] == '#') {
		while (t[p] != '\0' && t[p] != '\n')
			p++;
		ps->p = p;
		return lex(ps);
	}
	ps->tpos = ps->p = p;
	c = (unsigned char)t[p];
	if (c == '\0') {
		ps->tok = K_END;
		return 0;
	}
	if (isdigit(c) || (c == '.' && isdigit((unsigned char)t[p + 1]))) {
		size_t q = p;

		while (isdigit((unsigned char)t[q]))
			q++;
		if (t[q] == '.')
			for (q++; isdigit((unsigned char)t[q]); q++)
				;
		if ((t[q] == 'e' || t[q] == 'E') &&
		    (isdigit((unsigned char)t[q + 1]) ||
		    ((t[q + 1] == '+' || t[q + 1] == '-') &&
		    isdigit((unsigned char)t[q + 2])))) {
			for (q += 2; isdigit((unsigned char)t[q]); q++)
				;
		}
		if (num_parse(t + p, q - p, &ps->tnum, NULL, NULL) != 0)
			return fail_at(ps, p, "number out of range");
		ps->p = q;
		ps->tok = K_NUM;
		return 0;
	}
	if (is_name_start(c)) {
		size_t q = p;
		static const struct {
			const char *w;
			enum tok t;
		} kw[] = { { "in", K_IN }, { "true", K_TRUE },
		    { "TRUE", K_TRUE }, { "false", K_FALSE },
		    { "FALSE", K_FALSE }, { "NA", K_NA } };
		size_t i;

		while (is_name_char((unsigned char)t[q]))
			q++;
		ps->p = q;
		for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++)
			if (strlen(kw[i].w) == q - p &&
			    memcmp(kw[i].w, t + p, q - p) == 0) {
				ps->tok = kw[i].t;
				return 0;
			}
		ps->tstr = xstrndup(t + p, q - p);
		ps->tlen = q - p;
		ps->tok = K_NAME;
		return 0;
	}
	if (c == '"')
		return lex_string(ps);
	if (c == '$')
		return lex_column(ps);
	ps->p = p + 1;
	switch (c) {
	case '(': ps->tok = K_LP; return 0;
	case ')': ps->tok = K_RP; return 0;
	case ',': ps->tok = K_COMMA; return 0;
	case '?': ps->tok = K_QUEST; return 0;
	case ':': ps->tok = K_COLON; return 0;
	case '+': ps->tok = K_PLUS; return 0;
	case '-': ps->tok = K_MINUS; return 0;
	case '*': ps->tok = K_STAR; return 0;
	case '/': ps->tok = K_SLASH; return 0;
	case '%': ps->tok = K_PCT; return 0;
	case '^': ps->tok = K_CARET; return 0;
	case '.': ps->tok = K_DOT; return 0;
	}
	ps->p = p + 2;
	if (c == '=' && t[p + 1] == '=')
		ps->tok = K_EQ;
	else if (c == '!' && t[p + 1] == '=')
		ps->tok = K_NE;
	else if (c == '<' && t[p + 1] == '=')
		ps->tok = K_LE;
	else if (c == '>' && t[p + 1] == '=')
		ps->tok = K_GE;
	else if (c == '&' && t[p + 1] == '&')
		ps->tok = K_AND;
	else if (c == '|' && t[p + 1] == '|')
		ps->tok = K_OR;
	else {
		ps->p = p + 1;
		switch (c) {
		case '<': ps->tok = K_LT; return 0;
		case '>': ps->tok = K_GT; return 0;
		case '!': ps->tok = K_NOT; return 0;
		case '=': ps->tok = K_ASSIGN; return 0;
		}
		if (isprint(c))
			return fail_at(ps, p, "unexpected character '%c'",
			    c);
		return fail_at(ps, p, "unexpected byte \\x%02x", c);
	}
	return 0;
}

static struct node *
new_node(struct parse *ps, enum kind k, size_t pos)
{
	struct node *n = xcalloc(1, sizeof(*n));

	n->kind = k;
	n->pos = pos;
	ps->all = xgrow(ps->all, &ps->allcap, ps->nall + 1, sizeof(*ps->all));
	ps->all[ps->nall++] = n;
	return n;
}

static void
add_kid(struct node *n, struct node *k)
{
	n->kid = xrealloc(n->kid, (n->nkid + 1) * sizeof(*n->kid));
	n->kid[n->nkid++] = k;
}

static int
expect(struct parse *ps, enum tok t)
{
	if (ps->tok != t)
		return fail_at(ps, ps->tpos, "expected %s", tok_name(t));
	return lex(ps);
}

static const char *
type_name(int t)
{
	static const char *const name[] = { "NA", "a number", "a string",
	    "a boolean", "a column's value" };

	return name[t];
}

/*
 * Static types: NA goes with anything, a number with a boolean (R's
 * coercion), a column's value with anything (checked when running).
 */
static int
unify(struct parse *ps, int a, int b, size_t pos)
{
	if (a == EXPR_NA || a == b)
		return b;
	if (b == EXPR_NA)
		return a;
	if (a == T_ANY || b == T_ANY)
		return T_ANY;
	if ((a == EXPR_NUM && b == EXPR_BOOL) ||
	    (a == EXPR_BOOL && b == EXPR_NUM))
		return EXPR_NUM;
	return fail_at(ps, pos, "%s and %s do not mix", type_name(a),
	    type_name(b)), T_ANY;
}

/* The operand must be usable as want. */
static int
check_use(struct parse *ps, const struct node *n, enum want w,
    const char *what)
{
	if (n->type == EXPR_STR && (w == W_NUM || w == W_BOOL))
		return fail_at(ps, n->pos, "%s needs %s, not a string",
		    what, w == W_NUM ? "a number" : "true or false");
	return 0;
}

static struct node *parse_cond(struct parse *);

/* "unknown column", with the nearest name and the list, as cols_parse(). */
static int
unknown_column(struct parse *ps, size_t pos, const char *name)
{
	const struct expr_env *env = ps->env;
	size_t j, n = 0, all = env->ncols + env->ncomputed;
	const char **names = xcalloc(all ? all : 1, sizeof(*names));
	const char *near;
	char list[320];

	for (j = 0; j < all; j++)
		names[j] = j < env->ncols ? env->names[j] :
		    env->cnames[j - env->ncols];
	near = suggest(name, strlen(name), names, all);
	list[0] = '\0';
	for (j = 0; j < all && n < sizeof(list); j++)
		n += (size_t)snprintf(list + n, sizeof(list) - n, "%s%s",
		    j ? ", " : "", names[j]);
	if (n >= sizeof(list))
		strcpy(list + sizeof(list) - 5, "...");
	fail_at(ps, pos, "unknown column \"%s\"%s%s%s (columns: %s)", name,
	    near ? "; did you mean \"" : "", near ? near : "", near ? "\"?" :
	    "", list);
	free(names);
	return -1;
}

/* A column by name or number: the latest computed one of that name wins. */
static struct node *
column_node(struct parse *ps, const char *name, int bynum, size_t pos)
{
	const struct expr_env *env = ps->env;
	struct node *n;
	size_t j, k;
	long v;

	if (bynum) {
		if (num_parse_int(name, 1, (long)env->ncols, &v) != 0)
			return fail_at(ps, pos, "no column $%s: there are "
			    "%zu", name, env->ncols), NULL;
		name = env->names[v - 1];
	}
	for (k = env->ncomputed; k-- > 0;)
		if (strcmp(env->cnames[k], name) == 0) {
			n = new_node(ps, N_SLOT, pos);
			n->col = k;
			n->type = T_ANY;
			return n;
		}
	for (j = 0; j < env->ncols; j++)
		if (strcmp(env->names[j], name) == 0) {
			n = new_node(ps, N_COL, pos);
			n->col = j;
			n->type = T_ANY;
			return n;
		}
	return unknown_column(ps, pos, name), NULL;
}

/* A -s variable's value as a literal. */
static struct node *
var_node(struct parse *ps, const struct expr_var *v, size_t pos)
{
	struct node *n;
	double x;

	if (num_parse(v->value, strlen(v->value), &x, NULL, NULL) == 0) {
		n = new_node(ps, N_NUM, pos);
		n->num = x;
		n->type = EXPR_NUM;
		return n;
	}
	n = new_node(ps, N_STR, pos);
	n->str = xstrdup(v->value);
	n->len = strlen(v->value);
	n->type = EXPR_STR;
	return n;
}

static int
unknown_function(struct parse *ps, size_t pos, const char *name)
{
	if (ps->env->window)
		return fail_at(ps, pos, "unknown function \"%s\"; the "
		    "functions are: %s; the window functions: %s", name,
		    func_names, window_names);
	return fail_at(ps, pos, "unknown function \"%s\"; the functions "
	    "are: %s", name, func_names);
}

/* The arguments of a call, after its '('. */
static int
parse_args(struct parse *ps, struct node *call)
{
	if (ps->tok == K_RP)
		return lex(ps);
	for (;;) {
		struct node *a = parse_cond(ps);

		if (a == NULL)
			return -1;
		add_kid(call, a);
		if (ps->tok != K_COMMA)
			break;
		if (lex(ps) != 0)
			return -1;
	}
	return expect(ps, K_RP);
}

static int
arity(struct parse *ps, const struct node *n, const char *name, int min,
    int max)
{
	if ((int)n->nkid < min || (max >= 0 && (int)n->nkid > max)) {
		if (min == max)
			return fail_at(ps, n->pos, "%s() takes %d "
			    "argument%s, not %zu", name, min, min == 1 ? "" :
			    "s", n->nkid);
		if (max < 0)
			return fail_at(ps, n->pos, "%s() takes %d or more "
			    "arguments, not %zu", name, min, n->nkid);
		return fail_at(ps, n->pos, "%s() takes %d to %d arguments,"
		    " not %zu", name, min, max, n->nkid);
	}
	return 0;
}

/* The types of a call to fn; the special forms have their own rules. */
static int
type_call(struct parse *ps, struct node *n, const char *name)
{
	size_t i;
	int t = EXPR_NA;

	switch (n->kind) {
	case N_ISNA:
		n->type = EXPR_BOOL;
		return arity(ps, n, name, 1, 1);
	case N_COALESCE:
		if (arity(ps, n, name, 1, -1) != 0)
			return -1;
		for (i = 0; i < n->nkid; i++)
			t = unify(ps, t, n->kid[i]->type, n->kid[i]->pos);
		n->type = t;
		return ps->failed ? -1 : 0;
	case N_CASE:
		/* if_else(c, a, b) and case_when(c1, v1, ..., default) */
		if (arity(ps, n, name, 3, -1) != 0)
			return -1;
		if (n->nkid % 2 == 0)
			return fail_at(ps, n->pos, "%s() takes pairs of a "
			    "condition and a value, then a default", name);
		for (i = 0; i + 1 < n->nkid; i += 2)
			if (check_use(ps, n->kid[i], W_BOOL, name) != 0)
				return -1;
		for (i = 1; i < n->nkid; i += 2)
			t = unify(ps, t, n->kid[i]->type, n->kid[i]->pos);
		n->type = unify(ps, t, n->kid[n->nkid - 1]->type,
		    n->kid[n->nkid - 1]->pos);
		return ps->failed ? -1 : 0;
	case N_WIN: {
		struct node *p = n->nkid == 2 ? n->kid[1] : NULL;
		struct diag d;

		n->type = EXPR_NUM;
		if (n->nkid > 0 && check_use(ps, n->kid[0], W_NUM, name) != 0)
			return -1;
		if (window_check(n->win, n->nkid, p != NULL && p->kind ==
		    N_NUM, p != NULL ? p->num : 0, &d) != 0)
			return fail_at(ps, n->pos, "%s", d.msg);
		return 0;
	}
	default:
		break;
	}
	if (arity(ps, n, name, n->fn->min, n->fn->max) != 0)
		return -1;
	for (i = 0; i < n->nkid; i++) {
		size_t k = strlen(n->fn->args);
		int w = (unsigned char)n->fn->args[i < k ? i : k - 1];

		if (w == FUNC_NUM && check_use(ps, n->kid[i], W_NUM, name) != 0)
			return -1;
		if (w == FUNC_REGEX && n->kid[i]->kind != N_STR)
			return fail_at(ps, n->kid[i]->pos, "%s(): the "
			    "pattern must be a string literal", name);
	}
	n->type = n->fn->ret;
	return 0;
}

static struct node *
parse_call(struct parse *ps, char *name, size_t pos)
{
	static const struct {
		const char *name;
		enum kind kind;
	} special[] = { { "is_na", N_ISNA }, { "coalesce", N_COALESCE },
	    { "if_else", N_CASE }, { "case_when", N_CASE } };
	struct node *n = NULL;
	size_t i;
	int win;

	for (i = 0; i < sizeof(special) / sizeof(special[0]); i++)
		if (strcmp(name, special[i].name) == 0) {
			n = new_node(ps, special[i].kind, pos);
			n->op = i == 3;	/* case_when: NA is false */
		}
	if (n == NULL && (win = window_find(name)) >= 0) {
		if (!ps->env->window) {
			fail_at(ps, pos, "%s() is a window function: only "
			    "mutate has them", name);
			free(name);
			return NULL;
		}
		n = new_node(ps, N_WIN, pos);
		n->win = win;
	}
	if (n == NULL) {
		const struct func *fn = func_find(name, strlen(name));

		if (fn == NULL) {
			unknown_function(ps, pos, name);
			free(name);
			return NULL;
		}
		n = new_node(ps, N_CALL, pos);
		n->fn = fn;
	}
	if (lex(ps) != 0 || parse_args(ps, n) != 0 ||
	    type_call(ps, n, name) != 0) {
		free(name);
		return NULL;
	}
	free(name);
	return n;
}

static struct node *
parse_primary(struct parse *ps)
{
	size_t pos = ps->tpos, i;
	struct node *n;
	char *name;

	switch (ps->tok) {
	case K_NUM:
		n = new_node(ps, N_NUM, pos);
		n->num = ps->tnum;
		n->type = EXPR_NUM;
		break;
	case K_STR:
		n = new_node(ps, N_STR, pos);
		n->str = ps->tstr;
		n->len = ps->tlen;
		ps->tstr = NULL;
		n->type = EXPR_STR;
		break;
	case K_TRUE:
	case K_FALSE:
		n = new_node(ps, N_BOOL, pos);
		n->num = ps->tok == K_TRUE;
		n->type = EXPR_BOOL;
		break;
	case K_NA:
		n = new_node(ps, N_NA, pos);
		n->type = EXPR_NA;
		break;
	case K_COL:
		n = column_node(ps, ps->tstr, ps->tcolnum, pos);
		break;
	case K_NAME:
		name = ps->tstr;
		ps->tstr = NULL;
		if (lex(ps) != 0) {
			free(name);
			return NULL;
		}
		if (ps->tok == K_LP)
			return parse_call(ps, name, pos);
		n = NULL;
		for (i = 0; i < ps->env->nvars; i++)
			if (strcmp(ps->env->vars[i].name, name) == 0)
				n = var_node(ps, &ps->env->vars[i], pos);
		if (n == NULL)
			n = column_node(ps, name, 0, pos);
		free(name);
		return n;
	case K_LP:
		if (lex(ps) != 0 || (n = parse_cond(ps)) == NULL ||
		    expect(ps, K_RP) != 0)
			return NULL;
		return n;
	default:
		fail_at(ps, pos, "expected a value, not %s",
		    tok_name(ps->tok));
		return NULL;
	}
	if (n == NULL || lex(ps) != 0)
		return NULL;
	return n;
}

static struct node *parse_unary(struct parse *);

/* power: primary ['^' unary], right-associative, above unary minus */
static struct node *
parse_power(struct parse *ps)
{
	struct node *a = parse_primary(ps), *n, *b;
	size_t pos = ps->tpos;

	if (a == NULL || ps->tok != K_CARET)
		return a;
	if (lex(ps) != 0 || (b = parse_unary(ps)) == NULL)
		return NULL;
	if (check_use(ps, a, W_NUM, "'^'") != 0 ||
	    check_use(ps, b, W_NUM, "'^'") != 0)
		return NULL;
	n = new_node(ps, N_BIN, pos);
	n->op = K_CARET;
	n->type = EXPR_NUM;
	add_kid(n, a);
	add_kid(n, b);
	return n;
}

static struct node *
parse_unary(struct parse *ps)
{
	size_t pos = ps->tpos;
	enum tok t = ps->tok;
	struct node *a, *n;

	if (t != K_MINUS && t != K_PLUS && t != K_NOT)
		return parse_power(ps);
	if (lex(ps) != 0 || (a = parse_unary(ps)) == NULL)
		return NULL;
	if (check_use(ps, a, t == K_NOT ? W_BOOL : W_NUM, t == K_NOT ?
	    "'!'" : "a sign") != 0)
		return NULL;
	if (t == K_PLUS && a->type == EXPR_NUM)
		return a;
	n = new_node(ps, t == K_NOT ? N_NOT : N_NEG, pos);
	n->op = t;		/* N_NEG: a sign, K_PLUS or K_MINUS */
	n->type = t == K_NOT ? EXPR_BOOL : EXPR_NUM;
	add_kid(n, a);
	return n;
}

/* A binary node with the operand types checked. */
static struct node *
binary(struct parse *ps, enum tok op, size_t pos, struct node *a,
    struct node *b)
{
	const char *what = tok_name(op);
	struct node *n;

	n = new_node(ps, op == K_AND ? N_AND : op == K_OR ? N_OR : N_BIN, pos);
	n->op = op;
	add_kid(n, a);
	add_kid(n, b);
	switch (op) {
	case K_DOT:
		n->type = EXPR_STR;
		return n;
	case K_AND:
	case K_OR:
		n->type = EXPR_BOOL;
		if (check_use(ps, a, W_BOOL, what) != 0 ||
		    check_use(ps, b, W_BOOL, what) != 0)
			return NULL;
		return n;
	case K_EQ: case K_NE: case K_LT: case K_LE: case K_GT: case K_GE:
		n->type = EXPR_BOOL;
		if ((a->type == EXPR_STR && (b->type == EXPR_NUM ||
		    b->type == EXPR_BOOL)) || (b->type == EXPR_STR &&
		    (a->type == EXPR_NUM || a->type == EXPR_BOOL)))
			return fail_at(ps, pos, "cannot compare %s with %s",
			    type_name(a->type), type_name(b->type)), NULL;
		return n;
	default:
		n->type = EXPR_NUM;
		if (check_use(ps, a, W_NUM, what) != 0 ||
		    check_use(ps, b, W_NUM, what) != 0)
			return NULL;
		return n;
	}
}

/* Binary levels from the tightest: each entry's operators, C's order. */
static const enum tok levels[][5] = {
	{ K_STAR, K_SLASH, K_PCT, K_END },
	{ K_PLUS, K_MINUS, K_DOT, K_END },
	{ K_LT, K_LE, K_GT, K_GE, K_END },	/* and 'in' */
	{ K_EQ, K_NE, K_END },
	{ K_AND, K_END },
	{ K_OR, K_END },
};

static int
at_level(enum tok t, size_t lev)
{
	size_t i;

	for (i = 0; levels[lev][i] != K_END; i++)
		if (levels[lev][i] == t)
			return 1;
	return 0;
}

/* x in (v1, v2, ...): literals only */
static struct node *
parse_in(struct parse *ps, struct node *a, size_t pos)
{
	struct node *n = new_node(ps, N_IN, pos);
	size_t i;
	int t = EXPR_NA;

	n->type = EXPR_BOOL;
	add_kid(n, a);
	if (lex(ps) != 0 || expect(ps, K_LP) != 0)
		return NULL;
	if (parse_args(ps, n) != 0)
		return NULL;
	for (i = 1; i < n->nkid; i++) {
		struct node *k = n->kid[i];

		if (k->kind == N_NEG && k->kid[0]->kind == N_NUM) {
			k->kind = N_NUM;
			k->num = -k->kid[0]->num;
		}
		if (k->kind != N_NUM && k->kind != N_STR &&
		    k->kind != N_BOOL && k->kind != N_NA)
			return fail_at(ps, k->pos, "'in' takes a list of "
			    "literals"), NULL;
		t = unify(ps, t, k->type, k->pos);
	}
	if (n->nkid < 2)
		return fail_at(ps, pos, "'in' needs at least one value"),
		    NULL;
	if (ps->failed)
		return NULL;
	if ((t == EXPR_STR && (a->type == EXPR_NUM || a->type == EXPR_BOOL))
	    || ((t == EXPR_NUM || t == EXPR_BOOL) && a->type == EXPR_STR))
		return fail_at(ps, pos, "cannot compare %s with %s",
		    type_name(a->type), type_name(t)), NULL;
	n->num = t;		/* the set's type */
	return n;
}

static struct node *
parse_binary(struct parse *ps, size_t lev)
{
	struct node *a = lev == 0 ? parse_unary(ps) : parse_binary(ps,
	    lev - 1), *b;

	while (a != NULL && (at_level(ps->tok, lev) ||
	    (lev == 2 && ps->tok == K_IN))) {
		enum tok op = ps->tok;
		size_t pos = ps->tpos;

		if (op == K_IN) {
			a = parse_in(ps, a, pos);
			continue;
		}
		if (lex(ps) != 0)
			return NULL;
		b = lev == 0 ? parse_unary(ps) : parse_binary(ps, lev - 1);
		if (b == NULL)
			return NULL;
		a = binary(ps, op, pos, a, b);
	}
	return a;
}

/* cond: or ['?' cond ':' cond], right-associative */
static struct node *
parse_cond(struct parse *ps)
{
	struct node *c = parse_binary(ps, sizeof(levels) / sizeof(levels[0]) -
	    1), *a, *b, *n;
	size_t pos = ps->tpos;

	if (c == NULL || ps->tok != K_QUEST)
		return c;
	if (check_use(ps, c, W_BOOL, "'?'") != 0)
		return NULL;
	if (lex(ps) != 0 || (a = parse_cond(ps)) == NULL ||
	    expect(ps, K_COLON) != 0 || (b = parse_cond(ps)) == NULL)
		return NULL;
	n = new_node(ps, N_CASE, pos);
	add_kid(n, c);
	add_kid(n, a);
	add_kid(n, b);
	n->type = unify(ps, a->type, b->type, b->pos);
	return ps->failed ? NULL : n;
}

/* The program. */
static size_t
emit(struct expr *e, enum op op, uint32_t a)
{
	struct ins *in;

	e->ins = xgrow(e->ins, &e->inscap, e->nins + 1, sizeof(*e->ins));
	in = &e->ins[e->nins];
	memset(in, 0, sizeof(*in));
	in->op = (unsigned char)op;
	in->a = a;
	return e->nins++;
}

static uint32_t
konst(struct expr *e, int t, double x, const char *s, size_t len)
{
	struct expr_val *v;

	e->k = xgrow(e->k, &e->kcap, e->nk + 1, sizeof(*e->k));
	v = &e->k[e->nk];
	memset(v, 0, sizeof(*v));
	v->t = (unsigned char)t;
	v->x = x;
	if (s != NULL) {
		e->kstr = xgrow(e->kstr, &e->kstrcap, e->nkstr + 1,
		    sizeof(*e->kstr));
		e->kstr[e->nkstr] = xstrndup(s, len);
		v->s = e->kstr[e->nkstr++];
		v->len = (uint32_t)len;
	}
	return (uint32_t)e->nk++;
}

/* Stack depth bookkeeping: d values pushed (negative: popped). */
static void
depth(struct expr *e, int d)
{
	e->depth = (size_t)((long)e->depth + d);
	if (e->depth > e->maxdepth)
		e->maxdepth = e->depth;
}

static void
coerce(struct expr *e, int type, enum want w, size_t pos)
{
	size_t i;

	if (w == W_NUM && (type == T_ANY || type == EXPR_BOOL))
		i = emit(e, OP_TONUM, 0);
	else if (w == W_STR && type != EXPR_STR && type != EXPR_NA)
		i = emit(e, OP_TOSTR, 0);
	else if (w == W_BOOL && type != EXPR_BOOL && type != EXPR_NA)
		i = emit(e, OP_TOBOOL, 0);
	else
		return;
	e->ins[i].pos = pos;
}

static void gen(struct parse *, struct node *, enum want);

/* What each side of a comparison is read as. */
static enum want
side_want(const struct node *other)
{
	if (other->type == EXPR_STR)
		return W_STR;
	if (other->type == EXPR_NUM || other->type == EXPR_BOOL)
		return W_NUM;
	return W_ANY;
}

/* The column a value comes straight from, +1; 0 if none. */
static uint32_t
from_col(const struct node *n)
{
	return n->kind == N_COL ? (uint32_t)n->col + 1 : 0;
}

static void
gen_case(struct parse *ps, struct node *n, enum want w)
{
	struct expr *e = ps->e;
	size_t i, *end = xcalloc(n->nkid, sizeof(*end)), nend = 0, j;
	int ternary = !n->op;	/* ?: and if_else */

	for (i = 0; i + 1 < n->nkid; i += 2) {
		size_t br;

		gen(ps, n->kid[i], W_BOOL);
		/* ?: and if_else: an NA condition gives NA; case_when
		 * takes it as false */
		br = emit(e, ternary ? OP_BRANCH : OP_CASE, 0);
		depth(e, -1);
		gen(ps, n->kid[i + 1], w);
		depth(e, -1);
		end[nend++] = emit(e, OP_JUMP, 0);
		e->ins[br].a = (uint32_t)e->nins;
		if (ternary)
			end[nend++] = br;
	}
	gen(ps, n->kid[n->nkid - 1], w);
	for (j = 0; j < nend; j++) {
		if (e->ins[end[j]].op == OP_BRANCH)
			e->ins[end[j]].b = (uint32_t)e->nins;
		else
			e->ins[end[j]].a = (uint32_t)e->nins;
	}
	free(end);
}

static void
gen(struct parse *ps, struct node *n, enum want w)
{
	struct expr *e = ps->e;
	size_t i, k;
	enum want wa, wb;

	switch (n->kind) {
	case N_NUM:
	case N_BOOL:
		emit(e, OP_CONST, konst(e, n->kind == N_NUM ? EXPR_NUM :
		    EXPR_BOOL, n->num, NULL, 0));
		depth(e, 1);
		break;
	case N_STR:
		emit(e, OP_CONST, konst(e, EXPR_STR, 0, n->str, n->len));
		depth(e, 1);
		break;
	case N_NA:
		emit(e, OP_CONST, konst(e, EXPR_NA, 0, NULL, 0));
		depth(e, 1);
		return;
	case N_COL:
		i = emit(e, OP_LOAD, (uint32_t)n->col);
		e->ins[i].aux = (unsigned char)w;
		e->colmode[n->col] |= 2 | (w != W_STR);
		depth(e, 1);
		return;		/* read as wanted: no conversion */
	case N_SLOT:
		emit(e, OP_SLOT, (uint32_t)n->col);
		depth(e, 1);
		break;
	case N_NEG:
	case N_NOT:
		gen(ps, n->kid[0], n->kind == N_NEG ? W_NUM : W_BOOL);
		if (n->op != K_PLUS)
			emit(e, n->kind == N_NEG ? OP_NEG : OP_NOT, 0);
		break;
	case N_AND:
	case N_OR:
		gen(ps, n->kid[0], W_BOOL);
		i = emit(e, n->kind == N_AND ? OP_JFALSE : OP_JTRUE, 0);
		gen(ps, n->kid[1], W_BOOL);
		emit(e, n->kind == N_AND ? OP_AND : OP_OR, 0);
		depth(e, -1);
		e->ins[i].a = (uint32_t)e->nins;
		break;
	case N_BIN:
		wa = wb = W_NUM;
		if (n->op == K_DOT)
			wa = wb = W_STR;
		else if (n->op >= K_EQ && n->op <= K_GE) {
			wa = side_want(n->kid[1]);
			wb = side_want(n->kid[0]);
		}
		gen(ps, n->kid[0], wa);
		gen(ps, n->kid[1], wb);
		{
			static const enum op ops[] = {
				[K_PLUS] = OP_ADD, [K_MINUS] = OP_SUB,
				[K_STAR] = OP_MUL, [K_SLASH] = OP_DIV,
				[K_PCT] = OP_MOD, [K_CARET] = OP_POW,
				[K_DOT] = OP_CAT, [K_EQ] = OP_EQ,
				[K_NE] = OP_NE, [K_LT] = OP_LT,
				[K_LE] = OP_LE, [K_GT] = OP_GT,
				[K_GE] = OP_GE,
			};

			i = emit(e, ops[n->op], from_col(n->kid[0]));
			e->ins[i].b = from_col(n->kid[1]);
			e->ins[i].pos = n->pos;
		}
		depth(e, -1);
		break;
	case N_IN:
		gen(ps, n->kid[0], n->num == EXPR_STR ? W_STR : n->num ==
		    EXPR_NA ? W_ANY : W_NUM);
		k = e->nk;
		for (i = 1; i < n->nkid; i++) {
			struct node *v = n->kid[i];

			konst(e, v->type, v->num, v->str, v->len);
		}
		i = emit(e, OP_IN, (uint32_t)k);
		e->ins[i].n = (unsigned short)(n->nkid - 1);
		e->ins[i].b = from_col(n->kid[0]);
		e->ins[i].pos = n->pos;
		break;
	case N_ISNA:
		gen(ps, n->kid[0], W_ANY);
		emit(e, OP_ISNA, 0);
		break;
	case N_COALESCE: {
		size_t *j = xcalloc(n->nkid, sizeof(*j));

		for (i = 0; i < n->nkid; i++) {
			gen(ps, n->kid[i], w);
			if (i + 1 < n->nkid) {
				j[i] = emit(e, OP_JSET, 0);
				depth(e, -1);
			}
		}
		for (i = 0; i + 1 < n->nkid; i++)
			e->ins[j[i]].a = (uint32_t)e->nins;
		free(j);
		return;		/* each value read as wanted */
	}
	case N_CASE:
		gen_case(ps, n, w);
		return;
	case N_CALL: {
		regex_t *rx = NULL;

		for (i = 0; i < n->nkid; i++) {
			size_t m = strlen(n->fn->args);
			int a = (unsigned char)n->fn->args[i < m ? i : m -
			    1];

			gen(ps, n->kid[i], a == FUNC_NUM ? W_NUM : a ==
			    FUNC_ANY ? W_ANY : W_STR);
			if (a == FUNC_REGEX) {
				regex_t *re = xmalloc(sizeof(*re));
				int rc = regcomp(re, n->kid[i]->str,
				    REG_EXTENDED);

				if (rc != 0) {
					char buf[128];

					regerror(rc, re, buf, sizeof(buf));
					free(re);
					fail_at(ps, n->kid[i]->pos, "bad "
					    "regular expression: %s", buf);
					return;
				}
				e->re = xgrow(e->re, &e->recap, e->nre + 1,
				    sizeof(*e->re));
				e->re[e->nre++] = rx = re;
			}
		}
		i = emit(e, OP_CALL, 0);
		e->ins[i].fn = n->fn;
		e->ins[i].n = (unsigned short)n->nkid;
		e->ins[i].re = rx;
		e->ins[i].pos = n->pos;
		depth(e, 1 - (int)n->nkid);
		break;
	}
	case N_WIN:	/* computed by the prelude (gen_windows) */
		emit(e, OP_WINVAL, (uint32_t)n->col);
		depth(e, 1);
		break;
	}
	coerce(e, n->type, w, n->pos);
}

/*
 * The prelude: every window function's argument and step, for every row
 * (not only where a branch is taken: lag(x) inside if_else() sees every
 * row, as in R), inner ones first.  Returns whether n's value depends on
 * a function of whole groups (or a computed column that does), which the
 * argument of one such function must not.
 */
static int
gen_windows(struct parse *ps, struct node *n)
{
	struct expr *e = ps->e;
	size_t i;
	int dep = 0, argdep;

	if (n->kind == N_SLOT)
		return ps->env->cdeferred != NULL &&
		    ps->env->cdeferred[n->col];
	if (n->kind != N_WIN) {
		for (i = 0; i < n->nkid; i++)
			dep |= gen_windows(ps, n->kid[i]);
		return dep;
	}
	argdep = n->nkid > 0 && gen_windows(ps, n->kid[0]);
	if (argdep && window_deferred(n->win)) {
		fail_at(ps, n->pos, "the argument of a function of whole "
		    "groups (lead, rank, dense_rank, ntile) cannot depend on "
		    "another one");
		return 1;
	}
	/* the argument, or a place for row_number()'s result */
	if (n->nkid > 0)
		gen(ps, n->kid[0], W_NUM);
	else {
		emit(e, OP_CONST, konst(e, EXPR_NA, 0, NULL, 0));
		depth(e, 1);
	}
	n->col = window_add(&e->win, n->win, n->nkid == 2 ?
	    (size_t)n->kid[1]->num : 0);
	emit(e, OP_WIN, (uint32_t)n->col);
	depth(e, -1);
	return argdep || window_deferred(n->win);
}

static void
free_nodes(struct parse *ps)
{
	size_t i;

	for (i = 0; i < ps->nall; i++) {
		free(ps->all[i]->str);
		free(ps->all[i]->kid);
		free(ps->all[i]);
	}
	free(ps->all);
	free(ps->tstr);
}

int
expr_compile(const char *text, const char *source, int assign,
    const struct expr_env *env, struct expr **ep, char **target,
    struct diag *d)
{
	struct parse ps;
	struct expr *e = xcalloc(1, sizeof(*e));
	struct node *root = NULL;
	char *name = NULL;		/* the assignment's target */

	memset(&ps, 0, sizeof(ps));
	ps.text = text;
	ps.source = source;
	ps.env = env;
	ps.e = e;
	ps.d = d;
	e->names = env->names;
	e->ncols = env->ncols;
	e->cnames = env->cnames;
	e->na = env->na;
	e->colmode = xcalloc(env->ncols ? env->ncols : 1, 1);
	if (target != NULL)
		*target = NULL;
	if (lex(&ps) != 0)
		goto fail;
	if (assign) {
		if (ps.tok != K_NAME && ps.tok != K_COL) {
			fail_at(&ps, ps.tpos, "expected NAME = EXPRESSION");
			goto fail;
		}
		if (ps.tok == K_COL && ps.tcolnum) {
			long v;

			if (num_parse_int(ps.tstr, 1, (long)env->ncols, &v)) {
				fail_at(&ps, ps.tpos, "no column $%s: there "
				    "are %zu", ps.tstr, env->ncols);
				goto fail;
			}
			name = xstrdup(env->names[v - 1]);
		} else
			name = xstrdup(ps.tstr);
		if (lex(&ps) != 0 || expect(&ps, K_ASSIGN) != 0)
			goto fail;
	}
	if ((root = parse_cond(&ps)) == NULL)
		goto fail;
	if (ps.tok != K_END) {
		fail_at(&ps, ps.tpos, "unexpected %s", tok_name(ps.tok));
		goto fail;
	}
	if (env->boolean && (root->type == EXPR_NUM ||
	    root->type == EXPR_STR)) {
		fail_at(&ps, root->pos, "the expression is %s, not true or "
		    "false", type_name(root->type));
		goto fail;
	}
	e->deferred = gen_windows(&ps, root);
	gen(&ps, root, env->boolean ? W_BOOL : W_ANY);
	if (ps.failed)
		goto fail;
	if (e->win != NULL)
		e->winval = xcalloc(window_count(e->win), sizeof(*e->winval));
	e->stack = xcalloc(e->maxdepth + 1, sizeof(*e->stack));
	free_nodes(&ps);
	*ep = e;
	if (target != NULL)
		*target = name;
	else
		free(name);
	return 0;
fail:
	free_nodes(&ps);
	expr_free(e);
	free(name);
	return -1;
}

void
expr_free(struct expr *e)
{
	size_t i;

	if (e == NULL)
		return;
	for (i = 0; i < e->nkstr; i++)
		free(e->kstr[i]);
	for (i = 0; i < e->nre; i++) {
		regfree(e->re[i]);
		free(e->re[i]);
	}
	window_free(e->win);
	free(e->winval);
	func_scratch_release(&e->scratch);
	free(e->kstr);
	free(e->re);
	free(e->k);
	free(e->ins);
	free(e->stack);
	free(e->colmode);
	free(e);
}

void
expr_columns(const struct expr *e, unsigned char *mode, size_t ncols)
{
	size_t j;

	for (j = 0; j < ncols && j < e->ncols; j++)
		mode[j] |= e->colmode[j];
}

int
expr_has_window(const struct expr *e)
{
	return e->win != NULL;
}

int
expr_deferred(const struct expr *e)
{
	return e->deferred;
}

void
expr_replay(struct expr *e)
{
	window_replay(e->win);
}

/* The machine. */

/* Message quoting: a value's text with control bytes escaped. */
static void
quote(char *buf, size_t size, const char *s, size_t len)
{
	size_t n = 0, i;

	if (s == NULL)
		len = 0;
	for (i = 0; i < len && n + 8 < size; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x20 || c == 0x7f)
			n += (size_t)snprintf(buf + n, size - n, "\\x%02x", c);
		else
			buf[n++] = (char)c;
	}
	if (i < len)
		n += (size_t)snprintf(buf + n, size - n, "...");
	buf[n] = '\0';
}

static int
not_a_number(struct expr *e, const struct expr_val *v, uint32_t col,
    struct diag *d)
{
	char q[64];

	quote(q, sizeof(q), v->s, v->len);
	diag_set(d, STATUS_DATA, "\"%s\" is not a number", q);
	if (col > 0)
		diag_column(d, e->names[col - 1]);
	return -1;
}

static int
not_boolean(const struct expr_val *v, struct diag *d)
{
	char q[64];

	quote(q, sizeof(q), v->s, v->len);
	return diag_set(d, STATUS_DATA, "\"%s\" is not true or false", q);
}

static void set_bool(struct expr_val *, int);

static int
load(struct expr *e, const struct ins *in, const struct frame_row *row,
    struct expr_val *v, struct diag *d)
{
	size_t j = in->a;
	const char *s = row->field[j];
	size_t len = row->len[j];
	int rc;

	v->s = s;
	v->len = (uint32_t)len;
	if (in->aux == W_STR) {
		v->t = num_na_match(e->na, s, len) ? EXPR_NA : EXPR_STR;
		return 0;
	}
	if (row->num != NULL && row->num[j].rc != NUM_BAD) {
		rc = row->num[j].rc;
		v->x = row->num[j].x;
	} else if (num_na_match(e->na, s, len))
		rc = CSVIO_NUM_MISSING;
	else
		rc = num_parse(s, len, &v->x, NULL, NULL);
	if (rc == 0) {
		v->t = EXPR_NUM;
		return 0;
	}
	if (rc == CSVIO_NUM_MISSING) {
		v->t = EXPR_NA;
		return 0;
	}
	v->t = EXPR_STR;
	if (in->aux == W_NUM)
		return not_a_number(e, v, (uint32_t)j + 1, d);
	if (in->aux == W_BOOL) {
		if ((rc = expr_truth(v)) == -2) {
			not_boolean(v, d);
			diag_column(d, e->names[j]);
			return -1;
		}
		set_bool(v, rc);
	}
	return 0;
}

int
expr_truth(const struct expr_val *v)
{
	switch (v->t) {
	case EXPR_NA:
		return -1;
	case EXPR_STR:
		if ((v->len == 4 && (memcmp(v->s, "true", 4) == 0 ||
		    memcmp(v->s, "TRUE", 4) == 0)))
			return 1;
		if ((v->len == 5 && (memcmp(v->s, "false", 5) == 0 ||
		    memcmp(v->s, "FALSE", 5) == 0)))
			return 0;
		return -2;
	default:
		return v->x != 0;
	}
}

/* R's %%: the sign of the divisor. */
static double
rmod(double a, double b)
{
	double r = fmod(a, b);

	if (r != 0 && (r < 0) != (b < 0))
		r += b;
	return r;
}

static double
arith(enum op op, double a, double b)
{
	switch (op) {
	case OP_ADD: return a + b;
	case OP_SUB: return a - b;
	case OP_MUL: return a * b;
	case OP_DIV: return a / b;
	case OP_MOD: return rmod(a, b);
	default: return pow(a, b);
	}
}

static void
set_num(struct expr_val *v, double x)
{
	v->s = NULL;
	if (isnan(x))
		v->t = EXPR_NA;
	else {
		v->t = EXPR_NUM;
		v->x = x;
	}
}

static void
set_bool(struct expr_val *v, int b)
{
	v->s = NULL;
	if (b < 0)
		v->t = EXPR_NA;
	else {
		v->t = EXPR_BOOL;
		v->x = b;
	}
}

/* <0, 0, >0 for a compared with b; -2 (d filled) on a type mismatch. */
static int
compare(struct expr *e, const struct ins *in, const struct expr_val *a,
    const struct expr_val *b, int *cmp, struct diag *d)
{
	if (a->t == EXPR_STR && b->t == EXPR_STR) {
		size_t m = a->len < b->len ? a->len : b->len;
		int c = memcmp(a->s, b->s, m);

		*cmp = c != 0 ? c : (a->len > b->len) - (a->len < b->len);
		return 0;
	}
	if (a->t != EXPR_STR && b->t != EXPR_STR) {
		*cmp = (a->x > b->x) - (a->x < b->x);
		return 0;
	}
	{
		const struct expr_val *s = a->t == EXPR_STR ? a : b;
		uint32_t col = a->t == EXPR_STR ? in->a : in->b;
		char q[64];

		quote(q, sizeof(q), s->s, s->len);
		diag_set(d, STATUS_DATA, "cannot compare the string \"%s\" "
		    "with a number", q);
		if (col > 0)
			diag_column(d, e->names[col - 1]);
	}
	return -1;
}

static int
to_num(struct expr *e, struct expr_val *v, struct diag *d)
{
	if (v->t == EXPR_BOOL)
		v->t = EXPR_NUM;
	else if (v->t == EXPR_STR)
		return not_a_number(e, v, 0, d);
	return 0;
}

static int
call(struct expr *e, const struct ins *in, struct expr_val *a,
    struct diag *d)
{
	const struct func *fn = in->fn;
	struct func_call fc = { &e->scratch, in->re };
	struct expr_val out;
	size_t m = strlen(fn->args);
	int i;

	for (i = 0; i < in->n; i++) {
		int w = (unsigned char)fn->args[(size_t)i < m ? (size_t)i :
		    m - 1];

		if (a[i].t == EXPR_NA && !fn->na_in) {
			set_num(&a[0], NAN);
			return 0;
		}
		if (w == FUNC_NUM && to_num(e, &a[i], d) != 0)
			return -1;
	}
	memset(&out, 0, sizeof(out));
	if (fn->fn(a, in->n, &out, &fc, d) != 0)
		return -1;
	if ((out.t == EXPR_NUM) && isnan(out.x))
		out.t = EXPR_NA;
	a[0] = out;
	return 0;
}

int
expr_eval(struct expr *e, const struct frame_row *row,
    const struct expr_val *computed, size_t group, struct expr_val *out,
    struct diag *d)
{
	struct expr_val *sp = e->stack, *a, *b;
	const struct ins *in = e->ins, *end = e->ins + e->nins;
	int c, ta, tb;
	size_t i;

	func_scratch_reset(&e->scratch);
	while (in < end) {
		switch ((enum op)in->op) {
		case OP_CONST:
			*sp++ = e->k[in->a];
			break;
		case OP_LOAD:
			if (load(e, in, row, sp++, d) != 0)
				return -1;
			break;
		case OP_SLOT:
			*sp++ = computed[in->a];
			break;
		case OP_NEG:
			if (sp[-1].t != EXPR_NA)
				set_num(&sp[-1], -sp[-1].x);
			break;
		case OP_NOT:
			if (sp[-1].t != EXPR_NA)
				set_bool(&sp[-1], sp[-1].x == 0);
			break;
		case OP_TONUM:
			if (to_num(e, &sp[-1], d) != 0)
				return -1;
			break;
		case OP_TOSTR:
			if (sp[-1].t == EXPR_NUM || sp[-1].t == EXPR_BOOL)
				func_to_str(&sp[-1], &sp[-1], &e->scratch);
			break;
		case OP_TOBOOL:
			if ((c = expr_truth(&sp[-1])) == -2)
				return not_boolean(&sp[-1], d);
			set_bool(&sp[-1], c);
			break;
		case OP_ADD: case OP_SUB: case OP_MUL: case OP_DIV:
		case OP_MOD: case OP_POW:
			b = &sp[-1];
			a = &sp[-2];
			sp--;
			if (in->op == OP_POW && ((a->t != EXPR_NA && a->x == 1)
			    || (b->t != EXPR_NA && b->x == 0))) {
				set_num(a, 1);	/* R: 1^NA and NA^0 are 1 */
				break;
			}
			if (a->t == EXPR_NA || b->t == EXPR_NA) {
				set_num(a, NAN);
				break;
			}
			set_num(a, arith((enum op)in->op, a->x, b->x));
			break;
		case OP_CAT:
			b = &sp[-1];
			a = &sp[-2];
			sp--;
			if (a->t == EXPR_NA || b->t == EXPR_NA) {
				set_num(a, NAN);
				break;
			}
			{
				char *s = func_alloc(&e->scratch, a->len +
				    b->len + 1);

				if (a->len > 0 && a->s != NULL)
					memcpy(s, a->s, a->len);
				if (b->len > 0 && b->s != NULL)
					memcpy(s + a->len, b->s, b->len);
				s[a->len + b->len] = '\0';
				a->s = s;
				a->len += b->len;
				a->t = EXPR_STR;
			}
			break;
		case OP_EQ: case OP_NE: case OP_LT: case OP_LE: case OP_GT:
		case OP_GE:
			b = &sp[-1];
			a = &sp[-2];
			sp--;
			if (a->t == EXPR_NA || b->t == EXPR_NA) {
				set_bool(a, -1);
				break;
			}
			if (compare(e, in, a, b, &c, d) != 0)
				return -1;
			switch (in->op) {
			case OP_EQ: c = c == 0; break;
			case OP_NE: c = c != 0; break;
			case OP_LT: c = c < 0; break;
			case OP_LE: c = c <= 0; break;
			case OP_GT: c = c > 0; break;
			default: c = c >= 0; break;
			}
			set_bool(a, c);
			break;
		case OP_AND:
		case OP_OR:
			/* three-valued: the first operand was neither false
			 * (&&) nor true (||), or we would have jumped */
			b = &sp[-1];
			a = &sp[-2];
			sp--;
			ta = a->t == EXPR_NA ? -1 : a->x != 0;
			tb = b->t == EXPR_NA ? -1 : b->x != 0;
			if (in->op == OP_AND)
				c = tb == 0 ? 0 : (ta < 0 || tb < 0) ? -1 : 1;
			else
				c = tb == 1 ? 1 : (ta < 0 || tb < 0) ? -1 : 0;
			set_bool(a, c);
			break;
		case OP_JFALSE:
			if (sp[-1].t == EXPR_BOOL && sp[-1].x == 0) {
				in = e->ins + in->a;
				continue;
			}
			break;
		case OP_JTRUE:
			if (sp[-1].t == EXPR_BOOL && sp[-1].x != 0) {
				in = e->ins + in->a;
				continue;
			}
			break;
		case OP_BRANCH:
			sp--;
			if (sp->t == EXPR_NA) {
				set_num(sp++, NAN);
				in = e->ins + in->b;
				continue;
			}
			if (sp->x == 0) {
				in = e->ins + in->a;
				continue;
			}
			break;
		case OP_CASE:
			sp--;
			if (sp->t == EXPR_NA || sp->x == 0) {
				in = e->ins + in->a;
				continue;
			}
			break;
		case OP_JUMP:
			in = e->ins + in->a;
			continue;
		case OP_JSET:
			if (sp[-1].t != EXPR_NA) {
				in = e->ins + in->a;
				continue;
			}
			sp--;
			break;
		case OP_IN:
			a = &sp[-1];
			c = 0;
			for (i = 0; i < in->n && !c; i++) {
				const struct expr_val *k = &e->k[in->a + i];

				if (a->t == EXPR_NA || k->t == EXPR_NA)
					c = a->t == k->t;
				else if (compare(e, in, a, k, &ta, d) != 0)
					return -1;
				else
					c = ta == 0;
			}
			set_bool(a, c);
			break;
		case OP_ISNA:
			set_bool(&sp[-1], sp[-1].t == EXPR_NA);
			break;
		case OP_CALL:
			sp -= in->n;
			if (call(e, in, sp, d) != 0)
				return -1;
			sp++;
			break;
		case OP_WIN:
			window_step(e->win, in->a, group, &sp[-1]);
			e->winval[in->a] = sp[-1];
			sp--;
			break;
		case OP_WINVAL:
			*sp++ = e->winval[in->a];
			break;
		}
		in++;
	}
	*out = sp[-1];
	return 0;
}
