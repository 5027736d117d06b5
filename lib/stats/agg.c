/* agg: the aggregation engine of describe and groupby. */
#include <assert.h>
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>

#include "stats/agg.h"
#include "stats/anova.h"
#include "stats/chisq.h"
#include "stats/corr.h"
#include "stats/hll.h"
#include "stats/htest.h"
#include "stats/quantile.h"
#include "stats/state.h"
#include "stats/tdigest.h"
#include "core/cols.h"
#include "core/diag.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "core/num.h"
#include "io/out.h"
#include "core/par.h"
#include "core/xalloc.h"

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
	{ "pstdev",	AGG_PSD,	NUM,		1 },
	{ "pvar",	AGG_PVAR,	NUM,		1 },
	{ "collapse",	AGG_COLLAPSE,	0,		0 },
	{ "rand",	AGG_RAND,	0,		1 },
	{ "rows",	AGG_ROWS,	0,		0 },
};
/* clang-format on */

const char agg_names[] = "count, missing, mean, sd, var, se, min, q1, "
    "median, q3, max, range, iqr, sum, skewness, kurtosis, mode, unique, cv, "
    "mad, pN, first, last, pstdev, pvar, collapse, rand";

const char agg_all[] = "count,missing,mean,sd,var,se,min,q1,median,q3,max,"
    "range,iqr,sum,skewness,kurtosis,mode,unique,cv,mad";

/* ops[] is in the order of enum agg_op: the row of op is ops[op]. */
static const struct opdef *
opdef(enum agg_op op)
{
	assert((size_t)op < sizeof(ops) / sizeof(ops[0]) && ops[op].op == op);
	return &ops[op];
}

int
agg_numeric(enum agg_op op)
{
	return (opdef(op)->flags & NUM) != 0;
}

/* GNU datamash's names for the same operations. */
static const struct {
	const char	*name, *ours;
} aliases[] = {
	{ "sstdev", "sd" }, { "svar", "var" }, { "countunique", "unique" },
	{ "q2", "median" },
};

const char *
agg_op_end(const char *s)
{
	const char *c = strchr(s, ':');

	if (c != NULL && c - s == 4 && strncmp(s, "perc", 4) == 0 &&
	    c[1] >= '0' && c[1] <= '9' && strchr(c + 1, ':') != NULL)
		c = strchr(c + 1, ':');
	return c;
}

int
agg_lookup(const char *name, struct agg_spec *s)
{
	char perc[32];
	size_t i;

	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcmp(name, aliases[i].name) == 0)
			name = aliases[i].ours;
	/* datamash's perc (the 95th) and perc:N */
	if (strncmp(name, "perc", 4) == 0 && (name[4] == '\0' ||
	    name[4] == ':') && strlen(name) < sizeof(perc)) {
		snprintf(perc, sizeof(perc), "p%s", name[4] ? name + 5 : "95");
		name = perc;
	}

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

/* The one-value case of the merge (Terriberry's update), on the hot path. */
void
agg_moments_add(struct agg_moments *m, double x)
{
	double n1 = m->n, n = n1 + 1, delta = x - m->mean, dn = delta / n;
	double dn2 = dn * dn, t1 = delta * dn * n1;

	m->mean += dn;
	m->m4 += t1 * dn2 * (n * n - 3 * n + 3) + 6 * dn2 * m->m2 -
	    4 * dn * m->m3;
	m->m3 += t1 * dn * (n - 2) - 3 * dn * m->m2;
	m->m2 += t1;
	m->n = n;
}

