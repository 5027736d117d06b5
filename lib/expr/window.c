/* window: lag, cumulative, rolling and row-number functions by group. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "expr/window.h"

static const struct {
	const char	*name;
	int		 nargs;		/* without the optional parameter */
	int		 param;		/* 0 none, 1 optional, 2 required */
} kinds[] = {
	[WINDOW_LAG] = { "lag", 1, 1 },
	[WINDOW_CUMSUM] = { "cumsum", 1, 0 },
	[WINDOW_CUMMEAN] = { "cummean", 1, 0 },
	[WINDOW_CUMMAX] = { "cummax", 1, 0 },
	[WINDOW_CUMMIN] = { "cummin", 1, 0 },
	[WINDOW_ROW_NUMBER] = { "row_number", 0, 0 },
	[WINDOW_ROLL_MEAN] = { "roll_mean", 1, 2 },
	[WINDOW_ROLL_SUM] = { "roll_sum", 1, 2 },
	[WINDOW_ROLL_SD] = { "roll_sd", 1, 2 },
	[WINDOW_DIFF] = { "diff", 1, 0 },
	[WINDOW_LEAD] = { "lead", 1, 1 },
	[WINDOW_RANK] = { "rank", 1, 0 },
	[WINDOW_DENSE_RANK] = { "dense_rank", 1, 0 },
	[WINDOW_NTILE] = { "ntile", 1, 2 },
};
#define NKINDS	(sizeof(kinds) / sizeof(kinds[0]))

const char window_names[] = "cummax, cummean, cummin, cumsum, dense_rank, "
    "diff, lag, lead, ntile, rank, roll_mean, roll_sd, roll_sum, row_number";

#define PARAM_MAX	1000000	/* the longest lag or window */

int
window_find(const char *name)
{
	size_t k;

	for (k = 0; k < NKINDS; k++)
		if (strcmp(kinds[k].name, name) == 0)
			return (int)k;
	return -1;
}

int
window_deferred(int kind)
{
	return kind >= WINDOW_LEAD;
}

int
window_check(int kind, size_t nargs, int has_param, double param,
    struct diag *d)
{
	const char *name = kinds[kind].name;
	size_t lo = (size_t)kinds[kind].nargs, hi = lo + (kinds[kind].param > 0);

	if (kinds[kind].param == 2)
		lo++;
	if (nargs < lo || nargs > hi) {
		if (lo == hi)
			return diag_set(d, STATUS_USAGE, "%s() takes %zu "
			    "argument%s, not %zu", name, lo, lo == 1 ? "" :
			    "s", nargs);
		return diag_set(d, STATUS_USAGE, "%s() takes %zu to %zu "
		    "arguments, not %zu", name, lo, hi, nargs);
	}
	if (nargs == hi && kinds[kind].param > 0 && (!has_param ||
	    param < 1 || param > PARAM_MAX || param != floor(param)))
		return diag_set(d, STATUS_USAGE, "%s(): the %s must be a whole "
		    "number from 1 to %d", name, kind == WINDOW_LAG ||
		    kind == WINDOW_LEAD ? "offset" : kind == WINDOW_NTILE ?
		    "number of tiles" : "width", PARAM_MAX);
	return 0;
}

/* One call's state: stride doubles per group. */
struct inst {
	int		 kind;
	size_t		 param;		/* the lag or width */
	size_t		 stride;
	double		*st;
	size_t		 ngroups;
	/* functions of whole groups: */
	double		*x;		/* per row of the first pass */
	size_t		*group;
	size_t		 nrow, rowcap;
	double		*result;	/* per row, after window_replay() */
	size_t		 next;		/* the row of the second pass */
	int		 replay;	/* in the second pass */
};

struct window {
	struct inst	*inst;
	size_t		 n;
};

