/*
 * sort: the sort verb's engine.  Rows are read into a rowbuf with their
 * keys' numbers (parsed by the reading threads); when the buffer is full
 * the rows are sorted and spilled as a run to a temporary file, and at the
 * end the runs are merged.  A key without a type compares as numbers only
 * if all its values are numbers, which is known at the end: a run sorted
 * while that was still believed is sorted again before the merge.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "core/diag.h"
#include "core/num.h"
#include "core/xalloc.h"
#include "frame/frame.h"
#include "io/rows.h"
#include "wrangle/rowbuf.h"
#include "wrangle/sort.h"
#include "wrangle/spill.h"

/* qsort_r's context */
struct order_ctx {
	const struct sortkey	*keys;
	size_t			 nkeys;
	const struct sortkey_val *vals;
	int			 na_first;
};

static int
cmp_rows(const void *a, const void *b, void *arg)
{
	const struct order_ctx *c = arg;
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int r = sortkey_cmp(c->keys, c->nkeys, c->vals + i * c->nkeys,
	    c->vals + j * c->nkeys, c->na_first);

	return r != 0 ? r : (i > j) - (i < j);
}

struct radix_item {
	uint64_t	 key;
	size_t		 row;		/* a row's index, or its arena offset */
};

/* A value's radix key: its order as an unsigned integer, missing values
 * at the end asked for whatever the direction. */
static uint64_t
radix_key(double x, int na, int desc, int na_first)
{
	uint64_t k = sortkey_radix(x);

	if (na)
		return na_first ? 0 : UINT64_MAX;
	return desc ? ~k : k;
}

/* A stable LSD radix sort of buf[0..n) by key, buf[n..2n) the spare,
 * skipping the bytes that all keys share.  Returns the sorted half. */
static struct radix_item *
radix_sort(struct radix_item *buf, size_t n)
{
	struct radix_item *a = buf, *b = buf + n, *t;
	size_t i, count[256], pos, shift;

	for (shift = 0; shift < 64; shift += 8) {
		memset(count, 0, sizeof(count));
		for (i = 0; i < n; i++)
			count[a[i].key >> shift & 0xff]++;
		if (n == 0 || count[a[0].key >> shift & 0xff] == n)
			continue;	/* one byte value: nothing moves */
		for (pos = 0, i = 0; i < 256; i++) {
			size_t c = count[i];

			count[i] = pos;
			pos += c;
		}
		for (i = 0; i < n; i++)
			b[count[a[i].key >> shift & 0xff]++] = a[i];
		t = a;
		a = b;
		b = t;
	}
	return a;
}

/* Room for the radix sort of n items, in huge pages when big. */
static struct radix_item *
radix_buf(size_t n)
{
	struct radix_item *buf = xmalloc((2 * n + 1) * sizeof(*buf));

	xalloc_huge(buf, (2 * n + 1) * sizeof(*buf));
	return buf;
}

/* One numeric key of the plain-array entry. */
static void
radix_order(const struct sortkey *key, const struct sortkey_val *vals,
    size_t nrows, int na_first, size_t *order)
{
	struct radix_item *buf = radix_buf(nrows), *a;
	size_t i;

	for (i = 0; i < nrows; i++) {
		buf[i].key = radix_key(vals[i].x, vals[i].na, key->desc,
		    na_first);
		buf[i].row = i;
	}
	a = radix_sort(buf, nrows);
	for (i = 0; i < nrows; i++)
		order[i] = a[i].row;
	free(buf);
}

void
sort_order(const struct sortkey *keys, size_t nkeys,
    const struct sortkey_val *vals, size_t nrows, int na_first,
    size_t *order)
{
	struct order_ctx c = { keys, nkeys, vals, na_first };
	size_t i;

	if (nkeys == 1 && keys[0].numeric) {
		radix_order(keys, vals, nrows, na_first, order);
		return;
	}
	for (i = 0; i < nrows; i++)
		order[i] = i;
	qsort_r(order, nrows, sizeof(*order), cmp_rows, &c);
}

/*
 * --check compares each row with the one before it only.  Whether a key
 * without a type compares as numbers is known at the end, so the first row
 * out of order is kept for each way the untyped keys may turn out (a bit
 * per key: it holds text), of those still possible.
 */
