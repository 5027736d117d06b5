/*
 * kmeans: Hartigan-Wong (after AS 136 as R ships it, src/library/stats/
 * src/kmns.f), Lloyd and MacQueen (as R's kmeans_Lloyd and
 * kmeans_MacQueen), k-means++ starts, totals, silhouettes.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "core/par.h"

#include "learn/kmeans.h"
#include "learn/lmodel.h"
#include "learn/rng.h"
#include "wrangle/spool.h"
#include "linalg/numtab.h"
#include "core/diag.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/json.h"
#include "io/out.h"
#include "io/rows.h"
#include "model/modelfile.h"

#define PAR_MIN	20000	/* rows below which one thread is quicker */

/* AS 136's BIG: the single-precision 1.E30 of kmns.f, widened */
#define HW_BIG	((double)1.0e30f)

static const char *const alg_name[] = { "hartigan-wong", "lloyd",
	"macqueen" };

int
kmeans_parse_alg(const char *s, enum kmeans_alg *a)
{
	if (strcmp(s, "hartigan-wong") == 0)
		*a = KMEANS_HARTIGAN_WONG;
	else if (strcmp(s, "lloyd") == 0 || strcmp(s, "forgy") == 0)
		*a = KMEANS_LLOYD;
	else if (strcmp(s, "macqueen") == 0)
		*a = KMEANS_MACQUEEN;
	else
		return -1;
	return 0;
}

/* ---- the three algorithms, on row-major x and centres c (k x p) ---- */

/*
 * A row's clusters while running are 16 bits (k <= KMEANS_K_MAX): of the
 * state a row needs (as R: IC1, IC2, D), 4 bytes less than two ints.
 */
#define CL_NONE	UINT16_MAX	/* no cluster yet */

struct run {
	const double	*x;
	size_t		 n, p, k;
	double		*c;
	uint16_t	*cl;		/* 0-based cluster per row */
	uint16_t	*cl2;		/* Hartigan-Wong: second closest */
	double		*d;		/* Hartigan-Wong: n of scratch */
	int		*updated;	/* per chunk of rows */
};

/*
 * The squared distance, summed in column order.  AS 136 and R stop a sum
 * early once it passes a bound; the full sum is never smaller than a
 * partial one (every term >= 0), so comparing it with the bound decides
 * the same, and a loop without that branch is quicker.  Few columns are
 * written out, in the same order, for the compiler.
 */
static inline double
dist2(const double *a, const double *b, size_t p)
{
	double s = 0, t;
	size_t j;

	if (p == 2)
		return (a[0] - b[0]) * (a[0] - b[0]) +
		    (a[1] - b[1]) * (a[1] - b[1]);
	if (p == 3)
		return (a[0] - b[0]) * (a[0] - b[0]) +
		    (a[1] - b[1]) * (a[1] - b[1]) +
		    (a[2] - b[2]) * (a[2] - b[2]);
	for (j = 0; j < p; j++) {
		t = a[j] - b[j];
		s += t * t;
	}
	return s;
}

/* The nearest of the k centres (the first of equals) to row x. */
static int
nearest(const double *x, const double *c, size_t k, size_t p, double *d2)
{
	double best = INFINITY;
	size_t l;
	int at = 0;

	for (l = 0; l < k; l++) {
		double dd = dist2(x, c + l * p, p);

		if (dd < best) {
			best = dd;
			at = (int)l;
		}
	}
	*d2 = best;
	return at;
}

int
kmeans_nearest(const double *x, const double *c, size_t k, size_t p,
    double *d2)
{
	return nearest(x, c, k, p, d2);
}

/* Lloyd's and MacQueen's assignment: the first nearest centre (strict <) */
static void
nearest_part(void *arg, size_t part, size_t lo, size_t hi)
{
	struct run *r = arg;
	size_t i;

	for (i = lo; i < hi; i++) {
		double dd;
		int inew = nearest(r->x + i * r->p, r->c, r->k, r->p, &dd);

		if (r->cl[i] != inew) {
			r->updated[part] = 1;
			r->cl[i] = (uint16_t)inew;
		}
	}
}

static int
assign_nearest(struct run *r, int threads)
{
	size_t c, nc = par_chunks(threads, r->n, PAR_MIN);
	int any = 0;

	r->updated = xcalloc(nc, sizeof(*r->updated));
	par_split(nc, r->n, nearest_part, r);
	for (c = 0; c < nc; c++)
		any |= r->updated[c];
	free(r->updated);
	r->updated = NULL;
	return any;
}

/* centres as the means of their rows; nc gets the sizes */
static void
centroids(struct run *r, size_t *nc)
{
	size_t i, j, l, p = r->p;

	memset(r->c, 0, r->k * p * sizeof(*r->c));
	memset(nc, 0, r->k * sizeof(*nc));
	for (i = 0; i < r->n; i++) {
		l = (size_t)r->cl[i];
		nc[l]++;
		for (j = 0; j < p; j++)
			r->c[l * p + j] += r->x[i * p + j];
	}
	for (l = 0; l < r->k; l++)
		for (j = 0; j < p; j++)
			r->c[l * p + j] /= (double)nc[l];
}

/* within sums of squares, rows outer (R's C code) */
static void
wss_rows(const struct run *r, double *wss)
{
	size_t i, l;

	for (l = 0; l < r->k; l++)
		wss[l] = 0;
	for (i = 0; i < r->n; i++) {
		const double *xi = r->x + i * r->p, *ci = r->c +
		    (size_t)r->cl[i] * r->p;
		size_t j;

		for (j = 0; j < r->p; j++) {
			double t = xi[j] - ci[j];

			wss[r->cl[i]] += t * t;
		}
	}
}

/* Returns the iterations; *conv whether it converged. */
static int
lloyd(struct run *r, size_t *nc, double *wss, int iter_max, int threads,
    int *conv)
{
	int iter;

	for (size_t i = 0; i < r->n; i++)
		r->cl[i] = CL_NONE;
	*conv = 0;
	for (iter = 0; iter < iter_max; iter++) {
		if (!assign_nearest(r, threads)) {
			*conv = 1;
			break;
		}
		centroids(r, nc);
	}
	wss_rows(r, wss);
	return iter + 1;
}

