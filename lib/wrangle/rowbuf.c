/* rowbuf: rows packed in an arena, and to and from temporary files. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "core/xalloc.h"
#include "wrangle/rowbuf.h"

void
rowbuf_init(struct rowbuf *rb, size_t ncols)
{
	memset(rb, 0, sizeof(*rb));
	rb->ncols = ncols;
}

void
rowbuf_release(struct rowbuf *rb)
{
	free(rb->arena);
	free(rb->start);
	memset(rb, 0, sizeof(*rb));
}

/* Room for need arena bytes and rows rows; big ones in huge pages. */
static void
grow(struct rowbuf *rb, size_t need, size_t rows)
{
	if (need > rb->cap) {
		rb->arena = xgrow_slow(rb->arena, &rb->cap, need, 1);
		xalloc_huge(rb->arena, rb->cap);
	}
	if (rows > rb->rowcap) {
		rb->start = xgrow_slow(rb->start, &rb->rowcap, rows,
		    sizeof(*rb->start));
		xalloc_huge(rb->start, rb->rowcap * sizeof(*rb->start));
	}
}

void
rowbuf_reserve(struct rowbuf *rb, size_t bytes, size_t rows)
{
	grow(rb, rb->len + bytes, rb->nrows + rows);
}

void
rowbuf_prefetch_at(const struct rowbuf *rb, size_t at)
{
	const char *p = rb->arena + at;

	__builtin_prefetch(p);
	__builtin_prefetch(p + 64);
}

void
rowbuf_clear(struct rowbuf *rb)
{
	rb->nrows = 0;
	rb->len = 0;
}

size_t
rowbuf_add(struct rowbuf *rb, char *const *field, const uint32_t *len)
{
	size_t j, need = 0;
	char *p;

	for (j = 0; j < rb->ncols; j++)
		need += sizeof(uint32_t) + len[j];
	grow(rb, rb->len + need, rb->nrows + 1);
	rb->start[rb->nrows] = rb->len;
	p = rb->arena + rb->len;
	for (j = 0; j < rb->ncols; j++) {
		memcpy(p, &len[j], sizeof(uint32_t));
		memcpy(p + sizeof(uint32_t), field[j], len[j]);
		p += sizeof(uint32_t) + len[j];
	}
	rb->len += need;
	return rb->nrows++;
}

size_t
rowbuf_bytes(const struct rowbuf *rb)
{
	return rb->len + rb->nrows * sizeof(*rb->start);
}

void
rowbuf_fields(const struct rowbuf *rb, size_t row, const char **f,
    uint32_t *len)
{
	rowbuf_fields_at(rb, rb->start[row], f, len);
}

void
rowbuf_fields_at(const struct rowbuf *rb, size_t at, const char **f,
    uint32_t *len)
{
	const char *p = rb->arena + at;
	size_t j;

	for (j = 0; j < rb->ncols; j++) {
		memcpy(&len[j], p, sizeof(uint32_t));
		f[j] = p + sizeof(uint32_t);
		p += sizeof(uint32_t) + len[j];
	}
}

static size_t	row_end(const struct rowbuf *, size_t);

void
rowbuf_compact(struct rowbuf *rb, const unsigned char *dead, size_t *to)
{
	size_t i, n = 0, len = 0, sz;

	/* rows only move down: copy in place */
	for (i = 0; i < rb->nrows; i++) {
		if (dead[i])
			continue;
		sz = row_end(rb, i) - rb->start[i];
		memmove(rb->arena + len, rb->arena + rb->start[i], sz);
		rb->start[n] = len;
		to[i] = n++;
		len += sz;
	}
	rb->nrows = n;
	rb->len = len;
}

static size_t
row_end(const struct rowbuf *rb, size_t row)
{
	return row + 1 < rb->nrows ? rb->start[row + 1] : rb->len;
}

/* On file a row is its size (a size_t) and its packed bytes: two reads
 * a row, not two a field. */
int
rowbuf_put(FILE *fp, const struct rowbuf *rb, size_t row)
{
	size_t n = row_end(rb, row) - rb->start[row];

	return fwrite_unlocked(&n, sizeof(n), 1, fp) == 1 &&
	    fwrite_unlocked(rb->arena + rb->start[row], 1, n, fp) == n ?
	    0 : -1;
}

int
rowbuf_put_rows(FILE *fp, const struct rowbuf *rb, const size_t *order,
    size_t n)
{
	enum { CHUNK = 1 << 20, AHEAD = 16 };
	char *buf = xmalloc(CHUNK);
	size_t i, used = 0;
	int rc = 0;

	for (i = 0; rc == 0 && i < n; i++) {
		size_t r = order[i], at = rb->start[r], sz = row_end(rb, r) - at;

		if (i + 2 * AHEAD < n)
			__builtin_prefetch(&rb->start[order[i + 2 * AHEAD]]);
		if (i + AHEAD < n)
			rowbuf_prefetch_at(rb, rb->start[order[i + AHEAD]]);
		if (used + sizeof(sz) + sz > CHUNK) {
			if (fwrite_unlocked(buf, 1, used, fp) != used)
				rc = -1;
			used = 0;
		}
		if (sizeof(sz) + sz > CHUNK) {	/* a row bigger than a chunk */
			if (rc == 0)
				rc = rowbuf_put(fp, rb, r);
			continue;
		}
		memcpy(buf + used, &sz, sizeof(sz));
		memcpy(buf + used + sizeof(sz), rb->arena + at, sz);
		used += sizeof(sz) + sz;
	}
	if (rc == 0 && fwrite_unlocked(buf, 1, used, fp) != used)
		rc = -1;
	free(buf);
	return rc;
}

int
rowbuf_get(FILE *fp, struct rowbuf *rb)
{
	size_t n;

	if (fread_unlocked(&n, sizeof(n), 1, fp) != 1) {
		if (!ferror(fp) && feof(fp))
			return 0;
		return -1;
	}
	grow(rb, rb->len + n, rb->nrows + 1);
	if (fread_unlocked(rb->arena + rb->len, 1, n, fp) != n) {
		if (!ferror(fp))
			errno = EIO;	/* truncated: not ours any more */
		return -1;
	}
	rb->start[rb->nrows++] = rb->len;
	rb->len += n;
	return 1;
}