#define CHECK_AUTO_MAX	8	/* untyped keys --check follows */

struct check_bad {
	int			 found;
	const char		*file;
	size_t			 line, prevline;
};

struct sort_check {
	size_t			*bit;		/* per key: its mask bit, or 0 */
	unsigned		 textmask;	/* untyped keys that held text */
	size_t			 nmask;
	struct check_bad	*bad;		/* per mask */
	struct sortkey		*mk;		/* the keys as a mask has them */
	struct sortkey_val	*pv, *cv;	/* the row before, this row */
	struct rowbuf		 prev;		/* the row before's key text */
	const char		**pf;		/* its fields (scratch) */
	uint32_t		*pl;
	size_t			 prevline;
	int			 have_prev;
};

/* The state of one sort. */
struct sorter;
static int	check_init(struct sorter *, struct diag *);
static int	check_sorted(struct sorter *, struct diag *);

struct sorter {
	const struct sort_opts	*o;
	struct sortkey		*keys;
	size_t			 nkeys;
	int			*text;		/* per key: a value that is no
						   number was seen (AUTO) */
	struct num_na		 na;
	size_t			 ncols;
	char			**names;	/* the header, owned */
	struct rowbuf		 rb;		/* the rows of this run */
	double			*kx;		/* per row and key: number */
	unsigned char		*kna;		/* per row and key: missing */
	size_t			 kcap;
	struct sort_check	*chk;		/* --check */
	FILE			**run;		/* runs spilled */
	char			**runbuf;	/* per run: its stdio buffer */
	int			**run_numeric;	/* per run: keys' numeric as
						   it was sorted */
	size_t			 nruns, runcap;
	const char		**f;		/* a row's fields (scratch) */
	uint32_t		*flen;
	char			**kf;		/* --check: a row's keys */
	uint32_t		*kl;
	size_t			 reserve;	/* arena bytes to start with */
};

static int
on_header(void *ctx, char *const *names, size_t n, unsigned char *mode,
    struct diag *d)
{
	struct sorter *s = ctx;
	size_t j, k;

	if (sortkey_parse(s->o->keys, names, n, &s->keys, &s->nkeys, d) != 0)
		return -1;
	s->text = xcalloc(s->nkeys, sizeof(*s->text));
	s->names = xcalloc(n ? n : 1, sizeof(*s->names));
	for (j = 0; j < n; j++)
		s->names[j] = xstrdup(names[j]);
	s->ncols = n;
	for (k = 0; k < s->nkeys; k++)
		if (s->keys[k].type == SORTKEY_NUM ||
		    s->keys[k].type == SORTKEY_AUTO)
			mode[s->keys[k].col] = CSVIO_NUMBER;
	if (s->o->check && check_init(s, d) != 0)
		return -1;
	rowbuf_init(&s->rb, n);
	if (!s->o->check) {	/* the input's size: no copies as it grows */
		/* a CSV row has a byte per field at least */
		size_t rows = s->reserve / (2 * (n ? n : 1)) + 1;

		rowbuf_reserve(&s->rb, s->reserve, rows);
		s->kx = xgrow(s->kx, &s->kcap, rows * s->nkeys,
		    sizeof(*s->kx));
		s->kna = xrealloc(s->kna, s->kcap ? s->kcap : 1);
		xalloc_huge(s->kx, s->kcap * sizeof(*s->kx));
	}
	s->f = xcalloc(n ? n : 1, sizeof(*s->f));
	s->flen = xcalloc(n ? n : 1, sizeof(*s->flen));
	s->kf = xcalloc(s->nkeys, sizeof(*s->kf));
	s->kl = xcalloc(s->nkeys, sizeof(*s->kl));
	return 0;
}

/* Key k's number and missingness from a field; -1 if a :n key is text. */
static int
key_value(struct sorter *s, size_t k, const char *v, size_t len,
    const struct csvio_num *ahead, double *x, unsigned char *na,
    struct diag *d)
{
	int rc;