static int
macqueen(struct run *r, size_t *nc, double *wss, int iter_max, int threads,
    int *conv)
{
	size_t i, j, p = r->p;
	int iter;

	for (i = 0; i < r->n; i++)
		r->cl[i] = CL_NONE;
	assign_nearest(r, threads);
	centroids(r, nc);
	*conv = 0;
	for (iter = 0; iter < iter_max; iter++) {
		int updated = 0;

		for (i = 0; i < r->n; i++) {
			const double *xi = r->x + i * p;
			double dd;
			size_t iold = (size_t)r->cl[i], inew = (size_t)nearest(xi,
			    r->c, r->k, p, &dd);

			if (iold == inew)
				continue;
			updated = 1;
			r->cl[i] = (uint16_t)inew;
			nc[iold]--;
			nc[inew]++;
			for (j = 0; j < p; j++) {
				double *co = &r->c[iold * p + j],
				    *cn = &r->c[inew * p + j];

				*co += (*co - xi[j]) / (double)nc[iold];
				*cn += (xi[j] - *cn) / (double)nc[inew];
			}
		}
		if (!updated) {
			*conv = 1;
			break;
		}
	}
	wss_rows(r, wss);
	return iter + 1;
}

/* Hartigan-Wong's first step: each row's two closest centres */
static void
two_closest_part(void *arg, size_t part, size_t lo, size_t hi)
{
	struct run *r = arg;
	size_t i, l, p = r->p;

	(void)part;
	for (i = lo; i < hi; i++) {
		const double *xi = r->x + i * p;
		double dt1 = dist2(xi, r->c, p), dt2 = dist2(xi, r->c + p, p);
		int ic1 = 0, ic2 = 1;

		if (dt1 > dt2) {
			double t = dt1;

			dt1 = dt2;
			dt2 = t;
			ic1 = 1;
			ic2 = 0;
		}
		for (l = 2; l < r->k; l++) {
			double db = dist2(xi, r->c + l * p, p);

			if (db >= dt2)
				continue;
			if (db >= dt1) {
				dt2 = db;
				ic2 = (int)l;
			} else {
				dt2 = dt1;
				ic2 = ic1;
				dt1 = db;
				ic1 = (int)l;
			}
		}
		r->cl[i] = (uint16_t)ic1;
		r->cl2[i] = (uint16_t)ic2;
	}
}

/* AS 136's state between its stages (arrays of k, d of n) */
struct hw {
	struct run	*r;
	size_t		*nc;
	double		*an1, *an2, *d;
	double		*inv2;		/* 1 / an2, for below_quot() */
	long		*ncp, *live;
	int		*itran;
	long		 indx;
};

/*
 * Whether dd < num / den as divided (num, dd >= 0, den > 0, inv = 1 / den):
 * num * inv is within 3 units of the last place of the quotient, so
 * only a dd that close to it needs the division, which is slow.
 */
static inline int
below_quot(double dd, double num, double den, double inv)
{
	double q = num * inv;

	if (dd < q * (1 - 1e-14))
		return 1;
	if (dd > q * (1 + 1e-14))
		return 0;
	return dd < num / den;
}

/* move row i (1-based) from l1 to l2: AS 136's common update */
static void
hw_move(struct hw *h, size_t i, int l1, int l2)
{
	struct run *r = h->r;
	const double *xi = r->x + (i - 1) * r->p;
	double al1 = (double)h->nc[l1], alw = al1 - 1,
	    al2 = (double)h->nc[l2], alt = al2 + 1;
	size_t j;

	for (j = 0; j < r->p; j++) {
		double *c1 = &r->c[(size_t)l1 * r->p + j],
		    *c2 = &r->c[(size_t)l2 * r->p + j];

		*c1 = (*c1 * al1 - xi[j]) / alw;
		*c2 = (*c2 * al2 + xi[j]) / alt;
	}
	h->nc[l1]--;
	h->nc[l2]++;
	h->an2[l1] = alw / al1;
	h->an1[l1] = alw > 1 ? alw / (alw - 1) : HW_BIG;
	h->an1[l2] = alt / al2;
	h->an2[l2] = alt / (alt + 1);
	h->inv2[l1] = 1 / h->an2[l1];
	h->inv2[l2] = 1 / h->an2[l2];
	r->cl[i - 1] = (uint16_t)l2;
	r->cl2[i - 1] = (uint16_t)l1;
}

/* AS 136.1, the optimal-transfer stage */
static void
hw_optra(struct hw *h)
{
	struct run *r = h->r;
	long m = (long)r->n;
	size_t p = r->p, l, k = r->k;
	long i;

	for (l = 0; l < k; l++)
		if (h->itran[l] == 1)
			h->live[l] = m + 1;
	for (i = 1; i <= m; i++) {
		const double *xi = r->x + (size_t)(i - 1) * p;
		int l1 = r->cl[i - 1], l2 = r->cl2[i - 1], ll = l2;
		double r2;

		h->indx++;
		if (h->nc[l1] != 1) {
			if (h->ncp[l1] != 0)
				h->d[i - 1] = dist2(xi, r->c + (size_t)l1 * p,
				    p) * h->an1[l1];
			r2 = dist2(xi, r->c + (size_t)l2 * p, p) * h->an2[l2];
			for (l = 0; l < k; l++) {
				double dc;

				if ((i >= h->live[l1] && i >= h->live[l]) ||
				    (int)l == l1 || (int)l == ll)
					continue;
				/* AS 136: dc >= r2 / an2(l): not nearer */
				dc = dist2(xi, r->c + l * p, p);
				if (!below_quot(dc, r2, h->an2[l], h->inv2[l]))
					continue;
				r2 = dc * h->an2[l];
				l2 = (int)l;
			}
			if (r2 >= h->d[i - 1])
				r->cl2[i - 1] = (uint16_t)l2;
			else {
				h->indx = 0;
				h->live[l1] = m + i;
				h->live[l2] = m + i;
				h->ncp[l1] = i;
				h->ncp[l2] = i;
				hw_move(h, (size_t)i, l1, l2);
			}
		}
		if (h->indx == m)
			return;
	}
	for (l = 0; l < k; l++) {
		h->itran[l] = 0;
		h->live[l] -= m;
	}
}