uint32_t
window_add(struct window **wp, int kind, size_t param)
{
	struct window *w = *wp;
	struct inst *in;

	if (w == NULL)
		w = *wp = xcalloc(1, sizeof(*w));
	w->inst = xrealloc(w->inst, (w->n + 1) * sizeof(*w->inst));
	in = &w->inst[w->n];
	memset(in, 0, sizeof(*in));
	in->kind = kind;
	in->param = param ? param : 1;
	switch (kind) {
	case WINDOW_LAG:
	case WINDOW_ROLL_MEAN:
	case WINDOW_ROLL_SUM:
	case WINDOW_ROLL_SD:
		in->stride = in->param + 1;	/* a ring, then the count */
		break;
	default:
		in->stride = 3;		/* value, count, NA seen */
	}
	return (uint32_t)w->n++;
}

size_t
window_count(const struct window *w)
{
	return w != NULL ? w->n : 0;
}

void
window_free(struct window *w)
{
	size_t i;

	if (w == NULL)
		return;
	for (i = 0; i < w->n; i++) {
		free(w->inst[i].st);
		free(w->inst[i].x);
		free(w->inst[i].group);
		free(w->inst[i].result);
	}
	free(w->inst);
	free(w);
}

static void
set(struct expr_val *v, double x)
{
	v->s = NULL;
	v->t = isnan(x) ? EXPR_NA : EXPR_NUM;
	v->x = x;
}

/* The trailing window of a ring: NA until full, or with an NA in it. */
static double
roll(int kind, const double *ring, size_t w)
{
	double sum = 0, mean, ss = 0;
	size_t i;

	for (i = 0; i < w; i++)
		sum += ring[i];
	if (kind == WINDOW_ROLL_SUM)
		return sum;
	mean = sum / (double)w;
	if (kind == WINDOW_ROLL_MEAN)
		return mean;
	if (w < 2)
		return NAN;
	for (i = 0; i < w; i++)
		ss += (ring[i] - mean) * (ring[i] - mean);
	return sqrt(ss / (double)(w - 1));
}

void
window_step(struct window *w, uint32_t i, size_t group, struct expr_val *x)
{
	struct inst *in = &w->inst[i];
	double *s, v = x->t == EXPR_NA ? NAN : x->x, r = NAN;
	size_t k, p = in->param;

	if (window_deferred(in->kind)) {
		if (in->replay) {
			set(x, in->next < in->nrow ? in->result[in->next++] :
			    NAN);
			return;
		}
		if (in->nrow == in->rowcap) {
			size_t cap = in->rowcap;

			in->x = xgrow(in->x, &cap, in->nrow + 1,
			    sizeof(*in->x));
			in->group = xgrow(in->group, &in->rowcap, in->nrow + 1,
			    sizeof(*in->group));
		}
		in->x[in->nrow] = v;
		in->group[in->nrow++] = group;
		set(x, NAN);
		return;
	}
	if (group >= in->ngroups) {
		size_t n = in->ngroups;

		in->st = xgrow(in->st, &in->ngroups, group + 1,
		    in->stride * sizeof(*in->st));
		memset(in->st + n * in->stride, 0, (in->ngroups - n) *
		    in->stride * sizeof(*in->st));
	}
	s = in->st + group * in->stride;
	switch (in->kind) {
	case WINDOW_LAG:
	case WINDOW_ROLL_MEAN:
	case WINDOW_ROLL_SUM:
	case WINDOW_ROLL_SD:
		k = (size_t)s[p];	/* rows seen */
		if (in->kind == WINDOW_LAG)
			r = k >= p ? s[k % p] : NAN;
		s[k % p] = v;
		s[p] = (double)(k + 1);
		if (in->kind != WINDOW_LAG)
			r = k + 1 >= p ? roll(in->kind, s, p) : NAN;
		set(x, r);
		return;
	case WINDOW_ROW_NUMBER:
		s[1]++;
		set(x, s[1]);
		return;
	case WINDOW_DIFF:
		r = s[1] > 0 ? v - s[0] : NAN;
		s[0] = v;
		s[1] = 1;
		set(x, r);
		return;
	default:
		break;
	}
	/* cumulative: NA from the first NA on, as R */
	if (s[2] != 0 || isnan(v)) {
		s[2] = 1;
		set(x, NAN);
		return;
	}
	s[1]++;
	switch (in->kind) {
	case WINDOW_CUMSUM:
	case WINDOW_CUMMEAN:
		s[0] += v;
		set(x, in->kind == WINDOW_CUMSUM ? s[0] : s[0] / s[1]);
		return;
	case WINDOW_CUMMAX:
		s[0] = s[1] == 1 || v > s[0] ? v : s[0];
		break;
	default:
		s[0] = s[1] == 1 || v < s[0] ? v : s[0];
	}
	set(x, s[0]);
}