	*x = 0;
	if (ahead != NULL && ahead->rc == CSVIO_NUM_MISSING)
		*na = 1;
	else
		*na = ahead == NULL && num_na_match(&s->na, v, len);
	if (*na || (s->keys[k].type != SORTKEY_NUM &&
	    (s->keys[k].type != SORTKEY_AUTO || s->text[k])))
		return 0;
	if (ahead != NULL) {
		rc = ahead->rc;
		*x = ahead->x;
	} else
		rc = num_parse(v, len, x, NULL, NULL);
	if (rc == 0)
		return 0;
	if (s->keys[k].type == SORTKEY_AUTO) {
		s->text[k] = 1;
		return 0;
	}
	diag_set(d, STATUS_DATA, "\"%.*s\" is not a number",
	    (int)(len < 64 ? len : 64), v);
	diag_column(d, s->names[s->keys[k].col]);
	return -1;
}

/* The bytes a row of the run costs beyond its fields. */
static size_t
row_overhead(const struct sorter *s)
{
	return s->nkeys * (sizeof(double) + 1 + sizeof(struct sortkey_val)) +
	    sizeof(size_t) * 2;
}

static void	set_numeric(struct sorter *);
static int	spill_run(struct sorter *, struct diag *);

static int
check_init(struct sorter *s, struct diag *d)
{
	struct sort_check *c = xcalloc(1, sizeof(*c));
	size_t k, nauto = 0;

	s->chk = c;
	c->bit = xcalloc(s->nkeys, sizeof(*c->bit));
	for (k = 0; k < s->nkeys; k++)
		if (s->keys[k].type == SORTKEY_AUTO)
			c->bit[k] = (size_t)1 << nauto++;
	if (nauto > CHECK_AUTO_MAX)
		return diag_set(d, STATUS_USAGE, "--check follows at most %d "
		    "keys without a type; give the others :n, :t or :x",
		    CHECK_AUTO_MAX);
	c->nmask = (size_t)1 << nauto;
	c->bad = xcalloc(c->nmask, sizeof(*c->bad));
	c->mk = xcalloc(s->nkeys, sizeof(*c->mk));
	memcpy(c->mk, s->keys, s->nkeys * sizeof(*c->mk));
	c->pv = xcalloc(s->nkeys, sizeof(*c->pv));
	c->cv = xcalloc(s->nkeys, sizeof(*c->cv));
	c->pf = xcalloc(s->nkeys, sizeof(*c->pf));
	c->pl = xcalloc(s->nkeys, sizeof(*c->pl));
	rowbuf_init(&c->prev, s->nkeys);
	return 0;
}

static void
check_release(struct sort_check *c)
{
	if (c == NULL)
		return;
	free(c->bit);
	free(c->bad);
	free(c->mk);
	free(c->pv);
	free(c->cv);
	free(c->pf);
	free(c->pl);
	rowbuf_release(&c->prev);
	free(c);
}

/* --check: this row (its keys' numbers at kx[i...]) against the one
 * before, for every way the untyped keys may still turn out. */
static int
check_row(struct sorter *s, const struct frame_row *row, size_t i,
    struct diag *d)
{
	struct sort_check *c = s->chk;
	size_t k, m;

	for (k = 0; k < s->nkeys; k++) {
		size_t col = s->keys[k].col;

		c->cv[k].x = s->kx[i * s->nkeys + k];
		c->cv[k].na = s->kna[i * s->nkeys + k];
		c->cv[k].s = row->field[col];
		c->cv[k].len = row->len[col];
		if (s->text[k])
			c->textmask |= (unsigned)c->bit[k];
		s->kf[k] = row->field[col];
		s->kl[k] = row->len[col];
	}
	for (m = 0; c->have_prev && m < c->nmask; m++) {
		if ((m & c->textmask) != c->textmask || c->bad[m].found)
			continue;
		for (k = 0; k < s->nkeys; k++)
			c->mk[k].numeric = s->keys[k].type == SORTKEY_NUM ||
			    (s->keys[k].type == SORTKEY_AUTO &&
			    !(m & c->bit[k]));
		if (sortkey_cmp(c->mk, s->nkeys, c->pv, c->cv,
		    s->o->na_first) > 0) {
			c->bad[m].found = 1;
			c->bad[m].file = row->file;
			c->bad[m].line = row->line;
			c->bad[m].prevline = c->prevline;
		}
	}
	/* this row is the one before the next */
	rowbuf_clear(&c->prev);
	rowbuf_add(&c->prev, s->kf, s->kl);
	rowbuf_fields(&c->prev, 0, c->pf, c->pl);
	for (k = 0; k < s->nkeys; k++) {
		c->pv[k] = c->cv[k];
		c->pv[k].s = c->pf[k];
		c->pv[k].len = c->pl[k];
	}
	c->prevline = row->line;
	c->have_prev = 1;
	/* no untyped key left to turn out otherwise and this row is out of
	 * order: stop here (an error from here is placed at this row) */
	if (c->textmask == c->nmask - 1 && c->bad[c->textmask].found &&
	    c->bad[c->textmask].line == row->line &&
	    c->bad[c->textmask].file == row->file)
		return check_sorted(s, d);
	return 0;
}