/* AS 136.2, the quick-transfer stage; -1 when it took too many steps */
static int
hw_qtran(struct hw *h, long max_steps)
{
	struct run *r = h->r;
	long m = (long)r->n, icoun = 0, istep = 0, i;
	size_t p = r->p;

	for (;;) {
		for (i = 1; i <= m; i++) {
			const double *xi = r->x + (size_t)(i - 1) * p;
			int l1 = r->cl[i - 1], l2 = r->cl2[i - 1];

			icoun++;
			if (++istep >= max_steps)
				return -1;
			if (h->nc[l1] != 1) {
				if (istep <= h->ncp[l1])
					h->d[i - 1] = dist2(xi, r->c +
					    (size_t)l1 * p, p) * h->an1[l1];
				if (istep < h->ncp[l1] || istep < h->ncp[l2]) {
					double dd = dist2(xi, r->c +
					    (size_t)l2 * p, p);

					if (below_quot(dd, h->d[i - 1],
					    h->an2[l2], h->inv2[l2])) {
						icoun = 0;
						h->indx = 0;
						h->itran[l1] = 1;
						h->itran[l2] = 1;
						h->ncp[l1] = istep + m;
						h->ncp[l2] = istep + m;
						hw_move(h, (size_t)i, l1, l2);
					}
				}
			}
			if (icoun == m)
				return 0;
		}
	}
}

/*
 * Returns the iterations, *conv whether it converged; 0 with an empty
 * cluster after the first assignment (R's ifault 1).
 */
static int
hartigan_wong(struct run *r, size_t *nc, double *wss, int iter_max,
    int threads, int *conv, int *qtran_exceeded)
{
	struct hw h;
	size_t k = r->k, p = r->p, l, i, j;
	long m = (long)r->n;
	int ij;

	*conv = 0;
	*qtran_exceeded = 0;
	par_split(par_chunks(threads, r->n, PAR_MIN), r->n, two_closest_part,
	    r);
	memset(r->c, 0, k * p * sizeof(*r->c));
	memset(nc, 0, k * sizeof(*nc));
	for (i = 0; i < r->n; i++) {
		l = (size_t)r->cl[i];
		nc[l]++;
		for (j = 0; j < p; j++)
			r->c[l * p + j] += r->x[i * p + j];
	}
	for (l = 0; l < k; l++)
		if (nc[l] == 0)
			return 0;
	h.r = r;
	h.nc = nc;
	h.an1 = xmalloc(k * sizeof(*h.an1));
	h.an2 = xmalloc(k * sizeof(*h.an2));
	h.inv2 = xmalloc(k * sizeof(*h.inv2));
	h.ncp = xmalloc(k * sizeof(*h.ncp));
	h.live = xcalloc(k, sizeof(*h.live));
	h.itran = xmalloc(k * sizeof(*h.itran));
	h.d = r->d;
	memset(h.d, 0, r->n * sizeof(*h.d));
	for (l = 0; l < k; l++) {
		double aa = (double)nc[l];

		for (j = 0; j < p; j++)
			r->c[l * p + j] /= aa;
		h.an2[l] = aa / (aa + 1);
		h.inv2[l] = 1 / h.an2[l];
		h.an1[l] = aa > 1 ? aa / (aa - 1) : HW_BIG;
		h.itran[l] = 1;
		h.ncp[l] = -1;
	}
	h.indx = 0;
	for (ij = 1; ij <= iter_max; ij++) {
		hw_optra(&h);
		if (h.indx == m) {
			*conv = 1;
			break;
		}
		/* R's limit on the quick-transfer steps: 50 m */
		if (hw_qtran(&h, 50 * m) != 0) {
			*qtran_exceeded = 1;
			break;
		}
		if (k == 2) {
			*conv = 1;
			break;
		}
		for (l = 0; l < k; l++)
			h.ncp[l] = 0;
	}
	if (ij > iter_max)
		ij = iter_max + 1;	/* R's ITER after the loop */
	/* the centres and sums again from the final assignment */
	memset(r->c, 0, k * p * sizeof(*r->c));
	for (i = 0; i < r->n; i++)
		for (j = 0; j < p; j++)
			r->c[(size_t)r->cl[i] * p + j] += r->x[i * p + j];
	for (l = 0; l < k; l++)
		wss[l] = 0;
	for (j = 0; j < p; j++) {
		for (l = 0; l < k; l++)
			r->c[l * p + j] /= (double)nc[l];
		for (i = 0; i < r->n; i++) {
			double da = r->x[i * p + j] -
			    r->c[(size_t)r->cl[i] * p + j];

			wss[r->cl[i]] += da * da;
		}
	}
	free(h.an1);
	free(h.an2);
	free(h.inv2);
	free(h.ncp);
	free(h.live);
	free(h.itran);
	return ij;
}

/* ---- starts ---- */

#define SEED_BLOCK	4096	/* rows summed together while seeding */

struct seed_ctx {
	const double	*x;
	size_t		 n, p;
	const double	*c;		/* the newest centre */
	double		*d2;		/* nearest squared distance so far */
	double		*bsum;		/* per block of SEED_BLOCK rows */
};

/* blocks [lo, hi): d2 against the newest centre, and the blocks' sums */
static void
seed_part(void *arg, size_t part, size_t lo, size_t hi)
{
	struct seed_ctx *s = arg;
	size_t b, i;

	(void)part;
	for (b = lo; b < hi; b++) {
		size_t end = (b + 1) * SEED_BLOCK < s->n ? (b + 1) *
		    SEED_BLOCK : s->n;
		double sum = 0;

		for (i = b * SEED_BLOCK; i < end; i++) {
			double dd = dist2(s->x + i * s->p, s->c, s->p);

			if (dd < s->d2[i])
				s->d2[i] = dd;
			sum += s->d2[i];
		}
		s->bsum[b] = sum;
	}
}

