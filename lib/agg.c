#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "diag.h"
#include "frame.h"
#include "group.h"
#include "num.h"
#include "out.h"
#include "xalloc.h"

#define NUM	1	/* needs numbers */
#define VAL	2	/* needs the group's values, not a streaming state */

/* clang-format off */
static const struct opdef {
	const char	*name;
	enum agg_op	 op;
	unsigned	 flags;
	size_t		 need;		/* values needed for a result */
} ops[] = {
	{ "count",	AGG_COUNT,	0,		0 },
	{ "missing",	AGG_MISSING,	0,		0 },
	{ "mean",	AGG_MEAN,	NUM,		1 },
	{ "sd",		AGG_SD,		NUM,		2 },
	{ "var",	AGG_VAR,	NUM,		2 },
	{ "se",		AGG_SE,		NUM,		2 },
	{ "min",	AGG_MIN,	NUM,		1 },
	{ "q1",		AGG_Q1,		NUM | VAL,	1 },
	{ "median",	AGG_MEDIAN,	NUM | VAL,	1 },
	{ "q3",		AGG_Q3,		NUM | VAL,	1 },
	{ "max",	AGG_MAX,	NUM,		1 },
	{ "range",	AGG_RANGE,	NUM,		1 },
	{ "iqr",	AGG_IQR,	NUM | VAL,	1 },
	{ "sum",	AGG_SUM,	NUM,		0 },
	{ "skewness",	AGG_SKEWNESS,	NUM,		3 },
	{ "kurtosis",	AGG_KURTOSIS,	NUM,		4 },
	{ "mode",	AGG_MODE,	VAL,		1 },
	{ "unique",	AGG_UNIQUE,	VAL,		0 },
	{ "cv",		AGG_CV,		NUM,		2 },
	{ "mad",	AGG_MAD,	NUM | VAL,	1 },
	{ "p",		AGG_PCTL,	NUM | VAL,	1 },
	{ "first",	AGG_FIRST,	0,		1 },
	{ "last",	AGG_LAST,	0,		1 },
	{ "rows",	AGG_ROWS,	0,		0 },
};
/* clang-format on */

const char agg_all[] = "count,missing,mean,sd,var,se,min,q1,median,q3,max,"
    "range,iqr,sum,skewness,kurtosis,mode,unique,cv,mad";

static const struct opdef *
opdef(enum agg_op op)
{
	size_t i;

	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (ops[i].op == op)
			return &ops[i];
	abort();	/* every op has a row */
}

int
agg_numeric(enum agg_op op)
{
	return (opdef(op)->flags & NUM) != 0;
}

int
agg_lookup(const char *name, struct agg_spec *s)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	if (strlen(name) >= sizeof(s->name))
		return -1;
	strcpy(s->name, name);
	if (name[0] == 'p' && name[1] >= '0' && name[1] <= '9') {
		double p;

		if (num_parse_opt(name + 1, &p) != 0 || p < 0 || p > 100 ||
		    strchr(name, 'e') != NULL || strchr(name, 'E') != NULL)
			return -1;
		s->op = AGG_PCTL;
		s->p = p / 100;
		return 0;
	}
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (ops[i].op != AGG_PCTL && ops[i].op != AGG_ROWS &&
		    strcmp(ops[i].name, name) == 0) {
			s->op = ops[i].op;
			return 0;
		}
	return -1;
}

int
agg_parse_list(const char *list, struct agg_spec **specs, size_t *n,
    const char **bad, size_t *badlen)
{
	struct agg_spec *out = NULL;
	size_t cap = 0, cnt = 0;
	const char *p, *q;
	char name[32];

	if (strcmp(list, "all") == 0)
		list = agg_all;
	for (p = list;; p = q + 1) {
		q = strchr(p, ',');
		if (q == NULL)
			q = p + strlen(p);
		out = xgrow(out, &cap, cnt + 1, sizeof(*out));
		if ((size_t)(q - p) >= sizeof(name) ||
		    (memcpy(name, p, q - p), name[q - p] = '\0',
		    agg_lookup(name, &out[cnt]) != 0)) {
			*bad = p;
			*badlen = q - p;
			free(out);
			return -1;
		}
		cnt++;
		if (*q == '\0')
			break;
	}
	*specs = out;
	*n = cnt;
	return 0;
}