static int
on_row(void *ctx, const struct frame_row *row, struct diag *d)
{
	struct sorter *s = ctx;
	size_t k, i = s->rb.nrows, limit;

	s->kx = xgrow(s->kx, &s->kcap, (i + 1) * s->nkeys, sizeof(*s->kx));
	s->kna = xrealloc(s->kna, s->kcap);
	for (k = 0; k < s->nkeys; k++) {
		size_t c = s->keys[k].col;

		if (key_value(s, k, row->field[c], row->len[c],
		    row->num != NULL ? &row->num[c] : NULL,
		    &s->kx[i * s->nkeys + k], &s->kna[i * s->nkeys + k],
		    d) != 0)
			return -1;
	}
	if (s->o->check)
		return check_row(s, row, i, d);
	rowbuf_add(&s->rb, row->field, row->len);
	limit = s->o->buffer_size ? s->o->buffer_size : SORT_BUFFER_DEFAULT;
	if (rowbuf_bytes(&s->rb) + s->rb.nrows * row_overhead(s) >= limit)
		return spill_run(s, d);
	return 0;
}

/* Which keys compare as numbers, from what has been read so far. */
static void
set_numeric(struct sorter *s)
{
	size_t k;

	for (k = 0; k < s->nkeys; k++)
		s->keys[k].numeric = s->keys[k].type == SORTKEY_NUM ||
		    (s->keys[k].type == SORTKEY_AUTO && !s->text[k]);
}

/* The key values of the run's rows, ready for sort_order(). */
static struct sortkey_val *
run_vals(struct sorter *s)
{
	size_t n = s->rb.nrows * s->nkeys;
	struct sortkey_val *v = xmalloc((n ? n : 1) * sizeof(*v));
	size_t i, k;
	int texts = 0;

	for (k = 0; k < s->nkeys; k++)
		texts |= !s->keys[k].numeric;
	for (i = 0; i < s->rb.nrows; i++) {
		if (texts)	/* numbers need no text */
			rowbuf_fields(&s->rb, i, s->f, s->flen);
		for (k = 0; k < s->nkeys; k++) {
			struct sortkey_val *e = &v[i * s->nkeys + k];
			size_t c = s->keys[k].col;

			e->s = texts ? s->f[c] : NULL;
			e->len = texts ? s->flen[c] : 0;
			e->x = s->kx[i * s->nkeys + k];
			e->na = s->kna[i * s->nkeys + k];
		}
	}
	return v;
}

/* One numeric key: the run's rows sorted by their numbers as read, each
 * item's row its index or (offsets) its arena offset.  *buf is to free. */
static struct radix_item *
radix_run(struct sorter *s, int offsets, struct radix_item **buf)
{
	size_t i, n = s->rb.nrows;

	*buf = radix_buf(n);
	for (i = 0; i < n; i++) {
		(*buf)[i].key = radix_key(s->kx[i], s->kna[i], s->keys[0].desc,
		    s->o->na_first);
		(*buf)[i].row = offsets ? s->rb.start[i] : i;
	}
	return radix_sort(*buf, n);
}

static size_t *
sort_run_rows(struct sorter *s)
{
	struct sortkey_val *v;
	struct radix_item *buf, *a;
	size_t *order = xmalloc((s->rb.nrows ? s->rb.nrows : 1) *
	    sizeof(*order)), i;

	if (s->nkeys == 1 && s->keys[0].numeric) {
		a = radix_run(s, 0, &buf);
		for (i = 0; i < s->rb.nrows; i++)
			order[i] = a[i].row;
		free(buf);
		return order;
	}
	v = run_vals(s);
	sort_order(s->keys, s->nkeys, v, s->rb.nrows, s->o->na_first, order);
	free(v);
	return order;
}