/*
 * k-means++: the first centre a random row, each next one a row drawn
 * with probability proportional to its squared distance to the nearest
 * centre so far.  Sums by fixed blocks, so the draws do not depend on
 * the threads.  -1 when fewer than k rows are distinct.
 */
static int
seed_pp(const double *x, size_t n, size_t p, size_t k, struct rng *rng,
    int threads, double *c, double *d2)
{
	size_t nb = (n + SEED_BLOCK - 1) / SEED_BLOCK, i, b, l,
	    pick = rng_below(rng, n);
	struct seed_ctx s = { x, n, p, NULL, d2, NULL };
	int rc = 0;

	s.bsum = xmalloc(nb * sizeof(*s.bsum));
	for (i = 0; i < n; i++)
		d2[i] = INFINITY;
	for (l = 0;; l++) {
		double total = 0, u;

		memcpy(c + l * p, x + pick * p, p * sizeof(*c));
		if (l + 1 == k)
			break;
		s.c = c + l * p;
		par_split(par_chunks(threads, n, PAR_MIN), nb, seed_part, &s);
		for (b = 0; b < nb; b++)
			total += s.bsum[b];
		if (!(total > 0)) {
			rc = -1;
			break;
		}
		u = rng_unif(rng) * total;
		for (b = 0; b + 1 < nb && !(u < s.bsum[b]); b++)
			u -= s.bsum[b];
		for (pick = b * SEED_BLOCK; pick + 1 < n && (pick + 1) %
		    SEED_BLOCK != 0 && !(u < d2[pick]); pick++)
			u -= d2[pick];
		while (d2[pick] == 0)	/* rounding at the end: a new row */
			pick = pick > 0 ? pick - 1 : n - 1;
	}
	free(s.bsum);
	return rc;
}

/* ---- one run and the best of several ---- */

static double
total_ss(const double *x, size_t n, size_t p)
{
	long double tot = 0;
	size_t i, j;

	for (j = 0; j < p; j++) {
		long double s = 0;
		double mean;

		for (i = 0; i < n; i++)
			s += x[i * p + j];
		mean = (double)(s / n);
		for (i = 0; i < n; i++) {
			double e = x[i * p + j] - mean, e2 = e * e;

			tot += e2;
		}
	}
	return (double)tot;
}

void
kmeans_result_free(struct kmeans_result *r)
{
	if (r == NULL)
		return;
	free(r->centers);
	free(r->size);
	free(r->withinss);
	free(r->cluster);
	memset(r, 0, sizeof(*r));
}

/* One run from its centres, with buffers of its own. */
struct start {
	const double	*x;
	size_t		 n, p, k;
	const struct kmeans_opts *o;
	int		 threads;	/* within the run */
	double		*c;		/* k x p: the initial, then final */
	uint16_t	*cl, *cl2;	/* cl NULL: given to the best */
	double		*d;		/* Hartigan-Wong's, n; the seeding's */
	size_t		*nc;
	double		*wss, tot;
	int		 iter, conv, qtran, empty;
	int		 some_empty;	/* Lloyd, MacQueen: a cluster lost
					   all its rows (R warns) */
};

static void
start_init(struct start *s, const double *x, size_t n, size_t p, size_t k,
    const struct kmeans_opts *o, int threads)
{
	memset(s, 0, sizeof(*s));
	s->x = x;
	s->n = n;
	s->p = p;
	s->k = k;
	s->o = o;
	s->threads = threads;
	s->c = xmalloc(k * p * sizeof(*s->c));
	s->cl2 = xmalloc(n * sizeof(*s->cl2));
	s->d = xmalloc(n * sizeof(*s->d));
	s->nc = xmalloc(k * sizeof(*s->nc));
	s->wss = xmalloc(k * sizeof(*s->wss));
}

static void
start_free(struct start *s)
{
	free(s->c);
	free(s->cl);
	free(s->cl2);
	free(s->d);
	free(s->nc);
	free(s->wss);
}

/* Run from s->c; s->empty for an empty cluster (R's ifault 1). */
static void
run_once(struct start *s)
{
	struct run r = { .x = s->x, .n = s->n, .p = s->p, .k = s->k,
	    .c = s->c, .cl = s->cl, .cl2 = s->cl2, .d = s->d };
	enum kmeans_alg alg = s->o->alg;
	size_t l;

	if (s->k == 1)	/* as R: one centre is MacQueen's */
		alg = KMEANS_MACQUEEN;
	if (alg == KMEANS_HARTIGAN_WONG)
		s->iter = hartigan_wong(&r, s->nc, s->wss, s->o->iter_max,
		    s->threads, &s->conv, &s->qtran);
	else
		s->iter = (alg == KMEANS_LLOYD ? lloyd : macqueen)(&r, s->nc,
		    s->wss, s->o->iter_max, s->threads, &s->conv);
	s->empty = s->iter == 0;
	s->some_empty = 0;
	s->tot = 0;
	for (l = 0; l < s->k && !s->empty; l++) {
		s->tot += s->wss[l];
		if (alg == KMEANS_HARTIGAN_WONG)
			s->empty |= s->nc[l] == 0;
		else	/* its centre is NaN, its withinss 0, as R's */
			s->some_empty |= s->nc[l] == 0;
	}
}

/* A thread's best start so far. */
struct best {
	struct kmeans_result r;		/* but for its cluster */
	uint16_t	*cl;		/* the best start's clusters */
	double		 tot;
	size_t		 start;		/* (size_t)-1: none yet */
};

/*
 * Keep start number i if it is better than b (less total within sum of
 * squares, or as little and earlier): the assignment by swapping
 * buffers, not by a copy of n.
 */
static void
keep_best(struct best *b, struct start *s, size_t i)
{
	uint16_t *cl = b->cl;

	if (!(s->tot < b->tot || (s->tot == b->tot && i < b->start)))
		return;
	b->tot = s->tot;
	b->start = i;
	memcpy(b->r.centers, s->c, s->k * s->p * sizeof(*s->c));
	memcpy(b->r.withinss, s->wss, s->k * sizeof(*s->wss));
	memcpy(b->r.size, s->nc, s->k * sizeof(*s->nc));
	b->cl = s->cl;
	s->cl = cl;
	b->r.iter = s->iter;
	b->r.converged = s->conv;
}

