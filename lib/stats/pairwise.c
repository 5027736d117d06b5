/* pairwise: every pair of groups compared, p-values adjusted together. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/levels.h"
#include "io/out.h"
#include "stats/htest.h"
#include "stats/pairwise.h"
#include "stats/prop.h"
#include "stats/rank.h"
#include "stats/tukey.h"

static const char *const test_names[] = {
	"t", "wilcox", "prop", "dunn", "games-howell"
};

int
pairwise_parse_test(const char *s, enum pairwise_test *t)
{
	size_t i;

	for (i = 0; i < sizeof(test_names) / sizeof(test_names[0]); i++)
		if (strcmp(s, test_names[i]) == 0) {
			*t = (enum pairwise_test)i;
			return 0;
		}
	return -1;
}

void
pairwise_pair(size_t r, size_t k, size_t *a, size_t *b)
{
	for (*a = 0; r >= k - 1 - *a; (*a)++)
		r -= k - 1 - *a;
	*b = *a + 1 + r;
}

/* Per group: its values together (off[j] .. off[j+1]), mean and var. */
struct groups {
	double	*v, *mean, *var, *num;
	size_t	*off;
};

static void
groups_of(const double *x, const size_t *g, size_t n, size_t k,
    struct groups *s)
{
	size_t *fill = xcalloc(k + 1, sizeof(*fill)), i, j;
	double m, ss;

	s->v = xmalloc((n ? n : 1) * sizeof(*s->v));
	s->off = xcalloc(k + 1, sizeof(*s->off));
	s->mean = xmalloc(k * sizeof(*s->mean));
	s->var = xmalloc(k * sizeof(*s->var));
	s->num = xmalloc(k * sizeof(*s->num));
	for (i = 0; i < n; i++)
		s->off[g[i] + 1]++;
	for (j = 0; j < k; j++)
		s->off[j + 1] += s->off[j];
	for (i = 0; i < n; i++)
		s->v[s->off[g[i]] + fill[g[i]]++] = x[i];
	for (j = 0; j < k; j++) {
		s->num[j] = (double)(s->off[j + 1] - s->off[j]);
		for (m = 0, i = s->off[j]; i < s->off[j + 1]; i++)
			m += s->v[i];
		m /= s->num[j];
		for (ss = 0, i = s->off[j]; i < s->off[j + 1]; i++)
			ss += (s->v[i] - m) * (s->v[i] - m);
		s->mean[j] = m;
		s->var[j] = ss / (s->num[j] - 1);
	}
	free(fill);
}

static void
groups_free(struct groups *s)
{
	free(s->v);
	free(s->off);
	free(s->mean);
	free(s->var);
	free(s->num);
}

/* A one-sided or two-sided p of a t statistic on df, as pairwise.t.test. */
static double
t_p(double t, double df, enum alt alt)
{
	return alt == ALT_LESS ? gsl_cdf_tdist_P(t, df) :
	    alt == ALT_GREATER ? gsl_cdf_tdist_Q(t, df) :
	    2 * gsl_cdf_tdist_Q(fabs(t), df);
}