void
agg_moments_add2(struct agg_moments *m, double x)
{
	double n1 = m->n, n = n1 + 1, delta = x - m->mean, dn = delta / n;

	m->mean += dn;
	m->m2 += delta * dn * n1;
	m->n = n;
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
cmp_text(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/*
 * The streaming engine.  The header names the columns; then each record
 * updates, per column and group, a small state: counts, a compensated
 * sum, and where ops ask for them mergeable moments and extremes.  Value
 * ops keep the group's values (8 bytes a number) and select at the end.
 *
 * The state is split by use into arrays indexed by group, so that a
 * record touches only what its ops need: with many groups each part
 * touched is a cache miss, and `mean:x` needs 32 bytes, not 184.
 */

/* What every value updates: 32 bytes, two groups a cache line. */
struct acc {
	size_t		n;		/* non-missing values */
	double		sum, comp;	/* Neumaier sum of values */
	double		rsum;		/* sum of rounding errors */
};

/* Numbers in order, for min, max, range, first and last. */
struct ends {
	double		min, max;
	double		first, last;
};

/*
 * Distinct values and their counts: what a state carries for mode and
 * unique, and what the merge adds up.  Past VALS_CAP distinct values in a
 * group a state carries unique as a HyperLogLog sketch (hll.h); mode
 * cannot be carried past it (an error).
 */
#define VALS_CAP	1024

struct vpair {
	double	 x;		/* a number, or */
	char	*s;		/* a text, owned */
	double	 n;		/* how many times */
};

/* What is touched rarely: missing values, texts, kept values. */
struct cold {
	size_t		missing;
	char		*ftext, *ltext;	/* texts, owned */
	size_t		lcap;		/* of ltext */
	char		*rtext;		/* rand's pick: a text, owned */
	size_t		rcap;		/* of rtext */
	double		rnum;		/* ... or a number */
	double		*v;		/* values for value ops */
	size_t		nv, vcap;
	size_t		*t;		/* text values: arena offsets */
	size_t		nt, tcap;
	struct tdigest	*td;		/* merged states: the values' sketch */
	struct vpair	*vp;		/* merge and state: distinct values */
	size_t		 nvp, vpcap;
	struct hll	*hll;		/* ... or their sketch */
	double		 fpart, lpart;	/* merge: 1 + the part that gave
					   first, last; 0: none yet */
};

/* One input column and what is asked of it. */
struct acol {
	size_t		 col;		/* input column */
	char		*name;		/* owned */
	struct agg_spec	*spec;		/* the ops, owned */
	size_t		 nspec;
	int		 numeric;	/* handled as numbers */
	int		 decided;	/* numeric is final */
	int		 typed;		/* describe: the values decide numeric */
	int		 forced;	/* describe --numeric: numbers or an error */
	size_t		 text_line;	/* where a numeric column met text */
	const char	*text_file;
	char		*text_value;	/* that value, owned */
	int		 want_num;	/* some op needs numbers */
	int		 want_vals;	/* keep numbers for value ops */
	int		 want_texts;	/* keep texts for mode/unique */
	int		 want_ends;	/* first/last */
	int		 want_raw;	/* collapse: texts as read, always */
	gsl_rng		*rng;		/* rand's (the engine's) or NULL */
	int		 want_mode;	/* mode */
	int		 want_mom;	/* moments up to: 0, 2 (sd ...) or 4 */
	int		 want_ext;	/* min, max, range, first, last */
	int		 seen;		/* a non-missing value was read */
	int		 origin;	/* x0, r0 are set */
	int		 allnum;	/* every value so far a number */
	int		 allint;	/* ... and an integer */
	double		 x0, r0;	/* the origin of deviations */
	int		 shift;		/* sums and moments are of x 2^-shift */
	int		 sketched;	/* merged: quantiles from cold.td */
	int		 merged;	/* values from states (cold.vp) */
	int		 vkind;		/* merged: 'n' or 't', the values' */
	int		 approx;	/* merged: a unique from a sketch */
	struct acc	*acc;		/* per group */
	struct agg_moments *mom;	/* per group if want_mom, of exact
					 * deviations from the origin */
	struct ends	*ends;		/* per group if want_ext */
	size_t		 nacc, acccap;	/* of the three */
	struct cold	*cold;		/* per group, grown on first use */
	size_t		 ncold, coldcap;
	char		*arena;		/* kept texts */
	size_t		 alen, acap;
	char		*joined;	/* collapse's results, alen bytes */
};

#define AHEAD	8	/* records: see prefetch() */

/* A key's hash, computed 2 AHEAD records early, and its group. */
struct ahead {
	size_t		 seq;		/* the record's number, from 1 */
	uint64_t	 hash;
	size_t		 g;		/* found AHEAD records early, or -1 */
};

struct engine {
	const struct agg_request *req;
	struct ahead	 ahead[2 * AHEAD];	/* by seq */
	size_t		 seq;		/* records seen */
	int		 threads;	/* for the results */
	struct num_na	 na;
	size_t		*key;		/* key columns */
	size_t		 nkey;
	const char	**keytext;	/* per key, for one record */
	size_t		*keylen;
	struct group_table *groups;
	size_t		*rows;		/* per group, if no column (rows_of) */
	size_t		 rowcap;
	struct acol	*col;
	size_t		 ncol;
	size_t		*item_col;	/* groupby: item -> acol or -1 (rows) */
	size_t		*item_spec;	/* ... and the op's index there */
	size_t		 nitem, itemcap;
	char		**keyname;	/* owned */
	char		*sig;		/* the state's signature, owned */
	char		 fp[STATE_FPLEN];	/* ... and its fingerprint */
	double		 delta;		/* the sketch's compression */
	gsl_rng		*rng;		/* rand's, or NULL */
	size_t		 nstate;	/* merge: records read */
	size_t		 nend;		/* ... the count their ends give */
	int		 nends;		/* ... and the ends */
};

static int
need_vals(enum agg_op op)
{
	return (opdef(op)->flags & VAL) != 0;
}

/*
 * The acol for input column c, added if new.  where[c] is 1 + its index,
 * 0 if none: a search of the acols would be quadratic in the columns.
 */
static struct acol *
acol_for(struct engine *e, size_t c, const char *name, size_t *where,
    size_t *idx)
{
	size_t i = where[c] ? where[c] - 1 : e->ncol;

	if (i == e->ncol) {
		where[c] = i + 1;
		if ((i & (i - 1)) == 0)	/* full at 0, 1, 2, 4 ...: double */
			e->col = xrealloc(e->col, (i ? 2 * i : 1) *
			    sizeof(*e->col));
		memset(&e->col[i], 0, sizeof(e->col[i]));
		e->col[i].col = c;
		e->col[i].name = xstrdup(name);
		e->col[i].allnum = e->col[i].allint = 1;
		e->ncol++;
	}
	*idx = i;
	return &e->col[i];
}

static void
acol_add_spec(struct acol *a, const struct agg_spec *s, int describe)
{
	a->spec = xrealloc(a->spec, (a->nspec + 1) * sizeof(*a->spec));
	a->spec[a->nspec++] = *s;
	a->want_num |= agg_numeric(s->op);
	a->want_ends |= s->op == AGG_FIRST || s->op == AGG_LAST;
	a->want_mode |= s->op == AGG_MODE;
	if (s->op == AGG_SKEWNESS || s->op == AGG_KURTOSIS)
		a->want_mom = 4;
	else if ((s->op == AGG_SD || s->op == AGG_VAR || s->op == AGG_SE ||
	    s->op == AGG_CV || s->op == AGG_PSD || s->op == AGG_PVAR) &&
	    a->want_mom == 0)
		a->want_mom = 2;
	a->want_ext |= s->op == AGG_MIN || s->op == AGG_MAX ||
	    s->op == AGG_RANGE || s->op == AGG_FIRST || s->op == AGG_LAST;
	if (need_vals(s->op) && agg_numeric(s->op))
		a->want_vals = 1;
	if (s->op == AGG_MODE || s->op == AGG_UNIQUE)
		a->want_texts = 1;	/* or numbers, once decided */
	a->want_raw |= s->op == AGG_COLLAPSE;
	/* groupby: numbers exactly where numeric ops are asked for;
	 * describe decides on the first value */
	if (!describe) {
		a->numeric = a->want_num;
		a->decided = 1;
	} else
		a->typed = 1;
}

static void
add_item(struct engine *e, size_t col, size_t spec)
{
	size_t cap = e->itemcap;

	e->item_col = xgrow(e->item_col, &cap, e->nitem + 1, sizeof(size_t));
	cap = e->itemcap;
	e->item_spec = xgrow(e->item_spec, &cap, e->nitem + 1, sizeof(size_t));
	e->itemcap = cap;
	e->item_col[e->nitem] = col;
	e->item_spec[e->nitem++] = spec;
}

/* Count a row of group g (add 0 to make the group exist). */
static void
count_row(struct engine *e, size_t g, size_t add)
{
	if (g >= e->rowcap) {
		size_t old = e->rowcap;

		e->rows = xgrow(e->rows, &e->rowcap, g + 1, sizeof(*e->rows));
		memset(e->rows + old, 0, (e->rowcap - old) * sizeof(*e->rows));
	}
	e->rows[g] += add;
}

/* describe --numeric: these columns are numbers, a non-number an error. */
static int
force_numeric(struct engine *e, char *const *names, size_t n,
    struct diag *d)
{
	size_t *cols, ncols, i, j;

	if (e->req->numeric == NULL)
		return 0;
	if (cols_parse(e->req->numeric, names, n, &cols, &ncols, d) != 0)
		return -1;
	for (i = 0; i < ncols; i++)
		for (j = 0; j < e->ncol; j++)
			if (e->col[j].col == cols[i]) {
				e->col[j].forced = 1;
				e->col[j].numeric = 1;
				e->col[j].decided = 1;
			}
	free(cols);
	return 0;
}

static int plan_cols(struct engine *, char *const *, size_t, struct diag *);

/* The columns, then rand's generator for those that ask for it. */
static int
plan(struct engine *e, char *const *names, size_t n, struct diag *d)
{
	size_t i, k;

	if (plan_cols(e, names, n, d) != 0)
		return -1;
	for (i = 0; i < e->ncol; i++)
		for (k = 0; k < e->col[i].nspec; k++)
			if (e->col[i].spec[k].op == AGG_RAND) {
				if (e->rng == NULL) {
					e->rng = gsl_rng_alloc(gsl_rng_mt19937);
					gsl_rng_set(e->rng, e->req->seed);
				}
				e->col[i].rng = e->rng;
			}
	return 0;
}

static int
plan_cols(struct engine *e, char *const *names, size_t n, struct diag *d)
{
	const struct agg_request *q = e->req;
	size_t *cols = NULL, *where, ncols = 0, i, j, k, idx;

	if (q->keys != NULL && cols_parse(q->keys, names, n, &e->key, &e->nkey,
	    d) != 0)
		return -1;
	e->keyname = xcalloc(e->nkey ? e->nkey : 1, sizeof(*e->keyname));
	for (k = 0; k < e->nkey; k++)
		e->keyname[k] = xstrdup(names[e->key[k]]);
	e->keytext = xcalloc(e->nkey ? e->nkey : 1, sizeof(*e->keytext));
	e->keylen = xcalloc(e->nkey ? e->nkey : 1, sizeof(*e->keylen));
	e->groups = group_table_new(e->nkey);
	if (e->nkey == 0)	/* one group of all rows, even of none */
		count_row(e, group_table_id(e->groups, NULL, NULL), 0);
	if (q->describe) {
		if (q->cols != NULL) {
			if (cols_parse(q->cols, names, n, &cols, &ncols, d) != 0)
				return -1;
		} else {	/* every column but the keys */
			cols = xmalloc((n ? n : 1) * sizeof(*cols));
			for (j = 0; j < n; j++) {
				for (k = 0; k < e->nkey && e->key[k] != j; k++)
					;
				if (k == e->nkey)
					cols[ncols++] = j;
			}
		}
		/* one acol per listed column, even if listed twice */
		e->col = xcalloc(ncols ? ncols : 1, sizeof(*e->col));
		for (i = 0; i < ncols; i++) {
			struct acol *a = &e->col[e->ncol++];

			a->col = cols[i];
			a->name = xstrdup(names[cols[i]]);
			a->allnum = a->allint = 1;
			for (k = 0; k < q->nspec; k++)
				acol_add_spec(a, &q->spec[k], 1);
		}
		free(cols);
		return force_numeric(e, names, n, d);
	}
	where = xcalloc(n ? n : 1, sizeof(*where));
	for (i = 0; i < q->nask; i++) {
		if (q->ask[i].cols == NULL) {	/* bare count: rows */
			add_item(e, (size_t)-1, 0);
			continue;
		}
		if (cols_parse(q->ask[i].cols, names, n, &cols, &ncols, d) != 0) {
			free(where);
			return -1;
		}
		for (j = 0; j < ncols; j++) {
			struct acol *a = acol_for(e, cols[j], names[cols[j]],
			    where, &idx);

			add_item(e, idx, a->nspec);
			acol_add_spec(a, &q->ask[i].spec, 0);
		}
		free(cols);
	}
	free(where);
	return 0;
}

/*
 * The keys and columns: the parsing threads read the columns as numbers
 * ahead and skip the columns not used.
 */
static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct engine *e = ctx;
	size_t i;

	if (plan(e, names, n, d) != 0)
		return -1;
	memset(mode, CSVIO_SKIP, n);
	for (i = 0; i < e->nkey; i++)
		mode[e->key[i]] = CSVIO_TEXT;
	for (i = 0; i < e->ncol; i++)
		mode[e->col[i].col] = CSVIO_NUMBER;
	return 0;
}

/*
 * Values this large would overflow a sum (n of them), a sum of squares or
 * of fourth powers: from the first one on, the sums and moments of the
 * column are of x 2^-shift, exactly (a power of two), so that finite data
 * gives finite moments (the mean of 1e308 and 1e308 is 1e308).
 */
static void
scale_down(struct acol *a)
{
	int e = a->want_mom == 4 ? 780 : a->want_mom == 2 ? 530 : 64;
	size_t g;

	a->shift = e;
	a->x0 = ldexp(a->x0, -e);
	a->r0 = ldexp(a->r0, -e);
	for (g = 0; g < a->nacc; g++) {
		struct acc *s = &a->acc[g];

		s->sum = ldexp(s->sum, -e);
		s->comp = ldexp(s->comp, -e);
		s->rsum = ldexp(s->rsum, -e);
		if (a->want_mom) {
			struct agg_moments *m = &a->mom[g];

			m->mean = ldexp(m->mean, -e);
			m->m2 = ldexp(m->m2, -2 * e);
			m->m3 = ldexp(m->m3, -3 * e);
			m->m4 = ldexp(m->m4, -4 * e);
		}
	}
}

/* Grow the per-group arrays of column a to hold group g. */
static void
acc_grow(struct acol *a, size_t g)
{
	size_t old = a->acccap, cap = old;

	a->acc = xgrow(a->acc, &cap, g + 1, sizeof(*a->acc));
	memset(a->acc + old, 0, (cap - old) * sizeof(*a->acc));
	if (a->want_mom) {
		cap = old;
		a->mom = xgrow(a->mom, &cap, g + 1, sizeof(*a->mom));
		memset(a->mom + old, 0, (cap - old) * sizeof(*a->mom));
	}
	if (a->want_ext) {
		cap = old;
		a->ends = xgrow(a->ends, &cap, g + 1, sizeof(*a->ends));
		memset(a->ends + old, 0, (cap - old) * sizeof(*a->ends));
	}
	a->acccap = cap;
}

/* The acc of group g in column a, grown to hold it. */
static struct acc *
acc_of(struct acol *a, size_t g)
{
	if (g >= a->nacc) {
		if (g >= a->acccap)
			acc_grow(a, g);
		a->nacc = g + 1;
	}
	return &a->acc[g];
}

/* The cold state of group g in column a, grown to hold it. */
static struct cold *
cold_of(struct acol *a, size_t g)
{
	if (g >= a->ncold) {
		size_t old = a->coldcap;

		a->cold = xgrow(a->cold, &a->coldcap, g + 1, sizeof(*a->cold));
		memset(a->cold + old, 0, (a->coldcap - old) *
		    sizeof(*a->cold));
		a->ncold = g + 1;
	}
	return &a->cold[g];
}

/* The cold state of group g, all zero if it was never touched. */
static const struct cold *
cold_at(const struct acol *a, size_t g)
{
	static const struct cold none;

	return g < a->ncold ? &a->cold[g] : &none;
}

static void
keep_text(struct acol *a, struct cold *s, const char *v, size_t len)
{
	a->arena = xgrow(a->arena, &a->acap, a->alen + len + 1, 1);
	memcpy(a->arena + a->alen, v, len + 1);
	s->t = xgrow(s->t, &s->tcap, s->nt + 1, sizeof(*s->t));
	s->t[s->nt++] = a->alen;
	a->alen += len + 1;
}

static void
set_text(char **dst, size_t *cap, const char *v, size_t len)
{
	if (cap == NULL) {
		*dst = xstrndup(v, len);
		return;
	}
	*dst = xgrow(*dst, cap, len + 1, 1);
	memcpy(*dst, v, len + 1);
}

/*
 * describe: a numeric column has met a non-number, so it is text from
 * now on.  The numbers read so far become texts in their shortest form,
 * for mode, unique, first and last (keeping every value's text while a
 * column is numeric would double describe's time and memory for a rare
 * case); the value is kept for the warning.
 */
static void
become_text(struct acol *a, const char *v, size_t len)
{
	char buf[NUM_BUFSZ];
	size_t g, i;

	a->numeric = 0;
	a->text_value = xstrndup(v, len);
	a->text_line = (size_t)-1;	/* on_row says where */
	for (g = 0; g < a->ncold; g++) {
		struct cold *c = &a->cold[g];

		if (a->want_texts && !a->want_raw)	/* collapse kept them */
			for (i = 0; i < c->nv; i++)
				keep_text(a, c, buf, num_format(c->v[i], 0,
				    buf));
		c->nv = 0;
	}
	for (g = 0; g < a->nacc; g++) {
		struct cold *c;

		if (a->acc[g].n == 0 || (!a->want_ends && a->rng == NULL))
			continue;
		c = cold_of(a, g);
		if (a->rng != NULL)
			set_text(&c->rtext, &c->rcap, buf, num_format(c->rnum,
			    0, buf));
		if (!a->want_ends)
			continue;
		set_text(&c->ftext, NULL, buf, num_format(a->ends[g].first,
		    0, buf));
		set_text(&c->ltext, &c->lcap, buf, num_format(a->ends[g].last,
		    0, buf));
	}
}

/* The texts of a text column's value for first, last, mode and unique. */
static void
keep_texts(struct acol *a, size_t g, const char *v, size_t len)
{
	struct cold *c;

	if (!a->want_ends && !a->want_texts)
		return;
	c = cold_of(a, g);
	if (a->want_ends && acc_of(a, g)->n == 1)
		set_text(&c->ftext, NULL, v, len);
	if (a->want_ends)
		set_text(&c->ltext, &c->lcap, v, len);
	if (a->want_texts && !a->want_raw)	/* collapse kept it */
		keep_text(a, c, v, len);
}

/*
 * rand: is the n-th value of a group the pick so far?  With probability
 * 1/n (reservoir sampling of one), so each value is picked with 1/N.
 */
static int
take(gsl_rng *r, size_t n)
{
	if (n == 1)
		return 1;
	if (n <= 0xffffffffUL)	/* mt19937's range: exact */
		return gsl_rng_uniform_int(r, n) == 0;
	return gsl_rng_uniform(r) * (double)n < 1;
}

/* One value of column a, in group g; -1 with d filled if not a number. */
static int
add_value(struct acol *a, size_t g, const char *v, size_t len,
    const struct csvio_num *ahead, struct diag *d)
{
	struct acc *s = acc_of(a, g);
	double x = 0, xs;
	float rel = 0;
	int isint = 0, rc = 0;

	a->seen = 1;
	if (!(a->allnum || a->numeric || !a->decided))
		;	/* text: no number needed */
	else if (ahead != NULL) {	/* read by the parsing thread */
		rc = ahead->rc;
		x = ahead->x;
		rel = ahead->rel;
		isint = ahead->isint;
	} else
		rc = num_parse(v, len, &x, &rel, &isint);
	if (!a->decided) {	/* describe: the first value decides */
		a->numeric = rc == 0;
		a->decided = 1;
	}
	if (rc != 0) {
		if (a->numeric && (!a->typed || a->forced)) {
			diag_set(d, STATUS_DATA, "\"%s\" is %s", v,
			    rc == NUM_RANGE ? "out of range" : "not a number");
			diag_column(d, a->name);
			return -1;
		}
		if (a->numeric)
			become_text(a, v, len);
		a->allnum = 0;
	}
	a->allint &= isint;
	s->n++;
	if (a->want_raw)	/* collapse: the bytes, numbers or not */
		keep_text(a, cold_of(a, g), v, len);
	if (a->rng != NULL && take(a->rng, s->n)) {
		struct cold *c = cold_of(a, g);

		if (a->numeric)
			c->rnum = x;
		else
			set_text(&c->rtext, &c->rcap, v, len);
	}
	if (!a->numeric) {
		keep_texts(a, g, v, len);
		return 0;
	}
	/* (inf is no reason: scaled, the other values would underflow) */
	if (a->shift == 0 && isfinite(x) && fabs(x) > (a->want_mom == 4 ? 0x1p250 :
	    a->want_mom == 2 ? 0x1p500 : 0x1p1000))
		scale_down(a);
	xs = a->shift ? ldexp(x, -a->shift) : x;
	if (!a->origin) {
		a->origin = 1;
		a->x0 = xs;
		a->r0 = xs * rel;
	}
	if (a->want_ext) {
		struct ends *m = &a->ends[g];

		if (s->n == 1)
			m->min = m->max = m->first = x;
		else if (x < m->min)
			m->min = x;
		else if (x > m->max)
			m->max = x;
		m->last = x;
	}
	{
		double r = xs * rel, t = s->sum + xs;

		/* exact deviation from the origin, then one rounding */
		if (a->want_mom == 4)
			agg_moments_add(&a->mom[g], (xs - a->x0) + (r - a->r0));
		else if (a->want_mom == 2)
			agg_moments_add2(&a->mom[g], (xs - a->x0) + (r - a->r0));
		s->comp += fabs(s->sum) >= fabs(xs) ? (s->sum - t) + xs :
		    (xs - t) + s->sum;
		s->sum = t;
		s->rsum += r;
	}
	if (a->want_vals || a->want_texts) {
		struct cold *c = cold_of(a, g);

		c->v = xgrow(c->v, &c->vcap, c->nv + 1, sizeof(*c->v));
		c->v[c->nv++] = x;
	}
	return 0;
}

/*
 * Many groups do not fit in a cache: with one key, fetch early the slot of
 * the record 2 AHEAD records on, and the state of the record AHEAD on
 * (whose slot is in the cache by now), so that their misses overlap.  The
 * hash of a key and the group found are kept for later (e->ahead): a group
 * once found stays, so only a key not found then is looked up again.
 */
#define PREFETCH_GROUPS	4096	/* fewer stay in the cache anyway */

/* What is kept for record seq, or NULL. */
static const struct ahead *
ahead_of(const struct engine *e, size_t seq)
{
	const struct ahead *a = &e->ahead[seq % (2 * AHEAD)];

	return a->seq == seq ? a : NULL;
}

static void
prefetch(struct engine *e, const struct frame_row *row)
{
	struct ahead *a = &e->ahead[(e->seq + 2 * AHEAD) % (2 * AHEAD)];
	const char *key;
	size_t len, i;

	if ((key = csvio_peek(row->rec, 2 * AHEAD, e->key[0], &len)) != NULL) {
		a->seq = e->seq + 2 * AHEAD;
		a->hash = group_table_hash(e->groups, &key, &len);
		a->g = (size_t)-1;
		group_table_prefetch(e->groups, a->hash);
	}
	a = &e->ahead[(e->seq + AHEAD) % (2 * AHEAD)];
	if (a->seq != e->seq + AHEAD ||
	    (key = csvio_peek(row->rec, AHEAD, e->key[0], &len)) == NULL ||
	    (a->g = group_table_find(e->groups, a->hash, &key, &len)) ==
	    (size_t)-1)
		return;
	for (i = 0; i < e->ncol; i++)
		if (a->g < e->col[i].nacc)
			__builtin_prefetch(&e->col[i].acc[a->g]);
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct engine *e = ctx;
	const struct ahead *a;
	size_t k, i, g;

	e->seq++;
	if (e->nkey == 1 && row->rec != NULL &&
	    group_table_count(e->groups) > PREFETCH_GROUPS)
		prefetch(e, row);
	for (k = 0; k < e->nkey; k++) {
		const char *s = row->field[e->key[k]];
		size_t len = row->len[e->key[k]];

		e->keytext[k] = num_na_match(&e->na, s, len) ? NULL : s;
		e->keylen[k] = len;
	}
	/* without keys every record is of the one group made by on_header */
	if (e->nkey == 0)
		g = 0;
	else if (e->nkey == 1 && e->keytext[0] != NULL &&
	    (a = ahead_of(e, e->seq)) != NULL)	/* read as is: not missing */
		g = a->g != (size_t)-1 ? a->g : group_table_id_hashed(e->groups,
		    a->hash, e->keytext, e->keylen);
	else
		g = group_table_id(e->groups, e->keytext, e->keylen);
	if (e->ncol == 0)
		count_row(e, g, 1);
	for (i = 0; i < e->ncol; i++) {
		struct acol *a = &e->col[i];
		const char *v = row->field[a->col];
		size_t len = row->len[a->col];
		/* a value column is read as a number (on_header) */
		const struct csvio_num *ahead = row->num != NULL ?
		    &row->num[a->col] : NULL;

		if (ahead != NULL ? ahead->rc == CSVIO_NUM_MISSING :
		    num_na_match(&e->na, v, len))
			cold_of(a, g)->missing++;
		else if (add_value(a, g, v, len, ahead, d) != 0)
			return -1;
		if (a->text_line == (size_t)-1) {
			a->text_line = row->line;
			a->text_file = strcmp(row->file, "-") == 0 ? "stdin" :
			    row->file;
		}
	}
	return 0;
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

/* The probability of a quantile op, or -1. */
static double
op_p(const struct agg_spec *s)
{
	switch (s->op) {
	case AGG_Q1:
		return 0.25;
	case AGG_MEDIAN:
	case AGG_MAD:
		return 0.5;
	case AGG_Q3:
		return 0.75;
	case AGG_PCTL:
		return s->p;
	default:
		return -1;
	}
}

/* The quantile at p among the np computed ones. */
static double
pick(const double *p, const double *q, size_t np, double want)
{
	size_t k;

	for (k = 0; k < np && p[k] != want; k++)
		;
	return q[k];
}

/* Value ops of one group of numbers; x is reordered. */
static void
value_ops_num(double *x, size_t n, const struct agg_spec *spec, size_t nspec,
    struct agg_value *res)
{
	double *p = xmalloc((2 * nspec + 1) * sizeof(*p)), *q, mode;
	size_t k, i, np = 0, unique;

	for (k = 0; k < nspec; k++) {
		if (op_p(&spec[k]) >= 0)
			p[np++] = op_p(&spec[k]);
		if (spec[k].op == AGG_IQR) {
			p[np++] = 0.25;
			p[np++] = 0.75;
		}
	}
	gsl_sort(p, 1, np);
	q = xmalloc((np + 1) * sizeof(*q));
	quantile_many(x, n, p, np, q);
	for (k = 0; k < nspec; k++) {
		double *r = &res[k].num;

		switch (spec[k].op) {
		case AGG_Q1:
		case AGG_MEDIAN:
		case AGG_Q3:
		case AGG_PCTL:
			*r = pick(p, q, np, op_p(&spec[k]));
			break;
		case AGG_IQR:
			*r = pick(p, q, np, .75) - pick(p, q, np, .25);
			break;
		case AGG_MODE:
		case AGG_UNIQUE:	/* sorting keeps the quantiles valid */
			if (n > 1)	/* x is NULL when the group has none */
				gsl_sort(x, 1, n);
			runs_num(x, n, &mode, &unique);
			*r = spec[k].op == AGG_MODE ? mode : (double)unique;
			break;
		case AGG_MAD:
			if (n == 0)
				break;
			{
				double med = pick(p, q, np, .5);
				double *dev = xmalloc(n * sizeof(*dev));

				for (i = 0; i < n; i++)
					dev[i] = fabs(x[i] - med);
				*r = 1.4826 * quantile_at(dev, n, .5);
				free(dev);
			}
			break;
		default:
			break;
		}
	}
	free(p);
	free(q);
}

static void
value_ops_text(const struct acol *a, const struct cold *s,
    struct agg_value *res)
{
	char **x = xmalloc((s->nt ? s->nt : 1) * sizeof(*x));
	const char *mode;
	size_t k, i, unique;

	for (i = 0; i < s->nt; i++)
		x[i] = a->arena + s->t[i];
	qsort(x, s->nt, sizeof(*x), cmp_text);
	runs_text(x, s->nt, &mode, &unique);
	for (k = 0; k < a->nspec; k++) {
		if (a->spec[k].op == AGG_MODE)
			res[k].text = mode;
		else if (a->spec[k].op == AGG_UNIQUE)
			res[k].num = (double)unique;
	}
	free(x);
}

static int
cmp_vnum(const void *a, const void *b)
{
	double x = ((const struct vpair *)a)->x, y = ((const struct vpair *)b)->x;

	return (x > y) - (x < y);
}

static int
cmp_vtext(const void *a, const void *b)
{
	return strcmp(((const struct vpair *)a)->s, ((const struct vpair *)b)->s);
}

static void
vals_add(struct cold *c, double x, char *s, double n)
{
	c->vp = xgrow(c->vp, &c->vpcap, c->nvp + 1, sizeof(*c->vp));
	c->vp[c->nvp].x = x;
	c->vp[c->nvp].s = s;
	c->vp[c->nvp++].n = n;
}

/* Sort the pairs and add up the counts of equal values: the order and the
 * equality of value_ops_num() and value_ops_text(). */
static void
vals_compact(struct cold *c, int numeric)
{
	size_t i, k = 0;

	if (c->nvp < 2)
		return;
	qsort(c->vp, c->nvp, sizeof(*c->vp), numeric ? cmp_vnum : cmp_vtext);
	for (i = 1; i < c->nvp; i++) {
		struct vpair *p = &c->vp[k], *q = &c->vp[i];

		if (numeric ? q->x == p->x : strcmp(q->s, p->s) == 0) {
			p->n += q->n;
			free(q->s);
		} else
			c->vp[++k] = *q;
	}
	c->nvp = k + 1;
}

/* The pairs into the HyperLogLog sketch (made if need be). */
static void
vals_to_hll(struct cold *c)
{
	size_t i;

	if (c->hll == NULL)
		c->hll = xcalloc(1, sizeof(*c->hll));
	for (i = 0; i < c->nvp; i++) {
		const struct vpair *p = &c->vp[i];
		double x = p->x == 0 ? 0 : p->x;	/* -0 is 0 */

		hll_add(c->hll, p->s != NULL ? hll_hash(p->s, strlen(p->s)) :
		    hll_hash(&x, sizeof(x)));
		free(c->vp[i].s);
	}
	c->nvp = 0;
}

/* mode and unique of a merged group, from its values' counts. */
static void
vals_ops(struct acol *a, struct cold *c, struct agg_value *res)
{
	size_t k, i, best = 0;

	vals_compact(c, a->numeric);
	if (c->hll != NULL && c->nvp > 0)
		vals_to_hll(c);
	for (i = 1; i < c->nvp; i++)	/* the first (least) on a tie */
		if (c->vp[i].n > c->vp[best].n)
			best = i;
	for (k = 0; k < a->nspec; k++)
		if (a->spec[k].op == AGG_UNIQUE && c->hll != NULL) {
			res[k].num = round(hll_estimate(c->hll));
			a->approx = 1;
		} else if (a->spec[k].op == AGG_UNIQUE)
			res[k].num = (double)c->nvp;
		else if (a->spec[k].op == AGG_MODE && c->nvp > 0 &&
		    a->numeric)
			res[k].num = c->vp[best].x;
		else if (a->spec[k].op == AGG_MODE && c->nvp > 0)
			res[k].text = c->vp[best].s;
}

/* Results from the streaming state of group g. */
static void
stream_ops(const struct acol *a, size_t g, struct agg_value *res)
{
	const struct acc *s = &a->acc[g];
	const struct agg_moments *m = a->want_mom ? &a->mom[g] : NULL;
	const struct ends *ext = a->want_ext ? &a->ends[g] : NULL;
	const struct cold *c = cold_at(a, g);
	double n = (double)s->n, var = NAN, mean = NAN;
	size_t k;

	/* The sum is a double-double (sum + comp + rsum, rsum restoring the
	 * decimal rounding of input); one refinement step of the division
	 * makes the mean correctly rounded, as R's long double mean is:
	 * 3.758, not 3.7580000000000005. */
	if (a->numeric && s->n > 0) {
		double q = s->sum / n;

		mean = ldexp(q + (fma(-q, n, s->sum) + (s->comp + s->rsum)) / n,
		    a->shift);
	}
	if (a->numeric && s->n > 1 && m != NULL)
		var = m->m2 / (n - 1);	/* of x 2^-shift */
	for (k = 0; k < a->nspec; k++) {
		double *r = &res[k].num;

		switch (a->spec[k].op) {
		case AGG_COUNT:
			*r = n;
			break;
		case AGG_MISSING:
			*r = (double)c->missing;
			break;
		case AGG_RAND:
			if (s->n == 0)
				break;
			if (a->numeric)
				*r = c->rnum;
			else
				res[k].text = c->rtext;
			break;
		case AGG_FIRST:
		case AGG_LAST:
			if (s->n == 0)
				break;
			if (a->numeric)
				*r = a->spec[k].op == AGG_FIRST ? ext->first :
				    ext->last;
			else
				res[k].text = a->spec[k].op == AGG_FIRST ?
				    c->ftext : c->ltext;
			break;
		default:
			break;
		}
		if (!a->numeric)
			continue;
		switch (a->spec[k].op) {
		case AGG_MEAN:
			*r = mean;
			break;
		case AGG_SD:
			*r = ldexp(sqrt(var), a->shift);
			break;
		case AGG_VAR:
			*r = ldexp(var, 2 * a->shift);
			break;
		case AGG_SE:
			*r = ldexp(sqrt(var / n), a->shift);
			break;
		case AGG_PSD:	/* population: divided by n */
			if (s->n > 0)
				*r = ldexp(sqrt(m->m2 / n), a->shift);
			break;
		case AGG_PVAR:
			if (s->n > 0)
				*r = ldexp(m->m2 / n, 2 * a->shift);
			break;
		case AGG_CV:
			*r = mean != 0 ? ldexp(sqrt(var), a->shift) / mean : NAN;
			break;
		case AGG_MIN:
			*r = s->n ? ext->min : NAN;
			break;
		case AGG_MAX:
			*r = s->n ? ext->max : NAN;
			break;
		case AGG_RANGE:
			*r = s->n ? ext->max - ext->min : NAN;
			break;
		case AGG_SUM:
			*r = ldexp(s->sum + (s->comp + s->rsum), a->shift);
			break;
		case AGG_SKEWNESS:
			if (s->n >= 3 && m->m2 > 0)
				*r = sqrt(n * (n - 1)) / (n - 2) *
				    (sqrt(n) * m->m3 / pow(m->m2, 1.5));
			break;
		case AGG_KURTOSIS:
			if (s->n >= 4 && m->m2 > 0) {
				double g2 = n * m->m4 / (m->m2 * m->m2) - 3;
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
warn_undefined(const struct acol *a, size_t ngroups,
    const struct agg_value *res)
{
	char buf[400];
	size_t k, i, len = 0;

	buf[0] = '\0';
	for (k = 0; k < a->nspec; k++) {
		size_t bad = 0;

		if (!a->numeric && agg_numeric(a->spec[k].op))
			continue;	/* text: described by its type */
		for (i = 0; i < ngroups; i++) {
			const struct agg_value *v = &res[i * a->nspec + k];
			if (v->text == NULL && isnan(v->num))
				bad++;
		}
		if (bad == 0 || len >= sizeof(buf) - 1)
			continue;
		if (ngroups > 1)
			len += snprintf(buf + len, sizeof(buf) - len,
			    "%s%s in %zu of %zu groups", len ? ", " : "",
			    a->spec[k].name, bad, ngroups);
		else
			len += snprintf(buf + len, sizeof(buf) - len, "%s%s",
			    len ? ", " : "", a->spec[k].name);
	}
	if (len > 0)
		diag_warn("column \"%s\": undefined (too few values, or no "
		    "spread): %s", a->name, buf);
}

/* Value ops of one group from its sketch (NULL: no values). */
static void
sketch_ops(struct tdigest *td, const struct agg_spec *spec, size_t nspec,
    struct agg_value *res)
{
	size_t k;

	for (k = 0; k < nspec && td != NULL; k++) {
		double p = op_p(&spec[k]);

		if (spec[k].op == AGG_IQR)
			res[k].num = tdigest_quantile(td, .75) -
			    tdigest_quantile(td, .25);
		else if (spec[k].op == AGG_MAD)
			res[k].num = 1.4826 * tdigest_mad(td,
			    tdigest_quantile(td, .5));
		else if (p >= 0)
			res[k].num = tdigest_quantile(td, p);
	}
}

/*
 * collapse: each group's texts joined with ',' in input order, into
 * a->joined; a group's values and their NULs take as many bytes as its
 * values and commas (and a NUL), so the arena's size is enough.
 */
static void
collapse_ops(struct acol *a, size_t ngroups, struct agg_value *res)
{
	size_t g, i, k, len, at = 0;

	a->joined = xmalloc(a->alen + 1);
	for (g = 0; g < ngroups; g++) {
		const struct cold *c = cold_at(a, g);
		const char *start = a->joined + at;

		for (i = 0; i < c->nt; i++) {
			len = strlen(a->arena + c->t[i]);
			memcpy(a->joined + at, a->arena + c->t[i], len);
			at += len;
			a->joined[at++] = i + 1 < c->nt ? ',' : '\0';
		}
		if (c->nt == 0)		/* no values: an empty text */
			start = "";
		for (k = 0; k < a->nspec; k++)
			if (a->spec[k].op == AGG_COLLAPSE)
				res[g * a->nspec + k].text = start;
	}
}

/* Every result of column a: res[group * nspec + k]; no warnings. */
static struct agg_value *
results(struct acol *a, size_t ngroups)
{
	struct agg_value *res = xmalloc((ngroups * a->nspec + 1) *
	    sizeof(*res));
	int vals = 0;
	size_t g, k;

	if (!a->decided)	/* no value at all: an empty numeric column */
		a->numeric = 1;
	for (k = 0; k < a->nspec; k++)
		vals |= need_vals(a->spec[k].op);
	for (g = 0; g < ngroups * a->nspec; g++) {
		res[g].num = NAN;
		res[g].text = NULL;
	}
	for (g = 0; g < ngroups; g++) {
		const struct cold *c = cold_at(a, g);
		struct agg_value *r = res + g * a->nspec;

		acc_of(a, g);	/* a group of missing values only has none */
		stream_ops(a, g, r);
		if (a->merged) {
			if (vals && a->numeric && a->sketched)
				sketch_ops(cold_of(a, g)->td, a->spec,
				    a->nspec, r);
			if (a->want_texts)
				vals_ops(a, cold_of(a, g), r);
		} else if (vals && a->numeric)
			value_ops_num(c->v, c->nv, a->spec, a->nspec, r);
		else if (vals)
			value_ops_text(a, c, r);
	}
	if (a->want_raw)
		collapse_ops(a, ngroups, res);
	return res;
}

/* The results of every column of a share. */
struct share {
	struct engine		*e;
	struct agg_value	**res;
	size_t			 ngroups;
};

static void
share_results(void *arg, size_t c, size_t lo, size_t hi)
{
	struct share *s = arg;
	size_t i;

	(void)c;
	for (i = lo; i < hi; i++)
		s->res[i] = results(&s->e->col[i], s->ngroups);
}

/*
 * The results of every column, the columns shared among threads (their
 * quantiles take time, and columns are independent); then the warnings,
 * in column order.
 */
static struct agg_value **
all_results(struct engine *e, size_t ngroups)
{
	struct agg_value **res = xcalloc(e->ncol + 1, sizeof(*res));
	struct share sh = { e, res, ngroups };
	size_t n = e->threads > 1 ? (size_t)e->threads : 1, i;

	par_split(n < e->ncol ? n : e->ncol, e->ncol, share_results, &sh);
	for (i = 0; i < e->ncol; i++) {
		const struct acol *a = &e->col[i];

		if (a->text_value != NULL)
			diag_warn("%s:%zu: column \"%s\": \"%s\" is not a "
			    "number: the column is described as text",
			    a->text_file, a->text_line, a->name,
			    a->text_value);
		warn_undefined(a, ngroups, res[i]);
	}
	return res;
}

/*
 * The rows of group g, after results().  Every record adds to every
 * column a value or a missing one, so the first column counts them
 * without another per-group array to touch on each record.
 */
static size_t
rows_of(const struct engine *e, size_t g)
{
	if (e->ncol == 0)
		return e->rows[g];
	return e->col[0].acc[g].n + cold_at(&e->col[0], g)->missing;
}

static const char *
type_name(const struct acol *a)
{
	if (!a->seen)
		return "empty";
	if (!a->allnum)
		return "text";
	return a->allint ? "integer" : "float";
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
build_table(struct engine *e)
{
	const struct agg_request *q = e->req;
	size_t ng = group_table_count(e->groups), i, j, k, gi;
	size_t *order = q->sort ? group_table_order(e->groups) : NULL;
	struct agg_value **res = all_results(e, ng);
	struct out_table *t = out_new();
	char name[256];
	int approx = 0;

	for (i = 0; i < e->ncol; i++)
		approx |= e->col[i].approx;
	for (k = 0; k < e->nkey; k++)
		out_column(t, e->keyname[k]);
	if (q->describe) {
		out_column(t, "column");
		out_column(t, "type");
		for (k = 0; k < q->nspec; k++) {
			snprintf(name, sizeof(name), "%s%s", q->spec[k].name,
			    approx && q->spec[k].op == AGG_UNIQUE ?
			    "_approx" : "");
			out_column(t, name);
		}
	} else
		for (j = 0; e->item_col != NULL && j < e->nitem; j++) {
			if (e->item_col[j] == (size_t)-1)
				snprintf(name, sizeof(name), "count");
			else {
				struct acol *a = &e->col[e->item_col[j]];
				const struct agg_spec *sp =
				    &a->spec[e->item_spec[j]];

				snprintf(name, sizeof(name), "%s_%s%s", a->name,
				    sp->name, a->approx && sp->op == AGG_UNIQUE ?
				    "_approx" : "");
			}
			out_column(t, name);
		}
	out_reserve(t, ng * (q->describe ? e->ncol : 1));
	for (gi = 0; gi < ng; gi++) {
		size_t g = order ? order[gi] : gi, row;

		for (i = 0; i < (q->describe ? e->ncol : 1); i++) {
			row = out_row(t);
			for (k = 0; k < e->nkey; k++)
				out_text(t, row, k,
				    group_table_key(e->groups, g, k));
			if (!q->describe) {
				for (j = 0; j < e->nitem; j++) {
					size_t c = e->item_col[j];

					if (c == (size_t)-1)
						out_num(t, row, e->nkey + j,
						    (double)rows_of(e, g));
					else
						put_value(t, row, e->nkey + j,
						    &res[c][g * e->col[c].nspec +
						    e->item_spec[j]]);
				}
				continue;
			}
			out_text(t, row, e->nkey, e->col[i].name);
			out_text(t, row, e->nkey + 1, type_name(&e->col[i]));
			for (k = 0; k < q->nspec; k++)
				put_value(t, row, e->nkey + 2 + k,
				    &res[i][g * q->nspec + k]);
		}
	}
	for (i = 0; i < e->ncol; i++)
		free(res[i]);
	free(res);
	free(order);
	return t;
}

static void
engine_release(struct engine *e)
{
	size_t i, g, k;

	for (i = 0; i < e->ncol; i++) {
		struct acol *a = &e->col[i];

		for (g = 0; g < a->ncold; g++) {
			if (a->cold[g].td != NULL)
				tdigest_release(a->cold[g].td);
			free(a->cold[g].td);
			free(a->cold[g].ftext);
			free(a->cold[g].ltext);
			free(a->cold[g].rtext);
			free(a->cold[g].v);
			free(a->cold[g].t);
			for (k = 0; k < a->cold[g].nvp; k++)
				free(a->cold[g].vp[k].s);
			free(a->cold[g].vp);
			free(a->cold[g].hll);
		}
		free(a->acc);
		free(a->mom);
		free(a->ends);
		free(a->cold);
		free(a->arena);
		free(a->text_value);
		free(a->joined);
		free(a->name);
		free(a->spec);
	}
	for (i = 0; i < e->nkey && e->keyname != NULL; i++)
		free(e->keyname[i]);
	free(e->keyname);
	free(e->sig);
	free(e->col);
	free(e->key);
	free(e->keytext);
	free(e->keylen);
	free(e->rows);
	free(e->item_col);
	free(e->item_spec);
	group_table_free(e->groups);
	num_na_release(&e->na);
	if (e->rng != NULL)
		gsl_rng_free(e->rng);
}

/*
 * Mergeable states (--partial) and their merge.  A state is a table of one
 * record per group and column (agg.h); the merge rebuilds the engine from
 * the signature, adds each record's parts to its group, and makes the
 * result as agg_run() does.  States of other commands (corr, the tests:
 * state_others) share the format and its checks; their records go to
 * their command's merge.
 */

/* What the state means: the merge rebuilds the request from it. */
static char *
make_sig(const struct engine *e)
{
	const struct agg_request *q = e->req;
	struct state_text t = { NULL, 0, 0 };
	size_t k, i;

	state_text_fmt(&t, "%s;names=", q->describe ? "describe" : "groupby");
	for (k = 0; k < e->nkey + e->ncol; k++) {
		if (k > 0)
			state_text_put(&t, ",", 1);
		state_text_name(&t, k < e->nkey ? e->keyname[k] :
		    e->col[k - e->nkey].name);
	}
	state_text_fmt(&t, ";by=%zu;%s=", e->nkey, q->describe ? "stats" : "ops");
	if (q->describe)
		for (k = 0; k < q->nspec; k++)
			state_text_fmt(&t, "%s%s", k ? "," : "", q->spec[k].name);
	else
		for (k = 0; k < e->nitem; k++) {
			i = e->item_col[k];
			if (i == (size_t)-1)
				state_text_fmt(&t, "%scount", k ? " " : "");
			else
				state_text_fmt(&t, "%s%s:%zu", k ? " " : "",
				    e->col[i].spec[e->item_spec[k]].name,
				    e->nkey + i + 1);
		}
	state_text_fmt(&t, ";sketch=%.17g", e->delta);
	return t.p;
}

/* The sketch of group g: "min max mean weight mean weight ...". */
static void
put_sketch(struct engine *e, struct out_table *t, size_t row, size_t col,
    struct acol *a, size_t g)
{
	struct cold *c = cold_of(a, g);
	struct tdigest tmp, *td = c->td;
	struct state_text s = { NULL, 0, 0 };
	size_t k;

	if (td == NULL) {
		td = &tmp;
		tdigest_init(td, e->delta);
		for (k = 0; k < c->nv; k++)
			tdigest_add(td, c->v[k], 1);
	}
	tdigest_compress(td);
	state_text_fmt(&s, "%a %a", td->min, td->max);
	for (k = 0; k < td->n; k++)
		state_text_fmt(&s, " %a %.17g", td->mean[k], td->w[k]);
	out_text(t, row, col, s.p);
	free(s.p);
	if (td == &tmp)
		tdigest_release(td);
}

/* One record of the state: group g, column i (or (size_t)-1: rows). */
static void
state_row(struct engine *e, struct out_table *t, size_t g, size_t i)
{
	size_t row = state_record(t, e->nkey, e->fp, NULL), k, c = e->nkey;
	struct acol *a;
	struct acc *s;

	for (k = 0; k < e->nkey; k++)
		out_text(t, row, k, group_table_key(e->groups, g, k));
	if (i == (size_t)-1) {
		out_num(t, row, c + 8, (double)e->rows[g]);
		return;
	}
	a = &e->col[i];
	s = acc_of(a, g);
	out_num(t, row, c + 2, (double)i);
	out_num(t, row, c + 3, a->seen | a->allnum << 1 | a->allint << 2 |
	    a->numeric << 3 | a->decided << 4 | a->origin << 5);
	out_num(t, row, c + 4, a->shift);
	state_put_num(t, row, c + 5, a->x0);
	state_put_num(t, row, c + 6, a->r0);
	out_num(t, row, c + 7, (double)cold_at(a, g)->missing);
	out_num(t, row, c + 8, (double)s->n);
	if (!a->numeric || s->n == 0)
		return;
	state_put_num(t, row, c + 9, s->sum);
	state_put_num(t, row, c + 10, s->comp);
	state_put_num(t, row, c + 11, s->rsum);
	if (a->want_mom) {
		state_put_num(t, row, c + 12, a->mom[g].mean);
		state_put_num(t, row, c + 13, a->mom[g].m2);
		if (a->want_mom == 4) {	/* else empty, read as 0 */
			state_put_num(t, row, c + 14, a->mom[g].m3);
			state_put_num(t, row, c + 15, a->mom[g].m4);
		}
	}
	if (a->want_ext) {
		state_put_num(t, row, c + 16, a->ends[g].min);
		state_put_num(t, row, c + 17, a->ends[g].max);
	}
	if (a->want_vals)
		put_sketch(e, t, row, c + 18, a, g);
}

/* The values field: "COUNT=VALUE ..." (texts encoded as names in the
 * signature are), or the HyperLogLog sketch. */
static char *
vals_text(const struct acol *a, const struct cold *c)
{
	struct state_text s = { NULL, 0, 0 };
	size_t i;

	if (c->hll != NULL) {
		s.p = xmalloc(HLL_TEXTLEN + 1);
		hll_text(c->hll, s.p);
		return s.p;
	}
	state_text_put(&s, "", 0);
	for (i = 0; i < c->nvp; i++) {
		state_text_fmt(&s, "%s%.17g=", i ? " " : "", c->vp[i].n);
		if (a->numeric)
			state_text_fmt(&s, "%a", c->vp[i].x);
		else
			state_text_name(&s, c->vp[i].s);
	}
	return s.p;
}

/* first or last of group g into a field. */
static void
put_end(struct out_table *t, size_t row, size_t col, const struct acol *a,
    double x, const char *text)
{
	struct state_text s = { NULL, 0, 0 };

	if (a->numeric) {
		state_put_num(t, row, col, x);
		return;
	}
	state_text_put(&s, "", 0);
	state_text_name(&s, text);
	out_text(t, row, col, s.p);
	free(s.p);
}

/*
 * The record of group g's values in column i (COLUMN "Iv"): the parts that
 * first and last come from (the chunk's --part-index or --shard), first
 * and last, the values' kind (n, t), and their counts in SKETCH.
 */
static int
state_vals_row(struct engine *e, struct out_table *t, size_t g, size_t i,
    struct diag *d)
{
	struct acol *a = &e->col[i];
	struct cold *c = cold_of(a, g);
	size_t row, k, f = e->nkey + 3;
	char part[32], *s;
	size_t q;

	if (!(a->want_ends || a->want_texts) || acc_of(a, g)->n == 0)
		return 0;
	snprintf(part, sizeof(part), "%zuv", i);
	row = state_record(t, e->nkey, e->fp, part);
	for (k = 0; k < e->nkey; k++)
		out_text(t, row, k, group_table_key(e->groups, g, k));
	out_text(t, row, f + 4, a->numeric ? "n" : "t");
	if (a->want_ends) {
		out_num(t, row, f, a->merged ? c->fpart - 1 :
		    (double)e->req->part_index);
		out_num(t, row, f + 1, a->merged ? c->lpart - 1 :
		    (double)e->req->part_index);
		put_end(t, row, f + 2, a, a->ends[g].first, c->ftext);
		put_end(t, row, f + 3, a, a->ends[g].last, c->ltext);
	}
	if (!a->want_texts)
		return 0;
	if (!a->merged) {	/* the values, each once */
		for (q = 0; a->numeric && q < c->nv; q++)
			vals_add(c, c->v[q], NULL, 1);
		for (q = 0; !a->numeric && q < c->nt; q++)
			vals_add(c, 0, xstrdup(a->arena + c->t[q]), 1);
	}
	vals_compact(c, a->numeric);
	if (c->hll != NULL || (c->nvp > VALS_CAP && !a->want_mode))
		vals_to_hll(c);
	if (c->nvp > VALS_CAP) {
		diag_set(d, STATUS_DATA, "--partial: more than %d distinct "
		    "values in group \"%s\": a state carries mode only up to "
		    "%d (unique goes on approximately)", VALS_CAP,
		    e->nkey ? group_table_key(e->groups, g, 0) : "all",
		    VALS_CAP);
		diag_column(d, a->name);
		return -1;
	}
	s = vals_text(a, c);
	out_text(t, row, f + 15, s);
	free(s);
	return 0;
}

static int
build_state(struct engine *e, struct out_table **tp, struct diag *d)
{
	size_t ng = group_table_count(e->groups), g, i;
	struct out_table *t = state_new(e->keyname, e->nkey, e->sig);

	out_reserve(t, ng * (e->ncol ? e->ncol : 1) + 2);
	state_fingerprint(e->sig, e->fp);
	for (g = 0; g < ng; g++) {
		for (i = 0; i < (e->ncol ? e->ncol : 1); i++)
			state_row(e, t, g, e->ncol ? i : (size_t)-1);
		for (i = 0; i < e->ncol; i++)
			if (state_vals_row(e, t, g, i, d) != 0) {
				out_free(t);
				return -1;
			}
	}
	state_end(t, e->nkey, e->sig);
	*tp = t;
	return 0;
}

/* first and last need the order of the chunks. */
static int
check_partial(const struct agg_request *q, struct diag *d)
{
	size_t i, n = q->describe ? q->nspec : q->nask;

	for (i = 0; i < n; i++) {
		const struct agg_spec *s = q->describe ? &q->spec[i] :
		    &q->ask[i].spec;

		if (!q->describe && q->ask[i].cols == NULL)
			continue;	/* count */
		if (s->op == AGG_COLLAPSE || s->op == AGG_RAND)
			return diag_set(d, STATUS_USAGE, "--partial: %s cannot "
			    "be carried in a state", s->name);
		if ((s->op == AGG_FIRST || s->op == AGG_LAST) && !q->ordered)
			return diag_set(d, STATUS_USAGE, "--partial: %s needs "
			    "the chunk's place in the input: --part-index N or "
			    "--shard I/N", s->name);
	}
	return 0;
}

/* A merge: the engine of the first state's request, rebuilt. */
struct merge {
	struct engine		 e;
	struct agg_request	 q;
	const struct agg_merge_opts *o;
	int			 planned;
	char			*sig;	/* a copy, cut up by the plan */
	char			**names, **synth;
	size_t			 nnames;
	struct agg_spec		*spec;
	struct agg_ask		*ask;
	struct state_text		 keys, cols;
	const struct state_ops	*ops;	/* a state of another command's */
	void			*other;	/* and its merge */
	/* records that came before any signature (states sorted by key, as
	 * Hadoop sorts them), kept until one comes */
	struct pending {
		char		**field;
		uint32_t	 *len;
		size_t		  n;
	}			*pend;
	size_t			 npend, pendcap;
};

/* The commands whose states others merge: the signature's first word. */
static const struct state_ops *const state_others[] = {
	&anova_state_ops, &chisq_state_ops, &corr_state_ops, &htest_state_ops
};

static const struct state_ops *
other_ops(const struct agg_merge_opts *o, const char *sig)
{
	size_t i, k, len = strcspn(sig, ";");

	for (i = 0; i < o->nkinds; i++)
		if (strlen(o->kinds[i]->names[0]) == len &&
		    strncmp(sig, o->kinds[i]->names[0], len) == 0)
			return o->kinds[i];

	for (i = 0; i < sizeof(state_others) / sizeof(*state_others); i++)
		for (k = 0; k < 3 && state_others[i]->names[k] != NULL; k++)
			if (strlen(state_others[i]->names[k]) == len &&
			    strncmp(sig, state_others[i]->names[k], len) == 0)
				return state_others[i];
	return NULL;
}

static int
bad_state(struct diag *d, const char *what)
{
	return diag_set(d, STATUS_DATA, "not a statpipe state: %s", what);
}

/* The value of "key=" in the signature's fields, or NULL. */
static char *
sig_field(char **f, size_t n, const char *key)
{
	size_t i, len = strlen(key);

	for (i = 0; i < n; i++)
		if (strncmp(f[i], key, len) == 0 && f[i][len] == '=')
			return f[i] + len + 1;
	return NULL;
}

/* Name the sketched quantiles as approximate. */
static void
approx_name(struct agg_spec *s)
{
	if (need_vals(s->op) && agg_numeric(s->op))
		strcat(s->name, "_approx");
}

static int
plan_groupby_ops(struct merge *m, char *ops, struct diag *d)
{
	size_t n = 0, i;
	char *p, *save = NULL;

	for (p = strtok_r(ops, " ", &save); p != NULL;
	    p = strtok_r(NULL, " ", &save)) {
		char *colon = (char *)agg_op_end(p);

		m->ask = xrealloc(m->ask, (n + 1) * sizeof(*m->ask));
		memset(&m->ask[n], 0, sizeof(m->ask[n]));
		if (colon != NULL) {
			*colon = '\0';
			if (agg_lookup(p, &m->ask[n].spec) != 0)
				return bad_state(d, "unknown operation");
			m->ask[n].cols = colon + 1;
			if (!m->o->partial)
				approx_name(&m->ask[n].spec);
		} else if (strcmp(p, "count") != 0)
			return bad_state(d, "unknown operation");
		n++;
	}
	m->q.ask = m->ask;
	m->q.nask = n;
	for (i = 0; i < n; i++)	/* a state names its columns by number */
		if (m->ask[i].cols != NULL &&
		    strspn(m->ask[i].cols, "0123456789") !=
		    strlen(m->ask[i].cols))
			return bad_state(d, "bad column number");
	return 0;
}

/* Rebuild the engine from the first state's signature. */
static int
state_plan(struct merge *m, const char *sig, struct diag *d)
{
	struct engine *e = &m->e;
	char *f[8], *save = NULL, *p, *names, *by, *list, *sketch, *end;
	const char *bad;
	size_t nf = 0, k, nkey, badlen;
	char buf[32];

	m->sig = xstrdup(sig);
	for (p = strtok_r(m->sig, ";", &save); p != NULL && nf < 8;
	    p = strtok_r(NULL, ";", &save))
		f[nf++] = p;
	if (nf < 5 || (strcmp(f[0], "describe") != 0 &&
	    strcmp(f[0], "groupby") != 0))
		return bad_state(d, "no command in the signature");
	m->q.describe = strcmp(f[0], "describe") == 0;
	names = sig_field(f, nf, "names");
	by = sig_field(f, nf, "by");
	list = sig_field(f, nf, m->q.describe ? "stats" : "ops");
	sketch = sig_field(f, nf, "sketch");
	if (names == NULL || by == NULL || list == NULL || sketch == NULL)
		return bad_state(d, "incomplete signature");
	state_split_names(names, &m->names, &m->nnames);
	nkey = strtoul(by, &end, 10);
	e->delta = strtod(sketch, NULL);
	if (*end != '\0' || nkey > m->nnames || !(e->delta > 0))
		return bad_state(d, "bad signature");
	/* the plan resolves columns by number against names "1", "2" ... */
	m->synth = xcalloc(m->nnames + 1, sizeof(*m->synth));
	for (k = 0; k < m->nnames; k++) {
		snprintf(buf, sizeof(buf), "%zu", k + 1);
		m->synth[k] = xstrdup(buf);
		state_text_fmt(k < nkey ? &m->keys : &m->cols, "%s%zu",
		    (k < nkey ? k : k - nkey) ? "," : "", k + 1);
	}
	m->q.keys = m->keys.p;
	if (m->q.describe) {
		if (agg_parse_list(list, &m->spec, &m->q.nspec, &bad,
		    &badlen) != 0)
			return bad_state(d, "unknown statistic");
		for (k = 0; k < m->q.nspec && !m->o->partial; k++)
			approx_name(&m->spec[k]);
		m->q.spec = m->spec;
		/* none: all but the keys, which are none */
		m->q.cols = m->cols.p;
	} else if (plan_groupby_ops(m, list, d) != 0)
		return -1;
	e->req = &m->q;
	if (plan(e, m->synth, m->nnames, d) != 0)
		return bad_state(d, "columns that do not match its signature");
	for (k = 0; k < e->nkey; k++) {
		free(e->keyname[k]);
		e->keyname[k] = xstrdup(m->names[k]);
	}
	for (k = 0; k < e->ncol; k++) {
		free(e->col[k].name);
		e->col[k].name = xstrdup(m->names[e->col[k].col]);
		e->col[k].sketched = e->col[k].want_vals;
		e->col[k].merged = 1;
	}
	e->sig = xstrdup(sig);
	return 0;
}

/* A field of hex or decimal number; empty is 0. */
static int
state_num(const char *s, double *x, struct diag *d)
{
	char *end;

	*x = 0;
	if (*s == '\0' || (s[0] == '0' && s[1] == '\0'))
		return 0;
	*x = state_read_num(s, &end);
	if (*end != '\0')	/* nan and inf are states of data with inf */
		return diag_set(d, STATUS_DATA, "not a statpipe state: \"%s\" "
		    "is not a number", s);
	return 0;
}

/* The sketch field into td (made if need be). */
static int
merge_sketch(struct engine *e, struct cold *c, const char *s, struct diag *d)
{
	struct tdigest b;
	double x, w;
	char *end;
	int rc = 0;

	tdigest_init(&b, e->delta);
	b.min = state_read_num(s, &end);
	b.max = state_read_num(end + (*end == ' '), &end);
	while (*end == ' ') {
		x = state_read_num(end + 1, &end);
		if (*end != ' ')
			break;
		w = strtod(end, &end);
		if (!(w > 0))
			break;
		tdigest_add(&b, x, w);
	}
	if (*end != '\0' || b.n == 0)
		rc = bad_state(d, "a broken sketch");
	else {
		if (c->td == NULL) {
			c->td = xmalloc(sizeof(*c->td));
			tdigest_init(c->td, e->delta);
		}
		tdigest_merge(c->td, &b);
	}
	tdigest_release(&b);
	return rc;
}

static int
kinds_differ(const struct acol *a, struct diag *d)
{
	diag_set(d, STATUS_DATA, "numbers in one state, text in another");
	diag_column(d, a->name);
	return -1;
}

/* Add the parts of one record (its fields from flags on) to group g. */
static int
merge_col(struct engine *e, struct acol *a, size_t g, char *const *f,
    struct diag *d)
{
	double v[15];	/* flags shift x0 r0 missing n sum comp rsum
			   mean m2 m3 m4 min max */
	struct acc *s;
	int flags, shift, k;
	double t;

	for (k = 0; k < 15; k++)
		if (state_num(f[k], &v[k], d) != 0)
			return -1;
	flags = (int)v[0];
	shift = (int)v[1];
	if (flags >> 4 & 1) {
		if (!a->decided) {
			a->decided = 1;
			a->numeric = flags >> 3 & 1;
		} else if (a->numeric != (flags >> 3 & 1)) {
			/* describe: text in one part makes the column text,
			 * as in one process, unless values were asked for */
			if (!a->typed || a->want_texts || a->want_ends)
				return kinds_differ(a, d);
			a->numeric = 0;
		}
	}
	if (a->decided && a->vkind != 0 && a->numeric != (a->vkind == 'n'))
		return kinds_differ(a, d);
	a->seen |= flags & 1;
	a->allnum &= flags >> 1 & 1;
	a->allint &= flags >> 2 & 1;
	cold_of(a, g)->missing += (size_t)v[4];
	s = acc_of(a, g);
	if (v[5] == 0)
		return 0;
	if (!a->numeric) {
		s->n += (size_t)v[5];
		return 0;
	}
	/* one state scaled down (values beyond 2^250 ...): all alike */
	if (shift != a->shift && a->shift == 0)
		scale_down(a);
	if (shift != a->shift && shift != 0)
		return bad_state(d, "a bad scale");
	if (shift != a->shift) {
		for (k = 2; k <= 3; k++)
			v[k] = ldexp(v[k], -a->shift);
		for (k = 6; k <= 9; k++)
			v[k] = ldexp(v[k], -a->shift);
		for (k = 10; k <= 12; k++)
			v[k] = ldexp(v[k], -(k - 8) * a->shift);
	}
	if (!a->origin && (flags >> 5 & 1)) {
		a->origin = 1;
		a->x0 = v[2];
		a->r0 = v[3];
	}
	if (a->want_ext) {
		struct ends *m = &a->ends[g];

		if (s->n == 0 || v[13] < m->min)
			m->min = v[13];
		if (s->n == 0 || v[14] > m->max)
			m->max = v[14];
	}
	/* the compensated sums: one more two-sum */
	t = s->sum + v[6];
	s->comp += v[7] + (fabs(s->sum) >= fabs(v[6]) ? (s->sum - t) + v[6] :
	    (v[6] - t) + s->sum);
	s->sum = t;
	s->rsum += v[8];
	if (a->want_mom) {
		/* the deviations moved to this engine's origin */
		struct agg_moments b = { v[5], v[9] + ((v[2] - a->x0) +
		    (v[3] - a->r0)), v[10], v[11], v[12] };

		agg_moments_merge(&a->mom[g], &b);
	}
	s->n += (size_t)v[5];
	if (a->want_vals)
		return merge_sketch(e, cold_of(a, g), f[15], d);
	return 0;
}

/* One end (first or last) of a values record into x or *text. */
static int
read_end(int numeric, const char *f, double *x, char **text, struct diag *d)
{
	if (numeric)
		return state_num(f, x, d);
	free(*text);
	*text = xstrdup(f);
	state_undo_name(*text);
	return 0;
}

/* The values field of a record: counts, or a HyperLogLog sketch. */
static int
merge_counts(struct acol *a, struct cold *c, int numeric, char *s,
    struct diag *d)
{
	char *end, *q;
	double n, x = 0;

	if (strncmp(s, HLL_PREFIX, sizeof(HLL_PREFIX) - 1) == 0) {
		if (a->want_mode)
			return bad_state(d, "a sketch of distinct values where "
			    "mode needs them all");
		if (c->hll == NULL)
			c->hll = xcalloc(1, sizeof(*c->hll));
		return hll_merge_text(c->hll, s) != 0 ? bad_state(d,
		    "a broken sketch of distinct values") : 0;
	}
	while (*s != '\0') {
		n = strtod(s, &end);
		if (*end != '=' || !(n >= 1 && n <= 0x1p53) || n != floor(n))
			return bad_state(d, "a broken list of values");
		s = end + 1;
		q = s + strcspn(s, " ");
		if (numeric && ((x = state_read_num(s, &end)), end != q))
			return bad_state(d, "a broken list of values");
		if (*q == ' ' && q[1] == '\0')
			return bad_state(d, "a broken list of values");
		if (*q == ' ')
			*q++ = '\0';
		if (numeric)
			vals_add(c, x, NULL, n);
		else {
			vals_add(c, 0, xstrdup(s), n);
			state_undo_name(c->vp[c->nvp - 1].s);
		}
		s = q;
	}
	/* many states: keep the memory near the distinct values' */
	if (c->nvp > 4 * VALS_CAP) {
		vals_compact(c, numeric);
		if (c->nvp > VALS_CAP && !a->want_mode)
			vals_to_hll(c);
	}
	return 0;
}

/*
 * A values record (state_vals_row()) of group g: first from the least
 * part, last from the greatest; the counts added.
 */
static int
merge_vals(struct acol *a, size_t g, char *const *f, struct diag *d)
{
	struct cold *c = cold_of(a, g);
	int numeric = f[4][0] == 'n';
	double fp, lp;

	if ((f[4][0] != 'n' && f[4][0] != 't') || f[4][1] != '\0')
		return bad_state(d, "a values record without its kind");
	if (a->vkind == 0)
		a->vkind = numeric ? 'n' : 't';
	if (a->vkind != f[4][0] || (a->decided && a->numeric != numeric))
		return kinds_differ(a, d);
	acc_of(a, g);	/* its ends */
	if (a->want_ends) {
		if (f[0][0] == '\0' || f[1][0] == '\0' ||
		    state_num(f[0], &fp, d) != 0 ||
		    state_num(f[1], &lp, d) != 0)
			return -1;
		if (!(fp >= 0 && fp <= lp && lp < 0x1p53) || fp != floor(fp) ||
		    lp != floor(lp))
			return bad_state(d, "a bad part index");
		if (fp + 1 == c->fpart || lp + 1 == c->lpart)
			return diag_set(d, STATUS_DATA, "two states of part "
			    "%.0f: first and last need each part once "
			    "(--part-index)", fp + 1 == c->fpart ? fp : lp);
		if (c->fpart == 0 || fp + 1 < c->fpart) {
			if (read_end(numeric, f[2], &a->ends[g].first,
			    &c->ftext, d) != 0)
				return -1;
			c->fpart = fp + 1;
		}
		if (c->lpart == 0 || lp + 1 > c->lpart) {
			if (read_end(numeric, f[3], &a->ends[g].last,
			    &c->ltext, d) != 0)
				return -1;
			c->lpart = lp + 1;
		}
	}
	return a->want_texts ? merge_counts(a, c, numeric, f[15], d) : 0;
}

static int
state_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	(void)ctx;
	(void)names;
	(void)n;
	(void)mode;
	(void)d;
	return 0;	/* states have none: every field text */
}

/* Keep a copy of a record for when a signature has come. */
static int
pend_keep(struct merge *m, const struct frame_row *row)
{
	struct pending *p;
	size_t k;

	m->pend = xgrow(m->pend, &m->pendcap, m->npend + 1, sizeof(*m->pend));
	p = &m->pend[m->npend++];
	p->n = row->n;
	p->field = xmalloc(row->n * sizeof(*p->field));
	p->len = xmalloc(row->n * sizeof(*p->len));
	for (k = 0; k < row->n; k++) {
		p->field[k] = xstrndup(row->field[k], row->len[k]);
		p->len[k] = row->len[k];
	}
	return 0;
}

static void
pend_free(struct merge *m)
{
	size_t i, k;

	for (i = 0; i < m->npend; i++) {
		for (k = 0; k < m->pend[i].n; k++)
			free(m->pend[i].field[k]);
		free(m->pend[i].field);
		free(m->pend[i].len);
	}
	free(m->pend);
	m->pend = NULL;
	m->npend = m->pendcap = 0;
}

static int state_in(struct merge *, const struct frame_row *, struct diag *);

/* A record; the first signature lets the records kept before it in. */
static int
on_state(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct merge *m = ctx;
	int planned = m->planned, rc = state_in(m, row, d);
	size_t i;

	for (i = 0; rc == 0 && !planned && m->planned && i < m->npend; i++) {
		struct frame_row r;

		memset(&r, 0, sizeof(r));
		r.field = m->pend[i].field;
		r.len = m->pend[i].len;
		r.n = m->pend[i].n;
		rc = state_in(m, &r, d);
	}
	if (!planned && m->planned)
		pend_free(m);
	return rc;
}

static int
state_in(struct merge *m, const struct frame_row *row, struct diag *d)
{
	struct engine *e = &m->e;
	char *const *f = row->field;
	size_t nk, k, g;
	double x;
	char *end;

	if (row->n < STATE_NFIELDS)
		return bad_state(d, "too few fields");
	nk = row->n - STATE_NFIELDS;
	if (strcmp(f[nk], STATE_TAG) != 0)
		return strncmp(f[nk], "statpipe-state/", 15) == 0 ?
		    diag_set(d, STATUS_DATA, "a state of version %s; this "
		    "statpipe reads %s", f[nk] + 15, STATE_TAG + 15) :
		    bad_state(d, "no statpipe-state field");
	if (f[nk + 1][0] != '#') {	/* a whole signature: sig, end */
		if (!m->planned) {
			m->planned = 1;
			if ((m->ops = other_ops(m->o, f[nk + 1])) != NULL) {
				if ((m->other = m->ops->open(f[nk + 1], d)) ==
				    NULL)
					return -1;
				e->sig = xstrdup(f[nk + 1]);
			} else if (state_plan(m, f[nk + 1], d) != 0)
				return -1;
			state_fingerprint(e->sig, e->fp);
		} else if (strcmp(f[nk + 1], e->sig) != 0)
			return diag_set(d, STATUS_DATA, "a state of another "
			    "command, columns or options: \"%.80s\", not "
			    "\"%.80s\"", f[nk + 1], e->sig);
	} else if (!m->planned)
		return pend_keep(m, row);
	else if (strcmp(f[nk + 1], e->fp) != 0)
		return diag_set(d, STATUS_DATA, "a state of another command, "
		    "columns or options: signature %s, not %s (%.80s)",
		    f[nk + 1], e->fp, e->sig);
	if (nk != e->nkey)
		return bad_state(d, "keys that do not match its signature");
	if (state_num(f[nk + 8], &x, d) != 0)
		return -1;
	if (strcmp(f[nk + 2], "sig") == 0) {
		e->nstate++;	/* the end counts it */
		return 0;
	}
	if (strcmp(f[nk + 2], "end") == 0) {
		e->nend += (size_t)x;
		e->nends++;
		return 0;
	}
	e->nstate++;
	if (m->ops != NULL)
		return m->ops->add(m->other, f[nk + 2], f + nk + 3, d);
	for (k = 0; k < nk; k++) {
		e->keytext[k] = f[k][0] != '\0' ? f[k] : NULL;
		e->keylen[k] = row->len[k];
	}
	g = group_table_id(e->groups, e->keytext, e->keylen);
	if (f[nk + 2][0] == '\0') {	/* rows only */
		if (e->ncol != 0)
			return bad_state(d, "a record without a column");
		count_row(e, g, (size_t)x);
		return 0;
	}
	k = strtoul(f[nk + 2], &end, 10);
	if ((*end != '\0' && strcmp(end, "v") != 0) || k >= e->ncol)
		return bad_state(d, "a column number out of range");
	if (*end == 'v')
		return merge_vals(&e->col[k], g, f + nk + 3, d);
	return merge_col(e, &e->col[k], g, f + nk + 3, d);
}

int
agg_merge(int nfiles, char **files, const struct frame_opts *in,
    const struct agg_merge_opts *o, struct out_table **tp, struct diag *d)
{
	static const struct frame_scan_fns fns = { state_header, on_state };
	struct frame_opts fo = *in;
	struct merge m;
	size_t k;
	int rc;

	memset(&m, 0, sizeof(m));
	m.o = o;
	m.e.threads = in->threads;
	num_na_init(&m.e.na, NULL);
	fo.no_header = 1;
	fo.keep = NULL;
	rc = frame_scan(nfiles, files, &fo, &fns, &m, d);
	if (rc == 0 && !m.planned)
		rc = m.npend > 0 ? bad_state(d, "records without their "
		    "state's signature") : diag_set(d, STATUS_DATA, "no state "
		    "in the input");
	else if (rc == 0 && !o->partitioned && m.e.nend != m.e.nstate)
		rc = diag_set(d, STATUS_DATA, "a truncated state: %zu "
		    "records, where the states' ends count %zu", m.e.nstate,
		    m.e.nend);
	if (rc == 0 && m.ops != NULL)
		rc = m.ops->result(m.other, o->partial, tp, d);
	else if (rc == 0) {
		group_table_done(m.e.groups);
		m.q.sort = o->sort;
		if (o->partial)
			rc = build_state(&m.e, tp, d);
		else
			*tp = build_table(&m.e);
	}
	engine_release(&m.e);
	for (k = 0; k < m.nnames; k++) {
		free(m.names[k]);
		free(m.synth[k]);
	}
	free(m.names);
	free(m.synth);
	free(m.sig);
	free(m.spec);
	free(m.ask);
	free(m.keys.p);
	free(m.cols.p);
	if (m.ops != NULL)
		m.ops->close(m.other);
	pend_free(&m);
	return rc;
}

int
agg_run(int nfiles, char **files, const struct frame_opts *in,
    const struct agg_request *q, struct out_table **tp, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct engine e;
	int rc = -1;

	if (q->partial && check_partial(q, d) != 0)
		return -1;
	memset(&e, 0, sizeof(e));
	e.req = q;
	e.threads = in->threads;
	e.delta = q->sketch > 0 ? q->sketch : TDIGEST_DELTA;
	num_na_init(&e.na, in->na);
	if (frame_scan(nfiles, files, in, &fns, &e, d) == 0) {
		group_table_done(e.groups);
		rc = 0;
		if (q->partial) {
			e.sig = make_sig(&e);
			rc = build_state(&e, tp, d);
		} else
			*tp = build_table(&e);
	}
	engine_release(&e);
	return rc;
}