/*
 * The starts: each thread takes the next start not yet taken, draws its
 * centres by k-means++ from stream i of the seed (or takes the given
 * ones), runs it and keeps the best of its own.
 */
struct starts {
	const double	*x;
	size_t		 n, p, k;
	const struct kmeans_opts *o;
	size_t		 nstarts, next;	/* next: taken with an atomic add */
	int		 threads;	/* within a start */
	struct worker {
		struct start	 s;
		struct best	 best;
		int		 notconv, qtran, some_empty, empty,
				 distinct;	/* fewer distinct rows than k */
	}		*w;
};

static void
worker_part(void *arg, size_t c, size_t lo, size_t hi)
{
	struct starts *st = arg;
	struct worker *w = &st->w[c];
	size_t i;

	(void)lo;
	(void)hi;
	start_init(&w->s, st->x, st->n, st->p, st->k, st->o, st->threads);
	while ((i = __atomic_fetch_add(&st->next, 1, __ATOMIC_RELAXED)) <
	    st->nstarts) {
		if (w->s.cl == NULL)
			w->s.cl = xmalloc(st->n * sizeof(*w->s.cl));
		if (st->o->init != NULL)
			memcpy(w->s.c, st->o->init, st->k * st->p *
			    sizeof(*w->s.c));
		else {
			struct rng rng;

			rng_seed(&rng, st->o->seed, i);
			if (seed_pp(st->x, st->n, st->p, st->k, &rng,
			    st->threads, w->s.c, w->s.d) != 0) {
				w->distinct = 1;
				break;
			}
		}
		run_once(&w->s);
		w->notconv |= !w->s.conv && !w->s.qtran && !w->s.empty;
		w->qtran |= w->s.qtran;
		w->some_empty |= w->s.some_empty;
		w->empty |= w->s.empty;
		if (!w->s.empty)
			keep_best(&w->best, &w->s, i);
	}
	start_free(&w->s);
}

static void
result_alloc(struct kmeans_result *r, size_t n, size_t p, size_t k)
{
	memset(r, 0, sizeof(*r));
	r->k = k;
	r->p = p;
	r->n = n;
	r->centers = xmalloc(k * p * sizeof(*r->centers));
	r->size = xmalloc(k * sizeof(*r->size));
	r->withinss = xmalloc(k * sizeof(*r->withinss));
}

/*
 * The starts run split among threads (each start in one), the best wins,
 * the earliest of equals: the same whatever the threads, as each start's
 * centres come from its own stream of the seed.  One start gets the
 * threads for its rows instead.
 */
int
kmeans_fit(const double *x, size_t n, size_t p, const struct kmeans_opts *o,
    struct kmeans_result *res, struct diag *d)
{
	size_t k = o->init != NULL ? o->init_rows : o->k, nt, t, l;
	struct best best = { .tot = INFINITY, .start = (size_t)-1 };
	struct starts st;
	int notconv = 0, qtran = 0, empty = 0, some_empty = 0, distinct = 0;

	memset(res, 0, sizeof(*res));
	/* (each message, then -1: the analyzer does not see diag_set's) */
	if (k < 1 || k > n) {
		diag_set(d, STATUS_USAGE, "-k: %zu clusters for %zu complete "
		    "rows; need 1 <= k <= rows", k, n);
		return -1;
	}
	if (k > KMEANS_K_MAX) {
		diag_set(d, STATUS_USAGE, "-k: %zu clusters; at most %d",
		    k, KMEANS_K_MAX);
		return -1;
	}
	if (o->alg == KMEANS_HARTIGAN_WONG && k > 1 && k >= n) {
		diag_set(d, STATUS_DATA, "number of cluster centres must lie "
		    "between 1 and nrow(x)");
		return -1;
	}
	if (o->init != NULL && o->init_cols != p) {
		diag_set(d, STATUS_USAGE, "--centers: %zu columns, the data "
		    "has %zu", o->init_cols, p);
		return -1;
	}
	st = (struct starts){ .x = x, .n = n, .p = p, .k = k, .o = o };
	st.nstarts = o->init != NULL || o->nstart == 0 ? 1 : o->nstart;
	nt = par_chunks(o->threads, st.nstarts, 1);
	if (nt > st.nstarts)
		nt = st.nstarts;
	st.threads = nt > 1 ? 1 : o->threads;
	st.w = xcalloc(nt, sizeof(*st.w));
	for (t = 0; t < nt; t++) {
		result_alloc(&st.w[t].best.r, n, p, k);
		st.w[t].best.tot = INFINITY;
		st.w[t].best.start = (size_t)-1;
	}
	par_split(nt, nt, worker_part, &st);
	for (t = 0; t < nt; t++) {
		struct worker *w = &st.w[t];

		notconv |= w->notconv;
		qtran |= w->qtran;
		some_empty |= w->some_empty;
		empty |= w->empty && st.nstarts == 1;
		distinct |= w->distinct;
		if (w->best.start != (size_t)-1 && (w->best.tot < best.tot ||
		    (w->best.tot == best.tot && w->best.start < best.start))) {
			struct best tmp = best;

			best = w->best;
			w->best = tmp;
		}
		kmeans_result_free(&w->best.r);
		free(w->best.cl);
	}
	free(st.w);
	*res = best.r;
	if (best.cl != NULL) {	/* now that the runs' buffers are freed */
		res->cluster = xmalloc(n * sizeof(*res->cluster));
		for (l = 0; l < n; l++)
			res->cluster[l] = best.cl[l];
		free(best.cl);
	}
	if (distinct) {
		kmeans_result_free(res);
		diag_set(d, STATUS_DATA, "more cluster centers (%zu) than "
		    "distinct data points", k);
		return -1;
	}
	if (qtran)	/* R's warnings (once, not per start) */
		diag_warn("Quick-TRANSfer stage steps exceeded maximum "
		    "(= %zu)", 50 * n);
	if (notconv)
		diag_warn("did not converge in %d iteration%s", o->iter_max,
		    o->iter_max == 1 ? "" : "s");
	if (some_empty)
		diag_warn("empty cluster: try a better set of initial "
		    "centers");
	if (best.start == (size_t)-1 || empty) {
		kmeans_result_free(res);
		diag_set(d, STATUS_DATA, "empty cluster: try a better set of "
		    "initial centers");
		return -1;
	}
	res->tot_withinss = 0;
	for (l = 0; l < k; l++)
		res->tot_withinss += res->withinss[l];
	res->totss = total_ss(x, n, p);
	res->betweenss = res->totss - res->tot_withinss;
	return 0;
}

