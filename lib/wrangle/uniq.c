/* uniq: distinct keys over frame/group's key table. */
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
#include "wrangle/uniq.h"

struct uniquer {
	const struct uniq_opts	*o;
	struct num_na		 na;
	struct rows_out		*w;
	size_t			*key;
	size_t			 nkeys;
	struct group_table	*gt;
	size_t			*count;		/* per group */
	size_t			*last;		/* per group: its last row */
	size_t			 gcap;
	size_t			*gid;		/* --keep last: per row held */
	size_t			 gidcap;
	struct rowbuf		 rb;		/* rows held */
	const char		**kp;
	size_t			*kl;
	const char		**f;
	uint32_t		*flen;
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct uniquer *u = ctx;
	size_t j;

	(void)mode;
	if (u->o->keys != NULL) {
		if (cols_parse(u->o->keys, names, n, &u->key, &u->nkeys,
		    d) != 0)
			return -1;
	} else {
		u->key = xcalloc(n + 1, sizeof(*u->key));
		for (j = 0; j < n; j++)
			u->key[j] = j;
		u->nkeys = n;
	}
	u->gt = group_table_new(u->nkeys);
	u->kp = xcalloc(u->nkeys + 1, sizeof(*u->kp));
	u->kl = xcalloc(u->nkeys + 1, sizeof(*u->kl));
	u->f = xcalloc(n + 1, sizeof(*u->f));
	u->flen = xcalloc(n + 1, sizeof(*u->flen));
	rowbuf_init(&u->rb, n);
	for (j = 0; j < n; j++)
		rows_cell(u->w, names[j], strlen(names[j]));
	if (u->o->count)
		rows_cell(u->w, "n", 1);
	return rows_end(u->w, d);
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct uniquer *u = ctx;
	size_t g, n = group_table_count(u->gt), i, old = u->gcap;

	keys_tuple(&u->na, u->key, u->nkeys, (const char *const *)row->field,
	    row->len, u->kp, u->kl);
	g = group_table_id(u->gt, u->kp, u->kl);
	if (g >= u->gcap) {
		u->count = xgrow(u->count, &u->gcap, g + 1, sizeof(*u->count));
		memset(u->count + old, 0, (u->gcap - old) * sizeof(*u->count));
		u->last = xrealloc(u->last, u->gcap * sizeof(*u->last));
	}
	u->count[g]++;
	if (u->o->keep_last) {
		i = rowbuf_add(&u->rb, row->field, row->len);
		u->gid = xgrow(u->gid, &u->gidcap, i + 1, sizeof(*u->gid));
		u->gid[i] = g;
		u->last[g] = i;
		return 0;
	}
	if (g < n)
		return 0;
	if (u->o->count) {	/* held until the counts are known */
		rowbuf_add(&u->rb, row->field, row->len);
		return 0;
	}
	for (i = 0; i < row->n; i++)
		rows_cell(u->w, row->field[i], row->len[i]);
	return rows_end(u->w, d);
}

/* The rows held: with keep_last each group's last, else one per group. */
static int
write_held(struct uniquer *u, struct diag *d)
{
	size_t i, j, g;

	for (i = 0; i < u->rb.nrows; i++) {
		g = u->o->keep_last ? u->gid[i] : i;
		if (u->o->keep_last && u->last[g] != i)
			continue;
		rowbuf_fields(&u->rb, i, u->f, u->flen);
		for (j = 0; j < u->rb.ncols; j++)
			rows_cell(u->w, u->f[j], u->flen[j]);
		if (u->o->count)
			rows_num(u->w, (double)u->count[g]);
		if (rows_end(u->w, d) != 0)
			return -1;
	}
	return 0;
}

int
uniq_run(int nfiles, char **files, const struct frame_opts *in,
    const struct uniq_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct uniquer u;
	int rc;

	memset(&u, 0, sizeof(u));
	u.o = o;
	u.w = w;
	num_na_init(&u.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &u, d);
	if (rc == 0)
		rc = write_held(&u, d);
	group_table_free(u.gt);
	rowbuf_release(&u.rb);
	num_na_release(&u.na);
	free(u.key);
	free(u.count);
	free(u.last);
	free(u.gid);
	free(u.kp);
	free(u.kl);
	free(u.f);
	free(u.flen);
	return rc;
}
