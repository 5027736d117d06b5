/* freq: value counts over frame/group's key table, streamed. */
#include <stdlib.h>
#include <string.h>

#include "core/cols.h"
#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "frame/group_table.h"
#include "io/out.h"
#include "wrangle/freq.h"
#include "wrangle/keys.h"

struct counter {
	const struct freq_opts	*o;
	struct num_na		 na;
	size_t			*col;
	size_t			 ncols;
	char			**name;		/* the columns' names */
	struct group_table	*gt;
	size_t			*count;		/* per id */
	char			**natext;	/* per id and column: the
						   missing value as first seen */
	size_t			 cap;
	size_t			 total;
	const char		**kp;
	size_t			*kl;
};

/* qsort's context: counts, missing flags */
static const size_t *cmp_count;
static const unsigned char *cmp_missing;

static int
cmp_ids(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;

	if (cmp_missing[i] != cmp_missing[j])
		return cmp_missing[i] ? 1 : -1;
	if (cmp_count[i] != cmp_count[j])
		return cmp_count[i] > cmp_count[j] ? -1 : 1;
	return (i > j) - (i < j);
}

void
freq_order(const size_t *count, const unsigned char *missing, size_t n,
    size_t *order)
{
	size_t i;

	for (i = 0; i < n; i++)
		order[i] = i;
	cmp_count = count;
	cmp_missing = missing;
	qsort(order, n, sizeof(*order), cmp_ids);
}

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct counter *c = ctx;
	size_t k;

	(void)mode;
	if (cols_parse(c->o->cols, names, n, &c->col, &c->ncols, d) != 0)
		return -1;
	c->name = xcalloc(c->ncols, sizeof(*c->name));
	for (k = 0; k < c->ncols; k++)
		c->name[k] = xstrdup(names[c->col[k]]);
	c->gt = group_table_new(c->ncols);
	c->kp = xcalloc(c->ncols, sizeof(*c->kp));
	c->kl = xcalloc(c->ncols, sizeof(*c->kl));
	return 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct counter *c = ctx;
	size_t g, k, n = group_table_count(c->gt), old = c->cap;

	(void)d;
	keys_tuple(&c->na, c->col, c->ncols, (const char *const *)row->field,
	    row->len, c->kp, c->kl);
	g = group_table_id(c->gt, c->kp, c->kl);
	if (g >= c->cap) {
		c->count = xgrow(c->count, &c->cap, g + 1, sizeof(*c->count));
		memset(c->count + old, 0, (c->cap - old) * sizeof(*c->count));
		c->natext = xrealloc(c->natext, c->cap * c->ncols *
		    sizeof(*c->natext));
	}
	if (g == n)
		for (k = 0; k < c->ncols; k++)
			c->natext[g * c->ncols + k] = c->kp[k] != NULL ? NULL :
			    xstrndup(row->field[c->col[k]],
			    row->len[c->col[k]]);
	c->count[g]++;
	c->total++;
	return 0;
}

/* The result: value columns, count, percent, cum_percent. */
static struct out_table *
freq_table(const struct counter *c, const size_t *order, size_t n)
{
	struct out_table *t = out_new();
	size_t i, k, r, cum = 0;

	for (k = 0; k < c->ncols; k++)
		out_column(t, c->name[k]);
	out_column(t, "count");
	out_column(t, "percent");
	out_column(t, "cum_percent");
	out_reserve(t, n);
	for (i = 0; i < n; i++) {
		size_t g = order[i];

		r = out_row(t);
		for (k = 0; k < c->ncols; k++) {
			const char *v = group_table_key(c->gt, g, k);

			out_text(t, r, k, v != NULL ? v :
			    c->natext[g * c->ncols + k]);
		}
		cum += c->count[g];
		out_num(t, r, c->ncols, (double)c->count[g]);
		/* as pandas: the proportion, times 100 */
		out_num(t, r, c->ncols + 1, (double)c->count[g] /
		    (double)c->total * 100);
		out_num(t, r, c->ncols + 2, (double)cum / (double)c->total *
		    100);
	}
	return t;
}

int
freq_run(int nfiles, char **files, const struct frame_opts *in,
    const struct freq_opts *o, struct out_table **t, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct counter c;
	size_t *order = NULL, n = 0, i, k;
	unsigned char *missing = NULL;
	int rc;

	memset(&c, 0, sizeof(c));
	c.o = o;
	num_na_init(&c.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &c, d);
	if (rc == 0) {
		n = group_table_count(c.gt);
		group_table_done(c.gt);
		missing = xcalloc(n + 1, 1);
		for (i = 0; i < n; i++)
			for (k = 0; k < c.ncols; k++)
				missing[i] |= c.natext[i * c.ncols + k] != NULL;
		if (o->by_value)
			order = group_table_order(c.gt);
		else {
			order = xmalloc((n + 1) * sizeof(*order));
			freq_order(c.count, missing, n, order);
		}
		*t = freq_table(&c, order, o->top && o->top < n ? o->top : n);
	}
	for (i = 0; i < n * c.ncols; i++)
		free(c.natext[i]);
	for (k = 0; k < c.ncols; k++)
		free(c.name[k]);
	free(c.name);
	free(c.natext);
	free(c.count);
	free(c.col);
	free(c.kp);
	free(c.kl);
	free(order);
	free(missing);
	group_table_free(c.gt);
	num_na_release(&c.na);
	return rc;
}