/* ---- silhouette ---- */

struct sil_ctx {
	const double	*x;
	size_t		 n, p, k;
	const int	*cl;
	const size_t	*size;
	double		*s;		/* per row */
	double		*sum;		/* per part: k sums of distances */
};

static void
sil_part(void *arg, size_t part, size_t lo, size_t hi)
{
	struct sil_ctx *c = arg;
	double *sum = c->sum + (size_t)part * c->k;
	size_t i, m, l;

	for (i = lo; i < hi; i++) {
		double a, b = INFINITY;
		size_t own = (size_t)c->cl[i];

		for (l = 0; l < c->k; l++)
			sum[l] = 0;
		for (m = 0; m < c->n; m++)
			sum[c->cl[m]] += sqrt(dist2(c->x + i * c->p,
			    c->x + m * c->p, c->p));
		if (c->size[own] == 1) {	/* cluster::silhouette: 0 */
			c->s[i] = 0;
			continue;
		}
		a = sum[own] / (double)(c->size[own] - 1);
		for (l = 0; l < c->k; l++)
			if (l != own && c->size[l] > 0 &&
			    sum[l] / (double)c->size[l] < b)
				b = sum[l] / (double)c->size[l];
		c->s[i] = (b - a) / (a > b ? a : b);
	}
}

double
kmeans_silhouette(const double *x, size_t n, size_t p, const int *cluster,
    size_t k, int threads)
{
	struct sil_ctx c = { x, n, p, k, cluster, NULL, NULL, NULL };
	size_t *size, i, used = 0, nc;
	double mean = 0;

	if (k < 2)
		return NAN;
	size = xcalloc(k, sizeof(*size));
	for (i = 0; i < n; i++)
		size[cluster[i]]++;
	for (i = 0; i < k; i++)
		used += size[i] > 0;
	if (used < 2) {
		free(size);
		return NAN;
	}
	c.size = size;
	c.s = xmalloc(n * sizeof(*c.s));
	nc = par_chunks(threads, n, 64);	/* O(n) work a row */
	c.sum = xmalloc(nc * k * sizeof(*c.sum));
	par_split(nc, n, sil_part, &c);
	for (i = 0; i < n; i++)
		mean += c.s[i];
	free(c.s);
	free(c.sum);
	free(size);
	return mean / (double)n;
}

/* ---- tables ---- */

struct out_table *
kmeans_table(const struct kmeans_result *r, char *const *names)
{
	struct out_table *t = out_new();
	size_t l, j;

	out_column(t, "cluster");
	out_column(t, "size");
	out_column(t, "withinss");
	for (j = 0; j < r->p; j++)
		out_column(t, names[j]);
	for (l = 0; l < r->k; l++) {
		out_row(t);
		out_num(t, l, 0, (double)(l + 1));
		out_num(t, l, 1, (double)r->size[l]);
		out_num(t, l, 2, r->withinss[l]);
		for (j = 0; j < r->p; j++)
			out_num(t, l, 3 + j, r->centers[l * r->p + j]);
	}
	return t;
}

static struct out_table *
summary_table(const struct kmeans_result *r)
{
	struct out_table *t = out_new();

	out_column(t, "tot_withinss");
	out_column(t, "betweenss");
	out_column(t, "totss");
	out_row(t);
	out_num(t, 0, 0, r->tot_withinss);
	out_num(t, 0, 1, r->betweenss);
	out_num(t, 0, 2, r->totss);
	return t;
}

/* k, tot_withinss, betweenss_ratio, silhouette for k in lo ... hi */
static int
elbow_table(const struct numtab *t, const struct kmeans_opts *o,
    struct out_table **tp, struct diag *d)
{
	struct out_table *w = out_new();
	struct kmeans_opts ko = *o;
	struct kmeans_result r;
	double *sx = NULL;
	size_t *idx = NULL, ns = t->n, i, k;
	int *scl = NULL;

	if (t->n > KMEANS_SIL_SAMPLE) {	/* a seeded sample, in row order */
		gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
		size_t *all = xmalloc(t->n * sizeof(*all));

		gsl_rng_set(rng, o->seed);
		for (i = 0; i < t->n; i++)
			all[i] = i;
		ns = KMEANS_SIL_SAMPLE;
		idx = xmalloc(ns * sizeof(*idx));
		gsl_ran_choose(rng, idx, ns, all, t->n, sizeof(*all));
		free(all);
		gsl_rng_free(rng);
		sx = xmalloc(ns * t->p * sizeof(*sx));
		for (i = 0; i < ns; i++)
			memcpy(sx + i * t->p, t->x + idx[i] * t->p,
			    t->p * sizeof(*sx));
		scl = xmalloc(ns * sizeof(*scl));
		diag_warn("silhouette of a sample of %zu of the %zu rows "
		    "(--seed %lu)", ns, t->n, o->seed);
	}
	out_column(w, "k");
	out_column(w, "tot_withinss");
	out_column(w, "betweenss_ratio");
	out_column(w, "silhouette");
	for (k = o->elbow_lo; k <= o->elbow_hi; k++) {
		size_t row;

		ko.k = k;
		if (kmeans_fit(t->x, t->n, t->p, &ko, &r, d) != 0) {
			out_free(w);
			free(sx);
			free(idx);
			free(scl);
			return -1;
		}
		for (i = 0; i < ns && idx != NULL; i++)
			scl[i] = r.cluster[idx[i]];
		row = out_row(w);
		out_num(w, row, 0, (double)k);
		out_num(w, row, 1, r.tot_withinss);
		out_num(w, row, 2, r.betweenss / r.totss);
		out_num(w, row, 3, idx != NULL ? kmeans_silhouette(sx, ns,
		    t->p, scl, k, o->threads) : kmeans_silhouette(t->x, ns,
		    t->p, r.cluster, k, o->threads));
		kmeans_result_free(&r);
	}
	free(sx);
	free(idx);
	free(scl);
	*tp = w;
	return 0;
}

