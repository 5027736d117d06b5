/*
 * head: head streams with a count per group; tail keeps each group's last
 * rows in a rowbuf, rows pushed out marked dead and the buffer compacted
 * when they are most of it.
 */
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/rows.h"
#include "wrangle/head.h"
#include "wrangle/keys.h"
#include "wrangle/rowbuf.h"

struct header {
	const struct head_opts	*o;
	struct num_na		 na;
	struct rows_out		*w;
	size_t			*key;		/* key columns */
	size_t			 nkeys;
	struct group_table	*gt;
	size_t			*count;		/* per group: rows seen */
	size_t			 gcap;
	const char		**kp;
	size_t			*kl;
	int			 done;		/* head: all wanted, */
	int			 stopped;	/* so reading was stopped */
	size_t			 total;		/* head without keys */
	/* tail */
	struct rowbuf		 rb;		/* rows kept, in file order */
	unsigned char		*dead;		/* per row of rb */
	size_t			 deadcap, ndead;
	size_t			*ring;		/* per group: n slots of rows */
	size_t			 ringcap;
	const char		**f;		/* a row's fields */
	uint32_t		*flen;
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct header *h = ctx;

	(void)mode;
	if (h->o->keys != NULL && cols_parse(h->o->keys, names, n, &h->key,
	    &h->nkeys, d) != 0)
		return -1;
	h->gt = group_table_new(h->nkeys);
	h->kp = xcalloc(h->nkeys + 1, sizeof(*h->kp));
	h->kl = xcalloc(h->nkeys + 1, sizeof(*h->kl));
	h->f = xcalloc(n + 1, sizeof(*h->f));
	h->flen = xcalloc(n + 1, sizeof(*h->flen));
	rowbuf_init(&h->rb, n);
	if (h->o->n == 0 && h->o->keys == NULL)
		h->done = 1;
	return rows_header(h->w, names, n, d);
}

/* The group of a row and how many rows it had before this one. */
static size_t
group_of(struct header *h, const struct frame_row *row, size_t *seen)
{
	size_t g;

	keys_tuple(&h->na, h->key, h->nkeys, (const char *const *)row->field,
	    row->len, h->kp, h->kl);
	g = group_table_id(h->gt, h->kp, h->kl);
	if (g >= h->gcap) {
		size_t old = h->gcap;

		h->count = xgrow(h->count, &h->gcap, g + 1, sizeof(*h->count));
		memset(h->count + old, 0, (h->gcap - old) * sizeof(*h->count));
	}
	*seen = h->count[g]++;
	return g;
}

/* Keep only the rows alive, and the ring's entries pointing at them. */
static void
compact(struct header *h)
{
	size_t s, *to = xmalloc((h->rb.nrows + 1) * sizeof(*to));
	size_t slots = group_table_count(h->gt) * h->o->n;

	rowbuf_compact(&h->rb, h->dead, to);
	for (s = 0; s < slots; s++)
		if (h->ring[s] != (size_t)-1)
			h->ring[s] = to[h->ring[s]];
	memset(h->dead, 0, h->deadcap);
	h->ndead = 0;
	free(to);
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct header *h = ctx;
	size_t g, seen, *slot, i;

	if (h->done) {	/* head has all it wants: stop reading */
		h->stopped = 1;
		/* not an error: head_run() drops it, but the reader reads it */
		return diag_set(d, STATUS_DATA, "head has its rows");
	}
	g = group_of(h, row, &seen);
	if (!h->o->tail) {
		if (seen >= h->o->n)
			return 0;
		for (i = 0; i < row->n; i++)
			rows_cell(h->w, row->field[i], row->len[i]);
		if (rows_end(h->w, d) != 0)
			return -1;
		h->done = h->nkeys == 0 && seen + 1 == h->o->n;
		return 0;
	}
	if (h->o->n == 0)
		return 0;
	if ((g + 1) * h->o->n > h->ringcap) {
		size_t old = h->ringcap;

		h->ring = xgrow(h->ring, &h->ringcap, (g + 1) * h->o->n,
		    sizeof(*h->ring));
		memset(h->ring + old, 0xff, (h->ringcap - old) *
		    sizeof(*h->ring));
	}
	slot = &h->ring[g * h->o->n + seen % h->o->n];
	i = rowbuf_add(&h->rb, row->field, row->len);
	h->dead = xgrow(h->dead, &h->deadcap, i + 1, 1);
	h->dead[i] = 0;
	if (*slot != (size_t)-1) {	/* the group's oldest goes */
		h->dead[*slot] = 1;
		h->ndead++;
	}
	*slot = i;
	if (h->ndead > 1024 && h->ndead > h->rb.nrows / 2)
		compact(h);
	return 0;
}

int
head_run(int nfiles, char **files, const struct frame_opts *in,
    const struct head_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct header h;
	size_t i, j;
	int rc;

	memset(&h, 0, sizeof(h));
	h.o = o;
	h.w = w;
	num_na_init(&h.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &h, d);
	if (rc != 0 && h.stopped)
		rc = 0;
	for (i = 0; rc == 0 && o->tail && i < h.rb.nrows; i++) {
		if (h.dead[i])
			continue;
		rowbuf_fields(&h.rb, i, h.f, h.flen);
		for (j = 0; j < h.rb.ncols; j++)
			rows_cell(w, h.f[j], h.flen[j]);
		rc = rows_end(w, d);
	}
	group_table_free(h.gt);
	rowbuf_release(&h.rb);
	num_na_release(&h.na);
	free(h.key);
	free(h.count);
	free(h.kp);
	free(h.kl);
	free(h.dead);
	free(h.ring);
	free(h.f);
	free(h.flen);
	return rc;
}
