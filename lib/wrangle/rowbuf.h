/*
 * rowbuf: rows held in memory, their fields back to back in one arena
 * (each a 32-bit length and its bytes), and moved as they are to and from
 * temporary files: for the verbs that hold or spill rows (sort, join,
 * tail, sample) and write them out byte for byte.
 */
#ifndef ROWBUF_H
#define ROWBUF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct rowbuf {
	size_t		 ncols;		/* fields in every row */
	size_t		 nrows;
	char		*arena;		/* the rows, packed */
	size_t		 len, cap;	/* arena bytes used, allocated */
	size_t		*start;		/* per row: its arena offset */
	size_t		 rowcap;
};

void	rowbuf_init(struct rowbuf *, size_t ncols);
void	rowbuf_release(struct rowbuf *);
/* Make room for bytes of fields and rows rows. */
void	rowbuf_reserve(struct rowbuf *, size_t bytes, size_t rows);
/* Bring the first bytes of the row at arena offset at (a start[] value)
 * into the cache: its fields are wanted soon. */
void	rowbuf_prefetch_at(const struct rowbuf *, size_t at);
/* Forget the rows, keep the memory. */
void	rowbuf_clear(struct rowbuf *);
/* Append a row of ncols fields; returns its index. */
size_t	rowbuf_add(struct rowbuf *, char *const *field, const uint32_t *len);
/* The bytes the rows take, with their index. */
size_t	rowbuf_bytes(const struct rowbuf *);
/*
 * The fields of a row: f[j] points into the arena (not NUL-terminated),
 * len[j] its length; both of ncols.  Valid until the next rowbuf_add.
 */
void	rowbuf_fields(const struct rowbuf *, size_t row, const char **f,
	    uint32_t *len);
/* The same for the row at arena offset at (a start[] value). */
void	rowbuf_fields_at(const struct rowbuf *, size_t at, const char **f,
	    uint32_t *len);

/*
 * Drop the rows marked in dead[] (nrows of them), keeping the others in
 * order; to[i] gets the new index of each row kept.  For the verbs that
 * replace held rows (tail, sample): call it when the dead are many.
 */
void	rowbuf_compact(struct rowbuf *, const unsigned char *dead, size_t *to);

/* Write a row to fp as packed; 0 or -1 (errno set). */
int	rowbuf_put(FILE *fp, const struct rowbuf *, size_t row);
/* Write the rows order[0..n) the same way, in big writes, each row asked
 * for ahead (sorted rows come from all over the arena); 0 or -1. */
int	rowbuf_put_rows(FILE *fp, const struct rowbuf *, const size_t *order,
	    size_t n);
/*
 * Read one packed row from fp and append it; 1 if one was read, 0 at the
 * end, -1 on a read error or a truncated row (errno set).
 */
int	rowbuf_get(FILE *fp, struct rowbuf *);

#endif