int
kmeans_read_centers(const char *file, const struct frame_opts *in,
    struct numtab *c, struct diag *d)
{
	struct numtab_opts no = { 0 };
	char *files[1];

	files[0] = (char *)file;
	if (numtab_read(1, files, in, &no, c, d) != 0)
		return -1;
	if (c->nincomplete > 0 || c->n == 0) {
		diag_set(d, STATUS_DATA, "--centers: %s", c->n == 0 ?
		    "no centres" : "a centre with a missing value");
		diag_at(d, file, 0, NULL);
		numtab_free(c);
		return -1;
	}
	return 0;
}

/*
 * --assign's second pass and predict: every input row through, its
 * cluster and distance after.
 */
struct assigner {
	const double	*centers;	/* k x p */
	size_t		 k, p;
	const int	*cluster;	/* per complete row: the fit's, or
					   NULL: the nearest centre */
	const double	*mean, *sd;	/* --scale's, or NULL */
	struct rows_out	*w;
	double		*z;		/* p: the row as clustered */
	size_t		 i;		/* complete rows so far */
};

static int
assign_head(void *arg, char *const *names, size_t n, struct diag *d)
{
	static char cluster[] = "cluster", distance[] = "distance";
	char *extra[] = { cluster, distance };
	struct assigner *a = arg;
	size_t j;

	for (j = 0; j < n; j++)
		rows_cell(a->w, names[j], strlen(names[j]));
	return rows_header(a->w, extra, 2, d);
}

static int
assign_row(void *arg, const struct frame_row *row, const double *x,
    struct diag *d)
{
	struct assigner *a = arg;
	size_t j;

	for (j = 0; j < row->n; j++)
		rows_cell(a->w, row->field[j], row->len[j]);
	for (j = 0; j < a->p && !isnan(x[j]); j++)	/* as numtab_scale */
		a->z[j] = a->mean != NULL ? (x[j] - a->mean[j]) / a->sd[j] :
		    x[j];
	if (j < a->p) {
		rows_na(a->w);
		rows_na(a->w);
	} else {
		double d2;
		int c = a->cluster != NULL ? a->cluster[a->i] :
		    nearest(a->z, a->centers, a->k, a->p, &d2);

		a->i++;
		rows_num(a->w, c + 1);
		rows_num(a->w, sqrt(dist2(a->z, a->centers + (size_t)c * a->p,
		    a->p)));
	}
	return rows_end(a->w, d);
}

/* The second pass of --assign over the spooled inputs. */
static int
assign_pass(int nfiles, char **files, const struct frame_opts *in,
    const struct kmeans_opts *o, const struct kmeans_result *r,
    const double *mean, const double *sd, struct rows_out *w,
    struct diag *d)
{
	struct assigner a = { r->centers, r->k, r->p, r->cluster, mean, sd,
	    w, NULL, 0 };
	struct numtab_opts no = { .cols = o->cols, .head = assign_head,
	    .row = assign_row, .arg = &a };
	struct numtab t;
	int rc;

	a.z = xmalloc(r->p * sizeof(*a.z));
	rc = numtab_read(nfiles, files, in, &no, &t, d);
	if (rc == 0 && t.n != r->n)	/* the input changed under us */
		rc = diag_set(d, STATUS_DATA, "the input changed between the "
		    "two passes of --assign");
	numtab_free(&t);
	free(a.z);
	return rc;
}

int
kmeans_run(int nfiles, char **files, const struct frame_opts *in,
    const struct kmeans_opts *o, struct rows_out *w, struct out_table **tp,
    struct diag *d)
{
	struct numtab_opts no = { .cols = o->cols };
	struct kmeans_opts ko = *o;
	struct spool sp = { 0 };
	struct numtab t, c;
	struct kmeans_result r;
	double *mean = NULL, *sd = NULL;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	*tp = NULL;
	if (o->centers != NULL) {
		if (kmeans_read_centers(o->centers, in, &c, d) != 0)
			return -1;
		if (o->k != 0 && o->k != c.n) {
			diag_set(d, STATUS_USAGE, "-k %zu but --centers has "
			    "%zu rows", o->k, c.n);
			numtab_free(&c);
			return -1;
		}
		ko.init = c.x;
		ko.init_rows = c.n;
		ko.init_cols = c.p;
	}
	if (o->view == KMEANS_ASSIGN) {	/* two passes: spool a stream */
		if (spool_open(nfiles, files, in, &sp, d) != 0) {
			numtab_free(&c);
			return -1;
		}
		nfiles = sp.n;
		files = sp.name;
		in = &sp.in;
	}
	if (numtab_read(nfiles, files, in, &no, &t, d) != 0) {
		spool_free(&sp);
		numtab_free(&c);
		return -1;
	}
	if (o->scale) {
		mean = xmalloc(t.p * sizeof(*mean));
		sd = xmalloc(t.p * sizeof(*sd));
		rc = t.n < 2 ? diag_set(d, STATUS_DATA, "%zu complete rows; "
		    "--scale needs 2", t.n) : numtab_scale(&t, mean, sd, d);
		if (rc != 0)
			goto out;
	}
	if (t.nincomplete > 0)
		diag_warn("%zu row%s with missing values %s", t.nincomplete,
		    t.nincomplete == 1 ? "" : "s", o->view == KMEANS_ASSIGN ?
		    "get no cluster" : "left out");
	if (o->view == KMEANS_ELBOW) {
		rc = elbow_table(&t, &ko, tp, d);
		goto out;
	}
	if ((rc = kmeans_fit(t.x, t.n, t.p, &ko, &r, d)) != 0)
		goto out;
	if (o->save_model != NULL && (rc = kmeans_save(o->save_model, &r,
	    t.name, mean, sd, alg_name[o->alg], d)) != 0) {
		kmeans_result_free(&r);
		goto out;
	}
	if (o->view == KMEANS_ASSIGN) {
		numtab_free(&t);	/* the second pass keeps no matrix */
		rc = assign_pass(nfiles, files, in, o, &r, mean, sd, w, d);
	} else
		*tp = o->view == KMEANS_SUMMARY ? summary_table(&r) :
		    kmeans_table(&r, t.name);
	kmeans_result_free(&r);
out:
	spool_free(&sp);
	free(mean);
	free(sd);
	numtab_free(&t);
	numtab_free(&c);
	return rc;
}