/*
 * Run r's temporary file, with a stdio buffer of a thousandth of the
 * sort's buffer (4 to 64 KiB): the merge reads all runs at once, a row at
 * a time, and 4 KiB reads cost a system call each.
 */
static FILE *
run_open(struct sorter *s, size_t r, struct diag *d)
{
	size_t n = (s->o->buffer_size ? s->o->buffer_size :
	    SORT_BUFFER_DEFAULT) / 1024;

	n = n < 4096 ? 4096 : n > 65536 ? 65536 : n;
	free(s->runbuf[r]);
	s->runbuf[r] = NULL;
	if ((s->run[r] = spill_open(d)) == NULL)
		return NULL;
	s->runbuf[r] = xmalloc(n);
	setvbuf(s->run[r], s->runbuf[r], _IOFBF, n);
	return s->run[r];
}

/* Sort the rows held and write them to a new temporary file. */
static int
spill_run(struct sorter *s, struct diag *d)
{
	size_t *order, k;
	FILE *fp;
	int rc;

	set_numeric(s);
	s->run = xgrow(s->run, &s->runcap, s->nruns + 1, sizeof(*s->run));
	s->run_numeric = xrealloc(s->run_numeric, s->runcap *
	    sizeof(*s->run_numeric));
	s->runbuf = xrealloc(s->runbuf, s->runcap * sizeof(*s->runbuf));
	s->runbuf[s->nruns] = NULL;
	if ((fp = run_open(s, s->nruns, d)) == NULL)
		return -1;
	s->run_numeric[s->nruns] = xmalloc(s->nkeys * sizeof(int));
	for (k = 0; k < s->nkeys; k++)
		s->run_numeric[s->nruns][k] = s->keys[k].numeric;
	s->nruns++;
	order = sort_run_rows(s);
	rc = rowbuf_put_rows(fp, &s->rb, order, s->rb.nrows);
	free(order);
	if (rc != 0)
		return spill_fail(d, 1);
	rowbuf_clear(&s->rb);
	return spill_rewind(fp, d);
}

/* Write the row at arena offset at of rb. */
static int
write_row(struct sorter *s, const struct rowbuf *rb, size_t at,
    struct rows_out *w, struct diag *d)
{
	size_t j;

	rowbuf_fields_at(rb, at, s->f, s->flen);
	for (j = 0; j < s->ncols; j++)
		rows_cell(w, s->f[j], s->flen[j]);
	return rows_end(w, d);
}

/* Keys of the rows of rb again, from their text (runs read back). */
static int
reload_keys(struct sorter *s, const struct rowbuf *rb, size_t first,
    struct diag *d)
{
	size_t i, k;

	s->kx = xgrow(s->kx, &s->kcap, rb->nrows * s->nkeys, sizeof(*s->kx));
	s->kna = xrealloc(s->kna, s->kcap ? s->kcap : 1);
	for (i = first; i < rb->nrows; i++) {
		rowbuf_fields(rb, i, s->f, s->flen);
		for (k = 0; k < s->nkeys; k++) {
			size_t c = s->keys[k].col;

			if (key_value(s, k, s->f[c], s->flen[c], NULL,
			    &s->kx[i * s->nkeys + k],
			    &s->kna[i * s->nkeys + k], d) != 0)
				return -1;
		}
	}
	return 0;
}

/* A run sorted while a key was thought numeric, sorted again. */
static int
resort_run(struct sorter *s, size_t r, struct diag *d)
{
	FILE *fp = s->run[r], *out;
	size_t *order;
	int got;

	rowbuf_clear(&s->rb);
	while ((got = rowbuf_get(fp, &s->rb)) == 1)
		;
	if (got < 0)
		return spill_fail(d, 0);
	fclose(fp);
	s->run[r] = NULL;
	if (reload_keys(s, &s->rb, 0, d) != 0)
		return -1;
	if ((out = run_open(s, r, d)) == NULL)
		return -1;
	order = sort_run_rows(s);
	got = rowbuf_put_rows(out, &s->rb, order, s->rb.nrows);
	free(order);
	if (got != 0)
		return spill_fail(d, 1);
	rowbuf_clear(&s->rb);
	return spill_rewind(out, d);
}