int
pairwise_tests(const double *x, const size_t *g, size_t n, size_t k,
    const struct pairwise_opts *o, double *est, double *stat, double *p,
    double *adj, struct diag *d)
{
	struct htest_opts ho = HTEST_OPTS_INIT;
	struct prop_opts po = PROP_OPTS_INIT;
	struct htest_result hr;
	struct prop_result pr;
	struct groups s;
	size_t r, a, b, np = k * (k - 1) / 2, dfs = 0;
	double s2 = 0, tie = 0, *rk = NULL, *mr = NULL, va, vb, df, xs[2], ns[2];

	if (k < 2)
		return diag_set(d, STATUS_DATA, "%zu group%s: pairs need at "
		    "least 2", k, k == 1 ? "" : "s");
	groups_of(x, g, n, k, &s);
	if (o->paired)
		for (a = 1; a < k; a++)
			if (s.num[a] != s.num[0]) {
				diag_set(d, STATUS_DATA, "paired groups of "
				    "unequal sizes (%g and %g)", s.num[0],
				    s.num[a]);
				groups_free(&s);
				return -1;
			}
	for (a = 0; a < k; a++)	/* the pooled variance of all groups */
		if (s.num[a] > 1) {
			s2 += s.var[a] * (s.num[a] - 1);
			dfs += (size_t)s.num[a] - 1;
		}
	s2 /= (double)dfs;
	if (o->test == PAIRWISE_DUNN) {
		rk = xmalloc(n * sizeof(*rk));
		mr = xcalloc(k, sizeof(*mr));
		tie = rank_average(s.v, n, rk) / (12.0 * (n - 1));
		for (a = 0; a < k; a++) {
			for (r = s.off[a]; r < s.off[a + 1]; r++)
				mr[a] += rk[r];
			mr[a] /= s.num[a];
		}
	}
	ho.test = o->test == PAIRWISE_WILCOX ? HTEST_RANK : HTEST_T;
	ho.alt = o->alt;
	ho.paired = o->paired;
	ho.correct = o->correct;
	po.correct = o->correct;
	for (r = 0; r < np; r++) {
		pairwise_pair(r, k, &a, &b);
		va = s.var[a] / s.num[a];
		vb = s.var[b] / s.num[b];
		switch (o->test) {
		case PAIRWISE_T:
			if (!o->pool_sd || o->paired) {
				htest_test(&ho, s.v + s.off[b], (size_t)s.num[b],
				    s.v + s.off[a], (size_t)s.num[a], &hr);
				est[r] = hr.estimate;
				stat[r] = hr.statistic;
				p[r] = hr.p_value;
				break;
			}
			est[r] = s.mean[b] - s.mean[a];
			stat[r] = est[r] / sqrt(s2 * (1 / s.num[a] +
			    1 / s.num[b]));
			p[r] = t_p(stat[r], (double)dfs, o->alt);
			break;
		case PAIRWISE_WILCOX:
			htest_test(&ho, s.v + s.off[b], (size_t)s.num[b],
			    s.v + s.off[a], (size_t)s.num[a], &hr);
			est[r] = hr.estimate;
			stat[r] = hr.statistic;
			p[r] = hr.p_value;
			break;
		case PAIRWISE_PROP:
			xs[0] = s.mean[b] * s.num[b];
			xs[1] = s.mean[a] * s.num[a];
			ns[0] = s.num[b];
			ns[1] = s.num[a];
			xs[0] = round(xs[0]);
			xs[1] = round(xs[1]);
			if (prop_test(xs, ns, 2, &po, &pr, d) != 0) {
				groups_free(&s);
				return -1;
			}
			est[r] = pr.estimate;
			stat[r] = pr.statistic;
			p[r] = pr.p_value;
			break;
		case PAIRWISE_DUNN:
			est[r] = mr[b] - mr[a];
			stat[r] = est[r] / sqrt((n * (n + 1.0) / 12 - tie) *
			    (1 / s.num[a] + 1 / s.num[b]));
			p[r] = 2 * gsl_cdf_ugaussian_Q(fabs(stat[r]));
			break;
		case PAIRWISE_GAMES_HOWELL:
			est[r] = s.mean[b] - s.mean[a];
			stat[r] = est[r] / sqrt(va + vb);
			df = (va + vb) * (va + vb) / (va * va / (s.num[a] - 1) +
			    vb * vb / (s.num[b] - 1));
			p[r] = tukey_cdf_upper(fabs(stat[r]) * M_SQRT2,
			    (double)k, df);
			break;
		}
	}
	if (o->test == PAIRWISE_GAMES_HOWELL)
		memcpy(adj, p, np * sizeof(*adj));
	else
		padjust(p, np, o->adjust, adj);
	groups_free(&s);
	free(rk);
	free(mr);
	return 0;
}

int
pairwise_frame(struct frame *f, const struct pairwise_spec *sp,
    const struct pairwise_opts *o, struct out_table **tp, struct diag *d)
{
	struct levels lv;
	struct out_table *t;
	size_t i, n = 0, left = 0, np, r, a, b, *g;
	double *x, *res;
	const char *s;
	int rc;

	if (sp->success == NULL && frame_numeric(f, sp->y, d) != 0)
		return -1;
	if (levels_of(f, sp->g, sp->levels, &lv, d) != 0)
		return -1;
	x = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*x));
	g = xmalloc((f->nrows ? f->nrows : 1) * sizeof(*g));
	for (i = 0; i < f->nrows; i++) {
		s = sp->success ? frame_text(f, sp->y, i) : NULL;
		x[n] = sp->success ? (s ? strcmp(s, sp->success) == 0 : NAN) :
		    f->col[sp->y].num[i];
		if (isnan(x[n]) || lv.of_row[i] == LEVELS_NONE) {
			left += isnan(x[n]) || frame_text(f, sp->g, i) == NULL;
			continue;
		}
		g[n++] = lv.of_row[i];
	}
	np = lv.n * (lv.n - 1) / 2;
	res = xmalloc((np ? 4 * np : 1) * sizeof(*res));
	rc = 0;
	for (a = 0; a < lv.n && rc == 0; a++) {
		for (i = 0; i < n && g[i] != a; i++)
			;
		if (i == n) {
			diag_set(d, STATUS_DATA, "level \"%s\" has no values",
			    levels_name(f, sp->g, &lv, a));
			diag_column(d, f->col[sp->y].name);
			rc = -1;
		}
	}
	if (rc == 0 && (rc = pairwise_tests(x, g, n, lv.n, o, res, res + np,
	    res + 2 * np, res + 3 * np, d)) != 0)
		diag_column(d, f->col[sp->g].name);
	if (rc == 0) {
		if (left)
			diag_warn("%zu row%s with a missing value left out",
			    left, left == 1 ? "" : "s");
		t = out_new();
		out_column(t, "group1");
		out_column(t, "group2");
		out_column(t, "estimate");
		out_column(t, "statistic");
		out_column(t, "p_value");
		out_column(t, "p_adj");
		for (r = 0; r < np; r++) {
			pairwise_pair(r, lv.n, &a, &b);
			out_row(t);
			out_text(t, r, 0, levels_name(f, sp->g, &lv, a));
			out_text(t, r, 1, levels_name(f, sp->g, &lv, b));
			for (i = 0; i < 4; i++)
				out_num(t, r, 2 + i, res[i * np + r]);
		}
		*tp = t;
	}
	free(x);
	free(g);
	free(res);
	levels_free(&lv);
	return rc;
}