/* ---- model files ---- */

struct saving {
	const struct kmeans_result *r;
	char *const	*names;
	const double	*mean, *sd;
	const char	*alg;
};

static int
write_members(struct json_writer *w, const void *arg, struct diag *d)
{
	const struct saving *s = arg;
	const struct kmeans_result *r = s->r;
	double *size = xmalloc(r->k * sizeof(*size));
	size_t l;

	(void)d;
	lmodel_put_strs(w, "variables", s->names, r->p);
	json_key(w, "algorithm");
	json_str(w, s->alg);
	if (s->mean != NULL) {
		lmodel_put_nums(w, "scale_mean", s->mean, r->p);
		lmodel_put_nums(w, "scale_sd", s->sd, r->p);
	}
	lmodel_put_matrix(w, "centers", r->centers, r->k, r->p);
	for (l = 0; l < r->k; l++)
		size[l] = (double)r->size[l];
	lmodel_put_nums(w, "size", size, r->k);
	lmodel_put_nums(w, "withinss", r->withinss, r->k);
	free(size);
	return 0;
}

int
kmeans_save(const char *path, const struct kmeans_result *r,
    char *const *names, const double *mean, const double *sd,
    const char *algorithm, struct diag *d)
{
	struct saving s = { r, names, mean, sd, algorithm };

	/* an empty cluster's NaN centre is written as nulls, as R keeps it */
	return modelfile_save(path, "kmeans", write_members, &s, d);
}

/* What predict needs of a model file. */
struct kmodel {
	char	**names;
	size_t	  p, k;
	double	 *centers, *mean, *sd;	/* mean, sd NULL: not scaled */
};

static void
kmodel_free(struct kmodel *m)
{
	lmodel_strs_free(m->names, m->p);
	free(m->centers);
	free(m->mean);
	free(m->sd);
}

/*
 * The centres, a row of numbers each; a row of nulls is an empty
 * cluster's (size 0), never the nearest, but not all of them.
 */
static int
get_centers(const struct json *root, const struct json *c, struct kmodel *m,
    struct diag *d)
{
	const struct json *sz = json_member(root, "size");
	size_t l, j, used = 0;

	if (sz != NULL && (sz->type != JSON_ARR || sz->n != m->k))
		return json_fail(root, "size", d, "not %zu numbers", m->k);
	for (l = 0; l < m->k; l++) {
		const struct json *row = &c->item[l];
		double *x = m->centers + l * m->p;

		for (j = 0; row->type == JSON_ARR && j < row->n &&
		    row->item[j].type == JSON_NULL; j++)
			;
		if (row->type != JSON_ARR || row->n != m->p || j < m->p) {
			if (lmodel_get_nums(row, NULL, x, m->p, d) != 0)
				return -1;
			used++;
			continue;
		}
		if (sz == NULL || sz->item[l].type != JSON_NUM ||
		    sz->item[l].num != 0)
			return json_fail(row, NULL, d, "no centre, but the "
			    "cluster's size is not 0");
		for (j = 0; j < m->p; j++)
			x[j] = NAN;
	}
	if (used == 0)
		return json_fail(c, NULL, d, "every cluster empty");
	return 0;
}

static int
kmodel_load(const char *path, struct kmodel *m, struct diag *d)
{
	const struct json *c;
	struct json *root;
	size_t j;
	int rc = -1;

	memset(m, 0, sizeof(*m));
	if (modelfile_read(path, "kmeans", &root, d) != 0)
		return -1;
	if (lmodel_get_strs(root, "variables", &m->names, &m->p, d) != 0 ||
	    (c = json_get_arr(root, "centers", SIZE_MAX, d)) == NULL)
		goto out;
	if ((m->k = c->n) == 0) {
		json_fail(root, "centers", d, "empty");
		goto out;
	}
	m->centers = xmalloc(m->k * m->p * sizeof(*m->centers));
	if (get_centers(root, c, m, d) != 0)
		goto out;
	if (json_member(root, "scale_mean") != NULL) {
		m->mean = xmalloc(m->p * sizeof(*m->mean));
		m->sd = xmalloc(m->p * sizeof(*m->sd));
		if (lmodel_get_nums(root, "scale_mean", m->mean, m->p, d) != 0 ||
		    lmodel_get_nums(root, "scale_sd", m->sd, m->p, d) != 0)
			goto out;
		for (j = 0; j < m->p; j++)
			if (!(m->sd[j] > 0)) {
				json_fail(root, "scale_sd", d, "item %zu not "
				    "positive", j);
				goto out;
			}
	}
	rc = 0;
out:
	json_free(root);
	if (rc != 0)
		kmodel_free(m);
	return rc;
}

int
kmeans_predict(int nfiles, char **files, const struct frame_opts *in,
    const char *model, struct rows_out *w, struct diag *d)
{
	struct numtab_opts no = { .head = assign_head, .row = assign_row };
	struct assigner a = { 0 };
	struct kmodel m;
	struct numtab t;
	int rc;

	if (kmodel_load(model, &m, d) != 0)
		return -1;
	a = (struct assigner){ m.centers, m.k, m.p, NULL, m.mean, m.sd, w,
	    NULL, 0 };
	a.z = xmalloc(m.p * sizeof(*a.z));
	no.names = m.names;
	no.nnames = m.p;
	no.arg = &a;
	rc = numtab_read(nfiles, files, in, &no, &t, d);
	if (rc == 0 && t.nincomplete > 0)
		diag_warn("%zu row%s with missing values get no cluster",
		    t.nincomplete, t.nincomplete == 1 ? "" : "s");
	if (rc == 0)
		numtab_free(&t);
	free(a.z);
	kmodel_free(&m);
	return rc;
}