/* The runs' heads, merged. */
struct head {
	struct rowbuf		 rb;		/* its one row */
	struct sortkey_val	*v;
	uint64_t		 rk;		/* one numeric key: radix_key() */
	size_t			 run;
};

static int
head_less(struct sorter *s, const struct head *a, const struct head *b)
{
	int c;

	if (s->nkeys == 1 && s->keys[0].numeric)	/* integers compare fast */
		return a->rk != b->rk ? a->rk < b->rk : a->run < b->run;
	c = sortkey_cmp(s->keys, s->nkeys, a->v, b->v, s->o->na_first);

	return c != 0 ? c < 0 : a->run < b->run;
}

/* Read run h's next row; 1, 0 at its end, -1 on an error. */
static int
head_next(struct sorter *s, struct head *h, struct diag *d)
{
	size_t k;
	int got;

	rowbuf_clear(&h->rb);
	if ((got = rowbuf_get(s->run[h->run], &h->rb)) <= 0)
		return got < 0 ? spill_fail(d, 0) : 0;
	rowbuf_fields(&h->rb, 0, s->f, s->flen);
	for (k = 0; k < s->nkeys; k++) {
		struct sortkey_val *e = &h->v[k];
		size_t c = s->keys[k].col;
		unsigned char na;

		if (key_value(s, k, s->f[c], s->flen[c], NULL, &e->x, &na,
		    d) != 0)
			return -1;
		e->na = na;
		e->s = s->f[c];
		e->len = s->flen[c];
	}
	h->rk = radix_key(h->v[0].x, h->v[0].na, s->keys[0].desc,
	    s->o->na_first);
	return 1;
}

static void
sift_down(struct sorter *s, struct head **heap, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i;
		struct head *t;

		if (l < n && head_less(s, heap[l], heap[m]))
			m = l;
		if (l + 1 < n && head_less(s, heap[l + 1], heap[m]))
			m = l + 1;
		if (m == i)
			return;
		t = heap[i];
		heap[i] = heap[m];
		heap[m] = t;
		i = m;
	}
}

static int
merge_runs(struct sorter *s, struct rows_out *w, struct diag *d)
{
	struct head *h = xcalloc(s->nruns, sizeof(*h));
	struct head **heap = xcalloc(s->nruns, sizeof(*heap));
	size_t r, n = 0;
	int rc = -1, got;

	for (r = 0; r < s->nruns; r++) {
		rowbuf_init(&h[r].rb, s->ncols);
		h[r].v = xcalloc(s->nkeys, sizeof(*h[r].v));
		h[r].run = r;
		if ((got = head_next(s, &h[r], d)) < 0)
			goto out;
		if (got)
			heap[n++] = &h[r];
	}
	for (r = n; r-- > 0;)
		sift_down(s, heap, n, r);
	while (n > 0) {
		if (write_row(s, &heap[0]->rb, heap[0]->rb.start[0], w,
		    d) != 0 ||
		    (got = head_next(s, heap[0], d)) < 0)
			goto out;
		if (!got)
			heap[0] = heap[--n];
		sift_down(s, heap, n, 0);
	}
	rc = 0;
out:
	for (r = 0; r < s->nruns; r++) {
		rowbuf_release(&h[r].rb);
		free(h[r].v);
	}
	free(h);
	free(heap);
	return rc;
}

/* --check: the first row out of order for the way the keys turned out. */
static int
check_sorted(struct sorter *s, struct diag *d)
{
	const struct check_bad *b = &s->chk->bad[s->chk->textmask];

	if (!b->found)
		return 0;
	diag_set(d, STATUS_DATA, "not sorted by %s: this row belongs before "
	    "line %zu", s->o->keys, b->prevline);
	return diag_at(d, b->file, b->line, NULL);
}