/* Sort row indexes by their values (NaN never comes here). */
static const double *sort_x;

static int
by_value(const void *a, const void *b)
{
	double x = sort_x[*(const size_t *)a], y = sort_x[*(const size_t *)b];

	return (x > y) - (x < y);
}

/*
 * One group's results: rows[0..n) are its rows in input order.  rank is
 * R's min rank (dplyr's min_rank), dense_rank counts distinct values,
 * ntile is dplyr's (the first len %% k tiles one row larger); NA stays NA.
 */
static void
group_results(const struct inst *in, const size_t *rows, size_t n,
    size_t *tmp)
{
	const double *x = in->x;
	double *res = in->result;
	size_t i, m = 0, dense = 0, k = in->param;

	if (in->kind == WINDOW_LEAD) {
		for (i = 0; i < n; i++)
			res[rows[i]] = i + k < n ? x[rows[i + k]] : NAN;
		return;
	}
	for (i = 0; i < n; i++)
		if (!isnan(x[rows[i]]))
			tmp[m++] = rows[i];
		else
			res[rows[i]] = NAN;
	sort_x = x;
	qsort(tmp, m, sizeof(*tmp), by_value);
	for (i = 0; i < m; i++) {
		size_t r = i;	/* the min rank: the first of its ties */

		if (i > 0 && x[tmp[i]] == x[tmp[i - 1]])
			r = (size_t)res[tmp[i - 1]] - 1;
		else
			dense++;
		res[tmp[i]] = in->kind == WINDOW_DENSE_RANK ? (double)dense :
		    (double)(r + 1);
	}
	if (in->kind == WINDOW_NTILE && m > 0) {
		size_t larger = m % k, lsize = (m + k - 1) / k, ssize = m / k;
		size_t thresh = lsize * larger;

		for (i = 0; i < m; i++) {
			size_t r = (size_t)res[tmp[i]];

			res[tmp[i]] = r <= thresh ? (double)((r + lsize - 1) /
			    lsize) : (double)((r - thresh + ssize - 1) / ssize +
			    larger);
		}
	}
}

void
window_replay(struct window *w)
{
	size_t i, r, g, ng;

	for (i = 0; w != NULL && i < w->n; i++) {
		struct inst *in = &w->inst[i];
		size_t *start, *rows, *tmp;

		if (!window_deferred(in->kind)) {
			/* the streaming functions start again */
			free(in->st);
			in->st = NULL;
			in->ngroups = 0;
			continue;
		}
		/* the rows of each group, in order: a counting sort */
		for (ng = 0, r = 0; r < in->nrow; r++)
			if (in->group[r] + 1 > ng)
				ng = in->group[r] + 1;
		start = xcalloc(ng + 1, sizeof(*start));
		rows = xcalloc(in->nrow + 1, sizeof(*rows));
		tmp = xcalloc(in->nrow + 1, sizeof(*tmp));
		for (r = 0; r < in->nrow; r++)
			start[in->group[r] + 1]++;
		for (g = 0; g < ng; g++)
			start[g + 1] += start[g];
		for (r = 0; r < in->nrow; r++)
			rows[start[in->group[r]]++] = r;
		in->result = xcalloc(in->nrow + 1, sizeof(*in->result));
		for (g = 0; g < ng; g++) {
			size_t b = g > 0 ? start[g - 1] : 0;

			group_results(in, rows + b, start[g] - b, tmp);
		}
		free(start);
		free(rows);
		free(tmp);
		in->next = 0;
		in->replay = 1;
	}
}