void
agg_moments_add(struct agg_moments *m, double x)
{
	struct agg_moments one = { 1, x, 0, 0, 0 };

	agg_moments_merge(m, &one);
}

void
agg_moments_merge(struct agg_moments *a, const struct agg_moments *b)
{
	double na = a->n, nb = b->n, n = na + nb, delta, d2, m2, m3;

	if (nb == 0)
		return;
	if (na == 0) {
		*a = *b;
		return;
	}
	delta = b->mean - a->mean;
	d2 = delta * delta;
	m2 = a->m2 + b->m2 + d2 * na * nb / n;
	m3 = a->m3 + b->m3 + d2 * delta * na * nb * (na - nb) / (n * n) +
	    3 * delta * (na * b->m2 - nb * a->m2) / n;
	a->m4 = a->m4 + b->m4 +
	    d2 * d2 * na * nb * (na * na - na * nb + nb * nb) / (n * n * n) +
	    6 * d2 * (na * na * b->m2 + nb * nb * a->m2) / (n * n) +
	    4 * delta * (na * b->m3 - nb * a->m3) / n;
	a->m3 = m3;
	a->m2 = m2;
	a->mean += delta * nb / n;
	a->n = n;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

static int
cmp_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Put the k-th smallest of x[0..n) at x[k], smaller ones before it. */
static void
select_kth(double *x, size_t n, size_t k)
{
	ptrdiff_t lo = 0, hi = (ptrdiff_t)n - 1, kk = (ptrdiff_t)k;
	int rounds = 0;

	while (hi > lo) {
		double pivot, t;
		ptrdiff_t i, j, mid = lo + (hi - lo) / 2;

		if (++rounds > 64) {	/* pathological input: sort the rest */
			qsort(x + lo, hi - lo + 1, sizeof(*x), cmp_double);
			return;
		}
		/* median of three as pivot */
		if (x[mid] < x[lo])
			t = x[mid], x[mid] = x[lo], x[lo] = t;
		if (x[hi] < x[lo])
			t = x[hi], x[hi] = x[lo], x[lo] = t;
		if (x[hi] < x[mid])
			t = x[hi], x[hi] = x[mid], x[mid] = t;
		pivot = x[mid];
		i = lo;
		j = hi;
		while (i <= j) {	/* Hoare: x[lo..j] <= pivot <= x[i..hi] */
			while (x[i] < pivot)
				i++;
			while (x[j] > pivot)
				j--;
			if (i <= j) {
				t = x[i], x[i] = x[j], x[j] = t;
				i++;
				j--;
			}
		}
		if (kk <= j)
			hi = j;
		else if (kk >= i)
			lo = i;
		else
			return;
	}
}

double
agg_quantile(double *x, size_t n, double p)
{
	double h, lo_v, hi_v;
	size_t lo, i;

	if (n == 0)
		return NAN;
	h = (double)(n - 1) * p;
	lo = (size_t)floor(h);
	select_kth(x, n, lo);
	lo_v = x[lo];
	if (lo + 1 >= n || h == (double)lo)
		return lo_v;
	hi_v = x[lo + 1];
	for (i = lo + 2; i < n; i++)
		if (x[i] < hi_v)
			hi_v = x[i];
	h -= (double)lo;
	/* R's form, so that results agree to the last bit */
	return lo_v == hi_v ? lo_v : (1 - h) * lo_v + h * hi_v;
}

/* The streaming state of one group. */
struct state {
	size_t			n;		/* non-missing values */
	size_t			missing;
	size_t			first, last;	/* rows; valid if n > 0 */
	struct agg_moments	mom;
	double			min, max;
	double			sum, comp;	/* Neumaier sum of values */
	double			rsum;		/* sum of rounding errors */
};

/* Quantiles from sorted values (value ops on sorted data). */
static double
sorted_quantile(const double *x, size_t n, double p)
{
	double h = (double)(n - 1) * p;
	size_t lo = (size_t)floor(h);

	if (lo + 1 >= n || h == (double)lo)
		return x[lo];
	h -= (double)lo;
	return x[lo] == x[lo + 1] ? x[lo] : (1 - h) * x[lo] + h * x[lo + 1];
}

/* mode and unique of sorted numbers */
static void
runs_num(const double *x, size_t n, double *mode, size_t *unique)
{
	size_t i, run = 0, best = 0;

	*unique = 0;
	*mode = NAN;
	for (i = 0; i < n; i++) {
		run = (i > 0 && x[i] == x[i - 1]) ? run + 1 : 1;
		if (run == 1)
			(*unique)++;
		if (run > best) {
			best = run;
			*mode = x[i];
		}
	}
}

static void
runs_text(char **x, size_t n, const char **mode, size_t *unique)
{
	size_t i, run = 0, best = 0;

	*unique = 0;
	*mode = NULL;
	for (i = 0; i < n; i++) {
		run = (i > 0 && strcmp(x[i], x[i - 1]) == 0) ? run + 1 : 1;
		if (run == 1)
			(*unique)++;
		if (run > best) {
			best = run;
			*mode = x[i];
		}
	}
}

/* Value ops of one group of numbers; x is reordered. */
static void
value_ops_num(double *x, size_t n, const struct agg_spec *spec, size_t nspec,
    struct agg_value *res)
{
	int sorted = 0;
	size_t k, i, unique;
	double mode, med;

	for (k = 0; k < nspec; k++)
		if (spec[k].op == AGG_MODE || spec[k].op == AGG_UNIQUE)
			sorted = 1;
	if (sorted)
		qsort(x, n, sizeof(*x), cmp_double);
	if (n == 0)
		return;
	for (k = 0; k < nspec; k++) {
		double *r = &res[k].num;

		switch (spec[k].op) {
		case AGG_Q1:
		case AGG_MEDIAN:
		case AGG_Q3:
		case AGG_PCTL: {
			double p = spec[k].op == AGG_Q1 ? 0.25 :
			    spec[k].op == AGG_MEDIAN ? 0.5 :
			    spec[k].op == AGG_Q3 ? 0.75 : spec[k].p;
			*r = sorted ? sorted_quantile(x, n, p) :
			    agg_quantile(x, n, p);
			break;
		}
		case AGG_IQR:
			*r = sorted ? sorted_quantile(x, n, .75) -
			    sorted_quantile(x, n, .25) :
			    agg_quantile(x, n, .75) - agg_quantile(x, n, .25);
			break;
		case AGG_MODE:
			runs_num(x, n, &mode, &unique);
			*r = mode;
			break;
		case AGG_UNIQUE:
			runs_num(x, n, &mode, &unique);
			*r = (double)unique;
			break;
		case AGG_MAD: {
			double *dev = xmalloc(n * sizeof(*dev));

			med = sorted ? sorted_quantile(x, n, .5) :
			    agg_quantile(x, n, .5);
			for (i = 0; i < n; i++)
				dev[i] = fabs(x[i] - med);
			*r = 1.4826 * agg_quantile(dev, n, .5);
			free(dev);
			break;
		}
		default:
			break;
		}
	}
}

static void
value_ops_text(char **x, size_t n, const struct agg_spec *spec, size_t nspec,
    struct agg_value *res)
{
	size_t k, unique;
	const char *mode;

	qsort(x, n, sizeof(*x), cmp_text);
	runs_text(x, n, &mode, &unique);
	for (k = 0; k < nspec; k++) {
		if (spec[k].op == AGG_MODE)
			res[k].text = mode;
		else if (spec[k].op == AGG_UNIQUE)
			res[k].num = (double)unique;
	}
}

/* Streaming results of one group. */
static void
stream_ops(const struct frame *f, size_t col, int numeric, const struct state *s,
    size_t rows, const struct agg_spec *spec,
    size_t nspec, struct agg_value *res)
{
	const struct frame_col *c = &f->col[col];
	double n = (double)s->n, var = NAN, mean = NAN;
	size_t k;

	/* The sum is a double-double (sum + comp + rsum, rsum restoring the
	 * decimal rounding of input); one refinement step of the division
	 * makes the mean correctly rounded, as R's long double mean is:
	 * 3.758, not 3.7580000000000005. */
	if (numeric && s->n > 0) {
		double q = s->sum / n;

		mean = q + (fma(-q, n, s->sum) + (s->comp + s->rsum)) / n;
	}
	if (numeric && s->n > 1)
		var = s->mom.m2 / (n - 1);
	for (k = 0; k < nspec; k++) {
		double *r = &res[k].num;

		switch (spec[k].op) {
		case AGG_ROWS:
			*r = (double)rows;
			break;
		case AGG_COUNT:
			*r = n;
			break;
		case AGG_MISSING:
			*r = (double)s->missing;
			break;
		case AGG_FIRST:
		case AGG_LAST:
			if (s->n == 0)
				break;
			if (numeric)
				*r = c->num[spec[k].op == AGG_FIRST ? s->first :
				    s->last];
			else
				res[k].text = frame_text(f, col,
				    spec[k].op == AGG_FIRST ? s->first : s->last);
			break;
		default:
			break;
		}
		if (!numeric)
			continue;
		switch (spec[k].op) {
		case AGG_MEAN:
			*r = mean;
			break;
		case AGG_SD:
			*r = sqrt(var);
			break;
		case AGG_VAR:
			*r = var;
			break;
		case AGG_SE:
			*r = sqrt(var / n);
			break;
		case AGG_CV:
			*r = mean != 0 ? sqrt(var) / mean : NAN;
			break;
		case AGG_MIN:
			*r = s->n ? s->min : NAN;
			break;
		case AGG_MAX:
			*r = s->n ? s->max : NAN;
			break;
		case AGG_RANGE:
			*r = s->n ? s->max - s->min : NAN;
			break;
		case AGG_SUM:
			*r = s->sum + s->comp + s->rsum;
			break;
		case AGG_SKEWNESS:
			if (s->n >= 3 && s->mom.m2 > 0)
				*r = sqrt(n * (n - 1)) / (n - 2) *
				    (sqrt(n) * s->mom.m3 / pow(s->mom.m2, 1.5));
			break;
		case AGG_KURTOSIS:
			if (s->n >= 4 && s->mom.m2 > 0) {
				double g2 = n * s->mom.m4 /
				    (s->mom.m2 * s->mom.m2) - 3;
				*r = (n - 1) / ((n - 2) * (n - 3)) *
				    ((n + 1) * g2 + 6);
			}
			break;
		default:
			break;
		}
	}
}

/* Warn once per column about results that are empty for want of data. */
static void
warn_undefined(const struct frame *f, size_t col, int numeric,
    const struct group *g, const struct agg_spec *spec, size_t nspec,
    const struct agg_value *res)
{
	char buf[400];
	size_t k, i, len = 0;

	buf[0] = '\0';
	for (k = 0; k < nspec; k++) {
		size_t bad = 0;

		if (!numeric && agg_numeric(spec[k].op))
			continue;	/* text: described by its type */
		for (i = 0; i < g->ngroups; i++) {
			const struct agg_value *v = &res[i * nspec + k];
			if (v->text == NULL && isnan(v->num))
				bad++;
		}
		if (bad == 0 || len >= sizeof(buf) - 1)
			continue;
		if (g->ngroups > 1)
			len += snprintf(buf + len, sizeof(buf) - len,
			    "%s%s in %zu of %zu groups", len ? ", " : "",
			    spec[k].name, bad, g->ngroups);
		else
			len += snprintf(buf + len, sizeof(buf) - len, "%s%s",
			    len ? ", " : "", spec[k].name);
	}
	if (len > 0)
		diag_warn("column \"%s\": undefined (too few values, or no "
		    "spread): %s", f->col[col].name, buf);
}

int
agg_column(struct frame *f, size_t col, const struct group *g,
    const struct agg_spec *spec, size_t nspec, int strict,
    struct agg_value *res, struct diag *d)
{
	struct state *st;
	struct frame_col *c = NULL;
	size_t i, k, ng = g->ngroups, *rows, *start = NULL;
	int numeric = 0, need_num = 0, need_val = 0, want_col = 0;
	double x0 = 0, r0 = 0;

	for (k = 0; k < nspec; k++) {
		need_num |= agg_numeric(spec[k].op);
		need_val |= (opdef(spec[k].op)->flags & VAL) != 0;
		want_col |= spec[k].op != AGG_ROWS;
	}
	if (want_col) {
		c = &f->col[col];
		numeric = frame_numeric(f, col, d) == 0;
		if (!numeric && need_num && (strict || c->looks_numeric))
			return -1;
	}
	for (i = 0; i < ng * nspec; i++) {
		res[i].num = NAN;
		res[i].text = NULL;
	}
	st = xcalloc(ng, sizeof(*st));
	rows = xcalloc(ng, sizeof(*rows));
	if (numeric) {	/* the origin: the first value, exactly */
		for (i = 0; i < f->nrows; i++)
			if (!isnan(c->num[i])) {
				x0 = c->num[i];
				r0 = x0 * c->rel[i];
				break;
			}
	}
	for (i = 0; i < f->nrows; i++) {
		struct state *s = &st[g->gid[i]];

		rows[g->gid[i]]++;
		if (!want_col)
			continue;
		if (c->cell[i] == FRAME_NA) {
			s->missing++;
			continue;
		}
		if (s->n++ == 0)
			s->first = i;
		s->last = i;
		if (numeric) {
			double x = c->num[i], t, r = x * c->rel[i];

			if (s->n == 1)
				s->min = s->max = x;
			else if (x < s->min)
				s->min = x;
			else if (x > s->max)
				s->max = x;
			/* exact deviation from the origin, then one rounding */
			agg_moments_add(&s->mom, (x - x0) + (r - r0));
			t = s->sum + x;
			s->comp += fabs(s->sum) >= fabs(x) ? (s->sum - t) + x :
			    (x - t) + s->sum;
			s->sum = t;
			s->rsum += r;
		}
	}
	for (i = 0; i < ng; i++)
		stream_ops(f, col, numeric, &st[i], rows[i], spec, nspec,
		    res + i * nspec);
	if (need_val) {
		/* gather each group's values together: a counting sort */
		size_t nval = 0, *pos;
		double *vals = NULL;
		char **texts = NULL;

		start = xcalloc(ng + 1, sizeof(*start));
		for (i = 0; i < ng; i++) {
			start[i] = nval;
			nval += st[i].n;
		}
		start[ng] = nval;
		pos = xmalloc((ng ? ng : 1) * sizeof(*pos));
		memcpy(pos, start, ng * sizeof(*pos));
		if (numeric)
			vals = xmalloc((nval ? nval : 1) * sizeof(*vals));
		else
			texts = xmalloc((nval ? nval : 1) * sizeof(*texts));
		for (i = 0; i < f->nrows; i++) {
			if (c->cell[i] == FRAME_NA)
				continue;
			if (numeric)
				vals[pos[g->gid[i]]++] = c->num[i];
			else
				texts[pos[g->gid[i]]++] = f->arena + c->cell[i];
		}
		for (i = 0; i < ng; i++) {
			if (numeric)
				value_ops_num(vals + start[i], st[i].n, spec,
				    nspec, res + i * nspec);
			else
				value_ops_text(texts + start[i], st[i].n, spec,
				    nspec, res + i * nspec);
		}
		free(pos);
		free(vals);
		free(texts);
		free(start);
	}
	if (want_col)
		warn_undefined(f, col, numeric, g, spec, nspec, res);
	free(st);
	free(rows);
	return 0;
}

static void
put_value(struct out_table *t, size_t row, size_t col,
    const struct agg_value *v)
{
	if (v->text != NULL)
		out_text(t, row, col, v->text);
	else
		out_num(t, row, col, v->num);
}

static struct out_table *
key_table(const struct frame *f, const size_t *keys, size_t nkeys)
{
	struct out_table *t = out_new();
	size_t k;

	for (k = 0; k < nkeys; k++)
		out_column(t, f->col[keys[k]].name);
	return t;
}

static size_t
key_row(struct out_table *t, const struct frame *f, const size_t *keys,
    size_t nkeys, size_t first)
{
	size_t row = out_row(t), k;

	for (k = 0; k < nkeys; k++)
		out_text(t, row, k, frame_text(f, keys[k], first));
	return row;
}

int
agg_describe(struct frame *f, const size_t *cols, size_t ncols,
    const size_t *keys, size_t nkeys, int sort, const struct agg_spec *spec,
    size_t nspec, struct out_table **tp, struct diag *d)
{
	struct group *g = group_by(f, keys, nkeys, sort);
	struct agg_value *res;
	struct out_table *t = key_table(f, keys, nkeys);
	size_t gi, j, k, per = g->ngroups * nspec;

	res = xmalloc((ncols * per + 1) * sizeof(*res));
	for (j = 0; j < ncols; j++)
		if (agg_column(f, cols[j], g, spec, nspec, 0, res + j * per,
		    d) != 0)
			goto fail;
	out_column(t, "column");
	out_column(t, "type");
	for (k = 0; k < nspec; k++)
		out_column(t, spec[k].name);
	for (gi = 0; gi < g->ngroups; gi++)
		for (j = 0; j < ncols; j++) {
			size_t row = key_row(t, f, keys, nkeys, g->first[gi]);

			out_text(t, row, nkeys, f->col[cols[j]].name);
			out_text(t, row, nkeys + 1,
			    frame_type_name(f->col[cols[j]].type));
			for (k = 0; k < nspec; k++)
				put_value(t, row, nkeys + 2 + k,
				    &res[j * per + gi * nspec + k]);
		}
	free(res);
	group_free(g);
	*tp = t;
	return 0;
fail:
	free(res);
	group_free(g);
	out_free(t);
	return -1;
}

int
agg_groupby(struct frame *f, const size_t *keys, size_t nkeys, int sort,
    const struct agg_item *item, size_t nitem, struct out_table **tp,
    struct diag *d)
{
	struct group *g = group_by(f, keys, nkeys, sort);
	struct agg_value *res;
	struct out_table *t = key_table(f, keys, nkeys);
	size_t gi, j, ng = g->ngroups;
	char name[256];

	res = xmalloc((nitem * ng + 1) * sizeof(*res));
	for (j = 0; j < nitem; j++) {
		if (agg_column(f, item[j].col, g, &item[j].spec, 1, 1,
		    res + j * ng, d) != 0)
			goto fail;
		if (item[j].spec.op == AGG_ROWS)
			snprintf(name, sizeof(name), "count");
		else
			snprintf(name, sizeof(name), "%s_%s",
			    f->col[item[j].col].name, item[j].spec.name);
		out_column(t, name);
	}
	for (gi = 0; gi < ng; gi++) {
		size_t row = key_row(t, f, keys, nkeys, g->first[gi]);

		for (j = 0; j < nitem; j++)
			put_value(t, row, nkeys + j, &res[j * ng + gi]);
	}
	free(res);
	group_free(g);
	*tp = t;
	return 0;
fail:
	free(res);
	group_free(g);
	out_free(t);
	return -1;
}
