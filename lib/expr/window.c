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
};
#define NKINDS	(sizeof(kinds) / sizeof(kinds[0]))

const char window_names[] = "cummax, cummean, cummin, cumsum, diff, lag, "
    "roll_mean, roll_sd, roll_sum, row_number";

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
		    "number from 1 to %d", name, kind == WINDOW_LAG ? "lag" :
		    "width", PARAM_MAX);
	return 0;
}

/* One call's state: stride doubles per group. */
struct inst {
	int		 kind;
	size_t		 param;		/* the lag or width */
	size_t		 stride;
	double		*st;
	size_t		 ngroups;
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

void
window_free(struct window *w)
{
	size_t i;

	if (w == NULL)
		return;
	for (i = 0; i < w->n; i++)
		free(w->inst[i].st);
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
