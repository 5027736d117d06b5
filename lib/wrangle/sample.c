/* sample: reservoirs of held rows, or rows kept by a coin. */
#include <gsl/gsl_rng.h>
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group.h"
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
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct sampler *s = ctx;

	(void)mode;
	if (s->o->strata != NULL && cols_parse(s->o->strata, names, n,
	    &s->key, &s->nkeys, d) != 0)
		return -1;
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

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct sampler *s = ctx;
	size_t g, k, i, old = s->scap, *slot;

	if (s->o->by_frac) {
		if (gsl_rng_uniform(s->r) >= s->o->frac)
			return 0;
		for (i = 0; i < row->n; i++)
			rows_cell(s->w, row->field[i], row->len[i]);
		return rows_end(s->w, d);
	}
	keys_tuple(&s->na, s->key, s->nkeys, (const char *const *)row->field,
	    row->len, s->kp, s->kl);
	g = group_table_id(s->gt, s->kp, s->kl);
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
	s.r = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(s.r, o->seed);
	num_na_init(&s.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &s, d);
	for (i = 0; rc == 0 && !o->by_frac && i < s.rb.nrows; i++) {
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
	return rc;
}