/* All rows in memory: sorted, as arena offsets, and written. */
static int
write_sorted(struct sorter *s, struct rows_out *w, struct diag *d)
{
	struct radix_item *buf, *a;
	size_t *order, i, n = s->rb.nrows;
	int rc = 0;

	set_numeric(s);
	if (s->nkeys == 1 && s->keys[0].numeric)
		a = radix_run(s, 1, &buf);
	else {		/* the order, then where each row is */
		order = sort_run_rows(s);
		a = buf = xmalloc((n + 1) * sizeof(*buf));
		for (i = 0; i < n; i++)
			a[i].row = s->rb.start[order[i]];
		free(order);
	}
	for (i = 0; rc == 0 && i < n; i++) {
		/* rows come from all over the arena: ask for them ahead */
		if (i + 16 < n)
			rowbuf_prefetch_at(&s->rb, a[i + 16].row);
		rc = write_row(s, &s->rb, a[i].row, w, d);
	}
	free(buf);
	return rc;
}

static int
finish(struct sorter *s, struct rows_out *w, struct diag *d)
{
	size_t r, k;

	if (s->o->check)
		return check_sorted(s, d);
	if (rows_header(w, s->names, s->ncols, d) != 0)
		return -1;
	if (s->nruns == 0)
		return write_sorted(s, w, d);
	if (s->rb.nrows > 0 && spill_run(s, d) != 0)
		return -1;
	set_numeric(s);
	for (r = 0; r < s->nruns; r++)
		for (k = 0; k < s->nkeys; k++)
			if (s->run_numeric[r][k] != s->keys[k].numeric) {
				if (resort_run(s, r, d) != 0)
					return -1;
				break;
			}
	return merge_runs(s, w, d);
}

int
sort_parse_size(const char *s, size_t *bytes)
{
	static const char units[] = "KMGT";
	const char *u;
	char *end;
	unsigned long long v;
	int shift = 20;		/* no unit: MiB, as GNU sort's -S */

	if (*s < '0' || *s > '9')
		return -1;
	v = strtoull(s, &end, 10);
	if (*end != '\0') {
		if ((u = strchr(units, *end & ~0x20)) == NULL ||
		    (end[1] != '\0' && strcmp(end + 1, "iB") != 0 &&
		    strcmp(end + 1, "B") != 0))
			return -1;
		shift = 10 * (int)(u - units + 1);
	}
	if (v == 0 || v > (SIZE_MAX >> shift))
		return -1;
	*bytes = (size_t)v << shift;
	return 0;
}

/* The bytes of the regular files among the input (0 for the others). */
static size_t
input_size(int nfiles, char **files)
{
	struct stat st;
	size_t n = 0;
	int i;

	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") != 0 && stat(files[i], &st) == 0 &&
		    S_ISREG(st.st_mode))
			n += (size_t)st.st_size;
	return n;
}

int
sort_run(int nfiles, char **files, const struct frame_opts *in,
    const struct sort_opts *o, struct rows_out *w, struct diag *d)
{
	static const struct frame_scan_fns fns = { on_header, on_row };
	struct sorter s;
	size_t j;
	int rc;

	memset(&s, 0, sizeof(s));
	s.o = o;
	/* the arena holds a 4-byte length per field where CSV has a comma:
	 * twice the input is room enough, and a copy as it grows costs
	 * much (pages reserved but never touched cost nothing) */
	s.reserve = input_size(nfiles, files) * 2;
	if (s.reserve > (o->buffer_size ? o->buffer_size : SORT_BUFFER_DEFAULT))
		s.reserve = o->buffer_size ? o->buffer_size :
		    SORT_BUFFER_DEFAULT;
	num_na_init(&s.na, in->na);
	rc = frame_scan(nfiles, files, in, &fns, &s, d);
	if (rc == 0)
		rc = finish(&s, w, d);
	for (j = 0; j < s.nruns; j++) {
		if (s.run[j] != NULL)
			fclose(s.run[j]);
		free(s.runbuf[j]);
		free(s.run_numeric[j]);
	}
	for (j = 0; j < s.ncols; j++)
		free(s.names[j]);
	free(s.names);
	free(s.run);
	free(s.runbuf);
	free(s.run_numeric);
	free(s.keys);
	free(s.text);
	free(s.kx);
	free(s.kna);
	check_release(s.chk);
	free(s.f);
	free(s.flen);
	free(s.kf);
	free(s.kl);
	rowbuf_release(&s.rb);
	num_na_release(&s.na);
	return rc;
}
