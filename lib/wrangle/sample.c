/* sample: reservoirs of held rows, rows kept by a coin, or all rows held
 * and drawn at the end (--replace, --weight). */
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/rows.h"
#include "wrangle/keys.h"
#include "wrangle/rowbuf.h"
#include "wrangle/sample.h"

size_t
sample_offer(gsl_rng *r, size_t seen, size_t n)
{
	size_t j;

	if (seen < n)
		return seen;
	j = (size_t)gsl_rng_uniform_int(r, seen + 1);
	return j < n ? j : SAMPLE_NONE;
}

static int
cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

size_t
sample_indexes(size_t N, size_t n, unsigned long seed, size_t *idx)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	size_t i, k, m = N < n ? N : n;

	gsl_rng_set(r, seed);
	for (i = 0; i < N; i++)
		if ((k = sample_offer(r, i, n)) != SAMPLE_NONE)
			idx[k] = i;
	gsl_rng_free(r);
	qsort(idx, m, sizeof(*idx), cmp_size);
	return m;
}

struct keyed {
	double	key;
	size_t	i;
};

/* Largest key first; equal keys (never, but) by item. */
static int
cmp_key_desc(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->key != y->key)
		return x->key < y->key ? 1 : -1;
	return (x->i > y->i) - (x->i < y->i);
}

int
sample_draw(gsl_rng *r, size_t N, size_t n, const double *w, int replace,
    size_t *mult)
{
	gsl_ran_discrete_t *t;
	struct keyed *k;
	double tot = 0;
	size_t i, m = 0;

	memset(mult, 0, N * sizeof(*mult));
	if (w != NULL)
		for (i = 0; i < N; i++)
			tot += w[i];
	if (replace) {
		if (n == 0)
			return 0;
		if (N == 0 || (w != NULL && !(tot > 0)))
			return -1;
		if (w == NULL) {
			for (i = 0; i < n; i++)
				mult[gsl_rng_uniform_int(r, N)]++;
			return 0;
		}
		t = gsl_ran_discrete_preproc(N, w);
		for (i = 0; i < n; i++)
			mult[gsl_ran_discrete(r, t)]++;
		gsl_ran_discrete_free(t);
		return 0;
	}
	/* one uniform per item in order, drawn or not: the stream does not
	 * depend on which weights are 0 */
	k = xmalloc((N + 1) * sizeof(*k));
	for (i = 0; i < N; i++) {
		double lu = log(gsl_rng_uniform_pos(r));

		if (w == NULL || w[i] > 0) {
			k[m].key = w == NULL ? lu : lu / w[i];
			k[m++].i = i;
		}
	}
	qsort(k, m, sizeof(*k), cmp_key_desc);
	for (i = 0; i < m && i < n; i++)
		mult[k[i].i] = 1;
	free(k);
	return 0;
}

struct sampler {
	const struct sample_opts *o;
	struct num_na		 na;
	struct rows_out		*w;
	gsl_rng			*r;
	size_t			*key;		/* strata columns */
	size_t			 nkeys;
	struct group_table	*gt;
	size_t			*seen;		/* per stratum */
	size_t			 scap;
	size_t			*slot;		/* per stratum: n held rows */
	size_t			 slotcap;
	struct rowbuf		 rb;
	unsigned char		*dead;		/* per held row */
	size_t			 deadcap, ndead;
	const char		**kp;
	size_t			*kl;
	const char		**f;
	uint32_t		*flen;
	int			 held;		/* --replace or --weight */
	size_t			 wcol;		/* --weight's column */
	char			*wname;		/* owned: the header goes */
	double			*wt;		/* held: per row, its weight */
	size_t			*gid;		/* held: per row, its stratum */
	size_t			 wtcap, gidcap;
	size_t			 wmissing;
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct sampler *s = ctx;

	(void)mode;
	size_t *wc, nw;

	if (s->o->strata != NULL && cols_parse(s->o->strata, names, n,
	    &s->key, &s->nkeys, d) != 0)
		return -1;
	if (s->o->weight != NULL) {
		if (cols_parse(s->o->weight, names, n, &wc, &nw, d) != 0)
			return -1;
		s->wcol = wc[0];
		free(wc);
		if (nw != 1)
			return diag_set(d, STATUS_USAGE, "--weight: one column, "
			    "not %zu", nw);
		s->wname = xstrdup(names[s->wcol]);
	}
	s->gt = group_table_new(s->nkeys);
	s->kp = xcalloc(s->nkeys + 1, sizeof(*s->kp));
	s->kl = xcalloc(s->nkeys + 1, sizeof(*s->kl));
	s->f = xcalloc(n + 1, sizeof(*s->f));
	s->flen = xcalloc(n + 1, sizeof(*s->flen));
	rowbuf_init(&s->rb, n);
	return rows_header(s->w, names, n, d);
}

/* Drop the rows pushed out of the reservoirs. */
static void
compact(struct sampler *s)
{
	size_t i, *to = xmalloc((s->rb.nrows + 1) * sizeof(*to));
	size_t slots = group_table_count(s->gt) * s->o->n;

	rowbuf_compact(&s->rb, s->dead, to);
	for (i = 0; i < slots; i++)
		if (s->slot[i] != SAMPLE_NONE)
			s->slot[i] = to[s->slot[i]];
	memset(s->dead, 0, s->deadcap);
	s->ndead = 0;
	free(to);
}

/* Held: the row, its stratum and its weight, drawn from at the end. */
static int
hold_row(struct sampler *s, const struct frame_row *row, size_t g,
    struct diag *d)
{
	double x = 1;
	size_t i;

	if (s->o->weight != NULL) {
		const char *c = row->field[s->wcol];
		uint32_t len = row->len[s->wcol];

		if (num_na_match(&s->na, c, len)) {
			x = 0;
			s->wmissing++;
		} else if (num_parse(c, len, &x, NULL, NULL) != 0 ||
		    !(x >= 0) || isinf(x)) {
			diag_set(d, STATUS_DATA, "\"%.*s\" is not a weight (a "
			    "finite number >= 0)", (int)len, c);
			diag_column(d, s->wname);
			return -1;
		}
	}
	i = rowbuf_add(&s->rb, row->field, row->len);
	s->wt = xgrow(s->wt, &s->wtcap, i + 1, sizeof(*s->wt));
	s->gid = xgrow(s->gid, &s->gidcap, i + 1, sizeof(*s->gid));
	s->wt[i] = x;
	s->gid[i] = g;
	return 0;
}

/* Held: draw in each stratum (in order of first appearance), then write
 * the rows in file order, each as often as it was drawn. */
static int
draw_held(struct sampler *s, struct diag *d)
{
	size_t N = s->rb.nrows, ng = group_table_count(s->gt), g, i, j, r;
	size_t *off = xcalloc(ng + 2, sizeof(*off)), *idx, *mult, *m;
	double *w = xmalloc((N + 1) * sizeof(*w));
	int rc = 0;

	idx = xmalloc((N + 1) * sizeof(*idx));
	mult = xcalloc(N + 1, sizeof(*mult));
	m = xmalloc((N + 1) * sizeof(*m));
	for (i = 0; i < N; i++)
		off[s->gid[i] + 2]++;
	for (g = 0; g < ng; g++)
		off[g + 2] += off[g + 1];
	for (i = 0; i < N; i++)		/* counting sort: strata, file order */
		idx[off[s->gid[i] + 1]++] = i;
	for (g = 0; g < ng && rc == 0; g++) {
		size_t a = off[g], Ng = off[g + 1] - a, n = s->o->n;

		if (s->o->by_frac)
			n = (size_t)rint(s->o->frac * (double)Ng);
		for (j = 0; j < Ng; j++)
			w[j] = s->wt[idx[a + j]];
		if (sample_draw(s->r, Ng, n, s->o->weight != NULL ? w : NULL,
		    s->o->replace, m) != 0) {
			rc = diag_set(d, STATUS_DATA, "the weights%s sum to 0",
			    s->nkeys > 0 ? " of a stratum" : "");
			diag_column(d, s->wname);
		}
		for (j = 0; j < Ng; j++)
			mult[idx[a + j]] = m[j];
	}
	for (i = 0; rc == 0 && i < N; i++) {
		rowbuf_fields(&s->rb, i, s->f, s->flen);
		for (r = 0; rc == 0 && r < mult[i]; r++) {
			for (j = 0; j < s->rb.ncols; j++)
				rows_cell(s->w, s->f[j], s->flen[j]);
			rc = rows_end(s->w, d);
		}
	}
	free(off);
	free(idx);
	free(mult);
	free(m);
	free(w);
	return rc;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct sampler *s = ctx;
	size_t g, k, i, old = s->scap, *slot;

	if (s->o->by_frac && !s->held) {
		if (gsl_rng_uniform(s->r) >= s->o->frac)
			return 0;
		for (i = 0; i < row->n; i++)
			rows_cell(s->w, row->field[i], row->len[i]);
		return rows_end(s->w, d);
	}
	keys_tuple(&s->na, s->key, s->nkeys, (const char *const *)row->field,
	    row->len, s->kp, s->kl);
	g = group_table_id(s->gt, s->kp, s->kl);
	if (s->held)
		return hold_row(s, row, g, d);
	if (g >= s->scap) {
		s->seen = xgrow(s->seen, &s->scap, g + 1, sizeof(*s->seen));
		memset(s->seen + old, 0, (s->scap - old) * sizeof(*s->seen));
	}
	if ((g + 1) * s->o->n > s->slotcap) {
		old = s->slotcap;
		s->slot = xgrow(s->slot, &s->slotcap, (g + 1) * s->o->n,
		    sizeof(*s->slot));
		memset(s->slot + old, 0xff, (s->slotcap - old) *
		    sizeof(*s->slot));
	}
	if ((k = sample_offer(s->r, s->seen[g]++, s->o->n)) == SAMPLE_NONE)
		return 0;
	slot = &s->slot[g * s->o->n + k];
	i = rowbuf_add(&s->rb, row->field, row->len);
	s->dead = xgrow(s->dead, &s->deadcap, i + 1, 1);
	s->dead[i] = 0;
	if (*slot != SAMPLE_NONE) {
		s->dead[*slot] = 1;
		s->ndead++;
	}
	*slot = i;
	if (s->ndead > 1024 && s->ndead > s->rb.nrows / 2)
		compact(s);
	return 0;
}

int
sample_run(int nfiles, char **files, const struct frame_opts *in,
    const struct sample_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct sampler s;
	size_t i, j;
	int rc;

	memset(&s, 0, sizeof(s));
	s.o = o;
	s.w = w;
	s.held = o->replace || o->weight != NULL;
	s.r = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(s.r, o->seed);
	num_na_init(&s.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &s, d);
	if (rc == 0 && s.held)
		rc = draw_held(&s, d);
	if (rc == 0 && s.wmissing > 0)
		diag_warn("%zu row%s with a missing weight never drawn",
		    s.wmissing, s.wmissing > 1 ? "s" : "");
	for (i = 0; rc == 0 && !o->by_frac && !s.held && i < s.rb.nrows;
	    i++) {
		if (s.dead[i])
			continue;
		rowbuf_fields(&s.rb, i, s.f, s.flen);
		for (j = 0; j < s.rb.ncols; j++)
			rows_cell(w, s.f[j], s.flen[j]);
		rc = rows_end(w, d);
	}
	gsl_rng_free(s.r);
	group_table_free(s.gt);
	rowbuf_release(&s.rb);
	num_na_release(&s.na);
	free(s.key);
	free(s.seen);
	free(s.slot);
	free(s.dead);
	free(s.kp);
	free(s.kl);
	free(s.f);
	free(s.flen);
	free(s.wt);
	free(s.gid);
	free(s.wname);
	return rc;
}
